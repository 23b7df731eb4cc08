"""The review's leftovers of session 52 (issue 13), as real news copy writes them: the publisher naming itself with a
qualifier ('told this radio station'); a person's title set off after 'According to the newspaper,' (whom the content
is about, no outlet); 'declined to discuss' read as 'refused to identify' is (the decline only, no publisher's
sentence beside it); a body's name set off after a description ('The buyer, Aquila Water Partners'; 'The engine maker,
Corvair Propulsion': no given name, a body); an honorific that is also a given name ('Awang Tengah'). Invented names
and sentences."""

from __future__ import annotations

import pytest

from provenance.extract import extract_claimset


def _claims(text: str, outlet: str | None = None) -> list[tuple[str, str | None, str | None, str | None]]:
    """(content, speaker's name, cue, outlet's name) of each claim."""
    cs = extract_claimset(text, slug="t", outlet=outlet)
    by_id = {sp["id"]: sp for sp in cs["speakers"]}
    outlets = {o["id"]: o["name"] for o in cs["outlets"]}
    return [(c["text"], (by_id.get(c["speaker"]) or {}).get("name"), c.get("cue"), outlets.get(c.get("outlet") or ""))
            for c in cs["claims"]]


def _kinds(text: str) -> list[tuple[str, str]]:
    cs = extract_claimset(text, slug="t")
    by_id = {sp["id"]: sp for sp in cs["speakers"]}
    return [(by_id[c["speaker"]]["name"], by_id[c["speaker"]]["kind"]) for c in cs["claims"] if c.get("cue")]


# -- 1. 'told this radio station': the publisher, however it qualifies itself ----------------------------------

@pytest.mark.parametrize("text, content", [
    ("Petra Lumsden told this radio station that the ferry would stop in June.", "the ferry would stop in June"),
    ("Petra Lumsden told this news website the ferry would stop in June.", "the ferry would stop in June"),
    ("Petra Lumsden told this weekly paper that the ferry would stop in June.", "the ferry would stop in June"),
    ("Petra Lumsden told this newspaper that the ferry would stop in June.", "the ferry would stop in June"),
])
def test_told_this_medium_is_told_the_publisher(text, content):
    assert _claims(text, outlet="Brackwater Radio") == [(content, "Petra Lumsden", "told", "Brackwater Radio")]


# -- 2. a person's title set off after 'According to the newspaper,' -------------------------------------------

@pytest.mark.parametrize("text, content", [
    ("According to the newspaper, the Prime Minister, Ilse Varnhagen, had known about the leak for weeks.",
     "the Prime Minister, Ilse Varnhagen, had known about the leak for weeks"),
    ("According to the broadcaster, the finance minister, Ilse Varnhagen, had signed the order.",
     "the finance minister, Ilse Varnhagen, had signed the order"),
])
def test_a_title_after_the_medium_opens_the_content(text, content):
    found = _claims(text, outlet="Brackwater Radio")
    assert [(c, s) for c, s, _, _ in found] == [(content, "Brackwater Radio")], found


def test_a_medium_named_after_the_medium_is_still_the_outlet():
    found = _claims("According to the paper, the Harbour Gazette, the minister had known about the leak.")
    assert [(c, s) for c, s, _, _ in found] == [("the minister had known about the leak", "Harbour Gazette")]


# -- 6. 'declined to discuss': the decline only ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Petra Lumsden declined to discuss the contract with the port authority.",
    "Petra Lumsden declined to identify the buyer of the depot.",
    "The ferry operator's director, Petra Lumsden, declined to elaborate on the terms.",
])
def test_declined_to_tell_is_the_speakers_decline_only(text):
    cs = extract_claimset(text, slug="t")
    by_id = {sp["id"]: sp["name"] for sp in cs["speakers"]}
    assert [(by_id[c["speaker"]], c["stance"]) for c in cs["claims"]] == [("Petra Lumsden", "declines_to_confirm")]


@pytest.mark.parametrize("text", [
    "Shares in the ferry operator declined to 40 cents on Friday.",
    "The firm declined to comment on a report prepared for a client.",
])
def test_no_refusal_to_tell_keeps_the_publishers_sentence(text):
    assert text.rstrip(".") in [c for c, _, cue, _ in _claims(text) if cue is None]


# -- 7. a body's name set off after a description --------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("The buyer, Aquila Water Partners, said it would invest in the plant.", "Aquila Water Partners"),
    ("The engine maker, Corvair Propulsion, said the fault had been fixed.", "Corvair Propulsion"),
    ("The company, Corvair Propulsion, said the fault had been fixed.", "Corvair Propulsion"),
])
def test_a_body_named_after_its_description_speaks_as_a_body(text, name):
    assert _kinds(text) == [(name, "institution")]


def test_it_after_a_body_named_after_its_description_is_that_body():
    text = ("The engine maker, Corvair Propulsion, said the fault had been fixed. Petra Lumsden, an aviation "
            "lawyer, said the fleet should stay grounded. It said the engines were safe.")
    assert [s for _, s, _, _ in _claims(text)] == ["Corvair Propulsion", "Petra Lumsden", "Corvair Propulsion"]


@pytest.mark.parametrize("text, name", [
    ("The owner, Tom Reyes, said the fault had been fixed.", "Tom Reyes"),
    ("The engine maker, Ines Varga, said the fault had been fixed.", "Ines Varga"),
])
def test_a_person_named_after_a_description_stays_a_person(text, name):
    assert _kinds(text) == [(name, "person")]


# -- 5. an honorific that is also a given name ----------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Awang Tengah said the jetty would be rebuilt.", "Awang Tengah"),
    ("Awang Tengah Ali Hasan said the jetty would be rebuilt.", "Awang Tengah Ali Hasan"),
    ("Datuk Awang Tengah Ali Hasan said the jetty would be rebuilt. Awang Tengah said the work would start in May.",
     "Awang Tengah Ali Hasan"),
])
def test_a_given_name_that_is_also_an_honorific_stays_in_the_name(text, name):
    assert {s for _, s, _, _ in _claims(text)} == {name}


@pytest.mark.parametrize("text, name", [
    ("Awang Rizal Haji Kassim said the jetty would be rebuilt.", "Rizal Haji Kassim"),
    ("Dayang Nora Haji Ludin said the jetty would be rebuilt. Dayang Nora said the work would start in May.",
     "Nora Haji Ludin"),
])
def test_the_honorific_before_a_fathers_name_stays_a_title(text, name):
    assert {s for _, s, _, _ in _claims(text)} == {name}


# -- 4. one capitalised word whose statement opens with 'its' ----------------------------------------------------

@pytest.mark.parametrize("text", [
    "Valtrex said on Friday that its exports would resume.",
    "Valtrex said its exports would resume in March.",
])
def test_one_word_saying_its_is_a_body(text):
    assert _kinds(text) == [("Valtrex", "institution")]


@pytest.mark.parametrize("text, name", [
    ("Ana Hesk runs the harbour. Hesk said its cranes were old.", "Ana Hesk"),
    ("Marta said its roof leaked.", "Marta"),
    ("Valtrex said the exports would resume.", "Valtrex"),
])
def test_a_person_or_an_unknown_word_stays_a_person(text, name):
    assert _kinds(text) == [(name, "person")]


# -- 3. a credit for the story lists the outlet credited ---------------------------------------------------------

@pytest.mark.parametrize("text, outlet", [
    ("The Courier first reported the story on Monday. Petra Lumsden said the ferry would stop.", "The Courier"),
    ("The Harbour Gazette first reported the case in March.", "Harbour Gazette"),
    ("The Harbour Gazette had first revealed the scandal.", "Harbour Gazette"),
])
def test_the_outlet_credited_with_the_story_is_one_of_its_outlets(text, outlet):
    cs = extract_claimset(text, slug="t", outlet="Brackwater Radio")
    assert outlet in [o["name"] for o in cs["outlets"]]
    assert all(c["cue"] is None for c in cs["claims"] if "first" in c["text"])  # (still no claim of the outlet's)


def test_a_body_credited_is_no_outlet():
    cs = extract_claimset("The county council first reported the case in March.", slug="t", outlet="Brackwater Radio")
    assert [o["name"] for o in cs["outlets"]] == ["Brackwater Radio"]
