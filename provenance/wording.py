"""Counts in messages, read as English: '1 claim', '2 claims'."""

from __future__ import annotations


def plural(n: int, word: str) -> str:
    """'1 claim', '2 claims', '0 links' (a word whose plural adds an s: claim, link, document, version)."""
    return f"{n} {word}" if n == 1 else f"{n} {word}s"
