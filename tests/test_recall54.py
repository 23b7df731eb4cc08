"""Attributions PolNeAR's training articles showed the extractor inventing (issue 14), in sentences of our own:
the words after a cue that trails its quotation ('"C," X said over the phone', 'X said when asked if ...'), which
say when or how C was said and nothing more; and a written work as the whole object of 'wrote' ('wrote a book
about the flood', 'wrote the majority opinion'), which is what was written, not what it says. Each shape still
reports what is said around it. Sentences and names invented."""

from __future__ import annotations

import pytest

from provenance.extract import extract_claimset

LEAD = "Mara Ostrander, the harbour board's chair, spoke to reporters on Monday.\n\n"


def _claims(text: str) -> list[tuple[str, str]]:
    cs = extract_claimset(LEAD + text + "\n", slug="t", outlet="Valley Ledger", published="2026-11-18")
    people = {s["id"]: s for s in cs["speakers"]}
    out = []
    for c in cs["claims"]:
        sp = people.get(c["speaker"] or "")
        out.append((sp["name"] if sp else "", c["text"]))
    return out


@pytest.mark.parametrize(("sentence", "quote", "name", "tail"), [
    ('"It was a mistake," Carl Dunne, the club treasurer, said over the phone.', "It was a mistake", "Carl Dunne",
     "the phone"),
    ('"We never saw the invoice," Ana Lind, the school\'s bursar, said over the phone from Geneva.',
     "We never saw the invoice", "Ana Lind", "the phone"),
    ('"The money is gone," Carl Dunne said over coffee in his office.', "The money is gone", "Carl Dunne",
     "coffee"),
])
def test_words_after_a_trailing_cue_are_no_claim(sentence, quote, name, tail):
    got = _claims(sentence)
    assert (name, quote) in got, got
    assert not any(tail in text for _, text in got), got


@pytest.mark.parametrize(("sentence", "asked"), [
    ('"No," Tomas Berg said when asked if he would resign from the board.', "when asked"),
    ('"We will finish the bridge by June," Ana Lind said when asked by a reporter whether the work was late.',
     "when asked"),
])
def test_when_asked_after_a_trailing_cue_is_no_content(sentence, asked):
    got = _claims(sentence)
    assert not any(asked in text for _, text in got), got


def test_said_when_asked_that_keeps_the_clause():
    got = _claims("The treasurer, Carl Dunne, said when asked that the budget was balanced.")
    assert ("Carl Dunne", "the budget was balanced") in got, got


@pytest.mark.parametrize(("sentence", "work"), [
    ("Kim Varga wrote a book about the flood in 2019.", "a book"),
    ("Judge Ana Lind wrote the majority opinion.", "majority opinion"),
    ("The mayor, Tomas Berg, wrote an op-ed about rent control last week.", "op-ed"),
    ("Residents of the valley wrote letters to the council.", "letters"),
    ("Carl Dunne wrote a detailed memo on the budget.", "memo"),
])
def test_a_written_work_alone_is_no_claim(sentence, work):
    got = _claims(sentence)
    assert [c for c in got if c[0] != "Valley Ledger"] == [], got  # the sentence is the publisher's own


@pytest.mark.parametrize(("sentence", "name", "text"), [
    ("Kim Varga wrote that the dam had never been safe.", "Kim Varga", "the dam had never been safe"),
    ("Kim Varga wrote a book about the flood in 2019, saying the dam had never been safe.", "Kim Varga",
     "the dam had never been safe"),
    ("Mayor Tomas Berg wrote a column in the Ledger urging voters to stay home.", "Tomas Berg",
     "voters to stay home"),
    ("Ana Lind wrote the levy was a mistake.", "Ana Lind", "the levy was a mistake"),
])
def test_what_a_writer_says_is_still_a_claim(sentence, name, text):
    got = _claims(sentence)
    assert (name, text) in got, got
