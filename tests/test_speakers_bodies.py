"""Bodies and titles as news copy names them (issue 13), on sentences written for this test: an
adverb of time between a body and its cue, a body named 'the Port of X' and referred to by what it
is ('the port', 'the coastal port', 'Kelby Sound port'), a title written with a hyphen, a sentence's
opening word before 'the agency', and a summary figure ('the median forecast') that is no source."""

from __future__ import annotations

import pytest
from test_extract import attributed

from provenance.extract.speakers import analyse


def _by_text(text: str) -> dict[str, tuple]:
    return {c["text"]: (c["speaker_name"], (c["speaker_obj"] or {}).get("anonymous")) for c in attributed(text)}


@pytest.mark.parametrize("text, content", [
    # an adverb of time between the body and its cue is no part of its name
    ("The Tarnside Ambulance Service first put the number of injured at 12. The ambulance service now says 19 "
     "people were taken to hospital.", "19 people were taken to hospital"),
    ("The Tarnside Ambulance Service said 12 people were hurt. The ambulance service has since said 19 were hurt.",
     "19 were hurt"),
    ("The Tarnside Ambulance Service said 12 people were hurt. The ambulance service today said 19 were hurt.",
     "19 were hurt"),
])
def test_an_adverb_of_time_before_the_cue_is_no_part_of_the_body(text, content):
    assert _by_text(text)[content] == ("Tarnside Ambulance Service", False)


@pytest.mark.parametrize("text, content", [
    ("The Port of Wexby Sound said it would appeal the ruling. The port said the dredging would go ahead.",
     "the dredging would go ahead"),
    # a word in lower case that describes the body does not make another, unnamed one
    ("The Port of Wexby Sound said it would appeal. In a news release, the coastal port said the ruling ignored "
     "years of planning.", "the ruling ignored years of planning"),
    # its name with the words reordered
    ("The Port of Wexby Sound said it would appeal. The Wexby Sound port said the ruling was wrong.",
     "the ruling was wrong"),
    # a heading and a deck may describe it before the text names it
    ("Wexby Sound port will appeal ruling\n\nThe coastal port says 900 jobs are at stake.\n\nBy Tom Orr\n\n"
     "The Port of Wexby Sound says it will appeal the decision.", "900 jobs are at stake"),
])
def test_a_body_named_port_of_x_is_one_speaker_on_the_record(text, content):
    claims = _by_text(text)
    assert claims[content] == ("Port of Wexby Sound", False)
    assert {name for name, _ in claims.values()} == {"Port of Wexby Sound"}


def test_a_body_described_apart_from_the_one_named_is_another():
    claims = _by_text("The Port of Wexby Sound said it would appeal. The other port said the ruling was fair.")
    assert claims["the ruling was fair"][0] != "Port of Wexby Sound"


def test_a_later_body_is_no_forward_reference_after_the_lead():
    text = ("Harbour traffic resumed on Monday.\n\nShips queued in the bay.\n\nThe port said the channel was clear."
            "\n\nIn Tarnby, the Port of Wexby Sound reopened later.")
    assert _by_text(text)["the channel was clear"][0] != "Port of Wexby Sound"


@pytest.mark.parametrize("mention, name, kind", [
    ("The Port of Wexby Sound", "Port of Wexby Sound", "institution"),
    ("the University of Harlow", "University of Harlow", "institution"),
    # a person's name before 'of' stays a person's
    ("Markus Feldt of the Greens", "Markus Feldt", "person"),
])
def test_a_capitalised_name_with_of(mention, name, kind):
    sp = analyse(mention).speaker
    assert sp is not None and (sp.name, sp.kind, sp.anonymous) == (name, kind, False)


@pytest.mark.parametrize("text, name, role", [
    ("Nordbank Vice-President Ilse Marten said the economy faced a hard winter.", "Ilse Marten",
     "Nordbank Vice-President"),
    ("Nordbank vice-president Ilse Marten said the economy faced a hard winter.", "Ilse Marten",
     "Nordbank vice-president"),
])
def test_a_title_written_with_a_hyphen_goes_to_the_role(text, name, role):
    claim, = attributed(text)
    assert (claim["speaker_name"], claim["speaker_obj"]["role"]) == (name, role)


def test_an_opening_word_before_the_article_is_no_part_of_the_body():
    claims = attributed("The Harlow Water Board said the water was safe. Later the board said two people had been "
                        "taken ill.")
    assert {c["speaker_name"] for c in claims} == {"Harlow Water Board"}


def test_a_median_forecast_is_no_speaker():
    claims = attributed("Economists polled by the Tribune this month expected growth of 0.4 percent, according to "
                        "the median forecast.")
    assert all((c["speaker_name"] or "").lower() not in ("median", "the median") for c in claims)
