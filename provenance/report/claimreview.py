"""ClaimReview export: schema.org JSON-LD a fact-checking organisation can publish.

Only claims a reviewer decided are exported (`--all` adds the rules' judgements, each marked
machine-generated): a fact-check is the organisation's own. Shape (schema.org ClaimReview, with the
properties search engines require and recommend for fact-check markup):
ClaimReview { url (--review-url-template), claimReviewed, author: Organization (--org, --org-url),
datePublished (the date of the decision), reviewRating: Rating { alternateName (the reviewer's
verdict, `review --verdict`, else the sourcing status), ratingExplanation (the reason) },
itemReviewed: Claim { author: Person|Organization (the claimant), datePublished (when it was
said), identifier: PropertyValue (its cluster, the claims that state the same thing: PROV-JSON's pv:cluster),
appearance: [CreativeWork (the outlet that carried it), NewsArticle (the document, its url)] } }.
The sourcing status is no truth rating, so no ratingValue is given.

`<`, `>` and `&` are written as JSON escapes, so the output can sit inside an HTML
<script type="application/ld+json"> without a claim's text ending the script.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import IO, Any

from sqlalchemy import select
from sqlmodel import Session, col

from provenance.errors import InputError
from provenance.models import Claim, Event, Version
from provenance.report.data import ClaimEntry, DocumentEntry, load_claims, load_documents, scope_versions
from provenance.report.prov import PREFIXES
from provenance.sql_in import in_values

CONTEXT = "https://schema.org"
CLUSTER_PROPERTY = PREFIXES["pv"] + "cluster"
REVIEW_ACTIONS = ("review", "review carried")
MACHINE = "machine-generated"


@dataclass(frozen=True)
class Publisher:
    """Who publishes the fact-checks: `export --format claimreview --org --org-url --review-url-template`."""

    org: str
    org_url: str | None = None
    review_url_template: str | None = None  # https://example.org/checks/{id} ({id} {doc} {version} {seq})
    all_claims: bool = False

    @classmethod
    def from_options(cls, options: dict[str, Any]) -> Publisher:
        if not options.get("org"):
            raise InputError("ClaimReview is published by a fact-checking organisation: give --org NAME "
                             "(and --org-url URL, --review-url-template 'https://.../{id}')")
        template = options.get("review_url_template")
        if template and not template.startswith(("https://", "http://")):
            raise InputError(f"--review-url-template {template!r} is not a web address: give https://.../{{id}}")
        if template:
            try:
                template.format(id=1, doc="d", version=1, seq=1)
            except (KeyError, IndexError, ValueError):
                raise InputError("--review-url-template may name only {id}, {doc}, {version} and {seq}") from None
        return cls(org=options["org"], org_url=options.get("org_url"), review_url_template=template,
                   all_claims=bool(options.get("all")))

    def author(self) -> dict[str, Any]:
        out: dict[str, Any] = {"@type": "Organization", "name": self.org}
        if self.org_url:
            out["url"] = self.org_url
        return out


@dataclass(frozen=True)
class Decision:
    """A reviewer's decision on a claim: who, when, and the verdict they gave."""

    by: str
    on: str
    verdict: str | None


def _speaker(c: ClaimEntry) -> dict[str, Any] | None:
    if c.speaker is None:
        return None
    person = c.speaker_kind in (None, "person")
    out: dict[str, Any] = {"@type": "Person" if person else "Organization", "name": c.speaker}
    if c.anonymous:
        out["description"] = "anonymous source, named by the description the text gives"
    if person and c.role:
        out["jobTitle"] = c.role
    if c.affiliation:
        if person:
            out["affiliation"] = {"@type": "Organization", "name": c.affiliation}
        else:
            out["location"] = {"@type": "Place", "name": c.affiliation}
    return out


def _article(d: DocumentEntry) -> dict[str, Any]:
    out: dict[str, Any] = {"@type": "NewsArticle", "headline": d.title or d.slug, "identifier": d.slug}
    if d.url:
        out["url"] = d.url
    if d.publisher:
        out["publisher"] = {"@type": "Organization", "name": d.publisher}
    if d.published:
        out["datePublished"] = d.published
    return out


def claim_review(c: ClaimEntry, d: DocumentEntry, *, publisher: Publisher, decision: Decision | None,
                 stored_on: str | None) -> dict[str, Any]:
    """One claim as a schema.org ClaimReview: the reviewer's decision, or (machine-generated) the rules'."""
    appearance: list[dict[str, Any]] = []
    if c.outlet and c.outlet != d.publisher:
        appearance.append({"@type": "CreativeWork", "publisher": {"@type": "Organization", "name": c.outlet}})
    appearance.append(_article(d))
    claim: dict[str, Any] = {"@type": "Claim", "text": c.text}
    author = _speaker(c)
    if author is not None:
        claim["author"] = author
    if c.stated_on:
        claim["datePublished"] = c.stated_on
    if c.cluster is not None:
        # the claims that state the same thing, as PROV-JSON's pv:cluster and the JSON exports' `cluster` name them
        claim["identifier"] = {"@type": "PropertyValue", "propertyID": CLUSTER_PROPERTY, "value": c.cluster}
    claim["appearance"] = appearance
    verdict = decision.verdict if decision and decision.verdict else c.status
    review: dict[str, Any] = {"@type": "ClaimReview", "identifier": f"{c.doc}@{c.version}#{c.seq}"}
    if publisher.review_url_template:
        review["url"] = publisher.review_url_template.format(id=c.id, doc=c.doc, version=c.version, seq=c.seq)
    review.update({
        "claimReviewed": c.said,
        "itemReviewed": claim,
        "reviewRating": {"@type": "Rating", "alternateName": verdict, "ratingExplanation": c.reason},
        "author": publisher.author(),
    })
    date = decision.on if decision else stored_on
    if date:
        review["datePublished"] = date
    if decision is None:
        review["creativeWorkStatus"] = MACHINE
        review["description"] = "Machine-generated from the sourcing rules; no person has reviewed this claim."
    return review


def _decisions(session: Session, versions) -> dict[int, Decision]:
    """The latest reviewer decision on each claim of the versions, with its verdict."""
    found: dict[int, Decision] = {}
    rows = session.execute(
        select(col(Event.claim_id), col(Event.actor), col(Event.at), col(Event.verdict))
        .where(col(Event.action).in_(REVIEW_ACTIONS),
               col(Event.claim_id).in_(select(col(Claim.id)).where(in_values(col(Claim.version_id), versions))))
        .order_by(col(Event.id)))
    for claim_id, actor, at, verdict in rows:
        found[claim_id] = Decision(by=actor, on=at.date().isoformat() if at else "", verdict=verdict)
    return found


def _stored_dates(session: Session, versions) -> dict[int, str]:
    return {claim_id: at.date().isoformat() for claim_id, at in session.execute(
        select(col(Claim.id), col(Version.ingested_at)).join(Version, col(Version.id) == col(Claim.version_id))
        .where(in_values(col(Claim.version_id), versions))) if at is not None}


def build(session: Session, doc: str | None = None, version: int | None = None, *,
          publisher: Publisher) -> dict[str, Any]:
    """The JSON-LD document: {"@context": "https://schema.org", "@graph": [ClaimReview, ...]}."""
    versions = scope_versions(session, doc, version)
    documents = {d.slug: d for d in load_documents(session, versions)}
    decisions = _decisions(session, versions)
    stored = _stored_dates(session, versions)
    graph = []
    for c in load_claims(session, versions):
        decision = None
        if c.reviewed_by:  # a decision made here, or one that came with an imported claim set
            decision = decisions.get(c.id) or Decision(by=c.reviewed_by, on=stored.get(c.id, ""), verdict=None)
        if decision is None and not publisher.all_claims:
            continue
        graph.append(claim_review(c, documents[c.doc], publisher=publisher, decision=decision,
                                  stored_on=stored.get(c.id)))
    return {"@context": CONTEXT, "@graph": graph}


def dumps(data: dict[str, Any]) -> str:
    text = json.dumps(data, ensure_ascii=False, indent=2)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026") + "\n"


def write(session: Session, doc: str | None, version: int | None, out: IO[str],
          options: dict[str, Any] | None = None) -> int:
    """Write the JSON-LD document; how many ClaimReviews it holds."""
    publisher = Publisher.from_options(options or {})
    data = build(session, doc, version, publisher=publisher)
    out.write(dumps(data))
    return len(data["@graph"])
