"""Denials, rejections and declines on news prose (issue 12 item 3), each on invented text: 'rejected
the allegation', a denial naming what the report said ('claims of a cartel at the depot') answering only a
claim that names it, a side's own account never the report its spokesman rejects."""

from __future__ import annotations

import pytest
from test_status_shapes import ruled_claims

CARTEL = "staff at the Brisk depot had run a price cartel since 2021"
INVOICES = "40 invoices had been altered"
DEPOT = (f"Two drivers, who asked not to be named, said {CARTEL}.\n\n"
         f"Auditors from Pellham & Co said {INVOICES}.\n\n")


@pytest.mark.parametrize("answer", [
    "Depot manager Hanne Lutz rejected the allegation.",
    "Depot manager Hanne Lutz rejected the allegations and said the audit was routine.",
    "Depot manager Hanne Lutz flatly denied the allegation.",
])
def test_rejecting_the_allegation_denies_the_report_before_it(answer):
    """'X rejected the allegation': a denial of the report just before it (the auditors' figure here),
    which is disputed naming X; the words 'the allegation' are never the denial's proposition."""
    got = ruled_claims(DEPOT + answer + "\n")
    denial = next(c for c in got if c["speaker_name"] == "Hanne Lutz")
    assert (denial["stance"], denial["text"]) == ("denies", INVOICES)
    report = next(c for c in got if c["text"] == INVOICES and c["stance"] == "asserts")
    assert report["status"] == "disputed" and report["reason"].startswith("denied by Hanne Lutz")


@pytest.mark.parametrize("answer", [
    "Depot manager Hanne Lutz dismissed claims of a cartel at the depot as \"a smear\".",
    "Depot manager Hanne Lutz rejected the reports about a cartel.",
    "Depot manager Hanne Lutz denied the cartel allegations.",
])
def test_a_denial_naming_what_was_reported_answers_the_claim_that_says_it(answer):
    """'dismissed claims of a cartel': the claim that names a cartel is denied (disputed), not the
    nearer claim about invoices, which names nothing of it."""
    got = ruled_claims(DEPOT + answer + "\n")
    denial = next(c for c in got if c["speaker_name"] == "Hanne Lutz")
    assert (denial["stance"], denial["text"]) == ("denies", CARTEL)
    statuses = {c["text"]: c["status"] for c in got if c["stance"] == "asserts"}
    assert statuses[CARTEL] == "disputed" and statuses[INVOICES] != "disputed"


def test_a_denial_naming_nothing_reported_keeps_its_words():
    """'rejected the claims about the car park' after claims naming no car park: no claim is taken
    as the report; the denial keeps its own words and disputes nothing."""
    got = ruled_claims(DEPOT + "Depot manager Hanne Lutz rejected the claims about the car park.\n")
    denial = next(c for c in got if c["speaker_name"] == "Hanne Lutz")
    assert denial["stance"] == "denies" and "car park" in denial["text"]
    assert all(c["status"] != "disputed" for c in got if c["stance"] == "asserts")


def test_a_sides_own_account_is_not_the_allegation_its_minister_rejects():
    """'X rejected the allegation' where an earlier claim names X's portfolio but is told by X's own
    department's engineer: the nearest claim of another source (the unnamed official's) is the
    allegation, and the department's own account stays undisputed."""
    text = ("The Ports Department opened the lock gates at 9 pm, Ports Department engineer Ivo Sandqvist said.\n\n"
            "An official of the department, who did not wish to be named, said the order to close the gates "
            "was held up for a day.\n\n"
            "Ports Minister Lena Ostrova rejected the allegation.\n")
    got = ruled_claims(text)
    denial = next(c for c in got if c["speaker_name"] == "Lena Ostrova")
    assert (denial["stance"], denial["text"]) == ("denies", "the order to close the gates was held up for a day")
    own = next(c for c in got if c["speaker_name"].endswith("Ivo Sandqvist"))
    assert own["status"] != "disputed"


ROOF = "The roof beams of the Lindqvist Arena were cracked in 2023, the Morrow Courier reported on Monday.\n\n"
CRACKED = "The roof beams of the Lindqvist Arena were cracked in 2023"


@pytest.mark.parametrize("answer", [
    "Arena chairman Piet Olsen firmly disagrees with the findings.",
    "Arena chairman Piet Olsen disputes those figures.",
    "Arena chairman Piet Olsen took issue with the report.",
    "Arena chairman Piet Olsen termed the report \"a fabrication\".",
])
def test_disagreeing_with_or_disputing_a_report_denies_it(answer):
    """'X firmly disagrees with the findings', 'X disputes those figures', 'termed the report "a
    fabrication"': a denial of the report before it, which is disputed naming X."""
    report, denial = ruled_claims(ROOF + answer + "\n")
    assert (denial["speaker_name"], denial["stance"], denial["text"]) == ("Piet Olsen", "denies", CRACKED)
    assert report["status"] == "disputed" and report["reason"].startswith("denied by Piet Olsen")


@pytest.mark.parametrize("answer", [
    "Piet Olsen disputed that the beams were cracked.",
    "Piet Olsen called the suggestion that the beams were cracked \"wholly untrue.\"",
    "Piet Olsen described claims that the beams were cracked as baseless.",
    "Piet Olsen said it's \"wholly untrue\" that the beams were cracked.",
    "Piet Olsen said it is completely false that the beams were cracked.",
])
def test_a_verdict_of_falsehood_on_a_clause_denies_the_clause(answer):
    """'disputed that C', 'called the suggestion that C "wholly untrue"', 'described claims that C
    as baseless', "said it's 'wholly untrue' that C": X denies C itself (its words the content)."""
    got = ruled_claims(ROOF + answer + "\n")
    denial = next(c for c in got if c["speaker_name"] == "Piet Olsen")
    assert (denial["stance"], denial["text"]) == ("denies", "the beams were cracked")


@pytest.mark.parametrize("answer, words", [
    ("Piet Olsen said the arena \"firmly disagrees with the claims\" about its upkeep.",
     "the arena \"firmly disagrees with the claims\" about its upkeep"),
    ("Piet Olsen said it rejected the claims.", "it rejected the claims"),
    ("\"We dispute the report,\" Piet Olsen said.", "We dispute the report"),
])
def test_a_sides_denial_reported_by_its_spokesman_denies(answer, words):
    """'X said the arena "firmly disagrees with" the claims', '"We dispute the report,"
    X said': the speaker's side denying, reported or in the first person, is a denial (its words
    kept where no report is named)."""
    got = ruled_claims(ROOF + answer + "\n")
    mine = [(c["stance"], c["text"]) for c in got if c["speaker_name"] == "Piet Olsen"]
    assert ("denies", words) in mine


def test_a_judge_dismissing_a_case_reported_is_no_denial():
    """'said the judge dismissed the case': a stance verb reported without a report as its object
    is an assertion of the speaker."""
    got = ruled_claims("Piet Olsen said the judge dismissed the case on Friday.\n")
    assert {c["stance"] for c in got} == {"asserts"}


@pytest.mark.parametrize("answer, words", [
    ("The ministry said it could not comment until the inquiry had reported.",
     "it could not comment until the inquiry had reported"),
    ("The ministry said the minister would neither confirm nor deny the plan.",
     "the minister would neither confirm nor deny the plan"),
])
def test_a_reported_refusal_to_comment_declines(answer, words):
    """'said it could not comment until C', 'said the minister would neither confirm nor deny the
    plan': the speaker declines, its words kept."""
    got = ruled_claims(answer + "\n")
    assert ("declines_to_confirm", words) in [(c["stance"], c["text"]) for c in got if c["speaker_name"] == "ministry"]


def test_a_reported_policy_of_no_comment_stays_an_assertion():
    """'said it did not comment on share price rumours': a standing policy reported, no refusal of C."""
    got = ruled_claims("The ministry said it did not comment on share price rumours.\n")
    assert [c["stance"] for c in got if c["speaker_name"] == "ministry"][0] == "asserts"


def test_neither_confirming_nor_denying_a_report_declines_to_confirm_it():
    """'would neither confirm nor deny the report': a non-confirmation of the report before it."""
    report, answer = ruled_claims(ROOF + "The arena would neither confirm nor deny the report.\n")
    assert (answer["speaker_name"], answer["stance"], answer["text"]) == ("Lindqvist Arena", "declines_to_confirm", CRACKED)
    assert report["status"] != "confirmed"


def test_calling_a_video_fake_answers_the_video_claim():
    """'termed the clip "a fake"': the claim the clip makes (its speaker words name it) is denied,
    not the nearer claim of engineers, which names no clip."""
    got = ruled_claims("A clip shared on X claims the Tarn dam burst on Monday.\n\nEngineers said the dam held.\n\n"
                       "Tarn police termed the clip \"a fake\" on Tuesday.\n")
    denial = next(c for c in got if c["stance"] == "denies")
    assert (denial["speaker_name"], denial["text"]) == ("Tarn police", "the Tarn dam burst on Monday")
    assert next(c for c in got if c["text"] == "the dam held")["status"] != "disputed"


def test_disagreeing_with_a_person_denies_nothing():
    """'X disagrees with her former deputy' (and reported so): a disagreement with a person, no
    report denied."""
    got = ruled_claims("Mayor Ada Brinck disagrees with her former deputy.\n\n"
                       "Piet Olsen said the mayor disagrees with her former deputy.\n")
    assert {c["stance"] for c in got} == {"asserts"}
