"""Retractions, corrections and declines as stances (issue 12 item 3), each on invented text: a
speaker taking back in its own words what it said ('"I was wrong about the toll. I withdraw it," she
said'), which withdraws that speaker's earlier claim; a correction note saying an earlier version of
the article quoted someone ('An earlier version of this article quoted X as saying C'), which is the
publisher's withdrawal of that quotation; 'too early to say' and 'would not be drawn on C' as
declines; and 'rejected the charge' as a denial of the report before it."""

from __future__ import annotations

import json

import pytest
from test_status_shapes import ruled_claims

LEAK = "the Tarnby weir had leaked for months"
CLAIM = f"Weir keeper Oskar Lind said on Monday that {LEAK}.\n\n"


@pytest.mark.parametrize("said", [
    '"I was wrong about the leak. I withdraw it, and I apologise," Lind said on Tuesday.',
    '"I withdraw that claim," Lind said on Tuesday.',
    '"We retract this statement in full," Lind said on Tuesday.',
    '"I take that back," Lind said on Tuesday.',
    "On Tuesday Lind said he had been wrong about the leak.",
])
def test_a_speakers_own_withdrawal_retracts_what_it_said(said):
    """A speaker's withdrawal in its own words (quoted or reported) is a retraction, never an
    assertion of 'I withdraw it': it takes the content of the speaker's earlier claim, which the
    rules mark retracted naming the speaker."""
    got = ruled_claims(CLAIM + said + "\n")
    lind = [c for c in got if c["speaker_name"] == "Oskar Lind"]
    withdrawal = next(c for c in lind if c["stance"] == "retracts")
    assert withdrawal["text"] == LEAK
    claim = next(c for c in lind if c["stance"] == "asserts" and c["text"] == LEAK)
    assert claim["status"] == "retracted" and claim["reason"].startswith("withdrawn by Oskar Lind")


def test_a_withdrawal_of_what_the_speaker_was_wrong_about_takes_that_claim():
    """'I was wrong about the sluice' withdraws the claim about the sluice, not the speaker's
    nearest claim."""
    text = CLAIM + "Lind also said the sluice gates had been shut since May.\n\n" \
        + "\"I was wrong about the leak,\" Lind said on Tuesday.\n"
    got = {c["text"]: c for c in ruled_claims(text) if c["stance"] == "asserts"}
    assert got[LEAK]["status"] == "retracted"
    assert got["the sluice gates had been shut since May"]["status"] == "confirmed"


@pytest.mark.parametrize("said", [
    '"I was wrong about him," Lind said of the mayor.',
    '"We withdraw from the talks," Lind said.',
])
def test_no_withdrawal_of_a_statement_is_no_retraction(said):
    """An admission about a person, or a withdrawal from talks, takes back no statement."""
    got = ruled_claims(CLAIM + said + "\n")
    assert all(c["stance"] == "asserts" for c in got)
    assert all(c["status"] != "retracted" for c in got)


def test_another_speakers_withdrawal_retracts_nothing_of_the_first():
    """A withdrawal reaches only what its own speaker said: the weir keeper's claim stands when a
    councillor says she was wrong."""
    got = ruled_claims(CLAIM + '"I was wrong about the leak," councillor Ines Berg said.\n')
    claim = next(c for c in got if c["speaker_name"] == "Oskar Lind")
    assert claim["status"] == "confirmed"
    assert next(c for c in got if c["speaker_name"] == "Ines Berg")["stance"] == "retracts"


QUOTED = 'An earlier version of this article quoted board chair Ulla Varn as saying the weir "will never reopen".'


@pytest.mark.parametrize("note", [
    f"Correction: {QUOTED} Ms Varn did not say this.",
    f"Editor's note: {QUOTED}",
    QUOTED.replace("An earlier version", "A previous version").replace("article", "story"),
])
def test_an_earlier_version_that_quoted_someone_is_the_publishers_withdrawal(note):
    """'An earlier version of this article quoted X as saying C': the quotation is X's, carried by
    the publisher (never by an outlet called 'An earlier version of this article'), and withdrawn by
    the publisher: a claim of the publisher with stance retracts and the same words, and X's claim
    retracted with a reason naming the publisher."""
    text = "Board chair Ulla Varn said the weir would reopen in May.\n\n" + note + "\n"
    got = ruled_claims(text, outlet="Harbour Gazette")
    quote = next(c for c in got if "never reopen" in c["text"] and c["stance"] == "asserts")
    assert quote["speaker_name"] == "Ulla Varn" and quote["status"] == "retracted"
    assert quote["reason"].startswith("withdrawn by Harbour Gazette")
    withdrawal = next(c for c in got if c["stance"] == "retracts")
    assert (withdrawal["speaker_name"], withdrawal["text"]) == ("Harbour Gazette", quote["text"])
    assert quote["outlet"] == withdrawal["outlet"]
    # what the article says now stands
    assert next(c for c in got if c["text"] == "the weir would reopen in May")["status"] == "confirmed"


def test_a_quotation_by_another_outlet_is_no_withdrawal():
    """'The Morrow Courier quoted X as saying C': another outlet's quotation, no correction."""
    got = ruled_claims('The Morrow Courier quoted board chair Ulla Varn as saying the weir "will never reopen".\n')
    assert all(c["stance"] == "asserts" and c["status"] != "retracted" for c in got)


def test_the_withdrawal_of_a_quotation_survives_storing_and_recompute(run, tmp_path):
    """Stored and recomputed, the publisher's correction still withdraws the quotation it names."""
    path = tmp_path / "weir.txt"
    path.write_text("---\ntitle: Weir\noutlet: Harbour Gazette\npublished: 2026-11-02\n---\nWeir\n\n"
                    "Board chair Ulla Varn said the weir would reopen in May.\n\nCorrection: " + QUOTED + "\n",
                    encoding="utf-8")
    assert run("ingest", str(path), "--silent").exit_code == 0
    assert run("recompute").exit_code == 0
    claims = json.loads(run("claims", "--format", "json").stdout)
    quote = next(c for c in claims if "never reopen" in c["text"] and c["stance"] == "asserts")
    assert quote["status"] == "retracted" and "Harbour Gazette" in quote["reason"]


@pytest.mark.parametrize("sentence", [
    'Asked whether the flood was caused by the weir, Minister Ilse Brandt said it was "too early to say".',
    "Minister Ilse Brandt said it was still too soon to tell what caused the flood.",
    '"It is far too early to draw conclusions," Minister Ilse Brandt said.',
    "Minister Ilse Brandt would not be drawn on whether the weir would close.",
    "Minister Ilse Brandt declined to speculate on the cause of the flood.",
])
def test_too_early_to_say_and_not_drawn_decline_to_confirm(sentence):
    """'too early to say', 'would not be drawn on C', 'declined to speculate on C': the speaker
    declines to confirm (never asserts 'it was too early to say'); on the record, the refusal in
    its own words keeps its source's status."""
    got = ruled_claims(sentence + "\n")
    claim = next(c for c in got if c["speaker_name"] == "Ilse Brandt")
    assert claim["stance"] == "declines_to_confirm"


def test_too_early_to_congratulate_is_no_decline():
    """'too early to congratulate the winners' declines to confirm nothing."""
    got = ruled_claims("Minister Ilse Brandt said it was too early to congratulate the winners.\n")
    assert next(c for c in got if c["speaker_name"] == "Ilse Brandt")["stance"] == "asserts"


@pytest.mark.parametrize("verb", ["rejected", "denied", "dismissed"])
@pytest.mark.parametrize("noun", ["charge", "charges"])
def test_rejecting_the_charge_denies_the_report_before_it(verb, noun):
    """'X rejected the charge': X denies the report before it (disputed naming X), never asserts
    'the charge'."""
    got = ruled_claims(f"Two inspectors said {LEAK}.\n\nWeir keeper Oskar Lind {verb} the {noun}.\n")
    denial = next(c for c in got if c["speaker_name"] == "Oskar Lind")
    assert (denial["stance"], denial["text"]) == ("denies", LEAK)
    report = next(c for c in got if c["speaker_name"] != "Oskar Lind")
    assert report["status"] == "disputed" and report["reason"].startswith("denied by Oskar Lind")


WEIR_NOW = "The Tarnby weir was closed on Monday after heavy rain, the water board said.\n\n"


@pytest.mark.parametrize("note", [
    "Correction: An earlier version of this article misstated that the weir had been closed since May.",
    "An earlier version of this story misreported that the weir had been closed since May.",
    "An earlier version of this story said incorrectly that the weir had been closed since May.",
    "Clarification: A previous version of this article stated wrongly that the weir had been closed since May.",
])
def test_a_correction_that_misstated_c_withdraws_c(note):
    """'An earlier version ... misstated that C', '... said incorrectly that C': the publisher withdraws
    C (stance retracts, the adverb no part of C); what the article says now stands."""
    got = ruled_claims(WEIR_NOW + note + "\n", outlet="Harbour Gazette")
    withdrawal = next(c for c in got if c["stance"] == "retracts")
    assert (withdrawal["speaker_name"], withdrawal["text"]) == ("Harbour Gazette", "the weir had been closed since May")
    assert withdrawal["status"] == "retracted"
    assert next(c for c in got if c["stance"] == "asserts")["status"] == "confirmed"


def test_an_adverb_after_the_cue_is_no_part_of_the_content():
    """'The mayor said wrongly that C': C, not 'wrongly that C'."""
    got = ruled_claims("The mayor said wrongly that the weir was safe.\n")
    assert [c["text"] for c in got] == ["the weir was safe"]


@pytest.mark.parametrize("sentence", [
    'A spokesman for the Tarnby Water Board told the Gazette that the board "has nothing to say to the media at this time."',
    "A spokesman for the Tarnby Water Board said the board had nothing further to add about the leak.",
])
def test_a_reported_nothing_to_say_declines_to_confirm(sentence):
    """'said the board "has nothing to say"' reported (the quotation may open at the refusal): a
    refusal, stance declines_to_confirm, keeping its source's status with 'declines to comment'."""
    claim, = ruled_claims(sentence + "\n")
    assert claim["stance"] == "declines_to_confirm"
    assert claim["reason"].endswith("declines to comment")
