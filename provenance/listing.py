"""What a claim listing asks for and what its rows hold: the filter, its checks and the row keys.

Standard library only, so `provenance claims` can check its options and read a SQLite file
(`quickread`) without importing the database layer; `query` answers the same filter through SQLAlchemy.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date

from provenance.errors import InputError
from provenance.vocabulary import FORMS, KINDS, STATUSES

DATE_RE = re.compile(r"([0-9]{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12][0-9]|3[01]))?)?\Z")
CLAIM_COLUMNS = ("id", "doc", "version", "seq", "start", "end", "text", "speaker", "anonymous", "speaker_role",
                 "affiliation", "speaker_start", "speaker_end", "outlet", "via", "origin", "cue", "form", "stated_on",
                 "event_on", "kind", "stance", "status", "reason", "cluster")
MAX_ID = 2**31 - 1  # ids are INTEGER columns: PostgreSQL's hold 32 bits
TABLE_COLUMNS = ("id", "doc", "speaker", "outlet", "stated_on", "status", "text")


def stance_text(stance: str | None, text: str) -> str:
    """A claim's text as people read it: the stance before the proposition when the speaker does
    not assert it, so that a denial never reads as the speaker's assertion.

    >>> stance_text("denies", "any sources or methods were shared")
    'denies: any sources or methods were shared'
    >>> stance_text("asserts", "the talks failed")
    'the talks failed'
    """
    if not stance or stance == "asserts":
        return text
    return f"{stance.replace('_', ' ')}: {text}"


def chain_row(row: dict) -> dict:
    """A listing row as read (`via` the stored JSON list, `origin` the origin speaker's name,
    `origin_outlet` its outlet's) as listings give it: `via` the outlet names joined by ' > ' (None
    when none), `origin` 'speaker (outlet)'.

    >>> chain_row({"via": '["Axios"]', "origin": "an official", "origin_outlet": "The Post"})
    {'via': 'Axios', 'origin': 'an official (The Post)'}
    """
    via = json.loads(row["via"] or "[]")
    row["via"] = " > ".join(via) or None
    row["origin"] = origin_label(row["origin"], row.pop("origin_outlet"))
    return row


def origin_label(speaker: str | None, outlet: str | None) -> str | None:
    """'senior port official (The Harbour Gazette)': who a claim comes from, through which outlet first."""
    if speaker and outlet:
        return f"{speaker} ({outlet})"
    return speaker or outlet


def is_date(value: str) -> bool:
    """Whether value is a day, month or year of the calendar as YYYY, YYYY-MM or YYYY-MM-DD (year 1
    on: Python's dates, and so every report and window, start there).

    >>> is_date("2024-02-29"), is_date("2023-02-29"), is_date("0000"), is_date("2025-01-01\\n")
    (True, False, False, False)
    """
    match = DATE_RE.match(value)
    if not match:
        return False
    year, month, day = (int(part) if part else 1 for part in match.groups())
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def check_date(value: str | None, option: str) -> str | None:
    """A date filter must be YYYY, YYYY-MM or YYYY-MM-DD, and a day the calendar has."""
    if value is None:
        return None
    if not DATE_RE.match(value):
        raise InputError(f"{option} {value[:40]!r} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD")
    if not is_date(value):
        raise InputError(f"{option} {value!r} is not a date: the calendar has no such day (years start at 0001)")
    return value


def check_period(since: str | None, until: str | None) -> tuple[str | None, str | None]:
    """--since and --until, each a date (`check_date`), and a period: --since not after --until
    ('2025-06-15' and '2025-06' are one period, compared on what both give).

    >>> check_period("2025-06-15", "2025-06")
    ('2025-06-15', '2025-06')
    >>> check_period("2025-06", "2025-01")
    Traceback (most recent call last):
    provenance.errors.InputError: --since 2025-06 is after --until 2025-01: give the earlier date to --since
    """
    check_date(since, "--since")
    check_date(until, "--until")
    if since and until:
        n = min(len(since), len(until))
        if since[:n] > until[:n]:
            raise InputError(f"--since {since} is after --until {until}: give the earlier date to --since")
    return since, until


def check_choices(values: tuple[str, ...] | list[str], allowed: tuple[str, ...], option: str) -> list[str]:
    out: list[str] = []
    for value in values:
        for part in value.split(","):
            part = part.strip().lower()
            if part and part not in allowed:
                raise InputError(f"{option} {part!r} is not one of {', '.join(allowed)}")
            if part:
                out.append(part)
    return out


@dataclass
class ClaimFilter:
    """What `provenance claims` narrows the listing to."""

    statuses: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    forms: tuple[str, ...] = ()
    speaker: str | None = None
    outlet: str | None = None
    anonymous: bool | None = None
    since: str | None = None
    until: str | None = None
    search: str | None = None
    doc: str | None = None
    version: int | None = None
    cluster: int | None = None
    all_versions: bool = False
    # only the claims with no date at all (none in the text, none on the document): what --since and
    # --until leave out
    undated: bool = False
    limit: int | None = None
    offset: int = 0
    # keyset pagination: only claims after this (doc slug, version, seq), the last row of the page before
    after: tuple[str, int, int] | None = None

    def validated(self) -> ClaimFilter:
        self.statuses = tuple(check_choices(self.statuses, STATUSES, "--status"))
        self.kinds = tuple(check_choices(self.kinds, KINDS, "--kind"))
        self.forms = tuple(check_choices(self.forms, FORMS, "--form"))
        check_period(self.since, self.until)
        if self.version is not None and not self.doc:
            raise InputError("--version needs --doc: versions are numbered per document")
        if self.version is not None and self.version < 1:
            raise InputError("--version must be 1 or more")
        if self.cluster is not None and not 1 <= self.cluster <= MAX_ID:
            raise InputError(f"--cluster must be a cluster id from 1 to {MAX_ID}: `provenance show CLAIM` "
                             "names a claim's cluster")
        if self.limit is not None and self.limit < 0:
            raise InputError("--limit must be 0 or more")
        for option, value in (("--search", self.search), ("--speaker", self.speaker), ("--outlet", self.outlet)):
            if value and "\x00" in value:
                raise InputError(f"{option} contains a NUL character, which no text can hold: remove it")
            if value and not value.isascii():
                try:
                    value.encode("utf-8")
                except UnicodeEncodeError:  # bytes of the command line that were not UTF-8
                    raise InputError(f"{option} is not valid UTF-8 text: retype it in a UTF-8 terminal") from None
        return self
