"""Two figures for one thing (issue 12): figures of two stories told in one frame are no conflict;
figures read as a reader reads them. Invented sentences and stories of this file's own writing."""

from __future__ import annotations

import json

import pytest

from provenance.corroboration import ClaimRecord, _figures_apart, other_measures, other_stories, story_names
from provenance.matching import conflict, figures_differ, figures_of, measures_of, prepare, same_measure

# (town, river, mayor, weekday, dead, homes, roads, cost in millions)
_TOWNS = [
    ("Arvale", "Tessing", "Ana Brogan", "Monday", 4, 120, 9, 12),
    ("Brenholt", "Ulver", "Per Castell", "Tuesday", 11, 340, 26, 40),
    ("Corrimead", "Wenlow", "Lia Dorran", "Wednesday", 7, 95, 14, 8),
    ("Dunstaple", "Yarrow", "Tom Eskdale", "Thursday", 19, 610, 40, 75),
    ("Elmsworth", "Ashlin", "Eva Farrant", "Friday", 2, 55, 6, 3),
    ("Fellcombe", "Brisk", "Ola Gantry", "Saturday", 23, 780, 52, 90),
    ("Garrowby", "Calder", "Ida Hessel", "Sunday", 9, 210, 17, 26),
    ("Hallow Cross", "Drennan", "Kai Iverly", "Monday", 15, 430, 33, 54),
    ("Inchmarren", "Esker", "Uma Jessop", "Tuesday", 6, 160, 11, 18),
    ("Jorvale", "Fairly", "Rui Kemble", "Friday", 31, 905, 60, 120),
]


def _story(town: str, river: str, mayor: str, day: str, dead: int, homes: int, roads: int, cost: int,
           outlet: str = "Valley Courier") -> str:
    return f"""---
title: Floods in {town} kill {dead}
outlet: {outlet}
published: 2026-03-02
language: en
---
Floods in {town} kill {dead}

Floods in {town} killed {dead} people on {day} after the {river} River burst its banks, officials said.

The {town} district council said {homes} homes had been destroyed.

"{roads} roads are still closed," Mayor {mayor} said. "We will need {cost} million dollars to rebuild."

The council said repairs would cost {cost} million dollars.
"""


def _statuses(run, tmp_path, stories: dict[str, str]) -> list[dict]:
    for name, text in stories.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    assert run("ingest", *(str(tmp_path / f"{name}.txt") for name in stories), "--silent").exit_code == 0
    return json.loads(run("claims", "--format", "json").stdout)


def test_stories_of_one_frame_about_other_towns_never_dispute_each_others_figures(run, tmp_path):
    claims = _statuses(run, tmp_path, {f"flood-{k}": _story(*town) for k, town in enumerate(_TOWNS)})
    assert len({c["doc"] for c in claims}) == len(_TOWNS)
    assert [c["text"] for c in claims if c["status"] == "disputed"] == []


def test_two_outlets_on_one_towns_flood_still_dispute_its_figures(run, tmp_path):
    town = _TOWNS[0]
    other = (*town[:4], 9, 300, *town[6:])  # another toll and another count of homes, one town
    counted = _story(*other, outlet="Coast Herald").replace("district council said", "fire service said")
    claims = _statuses(run, tmp_path, {"flood-a": _story(*town), "flood-b": counted})
    disputed = {c["text"] for c in claims if c["status"] == "disputed"}
    assert "120 homes had been destroyed" in disputed and "300 homes had been destroyed" in disputed


def test_story_names_are_the_runs_of_capitalised_words_a_text_owns():
    text = ("Floods in Hallow Cross killed 15 on Monday. Police said the Drennan River rose, Mayor Kai Iverly "
            "said. The police in Norway left. Residents of Hallow Cross's east end waited.")
    assert story_names(text) == frozenset({"hallow cross", "drennan river", "mayor kai iverly"})


@pytest.mark.parametrize(("mine", "theirs", "apart"), [
    ({"arvale"}, {"brenholt"}, True),
    ({"arvale", "tessing river"}, {"arvale"}, False),
    (set(), {"brenholt"}, False),  # a text not at hand tells nothing: figures compared as before
])
def test_two_documents_tell_two_stories_when_they_share_no_name(mine, theirs, apart):
    a = ClaimRecord(key=1, doc="a", text="9 roads are closed", story=frozenset(mine))
    b = ClaimRecord(key=2, doc="b", text="26 roads are closed", story=frozenset(theirs))
    assert other_stories(a, b) is apart and other_stories(b, a) is apart


@pytest.mark.parametrize(("a", "b"), [
    ("The tannery owes its cutters 270 million rupees in back pay", "The tannery owes its cutters Rs 27 crore in back pay"),
    ("The port authority paid 1.2 billion dollars for the cranes", "The port authority paid 1,200 million dollars for the cranes"),
    ("The appeal raised 2.5m pounds for the flood victims", "The appeal raised 2,500,000 pounds for the flood victims"),
    ("Half a million homes lost power in the storm", "500,000 homes lost power in the storm"),
    ("Sixty-three hikers were rescued from the ridge", "63 hikers were rescued from the ridge"),
    ("Twelve fishing boats sank off Orm Point", "12 fishing boats sank off Orm Point"),
])
def test_one_figure_written_two_ways_is_no_conflict(a, b):
    assert figures_of(a) == figures_of(b)
    assert conflict(prepare(a), prepare(b)) is None
    assert not figures_differ(a, b) and not _figures_apart(a, b)


@pytest.mark.parametrize(("a", "b"), [
    # read whole, '40,000' and '140,000' differ (read at their separators, both ended in '000')
    ("The depot declared 60,000 bales of cotton in its ledger", "Inspectors counted 160,000 bales of cotton at the depot"),
    # what a figure counts after its scale and a modifier: 'million paying members'
    ("The strike hit 2.3 million paying members", "The strike hit more than 3 million members"),
    ("The heaters were blamed for 8 barn blazes in Orm", "The heaters were blamed for 13 blazes in Orm"),
])
def test_two_counts_of_one_thing_are_paired_as_one_measure(a, b):
    assert same_measure(a, b) and same_measure(b, a)
    assert figures_differ(a, b)


def test_two_sums_in_two_scales_that_differ_still_conflict():
    a, b = "The tannery owes its cutters 270 million rupees in back pay", "The tannery owes its cutters Rs 31 crore in back pay"
    assert conflict(prepare(a), prepare(b)) == "number" and figures_differ(a, b)


def test_the_gap_between_two_counts_is_a_measure_of_its_own():
    gap, count = "The difference between the ledger and the silo is more than 9,000 bags", "The ledger lists 30,000 bags"
    assert measures_of(gap) == {"difference"} and other_measures(gap, count)


def test_times_of_day_are_no_figures():
    assert figures_of("The gates opened at 6am, closed at 11.15 pm and again at 8:45 p.m. after 12 hours") == ("12",)
