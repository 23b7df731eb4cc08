"""`provenance ingest URL...` against a web server on 127.0.0.1 started by the test: the story is
read without the site's boilerplate and gives the claims of the saved text; the page is kept with
its version; every failure is one line with the documented exit status. Nothing leaves the machine
(the `offline` fixture makes every other host name fail to resolve)."""

from __future__ import annotations

import gzip
import json
import tracemalloc

import pytest
from sqlalchemy import select
from webpages import Route, article_page

from provenance.db import open_database
from provenance.fetch import Fetcher, FetchError
from provenance.models import Document, Page

from conftest import SEEDS, dump_database

pytestmark = pytest.mark.usefixtures("offline")
SEED = SEEDS / "azerbaijan-mediation.txt"
PAGES = SEEDS.parent / "tests" / "fixtures" / "pages"
CLAIM_KEYS = ("text", "speaker", "anonymous", "speaker_role", "outlet", "cue", "form", "stated_on", "event_on",
              "kind", "status", "stance")


def _claims(run, doc):
    rows = json.loads(run("claims", "--doc", doc, "--format", "json").stdout)
    return [{k: row.get(k) for k in CLAIM_KEYS} for row in rows]


def _pages(url):
    db = open_database(url)
    try:
        with db.reading() as session:
            return [dict(row._mapping) for row in session.execute(select(Page.__table__).order_by(Page.id))]
    finally:
        db.close()


@pytest.mark.slow
def test_a_story_page_gives_the_claims_of_its_saved_text(run, server):
    page = article_page(SEED, canonical=server.url("/world/azerbaijan-talks.html"))
    server.routes["/world/azerbaijan-talks.html"] = Route(page, etag='"v1"', last_modified="Thu, 22 May 2025 10:00:00 GMT",
                                                          gzip=True)
    result = run("ingest", server.url("/world/azerbaijan-talks.html"))
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines()[0].startswith("azerbaijan-talks: version 1, ")
    assert run("ingest", str(SEED)).exit_code == 0
    assert _claims(run, "azerbaijan-talks") == _claims(run, "azerbaijan-mediation")
    [stored] = _pages(run.db)
    assert stored["url"] == stored["final_url"] == server.url("/world/azerbaijan-talks.html")
    assert stored["http_status"] == 200 and stored["etag"] == '"v1"'
    assert stored["last_modified"] == "Thu, 22 May 2025 10:00:00 GMT" and stored["fetched_at"] is not None
    assert stored["content_type"] == "text/html" and stored["charset"] == "utf-8"
    assert gzip.decompress(stored["raw"]).decode("utf-8") == page  # the page as served, to read again later
    headers = server.requests[0][2]
    assert headers["user-agent"].startswith("provenance/") and "gzip" in headers["accept-encoding"]


def test_redirects_are_followed_and_the_final_url_kept(run, server):
    server.routes["/story"] = Route(article_page(SEED))
    server.routes["/short"] = ("redirect", 301, "/go")
    server.routes["/go"] = ("redirect", 302, server.url("/story"))
    assert run("ingest", server.url("/short")).exit_code == 0
    [stored] = _pages(run.db)
    assert stored["url"] == server.url("/short") and stored["final_url"] == server.url("/story")
    docs = json.loads(run("docs", "--format", "json").stdout)
    assert [d["doc"] for d in docs] == ["story"]


def test_the_same_url_again_is_unchanged_and_an_edit_is_the_next_version(run, server):
    server.routes["/news/port-strike"] = Route((SEED.parent.parent / "tests/fixtures/pages/news-site.html").read_bytes())
    url = server.url("/news/port-strike")
    assert run("ingest", url).exit_code == 0
    result = run("ingest", url)
    assert "unchanged" in result.stderr
    edited = server.routes["/news/port-strike"].body.replace(b"6 percent", b"7 percent")
    server.routes["/news/port-strike"] = Route(edited)
    result = run("ingest", url)
    assert result.stderr.startswith("port-strike-ends: version 2, ")  # the canonical URL names the story
    assert len(_pages(run.db)) == 2


def test_two_sites_with_the_same_last_segment_are_two_stories(run, server):
    server.routes["/a/story.html"] = Route("<html><body><p>The mayor said the bridge would reopen.</p></body></html>")
    server.routes["/b/story.html"] = Route("<html><body><p>The council said the road would close.</p></body></html>")
    assert run("ingest", server.url("/a/story.html"), server.url("/b/story.html")).exit_code == 0
    docs = sorted(d["doc"] for d in json.loads(run("docs", "--format", "json").stdout))
    assert docs[0] == "story" and docs[1].startswith("story-") and len(docs) == 2


def test_wrong_charset_header_still_reads_the_page(run, server):
    page = (PAGES / "news-site.html").read_text(encoding="utf-8").replace("Ellen Okafor", "Renée Okafor")
    page = page.replace('<meta charset="utf-8">', '<meta charset="windows-1252">')
    server.routes["/cp"] = Route(page.encode("cp1252"), content_type="text/html; charset=utf-8")  # a wrong label
    assert run("ingest", server.url("/cp")).exit_code == 0
    text = json.loads(run("export", "port-strike-ends", "--format", "claimset").stdout)["document"]["text"]
    assert "said Renée Okafor" in text


def test_a_page_in_a_language_the_extractor_does_not_read_is_refused(run, server):
    server.routes["/es"] = Route((PAGES / "legacy-cp1252.html").read_bytes(), content_type="text/html")
    result = run("ingest", server.url("/es"))
    assert result.exit_code == 2
    assert result.stderr.startswith(f"Error: {server.url('/es')}: language 'es' is not supported: give one of en")


@pytest.mark.parametrize("route, options, error", [
    (Route("<p>slow</p>", delay=1.0), ["--timeout", "0.2"], "timed out after 0.2 s"),
    (None, [], "HTTP 404 Not Found"),
    (Route("oops", status=500), [], "HTTP 500 Internal Server Error"),
    (Route("busy", status=503, headers={"Retry-After": "120"}), [], "HTTP 503 Service Unavailable"),
    (Route(b"%PDF-1.4", content_type="application/pdf"), [], "not a web page (application/pdf)"),
    (Route(stream_bytes=50 * 1024 * 1024, content_length=False), ["--max-size", "1"], "larger than the 1 MB cap"),
    (Route(stream_bytes=50 * 1024 * 1024), ["--max-size", "1"], "larger than the 1 MB cap (50 MB)"),
    (("redirect", 302, "/page"), [], "more than 10 redirects"),
    (Route("<html><body><script>app()</script></body></html>"), [], "no article text found in the page"),
])
def test_each_failure_is_one_line_exit_2_and_nothing_stored(run, server, tmp_path, route, options, error):
    (tmp_path / "a.txt").write_text("The mayor said the bridge would reopen.\n", encoding="utf-8")
    assert run("ingest", str(tmp_path / "a.txt")).exit_code == 0
    before = dump_database(run.db)
    if route is not None:
        server.routes["/page"] = route
    result = run("ingest", server.url("/page"), *options)
    assert result.exit_code == 2
    assert result.stderr == f"Error: {server.url('/page')}: {error}\n"
    assert dump_database(run.db) == before


def test_an_unknown_host_is_a_dns_error(run):
    result = run("ingest", "https://no-such-host.invalid/story")
    assert result.exit_code == 2
    assert result.stderr == ("Error: https://no-such-host.invalid/story: cannot resolve the host name (DNS): "
                             "check the address\n")


def test_several_urls_store_the_good_ones_and_list_the_failures(run, server):
    server.routes["/good"] = Route(article_page(SEED))
    server.routes["/down"] = Route("oops", status=502)
    result = run("ingest", server.url("/missing"), server.url("/good"), server.url("/down"))
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert lines[0].startswith("good: version 1, ")
    assert lines[2:] == [f"Error: {server.url('/missing')}: HTTP 404 Not Found",
                         f"Error: {server.url('/down')}: HTTP 502 Bad Gateway",
                         "2 of 3 URLs failed; the others are stored"]
    assert [d["doc"] for d in json.loads(run("docs", "--format", "json").stdout)] == ["good"]
    help_text = run("ingest", "--help").stdout
    assert "1 when some" in help_text and "of several URLs failed" in help_text


def test_all_of_several_urls_failing_is_exit_2(run, server):
    result = run("ingest", server.url("/a"), server.url("/b"))
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [f"Error: {server.url('/a')}: HTTP 404 Not Found",
                                          f"Error: {server.url('/b')}: HTTP 404 Not Found"]


def test_a_50_mb_body_is_streamed_not_held(server):
    server.routes["/big"] = Route(stream_bytes=50 * 1024 * 1024, content_length=False)
    tracemalloc.start()
    try:
        with Fetcher(timeout=5, max_bytes=1024 * 1024) as fetcher, pytest.raises(FetchError, match="cap"):
            fetcher.get(server.url("/big"))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 8 * 1024 * 1024  # a few chunks past the 1 MB cap, never the 50 MB


def test_conditional_request_gives_not_modified(server):
    server.routes["/p"] = Route("<p>It rained, officials said.</p>", etag='"abc"')
    with Fetcher(timeout=5) as fetcher:
        first = fetcher.get(server.url("/p"))
        again = fetcher.get(server.url("/p"), etag=first.etag)
    assert first.status == 200 and again.not_modified and again.content == b""
    assert server.requests[1][2]["if-none-match"] == '"abc"'


def test_a_saved_html_file_keeps_its_page(run, tmp_path):
    path = tmp_path / "saved.html"
    path.write_bytes((SEED.parent.parent / "tests/fixtures/pages/news-site.html").read_bytes())
    assert run("ingest", str(path)).exit_code == 0
    [stored] = _pages(run.db)
    assert stored["author"] == "Maria Lindqvist" and stored["modified"] == "2025-03-15"
    assert gzip.decompress(stored["raw"]) == path.read_bytes() and stored["fetched_at"] is None
    docs = json.loads(run("docs", "--format", "json").stdout)
    assert docs[0]["doc"] == "saved"
    db = open_database(run.db)
    with db.reading() as session:
        assert session.execute(select(Document.url)).scalar() == "https://courier.example/business/2025/03/14/port-strike-ends"
    db.close()


def test_page_gives_back_the_fetched_bytes(run, server, tmp_path):
    body = (PAGES / "news-site.html").read_bytes()
    server.routes["/story"] = Route(body, gzip=True)
    run("ingest", server.url("/story"))
    assert run("page", "port-strike-ends@1").stdout_bytes == body
    out = tmp_path / "again.html"
    assert run("page", "port-strike-ends", "-o", str(out)).stderr == f"Wrote {out} ({len(body)} bytes)\n"
    assert out.read_bytes() == body
    (tmp_path / "a.txt").write_text("The mayor said the bridge would reopen.\n", encoding="utf-8")
    run("ingest", str(tmp_path / "a.txt"))
    refused = run("page", "a")
    assert refused.exit_code == 2 and refused.stderr.startswith("Error: a was not read from a web page")
