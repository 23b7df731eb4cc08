"""Writing claim sets into the database and reading them back out as claim sets.

Bulk rows go through SQLAlchemy Core `insert` with executemany, one transaction per document;
the ORM is used for single lookups only.
"""

from __future__ import annotations

import gzip
import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import func, insert, or_, select, update
from sqlalchemy.orm import aliased
from sqlmodel import Session, col

from provenance.claimset import ClaimEntry, ClaimSet, DocumentMeta, format_version
from provenance.corroboration import stance_of_cue
from provenance.errors import NotFound
from provenance.folding import fingerprint
from provenance.models import Claim, Document, Event, Link, Outlet, Page, Speaker, Version
from provenance.sql_in import in_values
from provenance.wording import plural

OUTLETS = Outlet.__table__  # type: ignore[attr-defined]
SPEAKERS = Speaker.__table__  # type: ignore[attr-defined]
DOCUMENTS = Document.__table__  # type: ignore[attr-defined]
VERSIONS = Version.__table__  # type: ignore[attr-defined]
CLAIMS = Claim.__table__  # type: ignore[attr-defined]
LINKS = Link.__table__  # type: ignore[attr-defined]
EVENTS = Event.__table__  # type: ignore[attr-defined]
PAGES = Page.__table__  # type: ignore[attr-defined]
BATCH = 2000
LOOKUP_BATCH = 500  # names per IN (...) lookup, well under every backend's parameter limit


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class Stored:
    """What storing one claim set did."""

    slug: str
    version: int
    created: bool
    claims: int = 0
    new_speakers: int = 0
    new_document: bool = False
    taken: int | None = None  # the version number the claim set asked for, when the document had it already
    copy_of: str | None = None  # a new document's text stored already as another's version: "DOC@N"


def outlet_id(session: Session, name: str, *, aliases=(), country: str | None = None) -> int:
    """The id of the outlet with this name, created when new."""
    return outlet_ids(session, [{"name": name, "aliases": list(aliases), "country": country}])[name]


def outlet_ids(session: Session, outlets: Sequence[Mapping[str, Any]]) -> dict[str, int]:
    """Outlet name -> id for every outlet given (name, aliases, country), creating the new ones.

    Two statements whatever the number of outlets: find the known ones, insert the rest (with
    RETURNING, which gives the new ids with their names, so their order does not matter).
    """
    conn = session.connection()
    wanted: dict[str, Mapping[str, Any]] = {}
    for outlet in outlets:
        wanted.setdefault(outlet["name"], outlet)
    found: dict[str, int] = {}
    names = list(wanted)
    for i in range(0, len(names), LOOKUP_BATCH):
        found.update(conn.execute(
            select(OUTLETS.c.name, OUTLETS.c.id).where(in_values(OUTLETS.c.name, names[i:i + LOOKUP_BATCH]))
        ).all())
    new = [{"name": name, "aliases": json.dumps(list(o.get("aliases") or []), ensure_ascii=False),
            "country": o.get("country")} for name, o in wanted.items() if name not in found]
    if new:
        found.update(conn.execute(insert(OUTLETS).returning(OUTLETS.c.name, OUTLETS.c.id), new).all())
    return found


def speaker_id(session: Session, speaker: Mapping[str, Any]) -> tuple[int, bool]:
    """The id of the speaker (matched on name and anonymity), created when new; and whether it was."""
    ids, created = speaker_ids(session, [speaker])
    return ids[(speaker["name"], bool(speaker.get("anonymous")))], bool(created)


def speaker_ids(session: Session, speakers: Sequence[Mapping[str, Any]]) -> tuple[dict[tuple[str, bool], int], int]:
    """(name, anonymous) -> id for every speaker given, creating the new ones; and how many were new.

    Two statements whatever the number of speakers, as for outlets.
    """
    conn = session.connection()
    wanted: dict[tuple[str, bool], Mapping[str, Any]] = {}
    for speaker in speakers:
        wanted.setdefault((speaker["name"], bool(speaker.get("anonymous"))), speaker)
    found: dict[tuple[str, bool], int] = {}
    names = sorted({name for name, _ in wanted})
    for i in range(0, len(names), LOOKUP_BATCH):
        for name, anonymous, sid in conn.execute(
            select(SPEAKERS.c.name, SPEAKERS.c.anonymous, SPEAKERS.c.id)
            .where(in_values(SPEAKERS.c.name, names[i:i + LOOKUP_BATCH]))
        ):
            found[(name, bool(anonymous))] = sid
    new = [{"name": name, "aliases": json.dumps(s.get("aliases") or [], ensure_ascii=False),
            "kind": s.get("kind") or "person", "anonymous": anonymous, "role": s.get("role"),
            "affiliation": s.get("affiliation")}
           for (name, anonymous), s in wanted.items() if (name, anonymous) not in found]
    if new:
        returning = insert(SPEAKERS).returning(SPEAKERS.c.name, SPEAKERS.c.anonymous, SPEAKERS.c.id)
        for name, anonymous, sid in conn.execute(returning, new):
            found[(name, bool(anonymous))] = sid
    return found, len(new)


def find_document(session: Session, slug: str) -> Document:
    doc = session.execute(select(Document).where(col(Document.slug) == slug)).scalar_one_or_none()
    if doc is None:
        raise NotFound(f"no document {slug!r}: `provenance docs` lists the documents")
    return doc


def find_version(session: Session, slug: str, number: int | None = None) -> tuple[Document, Version]:
    """The document and one of its versions (the latest when `number` is None)."""
    doc = find_document(session, slug)
    query = select(Version).where(col(Version.document_id) == doc.id)
    if number is None:
        query = query.order_by(col(Version.number).desc()).limit(1)
    else:
        query = query.where(col(Version.number) == number)
    version = session.execute(query).scalar_one_or_none()
    if version is None:
        raise NotFound(f"document {slug!r} has no version {number}: `provenance versions {slug}` lists them")
    return doc, version


def add_event(session: Session, *, actor: str, action: str, document_id: int | None = None,
              claim_id: int | None = None, old: str | None = None, new: str | None = None,
              reason: str | None = None) -> None:
    session.add(Event(actor=actor, action=action, document_id=document_id, claim_id=claim_id,
                      old=old, new=new, reason=reason))


def store_claimset(session: Session, data: ClaimSet, *, actor: str, action: str = "import",
                   note: str | None = None) -> Stored:
    """Store a validated claim set as a version of its document; identical text is a no-op.

    A fixed number of statements whatever the size of the claim set (no query per speaker, outlet
    or claim): outlets and speakers are looked up and created in one batch each, claims and links
    are inserted with executemany. The caller owns the transaction (commit or roll back the session).
    """
    conn = session.connection()  # Core statements on the session's transaction, past the ORM layer
    meta = data["document"]
    digest = sha256(meta["text"])
    doc = conn.execute(select(col(Document.id), col(Document.slug)).where(col(Document.slug) == meta["slug"])).first()
    last = None
    if doc is not None:
        existing = conn.execute(
            select(col(Version.number)).where(col(Version.document_id) == doc.id, col(Version.sha256) == digest)
        ).scalar_one_or_none()
        if existing is not None:
            return Stored(slug=doc.slug, version=existing, created=False)
        last = conn.execute(select(func.max(col(Version.number))).where(col(Version.document_id) == doc.id)).scalar()

    outlets: list[Mapping[str, Any]] = list(data["outlets"])
    publisher = meta.get("outlet")
    if publisher:
        # after the file's own outlets, so the publisher keeps the aliases and country given there
        outlets.append({"name": publisher})
    outlet_by_name = outlet_ids(session, outlets)
    publisher_id = outlet_by_name[publisher] if publisher else None
    doc_id = _document_row(conn, meta, None if doc is None else doc.id, publisher_id)
    number = meta.get("version") or 1
    taken = None
    if last is not None and number <= last:
        number, taken = last + 1, number
    version_id = conn.execute(insert(VERSIONS).returning(VERSIONS.c.id), {
        "document_id": doc_id, "number": number, "sha256": digest, "text": meta["text"],
        "published": meta.get("published"), "extractor": extractor_text(data)}).scalar_one()

    by_key, new_speakers = speaker_ids(session, data["speakers"])
    rows = _claim_rows(data, version_id, speakers={s["id"]: by_key[(s["name"], bool(s.get("anonymous")))]
                                                   for s in data["speakers"]},
                       outlets={o["id"]: outlet_by_name[o["name"]] for o in data["outlets"]}, publisher=publisher_id)
    seq_to_id: dict[int, int] = {}
    for i in range(0, len(rows), BATCH):
        if data["links"]:  # the links need the new ids: RETURNING gives them with their seq
            seq_to_id.update(conn.execute(insert(CLAIMS).returning(CLAIMS.c.seq, CLAIMS.c.id), rows[i:i + BATCH]).all())
        else:
            conn.execute(insert(CLAIMS), rows[i:i + BATCH])
    claim_ids = {c["id"]: seq_to_id[c["seq"]] for c in data["claims"]} if data["links"] else {}
    link_rows = [
        {"source_id": claim_ids[lk["source"]], "target_id": claim_ids[lk["target"]], "relation": lk["relation"],
         "created_by": lk.get("by") or "rule", "reason": lk.get("reason")}
        for lk in data["links"]
    ]
    if link_rows:
        conn.execute(insert(LINKS), link_rows)
    conn.execute(insert(EVENTS), {
        "actor": actor, "action": action, "document_id": doc_id, "new": f"version {number}",
        "reason": f"{plural(len(rows), 'claim')}, {plural(len(link_rows), 'link')}", "note": note})
    return Stored(slug=meta["slug"] if doc is None else doc.slug, version=number, created=True, claims=len(rows),
                  new_speakers=new_speakers, new_document=doc is None, taken=taken,
                  copy_of=None if doc is not None else _copy_of(conn, digest, doc_id))


def _copy_of(conn: Any, digest: str, doc_id: int) -> str | None:
    """Another document's version with this very text ("DOC@N"): a reprint, or a file stored twice
    under two names."""
    row = conn.execute(select(col(Document.slug), col(Version.number))
                       .join(Document, col(Document.id) == col(Version.document_id))
                       .where(col(Version.sha256) == digest, col(Version.document_id) != doc_id)
                       .order_by(col(Version.id)).limit(1)).first()
    return None if row is None else f"{row[0]}@{row[1]}"


def _document_row(conn: Any, meta: DocumentMeta, doc_id: int | None, publisher_id: int | None) -> int:
    """The id of the claim set's document: inserted when new, its given metadata updated when not."""
    if doc_id is None:
        return conn.execute(insert(DOCUMENTS).returning(DOCUMENTS.c.id), {
            "slug": meta["slug"], "title": meta.get("title"), "outlet_id": publisher_id, "url": meta.get("url"),
            "language": meta.get("language")}).scalar_one()
    changes = {field: value for field, value in (
        ("title", meta.get("title")), ("outlet_id", publisher_id), ("url", meta.get("url")),
        ("language", meta.get("language"))) if value is not None}
    if changes:
        conn.execute(update(DOCUMENTS).where(DOCUMENTS.c.id == doc_id).values(**changes))
    return doc_id


def _claim_rows(data: ClaimSet, version_id: int, *, speakers: dict[str, int],
                outlets: dict[str, int], publisher: int | None) -> list[dict[str, Any]]:
    """The claim table's rows for the claims of a claim set (local speaker and outlet ids mapped)."""
    names = {o["id"]: o["name"] for o in data["outlets"]}
    described = {s["id"]: {"speaker_kind": s.get("kind") or "person", "speaker_role": s.get("role"),
                           "speaker_affiliation": s.get("affiliation")} for s in data["speakers"]}
    return [
        {
            "version_id": version_id, "seq": c["seq"], "char_start": c["start"], "char_end": c["end"],
            "text": c["text"], "sentence_start": c.get("sentence_start"), "sentence_end": c.get("sentence_end"),
            "speaker_id": speakers.get(c["speaker"] or ""),
            "speaker_start": c.get("speaker_start"), "speaker_end": c.get("speaker_end"),
            "outlet_id": outlets.get(c["outlet"] or ""),
            **chain_columns(c, names, speakers, outlets, publisher),
            "cue": c.get("cue"), "cue_start": c.get("cue_start"), "cue_end": c.get("cue_end"),
            "form": c["form"], "stated_on": c.get("stated_on"), "event_on": c.get("event_on"),
            "kind": c["kind"], "status": c["status"], "reason": c.get("reason") or "",
            "reviewed_by": c.get("reviewed_by"), "stance": c.get("stance") or stance_of_cue(c.get("cue")),
            "fingerprint": fingerprint(c["text"]),
            # what this document says of its speaker (the row keeps the first document's)
            **described.get(c["speaker"] or "", _UNDESCRIBED),
        }
        for c in data["claims"]
    ]


_UNDESCRIBED = {"speaker_kind": None, "speaker_role": None, "speaker_affiliation": None}  # no speaker


def chain_columns(c: ClaimEntry, names: Mapping[str, str], speakers: Mapping[str, int], outlets: Mapping[str, int],
                  publisher: int | None) -> dict[str, Any]:
    """A claim's `via`, `origin_speaker_id` and `origin_outlet_id` columns from its claim-set entry
    (local ids mapped: outlet names, speaker and outlet ids). A claim with no origin given (a
    format 1 set) comes from its speaker, through its outlet or else the publisher."""
    via = json.dumps([names[o] for o in c.get("via") or ()], ensure_ascii=False)
    if "origin" in c:
        origin = c["origin"] or {"speaker": None, "outlet": None}
        return {"via": via, "origin_speaker_id": speakers.get(origin["speaker"] or ""),
                "origin_outlet_id": outlets.get(origin["outlet"] or "")}
    return {"via": via, "origin_speaker_id": speakers.get(c["speaker"] or ""),
            "origin_outlet_id": outlets.get(c["outlet"] or "", publisher)}


def _local_ids(values: list[int], prefix: str) -> dict[int, str]:
    return {value: f"{prefix}{i}" for i, value in enumerate(values, 1)}


def extractor_text(data: Mapping[str, Any]) -> str | None:
    """A claim set's extractor record as the version stores it (JSON), None when it has none."""
    return json.dumps(data["extractor"], sort_keys=True) if data.get("extractor") else None


def export_claimset(session: Session, slug: str, number: int | None = None) -> ClaimSet:
    """One version of a document as a claim-set dict (canonical: ids by first appearance)."""
    doc, version = find_version(session, slug, number)
    claims = session.execute(
        select(Claim).where(Claim.version_id == version.id).order_by(Claim.seq)  # type: ignore[arg-type]
    ).scalars().all()
    publisher = session.get(Outlet, doc.outlet_id) if doc.outlet_id else None
    via = {c.id: json.loads(c.via or "[]") for c in claims}
    via_ids = _outlet_ids_named(session, {name for names in via.values() for name in names})
    # ids in order of first appearance (dicts keep insertion order: no quadratic list search)
    speaker_order = list(dict.fromkeys(i for c in claims for i in (c.speaker_id, c.origin_speaker_id) if i is not None))
    outlet_order = list(dict.fromkeys([*([publisher.id] if publisher is not None else []),
                                       *(i for c in claims for i in (c.outlet_id, *(via_ids[n] for n in via[c.id]),
                                                                      c.origin_outlet_id) if i is not None)]))
    speakers = {s.id: s for s in session.execute(
        select(Speaker).where(in_values(Speaker.id, speaker_order))
    ).scalars()}
    outlets = {o.id: o for o in session.execute(
        select(Outlet).where(in_values(Outlet.id, outlet_order))
    ).scalars()}
    described: dict[int, Claim] = {}  # speaker id -> its first claim here stored with the document's description of it
    for c in claims:
        if c.speaker_id is not None and c.speaker_kind is not None:
            described.setdefault(c.speaker_id, c)
    sid = _local_ids(speaker_order, "s")
    oid = _local_ids(outlet_order, "o")
    cid = {c.id: f"c{c.seq}" for c in claims}
    Source, Target = aliased(Claim), aliased(Claim)
    links = session.execute(
        # joined, not two id lists: SQLite would look up every pair of the two lists in uq_link
        select(Link).join(Source, col(Source.id) == col(Link.source_id)).join(Target, col(Target.id) == col(Link.target_id))
        .where(col(Source.version_id) == version.id, col(Target.version_id) == version.id).order_by(col(Link.id))
    ).scalars().all()
    out = cast(ClaimSet, {  # ** parts TypedDicts cannot spell: via/origin, stance, extractor where present
        "format": "provenance-claimset",
        "format_version": 1,
        "document": {"slug": doc.slug, "title": doc.title, "outlet": publisher.name if publisher else None,
                     "url": doc.url, "language": doc.language, "version": version.number,
                     "published": version.published, "text": version.text},
        "speakers": [_speaker_entry(sid[i], speakers[i], described.get(i)) for i in speaker_order],
        "outlets": [{"id": oid[i], "name": outlets[i].name, "aliases": json.loads(outlets[i].aliases),
                     "country": outlets[i].country} for i in outlet_order],
        "claims": [{
            "id": cid[c.id], "seq": c.seq, "start": c.char_start, "end": c.char_end, "text": c.text,
            "sentence_start": c.sentence_start, "sentence_end": c.sentence_end,
            "speaker": sid.get(c.speaker_id) if c.speaker_id else None,
            "speaker_start": c.speaker_start, "speaker_end": c.speaker_end,
            "outlet": oid.get(c.outlet_id) if c.outlet_id else None,
            **_chain(c, via[c.id], via_ids, sid, oid, doc.outlet_id),
            "cue": c.cue, "cue_start": c.cue_start, "cue_end": c.cue_end, "form": c.form,
            "stated_on": c.stated_on, "event_on": c.event_on, "kind": c.kind,
            **({"stance": c.stance} if c.stance != "asserts" else {}),  # absent: asserts (older sets have none)
            "status": c.status, "reason": c.reason, "reviewed_by": c.reviewed_by,
        } for c in claims],
        "links": [{"source": cid[lk.source_id], "target": cid[lk.target_id], "relation": lk.relation,
                   "by": lk.created_by, "reason": lk.reason} for lk in links],
        **({"extractor": json.loads(version.extractor)} if version.extractor else {}),
    })
    out["format_version"] = format_version(out["claims"])
    return out


def _speaker_entry(local_id: str, speaker: Speaker, own: Claim | None) -> dict[str, Any]:
    """A speaker as a claim set lists it, with its kind, role and affiliation as its claim `own` of the
    version describes them (what its document said), else (claims stored before that was kept) as
    the row does."""
    kind, role, affiliation = ((speaker.kind, speaker.role, speaker.affiliation) if own is None
                               else (own.speaker_kind, own.speaker_role, own.speaker_affiliation))
    return {"id": local_id, "name": speaker.name, "aliases": json.loads(speaker.aliases), "kind": kind,
            "anonymous": speaker.anonymous, "role": role, "affiliation": affiliation}


def _chain(c: Claim, via: list[str], via_ids: dict[str, int], sid: dict[int, str], oid: dict[int, str],
           publisher: int | None) -> dict[str, Any]:
    """A claim's `via` and `origin` as a claim set writes them: where they say more than its speaker,
    its outlet and the publisher."""
    chain: dict[str, Any] = {"via": [oid[via_ids[n]] for n in via]} if via else {}
    if chain or c.origin_speaker_id != c.speaker_id or c.origin_outlet_id != (c.outlet_id or publisher):
        chain["origin"] = {"speaker": sid.get(c.origin_speaker_id) if c.origin_speaker_id else None,
                           "outlet": oid.get(c.origin_outlet_id) if c.origin_outlet_id else None}
    return chain


def _outlet_ids_named(session: Session, names: set[str]) -> dict[str, int]:
    """Outlet name -> id for the names a claim's `via` lists."""
    if not names:
        return {}
    return dict(session.connection().execute(
        select(OUTLETS.c.name, OUTLETS.c.id).where(in_values(OUTLETS.c.name, sorted(names)))).all())


def page_record(raw: bytes, **fields: Any) -> dict[str, Any]:
    """A page row's values: the fields given and the raw bytes, gzip-compressed."""
    return {**fields, "raw": gzip.compress(raw, mtime=0), "raw_encoding": "gzip"}


def document_slug_for_urls(session: Session, slug: str, urls: tuple[str, ...]) -> str:
    """The slug to store a web story under: the document already known by one of its URLs, else
    `slug`, made unique with a few characters of the URL's hash when another story holds it."""
    conn = session.connection()
    found = conn.execute(select(DOCUMENTS.c.slug).where(in_values(DOCUMENTS.c.url, urls)).limit(1)).scalar()
    if found is None:
        found = conn.execute(
            select(DOCUMENTS.c.slug).join(VERSIONS, VERSIONS.c.document_id == DOCUMENTS.c.id)
            .join(PAGES, PAGES.c.version_id == VERSIONS.c.id)
            .where(or_(in_values(PAGES.c.final_url, urls), in_values(PAGES.c.url, urls))).limit(1)).scalar()
    if found is not None:
        return found
    if conn.execute(select(DOCUMENTS.c.id).where(DOCUMENTS.c.slug == slug)).first() is None:
        return slug
    return f"{slug[:190]}-{hashlib.sha256(urls[0].encode()).hexdigest()[:8]}"


def store_page(session: Session, *, slug: str, number: int, page: dict[str, Any]) -> None:
    """Keep the page a version was read from beside it."""
    conn = session.connection()
    version_id = conn.execute(
        select(VERSIONS.c.id).join(DOCUMENTS, DOCUMENTS.c.id == VERSIONS.c.document_id)
        .where(DOCUMENTS.c.slug == slug, VERSIONS.c.number == number)).scalar_one()
    conn.execute(insert(PAGES), {**page, "version_id": version_id})


def raw_page(session: Session, slug: str, number: int | None = None) -> bytes | None:
    """The raw bytes of the page a version was read from (the latest version by default), or None."""
    _, version = find_version(session, slug, number)
    row = session.connection().execute(
        select(PAGES.c.raw, PAGES.c.raw_encoding).where(PAGES.c.version_id == version.id)).first()
    if row is None:
        return None
    return gzip.decompress(row.raw) if row.raw_encoding == "gzip" else bytes(row.raw)
