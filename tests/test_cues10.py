"""Statements the extractor stored cut or not at all (issue 14), on sentences written for this test
(invented bodies, places and outlets):

- a request a party makes of someone ('has asked a court to halt the sale', 'advised drivers to keep
  their windows closed') stays the party's position, its object and what they are to do, and the
  sentence whole is also the publisher's report that the request was made (the judged statement of
  such a sentence is the act, its verb among its words);
- a deed done to the object after a cue, no clause after it ('declared a state of emergency',
  'reported a net loss of 40 million crowns'), stays the subject's claim and is also the publisher's
  report that it was done; a stance, a verdict or a denial ('blamed a faulty pump', 'called the plan
  "a lie"', 'rejected the charge', 'would not confirm the order') gives a view, no deed;
- a cue form that is also a noun ('state') before a speaker's title after a comma ('C, state officials
  said', 'C, state party president X said') is a word of the description, no cue of its own;
- a plan of the sentence's subject ('plans to shut its plant', 'is planning to sell') before 'the
  Courier reported' is what the outlet reports, the clause whole, not the subject's statement to it."""

from __future__ import annotations

import pytest
from test_extract import claims_of

LEDGER = {"outlet": "The Harbour Ledger"}


def sourced(text: str) -> list[tuple[str, str | None, str]]:
    """(content, speaker, form) of every claim of a text, with the Ledger as its publisher."""
    return [(c["text"], c["speaker_name"], c["form"]) for c in claims_of(text, **LEDGER)]


@pytest.mark.parametrize("text, asked, party", [
    ("The Tarn Valley Trust has asked a regional court to halt the sale of the Brennock estate.",
     "a regional court to halt the sale of the Brennock estate", "Tarn Valley Trust"),
    ("Police advised drivers within 5km of the depot to keep their windows closed overnight.",
     "drivers within 5km of the depot to keep their windows closed overnight", "Police"),
    ("The fishermen's union has called on the harbour board to reopen the slipway before the winter.",
     "the harbour board to reopen the slipway before the winter", "fishermen's union"),
])
def test_a_request_made_is_the_partys_position_and_the_publishers_report(text, asked, party):
    assert sourced(text) == [(asked, party, "indirect"), (text.rstrip("."), "The Harbour Ledger", "unattributed")]


@pytest.mark.parametrize("text", [
    "We asked the ministry to comment on the figures.",  # the publisher's own request: no report of it twice
    '"Bring your own water to the shelter," the mayor told residents.',  # the request comes before the cue
])
def test_no_second_claim_where_no_party_made_a_request_reported(text):
    assert all(form != "unattributed" for _, _, form in sourced(text))


def test_asking_not_to_be_named_is_no_request():
    # nor any claim: a source's reason for not being named states nothing anyone claims (extract/noise.py)
    text = "The engineers asked not to be named because they still work for the port."
    assert sourced(text) == []


@pytest.mark.parametrize("text, content, speaker", [
    ("Orvane Motors plans to shut its plant in Helsby, the Daily Clarion reported on Monday.",
     "Orvane Motors plans to shut its plant in Helsby", "Daily Clarion"),
    ("The port authority is planning to sell two of its cranes, the Harbour Gazette reported, citing three "
     "people familiar with the plans.", "The port authority is planning to sell two of its cranes",
     "three people familiar with the plans"),
    ("The firm expects to reconnect most homes by Friday, Radio Tarnby reported.",
     "The firm expects to reconnect most homes by Friday", "Radio Tarnby"),
])
def test_a_plan_before_an_outlets_report_is_what_the_outlet_reports(text, content, speaker):
    assert sourced(text) == [(content, speaker, "indirect")]


def test_a_statement_before_an_outlets_report_stays_the_speakers_through_the_outlet():
    found = claims_of("The minister said voters should stay calm, the Daily Clarion reported.", **LEDGER)
    assert [(c["text"], c["speaker_name"], c["outlet_name"]) for c in found] == [
        ("voters should stay calm", "minister", "Daily Clarion")]


@pytest.mark.parametrize("text, thing, party", [
    ("The Corvale district council declared a state of emergency on Sunday night.",
     "a state of emergency on Sunday night", "Corvale district council"),
    ("The Tarn Growers' Fund reported a net loss of 40 million crowns for the year.",
     "a net loss of 40 million crowns for the year", "Tarn Growers' Fund"),
])
def test_a_deed_done_is_the_subjects_claim_and_the_publishers_report(text, thing, party):
    assert sourced(text) == [(thing, party, "indirect"), (text.rstrip("."), "The Harbour Ledger", "unattributed")]


@pytest.mark.parametrize("text", [
    "The board rejected the charge.",
    "The ferry operator blamed a faulty pump.",  # a stance's object: the operator's view of the cause
    'Piet Olsen called the repair plan "a lie".',
    "A spokeswoman would not confirm the order.",
    "The minister said the bridge would reopen in June.",
])
def test_a_view_or_a_clause_is_no_deed(text):
    assert all(form != "unattributed" for _, _, form in sourced(text))


@pytest.mark.parametrize("text, content, speaker", [
    ("The bridge will reopen on Monday, state officials said.", "The bridge will reopen on Monday",
     "state officials"),
    ("The Greens plan to hold rallies in all 12 provinces on Friday, state party president Ines Varga said.",
     "The Greens plan to hold rallies in all 12 provinces on Friday", "Ines Varga"),
])
def test_state_before_a_title_is_part_of_the_description(text, content, speaker):
    assert sourced(text) == [(content, speaker, "indirect")]


@pytest.mark.parametrize("text, content", [
    ("The report states that the bridge failed.", "the bridge failed"),
    ("The letter states the council must pay.", "the council must pay"),
])
def test_states_after_its_subject_is_still_a_cue(text, content):
    assert [c for c, _, _ in sourced(text)] == [content]
