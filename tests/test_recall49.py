"""train.py --misses: the gold contents rules+model miss, counted by shape (issue 14). Own invented articles."""

from __future__ import annotations

import json

import pytest

from provenance import train


def _att(text: str, content: str, cue: str = "") -> dict:
    s = text.index(content)
    q = text.index(cue) if cue else 0
    return {"has_source": False, "source_frags": [], "source": "", "cue": cue,
            "cue_frags": [[q, q + len(cue)]] if cue else [], "content_frags": [[s, s + len(content)]],
            "content_span": [s, s + len(content)], "content": content}


TEXT = "The ferry operator said the crossing would reopen in May. Harbour pilots backed a longer season."
DOC = {"text": TEXT, "discard_spans": [],
       "attributions": [_att(TEXT, "the crossing would reopen in May", "said"), _att(TEXT, "a longer season", "backed")]}


def _span(text: str, words: str) -> dict:
    s = text.index(words)
    return {"content_span": [s, s + len(words)], "source": None, "source_span": None}


def test_missed_counts_each_shape():
    found = _span(TEXT, "the crossing would reopen in May")
    over = _span(TEXT, "the crossing would reopen in May. Harbour pilots backed a longer season")
    short = _span(TEXT, "longer")
    assert train.missed([DOC], [[found]], [[found]], [[]]) == {train.MISS_SHAPES[3]: 1}
    assert train.missed([DOC], [[]], [[found]], [[]])[train.MISS_SHAPES[0]] == 1
    assert train.missed([DOC], [[found]], [[found]], [[_span(TEXT, "a longer season")]]) == {train.MISS_SHAPES[1]: 1}
    assert train.missed([DOC], [[found]], [[found]], [[short]]) == {train.MISS_SHAPES[2]: 1}
    assert train.missed([DOC], [[over]], [[]], [[]]) == {train.MISS_SHAPES[4]: 2}
    assert train.missed([DOC], [[found, short]], [[found]], [[]]) == {train.MISS_SHAPES[6]: 1}
    too_long = _span(TEXT, "Harbour pilots backed a longer season")
    assert train.missed([DOC], [[found, too_long]], [[found]], [[]]) == {train.MISS_SHAPES[5]: 1}


def _corpus() -> list[dict]:
    docs = []
    for who, cue, what in [("The ferry operator", "said", "the crossing would reopen"),
                           ("Harbour pilots", "told the council", "the channel was too shallow"),
                           ("The port authority", "expects", "freight to double"),
                           ("Deckhands", "warned", "the timetable could slip")]:
        text = f"{who} {cue} {what}.\n\nThe tide was high."
        c, w = text.index(cue), text.index(what)
        docs.append({"text": text, "discard_spans": [], "attributions": [{
            "has_source": True, "source": who, "source_frags": [[0, len(who)]], "source_span": [0, len(who)],
            "cue": cue, "cue_frags": [[c, c + len(cue)]], "cue_span": [c, c + len(cue)],
            "content": what, "content_frags": [[w, w + len(what)]], "content_span": [w, w + len(what)]}]})
    return docs


def test_misses_option_prints_the_table(tmp_path, capsys):
    pytest.importorskip("pycrfsuite")
    corpus = tmp_path / "train.jsonl"
    corpus.write_text("".join(json.dumps(d) + "\n" for d in _corpus() * 2), encoding="utf-8")
    assert train.main(["--train", str(corpus), "--holdout", "3", "--output", str(tmp_path / "m"),
                       "--param", "max_iterations=5", "--misses"]) == 0
    out = capsys.readouterr().out
    assert "missed by rules+model:" in out
    assert all(shape in out for shape in train.MISS_SHAPES)
