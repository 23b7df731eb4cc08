"""The ingest pipeline: read article files, extract claims, apply the status rules, store, and
let the rules see the new version against the rest of the database (`on_new_version`).

Every file is read and extracted before anything is written; each file is then stored in its own
transaction, so a crash loses at most the file being written and a re-run completes the rest.
"""

from __future__ import annotations

import hashlib
import os
import re
import sys
import time
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlmodel import col

from provenance import claimset, entities, links, rules
from provenance.claimset import ClaimSet
from provenance.db import Database
from provenance.errors import InputError, Interrupted
from provenance.folding import fold
from provenance.models import Claim, Document, Version
from provenance.query import check_date
from provenance.review import carry_decisions
from provenance.safe_paths import read_input
from provenance.store import (
    Stored,
    document_slug_for_urls,
    find_version,
    page_record,
    sha256,
    store_claimset,
    store_page,
)

MAX_BYTES = 50 * 1024 * 1024
FILE_NOTE = "file "  # an ingest event's note: "file NAME", the file the version was read from
SHINGLE = 4  # words: two versions of one story share runs of this many words in their claims
SLUG_RE = re.compile(r"[^a-z0-9._-]+")
URL_RE = claimset.WEB_ADDRESS
PARENT_CHECK_SECONDS = 0.5  # how soon an extraction worker notices that its parent has gone


def slugify(name: str) -> str:
    """A document slug from a file stem or title: lower case, [a-z0-9._-], accents dropped. Letters
    and digits that have no such spelling (other scripts) leave a short hash of the name in the slug,
    so names in other scripts give different slugs, not all "document".

    >>> slugify("Harbour Strike Report (v2)")
    'harbour-strike-report-v2'
    >>> slugify("Café Ümit"), slugify("記事") != slugify("ニュース"), slugify("خبر 2024")[:5]
    ('cafe-umit', True, '2024-')
    """
    folded = fold(unicodedata.normalize("NFC", name))
    slug = SLUG_RE.sub("-", folded).strip("-._")[:190]
    if any(ch.isalnum() and not ch.isascii() for ch in folded):
        digest = hashlib.sha256(unicodedata.normalize("NFC", name).casefold().encode("utf-8", "surrogatepass"))
        slug = f"{slug or 'document'}-{digest.hexdigest()[:8]}"
    return slug or "document"


def is_url(text: str) -> bool:
    """Whether a command-line argument is a web address rather than a file path."""
    return text[:8].lower().startswith(("http://", "https://"))


def check_url(url: str | None, source: str, *, where: str = "in the file's header or --url") -> None:
    """A story's URL is a web address: reports and ClaimReview exports turn it into a link, so a
    `javascript:` or `data:` URL would run in a reader's browser. `where` says where to give it."""
    if url is None:
        return
    if not URL_RE.match(url):
        raise InputError(f"{source}: url {url[:60]!r} is not a web address: give an http:// or https:// URL "
                         f"({where})")


def check_language(language: str | None, source: str) -> None:
    """The extractor reads the languages its word lists are written for (a code like en or en-GB).

    >>> check_language("de", "a.txt")
    Traceback (most recent call last):
    provenance.errors.InputError: a.txt: language 'de' is not supported: give one of en (in the file's header or --language)
    """
    from provenance.extract import LANGUAGES

    if language is None or language.replace("_", "-").split("-")[0].casefold() in LANGUAGES:
        return
    raise InputError(f"{source}: language {language[:40]!r} is not supported: give one of {', '.join(LANGUAGES)} "
                     "(in the file's header or --language)")


@dataclass
class Article:
    """One file to ingest, decoded, with its metadata merged from header and options."""

    source: str
    text: str
    meta: dict[str, Any]
    page: dict[str, Any] | None = None  # the web page it was read from, kept with its version
    url_keys: tuple[str, ...] = ()  # URLs that name the story's document (empty: the slug does)
    file_name: str | None = None  # the file it was read from, kept in the ingest event's note
    slug_from_name: bool = False  # its slug comes from the file name (no --slug, --version-of or header slug)


@dataclass
class IngestSummary:
    stored: list[Stored] = field(default_factory=list)

    def totals(self) -> dict[str, int]:
        """New documents, new versions, texts already stored, claims and new speakers, over every file."""
        stored = self.stored
        return {"documents": sum(s.new_document for s in stored), "versions": sum(s.created for s in stored),
                "unchanged": sum(not s.created for s in stored), "claims": sum(s.claims for s in stored),
                "speakers": sum(s.new_speakers for s in stored)}


def read_source(path: str, *, encoding: str | None = None, stdin: Any = None) -> tuple[bytes, str]:
    """The bytes of a file (or stdin for '-') and the name to use for it."""
    if path == "-":
        stream = stdin if stdin is not None else getattr(sys.stdin, "buffer", None)
        if stream is None:
            raise InputError("- reads the article from stdin, which is closed: pipe the text in, or give a file")
        return stream.read(MAX_BYTES + 1), "stdin.txt"
    data = read_input(path, limit=MAX_BYTES, folder=f"give the article files in it ({Path(path) / '*.txt'}, "
                                                    ".md or .html)",
                      too_large="split it into articles")
    return data, Path(path).name


# A feed's root element (RSS, Atom, RSS 1.0; an Atom root may carry a namespace prefix), after the
# XML declaration, processing instructions, comments and a doctype: the root itself, never a word of the
# text ('<feedback>', an article quoting '<rss>')
FEED_ROOT = re.compile(rb"(?:\s|<\?.*?\?>|<!--.*?-->|<!doctype[^>]*>)*"
                       rb"<(?:rss|(?:[a-z_][\w.-]*:)?feed|rdf:rdf)[\s/>]", re.S)


def refuse_other_formats(path: str, data: bytes) -> None:
    """A claim set or a news feed is not an article: ingest would store its markup as the story's
    text and read claims from it, so it is refused with the command that takes it.

    >>> refuse_other_formats("story.claims.json", b'{"format": "provenance-claimset"}')
    Traceback (most recent call last):
    provenance.errors.InputError: story.claims.json: a JSON file, not an article: load a claim set with `provenance import story.claims.json`; ingest reads .txt, .md and .html articles
    >>> refuse_other_formats("notes.xml", b'<notes><feedback>the rss feed</feedback></notes>')
    """
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"{", b"[")) and path.lower().endswith(".json"):
        raise InputError(f"{path}: a JSON file, not an article: load a claim set with `provenance import {path}`; "
                         "ingest reads .txt, .md and .html articles")
    if FEED_ROOT.match(head):
        raise InputError(f"{path}: an RSS or Atom feed, not an article: follow it with `provenance feeds add "
                         "URL` and `provenance watch`, or ingest its stories' pages")


def prepare(paths: Iterable[str], *, options: dict[str, Any], encoding: str | None = None,
            stdin: Any = None, allow_empty: bool = False) -> list[Article]:
    """Read and decode every file, checking metadata; raises before anything is written.

    An article with no text, or no words to make a sentence of, is refused unless `allow_empty`.
    """
    from provenance.extract import read_article

    check_date(options.get("published"), "--published")
    articles = []
    paths = list(paths)
    if len(paths) > 1 and options.get("slug"):
        raise InputError("--slug names one document: give one file with --slug, or drop --slug")
    for path in paths:
        data, name = read_source(path, encoding=encoding, stdin=stdin)
        if len(data) > MAX_BYTES:
            raise InputError(f"{path}: larger than {MAX_BYTES // (1024 * 1024)} MB: split it into articles")
        refuse_other_formats(path, data)
        header, text = read_article(data, filename=name, encoding=encoding, allow_empty=allow_empty)
        if not allow_empty and not any(ch.isalpha() for ch in text):
            raise InputError(f"{path}: the article has no words, so no sentences to read claims from; "
                             "check the file (or give --allow-empty)")
        meta = {k: v for k, v in header.items() if v not in (None, "")}
        meta.update({k: v for k, v in options.items() if v not in (None, "")})
        headline = meta.pop("headline", None)
        if headline and not meta.get("title"):
            # the title of a .txt file without a header; the extractor still reads the line as text
            meta.update(title=headline, title_is_first_line=True)
        try:
            check_date(meta.get("published"), f"{path}: published")
        except InputError as exc:
            raise InputError(f"{exc} (in the file's header or --published)") from exc
        check_url(meta.get("url"), path)
        check_language(meta.get("language"), path)
        from_name = not meta.get("slug") and path != "-"
        meta["slug"] = slugify(meta.get("slug") or (Path(name).stem if path != "-" else _stdin_name(meta)))
        page = None
        if name.lower().endswith((".html", ".htm", ".xhtml")):
            page = page_record(data, author=meta.pop("author", None), modified=meta.pop("modified", None))
        articles.append(Article(source=path, text=text, meta=meta, page=page, slug_from_name=from_name,
                                file_name=name if path != "-" else None))
    return articles


def _stdin_name(meta: dict[str, Any]) -> str:
    """Text from stdin has no file name: its slug comes from --slug or its title, never a fixed name
    (a second article piped in would silently become a new version of the first)."""
    if not meta.get("title"):
        raise InputError("text from stdin needs a name: give --slug (or --title, or a headline on its first line)")
    return meta["title"]


def extract(article: Article) -> ClaimSet:
    """The claim set of one article, with statuses from the rules."""
    from provenance.extract import extract_claimset

    m = article.meta
    given_title = None if m.get("title_is_first_line") else m.get("title")
    data = extract_claimset(article.text, slug=m["slug"], title=given_title, outlet=m.get("outlet"),
                            url=m.get("url"), language=m.get("language") or "en", published=m.get("published"))
    data["document"]["title"] = m.get("title")
    return claimset.validate(rules.apply_rules(data), source=article.source)


def on_new_version(session: Any, stored: Stored, *, actor: str, settle: Iterable[int] = ()) -> None:
    """Work that follows a newly stored version inside its transaction.

    Reviewer decisions of the previous version follow their matching claims; rule links from
    other documents to the previous version give way to links to the new one; and links and
    statuses between the new claims and every other document are recomputed, upgrading (or
    downgrading) older claims with an Event. `settle`: the stored claims whose links the previous
    version's claims changed by going (`links.vacated`), redone too.
    """
    doc, version = find_version(session, stored.slug, stored.version)
    previous = carry_decisions(session, doc=doc, version=version, actor=actor)
    relied: set[int] = set()
    if previous is not None:
        old_ids = set(session.execute(select(col(Claim.id)).where(col(Claim.version_id) == previous.id)).scalars())
        doc_of = links.document_ids(session, sorted(old_ids | links.far_ends(session, old_ids)))
        crossing = [lk for lk in links.links_touching(session, sorted(old_ids))
                    if lk.created_by == rules.RULE and doc_of.get(lk.source_id) != doc_of.get(lk.target_id)]
        relied = links.remove_links(session, crossing, reason=f"superseded by version {version.number}",
                                    docs=doc_of)
        relied |= links.leave_clusters(session, old_ids)
        relied -= old_ids
    # the same person or outlet stored under another name becomes one row (before the rules count sources)
    entities.merge_known(session, version.id)  # type: ignore[arg-type]
    links.refresh(session, documents={doc.id}, within=False, statuses_of=relied, settle=settle)  # type: ignore[arg-type]


def _leaving(session: Any, data: ClaimSet) -> set[int]:
    """`links.vacated` of the newest version of the claim set's document, asked before a new
    version replaces it; none for a new document or a text stored already."""
    meta = data["document"]
    doc = session.execute(select(col(Document.id)).where(col(Document.slug) == meta["slug"])).scalar()
    if doc is None or session.execute(select(col(Version.id)).where(
            col(Version.document_id) == doc, col(Version.sha256) == sha256(meta["text"]))).first() is not None:
        return set()
    return links.vacated(session, doc)


def _store(session: Any, data: ClaimSet, *, actor: str, action: str, article: Article | None = None) -> Stored:
    if article is not None and article.url_keys:
        slug = document_slug_for_urls(session, data["document"]["slug"], article.url_keys)
        data = {**data, "document": {**data["document"], "slug": slug}}
    note = f"{FILE_NOTE}{article.file_name}" if article is not None and article.file_name else None
    settle = _leaving(session, data)
    stored = store_claimset(session, data, actor=actor, action=action, note=note)
    if stored.created:
        if article is not None and article.page is not None:
            store_page(session, slug=stored.slug, number=stored.version, page=article.page)
        on_new_version(session, stored, actor=actor, settle=settle)
    return stored


def save(db: Database, data: ClaimSet, *, actor: str, action: str, article: Article | None = None,
         then: Callable[[Any, Stored], None] | None = None) -> Stored:
    """Store one validated claim set in its own transaction, then let the status rules see it.

    The transaction is run again from scratch when it lost a race with another process storing
    the same speaker, outlet, document or version at the same moment (see Database.write).
    An article read from a web page keeps the page with its version and is filed under the
    document its URL already names. `then(session, stored)` runs in the same transaction.
    """
    def work(session: Any) -> Stored:
        stored = _store(session, data, actor=actor, action=action, article=article)
        if then is not None:
            then(session, stored)
        return stored

    return db.write(work)


def _shingles(texts: Iterable[str]) -> set[tuple[str, ...]]:
    """The runs of SHINGLE words of the texts (folded; a shorter text is one run)."""
    out: set[tuple[str, ...]] = set()
    for text in texts:
        words = tuple(fold(text, words_only=True).split())
        out.update(words[i:i + SHINGLE] for i in range(max(1, len(words) - SHINGLE + 1)))
    return out


def _story_words(data: ClaimSet) -> set[tuple[str, ...]]:
    return _shingles([c["text"] for c in data["claims"]] or [data["document"]["text"]])


def check_same_stories(session: Any, extracted: list[tuple[ClaimSet, Article]]) -> None:
    """Refuse a file whose name gives the slug of a document it has nothing in common with.

    A slug made from a file name can be another story's ("Report!.txt" and "report.txt"): when the
    text's claims share no run of words with the latest version under that slug, and that version
    came from a file of another name (or from an import, or earlier in this run), it is not a new
    version but another story. --slug or --version-of say which it is.
    """
    seen: dict[str, tuple[str | None, set[tuple[str, ...]]]] = {}
    for data, article in extracted:
        slug = data["document"]["slug"]
        mine = _story_words(data)
        earlier = seen.get(slug) or _latest_version(session, slug, data)
        seen[slug] = (article.file_name, mine)
        if not article.slug_from_name or earlier is None or earlier[0] == article.file_name:
            continue
        if not mine & earlier[1]:
            came = f"from {earlier[0]}" if earlier[0] else "not from a file of this name"
            raise InputError(f"{article.source}: its name gives the slug {slug!r} of a document whose latest "
                             f"version ({came}) shares no claim with it: give --slug NEW-SLUG to store it as "
                             f"another document, or --version-of {slug} if it is a new version of that one")


def _latest_version(session: Any, slug: str, data: ClaimSet) -> tuple[str | None, set[tuple[str, ...]]] | None:
    """The file name and the claims' runs of words of the latest version of `slug` (None: no such
    document, or the same text, which stores nothing)."""
    from provenance.store import CLAIMS, DOCUMENTS, EVENTS, VERSIONS, sha256

    row = session.execute(select(VERSIONS.c.id, VERSIONS.c.number, VERSIONS.c.sha256, DOCUMENTS.c.id)
                          .join(DOCUMENTS, DOCUMENTS.c.id == VERSIONS.c.document_id)
                          .where(DOCUMENTS.c.slug == slug).order_by(VERSIONS.c.number.desc()).limit(1)).first()
    if row is None or row[2] == sha256(data["document"]["text"]):
        return None
    vid, number, _, doc_id = row
    note = session.execute(select(EVENTS.c.note).where(
        EVENTS.c.document_id == doc_id, EVENTS.c.new == f"version {number}", EVENTS.c.action == "ingest")
        .order_by(EVENTS.c.id.desc()).limit(1)).scalar()
    name = note[len(FILE_NOTE):] if note and note.startswith(FILE_NOTE) else None
    texts = list(session.execute(select(CLAIMS.c.text).where(CLAIMS.c.version_id == vid)).scalars())
    if not texts:
        texts = [session.execute(select(VERSIONS.c.text).where(VERSIONS.c.id == vid)).scalar_one()]
    return name, _shingles(texts)


def extract_all(articles: list[Article], *, jobs: int = 1,
                progress: Callable[[Iterable[Any]], Iterator[Any]] | None = None) -> list[ClaimSet]:
    """The claim sets of the articles, in their order; with `jobs` > 1 extracted in that many worker
    processes (extraction is pure: the same text gives the same claim set in any process). `progress`
    wraps the claim sets as they come (a progress bar)."""
    shown = progress or iter
    jobs = min(jobs, len(articles))
    if jobs <= 1:
        return list(shown(extract(a) for a in articles))
    with worker_pool(jobs) as pool:
        return list(shown(pool.map(extract, articles)))


def worker_pool(jobs: int) -> Any:
    """A pool of `jobs` extraction processes that end when the process that started them does.

    A worker waits for work on a queue whose other end it holds itself, so it never sees the
    parent go: killed (kill -9, out of memory), it would leave the workers waiting for ever.
    """
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # fork where there is one: the workers start at once, with the extractor's data already loaded;
    # they never touch the parent's database connection
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    return ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_end_with_parent,
                               initargs=(os.getpid(),))


def _end_with_parent(parent: int) -> None:
    import threading

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_CHECK_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, daemon=True, name="end-with-parent").start()


def ingest(db: Database, articles: list[Article], *, actor: str,
           progress: Callable[[Iterable[Any]], Iterator[Any]] | None = None, jobs: int = 1,
           reading: Callable[[Iterable[Any]], Iterator[Any]] | None = None) -> IngestSummary:
    """Extract every article first (nothing is written if one fails; in `jobs` worker processes), then
    store each in a transaction, one writer, in the order given. `reading` and `progress` wrap the
    articles as they are extracted and as they are stored (progress bars)."""
    summary = IngestSummary()
    try:
        extracted = list(zip(extract_all(articles, jobs=jobs, progress=reading), articles, strict=True))
    except KeyboardInterrupt:
        raise Interrupted("interrupted while reading the articles: nothing was stored") from None
    with db.reading() as session:
        check_same_stories(session, extracted)
    items: Iterable[Any] = progress(extracted) if progress is not None else extracted
    try:
        for data, article in items:
            summary.stored.append(save(db, data, actor=actor, action="ingest", article=article))
    except KeyboardInterrupt:
        raise Interrupted(stopped_storing(summary, len(extracted))) from None
    return summary


def stopped_storing(summary: IngestSummary, total: int) -> str:
    """What an ingest stopped while storing kept: each article is stored whole or not at all, so
    running the same command again stores the rest (the stored ones are unchanged text)."""
    done = len(summary.stored)
    if not done:
        return f"interrupted: nothing was stored ({total} articles read); run the same command again to store them"
    kept = ", ".join(f"{s.slug}@{s.version}" for s in summary.stored[:3]) + (", ..." if done > 3 else "")
    return (f"interrupted: {done} of {total} articles stored whole ({kept}), the others not stored; run the "
            "same command again to store them (articles already stored are skipped as unchanged)")


def import_files(db: Database | Callable[[], Database], paths: Iterable[str], *, actor: str) -> IngestSummary:
    """Import claim-set files: all are validated first, then stored in one transaction (all or nothing).

    `db` may be a function that opens the database, so that a refused file never creates one.
    """
    sets = [claimset.load(p) for p in paths]
    if callable(db):
        db = db()

    def store_all(session: Any) -> IngestSummary:
        summary = IngestSummary()
        for data in sets:
            summary.stored.append(_store(session, data, actor=actor, action="import"))
        return summary

    return db.write(store_all)
