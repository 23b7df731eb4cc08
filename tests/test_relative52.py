"""A statement made in a relative clause set off after its speaker ends where the main clause goes on, whatever
stands between the pronoun and the cue (a time: 'who last month told the Ledger that C, did not respond') and
whatever verb opens the main clause (an auxiliary that opens cues elsewhere: 'did not respond', 'could not be
reached')."""

from __future__ import annotations

import pytest

from provenance.extract import extract_claimset


def claims(text: str) -> list[tuple[str | None, str]]:
    cs = extract_claimset(text, slug="t", outlet="Harbor Ledger", published="2026-11-20", use_model=False)
    names = {s["id"]: s["name"] for s in cs["speakers"]}
    return [(names.get(c["speaker"]), c["text"]) for c in cs["claims"] if c["form"] != "unattributed"]


@pytest.mark.parametrize("text, speaker, content", [
    ("Councillor Rui Ames, who last month told the Ledger that the audit was flawed, did not respond to calls.",
     "Rui Ames", "the audit was flawed"),
    ("Managing director Piet Kamu, who last week told the Ledger that the project had been delayed by \"exchange "
     "problems\", could not be reached for comment on Sunday.", "Piet Kamu",
     "the project had been delayed by \"exchange problems\""),
    ("Councillor Rui Ames, who said the audit was flawed, did not respond to calls.", "Rui Ames", "the audit was flawed"),
    ("Councillor Rui Ames, who on Monday said the audit was flawed, has resigned.", "Rui Ames", "the audit was flawed"),
])
def test_relative_statement_ends_before_the_main_clause(text, speaker, content):
    assert claims(text) == [(speaker, content)]


def test_time_between_which_and_its_cue():
    text = "The Tarn Water Board, which earlier this month said the scheme was closed, reopened it on Friday."
    assert ("Tarn Water Board", "the scheme was closed") in claims(text)


def test_appositive_inside_the_content_is_no_main_clause():
    text = "Ana Lind, who said the mayor, a former banker, did not know about the loans, resigned on Friday."
    assert claims(text) == [("Ana Lind", "the mayor, a former banker, did not know about the loans")]
