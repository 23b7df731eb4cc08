"""Shapes of news copy found by reading articles of our own writing as a newsroom user would (issues 12 and 13):
a non-confirmation of 'the figure' answers a statement that gives a number, not whatever was said last; a
hospital, a clinic, an airport, a school or a prison speaks as a body, also when its name opens with a title word
('Queen ... Hospital', 'President ... Airport'). Sentences and names invented."""

from __future__ import annotations

import pytest

from provenance.extract import extract_claimset

LEAD = "Helen Duarte, the port's chief executive, spoke to reporters on Monday.\n\n"


def _claims(text: str) -> list[dict]:
    cs = extract_claimset(LEAD + text + "\n", slug="t", outlet="Coastal Tribune", published="2026-11-18")
    people = {s["id"]: s for s in cs["speakers"]}
    return [{"speaker": (people.get(c["speaker"] or "") or {}).get("name", ""),
             "kind": (people.get(c["speaker"] or "") or {}).get("kind"),
             "anonymous": bool((people.get(c["speaker"] or "") or {}).get("anonymous")),
             "stance": c["stance"], "text": c["text"]} for c in cs["claims"] if not c["text"].startswith("Helen Duarte")]


@pytest.mark.parametrize(("text", "answered"), [
    ("The union said 400 workers had been laid off. A manager said the plant would close in May.\n\n"
     "The ministry did not confirm the figure.", "400 workers had been laid off"),
    ("Residents said eleven houses had been flooded. The mayor said the river would be dredged.\n\n"
     "The regional council disputed the figure.", "eleven houses had been flooded"),
])
def test_the_figure_answers_a_statement_with_a_number(text, answered):
    got = _claims(text)
    answers = [c for c in got if c["stance"] in ("declines_to_confirm", "denies")]
    assert len(answers) == 1 and answers[0]["text"] == answered, got


def test_the_figure_with_no_number_before_keeps_its_words():
    got = _claims("The union said the plant would close.\n\nThe ministry did not confirm the figure.")
    answers = [c for c in got if c["stance"] == "declines_to_confirm"]
    assert len(answers) == 1 and answers[0]["text"] != "the plant would close", got


@pytest.mark.parametrize(("sentence", "name"), [
    ("Marrow Bay Hospital said on Monday that two wards had closed.", "Marrow Bay Hospital"),
    ("Queen Adela Hospital said on Monday that two wards had closed.", "Queen Adela Hospital"),
    ("President Kagero International Airport said flights had resumed.", "President Kagero International Airport"),
    ("Tarnby Grammar School said classes would resume on Thursday.", "Tarnby Grammar School"),
    ("Velm Central Prison said the inmate had been moved.", "Velm Central Prison"),
])
def test_a_hospital_airport_school_or_prison_is_a_body(sentence, name):
    got = _claims(sentence)
    mine = [c for c in got if c["speaker"] == name]
    assert len(mine) == 1 and mine[0]["kind"] == "institution" and not mine[0]["anonymous"], got


@pytest.mark.parametrize("sentence", [
    "The hospital said on Monday that two wards had closed.",
    "The airport said flights had resumed.",
    "The school said classes would resume on Thursday.",
])
def test_the_hospital_is_a_body_not_an_unnamed_person(sentence):
    got = _claims(sentence)
    assert len(got) == 1 and got[0]["kind"] == "institution", got


@pytest.mark.parametrize(("sentence", "kind"), [
    ("A hospital spokesman said the scanner had been repaired.", "person"),
    ("A school teacher said classes would resume on Thursday.", "person"),
    ("Doctors at Marrow Bay Hospital said the wards were full.", "group"),
])
def test_people_of_a_hospital_or_school_stay_people(sentence, kind):
    got = _claims(sentence)
    assert len(got) == 1 and got[0]["kind"] == kind and got[0]["anonymous"], got


@pytest.mark.parametrize(("sentence", "name"), [
    ("The main opposition party, the Velm Alliance, said the count had been rigged.", "Velm Alliance"),
    ("The main opposition party, the Basotho Reform Convention, said the count had been rigged.",
     "Basotho Reform Convention"),
    ("The main opposition party, the All Velm Convention, said the count had been rigged.", "All Velm Convention"),
    ("The country's largest union, the Kestrel Workers Union, said that the strike would go ahead.",
     "Kestrel Workers Union"),
    ("The regulator, the Tarn Energy Authority, said prices would rise in January.", "Tarn Energy Authority"),
])
def test_a_body_named_with_its_article_after_a_description_speaks(sentence, name):
    got = _claims(sentence)
    assert len(got) == 1, got  # one claim: no whole sentence of the publisher's beside it
    assert got[0]["speaker"] == name and got[0]["kind"] == "institution" and not got[0]["anonymous"], got


def test_a_person_named_after_a_description_keeps_the_description_as_role():
    got = _claims("The party's leader, Ana Lind, said the count had been rigged.")
    assert len(got) == 1 and got[0]["speaker"] == "Ana Lind" and got[0]["kind"] == "person", got


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("The strike killed 12 people at the market, police and residents said.", "police and residents"),
    ("The strike killed 12 people at the market, local officials and witnesses said, in one of the deadliest "
     "attacks this year.", "local officials and witnesses"),
    ("Local officials and witnesses said the strike killed 12 people at the market.",
     "local officials and witnesses"),
])
def test_two_unnamed_sources_joined_by_and_speak_together(sentence, speaker):
    got = _claims(sentence)
    assert len(got) == 1 and got[0]["speaker"].lower() == speaker and got[0]["anonymous"], got
    assert got[0]["text"].lower().startswith("the strike killed 12 people"), got


@pytest.mark.parametrize(("sentence", "speaker", "text"), [
    ("The strike killed 12 people and residents said the market was closed.", "residents",
     "the market was closed"),
    ("Prices rose in May and June, economists said.", "economists", "Prices rose in May and June"),
])
def test_and_inside_the_content_joins_no_sources(sentence, speaker, text):
    got = [c for c in _claims(sentence) if c["speaker"]]
    assert [(c["speaker"], c["text"]) for c in got] == [(speaker, text)], got


def test_an_aside_between_speaker_and_cue_leaves_no_statement_of_the_publisher():
    got = _claims("A Western analyst who follows the conflict, speaking on condition of anonymity, said it would be "
                  "the first known use of an armed drone by the insurgents.")
    assert len(got) == 1 and got[0]["anonymous"] and "analyst" in got[0]["speaker"], got


@pytest.mark.parametrize(("sentence", "name"), [
    ("Harbour Rights Watch said the attack may amount to a war crime.", "Harbour Rights Watch"),
    ("Velm Amnesty International said the attack may amount to a war crime.", "Velm Amnesty International"),
    ("Tarn Justice Initiative said the eviction had broken the law.", "Tarn Justice Initiative"),
])
def test_an_organisation_named_by_its_last_word_is_a_body(sentence, name):
    got = _claims(sentence)
    assert len(got) == 1 and got[0]["speaker"] == name and got[0]["kind"] == "institution", got


def test_a_person_whose_surname_is_an_organisation_word_stays_a_person():
    got = _claims("Ana Trust said the eviction had broken the law.")
    assert len(got) == 1 and got[0]["speaker"] == "Ana Trust" and got[0]["kind"] == "person", got


def test_a_content_run_on_past_the_rules_end_is_not_a_second_claim():
    got = _claims("The minister said the plant was unsafe and promised an inquiry.")
    assert [c["text"] for c in got if c["speaker"]] == ["the plant was unsafe"], got


def test_the_words_naming_a_speaker_are_no_content():
    got = _claims("Analysts at Kestrel Chase & Co. wrote in a note to clients that a sale at that price would cut net "
                  "debt by about a fifth.")
    assert [c["text"] for c in got] == ["a sale at that price would cut net debt by about a fifth"], got


def test_a_name_with_which_after_it_is_a_body_that_it_refers_to():
    got = _claims("The contractor, Maluti Earthworks, said it would appeal.\n\nLetseng Kroon, which owns the mine, said in "
                  "a statement that operations had not been affected. It did not say whether it would keep the contractor.")
    owner = [c for c in got if c["speaker"] == "Letseng Kroon"]
    assert owner and all(c["kind"] == "institution" for c in owner), got
    assert any(c["stance"] == "declines_to_confirm" for c in owner), got  # 'It' is the owner, not the contractor


def test_a_negated_act_is_no_report():
    got = _claims('"We will not accept these results," the party leader told supporters. He did not provide evidence '
                  'for the claim.')
    assert not any(c["text"] == "the claim" for c in got), got


def test_when_a_record_came_out_is_no_report():
    got = _claims("The research, published in the journal Coastal Science, used satellite images and field surveys to "
                  "map 1,200 wetlands.")
    assert not any(c["text"].startswith("in the journal") for c in got), got


def test_a_territory_total_and_a_count_of_a_part_are_no_dispute():
    from provenance.matching import same_measure
    whole = ("The fall of a lift in a Velmar tower block last week has exposed how little the government checks the "
             "firms that maintain the country's 620,000 lifts")
    part = "it had ordered emergency checks of all 188 lifts maintained by the firm in Tarn Province"
    assert not same_measure(whole, part)
    assert same_measure("the firms that maintain the country's 620,000 lifts",
                        "the firms that maintain the country's 540,000 lifts")
    assert same_measure("Officials said 1,200 schools in the city were closed.",
                        "The city's 1,500 schools were closed on Monday.")  # (no part marked: a dispute)
