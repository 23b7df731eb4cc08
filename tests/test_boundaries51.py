"""Content boundaries by shape (issue 14): a speaker's next act joined by 'and' or 'but' and an auxiliary ends the
content before it and is a claim of its own ('she said she C and has called for D', 'urged X to C and has since
called for D'), but not after a clause of another subject ('said the fares would rise and had warned D'); a quotation that goes on after an
inverted speaker ('"A," said Ana Lind, "because B."') is hers too. Invented names and sentences."""

from __future__ import annotations

import pytest

from provenance.extract import extract_claimset


def _claims(text: str) -> list[tuple[str, str | None]]:
    cs = extract_claimset(text, slug="t", use_model=False)
    names = {sp["id"]: sp["name"] for sp in cs["speakers"]}
    return [(text[c["start"]:c["end"]], names.get(c.get("speaker") or "")) for c in cs["claims"]
            if c.get("form") != "unattributed"]


@pytest.mark.parametrize("text, first, second", [
    ("The harbour master has said she wants a new breakwater and has called for a vote on the levy.",
     "she wants a new breakwater", "a vote on the levy"),
    ("The harbour master urged pilots to slow down and has since called for a vote on the levy.",
     "pilots to slow down", "a vote on the levy"),
    ("The harbour master said she had no plans to close the berths but has since urged pilots to slow down.",
     "she had no plans to close the berths", "pilots to slow down"),
])
def test_a_next_act_after_and_and_an_auxiliary_ends_the_content(text, first, second):
    claims = _claims(text)
    contents = [c for c, _ in claims]
    assert first in contents and second in contents
    assert all(name == "harbour master" for _, name in claims)


@pytest.mark.parametrize("text, kept", [
    ("The harbour master said the berths were unsafe and would be closed until May.",
     "the berths were unsafe and would be closed until May"),
    ("The harbour master said the pilots had worked all night and had earned a rest.",
     "the pilots had worked all night and had earned a rest"),
    ("The harbour master said the ferry fares would rise and had warned the council about the deficit.",
     "the ferry fares would rise and had warned the council about the deficit"),
    ('The memo says the pilots "consider the channel unsafe" and have asked the board to pay for dredging.',
     'the pilots "consider the channel unsafe" and have asked the board to pay for dredging'),
])
def test_a_verb_after_a_clause_of_another_subject_stays_in_the_content(text, kept):
    assert [c for c, _ in _claims(text)] == [kept]


@pytest.mark.parametrize("text, second, speaker", [
    ('"It is a hard winter for the fleet," said Ana Lind, "because the fuel bill has doubled since May."',
     "because the fuel bill has doubled since May", "Ana Lind"),
    ('"It is a hard winter for the fleet," said the harbour master, "and the fuel bill has doubled."',
     "and the fuel bill has doubled", "harbour master"),
    ('"It is a hard winter for the fleet," said Ana Lind (Tarn), "because the fuel bill has doubled".',
     "because the fuel bill has doubled", "Ana Lind"),
])
def test_a_quotation_resumed_after_an_inverted_speaker_is_hers(text, second, speaker):
    claims = _claims(text)
    assert ("It is a hard winter for the fleet", speaker) in claims
    assert (second, speaker) in claims


def test_a_description_after_an_inverted_speaker_stays_the_writers():
    text = '"It is a hard winter for the fleet," said Ana Lind, who has said the fuel bill "has doubled."'
    assert [c for c, _ in _claims(text)] == ["It is a hard winter for the fleet"]
