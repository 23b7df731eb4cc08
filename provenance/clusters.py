"""Claim clusters in the database: claims that state the same thing, across and within the
newest versions of documents, with the origin's claim (earliest document, then place) as
representative.

A cluster is a connected group of the similar pairs the rules find (`rules.same_thing`), so it
does not depend on the order documents arrive in: a new document's claims join the clusters of
the claims the claim search index (or a scan) finds for them, and join clusters together where
they bridge them. Each claim of a cluster is one `cluster_member` row: copies of a story add one
row each, not links to every other copy.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import bindparam, delete, insert, select, update
from sqlmodel import Session, col

from provenance.errors import NotFound
from provenance.models import Claim, Cluster, ClusterMember, Document, Version
from provenance.query import chunks
from provenance.rules import components
from provenance.sql_in import in_values

CLUSTERS = Cluster.__table__  # type: ignore[attr-defined]
MEMBERS = ClusterMember.__table__  # type: ignore[attr-defined]


def memberships(session: Session, claim_ids: Iterable[int] | None = None) -> dict[int, int]:
    """claim id -> cluster id, for these claims (all when None)."""
    query = select(MEMBERS.c.claim_id, MEMBERS.c.cluster_id)
    if claim_ids is None:
        return dict(session.execute(query).all())  # type: ignore[arg-type]
    out: dict[int, int] = {}
    for part in chunks(sorted(set(claim_ids))):
        out.update(session.execute(query.where(in_values(MEMBERS.c.claim_id, part))).all())  # type: ignore[arg-type]
    return out


def members_of(session: Session, cluster_ids: Iterable[int]) -> dict[int, list[int]]:
    """cluster id -> the ids of its claims."""
    out: dict[int, list[int]] = defaultdict(list)
    for part in chunks(sorted(set(cluster_ids))):
        for claim_id, cluster_id in session.execute(
                select(MEMBERS.c.claim_id, MEMBERS.c.cluster_id).where(in_values(MEMBERS.c.cluster_id, part))):
            out[cluster_id].append(claim_id)
    return out


def sync_clusters(session: Session, edges: Iterable[tuple[int, int]], claims: Iterable[int], *,
                  keep: bool = True) -> set[int]:
    """Make the clusters of `claims` and of the claims `edges` join them what the edges say.

    With `keep`, the clusters these claims touch stay together (less `claims` themselves, which
    are placed again from `edges`): what a new document adds. Without it, the clusters touched
    are made again from `edges` alone, which must then hold every pair among their claims.
    Returns the claims whose cluster changed (see `_write`).
    """
    return place(session, edges, claims, keep=keep).changed


@dataclass
class Placed:
    """What `place` changed: the claims whose cluster changed (`_write`), and of the clusters that
    only gained claims (every claim they held stays, no other cluster joins them), cluster id ->
    the claims that joined it."""

    changed: set[int]
    grown: dict[int, set[int]] = field(default_factory=dict)
    held: dict[int, set[int]] = field(default_factory=dict)  # cluster id -> its claims, of those grown
    clustered: set[int] = field(default_factory=set)  # the claims of every cluster placed


def place(session: Session, edges: Iterable[tuple[int, int]], claims: Iterable[int], *,
          keep: bool = True) -> Placed:
    """`sync_clusters`, telling which clusters only gained claims."""
    edges = list(edges)
    placed = set(claims)
    current = memberships(session, placed | {end for edge in edges for end in edge})
    members = members_of(session, set(current.values()))
    existing = {m: c for c, ms in members.items() for m in ms}
    groups = [[m for m in ms if m not in placed] for ms in members.values()] if keep else []
    found = components(edges, groups)
    changed = _write(session, found, existing)
    grown: dict[int, set[int]] = {}
    now: dict[int, set[int]] = {}
    for group in found:
        held = {existing[m] for m in group if m in existing}
        joined = {m for m in group if m not in existing}
        if len(held) == 1 and joined and set(members[min(held)]) <= group:
            grown[min(held)] = joined
            now[min(held)] = group
    return Placed(changed, grown, now, {m for group in found for m in group})


def full_sync(session: Session, edges: Iterable[tuple[int, int]]) -> set[int]:
    """Make every cluster again from `edges`, the similar pairs of the whole database."""
    existing = memberships(session)
    return _write(session, components(edges), existing)


def _earliest(session: Session, claim_ids: set[int]) -> dict[int, tuple]:
    """claim id -> where it stands in the story's spread, the least first: its document's date (the
    claim's own when the document has none), then its own reporting before a claim carried from
    another outlet (on one day the origin, not a relay of it), its stated date, then document slug
    and place in it. The cluster's origin, whatever order the documents came in."""
    out = {}
    query = (select(col(Claim.id), col(Version.published), col(Claim.outlet_id), col(Document.outlet_id),
                    col(Claim.stated_on), col(Document.slug), col(Claim.seq))
             .join(Version, col(Version.id) == col(Claim.version_id))
             .join(Document, col(Document.id) == col(Version.document_id)))
    for part in chunks(sorted(claim_ids)):
        for cid, published, outlet, publisher, stated_on, slug, seq in session.execute(
                query.where(in_values(col(Claim.id), part))):
            carried = outlet is not None and outlet != publisher
            out[cid] = (published or stated_on or "9999", carried, stated_on or "9999", slug, seq, cid)
    return out


def _write(session: Session, found: list[set[int]], existing: dict[int, int]) -> set[int]:
    """Store clusters `found` over memberships `existing` (of every claim they could touch).

    Returns the claims whose cluster changed, whose statuses may change with it: those that
    left a cluster, and every claim of a cluster that gained, lost or merged claims.
    """
    when = _earliest(session, {m for c in found for m in c})
    desired: dict[int, int] = {}
    kept: set[int] = set()
    representatives = []
    for group in sorted(found, key=lambda g: min(when[m] for m in g)):
        first = min(group, key=lambda m: when[m])
        candidates = sorted({existing[m] for m in group if m in existing} - kept)
        if candidates:
            cluster_id = candidates[0]
            representatives.append({"cid": cluster_id, "rep": first})
        else:
            cluster_id = session.execute(insert(CLUSTERS).values(representative_id=first)
                                         .returning(CLUSTERS.c.id)).scalar_one()
        kept.add(cluster_id)
        desired.update(dict.fromkeys(group, cluster_id))
    gone = [m for m in existing if m not in desired]
    moved = [{"m": m, "c": c} for m, c in desired.items() if m in existing and existing[m] != c]
    added = [{"claim_id": m, "cluster_id": c} for m, c in desired.items() if m not in existing]
    for part in chunks(gone):
        session.execute(delete(MEMBERS).where(in_values(MEMBERS.c.claim_id, part)))
    for part in chunks(moved):
        session.execute(update(MEMBERS).where(MEMBERS.c.claim_id == bindparam("m"))
                        .values(cluster_id=bindparam("c")), list(part))
    for part in chunks(added):
        session.execute(insert(MEMBERS), list(part))
    for part in chunks(representatives):
        session.execute(update(CLUSTERS).where(CLUSTERS.c.id == bindparam("cid"))
                        .values(representative_id=bindparam("rep")), list(part))
    empty = sorted(set(existing.values()) - kept)
    for part in chunks(empty):
        session.execute(delete(CLUSTERS).where(in_values(CLUSTERS.c.id, part)))
    session.flush()
    shaken = {existing[m] for m in gone} | {existing[row["m"]] for row in moved}
    changed = set(gone)
    for group in found:
        if any(existing.get(m) != desired[m] or existing[m] in shaken for m in group):
            changed |= group
    return changed


def cluster_of(session: Session, claim_id: int) -> int | None:
    """The cluster a claim belongs to, if any."""
    return memberships(session, [claim_id]).get(claim_id)


def check_cluster(session: Session, cluster_id: int) -> Any:
    """The cluster row, or NotFound with what to do."""
    found = session.get(Cluster, cluster_id)
    if found is None:
        raise NotFound(f"no cluster with id {cluster_id}: `provenance show CLAIM` names a claim's cluster")
    return found


