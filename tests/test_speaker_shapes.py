"""Shapes of news prose that decide who speaks (issue 13), on sentences written for this test: a
quotation's attribution after a question or an exclamation, pronouns and descriptions that refer
back to the right earlier entity."""

from __future__ import annotations

import pytest
from test_extract import attributed, claims_of


@pytest.mark.parametrize("text, speaker, mention", [
    # the attribution after a quotation that ends with '?' or '!' belongs to the whole quotation
    ("Marco Lind rejected that idea.\n\n“We cannot trust the council with this budget. We know it cannot "
     "be trusted. Are you saying the vote should wait another year?” Lind said.", "Marco Lind", "Lind"),
    ("Ana Costa spoke after him.\n\n\"It will never pass! Not this year!\" Costa replied on Monday.",
     "Ana Costa", "Costa"),
    ("Dana Birch chaired the hearing.\n\n“Who pays for the bridge?” Council member Tom Reyes asked the panel.",
     "Tom Reyes", "Council member Tom Reyes"),
])
def test_a_quotation_ending_in_a_question_keeps_the_attribution_after_it(text, speaker, mention):
    claims = attributed(text)
    assert claims and all((c["speaker_name"], c["mention"]) == (speaker, mention) for c in claims)
    assert not any(c["text"].endswith((" said", " asked the panel", " replied on Monday")) for c in claims)


def test_a_question_in_quotation_marks_before_a_new_sentence_still_ends_it():
    claims = attributed("She asked “why not?” The council said the plan would fail.")
    assert {c["text"]: c["speaker_name"] for c in claims}["the plan would fail"] == "council"


@pytest.mark.parametrize("text, speaker, mention, cue", [
    # a verb that needs a quotation ('mused', 'quipped', 'asked') still puts its speaker after a quotation
    ("“Imagine the two of them on the same stage,” mused radio co-host Tom Reyes.", "Tom Reyes",
     "radio co-host Tom Reyes", "mused"),
    ("“Who will pay for it?” asked Ana Costa, the mayor.", "Ana Costa", "Ana Costa, the mayor", "asked"),
    ("“Not again,” sighed Tom Reyes.", "Tom Reyes", "Tom Reyes", "sighed"),
])
def test_a_speaker_after_the_cue_that_follows_a_quotation(text, speaker, mention, cue):
    claim, = attributed("Brad Lind spoke first.\n\n" + text)
    assert (claim["speaker_name"], claim["mention"], claim["cue"]) == (speaker, mention, cue)


@pytest.mark.parametrize("lead", [
    "Sam Ortiz, the party's spokesman, said in a statement.",
    "Sam Ortiz said in a statement on Friday.",
    "Sam Ortiz told reporters.",
])
def test_a_sentence_that_only_says_who_spoke_announces_the_quotation_after_it(lead):
    text = ("During the debate, both candidates said the error was no big deal.\n\n"
            + lead + " “There are no paper ballots to recount. The count was final.”")
    claims = attributed(text)
    quoted = [c for c in claims if c["form"] == "direct"]
    assert [c["text"] for c in quoted] == ["There are no paper ballots to recount", "The count was final"]
    assert {c["speaker_name"] for c in quoted} == {"Sam Ortiz"}
    assert not any(lead.rstrip(".") in c["text"] for c in claims_of(text))


def test_a_sentence_that_only_says_who_spoke_stays_the_publishers_without_a_quotation():
    claims = claims_of("Ana Costa responded on Monday. The council met again on Tuesday.")
    assert [(c["form"], c["text"]) for c in claims] == [("unattributed", "Ana Costa responded on Monday"),
                                                        ("unattributed", "The council met again on Tuesday")]


def test_an_announced_quotation_with_its_own_attribution_is_its_speakers():
    claims = attributed("Ana Costa responded on Monday.\n\n“We will appeal,” Tom Reyes said. “Nobody loses a job.”")
    assert [(c["text"], c["speaker_name"]) for c in claims] == [("We will appeal", "Tom Reyes"),
                                                                ("Nobody loses a job", "Tom Reyes")]


@pytest.mark.parametrize("text, mention", [
    # a document 'reads' what it says; a person who 'read' something aloud is not quoted by it
    ("The Kilmorey council sent a letter to the mayor.\n\n“The delay is an insult to every family,” it read.", "it"),
    ("“The delay is an insult to every family,” the letter reads.", "the letter"),
    ("“The delay is an insult to every family,” read the statement, which the council issued on Monday.",
     "the statement"),
    ("The statement reads: “The delay is an insult to every family.”", "The statement"),
])
def test_what_a_document_reads_is_its_claim(text, mention):
    claim = next(c for c in claims_of(text) if c["text"] == "The delay is an insult to every family")
    assert (claim["form"], claim["mention"]) == ("direct", mention)


def test_a_person_reading_aloud_is_no_cue():
    claims = claims_of("“The delay is an insult to every family,” Tom Reyes read.")
    assert all(c["cue"] != "read" for c in claims)
