"""Declines and denials in the shapes ordinary news prose uses (issue 12 item 3), each on invented text:
a refusal to tell ('declined to discuss C', 'refused' + 'to identify C', 'would not elaborate on C')
declines to confirm while a refusal to do something else stays a position; a bare refusal ('X declined to
comment') is the publisher's observation with the refusal's stance; a denial of a report named by where it
ran or whose it is ('denied rumours on the quay that C', 'the allegation by X that C') denies C."""

from __future__ import annotations

import pytest
from test_status_shapes import ruled_claims

from provenance.extract.document import extract_claimset

SALE = "The Morrow Ledger reported on Monday that the Tarnby harbour board had sold the old pier to a developer.\n\n"


def _claims_after(sentence: str, use_model: bool = True) -> list[dict]:
    text = SALE + sentence + "\n"
    cs = extract_claimset(text, slug="t", use_model=use_model, outlet="Harbour Gazette", published="2025-05-20")
    tail = text.index(sentence)
    return [c for c in cs["claims"] if c["start"] is not None and c["start"] >= tail and c["form"] != "unattributed"]


@pytest.mark.parametrize("sentence", [
    "Board chairman Pieter Vask declined to discuss the price.",
    "Board chairman Pieter Vask declined to specify the price paid for the pier.",
    "Board chairman Pieter Vask refused to identify the buyer.",
    "Board chairman Pieter Vask would not elaborate on the terms of the deal.",
    "Board chairman Pieter Vask refused to answer questions about the buyer.",
    "Board chairman Pieter Vask declined to publicly detail the terms of the deal.",
])
def test_a_refusal_to_tell_declines_to_confirm(sentence):
    """'X declined to discuss C', 'X refused to identify C': the speaker declines to confirm what it
    was asked about, never asserts 'to identify the buyer'."""
    got = _claims_after(sentence)
    assert got and all(c["stance"] == "declines_to_confirm" for c in got), [(c["text"], c["stance"]) for c in got]


@pytest.mark.parametrize("verb", ["refused", "refuses"])
def test_a_refusal_to_tell_declines_with_the_rules_alone(verb):
    """The rules read 'refused' + 'to identify C' as a plan: its stance is still a non-confirmation."""
    got = _claims_after(f"Board chairman Pieter Vask {verb} to identify the buyer.", use_model=False)
    assert [(c["text"], c["stance"]) for c in got] == [("to identify the buyer", "declines_to_confirm")]


@pytest.mark.parametrize("sentence", [
    "Board chairman Pieter Vask refused to endorse the developer.",
    "Board chairman Pieter Vask declined to renew the lease on the pier.",
])
def test_a_refusal_to_do_something_else_is_no_non_confirmation(sentence):
    """'X refused to endorse Y': a position taken, no statement declined."""
    assert all(c["stance"] == "asserts" for c in _claims_after(sentence))


def test_a_refusal_inside_the_content_is_not_the_cues():
    """'X said that by refusing to say C, Y ...': the speaker asserts; the refusal is someone else's,
    inside what was said."""
    got = _claims_after("Board chairman Pieter Vask said that by refusing to discuss the price, the council had misled voters.")
    assert [c["stance"] for c in got if c["cue"] == "said"] == ["asserts"]


@pytest.mark.parametrize(("sentence", "stance"), [
    ("The Tarnby harbour board declined to comment.", "declines_to_confirm"),
    ("A spokesman for Orvel Homes, Dan Ferro, declined to comment.", "declines_to_confirm"),
    ("The mayor would not be drawn.", "declines_to_confirm"),
    ("Orvel Homes could not be reached for comment.", "asserts"),
    ("The developer did not respond to a request for comment.", "asserts"),
])
def test_a_bare_refusal_is_the_publishers_observation_with_the_refusals_stance(sentence, stance):
    """'X declined to comment': still the publisher's observation in its own words, no statement of
    X's, but X refused: the claim declines to confirm; 'X could not be reached' is a silence, of no
    stance; the report before it stays as it was."""
    text = SALE + sentence + "\n"
    cs = extract_claimset(text, slug="t", outlet="Harbour Gazette", published="2025-05-20")
    tail = text.index(sentence)
    mine = [(c["form"], c["text"], c["stance"]) for c in cs["claims"] if c["start"] is not None and c["start"] >= tail]
    assert mine == [("unattributed", sentence.rstrip("."), stance)]
    assert [c["stance"] for c in cs["claims"] if c["start"] < tail] == ["asserts"]


@pytest.mark.parametrize(("sentence", "denied"), [
    ("The mayor, Ana Holt, denied rumours on a messaging app that she had quit.", "she had quit"),
    ("The developer dismissed a report in the Courier that it planned to demolish the pier.",
     "it planned to demolish the pier"),
    ("The board also rejected claims on a local forum that the ferry would stop.", "the ferry would stop"),
])
def test_a_denial_of_a_report_where_it_ran_denies_its_clause(sentence, denied):
    """'X denied rumours on the quay that C', 'dismissed a report in the Courier that C': X denies C
    itself, never the unrelated report before it, which no denial disputes."""
    got = ruled_claims(SALE + sentence + "\n")
    denial = next(c for c in got if c["stance"] == "denies")
    assert denial["text"] == denied
    report = next(c for c in got if c["speaker_name"] == "Morrow Ledger")
    assert report["status"] != "disputed"


def test_a_denial_of_a_named_sources_claim_keeps_that_claim_and_disputes_it():
    """'The board denied the allegation by councillor Ed Roe that C': Ed Roe's claim C stays his, and the
    board's denial of C disputes it, not the report before."""
    got = ruled_claims(SALE + "The board denied the allegation by councillor Ed Roe that the pier had been undervalued.\n")
    roe = next(c for c in got if c["speaker_name"] == "Ed Roe")
    assert (roe["text"], roe["stance"], roe["status"]) == ("the pier had been undervalued", "asserts", "disputed")
    denial = next(c for c in got if c["stance"] == "denies")
    assert denial["text"] == "the pier had been undervalued"
    assert next(c for c in got if c["speaker_name"] == "Morrow Ledger")["status"] != "disputed"


def test_a_relative_that_after_where_a_report_ran_is_no_clause():
    """'denied the report in the Courier that was published on Monday': 'that' opens a relative clause,
    'was published on Monday' is no proposition denied."""
    got = ruled_claims(SALE + "The developer denied the report in the Courier that was published on Monday.\n")
    assert all(c["text"] != "was published on Monday" for c in got)
