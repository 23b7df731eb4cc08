"""The whole name, nothing but the name (issue 13), session 48: an honour or a fellowship written after a name
('Sir Tom Vane KG', 'Ana Costa FRS') is no part of it, so the surname alone finds the same person again; and the
people an outlet polled ('sources close to the talks consulted by this newspaper', 'wool buyers contacted by the
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
    ("The mill will shut in May, according to sources close to the talks consulted by this newspaper.",
     "sources close to the talks"),
    ("The mill will shut in May, according to two officials consulted by this newspaper.", "two officials"),
    # any plural an outlet contacted is people
    ("Wool buyers contacted by the Kelby Gazette said the mill would shut in May.", "Wool buyers"),
])
def test_people_an_outlet_polled_are_the_source(text, name):
    assert cued_speakers(text) == [(name, True)]



@pytest.mark.parametrize("text, name, role", [
    # a title whose portfolio a comma lists, then the name with no comma: the name is the person's, the whole
    # title her role, before the cue or after a quotation
    ("Minister of Education, Science and Sport Tomas Berg said the exam would be rescored.", "Tomas Berg",
     "Minister of Education, Science and Sport"),
    ('"The hay will arrive in May," Minister of Food, Agriculture and Light Industry T. Lind said.', "T. Lind",
     "Minister of Food, Agriculture and Light Industry"),
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
    text = ("Minister of Education, Science and Sport Tomas Berg said the exam would be rescored. "
            "Berg added that no pupil would lose marks.")
    assert cued_speakers(text) == [("Tomas Berg", False), ("Tomas Berg", False)]
