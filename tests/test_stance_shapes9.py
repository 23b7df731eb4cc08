"""Denials and refusals on news prose, round 9 (issue 12 item 3), each on invented text: a dismissal by
characterisation whose object names what the report was about ('called the rumours of a leak "pure
fiction"'), more verdicts of falsehood ('a hoax', 'a smear', 'misinformation'), and refusals to comment
in the speaker's own words ('"We do not comment on staffing matters," she said', '"No comment"'), which
decline to confirm and stay on the record as a statement of the speaker's own conduct."""

from __future__ import annotations

import pytest
from test_status_shapes import ruled_claims

LEAK = "the Tarnby weir had leaked for months"
WEIR = f"Two inspectors, who asked not to be named, said {LEAK}.\n\n"


def _denial_of_the_leak(sentence: str) -> None:
    got = ruled_claims(WEIR + sentence + "\n")
    denial = next(c for c in got if c["speaker_name"] == "Oskar Lind")
    assert (denial["stance"], denial["text"]) == ("denies", LEAK)
    report = next(c for c in got if c["speaker_name"] != "Oskar Lind")
    assert report["status"] == "disputed" and report["reason"].startswith("denied by Oskar Lind")


@pytest.mark.parametrize("topic", ["of a leak at the weir", "about the weir", "over the state of the weir",
                                   "surrounding the old weir"])
@pytest.mark.parametrize("verdict", ['"pure fiction"', "false", 'as "baseless"'])
@pytest.mark.parametrize("cue", ["called the rumours", "described the reports"])
def test_a_report_called_false_with_its_topic_is_denied(cue, topic, verdict):
    """'called the rumours of a leak at the weir "pure fiction"': the words after a topic preposition
    name what was reported; the verdict after them denies the report (the inspectors' account)."""
    if cue.startswith("called") and verdict.startswith("as"):
        verdict = verdict[3:]
    _denial_of_the_leak(f"Weir keeper Oskar Lind {cue} {topic} {verdict}.")


@pytest.mark.parametrize("verdict", ['"a hoax"', '"a smear"', "misinformation", '"scaremongering"',
                                     '"disinformation"'])
def test_more_verdicts_of_falsehood_deny_the_report(verdict):
    """'described the claims as "a smear"': a verdict of falsehood of the lexicon (cues.json
    denials.false_words) given to a report."""
    _denial_of_the_leak(f"Weir keeper Oskar Lind described the claims as {verdict}.")


@pytest.mark.parametrize("verdict", ['"encouraging"', '"a surprise"', "premature"])
def test_a_report_of_a_topic_given_another_verdict_is_no_denial(verdict):
    """'called the reports of a leak "encouraging"': no verdict of falsehood, no denial."""
    got = ruled_claims(WEIR + f"Weir keeper Oskar Lind called the reports of a leak {verdict}.\n")
    assert all(c["stance"] == "asserts" for c in got)
    assert all(c["status"] != "disputed" for c in got)


@pytest.mark.parametrize("quote", [
    "We do not comment on staffing matters",
    "We don't discuss individual contracts",
    "I'm not going to get into the details of the inspection",
    "We won't be commenting on the inspectors' visit",
    "We are not commenting while the survey is under way",
    "No comment",
    "I have nothing further to say",
])
def test_a_refusal_in_the_speakers_own_words_declines_on_the_record(quote):
    """'"We do not comment on X," a spokeswoman said': the speaker declines to confirm, in its own
    words (the content); on the record, the refusal is confirmed as a statement of its own conduct."""
    got = ruled_claims(WEIR + f'"{quote}," said Oskar Lind, the weir keeper.\n')
    claim = next(c for c in got if c["speaker_name"] == "Oskar Lind")
    assert (claim["stance"], claim["text"], claim["status"]) == ("declines_to_confirm", quote, "confirmed")


@pytest.mark.parametrize("sentence", [
    "Oskar Lind said the board does not comment on staffing matters.",
    '"We never discussed a sale," said Oskar Lind, the weir keeper.',
    '"The inspectors have nothing to say about the sluice gates," said Oskar Lind, the weir keeper.',
    '"We can\'t get into the lock house until the water drops," said Oskar Lind, the weir keeper.',
    '"We\'re not going to get into the boats until the water drops," said Oskar Lind, the weir keeper.',
])
def test_a_policy_reported_or_another_partys_silence_is_no_refusal(sentence):
    """A standing policy reported of a third party, a past act in the first person, another party's
    silence, a place the speaker cannot reach: none is the speaker declining to confirm."""
    got = ruled_claims(WEIR + sentence + "\n")
    claim = next(c for c in got if c["speaker_name"] == "Oskar Lind")
    assert claim["stance"] == "asserts"
