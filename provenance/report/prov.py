"""PROV-JSON export (W3C PROV, the PROV-JSON serialisation): the chain speaker -> outlet -> document -> claim.

- Speakers and outlets are agents (prov:Person or prov:Organization, plus pv:Speaker / pv:Outlet).
- A document is an entity; each of its versions is an entity that is a specialisation of it, is
  attributed to the publisher, and derives from the previous version as a prov:Revision.
- A claim is an entity whose value is its text; it is attributed to its speaker (pv:speaker) and
  to the outlet that carried it (pv:outlet), and derives from its version as a prov:Quotation.
- How a claim reached the document is a `wasDerivedFrom` chain: its origin (`hop:ID/origin`, the
  statement as its first source made it, attributed to that source and to the outlet that first
  carried it), then one entity for each outlet it passed through (`hop:ID/via1`, ...), each derived
  from the one before (pv:relay), and the claim derived from the last.
- Links between claims are influences typed pv:corroborates, pv:contradicts or pv:repeats.

Written by hand (no runtime dependency); the tests read it back with the `prov` package.
"""

from __future__ import annotations

import json
from typing import IO, Any

from sqlalchemy import select
from sqlmodel import Session, col

from provenance.models import Claim, Document, Outlet, Speaker, Version
from provenance.report.data import load_claims, load_documents, load_links, scope_versions
from provenance.sql_in import in_values

NAMESPACE = "https://provenance.invalid/"
PREFIXES = {
    "pv": NAMESPACE + "ns#",
    "doc": NAMESPACE + "doc/",
    "claim": NAMESPACE + "claim/",
    "speaker": NAMESPACE + "speaker/",
    "outlet": NAMESPACE + "outlet/",
    "hop": NAMESPACE + "hop/",
}


def qname(value: str) -> dict[str, str]:
    """A PROV-JSON qualified-name value, e.g. prov:Quotation."""
    return {"$": value, "type": "prov:QUALIFIED_NAME"}


def _attrs(**values: Any) -> dict[str, Any]:
    return {key.replace("__", ":"): value for key, value in values.items() if value is not None}


def version_id(slug: str, number: int) -> str:
    return f"doc:{slug}/v{number}"


class _Relations:
    """Relation records with stable blank-node ids: _:wAT1, _:wDF1, ..."""

    def __init__(self) -> None:
        self.records: dict[str, dict[str, dict[str, Any]]] = {}

    def add(self, kind: str, attrs: dict[str, Any]) -> None:
        bucket = self.records.setdefault(kind, {})
        short = "".join(ch for ch in kind if ch.isupper()) or kind
        bucket[f"_:{kind[0]}{short}{len(bucket) + 1}"] = attrs


def build(session: Session, doc: str | None = None, version: int | None = None) -> dict[str, Any]:
    """The PROV-JSON document (a dict) of DOC's version (default the latest), or of every document."""
    versions = scope_versions(session, doc, version)
    documents = load_documents(session, versions)
    claims = load_claims(session, versions)
    claim_ids = {c.id for c in claims}
    links = [lk for lk in load_links(session, versions) if lk[0] in claim_ids and lk[1] in claim_ids]
    slugs = [d.slug for d in documents]
    all_versions = session.execute(
        select(col(Document.slug), col(Version.number), col(Version.sha256), col(Version.published),
               col(Document.outlet_id))
        .join(Version, col(Version.document_id) == col(Document.id))
        .where(in_values(col(Document.slug), slugs))
        .order_by(col(Document.slug), col(Version.number))
    ).all()
    chains = _chains(session, sorted(claim_ids))
    speaker_ids = sorted({c.speaker_id for c in claims if c.speaker_id is not None}
                         | {sp for sp, _, _ in chains.values() if sp is not None})
    outlet_ids = {c.outlet_id for c in claims if c.outlet_id is not None}
    outlet_ids |= {row[4] for row in all_versions if row[4] is not None}
    outlet_ids |= {o for _, first, via in chains.values() for o in (first, *via) if o is not None}
    entity: dict[str, dict[str, Any]] = {}
    agent = _agents(session, speaker_ids, sorted(outlet_ids))
    rel = _Relations()
    for d in documents:
        entity[f"doc:{d.slug}"] = _attrs(prov__type=qname("pv:Document"), prov__label=d.title or d.slug,
                                         pv__url=d.url, pv__language=d.language)
    previous: dict[str, str] = {}
    for slug, number, digest, published, publisher in all_versions:
        vid = version_id(slug, number)
        entity[vid] = _attrs(prov__type=qname("pv:Version"), prov__label=f"{slug} version {number}",
                             pv__number=number, pv__sha256=digest, pv__published=published)
        rel.add("specializationOf", {"prov:specificEntity": vid, "prov:generalEntity": f"doc:{slug}"})
        if publisher is not None:
            rel.add("wasAttributedTo", {"prov:entity": vid, "prov:agent": f"outlet:{publisher}",
                                        "prov:type": qname("pv:publisher")})
        if slug in previous:
            rel.add("wasDerivedFrom", {"prov:generatedEntity": vid, "prov:usedEntity": previous[slug],
                                       "prov:type": qname("prov:Revision")})
        previous[slug] = vid
    for c in claims:
        cid = f"claim:{c.id}"
        entity[cid] = _attrs(
            prov__type=qname("pv:Claim"), prov__value=c.text, prov__label=f"{c.doc}@{c.version}#{c.seq}",
            pv__seq=c.seq, pv__cue=c.cue, pv__form=c.form, pv__statedOn=c.stated_on, pv__eventOn=c.event_on,
            pv__kind=c.kind, pv__status=c.status, pv__reason=c.reason, pv__reviewedBy=c.reviewed_by,
            pv__cluster=c.cluster)
        rel.add("wasDerivedFrom", {"prov:generatedEntity": cid, "prov:usedEntity": version_id(c.doc, c.version),
                                   "prov:type": qname("prov:Quotation")})
        if c.speaker_id is not None:
            rel.add("wasAttributedTo", {"prov:entity": cid, "prov:agent": f"speaker:{c.speaker_id}",
                                        "prov:type": qname("pv:speaker")})
        if c.outlet_id is not None:
            rel.add("wasAttributedTo", {"prov:entity": cid, "prov:agent": f"outlet:{c.outlet_id}",
                                        "prov:type": qname("pv:outlet")})
        if c.id in chains:
            _chain(entity, rel, cid, *chains[c.id])
    for source, target, relation in links:
        rel.add("wasInfluencedBy", {"prov:influencee": f"claim:{target}", "prov:influencer": f"claim:{source}",
                                    "prov:type": qname(f"pv:{relation}")})
    out: dict[str, Any] = {"prefix": dict(PREFIXES)}
    if entity:
        out["entity"] = entity
    if agent:
        out["agent"] = agent
    out.update(rel.records)
    return out


def _agents(session: Session, speaker_ids: list[int], outlet_ids: list[int]) -> dict[str, dict[str, Any]]:
    """The speakers and outlets as PROV agents."""
    agent: dict[str, dict[str, Any]] = {}
    for sid, name, kind, anonymous, role, affiliation in session.execute(
        select(col(Speaker.id), col(Speaker.name), col(Speaker.kind), col(Speaker.anonymous), col(Speaker.role),
               col(Speaker.affiliation))
        .where(in_values(col(Speaker.id), speaker_ids)).order_by(col(Speaker.id))
    ):
        agent[f"speaker:{sid}"] = _attrs(
            prov__type=[qname("prov:Person" if kind == "person" else "prov:Organization"), qname("pv:Speaker")],
            prov__label=name, pv__kind=kind, pv__anonymous=bool(anonymous), pv__role=role,
            pv__affiliation=affiliation)
    for oid, name, country in session.execute(
        select(col(Outlet.id), col(Outlet.name), col(Outlet.country))
        .where(in_values(col(Outlet.id), outlet_ids)).order_by(col(Outlet.id))
    ):
        agent[f"outlet:{oid}"] = _attrs(prov__type=[qname("prov:Organization"), qname("pv:Outlet")],
                                        prov__label=name, pv__country=country)
    return agent


def _chains(session: Session, claim_ids: list[int]) -> dict[int, tuple[int | None, int | None, list[int]]]:
    """Claim id -> (origin speaker, origin outlet, the outlets of its `via`) for claims with an origin."""
    rows = [r for part in range(0, len(claim_ids), 5000) for r in session.execute(
        select(col(Claim.id), col(Claim.origin_speaker_id), col(Claim.origin_outlet_id), col(Claim.via))
        .where(in_values(col(Claim.id), claim_ids[part:part + 5000])))]
    names = {name for *_, via in rows for name in json.loads(via or "[]")}
    by_name = dict(session.execute(select(col(Outlet.name), col(Outlet.id))
                                   .where(in_values(col(Outlet.name), sorted(names)))).all()) if names else {}
    return {cid: (speaker, outlet, [by_name[n] for n in json.loads(via or "[]") if n in by_name])
            for cid, speaker, outlet, via in rows if speaker is not None or outlet is not None}


def _chain(entity: dict[str, Any], rel: _Relations, cid: str, speaker: int | None, outlet: int | None,
           via: list[int]) -> None:
    """The claim's wasDerivedFrom chain: origin -> each relay -> the claim."""
    base = "hop:" + cid.split(":", 1)[1]
    hop = f"{base}/origin"
    entity[hop] = _attrs(prov__type=qname("pv:Statement"), prov__label="origin")
    if speaker is not None:
        rel.add("wasAttributedTo", {"prov:entity": hop, "prov:agent": f"speaker:{speaker}",
                                    "prov:type": qname("pv:speaker")})
    if outlet is not None:
        rel.add("wasAttributedTo", {"prov:entity": hop, "prov:agent": f"outlet:{outlet}",
                                    "prov:type": qname("pv:outlet")})
    for k, relay in enumerate(via, 1):
        entity[f"{base}/via{k}"] = _attrs(prov__type=qname("pv:Statement"), prov__label=f"relay {k}")
        rel.add("wasAttributedTo", {"prov:entity": f"{base}/via{k}", "prov:agent": f"outlet:{relay}",
                                    "prov:type": qname("pv:relay")})
        rel.add("wasDerivedFrom", {"prov:generatedEntity": f"{base}/via{k}", "prov:usedEntity": hop,
                                   "prov:type": qname("pv:relay")})
        hop = f"{base}/via{k}"
    rel.add("wasDerivedFrom", {"prov:generatedEntity": cid, "prov:usedEntity": hop, "prov:type": qname("pv:relay")})


def write(session: Session, doc: str | None, version: int | None, out: IO[str]) -> None:
    out.write(json.dumps(build(session, doc, version), ensure_ascii=False, indent=2) + "\n")
