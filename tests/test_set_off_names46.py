"""A description, then the name it describes set off by commas, is the subject of the cue after them, whether the
name is one word ('The supplier, Harrowgate, said') or a long company name ('The operator, Tarn Valley Hydro Power
Joint Stock Company, said'), with an auxiliary before the cue or without: the sentence is no publisher's statement,
and the words after the cue are no inverted speaker ('said the drought') (issue 13). Every name and sentence is
invented for this test."""

from __future__ import annotations

import pytest

from provenance.extract import extract_claimset


def _cued(text: str) -> list[tuple[str | None, str]]:
    """(speaker words, content) of each claim with a cue that the rules alone read in TEXT."""
    cs = extract_claimset(text, slug="t", use_model=False)
    return [(text[c["speaker_start"]:c["speaker_end"]] if c["speaker_start"] is not None else None, c["text"])
            for c in cs["claims"] if c["cue"]]


@pytest.mark.parametrize("text, speaker, content", [
    ("The mill stopped. The operator, Harrowgate, has said the wind changed.",
     "The operator, Harrowgate", "the wind changed"),
    ("The mill stopped. The supplier, Harrowgate, said the drought cut its stock.",
     "The supplier, Harrowgate", "the drought cut its stock"),
    ("The mill stopped. The operator, Tarn Valley Hydro Power Joint Stock Company, said in a written reply that it "
     "had always followed the rules.",
     "The operator, Tarn Valley Hydro Power Joint Stock Company", "it had always followed the rules"),
    ("The mill stopped. The buyer, Kelbrook Grain Traders Cooperative Society, has said the price was fair.",
     "The buyer, Kelbrook Grain Traders Cooperative Society", "the price was fair"),
])
def test_a_name_set_off_after_its_description_speaks(text, speaker, content):
    assert _cued(text) == [(speaker, content)]


@pytest.mark.parametrize("use_model", [False, True])
@pytest.mark.parametrize("text, name, kind", [
    ("The mill stopped. The supplier, Harrowgate, said the drought cut its stock.", "Harrowgate", "institution"),
    ("The mill stopped. The operator, Tarn Valley Hydro Power Joint Stock Company, said in a written reply that it "
     "had always followed the rules.", "Tarn Valley Hydro Power Joint Stock Company", "institution"),
    ("The mill stopped. The buyer, Kelbrook Grain Traders Cooperative Society, has said the price was fair.",
     "Kelbrook Grain Traders Cooperative Society", "institution"),
    ("The mill stopped. The yard's operator, Ines Marlow, said the belt had snapped.", "Ines Marlow", "person"),
    ("The mill stopped. The spokeswoman, Okonkwo, said the belt had snapped.", "Okonkwo", "person"),
])
def test_the_name_set_off_is_the_speaker_not_the_description(use_model, text, name, kind):
    """The claim set's speaker is the name, a body when the description's head is a word for one, not the
    description's head noun ('supplier', 'operator') with the name lost."""
    cs = extract_claimset(text, slug="t", use_model=use_model)
    speakers = {s["id"]: s for s in cs["speakers"]}
    assert [(speakers[c["speaker"]]["name"], speakers[c["speaker"]]["kind"]) for c in cs["claims"] if c["cue"]] \
        == [(name, kind)]


def test_a_date_set_off_is_no_name():
    text = "The mill stopped. The plan, Monday, was dropped, the mayor said."
    assert _cued(text) == [("the mayor", "The plan, Monday, was dropped")]
