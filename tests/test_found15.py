"""Page furniture of ordinary news that is no statement (issue 14), on lines written for this test: a
wire story's currency conversion line, a byline that gives the author's e-mail address in brackets,
an author's tagline with how to reach them, a picture's credit under a label of its kind, a caption
that closes with its credit in brackets without the word 'photo', and an agency's '(With inputs
from ...)' sign-off; a wire's end marker ('(END)'), an agency's sign-off in brackets, a byline or
a reporter's sign-off of names and places alone ('NAME, OUTLET News'), a byline 'NAME (OUTLET)', a
time stamp with its zone, and a page's 'Here's what we know' and 'That's all for today'. Each is dropped as a paragraph of its own; a sentence of the story that looks
alike (a rate in a sentence, a caption line that reports speech) is kept."""

from __future__ import annotations

import pytest

from provenance.extract import extract_claimset
from provenance.extract.page import is_boilerplate


@pytest.mark.parametrize("block", [
    "($1 = 14.85 lorin)",
    "(1 euro = 3.42 marrak)",
    "($1 = 0.9231 euros; £1 = $1.2710)",
    "(US$1 = 7.8 HK dollars)",
    "By Odile Varnsby (o.varnsby@quillon.example)",
    "BY TAM GRIEVE [tam.grieve@ottery-courier.example]",
    "Ines Quardell covers courts and crime. Write to her at iquardell@ottery-courier.example.",
    "Cover photo: Fishing boats in Port Elsmere harbour",
    "Main image credit: Odile Varnsby/Quillon Press",
    "Ferry passengers queue at the quay in Port Elsmere on Tuesday. (Tam Grieve/Quillon Press)",
    "Harbour master Odile Varnsby at the quay on Monday. [Tam Grieve, Courier]",
    "Crews unload the last ferry of the night. (Ottery Courier: Ines Quardell)",
    "(With inputs from QNA)",
    # a wire's end marker and sign-offs, bylines and a reporter's sign-off, a page's stamps and greetings
    "(END)",
    "-- END --",
    "(Tarn Associated Press)",
    "qrs/tv (Quillon Wire, dpa)",
    "Odile Varnsby, Quillon News",
    "Tam Grieve, Harbour Reporter, Port Elsmere",
    "Ines Quardell (The Ottery Courier)",
    "Published on: June 2, 2026 09:30 (CET)",
    "Here's what we know so far",
    "That's all for today",
])
def test_furniture_is_dropped(block):
    assert is_boilerplate(block) is True


@pytest.mark.parametrize("block", [
    "The lorin fell to 14.85 to the dollar on Monday, traders said.",
    "By Tuesday, the quay had reopened (officials@port did not reply).",
    "Ines Quardell covers the cost of the repairs, the court ruled.",
    "Main image of the campaign was a ferry, the agency said.",
    "Fares rose by a tenth, the survey found. (Quillon Research/Polling Unit)",
    "Fares rose by a tenth on Monday. [QRC/Polls]",
    "Odile Varnsby, the harbour master, said the quay was safe.",
    "Harbour Master Says Ferry Fleet Is Safe, Union Disagrees",
    "Here's what we know about the quay, the harbour master said.",
    "That's all the money we have, she said.",
    "Police (PSNI) said the road was closed.",
])
def test_story_sentences_that_look_alike_are_kept(block):
    assert is_boilerplate(block) is False


ARTICLE = """Port Elsmere ferry operator cuts sailings

By Odile Varnsby (o.varnsby@quillon.example)

The Elsmere ferry operator will cut its winter sailings by a third, its chief executive Tam Grieve said on Monday.

Passengers queue at the quay in Port Elsmere on Tuesday. (Ines Quardell/Quillon Press)

The operator lost 40 million lorin last year, Grieve said.

($1 = 14.85 lorin)
"""


def test_an_article_stores_its_statements_and_none_of_its_furniture():
    claims = [c["text"] for c in extract_claimset(ARTICLE, slug="ferry")["claims"]]
    assert not [t for t in claims if "@" in t or "= 14.85" in t or "Ines Quardell" in t or "queue" in t]
    assert any("cut its winter sailings" in t for t in claims)
    assert any("lost 40 million lorin" in t for t in claims)
