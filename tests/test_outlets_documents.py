"""Documents and polls as sources, and the outlets they reach the reader through (each sentence
invented for this test: invented bodies, people and outlets). A poll's maker speaks, not the
outlet it was made for; a statement on a body's website is the body's; a draft an outlet has seen is the outlet's report; whom an outlet cites in an opening
clause is the source, the outlet its relay."""

from __future__ import annotations

import pytest
from test_extract import claims_of

PUBLISHER = "Kettleby Star"


def row(text: str) -> tuple:
    claim, = [c for c in claims_of(text, outlet=PUBLISHER) if c["form"] != "unattributed"]
    return claim["text"], claim["speaker_name"], claim["speaker_obj"]["anonymous"], claim["outlet_name"]


@pytest.mark.parametrize("text, expected", [
    ("A poll by the Varsen Institute for the Halden Post found that the toll was unpopular.",
     ("the toll was unpopular", "Varsen Institute", False, "Halden Post")),
    ("A poll conducted by the Varsen Institute found that the toll was unpopular.",
     ("the toll was unpopular", "Varsen Institute", False, None)),
    ("A study by Marl University found that the port paid its consultant twice.",
     ("the port paid its consultant twice", "Marl University", False, None)),
])
def test_a_polls_maker_speaks(text, expected):
    assert row(text) == expected


@pytest.mark.parametrize("text, content", [
    ("According to a statement on its website, the Harwick Port Authority will appeal the ruling.",
     "the Harwick Port Authority will appeal the ruling"),
    ("The Harwick Port Authority will appeal the ruling, according to a statement on its website.",
     "The Harwick Port Authority will appeal the ruling"),
    ("The Harwick Port Authority lost the case. According to a statement on its website, it will appeal.",
     "it will appeal"),
])
def test_a_statement_on_a_bodys_website_is_the_bodys(text, content):
    assert row(text) == (content, "Harwick Port Authority", False, None)


@pytest.mark.parametrize("text, content", [
    ("A draft seen by the Halden Post shows that the ministry plans to cut 400 jobs.",
     "the ministry plans to cut 400 jobs"),
    ("The ministry will cut 400 jobs, according to a draft seen by the Halden Post.", "The ministry will cut 400 jobs"),
])
def test_a_draft_an_outlet_has_seen_is_its_report(text, content):
    assert row(text) == (content, "Halden Post", False, "Halden Post")


@pytest.mark.parametrize("text", [
    "Citing three people familiar with the plans, the Halden Post reported that the plant would close.",
    "The Halden Post reported, citing three people familiar with the plans, that the plant would close.",
])
def test_whom_an_outlet_cites_is_the_source(text):
    assert row(text) == ("the plant would close", "three people familiar with the plans", True, "Halden Post")


@pytest.mark.parametrize("text, speaker", [
    ('The fire service said two people were hurt. The club has now put out a statement. It reads: "We are '
     'devastated by what happened."', "club"),
    ('The fire service said two people were hurt. Tarn Rovers issued a short statement on Sunday. "We are '
     'devastated," it read.', "Tarn Rovers"),
    # a statement issued two sentences back is not what 'it' is
    ('The club has now put out a statement. The fire service said two people were hurt. It reads: "We are '
     'devastated."', "fire service"),
])
def test_it_reads_is_the_statement_the_sentence_before_issued(text, speaker):
    claims = claims_of(text, outlet=PUBLISHER)
    assert [(c["speaker_name"], c["speaker_obj"]["anonymous"]) for c in claims
            if c["text"].startswith("We are devastated")] == [(speaker, False)]  # ('the club': a body, no anonymous source)
