"""Attribution shapes of real news copy, each on sentences written for this test (invented people,
places and outlets): corrections, transcript labels with a role, outlets named inside the cue
phrase, verbs that look like cues and are not, and evidence verbs whose subject reports."""

from __future__ import annotations

import pytest
from test_extract import claims_of

LEDGER = {"outlet": "The Calder Ledger"}


def one_claim(text: str, **meta) -> dict:
    claims = [c for c in claims_of(text, **meta) if c["form"] != "unattributed"]
    assert len(claims) == 1, [(c["text"], c["speaker_name"]) for c in claims]
    return claims[0]


# a correction: the publisher withdraws what an earlier version said, whether or not the phrase
# says of what ('An earlier version said C'); never a speaker called 'earlier version'
@pytest.mark.parametrize("text", [
    "Correction: An earlier version of this story said the dam was built in 1972.",
    "An earlier version said the dam was built in 1972.",
    "This article has been updated. A previous version said the dam was built in 1972.",
])
def test_a_correction_is_the_publisher_retracting(text):
    claim = one_claim(text, **LEDGER)
    assert (claim["text"], claim["speaker_name"], claim["stance"]) == (
        "the dam was built in 1972", "The Calder Ledger", "retracts")


def test_a_correction_without_a_known_publisher_names_no_speaker():
    claim = one_claim("An earlier version said the dam was built in 1972.")
    assert (claim["speaker_name"], claim["stance"]) == (None, "retracts")


TRANSCRIPT = """MARA TELLEN, HOST: The river rose again overnight.

JONAH PRICE, BYLINE: The pumps failed at noon. Crews are still out.

UNIDENTIFIED PERSON #1: We lost everything.

UNIDENTIFIED PERSON #2: The town is gone.

TELLEN: Jonah, thank you."""


def test_transcript_labels_with_a_role_name_the_speaker():
    claims = claims_of(TRANSCRIPT)
    got = [(c["text"], c["speaker_name"], c["mention"], c["cue"]) for c in claims]
    assert got == [
        ("The river rose again overnight", "Mara Tellen", "MARA TELLEN", ":"),
        ("The pumps failed at noon", "Jonah Price", "JONAH PRICE", ":"),
        ("Crews are still out", "Jonah Price", None, None),
        ("We lost everything", claims[3]["speaker_name"], "UNIDENTIFIED PERSON #1", ":"),
        ("The town is gone", claims[4]["speaker_name"], "UNIDENTIFIED PERSON #2", ":"),
        ("Jonah, thank you", "Mara Tellen", "TELLEN", ":"),
    ]
    assert claims[3]["speaker"] != claims[4]["speaker"]  # two unnamed people, two speakers
    assert all(TRANSCRIPT[c["cue_start"]:c["cue_end"]] == ":" for c in claims if c["cue"])


# the outlet a statement was given to, named inside the cue phrase
@pytest.mark.parametrize("text, outlet", [
    ("The Wrexford council said in a statement to CNN that it would close the pool.", "CNN"),
    ("The Wrexford council said in a statement to Reuters on Friday that it would close the pool.", "Reuters"),
    ("“We will close the pool,” the Wrexford council said in a statement to CNN.", "CNN"),
    ('The Wrexford mayor told BBC Breakfast: "We will close the pool."', "BBC"),
    ("The Wrexford mayor told Fox News Sunday that the pool would close.", "Fox News"),
    ("The Wrexford mayor told the Herald on Tuesday that the pool would close.", "The Herald"),
])
def test_the_outlet_in_the_cue_phrase(text, outlet):
    assert one_claim(text)["outlet_name"] == outlet


@pytest.mark.parametrize("text", [
    "The Wrexford council said in a statement to the court that it would close the pool.",
    "The Wrexford council said in a statement to residents that it would close the pool.",
])
def test_a_statement_to_someone_else_names_no_outlet(text):
    assert one_claim(text)["outlet_name"] is None
