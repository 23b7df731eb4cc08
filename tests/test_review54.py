"""The session's review, confirmed by running: a cooperative named by a day or a function word is no place's
group; 'said when asked about X that C' keeps C; figures after two synonyms of one act still dispute. Sentences and
names invented."""

from __future__ import annotations

from provenance.corroboration import other_acts
from provenance.extract import extract_claimset
from provenance.rules import _place_group


def test_a_day_or_a_pronoun_before_cooperative_names_no_place():
    assert _place_group().search("On Monday cooperative members voted to stop deliveries") is None
    assert _place_group().search('"Our cooperative cannot plant this season," he said') is None
    found = _place_group().search("the Lunde Vale cooperative said on Monday")
    assert found is not None and found.group() == "Lunde Vale cooperative"


def test_said_when_asked_about_a_thing_then_that_keeps_the_content():
    cs = extract_claimset("The depot stayed shut on Monday.\n\nCarl Dunne said when asked about the delay that the "
                          "contractor had gone bankrupt.\n", slug="t", outlet="Coastal Tribune", published="2026-11-18")
    people = {s["id"]: s["name"] for s in cs["speakers"]}
    said = [(people.get(c["speaker"] or ""), c["text"]) for c in cs["claims"]]
    assert ("Carl Dunne", "the contractor had gone bankrupt") in said, said


def test_two_synonyms_of_one_act_are_no_two_acts():
    assert not other_acts("police arrested 40 protesters", "riot police detained 12 protesters")
    assert not other_acts("fuel prices climbed 12 percent", "fuel prices jumped 19 percent")
    assert not other_acts("the company ships 1,200 tonnes a week", "the company shipped 950 tonnes last week")
    assert other_acts("the scheme covers 4,000 sacks", "the board had distributed 3,100 sacks")
