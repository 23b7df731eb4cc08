"""Polls, surveys, studies and other outlets as the source, not the publisher (issue 13, issue 12 item 1).
Each on sentences written for this test (invented firms, bodies, places and outlets): a record with a
long description before its verb is its maker's, and another outlet's report told in a relative clause
that ends the sentence is that outlet's alone, the publisher keeping only its own words."""

from __future__ import annotations

import pytest
from test_extract import claims_of

COURIER = {"outlet": "The Marlow Courier"}


def said(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(c["text"], c["speaker_name"], c["outlet_name"]) for c in claims_of(text, **COURIER)
            if c["form"] != "unattributed"]


def own(text: str) -> list[str]:
    return [c["text"] for c in claims_of(text, **COURIER) if c["form"] == "unattributed"]


@pytest.mark.parametrize("when", ["on Monday", "last week", "in March", "earlier this month"])
def test_a_survey_made_by_a_firm_at_a_time_is_the_firm_s(when):
    # the time between the participle and 'by' leaves the firm the survey's maker, who speaks
    text = (f"An online survey of 1,400 commuters conducted {when} by research firm Tellwick Insight "
            "found that 38% of respondents would stop using the ferry.")
    assert said(text) == [("38% of respondents would stop using the ferry", "Tellwick Insight", None)]
    assert own(text) == []


def test_a_report_published_at_a_time_by_a_body_is_the_body_s():
    text = "A report published in April by the Dunholm Housing Institute showed that rents rose 9% in a year."
    assert said(text) == [("rents rose 9% in a year", "Dunholm Housing Institute", None)]


def test_a_poll_of_people_asked_is_the_poll_maker_s_not_the_publisher_s():
    # what the poll is of ('of 900 adults') is whom it asked, no part of who made it
    text = "A Brightwater Research poll of 900 Ossory adults found that 54 per cent oppose the toll."
    assert said(text) == [("54 per cent oppose the toll", "Brightwater Research", None)]


def test_an_analysis_of_a_thing_keeps_its_words_whole():
    # 'of the ledger' names what was analysed, not whom: the mention is not cut before it
    text = "A Courier analysis of the ledger found that 12 payments were made twice."
    assert [m for m in (c["mention"] for c in claims_of(text, **COURIER) if c["form"] != "unattributed")] == [
        "A Courier analysis of the ledger"]


def test_a_scoop_first_reported_by_another_outlet_is_that_outlet_s_alone():
    text = ("The rescoring was first reported on Tuesday by the Harrow Gazette, which said the panel had "
            "ranked the losing bid first.")
    assert said(text) == [("the panel had ranked the losing bid first", "Harrow Gazette", "Harrow Gazette")]
    # the publisher reports only that the Gazette reported it first, not the Gazette's words
    assert own(text) == ["The rescoring was first reported on Tuesday by the Harrow Gazette"]


def test_a_relative_clause_inside_the_sentence_leaves_the_sentence_the_publisher_s():
    text = "Brenlow, which says it employs 400 people, sells ferries to three ports."
    assert own(text) == [text.rstrip(".")]


def test_a_directive_in_a_closing_relative_clause_keeps_the_sentence_whole():
    # the instruction's object is no clause of its own: the publisher's sentence holds it
    text = "The Courier has seen a memo from the head office, which instructs the depot to \"cut night shifts\"."
    assert any("which instructs the depot to" in t for t in own(text))


@pytest.mark.parametrize("cue", ["said that", "told the council that"])
def test_a_figure_with_a_thousands_comma_after_that_opens_the_clause(cue):
    # 'that 1,450' is no demonstrative before a noun: the figure opens what was said
    text = f"The harbour master {cue} 1,450 boats had been moored in the bay."
    assert [(c["text"], c["mention"]) for c in claims_of(text, **COURIER) if c["form"] != "unattributed"] == [
        ("1,450 boats had been moored in the bay", "The harbour master")]


def test_figures_a_body_published_show_a_figure_with_a_thousands_comma():
    text = "Figures published by the Ossory Statistics Bureau show that 3,100 homes lost power."
    assert said(text) == [("3,100 homes lost power", "Ossory Statistics Bureau", None)]


def test_a_sum_written_with_a_closing_slash_dash_keeps_it():
    # '2.6bn/-' is how a sum is written in shillings and rupees: the dash is part of the figure
    text = "The minister told the assembly that the arrears stood at 2.6bn/-."
    assert [c["text"] for c in claims_of(text, **COURIER) if c["form"] != "unattributed"] == [
        "the arrears stood at 2.6bn/-"]


@pytest.mark.parametrize("how", ["As reported by", "As first reported by", "As previously reported by"])
def test_a_report_another_outlet_made_first_is_that_outlet_s(how):
    text = f"{how} Reuters, managers at two depots signed the letters."
    assert said(text) == [("managers at two depots signed the letters", "Reuters", "Reuters")]
    assert own(text) == []


def test_a_report_closing_with_the_outlet_that_made_it_first_is_that_outlet_s():
    text = "Managers at two depots signed the letters, as first reported by Reuters."
    assert said(text) == [("Managers at two depots signed the letters", "Reuters", "Reuters")]


def test_a_speaker_s_words_an_outlet_carried_first_stay_the_speaker_s():
    # the outlet after 'as first reported by' carried what the speaker said: it is no speaker of it
    text = "\"We will keep the depot open,\" Ana Berg said on a podcast, as first reported by Reuters."
    assert [(c["text"], c["speaker_name"]) for c in claims_of(text, **COURIER) if c["form"] != "unattributed"] == [
        ("We will keep the depot open", "Ana Berg")]
