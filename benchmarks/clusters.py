"""Rows a story's copies cost: links and cluster memberships after ingesting N copies of one
article, one copy at a time, as a wire story reprinted by N outlets would arrive.

    python benchmarks/clusters.py                 # 25, 100 and 400 copies
    python benchmarks/clusters.py --copies 25 100 --json
    python benchmarks/clusters.py --article tests/fixtures/multi-outlet/gazette-ferry-contract.txt \
        --article tests/fixtures/multi-outlet/northwire-ferry-denial.txt   # the report and its denial

Each copy is ingested with `ingest.save` (extraction once, the status rules and cross-document
corroboration per copy) into a fresh SQLite database. Clusters hold one row a claim, so their
rows grow linearly with the copies; corroboration counts the origins of a cluster instead of
linking every copy to every other, so rule links do not grow with the copies at all (before
clusters: 1,200 links at 25 copies, 19,800 at 100, pairwise). The last columns are the growth
of links + memberships from one number of copies to the next, against the growth in copies:
linear storage keeps the two equal. The article is the constructed Harbour Gazette story of the
multi-outlet test fixtures.

With `--article` (repeated), each copy is one copy of every article, in turn: the report and its
denial make `contradicts` links, one from each copy of the denial to the first copy of each kind
of source among the reports (`corroboration.claim_pairs`, `tuning.GROUP_PAIRS`), not to every copy
(before: 2 x copies^2, 800 links at 20 copies; now 124 at 40).

Time a copy still grows with the copies stored (0.14 s at 25, 0.28 s at 100, CPU, loaded machine):
each ingest reads and decides again every claim of each cluster it joins (`links.update_statuses`,
`links.propose`: `load_records`, `origin_groups`, `decide_all` over the whole cluster), because a
claim's status rests on its whole cluster. Making that constant needs a stored summary of each
cluster (its origin groups and the best claim of each), which a new copy of a known origin would
leave unchanged.
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

from provenance import ingest  # noqa: E402
from provenance.db import open_database  # noqa: E402
from provenance.models import Claim, Cluster, ClusterMember, Link  # noqa: E402

ARTICLE = ROOT / "tests" / "fixtures" / "multi-outlet" / "gazette-ferry-contract.txt"


def run(copies: int, articles: list[Path]) -> dict:
    """Rows and time after ingesting `copies` copies of each article, one copy of each in turn."""
    found = [ingest.extract(ingest.prepare([str(path)], options={})[0]) for path in articles]
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(str(Path(tmp) / "copies.db"))
        t0 = time.perf_counter()
        for n in range(copies):
            for k, data in enumerate(found):
                copy = json.loads(json.dumps(data))
                copy["document"]["slug"] = f"copy-{k}-{n}"
                ingest.save(db, copy, actor="bench", action="ingest")
        seconds = time.perf_counter() - t0
        with db.session() as session:
            def count(model) -> int:
                return session.execute(select(func.count()).select_from(model)).scalar_one()

            out = {"copies": copies, "claims": count(Claim), "links": count(Link),
                   "clusters": count(Cluster), "memberships": count(ClusterMember),
                   "seconds": round(seconds, 2), "seconds_per_copy": round(seconds / copies, 4)}
        db.close()
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, nargs="+", default=[25, 100, 400])
    parser.add_argument("--article", type=Path, action="append",
                        help="an article to copy (repeat for several; default: the Harbour Gazette story)")
    parser.add_argument("--json", action="store_true", help="one JSON object")
    args = parser.parse_args(argv)
    results = [run(n, args.article or [ARTICLE]) for n in args.copies]
    def rows(r: dict) -> int:
        return r["links"] + r["memberships"]

    for before, after in zip(results, results[1:], strict=False):
        after["rows_growth"] = round(rows(after) / rows(before), 2) if rows(before) else None
        after["copies_growth"] = round(after["copies"] / before["copies"], 2)
    if args.json:
        print(json.dumps({"copies": results}))
        return 0
    print(f"{'copies':>7} {'claims':>7} {'links':>7} {'clusters':>8} {'memberships':>11} {'s/copy':>7} "
          f"{'rows x':>7} {'copies x':>8}")
    for r in results:
        print(f"{r['copies']:>7} {r['claims']:>7} {r['links']:>7} {r['clusters']:>8} {r['memberships']:>11} "
              f"{r['seconds_per_copy']:>7} {r.get('rows_growth') or '':>7} {r.get('copies_growth') or '':>8}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
