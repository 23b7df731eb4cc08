"""`provenance feeds` and `provenance watch` against a web server on 127.0.0.1 started by the test:
a feed that gains an entry, a story edited between two runs (its diff summary printed), conditional
requests, robots.txt, backoff on 429/5xx, and two processes sharing a database fetching each story
once. Nothing leaves the machine."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select
from webpages import Route

from provenance.db import open_database
from provenance.errors import InputError
from provenance.models import Feed, Page, Story
from provenance.watch import parse_duration

from conftest import FIXTURES, ROOT

pytestmark = pytest.mark.usefixtures("offline")
PAGES = FIXTURES / "pages"
NEWS = (PAGES / "news-site.html").read_bytes()
WIRE = (PAGES / "wire.html").read_bytes()
FAST = ("--delay", "0", "--timeout", "5")


def rss(server, items):
    entries = "".join(f"<item><title>{title}</title><link>{server.url(path)}</link><guid>{path}</guid></item>"
                      for path, title in items)
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Desk</title><link>{server.url("/")}</link>'
            f"{entries}</channel></rss>")


def atom(server, items):
    entries = "".join(f'<entry><title>{title}</title><link href="{path}"/><id>urn:{path}</id>'
                      f"<updated>2025-03-14T09:00:00Z</updated></entry>" for path, title in items)
    return (f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom" '
            f'xml:base="{server.url("/")}"><title>Desk</title><id>urn:desk</id>'
            f"<updated>2025-03-14T09:00:00Z</updated>{entries}</feed>")


def rows(url, model):
    """The model's rows, timestamps in UTC whichever backend gave them (SQLite's come without a zone)."""
    def plain(value):
        if isinstance(value, datetime):
            return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
        return bytes(value) if isinstance(value, memoryview) else value

    db = open_database(url)
    try:
        with db.reading() as session:
            return [{k: plain(v) for k, v in r._mapping.items()}
                    for r in session.execute(select(model.__table__).order_by(model.id))]
    finally:
        db.close()


@pytest.mark.slow
def test_a_feed_that_gains_an_entry_and_a_story_edited_between_two_runs(run, server):
    server.routes["/rss"] = Route(rss(server, [("/a", "Port strike")]), content_type="application/rss+xml",
                                  etag='"f1"')
    server.routes["/a"] = Route(NEWS, etag='"a1"')
    assert run("feeds", "add", server.url("/rss"), "--name", "Business desk").stderr == \
        f"Following {server.url('/rss')}\n"

    first = run("watch", "--once", *FAST)
    assert first.exit_code == 0
    assert first.stdout == f"new      port-strike-ends: version 1, 5 claims  {server.url('/a')}\n"
    assert first.stderr == (f"{server.url('/rss')}: 1 new entry\nWatched 1 feed (1 new entry); stories: 1 new, "
                            "0 changed, 0 unchanged, 0 failed, 0 skipped (robots.txt or backoff)\n")

    server.routes["/rss"] = Route(rss(server, [("/b", "Copper"), ("/a", "Port strike")]),
                                  content_type="application/rss+xml", etag='"f2"')
    edited = NEWS.replace(b'said Ellen Okafor, the union\'s general secretary', b'said Tom Reyes, a union member')
    server.routes["/a"] = Route(edited, etag='"a2"')
    server.routes["/b"] = Route(WIRE)
    second = run("watch", "--once", *FAST)
    assert second.stdout == (
        f"changed  port-strike-ends: version 2  {server.url('/a')}\n"
        "         5 → 5 claims: 1 reattributed; 4 unchanged.\n"
        f"new      copper-climbs-mine-strike-2025-04-22: version 1, 3 claims  {server.url('/b')}\n")
    diff = json.loads(run("diff", "port-strike-ends@1", "port-strike-ends@2", "--format", "json").stdout)
    assert diff["summary"]["reattributed"] == 1

    third = run("watch", "--once", *FAST)  # nothing changed: 304s and an identical text
    assert third.stdout == ""
    assert "0 new, 0 changed, 2 unchanged" in third.stderr
    conditional = [h.get("if-none-match") for method, path, h in server.requests if path in ("/rss", "/a")]
    assert conditional == [None, None, '"f1"', '"a1"', '"f2"', '"a2"']
    [story_a, story_b] = rows(run.db, Story)
    assert story_a["etag"] == '"a2"' and story_a["last_status"] == "HTTP 304" and story_a["document_id"]
    assert story_b["title"] == "Copper" and story_b["lease_until"] is None


def test_an_atom_feed_with_relative_links(run, server):
    server.routes["/atom.xml"] = Route(atom(server, [("/wire", "Copper")]), content_type="application/atom+xml")
    server.routes["/wire"] = Route(WIRE)
    run("feeds", "add", server.url("/atom.xml"))
    result = run("watch", "--once", *FAST)
    assert result.stdout == f"new      copper-climbs-mine-strike-2025-04-22: version 1, 3 claims  {server.url('/wire')}\n"


@pytest.mark.slow
def test_a_followed_page_without_a_feed(run, server):
    server.routes["/story"] = Route(NEWS)
    run("feeds", "add", "--page", server.url("/story"))
    assert run("watch", "--once", *FAST).stdout.startswith("new      port-strike-ends: version 1")
    server.routes["/story"] = Route(NEWS.replace(b"about 40 million euros", b"about 45 million euros"))
    assert run("watch", "--once", *FAST).stdout.startswith("changed  port-strike-ends: version 2")


@pytest.mark.slow
def test_robots_txt_is_honoured(run, server):
    server.routes["/robots.txt"] = Route("User-agent: *\nDisallow: /private/\n", content_type="text/plain")
    server.routes["/rss"] = Route(rss(server, [("/private/a", "A"), ("/b", "B")]), content_type="application/rss+xml")
    server.routes["/private/a"] = Route(NEWS)
    server.routes["/b"] = Route(WIRE)
    run("feeds", "add", server.url("/rss"))
    result = run("watch", "--once", *FAST)
    assert f"{server.url('/private/a')}: disallowed by robots.txt, not fetched" in result.stderr
    assert server.hits("/private/a") == 0 and server.hits("/b") == 1 and server.hits("/robots.txt") == 1


def test_a_server_error_backs_off_and_rests_the_host(run, server):
    server.routes["/rss"] = Route(rss(server, [("/a", "A"), ("/b", "B")]), content_type="application/rss+xml")
    server.routes["/a"] = Route("busy", status=503, headers={"Retry-After": "300"})
    server.routes["/b"] = Route(WIRE)
    run("feeds", "add", server.url("/rss"))
    result = run("watch", "--once", *FAST)
    assert f"Error: {server.url('/a')}: HTTP 503 Service Unavailable (next try in 5m)" in result.stderr
    assert "1 failed, 1 skipped" in result.stderr and server.hits("/b") == 0  # the host rests this round
    story_a = rows(run.db, Story)[0]
    assert story_a["failures"] == 1 and story_a["last_status"] == "HTTP 503 Service Unavailable"
    next_try = story_a["next_fetch_at"] - datetime.now(UTC)
    assert timedelta(minutes=4) < next_try <= timedelta(minutes=5)

    server.routes["/a"] = Route(NEWS)
    again = run("watch", "--once", *FAST)  # /a waits out its backoff; /b is fetched now
    assert server.hits("/a") == 1 and server.hits("/b") == 1
    assert "1 new, 0 changed" in again.stderr


def test_backoff_doubles_with_each_failure(run, server):
    server.routes["/p"] = Route("oops", status=500)
    run("feeds", "add", "--page", server.url("/p"))
    assert "(next try in 1m)" in run("watch", "--once", *FAST).stderr
    db = open_database(run.db)
    with db.session() as session:
        session.execute(Story.__table__.update().values(next_fetch_at=None))
        session.commit()
    db.close()
    assert "(next try in 2m)" in run("watch", "--once", *FAST).stderr
    assert rows(run.db, Story)[0]["failures"] == 2


def test_feeds_add_list_remove(run, server):
    feed, page = server.url("/rss"), server.url("/story")
    run("feeds", "add", feed, "--name", "World desk", "--outlet", "Example News")
    assert run("feeds", "add", feed).stderr == f"Already following {feed}\n"
    run("feeds", "add", "--page", page)
    listed = json.loads(run("feeds", "list", "--format", "json").stdout)
    assert [(f["id"], f["kind"], f["url"], f["name"], f["outlet"], f["stories"]) for f in listed] == [
        (1, "feed", feed, "World desk", "Example News", 0), (2, "page", page, None, None, 1)]
    bad = run("feeds", "remove", "1", "99")
    assert bad.exit_code == 2 and bad.stderr == "Error: no followed feed '99': `provenance feeds list` shows them\n"
    assert len(rows(run.db, Feed)) == 2
    assert run("feeds", "remove", page).stderr == f"Stopped following {page}\n"
    assert [f["url"] for f in rows(run.db, Feed)] == [feed] and rows(run.db, Story) == []
    refused = run("feeds", "add", "javascript:alert(1)")
    assert refused.exit_code == 2 and "not a web address" in refused.stderr


def test_not_a_feed(run, server):
    server.routes["/rss"] = Route("<html><body><p>Welcome</p></body></html>")
    run("feeds", "add", server.url("/rss"))
    result = run("watch", "--once", *FAST)
    assert f"Error: {server.url('/rss')}: not an RSS or Atom feed (next try in 1d)" in result.stderr


def test_watch_needs_once_or_every(run):
    result = run("watch")
    assert result.exit_code == 2 and "give --once or --every DURATION" in result.stderr


@pytest.mark.parametrize("text, seconds", [("15m", 900), ("90s", 90), ("1.5h", 5400), ("2d", 172800), ("30", 30)])
def test_parse_duration(text, seconds):
    assert parse_duration(text) == seconds


def test_parse_duration_refuses_nonsense():
    with pytest.raises(InputError, match="15m"):
        parse_duration("soon")


@pytest.mark.slow
def test_two_processes_sharing_a_database_fetch_each_story_once(db_url, server):
    """Two `watch --once` processes at the same time: every story is fetched once, by one of them."""
    paths = [f"/story-{i}" for i in range(6)]
    server.routes["/rss"] = Route(rss(server, [(p, p) for p in paths]), content_type="application/rss+xml")
    for i, path in enumerate(paths):
        body = NEWS.replace(b"port-strike-ends", f"story-{i}".encode()).replace(b"6 percent", f"{i} percent".encode())
        server.routes[path] = Route(body, delay=0.2)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    subprocess.run([sys.executable, "-m", "provenance", "--db", db_url, "feeds", "add", server.url("/rss")],
                   check=True, env=env, capture_output=True)
    command = [sys.executable, "-m", "provenance", "--db", db_url, "watch", "--once", *FAST]
    procs = [subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for _ in range(2)]
    outputs = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outputs
    assert [server.hits(p) for p in paths] == [1] * 6
    assert server.hits("/rss") == 1
    news = sorted(line.split()[1] for out, _ in outputs for line in out.splitlines() if line.startswith("new"))
    assert news == [f"story-{i}:" for i in range(6)]


@pytest.mark.slow
def test_backup_and_restore_keep_pages_feeds_and_stories(run, server, tmp_path):
    server.routes["/rss"] = Route(rss(server, [("/a", "Port strike")]), content_type="application/rss+xml",
                                  etag='"f1"')
    server.routes["/a"] = Route(NEWS, etag='"a1"')
    run("feeds", "add", server.url("/rss"), "--name", "Business desk")
    run("watch", "--once", *FAST)
    backup = tmp_path / "backup.jsonl"
    assert run("backup", str(backup)).exit_code == 0
    copy = str(tmp_path / "copy.db")
    restored = run("restore", str(backup), db=copy)
    assert restored.exit_code == 0, restored.output
    for model in (Page, Feed, Story):
        assert rows(copy, model) == rows(run.db, model)
    assert gzip.decompress(rows(copy, Page)[0]["raw"]) == NEWS
    checked = run("check", db=copy)
    assert checked.exit_code == 0, checked.output
    again = run("watch", "--once", *FAST, db=copy)  # the restored state sends the same conditional requests
    assert "0 new, 0 changed, 1 unchanged" in again.stderr
    assert [h.get("if-none-match") for _, path, h in server.requests if path == "/a"][-1] == '"a1"'


@pytest.mark.slow
def test_min_interval_leaves_a_story_fetched_moments_ago(run, server):
    server.routes["/story"] = Route(NEWS)
    run("feeds", "add", "--page", server.url("/story"))
    run("watch", "--once", *FAST)
    rested = run("watch", "--once", "--min-interval", "10m", *FAST)
    assert server.hits("/story") == 1 and "0 new, 0 changed, 0 unchanged" in rested.stderr
    run("watch", "--once", *FAST)  # --once alone: no rest, the story is fetched again
    assert server.hits("/story") == 2


def test_requests_to_one_host_are_spaced_by_the_delay(run, server):
    server.routes["/rss"] = Route(rss(server, [("/a", "A"), ("/b", "B")]), content_type="application/rss+xml")
    server.routes["/a"] = Route(NEWS)
    server.routes["/b"] = Route(WIRE)
    run("feeds", "add", server.url("/rss"))
    run("watch", "--once", "--delay", "0.3", "--timeout", "5")
    times = [t for _, t in server.times]  # robots.txt, the feed, /a, /b
    assert len(times) == 4
    assert all(later - earlier >= 0.3 for earlier, later in zip(times, times[1:], strict=False))


def test_a_429_without_retry_after_backs_off_from_the_first_pause(run, server):
    server.routes["/p"] = Route("slow down", status=429)
    run("feeds", "add", "--page", server.url("/p"))
    result = run("watch", "--once", "--backoff", "90s", *FAST)
    assert f"Error: {server.url('/p')}: HTTP 429 Too Many Requests (next try in 1m30s)" in result.stderr
    assert rows(run.db, Story)[0]["failures"] == 1
