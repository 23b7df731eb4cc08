"""Quotations opened with a dash, as translated and broadcast copy writes speech ('– C – he says', '- C, - X told the
paper', '— C1. C2 — X says'): the paragraph's words up to the later dash or comma before the cue are the speaker's
quotation, not the publisher's own sentences. Invented articles."""

from __future__ import annotations

import pytest

from provenance.extract import extract_claimset
from provenance.extract.segment import blocks, find_quotes

ARTICLE = """Trams in Kelby braked late again on Monday, the city said.

Ana Costa, the head of the tram operator, spoke to reporters in the depot.

– We acted at once, the mayor said.

- We will check every tram before it leaves the depot, said Ana Costa.

— We will not stop the checks. We have asked the maker for an audit — Costa says.

– The brakes were serviced in May. Nothing in the data shows a fault – says chief executive Tom Vane.

- We were thrown forward, - a passenger, Lena Berg, told the paper.
"""


def _claims(text: str) -> dict[str, tuple[str | None, str]]:
    cs = extract_claimset(text, slug="t", outlet="Kelby Gazette")
    names = {s["id"]: s["name"] for s in cs["speakers"]}
    return {c["text"]: (names.get(c["speaker"]), c["form"]) for c in cs["claims"]}


@pytest.mark.parametrize("said, speaker", [
    ("We acted at once", "mayor"),
    ("We will check every tram before it leaves the depot", "Ana Costa"),
    ("We will not stop the checks", "Ana Costa"),
    ("We have asked the maker for an audit", "Ana Costa"),
    ("The brakes were serviced in May", "Tom Vane"),
    ("Nothing in the data shows a fault", "Tom Vane"),
    ("We were thrown forward", "Lena Berg"),
])
def test_a_dash_opened_quotation_is_its_speaker(said, speaker):
    assert _claims(ARTICLE)[said] == (speaker, "direct")


def _quotes(text: str) -> list[str]:
    return [text[slice(*q.inner)].strip() for b in blocks(text) for q in find_quotes(text, b.start, b.end) if q.speech]


def test_the_quotation_ends_at_the_dash_before_its_cue():
    assert _quotes("– We checked. Nothing was wrong – he says.") == ["We checked. Nothing was wrong"]
    assert _quotes("- We were thrown forward, - a passenger, Lena Berg, told the paper.") == ["We were thrown forward,"]


@pytest.mark.parametrize("text", [
    # a list's items, even one with a cue in it, and an interview's answer are no quotation of this shape
    "- The airline says 1,200 passengers were affected\n- The regulator has opened an inquiry",
    "- Police said the driver, who was 45, was not hurt. He was taken home, officers said.",
    "– I should not have given a number before we had checked it. I apologise to the families.",
    "- Trams, buses and ferries will run as usual",
])
def test_no_dash_quotation(text):
    assert _quotes(text) == []
