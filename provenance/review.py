"""Reviewers' decisions: status reviews, links made and removed by hand, and the audit history.

A reviewer's decision overrides the rules (`Claim.reviewed_by`), is recorded as an Event, and
survives recomputation and new versions of its document: `carry_decisions` moves it to the
matching claim of the new version (same fingerprint, else the most similar claim at
`CARRY_SIMILARITY` or more) and says so in an Event.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import and_, or_, select
from sqlmodel import Session, col

from provenance.clusters import memberships
from provenance.errors import InputError, NotFound
from provenance.links import UNLINKS, link_event, recluster, remove_links, update_statuses
from provenance.listing import check_period
from provenance.matching import fingerprint, matcher
from provenance.models import RELATIONS, STATUSES, Claim, Document, Event, Link, Version
from provenance.query import check_date, event_change
from provenance.rules import RULE
from provenance.sql_in import in_values
from provenance.store import find_document
from provenance.tuning import CARRY_SIMILARITY
from provenance.utc import iso_z

HISTORY_COLUMNS = ("id", "at", "actor", "action", "doc", "claim", "old", "new", "reason")
MAX_URL = 2000
MAX_NOTE = 5000


def _claim(session: Session, claim_id: int) -> Claim:
    claim = session.get(Claim, claim_id)
    if claim is None:
        raise NotFound(f"no claim with id {claim_id}: `provenance claims` lists the ids")
    return claim


def _document_id(session: Session, claim: Claim) -> int | None:
    version = session.get(Version, claim.version_id)
    return version.document_id if version else None


def check_status(value: str) -> str:
    status = (value or "").strip().lower()
    if status not in STATUSES:
        raise InputError(f"--status {value!r} is not a status: use one of {', '.join(STATUSES)}")
    return status


def check_relation(value: str) -> str:
    relation = (value or "").strip().lower()
    if relation not in RELATIONS:
        raise InputError(f"--relation {value!r} is not a relation: use one of {', '.join(RELATIONS)}")
    return relation


def _one_line(text: str | None, option: str, *, required: bool) -> str | None:
    text = " ".join((text or "").split())
    if required and not text:
        raise InputError(f"{option} is empty: say in one line why, so others can check it")
    return text or None


def check_evidence(value: str | None) -> str | None:
    """An evidence address must be one http(s) URL with a host: it is shown as a link."""
    url = (value or "").strip()
    if not url:
        return None
    parts = urlsplit(url) if url.isprintable() and " " not in url else None
    if parts is None or parts.scheme.lower() not in ("http", "https") or not parts.hostname or len(url) > MAX_URL:
        raise InputError(f"--evidence {url[:80]!r} is not a web address: give one http:// or https:// URL")
    return url


def check_note(value: str | None) -> str | None:
    """A note may span lines; it is kept as written, without surrounding blank space."""
    note = (value or "").strip().replace("\r\n", "\n")
    if "\x00" in note:
        raise InputError("--note contains a NUL character, which no text can hold: remove it")
    if len(note) > MAX_NOTE:
        raise InputError(f"--note is {len(note)} characters long: keep it under {MAX_NOTE} (link the rest as --evidence)")
    return note or None


def review_claim(session: Session, claim_id: int, *, status: str, reason: str, by: str,
                 evidence: str | None = None, note: str | None = None, verdict: str | None = None) -> dict[str, Any]:
    """Set a claim's status by hand, with an optional evidence URL and note. The rules leave it
    alone from then on.

    The verdict is what a fact-checker publishes (ClaimReview's rating text: "False", "Misleading"),
    separate from the sourcing status.

    Returns {"claim", "old", "new", "reason", "by", "evidence_url", "note"}; the caller commits.
    """
    new = check_status(status)
    why = _one_line(reason, "--reason", required=True)
    evidence_url, note = check_evidence(evidence), check_note(note)
    verdict = _one_line(verdict, "--verdict", required=False)
    claim = _claim(session, claim_id)
    old = claim.status
    claim.status, claim.reason, claim.reviewed_by = new, why or "", by
    session.add(claim)
    session.add(Event(actor=by, action="review", claim_id=claim_id, document_id=_document_id(session, claim),
                      old=old, new=new, reason=why, evidence_url=evidence_url, note=note, verdict=verdict))
    session.flush()
    return {"claim": claim_id, "old": old, "new": new, "reason": why, "by": by, "evidence_url": evidence_url,
            "note": note}


def release_claim(session: Session, claim_id: int, *, by: str) -> dict[str, Any]:
    """Hand a reviewed claim back to the rules, which give it a status again."""
    claim = _claim(session, claim_id)
    if not claim.reviewed_by:
        raise InputError(f"claim {claim_id} has no reviewer's decision: nothing to clear")
    old = claim.status
    claim.reviewed_by = None
    session.add(claim)
    session.add(Event(actor=by, action="review cleared", claim_id=claim_id,
                      document_id=_document_id(session, claim), old=old, new=None,
                      reason="status handed back to the rules"))
    session.flush()
    update_statuses(session, [claim_id])
    session.refresh(claim)
    return {"claim": claim_id, "old": old, "new": claim.status, "reason": claim.reason, "by": by}


def _restated(session: Session, ids: set[int]) -> set[int]:
    """The claims plus those linked to them by `repeats`, whose support depends on them."""
    out = set(ids)
    query = select(col(Link.source_id), col(Link.target_id)).where(
        col(Link.relation) == "repeats", or_(in_values(col(Link.source_id), ids), in_values(col(Link.target_id), ids)))
    for a, b in session.execute(query):
        out.update((a, b))
    return out


def link_claims(session: Session, source: int, target: int, *, relation: str, reason: str | None,
                by: str) -> dict[str, Any]:
    """A reviewer's link: `source` corroborates / contradicts / repeats `target`.

    Rule links between the two claims give way to it, and so does the rules' judgement that they
    state the same thing (the pair no longer joins them in a cluster). Statuses of both, and of
    their clusters, are recomputed.
    """
    relation = check_relation(relation)
    if source == target:
        raise InputError(f"a claim cannot be linked to itself: give two different claim ids (got {source} twice)")
    why = _one_line(reason, "--reason", required=False)
    a, b = _claim(session, source), _claim(session, target)
    between = session.execute(select(Link).where(or_(
        and_(col(Link.source_id) == source, col(Link.target_id) == target),
        and_(col(Link.source_id) == target, col(Link.target_id) == source),
    ))).scalars().all()
    same = [lk for lk in between if (lk.source_id, lk.target_id, lk.relation) == (source, target, relation)]
    if same and same[0].created_by != RULE:
        raise InputError(f"claim {source} already {relation} claim {target} (linked by {same[0].created_by}): "
                         f"`provenance unlink {source} {target}` first to change it")
    replaced = [lk for lk in between if lk.created_by == RULE]
    remove_links(session, replaced, actor=by, reason="replaced by a reviewer's link",
                       docs={source: _document_id(session, a), target: _document_id(session, b)})
    session.flush()
    session.add(Link(source_id=source, target_id=target, relation=relation, created_by=by, reason=why))
    link_event(session, actor=by, action="link", source=source, target=target, relation=relation,
                     reason=why, document_id=_document_id(session, a))
    session.flush()
    before = memberships(session, [source, target])
    regrouped = recluster(session, {source, target})
    after = memberships(session, [source, target])
    update_statuses(session, _restated(session, {source, target}) | regrouped)
    apart = len(set(before.values())) == 1 and len(before) == 2 and len(set(after.values())) != 1
    return {"source": source, "target": target, "relation": relation, "by": by, "reason": why,
            "replaced": [f"{lk.relation} (rule)" for lk in replaced] + (["same cluster (rule)"] if apart else [])}


def unlink_claims(session: Session, a: int, b: int, *, relation: str | None = None, by: str) -> list[dict[str, Any]]:
    """Remove the links between two claims (either direction, one relation or all).

    The rules will not link the pair again with that relation; statuses are recomputed.
    """
    if relation is not None:
        relation = check_relation(relation)
    if a == b:
        raise InputError(f"a claim is never linked to itself: give two different claim ids (got {a} twice)")
    _claim(session, a)
    _claim(session, b)
    query = select(Link).where(or_(and_(col(Link.source_id) == a, col(Link.target_id) == b),
                                   and_(col(Link.source_id) == b, col(Link.target_id) == a)))
    if relation is not None:
        query = query.where(col(Link.relation) == relation)
    links = session.execute(query.order_by(col(Link.id))).scalars().all()
    if not links and relation in (None, "corroborates", "repeats"):
        clustered = memberships(session, [a, b])
        if len(clustered) == 2 and len(set(clustered.values())) == 1:
            return _unlink_cluster(session, a, b, relation=relation or "corroborates", by=by)
    if not links:
        what = f"{relation} link" if relation else "link"
        raise NotFound(f"no {what} between claims {a} and {b}: `provenance show {a}` lists its links")
    removed = [{"source": lk.source_id, "target": lk.target_id, "relation": lk.relation, "by": lk.created_by}
               for lk in links]
    affected = _restated(session, {a, b})
    remove_links(session, links, actor=by, reason="removed by a reviewer")
    session.flush()
    update_statuses(session, affected | recluster(session, {a, b}))
    return removed


def _unlink_cluster(session: Session, a: int, b: int, *, relation: str, by: str) -> list[dict[str, Any]]:
    """A reviewer's unlink of two claims the rules put in one cluster: they are not the same
    claim. An unlink event of the relation the cluster stood for, which keeps the rules from
    joining the pair again; the clusters are made again without it and statuses recomputed."""
    link_event(session, actor=by, action="unlink", source=a, target=b, relation=relation,
               reason="removed by a reviewer: the rules had them in one cluster",
               document_id=_document_id(session, _claim(session, a)))
    session.flush()
    update_statuses(session, _restated(session, {a, b}) | recluster(session, {a, b}))
    return [{"source": a, "target": b, "relation": relation, "by": RULE}]


# --- new versions ----------------------------------------------------------------------------

def match_claims(old: list[Claim], new: list[Claim], *,
                 threshold: float = CARRY_SIMILARITY) -> dict[int, tuple[Claim, float]]:
    """old claim id -> (matching new claim, similarity): same fingerprint first, then the most
    similar claim at `threshold` or more by the matcher; each new claim matches at most once. A
    claim whose negation, numbers or dates changed is another claim (the matcher's conflict)."""
    out: dict[int, tuple[Claim, float]] = {}
    taken: set[int] = set()
    by_print: dict[str, list[Claim]] = {}
    for c in new:
        by_print.setdefault(fingerprint(c.text), []).append(c)
    for c in old:
        for candidate in by_print.get(fingerprint(c.text), []):
            if candidate.id not in taken:
                out[c.id] = (candidate, 1.0)  # type: ignore[index]
                taken.add(candidate.id)  # type: ignore[arg-type]
                break
    ids = [(c.id, n.id, c.text, n.text) for c in old if c.id not in out for n in new if n.id not in taken]
    found = zip(matcher().match_many([(a, b) for _, _, a, b in ids], threshold=threshold),
                (c for c, _, _, _ in ids), (n for _, n, _, _ in ids), strict=True)
    scored = sorted(((m.score, c, n) for m, c, n in found if m.conflict is None), key=lambda t: (-t[0], t[1], t[2]))
    new_by_id = {n.id: n for n in new}
    for score, old_id, new_id in scored:
        if score < threshold:
            break
        if old_id in out or new_id in taken:
            continue
        out[old_id] = (new_by_id[new_id], score)  # type: ignore[index]
        taken.add(new_id)  # type: ignore[arg-type]
    return out


def carry_decisions(session: Session, *, doc: Document, version: Version, actor: str) -> Version | None:
    """Move reviewer decisions and links of the previous version to the matching claims of `version`.

    Returns the previous version (None for a first version). Every carried decision, and every
    decision that found no match, is an Event.
    """
    previous = session.execute(
        select(Version).where(col(Version.document_id) == doc.id, col(Version.number) < version.number)
        .order_by(col(Version.number).desc()).limit(1)
    ).scalar_one_or_none()
    if previous is None:
        return None
    def claims_of(v: Version) -> list[Claim]:
        query = select(Claim).where(col(Claim.version_id) == v.id).order_by(col(Claim.seq))
        return list(session.execute(query).scalars().all())

    old, new = claims_of(previous), claims_of(version)
    old_ids = {c.id for c in old}
    reviewer_links = session.execute(select(Link).where(
        col(Link.created_by) != RULE,
        or_(in_values(col(Link.source_id), old_ids), in_values(col(Link.target_id), old_ids)))
    ).scalars().all()
    reviewed = [c for c in old if c.reviewed_by]
    unlinked = _reviewer_unlinks(session, old_ids)
    if not reviewed and not reviewer_links and not unlinked:
        return previous
    linked_ends = {lk.source_id for lk in reviewer_links} | {lk.target_id for lk in reviewer_links}
    linked_ends |= {end for _, source, target, _ in unlinked for end in (source, target)}
    matches = match_claims([c for c in old if c.reviewed_by or c.id in linked_ends], list(new))
    for c in reviewed:
        if c.id not in matches:
            session.add(Event(actor=actor, action="review not carried", claim_id=c.id, document_id=doc.id,
                              old=c.status, reason=f"no claim of version {version.number} matches it "
                                                   f"(similarity below {CARRY_SIMILARITY}); review the new version"))
            continue
        follower, score = matches[c.id]
        if follower.reviewed_by:  # the new version came with its own decision
            continue
        before = follower.status
        follower.status, follower.reason, follower.reviewed_by = c.status, c.reason, c.reviewed_by
        session.add(follower)
        how = "same text" if score == 1.0 else f"similarity {score:.2f}"
        session.add(Event(actor=actor, action="review carried", claim_id=follower.id, document_id=doc.id,
                          old=before, new=c.status, verdict=_verdict(session, c.id),
                          reason=f"{c.reviewed_by}'s decision on claim {c.id} (version {previous.number}) "
                                 f"follows the matching claim ({how}): {c.reason}"))
    mapped = {old_id: m.id for old_id, (m, _) in matches.items()}
    _carry_unlinks(session, mapped, old_ids, doc=doc, previous=previous, actor=actor)
    for lk in reviewer_links:
        source = mapped.get(lk.source_id, lk.source_id if lk.source_id not in old_ids else None)
        target = mapped.get(lk.target_id, lk.target_id if lk.target_id not in old_ids else None)
        if source is None or target is None or source == target:
            continue
        exists = session.execute(select(col(Link.id)).where(
            col(Link.source_id) == source, col(Link.target_id) == target, col(Link.relation) == lk.relation)).first()
        if exists:
            continue
        session.add(Link(source_id=source, target_id=target, relation=lk.relation, created_by=lk.created_by,
                         reason=lk.reason))
        link_event(session, actor=actor, action="link", source=source, target=target,
                         relation=lk.relation, document_id=doc.id,
                         reason=f"{lk.created_by}'s link carried from claims {lk.source_id} -> {lk.target_id} "
                                f"(version {previous.number})")
    session.flush()
    return previous


def _verdict(session: Session, claim_id: int | None) -> str | None:
    """The verdict of the latest review of a claim (it follows the decision into a new version)."""
    return session.execute(select(col(Event.verdict)).where(
        col(Event.claim_id) == claim_id, in_values(col(Event.action), ("review", "review carried")))
        .order_by(col(Event.id).desc()).limit(1)).scalar()


def _reviewer_unlinks(session: Session, old_ids: set[int | None]) -> list[tuple[str, int, int, str]]:
    """(actor, source, target, relation) of links reviewers removed that touch these claims."""
    ids = sorted(i for i in old_ids if i is not None)
    query = (select(col(Event.actor), col(Event.claim_id), col(Event.target_claim_id), col(Event.relation))
             .where(col(Event.action).in_(UNLINKS), col(Event.actor) != RULE,
                    col(Event.claim_id).is_not(None), col(Event.target_claim_id).is_not(None),
                    or_(in_values(col(Event.claim_id), ids), in_values(col(Event.target_claim_id), ids)))
             .order_by(col(Event.id)))
    return [tuple(row) for row in session.execute(query)]  # type: ignore[misc]


def _carry_unlinks(session: Session, mapped: dict[int, int | None], old_ids: set[int | None], *, doc: Document,
                   previous: Version, actor: str) -> None:
    """A pair a reviewer unlinked stays unlinked by the rules in the new version too."""
    for who, source, target, relation in _reviewer_unlinks(session, old_ids):
        new_source = mapped.get(source, None if source in old_ids else source)
        new_target = mapped.get(target, None if target in old_ids else target)
        if new_source is None or new_target is None or (new_source, new_target) == (source, target):
            continue
        session.add(Event(actor=actor, action="unlink carried", claim_id=new_source, document_id=doc.id,
                          relation=relation, target_claim_id=new_target,
                          reason=f"{who}'s removal of {relation} {source} -> {target} (version {previous.number}) "
                                 "holds for the matching claims"))


# --- history ---------------------------------------------------------------------------------

def _since(value: str) -> datetime:
    check_date(value, "--since")
    parts = [int(p) for p in value.split("-")] + [1, 1]
    return datetime(parts[0], parts[1], parts[2], tzinfo=UTC)


def _until(value: str) -> datetime | None:
    """The first instant after the year, month or day DATE names (None after the calendar's last day)."""
    check_date(value, "--until")
    parts = [int(p) for p in value.split("-")]
    try:
        if len(parts) == 1:
            return datetime(parts[0] + 1, 1, 1, tzinfo=UTC)
        if len(parts) == 2:
            year, month = (parts[0] + 1, 1) if parts[1] == 12 else (parts[0], parts[1] + 1)
            return datetime(year, month, 1, tzinfo=UTC)
        return datetime(parts[0], parts[1], parts[2], tzinfo=UTC) + timedelta(days=1)
    except (ValueError, OverflowError):
        return None


def history(session: Session, *, doc: str | None = None, since: str | None = None, until: str | None = None,
            by: str | None = None, claim: int | None = None, action: str | None = None) -> Iterator[dict[str, Any]]:
    """The audit log, oldest first, as flat rows: who did what to which claim, when and why."""
    check_period(since, until)
    query = select(Event, col(Document.slug)).outerjoin(Document, col(Document.id) == col(Event.document_id))
    if doc is not None:
        query = query.where(col(Event.document_id) == find_document(session, doc).id)
    if since is not None:
        query = query.where(col(Event.at) >= _since(since))
    end = _until(until) if until is not None else None
    if end is not None:
        query = query.where(col(Event.at) < end)
    if by is not None:
        query = query.where(col(Event.actor) == by)
    if claim is not None:
        _claim(session, claim)
        query = query.where(col(Event.claim_id) == claim)
    if action is not None:
        query = query.where(col(Event.action) == action)
    for event, slug in session.execute(query.order_by(col(Event.id))):
        yield {"id": event.id, "at": iso_z(event.at),
               "actor": event.actor, "action": event.action, "doc": slug, "claim": event.claim_id,
               **event_change(event), "reason": event.reason,
               "evidence_url": event.evidence_url, "note": event.note}
