"""An interview's introduction is searched for the interviewee's name in time linear in its length
(issue 13), on a text written for this test: a long run of capitals before 'We spoke to NAME' was
retried from every letter."""

from __future__ import annotations

import re
import time

from provenance.extract.lexicon import lexicon
from provenance.extract.transcript import _data, _interviewees


def _cues() -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in _data()["interview_cues"])


def test_the_interviewee_is_found_in_an_introduction_with_a_long_run_of_capitals_in_linear_time():
    took = []
    for n in (2000, 8000):
        intro = "Q" * n + " was here. We spoke to Ana Costa about the ferry."
        began = time.perf_counter()
        found = _interviewees(intro, _cues(), None, lexicon())
        took.append(time.perf_counter() - began)
        assert found == ("Ana Costa",), found
    assert took[1] < 0.05 or took[1] < 8 * took[0], took
