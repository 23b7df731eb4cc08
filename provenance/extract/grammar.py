"""The word lists of provenance/data/grammar.json as module attributes, each a frozenset: an
upper-case attribute's name in lower case, without leading underscores, names the list, so
`from provenance.extract.grammar import NP_STOP` (or `_NP_STOP`, for a module that keeps it
private) is the list "np_stop". A name with no list in the file is an error naming the file and
the list (`lexicon.grammar_words`), raised when the importing module loads.

>>> from provenance.extract.grammar import _MODALS
>>> "would" in _MODALS
True
"""

from __future__ import annotations

from provenance.extract.lexicon import word_set


def __getattr__(name: str) -> frozenset[str]:
    if not name.isupper():  # 'pytest_plugins', '__path__': probes, no word lists
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return word_set(name.lstrip("_").lower())
