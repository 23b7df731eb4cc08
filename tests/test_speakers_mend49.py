"""Speakers (issue 13), mends of the last session's review: a country named by its people's word and by its
own name is one place, so an unnamed minister met first as 'the Chilean health minister' is the one named
next as "Chile's Health Minister NAME"; a trade's plural in -men ('Fishermen at the meeting', 'Crewmen on the
ferry') is a described group, anonymous, wherever the rules read it, as '-s' plurals are. Invented text."""

from __future__ import annotations

import pytest

from conftest import cued_speakers


def test_a_people_word_and_its_country_name_the_same_post():
    text = ("Dengue cases climb\n\n"
            "The Chilean health minister said on Monday that 40 new cases had been recorded.\n\n"
            "Chile's Health Minister Rosa Vidal later told reporters that clinics had run out of test kits.")
    assert cued_speakers(text) == [("Rosa Vidal", False), ("Rosa Vidal", False)]


def test_another_country_is_another_post():
    text = ("Dengue cases climb\n\n"
            "The Peruvian health minister said on Monday that 40 new cases had been recorded.\n\n"
            "Chile's Health Minister Rosa Vidal later told reporters that clinics had run out of test kits.")
    first, second = cued_speakers(text)
    assert first[0] != "Rosa Vidal" and first[1] is True and second == ("Rosa Vidal", False)


@pytest.mark.parametrize("sentence", [
    "Fishermen at the meeting said that about 300 boats use the harbour.",
    "Crewmen on the ferry said the alarm never sounded.",
    "Two fishermen at the quay said the catch had halved.",
])
def test_a_plural_of_a_trade_in_men_is_an_anonymous_group(sentence):
    (speaker, anonymous), = cued_speakers("Harbour dispute\n\n" + sentence)
    assert anonymous is True and speaker is not None and "men" in speaker.lower(), speaker
