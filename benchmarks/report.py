"""Speed of `provenance report` on a large database: build the report model and render it as
Markdown, HTML and JSON.

The figure is the report `provenance report` gives of the whole database: counts by aggregate
queries and at most 200 entries a section (`--limit`). Beside it, the same report with no cap
(every claim listed, as every report was before the caps) and one document's complete report.

The database is synthetic: D documents of N/D claims each, stored through the project's own
`store_claimset` (Core executemany), with a few hundred speakers (a third anonymous), dozens of
outlets, dates, `corroborates` / `contradicts` links and a third of the claims in clusters (statements carried
by several outlets). Beside it, in the same run, a baseline:
a plain SELECT of the same claim rows with their speaker and outlet names, the least any report
has to read.

    python benchmarks/report.py                       # 10,000 claims, SQLite in a temporary folder
    python benchmarks/report.py --claims 50000 --json
    python benchmarks/report.py --db postgresql+psycopg://user@host/db   # an empty database
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import select  # noqa: E402

from provenance.db import open_database  # noqa: E402
from provenance.models import Claim, Outlet, Speaker  # noqa: E402
from provenance.query import latest_version_ids  # noqa: E402
from provenance.report import build_report, render  # noqa: E402
from provenance.store import store_claimset  # noqa: E402

LIMIT_SECONDS = {10_000: 5.0}  # issue 5: the report of a 10,000-claim database in at most 5 s
STATUSES = ("confirmed", "corroborated", "unconfirmed", "unconfirmed", "disputed", "retracted")
KINDS = ("fact", "fact", "position", "opinion", "prediction")
WORDS = ("talks", "ministry", "border", "agreement", "officials", "mechanism", "forces", "capital", "sources",
         "statement", "delegation", "ceasefire", "reported", "confirmed", "denied", "meeting", "security", "region")


def make_claimsets(n: int, documents: int, seed: int = 5) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    n_speakers, n_outlets = max(20, n // 30), max(10, n // 250)
    speakers = [{"id": f"s{k + 1}", "name": f"speaker {k}", "aliases": [], "kind": rng.choice(("person", "group")),
                 "anonymous": k % 3 == 0, "role": "spokesperson" if k % 3 else None,
                 "affiliation": f"country {k % 12}"} for k in range(n_speakers)]
    outlets = [{"id": f"o{k + 1}", "name": f"outlet {k}", "aliases": [], "country": f"country {k % 12}"}
               for k in range(n_outlets)]
    per_doc = n // documents
    sets = []
    for d in range(documents):
        parts, claims, pos = [], [], 0
        for seq in range(1, per_doc + 1):
            text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 24)))
            claims.append({
                "id": f"c{seq}", "seq": seq, "start": pos, "end": pos + len(text), "text": text,
                "speaker": f"s{rng.randrange(n_speakers) + 1}" if rng.random() > 0.05 else None,
                "outlet": f"o{rng.randrange(n_outlets) + 1}" if rng.random() > 0.2 else None,
                "form": "indirect", "cue": "said",
                "stated_on": f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}" if rng.random() > 0.4 else None,
                "event_on": None, "kind": rng.choice(KINDS), "status": rng.choice(STATUSES),
                "reason": "synthetic", "reviewed_by": None,
            })
            parts.append(text)
            pos += len(text) + 1
        links = []
        for _ in range(per_doc // 10):
            a, b = rng.sample(range(1, per_doc + 1), 2)
            links.append({"source": f"c{a}", "target": f"c{b}",
                          "relation": rng.choice(("corroborates", "corroborates", "contradicts", "repeats")),
                          "by": "rule", "reason": None})
        unique = {(lk["source"], lk["target"], lk["relation"]): lk for lk in links}
        sets.append({"format": "provenance-claimset", "format_version": 1,
                     "document": {"slug": f"bench-{d:03d}", "title": f"Benchmark story {d}", "outlet": "outlet 0",
                                  "url": None, "language": "en", "version": 1, "published": "2025-06-01",
                                  "text": " ".join(parts)},
                     "speakers": speakers, "outlets": outlets, "claims": claims, "links": list(unique.values())})
    return sets


def timed(fn):
    start = time.perf_counter()
    value = fn()
    return value, time.perf_counter() - start


def run(db_url: str, n: int, documents: int) -> dict[str, Any]:
    db = open_database(db_url)
    try:
        sets = make_claimsets(n, documents)
        _, load = timed(lambda: _store(db, sets))
        clustered = _cluster(db)
        with db.session() as session:
            baseline_query = (select(Claim.__table__, Speaker.name, Outlet.name)  # type: ignore[attr-defined]
                              .outerjoin(Speaker, Speaker.id == Claim.speaker_id)
                              .outerjoin(Outlet, Outlet.id == Claim.outlet_id)
                              .where(Claim.version_id.in_(latest_version_ids())))  # type: ignore[attr-defined]
            rows, baseline = timed(lambda: session.execute(baseline_query).all())
            report, build = timed(lambda: build_report(session, None))
            complete, build_complete = timed(lambda: build_report(session, None, limit=None))
            one_doc, build_doc = timed(lambda: build_report(session, "bench-000"))
        renders = {}
        sizes = {}
        for fmt in ("md", "html", "json"):
            text, seconds = timed(lambda fmt=fmt: render(report, fmt))
            renders[fmt] = seconds
            sizes[fmt] = len(text.encode("utf-8"))
        complete_text, complete_render = timed(lambda: render(complete, "json"))
    finally:
        db.close()
    totals = {fmt: build + seconds for fmt, seconds in renders.items()}
    return {"claims": len(rows), "documents": documents, "load_seconds": round(load, 3), **clustered,
            "baseline_select_seconds": round(baseline, 4), "limit": report.limit,
            "build_seconds": round(build, 3),
            "build_one_document_seconds": round(build_doc, 3), "one_document_claims": one_doc.headline.claims,
            "render_seconds": {k: round(v, 3) for k, v in renders.items()},
            "total_seconds": {k: round(v, 3) for k, v in totals.items()},
            "ratio_to_baseline": {k: round(v / baseline, 1) for k, v in totals.items()},
            "output_bytes": sizes,
            "complete": {"build_seconds": round(build_complete, 3), "json_render_seconds": round(complete_render, 3),
                         "json_bytes": len(complete_text.encode("utf-8"))}}


def _store(db, sets) -> None:
    with db.session() as session:
        for data in sets:
            store_claimset(session, data, actor="benchmark")
        session.commit()


def _cluster(db, share: float = 1 / 3, seed: int = 7) -> dict[str, int]:
    """Put about `share` of the claims in clusters of 2 to 6 claims drawn from random documents (so
    most are carried by several outlets), as `clusters.full_sync` stores the similar pairs found."""
    from provenance.clusters import full_sync

    rng = random.Random(seed)
    with db.session() as session:
        ids = [row[0] for row in session.execute(select(Claim.id).order_by(Claim.id))]  # type: ignore[call-overload]
        rng.shuffle(ids)
        picked, edges = ids[:int(len(ids) * share)], []
        clusters = members = pos = 0
        while pos + 2 <= len(picked):
            size = min(rng.randint(2, 6), len(picked) - pos)
            group = picked[pos:pos + size]
            edges.extend(zip(group, group[1:], strict=False))
            pos, members, clusters = pos + size, members + size, clusters + 1
        full_sync(session, edges)
        session.commit()
    return {"clusters": clusters, "cluster_members": members}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=10_000)
    parser.add_argument("--documents", type=int, default=20)
    parser.add_argument("--db", help="an empty database URL (default: SQLite in a temporary folder)")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="provenance-bench-") as tmp:
        result = run(args.db or str(Path(tmp) / "bench.db"), args.claims, args.documents)
    result["python"] = platform.python_version()
    limit = LIMIT_SECONDS.get(args.claims)
    worst = max(result["total_seconds"].values())
    result["limit_seconds"] = limit
    result["within_limit"] = None if limit is None else worst <= limit
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(f"report of {result['claims']:,} claims in {result['documents']} documents "
              f"(stored in {result['load_seconds']} s)")
        print(f"  baseline: plain SELECT of the same rows  {result['baseline_select_seconds']:.4f} s")
        print(f"  build the report model (--limit {result['limit']})      {result['build_seconds']:.3f} s "
              f"(one document of {result['one_document_claims']} claims: {result['build_one_document_seconds']:.3f} s)")
        for fmt in ("md", "html", "json"):
            print(f"  {fmt:<4} render {result['render_seconds'][fmt]:.3f} s, total {result['total_seconds'][fmt]:.3f} s "
                  f"= {result['ratio_to_baseline'][fmt]}x baseline, {result['output_bytes'][fmt]:,} bytes")
        c = result["complete"]
        print(f"  with no cap (every claim listed): build {c['build_seconds']:.3f} s, json render "
              f"{c['json_render_seconds']:.3f} s, {c['json_bytes']:,} bytes")
        if limit is not None:
            print(f"  slowest format {worst:.3f} s; limit {limit} s: {'OK' if worst <= limit else 'TOO SLOW'}")
    return 0 if result["within_limit"] in (None, True) else 1


if __name__ == "__main__":
    sys.exit(main())
