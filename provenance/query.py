"""Reading the database: claim listings with filters, one claim in full, and counts per speaker,
outlet and document. Rows are flat dicts ready for `output.render_rows`.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import (
    Integer,
    and_,
    case,
    cast,
    column,
    exists,
    func,
    literal_column,
    or_,
    select,
    table,
    text,
)
from sqlalchemy.orm import aliased
from sqlalchemy.sql import operators
from sqlalchemy.sql.elements import UnaryExpression
from sqlmodel import Session, col

from provenance import keyset
from provenance.errors import NotFound
from provenance.folded_sql import folded
from provenance.folding import fold

# the listing's filter and columns, where callers have always found them
from provenance.listing import CLAIM_COLUMNS, TABLE_COLUMNS, ClaimFilter, chain_row, check_choices, check_date  # noqa: F401
from provenance.models import Claim, ClusterMember, Document, Event, Link, Outlet, Speaker, Version
from provenance.sql_in import in_values

CHUNK = 5000
ClaimOutlet = aliased(Outlet)
OriginSpeaker = aliased(Speaker)
OriginOutlet = aliased(Outlet)


def described_speaker() -> tuple[Any, Any, Any]:
    """The speaker's kind, role and affiliation as the claim's own document describes them (migration
    0015), else (a claim stored before) as its speaker row does: the row keeps one description a name,
    the first document's, which another may not give ('Ana Lind, Mayor' there, 'Ana Lind' here)."""
    own = col(Claim.speaker_kind).is_(None)
    return (case((own, col(Speaker.kind)), else_=col(Claim.speaker_kind)).label("speaker_kind"),
            case((own, col(Speaker.role)), else_=col(Claim.speaker_role)).label("speaker_role"),
            case((own, col(Speaker.affiliation)), else_=col(Claim.speaker_affiliation)).label("speaker_affiliation"))


def _claim_select():
    _, role, affiliation = described_speaker()
    return (
        select(
            Claim.id, Document.slug, Version.number, Claim.seq, Claim.char_start, Claim.char_end, Claim.text,
            Speaker.name, Speaker.anonymous, role, affiliation, Claim.speaker_start,
            Claim.speaker_end, ClaimOutlet.name, Claim.via, OriginSpeaker.name, OriginOutlet.name, Claim.cue,
            Claim.form, Claim.stated_on, Claim.event_on, Claim.kind, Claim.stance, Claim.status, Claim.reason,
            ClusterMember.cluster_id,
        )
        .select_from(Document)
        .join(Version, Version.document_id == Document.id)
        .join(Claim, Claim.version_id == Version.id)
        .outerjoin(Speaker, Speaker.id == Claim.speaker_id)
        .outerjoin(ClaimOutlet, ClaimOutlet.id == Claim.outlet_id)
        .outerjoin(OriginSpeaker, OriginSpeaker.id == Claim.origin_speaker_id)
        .outerjoin(OriginOutlet, OriginOutlet.id == Claim.origin_outlet_id)
        .outerjoin(ClusterMember, ClusterMember.claim_id == Claim.id)
    )


_SELECTED = (*CLAIM_COLUMNS[:CLAIM_COLUMNS.index("origin") + 1], "origin_outlet",
             *CLAIM_COLUMNS[CLAIM_COLUMNS.index("origin") + 1:])


def _row(values) -> dict[str, Any]:
    return chain_row(dict(zip(_SELECTED, values, strict=True)))


def is_latest_version(version=Version):
    """Condition: `version` (the Version table or an alias of it) is the newest of its document.

    A NOT EXISTS probe of the (document_id, number) index, so a listing can walk documents in order
    and stop after its first page instead of collecting every latest version first.
    """
    newer = aliased(Version)
    return ~exists().where(newer.document_id == version.document_id, newer.number > version.number)


def latest_version_ids():
    """Subquery: the id of the newest version of every document."""
    return select(Version.id).where(is_latest_version())


def in_latest_version(session: Session, claim_id: int) -> bool:
    """Whether the claim belongs to the newest version of its document (so listings and counts show it)."""
    found = session.execute(select(col(Claim.id)).join(Version, col(Version.id) == Claim.version_id)
                            .where(col(Claim.id) == claim_id, is_latest_version())).first()
    return found is not None


def chunks(values: Sequence[Any], size: int = CHUNK) -> Iterator[Sequence[Any]]:
    """`values` in slices of `size`: an IN (...) list per statement, well under every backend's
    parameter limit."""
    for i in range(0, len(values), size):
        yield values[i:i + size]


def like_escape(value: str) -> str:
    r"""`value` literally in a LIKE pattern (escaped with backslashes: use `escape="\\"`).

    >>> like_escape("50%_off")
    '50\\%\\_off'
    """
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def like_contains(value: str) -> str:
    """A LIKE pattern for text containing `value` literally."""
    return "%" + like_escape(value) + "%"


def _walked(column, sqlite: bool):
    """The column's value, but (on SQLite) useless to the planner as an index key.

    SQLite keeps no table statistics unless someone runs ANALYZE, and without them it drives a
    filtered listing by the index of any filtered column (`claim.status`: 40% of the rows) and then
    sorts every match. The unary `+` of SQLite's documentation changes nothing in the value but
    rules the index out, so the listing walks the claims in the order it prints them instead.
    PostgreSQL has statistics and chooses for itself.
    """
    if not sqlite:
        return column
    return UnaryExpression(column, operator=operators.custom_op("+"), type_=column.type)


# Which way to find the rows of a listing. Looking the matches up and sorting them costs about ten
# times more per row than walking past a claim in order (measured by benchmarks/run.py), so with
# m matches among n claims and a page of k rows, looking up wins when m < sqrt(k * n / 10), and for a
# whole listing when m < n / 10. Speakers and outlets: a name filter matching more than 2% of
# them (or 5,000) walks.
LOOKUP_COST = 10
LOOKUP_FLOOR = 100  # below this many matches either way is instant: look up
NAME_SHARE = 0.02
NAME_IDS = 5000
FTS_TABLE = "claim_fts"
FTS_GRAM = 3


def search_words(search: str | None) -> list[str]:
    """The words of a --search text: every one must occur in the claim text."""
    return search.split() if search else []


def fts_query(words: list[str]) -> str | None:
    """The FTS5 query that finds every claim containing all `words` (and possibly a few more).

    The trigram index knows which claims contain each run of three characters. A claim holding a
    word holds all of its trigrams, so the AND of every trigram of every word finds a superset of
    the claims; the caller keeps only those whose text contains each word (LIKE, as without the
    index). Each trigram is quoted as an FTS string with `"` doubled, so nothing the user types can
    be read as FTS syntax (AND, OR, NEAR, *, ^, column filters). Words shorter than three
    characters have no trigram and are left to LIKE, as are trigrams holding a NUL (which would
    end the FTS query early); None when no word has a trigram.

    >>> fts_query(['Lisbon'])
    '"Lis" AND "isb" AND "sbo" AND "bon"'
    >>> fts_query(['a"b', 'OR'])  # the quote doubled; 'OR' is too short for a trigram
    '"a""b"'
    >>> fts_query(['in', 'of']) is None
    True
    """
    grams = dict.fromkeys(gram for word in words for i in range(len(word) - FTS_GRAM + 1)
                          if "\x00" not in (gram := word[i:i + FTS_GRAM]))
    if not grams:
        return None
    return " AND ".join('"' + gram.replace('"', '""') + '"' for gram in grams)


def has_claim_search_index(session: Session) -> bool:
    """Whether this SQLite database has the claim_fts table (migration 0002 skips it without FTS5)."""
    if session.get_bind().dialect.name != "sqlite":
        return False
    found = session.execute(text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = :name"),
                            {"name": FTS_TABLE}).first()
    return found is not None


@dataclass
class _Plan:
    """How to find the rows of one listing.

    `walk`: go through documents in slug order a batch at a time (dense filters; the first page is
    found in the first batch). Otherwise one query looks up the rows of the rare filter (FTS
    matches, a rare status, a rare search on PostgreSQL, the few matching speakers or outlets)
    and sorts only those.
    """

    sqlite: bool = False
    walk: bool = True
    by_status: bool = False
    by_search: bool = False
    fts_match: str | None = None
    speaker_ids: list[int] | None = None
    outlet_ids: list[int] | None = None


# Aliases are stored as JSON text; a filter holding JSON syntax could match the brackets, quotes and
# commas between aliases, so such a filter is checked against the parsed aliases instead.
JSON_SYNTAX = re.compile(r'["\[\],\\]')


def name_condition(table: Any, text_filter: str) -> Any:
    """Whether a speaker's (or outlet's) name or aliases hold the text, accents and case folded as
    fold() folds them: 'Diaz' finds 'Ana Díaz', 'ÉLOÏSE' finds 'Éloïse'."""
    pattern = like_contains(fold(text_filter))
    return or_(folded(col(table.name)).like(pattern, escape="\\"),
               folded(col(table.aliases)).like(pattern, escape="\\"))


def _name_ids(session: Session, table, text_filter: str, anonymous: bool | None = None) -> list[int] | None:
    """Ids of the speakers (or outlets) whose name or aliases contain the text, when they are few."""
    condition = name_condition(table, text_filter)
    if anonymous is not None:
        condition = and_(condition, col(table.anonymous) == anonymous)
    if JSON_SYNTAX.search(text_filter):
        wanted = fold(text_filter)
        return [row.id for row in session.execute(select(col(table.id), col(table.name), col(table.aliases))
                                                  .where(condition))
                if wanted in fold(row.name) or any(wanted in fold(alias)
                                                   for alias in json.loads(row.aliases or "[]"))]
    ids = list(session.execute(select(col(table.id)).where(condition).limit(NAME_IDS + 1)).scalars())
    total = session.execute(select(func.count()).select_from(table)).scalar() or 0
    if len(ids) > NAME_IDS or len(ids) > max(50, total * NAME_SHARE):
        return None
    return ids


def _at_most(session: Session, rows: Any, n: int) -> bool:
    """Whether the query gives at most n rows; counting stops at n + 1, so a common filter is cheap."""
    return (session.execute(select(func.count()).select_from(rows.limit(n + 1).subquery())).scalar() or 0) <= n


def _plan(session: Session, f: ClaimFilter) -> _Plan:
    plan = _Plan(sqlite=session.get_bind().dialect.name == "sqlite")
    if f.doc or f.cluster is not None:
        plan.walk = False  # one document or cluster: its claims are at hand whatever else is asked
        return plan
    # max(id) is one index lookup where the number of rows would be a full count
    total = session.execute(select(func.max(Claim.id))).scalar() or 0
    sparse = total / LOOKUP_COST
    if f.limit is not None:
        sparse = min(sparse, (total * (f.offset + f.limit) / LOOKUP_COST) ** 0.5)
    sparse = max(LOOKUP_FLOOR, int(sparse))
    words = search_words(f.search)
    match = fts_query(words) if words and plan.sqlite else None
    if match and has_claim_search_index(session):
        found = session.execute(text(f"SELECT count(*) FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :q"),
                                {"q": match}).scalar() or 0
        if found <= sparse:
            plan.fts_match = match
    elif words and not plan.sqlite and fts_query(words) is not None:
        # PostgreSQL's trigram index answers the LIKE of each word itself; only how many match is
        # asked. Without a word of three characters the index has nothing to go on: walk.
        some: Any = select(literal_column("1")).where(
            *(col(Claim.text).ilike(like_contains(word), escape="\\") for word in words))
        plan.by_search = _at_most(session, some, sparse)
    if f.statuses:
        some = select(literal_column("1")).where(in_values(col(Claim.status), f.statuses))
        plan.by_status = _at_most(session, some, sparse)
    if f.speaker:
        plan.speaker_ids = _name_ids(session, Speaker, f.speaker, f.anonymous)
    if f.outlet:
        plan.outlet_ids = _name_ids(session, Outlet, f.outlet)
    plan.walk = not (plan.by_status or plan.by_search or plan.fts_match
                     or plan.speaker_ids is not None or plan.outlet_ids is not None)
    return plan


def _said_on(walked, compare, bound: str):
    """The claim said on a date `compare` (>=, <=) to `bound`: a claim the text gives no date is
    dated by its document (as the report's clusters date it). Written as an OR of plain comparisons,
    not coalesce(stated_on, published), so that each side can use its column's index (PostgreSQL;
    SQLite walks, see _walked); the rows are the same."""
    stated, published = walked(Claim.stated_on), walked(Version.published)
    return or_(compare(stated, bound), and_(stated.is_(None), compare(published, bound)))


def claim_query(f: ClaimFilter, plan: _Plan | None = None):
    """The SELECT behind `iter_claims`; `plan` (from the database at hand) picks the fastest shape."""
    plan = plan or _Plan()
    walked = functools.partial(_walked, sqlite=plan.sqlite)
    query = _claim_select()
    if f.doc:
        query = query.where(Document.slug == f.doc)
    if f.version is not None:
        query = query.where(Version.number == f.version)
    elif not f.all_versions:
        query = query.where(is_latest_version())
    if f.cluster is not None:
        query = query.where(col(ClusterMember.cluster_id) == f.cluster)
    if f.statuses:
        status = col(Claim.status) if plan.by_status else walked(Claim.status)
        query = query.where(in_values(status, f.statuses))
    if f.kinds:
        query = query.where(in_values(walked(Claim.kind), f.kinds))
    if f.forms:
        query = query.where(in_values(walked(Claim.form), f.forms))
    if plan.speaker_ids is not None:
        query = query.where(in_values(Claim.speaker_id, plan.speaker_ids))
    elif f.speaker:
        query = query.where(name_condition(Speaker, f.speaker))
    if plan.outlet_ids is not None:
        query = query.where(or_(in_values(Claim.outlet_id, plan.outlet_ids),
                                and_(col(Claim.outlet_id).is_(None), in_values(Document.outlet_id, plan.outlet_ids))))
    elif f.outlet:
        # what the outlet carried, and its own story's reporting: a claim with no outlet of its own
        # reached the reader through its document's publisher (the origin the listings print)
        publishers = select(col(Outlet.id)).where(name_condition(Outlet, f.outlet))
        query = query.where(or_(name_condition(ClaimOutlet, f.outlet),
                                and_(col(Claim.outlet_id).is_(None), col(Document.outlet_id).in_(publishers))))
    if f.anonymous is not None:
        query = query.where(walked(Speaker.anonymous) == f.anonymous)
    if f.since:
        query = query.where(_said_on(walked, operators.ge, f.since))
    if f.until:
        # a partial bound covers its whole period: --until 2025-05 keeps 2025-05-31
        query = query.where(_said_on(walked, operators.le, f.until + "\uffff"))
    if f.undated:
        query = query.where(col(Claim.stated_on).is_(None), col(Version.published).is_(None))
    if plan.fts_match is not None:
        fts = table(FTS_TABLE, column("rowid"))
        matching = select(fts.c.rowid).where(literal_column(FTS_TABLE).op("MATCH")(plan.fts_match))
        query = query.where(Claim.id.in_(matching))  # type: ignore[union-attr]
    for word in search_words(f.search):
        query = query.where(Claim.text.ilike(like_contains(word), escape="\\"))  # type: ignore[attr-defined]
    if f.after is not None:
        slug, number, seq = f.after
        query = query.where(or_(col(Document.slug) > slug,
                                and_(col(Document.slug) == slug, col(Version.number) > number),
                                and_(col(Document.slug) == slug, col(Version.number) == number, col(Claim.seq) > seq)))
    query = query.order_by(Document.slug, Version.number, Claim.seq)
    if f.offset:
        query = query.offset(f.offset)
    if f.limit is not None:
        query = query.limit(f.limit)
    return query


WALK_FIRST = 32
WALK_MOST = 1024


def _walk(session: Session, f: ClaimFilter, plan: _Plan) -> Iterator[Any]:
    """The rows of a dense listing, documents taken in slug order in growing batches.

    Keyset pagination over documents: each batch is one query over a few documents, sorted in
    the database, so the first page costs one small query whatever the size of the database, and a
    full listing streams with no sort of the whole table and no plan that depends on statistics.
    """
    query = claim_query(replace(f, offset=0, limit=None), plan)

    def documents(last: str | None, size: int) -> Sequence[Any]:
        batch = select(col(Document.id), col(Document.slug)).order_by(col(Document.slug)).limit(size)
        if last is not None:
            batch = batch.where(col(Document.slug) > last)
        elif f.after is not None:  # keyset: start at the document of the last row seen
            batch = batch.where(col(Document.slug) >= f.after[0])
        return session.execute(batch).all()

    def rows(docs: Sequence[Any], skip: int, left: int | None) -> Iterable[Any]:
        page = query.where(in_values(Document.id, [d[0] for d in docs]))
        if left is not None:
            page = page.limit(skip + left)
        return session.execute(page, execution_options={"yield_per": 1000})

    return keyset.walk(documents, rows, f.offset, f.limit, WALK_FIRST, WALK_MOST)


def iter_claims(session: Session, f: ClaimFilter) -> Iterator[dict[str, Any]]:
    """Stream the claims that match the filter, in document, version and sequence order."""
    f = f.validated()
    plan = _plan(session, f)
    if plan.walk:
        rows: Iterable[Any] = _walk(session, f, plan)
    else:
        rows = session.execute(claim_query(f, plan), execution_options={"yield_per": 1000})
    for values in rows:
        yield _row(values)


def claim_row(session: Session, claim_id: int) -> dict[str, Any]:
    values = session.execute(_claim_select().where(Claim.id == claim_id)).first()
    if values is None:
        raise NotFound(f"no claim with id {claim_id}: `provenance claims` lists the ids")
    return _row(values)


def claim_rows(session: Session, claim_ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    """claim id -> its listing row, for these claims: one query per `chunks` slice, none per claim."""
    out: dict[int, dict[str, Any]] = {}
    for part in chunks(sorted(set(claim_ids))):
        for values in session.execute(_claim_select().where(in_values(col(Claim.id), part))):
            row = _row(values)
            out[row["id"]] = row
    return out


def claim_detail(session: Session, claim_id: int) -> dict[str, Any]:
    """One claim with its source chain, links and history."""
    row = claim_row(session, claim_id)
    claim = session.get(Claim, claim_id)
    assert claim is not None
    version = session.get(Version, claim.version_id)
    doc = session.get(Document, version.document_id) if version else None
    publisher = session.get(Outlet, doc.outlet_id) if doc and doc.outlet_id else None
    row["sentence"] = (version.text[claim.sentence_start:claim.sentence_end]
                       if version and claim.sentence_start is not None else None)
    row["document_title"] = doc.title if doc else None
    row["publisher"] = publisher.name if publisher else None
    row["reviewed_by"] = claim.reviewed_by
    other = aliased(Claim)
    links = []
    for direction, mine, theirs in (("out", col(Link.source_id), col(Link.target_id)),
                                    ("in", col(Link.target_id), col(Link.source_id))):
        for link, other_id, other_text, other_stance in session.execute(
            select(Link, col(other.id), col(other.text), col(other.stance)).join(other, col(other.id) == theirs)
            .where(mine == claim_id).order_by(col(Link.id))
        ):
            links.append({"direction": direction, "relation": link.relation, "claim": other_id,
                          "text": other_text, "stance": other_stance, "by": link.created_by, "reason": link.reason})
    row["links"] = links
    row["history"] = [
        {"at": e.at, "actor": e.actor, "action": e.action, **event_change(e), "reason": e.reason,
         "evidence_url": e.evidence_url, "note": e.note}
        for e in session.execute(
            select(Event).where(col(Event.claim_id) == claim_id).order_by(col(Event.id))).scalars()
    ]
    return row


def event_change(event: Event) -> dict[str, str | None]:
    """{"old", "new"} of an event as listings show them: a link event's relation and other claim
    read "RELATION CLAIM_ID", as the value the link had before (unlink) or after (link)."""
    if event.relation is None:
        return {"old": event.old, "new": event.new}
    value = f"{event.relation} {event.target_claim_id}"
    removed = event.action.startswith("unlink")
    return {"old": value if removed else event.old, "new": None if removed else value}


def _claims_by(column):
    """Subquery (key, claims, documents): claims of the newest versions per value of `column`, and
    how many documents they are in.

    Counted per (version, key) first: both columns are in ix_claim_version_speaker_outlet, so the
    claim rows themselves are never read.
    """
    per_version = (select(column.label("key"), func.count().label("n"))
                   .where(col(Claim.version_id).in_(latest_version_ids()))
                   .group_by(col(Claim.version_id), column).subquery())
    return (select(per_version.c.key, cast(func.sum(per_version.c.n), Integer).label("claims"),
                   func.count().label("documents"))
            .group_by(per_version.c.key).subquery())


def speaker_counts(session: Session) -> Iterator[dict[str, Any]]:
    counts = _claims_by(col(Claim.speaker_id))
    claims = func.coalesce(counts.c.claims, 0)
    query = (
        select(col(Speaker.id), col(Speaker.name), col(Speaker.kind), col(Speaker.anonymous), col(Speaker.role),
               col(Speaker.affiliation), claims, func.coalesce(counts.c.documents, 0))
        .outerjoin(counts, counts.c.key == Speaker.id)
        .order_by(claims.desc(), col(Speaker.name))
    )
    for r in session.execute(query):
        yield {"id": r[0], "name": r[1], "kind": r[2], "anonymous": r[3], "role": r[4], "affiliation": r[5],
               "claims": r[6], "documents": r[7]}


def _claims_by_outlet():
    """Subquery (key, claims, documents) per outlet, counted as `claims --outlet` lists: what the
    outlet carried, and its own stories' reporting (a claim with no outlet of its own in a document
    it published). Counted per (version, outlet column) first, as `_claims_by` does, and only then
    given the version's publisher where the column is empty."""
    per_version = (select(col(Claim.version_id).label("version_id"), col(Claim.outlet_id).label("outlet_id"),
                          func.count().label("n"))
                   .where(col(Claim.version_id).in_(latest_version_ids()))
                   .group_by(col(Claim.version_id), col(Claim.outlet_id)).subquery())
    key = func.coalesce(per_version.c.outlet_id, col(Document.outlet_id))
    return (select(key.label("key"), cast(func.sum(per_version.c.n), Integer).label("claims"),
                   func.count(func.distinct(per_version.c.version_id)).label("documents"))
            .select_from(per_version)
            .join(Version, col(Version.id) == per_version.c.version_id)
            .join(Document, col(Document.id) == col(Version.document_id))
            .group_by(key).subquery())


def outlet_counts(session: Session) -> Iterator[dict[str, Any]]:
    """Outlets with their claims and documents, as `claims --outlet NAME` and the report's own
    reporting count them: a publisher's own stories' sources are its claims too."""
    counts = _claims_by_outlet()
    claims = func.coalesce(counts.c.claims, 0)
    query = (
        select(col(Outlet.id), col(Outlet.name), col(Outlet.country), claims, func.coalesce(counts.c.documents, 0))
        .outerjoin(counts, counts.c.key == Outlet.id)
        .order_by(claims.desc(), col(Outlet.name))
    )
    for r in session.execute(query):
        yield {"id": r[0], "name": r[1], "country": r[2], "claims": r[3], "documents": r[4]}


def document_counts(session: Session) -> Iterator[dict[str, Any]]:
    versions = (select(col(Version.document_id), func.count().label("versions"),
                       func.max(col(Version.number)).label("latest"))
                .group_by(col(Version.document_id)).subquery())
    latest_claims = (select(col(Version.document_id), func.count().label("claims"))
                     .select_from(Version).join(Claim, col(Claim.version_id) == Version.id)
                     .where(is_latest_version())
                     .group_by(col(Version.document_id)).subquery())
    query = (
        select(col(Document.slug), col(Document.title), col(Outlet.name), versions.c.versions, versions.c.latest,
               func.coalesce(latest_claims.c.claims, 0))
        .outerjoin(Outlet, col(Outlet.id) == Document.outlet_id)
        .outerjoin(versions, versions.c.document_id == Document.id)
        .outerjoin(latest_claims, latest_claims.c.document_id == Document.id)
        .order_by(col(Document.slug))
    )
    for r in session.execute(query):
        yield {"doc": r[0], "title": r[1], "outlet": r[2], "versions": r[3] or 0, "latest": r[4], "claims": r[5]}


def status_counts(session: Session, doc: str | None = None) -> dict[str, int]:
    """Claims of the newest versions per status (of one document, or of all).

    For all documents: every claim counted from the status index alone, less the claims of
    versions that a newer one replaced (the few revised documents); counting only the newest
    versions' claims directly reads every claim row (1,000,000 claims: see benchmarks/serve.py).
    """
    status = col(Claim.status)
    if doc:
        query = (select(status, func.count(col(Claim.id))).where(col(Claim.version_id).in_(latest_version_ids()))
                 .join(Version, col(Version.id) == Claim.version_id)
                 .join(Document, col(Document.id) == Version.document_id).where(col(Document.slug) == doc)
                 .group_by(status))
        return {name: count for name, count in session.execute(query)}
    everything = session.execute(select(status, func.count()).group_by(status)).all()
    replaced = select(col(Version.id)).where(~is_latest_version())
    superseded = dict(session.execute(select(status, func.count()).where(col(Claim.version_id).in_(replaced))
                                      .group_by(status)).all())
    counts = {name: count - superseded.get(name, 0) for name, count in everything}
    return {name: count for name, count in counts.items() if count}
