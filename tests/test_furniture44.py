"""Web furniture of translated and wire copy, and correction notices naming only the kind of error
(issues 12 and 13). A translator's line ('Translated from Slovene by NAME.', 'Translation: NAME'), a
link to the original ('Read the original article here.'), a bracketed picture label ('[Archive
Picture]'), an agency's sign-off with its code and site in brackets, and a one-sentence caption whose
credit holds a web address are no statements of anyone's. A notice that an earlier version 'gave the
wrong date' or 'got the wrong name' is the publisher's withdrawal (stance retracts), as 'misstated' is.
Invented lines of this file's own writing."""

from __future__ import annotations

import pytest
from test_status_shapes import ruled_claims

from provenance.extract.page import is_boilerplate

LEAD = ("Ferry fares rise\n\nNordvik Lines said on Monday that fares would rise by 12 percent in May, "
        "blaming the price of diesel.\n\n")


@pytest.mark.parametrize("line", [
    "Translated from Slovene.",
    "Translated from the Georgian by Nino Kervalishvili.",
    "Translated from Romanian by the Tarn Post English desk. Read the original here.",
    "This article was translated from Albanian by our newsroom.",
    "Translation: Lusine Harutyunyan / tarnpost.am",
    "English translation by Ana Berg.",
    "Read the original article here.",
    "Read the original in Estonian here.",
    "[Archive Picture]",
    "[File photo]",
    "(Stock Image)",
    "[Photo: courtesy of the harbour authority]",
    "(TNA)(www.tarnnews.co.tz)",
    "(GPA) (www.gpa-agency.org)",
    "Passengers queue for the morning ferry at the Solvik quay on May 2, 2026. Photo: Jan Berg / Gazette.no",
])
def test_furniture_of_translated_and_wire_copy_is_no_statement(line):
    """The line is dropped as furniture, and nothing of it is stored as a claim."""
    assert is_boilerplate(line), line
    claims = ruled_claims(f"{LEAD}{line}\n\nThe port authority said the quay would be dredged in June.\n")
    start = len(LEAD)
    assert not [c for c in claims if c["start"] < start + len(line) and c["end"] > start], claims
    assert [c["speaker_name"] for c in claims] == ["Nordvik Lines", "port authority"], claims


@pytest.mark.parametrize("line", [
    "Translated into plain English, the ruling means the ferry may sail again, the lawyer said.",
    "Read the original contract, Nordvik Lines said, and you will see the fares were always going to rise.",
    "Passengers queue for the ferry. The captain said the engine had failed twice.",
])
def test_a_sentence_of_the_story_that_opens_alike_stays(line):
    assert not is_boilerplate(line)


@pytest.mark.parametrize("notice", [
    "Correction: An earlier version of this story gave the wrong date for the closure of the quay.",
    "CORRECTION: A previous version of this article got the wrong name for the ferry.",
    "Correction: An earlier version of this story gave an incorrect figure for the fare rise.",
    "Editor's note: An earlier version of this report wrongly said the quay had closed in April.",
])
def test_a_correction_giving_the_wrong_thing_is_the_publishers_withdrawal(notice):
    """'An earlier version ... gave the wrong date': the publisher's own statement with the stance
    retracts, never its assertion ('... wrongly said C': C is what it withdraws)."""
    mine = [c for c in ruled_claims(f"{LEAD}{notice}\n") if c["speaker_name"] != "Nordvik Lines"]
    assert mine and all(c["stance"] == "retracts" and c["speaker_name"] == "Harbour Gazette" for c in mine), mine
