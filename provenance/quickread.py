"""Claim listings read straight from a SQLite file with the standard library's sqlite3.

Importing SQLAlchemy, SQLModel and the models costs a command several times more than reading a
page of claims (benchmarks/startup.py). A listing that needs no planning — no --status, --speaker,
--outlet, --search or --cluster, which `query` answers from indexes chosen by counting — is read here with the
same SQL shape `query.iter_claims` uses and gives the same rows (tests/test_quickread.py compares
them on every filter); any other listing, PostgreSQL, or a database whose schema is not the newest
returns None and takes the usual way.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from provenance import keyset
from provenance.listing import chain_row
from provenance.location import head_revision, sqlite_path

if TYPE_CHECKING:
    from provenance.listing import ClaimFilter

SELECT = """
SELECT claim.id AS id, document.slug AS doc, version.number AS version, claim.seq AS seq,
       claim.char_start AS start, claim.char_end AS "end", claim.text AS text, speaker.name AS speaker,
       speaker.anonymous AS anonymous,
       CASE WHEN claim.speaker_kind IS NULL THEN speaker.role ELSE claim.speaker_role END AS speaker_role,
       CASE WHEN claim.speaker_kind IS NULL THEN speaker.affiliation ELSE claim.speaker_affiliation END AS affiliation,
       claim.speaker_start AS speaker_start, claim.speaker_end AS speaker_end, outlet.name AS outlet,
       claim.via AS via, origin_speaker.name AS origin, origin_outlet.name AS origin_outlet, claim.cue AS cue,
       claim.form AS form, claim.stated_on AS stated_on, claim.event_on AS event_on,
       claim.kind AS kind, claim.stance AS stance, claim.status AS status, claim.reason AS reason,
       cluster_member.cluster_id AS cluster
FROM document
JOIN version ON version.document_id = document.id
JOIN claim ON claim.version_id = version.id
LEFT OUTER JOIN speaker ON speaker.id = claim.speaker_id
LEFT OUTER JOIN outlet ON outlet.id = claim.outlet_id
LEFT OUTER JOIN speaker AS origin_speaker ON origin_speaker.id = claim.origin_speaker_id
LEFT OUTER JOIN outlet AS origin_outlet ON origin_outlet.id = claim.origin_outlet_id
LEFT OUTER JOIN cluster_member ON cluster_member.claim_id = claim.id
"""
LATEST = ("NOT EXISTS (SELECT 1 FROM version AS newer WHERE newer.document_id = version.document_id "
          "AND newer.number > version.number)")
ORDER = " ORDER BY document.slug, version.number, claim.seq"
BOOLEANS = ("anonymous",)
WALK_FIRST = 32  # as query.WALK_FIRST / WALK_MOST: documents per batch, doubling
WALK_MOST = 1024


def connect(url: str) -> sqlite3.Connection | None:
    """A connection to the SQLite file of `url` when its schema is the newest; None otherwise."""
    path = sqlite_path(url)
    if path is None or not Path(path).is_file():
        return None
    try:
        # mode=rw: never creates the file; query_only: this connection cannot change it
        conn = sqlite3.connect(Path(path).as_uri() + "?mode=rw", uri=True, timeout=30, isolation_level=None)
        conn.execute("PRAGMA query_only = ON")
        conn.execute("BEGIN")  # one snapshot for the whole listing, as Database.reading() gives
    except sqlite3.Error:
        return None  # unreadable: the usual way says why
    try:
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        revision = None
    if revision is None or revision[0] != head_revision():
        conn.close()
        return None
    return conn


def _conditions(f: ClaimFilter) -> tuple[list[str], list[Any]]:
    # The unary + keeps SQLite off the filtered column's index (see query._walked)
    where: list[str] = []
    params: list[Any] = []
    if f.doc:
        where.append("document.slug = ?")
        params.append(f.doc)
    if f.version is not None:
        where.append("version.number = ?")
        params.append(f.version)
    elif not f.all_versions:
        where.append(LATEST)
    for column, values in (("claim.kind", f.kinds), ("claim.form", f.forms)):
        if values:
            where.append(f"+{column} IN ({', '.join('?' * len(values))})")
            params.extend(values)
    if f.anonymous is not None:
        where.append("+speaker.anonymous = ?")
        params.append(1 if f.anonymous else 0)
    # undated in the text: the document's date (an OR of plain comparisons, as query._said_on)
    said_on = "(+claim.stated_on {0} ? OR (+claim.stated_on IS NULL AND +version.published {0} ?))"
    if f.since:
        where.append(said_on.format(">="))
        params.extend((f.since, f.since))
    if f.until:
        where.append(said_on.format("<="))
        params.extend((f.until + "\uffff",) * 2)  # a partial bound covers its whole period
    if f.undated:
        where.append("claim.stated_on IS NULL AND version.published IS NULL")
    return where, params


def iter_claims(conn: sqlite3.Connection, f: ClaimFilter) -> Iterator[dict[str, Any]] | None:
    """The rows of query.iter_claims for a listing without planned filters; None for the others, and
    for a document or version that is not there (the usual way says so)."""
    if f.statuses or f.speaker or f.outlet or f.search or f.cluster is not None or f.after is not None:
        return None
    if f.doc:
        sql = "SELECT 1 FROM document JOIN version ON version.document_id = document.id WHERE document.slug = ?"
        params: list[Any] = [f.doc]
        if f.version is not None:
            sql += " AND version.number = ?"
            params.append(f.version)
        if conn.execute(sql, params).fetchone() is None:
            return None
    return _rows(conn, f)


def _rows(conn: sqlite3.Connection, f: ClaimFilter) -> Iterator[dict[str, Any]]:
    where, params = _conditions(f)
    if f.doc:  # one document: one query
        sql = SELECT + " WHERE " + " AND ".join(where) + ORDER + " LIMIT ? OFFSET ?"
        yield from _dicts(conn.execute(sql, [*params, -1 if f.limit is None else f.limit, f.offset]))
        return
    yield from _walk(conn, f, where, params)


def _walk(conn: sqlite3.Connection, f: ClaimFilter, where: list[str], params: list[Any]) -> Iterator[dict[str, Any]]:
    """Documents in slug order, in growing batches (keyset pagination, as query._walk)."""

    def documents(last: str | None, size: int) -> list[Any]:
        if last is None:
            return conn.execute("SELECT id, slug FROM document ORDER BY slug LIMIT ?", (size,)).fetchall()
        return conn.execute("SELECT id, slug FROM document WHERE slug > ? ORDER BY slug LIMIT ?",
                            (last, size)).fetchall()

    def rows(docs: Sequence[Any], skip: int, left: int | None) -> Iterator[dict[str, Any]]:
        batch = [*where, f"document.id IN ({', '.join('?' * len(docs))})"]
        sql = SELECT + " WHERE " + " AND ".join(batch) + ORDER + " LIMIT ?"
        return _dicts(conn.execute(sql, [*params, *(d[0] for d in docs), -1 if left is None else skip + left]))

    return keyset.walk(documents, rows, f.offset, f.limit, WALK_FIRST, WALK_MOST)


def _dicts(cursor: sqlite3.Cursor) -> Iterator[dict[str, Any]]:
    names = [d[0] for d in cursor.description]
    for values in cursor:
        row = dict(zip(names, values, strict=True))
        for key in BOOLEANS:
            if row[key] is not None:
                row[key] = bool(row[key])
        yield chain_row(row)
