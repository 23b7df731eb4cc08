"""Titles, designations and descriptions in the speaker phrase (issue 13), on sentences written for
this test: a role word, a party, a family description or a seat goes to role or affiliation and the
name stays the name; a designation standing alone refers back to the body or person named; a
dateline, a list of places, a piece of a title or the object of a cue is never the speaker."""

from __future__ import annotations

import pytest
from test_extract import attributed, claims_of

from provenance.extract import extract_claimset
from provenance.extract.speakers import analyse


def _person(claim: dict) -> tuple:
    sp = claim["speaker_obj"] or {}
    return sp.get("name"), sp.get("anonymous"), sp.get("role"), sp.get("affiliation")


@pytest.mark.parametrize("text, name, role, affiliation", [
    # a union's, a province's or a party's title before the name: the role, the party the affiliation
    ('"We have waited long enough," UNITE regional organiser Tomas Keller told the Courier.',
     "Tomas Keller", "UNITE regional organiser", None),
    ("Northland Health MEC Sipho Dube says three of the injured are in a serious condition.",
     "Sipho Dube", "Northland Health MEC", None),
    ("Fianna Fáil TD Niamh Keane said she would raise the closure in the Dáil.",
     "Niamh Keane", "TD", "Fianna Fáil"),
    ("Fianna Fáil TD for Kerry North Niamh Keane said the closure was a disgrace.",
     "Niamh Keane", "TD for Kerry North", "Fianna Fáil"),
    # a family description is the role, never part of the name
    ("Mum-of-three Clara Dunne said her school run had doubled.", "Clara Dunne", "Mum-of-three", None),
    ("Father-of-two Mark Rowan said the buses never came.", "Mark Rowan", "Father-of-two", None),
    # a title written after the name
    ('"This is a scandal," said Niamh Keane TD.', "Niamh Keane", "TD", None),
    # a party and a seat in brackets after the name
    ("Senator Musa Bello (PDP, Sokoto South), who chairs the water committee, said the Senate would hold a "
     "hearing.", "Musa Bello", "Senator", "PDP"),
    # a title whose portfolio runs over several words joined by 'at the', or lists several with commas
    ("Minister of State at the Department of Transport Colm Rider said the department would consider it.",
     "Colm Rider", "Minister of State at the Department of Transport", None),
    ("Manitoba's Minister of Labour, Immigration, Training and Skills Development, Dalia Fenwick-Orr, said the "
     "province expected the firm to pay.", "Dalia Fenwick-Orr",
     "Manitoba's Minister of Labour, Immigration, Training and Skills Development", None),
    # a description and a name after an honorific with its full stop
    ("The Registrar of the exams council, Prof. Ada Nwosu, announced the cancellation on Tuesday.",
     "Ada Nwosu", "Registrar of the exams council", None),
])
def test_a_title_or_description_stays_out_of_the_name(text, name, role, affiliation):
    claim, = attributed(text)
    assert _person(claim) == (name, False, role, affiliation)


def test_a_description_and_a_name_before_a_cue_are_its_subject_not_its_content():
    # 'X, Prof. Y, announced the cancellation': no claim whose speaker is 'the cancellation'
    claims = attributed("The Registrar of the exams council, Prof. Ada Nwosu, announced the cancellation on Tuesday.")
    assert [c["speaker_name"] for c in claims] == ["Ada Nwosu"]


@pytest.mark.parametrize("text", [
    "The commissioner told reporters that 11 suspects had been arrested in Kaduna, Kwara and Benue states in "
    "connection with the fraud.",
    "Police said the arrests were made in Kaduna, Kwara and Benue states.",
])
def test_the_last_places_of_a_list_before_states_are_no_speaker(text):
    claim, = attributed(text)
    assert claim["text"].endswith(("states", "fraud"))
    assert claim["speaker_name"] in ("commissioner", "Police")


def test_a_coordinated_clause_with_a_singular_name_still_splits():
    claims = attributed("The union said pay was frozen and Morgan states that it will strike.")
    assert [(c["speaker_name"], c["text"]) for c in claims] == [("union", "pay was frozen"),
                                                               ("Morgan", "it will strike")]


def test_a_dateline_place_is_no_company():
    text = ("HARARE, Sept 3 (Reuters) - Seven workers were killed on Thursday after a rockfall at Tarvane Copper "
            "Holdings' Kadoma mine west of Bulawayo, the company said.")
    claim, = attributed(text)
    assert claim["speaker_name"] == "Tarvane Copper Holdings"


@pytest.mark.parametrize("text, name", [
    ("Corvane Systems pushed back on Wednesday. A day earlier, the Denver company said it would cut 900 jobs.",
     "Corvane Systems"),
    ("Staff at Corvane Systems Inc.'s Leeds office left on Wednesday, a day after the Denver-based payroll software "
     "company said it would cut 900 jobs.", "Corvane Systems Inc."),
])
def test_a_company_described_again_is_the_company(text, name):
    claim = attributed(text)[-1]
    assert claim["speaker_name"] == name


@pytest.mark.parametrize("named, name", [
    ("Labour TD for Kelby North Ruth Malone made the claim on Wednesday.", "Ruth Malone"),
    # a given name no list holds, and the title written after the name in a signature line
    ("Labour TD for Kelby North Saoirse Malone made the claim on Wednesday.\n\n"
     "Saoirse Malone TD, Labour, Dáil Éireann, 14 October 2026", "Saoirse Malone"),
])
def test_an_indefinite_title_in_the_lead_is_the_one_person_named_so(named, name):
    text = f'A TD told the Dáil the council "did nothing" after three warnings.\n\n{named}\n'
    claim = next(c for c in claims_of(text) if "did nothing" in c["text"])
    assert claim["speaker_name"] == name


def test_a_title_is_no_name_the_clause_after_it_holds():
    # only a title's own words come between a title and the name it goes with: 'the president told
    # The Review's Dana Welk' names the interviewer, not the president
    text = ("The ferry strike ended on Friday, Dr. Dana Welk wrote.\n\n"
            '"We averted a collapse at low cost," the president told The Harbour Review\u2019s Dana Welk.\n')
    claim = next(c for c in claims_of(text) if c["text"].startswith("We averted"))
    assert claim["speaker_name"] == "president"


def test_a_title_set_off_by_a_comma_before_the_name_is_that_person():
    # 'the TD, Ana Costa,': the name in apposition right after the title, a comma between them
    text = ('A TD told the Dáil the council "did nothing" after three warnings.\n\n'
            "The TD, Ana Costa, later said the council had been warned twice.\n")
    claim = next(c for c in claims_of(text) if "did nothing" in c["text"])
    assert claim["speaker_name"] == "Ana Costa"


def test_an_indefinite_title_stays_anonymous_when_the_text_names_two():
    text = ('A TD told the Dáil the council "did nothing" after three warnings.\n\n'
            "Labour TD Ruth Malone and Green TD Ann Byrne raised it on Wednesday.\n")
    claim = next(c for c in claims_of(text) if "did nothing" in c["text"])
    assert claim["speaker_obj"]["anonymous"] is True


@pytest.mark.parametrize("mention, name", [
    ("TD Securities", "TD Securities"),
    ("Cllr Ruth Malone", "Ruth Malone"),
    ("ACP Musa Idris", "Musa Idris"),
])
def test_abbreviated_titles_and_a_bank_named_by_initials(mention, name):
    assert analyse(mention).speaker.name == name


def test_a_company_named_with_its_legal_form_is_the_company():
    cs = extract_claimset("Marlow Freight Ltd. laid off 40 drivers on Monday. The company said demand had fallen.",
                          slug="t", use_model=False)
    # (the form is part of the name, and the name without it an alias: issue 13)
    assert [(s["name"], s["aliases"][:1]) for s in cs["speakers"]] == [("Marlow Freight Ltd.", ["Marlow Freight"])]


def test_a_company_described_with_a_place_stays_the_company_later():
    text = ("Corvane Systems on Wednesday pushed back on a report about its cuts, a day after the Denver company said "
            "it would cut about 900 jobs.\n\nThree former employees told the paper they lost access to email.\n\n"
            "The company said the timing of the lockouts followed its security policy.\n")
    # (a silence, 'The company did not respond to a question about the timing', is the publisher's statement)
    assert {c["speaker_name"] for c in claims_of(text) if "timing" in c["text"]} == {"Corvane Systems"}


def test_a_bridge_or_a_street_is_no_speaker():
    text = ("Kilbride Bridge was closed on Tuesday.\n\nBut a council spokesman hit back, insisting the claims were "
            '"simply untrue".\n\nHe said: "Kilbride Bridge has been inspected regularly."\n\n'
            "Tom Bridge, a local publican, said trade had halved.\n")
    speakers = {c["speaker_name"] for c in claims_of(text)}
    assert "Kilbride Bridge" not in speakers and "Tom Bridge" in speakers
    quote = next(c for c in claims_of(text) if c["text"].startswith("Kilbride Bridge has"))
    assert quote["speaker_name"] == "council spokesman"


def test_a_hosts_hand_over_is_no_attribution():
    text = ("Transcript of Morning Desk on Example TV.\n\nBISI OKAFOR (HOST): Good morning.\n\n"
            "OKAFOR: Let me bring in Dr Ngozi Eze, an education policy analyst with the Abuja-based Centre for "
            "Learning Reform. Dr Eze, is this the first time?\n\nNGOZI EZE (EDUCATION ANALYST): It is not.\n")
    cs = extract_claimset(text, slug="t")
    names = {s["name"] for s in cs["speakers"]}
    assert not [n for n in names if "bring in" in n or "analyst with" in n]


def test_it_with_nothing_to_refer_to_is_no_speaker():
    text = ("The rockfall was, on one level, the kind of accident the industry has spent decades learning to prevent. "
            "On another, it has revived an argument that deep mines never really settled.\n")
    cs = extract_claimset(text, slug="t")
    assert [s["name"] for s in cs["speakers"]] == []


def test_a_live_blogs_entry_does_not_carry_its_speaker_into_the_next():
    text = ("LIVE | Harlow mine: families wait at the shaft\n\n11:40\n\nNorthland Health MEC Sipho Dube says two of "
            "the rescued miners are in a critical condition.\n\n10:05\n\nThandi Nkosi, whose brother is among the "
            'missing, has been at the gate since midnight. "They told us nothing until the morning," she said.\n')
    quote = next(c for c in claims_of(text) if c["text"].startswith("They told us"))
    assert quote["speaker_name"] == "Thandi Nkosi"


def test_a_pronoun_keeps_the_speaker_the_paragraph_names():
    text = ('Ana Costa said the talks had failed.\n\nAna Costa and Tom Reyes met on Monday. "We are close," she '
            "said.\n")
    quote = next(c for c in claims_of(text) if c["text"].startswith("We are close"))
    assert quote["speaker_name"] == "Ana Costa"


def test_a_designation_alone_refers_to_the_person_it_named():
    text = ("Fianna Fáil TD Niamh Keane said the closure was a disgrace.\n\nThe Fianna Fáil TD added that the council "
            "had been warned.\n\nThe Registrar of the exams council, Prof. Ada Nwosu, announced the cancellation on "
            "Tuesday.\n\nThe registrar said a new paper would be set.\n\nMinister of State Colm Rider said the "
            "department would help. The TD said she would keep pressing.\n")
    assert [c["speaker_name"] for c in attributed(text)] == [
        "Niamh Keane", "Niamh Keane", "Ada Nwosu", "Ada Nwosu", "Colm Rider", "Niamh Keane"]
