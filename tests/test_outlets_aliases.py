"""An outlet's short names, call signs and web names are the one outlet (provenance/data/outlets.json):
a regional paper's 'Paper/Site.com' byline name, a public radio station's call sign with or without
'News', a wire agency's short name. The sentences are invented; the outlets are real."""

from __future__ import annotations

import pytest
from test_extract import claims_of

from provenance.extract.speakers import find_outlet


@pytest.mark.parametrize("alias, name", [
    ("The Plain Dealer/Cleveland.com", "The Plain Dealer"),
    ("Cleveland.com", "The Plain Dealer"),
    ("NJ.com", "The Star-Ledger"),
    ("The Patriot-News", "PennLive"),
    ("SILive.com", "Staten Island Advance"),
    ("KUOW Public Radio", "KUOW"),
    ("WNYC News", "WNYC"),
    ("dpa", "Deutsche Presse-Agentur"),
    ("AAP", "Australian Associated Press"),
])
def test_an_outlets_other_names_find_it(alias, name):
    found = find_outlet(alias, fuzzy=False)
    assert found is not None and found["name"] == name


@pytest.mark.parametrize("text, speaker, outlet", [
    ("The Plain Dealer/Cleveland.com reported that the harbour mayor had resigned.", "The Plain Dealer",
     "The Plain Dealer"),
    ("The harbour mayor told The Star-Ledger/NJ.com that she would resign.", "harbour mayor", "The Star-Ledger"),
    ("The harbour mayor told NJ.com that she would resign.", "harbour mayor", "The Star-Ledger"),
    ("The port authority declined to comment on the plan, KQED News reported.", "port authority", "KQED"),
    # an outlet named by common words, written as a name; a relay's paper by the short name it goes by
    ("The Information reported on Thursday that the harbour mayor had resigned.", "The Information",
     "The Information"),
    ("This morning's Trinidad Guardian quoted a harbour official as saying the mayor had resigned.",
     "harbour official", "Trinidad and Tobago Guardian"),
])
def test_a_web_name_or_call_sign_in_prose_is_the_outlet(text, speaker, outlet):
    claim, = claims_of(text, outlet="Kettleby Star")
    assert (claim["speaker_name"], claim["outlet_name"]) == (speaker, outlet)


@pytest.mark.parametrize("text", [
    "Money went to a firm run by the brother of the manager Ana Smith. The Guardian reported a second payment.",
    "Money went to a firm run by the brother of the manager, Ana Smith. The Guardian reported a second payment.",
])
def test_an_outlet_opening_a_sentence_is_not_joined_to_the_name_that_ends_the_last(text):
    found = [c for c in claims_of(text, outlet="Kettleby Star") if c["text"] == "a second payment"]
    assert [(c["speaker_name"], c["outlet_name"]) for c in found] == [("The Guardian", "The Guardian")]


@pytest.mark.parametrize("text", [
    "According to the information, the harbour mayor had resigned.",
    "The information shows that the harbour mayor had resigned.",
])
def test_the_common_words_of_an_outlets_name_are_no_outlet(text):
    assert all(c["outlet_name"] in ("Kettleby Star", None) for c in claims_of(text, outlet="Kettleby Star"))
