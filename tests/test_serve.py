"""The review desk over HTTP (Starlette's test client): pages, status codes, forms, CSRF, tokens,
escaping. The browser side is tests/test_serve_browser.py."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest

pytest.importorskip("starlette")
pytest.importorskip("jinja2")

from starlette.testclient import TestClient  # noqa: E402
from test_hostile import IMG, SCRIPT, hostile_claimset  # noqa: E402
from test_report import tags_of  # noqa: E402

from provenance import query  # noqa: E402
from provenance.db import open_database  # noqa: E402
from provenance.web import pages  # noqa: E402
from provenance.web.app import create_app  # noqa: E402

from conftest import SEEDS, Run, dump_database  # noqa: E402

CSRF = re.compile(r'name="csrf" value="([^"]+)"')
BASE = "http://127.0.0.1"
TOKEN = "ana-secret-0123456789"


def load_seed(db: str, seed_path, tmp_path, *more: dict) -> Run:
    run = Run(db)
    assert run("import", str(seed_path)).exit_code == 0
    for data in more:
        path = tmp_path / f"{data['document']['slug']}.json"
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        assert run("import", str(path)).exit_code == 0
    return run


SEED = SEEDS / "azerbaijan-mediation.claims.json"


@pytest.fixture(scope="module")
def shared(tmp_path_factory):
    """The seed and the hostile article, for the tests that write nothing (or must fail to)."""
    folder = tmp_path_factory.mktemp("desk")
    db = str(folder / "desk.db")
    load_seed(db, SEED, folder, hostile_claimset())
    return db


@pytest.fixture
def seeded(tmp_path):
    """The same, fresh for a test that writes."""
    db = str(tmp_path / "desk.db")
    load_seed(db, SEED, tmp_path, hostile_claimset())
    return db


def client_for(db: str, **options) -> TestClient:
    database = open_database(db)
    options.setdefault("reviewer", "ana")
    return TestClient(create_app(database, **options), base_url=BASE, follow_redirects=False)


@pytest.fixture(scope="module")
def reader(shared):
    with client_for(shared) as c:
        yield c


@pytest.fixture
def client(reader):
    reader.cookies.clear()
    return reader


@pytest.fixture
def writer(seeded):
    with client_for(seeded) as c:
        yield c


def csrf_of(client: TestClient, url: str = "/claims/7") -> str:
    page = client.get(url)
    assert page.status_code == 200
    return CSRF.search(page.text).group(1)


def history(db: str, claim: int) -> list[dict]:
    return json.loads(Run(db)("history", "--claim", str(claim), "--format", "json").stdout)


@pytest.mark.parametrize("url", ["/", "/?status=all&search=hotline", "/docs/azerbaijan-mediation", "/claims/7",
                                 "/docs/hostile", "/claims/57"])
def test_pages_are_safe_html(client, url):
    page = client.get(url)
    assert page.status_code == 200
    assert page.headers["content-type"] == "text/html; charset=utf-8"
    csp = page.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert page.headers["x-content-type-options"] == "nosniff"
    assert page.headers["referrer-policy"] == "no-referrer"
    assert page.headers["cache-control"] == "no-store"
    tags = tags_of(page.text)
    assert [attrs for tag, attrs in tags if tag == "script"] == [[("src", "/static/app.js"), ("defer", None)]]
    assert [(tag, name) for tag, attrs in tags for name, _ in attrs if name.startswith("on") or name == "style"] == []
    assert {tag for tag, _ in tags} <= {"html", "head", "meta", "title", "link", "script", "body", "a", "header", "nav",
                                        "div", "span", "strong", "form", "input", "button", "main", "footer", "details",
                                        "summary", "ul", "ol", "li", "kbd", "p", "h1", "h2", "label", "select", "option",
                                        "code", "section", "aside", "figure", "blockquote", "mark", "figcaption", "dl",
                                        "dt", "dd", "textarea", "q", "time"}
    assert SCRIPT not in page.text and IMG not in page.text


def test_hostile_text_is_escaped(client):
    article = client.get("/docs/hostile").text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in article
    assert "&#34;&gt;&lt;img src=x onerror=alert(2)&gt;" in article
    assert "<img" not in article


def test_bidirectional_overrides_show_as_escapes(tmp_path):
    from claimsets import make_claimset

    data = make_claimset(slug="bidi", title="Road \u202eevol\u202c works")
    data["speakers"][1]["name"] = "Jane \u202eeoR\u202c"
    db = str(tmp_path / "bidi.db")
    load_seed(db, SEED, tmp_path, data)
    client = client_for(db)
    for url in ("/docs/bidi", "/?status=all&doc=bidi"):
        page = client.get(url).text
        assert "\u202e" not in page and "\\u202e" in page, url


@pytest.mark.parametrize("url", ["/claims/999999", "/docs/nope", "/docs/azerbaijan-mediation?version=9", "/nowhere",
                                 "/claims/abc", "/?doc=nope"])
def test_unknown_ids_are_404_pages(client, url):
    page = client.get(url)
    assert page.status_code == 404
    assert "<h1>Not found</h1>" in page.text


@pytest.mark.parametrize("method, url", [("GET", "/claims/7/review"), ("POST", "/"), ("PUT", "/claims/7/review"),
                                         ("DELETE", "/claims/7"), ("GET", "/logout")])
def test_wrong_method_is_405(client, method, url):
    page = client.request(method, url)
    assert page.status_code == 405
    assert "Method not allowed" in page.text


@pytest.mark.parametrize("url, message", [
    ("/?since=May", "“since” &#39;May&#39; is not a date: use YYYY, YYYY-MM or YYYY-MM-DD"),
    ("/?status=open", "status &#39;open&#39; is not a status"),
    ("/?anonymous=maybe", "anonymous must be yes, no or empty"),
    ("/?after=x", "the page address is damaged"),
    ("/docs/azerbaijan-mediation?version=two", "version &#39;two&#39; is not a version number"),
    ("/docs/azerbaijan-mediation/diff", "has only one version"),
])
def test_bad_query_is_a_400_page_saying_what_to_fix(client, url, message):
    page = client.get(url)
    assert page.status_code == 400
    assert message in page.text


@pytest.mark.parametrize("form, message", [
    ({"status": "confirmed", "reason": " "}, "“reason” is empty: say in one line why"),
    ({"status": "true", "reason": "x"}, "“status” &#39;true&#39; is not a status"),
    ({"status": "confirmed", "reason": "x", "evidence": "javascript:alert(1)"}, "“evidence” &#39;javascript:alert(1)&#39; is not a web address"),
])
def test_bad_review_form_is_a_400_page_and_writes_nothing(client, shared, form, message):
    token = csrf_of(client)
    before = dump_database(shared)
    page = client.post("/claims/7/review", data={"csrf": token, **form})
    assert page.status_code == 400
    assert message in page.text
    assert dump_database(shared) == before


def test_bad_link_forms(client, shared):
    token = csrf_of(client)
    before = dump_database(shared)
    assert "is not a number" in client.post("/claims/7/link", data={"csrf": token, "other": "six",
                                                                    "relation": "repeats"}).text
    assert client.post("/claims/7/link", data={"csrf": token, "other": "7", "relation": "repeats"}).status_code == 400
    assert client.post("/claims/7/link", data={"csrf": token, "other": "999", "relation": "repeats"}).status_code == 404
    assert client.post("/claims/7/unlink", data={"csrf": token, "other": "1"}).status_code == 404
    assert dump_database(shared) == before


@pytest.mark.parametrize("how", ["missing", "wrong", "other browser", "other origin"])
def test_forms_without_a_valid_csrf_token_are_refused(client, shared, how):
    token = csrf_of(client)
    data = {"status": "confirmed", "reason": "forged", "csrf": token}
    headers = {}
    if how == "missing":
        del data["csrf"]
    elif how == "wrong":
        data["csrf"] = "0" * 64
    elif how == "other browser":
        client.cookies.clear()
    else:
        headers["origin"] = "http://attacker.invalid"
    before = dump_database(shared)
    for url in ("/claims/7/review", "/claims/7/clear", "/claims/7/link", "/logout"):
        page = client.post(url, data=data, headers=headers)
        assert page.status_code == 403, url
        assert "reload the page" in page.text
    assert dump_database(shared) == before


def test_other_host_names_are_refused(client):
    """A page that rebinds its own domain name to 127.0.0.1 cannot read the desk."""
    assert client.get("/", headers={"host": "attacker.invalid"}).status_code == 400


def test_review_through_the_form_is_the_clis_review(db_url, tmp_path):
    load_seed(db_url, SEED, tmp_path)
    count = re.compile(r'class="tab t-(\w+)"[^>]*>\w+ <span class="count">(\d+)</span>')
    with client_for(db_url) as client:
        before = dict(count.findall(client.get("/").text))
        token = csrf_of(client)
        done = client.post("/claims/7/review", data={
            "csrf": token, "status": "disputed", "reason": "the ministry denied it on 2025-05-23",
            "evidence": "https://example.org/denial", "note": "Phoned the press office."})
        assert done.status_code == 303 and done.headers["location"] == "/claims/7?saved=review#history"
        page = client.get(done.headers["location"]).text
        after = dict(count.findall(client.get("/").text))
    assert (int(after["unconfirmed"]), int(after["disputed"])) == (int(before["unconfirmed"]) - 1,
                                                                   int(before["disputed"]) + 1)
    with open_database(db_url).reading() as session:
        assert {k: int(v) for k, v in after.items() if int(v)} == query.status_counts(session)
    assert 'id="status-badge">disputed</span>' in page
    assert "Decision saved." in page and "https://example.org/denial" in page
    event = history(db_url, 7)[-1]
    assert {k: event[k] for k in ("actor", "action", "old", "new", "reason", "evidence_url", "note")} == {
        "actor": "ana", "action": "review", "old": "unconfirmed", "new": "disputed",
        "reason": "the ministry denied it on 2025-05-23", "evidence_url": "https://example.org/denial",
        "note": "Phoned the press office."}


def test_link_unlink_and_clear_through_forms(writer, seeded):
    client = writer
    token = csrf_of(client)
    assert client.post("/claims/7/link", data={"csrf": token, "other": "#27", "relation": "repeats",
                                               "reason": "same report"}).status_code == 303
    page = client.get("/claims/7").text
    assert 'href="/claims/27">claim 27</a>' in page and "linked by ana: same report" in page
    assert client.post("/claims/7/unlink", data={"csrf": token, "other": "27", "relation": "repeats"}).status_code == 303
    assert client.post("/claims/7/review", data={"csrf": token, "status": "retracted", "reason": "x"}).status_code == 303
    assert client.post("/claims/7/clear", data={"csrf": token}).status_code == 303
    reviewer_actions = [e["action"] for e in history(seeded, 7) if e["actor"] == "ana"]
    assert reviewer_actions == ["link", "unlink", "review", "review cleared"]


def test_queue_counts_filters_and_keyset_pages(client, shared, monkeypatch):
    page = client.get("/").text
    database = open_database(shared)
    with database.reading() as session:
        counts = query.status_counts(session)
        everything = [r["id"] for r in query.iter_claims(session, query.ClaimFilter())]
    for status, n in counts.items():
        assert re.search(rf'class="tab t-{status}"[^>]*>{status} <span class="count">{n}</span>', page)
    hotline = client.get("/?search=hotline").text
    assert re.findall(r'data-id="(\d+)"', hotline) == ["7", "27"]
    monkeypatch.setattr(pages, "PAGE_SIZE", 7)
    seen, url = [], "/?status=all"
    while url:
        text = client.get(url).text
        seen += [int(i) for i in re.findall(r'data-id="(\d+)"', text)]
        found = re.search(r'<a href="([^"]+)" rel="next">', text)
        url = found.group(1).replace("&amp;", "&") if found else None
    assert seen == everything and len(seen) == 55 + 3


def test_tokens_sign_reviewers_in(seeded):
    with client_for(seeded, reviewer=None, tokens={TOKEN: "ben"}, allowed_hosts=["127.0.0.1"]) as client:
        assert client.get("/").headers["location"] == "/login"
        assert client.post("/claims/7/review", data={"status": "confirmed", "reason": "x"}).status_code == 401
        login = client.get("/login").text
        token = CSRF.search(login).group(1)
        assert client.post("/login", data={"csrf": token, "token": "guess-guess-guess"}).status_code == 401
        signed = client.post("/login", data={"csrf": token, "token": TOKEN})
        assert signed.status_code == 303 and TOKEN not in signed.headers["location"]
        assert "Reviewing as <strong>ben</strong>" in client.get("/").text
        form = csrf_of(client)
        assert client.post("/claims/7/review", data={"csrf": form, "status": "confirmed", "reason": "ok"}).status_code == 303
    with client_for(seeded, reviewer=None, tokens={TOKEN: "ben"}) as script:
        answer = script.post("/claims/27/review", data={"status": "disputed", "reason": "by script"},
                             headers={"authorization": f"Bearer {TOKEN}"})
        assert answer.status_code == 303
    assert [e["actor"] for e in history(seeded, 7)][-1] == "ben"
    assert [e["actor"] for e in history(seeded, 27)][-1] == "ben"


def test_serve_refuses_an_open_address_without_tokens(tmp_path, monkeypatch):
    monkeypatch.delenv("PROVENANCE_TOKEN", raising=False)
    run = Run(str(tmp_path / "x.db"))
    result = run("serve", "--host", "0.0.0.0")
    assert result.exit_code == 2
    assert result.stderr == ("Error: --host 0.0.0.0 lets others on the network change claims: give each reviewer "
                             "a token with --token NAME=SECRET or $PROVENANCE_TOKEN\n")
    short = run("serve", "--host", "0.0.0.0", "--token", "ana=short")
    assert short.exit_code == 2 and "shorter than 16 characters" in short.stderr
    assert run("serve", "--token", "nosecret").exit_code == 2


def test_the_command_line_does_not_import_the_web_stack():
    code = "import sys, provenance.cli; print(sorted(m for m in ('starlette', 'uvicorn', 'jinja2') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
