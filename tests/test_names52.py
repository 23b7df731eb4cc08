"""Speaker names as real copy writes them (issue 13): the whole name through a chain of honorifics and a father's
name ('Resident Hajah Nurul Haji Talib', 'Minister of Works Dato Seri Setia Awang Haji Jamil bin Haji Rahman'), and
the same person again under the name the text calls her by ('Mr Hamdan', 'Haji Jamil', 'Jamil'); a company's name
whole before its legal form when a description follows it ('Seri Jaya Binaan Sdn Bhd, the contractor, ...'); a
title whose portfolio lists its fields with commas ('Minister for Fisheries, Ports and Blue Economy NAME'); a
possessive description with a name set off after it ('Its managing director, NAME, would not say'); long
descriptions set off between a speaker and the cue ('..., the professional body for pilots, boatmen and harbour
masters, called for', 'Harbour Police spokesperson, Senior Inspector NAME, confirmed'); and no speaker made of
a record's 'seen by' nor of a noun before 'continued until' or 'reported ... to'. Every name and sentence is
invented for this test."""

from __future__ import annotations

import pytest
from test_status_shapes import ruled_claims

from conftest import cued_speakers, cued_speakers_and_texts


@pytest.mark.parametrize("text, name", [
    # an honorific inside a name, before the father's name, is part of it; the ones before it are titles
    ("Resident Hajah Noraini Haji Latif, 58, said the roof had leaked since March.", "Noraini Haji Latif"),
    ("Villagers' spokesman Awang Hamdan Haji Salleh, who lives near the school, said the road was flooded.",
     "Hamdan Haji Salleh"),
    ("The firm's finance director, Awang Rizal Haji Kassim, said the accounts were audited.", "Rizal Haji Kassim"),
    ("Its finance director, Rizal Haji Kassim, said the accounts were audited.", "Rizal Haji Kassim"),
    ("Dayang Siti Aminah Haji Ludin said the queue was long.", "Siti Aminah Haji Ludin"),
    # honorifics of several words before the name, and a father's honorific after 'bin'
    ("Minister of Transport Dato Seri Setia Awang Haji Jamil bin Haji Rahman told reporters the bridge would reopen.",
     "Jamil bin Haji Rahman"),
    ("Minister of Transport Dato Paduka Haji Jamil bin Haji Rahman said the bridge would reopen.",
     "Jamil bin Haji Rahman"),
    ("The Deputy Minister, Dato Seri Paduka Haji Jamil bin Haji Rahman, said the bridge would reopen.",
     "Jamil bin Haji Rahman"),
    ("Pengiran Anak Hajah Faridah said the clinic was full.", "Faridah"),
])
def test_a_name_keeps_its_fathers_honorific_and_loses_its_own(text, name):
    assert cued_speakers(text) == [(name, False)]


@pytest.mark.parametrize("text, name", [
    ("Villagers' spokesman Awang Hamdan Haji Salleh said the road was flooded. Mr Hamdan said the drains were blocked.",
     "Hamdan Haji Salleh"),
    ("Minister of Transport Dato Seri Setia Awang Haji Jamil bin Haji Rahman told reporters the bridge would reopen "
     "in June. Haji Jamil said the repairs would cost $2 million.", "Jamil bin Haji Rahman"),
    ("Dayang Siti Aminah Haji Ludin said the queue was long. Dayang Siti Aminah said she had waited three hours.",
     "Siti Aminah Haji Ludin"),
    ("Tan Sri Rahim bin Osman said the port would expand. Mr Rahim said ships would be larger.", "Rahim bin Osman"),
])
def test_the_person_again_under_her_own_name(text, name):
    assert cued_speakers(text) == [(name, False), (name, False)]


def test_a_company_named_in_more_than_four_words_before_its_description():
    text = ("Seri Jaya Binaan Sdn Bhd, the contractor of the Kampong Lumut school, has withdrawn its claim that the "
            "plans had been approved by the council.\n\nThe withdrawal came after the council said on Tuesday that it "
            "had no record of the plans.\n\nIn a letter to the Ministry of Works dated May 3, a copy of which was made "
            "available to the Times, the company said the earlier statement had been issued by a former site manager.")
    assert cued_speakers(text) == [("Seri Jaya Binaan Sdn Bhd", False), ("council", False),
                                   ("Seri Jaya Binaan Sdn Bhd", False)]


@pytest.mark.parametrize("text, name", [
    ("Minister for Fisheries, Ports and Blue Economy Jean-Paul Hoareau said the boats were registered.",
     "Jean-Paul Hoareau"),
    ("The Minister for Fisheries, Ports and Blue Economy Jean-Paul Hoareau said the boats were registered.",
     "Jean-Paul Hoareau"),
    ("Secretary for Health, Welfare and Sport Marieke van Dalen said the wards were full.", "Marieke van Dalen"),
    ("Minister of Water, Forests and Mines Lotte van der Berg said the dam was safe.", "Lotte van der Berg"),
])
def test_a_title_whose_portfolio_a_comma_lists(text, name):
    assert cued_speakers(text) == [(name, False)]


def test_a_title_with_a_listed_portfolio_and_the_surname_again():
    text = ("Minister for Fisheries, Ports and Blue Economy Jean-Paul Hoareau said the boats were registered. "
            "Hoareau said the fishermen were paid.")
    assert cued_speakers(text) == [("Jean-Paul Hoareau", False), ("Jean-Paul Hoareau", False)]


@pytest.mark.parametrize("text, name", [
    ("Its chief executive, Awang Rizal Haji Kassim, would not say whether the houses were insured.",
     "Rizal Haji Kassim"),
    ("Its managing director, Rizal Haji Kassim, would not say whether the houses were insured.", "Rizal Haji Kassim"),
])
def test_a_possessive_description_and_the_name_set_off_after_it(text, name):
    assert cued_speakers(text) == [(name, False)]


@pytest.mark.parametrize("text, name, content", [
    ("The Kelby Pilots' Guild, the professional body for pilots, boatmen and harbour masters, said the port was "
     "unsafe.", "Kelby Pilots' Guild", "the port was unsafe"),
    ("The Kelby Pilots' Guild (KPG), the professional body for pilots, boatmen and harbour masters, called for an "
     "inquiry into the port.", "Kelby Pilots' Guild", "an inquiry into the port"),
    ("Maseru District Police spokesperson, Senior Inspector Thabo Ramoholi, confirmed that a case had been opened.",
     "Thabo Ramoholi", "a case had been opened"),
])
def test_a_long_description_set_off_before_the_cue(text, name, content):
    assert cued_speakers_and_texts(text) == [(name, content)]


@pytest.mark.parametrize("text, name, content", [
    # a record's 'seen by' outlet is no speaker: the record's maker is
    ("An internal report by the Ports Authority, dated March 2027 and seen by The Gazette, found that the cranes had "
     "not been inspected.", "Ports Authority", "the cranes had not been inspected"),
    ("A draft report by the health ministry, dated May 12 and seen by Reuters, found that the clinics had run out of "
     "vaccines.", "health ministry", "the clinics had run out of vaccines"),
    # 'continued until': it lasted, nobody spoke
    ('In a letter to the Gazette on Monday, Dr Lekota said grants to 52 of the farmers had continued until August '
     '"because of a clerical error".', "Lekota",
     'grants to 52 of the farmers had continued until August "because of a clerical error"'),
])
def test_no_speaker_made_of_a_record_or_a_noun_that_lasted(text, name, content):
    assert cued_speakers_and_texts(text) == [(name, content)]


def test_reporting_something_to_someone_is_no_statement():
    text = ("A ward councillor, Palesa Ntho, said families had reported deaths to the chief's office \"as the law "
            "requires\", and that the chief had sent monthly lists to the district office.")
    assert [name for name, _ in cued_speakers_and_texts(text)] == ["Palesa Ntho"]
    assert cued_speakers_and_texts("Families had reported deaths to the chief's office \"as the law requires\".") == []


@pytest.mark.parametrize("text, name", [
    # names read whole already stay whole
    ("Talal ibn Nasser Al-Ghafri said the plan was flawed.", "Talal ibn Nasser Al-Ghafri"),
    ("Sheikh Hamad bin Sultan Al Busaidi said the road would open in May.", "Hamad bin Sultan Al Busaidi"),
    ("Hendrik van den Broek, the mayor, told reporters the dike held.", "Hendrik van den Broek"),
    ("Minister of Trade, Industry and Tourism Amara Kollie said the port would open.", "Amara Kollie"),
    ("A police spokesperson, Inspector Dorcas Lebona of the Maseru district command, confirmed that two men had "
     "been arrested.", "Dorcas Lebona"),
    ("The mayor said threats to the council were rising.", "mayor"),
])
def test_unchanged(text, name):
    assert [n for n, _ in cued_speakers_and_texts(text)] == [name]


RESIDENTS = """Houses crack at Kampong Lumut

Resident Hajah Noraini Haji Latif, 58, said the roof had leaked since March.

Tenants' representative Awang Hamdan Haji Salleh said the road had flooded twice in May.

Dayang Siti Aminah Haji Ludin, a teacher at the school, said the drains were blocked.
"""


@pytest.mark.parametrize("words, name", [("the roof had leaked", "Noraini Haji Latif"),
                                         ("the road had flooded", "Hamdan Haji Salleh"),
                                         ("the drains were blocked", "Siti Aminah Haji Ludin")])
def test_a_courtesy_honorific_before_a_private_persons_name_is_no_office(words, name):
    """'Hajah', 'Haji', 'Awang', 'Dayang' are borne by anyone (titles.json courtesy_titles), as 'Mrs' is: written
    before a resident's name they make her no office holder, and her word a single source's."""
    claim = next(c for c in ruled_claims(RESIDENTS) if words in c["text"])
    assert (claim["speaker_name"], claim["status"]) == (name, "unconfirmed")
