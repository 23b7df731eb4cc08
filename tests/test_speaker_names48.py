"""The whole name, nothing but the name (issue 13), session 48: an honour or a fellowship written after a name
('Sir Tom Vane KG', 'Ana Costa FRS') is no part of it, so the surname alone finds the same person again; and the
people an outlet polled ('pilots close to the ferry board consulted by this paper', 'wool buyers contacted by the
Gazette') are the source, never the outlet that spoke to them, nor the polling verb kept in their name.
Every name and sentence is invented for this test."""

from __future__ import annotations

import pytest

from provenance.extract import extract_claimset
from provenance.extract.speakers import analyse

from conftest import cued_speakers


@pytest.mark.parametrize("mention, name", [
    ("Sir Tom Vane KG", "Tom Vane"),
    ("Dame Ana Costa DBE", "Ana Costa"),
    ("Ana Costa FRS", "Ana Costa"),
    ("Tom Vane KBE", "Tom Vane"),
    ("Ines Berg JP", "Ines Berg"),
    ("Lila Varo ONZM", "Lila Varo"),
])
def test_an_honour_after_a_name_is_no_part_of_it(mention, name):
    sp = analyse(mention).speaker
    assert (sp.name, sp.kind, sp.anonymous) == (name, "person", False)


def test_a_name_written_with_an_honour_is_found_again_by_its_surname():
    text = ("Tom Vane KBE, the chair of the harbour trust, said the dredging would start in May. "
            "Vane added that the money was there.")
    assert cued_speakers(text) == [("Tom Vane", False), ("Tom Vane", False)]


@pytest.mark.parametrize("text, name", [
    # the publisher names itself after the people it consulted: they speak, the polling verb no part of them
    ("The ferry will stop in June, according to pilots close to the ferry board consulted by this paper.",
     "pilots close to the ferry board"),
    ("The ferry will stop in June, according to two clerks consulted by this paper.", "two clerks"),
    # any plural an outlet contacted is people
    ("Wool buyers contacted by the Kelby Gazette said the mill would shut in May.", "Wool buyers"),
    # a plural that opens the sentence is a described group, never a named party, whatever its capital
    ("Businesses contacted by the Kelby Gazette said the mill would shut in May.", "businesses"),
    ("Retailers contacted by the Kelby Gazette said the mill would shut in May.", "retailers"),
])
def test_people_an_outlet_polled_are_the_source(text, name):
    assert cued_speakers(text) == [(name, True)]



@pytest.mark.parametrize("text, name, role", [
    # a title whose portfolio a comma lists, then the name with no comma: the name is the person's, the whole
    # title her role, before the cue or after a quotation
    ("Minister of Transport, Ports and Fisheries Ines Tarro said the ferry timetable would be cut.", "Ines Tarro",
     "Minister of Transport, Ports and Fisheries"),
    ('"The quarry will close in May," Minister of Forests, Mines and Water R. Palm said.', "R. Palm",
     "Minister of Forests, Mines and Water"),
    ("Minister of Ports, Roads and Waters Kelby Vane said the bridge would open.", "Kelby Vane",
     "Minister of Ports, Roads and Waters"),
])
def test_a_title_listing_its_portfolio_is_no_part_of_the_name(text, name, role):
    cs = extract_claimset(text, slug="t", use_model=False)
    (claim,) = [c for c in cs["claims"] if c["cue"]]
    (sp,) = [s for s in cs["speakers"] if s["id"] == claim["speaker"]]
    assert (sp["name"], sp["role"], sp["anonymous"]) == (name, role, False)
    assert "Minister" not in claim["text"] and "said" not in claim["text"]


def test_a_name_after_a_portfolio_is_found_again_by_its_surname():
    text = ("Minister of Transport, Ports and Fisheries Ines Tarro said the ferry timetable would be cut. "
            "Tarro added that no island would lose its last crossing.")
    assert cued_speakers(text) == [("Ines Tarro", False), ("Ines Tarro", False)]
