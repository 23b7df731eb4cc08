"""Counts in messages, read as English: '1 claim', '2 claims'."""

from __future__ import annotations


def plural(n: int, word: str) -> str:
    """'1 claim', '2 claims', '1 entry', '3 entries', '2 statuses' (the last word of `word` takes the
    plural: 'new document' -> '2 new documents')."""
    return f"{n} {word}" if n == 1 else f"{n} {plural_form(word)}"


def plural_form(word: str) -> str:
    """The regular English plural of a noun: claim -> claims, entry -> entries, status -> statuses."""
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    if len(word) > 1 and word.endswith("y") and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"
