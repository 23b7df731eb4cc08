"""Whole-database backups that move between SQLite and PostgreSQL, and restoring them.

A backup is a JSON-lines file (gzip-compressed when its name ends in .gz), one record a line:

    {"type": "header", "format": "provenance-backup", "format_version": 1, "schema": REVISION, ...}
    {"type": "outlet", "id": 1, "name": ..., "aliases": [...], "country": ...}
    {"type": "speaker", "id": 1, "name": ..., "aliases": [...], "kind": ..., "anonymous": ..., ...}
    {"type": "document", "id": 1, "slug": ..., "title": ..., "outlet_id": ..., "created_at": ...}
    {"type": "version", "id": 1, "document_id": 1, "number": 1, "ingested_at": ..., "claim_ids": [...],
     "speaker_ids": {"s1": 4, ...}, "outlet_ids": {"o1": 2, ...}, "claimset": {CLAIM SET}}
    {"type": "link", "id": 1, "source_id": ..., "target_id": ..., "relation": ..., "created_by": ..., ...}
    {"type": "event", "id": 1, "at": ..., "actor": ..., "action": ..., "document_id": ..., "claim_id": ...,
     "relation": ..., "target_claim_id": ...}    (a link event's relation and other claim; older backups
     wrote them as "RELATION ID" in old/new, which a restore reads too)
    {"type": "page", "id": 1, "version_id": 1, "final_url": ..., "raw": BASE64, ...}
    {"type": "feed", "id": 1, "url": ..., "kind": "feed", "etag": ..., ...}
    {"type": "story", "id": 1, "url": ..., "feed_id": 1, "document_id": 1, ...}
    {"type": "cluster", "id": 1, "representative_id": ..., "claim_ids": [...]}
    {"type": "end", "counts": {"outlet": N, ...}}

Page, feed and story records are their rows as they are (timestamps in ISO 8601, a page's raw
bytes in base64); backups written before those tables existed have none and restore as before.
Each version's `claimset` is the claim-set file `provenance export DOC --version N` writes (so one
can be cut out and imported on its own); `claim_ids` gives the database id of each of its claims
in order. Links are stored once, as link records, because they also join claims of different
documents. Ids are kept, so claim ids people noted down still work after a restore. The `end`
record proves the file is whole.

A restore reads and checks the whole file (each line against its checksum and the whole against the
end record's digest, every field of every record, every claim set against the schema and its own text,
every reference) before it writes anything, refuses a database that holds any data, and writes
everything in one transaction, ending with one "restore" event; before that transaction commits,
`provenance check` runs on what it wrote, and any problem undoes it. Every line ends with its
checksum and the end record carries the whole file's digest (backup_format.py); backups made before
they existed restore with a note.
"""

from __future__ import annotations

import base64
import functools
import gzip
import hashlib
import json
import zlib
from collections import defaultdict
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from sqlalchemy import func, insert, select, text
from sqlmodel import Session

from provenance import backup_format, claimset
from provenance.clusters import CLUSTERS, MEMBERS
from provenance.corroboration import stance_of_cue
from provenance.db import Database, head_revision
from provenance.errors import InputError
from provenance.folding import fingerprint
from provenance.models import RELATIONS, Feed, Story
from provenance.store import (
    CLAIMS,
    DOCUMENTS,
    EVENTS,
    LINKS,
    OUTLETS,
    PAGES,
    SPEAKERS,
    VERSIONS,
    chain_columns,
    export_claimset,
    extractor_text,
    sha256,
)

FORMAT = "provenance-backup"
FORMAT_VERSION = 1
FEEDS = Feed.__table__  # type: ignore[attr-defined]
STORIES = Story.__table__  # type: ignore[attr-defined]
TABLES = {"outlet": OUTLETS, "speaker": SPEAKERS, "document": DOCUMENTS, "version": VERSIONS, "claim": CLAIMS,
          "link": LINKS, "event": EVENTS, "page": PAGES, "feed": FEEDS, "story": STORIES,
          "cluster": CLUSTERS}
ROW_RECORDS = ("page", "feed", "story")  # kept column for column
RECORD_ORDER = ("outlet", "speaker", "document", "version", "link", "event", *ROW_RECORDS, "cluster")
BATCH = 1000
SQLITE_MAGIC = b"SQLite format 3\x00"
LINK_ACTIONS = ("link", "unlink", "unlink carried")


# --- writing -----------------------------------------------------------------------------------

def _timestamp(value: Any) -> str | None:
    """ISO 8601 in UTC; SQLite hands timestamps back without their zone, and they were stored in UTC."""
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).isoformat()


def records(session: Session) -> Iterator[dict[str, Any]]:
    """Every record of a backup, header to end, read in the session's one transaction."""
    counts = {name: 0 for name in TABLES}
    yield {"type": "header", "format": FORMAT, "format_version": FORMAT_VERSION, "schema": head_revision(),
           "created_at": _timestamp(datetime.now(UTC))}
    for row in session.execute(select(OUTLETS).order_by(OUTLETS.c.id)).mappings():
        counts["outlet"] += 1
        yield {"type": "outlet", "id": row["id"], "name": row["name"], "aliases": json.loads(row["aliases"]),
               "country": row["country"]}
    speaker_ids: dict[tuple[str, bool], int] = {}
    for row in session.execute(select(SPEAKERS).order_by(SPEAKERS.c.id)).mappings():
        counts["speaker"] += 1
        speaker_ids[(row["name"], bool(row["anonymous"]))] = row["id"]
        yield {"type": "speaker", "id": row["id"], "name": row["name"], "aliases": json.loads(row["aliases"]),
               "kind": row["kind"], "anonymous": bool(row["anonymous"]), "role": row["role"],
               "affiliation": row["affiliation"]}
    outlet_ids = dict(session.execute(select(OUTLETS.c.name, OUTLETS.c.id)).all())
    slugs = {}
    for row in session.execute(select(DOCUMENTS).order_by(DOCUMENTS.c.id)).mappings():
        counts["document"] += 1
        slugs[row["id"]] = row["slug"]
        yield {"type": "document", "id": row["id"], "slug": row["slug"], "title": row["title"],
               "outlet_id": row["outlet_id"], "url": row["url"], "language": row["language"],
               "created_at": _timestamp(row["created_at"])}
    versions = session.execute(
        select(VERSIONS.c.id, VERSIONS.c.document_id, VERSIONS.c.number, VERSIONS.c.ingested_at)
        .order_by(VERSIONS.c.id)).all()
    for vid, document_id, number, ingested_at in versions:
        data = claimset.canonical(export_claimset(session, slugs[document_id], number))
        claim_ids = list(session.execute(
            select(CLAIMS.c.id).where(CLAIMS.c.version_id == vid).order_by(CLAIMS.c.seq)).scalars())
        counts["version"] += 1
        counts["claim"] += len(claim_ids)
        yield {"type": "version", "id": vid, "document_id": document_id, "number": number,
               "ingested_at": _timestamp(ingested_at), "claim_ids": claim_ids,
               "speaker_ids": {s["id"]: speaker_ids[(s["name"], bool(s["anonymous"]))] for s in data["speakers"]},
               "outlet_ids": {o["id"]: outlet_ids[o["name"]] for o in data["outlets"]},
               "claimset": data}
        session.expunge_all()
    for row in session.execute(select(LINKS).order_by(LINKS.c.id)).mappings():
        counts["link"] += 1
        yield {"type": "link", "id": row["id"], "source_id": row["source_id"], "target_id": row["target_id"],
               "relation": row["relation"], "created_by": row["created_by"], "reason": row["reason"],
               "created_at": _timestamp(row["created_at"])}
    for row in session.execute(select(EVENTS).order_by(EVENTS.c.id)).mappings():
        counts["event"] += 1
        yield {"type": "event", "id": row["id"], "at": _timestamp(row["at"]), "actor": row["actor"],
               "action": row["action"], "document_id": row["document_id"], "claim_id": row["claim_id"],
               "old": row["old"], "new": row["new"], "reason": row["reason"], "relation": row["relation"],
               "target_claim_id": row["target_claim_id"], "evidence_url": row["evidence_url"], "note": row["note"],
               "verdict": row["verdict"]}
    for name in ROW_RECORDS:
        table = TABLES[name]
        for row in session.execute(select(table).order_by(table.c.id)).mappings():
            counts[name] += 1
            yield {"type": name, **{key: _plain(value) for key, value in row.items()}}
    members = defaultdict(list)
    for claim_id, cluster_id in session.execute(select(MEMBERS.c.claim_id, MEMBERS.c.cluster_id)
                                                .order_by(MEMBERS.c.claim_id)):
        members[cluster_id].append(claim_id)
    for row in session.execute(select(CLUSTERS).order_by(CLUSTERS.c.id)).mappings():
        counts["cluster"] += 1
        yield {"type": "cluster", "id": row["id"], "representative_id": row["representative_id"],
               "claim_ids": members[row["id"]]}
    yield {"type": "end", "counts": counts}


def _plain(value: Any) -> Any:
    """A column value as JSON: timestamps in ISO 8601 UTC, bytes in base64."""
    if isinstance(value, datetime):
        return _timestamp(value)
    if isinstance(value, (bytes, memoryview)):
        return base64.b64encode(bytes(value)).decode("ascii")
    return value


def _row(table: Any, record: dict[str, Any]) -> dict[str, Any]:
    """A row to insert from a row record: its table's columns, timestamps and bytes decoded."""
    row = {}
    for column in table.columns:
        value = record.get(column.name)
        if value is not None and column.name == "raw":
            value = base64.b64decode(value)
        elif value is not None and column.type.python_type is datetime:
            value = _when(value)
        row[column.name] = value
    return row


def write_backup(db: Database, out: IO[str]) -> dict[str, int]:
    """Write a backup of the whole database to a text stream, each line with its checksum and the
    end record with the digest of the lines before it; returns the counts per table."""
    counts: dict[str, int] = {}
    digest = hashlib.sha256()
    with db.reading() as session:  # one snapshot, while others go on writing
        for record in records(session):
            if record["type"] == "header":
                record["checksums"] = backup_format.CHECKSUMS
            if record["type"] == "end":
                counts = record["counts"]
                record["digest"] = "sha256:" + digest.hexdigest()
            line = backup_format.dumps(record)
            digest.update(line.encode("utf-8", "surrogatepass"))
            out.write(line)
        session.rollback()
    return counts


def check_target(db: Database, path: str) -> None:
    """Refuse to write a backup over the database itself (or its journal files)."""
    if not db.is_sqlite or path == "-":
        return
    from sqlalchemy.engine import make_url

    name = make_url(db.url).database or ""
    if not name or name.startswith("file:") or name == ":memory:":
        return
    database = Path(name).resolve()
    own = {database} | {database.with_name(database.name + suffix) for suffix in ("-wal", "-shm", "-journal")}
    if Path(path).resolve() in own:
        raise InputError(f"{path} is the database being backed up: write the backup to another file")


def sqlite_copy(db: Database, path: str) -> None:
    """Copy a SQLite database, page by page, with SQLite's online backup API (a consistent snapshot)."""
    import sqlite3

    if not db.is_sqlite:
        raise InputError("--sqlite-copy copies SQLite databases only: leave it out for a portable backup")
    target = Path(path)
    if target.exists():
        raise InputError(f"{path} exists: a SQLite copy goes to a new file; choose another path or remove it")
    if not target.parent.exists():
        raise InputError(f"{path}: folder {target.parent} does not exist: create it first")
    raw = db.engine.raw_connection()
    try:
        destination = sqlite3.connect(str(target))
        try:
            raw.driver_connection.backup(destination)  # type: ignore[union-attr]
        finally:
            destination.close()
    finally:
        raw.close()


# --- reading -----------------------------------------------------------------------------------

def _open_lines(path: str) -> IO[bytes]:
    p = Path(path)
    if not p.exists():
        raise InputError(f"{path}: no such file: check the path")
    if p.is_dir():
        raise InputError(f"{path}: is a folder: give a backup file made by `provenance backup`")
    with open(p, "rb") as probe:
        magic = probe.read(16)
    if magic.startswith(b"\x1f\x8b"):
        return gzip.open(p, "rb")  # type: ignore[return-value]
    return open(p, "rb")


class Records(list):
    """The records of a backup file, in order, and notes for the reader (an older backup without
    checksums)."""

    notes: list[str]

    def __init__(self, items: Any = (), notes: list[str] | None = None):
        super().__init__(items)
        self.notes = notes or []


def read_records(path: str) -> Records:
    """Every record of a backup file (or of a SQLite copy), checked line by line: valid JSON, its
    checksum, and at the end the digest of the whole file."""
    p = Path(path)
    try:
        is_file = p.is_file()  # raises on a name too long or a folder above it that may not be read
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    if is_file:
        with open(p, "rb") as probe:
            if probe.read(16) == SQLITE_MAGIC:
                return Records(_records_of_sqlite_copy(p))
    not_a_backup = InputError(f"{path}: not a provenance backup (no header line): give a file made by "
                              "`provenance backup`")
    out = Records()
    try:
        with _open_lines(path) as lines:
            digest = _read_lines(path, lines, out, not_a_backup)
    except (UnicodeDecodeError, EOFError, OSError, zlib.error) as exc:  # zlib: a damaged gzip stream
        if not out:
            raise not_a_backup from exc
        raise InputError(f"{path}: cannot be read after line {out[-1]['_line']} ({exc}): the backup is "
                         "damaged or truncated") from exc
    if not out:
        raise not_a_backup
    if out[-1].get("type") != "end":
        raise InputError(f"{path}: the backup ends early (no end record after line {out[-1]['_line']}): "
                         "it is truncated; use a complete backup")
    if out[0].get("checksums") is None:
        out.notes.append(f"{path} has no checksums (a backup from an older provenance): every record was "
                         "checked, but a change that keeps a record valid cannot be seen")
    elif out[-1].get("digest") != "sha256:" + digest:
        raise InputError(f"{path}: line {out[-1]['_line']}: the file's digest does not match its lines "
                         "(lines were added, removed or reordered): the backup is damaged")
    return out


def _read_lines(path: str, lines: IO[bytes], out: list[dict[str, Any]], not_a_backup: InputError) -> str:
    """Read the records into `out`; returns the hex digest of the lines before the last record."""
    digest, previous = hashlib.sha256(), b""
    checked = False
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except (ValueError, RecursionError) as exc:
            if not out:
                raise not_a_backup from exc
            raise InputError(f"{path}: line {number}: invalid JSON ({getattr(exc, 'msg', exc)}): the backup is "
                             "damaged or truncated") from exc
        if not out:
            if not (isinstance(record, dict) and record.get("type") == "header" and record.get("format") == FORMAT):
                raise not_a_backup
            if record.get("format_version") != FORMAT_VERSION:
                raise InputError(f"{path}: backup format version {record.get('format_version')!r}, this program "
                                 f"reads version {FORMAT_VERSION}: restore it with the provenance that wrote it")
            checked = record.get("checksums") is not None
        if not isinstance(record, dict) or not isinstance(record.get("type"), str):
            raise InputError(f"{path}: line {number}: not a backup record (no \"type\"): the backup is damaged")
        if checked:
            if backup_format.checksum_ok(line) is not True:
                raise InputError(f"{path}: line {number}: the {record['type']} record does not match its checksum "
                                 "(it was changed after the backup was written): the backup is damaged")
            record.pop("sum", None)
        record["_line"] = number
        out.append(record)
        digest.update(previous)
        previous = line
    return digest.hexdigest()


def _records_of_sqlite_copy(path: Path) -> list[dict[str, Any]]:
    from provenance.db import open_database

    source = open_database(str(path))
    try:
        with source.session() as session:
            return [dict(r, _line=i) for i, r in enumerate(records(session), 1)]
    finally:
        source.close()


@functools.cache
def _fields(kind: str) -> dict[str, Any]:
    return backup_format.FIELDS.get(kind) or backup_format.row_fields(TABLES[kind])


def _check(recs: list[dict[str, Any]], source: str) -> dict[str, list[dict[str, Any]]]:
    """Group records by type and check every reference and claim set; raises InputError naming the line."""
    by_type: dict[str, list[dict[str, Any]]] = {name: [] for name in RECORD_ORDER}
    for record in recs[1:-1]:
        kind = record["type"]
        if kind not in by_type:
            raise InputError(f"{source}: line {record['_line']}: unknown record type {kind!r}")
        backup_format.check_fields(record, _fields(kind), f"{source}: line {record['_line']}")
        by_type[kind].append(record)
    backup_format.check_fields(recs[-1], backup_format.FIELDS["end"], f"{source}: line {recs[-1]['_line']}")

    def fail(record: dict[str, Any], problem: str) -> InputError:
        return InputError(f"{source}: line {record['_line']}: {problem}: the backup is damaged")

    ids: dict[str, set] = {}
    for kind in RECORD_ORDER:
        seen: set = set()
        for record in by_type[kind]:
            if not isinstance(record.get("id"), int) or record["id"] in seen:
                raise fail(record, f"{kind} id {record.get('id')!r} is missing or repeated")
            seen.add(record["id"])
        ids[kind] = seen
    speakers = {r["id"]: (r["name"], bool(r["anonymous"])) for r in by_type["speaker"]}
    outlets = {r["id"]: r["name"] for r in by_type["outlet"]}
    claim_ids: set[int] = set()
    for record in by_type["document"]:
        if record.get("outlet_id") is not None and record["outlet_id"] not in ids["outlet"]:
            raise fail(record, f"document's outlet {record['outlet_id']} is not in the backup")
    documents = {r["id"]: r for r in by_type["document"]}
    for record in by_type["version"]:
        document = documents.get(record.get("document_id"))
        if document is None:
            raise fail(record, f"version's document {record.get('document_id')!r} is not in the backup")
        try:
            data = claimset.validate(record["claimset"], source=f"{source}: line {record['_line']}")
        except KeyError as exc:
            raise fail(record, f"version record without {exc}") from exc
        if data["document"]["slug"] != document["slug"] or data["document"]["version"] != record["number"]:
            raise fail(record, "the claim set names another document or version than the record")
        if len(record["claim_ids"]) != len(data["claims"]) or claim_ids & set(record["claim_ids"]):
            raise fail(record, "claim_ids do not match the claim set's claims, or repeat another version's")
        if any(a >= b for a, b in zip(record["claim_ids"], record["claim_ids"][1:], strict=False)):
            raise fail(record, "claim_ids are out of order (a version's claim ids grow with their place in it)")
        claim_ids.update(record["claim_ids"])
        for s in data["speakers"]:
            if speakers.get(record["speaker_ids"].get(s["id"])) != (s["name"], bool(s["anonymous"])):
                raise fail(record, f"speaker {s['id']} ({s['name']}) does not match a speaker record")
        for o in data["outlets"]:
            if outlets.get(record["outlet_ids"].get(o["id"])) != o["name"]:
                raise fail(record, f"outlet {o['id']} ({o['name']}) does not match an outlet record")
    for record in by_type["link"]:
        for end in ("source_id", "target_id"):
            if record.get(end) not in claim_ids:
                raise fail(record, f"link's {end} {record.get(end)!r} is not a claim of the backup")
    for record in by_type["event"]:
        if record.get("document_id") is not None and record["document_id"] not in ids["document"]:
            raise fail(record, f"event's document {record['document_id']} is not in the backup")
        if record.get("claim_id") is not None and record["claim_id"] not in claim_ids:
            raise fail(record, f"event's claim {record['claim_id']} is not in the backup")
    for record in by_type["cluster"]:
        if not set(record.get("claim_ids") or ()) <= claim_ids or record.get("representative_id") not in claim_ids:
            raise fail(record, "cluster's claims are not claims of the backup")
    _check_rows(by_type, ids, fail)
    counts = recs[-1].get("counts") or {}
    found = {"outlet": len(by_type["outlet"]), "speaker": len(by_type["speaker"]),
             "document": len(by_type["document"]), "version": len(by_type["version"]), "claim": len(claim_ids),
             "link": len(by_type["link"]), "event": len(by_type["event"])}
    found.update({name: len(by_type[name]) for name in ROW_RECORDS if by_type[name] or name in counts})
    if "cluster" in counts or by_type["cluster"]:
        found["cluster"] = len(by_type["cluster"])
    if counts != found:
        raise InputError(f"{source}: the end record counts {counts} but the file holds {found}: "
                         "the backup is damaged")
    return by_type


def _check_rows(by_type: dict[str, list[dict[str, Any]]], ids: dict[str, set], fail: Any) -> None:
    """Pages belong to versions of the backup, stories to its feeds and documents; raw bytes decode."""
    for record in by_type["page"]:
        if record.get("version_id") not in ids["version"]:
            raise fail(record, f"page's version {record.get('version_id')!r} is not in the backup")
        try:
            base64.b64decode(record.get("raw") or "", validate=True)
        except ValueError as exc:
            raise fail(record, "page's raw bytes are not base64") from exc
    for record in by_type["story"]:
        for key, kind in (("feed_id", "feed"), ("document_id", "document")):
            if record.get(key) is not None and record[key] not in ids[kind]:
                raise fail(record, f"story's {kind} {record[key]} is not in the backup")
    for name in ("feed", "story"):
        for record in by_type[name]:
            if not isinstance(record.get("url"), str):
                raise fail(record, f"{name} without a url")


# --- restoring ---------------------------------------------------------------------------------

def _when(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def is_empty(session: Session) -> dict[str, int]:
    """Rows per table that hold data (empty dict when the database holds none)."""
    counts = {name: session.execute(select(func.count()).select_from(table)).scalar_one()
              for name, table in TABLES.items()}
    return {name: n for name, n in counts.items() if n}


def restore(db: Database, path: str, *, actor: str, notes: list[str] | None = None) -> dict[str, int]:
    """Restore a backup (or a SQLite copy) into an empty database, all or nothing; returns the counts.

    Every record is checked before anything is written, and `provenance check` runs on what was
    written before it is committed. What the reader should know (an older backup without checksums)
    is appended to `notes`."""
    recs = read_records(path)
    by_type = _check(recs, path)
    if notes is not None:
        notes.extend(recs.notes)

    def write(session: Session) -> dict[str, int]:
        holding = is_empty(session)
        if holding:
            what = ", ".join(f"{n} {name}s" for name, n in holding.items())
            raise InputError(f"the database holds data ({what}): restore into a new, empty database "
                             "(give another --db)")
        _insert(session, OUTLETS, [{"id": r["id"], "name": r["name"], "country": r.get("country"),
                                    "aliases": json.dumps(r.get("aliases") or [], ensure_ascii=False)}
                                   for r in by_type["outlet"]])
        _insert(session, SPEAKERS, [{"id": r["id"], "name": r["name"], "kind": r.get("kind") or "person",
                                     "anonymous": bool(r["anonymous"]), "role": r.get("role"),
                                     "affiliation": r.get("affiliation"),
                                     "aliases": json.dumps(r.get("aliases") or [], ensure_ascii=False)}
                                    for r in by_type["speaker"]])
        _insert(session, DOCUMENTS, [{"id": r["id"], "slug": r["slug"], "title": r.get("title"),
                                      "outlet_id": r.get("outlet_id"), "url": r.get("url"),
                                      "language": r.get("language"), "created_at": _when(r.get("created_at"))}
                                     for r in by_type["document"]])
        versions, claims = [], []
        for r in by_type["version"]:
            data = r["claimset"]
            doc = data["document"]
            versions.append({"id": r["id"], "document_id": r["document_id"], "number": r["number"],
                             "sha256": sha256(doc["text"]), "text": doc["text"], "published": doc.get("published"),
                             "ingested_at": _when(r.get("ingested_at")), "extractor": extractor_text(data)})
            names = {o["id"]: o["name"] for o in data["outlets"]}
            publisher = next((r["outlet_ids"][o["id"]] for o in data["outlets"] if o["name"] == doc.get("outlet")), None)
            for claim_id, c in zip(r["claim_ids"], data["claims"], strict=True):
                claims.append({
                    "id": claim_id, "version_id": r["id"], "seq": c["seq"], "char_start": c["start"],
                    "char_end": c["end"], "text": c["text"], "sentence_start": c.get("sentence_start"),
                    "sentence_end": c.get("sentence_end"),
                    "speaker_id": r["speaker_ids"][c["speaker"]] if c.get("speaker") else None,
                    "speaker_start": c.get("speaker_start"), "speaker_end": c.get("speaker_end"),
                    "outlet_id": r["outlet_ids"][c["outlet"]] if c.get("outlet") else None,
                    **chain_columns(c, names, r["speaker_ids"], r["outlet_ids"], publisher),
                    "cue": c.get("cue"), "cue_start": c.get("cue_start"), "cue_end": c.get("cue_end"),
                    "form": c["form"], "stated_on": c.get("stated_on"), "event_on": c.get("event_on"),
                    "kind": c["kind"], "status": c["status"], "reason": c.get("reason") or "",
                    "reviewed_by": c.get("reviewed_by"), "stance": c.get("stance") or stance_of_cue(c.get("cue")),
                    "fingerprint": fingerprint(c["text"])})
        _insert(session, VERSIONS, versions)
        _insert(session, CLAIMS, claims)
        _insert(session, LINKS, [{"id": r["id"], "source_id": r["source_id"], "target_id": r["target_id"],
                                  "relation": r["relation"], "created_by": r.get("created_by") or "rule",
                                  "reason": r.get("reason"), "created_at": _when(r.get("created_at"))}
                                 for r in by_type["link"]])
        _insert(session, EVENTS, [_event_row(r) for r in by_type["event"]])
        for name in ROW_RECORDS:
            _insert(session, TABLES[name], [_row(TABLES[name], r) for r in by_type[name]])
        _insert(session, CLUSTERS, [{"id": r["id"], "representative_id": r["representative_id"]}
                                    for r in by_type["cluster"]])
        _insert(session, MEMBERS, [{"claim_id": m, "cluster_id": r["id"]} for r in by_type["cluster"]
                                   for m in r["claim_ids"]])
        if not db.is_sqlite:
            _advance_sequences(session)
        _check_restored(session, path, sqlite=db.is_sqlite)
        counts = dict(recs[-1]["counts"])
        session.execute(insert(EVENTS), {
            "at": datetime.now(UTC), "actor": actor, "action": "restore",
            "reason": f"from {Path(path).name}: " + ", ".join(f"{n} {name}s" for name, n in counts.items())})
        return counts

    return db.write(write)


def _check_restored(session: Session, path: str, *, sqlite: bool) -> None:
    """`provenance check` on what the restore wrote, before it commits: any problem refuses the backup.
    Whether statuses are what today's rules give is left out: rules change between versions of
    provenance, and a backup keeps the statuses it had."""
    from provenance.check import check_session

    session.flush()
    report = check_session(session, sqlite=sqlite, integrity=False, recompute=False)
    if not report.ok:
        first = report.problems[0]
        more = f" (and {len(report.problems) - 1} more)" if len(report.problems) > 1 else ""
        raise InputError(f"{path}: the restored database would not pass `provenance check`: {first.where}: "
                         f"{first.problem}{more}: nothing was restored; the backup was changed or damaged")


def _event_row(r: dict[str, Any]) -> dict[str, Any]:
    """An event record as a row. A backup written before link events had columns of their own
    (schema 0003 and older) holds a link's relation and other claim as "RELATION CLAIM_ID" in
    `old` (unlink) or `new` (link): they move to `relation` and `target_claim_id`, as migration
    0004 moves them in a database."""
    row = {"id": r["id"], "at": _when(r.get("at")), "actor": r["actor"], "action": r["action"],
           "document_id": r.get("document_id"), "claim_id": r.get("claim_id"), "old": r.get("old"),
           "new": r.get("new"), "reason": r.get("reason"), "relation": r.get("relation"),
           "target_claim_id": r.get("target_claim_id"), "evidence_url": r.get("evidence_url"), "note": r.get("note"),
           "verdict": r.get("verdict")}
    if "relation" not in r and r["action"] in LINK_ACTIONS:
        side = "old" if r["action"].startswith("unlink") else "new"
        parts = (row[side] or "").split()
        if len(parts) == 2 and parts[0] in RELATIONS and parts[1].isdigit():
            row.update({"relation": parts[0], "target_claim_id": int(parts[1]), side: None})
    return row


def _insert(session: Session, table: Any, rows: list[dict[str, Any]]) -> None:
    for i in range(0, len(rows), BATCH):
        session.execute(insert(table), rows[i:i + BATCH])


def _advance_sequences(session: Session) -> None:
    """PostgreSQL hands out ids from sequences that explicit ids do not move: move them past the restored ones."""
    for name in TABLES:
        session.execute(text(
            f"SELECT setval(pg_get_serial_sequence('\"{name}\"', 'id'), coalesce(max(id), 0) + 1, false) "
            f"FROM \"{name}\""))
