"""Speaker names of ordinary news prose (issue 13), on sentences written for these tests with invented
names and firms: a firm's name joined by an ampersand keeps it, and is a firm's name, not a person's."""

from __future__ import annotations

import pytest
from test_extract import attributed

from provenance.extract.speakers import analyse


@pytest.mark.parametrize("mention, name", [
    ("Orvik & Co", "Orvik & Co"),
    ("the Danish brand Orvik & Co", "Orvik & Co"),
    ("Tarrow & Sons", "Tarrow & Sons"),
])
def test_a_firm_joined_by_an_ampersand_keeps_it_and_is_no_person(mention, name):
    sp = analyse(mention).speaker
    assert (sp.name, sp.kind, sp.gender) == (name, "institution", None)


def test_a_group_at_a_firm_keeps_the_firms_ampersand():
    sp = analyse("Analysts at Brell & Partners").speaker
    assert sp.name == "analysts at Brell & Partners" and sp.anonymous


@pytest.mark.parametrize("text", [
    "Orvik & Co said in a statement that it had paid every invoice on time.",
    "\u201cWe have paid every invoice on time,\u201d Orvik & Co said in a statement.",
])
def test_the_firm_is_the_speaker_by_its_whole_name(text):
    claim, = attributed(text)
    assert (claim["speaker_name"], claim["speaker_obj"]["kind"]) == ("Orvik & Co", "institution")


def test_names_without_an_ampersand_are_read_as_before():
    assert analyse("Orvik and Co").speaker.name == "Orvik and Co"
    sp = analyse("Ana Lind").speaker
    assert (sp.name, sp.kind) == ("Ana Lind", "person")
