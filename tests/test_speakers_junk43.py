"""Speakers the extractor cut from a longer name or ran into from a clause before them (issue 13), each shape
counted on the PolNeAR training articles before it was fixed; invented sentences, one for each shape."""

from __future__ import annotations

import pytest

from provenance.extract import extract_claimset
from provenance.extract.combine import _name_out_of_cue
from provenance.extract.model import Proposal


def _speakers(text: str) -> dict[str, str]:
    """Each claim's text -> its speaker's name."""
    cs = extract_claimset(text, slug="t")
    names = {s["id"]: s["name"] for s in cs["speakers"]}
    return {c["text"]: names[c["speaker"]] for c in cs["claims"] if c["speaker"]}


def _speaker_of(text: str, content: str) -> str | None:
    return next((name for said, name in _speakers(text).items() if said.startswith(content)), None)


@pytest.mark.parametrize("text, content, speaker", [
    # a body's name with an 'and' in it, set off by an appositive or a relative clause, is read whole (was the words
    # after the 'and': 'Marine Standards Authority', 'East Baltic Coalition')
    ("The Harbour Safety and Marine Standards Authority, the agency that oversees the ferries, said it was "
     "taking steps to check the boats.", "it was taking steps to check t", "Harbour Safety and Marine Standards Authority"),
    ("Many leaders share these fears, but the Central and East Baltic Coalition, which represents many families, "
     "wants to keep its policy of staying neutral.", "to keep its policy of staying", "Central and East Baltic Coalition"),
    # two subjects joined by 'and' speak together, as they do before 'said' (was the second alone)
    ("Ahead of the summit, Norway and Sweden unveiled a proposal for closer cooperation on defence.",
     "closer cooperation on defence", "Norway and Sweden"),
    # a sentence run into the next with no full stop: the subject starts at its capitalised 'The'
    ("The harbour authority said it would check the boats and its oversight of the ferry operators The N.T.S.B. "
     "said it would look as well.", "it would look as well", "N.T.S.B."),
])
def test_a_speaker_read_whole(text, content, speaker):
    assert _speaker_of(text, content) == speaker


def test_a_name_after_a_preposition_keeps_its_the():
    assert _speaker_of("A writer for The Kelby Courier said the bridge was safe.", "the bridge") \
        == "writer for The Kelby Courier"


def test_a_name_cut_by_the_model_is_no_speaker():
    # the model reads 'Lind' as the cue of 'Paul' in a list of names: no attribution, and no speaker 'Paul'
    found = _speakers("The group also views Ana Costa, Tom Reyes, and Paul Lind more favorably than Ben Vane.")
    assert "Paul" not in found.values()


def _proposal(text: str, source: str | None, cue: str) -> Proposal:
    s = text.index(source) if source else None
    c = text.index(cue)
    return Proposal((c, c + len(cue)), (s, s + len(source)) if source else None, [(c + len(cue) + 1, len(text) - 1)])


@pytest.mark.parametrize("text, source, cue, now", [
    # the capitalised words opening the model's cue go to the name before it, and the cue is what follows them
    ("Ahead of the vote Norland and Vostria unveiled a plan for joint patrols.", "Norland", "Vostria unveiled a plan for",
     ("Norland and Vostria", "unveiled a plan for")),
    ("In the recording Tom Vane Reyes's wife pleads for his life.", "Tom Vane", "Reyes's wife pleads for",
     ("Tom Vane Reyes's wife", "pleads for")),
    ("The poll found Ana Costa said nothing about the dam.", None, "Costa said", (None, "said")),
    # no attribution when no cue is left, or a verb of being
    ("Voters view Ana Costa more favourably than Ben Lind.", "Ana", "Costa more favourably than", None),
    ("The desk at Kelby Fact Check is a member of the network.", "Kelby", "Fact Check is a member of", None),
    # a headline in title case, a cue of the lexicon and a date stay as the model read them
    ("Ana Costa Takes On The Harbour Board Over Dredging", "Ana", "Costa Takes On", ("Ana", "Costa Takes On")),
    ("On that point, Lind Sunday night recounted a meeting with the mayor.", "Lind", "Sunday night recounted",
     ("Lind", "Sunday night recounted")),
])
def test_a_name_read_into_the_model_cue(text, source, cue, now):
    got = _name_out_of_cue(text, _proposal(text, source, cue))
    assert (got if got is None else (got.source and text[slice(*got.source)], text[slice(*got.cue)])) == now
