"""Extraction on text cut short or padded: a cue whose sentence ends before what it reads next raises
nothing, and a paragraph opened by a capital and a long run of spaces, or a long run of capitals, is
read in linear time; a correction on air takes back the figure it corrects, not a year it shares,
whatever word follows it."""

from __future__ import annotations

import time

import pytest
from test_extract import claims_of
from test_status_shapes import ruled_claims

from provenance.extract.document import _defined_initials
from provenance.extract.lexicon import lexicon
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


def test_initials_a_text_defines_are_looked_for_in_linear_time():
    assert _defined_initials("The Harbour Works Committee (HWC) met. Ana Costa told the HWC.", "HWC", lexicon()) == \
        "Harbour Works Committee"
    began = time.perf_counter()
    assert _defined_initials("A" * 60_000 + " told the HWC.", "HWC", lexicon()) is None
    assert time.perf_counter() - began < 2.0


CORRECTION = """Harbour Hour: the berth audit

KARA VOSS, HOST: Good morning. The port handled 2,300 ships in 2024. The harbour audit says 310 berths were leased in 2024 to firms with no licence.

KARA VOSS: One correction before we go: earlier I said 310 berths were leased in 2024; the audit puts it at 301.
"""


def test_a_correction_takes_back_the_figure_not_the_year_it_shares():
    """A presenter's correction of a figure ('earlier I said 310 berths were leased in 2024') takes
    back what the same voice said with that figure, not another statement dated the same year."""
    claims = {c["text"]: c["status"] for c in ruled_claims(CORRECTION, outlet="Harbour Radio")}
    assert claims["The port handled 2,300 ships in 2024"] != "retracted", claims
    assert claims["310 berths were leased in 2024 to firms with no licence"] == "retracted", claims


def test_a_figure_before_a_word_in_m_keeps_no_scale():
    """'310 more berths' gives the figure 310, as 'earlier I said 310 berths' does: the correction
    takes it back ('m' is a scale only as a word of its own: '$310m')."""
    text = CORRECTION.replace("The port handled 2,300 ships in 2024. ", "").replace(
        "says 310 berths were leased in 2024", "says 310 more berths were leased in 2024")
    claims = {c["text"]: c["status"] for c in ruled_claims(text, outlet="Harbour Radio")}
    assert claims["310 more berths were leased in 2024 to firms with no licence"] == "retracted", claims
