"""Following the news: feeds and pages to watch, and the rounds that fetch them.

A round fetches every feed that is due, files the new entries as stories, then fetches every story
that is due: new ones, and known ones again with a conditional request (ETag, Last-Modified), so
an unchanged story costs a 304. A changed text is stored as the story's next version and reported
with its claim diff summary.

Politeness: robots.txt is honoured (urllib.robotparser), requests to one host are spaced by a
delay (or the robots.txt Crawl-delay when longer), and a 429 or 5xx answer earns the URL an
exponential backoff (Retry-After when the server gives one) and ends the round for that host.

All state is in the database, so machines sharing it share the work: a feed or story is leased to
one process while it fetches it, and processes that start while a round runs join that round, so
a story fetched in it by one machine is not fetched again by another.
"""

from __future__ import annotations

import os
import re
import socket
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urljoin, urlsplit, urlunsplit
from urllib.robotparser import RobotFileParser

from sqlalchemy import delete, func, insert, or_, select, update

from provenance.bounds import MAX_INTEGER, is_whole
from provenance.claimset import ClaimSet
from provenance.db import Database
from provenance.errors import InputError, NotFound, ProvenanceError
from provenance.fetch import ACCEPT_FEED, FEED_TYPES, HTML_TYPES, ROBOTS_AGENT, Fetcher, FetchError
from provenance.ingest import check_url, extract, save
from provenance.models import Feed, Story, WatchRound
from provenance.sql_in import in_values
from provenance.store import DOCUMENTS
from provenance.utc import aware, iso_z
from provenance.wording import plural

FEEDS = Feed.__table__  # type: ignore[attr-defined]
STORIES = Story.__table__  # type: ignore[attr-defined]
ROUNDS = WatchRound.__table__  # type: ignore[attr-defined]
LEASE = timedelta(minutes=10)        # a crashed process's claim on a feed or story expires after this
ROUND_JOIN = timedelta(minutes=30)   # an unfinished round older than this is abandoned, not joined
MAX_BACKOFF = timedelta(days=1)
MAX_CRAWL_DELAY = 60.0
KINDS = ("feed", "page")
_DURATION = re.compile(r"(\d+(?:\.\d+)?)\s*([smhd]?)")


def utcnow() -> datetime:
    return datetime.now(UTC)


def parse_duration(text: str) -> float:
    """Seconds in '90s', '15m', '1.5h', '2d' or a plain number of seconds.

    >>> parse_duration("15m"), parse_duration("90")
    (900.0, 90.0)
    """
    match = _DURATION.fullmatch(text.strip().lower())
    if not match:
        raise InputError(f"duration {text!r}: give a number with s, m, h or d (15m, 1h, 90s)")
    return float(match.group(1)) * {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}[match.group(2)]


# ---------------------------------------------------------------------------------------------
# feeds add / list / remove


def add_feeds(db: Database, urls: Iterable[str], *, kind: str, name: str | None = None,
              outlet: str | None = None, actor: str) -> list[tuple[str, bool]]:
    """Follow feeds (or single story pages); (url, added) for each, False when already followed."""
    urls = list(dict.fromkeys(urls))
    for url in urls:
        check_url(url, url, where="feeds are fetched from the web: a feed file on disk cannot be followed")
    if kind not in KINDS:
        raise InputError(f"kind {kind!r}: use one of {', '.join(KINDS)}")

    def work(session: Any) -> list[tuple[str, bool]]:
        conn = session.connection()
        known = set(conn.execute(select(FEEDS.c.url).where(in_values(FEEDS.c.url, urls))).scalars())
        result = []
        for url in urls:
            if url in known:
                result.append((url, False))
                continue
            feed_id = conn.execute(insert(FEEDS).returning(FEEDS.c.id), {
                "url": url, "kind": kind, "name": name, "outlet": outlet, "added_at": utcnow(), "added_by": actor,
                "failures": 0}).scalar_one()
            if kind == "page":
                _add_stories(conn, feed_id, [(url, name)])
            result.append((url, True))
        return result

    return db.write(work)


def feed_rows(session: Any) -> list[dict[str, Any]]:
    """The followed feeds and pages with their story counts and fetch state, oldest first."""
    counts = dict(session.execute(select(STORIES.c.feed_id, func.count()).group_by(STORIES.c.feed_id)).all())
    rows = []
    for f in session.execute(select(FEEDS).order_by(FEEDS.c.id)).mappings():
        rows.append({"id": f["id"], "kind": f["kind"], "url": f["url"], "name": f["name"], "outlet": f["outlet"],
                     "stories": counts.get(f["id"], 0), "last_fetched": iso_z(f["last_fetched_at"]),
                     "status": f["last_status"], "next_try": iso_z(f["next_fetch_at"]), "added_by": f["added_by"]})
    return rows


def remove_feeds(db: Database, refs: Iterable[str]) -> list[str]:
    """Stop following feeds given by id or URL; their stories are no longer fetched (the documents
    stay). Every reference must name a followed feed, or nothing is removed."""
    refs = list(refs)

    def work(session: Any) -> list[str]:
        conn = session.connection()
        ids, urls = [], []
        for ref in refs:
            by_id = is_whole(ref) and len(ref) < 10 and int(ref) <= MAX_INTEGER
            row = conn.execute(select(FEEDS.c.id, FEEDS.c.url).where(
                FEEDS.c.id == int(ref) if by_id else FEEDS.c.url == ref)).first()
            if row is None:
                raise NotFound(f"no followed feed {ref!r}: `provenance feeds list` shows them")
            ids.append(row.id)
            urls.append(row.url)
        conn.execute(delete(STORIES).where(in_values(STORIES.c.feed_id, ids)))
        conn.execute(delete(FEEDS).where(in_values(FEEDS.c.id, ids)))
        return urls

    return db.write(work)


def _add_stories(conn: Any, feed_id: int, entries: list[tuple[str, str | None]]) -> int:
    """File a feed's entries as stories; the URLs already known are left alone. How many were new."""
    urls = list(dict.fromkeys(url for url, _ in entries))
    known = set(conn.execute(select(STORIES.c.url).where(in_values(STORIES.c.url, urls))).scalars()) if urls else set()
    titles = dict(entries)
    new = [{"url": url, "feed_id": feed_id, "title": titles.get(url), "first_seen_at": utcnow(), "failures": 0}
           for url in urls if url not in known]
    if new:
        conn.execute(insert(STORIES), new)
    return len(new)


def feed_entries(content: bytes, *, base: str) -> list[tuple[str, str | None]]:
    """(url, title) of a feed's entries, newest first as the feed lists them; a FetchError for
    what is no RSS or Atom feed. The bytes are parsed as they are: feedparser fetches nothing."""
    import feedparser

    parsed = feedparser.parse(content)
    if not parsed.entries and (parsed.bozo or not parsed.get("version")):
        raise FetchError(base, "not an RSS or Atom feed", status=200)  # answered, but with no feed
    entries = []
    for entry in parsed.entries:
        link = entry.get("link") or next((lk.get("href") for lk in entry.get("links", []) if lk.get("href")), None)
        if not link:
            continue
        url = _without_tracking(urljoin(base, link.strip()))
        if urlsplit(url).scheme in ("http", "https"):
            entries.append((url, entry.get("title")))
    return entries


def _without_tracking(url: str) -> str:
    """The URL without its fragment and campaign parameters (utm_*), so one story is one URL.

    >>> _without_tracking("https://n.example/a?id=4&utm_source=rss#top")
    'https://n.example/a?id=4'
    """
    parts = urlsplit(url)
    query = "&".join(p for p in parts.query.split("&") if p and not p.lower().startswith("utm_"))
    return urlunsplit((parts.scheme, parts.netloc, parts.path, query, ""))


# ---------------------------------------------------------------------------------------------
# watch


@dataclass
class WatchOptions:
    delay: float = 1.0                 # seconds between two requests to one host
    follow: timedelta = timedelta(days=7)  # how long a feed's story is re-fetched after it appeared
    backoff: float = 60.0              # seconds of the first pause after a 429/5xx; doubles each time
    min_interval: float = 0.0          # seconds a fetched feed or story rests before any process fetches it again
    actor: str = "watch"


@dataclass
class RoundSummary:
    feeds: int = 0
    new_entries: int = 0
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    failed: int = 0
    skipped: int = 0

    def line(self) -> str:
        return (f"Watched {plural(self.feeds, 'feed')} ({plural(self.new_entries, 'new entry')}); stories: {self.new} new, "
                f"{self.changed} changed, {self.unchanged} unchanged, {self.failed} failed, "
                f"{self.skipped} skipped (robots.txt or backoff)")


@dataclass
class Watcher:
    """One process's rounds: its HTTP client, its view of each host, and where it reports."""

    db: Database
    fetcher: Fetcher
    options: WatchOptions
    report: Callable[[str], None]     # a story's news: new, changed (with its diff summary)
    warn: Callable[[str], None]       # failures and backoff
    me: str = field(default_factory=lambda: f"{socket.gethostname()}:{os.getpid()}")
    last_request: dict[str, float] = field(default_factory=dict)
    robots: dict[str, RobotFileParser] = field(default_factory=dict)
    resting_hosts: set[str] = field(default_factory=set)

    def run_round(self) -> RoundSummary:
        """Fetch every due feed, then every due story; the round's counts."""
        summary = RoundSummary()
        self.resting_hosts.clear()
        self.robots.clear()  # read again each round: a site may change its rules
        round_id, cutoff = self.db.write(self._join_round)
        skipped: set[int] = set()
        while (feed := self.db.write(lambda s: self._claim(s, FEEDS, cutoff, skipped))) is not None:
            self._feed(feed, summary, skipped)
        skipped = set()
        while (story := self.db.write(lambda s: self._claim(s, STORIES, cutoff, skipped))) is not None:
            try:
                self._story(story, summary, skipped)
            except ProvenanceError as exc:  # one story's trouble (say, a claim set the schema refuses)
                self._failed(STORIES, story, FetchError(story["url"], str(exc), status=0), summary)
        self.db.write(lambda s: s.connection().execute(
            update(ROUNDS).where(ROUNDS.c.id == round_id, ROUNDS.c.finished_at.is_(None)).values(finished_at=utcnow())))
        return summary

    def _join_round(self, session: Any) -> tuple[int, datetime]:
        """The running round to join (started by any process and not yet finished), else a new one.
        Its start is the cutoff: what was fetched after it is not fetched again in it."""
        conn = session.connection()
        now = utcnow()
        row = conn.execute(select(ROUNDS.c.id, ROUNDS.c.started_at).where(
            ROUNDS.c.finished_at.is_(None), ROUNDS.c.started_at > now - ROUND_JOIN)
            .order_by(ROUNDS.c.id.desc()).limit(1)).first()
        if row is not None:
            return row.id, aware(row.started_at)  # type: ignore[return-value]
        round_id = conn.execute(insert(ROUNDS).returning(ROUNDS.c.id),
                                {"started_at": now, "started_by": self.me}).scalar_one()
        return round_id, now

    def _claim(self, session: Any, table: Any, cutoff: datetime, skipped: set[int]) -> dict[str, Any] | None:
        """Lease the next due row of `table` to this process (None when nothing is due)."""
        conn = session.connection()
        now = utcnow()
        query = select(table).where(
            or_(table.c.lease_until.is_(None), table.c.lease_until < now),
            or_(table.c.next_fetch_at.is_(None), table.c.next_fetch_at <= now),
            or_(table.c.last_fetched_at.is_(None),
                table.c.last_fetched_at < min(cutoff, now - timedelta(seconds=self.options.min_interval))))
        if table is STORIES:
            pages = select(FEEDS.c.id).where(FEEDS.c.kind == "page")
            query = query.where(or_(table.c.first_seen_at >= now - self.options.follow,
                                    table.c.feed_id.in_(pages)))
        if skipped:
            query = query.where(table.c.id.not_in(skipped))
        query = query.order_by(table.c.id).limit(1)
        if not self.db.is_sqlite:
            query = query.with_for_update(skip_locked=True)
        row = conn.execute(query).mappings().first()
        if row is None:
            return None
        conn.execute(update(table).where(table.c.id == row["id"]).values(lease_until=now + LEASE, leased_by=self.me))
        return dict(row)

    def _release(self, table: Any, row_id: int, **values: Any) -> None:
        values.update(lease_until=None, leased_by=None)
        self.db.write(lambda s: s.connection().execute(update(table).where(table.c.id == row_id).values(**values)))

    def _feed(self, feed: dict[str, Any], summary: RoundSummary, skipped: set[int]) -> None:
        if feed["kind"] == "page":  # its one story is already filed
            self._release(FEEDS, feed["id"], last_fetched_at=utcnow(), last_status="page")
            return
        summary.feeds += 1
        if not self._polite(FEEDS, feed, summary, skipped):
            return
        try:
            fetched = self._get(feed, kinds=(*FEED_TYPES, *HTML_TYPES), accept=ACCEPT_FEED)
            entries = [] if fetched.not_modified else feed_entries(fetched.content, base=fetched.final_url)
        except FetchError as exc:
            self._failed(FEEDS, feed, exc, summary)
            return
        state = {"last_fetched_at": utcnow(), "failures": 0, "next_fetch_at": None,
                 "last_status": "not modified" if fetched.not_modified else plural(len(entries), "entry")}
        if not fetched.not_modified:
            state.update(etag=fetched.etag, last_modified=fetched.last_modified)

        def work(session: Any) -> int:
            conn = session.connection()
            new = _add_stories(conn, feed["id"], entries)
            conn.execute(update(FEEDS).where(FEEDS.c.id == feed["id"]).values(lease_until=None, leased_by=None, **state))
            return new

        new = self.db.write(work)
        summary.new_entries += new
        if new:
            self.warn(f"{feed['url']}: {plural(new, 'new entry')}")

    def _story(self, story: dict[str, Any], summary: RoundSummary, skipped: set[int]) -> None:
        if not self._polite(STORIES, story, summary, skipped):
            return
        try:
            fetched = self._get(story)
        except FetchError as exc:
            self._failed(STORIES, story, exc, summary)
            return
        state = {"last_fetched_at": utcnow(), "failures": 0, "next_fetch_at": None, "lease_until": None,
                 "leased_by": None, "last_status": f"HTTP {fetched.status}"}
        if fetched.not_modified:
            summary.unchanged += 1
            self._release(STORIES, story["id"], **state)
            return
        state.update(etag=fetched.etag, last_modified=fetched.last_modified)
        try:
            article, data = self._read(story, fetched)
        except InputError as exc:
            self._failed(STORIES, story, FetchError(story["url"], str(exc).removeprefix(f"{story['url']}: "),
                                                    status=fetched.status), summary)
            return

        def then(session: Any, stored: Any) -> None:
            conn = session.connection()
            doc_id = conn.execute(select(DOCUMENTS.c.id).where(DOCUMENTS.c.slug == stored.slug)).scalar_one()
            conn.execute(update(STORIES).where(STORIES.c.id == story["id"]).values(document_id=doc_id, **state))

        stored = save(self.db, data, actor=self.options.actor, action="ingest", article=article, then=then)
        self._tell(story, stored, summary)

    def _read(self, story: dict[str, Any], fetched: Any) -> tuple[Any, ClaimSet]:
        from provenance.pages import page_article

        outlet = None
        if story["feed_id"] is not None:
            outlet = self.db.write(lambda s: s.connection().execute(
                select(FEEDS.c.outlet).where(FEEDS.c.id == story["feed_id"])).scalar())
        article = page_article(fetched, options={"outlet": outlet})
        return article, extract(article)

    def _tell(self, story: dict[str, Any], stored: Any, summary: RoundSummary) -> None:
        from provenance.diff import diff_versions, summary_line

        if not stored.created:
            summary.unchanged += 1
        elif stored.version == 1:
            summary.new += 1
            self.report(f"new      {stored.slug}: version 1, {plural(stored.claims, 'claim')}  {story['url']}")
        else:
            summary.changed += 1
            line = summary_line(diff_versions(self.db, stored.slug, stored.version - 1, stored.version))
            self.report(f"changed  {stored.slug}: version {stored.version}  {story['url']}\n"
                        f"         {line.removeprefix('Summary: ')}")

    def _get(self, row: dict[str, Any], **kwargs: Any) -> Any:
        host = urlsplit(row["url"]).netloc
        try:
            return self.fetcher.get(row["url"], etag=row["etag"], last_modified=row["last_modified"], **kwargs)
        finally:
            self.last_request[host] = time.monotonic()

    def _failed(self, table: Any, row: dict[str, Any], exc: FetchError, summary: RoundSummary) -> None:
        """Record a failure and the pause it earns: exponential (or Retry-After) for a 429, a 5xx or
        a network error, which also rests the host for the rest of the round; a day for the rest."""
        failures = (row["failures"] or 0) + 1
        if exc.transient:
            pause = timedelta(seconds=max(exc.retry_after or 0, self.options.backoff * 2 ** (failures - 1)))
            self.resting_hosts.add(urlsplit(row["url"]).netloc)
        else:
            pause = MAX_BACKOFF
        pause = min(pause, MAX_BACKOFF)
        summary.failed += 1
        self._release(table, row["id"], failures=failures, last_fetched_at=utcnow(), last_status=exc.reason[:200],
                      next_fetch_at=utcnow() + pause)
        self.warn(f"Error: {exc} (next try in {_human(pause)})")

    def _polite(self, table: Any, row: dict[str, Any], summary: RoundSummary, skipped: set[int]) -> bool:
        """Whether the row may be fetched now (robots.txt, the host's rest); waits out the delay."""
        parts = urlsplit(row["url"])
        host = parts.netloc
        if host in self.resting_hosts:
            skipped.add(row["id"])
            summary.skipped += 1
            self._release(table, row["id"])
            return False
        robots = self._robots(f"{parts.scheme}://{host}")
        if not robots.can_fetch(ROBOTS_AGENT, row["url"]):
            summary.skipped += 1
            self._release(table, row["id"], last_fetched_at=utcnow(), last_status="disallowed by robots.txt")
            self.warn(f"{row['url']}: disallowed by robots.txt, not fetched")
            return False
        self._wait(host, robots)
        return True

    def _wait(self, host: str, robots: RobotFileParser) -> None:
        delay = self.options.delay
        crawl = robots.crawl_delay(ROBOTS_AGENT)
        if crawl:
            delay = max(delay, min(float(crawl), MAX_CRAWL_DELAY))
        last = self.last_request.get(host)
        if last is not None and delay > 0:
            time.sleep(max(0.0, last + delay - time.monotonic()))

    def _robots(self, origin: str) -> RobotFileParser:
        """The host's robots.txt rules, read once per process: a missing file (4xx) allows all,
        401/403 forbids all, and a server error or no answer forbids all for now (RFC 9309)."""
        if origin in self.robots:
            return self.robots[origin]
        parser = RobotFileParser()
        host = urlsplit(origin).netloc
        try:
            fetched = self.fetcher.get(origin + "/robots.txt", kinds=None, accept="text/plain,*/*;q=0.5")
            parser.parse(fetched.content.decode("utf-8", errors="replace").splitlines())
        except FetchError as exc:
            # RobotFileParser.read() answers a failed fetch the same way, through these attributes
            if exc.status in (401, 403) or exc.transient:
                parser.disallow_all = True  # type: ignore[attr-defined]
            else:
                parser.allow_all = True  # type: ignore[attr-defined]
        finally:
            self.last_request[host] = time.monotonic()
        self.robots[origin] = parser
        return parser


def _human(delta: timedelta) -> str:
    """A pause as people write it.

    >>> _human(timedelta(seconds=90)), _human(timedelta(hours=2)), _human(timedelta(days=1))
    ('1m30s', '2h', '1d')
    """
    seconds = int(delta.total_seconds())
    parts: list[str] = []
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60), ("s", 1)):
        if seconds >= size:
            parts.append(f"{seconds // size}{unit}")
            seconds %= size
        if parts and (len(parts) == 2 or not seconds):
            break
    return "".join(parts) or "0s"
