"""Extraction on text cut short or padded: a cue whose sentence ends before what it reads next raises
nothing, and a paragraph opened by a capital and a long run of spaces is read in linear time."""

from __future__ import annotations

import time

import pytest
from test_extract import claims_of

from provenance.rules import _turn_of


@pytest.mark.parametrize("text", [
    'Ana Costa told "',  # a recipient read at the closing mark, past the last token
    'Kelby called earlier of "',  # 'of' the last word before a date is looked for
])
def test_a_cue_at_the_end_of_the_text_raises_nothing(text):
    assert isinstance(claims_of(text, outlet="The Ledger"), list)


def test_a_turns_label_is_read_in_linear_time():
    assert _turn_of("KARA VOSS, HOST: Good evening.", 20) == "KARA VOSS"
    assert _turn_of("A :\tthe rest", 5) == "A"
    began = time.perf_counter()
    assert _turn_of("A" + " " * 60_000 + "x", 10) == ""
    assert time.perf_counter() - began < 2.0
