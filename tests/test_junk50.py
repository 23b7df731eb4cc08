"""Junk speakers on real news by shape (issue 13): a contraction, a relative pronoun and its clause, a
participle or gerund before its object and a clause ending on an irregular past tense
are never a speaker. Invented names and sentences."""

from __future__ import annotations

import pytest

from provenance.extract import extract_claimset
from provenance.extract.lexicon import lexicon
from provenance.extract.plausible import clause_shape, implausible
from provenance.extract.speakers import Speaker, not_a_source


@pytest.mark.parametrize("name", [
    "That’s", "You've", "I'm Hopeful Voters Will", "It's a rare harbour pilot",          # a contraction
    "who he", "whose new ferry plan", "which harbour pilots",                               # a relative and its clause
    "referencing a leaked Tarn Courier memo", "culminating in Lund", "spending", "borrowing",  # a gerund
    "mr Lund began", "the ferry meeting began",                                             # an irregular past
])
def test_a_clause_or_a_word_no_source_is_no_speaker(name):
    assert implausible(name) and not_a_source(Speaker(name, "person", True), lexicon())


@pytest.mark.parametrize("name", [
    "acting director", "striking dockers", "the accused", "the retired", "she", "nobody", "Ana Costa",
    "O'Brien", "D'Arcy Lund", "Sa'd Ibrahim", "spokeswoman", "pilots", "mayor", "warden", "residents", "the ruling party",
])
def test_a_source_keeps_its_name(name):
    assert not implausible(name)


@pytest.mark.parametrize("text, junk", [
    ("That's what the harbour master said on Monday, telling reporters the berths were unsafe.", "that's"),
])
def test_a_sentence_never_gives_a_contraction_as_its_speaker(text, junk):
    names = [sp["name"].lower().replace("\u2019", "'") for sp in extract_claimset(text, slug="t")["speakers"]]
    assert not any(n.startswith(junk) for n in names)


@pytest.mark.parametrize("name", ["Kim Won", "Park Won", "Herbert Read"])
def test_a_capitalised_name_ending_on_a_past_tense_word_is_a_name(name):
    """A surname that is also an irregular past tense ('Won') ends a name, not a clause."""
    assert not clause_shape(name)
