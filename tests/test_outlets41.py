"""A listed outlet named before a time word ('told Lusa today') is that outlet, not another listed outlet the
words together loosely resemble (USA Today). Each sentence invented for this test: invented people and places;
the outlets are real names from provenance/data/outlets.json."""

from __future__ import annotations

import pytest
from test_extract import attributed


def outlet_of(text: str) -> str | None:
    [claim] = attributed(text, outlet="Kettleby Star", published="2026-03-06")
    return claim["outlet_name"]


@pytest.mark.parametrize("text, outlet", [
    ("The curator, Inês Valado, told Lusa today that the paintings had been moved.", "Lusa"),
    ("Inês Valado told Lusa yesterday that the paintings had been moved.", "Lusa"),
    ("Inês Valado told Reuters today that the paintings had been moved.", "Reuters"),
    ("Inês Valado told USA Today that the paintings had been moved.", "USA Today"),
])
def test_a_listed_outlet_before_a_time_word_is_itself(text, outlet):
    assert outlet_of(text) == outlet
