"""The sourcing report as data: built from the database with a handful of queries, rendered by
markdown.py, html.py and as JSON.

Three queries fetch everything (the documents in scope, their claims with speaker and outlet, and
the links that touch those claims); one more fetches linked claims that live outside the scope.
Everything else is counted in Python in one pass, so the cost grows with the number of claims,
not with the number of speakers or outlets. Ordering is fixed everywhere, so the same database
always gives the same report, byte for byte.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import aliased
from sqlmodel import Session, col

from provenance.models import KINDS, STATUSES, Claim, Document, Link, Outlet, Speaker, Version
from provenance.query import latest_version_ids
from provenance.store import find_document, find_version

REPORT_FORMAT = "provenance-report"
REPORT_FORMAT_VERSION = 1
# The graph stays readable on a phone: the busiest nodes are drawn, the rest are counted.
GRAPH_LIMITS = {"speaker": 30, "outlet": 20, "document": 20}
NO_SPEAKER = "(no identified speaker)"

ClaimOutlet = aliased(Outlet)
Publisher = aliased(Outlet)


@dataclass(frozen=True)
class ClaimEntry:
    """One claim as the report shows it."""

    id: int
    doc: str
    version: int
    seq: int
    text: str
    speaker: str | None
    anonymous: bool | None
    role: str | None
    affiliation: str | None
    outlet: str | None
    cue: str | None
    form: str
    stated_on: str | None
    event_on: str | None
    kind: str
    status: str
    reason: str
    reviewed_by: str | None
    speaker_id: int | None = None
    outlet_id: int | None = None
    speaker_kind: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.id, "doc": self.doc, "version": self.version, "seq": self.seq, "text": self.text,
                "speaker": self.speaker, "anonymous": self.anonymous, "role": self.role,
                "affiliation": self.affiliation, "outlet": self.outlet, "cue": self.cue, "form": self.form,
                "stated_on": self.stated_on, "event_on": self.event_on, "kind": self.kind,
                "status": self.status, "reason": self.reason, "reviewed_by": self.reviewed_by}

    @property
    def source(self) -> str:
        """'Speaker (Outlet, 2025-05-22)': who made the claim, where and when."""
        via = ", ".join(x for x in (self.outlet, self.stated_on) if x)
        name = self.speaker or NO_SPEAKER
        return f"{name} ({via})" if via else name


@dataclass
class DocumentEntry:
    slug: str
    title: str | None
    publisher: str | None
    url: str | None
    language: str | None
    version: int
    versions: int
    published: str | None
    claims: int = 0

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class Headline:
    claims: int
    statuses: dict[str, int]
    kinds: dict[str, int]
    speakers_named: int
    speakers_anonymous: int
    claims_named: int
    claims_anonymous: int
    claims_without_speaker: int
    anonymous_only: int
    outlets: list[dict[str, Any]]

    @property
    def anonymous_only_share(self) -> float:
        return round(self.anonymous_only / self.claims, 4) if self.claims else 0.0

    def as_dict(self) -> dict[str, Any]:
        out = dict(self.__dict__)
        out["anonymous_only_share"] = self.anonymous_only_share
        return out


@dataclass
class SourceEntry:
    """One row of the sources table: a speaker and what the report holds from them."""

    speaker: str
    kind: str | None
    role: str | None
    affiliation: str | None
    anonymous: bool | None
    outlets: list[str]
    claims: int
    statuses: dict[str, int]

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class LinkedClaims:
    """A claim with the claims that bear on it: corroborating sources, or those who dispute it."""

    claim: ClaimEntry
    related: list[ClaimEntry] = field(default_factory=list)

    def as_dict(self, key: str) -> dict[str, Any]:
        return {"claim": self.claim.as_dict(), key: [c.as_dict() for c in self.related]}


@dataclass
class GraphNode:
    id: str
    label: str
    column: str  # speaker | outlet | document
    claims: int
    anonymous: bool = False

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class GraphEdge:
    source: str
    target: str
    claims: int

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class Graph:
    """Speaker -> outlet -> document, weighted by the number of claims along each edge."""

    nodes: list[GraphNode]
    edges: list[GraphEdge]
    hidden: dict[str, int]  # column -> nodes left out of the drawing

    def column(self, name: str) -> list[GraphNode]:
        return [n for n in self.nodes if n.column == name]

    def as_dict(self) -> dict[str, Any]:
        return {"nodes": [n.as_dict() for n in self.nodes], "edges": [e.as_dict() for e in self.edges],
                "hidden": self.hidden}


@dataclass
class Report:
    """Everything a sourcing report says, ready to render."""

    title: str
    scope: str | None  # the document's slug, None for the whole database
    documents: list[DocumentEntry]
    headline: Headline
    sources: list[SourceEntry]
    disputed: list[LinkedClaims]
    unconfirmed: list[LinkedClaims]
    retracted: list[ClaimEntry]
    corroborated: list[LinkedClaims]
    timeline: list[tuple[str, list[ClaimEntry]]]
    undated: int
    graph: Graph

    def as_dict(self) -> dict[str, Any]:
        return {
            "format": REPORT_FORMAT,
            "format_version": REPORT_FORMAT_VERSION,
            "title": self.title,
            "scope": self.scope,
            "documents": [d.as_dict() for d in self.documents],
            "headline": self.headline.as_dict(),
            "sources": [s.as_dict() for s in self.sources],
            "disputed": [x.as_dict("disputed_by") for x in self.disputed],
            "unconfirmed": [x.as_dict("declined_by") for x in self.unconfirmed],
            "retracted": [c.as_dict() for c in self.retracted],
            "corroborated": [x.as_dict("independent_sources") for x in self.corroborated],
            "timeline": [{"date": day, "claims": [c.as_dict() for c in claims]} for day, claims in self.timeline],
            "undated": self.undated,
            "graph": self.graph.as_dict(),
        }


def _claim_columns():
    return (Claim.id, Document.slug, Version.number, Claim.seq, Claim.text, Speaker.name, Speaker.anonymous,
            Speaker.role, Speaker.affiliation, ClaimOutlet.name, Claim.cue, Claim.form, Claim.stated_on,
            Claim.event_on, Claim.kind, Claim.status, Claim.reason, Claim.reviewed_by, Claim.speaker_id,
            Claim.outlet_id, Speaker.kind)


def _claim_select():
    return (select(*_claim_columns())
            .join(Version, Version.id == Claim.version_id)
            .join(Document, Document.id == Version.document_id)
            .outerjoin(Speaker, Speaker.id == Claim.speaker_id)
            .outerjoin(ClaimOutlet, ClaimOutlet.id == Claim.outlet_id))


def _entries(rows: Iterable[Any]) -> list[ClaimEntry]:
    return [ClaimEntry(*row) for row in rows]


def scope_versions(session: Session, doc: str | None, version: int | None = None):
    """Subquery of the version ids in scope: version N (default the latest) of DOC, or the latest of every
    document. Raises NotFound for an unknown slug or version.
    """
    if doc is None:
        return latest_version_ids()
    if version is not None:
        _, found = find_version(session, doc, version)
        return select(col(Version.id)).where(col(Version.id) == found.id)
    document = find_document(session, doc)
    return latest_version_ids().where(Version.document_id == document.id)


def load_claims(session: Session, versions) -> list[ClaimEntry]:
    """The claims of the versions in scope, in document and sequence order."""
    return _entries(session.execute(
        _claim_select().where(col(Claim.version_id).in_(versions)).order_by(Document.slug, Claim.seq)
    ))


def load_links(session: Session, versions) -> list[tuple[int, int, str]]:
    """(source, target, relation) of every link that touches a claim of the versions in scope."""
    in_scope = select(col(Claim.id)).where(col(Claim.version_id).in_(versions))
    return [(source, target, relation) for source, target, relation in session.execute(
        select(col(Link.source_id), col(Link.target_id), col(Link.relation))
        .where(or_(col(Link.source_id).in_(in_scope), col(Link.target_id).in_(in_scope)))
        .order_by(col(Link.id))
    )]


def load_documents(session: Session, versions) -> list[DocumentEntry]:
    """The documents of the versions in scope, by slug."""
    counts = (select(col(Version.document_id), func.count(col(Version.id)).label("n"))
              .group_by(col(Version.document_id)).subquery())
    rows = session.execute(
        select(col(Document.slug), col(Document.title), col(Publisher.name), col(Document.url),
               col(Document.language), col(Version.number), counts.c.n, col(Version.published))
        .join(Version, col(Version.document_id) == col(Document.id))
        .join(counts, counts.c.document_id == col(Document.id))
        .outerjoin(Publisher, col(Publisher.id) == col(Document.outlet_id))
        .where(col(Version.id).in_(versions))
        .order_by(Document.slug)
    )
    return [DocumentEntry(*row) for row in rows]


def build_report(session: Session, doc: str | None = None) -> Report:
    """The sourcing report of one document's latest version, or of every document.

    Raises NotFound for an unknown slug.
    """
    versions = scope_versions(session, doc)
    documents = load_documents(session, versions)
    claims = load_claims(session, versions)
    by_id = {c.id: c for c in claims}
    links = load_links(session, versions)
    outside = sorted({i for s, t, _ in links for i in (s, t)} - by_id.keys())
    linked = dict(by_id)
    for start in range(0, len(outside), 500):
        for entry in _entries(session.execute(
            _claim_select().where(col(Claim.id).in_(outside[start:start + 500]))
        )):
            linked[entry.id] = entry

    per_doc = Counter(c.doc for c in claims)
    for d in documents:
        d.claims = per_doc[d.slug]
    if doc is not None:
        d0 = documents[0]
        title = d0.title or d0.slug
    else:
        title = f"all documents ({len(documents)})"
    disputed, unconfirmed, corroborated = _linked_sections(claims, linked, links)
    dated = sorted((c for c in claims if c.stated_on), key=lambda c: (c.stated_on, c.doc, c.seq))
    timeline: dict[str, list[ClaimEntry]] = {}
    for c in dated:
        timeline.setdefault(c.stated_on or "", []).append(c)
    return Report(
        title=title,
        scope=doc,
        documents=documents,
        headline=_headline(claims, linked, links),
        sources=_sources(claims),
        disputed=disputed,
        unconfirmed=unconfirmed,
        retracted=[c for c in claims if c.status == "retracted"],
        corroborated=corroborated,
        timeline=list(timeline.items()),
        undated=len(claims) - len(dated),
        graph=_graph(claims, documents),
    )


def _neighbours(links, relation: str, *, incoming_only: bool) -> dict[int, list[int]]:
    out: dict[int, list[int]] = defaultdict(list)
    for source, target, rel in links:
        if rel != relation:
            continue
        if source not in out[target]:
            out[target].append(source)
        if not incoming_only and target not in out[source]:
            out[source].append(target)
    return out


def _linked_sections(claims: list[ClaimEntry], linked: dict[int, ClaimEntry], links):
    """Disputed and unconfirmed claims with who disputes them; corroborated ones with their backers."""
    against = _neighbours(links, "contradicts", incoming_only=True)
    # Corroboration is mutual: A backs B as much as B backs A.
    backers = _neighbours(links, "corroborates", incoming_only=False)

    def related(claim: ClaimEntry, table: dict[int, list[int]]) -> list[ClaimEntry]:
        return [linked[i] for i in table.get(claim.id, ()) if i in linked]

    disputed = [LinkedClaims(c, related(c, against)) for c in claims if c.status == "disputed"]
    unconfirmed = [LinkedClaims(c, related(c, against)) for c in claims if c.status == "unconfirmed"]
    corroborated = [LinkedClaims(c, related(c, backers)) for c in claims if c.status == "corroborated"]
    return disputed, unconfirmed, corroborated


def _headline(claims: list[ClaimEntry], linked: dict[int, ClaimEntry], links) -> Headline:
    statuses = Counter(c.status for c in claims)
    kinds = Counter(c.kind for c in claims)
    speakers = {c.speaker_id: bool(c.anonymous) for c in claims if c.speaker_id is not None}
    backers = _neighbours(links, "corroborates", incoming_only=False)

    def anonymous_only(c: ClaimEntry) -> bool:
        if not c.anonymous:
            return False
        return not any(i in linked and linked[i].speaker_id is not None and not linked[i].anonymous
                       for i in backers.get(c.id, ()))

    outlets = Counter(c.outlet for c in claims if c.outlet)
    return Headline(
        claims=len(claims),
        statuses={s: statuses[s] for s in STATUSES},
        kinds={k: kinds[k] for k in KINDS},
        speakers_named=sum(1 for anon in speakers.values() if not anon),
        speakers_anonymous=sum(1 for anon in speakers.values() if anon),
        claims_named=sum(1 for c in claims if c.speaker_id is not None and not c.anonymous),
        claims_anonymous=sum(1 for c in claims if c.anonymous),
        claims_without_speaker=sum(1 for c in claims if c.speaker_id is None),
        anonymous_only=sum(1 for c in claims if anonymous_only(c)),
        outlets=[{"name": name, "claims": n} for name, n in sorted(outlets.items(), key=lambda kv: (-kv[1], kv[0]))],
    )


def _sources(claims: list[ClaimEntry]) -> list[SourceEntry]:
    groups: dict[int | None, list[ClaimEntry]] = defaultdict(list)
    for c in claims:
        groups[c.speaker_id].append(c)
    rows = []
    for speaker_id, items in groups.items():
        first = items[0]
        outlets = Counter(c.outlet for c in items if c.outlet)
        statuses = Counter(c.status for c in items)
        rows.append(SourceEntry(
            speaker=first.speaker if speaker_id is not None and first.speaker else NO_SPEAKER,
            kind=first.speaker_kind, role=first.role, affiliation=first.affiliation,
            anonymous=first.anonymous if speaker_id is not None else None,
            outlets=[name for name, _ in sorted(outlets.items(), key=lambda kv: (-kv[1], kv[0]))],
            claims=len(items),
            statuses={s: statuses[s] for s in STATUSES if statuses[s]},
        ))
    rows.sort(key=lambda r: (-r.claims, r.speaker == NO_SPEAKER, r.speaker.casefold(), r.speaker))
    return rows


def _graph(claims: list[ClaimEntry], documents: list[DocumentEntry]) -> Graph:
    speaker_claims: Counter[int] = Counter()
    outlet_claims: Counter[int] = Counter()
    doc_claims: Counter[str] = Counter()
    labels: dict[str, tuple[str, bool]] = {}
    for c in claims:
        if c.speaker_id is not None:
            speaker_claims[c.speaker_id] += 1
            labels[f"s{c.speaker_id}"] = (c.speaker or NO_SPEAKER, bool(c.anonymous))
        if c.outlet_id is not None:
            outlet_claims[c.outlet_id] += 1
            labels[f"o{c.outlet_id}"] = (c.outlet or "", False)
        doc_claims[c.doc] += 1

    def top(counter: Counter, column: str, prefix: str) -> list[GraphNode]:
        ranked = sorted(counter.items(), key=lambda kv: (-kv[1], labels[f"{prefix}{kv[0]}"][0].casefold(), kv[0]))
        return [GraphNode(id=f"{prefix}{key}", label=labels[f"{prefix}{key}"][0], column=column, claims=n,
                          anonymous=labels[f"{prefix}{key}"][1])
                for key, n in ranked[:GRAPH_LIMITS[column]]]

    doc_index = {d.slug: i for i, d in enumerate(documents, 1)}
    for d in documents:
        labels[f"d{doc_index[d.slug]}"] = (d.title or d.slug, False)
    speakers = top(speaker_claims, "speaker", "s")
    outlets = top(outlet_claims, "outlet", "o")
    docs = top(Counter({doc_index[slug]: n for slug, n in doc_claims.items()}), "document", "d")
    drawn = {n.id for n in (*speakers, *outlets, *docs)}
    edges: Counter[tuple[str, str]] = Counter()
    for c in claims:
        doc_node = f"d{doc_index[c.doc]}"
        speaker_node = f"s{c.speaker_id}" if c.speaker_id is not None else None
        outlet_node = f"o{c.outlet_id}" if c.outlet_id is not None else None
        if speaker_node and outlet_node:
            edges[(speaker_node, outlet_node)] += 1
        elif speaker_node:
            edges[(speaker_node, doc_node)] += 1
        if outlet_node:
            edges[(outlet_node, doc_node)] += 1
    order = {node_id: i for i, node_id in enumerate(n.id for n in (*speakers, *outlets, *docs))}
    kept = sorted(((a, b, n) for (a, b), n in edges.items() if a in drawn and b in drawn),
                  key=lambda e: (order[e[0]], order[e[1]]))
    return Graph(
        nodes=[*speakers, *outlets, *docs],
        edges=[GraphEdge(a, b, n) for a, b, n in kept],
        hidden={"speaker": max(0, len(speaker_claims) - len(speakers)),
                "outlet": max(0, len(outlet_claims) - len(outlets)),
                "document": max(0, len(doc_claims) - len(docs))},
    )
