"""A silence on questions about something, then what the party did say (issue 13): 'X did not respond to
questions about C, but said D' gives X the claim D and no claim of C (C is what X was asked about, the
publisher's framing); the silence is the publisher's statement, as a silence alone is (tests/test_tidy45.py).
Invented sentences of this file's own writing."""

from __future__ import annotations

import pytest

from provenance.extract import extract_claimset

_LEAD = "The harbour board met on Monday to set the new fees for the winter season.\n\n"


def _read(sentence: str) -> list[tuple[str | None, str | None, str]]:
    """(speaker, cue, content) of the sentence's claims."""
    cs = extract_claimset(_LEAD + sentence, slug="t", outlet="Valley Herald", published="2025-05-20")
    names = {s["id"]: s["name"] for s in cs["speakers"]}
    return [(names.get(c["speaker"]), c["cue"], c["text"]) for c in cs["claims"] if c["start"] >= len(_LEAD)]


@pytest.mark.parametrize("sentence, silence, party, said", [
    ("The port authority did not respond to questions about the dredging contract but said work would start in May.",
     "The port authority did not respond to questions about the dredging contract", "port authority",
     "work would start in May"),
    ("Ana Lind did not respond to questions about the harbour fees, and said the board would meet again in June.",
     "Ana Lind did not respond to questions about the harbour fees", "Ana Lind", "the board would meet again in June"),
    ("Brannock Shipping did not respond to questions about whether the company had cut the number of crossings, "
     "but said the new fares would pay for two new engines.",
     "Brannock Shipping did not respond to questions about whether the company had cut the number of crossings",
     "Brannock Shipping", "the new fares would pay for two new engines"),
    ("The ministry has not responded to requests for comment about the new tariff, though it said last week that "
     "prices would be reviewed.", "The ministry has not responded to requests for comment about the new tariff",
     "ministry", "prices would be reviewed"),
    # someone else speaks after the silence: still no claim of the party's, nor of no one's
    ("Ana Lind did not return calls seeking comment on the fees, although her office said the board would meet "
     "again in June.", "Ana Lind did not return calls seeking comment on the fees", "her office",
     "the board would meet again in June"),
    ("Tom Roe could not be reached for comment about the closure of the yard, but the Kelby council said the staff "
     "would be moved to its depot.", "Tom Roe could not be reached for comment about the closure of the yard",
     "Kelby council", "the staff would be moved to its depot"),
])
def test_what_a_party_was_asked_about_is_not_its_claim_when_it_said_something_else(sentence, silence, party, said):
    found = _read(sentence)
    assert [(speaker, text) for speaker, _, text in found] == [("Valley Herald", silence), (party, said)], found


@pytest.mark.parametrize("sentence, speaker, content", [
    # a report of the silence by someone else stays theirs
    ("Ana Lind did not respond to questions about the fees, her office said.", "her office",
     "Ana Lind did not respond to questions about the fees"),
    # questions answered, no silence: what the party said is its claim
    ("Ana Lind answered questions about the fees and said the board would meet again in June.", "Ana Lind",
     "the board would meet again in June"),
])
def test_what_is_no_silence_before_a_statement_keeps_its_reading(sentence, speaker, content):
    assert (speaker, content) in [(s, t) for s, _, t in _read(sentence)], _read(sentence)


# two things asked about, joined by 'and', are one silence ('about the blast and the dust, which residents said D');
# a frame of the model's whose cue lies in the silence ('did not respond to questions about') reads no report


def _read_both(sentence: str, use_model: bool) -> list[tuple[str | None, str]]:
    """(speaker, content) of the sentence's claims, with the model or the rules alone."""
    cs = extract_claimset(_LEAD + sentence, slug="t", outlet="Valley Herald", published="2025-05-20", use_model=use_model)
    names = {s["id"]: s["name"] for s in cs["speakers"]}
    return [(names.get(c["speaker"]), c["text"]) for c in cs["claims"] if c["start"] >= len(_LEAD)]


@pytest.mark.parametrize("use_model", [False, True])
def test_a_silence_on_two_things_joined_by_and_is_one_silence(use_model):
    found = _read_both("Carden Stone did not respond to questions about the blast and the dust, which residents said "
                       "would cost millions.", use_model)
    assert found[0] == ("Valley Herald", "Carden Stone did not respond to questions about the blast and the dust")
    assert all(speaker != "Carden Stone" for speaker, _ in found), found


@pytest.mark.parametrize("use_model", [False, True])
def test_no_frame_reads_a_silence_as_a_report(use_model):
    found = _read_both("Carden Stone did not respond to questions about the blast and its chief executive later said "
                       "the charges were safe.", use_model)
    assert found == [("Valley Herald", "Carden Stone did not respond to questions about the blast"),
                     ("its chief executive", "the charges were safe")], found
