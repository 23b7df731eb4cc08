"""The cheap tests that spare a pattern its search (extraction speed, issue 14) give what the pattern
gives: a request not to be named, a verdict on a story, a copyright line."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.extract.lexicon import (
    _anonymity_pattern,
    anonymity_request,
    false_pronoun_fullmatch,
    false_story_match,
    lexicon,
)
from provenance.extract.page import is_boilerplate

# words the patterns are made of, and others, so that generated text comes near a match
_WORDS = ["asked", "not", "to", "be", "named", "identified", "declined", "who", "the", "report", "story", "is",
          "was", "were", "are", "false", "untrue", "completely", "anonymity", "on", "condition", "of", "her", "name",
          "Copyright", "(c)", "2026", "©", "All", "rights", "reserved", "Kelby", "Ferries", "Ltd", "said", "IS",
          "NOT", "Be", "that", "That's", "That’s", "none", "this", "true", "a", "lie", ",", ".", "\"", "“", "’", "ı", "İ", "ſ"]
_SEPARATORS = [" ", "  ", "\t", "\n", "\u00a0", "\x1c", ""]

_texts = st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_SEPARATORS)), max_size=14).map(
    lambda parts: "".join(w + s for w, s in parts))


def _span(m: re.Match[str] | None) -> tuple[int, int] | None:
    return None if m is None else m.span()


@pytest.mark.parametrize("text", [
    "a nurse, who asked Channel 9 not to use her name, said",
    "a guard who did not want to be quoted said",
    "an official who spoke on condition of anonymity said",
    "a clerk who declined to be identified said",
    "a clerk soon to be named foreman",
    "the minister said the talks would resume",
    "an aide, who asked that his name not be used, said",
])
def test_anonymity_request_as_its_pattern(text: str) -> None:
    assert _span(anonymity_request(text)) == _span(_anonymity_pattern().search(text))


@settings(max_examples=400, deadline=None)
@given(_texts, st.integers(0, 8), st.booleans())
def test_anonymity_request_as_its_pattern_anywhere(text: str, start: int, at: bool) -> None:
    start = min(start, len(text))
    pattern = _anonymity_pattern()
    expected = (pattern.match if at else pattern.search)(text, start, len(text))
    assert _span(anonymity_request(text, start, at=at)) == _span(expected)


@pytest.mark.parametrize("text", [
    "This story is false", "These reports are completely untrue", "The report in the Morrow Courier is wrong",
    "the Courier story is simply wrong", "THE STORY IS FALSE", "the story\tis\nfalse", "The story broke on Monday",
    "Le rapport est faux", "the story ıs false",
])
def test_false_story_as_its_pattern(text: str) -> None:
    assert _span(false_story_match(lexicon(), text)) == _span(lexicon().false_story.match(text))


@settings(max_examples=400, deadline=None)
@given(_texts, st.integers(0, 8))
def test_false_story_as_its_pattern_anywhere(text: str, start: int) -> None:
    start = min(start, len(text))
    assert _span(false_story_match(lexicon(), text, start)) == _span(lexicon().false_story.match(text, start))


@pytest.mark.parametrize("text", [
    "That is simply not true", "That's a lie.", "None of this is true", "THAT WAS FALSE", "That\nis false",
    "That’s false", "That would be wrong", "it's not accurate", "That ıs false",
])
def test_false_pronoun_as_its_pattern(text: str) -> None:
    assert _span(false_pronoun_fullmatch(lexicon(), text)) == _span(lexicon().false_pronoun.fullmatch(text))


@settings(max_examples=400, deadline=None)
@given(_texts, st.integers(0, 8))
def test_false_pronoun_as_its_pattern_anywhere(text: str, start: int) -> None:
    start = min(start, len(text))
    expected = lexicon().false_pronoun.fullmatch(text, start)
    assert _span(false_pronoun_fullmatch(lexicon(), text, start)) == _span(expected)


@pytest.mark.parametrize(("line", "furniture"), [
    ("© 2026 Kelby Ferries Ltd. All rights reserved.", True),
    ("Copyright 2026 The Tarn Valley Post", True),
    ("Text (c) 2026 Harbour Press", True),
    ("(C)\n2026 Harbour Press", True),
    ("Harbour Press\n(c) 2026", False),
    ("The ferry company said it held the copyright to the timetable.", True),
    ("The ferry company said it held the rights to the timetable.", False),
    ("CafÃ© owners met on Monday.", False),
    ("Tous droits réservés", True),
])
def test_copyright_lines(line: str, furniture: bool) -> None:
    assert is_boilerplate(line) is furniture


_POST_WORDS = ["A", "An", "The", "One", "This", "viral", "old", "Facebook", "video", "VIDEO", "posts", "voice", "note",
               "circulating", "on", "TikTok", "claims", "that", "shows", ",", "the", "dam", "failed", "ſ", "poſt"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_POST_WORDS), st.sampled_from([" ", "\t", "  ", "\n", ", "])), max_size=10))
def test_post_gate_passes_every_post_subject(parts: list[tuple[str, str]]) -> None:
    from provenance.extract.document import _may_open_with_post, _post_subject
    text = "".join(w + s for w, s in parts)
    if _post_subject().match(text) is not None:
        assert _may_open_with_post(text, 0, len(text))
