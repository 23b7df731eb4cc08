"""Claim text matching with rapidfuzz, shared by diff and corroboration.

`normalise` folds case, quotes and punctuation so that trivial edits do not count; `fingerprint`
is an exact key on the normalised text; `similarity` is a 0..1 score; `content_words` gives the
words worth indexing for blocking (candidate pairs without an all-pairs scan).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from rapidfuzz import fuzz

_PUNCT = re.compile(r"[^\w\s]+", re.UNICODE)
_SPACE = re.compile(r"\s+")
STOPWORDS = frozenset("""
a about after against all also an and any are as at be been before being between both but by can could
did do does for from had has have he her his how i if in into is it its more most my no not of on or our
out over said says she so some such than that the their them then there these they this those through to
under until up very was we were what when where which while who will with would you your
""".split())


def normalise(text: str) -> str:
    """Case-folded, accent-stripped text without punctuation, single-spaced.

    >>> normalise("“Tel Aviv” and Ankara  agreed.")
    'tel aviv and ankara agreed'
    """
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return _SPACE.sub(" ", _PUNCT.sub(" ", text.casefold())).strip()


def fingerprint(text: str) -> str:
    """An exact-match key: equal for texts that differ only in case, quotes, punctuation or spacing."""
    return hashlib.blake2b(normalise(text).encode("utf-8"), digest_size=12).hexdigest()


def similarity(a: str, b: str) -> float:
    """How alike two claim texts are, 0..1 (rapidfuzz token-sort ratio on normalised text)."""
    return fuzz.token_sort_ratio(normalise(a), normalise(b)) / 100.0


def content_words(text: str) -> list[str]:
    """Distinct words of a claim worth indexing: no stopwords, no one- or two-letter words."""
    seen: dict[str, None] = {}
    for word in normalise(text).split():
        if len(word) > 2 and word not in STOPWORDS and not word.isdigit():
            seen.setdefault(word, None)
    return list(seen)
