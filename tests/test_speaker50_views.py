"""An opening 'For X, C' makes C the view of X only when C gives a view (issue 13): a verdict with a form of
'be', a modal, a verb of seeming, showing or meaning, or a quotation ('For the minister, the delay is the
contractor's fault'); a fact told about X in a verb of its own ('For the Harbour Trust, the year ended with a
surplus') stays the writer's. Every sentence is written for this test: invented people, bodies and outlets."""

from __future__ import annotations

import pytest
from test_extract import claims_of

GULL = {"outlet": "The Morrow Gull"}


def attributed(text: str) -> list[tuple[str | None, str]]:
    """(speaker, content) of every claim some source makes; the publisher's own sentences left out."""
    return [(c["speaker_name"], c["text"]) for c in claims_of(text, **GULL) if c["form"] != "unattributed"]


FACTS_ABOUT_THE_PARTY = [
    "For the Brennock Harbour Trust, the year ended with a surplus of 2 million euros.",
    "For the Velmar Ferry Company, the summer brought its busiest season in a decade.",
    "For the union, the strike cost its members three weeks of pay.",
    "For Councillor Ines Daltrey, the vote came after four years on the planning committee.",
]


@pytest.mark.parametrize("text", FACTS_ABOUT_THE_PARTY)
def test_a_fact_told_about_the_party_is_no_view_of_it(text):
    assert attributed(text) == []


VIEWS = {  # text: (speaker, content)
    "For the Brennock Harbour Trust, the surplus remains too small to pay for the new quay.":
        ("Brennock Harbour Trust", "the surplus remains too small to pay for the new quay"),
    "For the union, the ferry timetable should be set by the crews.":
        ("union", "the ferry timetable should be set by the crews"),
    "For Councillor Ines Daltrey, the vote \"came far too late\".":
        ("Ines Daltrey", "the vote \"came far too late\""),
}


@pytest.mark.parametrize("text", sorted(VIEWS))
def test_a_view_after_an_opening_for_is_the_party_s(text):
    assert attributed(text) == [VIEWS[text]]
