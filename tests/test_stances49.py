"""Corrections, bare stances and withdrawal leads (issue 12), in shapes whose verb is no 'said': a
correction notice whose earlier version 'gave' a name, one opening with the edition or article it
corrects ('In our edition of Monday, we wrote that C'; 'In an article published on 3 May, the Courier
stated that C'), a denial of 'the accusations' with the call it was made in after it, a rejection of
'that version', a refusal 'to tell us' a figure, and a lead telling that a company has withdrawn 'the
explanation it gave last week'. The publisher's corrections are its own retractions (never a party's of
the sentence before); the denials and refusals are stances of their speakers, no assertions of theirs;
the withdrawal is the company's. Invented articles of this file's own writing."""

from __future__ import annotations

import pytest
from test_status_shapes import ingested

COURIER = "The Lindholm Courier"


def _of(claims: list[dict], stance: str) -> list[dict]:
    return [c for c in claims if c["stance"] == stance]


def _notice(body: str) -> dict:
    return {"courier-seals": (COURIER, "2026-05-06",
                              "Two grey seals died at the Lindholm aquarium last week, the city's veterinary office "
                              "said on Monday.\n\n"
                              "The keepers' union said on Tuesday that the seal pool had not been cleaned for a "
                              "month.\n\n" + body)}


@pytest.mark.parametrize("body, withdrawn", [
    ("Correction: An earlier version of this article gave the head keeper's first name as Mette. Her name is "
     "Mona.", "the head keeper's first name as Mette"),
    ("Correction: An earlier version of this article listed the aquarium's entry fee at 14 euros. It is 12 "
     "euros.", "the aquarium's entry fee at 14 euros"),
    ("Correction: In our edition of Monday, we wrote that nine seals had died since January. Seven seals "
     "died.", "nine seals had died since January"),
    ("Correction: In an article published on 3 May, the Lindholm Courier stated that the aquarium had been "
     "closed. It remains open.", "the aquarium had been closed"),
    ("Clarification: In Saturday's print edition we wrote that the pool belongs to the zoo trust. It belongs "
     "to the city.", "the pool belongs to the zoo trust"),
])
def test_a_correction_whose_verb_is_no_said_is_the_publishers_retraction(run, tmp_path, body, withdrawn):
    """The notice takes back what the earlier version printed: the publisher's retraction, not its
    assertion, and never the union's words (the party of the sentence before)."""
    claims = ingested(run, tmp_path, _notice(body))
    retractions = [c for c in _of(claims, "retracts") if withdrawn in c["text"]]
    assert [c["speaker"] for c in retractions] == [COURIER], claims
    assert not [c for c in _of(claims, "asserts") if withdrawn in c["text"]], claims
    union = [c for c in claims if "pool had not been cleaned" in c["text"]]
    assert [c["status"] for c in union] != ["retracted"], union


ACCUSED = {"courier-filters": (COURIER, "2026-05-08",
                               "Three keepers told the Courier that the pool's filters had been switched off for "
                               "weeks to save power.\n\n"
                               "The aquarium's director, Sofie Brandt, rejected the accusations in a phone call "
                               "with the Courier.\n")}


def test_a_denial_of_the_accusations_with_its_call_after_it_is_no_assertion(run, tmp_path):
    """'rejected the accusations in a phone call with the Courier': the director denies what the
    keepers said (disputed); 'the accusations in a phone call' is nothing she asserts."""
    claims = ingested(run, tmp_path, ACCUSED)
    assert not [c for c in claims if "accusations" in c["text"]], claims
    denial = _of(claims, "denies")
    assert [(c["speaker"], c["text"]) for c in denial] == [
        ("Sofie Brandt", "the pool's filters had been switched off for weeks to save power")], claims
    keepers = [c for c in _of(claims, "asserts") if "filters had been switched off" in c["text"]]
    assert [c["status"] for c in keepers] == ["disputed"], keepers


VERSION = {"courier-version": (COURIER, "2026-05-09",
                               "The keepers' union said the seals had been moved to the quarantine pool two days "
                               "too late.\n\n"
                               "The aquarium's director rejected that version.\n\n"
                               "The city council rejected the new version of the aquarium's budget on Monday, and "
                               "the new version of the feeding plan was rejected by the board.\n")}


def test_a_rejection_of_that_version_denies_the_account_before_it(run, tmp_path):
    """'rejected that version': a denial of the union's account, which it disputes; the sentence is
    no statement of the publisher's. A budget's or a plan's new version turned down is a vote, no
    denial."""
    claims = ingested(run, tmp_path, VERSION)
    denial = _of(claims, "denies")
    assert [c["text"] for c in denial] == ["the seals had been moved to the quarantine pool two days too late"], claims
    assert not [c for c in claims if "rejected that version" in c["text"]], claims
    union = [c for c in _of(claims, "asserts") if "quarantine pool" in c["text"]]
    assert [c["status"] for c in union] == ["disputed"], union


def test_a_refusal_to_tell_us_a_figure_declines_to_confirm(run, tmp_path):
    """'refused to tell us the number of pumps': the supplier's director declines, no assertion."""
    claims = ingested(run, tmp_path, {"courier-pumps": (
        COURIER, "2026-05-10",
        "The filter supplier says every pump it delivered worked.\n\n"
        "Its managing director, Arne Vik, refused to tell us the number of pumps replaced this year.\n")})
    refusal = [c for c in claims if "number of pumps" in c["text"]]
    assert [c["stance"] for c in refusal] == ["declines_to_confirm"], claims


LEAD = {"courier-explanation": (COURIER, "2026-05-12",
                                "Nordsjo Filtration AS has withdrawn the explanation it gave last week for the "
                                "pump failures at the Lindholm aquarium, after the city's engineers stated that the "
                                "pumps had never been serviced.\n\n"
                                "Two grey seals died at the aquarium this month.\n")}


def test_a_withdrawal_lead_is_the_companys_retraction(run, tmp_path):
    """The company takes back its own explanation: a retraction of the company's, not the
    publisher's assertion nor the company's assertion of 'the explanation'; the engineers' statement
    after it stays theirs."""
    claims = ingested(run, tmp_path, LEAD)
    lead = [c for c in claims if "explanation" in c["text"]]
    assert [(c["speaker"], c["stance"]) for c in lead] == [("Nordsjo Filtration AS", "retracts")], claims
    engineers = [c for c in claims if "never been serviced" in c["text"]]
    assert [c["stance"] for c in engineers] == ["asserts"] and "engineers" in (engineers[0]["speaker"] or ""), claims


def test_a_refusal_to_comment_with_what_its_party_said_instead_declines(run, tmp_path):
    """'declined to comment, saying that C': the refusal is read (a stance, no assertion of the
    publisher's), and C stays the lawyer's own statement."""
    claims = ingested(run, tmp_path, {"courier-lawyer": (
        COURIER, "2026-05-11",
        "The keepers' union said the seals had been given the wrong medicine.\n\n"
        "The aquarium's lawyer, Pia Holm, declined to comment, saying that her client had not seen the "
        "veterinary report.\n")})
    refusal = [c for c in claims if "declined to comment" in c["text"]]
    assert [c["stance"] for c in refusal] == ["declines_to_confirm"], claims
    said = [c for c in claims if "had not seen the veterinary report" in c["text"]]
    assert [(c["speaker"], c["stance"]) for c in said] == [("Pia Holm", "asserts")], claims


@pytest.mark.parametrize("claims_made", [
    "claims circulating on social media",
    "rumours made up by rival keepers",
    "reports published on Sunday",
])
def test_a_denial_of_claims_told_where_they_went_round_denies_their_clause(run, tmp_path, claims_made):
    """'dismissed claims circulating on social media that C': the director denies C; the words of
    where the claims went round are no part of it, and the sentence is no statement of the publisher's."""
    claims = ingested(run, tmp_path, {"courier-poison": (
        COURIER, "2026-05-11",
        f"The aquarium's director, Sofie Brandt, dismissed {claims_made} that the seals had been poisoned.\n")})
    assert [(c["speaker"], c["stance"], c["text"]) for c in claims] == [
        ("Sofie Brandt", "denies", "the seals had been poisoned")], claims


EDITIONS = {
    "courier-monday": (COURIER, "2026-05-04", "Nine seals had died at the Lindholm aquarium since January.\n"),
    "herald-monday": ("The Vika Herald", "2026-05-04", "Nine seals had died at the Lindholm aquarium since January.\n"),
    "courier-wednesday": (COURIER, "2026-05-06",
                          "The keepers' union said on Tuesday that the seal pool had not been cleaned for a month.\n\n"
                          "Correction: In our edition of Monday, we wrote that nine seals had died at the Lindholm "
                          "aquarium since January. Seven seals died.\n"),
}


@pytest.mark.parametrize("order", [("courier-monday", "herald-monday", "courier-wednesday"),
                                   ("courier-wednesday", "herald-monday", "courier-monday")])
def test_a_correction_of_an_earlier_edition_retracts_what_that_edition_said(run, tmp_path, order):
    """The Courier's Wednesday correction takes back its own Monday story's statement, in whatever
    order the two are read; another outlet's story saying the same is no statement of the Courier's."""
    claims = ingested(run, tmp_path, {slug: EDITIONS[slug] for slug in order})
    monday = {c["doc"]: c["status"] for c in claims if c["text"].startswith("Nine seals")}
    assert monday["courier-monday"] == "retracted" and monday["herald-monday"] != "retracted", claims
