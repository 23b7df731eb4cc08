"""Figures and story names, mended (issue 12): one story written two ways is one story, two stories
neither agree nor disagree; a gap word makes only its own figure a gap; a year is four bare digits;
one figure reader. Invented sentences and stories of this file's own writing."""

from __future__ import annotations

import gc
import json
import time

import pytest

from provenance.corroboration import ClaimRecord, other_measures, other_stories, story_words
from provenance.matching import conflict, figures_differ, figures_of, measures_of, other_days, prepare
from provenance.rules import _gives_the_right_account


def _claims(run, tmp_path, stories: dict[str, str]) -> list[dict]:
    for name, text in stories.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    assert run("ingest", *(str(tmp_path / f"{name}.txt") for name in stories), "--silent").exit_code == 0
    return json.loads(run("claims", "--format", "json").stdout)


def _story(outlet: str, body: str) -> str:
    return f"---\ntitle: {outlet} story\noutlet: {outlet}\npublished: 2026-05-04\nlanguage: en\n---\n{body}"


# one avalanche, written two ways: the valley with and without its kind capitalised, the guide
# with and without his title, the slide's name with and without its kind
_AVALANCHE = {
    "ridge-a": _story("Alp Courier", "Slide at Vornbach\n\nThe Grauhorn Avalanche buried 7 skiers near Vornbach valley "
                      "on Friday, the mountain rescue chief said.\n\nChief Guide Otto Prell led the search, the chief said.\n"),
    "ridge-b": _story("Tal Post", "Skiers buried\n\nThe Grauhorn slide buried 15 skiers near Vornbach Valley on Friday, "
                      "local volunteers said.\n\nOtto Prell led the search, the volunteers said.\n"),
}


def test_one_story_written_two_ways_still_disputes_its_figure(run, tmp_path):
    claims = _claims(run, tmp_path, _AVALANCHE)
    disputed = {c["text"] for c in claims if c["status"] == "disputed"}
    assert any("7 skiers" in t for t in disputed) and any("15 skiers" in t for t in disputed)


# two stories of one frame: two storms in two provinces, the same sentence of each
_STORMS = {
    "storm-a": _story("Coast Courier", "Storm hits coast\n\nStorm Hilde killed 12 people in Brackmoor province on "
                      "Sunday, the regional governor said.\n\nPower was cut to thousands of homes, the governor said.\n"),
    "storm-b": _story("Hill Post", "Deadly storm\n\nStorm Oswin killed 20 people in Kessel Province on Sunday, rescue "
                      "officials said.\n\nPower was cut to thousands of homes, officials said.\n"),
}


def test_two_stories_do_not_dispute_each_others_figures(run, tmp_path):
    claims = _claims(run, tmp_path, _STORMS)
    assert not [c for c in claims if c["status"] == "disputed"]


@pytest.mark.parametrize(("one", "other", "apart"), [
    ("Storm Hilde flooded Brackmoor province.", "Hilde flooded Brackmoor Province, officials said.", False),
    ("Transport Minister Ilse Varnow opened the Corrow Bridge.", "Ilse Varnow opened the bridge.", False),
    ("The Tessing River flooded Arvale.", "The Wenlow River flooded Corrimead.", True),
    ("Mayor Ana Brogan spoke in Arvale.", "Mayor Per Castell spoke in Brenholt.", True),
])
def test_names_are_compared_word_by_word_without_their_titles_and_kinds(one, other, apart):
    a = ClaimRecord(key=1, doc="a", text="9 roads are closed", story=story_words(f"Floods\n\n{one}"))
    b = ClaimRecord(key=2, doc="b", text="26 roads are closed", story=story_words(f"Floods\n\n{other}"))
    assert other_stories(a, b) is apart


@pytest.mark.parametrize(("a", "b"), [
    ("Despite a staffing shortfall, the ferry carried 400 passengers", "The ferry carried 250 passengers"),
    ("After the gap in the timetable the depot sent out 60 buses", "The depot sent out 45 buses"),
])
def test_a_gap_word_earlier_in_the_claim_leaves_a_count_a_count(a, b):
    assert "difference" not in measures_of(a) and not other_measures(a, b) and figures_differ(a, b)


@pytest.mark.parametrize("text", [
    "The shortfall of nurses at the ward is 30",
    "The gap between the ledger and the depot's tally was at least 900 crates",
    "A shortfall of 2 million in the budget meant the ward treated 400 patients",
])
def test_the_figure_a_gap_word_heads_is_that_gap(text):
    assert "difference" in measures_of(text)


def test_a_gap_word_heads_only_its_own_figure():
    assert measures_of("A shortfall of 2 million in the budget meant the ward treated 400 patients") == {
        "difference", "patient"}


def test_measures_grow_linearly_with_the_text():
    def took(n: int) -> float:
        text = "the gap was 3 crates and " + "the depot sent 12 crates and " * n
        figures_of(text)  # (the words read once, cached: the reading of what each figure measures is timed)
        best = float("inf")
        gc.disable()
        try:
            for _ in range(3):
                begun = time.perf_counter()
                measures_of(text)
                best = min(best, time.perf_counter() - begun)
        finally:
            gc.enable()
        return best
    assert took(8000) < 32 * took(1000)  # (eight times the words: linear 8 times, quadratic 64)


@pytest.mark.parametrize(("a", "b"), [
    ("About 2,000 people marched through Kelby", "About 5,000 people marched through Kelby"),
    ("The flood reached 1,990 homes in Kelby", "The flood reached 2,050 homes in Kelby"),
])
def test_a_count_with_a_thousands_separator_is_no_year(a, b):
    assert conflict(prepare(a), prepare(b)) == "number"
    assert figures_differ(a, b) and not other_days(a, b)


def test_four_bare_digits_are_still_a_year():
    assert figures_of("In 2019 the school had 1,990 pupils") == ("1990",)
    assert prepare("In 2019 the school had 1,990 pupils").dates == ("2019",)


@pytest.mark.parametrize(("text", "read"), [
    ("Two dozen boats joined the search", ("24",)),
    ("Half a dozen boats joined the search", ("6",)),
    ("A dozen boats joined the search", ("12",)),
    ("She won the 100m sprint in Kelby", ("100",)),
    ("He ran the 5,000m in under 14 minutes", ("5000", "14")),
    ("The fund raised £2.5m for the pier", ("2500000",)),
    ("The council set a budget of 40m for the pier", ("40000000",)),
    ("The pier cost 3.5m pounds", ("3500000",)),
])
def test_figures_are_read_as_a_reader_reads_them(text, read):
    assert figures_of(text) == read


@pytest.mark.parametrize(("said", "account"), [
    ("earlier i said the pier had 12 berths; the figure is 9", True),
    ("earlier i said the pier had 12 berths; the right number is nine", True),
    ("earlier i said the pier had 12 berths; that figure was wrong", False),
    ("earlier i said the pier had 12 berths", False),
])
def test_a_correction_reads_its_account_with_the_one_figure_reader(said, account):
    assert _gives_the_right_account(said) is account


@pytest.mark.parametrize(("whole", "again"), [
    ("Couriers delivered 2,400 parcels in the valley in March", "Couriers delivered 80 parcels twice in the valley in March"),
    ("The clinic billed 1,950 patients for the scans", "The clinic billed 112 patients again for the same scans"),
])
def test_a_count_of_things_done_again_is_a_part_of_their_count(whole, again):
    assert other_measures(whole, again) and other_measures(again, whole)
