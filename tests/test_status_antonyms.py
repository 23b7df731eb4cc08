"""A negated word and its antonym say one thing (issue 12): 'no passengers were injured' is what 'the
passengers were unharmed' says, though the matcher sees a negation on one side only; a plain negation of
the same predicate still disagrees. Invented articles of this file's own writing."""

from __future__ import annotations

import pytest
from test_status_shapes import _by_text, ingested

from provenance.corroboration import negated_antonym

AGREE = {
    "courier-ferry": ("The Vell Courier", "2026-09-02",
                      "The ferry line's safety officer, Ida Rusk, said no passengers were injured when the ferry "
                      "struck the pier."),
    "gazette-ferry": ("The Vell Gazette", "2026-09-03",
                      "The harbour master, Per Holm, said the passengers were unharmed when the ferry struck the "
                      "pier."),
}

DISAGREE = {
    "courier-ferry": AGREE["courier-ferry"],
    "gazette-ferry": ("The Vell Gazette", "2026-09-03",
                      "The harbour master, Sara Lind, said passengers were injured when the ferry struck the pier."),
}


@pytest.mark.parametrize(("negating", "stating", "pair"), [
    ("no climbers were hurt", "the climbers were unharmed", ("hurt", "unharmed")),
    ("no passengers were injured", "the passengers were unharmed", ("injured", "unharmed")),
    ("the archive was not damaged", "the archive is intact", ("damaged", "intact")),
    ("the lift did not fail its test", "the lift passed its test", ("fail", "passed")),
])
def test_a_negated_word_and_its_antonym_agree(negating, stating, pair):
    assert negated_antonym(negating, stating) == pair
    assert negated_antonym(stating, negating) == pair


@pytest.mark.parametrize(("one", "other"), [
    ("no passengers were injured", "passengers were injured"),  # the same word: a plain disagreement
    ("the dam was not damaged", "the dam was damaged, though its spillway is intact"),  # it states the word
    ("the archive was not damaged", "the archive is not intact"),  # both negate
    ("the archive was damaged", "the archive is intact"),  # no negation: no agreement read here
])
def test_no_agreement_without_one_negated_word_against_its_antonym(one, other):
    assert negated_antonym(one, other) is None


def test_no_injury_and_unharmed_passengers_are_no_dispute(run, tmp_path):
    claims = ingested(run, tmp_path, AGREE)
    mine = _by_text(claims, "were injured") + _by_text(claims, "were unharmed")
    assert len(mine) == 2 and all(c["status"] != "disputed" for c in mine), claims


def test_an_injury_against_no_injury_is_still_disputed(run, tmp_path):
    claims = ingested(run, tmp_path, DISAGREE)
    mine = _by_text(claims, "were injured")
    assert len(mine) == 2 and {c["status"] for c in mine} == {"disputed"}, claims
