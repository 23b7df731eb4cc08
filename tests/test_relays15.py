"""The relayed outlet (issues 12 and 13): a sentence that relays another outlet's report by an 'as'
clause ('C, as the Ledger reported on Friday.', '(As the Ledger first reported, C.)', 'And, as the Ledger
previously reported, C') is that outlet's report: the outlet speaks, through itself, and C is its claim,
not the publisher's own. A medium noun described by lower-case words ('the news agency', 'the regional
paper') refers back to the outlet of its kind named before, as 'the agency' and 'the paper' do; 'the rival
paper' names another. Every name, place and outlet here is invented."""

from __future__ import annotations

import pytest

from provenance.extract import extract_claimset


def _claims(text: str, publisher: str = "Vellmark Post") -> list[tuple[str, str | None, str | None]]:
    """(content, speaker name, outlet name) of every claim the rules read."""
    cs = extract_claimset(text, slug="relay", outlet=publisher, use_model=False)
    speakers = {s["id"]: s["name"] for s in cs["speakers"]}
    outlets = {o["id"]: o["name"] for o in cs["outlets"]}
    return [(c["text"], speakers.get(c["speaker"]), outlets.get(c["outlet"])) for c in cs["claims"]]


@pytest.mark.parametrize("text, content, outlet", [
    ("The harbour board approved the sale of the quay in secret, as the Kessing Ledger reported on Friday.",
     "The harbour board approved the sale of the quay in secret", "Kessing Ledger"),
    ("The ferry company had lost its licence in March, as Reuters first reported on Tuesday.",
     "The ferry company had lost its licence in March", "Reuters"),
    ("The mayor kept quiet. (As the Kessing Ledger first reported, the board had approved the sale in secret.)",
     "the board had approved the sale in secret", "Kessing Ledger"),
    ("The mayor kept quiet. And, as the Kessing Ledger previously reported, the board had approved the sale.",
     "the board had approved the sale", "Kessing Ledger"),
    # a time after the cue that opens with no preposition
    ("The board approved the sale of the quay in secret, as the Kessing Ledger reported two days later.",
     "The board approved the sale of the quay in secret", "Kessing Ledger"),
    # the lead before a colon is the writer's, not the outlet's report
    ("A footnote: the board approved the sale of the quay in secret, as the Kessing Ledger reported.",
     "the board approved the sale of the quay in secret", "Kessing Ledger"),
])
def test_an_as_clause_relays_the_outlet_named(text, content, outlet):
    found = [c for c in _claims(text) if c[0] == content]
    assert found and found[0][1:] == (outlet, outlet)


def test_the_outlets_reporter_speaks_through_the_outlet():
    found = _claims("The quay was sold for a fifth of its value, as the Kessing Ledger's Ana Brekke reported "
                    "last week.")
    assert found[0] == ("The quay was sold for a fifth of its value", "Ana Brekke", "Kessing Ledger")


@pytest.mark.parametrize("text", [
    # a scene, not a report: the crowd is no outlet
    "The minister left the hall before the vote, as protesters chanted outside.",
    # the speaker of the sentence's own cue speaks; the outlet only carried her words
    "Ana Costa said the board approved the sale in secret, as the Kessing Ledger reported.",
])
def test_an_as_clause_naming_no_outlet_or_after_a_cue_relays_nothing(text):
    assert all(c[1] != "Kessing Ledger" for c in _claims(text))


def test_an_owners_noun_before_the_cue_is_part_of_the_source():
    """"As the Ledger's courts team reported just this week, C": the team reported C, not the
    publisher; 'As this reporter revealed, C' stays the publisher's own."""
    found = _claims("As the Kessing Ledger's courts team reported just this week, the board approved the sale.")
    assert found[0][:2] == ("the board approved the sale", "Kessing Ledger's courts team")
    own = _claims("As this reporter revealed, the board approved the sale of the quay in secret.")
    assert own[0][1] == "Vellmark Post"


@pytest.mark.parametrize("text, content", [
    # 'the news agency': a medium noun of two words refers back to the agency named before
    ("Harbour Lines could close its depot, Reuters reported on Monday. The news agency said the board would "
     "meet on Friday to decide.", "the board would meet on Friday to decide"),
    # 'the regional paper': lower-case words describing the medium noun
    ("The regional daily Kessing Ledger first reported the leak. The regional paper said the valve had failed "
     "twice since January.", "the valve had failed twice since January"),
])
def test_a_described_medium_noun_refers_back_to_the_outlet_of_its_kind(text, content):
    found = [c for c in _claims(text) if c[0] == content]
    outlet = "Reuters" if "Reuters" in text else "Kessing Ledger"
    assert found and found[0][1:] == (outlet, outlet)


def test_the_news_agency_citing_people_keeps_the_agency_as_their_outlet():
    found = _claims("Harbour Lines could close its depot, Reuters reported. The news agency, citing two officials at "
                    "the port, said the board would meet on Friday.")
    assert ("the board would meet on Friday", "two officials at the port", "Reuters") in found


@pytest.mark.parametrize("text", [
    # another outlet than the one named
    "The Kessing Ledger reported the closure on Monday. The rival paper said the board would meet on Friday.",
    # no outlet of the kind named before: a broadcaster the text has not named
    "Reuters reported the closure on Monday. The state broadcaster said the board would meet on Friday.",
])
def test_a_described_medium_noun_naming_another_outlet_refers_to_none(text):
    said = [c for c in _claims(text) if c[0] == "the board would meet on Friday"]
    assert said and said[0][2] is None
