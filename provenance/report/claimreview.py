"""ClaimReview export: schema.org JSON-LD for fact-check publishing, one ClaimReview per claim.

Shape (schema.org ClaimReview, as search engines read fact-check markup):
ClaimReview { claimReviewed, itemReviewed: Claim { author: Person|Organization (the speaker),
datePublished (when the statement was made), appearance: [CreativeWork (the outlet that carried it),
NewsArticle (the document)] }, reviewRating: Rating { ratingValue 1..5, alternateName (the status),
ratingExplanation (the reason) }, author (the reviewer or the rules), datePublished }.

`<`, `>` and `&` are written as JSON escapes, so the output can sit inside an HTML
<script type="application/ld+json"> without a claim's text ending the script.
"""

from __future__ import annotations

import json
from typing import IO, Any

from sqlalchemy import func, select
from sqlmodel import Session, col

from provenance.models import Claim, Event, Version
from provenance.report.data import ClaimEntry, DocumentEntry, load_claims, load_documents, scope_versions

CONTEXT = "https://schema.org"
# Higher is better supported; alternateName carries the project's own word.
RATINGS = {"confirmed": 5, "corroborated": 4, "unconfirmed": 3, "disputed": 2, "retracted": 1}
RULES_AUTHOR = "provenance status rules"


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


def claim_review(c: ClaimEntry, d: DocumentEntry, *, reviewed_on: str | None) -> dict[str, Any]:
    """One claim as a schema.org ClaimReview."""
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
    claim["appearance"] = appearance
    review: dict[str, Any] = {
        "@type": "ClaimReview",
        "identifier": f"{c.doc}@{c.version}#{c.seq}",
        "claimReviewed": c.text,
        "itemReviewed": claim,
        "reviewRating": {"@type": "Rating", "ratingValue": RATINGS[c.status], "bestRating": 5, "worstRating": 1,
                         "alternateName": c.status, "ratingExplanation": c.reason},
        "author": ({"@type": "Person", "name": c.reviewed_by} if c.reviewed_by
                   else {"@type": "Organization", "name": RULES_AUTHOR}),
    }
    if reviewed_on:
        review["datePublished"] = reviewed_on
    return review


def _review_dates(session: Session, versions) -> dict[int, str]:
    """When each claim's status was last decided: its newest event, else when its version was stored."""
    dates = {claim_id: at for claim_id, at in session.execute(
        select(col(Claim.id), col(Version.ingested_at)).join(Version, col(Version.id) == col(Claim.version_id))
        .where(col(Claim.version_id).in_(versions))
    )}
    for claim_id, at in session.execute(
        select(col(Event.claim_id), func.max(col(Event.at)))
        .where(col(Event.claim_id).in_(select(col(Claim.id)).where(col(Claim.version_id).in_(versions))))
        .group_by(col(Event.claim_id))
    ):
        if at is not None:
            dates[claim_id] = at
    return {claim_id: at.date().isoformat() for claim_id, at in dates.items() if at is not None}


def build(session: Session, doc: str | None = None, version: int | None = None) -> dict[str, Any]:
    """The JSON-LD document: {"@context": "https://schema.org", "@graph": [ClaimReview, ...]}."""
    versions = scope_versions(session, doc, version)
    documents = {d.slug: d for d in load_documents(session, versions)}
    dates = _review_dates(session, versions)
    graph = [claim_review(c, documents[c.doc], reviewed_on=dates.get(c.id))
             for c in load_claims(session, versions)]
    return {"@context": CONTEXT, "@graph": graph}


def dumps(data: dict[str, Any]) -> str:
    text = json.dumps(data, ensure_ascii=False, indent=2)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026") + "\n"


def write(session: Session, doc: str | None, version: int | None, out: IO[str]) -> None:
    out.write(dumps(build(session, doc, version)))
