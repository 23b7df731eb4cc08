"""Rows and time a story's copies cost: links, clusters and memberships after ingesting N copies of
a report and of its denial, one document at a time, as a wire story reprinted by N outlets would
arrive; whether the state left is the one `recompute` gives; and what each copy costs.

    python benchmarks/clusters.py                     # 25, 100 and 400 copies, in one run
    python benchmarks/clusters.py --copies 25 100 --json
    python benchmarks/clusters.py --article tests/fixtures/multi-outlet/gazette-ferry-contract.txt  # one article

One run ingests copies into one fresh SQLite database, one copy of each article in turn with
`ingest.save` (extraction once, then storing, the status rules and cross-document corroboration
per copy), up to the largest number of copies asked for. At each number asked for it counts the
rows, runs `provenance check`'s recompute comparison (`check`: the claims whose stored status is
not what a fresh recompute of the whole database gives; `links`: the rule links it would make or
remove; both 0 when incremental ingest and `recompute` agree; not timed), and times the copies just before it: `s/copy` is the mean wall-clock time of the last `--window`
copies, the cost of one more copy at that size, and `time x` its ratio to the first size's;
`cpu/copy` and `cpu x` the same in the processor time of this process, which other programs
on a shared machine slow down less.
`rows x` is the growth of links + memberships against `copies x`, the growth in copies: linear
storage keeps the two equal. With `--phases`, each size also gives the processor time a copy spends
in each step of a save (`PHASES`; a step's time holds the steps it calls), to tell which of them
grows with the copies stored.

The default articles are the constructed Harbour Gazette report and the Northwire denial of the
multi-outlet test fixtures: the denial's copies make `contradicts` links to the first copy of each
kind of source among the report's copies (`corroboration.claim_pairs`, `tuning.GROUP_PAIRS`),
not to every copy, and corroboration counts the origins of a cluster instead of linking copies.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from sqlalchemy import func, select  # noqa: E402

from provenance import clusters, entities, ingest, links, rules  # noqa: E402
from provenance.check import _statuses_recomputed  # noqa: E402
from provenance.db import open_database  # noqa: E402
from provenance.links import fresh_state  # noqa: E402
from provenance.models import Claim, Cluster, ClusterMember, Link  # noqa: E402

# The steps of a save timed with --phases: (module, function as the caller looks it up, label).
# A step holds the steps it calls: propose holds the candidates and the records, update_statuses
# holds decide_twins, which holds decide_all, which holds origin_groups.
PHASES = [
    (ingest, "store_claimset", "store the claim set"),
    (entities, "merge_known", "merge known speakers and outlets"),
    (links, "propose", "propose links (rules over the candidates)"),
    (links, "_grouped", "  candidates and their groups"),
    (links, "load_records", "  records read (and in update_statuses)"),
    (links, "sync_links", "write links"),
    (clusters, "place", "write clusters"),
    (links, "copies_absorbed", "copies absorbed (their twins found)"),
    (links, "update_statuses", "statuses of the clusters met"),
    (links, "decide_twins", "  decide_twins"),
    (links, "decide_all", "    decide_all"),
    (rules, "origin_groups", "      origin_groups"),
]

ARTICLES = [ROOT / "tests" / "fixtures" / "multi-outlet" / name
            for name in ("gazette-ferry-contract.txt", "northwire-ferry-denial.txt")]


class Phases:
    """Processor time of each of `PHASES` a copy, while installed (`install`) and `timing` (the
    saves, not `check`'s recompute): the functions are wrapped where their callers look them up,
    and put back by `remove`."""

    def __init__(self) -> None:
        self.copies: list[dict[str, float]] = []
        self.saved: list[tuple] = []
        self.timing = False

    def install(self) -> None:
        for module, name, label in PHASES:
            function = getattr(module, name)
            self.saved.append((module, name, function))
            setattr(module, name, self._timed(function, label))

    def remove(self) -> None:
        for module, name, function in reversed(self.saved):
            setattr(module, name, function)
        self.saved.clear()

    def _timed(self, function, label: str):
        def timed(*args, **kwargs):
            if not self.timing:
                return function(*args, **kwargs)
            start = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                self.copies[-1][label] = self.copies[-1].get(label, 0.0) + time.process_time() - start
        return timed

    def mean(self, window: int) -> dict[str, float]:
        """Each step's processor time a copy over the last `window` copies."""
        last = self.copies[-min(window, len(self.copies)):]
        return {label: round(sum(c.get(label, 0.0) for c in last) / len(last), 4) for _, _, label in PHASES}


def counts(db, copies: int, times: list[tuple[float, float]], *, window: int) -> dict:
    """The rows of the database after `copies` copies, its check differences (statuses, links), and
    the time (wall clock, processor) of the last `window` copies."""
    with db.session() as session:
        def count(model) -> int:
            return session.execute(select(func.count()).select_from(model)).scalar_one()

        out = {"copies": copies, "claims": count(Claim), "links": count(Link), "clusters": count(Cluster),
               "memberships": count(ClusterMember)}
        fresh = fresh_state(session)
        out["check_differences"] = sum(1 for _ in _statuses_recomputed(session, fresh.statuses))
        out["link_differences"] = len(fresh.missing) + len(fresh.stale)
    last = times[-min(window, len(times)):]
    out["seconds_per_copy"] = round(sum(wall for wall, _ in last) / len(last), 4)
    out["cpu_per_copy"] = round(sum(cpu for _, cpu in last) / len(last), 4)
    out["seconds"] = round(sum(wall for wall, _ in times), 2)
    return out


def run(sizes: list[int], articles: list[Path], *, window: int = 5, phases: bool = False) -> list[dict]:
    """Rows, check differences and time at each number of copies in `sizes`, in one run (and the
    time of each step of a save, with `phases`)."""
    found = [ingest.extract(ingest.prepare([str(path)], options={})[0]) for path in articles]
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(str(Path(tmp) / "copies.db"))
        times: list[tuple[float, float]] = []
        steps = Phases()
        if phases:
            steps.install()
        for n in range(max(sizes)):
            steps.copies.append({})
            steps.timing = True
            t0, c0 = time.perf_counter(), time.process_time()
            for k, data in enumerate(found):
                copy = json.loads(json.dumps(data))
                copy["document"]["slug"] = f"copy-{k}-{n}"
                ingest.save(db, copy, actor="bench", action="ingest")
            steps.timing = False
            times.append((time.perf_counter() - t0, time.process_time() - c0))
            if n + 1 in sizes:
                results.append(counts(db, n + 1, times, window=window))
                if phases:
                    results[-1]["phases"] = steps.mean(window)
                print(f"{n + 1} copies: {results[-1]}", file=sys.stderr, flush=True)
        steps.remove()
        db.close()
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, nargs="+", default=[25, 100, 400])
    parser.add_argument("--article", type=Path, action="append",
                        help="an article to copy (repeat for several; default: the report and its denial)")
    parser.add_argument("--window", type=int, default=5, help="copies timed at each size (default 5)")
    parser.add_argument("--json", action="store_true", help="one JSON object")
    parser.add_argument("--phases", action="store_true", help="also the processor time of each step of a save")
    args = parser.parse_args(argv)
    results = run(sorted(set(args.copies)), args.article or ARTICLES, window=args.window, phases=args.phases)

    def rows(r: dict) -> int:
        return r["links"] + r["memberships"]

    for before, after in zip(results, results[1:], strict=False):
        after["rows_growth"] = round(rows(after) / rows(before), 2) if rows(before) else None
        after["copies_growth"] = round(after["copies"] / before["copies"], 2)
    for r in results:
        r["time_ratio"] = round(r["seconds_per_copy"] / results[0]["seconds_per_copy"], 2)
        r["cpu_ratio"] = round(r["cpu_per_copy"] / results[0]["cpu_per_copy"], 2)
    if args.json:
        print(json.dumps({"articles": [p.name for p in args.article or ARTICLES], "copies": results}))
        return 0
    print(f"{'copies':>7} {'claims':>7} {'links':>7} {'clusters':>8} {'memberships':>11} {'check':>6} {'link diff':>9} "
          f"{'s/copy':>7} {'time x':>7} {'cpu/copy':>8} {'cpu x':>6} {'rows x':>7} {'copies x':>8}")
    for r in results:
        print(f"{r['copies']:>7} {r['claims']:>7} {r['links']:>7} {r['clusters']:>8} {r['memberships']:>11} "
              f"{r['check_differences']:>6} {r['link_differences']:>9} {r['seconds_per_copy']:>7} {r['time_ratio']:>7} "
              f"{r['cpu_per_copy']:>8} {r['cpu_ratio']:>6} "
              f"{r.get('rows_growth') or '':>7} {r.get('copies_growth') or '':>8}")
    if args.phases:
        print(f"\n{'cpu/copy of each step':<44}" + "".join(f"{r['copies']:>9}" for r in results))
        for _, _, label in PHASES:
            print(f"{label:<44}" + "".join(f"{r['phases'][label]:>9}" for r in results))
    return 0

if __name__ == "__main__":
    sys.exit(main())
