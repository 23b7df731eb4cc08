"""A participle joined to what its subject did before it speaks for that subject (issue 13, point 5): 'Mr.
Dorne released a statement, describing the Okafors' son as a hero but insisting that C' is Mr. Dorne's C, not
the Okafors'; and a participle's cue the statistical model finds after a comma ('Mr. Pell endorsed Mr. Dorne at
Brook Hall, Mr. Dorne's private club, calling him C') takes the sentence's subject, not the noun phrase the model
read before the participle. Every name and sentence is invented for this test."""

from __future__ import annotations

import pytest

from provenance.extract import extract_claimset


def _speakers(text: str, cue: str, use_model: bool) -> list[str | None]:
    cs = extract_claimset(text, slug="t", use_model=use_model)
    names = {sp["id"]: sp["name"] for sp in cs["speakers"]}
    return [names.get(c["speaker"] or "") for c in cs["claims"] if c["cue"] == cue]


@pytest.mark.parametrize("text, cue, name", [
    ("Facing criticism, Mr. Dorne released a statement on Saturday, describing the Okafors' son as a hero but"
     " insisting that Mr. Okafor had no right to speak.", "insisting", "Dorne"),
    ("Ms. Vell spoke at the port, praising the Harbour Board's pilots but warning that the new fees would drive"
     " ships away.", "warning", "Vell"),
])
def test_a_joined_participle_speaks_for_the_subject(text: str, cue: str, name: str) -> None:
    assert _speakers(text, cue, use_model=False) == [name]


def test_a_participle_the_model_finds_takes_the_sentence_subject() -> None:
    text = ("On Friday, Mr. Pell endorsed Mr. Dorne at Brook Hall, Mr. Dorne's private club, calling him a very"
            " intelligent man who cares about the city.")
    assert _speakers(text, "calling", use_model=True) == ["Pell"]

