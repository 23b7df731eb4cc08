"""A survey or poll named with its issuer after 'by' and then whom it asked ('a survey by the Kelby Institute
among 150 agencies', 'a poll by the Tarn Institute of 800 voters') is the issuer's: the people or bodies it
asked are no part of the issuer's name (issue 13: no run-on speaker), and a comma alone between the maker and
the verb ('A survey of 1,200 people by the Kelby Institute, found that C') parts nothing. Every body and sentence is invented for
this test."""

from __future__ import annotations

import pytest

from provenance.extract.speakers import record_named

from conftest import cued_speakers_and_texts


@pytest.mark.parametrize("text, speaker, content", [
    ("The river was low in May. A survey by the Kelby Institute among 150 agencies found that most had cut staff.",
     "Kelby Institute", "most had cut staff"),
    ("The river was low in May. A poll by the Tarn Institute of 800 voters found that most backed the plan.",
     "Tarn Institute", "most backed the plan"),
    ("The river was low in May. A survey of 150 agencies by the Kelby Institute found that most had cut staff.",
     "Kelby Institute", "most had cut staff"),
    # a comma alone between the survey's maker and its verb
    ("The river was low in May. A survey of 1,200 people by the Kelby Institute, found that most opposed the plan.",
     "Kelby Institute", "most opposed the plan"),
    ("The river was low in May. A poll of 800 members by the Tarn Teachers Union, found that most would strike.",
     "Tarn Teachers Union", "most would strike"),
])
def test_a_survey_is_its_issuers_not_a_run_on(text, speaker, content):
    assert cued_speakers_and_texts(text)[-1:] == [(speaker, content)]


def test_a_record_issuer_stops_before_whom_it_asked():
    assert record_named("a survey by the Kelby Institute among 150 agencies") == (
        "the Kelby Institute", "survey by the Kelby Institute among 150 agencies")
    assert record_named("a report by the Bank of Tarnland") == ("the Bank of Tarnland", "report by the Bank of Tarnland")
