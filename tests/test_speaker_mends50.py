"""Mends of a review of last session's speaker rules: a company named with '& Co' has no shorter name
('Hargreaves &' was stored as its alias), and a count of a group reads the same before 'of them' and before
'of the residents' ('Seven of the residents said C' named no one, 'Three of the residents' did)."""

from __future__ import annotations

import pytest

from provenance.extract import extract_claimset
from provenance.extract.lexicon import lexicon
from provenance.extract.speakers import analyse, without_legal_form


@pytest.mark.parametrize(("name", "bare"), [
    ("Hargreaves & Co", None), ("Hargreaves & Co.", None), ("Pell and Co", None),
    ("Tarvik plc", "Tarvik"), ("Smith & Sons Ltd", "Smith & Sons"),
])
def test_a_company_and_co_has_no_shorter_name(name, bare):
    assert without_legal_form(name, lexicon()) == bare


def test_no_alias_ending_in_an_ampersand_is_stored():
    data = extract_claimset("Hargreaves & Co said on Monday it would close the Delby mill in June.", slug="mill")
    speakers = {s["name"]: s for s in data["speakers"]}
    assert "Hargreaves & Co" in speakers, speakers
    assert not any(a.rstrip().endswith("&") for s in data["speakers"] for a in s.get("aliases") or [])


@pytest.mark.parametrize("count", ["Seven", "Three", "12", "Several", "Some", "Two"])
def test_any_count_of_a_group_speaks_for_the_group(count):
    mention = analyse(f"{count} of the residents", lexicon())
    assert mention.speaker is not None and mention.speaker.name == "residents" and mention.speaker.anonymous

