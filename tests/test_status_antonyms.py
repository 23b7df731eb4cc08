"""A negated word and its antonym say one thing (issue 12): 'no customer lost money' is what 'customer
money is safe' says, though the matcher sees a negation on one side only; a plain negation of the same
predicate still disagrees. Invented articles of this file's own writing."""

from __future__ import annotations

import pytest
from test_status_shapes import _by_text, ingested

from provenance.corroboration import negated_antonym

AGREE = {
    "courier-bank": ("The Vell Courier", "2026-09-02",
                     "The bank's chief technical officer, Ida Rusk, said no customer lost money in the outage."),
    "gazette-bank": ("The Vell Gazette", "2026-09-03",
                     "The bank's chief executive, Per Holm, said customer money is safe after the outage."),
}

DISAGREE = {
    "courier-bank": AGREE["courier-bank"],
    "gazette-bank": ("The Vell Gazette", "2026-09-03",
                     "The consumer council's director, Sara Lind, said customers lost money in the outage."),
}


@pytest.mark.parametrize(("negating", "stating", "pair"), [
    ("No customer lost money", "customer money is safe", ("lost", "safe")),
    ("no passengers were injured", "the passengers were unharmed", ("injured", "unharmed")),
    ("the archive was not damaged", "the archive is intact", ("damaged", "intact")),
    ("the lift did not fail its test", "the lift passed its test", ("fail", "passed")),
])
def test_a_negated_word_and_its_antonym_agree(negating, stating, pair):
    assert negated_antonym(negating, stating) == pair
    assert negated_antonym(stating, negating) == pair


@pytest.mark.parametrize(("one", "other"), [
    ("No customer lost money", "customers lost money"),  # the same word: a plain disagreement
    ("the archive was not damaged", "the archive is not intact"),  # both negate
    ("the archive was damaged", "the archive is intact"),  # no negation: no agreement read here
])
def test_no_agreement_without_one_negated_word_against_its_antonym(one, other):
    assert negated_antonym(one, other) is None


def test_no_loss_and_safe_money_are_no_dispute(run, tmp_path):
    claims = ingested(run, tmp_path, AGREE)
    mine = _by_text(claims, "lost money") + _by_text(claims, "money is safe")
    assert len(mine) == 2 and all(c["status"] != "disputed" for c in mine), claims


def test_a_loss_against_no_loss_is_still_disputed(run, tmp_path):
    claims = ingested(run, tmp_path, DISAGREE)
    mine = _by_text(claims, "lost money")
    assert len(mine) == 2 and {c["status"] for c in mine} == {"disputed"}, claims
