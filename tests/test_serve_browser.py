"""The review desk in headless Chromium: a fact-checker's session from the queue to a decision, the
article's highlights at their exact offsets, the hostile article, CSRF, and the phone width.

Screenshots of every page go to test-output/serve-*.png. Like tests/test_report_html.py this skips
(or fails under PROVENANCE_REQUIRE_BROWSER=1) without Playwright and Chromium.
"""

from __future__ import annotations

import json
import socket
import threading
import time

import pytest

pytest.importorskip("starlette")
uvicorn = pytest.importorskip("uvicorn")

from test_hostile import IMG, SCRIPT, hostile_claimset  # noqa: E402
from test_report_html import browser  # noqa: E402,F401  (the module's Chromium fixture)

from provenance import query  # noqa: E402
from provenance.db import open_database  # noqa: E402
from provenance.web.app import create_app  # noqa: E402

from conftest import FIXTURES, ROOT, SEEDS, Run  # noqa: E402

pytestmark = [pytest.mark.browser, pytest.mark.slow]
REVIEWER = "fact-checker"
SHOTS = ROOT / "test-output"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _import(run: Run, folder, data: dict, name: str) -> None:
    path = folder / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert run("import", str(path)).exit_code == 0


@pytest.fixture(scope="module")
def desk(tmp_path_factory):
    """A running desk over the seed, the hostile article and a two-version retelling of the seed."""
    folder = tmp_path_factory.mktemp("desk")
    db = str(folder / "desk.db")
    run = Run(db)
    assert run("import", str(SEEDS / "azerbaijan-mediation.claims.json")).exit_code == 0
    _import(run, folder, hostile_claimset(), "hostile.json")
    for name in ("azerbaijan-mediation.claims.json", "azerbaijan-mediation-v2.claims.json"):
        data = json.loads(((SEEDS if "v2" not in name else FIXTURES) / name).read_text(encoding="utf-8"))
        data["document"]["slug"] = "retold"
        _import(run, folder, data, "retold-" + name)
    database = open_database(db)
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(database, reviewer=REVIEWER), host="127.0.0.1", port=port,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(200):
        if server.started:
            break
        time.sleep(0.05)
    assert server.started
    try:
        yield {"url": f"http://127.0.0.1:{port}", "db": db, "run": run, "database": database}
    finally:
        server.should_exit = True
        thread.join(10)
        database.close()


def watched(browser, width: int = 1200):  # noqa: F811
    """A page that records console errors, dialogs and every request it makes."""
    page = browser.new_page(viewport={"width": width, "height": 900})
    page.errors, page.dialogs, page.requests = [], [], []
    page.on("console", lambda msg: page.errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: page.errors.append(str(exc)))
    page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
    page.on("request", lambda request: page.requests.append(request.url))
    return page


def shot(page, name: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SHOTS / name), full_page=True)


def fits(page, width: int) -> bool:
    return page.evaluate("document.documentElement.scrollWidth") <= width


def test_a_fact_checker_reviews_a_hotline_claim(browser, desk):  # noqa: F811
    page = watched(browser)
    page.goto(desk["url"] + "/")
    assert page.locator("h1").inner_text() == "Queue"
    assert page.locator(".tab[aria-current=page]").inner_text().startswith("unconfirmed")
    shot(page, "serve-queue.png")
    assert page.locator("#f-doc").is_hidden()  # the filters beyond the search stay folded until asked for
    page.click("text=More filters")
    page.fill("#f-doc", "azerbaijan-mediation")
    page.fill("#f-search", "hotline")
    page.press("#f-search", "Enter")
    page.wait_for_url("**search=hotline**")
    assert page.eval_on_selector_all("#queue a.open", "els => els.map(e => e.dataset.id)") == ["7", "27"]
    assert page.locator("#f-doc").is_visible()  # open again on the filtered page
    page.locator("body").press("Escape")
    page.evaluate("document.activeElement.blur()")
    page.keyboard.press("j")
    assert page.evaluate("document.activeElement.dataset.id") == "7"
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"  # focus is visible
    page.keyboard.press("j")
    page.keyboard.press("k")
    assert page.evaluate("document.activeElement.dataset.id") == "7"
    page.keyboard.press("Enter")
    page.wait_for_url("**/claims/7")
    assert page.locator("#status-badge").inner_text() == "unconfirmed"
    page.keyboard.press("1")  # confirmed
    assert page.evaluate("document.activeElement.id") == "r-reason"
    assert page.locator("#r-status").input_value() == "confirmed"
    page.keyboard.type("the Turkish Defence Ministry confirmed the hotline on 2025-05-28")
    page.fill("#r-evidence", "https://example.org/msb-statement")
    page.fill("#r-note", "Checked the ministry's weekly briefing.")
    page.click("text=Save decision")
    page.wait_for_url("**/claims/7?saved=review**")
    assert page.locator("#status-badge").inner_text() == "confirmed"
    last = page.locator("#history li").last.inner_text()
    assert REVIEWER in last and "unconfirmed → confirmed" in last and "https://example.org/msb-statement" in last
    shot(page, "serve-claim.png")
    assert page.errors == [] and page.dialogs == []
    assert all(url.startswith(desk["url"]) for url in page.requests)
    page.close()
    event = json.loads(desk["run"]("history", "--claim", "7", "--format", "json").stdout)[-1]
    assert (event["actor"], event["action"], event["old"], event["new"], event["evidence_url"]) == (
        REVIEWER, "review", "unconfirmed", "confirmed", "https://example.org/msb-statement")


def test_the_article_highlights_every_claim_at_its_offsets(browser, desk):  # noqa: F811
    page = watched(browser)
    page.goto(desk["url"] + "/docs/azerbaijan-mediation")
    with desk["database"].reading() as session:
        claims = list(query.iter_claims(session, query.ClaimFilter(doc="azerbaijan-mediation")))
        from provenance.store import find_version

        text = find_version(session, "azerbaijan-mediation")[1].text
    assert page.evaluate("document.getElementById('text').textContent") == text
    pieces = page.eval_on_selector_all("#text a.hl", "els => els.map(e => [e.dataset.claims, +e.dataset.start, "
                                                     "+e.dataset.end, e.textContent, e.className])")
    assert len(claims) == 55
    for c in claims:
        mine = [p for p in pieces if str(c["id"]) in p[0].split()]
        assert mine, c["id"]
        assert mine[0][1] == c["start"] and mine[-1][2] == c["end"], c["id"]
        assert all(a[2] == b[1] for a, b in zip(mine, mine[1:], strict=False)), c["id"]  # contiguous
        assert "".join(p[3] for p in mine) == text[c["start"]:c["end"]] == c["text"]
    for ids, start, end, piece, classes in pieces:
        assert piece == text[start:end]
        innermost = next(c for c in claims if c["id"] == int(ids.split()[0]))
        assert f"s-{innermost['status']}" in classes.split()
    first = page.locator("#text a.hl").first
    first.focus()
    tip = page.evaluate("getComputedStyle(document.activeElement, '::after').content")
    assert claims[0]["speaker"] in tip
    assert page.locator("aside").get_by_text("Anonymous sources").is_visible()
    shot(page, "serve-article.png")
    page.set_viewport_size({"width": 390, "height": 844})
    assert fits(page, 390)
    shot(page, "serve-article-phone.png")
    page.goto(desk["url"] + "/docs/retold")
    page.click("text=Show claim diff")
    page.wait_for_url("**/docs/retold/diff?a=1&b=2")
    assert "reattributed" in page.locator(".pairs").inner_text()
    page.locator(".pairs .ids a").last.click()  # a claim of the diff opens its claim page
    page.wait_for_url("**/claims/*")
    assert "retold v2" in page.locator(".chain").inner_text()
    page.go_back()
    assert fits(page, 390)
    page.set_viewport_size({"width": 1200, "height": 900})
    shot(page, "serve-diff.png")
    assert page.errors == [] and page.dialogs == []
    page.close()


def test_the_hostile_article_renders_as_text(browser, desk):  # noqa: F811
    page = watched(browser)
    for path in ("/docs/hostile", "/?status=all&doc=hostile", "/claims/57", "/claims/56"):
        page.goto(desk["url"] + path)
        page.wait_for_timeout(150)  # let anything that would fire (onerror, onload) have its chance
        body = page.inner_text("body")
        assert SCRIPT in body or IMG in body or "=HYPERLINK" in body, path
        assert page.evaluate("document.querySelectorAll('script').length") == 1
        assert page.evaluate("document.querySelectorAll('img, iframe, object, embed, svg').length") == 0
        if path == "/docs/hostile":
            shot(page, "serve-hostile.png")
    assert page.errors == [] and page.dialogs == []
    assert all(url.startswith(desk["url"]) for url in page.requests), page.requests
    page.close()


def test_a_forged_form_is_refused(browser, desk):  # noqa: F811
    page = watched(browser)
    page.goto(desk["url"] + "/claims/27")
    before = page.locator("#status-badge").inner_text()
    page.evaluate("document.querySelector('.review-form input[name=csrf]').value = 'forged'")
    page.select_option("#r-status", "retracted")
    page.fill("#r-reason", "should not be saved")
    with page.expect_response(lambda r: r.url.endswith("/claims/27/review")) as answer:
        page.click("text=Save decision")
    assert answer.value.status == 403
    assert "security token" in page.locator(".problem").inner_text()
    shot(page, "serve-csrf.png")
    page.goto(desk["url"] + "/claims/27")
    assert page.locator("#status-badge").inner_text() == before
    page.close()


def test_the_queue_at_phone_width(browser, desk):  # noqa: F811
    page = watched(browser, width=390)
    page.goto(desk["url"] + "/?status=all")
    assert fits(page, 390)
    for control in page.query_selector_all("input:not([type=hidden]), select, textarea"):
        label = page.evaluate("el => el.labels.length", control)
        assert label == 1, control.get_attribute("name")
    shot(page, "serve-queue-phone.png")
    page.goto(desk["url"] + "/claims/7")
    assert fits(page, 390)
    for control in page.query_selector_all("input:not([type=hidden]), select, textarea"):
        assert page.evaluate("el => el.labels.length", control) == 1, control.get_attribute("name")
    shot(page, "serve-claim-phone.png")
    page.close()
