"""A poll or survey cited with 'in' (issue 14): 'In the latest Vale poll, C' and 'C in a new survey.'
give the poll as the source of C, as 'according to' would. Sentences written for this test
(invented polls, people and places)."""

from __future__ import annotations

import pytest
from test_extract import claims_of

HERALD = {"outlet": "The Kellby Herald"}


def attributed(text: str) -> list[tuple[str, str | None]]:
    return [(c["text"], c["mention"]) for c in claims_of(text, **HERALD) if c["form"] != "unattributed"]


def test_a_poll_opening_the_sentence_found_what_follows_its_comma():
    text = "In a new Harrow Research poll released Monday, 51 percent of voters back the tram levy."
    assert attributed(text) == [("51 percent of voters back the tram levy", "a new Harrow Research poll")]


def test_a_poll_set_off_by_when_it_was_taken_still_opens_the_sentence():
    text = "In the latest Vale survey, conducted March 3-5, 40 percent of likely voters back Ana Marlow."
    assert attributed(text) == [("40 percent of likely voters back Ana Marlow", "the latest Vale survey")]


def test_a_poll_closing_the_sentence_found_the_words_before_it():
    text = "Ana Marlow leads Piet Dunne by nine points in the latest Kellby Herald poll."
    assert attributed(text) == [("Ana Marlow leads Piet Dunne by nine points", "the latest Kellby Herald poll")]


def test_a_closing_poll_may_say_among_whom_and_when_it_was_taken():
    text = "Ana Marlow leads Piet Dunne by nine points in a Vale poll of likely voters last week."
    assert attributed(text) == [("Ana Marlow leads Piet Dunne by nine points", "a Vale poll")]


@pytest.mark.parametrize("text", [
    "Ana Marlow leads in the polls.",  # the polls at large: no poll cited
    "Turnout rose in Kellby as polls closed.",
    "Ana Marlow slipped in the polling after the debate.",
    "In Kellby, Ana Marlow leads by nine points.",
    "The council filed a request for the polling data in May.",
])
def test_in_without_a_poll_cited_is_no_cue(text):
    assert attributed(text) == []


def test_a_poll_in_the_middle_of_a_sentence_cites_nothing():
    # the poll named before the verb is what the people in it did, no report closing the sentence
    text = "Forty percent of the people in the Vale poll held the mayor responsible for the strike."
    assert attributed(text) == []


def test_a_speaker_s_statement_keeps_the_poll_in_its_words():
    text = "Ana Marlow said she leads Piet Dunne in the latest Vale poll."
    assert attributed(text) == [("she leads Piet Dunne in the latest Vale poll", "Ana Marlow")]


@pytest.mark.parametrize("text, content, source", [
    ("Exit polling showed that Ana Marlow won every district.", "Ana Marlow won every district", "Exit polling"),
    ("Recent research suggests the tram levy has cut traffic in Kellby.", "the tram levy has cut traffic in Kellby",
     "Recent research"),
])
def test_a_record_named_without_an_article_is_the_subject_that_shows(text, content, source):
    # a singular evidence noun after an adjective ('Exit polling') is a subject as 'Exit polls' is
    assert attributed(text) == [(content, source)]


@pytest.mark.parametrize("text, speaker", [
    # the poll named inside the subject of a report verb: the people in it speak, as before 'in' cited
    ("Sixty percent of the farmers in the new Harrow Research poll said they trust the mayor.",
     "Sixty percent of the farmers in the new Harrow Research poll"),
    ("Most farmers in the Vale survey say the levy is too high.", "Most farmers in the Vale survey"),
])
def test_a_poll_inside_the_subject_of_a_report_verb_is_no_cue(text, speaker):
    assert [m for _, m in attributed(text)] == [speaker]


def test_a_verb_closing_the_sentence_after_the_poll_is_no_participle_of_it():
    # 'approved.' is the sentence's verb, not 'a poll approved by ...': no poll cited
    assert attributed("Only a third of voters in the Vale survey approved.") == []
