"""Cue verbs that stand after a quotation or before a colon ('"C," echoed X', 'X echoed:') name the
quotation's speaker; without them the quotation went to the speaker of an earlier paragraph."""

import pytest

from provenance.extract import extract_claimset


def _speakers(text: str) -> dict[str, str | None]:
    cs = extract_claimset(text, slug="x", use_model=False)
    names = {s["id"]: s["name"] for s in cs["speakers"]}
    return {c["text"]: names.get(c["speaker"]) for c in cs["claims"]}


@pytest.mark.parametrize("text, claim, speaker", [
    ('Mara Quill spoke first. "The ferry is late again," she said.\n\nThe harbour clerk, Tomas Velde, echoed:\n\n'
     '"The schedule has not worked for a year. Nobody answers our letters."',
     "The schedule has not worked for a year", "Tomas Velde"),
    ('Councillor Ana Petrov opened the meeting.\n\n"We need the new pool," echoed Rui Salas, a swimming coach.',
     "We need the new pool", "Rui Salas"),
    ('Councillor Ana Petrov opened the meeting.\n\n"The grant will not come this year," Ivo Marn surmised.',
     "The grant will not come this year", "Ivo Marn"),
])
def test_post_quote_cue_names_the_speaker(text: str, claim: str, speaker: str) -> None:
    assert _speakers(text)[claim] == speaker


@pytest.mark.parametrize("text, absent", [
    ("Mayor Ana Petrov promised on Sunday to rebuild the pier. She echoed that promise on Monday, saying she "
     "would find the money.", "promise on Monday"),
    ("Rui Salas doubted the plan. He scoffed that idea last week.", "idea last week"),
])
def test_that_before_a_noun_and_a_date_is_a_demonstrative(text: str, absent: str) -> None:
    assert absent not in _speakers(text)


def test_that_opening_a_clause_with_a_date_inside_stays_a_clause() -> None:
    assert _speakers("Ana Petrov said that turnout last year was low.") == {"turnout last year was low": "Ana Petrov"}
