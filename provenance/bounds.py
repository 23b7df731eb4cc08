"""The largest whole number the database holds, and the one parser every number from a user goes
through (command-line ids, versions, counts; `DOC@N`; the review desk's addresses; claim-set fields).

PostgreSQL's `integer` stops at 2**31 - 1 where SQLite's goes on to 2**63 - 1: a value only one
backend accepts would make a database impossible to restore into the other, so both refuse it.
Standard library only (the command line checks its options before importing the database layer).
"""

from __future__ import annotations

import re

from provenance.errors import InputError

MAX_INTEGER = 2**31 - 1
_WHOLE = re.compile(r"[+-]?[0-9]{1,40}")  # ASCII digits only: "²" and "١" are digits to str.isdigit


def check_whole(value: int, what: str, *, minimum: int | None = None) -> int:
    """An integer a user gave, within what the database holds (and at least `minimum`).

    >>> check_whole(2**40, "--limit")
    Traceback (most recent call last):
    provenance.errors.InputError: --limit 1099511627776 is too large: the largest is 2147483647
    """
    if value > MAX_INTEGER:
        shown = str(value) if value < 10**40 else f"of {len(str(value))} digits"
        raise InputError(f"{what} {shown} is too large: the largest is {MAX_INTEGER}")
    if minimum is not None and value < minimum:
        raise InputError(f"{what} must be {minimum} or more")
    if value < -MAX_INTEGER:
        raise InputError(f"{what} {value} is too small: the smallest is {-MAX_INTEGER}")
    return value


def parse_whole(text: str, what: str, *, minimum: int | None = None) -> int:
    """A whole number written in ASCII digits, checked by `check_whole`.

    >>> parse_whole("12", "ID")
    12
    >>> parse_whole("1.5", "--limit")
    Traceback (most recent call last):
    provenance.errors.InputError: --limit '1.5' is not a whole number: give digits, as 12
    """
    stripped = text.strip()
    if not _WHOLE.fullmatch(stripped):
        if re.fullmatch(r"[+-]?[0-9]+", stripped):
            raise InputError(f"{what} of {len(stripped)} digits is too large: the largest is {MAX_INTEGER}")
        raise InputError(f"{what} {text[:40]!r} is not a whole number: give digits, as 12")
    return check_whole(int(stripped), what, minimum=minimum)


def is_whole(text: str) -> bool:
    """Whether text is written as a whole number (ASCII digits), of any size.

    >>> is_whole("12"), is_whole("²"), is_whole("1e3")
    (True, False, False)
    """
    return bool(re.fullmatch(r"[0-9]+", text))
