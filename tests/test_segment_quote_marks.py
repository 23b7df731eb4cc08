"""Quotation marks as real copy sets them, unbalanced within a paragraph (written for this test:
invented people, places and outlets): an opening mark typed where the closing one belongs, a
quotation closed in the paragraph after the one that opened it, a paragraph that ends with a
misused mark (no heading). Each keeps its attribution."""

from __future__ import annotations

import pytest
from test_extract import claims_of

from provenance.extract.segment import blocks, find_quotes


def _said(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(c["text"], c["mention"], c["form"]) for c in claims_of(text) if c["form"] != "unattributed"]


@pytest.mark.parametrize("text", [
    "\u201cThe levy is dead,\u201c Vell told reporters on Monday.",
    "\"The levy is dead,\u201c Vell told reporters on Monday.",
    "\u201cThe levy is dead,\u201d Vell told reporters on Monday.",
])
def test_an_opening_mark_typed_as_the_closing_one_closes_the_quotation(text):
    assert _said(text) == [("The levy is dead", "Vell", "direct")]


def test_a_scare_quote_closed_with_an_opening_mark_is_no_open_quotation():
    text = "Mayor Lin Hollis said the vote was a \u201csham\u201c and that the council would meet again."
    assert _said(text) == [("the vote was a \u201csham\u201c and that the council would meet again", "Mayor Lin Hollis",
                            "indirect")]


def test_a_quotation_closed_in_the_next_paragraph_is_its_speakers():
    text = ("\u201cWe will win this vote by a wide margin. Nobody in this chamber doubts that.\n\n"
            "The numbers are on our side,\u201d Ruiz said.\n\nThe vote is on Friday.")
    got = _said(text)
    assert ("The numbers are on our side", "Ruiz", "direct") in got
    # no cue read inside the quotation's words
    assert all(mention == "Ruiz" for _, mention, _ in got), got
    quote = find_quotes(text, text.index("The numbers"), text.index("said.") + 5)[0]
    assert (text[quote.inner[0]:quote.inner[1]], quote.closed) == ("The numbers are on our side,", True)


def test_a_first_closing_mark_inside_prose_opens_nothing():
    # a closing mark that ends no quotation of the paragraph, with more prose after it, is left alone
    text = "Pay rose in May.\u201d Workers at the Dunmore mill said the rise was too small."
    assert _said(text) == [("the rise was too small", "Workers at the Dunmore mill", "indirect")]


def test_a_paragraph_ending_with_a_misused_mark_is_no_heading():
    text = ("\"We can see the numbers, and they can see we are ready,\" Ruiz said. \"They see that. \u201c\n\n"
            "The vote is on Friday.")
    assert not blocks(text)[0].heading
    got = _said(text)
    assert [t for t, _, _ in got] == ["We can see the numbers, and they can see we are ready", "They see that"]
    assert got[0][1] == "Ruiz"
