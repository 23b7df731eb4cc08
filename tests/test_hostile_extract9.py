"""Extraction on text cut short: a cue whose sentence ends before the word it reads next raises nothing."""

from __future__ import annotations

import pytest
from test_extract import claims_of


@pytest.mark.parametrize("text", [
    'Ana Costa told "',  # a recipient read at the closing mark, past the last token
    'Kelby called earlier of "',  # 'of' the last word before a date is looked for
])
def test_a_cue_at_the_end_of_the_text_raises_nothing(text):
    assert isinstance(claims_of(text, outlet="The Ledger"), list)

