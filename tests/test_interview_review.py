"""An interview's introduction is searched for the interviewee's name in time linear in its length
(issue 13), on a text written for this test: a long run of capitals before 'We spoke to NAME' was
retried from every letter."""

from __future__ import annotations

import re

from timing import best_seconds

from provenance.extract.lexicon import lexicon
from provenance.extract.transcript import _data, _interviewees


def _cues() -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in _data()["interview_cues"])


def test_the_interviewee_is_found_in_an_introduction_with_a_long_run_of_capitals_in_linear_time():
    intros = ["Q" * n + " was here. We spoke to Ana Costa about the ferry." for n in (2000, 8000)]
    for intro in intros:
        assert _interviewees(intro, _cues(), None, lexicon()) == ("Ana Costa",)
    took = best_seconds([lambda i=i: _interviewees(i, _cues(), None, lexicon()) for i in intros])
    assert took[1] < 0.05 or took[1] < 8 * took[0], took
