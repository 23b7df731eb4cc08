"""Two figures for one thing (issue 12): which pairs of figures conflict and which count other
things or other times. Invented sentences of this file's own writing."""

from __future__ import annotations

import pytest

from provenance.corroboration import _figures_apart
from provenance.matching import figures_differ, number_keys, other_days, same_measure


@pytest.mark.parametrize(("a", "b"), [
    ("About 2,300 people marched through Port Edda", "Fewer than 1,400 people marched in Port Edda"),
    ("The mill owes its weavers Rs 4.5 crore in back pay", "The mill owes its weavers Rs 9 crore in back pay"),
    ("Six miners died on Tuesday at the Orvel pit", "Nine miners died on Tuesday at the Orvel pit"),
    ("Nine miners died at the Orvel pit", "Six miners died at the Orvel pit on Tuesday"),
])
def test_two_figures_of_one_count_conflict(a, b):
    assert figures_differ(a, b) and _figures_apart(a, b)
    assert not other_days(a, b)


@pytest.mark.parametrize(("a", "b"), [
    # a scale is no counted thing: 'crore' tells what a sum is no more than 'million' does
    ("The mill owes its weavers about Rs 4.5 crore in back pay and overtime",
     "unpaid wages, the mill owes Rs 90 crore to two lenders"),
    ("The mill owes its weavers about Rs 45 lakh in back pay and overtime",
     "unpaid wages, the mill owes Rs 900 lakh to two lenders"),
])
def test_sums_of_one_scale_owed_to_others_are_no_measure_of_one_thing(a, b):
    assert not same_measure(a, b)
    assert not any(unit in ("crore", "lakh") for unit, _ in number_keys(a) | number_keys(b))


@pytest.mark.parametrize(("a", "b"), [
    ("At least nine miners have died at the Orvel pit this week", "Six miners died at the Orvel pit on Tuesday"),
    ("Crews have cleared 140 blocked drains so far", "Crews cleared 31 blocked drains on Sunday"),
])
def test_a_running_total_and_the_count_of_one_day_are_two_counts(a, b):
    assert other_days(a, b) and other_days(b, a)
    assert not figures_differ(a, b)
