"""The subject of a participle's cue after an adjunct that opens its sentence (issue 13), on sentences
written for this test: 'Hours later, X did A, telling OUTLET "C"', 'Back in 1999, X ...', 'Recently,
however, it issued ..., calling for C': the adjunct names no one, the sentence's subject speaks."""

from __future__ import annotations

import pytest
from test_extract import attributed


@pytest.mark.parametrize("text, content, speaker", [
    ("Ana Lund said she had met Tom Varga. Hours later, Varga returned the compliment, telling the Tribune, "
     "\"We have been friends for a long time.\"", "We have been friends for a long time", "Tom Varga"),
    ("Tom Varga has praised the mayor. Back in 1999, Mr. Varga expressed admiration for her, telling the Courier: "
     "\"I wish I could do that.\"", "I wish I could do that", "Tom Varga"),
    ("The Harlow Institute does not endorse candidates. Recently, however, it issued a policy paper welcoming the "
     "plan, and calling for new bases in the east.", "new bases in the east", "Harlow Institute"),
    ("Tom Varga left the hall. Two days later, Varga wrote to the council, saying the vote had been unfair.",
     "the vote had been unfair", "Tom Varga"),
])
def test_an_opening_adjunct_is_no_speaker(text, content, speaker):
    claims = {c["text"]: c for c in attributed(text)}
    assert claims[content]["speaker_name"] == speaker
    assert not any((c["speaker_name"] or "").split()[:1] in (["Hours"], ["Back"], ["Recently"], ["Two"])
                   for c in claims.values())


def test_however_opening_a_sentence_still_reads_as_before():
    claims = {c["text"]: c for c in attributed("The council met on Monday. However, the mayor said the vote would "
                                               "wait.")}
    assert claims["the vote would wait"]["speaker_name"] == "mayor"
