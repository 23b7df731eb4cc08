"""The lines of a backup file: each record's checksum, the whole file's digest, and the fields each
kind of record must have (so a damaged or hand-edited record is refused naming its line, never
half-read).

Every line is a JSON object ending in `"sum":"HEX"`, the first 16 hex digits of the SHA-256 of the
line as it would be without that field (`{...}` with the same bytes before it). The end record
carries `"digest":"sha256:HEX"`, the SHA-256 of every line before it, bytes as written. Backups
written before checksums existed have neither (their header has no "checksums"); they still restore.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from datetime import datetime
from typing import Any

from provenance.errors import InputError
from provenance.vocabulary import RELATIONS, SPEAKER_KINDS

CHECKSUMS = "sha256"  # the header's "checksums" value
SUM_KEY = b',"sum":"'
SUM_DIGITS = 16
MAX_ID = 2**31 - 1  # PostgreSQL's integer: the same bound on both backends


def dumps(record: dict[str, Any]) -> str:
    """A record as one line of a backup, with its checksum (the newline included)."""
    body = json.dumps(record, ensure_ascii=False, separators=(",", ":"))
    digest = hashlib.sha256(body.encode("utf-8", "surrogatepass")).hexdigest()[:SUM_DIGITS]
    return f'{body[:-1]},"sum":"{digest}"}}\n'


def checksum_ok(line: bytes) -> bool | None:
    """Whether a line's "sum" matches the rest of it (None: the line has no sum)."""
    body = line.rstrip(b"\r\n")
    at = body.rfind(SUM_KEY)
    if at < 0 or not body.endswith(b'"}') or len(body) - at - len(SUM_KEY) - 2 != SUM_DIGITS:
        return None
    given = body[at + len(SUM_KEY):-2].decode("ascii", "replace")
    return hashlib.sha256(body[:at] + b"}").hexdigest()[:SUM_DIGITS] == given


# --- the fields of each record ---------------------------------------------------------------------

def _int(value: Any) -> bool:
    return type(value) is int and 1 <= value <= MAX_ID


def _count(value: Any) -> bool:
    return type(value) is int and 0 <= value <= MAX_ID


def _str(value: Any) -> bool:
    return isinstance(value, str)


def _when(value: Any) -> bool:
    if not isinstance(value, str) or not 10 <= len(value) <= 40:
        return False
    try:
        datetime.fromisoformat(value)
    except ValueError:
        return False
    return True


def _number(value: Any) -> bool:
    return type(value) in (int, float)


def _bool(value: Any) -> bool:
    return type(value) is bool


def _strs(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def _ids(value: Any) -> bool:
    return isinstance(value, list) and all(_int(v) for v in value)


def _id_map(value: Any) -> bool:
    return isinstance(value, dict) and all(_int(v) for v in value.values())


def _in(values: tuple[str, ...]) -> Callable[[Any], bool]:
    def check(value: Any) -> bool:
        return isinstance(value, str) and value in values
    check.__doc__ = "one of " + ", ".join(values)
    return check


def _optional(check: Callable[[Any], bool]) -> Callable[[Any], bool]:
    def either(value: Any) -> bool:
        return value is None or check(value)
    either.__doc__ = f"null or {_what(check)}"
    return either


WHAT: dict[Callable[[Any], bool], str] = {_int: f"a whole number from 1 to {MAX_ID}", _count: "a whole number of 0 or more", _str: "a string",
        _when: "a date and time (ISO 8601)", _bool: "true or false", _number: "a number", _strs: "a list of strings", _ids: "a list of ids (whole numbers)",
        _id_map: "an object of ids (whole numbers)"}


def _what(check: Callable[[Any], bool]) -> str:
    return WHAT.get(check) or check.__doc__ or check.__name__


_S, _W = _optional(_str), _optional(_when)
# field: (check, required). Optional fields may be missing (older backups) or null.
FIELDS: dict[str, dict[str, tuple[Callable[[Any], bool], bool]]] = {
    "outlet": {"id": (_int, True), "name": (_str, True), "aliases": (_optional(_strs), False), "country": (_S, False)},
    "speaker": {"id": (_int, True), "name": (_str, True), "aliases": (_optional(_strs), False),
                "kind": (_optional(_in(SPEAKER_KINDS)), False), "anonymous": (_bool, True),
                "role": (_S, False), "affiliation": (_S, False)},
    "document": {"id": (_int, True), "slug": (_str, True), "title": (_S, False), "outlet_id": (_optional(_int), False),
                 "url": (_S, False), "language": (_S, False), "created_at": (_W, False)},
    "version": {"id": (_int, True), "document_id": (_int, True), "number": (_int, True), "ingested_at": (_W, False),
                "claim_ids": (_ids, True), "speaker_ids": (_id_map, True), "outlet_ids": (_id_map, True),
                "claimset": (lambda v: isinstance(v, dict), True)},
    "link": {"id": (_int, True), "source_id": (_int, True), "target_id": (_int, True),
             "relation": (_in(RELATIONS), True), "created_by": (_S, False), "reason": (_S, False),
             "created_at": (_W, False)},
    "event": {"id": (_int, True), "at": (_W, False), "actor": (_str, True), "action": (_str, True),
              "document_id": (_optional(_int), False), "claim_id": (_optional(_int), False), "old": (_S, False),
              "new": (_S, False), "reason": (_S, False), "relation": (_optional(_in(RELATIONS)), False),
              "target_claim_id": (_optional(_int), False), "evidence_url": (_S, False), "note": (_S, False),
              "verdict": (_S, False)},
    "cluster": {"id": (_int, True), "representative_id": (_int, True), "claim_ids": (_ids, True)},
    "end": {"counts": (lambda v: isinstance(v, dict) and all(_count(n) for n in v.values()), True)},
}
FIELDS["version"]["claimset"][0].__doc__ = "a claim set (an object)"
FIELDS["end"]["counts"][0].__doc__ = "an object of counts"


def row_fields(table: Any) -> dict[str, tuple[Callable[[Any], bool], bool]]:
    """The fields of a record kept column for column (page, feed, story), from its table."""
    fields: dict[str, tuple[Callable[[Any], bool], bool]] = {}
    for column in table.columns:
        kind = column.type.python_type
        if kind is int:
            check = _int if column.name == "id" or column.name.endswith("_id") else _count
        else:
            check = {bool: _bool, datetime: _when, float: _number}.get(kind, _str)
        # only the id is required: a backup from before a column existed has no field for it
        fields[column.name] = (check, True) if column.name == "id" else (_optional(check), False)
    return fields


def check_fields(record: dict[str, Any], fields: dict[str, tuple[Callable[[Any], bool], bool]],
                 where: str) -> None:
    """Every field of the record present when required and of its kind; raises InputError naming it."""
    kind = record.get("type")
    for name, (check, required) in fields.items():
        if name not in record:
            if required:
                raise InputError(f"{where}: the {kind} record has no {name!r}: the backup is damaged")
            continue
        if not check(record[name]):
            shown = json.dumps(record[name], ensure_ascii=True)[:40]
            raise InputError(f"{where}: the {kind} record's {name!r} is {shown}, not {_what(check)}: "
                             "the backup is damaged")
