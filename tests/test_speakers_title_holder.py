"""'The minister said' when the text named the minister in a sentence with no cue (issue 13, item 2),
each on a short text written for this test with invented names, places and outlets: a wire story
whose lead names the holder of a title before any statement of hers, with a portfolio after the
title; the text's one senator; two ministers named, where the text names no one holder; and a
person described by her age after her name ('said the 38-year-old')."""

from __future__ import annotations

from provenance.extract.document import _People, extract_claimset
from provenance.extract.lexicon import lexicon
from provenance.extract.speakers import analyse

WIRE = (
    "WENLO, March 3 (KNA): Coastal Minister for Harbours and Rural Education Tavi Oren Malu on Tuesday "
    "opened a ferry terminal at the Wenlo quay.\n\n"
    "The terminal will handle 2,000 passengers a day, the minister said while talking to reporters.\n\n"
    "He said a second berth would open next year."
)


def _speakers(text: str) -> list[tuple[str, bool, str | None]]:
    cs = extract_claimset(text, slug="t", use_model=False)
    by_id = {s["id"]: s for s in cs["speakers"]}
    out = []
    for claim in (c for c in cs["claims"] if c["form"] != "unattributed"):
        sp = by_id.get(claim["speaker"]) or {}
        out.append((sp.get("name"), sp.get("anonymous"), claim["text"]))
    return out


def test_the_minister_is_the_holder_the_lead_named_without_a_cue():
    found = {(name, anonymous) for name, anonymous, text in _speakers(WIRE) if "berth" in text or "2,000" in text}
    assert found == {("Tavi Oren Malu", False)}


def test_a_name_after_a_portfolio_opens_after_the_portfolio_word_the_titles_know():
    sp = analyse("Minister for Harbours and Rural Education Tavi Oren Malu").speaker
    assert (sp.name, sp.role) == ("Tavi Oren Malu", "Minister for Harbours and Rural Education")
    # a given name the lists know still opens the name, and two words stay the name
    assert analyse("Minister for Health and Education Policy Ana Lind").speaker.name == "Ana Lind"
    assert analyse("Minister for Fisheries Dessa Prane").speaker.name == "Dessa Prane"


def test_the_senator_is_the_one_senator_the_text_named():
    text = ("Senator Mara Quell chaired the budget hearing on Monday.\n\n"
            "The senator told reporters the schools fund was short by a third.")
    assert _speakers(text) == [("Mara Quell", False, "the schools fund was short by a third")]


def test_two_holders_of_the_title_name_no_one_holder():
    text = ("Health Minister Dessa Prane and Transport Minister Tavi Malu visited the Wenlo quay on Monday.\n\n"
            "The minister said the road to the quay would reopen in May.")
    people = _People(text, lexicon())
    assert people.holder("minister") is None
    assert _People(WIRE, lexicon()).holder("minister") == "Minister for Harbours and Rural Education Tavi Oren Malu"


def test_a_person_described_by_her_age_is_the_person_named_before():
    text = ("Dessa Prane coaches the junior rowing squad at Wenlo.\n\n"
            '"We train before dawn every day," said Dessa Prane.\n\n'
            '"It is hard, but the results come," said the 38-year-old.')
    assert {(name, anonymous) for name, anonymous, _ in _speakers(text)} == {("Dessa Prane", False)}


def test_an_age_with_more_than_a_word_for_a_person_is_no_one_named():
    text = ('"We train before dawn every day," said Dessa Prane.\n\n'
            '"It is hard," said the 38-year-old Wenlo harbour pilot.')
    assert ("Dessa Prane", False) not in {(n, a) for n, a, t in _speakers(text) if t == "It is hard"}


def test_a_former_holder_is_not_the_holder_named_with_the_bare_title():
    # 'the former president' is someone else than the text's 'President Tom Reyes', and the name of the
    # person he refers to in the same sentence is not his either
    text = ("The rally filled the square on Tuesday.\n\n"
            '"We will carry this county," the former president said, referring to Ana Vessel, his adviser.\n\n'
            "Later, President Tom Reyes told reporters the race was close.")
    found = {(name, anonymous) for name, anonymous, claim in _speakers(text) if "county" in claim}
    assert found == {("former president", True)}
    # written with the same word where it names him, the former president is that person
    named = text.replace("President Tom Reyes", "former President Tom Reyes")
    assert {name for name, _, claim in _speakers(named) if "county" in claim} == {"Tom Reyes"}
