"""A subject set off from its cue by a clause, and the cues of courts, each on sentences written for
this test (invented people, places and outlets): the speaker is the subject before the first comma,
never the outlet or the noun inside the clause, and a court or a judge speaks for its ruling."""

from __future__ import annotations

import pytest
from test_extract import claims_of

EXAMINER = {"outlet": "The Norrow Examiner"}
INTRO = ("Patients at the Tarnmouth clinic waited a year for surgery, according to an audit report of the "
         "Regional Health Inspectorate. ")


def attributed(text: str, **meta) -> list[tuple[str, str | None, str | None]]:
    return [(c["text"], c["speaker_name"], c["mention"]) for c in claims_of(text, **meta)
            if c["form"] != "unattributed"]


# a part of the subject's antecedent before 'of which' / 'of whom' opens a relative clause like 'which'
@pytest.mark.parametrize("clause", [
    "a copy of which is available with The Norrow Examiner",
    "a copy of which was obtained by the Examiner",
    "which was tabled in the assembly on Monday",
])
def test_a_record_set_off_by_a_relative_clause_speaks(clause):
    text = INTRO + f"The report, {clause}, says the clinic kept two waiting lists."
    assert attributed(text, **EXAMINER)[-1] == (
        "the clinic kept two waiting lists", "Regional Health Inspectorate", "The report")


def test_a_cue_word_that_is_a_noun_before_a_relative_clause_is_no_cue():
    # 'report' before ', which' is the subject's noun, not a verb whose words block the subject
    text = "The inspection report, which was tabled on Monday, states that the pumps had failed."
    assert attributed(text, **EXAMINER) == [("the pumps had failed", "inspection report", "The inspection report")]


def test_a_share_of_people_before_of_whom_is_the_whole_group():
    text = "The pilots, two of whom asked not to be named, said the runway lights had failed."
    assert attributed(text, **EXAMINER) == [("the runway lights had failed", "pilots", "The pilots")]


@pytest.mark.parametrize("text, speaker, mention", [
    # a passive participle with a particle before its 'by'
    ("The court, presided over by Justice Ilse Varga, held that the lease was void.", "court", "The court"),
    ("The panel, set up by the harbour board in May, concluded that the crane had been overloaded.",
     "panel", "The panel"),
])
def test_a_participle_clause_with_its_agent_leaves_the_subject_speaking(text, speaker, mention):
    assert attributed(text, **EXAMINER) == [(text[text.index(" that ") + 6:-1], speaker, mention)]
@pytest.mark.parametrize("text, speaker, mention", [
    ("Justice Ilse Varga ruled that the lease was void.", "Ilse Varga", "Justice Ilse Varga"),
    ("The judge ruled that the lease was void.", "judge", "The judge"),
    ("The tribunal held that the lease was void.", "tribunal", "The tribunal"),
])
def test_a_court_or_a_judge_speaks_for_its_ruling(text, speaker, mention):
    assert attributed(text, **EXAMINER) == [("the lease was void", speaker, mention)]


@pytest.mark.parametrize("text", [
    "The festival was held in Tarnmouth in May.",
    "Police held two men overnight.",
    "Former mayor Ilse Varga ruled out a bid for the seat.",
    "The fund held that stake for a decade.",
])
def test_held_and_ruled_without_a_clause_report_nothing(text):
    assert attributed(text, **EXAMINER) == []


def test_a_content_ends_where_the_speakers_next_report_begins():
    # an adjunct between 'but' and the subject, or words between the subject and its cue, still open
    # the speaker's next report: the first content ends before it
    text = ("Ilse Varga said the levy was fair, but in the course of the debate she also warned that it would "
            "fall hardest on farmers.")
    assert attributed(text, **EXAMINER)[0][0] == "the levy was fair"
    text = "Ilse Varga said the levy was fair, but she had also conceded that it was too high."
    assert [c[0] for c in attributed(text, **EXAMINER)] == ["the levy was fair", "it was too high"]


LIVE = """10:52 am - Hearing suspended

Tellen suspends the hearing until May 9. Tellen reads a letter from the harbour board.

10:30 am - Hearing opens

Tellen opens the hearing by saying the levee "was never built."
"""


def test_a_surname_that_opens_live_blog_entries_is_a_speaker():
    # a live blog names the chair by her surname alone, at the start of each entry, never inside one
    claims = [c for c in claims_of(LIVE, outlet="Norrow Live") if c["form"] != "unattributed"]
    assert [(c["text"], c["speaker_name"]) for c in claims] == [('the levee "was never built', "Tellen")]


def test_a_word_opening_one_sentence_only_is_no_name():
    # (session 52: a single capitalised word right before a plain verb of saying is a name, though the text
    # never introduced it, 'Brannock said C' (tests/test_shapes52.py); an opening word still names no one)
    claims = [c for c in claims_of("Nevertheless said the levee was never built.", outlet="Norrow Live")
              if c["form"] != "unattributed"]
    assert [c["speaker_name"] for c in claims] == [None]
