"""The claim matcher: one score for corroboration, review carry-over and diff, with conflict signals
(a one-sided negation, a different number or date) that are never agreement."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from provenance import matching, tuning
from provenance.datafiles import load_data
from provenance.matching import conflict, matcher, prepare


@pytest.mark.parametrize("a, b, kind", [
    ("the two countries have agreed on a hotline", "the two countries have not agreed on a hotline", "negation"),
    ("the two countries have agreed on a hotline", "the two countries failed to agree on a hotline", "negation"),
    ("the strike killed 12 people", "the strike killed 21 people", "number"),
    ("the strike killed twelve people", "the strike killed 21 people", "number"),
    ("talks were held on Monday", "talks were held on Tuesday", "date"),
    # 'fail', 'refuse', 'decline' negate only before 'to': elsewhere the failure is what is stated
    ("the dam failed a safety inspection", "the dam did not fail any inspection", "negation"),
    ("the mayor refused the offer", "the mayor did not refuse the offer", "negation"),
    ("the dam failed a safety inspection", "the dam failed the safety inspection", None),
    ("talks were held in 2024", "talks were held in 2025", "date"),
    ("the strike killed 12 people", "the strike killed twelve people", None),
    ("the deal is worth $64.7 billion", "the deal is worth $65 billion", None),
    ("he did not confirm the talks", "he did not confirm the talks", None),
    ("the two countries have agreed on a hotline", "a hotline was agreed, he said, but no date was set", None),
    ("we may meet in May", "we may meet in June", "date"),
    ("we may meet soon", "they may meet soon", None),
    # both negate: not a one-sided negation
    ("the plants will not increase smog", "the plants won't necessarily increase smog", None),
    # numbers about different things (nothing shared next to them) do not conflict
    ("The suspect, 31, was arrested", "The suspect faced two counts", None),
    ("the talks were held in Baku on 12 May 2025", "the talks were held in Baku on 12 May 2024", "date"),
])
def test_conflicts(a, b, kind):
    assert conflict(prepare(a), prepare(b)) == kind
    assert conflict(prepare(b), prepare(a)) == kind


@pytest.mark.parametrize("a, b", [
    ("the two countries have agreed on a hotline", "the two countries have not agreed on a hotline"),
    ("the attack killed 12 soldiers near the border", "the attack killed 21 soldiers near the border"),
])
def test_a_conflict_is_a_candidate_contradiction_never_agreement(a, b):
    found = matcher().match(a, b)
    assert found.score >= found.threshold and found.conflict is not None
    assert found.contradicts and not found.same


def test_paraphrases_match_and_unrelated_claims_do_not():
    m = matcher()
    assert m.match("The two countries agreed on a hotline.", "the two countries have agreed on a hotline").same
    assert m.match("Shares of the company rose 5 percent on Friday", "On Friday the company's shares rose 5 percent").same
    assert not m.match("the two countries have agreed on a hotline", "the ferry strike ended after a week").same
    assert m.score("same words", "same words") == 1.0


def test_the_scores_are_probabilities_and_symmetric_enough():
    m = matcher()
    a, b = "the minister said talks would resume next week", "talks will resume next week, the minister said"
    assert 0.0 <= m.score(a, b) <= 1.0
    assert abs(m.score(a, b) - m.score(b, a)) < 0.05


def test_the_shipped_model_matches_its_features_and_the_tuning_table():
    model = load_data("matcher.json")["model"]
    assert model["features"] == list(matching.FEATURES)
    assert len(model["weights"]) == len(matching.FEATURES)
    assert round(model["threshold"], 2) == tuning.CORROBORATION_THRESHOLD
    assert tuning.RESTATEMENT >= tuning.CORROBORATION_THRESHOLD and tuning.CARRY_SIMILARITY >= tuning.CORROBORATION_THRESHOLD
    assert model["cv"]["accuracy"] > 0.7  # what benchmarks/matching.py --train measured; see tuning.py


# --- end to end: two outlets, two articles of our own ----------------------------------------------

ARTICLES = {
    "negation": ("Greek Foreign Minister Nikos Dendias said on Monday that the two countries have agreed on "
                 "a hotline in the Aegean.\n",
                 "Turkish Foreign Minister Hakan Fidan said on Tuesday that the two countries have not agreed on "
                 "a hotline in the Aegean.\n"),
    "number": ("Greek Defence Minister Nikos Dendias said on Monday that the storm killed 12 people on the island "
               "of Evia.\n",
               "Evia governor Maria Vlachou said on Monday that the storm killed 21 people on the island of Evia.\n"),
}


@pytest.mark.parametrize("kind", sorted(ARTICLES))
def test_two_outlets_that_differ_in_a_negation_or_a_number_are_not_corroborated(run, tmp_path, kind):
    pytest.importorskip("provenance.extract")
    first, second = ARTICLES[kind]
    for name, text, outlet in (("one", first, "Kathimerini"), ("two", second, "Daily Sabah")):
        path = tmp_path / f"{kind}-{name}.txt"
        path.write_text(text, encoding="utf-8")
        result = run("ingest", "--outlet", outlet, str(path))
        assert result.exit_code == 0, result.output
    rows = json.loads(run("claims", "--format", "json").stdout)
    assert len(rows) == 2, rows
    assert "corroborated" not in {r["status"] for r in rows}
    assert "disputed" in {r["status"] for r in rows}
    links = [lk for r in rows for lk in json.loads(run("show", str(r["id"]), "--format", "json").stdout)["links"]]
    assert {lk["relation"] for lk in links} == {"contradicts"}


def test_batches_score_as_single_pairs_and_a_full_symbol_table_changes_no_score(monkeypatch):
    texts = [("The port authority cancelled its contract with the ferry operator on Sunday",
              "On Sunday the port authority cancelled the ferry operator's contract"),
             ("Shares of the company rose 5 percent on Friday", "the strike killed 12 people"),
             ("the two countries have agreed on a hotline", "the two countries have not agreed on a hotline")]
    m = matcher()
    batch = [found.score for found in m.match_many(texts)]
    assert batch == pytest.approx([m.match(a, b).score for a, b in texts], abs=1e-12)
    monkeypatch.setattr(matching._Symbols, "LIMIT", len(matching._SYMBOLS.words) + 2)
    before = matching._SYMBOLS.generation
    old = [prepare(a) for a, _ in texts]  # prepared with symbols about to be dropped
    fresh = [prepare(b + " and more words nobody wrote before, zyxw vuts") for _, b in texts]
    assert matching._SYMBOLS.generation > before
    again = m.scores(old, [prepare(b) for _, b in texts])
    assert again == pytest.approx(batch, abs=1e-12)
    assert all(p.generation == matching._SYMBOLS.generation for p in fresh[-1:])


def test_threads_preparing_new_words_at_once_never_share_a_symbol(monkeypatch):
    import sys
    import threading

    monkeypatch.setattr(sys, "getswitchinterval", sys.getswitchinterval)
    sys.setswitchinterval(1e-6)  # switch threads as often as possible: races show at once
    try:
        texts = [[f"claim {t} {i} says " + " ".join(f"w{t}x{i}x{k}" for k in range(12)) for i in range(150)]
                 for t in range(6)]
        failed: list[BaseException] = []

        def work(ts: list[str]) -> None:
            try:
                [matching.prepare.__wrapped__(x) for x in ts]  # (past the cache)
            except BaseException as e:  # noqa: BLE001 - reported below
                failed.append(e)

        workers = [threading.Thread(target=work, args=(ts,)) for ts in texts]
        for w in workers:
            w.start()
        for w in workers:
            w.join()
    finally:
        sys.setswitchinterval(0.005)
    assert not failed
    symbols = matching._SYMBOLS
    assert all(len(v) == 2 for v in symbols.words.values())
    mine = [v[0] for v in symbols.words.values()]
    assert len(set(mine)) == len(mine)
    assert len(set(symbols.stems.values())) == len(symbols.stems)


@given(st.lists(st.tuples(st.text(alphabet="abcĀāĂ\U00010000", max_size=12), st.text(alphabet="abcĀāĂ\U00010000", max_size=12)),
                min_size=matching._FEW_PAIRS + 1, max_size=40))
def test_ngram_counts_of_a_batch_are_those_of_each_pair(pairs):
    xs, ys = [x for x, _ in pairs], [y for _, y in pairs]
    found = matching._shared_ngrams([(xs, ys, 1), (xs, ys, 2), (ys, xs, 3)])
    for row, (a, b, n) in zip(found, [(xs, ys, 1), (xs, ys, 2), (ys, xs, 3)], strict=True):
        assert row.tolist() == [matching._shared_count(x, y, n) for x, y in zip(a, b, strict=True)]


def test_prepared_texts_hold_nothing_the_garbage_collector_walks():
    """A batch of fresh texts needs no pause of the collector: a prepared text is strings,
    numbers and tuples of them (which the collector stops tracking), nothing it must walk."""
    def plain(value: object) -> bool:
        return isinstance(value, (str, int)) or (type(value) is tuple and all(map(plain, value)))

    p = prepare("The ministry didn't say that 12 people died on Monday, 3 May 2024, in Baku.")
    assert p.values and p.negated and all(map(plain, p))
