"""References and outlets as real copy writes them (issue 13): the person a pronoun names, the outlet a description,
a short name or 'this paper' names.

- An outlet described, then named in an apposition ('A weekly newspaper, the Harbour Times, reported that C', 'the
  state broadcaster, RTK, said C'): the named outlet speaks, on the record, and carries the claim.
- The publisher by its own short name, initials or 'this paper' ('told this paper that C', 'told CdV that C' in
  Curierul de Vale's story, 'told VOICE that C' in VOICE of Maravia's, 'told Courier that C' in the Maravia
  Courier's): told the publisher, which is the claim's outlet, never another outlet of that name.
- 'The newspaper also reported that C' after an outlet the list does not know reported ('Gazeta Voinesti reported on
  Tuesday that A'): the newspaper named before speaks, not the relaying publisher.
  A place that ends the publisher's name ('Tarnby' for Diario Tarnby) is no short name of it.
- Sources 'consulted by this newspaper' stay the sources.
- A 'she said' after a two-sentence quotation, the person named before her statement by a name that opens with an
  apostrophe ("'Matsepo Khanyane", a Sesotho name): that person, not an unidentified speaker.

All names, outlets and places are invented for these tests.
"""

from __future__ import annotations

import pytest

from provenance.extract import extract_claimset


def _claims(text: str, outlet: str = "Valley News Agency") -> list[tuple[str, str | None, bool, str]]:
    cs = extract_claimset(text, slug="refer52", outlet=outlet, published="2026-11-30")
    speakers = {s["id"]: s for s in cs["speakers"]}
    outlets = {o["id"]: o["name"] for o in cs["outlets"]}
    out = []
    for c in cs["claims"]:
        sp = speakers.get(c["speaker"] or "", {})
        out.append((sp.get("name", ""), outlets.get(c["outlet"] or ""), bool(sp.get("anonymous")), c["text"]))
    return out


def _claim(text: str, words: str, outlet: str = "Valley News Agency") -> tuple[str, str | None, bool, str]:
    return next(c for c in _claims(text, outlet) if words in c[3])


# -- an outlet described, then named ---------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "name"), [
    ("A weekly newspaper, the Harbour Times, reported on Thursday that the money had been paid to 40 dead "
     "pensioners.", "Harbour Times"),
    ("A weekly newspaper, the Harbour Times, reported that the money had been paid to 40 dead pensioners.",
     "Harbour Times"),
    ("The state broadcaster, RTK, said the money had been paid to 40 dead pensioners.", "RTK"),
    ("An online news portal, Maravia Today, reported that the money had been paid to 40 dead pensioners.",
     "Maravia Today"),
])
def test_an_outlet_described_then_named_speaks_on_the_record(sentence, name):
    speaker, outlet, anonymous, _ = _claim(sentence, "the money had been paid")
    assert (speaker.removeprefix("The "), outlet and outlet.removeprefix("The "), anonymous) == (name, name, False)


def test_the_described_outlets_two_statements_are_its_own():
    text = ("A weekly newspaper, the Harbour Times, reported on Thursday that the money had been paid to 40 dead "
            "pensioners and that a relative of an officer had collected it.\n")
    found = {(c[0].removeprefix("The "), c[1] and c[1].removeprefix("The "), c[2]) for c in _claims(text)}
    assert found == {("Harbour Times", "Harbour Times", False)}


def test_a_person_described_then_named_is_still_a_person():
    # a description whose head is no medium: the name after it is the person's
    speaker, outlet, anonymous, _ = _claim(
        "The harbour's new director, Ana Reyes, said the money had been paid.\n", "the money")
    assert (speaker, outlet, anonymous) == ("Ana Reyes", None, False)


# -- the publisher by its short name, initials or 'this paper' ------------------------------------------------

@pytest.mark.parametrize("words", ["this paper", "this newspaper", "this publication", "this website"])
def test_told_this_paper_is_told_the_publisher(words):
    text = f"The harbour master, Pim Oster, told {words} that he had never seen a permit.\n"
    assert _claims(text, "Maravia Courier") == [("Pim Oster", "Maravia Courier", False, "he had never seen a permit")]


@pytest.mark.parametrize(("publisher", "words"), [
    ("Curierul de Vale", "CdV"),
    ("VOICE of Maravia", "VOICE"),
    ("Maravia Courier", "Courier"),
    ("NEWS in Tarnland", "NEWS"),
])
def test_told_the_publishers_short_name_is_told_the_publisher(publisher, words):
    text = f"Three fishermen told {words} that a digger had worked on the beach for a week.\n"
    assert _claim(text, "a digger", publisher)[1] == publisher


def test_a_listed_outlet_of_the_short_name_is_not_the_publisher():
    # 'Nation' in Malawi Nation's own story is the publisher, not the listed 'The Nation'
    text = "A source at the planning office told Nation that the permit had been signed in a hurry.\n"
    assert _claim(text, "the permit", "Malawi Nation")[1] == "Malawi Nation"


def test_the_last_word_of_the_publishers_name_that_is_a_place_is_no_short_name():
    # 'Tarnby' in Diario Tarnby's story is the town, speaking as its council does, not the paper
    text = "Tarnby said on Monday it would appeal the ruling.\n"
    assert _claim(text, "appeal", "Diario Tarnby")[0] != "Diario Tarnby"


def test_another_outlets_name_is_still_that_outlet():
    text = "A source at the planning office told Reuters that the permit had been signed in a hurry.\n"
    assert _claim(text, "the permit", "Maravia Courier")[1] == "Reuters"


def test_sources_consulted_by_this_newspaper_are_the_sources():
    text = ("The police are investigating the cooperative on suspicion of fraud, according to sources close to the "
            "investigation consulted by this newspaper.\n")
    assert _claim(text, "investigating", "Diario Tarnby")[:3] == ("sources close to the investigation", None, True)


# -- 'the newspaper' after an outlet the list does not know ------------------------------------------------------

def test_the_newspaper_is_the_one_named_in_the_sentence_before():
    text = ("The agency's director said inspectors had found the system in place.\n\n"
            "Gazeta Voinesti reported on Tuesday that the cooperative had received 2 million lei for pumps.\n\n"
            "The newspaper also reported that the supplier belongs to the chairman's wife.\n")
    speaker, outlet, anonymous, _ = _claim(text, "the supplier")
    assert (speaker, anonymous) == ("Gazeta Voinesti", False) and outlet in (None, "Gazeta Voinesti")


def test_the_newspaper_with_no_outlet_named_before_is_the_publisher():
    text = ("The agency's director said inspectors had found the system in place.\n\n"
            "The newspaper also reported that the supplier belongs to the chairman's wife.\n")
    assert _claim(text, "the supplier", "Maravia Courier")[0] == "Maravia Courier"


# -- 'she said' after a name that opens with an apostrophe ---------------------------------------------------------

def test_she_said_after_a_two_sentence_quote_is_the_woman_named_before():
    text = ("The district office paid allowances to 40 people who had died, according to records seen by this "
            "newspaper.\n\n"
            "A village councillor in Marosi, 'Matsepo Khanyane, said families had told the office about the deaths "
            "many times.\n\n"
            "\"The names were known. Nobody wanted to look,\" she said.\n")
    found = {(c[0], c[3]) for c in _claims(text) if "known" in c[3] or "look" in c[3]}
    assert found == {("Matsepo Khanyane", "The names were known"), ("Matsepo Khanyane", "Nobody wanted to look")}


@pytest.mark.parametrize("sentence", [
    "A village councillor, 'Matsepo Khanyane, said the office had ignored the deaths.",
    "'Matsepo Khanyane, a village councillor, said the office had ignored the deaths.",
])
def test_a_name_opening_with_an_apostrophe_speaks(sentence):
    assert _claim(sentence + "\n", "the office")[0] == "Matsepo Khanyane"
