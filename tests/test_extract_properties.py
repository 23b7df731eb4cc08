"""Properties of the extractor on any input, and linear time on pathological input."""

from __future__ import annotations

import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from provenance.extract import extract_claimset

_NEWSY = st.lists(
    st.sampled_from([
        "Officials", "said", "told", "“", "”", '"', "''", ",", ".", " ", "\n", "\n\n", "according to", "the",
        "Reuters", "he", "she", "adding", "that", "U.S.", "Gen.", "on May 3", "Thursday", ":", "—", "(", ")",
        "quoted", "saying", "Mr.", "Smith", "did not confirm", "reports", "al-Asaad", "’", "‘", "Speaking to",
    ]),
    max_size=60,
).map("".join)


def _check(text: str) -> None:
    cs = extract_claimset(text, slug="p", outlet="Valley Herald")
    n = len(text)
    for claim in cs["claims"]:
        assert 0 <= claim["start"] < claim["end"] <= n
        assert text[claim["start"]:claim["end"]] == claim["text"]
        for a, b in (("speaker_start", "speaker_end"), ("cue_start", "cue_end"), ("sentence_start", "sentence_end")):
            if claim[a] is not None:
                assert 0 <= claim[a] <= claim[b] <= n
        assert claim["form"] in ("direct", "indirect", "unattributed")
        assert claim["kind"] in ("fact", "position", "opinion", "prediction")
    ids = {c["id"] for c in cs["claims"]}
    for link in cs["links"]:
        assert link["source"] in ids and link["target"] in ids


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_any_unicode_text_gives_valid_offsets(text):
    _check(text)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_NEWSY)
def test_news_like_fragments_give_valid_offsets(text):
    _check(text)


def _seconds(text: str) -> float:
    start = time.perf_counter()
    extract_claimset(text, slug="p")
    return time.perf_counter() - start


def test_pathological_input_takes_linear_time():
    # one paragraph, no sentence end: the worst case for quote pairing and noun-phrase walks
    unit_texts = [
        "“" * 1000, '"' * 1000, ", " * 1000, "Smith " * 1000, "said " * 1000, "U.S. " * 1000,
        "according to " * 500, "“A,” he said, " * 200, "(" * 1000, "May 3, " * 500,
        "Berg’s claim that " * 300, "Ana Costa, a spokeswoman, " * 200, "PENCE: " * 500, "“A” ― B " * 300,
    ]
    for unit in unit_texts:
        small = _seconds(unit * 2)
        big = _seconds(unit * 40)
        # 20x the text may cost at most ~60x the time (generous for timer noise), never quadratic (400x)
        assert big <= max(0.05, small) * 60, (unit[:20], small, big)
        assert big < 2.0, (unit[:20], big)
