"""Speed of `provenance diff`: aligning and classifying two claim sets of N claims each, in memory.

Side b is side a with planted edits of every kind (reworded, reattributed, redated, status
changed, moved in blocks, added, removed), so the run also checks that the alignment finds them.
Beside it: an all-pairs rapidfuzz `process.cdist` baseline over the same texts, timed on a sample
of rows in the same run and extrapolated to N x N (scoring only, before any assignment).

    python benchmarks/diff.py                  # 10,000 and 100,000 claims a side
    python benchmarks/diff.py --sizes 2000 --json
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import re
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rapidfuzz import fuzz, process  # noqa: E402

from provenance import diff, matching  # noqa: E402

LIMITS = {10_000: 1.0, 100_000: 10.0}  # seconds allowed (issue 6)
STATUSES = ("confirmed", "corroborated", "unconfirmed", "disputed")
RATES = {"reworded": 0.05, "reattributed": 0.03, "redated": 0.02, "status_changed": 0.03, "removed": 0.02,
         "added": 0.02, "moved": 0.02}


def vocabulary(rng: random.Random) -> list[str]:
    """Words of the seed articles when present (news-like, with curly quotes), else made-up words."""
    words: list[str] = []
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        words += re.findall(r"\S+", path.read_text(encoding="utf-8"))
    if len(words) < 500:
        letters = "abcdefghijklmnopqrstuvwxyz"
        words = ["".join(rng.choice(letters) for _ in range(rng.randint(2, 10))) for _ in range(5000)]
    return words


def sentence(rng: random.Random, words: list[str]) -> str:
    return " ".join(rng.choice(words) for _ in range(rng.randint(10, 32)))


def claimset(claims: list[dict[str, Any]], speakers: int, outlets: int, version: int) -> dict[str, Any]:
    for seq, c in enumerate(claims, 1):
        c["id"], c["seq"] = f"c{seq}", seq
    return {"format": "provenance-claimset", "format_version": 1,
            "document": {"slug": "bench", "title": None, "outlet": None, "url": None, "language": "en",
                         "version": version, "published": None, "text": ""},
            "speakers": [{"id": f"s{k}", "name": f"speaker {k}", "aliases": [], "kind": "person",
                          "anonymous": k % 3 == 0, "role": None, "affiliation": None} for k in range(speakers)],
            "outlets": [{"id": f"o{k}", "name": f"outlet {k}", "aliases": [], "country": None} for k in range(outlets)],
            "claims": claims, "links": []}


def make_pair(n: int, seed: int = 6) -> tuple[dict[str, Any], dict[str, Any], dict[str, int], list[int | None]]:
    """Side a of n claims and side b with planted edits; also how many of each were planted, and for
    each claim of b the position in a it came from (None when added)."""
    rng = random.Random(seed)
    words = vocabulary(rng)
    n_speakers, n_outlets = max(10, n // 20), max(5, n // 200)
    a_claims = []
    for _ in range(n):
        text = sentence(rng, words)
        a_claims.append({"start": 0, "end": len(text), "text": text, "speaker": f"s{rng.randrange(n_speakers)}",
                         "outlet": f"o{rng.randrange(n_outlets)}", "form": "indirect",
                         "stated_on": f"2025-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}", "event_on": None,
                         "kind": "fact", "status": rng.choice(STATUSES), "reason": "bench", "reviewed_by": None})
    planted = dict.fromkeys(RATES, 0)
    b_claims: list[dict[str, Any]] = []
    for origin, c in enumerate(a_claims):
        c = dict(c, origin=origin)
        roll = rng.random()
        edge = 0.0
        for kind in ("reworded", "reattributed", "redated", "status_changed", "removed"):
            edge += RATES[kind]
            if roll < edge:
                break
        else:
            kind = ""
        if kind == "removed":
            planted["removed"] += 1
            continue
        if kind == "reworded":
            tokens = c["text"].split()
            k = rng.randrange(len(tokens))
            tokens[k:k + 2] = [rng.choice(words)]
            text = " ".join(tokens)
            if matching.normalise(text) == matching.normalise(c["text"]):
                kind = ""  # the edit only touched punctuation: not a rewording
            c["text"] = text
        elif kind == "reattributed":
            c["speaker"] = f"s{(int(c['speaker'][1:]) + 1) % n_speakers}"
        elif kind == "redated":
            c["stated_on"] = "2024-12-31"
        elif kind == "status_changed":
            c["status"] = "retracted"
        if kind:
            planted[kind] += 1
        b_claims.append(c)
    for _ in range(int(n * RATES["added"])):
        b_claims.insert(rng.randrange(len(b_claims) + 1), {**a_claims[0], "text": sentence(rng, words),
                                                           "origin": None})
        planted["added"] += 1
    moved = 0
    while moved < n * RATES["moved"]:
        size = rng.randint(2, 5)
        at = rng.randrange(len(b_claims) - size)
        block = b_claims[at:at + size]
        del b_claims[at:at + size]
        b_claims[rng.randrange(len(b_claims)):0] = block
        moved += size
    origins = [c.pop("origin") for c in b_claims]
    kept = sorted((i, j) for j, i in enumerate(origins) if i is not None)
    planted["moved"] = len(kept) - len(diff._longest_increasing(kept))  # not every block move reorders
    return (claimset(a_claims, n_speakers, n_outlets, 1), claimset(b_claims, n_speakers, n_outlets, 2), planted,
            origins)


def time_diff(a: dict, b: dict, repeat: int) -> tuple[float, diff.Diff]:
    best, result = float("inf"), None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = diff.compare(a, b)
        best = min(best, time.perf_counter() - t0)
    assert result is not None
    return best, result


def time_all_pairs(a: dict, b: dict, sample: int) -> float:
    """Seconds for an all-pairs token-sort-ratio matrix of a x b, extrapolated from `sample` rows."""
    queries = [matching.normalise(c["text"]) for c in a["claims"][:sample]]
    choices = [matching.normalise(c["text"]) for c in b["claims"]]
    t0 = time.perf_counter()
    try:
        process.cdist(queries, choices, scorer=fuzz.token_sort_ratio, workers=1, dtype="uint8")
    except ImportError:  # cdist returns a numpy matrix; without numpy score the same pairs row by row
        for query in queries:
            process.extract(query, choices, scorer=fuzz.token_sort_ratio, limit=None)
    per_row = (time.perf_counter() - t0) / len(queries)
    return per_row * len(a["claims"])


def run(n: int, *, repeat: int, sample: int) -> dict[str, Any]:
    t0 = time.perf_counter()
    a, b, planted, origins = make_pair(n)
    setup = time.perf_counter() - t0
    seconds, result = time_diff(a, b, repeat)
    found = result.summary()
    aligned = [(p.a["seq"] - 1, p.b["seq"] - 1) for p in result.pairs if p.a and p.b]
    true_pairs = sum(i is not None for i in origins)
    right = sum(origins[j] == i for i, j in aligned)
    baseline = time_all_pairs(a, b, sample)
    limit = LIMITS.get(n)
    return {"claims_a": len(a["claims"]), "claims_b": len(b["claims"]), "seconds": round(seconds, 3),
            "limit_seconds": limit, "within_limit": None if limit is None else seconds <= limit,
            "all_pairs_cdist_seconds_extrapolated": round(baseline, 1), "all_pairs_sample_rows": sample,
            "speedup": round(baseline / seconds, 1), "planted": planted, "found": found,
            "pairs_true": true_pairs, "pairs_aligned": len(aligned), "pairs_right": right,
            "setup_seconds": round(setup, 2)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000", help="Claims per side, comma-separated.")
    parser.add_argument("--repeat", type=int, default=3, help="Timed runs per size (best is kept).")
    parser.add_argument("--sample-pairs", type=int, default=2_000_000,
                        help="Pairs of the all-pairs baseline to time (rows = pairs / N).")
    parser.add_argument("--json", action="store_true", help="Print one JSON object.")
    args = parser.parse_args(argv)
    diff.compare(*make_pair(50)[:2])  # warm up imports and caches once
    sizes = [int(s) for s in args.sizes.split(",")]
    results = [run(n, repeat=args.repeat if n <= 20_000 else 1, sample=max(5, args.sample_pairs // n))
               for n in sizes]
    report = {"benchmark": "diff", "python": platform.python_version(), "machine": platform.machine(),
              "threshold": diff.DEFAULT_THRESHOLD, "results": results}
    if args.json:
        print(json.dumps(report))
    else:
        print(f"diff benchmark (Python {report['python']}, one core; all-pairs baseline timed on "
              f"about {args.sample_pairs:,} pairs and extrapolated)")
        for r in results:
            verdict = "" if r["limit_seconds"] is None else (
                f"  (limit {r['limit_seconds']:g} s: {'ok' if r['within_limit'] else 'TOO SLOW'})")
            print(f"\n{r['claims_a']:,} vs {r['claims_b']:,} claims: {r['seconds']:.3f} s{verdict}; "
                  f"all-pairs cdist ≈ {r['all_pairs_cdist_seconds_extrapolated']:,.1f} s "
                  f"({r['speedup']:,.0f}x slower)")
            for kind in ("reworded", "reattributed", "redated", "status_changed", "moved", "added", "removed"):
                print(f"  {kind:<15} planted {r['planted'][kind]:>6,}  found {r['found'][kind]:>6,}")
            print(f"  {'unchanged':<15} {'':>14}  found {r['found']['unchanged']:>6,}")
            print(f"  aligned pairs: {r['pairs_aligned']:,} of {r['pairs_true']:,} true pairs, "
                  f"{r['pairs_right']:,} right")
    return 0 if all(r["within_limit"] is not False for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
