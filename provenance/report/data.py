"""The sourcing report as data: built from the database by aggregate queries, rendered by
markdown.py, html.py and as JSON.

The counts (headline, sources, outlets, graph, the timeline by month) are GROUP BY queries over
the claims in scope, so a report never holds the claims themselves, only a few rows per speaker,
outlet and document. The claim lists (disputed, unconfirmed, retracted, corroborated, the timeline
by day) are fetched section by section, at most `limit` claims each with the claims linked to
them: the whole database is summarised (200 entries a section by default, the most recent
statements first, with how many more and the command that lists them), one document's report is
complete. Ordering is fixed everywhere, so the same database always gives the same report, byte
for byte.
"""

from __future__ import annotations

import enum
import shlex
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy import case, func, or_, select, true, union
from sqlalchemy.orm import aliased
from sqlmodel import Session, col

from provenance.errors import InputError
from provenance.listing import DATE_RE, stance_text
from provenance.models import (
    KINDS,
    STATUSES,
    Claim,
    Cluster,
    ClusterMember,
    Document,
    Link,
    Outlet,
    Speaker,
    Version,
)
from provenance.query import chunks, claim_rows, described_speaker, latest_version_ids, name_condition
from provenance.sql_in import in_values
from provenance.store import find_document, find_version
from provenance.wording import plural

REPORT_FORMAT = "provenance-report"
REPORT_FORMAT_VERSION = 1
# The graph stays readable on a phone: the busiest nodes are drawn, the rest are counted.
GRAPH_LIMITS = {"speaker": 30, "outlet": 20, "document": 20}
NO_SPEAKER = "(no identified speaker)"
# Entries per section of a whole-database report: enough to read, few enough to read in full.
WHOLE_DATABASE_LIMIT = 200
# Outlets named per source in a capped report (the busiest; the cell says how many more).
SOURCE_OUTLETS = 10
# Ids per IN (...) list: well under SQLite's limit on bound parameters.
ID_BATCH = 500
# The sections that list claims, each with the status of its claims.
CLAIM_SECTIONS = {"disputed": "disputed", "unconfirmed": "unconfirmed", "retracted": "retracted",
                  "corroborated": "corroborated"}

# What the section of statements carried by several outlets tells an editor first.
CARRIED_INTRO = ("Claims that state the same thing in more than one document or outlet, the most widely carried "
                 "first. Origins are counted as the status rules count them: relays of one source, an outlet's "
                 "reports of it and copies of one wire story are one origin, so a statement that many outlets "
                 "carried from one origin has one source, not corroboration.")
ClaimOutlet = aliased(Outlet)
Publisher = aliased(Outlet)
T = TypeVar("T")


class _Default(enum.Enum):
    FOR_SCOPE = "for scope"


#: `build_report(limit=FOR_SCOPE)`: WHOLE_DATABASE_LIMIT for the whole database, everything for one document.
FOR_SCOPE = _Default.FOR_SCOPE


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
    stance: str = "asserts"
    cluster: int | None = None  # the cluster of claims that state the same thing, if any

    @property
    def said(self) -> str:
        """The text as people read it: 'denies: ...' for a denial (`listing.stance_text`)."""
        return stance_text(self.stance, self.text)

    @property
    def stance_label(self) -> str:
        """'denies', 'declines to confirm', 'retracts', or '' for an assertion."""
        return stance_text(self.stance, "")[:-2] if self.said != self.text else ""

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.id, "doc": self.doc, "version": self.version, "seq": self.seq, "text": self.text,
                "speaker": self.speaker, "anonymous": self.anonymous, "role": self.role,
                "affiliation": self.affiliation, "outlet": self.outlet, "cue": self.cue, "form": self.form,
                "stated_on": self.stated_on, "event_on": self.event_on, "kind": self.kind, "stance": self.stance,
                "status": self.status, "reason": self.reason, "reviewed_by": self.reviewed_by,
                "cluster": self.cluster}

    @property
    def source(self) -> str:
        """'Speaker (Outlet, 2025-05-22)': who made the claim, where and when."""
        # an outlet speaking for itself is not said again as its own channel ('Skerry Times (2026-10-12)')
        outlet = self.outlet if self.outlet != self.speaker else None
        via = ", ".join(x for x in (outlet, self.stated_on) if x)
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

    def facts(self, escape: Callable[[str], str], code: Callable[[str], str]) -> list[str]:
        """The document's line in a report, each fact made safe by the format's `escape` (the slug
        by its `code`): slug and version, publisher, date, address, claim count."""
        facts = [f"{code(self.slug)} version {self.version} of {self.versions}"]
        if self.publisher:
            facts.append(f"published by {escape(self.publisher)}")
        if self.published:
            facts.append(f"on {escape(self.published)}")
        if self.url:
            facts.append(escape(self.url))
        facts.append(plural(self.claims, 'claim'))
        return facts


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
    outlets: list[dict[str, Any]]  # the busiest cited outlets (not a document's own publisher), at most the limit
    outlets_cited: int = 0  # all of them
    # the publishers' own reporting: claims of a document with no outlet but its publisher (its own
    # statements, and the sources it reached itself), per publisher, at most the limit
    own_reporting: list[dict[str, Any]] = field(default_factory=list)
    # anonymous sources counted once per story ('a resident' of two stories is two sources), in a scope of several
    anonymous_by_story: bool = False

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
    more_outlets: int = 0  # outlets left out of `outlets` in a capped report
    document: str | None = None  # the story of an anonymous source, counted once per story in a wider scope

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)

    @property
    def anonymous_cell(self) -> str:
        """'yes', 'no', '' (the claims with no speaker), or 'yes, in STORY' for an anonymous source counted per story."""
        if self.anonymous is None:
            return ""
        return ("yes" + (f", in {self.document}" if self.document else "")) if self.anonymous else "no"


@dataclass
class LinkedClaims:
    """A claim with the claims that bear on it: corroborating sources, or those who dispute it."""

    claim: ClaimEntry
    related: list[ClaimEntry] = field(default_factory=list)

    def as_dict(self, key: str) -> dict[str, Any]:
        return {"claim": self.claim.as_dict(), key: [c.as_dict() for c in self.related]}


@dataclass
class TimelineEntry:
    """One day with its claims, or (for a large scope) one month with its counts by status."""

    date: str
    claims: list[ClaimEntry] = field(default_factory=list)
    count: int = 0
    statuses: dict[str, int] | None = None  # set on months

    def as_dict(self) -> dict[str, Any]:
        if self.statuses is None:
            return {"date": self.date, "claims": [c.as_dict() for c in self.claims]}
        return {"date": self.date, "count": self.count, "statuses": self.statuses}


@dataclass
class OriginEntry:
    """One independent origin of a cluster: who first said it, the outlet that first carried it,
    when, and how much of the cluster relays it (`corroboration.origin_groups`)."""

    speaker: str
    anonymous: bool | None
    outlet: str | None  # the outlet that first carried it (or the publisher of its own statement)
    first_on: str | None  # the earliest date of its claims: stated on, else published
    claims: int
    documents: int
    outlets: list[str]  # every outlet that carried it: publishers, and outlets named as the channel
    own_reporting: bool = False  # a publisher's own unattributed statement, not a source it cites

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)

    @property
    def spread(self) -> str:
        """'4 claims in 3 documents'."""
        return f"{plural(self.claims, 'claim')} in {plural(self.documents, 'document')}"

    @property
    def source(self) -> str:
        """'senior port official (anonymous), first carried by The Gazette, earliest 2026-03-01'."""
        name = self.speaker + (" (anonymous)" if self.anonymous else "")
        if self.outlet and self.outlet != self.speaker:
            name += f", first carried by {self.outlet}"
        return name + (f", earliest {self.first_on}" if self.first_on else "")


@dataclass
class ClusterEntry:
    """A statement carried by more than one document or outlet: its cluster (the claims that state
    the same thing), how far it travelled and from how many independent origins.

    One origin carried by several outlets is a relay, not corroboration: the status rules count
    origins, never outlets.
    """

    id: int
    representative: ClaimEntry  # the cluster's earliest claim
    claims: int
    documents: int
    outlets: int
    latest: str | None  # the latest date among its claims (stated on, else published)
    statuses: dict[str, int]
    origins: list[OriginEntry]  # earliest first; at most the per-cluster cap in a capped report
    origin_count: int = 0  # every origin, shown or not
    own_origins: int = 0  # of them, a publisher's own unattributed statements
    carried_by: list[str] = field(default_factory=list)  # outlet names, at most the per-cluster cap
    here: list[int] | None = None  # one document's report: the places (#seq) of its claims in the cluster

    @property
    def single_origin(self) -> bool:
        return self.origin_count == 1

    @property
    def verdict(self) -> str:
        """What an editor should read first: 'one origin relayed by 4 outlets', '2 independent origins'."""
        if self.origin_count > 1:
            own = f", {self.own_origins} of them the publisher's own reporting" if self.own_origins else ""
            return f"{self.origin_count} independent origins{own}"
        if self.outlets > 1:
            return f"one origin relayed by {plural(self.outlets, 'outlet')}"
        return f"one origin repeated in {plural(self.documents, 'document')}"

    def as_dict(self) -> dict[str, Any]:
        return {"cluster": self.id, "representative": self.representative.as_dict(),
                "status": self.representative.status, "statuses": self.statuses, "claims": self.claims,
                "documents": self.documents, "outlets": self.outlets, "carried_by": self.carried_by,
                "more_outlets": self.outlets - len(self.carried_by), "latest": self.latest,
                "independent_origins": self.origin_count, "own_reporting_origins": self.own_origins,
                "single_origin": self.single_origin,
                "verdict": self.verdict, "origins": [o.as_dict() for o in self.origins],
                "more_origins": self.origin_count - len(self.origins), "in_document": self.here}


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


@dataclass(frozen=True)
class Selection:
    """The documents a whole-database report covers: published within [since, until] (YYYY, YYYY-MM or
    YYYY-MM-DD, a partial bound covering its whole period) and by a publisher whose name or alias holds
    `outlet`. The empty selection is every document."""

    since: str | None = None
    until: str | None = None
    outlet: str | None = None

    def __bool__(self) -> bool:
        return any((self.since, self.until, self.outlet))

    def options(self) -> str:
        """The report's own options, to repeat in the commands it suggests: ' --since 2025-05 --outlet Reuters'."""
        given = (("--since", self.since), ("--until", self.until), ("--outlet", self.outlet))
        return "".join(f" {option} {shlex.quote(value)}" for option, value in given if value)

    def describe(self) -> str:
        """'published 2025-05 to 2025-06 by outlets matching \'Reuters\'', 'published from 2025-05-01'."""
        when = ("published " + (f"{self.since} to {self.until}" if self.since and self.until else
                                f"from {self.since}" if self.since else f"until {self.until}")
                if self.since or self.until else "")
        by = f"by outlets matching {self.outlet!r}" if self.outlet else ""
        return " ".join(part for part in (when, by) if part)

    def as_dict(self) -> dict[str, str | None]:
        return {"since": self.since, "until": self.until, "outlet": self.outlet}

    def versions(self):
        """Subquery: the latest version of every document selected. A document with no published date
        is outside any date range."""
        query = latest_version_ids()
        if self.since:
            query = query.where(col(Version.published) >= self.since)
        if self.until:
            query = query.where(col(Version.published) <= self.until + "\uffff")
        if self.outlet:
            publishers = select(col(Outlet.id)).where(name_condition(Outlet, self.outlet))
            query = query.where(col(Version.document_id).in_(
                select(col(Document.id)).where(col(Document.outlet_id).in_(publishers))))
        return query


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
    timeline: list[TimelineEntry]
    undated: int
    graph: Graph
    limit: int | None = None  # the most entries a section shows; None: every one
    # entries left out of each capped section: documents, outlets, sources and the claim sections
    more: dict[str, int] = field(default_factory=dict)
    timeline_by: str = "day"  # or "month" when the scope has more dated claims than the limit
    # statements carried by more than one document or outlet, the most outlets first
    clusters: list[ClusterEntry] = field(default_factory=list)
    selection: Selection = Selection()  # the documents of a whole-database report, when not all

    @property
    def recent_first(self) -> bool:
        """Claim sections of the whole database list the latest statements first; a document's go in order."""
        return self.scope is None

    def total(self, section: str) -> int:
        """How many claims a claim section has in scope, shown or not."""
        return self.headline.statuses.get(CLAIM_SECTIONS[section], 0)

    def undated_note(self) -> str:
        """'3 claims carry no statement date', '1 claim carries no statement date'."""
        return f"{plural(self.undated, 'claim')} {'carries' if self.undated == 1 else 'carry'} no statement date"

    def month_command(self) -> tuple[str, str]:
        """The command that lists the claims of the latest month of a timeline by month, in the report's own
        scope, and what it lists: ('provenance claims --doc talks --since 2025-05 --until 2025-05', 'lists the
        claims of a month'). The listings know no publication period or publisher, so a selection's is the same
        report with room for every dated claim, which lists them day by day."""
        if self.selection:
            dated = sum(entry.count for entry in self.timeline)
            return f"provenance report{self.selection.options()} --limit {dated}", "lists them day by day"
        month = next((entry.date for entry in reversed(self.timeline) if DATE_RE.match(entry.date)), None)
        doc = f" --doc {shlex.quote(self.scope)}" if self.scope is not None else ""
        if month is None:
            return f"provenance claims{doc}", "lists them all"
        return f"provenance claims{doc} --since {month} --until {month}", "lists the claims of a month"

    def left_out(self, section: str) -> tuple[int, str | None]:
        """How many entries a capped section left out, and the command that lists them all (if any):
        (379812, 'provenance claims --status unconfirmed') for the whole database's unconfirmed claims.
        """
        n = self.more.get(section, 0)
        if self.selection:
            # the listings know no publication period or publisher: the same report uncapped lists them all
            return n, f"provenance report{self.selection.options()} --limit {self._shown(section) + n}"
        if section == "clusters":
            doc = f" {self.scope}" if self.scope is not None else ""
            return n, f"provenance report{doc} --limit {len(self.clusters) + n}"
        if section in CLAIM_SECTIONS:
            command = f"provenance claims --status {CLAIM_SECTIONS[section]}"
            return n, command if self.scope is None else f"{command} --doc {self.scope}"
        listing = {"documents": "provenance docs", "outlets": "provenance outlets", "sources": "provenance speakers"}
        # the listings count the whole database: they list a document's outlets and speakers among all others
        return n, listing[section] if self.scope is None else None

    def _shown(self, section: str) -> int:
        """How many entries a section shows."""
        if section in CLAIM_SECTIONS:
            return len(getattr(self, section))
        shown: dict[str, Sequence[object]] = {"documents": self.documents, "outlets": self.headline.outlets,
                                              "sources": self.sources, "clusters": self.clusters}
        return len(shown[section])

    def as_dict(self) -> dict[str, Any]:
        return {
            "format": REPORT_FORMAT,
            "format_version": REPORT_FORMAT_VERSION,
            "title": self.title,
            "scope": self.scope,
            "selection": self.selection.as_dict() if self.selection else None,
            "limit": self.limit,
            "more": self.more,
            "documents": [d.as_dict() for d in self.documents],
            "headline": self.headline.as_dict(),
            "sources": [s.as_dict() for s in self.sources],
            "disputed": [x.as_dict("disputed_by") for x in self.disputed],
            "unconfirmed": [x.as_dict("declined_by") for x in self.unconfirmed],
            "retracted": [c.as_dict() for c in self.retracted],
            "corroborated": [x.as_dict("independent_sources") for x in self.corroborated],
            "clusters": [c.as_dict() for c in self.clusters],
            "timeline_by": self.timeline_by,
            "timeline": [entry.as_dict() for entry in self.timeline],
            "undated": self.undated,
            "graph": self.graph.as_dict(),
        }


def _claim_columns():
    kind, role, affiliation = described_speaker()  # as the claim's own document describes its speaker
    return (Claim.id, Document.slug, Version.number, Claim.seq, Claim.text, Speaker.name, Speaker.anonymous,
            role, affiliation, ClaimOutlet.name, Claim.cue, Claim.form, Claim.stated_on,
            Claim.event_on, Claim.kind, Claim.status, Claim.reason, Claim.reviewed_by, Claim.speaker_id,
            Claim.outlet_id, kind, Claim.stance, ClusterMember.cluster_id)


def _claim_select():
    return (select(*_claim_columns())
            .join(Version, Version.id == Claim.version_id)
            .join(Document, Document.id == Version.document_id)
            .outerjoin(Speaker, Speaker.id == Claim.speaker_id)
            .outerjoin(ClaimOutlet, ClaimOutlet.id == Claim.outlet_id)
            .outerjoin(ClusterMember, ClusterMember.claim_id == Claim.id))


def _entries(rows: Iterable[Any]) -> list[ClaimEntry]:
    return [ClaimEntry(*row) for row in rows]


def entries_by_id(session: Session, claim_ids: Iterable[int]) -> dict[int, ClaimEntry]:
    """claim id -> the claim as the report shows it, for these claims (one query per ID_BATCH ids)."""
    found: dict[int, ClaimEntry] = {}
    for batch in chunks(sorted(set(claim_ids)), ID_BATCH):
        found.update((c.id, c) for c in _entries(session.execute(_claim_select().where(in_values(col(Claim.id), batch)))))
    return found


def undated_documents(session: Session, selection: Selection) -> int:
    """How many documents of the selection's publisher (of any, with none) have no published date."""
    publisher_only = Selection(outlet=selection.outlet).versions()
    return session.execute(select(func.count()).select_from(Version).where(
        in_values(col(Version.id), publisher_only), col(Version.published).is_(None))).scalar() or 0


def scope_versions(session: Session, doc: str | None, version: int | None = None,
                   selection: Selection = Selection()):
    """Subquery of the version ids in scope: version N (default the latest) of DOC, or the latest of every
    document (of the selection). Raises NotFound for an unknown slug or version.
    """
    if doc is None:
        return selection.versions()
    if version is not None:
        _, found = find_version(session, doc, version)
        return select(col(Version.id)).where(col(Version.id) == found.id)
    document = find_document(session, doc)
    return latest_version_ids().where(Version.document_id == document.id)


def load_claims(session: Session, versions) -> list[ClaimEntry]:
    """The claims of the versions in scope, in document and sequence order."""
    return _entries(session.execute(
        _claim_select().where(in_values(col(Claim.version_id), versions)).order_by(Document.slug, Claim.seq)
    ))


def load_links(session: Session, versions) -> list[tuple[int, int, str]]:
    """(source, target, relation) of every link that touches a claim of the versions in scope."""
    in_scope = select(col(Claim.id)).where(in_values(col(Claim.version_id), versions))
    return [(source, target, relation) for source, target, relation in session.execute(
        select(col(Link.source_id), col(Link.target_id), col(Link.relation))
        .where(or_(col(Link.source_id).in_(in_scope), col(Link.target_id).in_(in_scope)))
        .order_by(col(Link.id))
    )]


def load_documents(session: Session, versions) -> list[DocumentEntry]:
    """The documents of the versions in scope, by slug."""
    # The number of versions per document comes from a query of its own: joined to this one, SQLite
    # re-reads the versions in scope for every document (a minute at 20,000 documents).
    rows = session.execute(
        select(col(Document.id), col(Document.slug), col(Document.title), col(Publisher.name), col(Document.url),
               col(Document.language), col(Version.number), col(Version.published))
        .join(Version, col(Version.document_id) == col(Document.id))
        .outerjoin(Publisher, col(Publisher.id) == col(Document.outlet_id))
        .where(in_values(col(Version.id), versions))
        .order_by(Document.slug)
    ).all()
    in_scope = select(col(Version.document_id)).where(in_values(col(Version.id), versions))
    counts = dict(session.execute(
        select(col(Version.document_id), func.count(col(Version.id)))
        .where(col(Version.document_id).in_(in_scope)).group_by(col(Version.document_id))
    ).all())
    return [DocumentEntry(slug, title, publisher, url, language, number, counts.get(doc_id, 0), published)
            for doc_id, slug, title, publisher, url, language, number, published in rows]


def build_report(session: Session, doc: str | None = None, *, limit: int | None | _Default = FOR_SCOPE,
                 selection: Selection = Selection()) -> Report:
    """The sourcing report of one document's latest version, or of every document (of the selection:
    a period of publication, a publisher).

    `limit` caps every list of the report (documents, outlets, sources, each claim section; the
    timeline goes by month when more claims than that are dated); None lists everything. By
    default the whole database is capped at WHOLE_DATABASE_LIMIT and one document is complete.
    Raises NotFound for an unknown slug.
    """
    if limit is FOR_SCOPE:
        limit = WHOLE_DATABASE_LIMIT if doc is None else None
    assert not isinstance(limit, _Default)
    if limit is not None and limit < 0:
        raise InputError("--limit must be 0 or more (0: the counts, no entries)")
    if doc is not None and selection:
        raise InputError("--since, --until and --outlet choose the documents of a report of the whole database: "
                         "give them without DOC, or give DOC alone")
    scope = _Scope(session, scope_versions(session, doc, selection=selection), limit, recent_first=doc is None)
    documents = load_documents(session, scope.versions)
    per_doc = scope.claims_per_document()
    for d in documents:
        d.claims = per_doc.get(d.slug, 0)
    if doc is not None:
        title = documents[0].title or documents[0].slug
    elif selection:
        title = f"documents {selection.describe()} ({len(documents)})"
    else:
        title = f"all documents ({len(documents)})"
    speakers = scope.speakers()
    outlets = scope.outlets()
    cited, own = scope.cited_and_own()
    headline = scope.headline(speakers, cited, own)
    sources = scope.sources(speakers)
    sections = {name: scope.claims_with_status(status) for name, status in CLAIM_SECTIONS.items()}
    against = scope.related([c.id for name in ("disputed", "unconfirmed") for c in sections[name]],
                            "contradicts", incoming_only=True)
    backers = scope.related([c.id for c in sections["corroborated"]], "corroborates", incoming_only=False)
    in_clusters, carried, carried_total = scope.clustered([c.id for c in sections["corroborated"]])
    for claim_id, others in in_clusters.items():
        backers[claim_id] = others + [b for b in backers.get(claim_id, []) if b not in others]
    dated = sum(n for _, _, _, n in scope.status_kind_counts())
    timeline_by = "day" if limit is None or dated <= limit else "month"
    more = {"documents": _more(len(documents), limit), "outlets": _more(len(cited), limit),
            "sources": _more(len(speakers), limit)}
    more.update({name: max(0, headline.statuses[status] - len(sections[name]))
                 for name, status in CLAIM_SECTIONS.items()})
    more["clusters"] = carried_total - len(carried)
    return Report(
        title=title,
        scope=doc,
        documents=_first(documents, limit),
        headline=headline,
        sources=sources,
        disputed=[LinkedClaims(c, against.get(c.id, [])) for c in sections["disputed"]],
        unconfirmed=[LinkedClaims(c, against.get(c.id, [])) for c in sections["unconfirmed"]],
        retracted=sections["retracted"],
        corroborated=[LinkedClaims(c, backers.get(c.id, [])) for c in sections["corroborated"]],
        timeline=scope.timeline_by_day() if timeline_by == "day" else scope.timeline_by_month(),
        undated=headline.claims - dated,
        graph=scope.graph(speakers, outlets, documents),
        limit=limit,
        more=more,
        timeline_by=timeline_by,
        clusters=carried,
        selection=selection,
    )


def _first(items: list[T], limit: int | None) -> list[T]:
    return items if limit is None else items[:limit]


def _more(total: int, limit: int | None) -> int:
    return 0 if limit is None else max(0, total - limit)


@dataclass
class _SpeakerCount:
    """One speaker (or the claims with none: id None) and the claims in scope per status."""

    id: int | None
    name: str
    kind: str | None
    role: str | None
    affiliation: str | None
    anonymous: bool | None
    statuses: dict[str, int] = field(default_factory=dict)
    document: str | None = None  # an anonymous source's story, when the scope holds several

    @property
    def claims(self) -> int:
        return sum(self.statuses.values())


@dataclass
class _OutletCount:
    id: int
    name: str
    claims: int


def _told_first(m: _Member, r: Any) -> tuple:
    """Which claim of an origin names it: the earliest; on one day the wire's or the credited
    outlet's copy before a reprint's (`corroboration.carrier_rank`); a source's own before an
    outlet's report of it."""
    from provenance.corroboration import carrier_rank

    return (m.said_on or "9999", carrier_rank(r), r.speaker_kind == "media" or not r.speaker, r.doc, r.seq, m.id)


@dataclass(frozen=True)
class _Member:
    """One claim of a cluster shown in the report."""

    id: int
    seq: int
    status: str
    said_on: str | None  # stated on, else the date its document was published
    document_id: int
    outlets: frozenset[str]  # its document's publisher and the outlets its source spoke through
    in_scope: bool


def cluster_members(session: Session, cluster_ids: Iterable[int], here: Any = None) -> dict[int, list[_Member]]:
    """cluster id -> its claims (every document's), in one query for the clusters asked about;
    `here` is the condition that puts a claim in scope (all are, without one)."""
    found: dict[int, list[_Member]] = defaultdict(list)
    Carrier = aliased(Outlet)
    query = (select(col(ClusterMember.cluster_id), col(Claim.id), col(Claim.seq), col(Claim.status),
                    func.coalesce(col(Claim.stated_on), col(Version.published)), col(Version.document_id),
                    col(Publisher.name), col(ClaimOutlet.name), col(Carrier.name), true() if here is None else here)
             .join(Claim, col(Claim.id) == col(ClusterMember.claim_id))
             .join(Version, col(Version.id) == col(Claim.version_id))
             .join(Document, col(Document.id) == col(Version.document_id))
             .outerjoin(Publisher, col(Publisher.id) == col(Document.outlet_id))
             .outerjoin(ClaimOutlet, col(ClaimOutlet.id) == col(Claim.outlet_id))
             .outerjoin(Carrier, col(Carrier.id) == col(Claim.origin_outlet_id)))
    for batch in chunks(sorted(set(cluster_ids)), ID_BATCH):
        for cluster_id, claim_id, seq, status, said_on, document_id, *outlets, inside in session.execute(
                query.where(in_values(col(ClusterMember.cluster_id), batch))):
            found[cluster_id].append(_Member(claim_id, seq, status, said_on, document_id,
                                             frozenset(o for o in outlets if o), bool(inside)))
    return found


def claim_records(session: Session, claim_ids: Iterable[int]) -> dict[int, Any]:
    """The status rules' records of these claims (`rules.build_records`, the row `links.load_records`
    reads), with their versions' texts: what `origin_groups` reads of a claim is its own (speaker,
    outlets, side, the sentence it stands in for wire copy), so the other claims of its document are
    not read, as `links.load_records` must for the statuses (a report of 200 clusters reads their
    claims, not every claim of the documents that carry them)."""
    from provenance.links import record_query, version_texts
    from provenance.rules import build_records

    query = record_query()
    rows = [row for batch in chunks(sorted(set(claim_ids)), ID_BATCH)
            for row in session.execute(query.where(in_values(col(Claim.id), batch)))]
    return build_records(rows, version_texts(session, {row[1] for row in rows}))


def grouped_origins(session: Session, members: dict[int, list[_Member]], records: dict[int, Any] | None = None
                    ) -> dict[int, list[tuple[OriginEntry, list[_Member]]]]:
    """cluster id -> its independent origins, earliest first, each with its claims, as the status
    rules tell them (`corroboration.origin_groups`: relays, outlets' reports of their sources and
    wire copy of one source are one origin). The report and `provenance cluster` both read this;
    `records` (`claim_records` of at least the members) when the caller has them already."""
    from provenance.corroboration import is_publisher, origin_groups

    if records is None:
        records = claim_records(session, [m.id for ms in members.values() for m in ms])
    out: dict[int, list[tuple[OriginEntry, list[_Member]]]] = {}
    for cluster_id, mine in members.items():
        known = [m for m in mine if m.id in records]
        groups = origin_groups([records[m.id] for m in known])
        by_group: dict[Any, list[_Member]] = defaultdict(list)
        for m in known:
            by_group[groups[m.id]].append(m)
        entries = []
        for group in by_group.values():
            # named by its earliest claim, a source's own rather than an outlet's report of it
            first = records[min(group, key=lambda m: _told_first(m, records[m.id])).id]
            dates = sorted(m.said_on for m in group if m.said_on)
            entries.append((OriginEntry(
                speaker=first.speaker or NO_SPEAKER, anonymous=first.anonymous if first.speaker else None,
                outlet=first.origin_outlet or first.outlet or first.publisher, first_on=dates[0] if dates else None,
                claims=len(group), documents=len({m.document_id for m in group}),
                outlets=sorted({name for m in group for name in m.outlets}, key=str.casefold),
                own_reporting=is_publisher(first)), group))
        entries.sort(key=lambda e: (e[0].first_on or "9999", e[0].speaker.casefold(), e[0].speaker))
        out[cluster_id] = entries
    return out


CLUSTER_COLUMNS = ("cluster", "origin", "source", "id", "doc", "speaker", "outlet", "stated_on", "status", "text")


def cluster_rows(session: Session, cluster_id: int) -> list[dict[str, Any]]:
    """The claims of a cluster listed by independent origin, as the status rules and the report
    count them (`grouped_origins`: a relay of one source by several outlets is one
    origin): origin 1 the earliest, each row naming its origin's speaker, the outlet that first
    carried it and its earliest date; each origin's claims earliest first.

    The claims are read in one query whatever the cluster's size (no query per claim).
    """
    from provenance.clusters import check_cluster

    check_cluster(session, cluster_id)
    origins = grouped_origins(session, cluster_members(session, [cluster_id])).get(cluster_id, [])
    shown = claim_rows(session, [m.id for _, group in origins for m in group])
    rows = []
    for number, (origin, group) in enumerate(origins, start=1):
        for m in sorted(group, key=lambda m: (m.said_on or "9999", shown[m.id]["doc"], m.seq, m.id)):
            row = shown[m.id]
            rows.append({"cluster": cluster_id, "origin": number, "source": origin.source,
                         **{k: row[k] for k in CLUSTER_COLUMNS[3:]}})
    return rows


class _Scope:
    """The claims of the versions in scope, read by aggregate queries and capped listings."""

    def __init__(self, session: Session, versions, limit: int | None, *, recent_first: bool):
        self.session = session
        self.versions = versions
        self.limit = limit
        self.recent_first = recent_first
        self._status_kind: list[tuple[str, str, int, int]] | None = None

    def in_scope(self):
        return in_values(col(Claim.version_id), self.versions)

    # -- counts ----------------------------------------------------------------------------------

    def status_kind_counts(self) -> list[tuple[str, str, int, int]]:
        """(status, kind, claims, dated claims), one scan for the headline and the timeline."""
        if self._status_kind is None:
            rows = self.session.execute(
                select(col(Claim.status), col(Claim.kind), func.count(), func.count(col(Claim.stated_on)))
                .where(self.in_scope()).group_by(col(Claim.status), col(Claim.kind)))
            self._status_kind = [(status, kind, n, dated) for status, kind, n, dated in rows]
        return self._status_kind

    def claims_per_document(self) -> dict[str, int]:
        per_version = (select(col(Claim.version_id), func.count().label("n")).where(self.in_scope())
                       .group_by(col(Claim.version_id)).subquery())
        rows = self.session.execute(
            select(col(Document.slug), per_version.c.n).select_from(per_version)
            .join(Version, col(Version.id) == per_version.c.version_id)
            .join(Document, col(Document.id) == col(Version.document_id)))
        return {slug: n for slug, n in rows}

    def speakers(self) -> list[_SpeakerCount]:
        """Every speaker in scope (and the claims without one) with their claims by status, busiest first;
        each described as most of its claims in scope describe it (their own documents' words, migration
        0015), not as the row keeps the first document's. An anonymous source is one per story: the same
        description in two stories ('a resident', 'one of them', 'a senior official') is two people, so a
        scope of several documents counts and lists it once for each story that quotes it."""
        kind, role, affiliation = described_speaker()
        # an anonymous speaker's claims are counted per version (then folded into its story), a named one's not
        version = case((col(Speaker.anonymous) == true(), col(Claim.version_id)), else_=None).label("version_id")
        described = (select(col(Claim.speaker_id), version, col(Claim.status), kind, role, affiliation)
                     .outerjoin(Speaker, col(Speaker.id) == col(Claim.speaker_id)).where(self.in_scope()).subquery())
        per_status = (select(*described.c, func.count().label("n")).group_by(*described.c).subquery())
        rows = list(self.session.execute(
            select(*per_status.c, col(Speaker.name), col(Speaker.anonymous), col(Document.slug))
            .select_from(per_status).outerjoin(Speaker, col(Speaker.id) == per_status.c.speaker_id)
            .outerjoin(Version, col(Version.id) == per_status.c.version_id)
            .outerjoin(Document, col(Document.id) == col(Version.document_id))))
        several = len({slug for *_, slug in rows if slug is not None}) > 1
        found: dict[tuple[int | None, str | None], _SpeakerCount] = {}
        descriptions: dict[tuple[int | None, str | None], Counter] = defaultdict(Counter)
        for speaker_id, _, status, kind_, role_, affiliation_, n, name, anonymous, slug in rows:
            story = slug if several and speaker_id is not None and anonymous else None
            key = (speaker_id, story)
            entry = found.get(key)
            if entry is None:
                entry = found[key] = _SpeakerCount(
                    speaker_id, NO_SPEAKER if speaker_id is None else name or NO_SPEAKER, None, None, None,
                    None if speaker_id is None else anonymous, document=story)
            entry.statuses[status] = entry.statuses.get(status, 0) + n
            if speaker_id is not None:
                descriptions[key][(kind_ or "", role_ or "", affiliation_ or "")] += n
        for key, counted in descriptions.items():
            best = min(counted, key=lambda d: (-counted[d], d))  # the most claims', ties by the words
            found[key].kind, found[key].role, found[key].affiliation = (w or None for w in best)
        ranked = list(found.values())
        ranked.sort(key=lambda r: (-r.claims, r.name == NO_SPEAKER, r.name.casefold(), r.name, r.document or ""))
        return ranked

    def outlets(self) -> list[_OutletCount]:
        """Every outlet cited in scope with its claims, busiest first."""
        per_outlet = (select(col(Claim.outlet_id), func.count().label("n"))
                      .where(self.in_scope(), col(Claim.outlet_id).is_not(None))
                      .group_by(col(Claim.outlet_id)).subquery())
        rows = self.session.execute(
            select(col(Outlet.id), col(Outlet.name), per_outlet.c.n).select_from(per_outlet)
            .join(Outlet, col(Outlet.id) == per_outlet.c.outlet_id))
        ranked = [_OutletCount(outlet_id, name, n) for outlet_id, name, n in rows]
        ranked.sort(key=lambda o: (-o.claims, o.name))
        return ranked

    def cited_and_own(self) -> tuple[list[_OutletCount], list[_OutletCount]]:
        """(the outlets cited, the publishers' own reporting), each with its claims, busiest first.

        A claim's outlet is cited unless it is its own document's publisher; a claim carried by its
        publisher, or by no outlet but its publisher, is that publisher's own reporting (what
        `claims --outlet PUBLISHER` lists of its documents)."""
        rows = self.session.execute(
            select(col(Claim.outlet_id), col(Document.outlet_id), func.count())
            .join(Version, col(Version.id) == col(Claim.version_id))
            .join(Document, col(Document.id) == col(Version.document_id))
            .where(self.in_scope()).group_by(col(Claim.outlet_id), col(Document.outlet_id)))
        cited: dict[int, int] = defaultdict(int)
        own: dict[int, int] = defaultdict(int)
        for outlet_id, publisher_id, n in rows:
            if outlet_id is not None and outlet_id != publisher_id:
                cited[outlet_id] += n
            elif publisher_id is not None:
                own[publisher_id] += n
        names: dict[int, str] = {}
        for batch in chunks(sorted({*cited, *own}), ID_BATCH):
            names.update(self.session.execute(select(col(Outlet.id), col(Outlet.name))
                                              .where(in_values(col(Outlet.id), batch))).all())

        def ranked(counts: dict[int, int]) -> list[_OutletCount]:
            return sorted((_OutletCount(i, names[i], n) for i, n in counts.items()), key=lambda o: (-o.claims, o.name))
        return ranked(cited), ranked(own)

    def anonymous_only(self) -> int:
        """Claims of anonymous speakers that are not on the record and that no claim of a named speaker
        corroborates (a link either way round, or an attributed claim of a named speaker in the same
        cluster). A `confirmed` claim is on the record whatever its speaker's name: a spokesperson
        speaking for a body ('a Corvane spokesperson'), or confirmed by a reviewer."""
        backer = aliased(Claim)
        backer_speaker = aliased(Speaker)

        def named_backer(this_end, other_end):
            return (select(col(Link.id)).join(backer, col(backer.id) == other_end)
                    .join(backer_speaker, col(backer_speaker.id) == col(backer.speaker_id))
                    .where(this_end == col(Claim.id), col(Link.relation) == "corroborates",
                           col(backer_speaker.anonymous) != true())
                    .exists())

        mine, theirs = aliased(ClusterMember), aliased(ClusterMember)
        named_in_cluster = (
            select(col(theirs.claim_id)).join(mine, col(mine.cluster_id) == col(theirs.cluster_id))
            .join(backer, col(backer.id) == col(theirs.claim_id))
            .join(backer_speaker, col(backer_speaker.id) == col(backer.speaker_id))
            .where(col(mine.claim_id) == col(Claim.id), col(theirs.claim_id) != col(Claim.id),
                   col(backer_speaker.anonymous) != true(), col(backer.form) != "unattributed")
            .exists())
        return self.session.execute(
            select(func.count()).select_from(Claim).join(Speaker, col(Speaker.id) == col(Claim.speaker_id))
            .where(self.in_scope(), col(Speaker.anonymous) == true(), col(Claim.status) != "confirmed",
                   ~named_backer(col(Link.target_id), col(Link.source_id)),
                   ~named_backer(col(Link.source_id), col(Link.target_id)), ~named_in_cluster)
        ).scalar() or 0

    def headline(self, speakers: list[_SpeakerCount], outlets: list[_OutletCount],
                 own: list[_OutletCount]) -> Headline:
        statuses = dict.fromkeys(STATUSES, 0)
        kinds = dict.fromkeys(KINDS, 0)
        for status, kind, n, _ in self.status_kind_counts():
            statuses[status] = statuses.get(status, 0) + n
            kinds[kind] = kinds.get(kind, 0) + n
        named = [s for s in speakers if s.id is not None and not s.anonymous]
        anonymous = [s for s in speakers if s.id is not None and s.anonymous]
        return Headline(
            claims=sum(statuses.values()),
            statuses={s: statuses[s] for s in STATUSES},
            kinds={k: kinds[k] for k in KINDS},
            speakers_named=len(named),
            speakers_anonymous=len(anonymous),
            anonymous_by_story=any(s.document is not None for s in anonymous),
            claims_named=sum(s.claims for s in named),
            claims_anonymous=sum(s.claims for s in anonymous),
            claims_without_speaker=sum(s.claims for s in speakers if s.id is None),
            anonymous_only=self.anonymous_only(),
            outlets=[{"name": o.name, "claims": o.claims} for o in _first(outlets, self.limit)],
            outlets_cited=len(outlets),
            own_reporting=[{"name": o.name, "claims": o.claims} for o in _first(own, self.limit)],
        )

    def sources(self, speakers: list[_SpeakerCount]) -> list[SourceEntry]:
        """The sources table: the busiest speakers, each with the outlets that carried them."""
        shown = _first(speakers, self.limit)
        outlets = self._outlets_of([s.id for s in shown if s.document is None])
        in_story = self._story_outlets_of([s.id for s in shown if s.document is not None and s.id is not None])
        per_source = None if self.limit is None else min(self.limit, SOURCE_OUTLETS)
        rows = []
        for s in shown:
            carried = outlets.get(s.id, {}) if s.document is None or s.id is None else in_story.get((s.id, s.document), {})
            names = [name for name, _ in sorted(carried.items(), key=lambda kv: (-kv[1], kv[0]))]
            rows.append(SourceEntry(
                speaker=s.name, kind=s.kind, role=s.role, affiliation=s.affiliation, anonymous=s.anonymous,
                outlets=_first(names, per_source), claims=s.claims,
                statuses={status: s.statuses[status] for status in STATUSES if s.statuses.get(status)},
                more_outlets=_more(len(names), per_source), document=s.document,
            ))
        return rows

    def _story_outlets_of(self, speaker_ids: list[int]) -> dict[tuple[int, str], dict[str, int]]:
        """(anonymous speaker id, story) -> outlet name -> claims in scope, for the sources table's rows
        of anonymous sources counted per story; one query however many rows are shown."""
        counts: dict[tuple[int, str], dict[str, int]] = defaultdict(dict)
        for speaker_id, slug, name, n in self.session.execute(
            select(col(Claim.speaker_id), col(Document.slug), col(Outlet.name), func.count())
            .join(Version, col(Version.id) == col(Claim.version_id))
            .join(Document, col(Document.id) == col(Version.document_id))
            .join(Outlet, col(Outlet.id) == col(Claim.outlet_id))
            .where(self.in_scope(), in_values(col(Claim.speaker_id), sorted(set(speaker_ids))))
            .group_by(col(Claim.speaker_id), col(Document.slug), col(Outlet.name))
        ):
            counts[(speaker_id, slug)][name] = n
        return counts

    def _outlets_of(self, speaker_ids: list[int | None]) -> dict[int | None, dict[str, int]]:
        """speaker id -> outlet name -> claims in scope, for the given speakers.

        One GROUP BY (with the outlets' names joined in the same query): over the given speakers' claims when they fit in one IN list, else over the
        whole scope (read from the (version, speaker, outlet) index), keeping the given speakers:
        a query per batch of speakers would scan the scope once per batch (75 s for 20,000
        speakers at a million claims, against 1 s for all of them at once).
        """
        wanted = set(speaker_ids)
        pairs = (select(col(Claim.speaker_id), col(Claim.outlet_id), func.count().label("n"))
                 .where(self.in_scope(), col(Claim.outlet_id).is_not(None))
                 .group_by(col(Claim.speaker_id), col(Claim.outlet_id)))
        named = [i for i in wanted if i is not None]
        if len(named) <= ID_BATCH:
            some = in_values(col(Claim.speaker_id), named)
            pairs = pairs.where(or_(some, col(Claim.speaker_id).is_(None)) if None in wanted else some)
        grouped = pairs.subquery()
        counts: dict[int | None, dict[str, int]] = defaultdict(dict)
        for speaker_id, name, n in self.session.execute(
            select(grouped.c.speaker_id, col(Outlet.name), grouped.c.n).join(Outlet, col(Outlet.id) == grouped.c.outlet_id),
            execution_options={"yield_per": 10_000},
        ):
            if speaker_id in wanted:
                counts[speaker_id][name] = n
        return counts

    # -- claim lists -----------------------------------------------------------------------------

    def _ordered(self, query):
        if self.recent_first:
            return query.order_by(col(Claim.stated_on).desc().nulls_last(), Document.slug, Claim.seq)
        return query.order_by(Document.slug, Claim.seq)

    def claims_with_status(self, status: str) -> list[ClaimEntry]:
        """The claims of one status: the latest statements first (whole database) or in order, capped."""
        query = self._ordered(_claim_select().where(self.in_scope(), col(Claim.status) == status))
        if self.limit is not None:
            query = query.limit(self.limit)
        return _entries(self.session.execute(query))

    def related(self, claim_ids: list[int], relation: str, *, incoming_only: bool) -> dict[int, list[ClaimEntry]]:
        """claim id -> the claims linked to it by `relation` (pointing at it, or either way), in link order.

        Corroboration is mutual (A backs B as much as B backs A); a contradiction is read from
        the claim that contradicts.
        """
        wanted = set(claim_ids)
        links: list[tuple[int, int, int]] = []
        for batch in chunks(sorted(wanted), ID_BATCH):
            touches: Any = in_values(col(Link.target_id), batch)
            if not incoming_only:
                touches = or_(touches, in_values(col(Link.source_id), batch))
            links += [(link_id, source, target) for link_id, source, target in self.session.execute(
                select(col(Link.id), col(Link.source_id), col(Link.target_id))
                .where(col(Link.relation) == relation, touches))]
        links = sorted(set(links))
        neighbours: dict[int, list[int]] = defaultdict(list)
        for _, source, target in links:
            if target in wanted and source not in neighbours[target]:
                neighbours[target].append(source)
            if not incoming_only and source in wanted and target not in neighbours[source]:
                neighbours[source].append(target)
        found = entries_by_id(self.session, {i for ids in neighbours.values() for i in ids})
        return {claim_id: [found[i] for i in ids if i in found] for claim_id, ids in neighbours.items()}

    def clustered(self, corroborated: list[int]) -> tuple[dict[int, list[ClaimEntry]], list[ClusterEntry], int]:
        """The cluster backers of the corroborated claims (`cluster_backers`), and the statements
        carried by several outlets (`carried`) with how many there are: the status rules' records of
        the claims of both sets of clusters are built once (`claim_records`) and read by both."""
        from provenance import clusters

        member_of = clusters.memberships(self.session, set(corroborated))
        cluster_of = {m: c for c, ms in clusters.members_of(self.session, set(member_of.values())).items() for m in ms}
        rows, total = self._carried_rows()
        members = self._members([row[0] for row in rows])
        records = claim_records(self.session, set(cluster_of) | {m.id for ms in members.values() for m in ms})
        return self.cluster_backers(member_of, cluster_of, records), self.carried(rows, members, records), total

    def cluster_backers(self, member_of: dict[int, int], cluster_of: dict[int, int],
                        records: dict[int, Any]) -> dict[int, list[ClaimEntry]]:
        """claim id (of `member_of`: claim -> its cluster) -> the claims of its cluster that corroborate
        it: one of each other origin, as `rules.cluster_backers` (what `links.cluster_backers` gives)
        tells them from the claims' own records (`records` of every claim of `cluster_of`)."""
        from provenance.rules import cluster_backers  # the status rules

        backers = cluster_backers(records, cluster_of, [k for k in member_of if k in records])
        found: dict[int, list[int]] = {k: [r.key for r in rs] for k, rs in backers.items()}  # type: ignore[misc]
        entries = entries_by_id(self.session, {i for ids in found.values() for i in ids})
        return {claim_id: [entries[i] for i in ids if i in entries] for claim_id, ids in found.items() if ids}

    # -- statements carried by several outlets ----------------------------------------------------

    def _carried_query(self):
        """(cluster, representative, claims, documents, outlets, latest) of every cluster with a claim
        in scope whose claims stand in more than one document or outlet: aggregates over the cluster
        memberships, the same two GROUP BYs whatever the number of clusters.

        An outlet carried a claim when it published the claim's document, or the claim names it as
        the channel its source spoke through or first appeared in ("told the Gazette").
        """
        in_scope = select(col(ClusterMember.cluster_id)).join(Claim, col(Claim.id) == col(ClusterMember.claim_id)) \
            .where(self.in_scope())
        members = (select(col(ClusterMember.cluster_id).label("cluster_id"), col(Version.document_id).label("document_id"),
                          col(Document.outlet_id).label("publisher_id"), col(Claim.outlet_id).label("outlet_id"),
                          col(Claim.origin_outlet_id).label("origin_id"),
                          func.coalesce(col(Claim.stated_on), col(Version.published)).label("said_on"))
                   .join(Claim, col(Claim.id) == col(ClusterMember.claim_id))
                   .join(Version, col(Version.id) == col(Claim.version_id))
                   .join(Document, col(Document.id) == col(Version.document_id))
                   .where(col(ClusterMember.cluster_id).in_(in_scope))).cte("members")
        carriers = union(*(select(members.c.cluster_id, column.label("outlet")).where(column.is_not(None))
                           for column in (members.c.publisher_id, members.c.outlet_id, members.c.origin_id))).subquery()
        per_outlet = (select(carriers.c.cluster_id, func.count().label("outlets"))
                      .group_by(carriers.c.cluster_id).subquery())
        per_cluster = (select(members.c.cluster_id, func.count().label("claims"),
                              func.count(func.distinct(members.c.document_id)).label("documents"),
                              func.max(members.c.said_on).label("latest"))
                       .group_by(members.c.cluster_id).subquery())
        outlets = func.coalesce(per_outlet.c.outlets, 0)
        return (select(per_cluster.c.cluster_id, col(Cluster.representative_id), per_cluster.c.claims,
                       per_cluster.c.documents, outlets.label("outlets"), per_cluster.c.latest)
                .join(Cluster, col(Cluster.id) == per_cluster.c.cluster_id)
                .outerjoin(per_outlet, per_outlet.c.cluster_id == per_cluster.c.cluster_id)
                .where(or_(per_cluster.c.documents > 1, outlets > 1)))

    def _carried_rows(self) -> tuple[list[Any], int]:
        """The rows of `_carried_query` (the most outlets first, then the latest), at most `limit`;
        and how many there are."""
        carried = self._carried_query().subquery()
        if self.limit == 0:  # counts only: no row for the window to ride on
            return [], self.session.execute(select(func.count()).select_from(carried)).scalar() or 0
        # how many there are, counted before the LIMIT in the same scan (a window over every row)
        ranked = (select(*carried.c, func.count().over().label("total"))
                  .order_by(carried.c.outlets.desc(), carried.c.latest.desc().nulls_last(), carried.c.cluster_id))
        found_rows = list(self.session.execute(ranked if self.limit is None else ranked.limit(self.limit)))
        return [row[:-1] for row in found_rows], found_rows[0][-1] if found_rows else 0

    def carried(self, rows: list[Any], members: dict[int, list[_Member]], records: dict[int, Any]) -> list[ClusterEntry]:
        """The statements carried by more than one document or outlet (`_carried_rows`, their claims
        `members` and the claims' `records`), each with its independent origins."""
        representatives = entries_by_id(self.session, {row[1] for row in rows})
        origins = {cluster_id: [origin for origin, _ in groups]
                   for cluster_id, groups in grouped_origins(self.session, members, records).items()}
        cap = None if self.limit is None else min(self.limit, SOURCE_OUTLETS)
        found = []
        for cluster_id, representative_id, claims, documents, outlets, latest in rows:
            mine = members[cluster_id]
            groups = origins.get(cluster_id, [])
            statuses: dict[str, int] = defaultdict(int)
            for m in mine:
                statuses[m.status] += 1
            found.append(ClusterEntry(
                id=cluster_id, representative=representatives[representative_id], claims=claims,
                documents=documents, outlets=outlets, latest=latest,
                statuses={status: statuses[status] for status in STATUSES if statuses.get(status)},
                origins=_first(groups, cap), origin_count=len(groups),
                own_origins=sum(origin.own_reporting for origin in groups),
                carried_by=_first(sorted({name for m in mine for name in m.outlets}, key=str.casefold), cap),
                here=None if self.recent_first else  # (the whole database)
                    sorted(m.seq for m in mine if m.in_scope)))
        return found

    def _members(self, cluster_ids: list[int]) -> dict[int, list[_Member]]:
        return cluster_members(self.session, cluster_ids, self.in_scope())

    def timeline_by_day(self) -> list[TimelineEntry]:
        """Every dated claim, by the day (or month, or year) its statement was made."""
        dated = _entries(self.session.execute(
            _claim_select().where(self.in_scope(), col(Claim.stated_on).is_not(None))))
        dated.sort(key=lambda c: (c.stated_on or "", c.doc, c.seq))
        days: dict[str, TimelineEntry] = {}
        for c in dated:
            entry = days.setdefault(c.stated_on or "", TimelineEntry(c.stated_on or ""))
            entry.claims.append(c)
            entry.count += 1
        return list(days.values())

    def timeline_by_month(self) -> list[TimelineEntry]:
        """Dated claims counted by the month of their statement (a year-only date counts as its year)."""
        month = func.substr(col(Claim.stated_on), 1, 7)
        rows = self.session.execute(
            select(month, col(Claim.status), func.count())
            .where(self.in_scope(), col(Claim.stated_on).is_not(None))
            .group_by(month, col(Claim.status)))
        months: dict[str, TimelineEntry] = {}
        for key, status, n in rows:
            entry = months.setdefault(key, TimelineEntry(key, statuses=dict.fromkeys(STATUSES, 0)))
            assert entry.statuses is not None
            entry.statuses[status] = entry.statuses.get(status, 0) + n
            entry.count += n
        return [months[key] for key in sorted(months)]

    # -- the graph -------------------------------------------------------------------------------

    def graph(self, speakers: list[_SpeakerCount], outlets: list[_OutletCount],
              documents: list[DocumentEntry]) -> Graph:
        """The busiest speakers, outlets and documents, and the claims along the edges between them."""
        folded: dict[int, _SpeakerCount] = {}
        for s in speakers:  # one node a speaker row: an anonymous source's stories come together again
            if s.id is not None:
                into = folded.setdefault(s.id, _SpeakerCount(s.id, s.name, s.kind, s.role, s.affiliation, s.anonymous))
                for status, n in s.statuses.items():
                    into.statuses[status] = into.statuses.get(status, 0) + n
        named = list(folded.values())
        named.sort(key=lambda s: (-s.claims, s.name.casefold(), s.id))
        speaker_nodes = [GraphNode(id=f"s{s.id}", label=s.name, column="speaker", claims=s.claims,
                                   anonymous=bool(s.anonymous)) for s in named[:GRAPH_LIMITS["speaker"]]]
        by_outlet = sorted(outlets, key=lambda o: (-o.claims, o.name.casefold(), o.id))
        outlet_nodes = [GraphNode(id=f"o{o.id}", label=o.name, column="outlet", claims=o.claims)
                        for o in by_outlet[:GRAPH_LIMITS["outlet"]]]
        cited = [(i, d) for i, d in enumerate(documents, 1) if d.claims]
        cited.sort(key=lambda x: (-x[1].claims, (x[1].title or x[1].slug).casefold(), x[0]))
        doc_nodes = [GraphNode(id=f"d{i}", label=d.title or d.slug, column="document", claims=d.claims)
                     for i, d in cited[:GRAPH_LIMITS["document"]]]
        node_of_slug = {d.slug: f"d{i}" for i, d in cited[:GRAPH_LIMITS["document"]]}
        speaker_ids = [int(n.id[1:]) for n in speaker_nodes]
        outlet_ids = [int(n.id[1:]) for n in outlet_nodes]
        edges: dict[tuple[str, str], int] = {}
        if speaker_ids and outlet_ids:
            for speaker_id, outlet_id, n in self.session.execute(
                select(col(Claim.speaker_id), col(Claim.outlet_id), func.count())
                .where(self.in_scope(), in_values(col(Claim.speaker_id), speaker_ids), in_values(col(Claim.outlet_id), outlet_ids))
                .group_by(col(Claim.speaker_id), col(Claim.outlet_id))
            ):
                edges[(f"s{speaker_id}", f"o{outlet_id}")] = n
        if node_of_slug:
            docs_in_graph = select(col(Version.id)).join(Document, col(Document.id) == col(Version.document_id)).where(
                in_values(col(Document.slug), list(node_of_slug)))
            for column, prefix, ids, extra in ((Claim.speaker_id, "s", speaker_ids, col(Claim.outlet_id).is_(None)),
                                               (Claim.outlet_id, "o", outlet_ids, true())):
                if not ids:
                    continue
                per_version = (select(col(column).label("key"), col(Claim.version_id), func.count().label("n"))
                               .where(self.in_scope(), col(Claim.version_id).in_(docs_in_graph),
                                      in_values(col(column), ids), extra)
                               .group_by(col(column), col(Claim.version_id)).subquery())
                for key, slug, n in self.session.execute(
                    select(per_version.c.key, col(Document.slug), per_version.c.n).select_from(per_version)
                    .join(Version, col(Version.id) == per_version.c.version_id)
                    .join(Document, col(Document.id) == col(Version.document_id))
                ):
                    edges[(f"{prefix}{key}", node_of_slug[slug])] = n
        nodes = [*speaker_nodes, *outlet_nodes, *doc_nodes]
        order = {node.id: i for i, node in enumerate(nodes)}
        kept = sorted(((a, b, n) for (a, b), n in edges.items() if a in order and b in order),
                      key=lambda e: (order[e[0]], order[e[1]]))
        return Graph(
            nodes=nodes,
            edges=[GraphEdge(a, b, n) for a, b, n in kept],
            hidden={"speaker": len(named) - len(speaker_nodes), "outlet": len(outlets) - len(outlet_nodes),
                    "document": len(cited) - len(doc_nodes)},
        )
