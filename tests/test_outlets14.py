"""An outlet the list of outlets does not know, named as one by the text (issue 12 item 1, issue 13).
Each on sentences written for this test (invented places, people and outlets): a name set next to a
medium noun in lower case ('the regional newspaper The Beacon', 'news site Korvalis', 'Vellwick, a
local paper,') is an outlet for the rest of the document: the outlet a source told, the outlet that
reports, and what 'the paper' refers back to. A person described by a medium noun stays a person."""

from __future__ import annotations

import pytest
from test_extract import claims_of

from provenance.extract.chains import described_outlets

COURIER = {"outlet": "The Marlow Courier"}


def said(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(c["text"], c["speaker_name"], c["outlet_name"]) for c in claims_of(text, **COURIER)
            if c["form"] != "unattributed"]


def test_the_paper_after_a_local_daily_is_that_daily():
    text = ("The figures were published on Monday in the local daily Stentor. "
            "Council leader Dora Vantz told the paper that no decision had been made.")
    assert said(text) == [("no decision had been made", "Dora Vantz", "Stentor")]


def test_the_newspaper_after_a_regional_newspaper_named_with_its_article():
    text = ("The plan was first reported by the regional newspaper The Beacon, which has covered the port "
            "for decades. Officials told the newspaper that the vote would be held in May.")
    assert said(text) == [("the vote would be held in May", "officials", "The Beacon")]


def test_told_a_paper_described_in_an_apposition():
    text = ('The list was leaked to Vellwick, a local paper, last week. '
            '"We will not sell," councillor Abel Roon told Vellwick.')
    assert said(text) == [("We will not sell", "Abel Roon", "Vellwick")]


@pytest.mark.parametrize("described", ["The news site Korvalis first published the leak on Sunday.",
                                       "The leak was first published by news site Korvalis on Sunday.",
                                       "The weekly Korvalis obtained the letter last month."])
def test_a_described_outlet_that_reports_is_its_own_outlet(described):
    text = described + " Korvalis reported that three ministers had signed the order."
    assert said(text) == [("three ministers had signed the order", "Korvalis", "Korvalis")]


def test_a_broadcaster_described_before_its_name_speaks_through_itself():
    text = ("The local broadcaster Velto aired the footage on Monday. "
            "Velto said the footage showed two trucks at the gate.")
    assert said(text) == [("the footage showed two trucks at the gate", "Velto", "Velto")]


@pytest.mark.parametrize("text", ["The newspaper's editor Ana Lind said the story was true.",
                                  "The newspaper editor Ana Lind said the story was true.",
                                  "Ana Lind, a reporter at the paper, said the story was true.",
                                  "The story ran in the daily Monday edition.",
                                  "Ana Lind, a local paper boy, said the story was true."])
def test_a_person_or_a_day_next_to_a_medium_noun_is_no_outlet(text):
    assert described_outlets(text) == []


def test_a_given_name_after_a_medium_noun_is_a_person():
    assert described_outlets("The weekly Ana Lind wrote for closed in May.") == []
