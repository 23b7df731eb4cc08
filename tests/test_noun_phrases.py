"""The attribution parser's two walks back through a sentence: from a party label to where it opens
(`_opening_mark`), and from a cue over the words of a noun phrase (`_np_start`)."""

from __future__ import annotations

import pytest

from provenance.extract.attribution import _Parser
from provenance.extract.lexicon import lexicon
from provenance.extract.segment import blocks, sentences, tokenize


def parser(text: str) -> _Parser:
    block, = blocks(text)
    sentence, = sentences(text, block, 0)
    return _Parser(text, sentence, tokenize(text, sentence), lexicon(), 0)


def index(p: _Parser, word: str, nth: int = 0) -> int:
    """The token of `word` (its nth occurrence)."""
    return [k for k, tok in enumerate(p.t) if p.text[tok.start:tok.end] == word][nth]


@pytest.mark.parametrize("text, after, mark, reach, at_begin, opens_after", [
    # from the label's last word back to the mark that opens it: the name ends there
    ("Rep. Ana Costa (D-N.Y.) said the port would close.", "D-N.Y", "(", 8, False, "Costa"),
    ("Sen. Ana Costa, R-Ky., said the port would close.", "R-Ky", ",", None, False, "Costa"),
    ("Sen. Ana Costa, R-Ky., said the port would close.", "R-Ky", ",", 8, False, "Costa"),
    # too far back for the reach: no mark
    ("Sen. Ana Costa, long the member for the district, R-Ky., said it.", "R-Ky", "(", 8, False, None),
    ("Sen. Ana Costa (long the member for the district R-Ky.) said it.", "R-Ky", "(", 4, False, None),
    ("Sen. Ana Costa (long the member for the district R-Ky.) said it.", "R-Ky", "(", None, False, "Costa"),
    # the walk meets the sentence's start: a mark on the first token counts only with at_begin
    ("(D-N.Y.) said the port would close.", "D-N.Y", "(", 8, False, None),
    ("(D-N.Y.) said the port would close.", "D-N.Y", "(", 8, True, "start"),
])
def test_opening_mark(text, after, mark, reach, at_begin, opens_after):
    p = parser(text)
    k = index(p, after) + 1  # the label's full stop, before its ')' or ','
    found = p._opening_mark(k, mark, k + 2, reach=reach, at_begin=at_begin)
    if opens_after is None:
        assert found is None
    elif opens_after == "start":
        assert found == 0
    else:
        assert found == index(p, opens_after) + 1 and p.is_p(found, mark)


@pytest.mark.parametrize("text, cue, reach, expected", [
    ("The harbour master Ana Costa said it.", "said", 12, "Ana Costa"),
    ("The harbour master Ana Costa said it.", "said", 2, "Ana Costa"),
    ("The harbour master Ana Costa said it.", "said", 1, "Costa"),
    # the marks inside a name are walked over
    ("The treaty holds, A. B. Costa said.", "said", 12, "A. B. Costa"),
])
def test_np_start_walks_back_over_a_name(text, cue, reach, expected):
    p = parser(text)
    b = index(p, cue)
    capitalised = p._np_start(b, reach, lambda k: p.t[k].cap, frozenset())
    assert p.text[p.t[capitalised].start:p.t[b - 1].end] == expected


def test_np_start_stops_at_a_cue():
    p = parser("Officials said the harbour master agreed.")
    b = index(p, "agreed")
    any_word = p._np_start(b, 12, lambda k: True, frozenset())
    assert p.text[p.t[any_word].start:p.t[b - 1].end] == "the harbour master"


def test_np_start_skips_leading_words():
    p = parser("Later the harbour master said it.")
    b = index(p, "said")
    any_word = p._np_start(b, 12, lambda k: True, frozenset())
    assert p.text[p.t[any_word].start:p.t[b - 1].end] == "Later the harbour master"
    skipped = p._np_start(b, 12, lambda k: True, frozenset({"later", "the"}))
    assert p.text[p.t[skipped].start:p.t[b - 1].end] == "harbour master"
