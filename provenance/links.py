"""Links and statuses in the database: the rules of `provenance.rules` applied to stored claims.

Rule links are created_by "rule"; a pair a reviewer linked, or unlinked, is left to the reviewer.
Every link made or removed is an Event with the relation and the claim at the other end in their
own columns (`relation`, `target_id`); every change of status after the first assignment is an
Event by actor "rule". Candidates of a new document come from the claim search index
(`provenance.claim_index`) on a large database. A new claim that is one more copy of a stored
claim, changing what the rules find for no other claim, takes its twin's status and leaves the
statuses of its cluster and of the claims it denies as stored (`copies_absorbed`), so that a copy
of a story reprinted hundreds of times does not decide every copy again.
"""

from __future__ import annotations

import threading
from collections import OrderedDict, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields
from functools import lru_cache
from typing import Any

from sqlalchemy import bindparam, delete, func, insert, or_, select, update
from sqlalchemy.orm import aliased
from sqlmodel import Session, col

from provenance import clusters, rules
from provenance.claim_index import ClaimIndex
from provenance.corroboration import (
    ClaimRecord,
    Groups,
    Signatures,
    claim_pairs,
    judge,
    origin,
    relations,
    seal,
    similar_groups,
    source_kinds,
    text_rules,
    tokens,
    unsettled,
    within_texts,
)
from provenance.models import Claim, Document, Event, Link, Outlet, Speaker, Version, utcnow
from provenance.parties import party_versions
from provenance.query import chunks as _chunks
from provenance.query import described_speaker, is_latest_version, latest_version_ids
from provenance.rules import (
    RULE,
    SYMMETRIC,
    LinkRow,
    build_records,
    cluster_ids,
    decide_all,
    pair_of,
    same_pairs,
    stored_relations,
)
from provenance.sql_in import in_values
from provenance.store import find_document
from provenance.tuning import GROUP_PAIRS

CLAIMS = Claim.__table__  # type: ignore[attr-defined]
EVENTS = Event.__table__  # type: ignore[attr-defined]
UNLINKS = ("unlink", "unlink carried")  # events of links removed, by the rules or a reviewer


@dataclass
class Recomputed:
    """What a recomputation changed."""

    claims: int = 0
    links_added: int = 0
    links_removed: int = 0
    statuses_changed: int = 0
    changed: list[int] = field(default_factory=list)


def latest_versions(session: Session) -> dict[int, int]:
    """version id -> document id, for the newest version of every document."""
    ids = set(session.execute(latest_version_ids()).scalars())
    rows = session.execute(select(col(Version.id), col(Version.document_id))).all()
    return {vid: did for vid, did in rows if vid in ids}


def latest_of(session: Session, version_ids: Iterable[int]) -> dict[int, int]:
    """version id -> document id, for those of these versions that are the newest of their document."""
    out: dict[int, int] = {}
    for part in _chunks(sorted(set(version_ids))):
        out.update(session.execute(select(col(Version.id), col(Version.document_id))
                                   .where(in_values(col(Version.id), part), is_latest_version())).all())
    return out


@lru_cache(maxsize=1)
def record_query() -> Any:
    """The select of the rows `rules.build_records` reads (its column order), over every claim: the
    callers add their WHERE (versions, claim ids). Built once: a select is never changed, and
    building its joins of aliased outlets costs more than reading a version's rows."""
    ClaimOutlet = aliased(Outlet)
    Publisher = aliased(Outlet)
    Carrier = aliased(Outlet)
    return (
        select(  # type: ignore[call-overload, misc]  # aliased outlets defeat the overloads
            Claim.id, Claim.version_id, Document.slug, Claim.text, Claim.kind, Claim.form, Claim.cue,
            Speaker.name, Speaker.anonymous, *described_speaker(),
            ClaimOutlet.name, ClaimOutlet.country, Publisher.name, Claim.stated_on, Claim.seq,
            Claim.sentence_start, Claim.sentence_end, Claim.char_start, Claim.char_end, Carrier.name,
            Claim.stance)
        .join(Version, col(Version.id) == col(Claim.version_id))
        .join(Document, col(Document.id) == col(Version.document_id))
        .outerjoin(Speaker, col(Speaker.id) == col(Claim.speaker_id))
        .outerjoin(ClaimOutlet, ClaimOutlet.id == col(Claim.outlet_id))
        .outerjoin(Publisher, Publisher.id == col(Document.outlet_id))
        .outerjoin(Carrier, Carrier.id == col(Claim.origin_outlet_id))
    )


def load_records(session: Session, *, version_ids: Iterable[int] | None = None,
                 claim_ids: Iterable[int] | None = None, leads: bool = False) -> dict[int, ClaimRecord]:
    """Corroboration records of stored claims, keyed by claim id (by versions, ids, or all)."""
    base = _digested_record_query()
    if version_ids is not None:
        ids = sorted(set(version_ids))
        rows = [row for part in _chunks(ids) for row in session.execute(base.where(in_values(col(Claim.version_id), part)))]
    elif claim_ids is not None:
        # whole versions, so that claims embedded in others can be told; then only those asked for
        wanted = set(claim_ids)
        versions: set[int] = set()
        for part in _chunks(sorted(wanted)):
            versions.update(session.execute(select(col(Claim.version_id)).where(in_values(col(Claim.id), part))).scalars())
        found = load_records(session, version_ids=versions, leads=leads)
        return {k: r for k, r in found.items() if k in wanted}
    else:
        rows = list(session.execute(base))
    digests = {row[1]: row[-1] for row in rows} if leads else None
    return _BUILT.records(session, [row[:-1] for row in rows], leads=leads, digests=digests)


@lru_cache(maxsize=1)
def _digested_record_query() -> Any:
    """`record_query` with the sha256 of each row's version last (read with the rows, not in a
    statement of their own: `_BuiltVersions` checks it)."""
    return record_query().add_columns(col(Version.sha256))


def version_texts(session: Session, version_ids: Iterable[int]) -> dict[int, str]:
    """version id -> its text, read in chunks of ids."""
    return _version_column(session, version_ids, Version.text)


def version_digests(session: Session, version_ids: Iterable[int]) -> dict[int, str]:
    """version id -> the sha256 of its text."""
    return _version_column(session, version_ids, Version.sha256)


def _version_column(session: Session, version_ids: Iterable[int], column: Any) -> dict[int, str]:
    """version id -> one column of its row, read in chunks of ids."""
    out: dict[int, str] = {}
    for part in _chunks(sorted(set(version_ids))):
        query = select(col(Version.id), col(column)).where(in_values(col(Version.id), part))
        out.update(session.execute(query).all())
    return out


class _BuiltVersions:
    """The records of the versions built lately, kept between transactions: `build_records` reads a
    version's rows and text alone, so a version whose rows and text (its sha256) are what they were
    when it was built gets the same records, and its text is not read again (the copies of a story
    stored already are not built again for every copy that joins their cluster). A claim edited, a
    speaker or outlet merged, a version deleted or a database restored changes what is checked and
    builds it again. The versions used longest ago give way when more than `size` claims are kept
    (a claim's record and what it is checked against take some 6 kB). The records are read, never
    changed, once built."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.claims = 0  # the records kept
        self.built: OrderedDict[Any, tuple[tuple, str | None, dict[Any, ClaimRecord], dict[Any, tuple], dict]] = OrderedDict()
        self.lock = threading.Lock()

    def records(self, session: Session, rows: Sequence[Sequence[Any]], *, leads: bool,
                digests: Mapping[Any, str] | None = None) -> dict[Any, ClaimRecord]:
        """`build_records(rows, texts)`, the texts of their versions when `leads`, in the order of `rows`
        (`digests`: version id -> the sha256 of its text, when read already)."""
        grouped: dict[Any, list[tuple]] = defaultdict(list)
        for row in rows:
            grouped[row[1]].append(tuple(row))
        by_version = {vid: tuple(mine) for vid, mine in grouped.items()}  # (no tuple grown a row at a time)
        if digests is None:
            digests = version_digests(session, by_version) if leads else {}
        found = {vid: self._hit(vid, mine, digests.get(vid)) for vid, mine in by_version.items()}
        missing = [vid for vid, hit in found.items() if hit is None]
        texts = version_texts(session, missing) if leads and missing else {}
        for vid in missing:
            found[vid] = self._build(vid, by_version[vid], digests.get(vid), texts.get(vid))
        return {row[0]: found[row[1]][row[0]] for row in rows}  # type: ignore[index]

    def _hit(self, vid: Any, rows: tuple, digest: str | None) -> dict[Any, ClaimRecord] | None:
        with self.lock:
            hit = self.built.get(vid)
            if hit is None or hit[0] != rows or hit[1] != digest:
                return None
            self.built.move_to_end(vid)
            return hit[2]

    def _build(self, vid: Any, rows: tuple, digest: str | None, text: str | None) -> dict[Any, ClaimRecord]:
        built = build_records(rows, {} if text is None else {vid: text})
        for r in built.values():
            seal(r)
        with self.lock:
            old = self.built.pop(vid, None)
            self.claims += len(built) - (0 if old is None else len(old[2]))
            self.built[vid] = (rows, digest, built, {}, {})
            while self.claims > self.size and len(self.built) > 1:
                self.claims -= len(self.built.popitem(last=False)[1][2])
        return built

    def profile(self, r: ClaimRecord) -> tuple:
        """`profile(r)`, worked out once for a record kept here."""
        with self.lock:
            hit = self.built.get(r.version)
        if hit is None or hit[2].get(r.key) is not r:
            return profile(r)
        found = hit[3].get(r.key)
        if found is None:
            found = hit[3][r.key] = profile(r)
        return found

    def text_rules(self, claims: Sequence[ClaimRecord]) -> Mapping[str, Sequence[tuple]]:
        """`text_rules(claims)` of claims of one version, worked out once for records kept here
        (in one order: what the rules find depends on it only where two claims tie)."""
        with self.lock:
            hit = self.built.get(claims[0].version) if claims else None
        if hit is None or any(hit[2].get(r.key) is not r for r in claims):
            return text_rules(claims)
        order = tuple(r.key for r in claims)
        found = hit[4].get(order)
        if found is None:
            found = hit[4][order] = text_rules(claims)
        return found


_BUILT = _BuiltVersions(8_192)


LINKS = Link.__table__  # type: ignore[attr-defined]


def links_touching(session: Session, ids: Sequence[int]) -> list[Any]:
    """The links with either end in `ids`, as rows (the columns of Link by name: read, not
    objects of the session, which would cost more than the rules that read them)."""
    if not ids:
        return []
    found: dict[int, Any] = {}
    for part in _chunks(list(ids)):
        query = select(LINKS).where(or_(in_values(LINKS.c.source_id, part), in_values(LINKS.c.target_id, part)))
        for link in session.execute(query):
            found[link.id] = link
    return list(found.values())


def suppressed_pairs(session: Session) -> set[tuple[frozenset, str]]:
    """Pairs a reviewer unlinked: the rules do not link them again with that relation."""
    out = set()
    query = select(col(Event.claim_id), col(Event.target_claim_id), col(Event.relation)).where(
        col(Event.action).in_(UNLINKS), col(Event.actor) != RULE,
        col(Event.claim_id).is_not(None), col(Event.target_claim_id).is_not(None))
    for source, target, relation in session.execute(query):
        out.add((pair_of(source, target), relation))
    return out


def document_ids(session: Session, claim_ids: Iterable[int]) -> dict[int, int]:
    ids = sorted(set(claim_ids))
    out: dict[int, int] = {}
    for part in _chunks(ids):
        out.update(session.execute(
            select(col(Claim.id), col(Version.document_id)).join(Version, col(Version.id) == col(Claim.version_id))
            .where(in_values(col(Claim.id), part))
        ).all())
    return out


def _link_event_row(*, actor: str, action: str, source: int, target: int, relation: str, reason: str | None,
                    document_id: int | None = None) -> dict[str, Any]:
    return {"at": utcnow(), "actor": actor, "action": action, "claim_id": source, "document_id": document_id,
            "relation": relation, "target_claim_id": target, "old": None, "new": None, "reason": reason}


def link_event(session: Session, *, actor: str, action: str, source: int, target: int, relation: str,
               reason: str | None, document_id: int | None = None) -> None:
    """Record a link made or removed (its relation and target claim in columns of their own)."""
    session.add(Event(**_link_event_row(actor=actor, action=action, source=source, target=target,
                                        relation=relation, reason=reason, document_id=document_id)))


def _insert_events(session: Session, rows: list[dict[str, Any]]) -> None:
    for part in _chunks(rows):
        session.execute(insert(EVENTS), list(part))


def _link_key(source: Any, target: Any, relation: str) -> tuple:
    return (pair_of(source, target), relation) if relation in SYMMETRIC else ((source, target), relation)


def wanted_links(proposed: Iterable[Any], reviewed_pairs: set[frozenset],
                 suppressed: set[tuple[frozenset, str]]) -> dict[tuple, Any]:
    """The rule links to keep of those proposed, by link key: one a relation and pair (either
    way for symmetric relations), none where a reviewer linked the pair or unlinked it."""
    wanted: dict[tuple, Any] = {}
    for rel in proposed:
        pair = pair_of(rel.source, rel.target)
        if pair in reviewed_pairs or (pair, rel.relation) in suppressed:
            continue
        wanted.setdefault(_link_key(rel.source, rel.target, rel.relation), rel)
    return wanted


def link_changes(proposed: Iterable[Any], stored: Iterable[Any], reviewed_pairs: set[frozenset],
                 suppressed: set[tuple[frozenset, str]], *, keep: Any = None) -> tuple[dict[tuple, Any], list[Any], list[Any]]:
    """(the rule links wanted by link key (`wanted_links`), the relations of them to link that are
    not stored, the rule links `stored` to remove): what ingest and `recompute` write
    (`sync_links`) and `check` reports (`fresh_state`).

    A stored link stays where the rules propose it again, or where `keep(link)` marks it, unless a
    reviewer linked or unlinked its pair (`wanted_links`).
    """
    wanted = wanted_links(proposed, reviewed_pairs, suppressed)

    def vetoed(lk: Any) -> bool:
        pair = pair_of(lk.source_id, lk.target_id)
        return pair in reviewed_pairs or (pair, lk.relation) in suppressed

    have = {_link_key(lk.source_id, lk.target_id, lk.relation): lk for lk in stored}
    stale = [lk for k, lk in have.items() if vetoed(lk) or (k not in wanted and not (keep and keep(lk)))]
    return wanted, [rel for k, rel in wanted.items() if k not in have], stale


def sync_links(session: Session, proposed: Iterable[Any], scope: set[int], *,
               keep: Any = None) -> tuple[int, int, set[int], list[Any], list[Any]]:
    """Make the rule links touching `scope` what the rules propose now; reviewer links stay.

    `keep(link)` marks existing rule links this pass does not recompute: they stay unless a
    reviewer has linked or unlinked their pair. Returns (added, removed, claim ids at either end
    of a change, the relations linked, the links removed).
    """
    existing = links_touching(session, sorted(scope))
    reviewed_pairs = {pair_of(lk.source_id, lk.target_id) for lk in existing if lk.created_by != RULE}
    _, fresh, stale = link_changes(proposed, [lk for lk in existing if lk.created_by == RULE],
                                   reviewed_pairs, suppressed_pairs(session), keep=keep)
    docs = document_ids(session, [lk.source_id for lk in stale] + [rel.source for rel in fresh])
    touched = remove_links(session, stale, reason="the rules no longer find this relation", docs=docs)
    rows = [{"source_id": rel.source, "target_id": rel.target, "relation": rel.relation, "created_by": RULE,
             "reason": rel.reason} for rel in fresh]
    for part in _chunks(rows):
        session.execute(insert(Link), list(part))
    _insert_events(session, [_link_event_row(actor=RULE, action="link", source=rel.source, target=rel.target,
                                             relation=rel.relation, reason=rel.reason,
                                             document_id=docs.get(rel.source)) for rel in fresh])
    for rel in fresh:
        touched.update((rel.source, rel.target))
    session.flush()
    return len(fresh), len(stale), touched, fresh, stale


def remove_links(session: Session, links: Sequence[Any], *, reason: str, actor: str = RULE,
                 docs: Mapping[int, int | None] | None = None) -> set[int]:
    """Delete links, each with an "unlink" Event; returns the claim ids at their ends."""
    docs = document_ids(session, [lk.source_id for lk in links]) if docs is None else docs
    touched: set[int] = set()
    ids = [lk.id for lk in links]
    for part in _chunks(ids):
        session.execute(delete(Link).where(in_values(col(Link.id), part)))
    _insert_events(session, [_link_event_row(actor=actor, action="unlink", source=lk.source_id,
                                             target=lk.target_id, relation=lk.relation, reason=reason,
                                             document_id=docs.get(lk.source_id)) for lk in links])
    for lk in links:
        touched.update((lk.source_id, lk.target_id))
    return touched


def update_statuses(session: Session, claim_ids: Iterable[int], *, latest: dict[int, int] | None = None,
                    known: Mapping[Any, ClaimRecord] | None = None) -> list[int]:
    """Re-run the rules on these claims (newest versions only, reviewer decisions kept); record
    every change as an Event by actor "rule". Returns the ids whose status or reason changed.
    `known` holds records read already in this transaction (whole versions, as `load_records`
    reads them): only the other claims are read."""
    # a claim's status rests on its whole cluster: every claim of it is decided again
    member_of = clusters.memberships(session, set(claim_ids))
    members = clusters.members_of(session, set(member_of.values()))
    ids = set(claim_ids) | {m for ms in members.values() for m in ms}
    links = links_touching(session, sorted(ids))
    # support reaches a claim through its restatements: their links count too
    restated = {lk.target_id if lk.source_id in ids else lk.source_id for lk in links if lk.relation == "repeats"}
    links += [lk for lk in links_touching(session, sorted(restated - ids)) if lk.relation == "corroborates"]
    involved = ids | {lk.source_id for lk in links} | {lk.target_id for lk in links}
    known = known or {}
    records = {k: known[k] for k in involved if k in known}
    records.update(load_records(session, claim_ids=sorted(involved - set(known)), leads=True))
    if latest is None:
        latest = latest_of(session, {r.version for r in records.values()})  # type: ignore[misc]
    records = {k: r for k, r in records.items() if r.version in latest}
    current = {}
    for part in _chunks(sorted(ids)):
        for cid, vid, status, reason, reviewed_by in session.execute(
            select(col(Claim.id), col(Claim.version_id), col(Claim.status), col(Claim.reason), col(Claim.reviewed_by))
            .where(in_values(col(Claim.id), part))
        ):
            current[cid] = (vid, status, reason, reviewed_by)
    in_latest = {cid for cid in current if cid in records}
    still_openids = sorted(cid for cid in in_latest if not current[cid][3])
    rows = [LinkRow(lk.source_id, lk.target_id, lk.relation, lk.created_by, lk.reason) for lk in links
            if lk.id is not None]
    cluster_of = {m: c for c, ms in members.items() for m in ms}
    decided = decide_twins(records, _dedupe(rows), still_openids, cluster_of)
    return write_statuses(session, {cid: (current[cid][0], *current[cid][1:3], *decided[cid]) for cid in still_openids},
                          latest)


def write_statuses(session: Session, decided: Mapping[int, tuple[Any, str, str, str, str]],
                   latest: Mapping[int, int]) -> list[int]:
    """Store the statuses the rules decided, claim id -> (version id, stored status and reason,
    decided status and reason), each change with an Event by actor "rule" (`latest`: version id ->
    document id). Returns the ids whose status or reason changed."""
    changed, updates, events = [], [], []
    now = utcnow()
    for cid, (vid, status, reason, new_status, new_reason) in decided.items():
        if (new_status, new_reason) == (status, reason):
            continue
        updates.append({"cid": cid, "new_status": new_status, "new_reason": new_reason})
        events.append({"at": now, "actor": RULE, "action": "status", "claim_id": cid,
                       "document_id": latest.get(vid), "old": status, "new": new_status, "reason": new_reason})
        changed.append(cid)
    statement = (update(CLAIMS).where(CLAIMS.c.id == bindparam("cid"))
                 .values(status=bindparam("new_status"), reason=bindparam("new_reason")))
    for part in _chunks(updates):
        session.execute(statement, list(part))
    _insert_events(session, events)
    session.flush()
    return changed


# where a claim stands, which the status rules never read of the claim they decide (only of the
# others they choose among); `origin` is read instead (a publisher's own statement is its document's);
# and what `corroboration.seal` worked out of the other fields once
PLACE_FIELDS = frozenset({"key", "version", "doc", "seq", "narrates", "origin_key", "stance_key", "withdrawn_key",
                          "kind_key", "order_key"})


def profile(r: ClaimRecord) -> tuple:
    """What the status rules read of a claim itself: its origin and every field of its record but
    where it stands, and the same of the party's claim it narrates."""
    inner = r.narrates
    return (origin(r), tuple(getattr(r, f.name) for f in fields(r) if f.name not in PLACE_FIELDS),
            None if inner is None else profile(inner))


def decide_twins(records: dict[Any, ClaimRecord], rows: list[LinkRow], keys: Iterable[Any],
                 cluster_of: Mapping[Any, Any]) -> dict[Any, tuple[str, str]]:
    """`decide_all` of the claims `keys`, deciding once for each set of twins: claims of one cluster
    (or of none) with the same `profile` and the same links to the same claims, such as the copies
    of a story reprinted by many outlets. The rules give twins one status and reason (what they
    choose among the other claims leaves out the claim's own origin, which twins share), so a
    cluster of hundreds of copies costs its kinds of claims, not its claims, times its size."""
    ends: dict[Any, list[tuple]] = defaultdict(list)
    for row in rows:
        if row.source in records and row.target in records and row.source != row.target:
            ends[row.source].append((row.relation, "to", row.target, row.by, row.reason))
            ends[row.target].append((row.relation, "from", row.source, row.by, row.reason))
    first: dict[tuple, Any] = {}
    twin_of = {}
    for key in keys:
        twin = (cluster_of.get(key), _BUILT.profile(records[key]), tuple(sorted(ends[key], key=_end_order)))
        twin_of[key] = first.setdefault(twin, key)
    decided = decide_all(records, rows, list(first.values()), cluster_of)
    return {key: decided[twin_of[key]] for key in twin_of}


def _end_order(end: tuple) -> tuple:
    """An order of a claim's link ends (relation, direction, claim, by, reason) for `decide_twins`:
    any fixed order does, as long as the same ends come out the same."""
    return (*end[:4], end[4] or "")


def _dedupe(rows: list[LinkRow]) -> list[LinkRow]:
    seen = set()
    out = []
    for row in rows:
        k = (row.source, row.target, row.relation)
        if k not in seen:
            seen.add(k)
            out.append(row)
    return out


def refresh(session: Session, *, documents: set[int] | None = None, within: bool = True,
            statuses_of: Iterable[int] = (), settle: Iterable[int] = ()) -> Recomputed:
    """Recompute rule links and statuses for the claims of `documents` (all documents when None)
    against every claim of the newest versions: those the claim search index finds for them
    (`ClaimIndex`), or all of them where there is no index or no `documents`.

    With `within` False only links between documents are made, and only claims whose links
    changed get new statuses: a stored version keeps the statuses it came with (the extractor's
    rules, or an imported file's) until something elsewhere bears on it. `statuses_of` adds
    claims whose status to redo; `settle`, stored claims whose pairs the claims of the version
    `documents` replaced changed by going (`vacated`), whose links to redo too.
    """
    found = propose(session, documents=documents)
    stirred = set() if within else found.unsettled | set(settle)
    if stirred:
        found = propose(session, documents=settling(session, documents, stirred))  # type: ignore[arg-type]
    records, scope, proposed = found.records, found.scope, found.proposed
    keep = None
    if not within:
        proposed = [rel for rel in proposed if records[rel.source].doc != records[rel.target].doc]
        doc_of = document_ids(session, sorted(scope | far_ends(session, scope)))

        def keep(lk: Any) -> bool:
            return doc_of.get(lk.source_id) == doc_of.get(lk.target_id)

    else:
        brought = text_links(session, links_touching(session, sorted(scope)))

        def keep(lk: Any) -> bool:
            return lk.id in brought

    added, removed, touched, new_links, stale = sync_links(session, proposed, scope, keep=keep)
    absorbed = Absorbed({}, touched | set(statuses_of) | found.set_aside, set())
    if documents is None:
        regrouped = clusters.full_sync(session, found.same)
    else:
        placed = clusters.place(session, found.same, scope)
        regrouped = placed.changed
        if not within:  # (a copy of a story decides itself alone: `copies_absorbed`)
            absorbed = copies_absorbed(session, found, placed, documents, touched, set(statuses_of) | found.set_aside,
                                       new_links, stale)
            regrouped -= {m for c in {c.cluster for c in absorbed.copies.values()} if c is not None for m in placed.held[c]}
    copies = absorbed.copies
    affected = absorbed.live | regrouped
    if within:
        affected |= scope
    changed = write_statuses(session, {x: (c.version, c.status, c.reason, c.twin_status, c.twin_reason)
                                       for x, c in copies.items()}, found.latest)
    if not found.indexed:
        changed += update_statuses(session, affected & set(found.ids), latest=found.latest, known=found.records)
    else:  # claims beyond the corpus whose links changed (the far ends of stale links) too
        changed += update_statuses(session, affected, known=found.records)
    return Recomputed(claims=len(scope), links_added=added, links_removed=removed,
                      statuses_changed=len(changed), changed=changed)


def settling(session: Session, documents: set[int], stirred: set[int]) -> set[int]:
    """The new documents and those of the stored claims `stirred`, whose pairs they change
    (`unsettled`: a pair of groups of copies taken past GROUP_PAIRS or back under it, a copy that
    comes first of its kind or leaves): their links are redone with the new documents' own, so
    that what ingest leaves is what a recompute of the whole database gives, and links of copies
    it no longer makes go."""
    return documents | set(document_ids(session, stirred).values())


def vacated(session: Session, document: int) -> set[int]:
    """The stored claims whose pairs change when the claims of the newest version of `document`
    go, as a new version replaces it: asked before the new version is stored (the document's
    outlet may change with it, and the records of the claims leaving with it). Their going changes
    the pairs their coming would (`unsettled`): a pair of groups of copies falls back under
    GROUP_PAIRS (every pair is made again), or the next copy of a kind of source becomes the
    first, which a leaving claim was, and meets every copy it stood for."""
    found = _grouped(session, {document})
    ordered = list(load_records(session, version_ids=found.versions, leads=True).values())
    record_of, denied = _indexed(ordered, found.ids, within_texts(ordered, _BUILT.text_rules)["denials"])
    return {found.ids[i] for i in unsettled(found.groups, record_of=record_of, limit=GROUP_PAIRS, hubs=denied)}


@dataclass
class _Grouped:
    """The claims `propose` reads for some documents, grouped (`similar_groups`)."""

    ids: list[int]  # the claims looked at, by id
    latest: dict[int, int]  # version id -> document id of the versions they belong to
    focus: list[int] | None  # the indices of the documents' claims (None: every claim)
    signatures: Signatures
    groups: Groups
    versions: set[int]  # the versions to read records of: the documents' and those of their pairs
    indexed: bool  # whether the candidates came from the claim search index
    rows: list[Any]  # (claim id, version id, text) of the claims looked at: every claim's, when not indexed


def _grouped(session: Session, documents: set[int] | None) -> _Grouped:
    """The claims of `documents` (all when None) and every claim of the newest versions: those
    the claim search index finds for them, or all of them where there is no index or no
    `documents`; grouped, with the versions whose records the rules read."""
    index = ClaimIndex.of(session) if documents is not None else None
    if index is None:
        (corpus, latest), max_df = _scanned(session), None
    else:
        # Blocking again among the claims found, with the same cap: a token rare in the database
        # is rare among them, and a document repeating common words stays linear.
        corpus, latest, max_df = index.corpus(documents)  # type: ignore[arg-type,assignment]
    focus = None if documents is None else [i for i, row in enumerate(corpus) if latest[row[1]] in documents]
    signatures = Signatures([tokens(row[2]) for row in corpus], [row[2] for row in corpus])
    groups = similar_groups(signatures, focus=focus, max_df=max_df)
    if documents is None:
        versions = set(latest)
    else:
        versions = {vid for vid, did in latest.items() if did in documents}
        versions |= {corpus[i][1] for g, h, _ in groups.pairs for i in groups.members[g] + groups.members[h]}
    return _Grouped(ids=[row[0] for row in corpus], latest=latest, focus=focus, signatures=signatures,
                    groups=groups, versions=versions, indexed=index is not None, rows=corpus)


def _scanned(session: Session) -> tuple[list[Any], dict[int, int]]:
    """The rows (claim id, version id, text) of every claim of the newest versions, by id, and
    version id -> document id of these versions."""
    latest = latest_versions(session)
    corpus: list[Any] = []
    for part in _chunks(sorted(latest)):
        corpus += session.execute(
            select(col(Claim.id), col(Claim.version_id), col(Claim.text)).where(in_values(col(Claim.version_id), part))
        ).all()
    corpus.sort(key=lambda row: row[0])  # (by claim id: one row a claim)
    return corpus, latest


def _indexed(ordered: list[ClaimRecord], ids: list[int], denials: Iterable[tuple]) -> tuple[dict[int, ClaimRecord], set[int]]:
    """The records of the claims `ids` by their index (for `claim_pairs`), and the indices of those
    `denials` (`within_texts`) finds denied in their sentence, which are hubs of their group."""
    index_of = {cid: i for i, cid in enumerate(ids)}
    record_of = {index_of[r.key]: r for r in ordered if r.key in index_of}
    return record_of, {index_of[ordered[y].key] for _, y, _ in denials if ordered[y].key in index_of}


def text_links(session: Session, stored: Iterable[Any]) -> set[int]:
    """The ids of the rule links of `stored` that came with their version's claim set: links
    between two claims of one version that no pass of these rules made (no "link" event). The
    extractor reads them in the text ('Ms X has since withdrawn the remark', a fact-checker's
    verdict on a caption, a correction's figure), where the rules over stored claims cannot find
    them again: a recomputation keeps them, as ingest does."""
    rules_links = [lk for lk in stored if lk.created_by == RULE]
    if not rules_links:
        return set()
    ends = sorted({end for lk in rules_links for end in (lk.source_id, lk.target_id)})
    version_of: dict[int, int] = {}
    for part in _chunks(ends):
        version_of.update(session.execute(
            select(col(Claim.id), col(Claim.version_id)).where(in_values(col(Claim.id), part))).all())
    within = [lk for lk in rules_links if version_of.get(lk.source_id) == version_of.get(lk.target_id)]
    made: set[tuple[int, int, str]] = set()
    for part in _chunks(sorted({lk.source_id for lk in within})):
        made.update(session.execute(
            select(col(Event.claim_id), col(Event.target_claim_id), col(Event.relation))
            .where(col(Event.action) == "link", in_values(col(Event.claim_id), part))).all())
    return {lk.id for lk in within if (lk.source_id, lk.target_id, lk.relation) not in made}


@dataclass
class Proposal:
    """What the rules propose for the claims of some documents, before anything is written."""

    ids: list[int]  # the claims looked at, by id
    latest: dict[int, int]  # version id -> document id of the versions they belong to
    records: dict[Any, ClaimRecord]
    scope: set[int]  # the claims of the documents asked for
    proposed: list[Any]  # the relations touching `scope`
    indexed: bool  # whether the candidates came from the claim search index
    same: list[tuple[Any, Any]]  # the similar pairs touching `scope` that state the same thing
    set_aside: set[Any]  # the claims of such pairs a reviewer decided (linked or unlinked), not clustered
    unsettled: set[int] = field(default_factory=set)  # stored claims whose pairs the documents change


def propose(session: Session, *, documents: set[int] | None = None) -> Proposal:
    """The rule links for the claims of `documents` (all when None) against every claim of the
    newest versions: those the claim search index finds for them, or all of them where there is
    no index or no `documents`. Reads only."""
    found = _grouped(session, documents)
    ids, focus, groups, signatures, latest = found.ids, found.focus, found.groups, found.signatures, found.latest
    records: dict[Any, ClaimRecord] = load_records(session, version_ids=found.versions, leads=True)
    if focus is not None:  # (a party's withdrawal and its accounts, which blocking need not pair)
        parties = party_versions(session, records, {ids[i] for i in focus},
                                 scanned=None if found.indexed else found.rows) - found.versions
        if parties:
            records = load_records(session, version_ids=found.versions | parties, leads=True)
    ordered = list(records.values())
    position = {r.key: n for n, r in enumerate(ordered)}
    within = within_texts(ordered, _BUILT.text_rules)
    denials = within["denials"]
    # (the versions are read whole, for the sentences of their claims: some of their claims may
    # be in no pair)
    record_of, denied = _indexed(ordered, ids, denials)
    kinds = source_kinds(record_of)  # (each group's hubs found once)
    pairs = claim_pairs(groups, record_of=record_of, limit=GROUP_PAIRS, hubs=denied, kinds=kinds)
    stirred = unsettled(groups, record_of=record_of, limit=GROUP_PAIRS, hubs=denied, kinds=kinds)
    mapped = [(position[ids[i]], position[ids[j]], s) for i, j, s in pairs]
    bags: dict[Any, dict[str, int]] = {ids[i]: signatures.bags[i] for i in range(len(ids))}
    judged = judge(ordered, mapped)
    proposed = stored_relations(relations(ordered, judged=judged, denials=denials, bags=bags, within=within))
    scope = set(ids) if focus is None else {ids[i] for i in focus}
    proposed = [rel for rel in proposed if rel.source in scope or rel.target in scope]
    decided = reviewer_pairs(session, None if documents is None else scope)
    same = [(ordered[i].key, ordered[j].key) for i, j in same_pairs(ordered, judged)
            if ordered[i].key in scope or ordered[j].key in scope]
    return Proposal(ids=ids, latest=latest, records=records, scope=scope, proposed=proposed,
                    indexed=found.indexed, same=[e for e in same if pair_of(*e) not in decided],
                    set_aside={key for e in same if pair_of(*e) in decided for key in e},
                    unsettled={ids[i] for i in stirred})


@dataclass
class Fresh:
    """What a `recompute` of the whole database would leave, against what is stored."""

    statuses: dict[int, tuple[str, str]]  # claim id -> (status, reason), claims no reviewer decided
    missing: list[Any]  # the rule links it would make that are not stored (relations)
    stale: list[Any]  # the stored rule links it would remove


def fresh_state(session: Session) -> Fresh:
    """The statuses a `recompute` of the whole database would give the claims of the newest versions
    that no reviewer decided, and the rule links touching these claims it would make or remove.
    Reads only (`provenance check`)."""
    found = propose(session)
    stored = list(session.execute(select(Link)).scalars())
    reviewer = [lk for lk in stored if lk.created_by != RULE]
    # (and the links a claim set brought, which `refresh` keeps)
    brought = text_links(session, stored)
    kept = [LinkRow(lk.source_id, lk.target_id, lk.relation, RULE, lk.reason) for lk in stored if lk.id in brought]
    reviewed = {cid for part in _chunks(sorted(found.records)) for cid in session.execute(
        select(col(Claim.id)).where(in_values(col(Claim.id), part), col(Claim.reviewed_by).is_not(None))).scalars()}
    # (the links a claim set brought stay as they are, an older version's too, outside the scope)
    have = [lk for lk in stored if lk.created_by == RULE
            and (lk.source_id in found.scope or lk.target_id in found.scope or lk.id in brought)]
    wanted, missing, stale = link_changes([*found.proposed, *kept], have,
                                          {pair_of(lk.source_id, lk.target_id) for lk in reviewer},
                                          suppressed_pairs(session))
    rows = [LinkRow(lk.source_id, lk.target_id, lk.relation, lk.created_by, lk.reason) for lk in reviewer]
    rows += [LinkRow(rel.source, rel.target, rel.relation, RULE, rel.reason) for rel in wanted.values()]
    return Fresh(decide_all(found.records, _dedupe(rows), [k for k in found.records if k not in reviewed],
                            cluster_ids(found.same)),
                 missing=missing, stale=stale)


def cluster_backers(session: Session, claim_ids: Iterable[int]) -> dict[int, list[int]]:
    """claim id -> the ids of the claims of its cluster that corroborate it, one of each other
    origin (as the status rules count them), in date order."""
    member_of = clusters.memberships(session, set(claim_ids))
    members = clusters.members_of(session, set(member_of.values()))
    cluster_of = {m: c for c, ms in members.items() for m in ms}
    records = load_records(session, claim_ids=sorted(cluster_of), leads=True)
    found = rules.cluster_backers(records, cluster_of, [k for k in member_of if k in records])
    return {k: [r.key for r in rs] for k, rs in found.items()}  # type: ignore[misc]


def far_ends(session: Session, ids: set[int]) -> set[int]:
    return {end for lk in links_touching(session, sorted(ids)) for end in (lk.source_id, lk.target_id)}


def reviewer_pairs(session: Session, ids: Iterable[int] | None = None) -> set[frozenset]:
    """Pairs a reviewer linked (touching `ids`, or all) or unlinked: the rules leave them to the
    reviewer, and do not put them in one cluster by themselves."""
    found: Iterable[Link]
    if ids is None:
        found = session.execute(select(Link).where(col(Link.created_by) != RULE)).scalars()
    else:
        found = (lk for lk in links_touching(session, sorted(set(ids))) if lk.created_by != RULE)
    return {pair_of(lk.source_id, lk.target_id) for lk in found} | {pair for pair, _ in suppressed_pairs(session)}


def recluster(session: Session, claim_ids: Iterable[int], *, leaving: Iterable[int] = ()) -> set[int]:
    """Cluster the claims of the clusters of `claim_ids` and `leaving` again from the similar
    pairs among them, less the claims `leaving` (a replaced version's) and the pairs a reviewer
    decided (a cluster may fall apart). Returns the claims whose cluster changed."""
    leaving = set(leaving)
    current = clusters.memberships(session, set(claim_ids) | leaving)
    if not current:
        return set()
    members = clusters.members_of(session, set(current.values()))
    records = load_records(session, claim_ids={m for ms in members.values() for m in ms} - leaving, leads=True)
    keys = sorted(records)
    ordered = [records[k] for k in keys]
    signatures = Signatures([tokens(r.text) for r in ordered], [r.text for r in ordered])
    pairs = claim_pairs(similar_groups(signatures), record_of=dict(enumerate(ordered)), limit=GROUP_PAIRS)
    decided = reviewer_pairs(session, keys)
    same = [(keys[i], keys[j]) for i, j in same_pairs(ordered, judge(ordered, pairs))
            if pair_of(keys[i], keys[j]) not in decided]
    return clusters.sync_clusters(session, same, set(keys) | leaving, keep=False)


def leave_clusters(session: Session, leaving: set[int]) -> set[int]:
    """Claims of a replaced version leave their clusters; the claims that stay are clustered again
    from the similar pairs among them. Returns the claims whose cluster changed."""
    return recluster(session, (), leaving=leaving)


def recompute(session: Session, *, doc: str | None = None) -> Recomputed:
    """`provenance recompute [--doc SLUG]`: rule links and statuses again, reviewer decisions kept."""
    documents = None
    if doc is not None:
        documents = {find_document(session, doc).id}
    return refresh(session, documents=documents)  # type: ignore[arg-type]


# A new claim's twins looked at, the earliest first (by document and place in it): copies of one
# text are mostly twins, so the first few tell.
TWIN_CANDIDATES = 4
MEMBERS = clusters.MEMBERS


@dataclass
class Copy:
    """A new claim that is one more copy of a stored claim, its twin (`copies_absorbed`)."""

    version: int
    status: str  # what it is stored with
    reason: str
    twin: int  # the stored claim whose status and reason it takes
    twin_status: str
    twin_reason: str
    cluster: int | None  # the stored cluster it joined, or None (it is in none, as its twin)
    targets: frozenset[int]  # the claims it contradicts


@dataclass
class Absorbed:
    """What `copies_absorbed` found, and the claims whose statuses the rules still redo."""

    copies: dict[int, Copy]
    live: set[int]  # the claims touched, stirred or set aside that are not copies, nor only denied by copies
    quiet: set[int]  # the claims only copies' new links touch


def copies_absorbed(session: Session, found: Proposal, placed: clusters.Placed, documents: set[int],
                    touched: set[int], stirred: set[int], new_links: Sequence[Any], stale: Sequence[Any]) -> Absorbed:
    """The new claims of `documents` that are one more copy of a stored claim, which changes what
    the rules find for no other claim (`_twins`): the new claim takes its twin's status, and the
    claims of the cluster it joined keep theirs, as do the claims it contradicts (`targets`) when
    every new link to them comes from such copies (the same denial from one more copy of it) and
    none of theirs went. A copy whose cluster holds another claim whose status is redone anyway
    (`touched` by a link that changed, `stirred`), or whose targets are, is decided as any claim."""
    copies = _copy_candidates(session, found, placed, documents)
    ended = {end for lk in stale for end in (lk.source_id, lk.target_id)}
    sources: dict[int, set[int | None]] = defaultdict(set)  # claim -> the sources of the new links to it
    for rel in new_links:
        sources[rel.target].add(rel.source)
        sources[rel.source].add(None)  # (a claim that links anew is not only denied)
    while True:
        quiet = {h for h in touched - copies.keys() - ended - stirred if sources[h] and sources[h] <= copies.keys()}
        live = (touched - copies.keys() - quiet) | stirred
        dropped = {x for x, c in copies.items() if c.targets - quiet or c.twin in live
                   or c.cluster is not None and placed.held[c.cluster] & (live - {x})}
        if not dropped:
            return Absorbed(copies, live, quiet)
        copies = {x: c for x, c in copies.items() if x not in dropped}


def _copy_candidates(session: Session, found: Proposal, placed: clusters.Placed, documents: set[int]) -> dict[int, Copy]:
    """The new claims of `documents` no reviewer decided that have a twin (`_twins`) and are in no
    cluster, or alone joined a stored one, and whose links are all `contradicts` links."""
    joined = {x: c for c, new in placed.grown.items() if len(new) == 1 for x in new}
    ids = sorted(x for x in found.scope if x in found.records and (x in joined or x not in placed.clustered)
                 and x not in found.set_aside and found.latest.get(found.records[x].version) in documents)  # type: ignore[call-overload]
    if not ids:
        return {}
    rows = {row[0]: row for part in _chunks(ids) for row in session.execute(
        select(col(Claim.id), col(Claim.fingerprint), col(Claim.reviewed_by), col(Claim.version_id), col(Claim.status),
               col(Claim.reason)).where(in_values(col(Claim.id), part)))}
    ends = link_ends(links_touching(session, ids))
    new = {x: rows[x][1] for x in ids if rows[x][1] is not None and rows[x][2] is None
           and all(end[0] == "contradicts" for end in ends[x])}
    out = {}
    for x, twin in _twins(session, found, joined, new, ends).items():
        _, _, _, version, status, reason = rows[x]
        targets = frozenset(end[2] for end in ends[x] if end[1] == "to")
        out[x] = Copy(version, status, reason, *twin, cluster=joined.get(x), targets=targets)
    return out


def link_ends(links: Iterable[Any]) -> dict[int, frozenset]:
    """claim id -> the ends of its links (relation, direction, the other claim, by, reason), as
    `decide_twins` compares them."""
    out: dict[int, set[tuple]] = defaultdict(set)
    for lk in links:
        if lk.source_id != lk.target_id:
            out[lk.source_id].add((lk.relation, "to", lk.target_id, lk.created_by, lk.reason))
            out[lk.target_id].add((lk.relation, "from", lk.source_id, lk.created_by, lk.reason))
    return defaultdict(frozenset, {k: frozenset(v) for k, v in out.items()})


def copy_profile(r: ClaimRecord) -> tuple:
    """`profile(r)`, less the document a publisher's own statement of a wire sentence is the origin
    of (each copy of a story is its own origin, `publisher:DOC`, which wire copy makes one)."""
    found = _BUILT.profile(r)
    return ("publisher", *found[1:]) if r.wire and found[0] == f"publisher:{r.doc}" else found


def _twins_query(fingerprints: Sequence[str]) -> Any:
    """The stored copies of the texts `fingerprints` of the newest versions, the first `:n` of each
    text and cluster (or of none) by document and place in it, in that order: (id, version id,
    reviewed by, status, reason, fingerprint, cluster id or None, how many claims of its version
    the cluster holds, or 1 in none). One statement for every new claim of a save, however many
    texts it asks for (sql_in.in_values)."""
    ranked = (select(col(Claim.id), col(Claim.version_id), col(Claim.reviewed_by), col(Claim.status),
                     col(Claim.reason), col(Claim.fingerprint), MEMBERS.c.cluster_id,
                     func.row_number().over(partition_by=(col(Claim.fingerprint), MEMBERS.c.cluster_id),
                                            order_by=(col(Document.slug), col(Claim.seq), col(Claim.id))).label("rank"))
              .join(Version, col(Version.id) == col(Claim.version_id))
              .join(Document, col(Document.id) == col(Version.document_id))
              .outerjoin(MEMBERS, MEMBERS.c.claim_id == col(Claim.id))
              .where(in_values(col(Claim.fingerprint), fingerprints), is_latest_version())
              .subquery())
    member = MEMBERS.alias()
    same_version = aliased(Claim)
    held = (select(func.count()).select_from(member)
            .join(same_version, col(same_version.id) == member.c.claim_id)
            .where(member.c.cluster_id == ranked.c.cluster_id, col(same_version.version_id) == ranked.c.version_id)
            .scalar_subquery())
    return (select(ranked.c.id, ranked.c.version_id, ranked.c.reviewed_by, ranked.c.status, ranked.c.reason,
                   ranked.c.fingerprint, ranked.c.cluster_id, held)
            .where(ranked.c.rank <= bindparam("n")).order_by(ranked.c.fingerprint, ranked.c.cluster_id, ranked.c.rank))


def _twin_rows(session: Session, joined: Mapping[int, int], new: Mapping[int, str]) -> dict[int, list[tuple]]:
    """New claim -> the first `TWIN_CANDIDATES` stored copies of its text (`new`: claim id ->
    fingerprint) but itself in the cluster it joined (`joined`) or in none, by document and place in
    it: (id, version id, reviewed by, status, reason, how many claims of its version the cluster
    holds, 1 in none)."""
    asked: dict[tuple[str, int | None], int] = defaultdict(int)  # (fingerprint, cluster) -> the new claims that ask for its copies
    for x, fingerprint in new.items():
        asked[(fingerprint, joined.get(x))] += 1
    found: dict[tuple, list[tuple]] = defaultdict(list)
    if asked:
        # (each of the new claims of a text and cluster is left out of its own: read that many more)
        query = _twins_query(sorted({f for f, _ in asked}))
        for cid, vid, reviewed_by, status, reason, fingerprint, cluster, held in session.execute(
                query, {"n": TWIN_CANDIDATES + max(asked.values())}):
            found[(fingerprint, cluster)].append((cid, vid, reviewed_by, status, reason, 1 if cluster is None else held))
    return {x: [row for row in found[(fingerprint, joined.get(x))] if row[0] != x][:TWIN_CANDIDATES]
            for x, fingerprint in new.items()}


def _place(r: ClaimRecord) -> tuple:
    return (r.doc or "", r.seq or 0, r.key)


def _twins(session: Session, found: Proposal, joined: Mapping[int, int], new: Mapping[int, str],
           ends: Mapping[int, frozenset]) -> dict[int, tuple[int, str, str]]:
    """New claim -> (the claim, its status and reason) whose status it takes, for the new claims
    (`new`: claim id -> fingerprint; `joined`: claim id -> the stored cluster it joined, if any) that
    change what the rules find for no other claim of their cluster (or of none) and find for
    themselves what they find for that claim.

    The twin is a stored claim of the same cluster (or of none) with its `copy_profile` (every
    field the rules read of a claim but where it stands), the same link `ends` (only `contradicts`
    links: the same denials of the same claims, by and of claims that stand before it) and no
    reviewer's decision, that stands before it; in a cluster, alone of its version as the new claim
    is of its own (both are the first copy of their sentence in their document). So the new claim
    joins the twin's origin group and comes first of nothing (no group, wire copy, carried story,
    best described claim or denier of an origin has it first): the rules give twins one status
    (`decide_twins`), the one stored. Where the origin is only its document's (`copy_profile`),
    no link may touch a statement of the publisher's own in the twin's version or the new claim's,
    so that no denial's or backer's origin tells the two apart.
    """
    rows = _twin_rows(session, joined, new)
    # (the copies linked otherwise are told by their number of links, before reading either)
    counts = _link_counts(session, [row[0] for found_rows in rows.values() for row in found_rows])
    rows = {x: [row for row in found_rows if row[5] == 1 and row[2] is None and counts.get(row[0], 0) == len(ends[x])]
            for x, found_rows in rows.items()}
    records = {**load_records(session, version_ids={row[1] for found_rows in rows.values() for row in found_rows},
                              leads=True), **found.records}
    twins = {}
    for x, found_rows in rows.items():
        r = found.records[x]
        twin = next((row for row in found_rows if row[0] in records and copy_profile(records[row[0]]) == copy_profile(r)
                     and _place(records[row[0]]) < _place(r)), None)
        if twin is not None:
            twins[x] = twin
    theirs = link_ends(links_touching(session, sorted({twin[0] for twin in twins.values()})))
    bound = {x for x in twins if copy_profile(found.records[x])[0] == "publisher"}
    versions = {found.records[x].version for x in bound} | {twins[x][1] for x in bound}
    own = [k for k, q in records.items() if q.version in versions and origin(q) == f"publisher:{q.doc}"]
    linked = {records[k].version for k in _link_counts(session, own)}
    return {x: (twin[0], twin[3], twin[4]) for x, twin in twins.items() if theirs[twin[0]] == ends[x]
            and not (x in bound and (twin[1] in linked or found.records[x].version in linked))}


def _link_counts(session: Session, ids: Sequence[int]) -> dict[int, int]:
    """claim id -> how many links touch it (counted at each end), for the claims `ids` that have any."""
    out: dict[int, int] = defaultdict(int)
    for part in _chunks(sorted(ids)):
        for end in (LINKS.c.source_id, LINKS.c.target_id):
            for cid, n in session.execute(select(end, func.count()).where(in_values(end, part)).group_by(end)):
                out[cid] += n
    return dict(out)
