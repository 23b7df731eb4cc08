"""A relative clause between a subject and its cue: the subject before the clause speaks even when
a prepositional phrase with 'on' says where the person works ('a porter on the night shift, who
asked not to be named, said C'), and 'on' before a date is still no part of a speaker."""

from __future__ import annotations

import pytest

from provenance.extract import extract_claimset


def _attributed(text: str) -> list[tuple[str, str]]:
    """(speaker mention, claim text) of each attributed claim of a one-paragraph article."""
    cs = extract_claimset(text, slug="t")
    return [(text[c["speaker_start"]:c["speaker_end"]] if c.get("speaker_start") is not None else "", c["text"])
            for c in cs["claims"] if c["form"] != "unattributed"]


@pytest.mark.parametrize("sentence, mention, content", [
    ("A porter on the night shift, who asked us not to give his name, said the lifts had failed twice.",
     "A porter on the night shift", "the lifts had failed twice"),
    ("A midwife on the maternity unit, who asked not to be named because she was not allowed to speak to "
     "reporters, said the unit had closed its doors on Sunday.",
     "A midwife on the maternity unit", "the unit had closed its doors on Sunday"),
    ("A player on the reserve team, who did not want to be identified, told reporters the wages were late.",
     "A player on the reserve team", "the wages were late"),
    ("A worker on the oil platform, who spoke on condition of anonymity, said the valve had leaked for weeks.",
     "A worker on the oil platform", "the valve had leaked for weeks"),
])
def test_subject_with_on_before_a_relative_clause_speaks(sentence: str, mention: str, content: str) -> None:
    found = _attributed(sentence)
    assert (mention, content) in [(m[:len(mention)], c) for m, c in found], found


def test_on_before_a_date_is_no_part_of_the_speaker() -> None:
    text = "Officials on Monday, who asked not to be named, said the bridge would reopen in June."
    found = _attributed(text)
    assert all("Monday" not in m for m, _c in found), found



@pytest.mark.parametrize("sentence, mention, content", [
    ("The governor of Westmere, who took office in June and promised a review, told reporters the fees would rise.",
     "The governor of Westmere", "the fees would rise"),
    ("The head of the college, who arrived in 2021 and promised a review, said the fees would rise.",
     "The head of the college", "the fees would rise"),
])
def test_second_verb_of_a_relative_clause_is_no_main_cue(sentence: str, mention: str, content: str) -> None:
    """'X, who took office in May and promised C, told reporters D': the clause's second verb's
    content ends at the clause's comma, and X tells D."""
    found = _attributed(sentence)
    assert any(m.startswith(mention) and c == content for m, c in found), found
    assert all("the fees" not in c or c == content for _m, c in found), found
