"""A belief or hope with no 'that' (issue 14): 'fears the closure will cost 300 jobs', 'hopes she can
win' are the subject's, the clause the content, as with 'that'; an object is no belief reported
('knows the area', 'fear the worst'). Sentences written for this test (invented people and places)."""

from __future__ import annotations

import pytest
from test_extract import claims_of

HERALD = {"outlet": "The Kellby Herald"}


def attributed(text: str) -> list[tuple[str, str | None]]:
    return [(c["text"], c["mention"]) for c in claims_of(text, **HERALD) if c["form"] != "unattributed"]


@pytest.mark.parametrize("verb", ["fears", "hopes", "knows", "worries", "suspects", "doubts"])
def test_a_belief_takes_a_clause_without_that(verb):
    text = f"Ana Marlow {verb} the tram levy will fail in the council."
    assert attributed(text) == [("the tram levy will fail in the council", "Ana Marlow")]


def test_a_pronoun_and_a_modal_open_the_clause():
    assert attributed("Piet Dunne worries she could lose the Arral seat.") == [("she could lose the Arral seat", "Piet Dunne")]


@pytest.mark.parametrize("text", [
    "Ana Marlow knows the Arral district well.",
    "The dockers fear the worst.",
    "Ana Marlow knows the man who was arrested in Kellby.",
    "Piet Dunne hopes for a quick vote.",
])
def test_an_object_is_no_belief_reported(text):
    assert attributed(text) == []
