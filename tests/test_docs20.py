"""A record or a poll the paper cites speaks for the issuer its words name, not for the publisher (issue 13),
also when words that only date or rank it stand before the issuer's name ('a new', 'the latest', 'a 2014',
'a yearly') or a participle that dates it follows its noun ('a poll conducted in May'). Each on sentences
written for this test (invented bodies, pollsters, outlets and places)."""

from __future__ import annotations

import pytest
from test_docs15 import speakers  # (the speaker of each attributed claim, published by The Harbour Courier)


@pytest.mark.parametrize("text, content, issuer", [
    ("A new Kelvin poll showed that most tenants back the rent cap.", "most tenants back the rent cap", "Kelvin"),
    ("Most tenants back the rent cap, according to a yearly Kelvin poll.", "Most tenants back the rent cap", "Kelvin"),
    ("The latest Morvane Decisions poll shows that the mayor leads by six points.",
     "the mayor leads by six points", "Morvane Decisions"),
    ("Most ferry workers earn less than the regional wage, according to a 2014 Tarn Labour Ministry study.",
     "Most ferry workers earn less than the regional wage", "Tarn Labour Ministry"),
    # a participle that dates the poll after its noun is no part of who made it
    ("Most tenants back the rent cap, according to a Kelvin poll conducted in February.",
     "Most tenants back the rent cap", "Kelvin"),
    ("An internal Tarn Water Board review found that two of its pumping stations were never inspected.",
     "two of its pumping stations were never inspected", "Tarn Water Board"),
])
def test_a_dated_or_ranked_record_speaks_for_the_issuer_it_names(text, content, issuer):
    assert (content, issuer) in speakers(text)


def test_a_record_named_again_after_its_dated_mention_is_the_same_issuers():
    text = ("A new Kelvin poll found that most tenants back the rent cap. Landlords in Marden disagree. "
            "The same poll found that rents rose by 9 percent last year.")
    assert ("rents rose by 9 percent last year", "Kelvin") in speakers(text)


@pytest.mark.parametrize("text, content", [
    # a place before the noun says whom the poll asked, not who made it
    ("The latest Texas poll shows that the senator leads by six points.", "the senator leads by six points"),
    # a capitalised common word opening the sentence names no pollster
    ("New surveys published Friday found that most tenants back the rent cap.", "most tenants back the rent cap"),
])
def test_a_place_or_a_sentences_first_word_before_the_noun_is_no_issuer(text, content):
    found = dict(speakers(text))
    assert content in found
    assert found[content] == "The Harbour Courier"


@pytest.mark.parametrize("text, content, issuer", [
    # what, when or where a poll asked is no part of who made it
    ("Most tenants back the rent cap, according to a Kelvin poll of 900 tenants in Marden.",
     "Most tenants back the rent cap", "Kelvin"),
    ("The mayor leads by six points, according to the Kelvin average of recent polls.",
     "The mayor leads by six points", "Kelvin"),
    ("Most tenants back the rent cap, according to a new Morvane Decisions survey of renters.",
     "Most tenants back the rent cap", "Morvane Decisions"),
])
def test_a_record_speaks_for_its_issuer_whatever_it_was_of(text, content, issuer):
    assert (content, issuer) in speakers(text)


@pytest.mark.parametrize("text, content, speaker", [
    # the publisher's own analysis stays the publisher's
    ("A Harbour Courier analysis of port records found that two cranes were never inspected.",
     "two cranes were never inspected", "The Harbour Courier"),
    # a capitalised common word opening the sentence is no pollster, a body after 'from' made the files
    ("Exit polls from the spring primary showed that most voters backed the levy.",
     "most voters backed the levy", "The Harbour Courier"),
    ("Audit files from Kelby Systems show that the ballots were counted twice.",
     "the ballots were counted twice", "Kelby Systems"),
])
def test_the_publishers_own_record_or_a_sentences_first_word_is_no_other_issuer(text, content, speaker):
    assert (content, speaker) in speakers(text)
