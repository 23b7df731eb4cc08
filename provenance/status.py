"""Confirmation status rules: every claim gets a status and a one-line reason a person can check.

The rules (DESIGN.md, "Confirmation status"), first match wins; a reviewer's decision
(`reviewed_by`) is never overridden:

1. the claim's own cue withdraws it -> retracted; denies it -> disputed; declines to confirm it ->
   unconfirmed, naming who;
2. a `contradicts` link from another source that denies it -> disputed, naming who denied;
3. one that declined to confirm it -> unconfirmed, naming who did not confirm, then the base reason;
4. `corroborates` links from at least one origin independent of the claim's own (so two
   independent sources in all; support reaches a claim through its near-identical restatements)
   -> corroborated, naming the other sources;
5. the base: publisher's own statement, no source, an anonymous source, a medium relaying, or a
   commentator who is no party to the events -> unconfirmed; a named party on the record ->
   confirmed.

Links come from `provenance.corroboration`: within a document when it is extracted
(`apply_rules`), across the database when a version is stored (`on_new_version`) and on demand
(`recompute`). Rule links are created_by "rule"; a pair a reviewer linked, or unlinked, is left
to the reviewer. Every change of status after the first assignment is an Event by actor "rule".
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import bindparam, delete, func, insert, or_, select, update
from sqlalchemy import text as sql
from sqlalchemy.orm import aliased
from sqlmodel import Session, col

from provenance.corroboration import (
    HOW,
    ClaimRecord,
    Origins,
    Signatures,
    blocking_tokens,
    claim_pairs,
    cue_kind,
    is_publisher,
    is_state,
    lead_deniers,
    lexicon,
    origin,
    relations,
    same_origin,
    search_strings,
    similar_groups,
    spellings,
    tokens,
)
from provenance.models import Claim, Document, Event, Link, Outlet, Speaker, Version, utcnow
from provenance.tuning import (
    CLAIMS_PER_MAX_DF,
    GROUP_PAIRS,
    LOOKUPS_PER_STATEMENT,
    MANY_BACKERS,
    MIN_MAX_DF,
    PROBE_DEPTH,
    SCAN_BELOW,
)

RULE = "rule"
CLAIMS = Claim.__table__  # type: ignore[attr-defined]
EVENTS = Event.__table__  # type: ignore[attr-defined]
SYMMETRIC = ("corroborates", "repeats")
MAX_NAMES = 3
CHUNK = 5000


@dataclass
class LinkRow:
    """A link between two claims, in whatever form it was stored."""

    source: Any
    target: Any
    relation: str
    by: str = RULE
    reason: str | None = None


# --- reasons ---------------------------------------------------------------------------------

def _via(r: ClaimRecord) -> str:
    return ", ".join(p for p in (r.outlet, r.stated_on) if p)


def label(r: ClaimRecord) -> str:
    """'Hakan Fidan (CNN Turk, 2025-04-09)': who made a claim, where and when."""
    name = r.speaker or "an unidentified source"
    via = _via(r)
    return f"{name} ({via})" if via else name


def commentator(r: ClaimRecord) -> str | None:
    """The kind of commentator ('analyst', 'expert', ...) a named speaker's role makes them, if any."""
    if not r.role:
        return None
    for pattern, kind in lexicon().commentator_roles:
        if pattern.search(r.role):
            return kind
    return None


def base_status(r: ClaimRecord) -> tuple[str, str]:
    """The status a claim has on its own source alone, before links to other claims."""
    if is_publisher(r):
        return "unconfirmed", "unattributed statement of the publisher"
    if not r.speaker:
        return "unconfirmed", "no identified source"
    if r.anonymous:
        parts = [r.speaker] + ([f"via {r.outlet}"] if r.outlet else []) + ([r.stated_on] if r.stated_on else [])
        return "unconfirmed", f"single anonymous source ({', '.join(parts)})"
    if r.relayed_by:
        return "unconfirmed", f"second-hand: relayed only by {r.relayed_by}"
    if r.speaker_kind == "media":
        when = f" ({r.stated_on})" if r.stated_on else ""
        return "unconfirmed", f"second-hand: reported by {r.speaker}{when}"
    kind = commentator(r)
    if kind:
        via = _via(r)
        return "unconfirmed", (f"single source: {r.speaker}, {r.role} ({kind}, not a party to the events"
                               + (f"; {via})" if via else ")"))
    if not (r.outlet or r.stated_on or r.role) and is_state(r.speaker):
        return "unconfirmed", (f"second-hand: {r.speaker}'s stance as the publisher puts it, "
                               "with no source, outlet or date")
    details = ", ".join(p for p in (r.role, r.outlet, r.stated_on) if p)
    return "confirmed", f"on the record from {r.speaker}" + (f" ({details})" if details else "")


def _names(records: Sequence[ClaimRecord]) -> str:
    labels = [label(r) for r in records]
    if len(labels) > MAX_NAMES:
        labels = labels[:MAX_NAMES - 1] + [f"{len(labels) - MAX_NAMES + 1} more"]
    return labels[0] if len(labels) == 1 else ", ".join(labels[:-1]) + " and " + labels[-1]


def _declined(records: Sequence[ClaimRecord]) -> str:
    """'Turkish Defence Ministry sources did not confirm (Daily Sabah, 2025-05-22)'."""
    parts = []
    for r in records[:MAX_NAMES]:
        via = _via(r)
        parts.append(f"{r.speaker or 'an unidentified source'} did not confirm" + (f" ({via})" if via else ""))
    return "; ".join(parts)


def _order(key: object) -> tuple[int, int, str]:
    """A claim key to sort on: database ids as numbers (1000 after 999, so ids shifted by a crash
    or a retried transaction keep their order), local ids as text."""
    return (0, key, "") if isinstance(key, int) else (1, 0, str(key))


def _distinct_origins(records: Iterable[ClaimRecord]) -> list[ClaimRecord]:
    """One claim per origin, the best described (outlet and date named), in date order."""
    chosen: list[ClaimRecord] = []
    seen = Origins()
    for r in sorted(records, key=lambda r: (-(bool(r.outlet) + bool(r.stated_on)), _order(r.key))):
        if r not in seen:
            chosen.append(r)
            seen.add(r)
    return sorted(chosen, key=lambda r: (r.stated_on or "9999", _order(r.key)))


def _fewer_origins(records: Sequence[ClaimRecord]) -> list[ClaimRecord]:
    """The two best described claims of each origin, in `_distinct_origins` order: what it can
    choose from, even with one of them left out (a claim is not its own support)."""
    kept: dict[str, list[ClaimRecord]] = defaultdict(list)
    for r in sorted(records, key=lambda r: (-(bool(r.outlet) + bool(r.stated_on)), _order(r.key))):
        same = kept[origin(r)]
        if len(same) < 2 and all(k.key != r.key for k in same):
            same.append(r)
    return [r for group in kept.values() for r in group]


def _how(link: LinkRow, source: ClaimRecord) -> str:
    """Whether a contradicts link is a denial or a non-confirmation."""
    for text in (source.cue, link.reason):
        how = cue_kind(text)
        if how in HOW:
            return how
    return "deny"


def decide(r: ClaimRecord, links: Sequence[tuple[LinkRow, ClaimRecord]],
           support: Sequence[ClaimRecord] = ()) -> tuple[str, str]:
    """The status and reason the rules give one claim.

    `links` are the links touching it with the claim at their other end; `support` holds the
    claims that corroborate its near-identical restatements (support that reaches it through
    `repeats` links).
    """
    own = cue_kind(r.cue)
    if own == "retract":
        return "retracted", f"withdrawn by {label(r)}"
    if own == "deny":
        return "disputed", f"denied by {label(r)}"
    if own == "nonconfirm":
        return "unconfirmed", _declined([r])
    against = [(link, other) for link, other in links
               if link.relation == "contradicts" and link.target == r.key and not same_origin(other, r)]
    denied = [other for link, other in against if _how(link, other) == "deny"]
    if denied:
        return "disputed", "denied by " + _names(_distinct_origins(denied))
    base, base_reason = base_status(r)
    declined = [other for link, other in against if _how(link, other) == "nonconfirm"]
    if declined:
        return "unconfirmed", f"{_declined(_distinct_origins(declined))}; {base_reason}"
    backers = [other for link, other in links if link.relation == "corroborates"] + list(support)
    independent = [b for b in _distinct_origins(backers) if not same_origin(b, r)]
    if independent:
        return "corroborated", "corroborated by " + _names(independent)
    return base, base_reason


def decide_all(records: dict[Any, ClaimRecord], links: Iterable[LinkRow],
               keys: Iterable[Any]) -> dict[Any, tuple[str, str]]:
    """Statuses of the claims `keys`, from `links` among `records` (links to unknown claims are ignored)."""
    touching: dict[Any, list[tuple[LinkRow, ClaimRecord]]] = defaultdict(list)
    for link in links:
        if link.source in records and link.target in records and link.source != link.target:
            touching[link.source].append((link, records[link.target]))
            touching[link.target].append((link, records[link.source]))
    backing: dict[Any, list[ClaimRecord]] = {}

    def backers_of(other: ClaimRecord) -> list[ClaimRecord]:
        if other.key not in backing:
            found = [third for second, third in touching[other.key] if second.relation == "corroborates"]
            backing[other.key] = _fewer_origins(found) if len(found) > MANY_BACKERS else found
        return backing[other.key]

    out = {}
    for key in keys:
        r = records[key]
        support = []
        for link, other in touching[key]:
            if link.relation == "repeats":
                support += [third for third in backers_of(other) if third.key != key]
        # a source that contradicts the claim does not back it through a restatement
        against = Origins(o for link, o in touching[key] if link.relation == "contradicts" and link.target == key)
        support = [s for s in support if s not in against]
        out[key] = decide(r, touching[key], support)
    return out


def is_party(r: ClaimRecord) -> bool:
    """Whether a claim's source speaks for a party on the record (not anonymous, a medium, a
    commentator or the publisher)."""
    return bool(r.speaker) and not (r.anonymous or r.speaker_kind == "media" or commentator(r) or is_publisher(r))


def mark_relayed(spans: Sequence[tuple[ClaimRecord, int, int]]) -> None:
    """Set `relayed_by` on claims embedded in the claim of a source that is no party.

    `spans` are the claims of one version with their content offsets: "requires stability — a
    demand echoed by European actors who have urged ..." inside an analyst's claim reaches the
    reader only through the analyst. The first such claim in `spans` order relays it.
    """
    # A sweep in order of start: only the claims still open where a claim starts can hold it,
    # so a long article costs its claims times the depth of nesting, not its claims squared.
    order = sorted(range(len(spans)), key=lambda k: (spans[k][1], -spans[k][2]))
    still_open: list[int] = []
    for k in order:
        inner, start, end = spans[k]
        still_open = [o for o in still_open if spans[o][2] >= start]
        holders = sorted(o for o in still_open if spans[o][2] >= end and (spans[o][1], spans[o][2]) != (start, end))
        for o in holders:
            outer = spans[o][0]
            if outer is inner:
                continue
            if outer.speaker and not same_origin(outer, inner) and not is_party(outer) and not is_publisher(outer):
                inner.relayed_by = label(outer)
                break
        still_open.append(k)


# --- claim sets (extraction, before storing) ---------------------------------------------------

def _leads(text: str, claims: Sequence[dict[str, Any]]) -> dict[Any, str]:
    """For each claim, the text of its sentence between the previous claim and its content."""
    ends: dict[Any, list[int]] = defaultdict(list)
    for c in claims:
        if c.get("sentence_start") is not None:
            ends[c["sentence_start"]].append(c["end"])
    out = {}
    for c in claims:
        start = c.get("sentence_start")
        if start is None:
            out[c["id"]] = ""
            continue
        before = [e for e in ends[start] if e <= c["start"]]
        out[c["id"]] = text[max([start, *before]):c["start"]]
    return out


def claimset_records(data: dict[str, Any]) -> dict[str, ClaimRecord]:
    """Corroboration records of the claims of a claim-set dict, keyed by local claim id."""
    speakers = {s["id"]: s for s in data.get("speakers", [])}
    outlets = {o["id"]: o for o in data.get("outlets", [])}
    doc = data.get("document") or {}
    text = doc.get("text") or ""
    leads = _leads(text, data["claims"]) if text else {}
    out = {}
    for c in data["claims"]:
        s = speakers.get(c.get("speaker") or "") or {}
        o = outlets.get(c.get("outlet") or "") or {}
        sentence = (c["sentence_start"], c["sentence_end"]) if c.get("sentence_start") is not None else None
        out[c["id"]] = ClaimRecord(
            key=c["id"], doc=doc.get("slug") or "", text=c["text"], kind=c.get("kind"), form=c.get("form"),
            cue=c.get("cue"), speaker=s.get("name"), anonymous=bool(s.get("anonymous")),
            speaker_kind=s.get("kind"), role=s.get("role"), affiliation=s.get("affiliation"),
            outlet=o.get("name"), outlet_country=o.get("country"), publisher=doc.get("outlet"),
            stated_on=c.get("stated_on"), seq=c.get("seq") or 0, sentence=sentence, start=c.get("start") or 0,
            end=c.get("end") or 0, lead=leads.get(c["id"], ""),
        )
    mark_relayed([(out[c["id"]], c.get("start") or 0, c.get("end") or 0) for c in data["claims"]])
    return out


def _pair(source: Any, target: Any) -> frozenset:
    return frozenset((source, target))


def apply_rules(data: dict[str, Any]) -> dict[str, Any]:
    """Link the claims of one claim set to each other and fill in the status and reason of every
    claim that no reviewer has decided. Returns the same dict."""
    records = claimset_records(data)
    ordered = list(records.values())
    linked = {_pair(lk["source"], lk["target"]) for lk in data.get("links", [])}
    data.setdefault("links", [])
    denials = lead_deniers(ordered)
    groups = similar_groups([r.text for r in ordered])
    pairs = claim_pairs(groups, record_of=ordered, limit=GROUP_PAIRS, hubs={y for _, y, _ in denials})
    for rel in relations(ordered, pairs, denials=denials):
        if _pair(rel.source, rel.target) in linked:
            continue
        linked.add(_pair(rel.source, rel.target))
        data["links"].append({"source": rel.source, "target": rel.target, "relation": rel.relation,
                              "by": RULE, "reason": rel.reason})
    links = [LinkRow(lk["source"], lk["target"], lk["relation"], lk.get("by") or RULE, lk.get("reason"))
             for lk in data["links"]]
    still_openclaims = [c["id"] for c in data["claims"] if not c.get("reviewed_by")]
    decided = decide_all(records, links, still_openclaims)
    for c in data["claims"]:
        if c["id"] in decided:
            c["status"], c["reason"] = decided[c["id"]]
    return data


def rule_status(
    claim: dict[str, Any],
    *,
    speakers: dict[str, dict],
    outlets: dict[str, dict],
    incoming: list[tuple[str, dict[str, Any]]],
) -> tuple[str, str]:
    """The status and reason the rules give one claim of a claim set, from its incoming links.

    `incoming` holds (relation, source claim) pairs of the links pointing at this claim.
    """
    claims = [claim] + [other for _, other in incoming if other is not claim]
    data = {"speakers": list(speakers.values()), "outlets": list(outlets.values()), "claims": claims}
    records = claimset_records(data)
    links = [LinkRow(other["id"], claim["id"], relation) for relation, other in incoming]
    return decide_all(records, links, [claim["id"]])[claim["id"]]


# --- the database ----------------------------------------------------------------------------

@dataclass
class Recomputed:
    """What a recomputation changed."""

    claims: int = 0
    links_added: int = 0
    links_removed: int = 0
    statuses_changed: int = 0
    changed: list[int] = field(default_factory=list)


def _chunks(values: Sequence[Any], size: int = CHUNK) -> Iterable[Sequence[Any]]:
    for i in range(0, len(values), size):
        yield values[i:i + size]


def latest_versions(session: Session) -> dict[int, int]:
    """version id -> document id, for the newest version of every document."""
    from provenance.query import latest_version_ids

    ids = set(session.execute(latest_version_ids()).scalars())
    rows = session.execute(select(col(Version.id), col(Version.document_id))).all()
    return {vid: did for vid, did in rows if vid in ids}


def latest_of(session: Session, version_ids: Iterable[int]) -> dict[int, int]:
    """version id -> document id, for those of these versions that are the newest of their document."""
    from provenance.query import is_latest_version

    out: dict[int, int] = {}
    for part in _chunks(sorted(set(version_ids))):
        out.update(session.execute(select(col(Version.id), col(Version.document_id))
                                   .where(col(Version.id).in_(part), is_latest_version())).all())
    return out


def load_records(session: Session, *, version_ids: Iterable[int] | None = None,
                 claim_ids: Iterable[int] | None = None, leads: bool = False) -> dict[int, ClaimRecord]:
    """Corroboration records of stored claims, keyed by claim id (by versions, ids, or all)."""
    ClaimOutlet = aliased(Outlet)
    Publisher = aliased(Outlet)
    base = (
        select(  # type: ignore[call-overload, misc]  # aliased outlets defeat the overloads
            Claim.id, Claim.version_id, Document.slug, Claim.text, Claim.kind, Claim.form, Claim.cue,
            Speaker.name, Speaker.anonymous, Speaker.kind, Speaker.role, Speaker.affiliation,
            ClaimOutlet.name, ClaimOutlet.country, Publisher.name, Claim.stated_on, Claim.seq,
            Claim.sentence_start, Claim.sentence_end, Claim.char_start, Claim.char_end)
        .join(Version, col(Version.id) == col(Claim.version_id))
        .join(Document, col(Document.id) == col(Version.document_id))
        .outerjoin(Speaker, col(Speaker.id) == col(Claim.speaker_id))
        .outerjoin(ClaimOutlet, ClaimOutlet.id == col(Claim.outlet_id))
        .outerjoin(Publisher, Publisher.id == col(Document.outlet_id))
    )
    if version_ids is not None:
        ids = sorted(set(version_ids))
        rows = [row for part in _chunks(ids) for row in session.execute(base.where(col(Claim.version_id).in_(part)))]
    elif claim_ids is not None:
        # whole versions, so that claims embedded in others can be told; then only those asked for
        wanted = set(claim_ids)
        versions: set[int] = set()
        for part in _chunks(sorted(wanted)):
            versions.update(session.execute(select(col(Claim.version_id)).where(col(Claim.id).in_(part))).scalars())
        found = load_records(session, version_ids=versions, leads=leads)
        return {k: r for k, r in found.items() if k in wanted}
    else:
        rows = list(session.execute(base))
    texts: dict[int, str] = {}
    ends: dict[tuple[int, int], list[int]] = defaultdict(list)
    if leads:
        vids = sorted({row[1] for row in rows})
        for part in _chunks(vids):
            query = select(col(Version.id), col(Version.text)).where(col(Version.id).in_(part))
            texts.update(session.execute(query).all())
        for row in rows:
            if row[17] is not None:
                ends[(row[1], row[17])].append(row[20])
    out = {}
    spans: dict[int, list[tuple[ClaimRecord, int, int]]] = defaultdict(list)
    for (cid, vid, slug, text, kind, form, cue, name, anonymous, skind, role, affiliation, outlet, country,
         publisher, stated_on, seq, s_start, s_end, start, _end) in rows:
        lead = ""
        if leads and s_start is not None and vid in texts:
            before = [e for e in ends[(vid, s_start)] if e <= start]
            lead = texts[vid][max([s_start, *before]):start]
        out[cid] = ClaimRecord(
            key=cid, doc=slug, text=text, kind=kind, form=form, cue=cue, speaker=name,
            anonymous=bool(anonymous), speaker_kind=skind, role=role, affiliation=affiliation, outlet=outlet,
            outlet_country=country, publisher=publisher, stated_on=stated_on, seq=seq,
            sentence=(s_start, s_end) if s_start is not None else None, start=start, end=_end, lead=lead,
            version=vid,
        )
        spans[vid].append((out[cid], start, _end))
    for items in spans.values():
        mark_relayed(items)
    return out


def _links_touching(session: Session, ids: Sequence[int]) -> list[Link]:
    if not ids:
        return []
    found: dict[int, Link] = {}
    for part in _chunks(list(ids)):
        query = select(Link).where(or_(col(Link.source_id).in_(part), col(Link.target_id).in_(part)))
        for link in session.execute(query).scalars():
            found[link.id] = link  # type: ignore[index]
    return list(found.values())


def suppressed_pairs(session: Session) -> set[tuple[frozenset, str]]:
    """Pairs a reviewer unlinked: the rules do not link them again with that relation."""
    out = set()
    query = select(col(Event.claim_id), col(Event.old)).where(
        col(Event.action).in_(("unlink", "unlink carried")), col(Event.actor) != RULE)
    for claim_id, old in session.execute(query):
        parts = (old or "").split()
        if claim_id is not None and len(parts) == 2 and parts[1].isdigit():
            out.add((_pair(claim_id, int(parts[1])), parts[0]))
    return out


def _document_ids(session: Session, claim_ids: Iterable[int]) -> dict[int, int]:
    ids = sorted(set(claim_ids))
    out: dict[int, int] = {}
    for part in _chunks(ids):
        out.update(session.execute(
            select(col(Claim.id), col(Version.document_id)).join(Version, col(Version.id) == col(Claim.version_id))
            .where(col(Claim.id).in_(part))
        ).all())
    return out


def _link_event_row(*, actor: str, action: str, source: int, target: int, relation: str, reason: str | None,
                    document_id: int | None = None) -> dict[str, Any]:
    value = f"{relation} {target}"
    return {"at": utcnow(), "actor": actor, "action": action, "claim_id": source, "document_id": document_id,
            "old": value if action == "unlink" else None, "new": value if action == "link" else None,
            "reason": reason}


def link_event(session: Session, *, actor: str, action: str, source: int, target: int, relation: str,
               reason: str | None, document_id: int | None = None) -> None:
    """Record a link made or removed; `old`/`new` read 'RELATION TARGET_ID'."""
    session.add(Event(**_link_event_row(actor=actor, action=action, source=source, target=target,
                                        relation=relation, reason=reason, document_id=document_id)))


def _insert_events(session: Session, rows: list[dict[str, Any]]) -> None:
    for part in _chunks(rows):
        session.execute(insert(EVENTS), list(part))


def sync_links(session: Session, proposed: Iterable[Any], scope: set[int], *,
               keep: Any = None) -> tuple[int, int, set[int]]:
    """Make the rule links touching `scope` what the rules propose now; reviewer links stay.

    `keep(link)` marks existing rule links this pass does not recompute: they stay unless a
    reviewer has linked or unlinked their pair. Returns (added, removed, claim ids at either end
    of a change).
    """
    existing = _links_touching(session, sorted(scope))
    reviewed_pairs = {_pair(lk.source_id, lk.target_id) for lk in existing if lk.created_by != RULE}
    suppressed = suppressed_pairs(session)

    def key(source, target, relation):
        return (_pair(source, target), relation) if relation in SYMMETRIC else ((source, target), relation)

    wanted: dict[Any, Any] = {}
    for rel in proposed:
        pair = _pair(rel.source, rel.target)
        if pair in reviewed_pairs or (pair, rel.relation) in suppressed:
            continue
        wanted.setdefault(key(rel.source, rel.target, rel.relation), rel)
    def vetoed(lk: Link) -> bool:
        pair = _pair(lk.source_id, lk.target_id)
        return pair in reviewed_pairs or (pair, lk.relation) in suppressed

    have = {key(lk.source_id, lk.target_id, lk.relation): lk for lk in existing if lk.created_by == RULE}
    stale = [lk for k, lk in have.items() if vetoed(lk) or (k not in wanted and not (keep and keep(lk)))]
    fresh = [rel for k, rel in wanted.items() if k not in have]
    docs = _document_ids(session, [lk.source_id for lk in stale] + [rel.source for rel in fresh])
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
    return len(fresh), len(stale), touched


def remove_links(session: Session, links: Sequence[Link], *, reason: str, actor: str = RULE,
                 docs: Mapping[int, int | None] | None = None) -> set[int]:
    """Delete links, each with an "unlink" Event; returns the claim ids at their ends."""
    docs = _document_ids(session, [lk.source_id for lk in links]) if docs is None else docs
    touched: set[int] = set()
    ids = [lk.id for lk in links]
    for part in _chunks(ids):
        session.execute(delete(Link).where(col(Link.id).in_(part)))
    _insert_events(session, [_link_event_row(actor=actor, action="unlink", source=lk.source_id,
                                             target=lk.target_id, relation=lk.relation, reason=reason,
                                             document_id=docs.get(lk.source_id)) for lk in links])
    for lk in links:
        touched.update((lk.source_id, lk.target_id))
    return touched


def update_statuses(session: Session, claim_ids: Iterable[int], *, latest: dict[int, int] | None = None) -> list[int]:
    """Re-run the rules on these claims (newest versions only, reviewer decisions kept); record
    every change as an Event by actor "rule". Returns the ids whose status or reason changed."""
    ids = set(claim_ids)
    links = _links_touching(session, sorted(ids))
    # support reaches a claim through its restatements: their links count too
    restated = {lk.target_id if lk.source_id in ids else lk.source_id for lk in links if lk.relation == "repeats"}
    links += [lk for lk in _links_touching(session, sorted(restated - ids)) if lk.relation == "corroborates"]
    involved = ids | {lk.source_id for lk in links} | {lk.target_id for lk in links}
    records = load_records(session, claim_ids=sorted(involved))
    if latest is None:
        latest = latest_of(session, {r.version for r in records.values()})  # type: ignore[misc]
    records = {k: r for k, r in records.items() if r.version in latest}
    current = {}
    for part in _chunks(sorted(ids)):
        for cid, vid, status, reason, reviewed_by in session.execute(
            select(col(Claim.id), col(Claim.version_id), col(Claim.status), col(Claim.reason), col(Claim.reviewed_by))
            .where(col(Claim.id).in_(part))
        ):
            current[cid] = (vid, status, reason, reviewed_by)
    in_latest = {cid for cid in current if cid in records}
    still_openids = sorted(cid for cid in in_latest if not current[cid][3])
    rows = [LinkRow(lk.source_id, lk.target_id, lk.relation, lk.created_by, lk.reason) for lk in links
            if lk.id is not None]
    decided = decide_all(records, _dedupe(rows), still_openids)
    changed, updates, events = [], [], []
    now = utcnow()
    for cid in still_openids:
        vid, status, reason, _ = current[cid]
        new_status, new_reason = decided[cid]
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
            statuses_of: Iterable[int] = ()) -> Recomputed:
    """Recompute rule links and statuses for the claims of `documents` (all documents when None)
    against every claim of the newest versions: those the claim search index finds for them
    (`ClaimIndex`), or all of them where there is no index or no `documents`.

    With `within` False only links between documents are made, and only claims whose links
    changed get new statuses: a stored version keeps the statuses it came with (the extractor's
    rules, or an imported file's) until something elsewhere bears on it. `statuses_of` adds
    claims whose status to redo.
    """
    index = ClaimIndex.of(session) if documents is not None else None
    if index is None:
        latest = latest_versions(session)
        corpus: list[Any] = []
        for part in _chunks(sorted(latest)):
            corpus += session.execute(
                select(col(Claim.id), col(Claim.version_id), col(Claim.text)).where(col(Claim.version_id).in_(part))
            ).all()
        corpus.sort()
        max_df = None
    else:
        # Blocking again among the claims found, with the same cap: a token rare in the database
        # is rare among them, and a document repeating common words stays linear.
        corpus, latest, max_df = index.corpus(documents)  # type: ignore[arg-type,assignment]
    ids = [row[0] for row in corpus]
    focus = None if documents is None else [i for i, row in enumerate(corpus) if latest[row[1]] in documents]
    signatures = Signatures([tokens(row[2]) for row in corpus])
    groups = similar_groups(signatures, focus=focus, max_df=max_df)
    if documents is None:
        versions = set(latest)
    else:
        versions = {vid for vid, did in latest.items() if did in documents}
        versions |= {corpus[i][1] for g, h, _ in groups.pairs for i in groups.members[g] + groups.members[h]}
    records: dict[Any, ClaimRecord] = load_records(session, version_ids=versions, leads=True)
    ordered = list(records.values())
    position = {r.key: n for n, r in enumerate(ordered)}
    denials = lead_deniers(ordered)
    index_of = {cid: i for i, cid in enumerate(ids)}
    record_of = {i: records[cid] for cid, i in index_of.items() if cid in records}
    # (the versions are read whole, for the sentences of their claims: some of their claims may
    # be in no pair)
    denied = {index_of[ordered[y].key] for _, y, _ in denials if ordered[y].key in index_of}
    pairs = claim_pairs(groups, record_of=record_of, limit=GROUP_PAIRS, hubs=denied)
    mapped = [(position[ids[i]], position[ids[j]], s) for i, j, s in pairs]
    bags = {ids[i]: signatures.bags[i] for i in range(len(ids))}
    proposed = relations(ordered, mapped, denials=denials, bags=bags)
    scope = set(ids) if focus is None else {ids[i] for i in focus}
    proposed = [rel for rel in proposed if rel.source in scope or rel.target in scope]
    keep = None
    if not within:
        proposed = [rel for rel in proposed if records[rel.source].doc != records[rel.target].doc]
        doc_of = _document_ids(session, sorted(scope | _far_ends(session, scope)))

        def keep(lk: Link) -> bool:
            return doc_of.get(lk.source_id) == doc_of.get(lk.target_id)

    added, removed, touched = sync_links(session, proposed, scope, keep=keep)
    affected = touched | set(statuses_of)
    if within:
        affected |= scope
    if index is None:
        changed = update_statuses(session, affected & set(ids), latest=latest)
    else:  # claims beyond the corpus whose links changed (the far ends of stale links) too
        changed = update_statuses(session, affected)
    return Recomputed(claims=len(scope), links_added=added, links_removed=removed,
                      statuses_changed=len(changed), changed=changed)


def _far_ends(session: Session, ids: set[int]) -> set[int]:
    return {end for lk in _links_touching(session, sorted(ids)) for end in (lk.source_id, lk.target_id)}


# --- candidates from the claim search index ---------------------------------------------------

PG_TRIGRAM_INDEX = "ix_claim_text_trgm"  # migration 0002
# A token is looked up where a word starts with it: at the start of the text, or after a space,
# a quotation mark, a bracket or a hyphen ("Turkish-Israeli"). A substring anywhere would also
# find it inside other words, which makes rare tokens look common.
WORD_STARTS = (" ", "“", '"', "(", "-")


class ClaimIndex:
    """The claims of other documents that a new document's claims could be similar to, found
    through the claim text search index (migration 0002: an FTS5 trigram table on SQLite, a
    pg_trgm index on PostgreSQL) instead of reading every claim of the database.

    Each token of the new claims is looked up by the strings every text holding it contains
    (`corroboration.search_strings`); how many claims hold it tells whether it is rare enough to
    block on, as the document frequencies of a full scan do. The claims holding the rare tokens a
    claim blocks on (`corroboration.blocking_tokens`), and those holding all of the common tokens
    a claim of common words blocks on, are the candidates, scored as in a full scan.
    """

    def __init__(self, session: Session, *, sqlite: bool):
        self.session = session
        self.sqlite = sqlite

    @classmethod
    def of(cls, session: Session) -> ClaimIndex | None:
        """The index of this database, or None where migration 0002 could not make it, or where
        the database is small enough that reading every claim is quicker."""
        from provenance.query import has_claim_search_index

        dialect = session.get_bind().dialect.name
        if (session.execute(select(func.max(col(Claim.id)))).scalar() or 0) < SCAN_BELOW.get(dialect, 0):
            return None
        if dialect == "sqlite":
            return cls(session, sqlite=True) if has_claim_search_index(session) else None
        if dialect == "postgresql":
            found = session.execute(sql(
                "SELECT 1 FROM pg_indexes WHERE indexname = :name AND schemaname = current_schema()"),
                {"name": PG_TRIGRAM_INDEX}).first()
            return cls(session, sqlite=False) if found else None
        return None

    def counts(self, lookups: Sequence[Sequence[Sequence[str]]], limit: int) -> list[int]:
        """For each lookup, how many claims `claims` would find, counting up to `limit` + 1 (-1
        when it cannot be looked up); a few dozen lookups to a statement."""
        out: list[int] = []
        for part in _chunks(list(lookups), LOOKUPS_PER_STATEMENT):
            found = [self._matching(required, limit + 1, f"l{n}_") for n, required in enumerate(part)]
            asked = [m for m in found if m is not None]
            row: Sequence[int] = ()
            if asked:
                values = {k: v for _, kv in asked for k, v in kv.items()}
                columns = ", ".join(f"(SELECT count(*) FROM ({statement}) AS s{n})"
                                    for n, (statement, _) in enumerate(asked))
                row = self.session.execute(sql(f"SELECT {columns}"), values).one()
            answers = iter(row)
            out += [-1 if m is None else next(answers) for m in found]
        return out

    def claims(self, required: Sequence[Sequence[str]], limit: int) -> list[int] | None:
        """Ids of at most `limit` claims whose text holds, for each list, a word starting with one
        of its strings (case aside; the text of any version). None when a string cannot be looked up."""
        return self.many_claims([required], limit)[0]

    def many_claims(self, lookups: Sequence[Sequence[Sequence[str]]], limit: int) -> list[list[int] | None]:
        """`claims` of each lookup, a few dozen lookups to a statement."""
        out: list[list[int] | None] = []
        for part in _chunks(list(lookups), LOOKUPS_PER_STATEMENT):
            found = [self._matching(required, limit, f"l{n}_") for n, required in enumerate(part)]
            ids: dict[int, list[int]] = defaultdict(list)
            asked = [(n, m) for n, m in enumerate(found) if m is not None]
            if asked:
                values = {k: v for _, (_, kv) in asked for k, v in kv.items()}
                union = " UNION ALL ".join(f"SELECT {n} AS lookup, s{n}.id FROM ({statement}) AS s{n}"
                                           for n, (statement, _) in asked)
                for n, cid in self.session.execute(sql(union), values):
                    ids[n].append(cid)
            out += [None if m is None else ids[n] for n, m in enumerate(found)]
        return out

    def _matching(self, required: Sequence[Sequence[str]], limit: int,
                  prefix: str = "") -> tuple[str, dict[str, Any]] | None:
        """The SELECT of `claims` (SQL text, built here: statements of this shape vary too much
        for SQLAlchemy's statement cache) and its values."""
        from provenance.query import FTS_TABLE, fts_query

        values: dict[str, Any] = {f"{prefix}n": limit}
        conditions = []
        if not self.sqlite:
            # one case-insensitive regular expression per list, which the trigram index answers:
            # \m is the start of a word
            for strings in required:
                name = f"{prefix}p{len(values)}"
                values[name] = r"\m(" + "|".join(re.escape(s) for s in strings) + ")"
                conditions.append(f"claim.text ~* :{name}")
            return f"SELECT claim.id FROM claim WHERE {' AND '.join(conditions)} LIMIT :{prefix}n", values
        for strings in required:
            names = []
            # LIKE ignores the case of ASCII letters only: "élysée" must also be asked as "Élysée"
            spelled = dict.fromkeys(x for string in strings for x in (
                (string,) if string[:1].isascii() else (string, string[:1].upper() + string[1:])))
            for string in spelled:
                # the start of the text, or a word start within it
                for pattern in (_escape(string) + "%", *(_contains(start + string) for start in WORD_STARTS)):
                    names.append(f"{prefix}p{len(values)}")
                    values[names[-1]] = pattern
            conditions.append("(" + " OR ".join(f"claim.text LIKE :{name} ESCAPE '\\'" for name in names) + ")")
        where = " AND ".join(conditions)
        # The index holds which claims hold each run of three characters, not where: it gives the
        # claims holding all of a string's, and the text itself tells whether they make the
        # string at the start of a word. Driven by the index, so that LIMIT stops it early.
        groups = []
        for strings in required:
            queries = [fts_query([s]) for s in strings]
            if not queries or any(q is None for q in queries):
                return None
            groups.append("(" + " OR ".join(f"({q})" for q in queries) + ")")
        values[f"{prefix}q"] = " AND ".join(groups)
        return (f"SELECT claim.id FROM {FTS_TABLE} JOIN claim ON claim.id = {FTS_TABLE}.rowid "
                f"WHERE {FTS_TABLE} MATCH :{prefix}q AND {where} LIMIT :{prefix}n"), values

    def corpus(self, documents: set[int]) -> tuple[list[Any], dict[int, int], int]:
        """(rows (claim id, version id, text) sorted by id, version id -> document id, max_df): the
        claims of the newest versions of `documents` and their candidates in other documents'
        newest versions, and how many claims a token may be held by to be blocked on."""
        from provenance.query import is_latest_version

        base = (select(col(Claim.id), col(Claim.version_id), col(Claim.text), col(Version.document_id))
                .join(Version, col(Version.id) == col(Claim.version_id)).where(is_latest_version()))
        focus = self.session.execute(base.where(col(Version.document_id).in_(sorted(documents)))).all()
        total = self.session.execute(select(func.max(col(Claim.id)))).scalar() or 0
        max_df = max(MIN_MAX_DF, total // CLAIMS_PER_MAX_DF)
        bags = [tokens(row[2]) for row in focus]
        spelled: dict[str, set[str]] = defaultdict(set)
        for row in focus:
            for token, forms in spellings(row[2]).items():
                spelled[token] |= forms
        strings: dict[str, list[str]] = {}  # the tokens the index can look up
        for token in sorted({t for bag in bags for t in bag}):
            found = search_strings(token, spelled.get(token, ()))
            if found is not None:
                strings[token] = found
        # Every token is counted once, up to max_df + 1 claims: the rare ones give their claims,
        # the others are common.
        df: dict[str, int] = {}
        for (token, _), n in zip(strings.items(), self.counts([[s] for s in strings.values()], max_df),
                                 strict=True):
            if 0 <= n <= max_df:
                df[token] = n
        rare_tokens = sorted(df)
        holders = {token: found or [] for token, found in zip(
            rare_tokens, self.many_claims([[strings[t]] for t in rare_tokens], max_df), strict=True)}
        # a claim with too few rare tokens blocks on its rarest common ones: count those further
        fallback = [bag for bag in bags if blocking_tokens(bag, df, max_df=max_df)[1]]
        uncounted = sorted({t for bag in fallback for t in bag if t not in df and t in strings})
        for token, n in zip(uncounted, self.counts([[strings[t]] for t in uncounted], PROBE_DEPTH * max_df),
                            strict=True):
            df[token] = max(n, max_df + 1)
        wanted: set[int] = set()
        required: set[tuple[str, ...]] = set()
        for bag in bags:
            rare, common = blocking_tokens(bag, df, max_df=max_df)
            for token in rare:
                wanted.update(holders[token])
            if any(t in strings for t in common):
                required.add(tuple(t for t in common if t in strings))
        for ids in self.many_claims([[strings[t] for t in lookup] for lookup in sorted(required)], max_df):
            wanted.update(ids or ())
        wanted -= {row[0] for row in focus}
        rows = list(focus)
        for part in _chunks(sorted(wanted)):
            rows += self.session.execute(base.where(col(Claim.id).in_(part))).all()
        rows.sort()
        return [(cid, vid, text_) for cid, vid, text_, _ in rows], {vid: did for _, vid, _, did in rows}, max_df


def _escape(value: str) -> str:
    """`value` literally in a LIKE pattern (escaped with backslashes)."""
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _contains(value: str) -> str:
    """A LIKE pattern for text containing `value` literally."""
    return "%" + _escape(value) + "%"


def recompute(session: Session, *, doc: str | None = None) -> Recomputed:
    """`provenance recompute [--doc SLUG]`: rule links and statuses again, reviewer decisions kept."""
    from provenance.store import find_document

    documents = None
    if doc is not None:
        documents = {find_document(session, doc).id}
    return refresh(session, documents=documents)  # type: ignore[arg-type]


def on_new_version(session, stored, *, actor: str) -> None:
    """Work that follows a newly stored version inside its transaction.

    Reviewer decisions of the previous version follow their matching claims; rule links from
    other documents to the previous version give way to links to the new one; and links and
    statuses between the new claims and every other document are recomputed, upgrading (or
    downgrading) older claims with an Event.
    """
    from provenance.review import carry_decisions
    from provenance.store import find_version

    doc, version = find_version(session, stored.slug, stored.version)
    previous = carry_decisions(session, doc=doc, version=version, actor=actor)
    relied: set[int] = set()
    if previous is not None:
        old_ids = set(session.execute(select(col(Claim.id)).where(col(Claim.version_id) == previous.id)).scalars())
        doc_of = _document_ids(session, sorted(old_ids | _far_ends(session, old_ids)))
        crossing = [lk for lk in _links_touching(session, sorted(old_ids))
                    if lk.created_by == RULE and doc_of.get(lk.source_id) != doc_of.get(lk.target_id)]
        relied = remove_links(session, crossing, reason=f"superseded by version {version.number}", docs=doc_of)
        relied -= old_ids
    refresh(session, documents={doc.id}, within=False, statuses_of=relied)  # type: ignore[arg-type]
