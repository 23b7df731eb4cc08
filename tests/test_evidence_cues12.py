"""Statements whose cue is no speech: a body's forecast or figure, a record that shows, a court that
holds, a study that found (issue 13 item 4, issue 14). Each on sentences written for this test
(invented bodies, people and places): the body or the record speaks, not the publisher, and the
publisher keeps only its own words."""

from __future__ import annotations

import pytest
from test_extract import claims_of

HERALD = {"outlet": "The Kellby Herald"}


def attributed(text: str) -> list[tuple[str, str | None]]:
    return [(c["text"], c["mention"]) for c in claims_of(text, **HERALD) if c["form"] != "unattributed"]


def own(text: str) -> list[str]:
    return [c["text"] for c in claims_of(text, **HERALD) if c["form"] == "unattributed"]


def test_a_tense_before_a_form_that_is_also_a_noun_makes_it_the_verb():
    # 'forecast' after a name is a noun ('the Dorne forecast'); after 'has' it is the body's verb
    text = "The Weather Office in Dorne has forecast heavy rain along the coast until Friday."
    assert attributed(text) == [("heavy rain along the coast until Friday", "The Weather Office in Dorne")]


def test_a_forecast_object_runs_on_through_a_list_of_names():
    text = "The Weather Office has forecast heavy rain in Kellby, Dorne and Arral districts until Friday."
    assert attributed(text) == [("heavy rain in Kellby, Dorne and Arral districts until Friday", "The Weather Office")]


def test_a_forecast_object_still_ends_at_a_comma_before_other_words():
    text = "The Weather Office has forecast heavy rain on Friday, a week after the river burst its banks."
    assert attributed(text) == [("heavy rain on Friday", "The Weather Office")]


@pytest.mark.parametrize("approx", ["as much as", "as many as", "as high as", "about"])
def test_a_figure_after_as_much_as_is_the_body_s_figure(approx):
    text = f"The Tarn Water Board put the leak at {approx} 4,000 litres a day."
    assert attributed(text) == [(f"the leak at {approx} 4,000 litres a day", "The Tarn Water Board")]


def test_put_without_a_figure_reports_nothing():
    assert attributed("The Tarn Water Board put the leak at the top of its agenda.") == []


def test_a_record_set_off_by_where_it_was_published_shows():
    text = "The notice, published on the council's website, shows inspectors found mould in two wards."
    assert attributed(text) == [("inspectors found mould in two wards", "The notice")]


def test_a_firm_set_off_by_a_participle_shows_nothing():
    assert attributed("The firm, founded in Kellby in 1990, shows no sign of slowing down.") == []


def test_records_posted_somewhere_show_and_post_nothing_themselves():
    # 'posted' right after the record and before where it went is the record's participle, no cue
    text = "Documents posted on the Dorn Transport Agency's website show it began a review of the brakes in August."
    assert attributed(text) == [("it began a review of the brakes in August",
                                 "Documents posted on the Dorn Transport Agency's website")]


def test_a_court_holds_that_a_clause_with_a_long_subject():
    text = ("The tribunal, chaired by Judge Mara Olsen, held that the 2021 lease between the port board and "
            "the firm was void.")
    assert attributed(text) == [("the 2021 lease between the port board and the firm was void", "The tribunal")]


def test_held_that_still_needs_a_verb_in_its_clause():
    assert attributed("The tribunal held that seat of the commission for twelve years and more.") == []


def test_a_study_after_its_findings_speaks_through_its_maker():
    text = "Pupils sit 112 tests before they graduate, a study by the Council of Dorn Schools found."
    assert attributed(text) == [("Pupils sit 112 tests before they graduate", "the Council of Dorn Schools")]


def test_the_publisher_keeps_the_main_clause_before_a_later_report():
    text = ("Tarn Works Minister Ana Costa resigned on Monday, days after an audit by the Tarn Audit Office "
            "found that the tender had been inflated.")
    assert own(text) == ["Tarn Works Minister Ana Costa resigned on Monday"]
    assert attributed(text) == [("the tender had been inflated", "the Tarn Audit Office")]


def test_the_publisher_keeps_the_whole_sentence_when_no_clause_stands_before_the_report():
    text = "His standing, even after the audit found that the tender had been inflated, remained high."
    assert own(text) == [text.rstrip(".")]


def test_a_plural_noun_after_have_stays_a_noun():
    text = "Besides Tarnland, Dorne and Arral have claims in the strait, and tensions have risen."
    assert attributed(text) == []


def test_a_listed_object_runs_on_past_a_comma_before_and():
    text = "The Weather Office has forecast heavy rain in Kellby, Dorne, and Arral districts until Friday."
    assert attributed(text) == [("heavy rain in Kellby, Dorne, and Arral districts until Friday", "The Weather Office")]


def test_a_comma_before_and_after_one_name_still_ends_the_object():
    text = "The Weather Office has forecast heavy rain on Friday, and Dorne Council has closed the coast road."
    assert attributed(text)[0] == ("heavy rain on Friday", "The Weather Office")
