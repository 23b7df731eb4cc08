"""The outlet a speaker's statements reach the reader through (each sentence invented for this test:
invented people, places and outlets). A speaker's next statement keeps the outlet she was speaking to,
unless the text puts it on another day."""

from __future__ import annotations

import pytest
from test_extract import attributed

PUBLISHER = "Kettleby Star"


def outlets(text: str) -> list[tuple[str, str | None]]:
    return [(c["text"], c["outlet_name"]) for c in attributed(text, outlet=PUBLISHER, published="2026-03-06")]


@pytest.mark.parametrize("text", [
    "Councillor Mara Veld had told the Tarnwick Courier on Monday that the bridge would reopen in May. "
    "On Wednesday Veld said the bridge would stay shut until June.",
    "Councillor Mara Veld told the Tarnwick Courier on Monday that the bridge would reopen in May.\n\n"
    "On Wednesday she said the bridge would stay shut until June.",
])
def test_a_statement_on_another_day_keeps_no_outlet(text):
    assert outlets(text) == [("the bridge would reopen in May", "Tarnwick Courier"),
                             ("the bridge would stay shut until June", None)]


@pytest.mark.parametrize("text", [
    "Councillor Mara Veld told the Tarnwick Courier on Monday that the bridge would reopen in May. "
    "\"We owe the valley an answer,\" she said.",
    "Councillor Mara Veld told the Tarnwick Courier that the bridge would reopen in May. "
    "She added that the repairs would cost less than planned.",
])
def test_the_same_speaker_going_on_keeps_the_outlet(text):
    assert [outlet for _, outlet in outlets(text)] == ["Tarnwick Courier", "Tarnwick Courier"]


@pytest.mark.parametrize("text, outlet", [
    ("An inspector told Tarnwatch.org that the records had been changed.", "Tarnwatch.org"),
    ("An inspector told iVELDRO.cz that the records had been changed.", "iVELDRO.cz"),
    ("An inspector told Tarnwatch that the records had been changed.", None),  # a name: a person, or a body
])
def test_a_site_told_by_its_address_is_an_outlet(text, outlet):
    assert outlets(text) == [("the records had been changed", outlet)]


def test_a_site_address_of_the_publishers_name_is_the_publisher():
    claims = attributed("An inspector told iVELDRO.cz that the records had been changed.", outlet="iVELDRO")
    assert [c["outlet_name"] for c in claims] == ["iVELDRO"]


@pytest.mark.parametrize("text, outlet", [
    ("In a July interview with the Tarnwick Courier, Mara Veld said the bridge would reopen.", "Tarnwick Courier"),
    ("In a telephone interview with Tarn TV, Mara Veld said the bridge would reopen.", "Tarn TV"),
    ("In a brief appearance on Tarn TV, Mara Veld said the bridge would reopen.", "Tarn TV"),
    ("On Tarn TV's \"Morning Hour\" on Tuesday, Mara Veld said the bridge would reopen.", "Tarn TV"),
    ("Meanwhile, speaking to Tarn TV's Morning Hour on Monday, Mara Veld said the bridge would reopen.", "Tarn TV"),
    ("In an interview with Tarn News’ Ana Costa on Monday night, Mara Veld said the bridge would reopen.", "Tarn News"),
    ("On Monday, Mara Veld said the bridge would reopen.", None),
    ("On Main Street, Mara Veld said the bridge would reopen.", None),
])
def test_an_opening_phrase_names_the_medium_spoken_through(text, outlet):
    assert outlets(text) == [("the bridge would reopen", outlet)]


def test_a_date_in_the_opening_phrase_is_when_the_speaker_spoke():
    claim, = attributed("In a telephone interview on Thursday, Mara Veld said the bridge would reopen.",
                        outlet=PUBLISHER, published="2026-03-06")
    assert claim["stated_on"] == "2026-03-05"
