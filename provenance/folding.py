"""Folding text so that spellings compare loosely: the one place accents, case and typographic
punctuation are taken out of names, words and claim texts.

The extractor compares names (`fold`), corroboration reads words with their case (`accents_only`),
and matching compares whole texts word by word (`words_only`); all three strip accents the same way.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

_NON_WORD = re.compile(r"\W\W*", re.UNICODE)  # "\W+": opening with the class, the engine skips words at once
_TYPOGRAPHIC_MARKS = (("\u2019", "'"), ("\u2018", "'"), ("\u2010", "-"), ("\u2013", "-"))


def _strip_accents(text: str) -> str:
    if text.isascii():  # NFKD leaves ASCII as it is
        return text
    text = unicodedata.normalize("NFKD", text)
    # Checking the distinct characters is far cheaper than a per-character filter of the text.
    marks = [ch for ch in set(text) if ch > "\x7f" and unicodedata.combining(ch)]
    return text.translate(dict.fromkeys(map(ord, marks))) if marks else text


@lru_cache(maxsize=65536)
def fold(text: str, *, words_only: bool = False, accents_only: bool = False) -> str:
    """Text without accents, case or typographic variants, so that spellings compare loosely.

    By default (names): accents stripped, typographic apostrophes and hyphens made ASCII, case
    folded, whitespace collapsed. `words_only`: every run of punctuation becomes a space as well
    (texts compared word by word). `accents_only`: accents stripped, everything else kept.

    >>> fold("Gülşen’s  Café")
    "gulsen's cafe"
    >>> fold("“Buenos Aires” and Lima  agreed.", words_only=True)
    'buenos aires and lima agreed'
    >>> fold("Gülşen’s", accents_only=True)
    'Gulsen’s'
    """
    text = _strip_accents(text)
    if accents_only:
        return text
    if words_only:
        return " ".join(_NON_WORD.sub(" ", text.casefold()).split())
    # the four typographic marks replaced one by one (str.replace scans at C speed and copies
    # nothing when the mark is absent; a translate table looks up every character): the same text
    for mark, plain in _TYPOGRAPHIC_MARKS:
        if mark in text:
            text = text.replace(mark, plain)
    return " ".join(text.casefold().split())


def fingerprint(text: str) -> str:
    """A claim text's key as copies of it compare: 16 hex digits of a hash of its words, folded
    (`fold(words_only=True)`), so that a sentence reprinted with other quotation marks, case or
    accents has the key of the first copy. Stored with each claim (`claim.fingerprint`), so that the
    claim search index counts distinct texts, not copies.

    >>> fingerprint("“The port,” she said.") == fingerprint('The Port, she said')
    True
    """
    return hashlib.blake2b(fold(text, words_only=True).encode("utf-8"), digest_size=8).hexdigest()
