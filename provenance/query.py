"""Reading the database: claim listings with filters, one claim in full, and counts per speaker,
outlet and document. Rows are flat dicts ready for `output.render_rows`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import aliased
from sqlmodel import Session

from provenance.errors import InputError, NotFound
from provenance.models import FORMS, KINDS, STATUSES, Claim, Document, Event, Link, Outlet, Speaker, Version

DATE_RE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
CLAIM_COLUMNS = ("id", "doc", "version", "seq", "start", "end", "text", "speaker", "anonymous", "speaker_role",
                 "affiliation", "speaker_start", "speaker_end", "outlet", "cue", "form", "stated_on",
                 "event_on", "kind", "status", "reason")
TABLE_COLUMNS = ("id", "doc", "speaker", "outlet", "stated_on", "status", "text")
ClaimOutlet = aliased(Outlet)


def check_date(value: str | None, option: str) -> str | None:
    """A date filter must be YYYY, YYYY-MM or YYYY-MM-DD."""
    if value is None:
        return None
    if not DATE_RE.match(value):
        raise InputError(f"{option} {value!r} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD")
    return value


def check_choices(values: tuple[str, ...] | list[str], allowed: tuple[str, ...], option: str) -> list[str]:
    out: list[str] = []
    for value in values:
        for part in value.split(","):
            part = part.strip().lower()
            if part and part not in allowed:
                raise InputError(f"{option} {part!r} is not one of {', '.join(allowed)}")
            if part:
                out.append(part)
    return out


@dataclass
class ClaimFilter:
    """What `provenance claims` narrows the listing to."""

    statuses: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    forms: tuple[str, ...] = ()
    speaker: str | None = None
    outlet: str | None = None
    anonymous: bool | None = None
    since: str | None = None
    until: str | None = None
    search: str | None = None
    doc: str | None = None
    version: int | None = None
    all_versions: bool = False
    limit: int | None = None
    offset: int = 0

    def validated(self) -> ClaimFilter:
        self.statuses = tuple(check_choices(self.statuses, STATUSES, "--status"))
        self.kinds = tuple(check_choices(self.kinds, KINDS, "--kind"))
        self.forms = tuple(check_choices(self.forms, FORMS, "--form"))
        check_date(self.since, "--since")
        check_date(self.until, "--until")
        if self.version is not None and not self.doc:
            raise InputError("--version needs --doc: versions are numbered per document")
        if self.version is not None and self.version < 1:
            raise InputError("--version must be 1 or more")
        if self.limit is not None and self.limit < 0:
            raise InputError("--limit must be 0 or more")
        return self


def _claim_select():
    return (
        select(
            Claim.id, Document.slug, Version.number, Claim.seq, Claim.char_start, Claim.char_end, Claim.text,
            Speaker.name, Speaker.anonymous, Speaker.role, Speaker.affiliation, Claim.speaker_start,
            Claim.speaker_end, ClaimOutlet.name, Claim.cue, Claim.form, Claim.stated_on, Claim.event_on,
            Claim.kind, Claim.status, Claim.reason,
        )
        .join(Version, Version.id == Claim.version_id)
        .join(Document, Document.id == Version.document_id)
        .outerjoin(Speaker, Speaker.id == Claim.speaker_id)
        .outerjoin(ClaimOutlet, ClaimOutlet.id == Claim.outlet_id)
    )


def _row(values) -> dict[str, Any]:
    return dict(zip(CLAIM_COLUMNS, values, strict=True))


def latest_version_ids():
    """Subquery: the id of the newest version of every document."""
    newest = (select(Version.document_id, func.max(Version.number).label("number"))
              .group_by(Version.document_id).subquery())
    return (select(Version.id).join(newest, and_(Version.document_id == newest.c.document_id,
                                                   Version.number == newest.c.number)))


def _like(value: str) -> str:
    return "%" + value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def claim_query(f: ClaimFilter):
    query = _claim_select()
    if f.doc:
        query = query.where(Document.slug == f.doc)
    if f.version is not None:
        query = query.where(Version.number == f.version)
    elif not f.all_versions:
        query = query.where(Claim.version_id.in_(latest_version_ids()))  # type: ignore[attr-defined]
    if f.statuses:
        query = query.where(Claim.status.in_(f.statuses))  # type: ignore[attr-defined]
    if f.kinds:
        query = query.where(Claim.kind.in_(f.kinds))  # type: ignore[attr-defined]
    if f.forms:
        query = query.where(Claim.form.in_(f.forms))  # type: ignore[attr-defined]
    if f.speaker:
        query = query.where(or_(Speaker.name.ilike(_like(f.speaker), escape="\\"),  # type: ignore[attr-defined]
                                Speaker.aliases.ilike(_like(f.speaker), escape="\\")))  # type: ignore[attr-defined]
    if f.outlet:
        query = query.where(or_(ClaimOutlet.name.ilike(_like(f.outlet), escape="\\"),
                                ClaimOutlet.aliases.ilike(_like(f.outlet), escape="\\")))
    if f.anonymous is not None:
        query = query.where(Speaker.anonymous == f.anonymous)
    if f.since:
        query = query.where(Claim.stated_on >= f.since)  # type: ignore[operator]
    if f.until:
        # a partial bound covers its whole period: --until 2025-05 keeps 2025-05-31
        query = query.where(Claim.stated_on <= f.until + "\uffff")  # type: ignore[operator]
    if f.search:
        for word in f.search.split():
            query = query.where(Claim.text.ilike(_like(word), escape="\\"))  # type: ignore[attr-defined]
    query = query.order_by(Document.slug, Version.number, Claim.seq)
    if f.offset:
        query = query.offset(f.offset)
    if f.limit is not None:
        query = query.limit(f.limit)
    return query


def iter_claims(session: Session, f: ClaimFilter) -> Iterator[dict[str, Any]]:
    """Stream the claims that match the filter, in document, version and sequence order."""
    result = session.execute(claim_query(f.validated()), execution_options={"yield_per": 1000})
    for values in result:
        yield _row(values)


def claim_row(session: Session, claim_id: int) -> dict[str, Any]:
    values = session.execute(_claim_select().where(Claim.id == claim_id)).first()
    if values is None:
        raise NotFound(f"no claim with id {claim_id}: `provenance claims` lists the ids")
    return _row(values)


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
    for direction, mine, theirs in (("out", Link.source_id, Link.target_id), ("in", Link.target_id, Link.source_id)):
        for link, other_id, other_text in session.execute(
            select(Link, other.id, other.text).join(other, other.id == theirs).where(mine == claim_id)
            .order_by(Link.id)
        ):
            links.append({"direction": direction, "relation": link.relation, "claim": other_id,
                          "text": other_text, "by": link.created_by, "reason": link.reason})
    row["links"] = links
    row["history"] = [
        {"at": e.at, "actor": e.actor, "action": e.action, "old": e.old, "new": e.new, "reason": e.reason}
        for e in session.execute(select(Event).where(Event.claim_id == claim_id).order_by(Event.id)).scalars()
    ]
    return row


def speaker_counts(session: Session) -> Iterator[dict[str, Any]]:
    latest = latest_version_ids()
    n = func.count(Claim.id)
    query = (
        select(Speaker.id, Speaker.name, Speaker.kind, Speaker.anonymous, Speaker.role, Speaker.affiliation,
               n.label("claims"), func.count(func.distinct(Claim.version_id)).label("documents"))
        .outerjoin(Claim, and_(Claim.speaker_id == Speaker.id, Claim.version_id.in_(latest)))  # type: ignore[attr-defined]
        .group_by(Speaker.id).order_by(n.desc(), Speaker.name)
    )
    for r in session.execute(query):
        yield {"id": r[0], "name": r[1], "kind": r[2], "anonymous": r[3], "role": r[4], "affiliation": r[5],
               "claims": r[6], "documents": r[7]}


def outlet_counts(session: Session) -> Iterator[dict[str, Any]]:
    latest = latest_version_ids()
    n = func.count(Claim.id)
    query = (
        select(Outlet.id, Outlet.name, Outlet.country, n.label("claims"),
               func.count(func.distinct(Claim.version_id)).label("documents"))
        .outerjoin(Claim, and_(Claim.outlet_id == Outlet.id, Claim.version_id.in_(latest)))  # type: ignore[attr-defined]
        .group_by(Outlet.id).order_by(n.desc(), Outlet.name)
    )
    for r in session.execute(query):
        yield {"id": r[0], "name": r[1], "country": r[2], "claims": r[3], "documents": r[4]}


def document_counts(session: Session) -> Iterator[dict[str, Any]]:
    versions = (select(Version.document_id, func.count(Version.id).label("versions"),
                       func.max(Version.number).label("latest"))
                .group_by(Version.document_id).subquery())
    latest_claims = (select(Version.document_id, func.count(Claim.id).label("claims"))
                     .join(Claim, Claim.version_id == Version.id)
                     .where(Version.id.in_(latest_version_ids()))  # type: ignore[union-attr]
                     .group_by(Version.document_id).subquery())
    query = (
        select(Document.slug, Document.title, Outlet.name, versions.c.versions, versions.c.latest,
               func.coalesce(latest_claims.c.claims, 0))
        .outerjoin(Outlet, Outlet.id == Document.outlet_id)
        .outerjoin(versions, versions.c.document_id == Document.id)
        .outerjoin(latest_claims, latest_claims.c.document_id == Document.id)
        .order_by(Document.slug)
    )
    for r in session.execute(query):
        yield {"doc": r[0], "title": r[1], "outlet": r[2], "versions": r[3] or 0, "latest": r[4], "claims": r[5]}


def status_counts(session: Session, doc: str | None = None) -> dict[str, int]:
    query = (select(Claim.status, func.count(Claim.id))
             .where(Claim.version_id.in_(latest_version_ids())).group_by(Claim.status))  # type: ignore[attr-defined]
    if doc:
        query = query.join(Version, Version.id == Claim.version_id).join(
            Document, Document.id == Version.document_id).where(Document.slug == doc)
    return {status: count for status, count in session.execute(query)}
