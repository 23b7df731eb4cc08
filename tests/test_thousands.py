"""A comma between digits is a thousands separator, never a clause boundary: the subordinate
clause of 'While X says C, Y says D' ends at its own comma, not inside a figure of C
(attribution._Parser.separates_thousands)."""

from __future__ import annotations

import pytest

from provenance.extract import extract_claimset


@pytest.mark.parametrize("use_model", [False, True])
@pytest.mark.parametrize("text, content", [
    ("While one survey firm says there are more than 2,400 dairy farms in the valley, another says there "
     "are about 1,800.", "there are more than 2,400 dairy farms in the valley"),
    ("While the harbour board says 12,500 tonnes were landed in March, the union says far less.",
     "12,500 tonnes were landed in March"),
    # a comma with a space after it still ends the clause: 'more than 2, another says'
    ("While one survey firm says there are more than 2, another says there are none.", "there are more than 2"),
])
def test_a_figure_stays_whole(text, content, use_model):
    cs = extract_claimset(text, slug="t", use_model=use_model)
    said = [text[c["start"]:c["end"]] for c in cs["claims"] if c["form"] != "unattributed"]
    assert said[0] == content
