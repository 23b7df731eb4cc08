"""The HTML report: one self-contained, escaped page, checked as text and in real headless Chromium.

The browser test needs Playwright (the `dev` extra) and a system Chromium (`.ci/run` installs it);
without them it skips and says why, unless PROVENANCE_REQUIRE_BROWSER=1 makes that a failure.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from test_report import IMG, SCRIPT, hostile_claimset, load_database, report_of, tags_of, talks_claimset

from conftest import ROOT

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]


def test_page_is_self_contained(tmp_path):
    page = report_of(load_database(tmp_path, talks_claimset()), "talks", "html")
    assert page.startswith("<!DOCTYPE html>\n<html lang=\"en\">")
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in page
    assert "Content-Security-Policy\" content=\"default-src &#x27;none&#x27;;" in page
    assert "@media print" in page and "@media (max-width" in page
    for tag, attrs in tags_of(page):
        for name, value in attrs:
            if name in ("src", "href", "action", "poster", "data"):
                assert value is not None and (value.startswith("#") or value.startswith("data:")), (tag, name, value)
    assert "@import" not in page and "url(" not in page
    assert page.count("<svg") == 1 and "<script" not in page


def _chromium() -> str | None:
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    return "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None


def _missing(reason: str):
    if os.environ.get("PROVENANCE_REQUIRE_BROWSER") == "1":
        pytest.fail(f"PROVENANCE_REQUIRE_BROWSER=1 but {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _missing("Playwright is not installed: pip install -e '.[dev]'")
    executable = _chromium()
    if executable is None:
        _missing("no chromium on PATH: apt-get install chromium (CI installs it)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


@pytest.mark.slow
@pytest.mark.browser
def test_report_renders_in_chromium(browser, tmp_path):
    # the story twice: its statements are carried by several outlets (a section of clusters)
    path = load_database(tmp_path, talks_claimset(), talks_claimset("talks-followup"), hostile_claimset())
    target = tmp_path / "report.html"
    target.write_text(report_of(path, None, "html"), encoding="utf-8")
    url = target.as_uri()

    page = browser.new_page(viewport={"width": 1100, "height": 900})
    errors: list[str] = []
    requests: list[str] = []
    dialogs: list[str] = []
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("request", lambda request: requests.append(request.url))
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(url, wait_until="load")
    page.wait_for_timeout(200)  # let anything that would fire (onerror, onload) have its chance

    assert errors == []
    assert requests == [url]
    assert dialogs == []
    graph = page.locator("svg.graph")
    assert graph.is_visible()
    box = graph.bounding_box()
    assert box is not None and box["width"] > 300 and box["height"] > 100
    assert page.locator("svg.graph g.node").count() >= 8
    text = page.inner_text("body")
    assert SCRIPT in text and IMG in text
    assert '"><svg onload=alert(2)>' in text
    assert page.evaluate("document.querySelectorAll('script, img, iframe, object, embed').length") == 0
    assert page.title() == "Sourcing report: all documents (3)"
    carried = page.locator("#carried ol.carried > li")
    assert carried.count() >= 2 and carried.first.is_visible()
    assert "independent origins" in page.inner_text("#carried")

    screenshot = tmp_path / "report.png"
    page.screenshot(path=str(screenshot), full_page=True)
    shared = ROOT / "test-output"
    shared.mkdir(exist_ok=True)
    shutil.copyfile(screenshot, shared / "report.png")

    # On a phone: nothing wider than the screen; tables and the graph scroll inside their boxes.
    page.set_viewport_size({"width": 390, "height": 844})
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    assert graph.is_visible()
    page.screenshot(path=str(tmp_path / "report-phone.png"))
    shutil.copyfile(tmp_path / "report-phone.png", shared / "report-phone.png")

    # In print: no navigation, the graph fits the page width.
    page.emulate_media(media="print")
    assert page.locator("nav").is_hidden()
    assert graph.is_visible()
    page.close()
