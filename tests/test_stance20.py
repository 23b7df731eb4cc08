"""Stances in ordinary words (issue 12 item 3), each on invented text: disagreeing with a report
('did not agree with the auditors' conclusions', 'does not accept the findings') denies it; a
refusal in another verb ('did not want to say whether C', 'was not willing to say who C') declines to
confirm C; a speaker's admission that it was wrong to say what it said ('had been wrong "to say
so"', 'should not have said that', 'regretted saying that') withdraws its earlier account; and a
denial of claims by a group named in a plural possessive ("rejected claims by drivers' unions that C")
denies C, which stays the groups' claim, not the denier's."""

from __future__ import annotations

import pytest
from test_status_shapes import ruled_claims

from provenance.extract.document import extract_claimset

FINDING = "Auditors from the Varden labour office found that Holmvik Transit had altered its drivers' logs.\n\n"


def _claims_after(lead: str, sentence: str) -> list[dict]:
    text = lead + sentence + "\n"
    cs = extract_claimset(text, slug="t", outlet="Harbour Gazette", published="2025-05-20")
    speakers = {s["id"]: s["name"] for s in cs["speakers"]}
    tail = text.index(sentence)
    return [{**c, "speaker_name": speakers.get(c["speaker"] or "")} for c in cs["claims"]
            if c["sentence_start"] >= tail and c["form"] != "unattributed"]


@pytest.mark.parametrize("sentence", [
    "Holmvik Transit said it did not agree with the auditors' conclusions.",
    "Holmvik Transit said it does not accept the auditors' findings.",
    "Holmvik Transit said it did not agree with the conclusions of the audit.",
])
def test_not_agreeing_with_a_report_denies_it(sentence):
    """'said it did not agree with the conclusions': the speaker's side denies the report, never
    asserts its own words."""
    got = _claims_after(FINDING, sentence)
    assert got and all(c["stance"] == "denies" for c in got), [(c["text"], c["stance"]) for c in got]


@pytest.mark.parametrize("sentence", [
    "Holmvik Transit did not accept the findings.",
    "Holmvik Transit disagreed with the auditors' findings.",
])
def test_a_denial_of_the_findings_answers_them(sentence):
    """'X did not accept the findings', "X disagreed with the auditors' findings" (a plural
    possessive before the report noun): X denies the finding reported before."""
    got = _claims_after(FINDING, sentence)
    assert [(c["text"], c["speaker_name"], c["stance"]) for c in got] == [
        ("Holmvik Transit had altered its drivers' logs", "Holmvik Transit", "denies")]


def test_not_accepting_an_offer_is_no_denial():
    """'did not accept the offer': no report as the object, nothing denied."""
    got = _claims_after(FINDING, "Holmvik Transit did not accept the offer of a settlement.")
    assert all(c["stance"] == "asserts" for c in got), [(c["text"], c["stance"]) for c in got]


@pytest.mark.parametrize(("sentence", "content"), [
    ("Holmvik director Ilse Brandt did not want to say whether drivers would be dismissed.",
     "drivers would be dismissed"),
    ("Holmvik director Ilse Brandt didn't want to say how many drivers would be dismissed.",
     "how many drivers would be dismissed"),
    ("Holmvik director Ilse Brandt was not willing to say who had altered the logs.", "who had altered the logs"),
])
def test_not_wanting_to_say_declines_to_confirm(sentence, content):
    """'did not want to say whether C': the speaker declines to confirm C, named as the speaker (not
    the publisher stating the whole sentence)."""
    got = _claims_after(FINDING, sentence)
    assert [(c["text"], c["speaker_name"], c["stance"]) for c in got] == [
        (content, "Ilse Brandt", "declines_to_confirm")]


def test_not_wanting_to_discuss_declines_to_confirm():
    got = _claims_after(FINDING, "Holmvik director Ilse Brandt did not want to discuss the dismissals.")
    assert got and all(c["stance"] == "declines_to_confirm" for c in got), [(c["text"], c["stance"]) for c in got]


def test_not_wanting_to_be_named_is_no_refusal():
    """'who did not want to be named' keeps its speaker's claim an assertion."""
    got = _claims_after(FINDING, "A driver who did not want to be named said the logs were changed at night.")
    assert [(c["text"], c["stance"]) for c in got] == [("the logs were changed at night", "asserts")]


EARLIER = "On Tuesday, Ilse Brandt told the Varden Post that the logs had been lost in a fire.\n\n"


@pytest.mark.parametrize("admission", [
    'she had been wrong "to say so"',
    "she had been wrong to say it",
    "she should not have said that",
    "she regretted saying that",
])
def test_an_admission_of_having_been_wrong_withdraws_the_earlier_account(admission):
    """'Two days later she said she had been wrong "to say so"': she withdraws the account she gave
    before, which the rules then mark retracted."""
    text = EARLIER + f"Two days later she said {admission}.\n"
    claims = ruled_claims(text)
    earlier = next(c for c in claims if c["text"] == "the logs had been lost in a fire" and c["stance"] == "asserts")
    withdrawal = [c for c in claims if c["stance"] == "retracts"]
    assert [(c["speaker_name"], c["text"]) for c in withdrawal] == [("Ilse Brandt", "the logs had been lost in a fire")]
    assert earlier["status"] == "retracted"


def test_saying_someone_else_was_wrong_to_say_it_withdraws_nothing():
    """'the board said she had been wrong to say so': a view of another's error."""
    text = EARLIER + "Two days later the Holmvik board said she had been wrong to say so.\n"
    assert not [c for c in ruled_claims(text) if c["stance"] == "retracts"]


CLAIMED = "Drivers' unions said on Monday that the labour office had sat on complaints about the logs.\n\n"


@pytest.mark.parametrize("groups", ["drivers' unions", "hauliers' associations"])
def test_rejecting_claims_by_a_plural_possessive_group_denies_the_clause(groups):
    """"rejected claims by drivers' unions that C": the official denies C, and C is the groups'
    claim, not the official's assertion."""
    sentence = f"Deputy director Ivo Marsh rejected claims by {groups} that the office had sat on complaints."
    got = _claims_after(CLAIMED, sentence)
    rows = sorted((c["text"], c["speaker_name"] == "Ivo Marsh", c["stance"]) for c in got)
    assert rows == [("the office had sat on complaints", False, "asserts"),
                    ("the office had sat on complaints", True, "denies")], rows
