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
    text = (f"A telephone survey of 1,650 growers conducted {when} by polling company Fenmoor Analytics "
            "found that 27% of the growers plan to leave the cooperative.")
    assert said(text) == [("27% of the growers plan to leave the cooperative", "Fenmoor Analytics", None)]
    assert own(text) == []


def test_a_report_published_at_a_time_by_a_body_is_the_body_s():
    text = "A report published in April by the Dunholm Housing Institute showed that rents rose 9% in a year."
    assert said(text) == [("rents rose 9% in a year", "Dunholm Housing Institute", None)]


def test_a_poll_of_people_asked_is_the_poll_maker_s_not_the_publisher_s():
    # what the poll is of ('of 900 adults') is whom it asked, no part of who made it
    text = "A Halden Metrics poll of 620 Corrin householders found that 31 per cent favour a bypass."
    assert said(text) == [("31 per cent favour a bypass", "Halden Metrics", None)]


def test_an_analysis_of_a_thing_keeps_its_words_whole():
    # 'of the ledger' names what was analysed, not whom: the mention is not cut before it
    text = "A Courier analysis of the ledger found that 12 payments were made twice."
    assert [m for m in (c["mention"] for c in claims_of(text, **COURIER) if c["form"] != "unattributed")] == [
        "A Courier analysis of the ledger"]


def test_a_scoop_first_reported_by_another_outlet_is_that_outlet_s_alone():
    text = ("News of the audit was first reported last month by the Tolmey Herald, which said two ledgers "
            "had gone missing from the vault.")
    assert said(text) == [("two ledgers had gone missing from the vault", "Tolmey Herald", "Tolmey Herald")]
    # the publisher reports only that the Herald reported it first, not the Herald's words
    assert own(text) == ["News of the audit was first reported last month by the Tolmey Herald"]


def test_a_relative_clause_inside_the_sentence_leaves_the_sentence_the_publisher_s():
    text = "Brenlow, which says it employs 400 people, sells ferries to three ports."
    assert own(text) == [text.rstrip(".")]


def test_a_directive_in_a_closing_relative_clause_keeps_the_sentence_whole():
    # the instruction's object is no clause of its own: the publisher's sentence holds it
    text = "Our reporters obtained a letter sent by the regional board, which urges clinics to \"stop weekend surgery\"."
    assert any("which urges clinics to" in t for t in own(text))


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
    # '7.9bn/-' is how a sum is written in shillings and rupees: the dash is part of the figure
    text = "Unpaid levies owed to the district had reached 7.9bn/-, the treasurer said."
    assert [c["text"] for c in claims_of(text, **COURIER) if c["form"] != "unattributed"] == [
        "Unpaid levies owed to the district had reached 7.9bn/-"]


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
