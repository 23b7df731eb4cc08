"""Shapes behind statuses on real multi-outlet news (issue 12's development set), each on text
written for this test: who 'she said in a statement' is after a sentence that opens with a clause,
a name whose accents came through as mojibake, letters signed on a line of their own."""

from __future__ import annotations

from test_extract import attributed


def test_she_is_the_subject_named_after_an_opening_clause():
    text = ("Although the inquiry was far from over, Transport Minister Ana Costa took the last step "
            "on Monday of announcing that no fines would follow.\n\n"
            "“I accepted the board’s recommendation to close the case,” she said in a statement.")
    claim, = attributed(text)
    assert (claim["speaker_name"], claim["speaker_obj"]["anonymous"]) == ("Ana Costa", False)
