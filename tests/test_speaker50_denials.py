"""'A said C, and the company has also denied the claim': the denial after C, its verb after an auxiliary and an
adverb, ends C (issue 13); the party denies C, and A's C holds no word of the denial. The same for another report
after an auxiliary ('and the council had earlier insisted that D'). Every sentence is written for this test:
invented people, bodies and outlets."""

from __future__ import annotations

import pytest
from test_extract import claims_of

GULL = {"outlet": "The Morrow Gull"}


def attributed(text: str) -> list[tuple[str | None, str, str]]:
    return [(c["speaker_name"], c["text"], c["stance"]) for c in claims_of(text, **GULL) if c["form"] != "unattributed"]


DENIALS = {  # text: (asserting speaker, content, denying speaker)
    "Fishermen at the quay said the dredger had dumped silt in the bay, and the company has also denied the claim.":
        ("Fishermen at the quay", "the dredger had dumped silt in the bay", "company"),
    "Ana Lind said the permits were forged, and the ministry has denied the allegation.":
        ("Ana Lind", "the permits were forged", "ministry"),
    "The union said the pay offer was an insult, but the council has since rejected the charge.":
        ("union", "the pay offer was an insult", "council"),
}


@pytest.mark.parametrize("text", sorted(DENIALS))
def test_a_denial_after_an_auxiliary_ends_the_report_it_denies(text):
    who, content, denier = DENIALS[text]
    assert attributed(text) == [(who, content, "asserts"), (denier, content, "denies")]


def test_another_report_after_an_auxiliary_ends_the_first():
    text = "Residents said the water was brown, and the council had earlier insisted that it was safe."
    assert attributed(text) == [("residents", "the water was brown", "asserts"), ("council", "it was safe", "asserts")]


def test_a_clause_with_no_cue_after_the_auxiliary_stays_in_the_report():
    text = "Ana Lind said the permits were forged, and the ministry has been fined twice since 2020."
    assert attributed(text) == [("Ana Lind", "the permits were forged, and the ministry has been fined twice since 2020",
                                 "asserts")]
