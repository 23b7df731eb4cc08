"""Shapes a review of this session's commits found wrong, each in a sentence of its own writing: a body that
reported before 'The newspaper also reported' is no newspaper; a body 'which first reported' an outbreak is no
medium; a football club is no members' group; a figure reported to a body is a statement; a regret asked of
someone is no client's apology."""

from __future__ import annotations

import pytest
from test_status_shapes import ruled_claims

from provenance.extract import extract_claimset
from provenance.rules import _conveys_regret, _of_members


def test_a_body_before_the_newspaper_stays_a_body():
    text = ("The Health Ministry reported on Tuesday that 40 people had been infected. The newspaper also reported "
            "that two clinics had closed.")
    cs = extract_claimset(text, slug="t", outlet="Harbor Ledger", published="2026-11-20")
    kinds = {s["name"]: s["kind"] for s in cs["speakers"]}
    assert kinds["Health Ministry"] == "institution"


def test_a_body_which_first_reported_is_no_medium():
    text = """Outbreak spreads

The Velm Health Department, which first reported the outbreak in January, said 40 people were now infected.
"""
    statuses = {c["status"] for c in ruled_claims(text) if c["speaker_name"] == "Velm Health Department"}
    assert statuses == {"confirmed"}


@pytest.mark.parametrize("name, members", [
    ("Woking Football Club", False), ("Reading Football Club", False), ("Premier League club", False),
    ("the Velmora angling club", True), ("Harbour Rowing Club", True),
])
def test_sports_clubs_are_no_members_groups(name, members):
    assert _of_members(name) is members


def test_a_figure_reported_to_a_body_is_a_statement():
    cs = extract_claimset("Health authorities reported 12 new cases to the WHO on Monday.", slug="t",
                          outlet="Harbor Ledger", published="2026-11-20")
    assert [c["cue"] for c in cs["claims"]] == ["reported"]


@pytest.mark.parametrize("text, conveyed", [
    ("the clinic must apologise to the patients", False), ("he had refused to apologise", False),
    ("her client deeply regrets the error", True),
])
def test_a_regret_asked_of_someone_is_no_apology(text, conveyed):
    assert _conveys_regret(text) is conveyed
