"""Claim matching measured on human-labelled sentence pairs (the MSRP format), against baselines.

    python benchmarks/matching.py --tune TRAIN.tsv --pairs PAIRS.tsv [--json]
    python benchmarks/matching.py --tune TRAIN.tsv --pairs TRAIN.tsv     # same file: k-fold CV
    python benchmarks/matching.py --tune TRAIN.tsv --train               # refit the shipped model

Files are tab-separated with a header: `Quality, #1 ID, #2 ID, #1 String, #2 String` (label 1 when
the two sentences say the same thing). They are read by path; none of their text is kept.

Methods, each with accuracy, F1 (of "same") and pairs per second on one core:
- `matcher`: the project's matcher (`provenance.matching.Matcher`), "same" when its probability
  reaches its threshold and no conflict (a one-sided negation, a number or date of one where the
  other gives another about the same thing) is found; with cross-validation also `matcher_score_only`,
  its probability alone at a threshold tuned without the conflicts (MSRP's people call many pairs
  that differ in a number "the same": "40 percent" and "43 percent");
- `tfidf_cosine`: cosine of word TF-IDF vectors (IDF from the --tune sentences), threshold tuned;
- `token_set_ratio`: rapidfuzz `token_set_ratio` of the normalised texts, threshold tuned;
- `token_bag_overlap`: the weighted Dice overlap of corroboration's token bags, the score that
  decided `corroborates` before the matcher (now it only picks candidates, see tuning.py), at its
  old 0.55; with its synonym groups it measured the same on MSRP (accuracy 0.682, F1 0.783).

Speeds are CPU time of one core with every cache of whole texts emptied first: the matcher judges
the pairs as one batch (`Matcher.match_many`, as corroboration does), and is also timed with each
text prepared once already and a pair at a time (`match`); `speed_vs` is its speed as a share of
each baseline's in the same run, which a busy machine does not change as it changes pairs/s.

With `--pairs` another file, the thresholds (and, with `--refit`, the matcher's coefficients) are
chosen on `--tune` and measured on `--pairs`; the shipped matcher is measured as it ships. With
`--pairs` the same file as `--tune`, every method is measured by k-fold cross-validation (`--folds`,
default 10): the matcher is refitted and every threshold chosen on the other folds each time.
`--train` fits the matcher on the whole of `--tune` (threshold by cross-validation) and writes its
coefficients into provenance/data/matcher.json.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import random
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import numpy as np  # noqa: E402
from rapidfuzz import fuzz  # noqa: E402

from provenance import matching  # noqa: E402
from provenance.folding import fold  # noqa: E402

DATA_FILE = Path(__file__).resolve().parent.parent / "provenance" / "data" / "matcher.json"
L2 = 3.0  # ridge penalty of the logistic regression (standardised features, summed log-likelihood);
# chosen by 10-fold cross-validation on the MSRP train split among 0.3, 1, 3, 10 (3: accuracy 0.763)

Pair = tuple[int, str, str]


def read_pairs(path: str) -> list[Pair]:
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [(int(r[0]), r[3], r[4]) for r in rows[1:] if len(r) >= 5]


# --- logistic regression (numpy; Newton's method on standardised features) ---------------------

def fit(xs: Sequence[Sequence[float]], ys: Sequence[int], iterations: int = 50) -> tuple[list[float], float]:
    """Weights and bias of an L2-regularised logistic regression, in the units of the raw features.

    The penalty (`L2`) is on the weights of the standardised features (each feature less its mean,
    over its standard deviation), so that it weighs every feature alike; the bias is not penalised.
    """
    x = np.asarray(xs, dtype=float)
    y = np.asarray(ys, dtype=float)
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    z = np.hstack([(x - mean) / scale, np.ones((len(x), 1))])
    beta = np.zeros(z.shape[1])
    penalty = np.full(z.shape[1], L2)
    penalty[-1] = 0.0
    for _ in range(iterations):
        p = 1 / (1 + np.exp(-np.clip(z @ beta, -60, 60)))
        grad = z.T @ (p - y) + penalty * beta
        hess = (z * (p * (1 - p))[:, None]).T @ z + np.diag(penalty)
        step = np.linalg.solve(hess, grad)
        beta -= step
        if np.abs(step).max() < 1e-10:
            break
    weights = beta[:-1] / scale
    return weights.tolist(), float(beta[-1] - (weights * mean).sum())


# --- scores and thresholds -----------------------------------------------------------------------

def best_threshold(scores: Sequence[float], labels: Sequence[int], blocked: Sequence[bool] | None = None) -> float:
    """The threshold of highest accuracy ("same" at score >= threshold and not blocked)."""
    blocked = blocked or [False] * len(scores)
    order = sorted(range(len(scores)), key=lambda i: scores[i], reverse=True)
    # start with nothing "same": every positive is wrong
    correct = sum(1 for y in labels if y == 0)
    best, best_t = correct, max(scores) + 1e-9
    for n, i in enumerate(order):
        if not blocked[i]:
            correct += 1 if labels[i] == 1 else -1
        nxt = scores[order[n + 1]] if n + 1 < len(order) else None
        if nxt is not None and nxt == scores[i]:
            continue
        if correct > best:
            best = correct
            best_t = scores[i] if nxt is None else (scores[i] + nxt) / 2
    return best_t


def figures(predicted: Sequence[bool], labels: Sequence[int]) -> dict[str, float]:
    tp = sum(1 for p, y in zip(predicted, labels, strict=True) if p and y)
    fp = sum(1 for p, y in zip(predicted, labels, strict=True) if p and not y)
    fn = sum(1 for p, y in zip(predicted, labels, strict=True) if not p and y)
    acc = sum(1 for p, y in zip(predicted, labels, strict=True) if p == bool(y)) / len(labels)
    f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    return {"accuracy": round(acc, 4), "f1": round(f1, 4)}


def tfidf_scorer(tune: Sequence[Pair]) -> Callable[[str, str], float]:
    """Cosine of word TF-IDF vectors, with IDF from the sentences of `tune`."""
    df: Counter[str] = Counter()
    docs = [s for _, a, b in tune for s in (a, b)]
    for s in docs:
        df.update(set(matching.normalise(s).split()))
    n = len(docs)

    def vector(text: str) -> dict[str, float]:
        tf = Counter(matching.normalise(text).split())
        v = {w: c * (math.log((1 + n) / (1 + df[w])) + 1) for w, c in tf.items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        return {w: x / norm for w, x in v.items()}

    def cosine(a: str, b: str) -> float:
        va, vb = vector(a), vector(b)
        if len(va) > len(vb):
            va, vb = vb, va
        return sum(x * vb.get(w, 0.0) for w, x in va.items())

    return cosine


def token_set(a: str, b: str) -> float:
    return fuzz.token_set_ratio(matching.normalise(a), matching.normalise(b)) / 100.0


def token_bag_overlap(a: str, b: str) -> float:
    from rapidfuzz.distance import Indel

    from provenance import corroboration

    signatures = corroboration.Signatures([corroboration.tokens(a), corroboration.tokens(b)])
    return Indel.normalized_similarity(signatures.strings[0], signatures.strings[1])


# --- the matcher ---------------------------------------------------------------------------------

class Rows:
    """The matcher's features of every pair, computed once (they do not depend on the fit), with
    each pair's conflict and whether its two texts are the same words (scored 1.0 whatever the fit)."""

    def __init__(self, pairs: Sequence[Pair]):
        first, second = [matching.prepare(a) for _, a, _ in pairs], [matching.prepare(b) for _, _, b in pairs]
        self.x = matching.feature_matrix(first, second)
        self.blocked = np.asarray([matching.conflict(a, b) is not None for a, b in zip(first, second, strict=True)])
        self.exact = np.asarray([a.words == b.words for a, b in zip(first, second, strict=True)])
        self.labels = np.asarray([y for y, _, _ in pairs])

    def scores(self, m: matching.Matcher, index: Any = slice(None)) -> np.ndarray:
        """`Matcher.score_prepared` of the rows at `index` (the same sum and sigmoid, vectorised)."""
        z = self.x[index] @ np.asarray(m.weights) + m.bias
        return np.where(self.exact[index], 1.0, 1 / (1 + np.exp(-np.clip(z, -60, 60))))


def train_matcher(rows: Rows, index: Any = slice(None)) -> matching.Matcher:
    """Coefficients fitted on the rows at `index`, threshold of best accuracy on them (conflicts blocking)."""
    weights, bias = fit(rows.x[index], rows.labels[index])
    m = matching.Matcher(weights, bias, 0.5)
    m.threshold = round(best_threshold(rows.scores(m, index).tolist(), rows.labels[index].tolist(),
                                       rows.blocked[index].tolist()), 4)
    return m


def matcher_predict(m: matching.Matcher, pairs: Sequence[Pair]) -> list[bool]:
    return [found.same for found in m.match_many([(a, b) for _, a, b in pairs])]


def rate(score: Callable[[Any, Any], object], pairs: Sequence[tuple[Any, Any, Any]],
         clear: Callable[[], None] = lambda: None) -> float:
    """Pairs per second of `score` over `pairs` on one core (CPU time of this process, so that a
    busy machine does not count), caches emptied first: every text is prepared (best of three)."""
    return rate_batch(lambda batch: [score(a, b) for a, b in batch], pairs, clear)


def rate_batch(score: Callable[[list[tuple[Any, Any]]], object], pairs: Sequence[tuple[Any, Any, Any]],
               clear: Callable[[], None] = lambda: None) -> float:
    """`rate` of a scorer of a whole batch of pairs at once (the matcher's `match_many`)."""
    batch = [(a, b) for _, a, b in pairs]
    best = 0.0
    for _ in range(3):
        clear()
        t0 = time.process_time()
        score(batch)
        best = max(best, len(pairs) / max(1e-9, time.process_time() - t0))
    return round(best)


def _clear() -> None:
    """Empty the caches of whole texts (each text prepared or folded again); those of single words stay."""
    matching.prepare.cache_clear()
    fold.cache_clear()


# --- runs ----------------------------------------------------------------------------------------

def folds(n: int, k: int, seed: int = 13) -> list[list[int]]:
    order = list(range(n))
    random.Random(seed).shuffle(order)
    return [order[f::k] for f in range(k)]


def cross_validate(pairs: Sequence[Pair], k: int) -> dict[str, dict]:
    """Every method by k-fold CV: coefficients and thresholds chosen on the other folds each time."""
    labels = [y for y, _, _ in pairs]
    predicted: dict[str, list[bool]] = {name: [False] * len(pairs) for name in ("matcher", "matcher_score_only",
                                                                                 "tfidf_cosine", "token_set_ratio")}
    thresholds: dict[str, list[float]] = {name: [] for name in predicted}
    rows = Rows(pairs)
    for test in folds(len(pairs), k):
        held = set(test)
        train = [p for i, p in enumerate(pairs) if i not in held]
        ys = [y for y, _, _ in train]
        train_index = [i for i in range(len(pairs)) if i not in held]
        m = train_matcher(rows, train_index)
        thresholds["matcher"].append(m.threshold)
        same = (rows.scores(m, test) >= m.threshold) & ~rows.blocked[test]
        alone = best_threshold(rows.scores(m, train_index).tolist(), ys)
        thresholds["matcher_score_only"].append(round(alone, 4))
        for i, s, t in zip(test, same.tolist(), (rows.scores(m, test) >= alone).tolist(), strict=True):
            predicted["matcher"][i] = s
            predicted["matcher_score_only"][i] = t
        for name, scorer in (("tfidf_cosine", tfidf_scorer(train)), ("token_set_ratio", token_set)):
            t = best_threshold([scorer(a, b) for _, a, b in train], ys)
            thresholds[name].append(round(t, 4))
            for i in test:
                predicted[name][i] = scorer(pairs[i][1], pairs[i][2]) >= t
    out: dict[str, dict] = {name: {**figures(predicted[name], labels), "thresholds": thresholds[name]}
                            for name in predicted}
    out["token_bag_overlap"] = {**figures([token_bag_overlap(a, b) >= 0.55 for _, a, b in pairs], labels),
                                "threshold": 0.55}
    out["always_same"] = figures([True] * len(pairs), labels)
    return out


def held_out(tune: Sequence[Pair], pairs: Sequence[Pair], refit: bool) -> dict[str, dict]:
    labels = [y for y, _, _ in pairs]
    ys = [y for y, _, _ in tune]
    m = train_matcher(Rows(tune)) if refit else matching.matcher()
    out = {"matcher": {**figures(matcher_predict(m, pairs), labels), "threshold": m.threshold}}
    for name, scorer in (("tfidf_cosine", tfidf_scorer(tune)), ("token_set_ratio", token_set)):
        t = best_threshold([scorer(a, b) for _, a, b in tune], ys)
        out[name] = {**figures([scorer(a, b) >= t for _, a, b in pairs], labels), "threshold": round(t, 4)}
    out["token_bag_overlap"] = {**figures([token_bag_overlap(a, b) >= 0.55 for _, a, b in pairs], labels),
                                "threshold": 0.55}
    out["always_same"] = figures([True] * len(pairs), labels)
    return out


def speeds(tune: Sequence[Pair], pairs: Sequence[Pair]) -> dict[str, float]:
    m = matching.matcher()
    tfidf = tfidf_scorer(tune)
    # as in corroboration, where a claim is compared with several: each text prepared once already
    prepared = [(0, matching.prepare(a), matching.prepare(b)) for _, a, b in pairs]
    warm = rate_batch(lambda batch: m.scores([a for a, _ in batch], [b for _, b in batch]), prepared)
    out = {"matcher": rate_batch(m.match_many, pairs, _clear), "matcher_texts_prepared": warm,
           "matcher_pair_at_a_time": rate(m.match, pairs, _clear), "tfidf_cosine": rate(tfidf, pairs, _clear),
           "token_set_ratio": rate(token_set, pairs, _clear)}
    from provenance import corroboration

    out["token_bag_overlap"] = rate(token_bag_overlap, pairs, corroboration._tokens.cache_clear)
    return out


def write_model(m: matching.Matcher, cv: dict) -> None:
    data = json.loads(DATA_FILE.read_text(encoding="utf-8"))
    data["model"] = {"features": list(matching.FEATURES), "weights": [round(w, 6) for w in m.weights],
                     "bias": round(m.bias, 6), "threshold": m.threshold, "cv": cv}
    DATA_FILE.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tune", required=True, help="Labelled pairs to fit and choose thresholds on.")
    parser.add_argument("--pairs", help="Labelled pairs to measure on (the --tune file itself: k-fold CV).")
    parser.add_argument("--folds", type=int, default=10)
    parser.add_argument("--refit", action="store_true", help="Refit the matcher on --tune before measuring --pairs.")
    parser.add_argument("--train", action="store_true", help="Fit the matcher on --tune; write matcher.json.")
    parser.add_argument("--json", action="store_true", help="Print one JSON object.")
    args = parser.parse_args(argv)
    tune = read_pairs(args.tune)
    if args.train:
        cv = cross_validate(tune, args.folds)["matcher"]
        m = train_matcher(Rows(tune))
        write_model(m, {"folds": args.folds, "accuracy": cv["accuracy"], "f1": cv["f1"], "pairs": len(tune)})
        print(f"matcher fitted on {len(tune):,} pairs: threshold {m.threshold}; {args.folds}-fold CV accuracy "
              f"{cv['accuracy']:.3f}, F1 {cv['f1']:.3f}; written to {DATA_FILE.name}", file=sys.stderr)
        return 0
    if not args.pairs:
        parser.error("give --pairs (or --train)")
    same = Path(args.pairs).resolve() == Path(args.tune).resolve()
    pairs = tune if same else read_pairs(args.pairs)
    results = cross_validate(pairs, args.folds) if same else held_out(tune, pairs, args.refit)
    rates = speeds(tune, pairs)
    for name, r in results.items():
        if name in rates:
            r["pairs_per_s"] = rates[name]
    results["matcher"]["pairs_per_s_texts_prepared"] = rates["matcher_texts_prepared"]
    results["matcher"]["pairs_per_s_pair_at_a_time"] = rates["matcher_pair_at_a_time"]
    # the machine may be busy: the matcher's speed as a share of the baselines' in this same run
    results["matcher"]["speed_vs"] = {name: round(rates["matcher"] / rates[name], 3)
                                      for name in ("tfidf_cosine", "token_set_ratio") if rates[name]}
    mode = f"{args.folds}-fold cross-validation on --pairs (the --tune file)" if same else "tuned on --tune, measured on --pairs"
    if args.json:
        print(json.dumps({"mode": mode, "pairs": len(pairs), "methods": results}))
        return 0
    print(f"{len(pairs):,} pairs; {mode}")
    for name, r in results.items():
        speed = f", {r['pairs_per_s']:,} pairs/s" if "pairs_per_s" in r else ""
        if "pairs_per_s_texts_prepared" in r:
            speed += (f" ({r['pairs_per_s_texts_prepared']:,} with each text prepared once already, "
                      f"{r['pairs_per_s_pair_at_a_time']:,} a pair at a time; "
                      + ", ".join(f"{x}x {k}" for k, x in r["speed_vs"].items()) + ")")
        print(f"  {name:16} accuracy {r['accuracy']:.3f}  F1 {r['f1']:.3f}{speed}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
