"""Speaker names of ordinary news prose (issue 13), on sentences written for these tests with invented
names and firms: a firm's name joined by an ampersand keeps it, and is a firm's name, not a person's."""

from __future__ import annotations

import pytest
from test_extract import attributed

from provenance.extract.speakers import analyse


@pytest.mark.parametrize("mention, name", [
    ("Orvik & Co", "Orvik & Co"),
    ("the boatbuilder Orvik & Co", "Orvik & Co"),
    ("Tarrow & Sons", "Tarrow & Sons"),
])
def test_a_firm_joined_by_an_ampersand_keeps_it_and_is_no_person(mention, name):
    sp = analyse(mention).speaker
    assert (sp.name, sp.kind, sp.gender) == (name, "institution", None)


def test_a_group_at_a_firm_keeps_the_firms_ampersand():
    sp = analyse("Analysts at Brell & Partners").speaker
    assert sp.name == "analysts at Brell & Partners" and sp.anonymous


@pytest.mark.parametrize("text", [
    "Orvik & Co said on Monday that its new dry dock would open in April.",
    "\u201cOur new dry dock opens in April,\u201d Orvik & Co said on Monday.",
])
def test_the_firm_is_the_speaker_by_its_whole_name(text):
    claim, = attributed(text)
    assert (claim["speaker_name"], claim["speaker_obj"]["kind"]) == ("Orvik & Co", "institution")


def test_names_without_an_ampersand_are_read_as_before():
    assert analyse("Orvik and Co").speaker.name == "Orvik and Co"
    sp = analyse("Ana Lind").speaker
    assert (sp.name, sp.kind) == ("Ana Lind", "person")


@pytest.mark.parametrize("mention, name", [
    ("staff at the trust's regional office in Varn", "staff at the trust's regional office in Varn"),
    ("Staff at the mill", "staff at the mill"),
    ("his staff", "his staff"),
])
def test_staff_is_a_group_not_a_title(mention, name):
    sp = analyse(mention).speaker
    assert (sp.name, sp.kind, sp.anonymous, sp.plural) == (name, "group", True, True)


def test_a_chief_of_staff_is_still_a_person():
    assert analyse("Chief of Staff Ana Lind").speaker.name == "Ana Lind"
    sp = analyse("the chief of staff").speaker
    assert (sp.kind, sp.head) == ("person", "chief")


def test_staff_who_speak_are_not_the_person_named_before():
    """Staff at an office are the source of what they said, not a person the text named before them,
    as a bare title would be."""
    text = ('"The ward has been short of nurses since the spring," said Petra Vold, a nurse at the clinic.\n\n'
            "The clinic's manager, Edvin Roos, did not answer calls on Tuesday. Staff at the trust's regional "
            "office in Varn said he was on leave until March.\n")
    claim, = [c for c in attributed(text) if c["text"].startswith("he was on leave")]
    assert claim["speaker_name"] == "staff at the trust's regional office in Varn"
