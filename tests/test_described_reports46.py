"""What the review of this session's extraction commits found (issues 13, 14), each shape with and without the
model: a subject in common words after ', and' begins another report only when its cue is a report's, not a
participle of the subject ('the members claimed by the club', 'the fans reported to have'), and the model's
longer content for the same cue gives no second, overlapping claim. Every sentence is invented for this test."""

from __future__ import annotations

import pytest

from provenance.extract import extract_claimset

_LEAD = "The quarry board met on Tuesday to hear the inspectors' findings.\n\n"


def _read(sentence: str, use_model: bool) -> list[tuple[str | None, str]]:
    """(speaker name, content) of the sentence's claims."""
    cs = extract_claimset(_LEAD + sentence, slug="t", use_model=use_model, outlet="Dale Courier",
                          published="2025-03-04")
    names = {s["id"]: s["name"] for s in cs["speakers"]}
    return [(names.get(c["speaker"]), c["text"]) for c in cs["claims"] if c["start"] >= len(_LEAD)]


@pytest.mark.parametrize("use_model", [False, True])
def test_a_described_subject_after_and_begins_one_report_not_two_claims(use_model):
    found = _read("Nell Orme said the quarry wall was safe, and the inspectors told reporters it was not.", use_model)
    assert found == [("Nell Orme", "the quarry wall was safe"), ("inspectors", "it was not")], found


@pytest.mark.parametrize("use_model", [False, True])
@pytest.mark.parametrize("sentence, speaker, content", [
    ("The warden said fees would fall, and the members claimed by the club would pay less.", "warden",
     "fees would fall, and the members claimed by the club would pay less"),
    ("The coach said the side had trained hard, and the fans reported to have rioted were few.", "coach",
     "the side had trained hard, and the fans reported to have rioted were few"),
    ("The mayor said the park was safe, and the residents reported to have left were few.", "mayor",
     "the park was safe, and the residents reported to have left were few"),
])
def test_a_participle_after_a_described_subject_cuts_no_content(use_model, sentence, speaker, content):
    found = _read(sentence, use_model)
    assert [pair for pair in found if pair[0] == speaker] == [(speaker, content)], found
