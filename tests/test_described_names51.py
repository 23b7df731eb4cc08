"""A name set off before a description and a relative clause ('Ana Costa, the mayor, who spoke at the quay, said')
is the speaker, with the description as her role; read back from the relative clause the parser stopped at the
description and stored an anonymous 'mayor'. A relative pronoun that closes a description ('an analyst at X, who
estimated C') is no part of the role."""

from __future__ import annotations

import pytest

from provenance.extract import extract_claimset


def _speakers(sentence: str) -> list[tuple[str, bool, str | None]]:
    cs = extract_claimset(sentence + "\n", slug="t", outlet="Coastal Tribune", published="2026-11-30")
    speakers = {s["id"]: s for s in cs["speakers"]}
    return [(speakers[c["speaker"]]["name"], speakers[c["speaker"]]["anonymous"], speakers[c["speaker"]]["role"])
            for c in cs["claims"] if c["speaker"]]


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("Ana Costa, the mayor, who spoke at the quay, said the water was safe.", ("Ana Costa", False, "mayor")),
    ("Ana Costa, a fisherman, who has worked the estuary for decades, said the water was dirty.",
     ("Ana Costa", False, "fisherman")),
    ("Tomas Reed, the harbour master, who took office in May, told reporters the channel was closed.",
     ("Tomas Reed", False, "harbour master")),
])
def test_a_name_before_a_description_and_a_relative_clause_speaks(sentence, speaker):
    assert _speakers(sentence) == [speaker]


@pytest.mark.parametrize(("sentence", "speaker"), [
    # no name before the description: the description speaks, as before
    ("In Harwick, the mayor, who spoke at the quay, said the water was safe.", ("mayor", True, "mayor")),
    ("Two officials at the agency, who spoke on condition of anonymity, said the plan was dead.",
     ("two officials at the agency", True, None)),
])
def test_a_description_with_no_name_before_it_still_speaks(sentence, speaker):
    assert _speakers(sentence) == [speaker]


def test_a_closing_relative_pronoun_is_no_part_of_the_role():
    said = _speakers("The fines could be large, said Anna Berg, an analyst at Berenberg, who estimated the costs "
                     "at 200 million pounds.")
    assert said and all(role == "analyst at Berenberg" for _, _, role in said)


@pytest.mark.parametrize(("sentence", "speakers"), [
    # 'who' after a name that follows a preposition and a noun for people points back at the people
    ("Fines are likely, said two analysts at Berenberg, who estimated the costs at 200 million pounds.",
     [("two analysts at Berenberg", True, None)] * 2),
    ("The plan was backed by the mayor of Harwick, who said it would create jobs.",
     [("mayor of Harwick", True, "mayor of Harwick")]),
])
def test_who_after_a_member_of_a_body_is_the_member(sentence, speakers):
    assert _speakers(sentence) == speakers
