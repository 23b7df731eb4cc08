"""`provenance check`: verify that a database still holds what it claims to hold.

Each check yields `Problem`s; nothing is written. What is checked:

- the schema is at the newest migration (a database at an older one is upgraded by any other
  command; one at an unknown revision came from a newer program);
- SQLite's own `PRAGMA integrity_check` and `PRAGMA foreign_key_check`;
- every claim's offsets give its text back (`version.text[start:end] == claim.text`), the other
  offset pairs lie inside the text, and statuses, kinds, forms and relations are in the vocabulary;
- every version's sha256 is the hash of its text, and its ingest or import is in the event log;
- links join two different, existing claims;
- the event log explains every claim's status: its status events chain (each one's old value is
  the previous one's new value) and end at the current status; a reviewed claim has a review
  event, unless it arrived reviewed in an imported claim set and nothing changed it since;
- every claim of a newest version that no reviewer decided has the status a fresh `recompute`
  of the whole database would give it, and the rule links of these claims are those it would
  make (ingesting one document at a time, in any order, must come to what the rules give the
  whole database).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import func, select, text
from sqlmodel import Session

from provenance.db import Database, current_revision, head_revision, known_revision, newer_schema
from provenance.errors import DatabaseError
from provenance.links import fresh_state
from provenance.models import FORMS, KINDS, RELATIONS, SPEAKER_KINDS, STATUSES, Claim
from provenance.sql_in import in_values
from provenance.store import CLAIMS, DOCUMENTS, EVENTS, LINKS, SPEAKERS, VERSIONS, sha256
from provenance.vocabulary import STANCES
from provenance.wording import plural

COLUMNS = ("check", "where", "problem")
# Events that move a claim from one status (old) to another (new).
STATUS_ACTIONS = ("status", "review", "review carried")
REVIEW_ACTIONS = ("review", "review carried")
STORE_ACTIONS = ("ingest", "import")
OFFSET_PAIRS = (("sentence_start", "sentence_end"), ("speaker_start", "speaker_end"), ("cue_start", "cue_end"))
CHUNK = 500


@dataclass
class Problem:
    check: str
    where: str
    problem: str


@dataclass
class Report:
    """What `check_database` found, and how much it looked at."""

    problems: list[Problem] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems

    def rows(self) -> list[dict[str, Any]]:
        return [asdict(p) for p in self.problems]

    def summary(self) -> str:
        looked = ", ".join(plural(n, what) for what, n in self.counts.items())
        if self.ok:
            return f"ok: {looked} checked, no problems"
        return f"{plural(len(self.problems), 'problem')} in {looked}"


def check_database(db: Database) -> Report:
    """Run every check on an opened (not necessarily migrated) database; writes nothing."""
    report = Report()
    revision = current_revision(db.engine)
    head = head_revision()
    if revision is None:
        report.problems.append(Problem("schema", "database", "no provenance schema (an empty or foreign database): "
                                       "give the right --db"))
        return report
    if revision != head and not known_revision(revision):
        report.problems.append(Problem("schema", "alembic_version", newer_schema(revision)))
        return report
    if revision != head:
        report.problems.append(Problem("schema", "alembic_version", f"schema at revision {revision}, newest is "
                                       f"{head}: any other provenance command upgrades it; then check again"))
        return report
    try:
        _run_checks(db, report)
    except DatabaseError as exc:  # a damaged file fails queries part of the way through
        report.problems.append(Problem("integrity", "database file", f"cannot be read to the end: {exc}"))
    return report


def _run_checks(db: Database, report: Report) -> None:
    with db.reading() as session:
        check_session(session, report, sqlite=db.is_sqlite)
        session.rollback()


def check_session(session: Session, report: Report | None = None, *, sqlite: bool, integrity: bool = True,
                  recompute: bool = True) -> Report:
    """Every check on what `session` sees (in its own transaction: a restore checks what it wrote
    before it commits). `integrity`: SQLite's whole-file integrity check; `recompute`: whether the
    stored statuses are what the rules give now (a rule change is no damage, so a restore skips it)."""
    report = report if report is not None else Report()
    if sqlite:
        report.problems += _sqlite_checks(session, integrity=integrity)
    for name, table in (("document", DOCUMENTS), ("version", VERSIONS), ("claim", CLAIMS), ("link", LINKS),
                        ("event", EVENTS)):
        report.counts[name] = session.execute(select(func.count()).select_from(table)).scalar_one()
    report.problems += _speakers(session)
    report.problems += _versions(session)
    report.problems += _claims(session)
    report.problems += _links(session)
    report.problems += _statuses(session)
    if recompute:
        report.problems += _recomputed(session)
    return report


def _speakers(session: Session) -> Iterator[Problem]:
    for speaker_id, kind in session.execute(select(SPEAKERS.c.id, SPEAKERS.c.kind).order_by(SPEAKERS.c.id)):
        if kind not in SPEAKER_KINDS:
            yield Problem("vocabulary", f"speaker {speaker_id}", f"kind {kind!r} is not one of "
                                                                 f"{', '.join(SPEAKER_KINDS)}")


def _sqlite_checks(session: Session, *, integrity: bool = True) -> Iterator[Problem]:
    for (found,) in session.execute(text("PRAGMA integrity_check")) if integrity else ():
        for line in found.splitlines():
            if line.strip() and line != "ok" and not line.startswith("*** in database"):
                yield Problem("integrity", "database file", line.strip())
    for table, rowid, parent, _ in session.execute(text("PRAGMA foreign_key_check")):
        yield Problem("foreign key", f"{table} row {rowid}", f"points at a missing {parent} row")


def _versions(session: Session) -> Iterator[Problem]:
    stored = defaultdict(set)
    for document_id, new in session.execute(
        select(EVENTS.c.document_id, EVENTS.c.new).where(EVENTS.c.action.in_(STORE_ACTIONS))
    ):
        stored[document_id].add(new)
    v = VERSIONS.c
    query = (select(v.id, v.document_id, v.number, v.sha256, v.text, DOCUMENTS.c.slug)
             .join(DOCUMENTS, DOCUMENTS.c.id == v.document_id).order_by(v.id))
    for vid, document_id, number, digest, body, slug in session.execute(query):
        where = f"version {vid} ({slug}@{number})"
        if sha256(body) != digest:
            yield Problem("text hash", where, "the text does not match its sha256: it was changed after it was stored")
        if f"version {number}" not in stored[document_id]:
            yield Problem("event", where, "no ingest or import event records this version")


def _claims(session: Session) -> Iterator[Problem]:
    version_ids = list(session.execute(select(VERSIONS.c.id).order_by(VERSIONS.c.id)).scalars())
    for i in range(0, len(version_ids), CHUNK):
        part = version_ids[i:i + CHUNK]
        texts = dict(session.execute(
            select(VERSIONS.c.id, VERSIONS.c.text).where(in_values(VERSIONS.c.id, part))
        ).all())
        claims = session.execute(
            select(Claim).where(in_values(CLAIMS.c.version_id, part)).order_by(CLAIMS.c.id)
        ).scalars()
        last_seq: dict[int, int] = {}
        for claim in claims:
            yield from _claim(claim, texts[claim.version_id])
            if claim.seq <= last_seq.get(claim.version_id, claim.seq - 1):
                yield Problem("order", f"claim {claim.id}", f"seq {claim.seq} comes after seq "
                              f"{last_seq[claim.version_id]} of a claim with a smaller id in the same version: "
                              "claim ids were moved between claims")
            last_seq[claim.version_id] = claim.seq
        session.expunge_all()


def _claim(claim: Claim, body: str) -> Iterator[Problem]:
    where = f"claim {claim.id}"
    n = len(body)
    if not (0 <= claim.char_start < claim.char_end <= n):
        yield Problem("offsets", where, f"start..end = {claim.char_start}..{claim.char_end} lies outside the "
                                        f"text (0..{n})")
    elif body[claim.char_start:claim.char_end] != claim.text:
        got = body[claim.char_start:claim.char_end]
        yield Problem("offsets", where, f"text[{claim.char_start}:{claim.char_end}] gives {_short(got)}, "
                                        f"not the claim's {_short(claim.text)}")
    for a, b in OFFSET_PAIRS:
        lo, hi = getattr(claim, a), getattr(claim, b)
        if (lo is None) != (hi is None):
            yield Problem("offsets", where, f"{a} and {b}: one is set, the other is not")
        elif lo is not None and not (0 <= lo <= hi <= n):
            yield Problem("offsets", where, f"{a}..{b} = {lo}..{hi} lies outside the text (0..{n})")
    for name, value, allowed in (("status", claim.status, STATUSES), ("kind", claim.kind, KINDS),
                                 ("form", claim.form, FORMS), ("stance", claim.stance, STANCES)):
        if value not in allowed:
            yield Problem("vocabulary", where, f"{name} {value!r} is not one of {', '.join(allowed)}")


def _short(value: str, limit: int = 40) -> str:
    return repr(value if len(value) <= limit else value[:limit] + "...")


def _links(session: Session) -> Iterator[Problem]:
    source, target = CLAIMS.alias("source"), CLAIMS.alias("target")
    query = (select(LINKS.c.id, LINKS.c.source_id, LINKS.c.target_id, LINKS.c.relation, source.c.id, target.c.id)
             .outerjoin(source, source.c.id == LINKS.c.source_id)
             .outerjoin(target, target.c.id == LINKS.c.target_id).order_by(LINKS.c.id))
    for link_id, source_id, target_id, relation, found_source, found_target in session.execute(query):
        where = f"link {link_id}"
        if found_source is None:
            yield Problem("link", where, f"source claim {source_id} does not exist")
        if found_target is None:
            yield Problem("link", where, f"target claim {target_id} does not exist")
        if source_id == target_id:
            yield Problem("link", where, f"links claim {source_id} to itself")
        if relation not in RELATIONS:
            yield Problem("vocabulary", where, f"relation {relation!r} is not one of {', '.join(RELATIONS)}")


def _imported_versions(session: Session) -> set[int]:
    """The versions that came in imported claim sets (with the statuses the file gave)."""
    import_events = set(session.execute(select(EVENTS.c.document_id, EVENTS.c.new).where(EVENTS.c.action == "import")).all())
    return {vid for vid, document_id, number in session.execute(
        select(VERSIONS.c.id, VERSIONS.c.document_id, VERSIONS.c.number)) if (document_id, f"version {number}") in import_events}


def _recomputed(session: Session) -> Iterator[Problem]:
    """Claims whose stored status is not the one a recompute gives (an imported claim keeps the
    status its file gave until the rules or a reviewer change it, with an event), and the rule
    links a recompute would make or remove."""
    found = fresh_state(session)
    yield from _statuses_recomputed(session, found.statuses)
    for lk in found.stale:
        yield Problem("recompute", f"link {lk.id}", f"claim {lk.source_id} {lk.relation} claim {lk.target_id}, "
                                                    "but the rules no longer find it: run `provenance recompute`")
    for rel in sorted(found.missing, key=lambda rel: (rel.source, rel.target, rel.relation)):
        yield Problem("recompute", f"claims {rel.source} and {rel.target}",
                      f"the rules find that claim {rel.source} {rel.relation} claim {rel.target}, "
                      "which no stored link says: run `provenance recompute`")


def _statuses_recomputed(session: Session, fresh: dict[int, tuple[str, str]]) -> Iterator[Problem]:
    ids = sorted(fresh)
    imported = _imported_versions(session)
    changed = set(session.execute(select(EVENTS.c.claim_id).where(EVENTS.c.action.in_(STATUS_ACTIONS))).scalars())
    for i in range(0, len(ids), CHUNK):
        query = (select(CLAIMS.c.id, CLAIMS.c.version_id, CLAIMS.c.status)
                 .where(in_values(CLAIMS.c.id, ids[i:i + CHUNK])).order_by(CLAIMS.c.id))
        for claim_id, version_id, status in session.execute(query):
            if version_id in imported and claim_id not in changed:
                continue
            new, reason = fresh[claim_id]
            if new != status:
                yield Problem("recompute", f"claim {claim_id}", f"status is {status!r} but the rules give {new!r} "
                                                                f"({reason}): run `provenance recompute`")


def _statuses(session: Session) -> Iterator[Problem]:
    events: dict[int, list[tuple[str, str | None, str | None]]] = defaultdict(list)
    query = (select(EVENTS.c.claim_id, EVENTS.c.action, EVENTS.c.old, EVENTS.c.new)
             .where(EVENTS.c.action.in_(STATUS_ACTIONS), EVENTS.c.claim_id.is_not(None))
             .order_by(EVENTS.c.id))
    for claim_id, action, old, new in session.execute(query):
        events[claim_id].append((action, old, new))
    imported = _imported_versions(session)
    query = select(CLAIMS.c.id, CLAIMS.c.version_id, CLAIMS.c.status, CLAIMS.c.reviewed_by).order_by(CLAIMS.c.id)
    for claim_id, version_id, status, reviewed_by in session.execute(query):
        where = f"claim {claim_id}"
        history = events.get(claim_id, [])
        for (_, _, before), (action, old, _) in zip(history, history[1:], strict=False):
            if old != before:
                yield Problem("event", where, f"a {action!r} event changes the status from {old!r}, but the "
                                              f"event before it left it {before!r}: a change was not recorded")
        if history and history[-1][2] != status:
            yield Problem("event", where, f"status is {status!r} but the last status event left it "
                                          f"{history[-1][2]!r}: the change has no event")
        if reviewed_by:
            reviews = [new for action, _, new in history if action in REVIEW_ACTIONS]
            arrived_reviewed = not history and version_id in imported
            if not arrived_reviewed and (not reviews or reviews[-1] != status):
                yield Problem("event", where, f"reviewed by {reviewed_by} as {status!r} but no review event "
                                              "records that decision")
