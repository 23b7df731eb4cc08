"""A plain-text article's header typed without its `---` lines ('Title: ...', 'Outlet: ...', 'Published: ...' at
the very top, then a blank line) is still the header: the publisher it names decides whose anonymous sources a
relay repeats, so dropping it silently made a relay of one outlet's sources look like corroboration."""

from __future__ import annotations

import json

import pytest

from provenance.extract import read_article

BODY = "The port authority halted dredging on Monday, officials said.\n"


def test_a_header_without_its_rules_is_metadata():
    data = f"Title: Dredging halted\nOutlet: Coastal Tribune\nPublished: 2026-11-30\n\n{BODY}".encode()
    meta, body = read_article(data, filename="a.txt")
    assert meta == {"title": "Dredging halted", "outlet": "Coastal Tribune", "published": "2026-11-30"}
    assert body == BODY


@pytest.mark.parametrize("top", [
    "Title: Dredging halted\n\n",  # one line: a headline of the story that happens to hold a colon
    "Update: the authority has resumed work\nOutlet: Coastal Tribune\n\n",  # a line of another key
    "Outlet: Coastal Tribune\nPublished: last Monday\n\n",  # no date: the story's own words
    "Outlet: Coastal Tribune\nOutlet: Harwick Radio\n\n",  # one key twice
    "\nOutlet: Coastal Tribune\nPublished: 2026-11-30\n\n",  # not at the very top
])
def test_text_that_only_looks_like_a_header_stays_the_story(top):
    data = (top + BODY).encode()
    meta, body = read_article(data, filename="a.txt")
    assert body == top + BODY
    assert "outlet" not in meta


def test_all_of_a_file_is_no_header():
    meta, body = read_article(b"Outlet: Coastal Tribune\nPublished: 2026-11-30\n", filename="a.txt")
    assert body == "Outlet: Coastal Tribune\nPublished: 2026-11-30\n" and "outlet" not in meta


def test_a_relay_of_an_outlets_anonymous_sources_is_one_origin_with_them(run, tmp_path):
    scoop = tmp_path / "scoop.txt"
    scoop.write_text("Title: Fish kill in the estuary\nOutlet: Coastal Tribune\nPublished: 2026-11-30\n\n"
                     "Two people familiar with the inspection said sediment samples showed cadmium levels four "
                     "times the legal limit.\n")
    relay = tmp_path / "relay.txt"
    relay.write_text("Title: Dredging halted\nOutlet: Harwick Radio\nPublished: 2026-12-01\n\n"
                     "Sediment samples showed cadmium levels four times the legal limit, sources told the Coastal "
                     "Tribune.\n")
    assert run("ingest", str(scoop), str(relay)).exit_code == 0
    docs = json.loads(run("docs", "--format", "json").stdout)
    assert {d["doc"]: d["outlet"] for d in docs} == {"scoop": "Coastal Tribune", "relay": "Harwick Radio"}
    claims = json.loads(run("claims", "--format", "json").stdout)
    assert [c["status"] for c in claims] == ["unconfirmed", "unconfirmed"], claims
