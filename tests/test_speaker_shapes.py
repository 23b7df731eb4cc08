"""Shapes of news prose that decide who speaks (issue 13), on sentences written for this test: a
quotation's attribution after a question or an exclamation, pronouns and descriptions that refer
back to the right earlier entity."""

from __future__ import annotations

import pytest
from test_extract import attributed


@pytest.mark.parametrize("text, speaker, mention", [
    # the attribution after a quotation that ends with '?' or '!' belongs to the whole quotation
    ("Marco Lind rejected that idea.\n\n“We cannot trust the council with this budget. We know it cannot "
     "be trusted. Are you saying the vote should wait another year?” Lind said.", "Marco Lind", "Lind"),
    ("Ana Costa spoke after him.\n\n\"It will never pass! Not this year!\" Costa replied on Monday.",
     "Ana Costa", "Costa"),
    ("Dana Birch chaired the hearing.\n\n“Who pays for the bridge?” Council member Tom Reyes asked the panel.",
     "Tom Reyes", "Council member Tom Reyes"),
])
def test_a_quotation_ending_in_a_question_keeps_the_attribution_after_it(text, speaker, mention):
    claims = attributed(text)
    assert claims and all((c["speaker_name"], c["mention"]) == (speaker, mention) for c in claims)
    assert not any(c["text"].endswith((" said", " asked the panel", " replied on Monday")) for c in claims)


def test_a_question_in_quotation_marks_before_a_new_sentence_still_ends_it():
    claims = attributed("She asked “why not?” The council said the plan would fail.")
    assert {c["text"]: c["speaker_name"] for c in claims}["the plan would fail"] == "council"
