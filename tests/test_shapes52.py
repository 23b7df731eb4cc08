"""Non-claims and unparsed cue shapes on real news copy (issues 13 and 14), session 52: a report verb whose
object is only the story it credits ('Gazeta Sud, which first reported the case, wrote that C') states
nothing; 'told OUTLET C' without 'that', where C's subject runs on after the outlet's name, reports C; a
dateline standing as a sentence of its own ('PUERTO TALÍN.') is furniture; 'did not respond', 'could not
be reached' and 'X declined to comment' stay the publisher's statements, as the judged batches take them.
Invented names and sentences."""

from __future__ import annotations

import pytest

from provenance.extract import extract_claimset


def _claims(text: str) -> list[tuple[str, str | None, str | None]]:
    """(content, speaker's name, cue) of each claim; the publisher's statements have no cue."""
    cs = extract_claimset(text, slug="t")
    by_id = {sp["id"]: sp for sp in cs["speakers"]}
    return [(c["text"], (by_id.get(c["speaker"]) or {}).get("name"), c.get("cue")) for c in cs["claims"]]


# -- a credit for a story is no statement ---------------------------------------------------------------------

@pytest.mark.parametrize("text, content, speaker", [
    ("Gazeta Vest, which first reported the case, wrote on Friday that the mayor had hidden two flats.",
     "the mayor had hidden two flats", "Gazeta Vest"),
    ("The Harbour Gazette, which broke the story last week, said on Monday that the depot had been sold.",
     "the depot had been sold", "Harbour Gazette"),
])
def test_a_relative_clause_crediting_the_story_gives_only_the_main_statement(text, content, speaker):
    assert [(c, s) for c, s, _ in _claims(text)] == [(content, speaker)]


@pytest.mark.parametrize("text", [
    "The weekly Gazeta Vest first reported the case in March.",
    "The Harbour Gazette first reported the story on Monday.",
    "The Harbour Gazette first reported it on Friday.",
])
def test_a_credit_for_the_story_is_no_claim_of_the_outlet(text):
    found = _claims(text)
    assert all(cue is None for _, _, cue in found), found  # (the publisher's sentence, if any)


@pytest.mark.parametrize("text, content", [
    ("The Harbour Gazette reported the case had been closed.", "the case had been closed"),
    ("The Harbour Gazette first reported the shipments on Tuesday.", "the shipments on Tuesday"),
    ("The Harbour Gazette reported the news that the mayor had resigned.", "the news that the mayor had resigned"),
])
def test_a_report_of_more_than_the_story_is_still_the_outlets(text, content):
    assert (content, "Harbour Gazette") in [(c, s) for c, s, cue in _claims(text) if cue is not None]


# -- 'told OUTLET C' without 'that' -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, content", [
    ("Ravi Mehta told the Tribune trade had halved since the bridge closed.", "trade had halved since the bridge closed"),
    ("Ravi Mehta told The Harbour Gazette prices had doubled.", "prices had doubled"),
    ("Ravi Mehta, a fish trader, told the Gazette fishing boats were idle.", "fishing boats were idle"),
    ("Ravi Mehta told reporters trade had halved.", "trade had halved"),
    ("Ravi Mehta told the Tribune the port would close.", "the port would close"),
    ("Ravi Mehta told Reuters there had been no change.", "there had been no change"),
])
def test_told_someone_then_a_clause_without_that(text, content):
    assert _claims(text) == [(content, "Ravi Mehta", "told")]


# -- a dateline alone is furniture ------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Floods cut the road\n\nPUERTO TALÍN.\n\nThe river rose two metres overnight.\n",
    "Floods cut the road\n\nPUERTO TALÍN. The river rose two metres overnight.\n",
    "Floods cut the road\n\nSAN PEDRO DEL SUR, June 3. The river rose two metres overnight.\n",
    "Floods cut the road\n\nKELBORN, June 3 –\n\nThe river rose two metres overnight.\n",
    "Floods cut the road\n\nVaduz. The river rose two metres overnight.\n",
])
def test_a_dateline_alone_is_no_claim(text):
    assert _claims(text) == [("The river rose two metres overnight", None, None)]


def test_a_sentence_of_capitalised_words_that_is_no_place_stays():
    assert [c for c, _, _ in _claims("Floods cut the road\n\nHello Kitty. The river rose.\n")] == [
        "Hello Kitty", "The river rose"]


# -- silences: the publisher's statements (the judged batches: 29 of 29 'did not respond', 2 of 2 'could not be
# reached', and a bare 'X declined to comment' with no object, are judged statements of the publisher) ---------

@pytest.mark.parametrize("sentence", [
    "The mayor did not respond to requests for comment.",
    "The ministry did not immediately respond to a request for comment on Friday.",
    "Vale Mining did not respond to the Herald's questions.",
    "Lund could not be reached for comment.",
    "The company declined to comment.",
])
def test_a_silence_is_the_publishers_statement(sentence):
    found = _claims("The port will close in May. " + sentence)
    assert found[-1] == (sentence.rstrip("."), None, None)


# -- a demand after 'and': its object of two words is what is asked for --------------------------------------

@pytest.mark.parametrize("cue", ["claimed that", "said"])
def test_a_claim_and_a_demand_are_two_statements(cue):
    text = f"Tarik Veld {cue} the minister had known about the leak since June and demanded his resignation."
    assert [(c, k) for c, _, k in _claims(text)] == [
        ("the minister had known about the leak since June", cue.split()[0]), ("his resignation", "demanded")]


def test_a_call_for_two_words_is_a_statement():
    assert ("an inquiry", "Tarik Veld", "called for") in _claims("Tarik Veld said the vote was rigged and called for an inquiry.")


def test_a_cue_that_takes_a_person_keeps_no_short_object():
    assert all(cue is None for _, _, cue in _claims("Tarik Veld urged the council."))


# -- 'reported X to Y': an event brought to someone's notice, no statement of its own -------------------------

def test_deaths_reported_to_an_office_inside_a_statement_are_no_claim_of_their_own():
    text = 'Ana Lund said families had reported deaths to the office "as the rules require".'
    assert _claims(text) == [('families had reported deaths to the office "as the rules require"', "Ana Lund", "said")]


@pytest.mark.parametrize("text, content", [
    ("The Harbour Gazette reported deaths in the village had risen to 12.", "deaths in the village had risen to 12"),
    ("The captain reported the boat to be missing.", "the boat to be missing"),
    ("The Harbour Gazette reported the council planned to close the depot.", "the council planned to close the depot"),
])
def test_a_report_of_a_clause_is_still_one(text, content):
    assert content in [c for c, _, cue in _claims(text) if cue == "reported"]


# -- 'was praised by X of Y, who said C': X speaks, and the passive is no claim -----------------------------------

@pytest.mark.parametrize("text", [
    "The plan was praised by Anna Vlek of the Harbour Trust, who said it would save the old docks.",
    "The plan was praised by Anna Vlek, head of the Harbour Trust, who said it would save the old docks.",
    "The plan was praised by Anna Vlek, a spokeswoman for the Harbour Trust, who said it would save the old docks.",
])
def test_the_named_person_before_her_body_speaks_in_the_relative_clause(text):
    assert _claims(text) == [("it would save the old docks", "Anna Vlek", "said")]


def test_a_body_named_before_which_still_speaks():
    assert ("it would save the old docks", "Harbour Trust", "said") in _claims(
        "The plan was backed by the Harbour Trust, which said it would save the old docks.")


def test_the_passive_subject_is_no_claim_of_an_agent_who_speaks():
    found = _claims("The plan was praised by the Friends of the Harbour, who said it would save the old docks.")
    assert found == [("it would save the old docks", "Friends of the Harbour", "said")]


# -- a bare surname the text never introduced, right before a verb of saying, is a person ------------------------

@pytest.mark.parametrize("text, name", [
    ("Dorn said the ferry would be late.", "Dorn"),
    ("The port is busy. Dorn told reporters the ferry would be late.", "Dorn"),
])
def test_a_bare_surname_saying_is_the_person(text, name):
    assert (("the ferry would be late", name) in [(c, s) for c, s, _ in _claims(text)])


def test_an_opening_word_is_still_no_speaker():
    assert _claims("Nevertheless said the ferry would be late.")[-1][1] is None


def test_a_report_that_plans_something_is_still_one():
    found = _claims("The Harbour Gazette reported that it planned to close the depot.")
    assert [cue for _, _, cue in found] == ["reported"]
