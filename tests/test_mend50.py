"""Two mends of the figure reader from a review of 401df8f (issue 12): a scale written onto digits
('2.5m', '4bn') multiplies them when money is near or a counted plural follows, and stays a unit
('the 100m sprint') elsewhere; a gap word makes a figure a gap only when the figure's link follows
the gap word's own phrase, no clause between. Invented sentences and stories of this file's own writing."""

from __future__ import annotations

import json

import pytest

from provenance.matching import conflict, figures_differ, figures_of, measures_of, prepare


@pytest.mark.parametrize(("text", "read"), [
    ("The flood displaced 2.5m people", ("2500000",)),
    ("The app now has 4bn users", ("4000000000",)),
    ("Some 4bn people live within reach of the coast", ("4000000000",)),
    ("The outage cut power to 1.2m households", ("1200000",)),
    ("The field pumped 3.5m barrels last month", ("3500000",)),
    ("The cyclone displaced 2.5m coastal villagers", ("2500000",)),
    ("The census counted 1.4m children", ("1400000",)),
    ("The route carried 20k passengers", ("20000",)),
])
def test_a_scale_written_onto_digits_multiplies_before_a_counted_plural(text, read):
    assert figures_of(text) == read


@pytest.mark.parametrize(("text", "read"), [
    ("She won the 100m sprint in Kelby", ("100",)),
    ("He ran the 5,000m in under 14 minutes", ("5000", "14")),
    ("The crew laid 5,000m of cable under the bay", ("5000",)),
    ("The town will build a 400m-long bridge", ("400",)),
    ("The town will build two 400m-long bridges", ("2", "400")),
    ("The reservoir level dropped 1.8m over the summer", ("1.8",)),
    ("A 10k race closed the harbour road", ("10",)),
])
def test_a_scale_written_onto_digits_stays_a_unit_in_a_unit_context(text, read):
    assert figures_of(text) == read


@pytest.mark.parametrize(("a", "b"), [
    ("the flood displaced 2.5m people", "2.5 million people were displaced"),
    ("the app now has 4bn users", "the app now has 4 billion users"),
])
def test_one_count_written_with_a_fused_and_a_spelled_scale_agrees(a, b):
    assert conflict(prepare(a), prepare(b)) is None and not figures_differ(a, b)


def test_a_fused_count_against_another_count_still_conflicts():
    a, b = "the flood displaced 2.5m people", "the flood displaced 1.5 million people"
    assert conflict(prepare(a), prepare(b)) == "number" and figures_differ(a, b)


def _story(outlet: str, body: str) -> str:
    return f"---\ntitle: {outlet} story\noutlet: {outlet}\npublished: 2026-05-04\nlanguage: en\n---\n{body}"


def test_a_fused_count_and_a_spelled_count_from_two_outlets_corroborate(run, tmp_path):
    stories = {
        "delta-a": _story("Coast Courier", "Flood in the delta\n\nAna Lind said the flood displaced 2.5m people.\n"),
        "delta-b": _story("Hill Post", "Delta flood\n\nTomas Berg said 2.5 million people were displaced.\n"),
    }
    for name, text in stories.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    assert run("ingest", *(str(tmp_path / f"{name}.txt") for name in stories), "--silent").exit_code == 0
    claims = json.loads(run("claims", "--format", "json").stdout)
    assert len(claims) == 2 and {c["status"] for c in claims} == {"corroborated"}


@pytest.mark.parametrize("text", [
    "Despite the shortfall the ward now treats a total of 400 patients",
    "Despite a shortfall in funding the ward treats a total of 400 patients",
    "After the gap in the timetable, drivers ran a total of 60 buses",
])
def test_a_link_after_a_clause_of_its_own_leaves_a_count_a_count(text):
    assert "difference" not in measures_of(text)


def test_the_reviewed_sentence_counts_its_patients():
    assert measures_of("Despite the shortfall the ward now treats a total of 400 patients") == {"patient"}


@pytest.mark.parametrize("text", [
    "The shortfall of nurses at the ward comes to a total of 30",
    "The gap between the ledger and the depot's tally stood at 900 crates",
    "The difference between the books and the stocks is 140 sacks",
    "The shortfall, which auditors put at 2 million, was never explained",
    "A shortfall of 40 nurses",
    "The gap this year is 400 beds",
])
def test_a_link_right_after_the_gap_words_phrase_makes_a_gap(text):
    assert "difference" in measures_of(text)
