"""A fact check's boxes and the post it checks (issues 12 and 13), on texts written for this test
(invented bodies, platforms' users and outlets): 'Claim: C' is C in its claimant's words, not the
fact checker's; 'Verdict: False' and 'The claim that C is false' are the fact checker's own denial of
C, which disputes the claims stating C; 'A message shared widely on Facebook claims that C' is the
message's claim, not the platform's."""

from __future__ import annotations

import pytest
from test_extract import claims_of
from test_status_shapes import ruled_claims

CHECK = """FACT CHECK: Did the port authority ban fishing boats? No

By Ana Reyes

Claim: The Harbour Port Authority has banned all fishing boats from the north quay.

{verdict}

A message shared widely on Facebook and Telegram since Monday claims that the Harbour Port Authority has banned all fishing boats from the north quay.

Coast Check searched the authority's website and found no such notice.
"""


@pytest.mark.parametrize("verdict, cue", [("Verdict: False.", "False"), ("Rating: Mostly false", "Mostly false"),
                                          ("Our verdict: FALSE", "FALSE")])
def test_a_verdict_box_denies_the_claim_box_and_the_post_is_disputed(verdict, cue):
    got = ruled_claims(CHECK.format(verdict=verdict), outlet="Coast Check")
    box = "The Harbour Port Authority has banned all fishing boats from the north quay"
    claim, denial = [c for c in got if c["text"] == box]
    assert (claim["speaker_name"], claim["stance"], claim["outlet"]) == ("message", "asserts", None)
    assert (denial["speaker_name"], denial["stance"], denial["cue"]) == ("Coast Check", "denies", cue)
    post, = [c for c in got if c["cue"] == "claims"]
    assert (post["speaker_name"], post["text"]) == ("message", "the Harbour Port Authority has banned all fishing "
                                                                "boats from the north quay")
    assert claim["status"] == post["status"] == "disputed"


def test_a_rating_that_is_no_falsehood_denies_nothing():
    got = ruled_claims(CHECK.format(verdict="Verdict: Mostly true."), outlet="Coast Check")
    assert all(c["stance"] == "asserts" for c in got)


def test_claimed_by_names_the_claimant_and_is_no_claim():
    text = ("Fact check\n\nClaim: The ferry service will end in June.\n\nClaimed by: Social media users\n\n"
            "Verdict: False\n\nThe operator said the service would run until 2030.\n")
    got = claims_of(text, outlet="Coast Check")
    assert sorted((c["text"], c["speaker_name"], c["stance"]) for c in got if "June" in c["text"]) == [
        ("The ferry service will end in June", "Coast Check", "denies"),
        ("The ferry service will end in June", "Social media users", "asserts")]
    assert not any("Claimed by" in c["text"] for c in got)


def test_the_publishers_sentence_calling_a_claim_false_denies_it():
    text = ("Ferry rumours\n\nA video circulating on TikTok claims that the ferry service will end in June.\n\n"
            "The claim that the ferry service will end in June is false. The operator has a contract to 2030.\n")
    got = ruled_claims(text, outlet="Coast Check")
    video, denial = got[0], got[1]
    assert (video["speaker_name"], video["text"]) == ("video", "the ferry service will end in June")
    assert (denial["speaker_name"], denial["stance"], denial["text"]) == (
        "Coast Check", "denies", "the ferry service will end in June")
    assert video["status"] == "disputed"
    assert got[2]["text"] == "The operator has a contract to 2030" and got[2]["stance"] == "asserts"


@pytest.mark.parametrize("sentence, speaker", [
    ("A message shared on Facebook claims that the mayor resigned.", "message"),
    ("A message posted on Facebook since Monday claims that the mayor resigned.", "message"),
    ("Posts circulating on WhatsApp claim the mayor resigned.", "posts"),
    ("Whatever the video shows, the mayor resigned.", "Coast Check"),
])
def test_a_post_spreading_online_is_the_source_not_its_platform(sentence, speaker):
    got = claims_of(sentence, outlet="Coast Check")
    assert got[-1]["speaker_name"] == speaker
