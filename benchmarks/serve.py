"""The review desk's pages at scale: the queue of `provenance serve` beside the CLI's first page.

Fills a SQLite database with `generate.load` (reused when --db names one that already holds the
claims), then times the desk's pages in-process through Starlette's test client (rendering
included, no network; the status counts are kept 30 s and moved along by reviews, so
`queue_counts_again_ms` is the page when they are counted again: after a link, or 30 s) and `provenance claims --status unconfirmed --limit 50` in a child process
(its start-up included, as a user sees it; `claims --limit 0` is that start-up alone).

    python benchmarks/serve.py                    # 1,000,000 claims (about ten minutes to fill)
    python benchmarks/serve.py --claims 30000     # quick
    python benchmarks/serve.py --db bench.db --json
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
for path in (HERE.parent, HERE):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

from generate import load  # noqa: E402
from run import best_ms, log, run_cli, search_words  # noqa: E402
from sqlalchemy import func, select  # noqa: E402

from provenance.db import open_database  # noqa: E402
from provenance.models import Claim  # noqa: E402

NEXT = re.compile(r'<a href="([^"]+)" rel="next">')


def _filled(db_path: Path, n_claims: int, seed: int) -> int:
    if db_path.exists():
        database = open_database(str(db_path))
        with database.reading() as session:
            have = session.execute(select(func.count()).select_from(Claim)).scalar() or 0
        database.close()
        if have >= n_claims * 0.9:
            return have
        raise SystemExit(f"{db_path} holds {have} claims, not {n_claims}: give another --db or --claims")
    log(f"loading {n_claims:,} claims into {db_path} ...")
    started = time.perf_counter()
    counts = load(str(db_path), n_claims, seed=seed)
    log(f"  {time.perf_counter() - started:.0f} s")
    return counts["claim"]


def pages(db_path: Path, *, repeat: int, words: str) -> dict[str, Any]:
    from starlette.testclient import TestClient

    from provenance.web.app import create_app

    database = open_database(str(db_path))
    client = TestClient(create_app(database, reviewer="bench"), base_url="http://127.0.0.1")
    out: dict[str, Any] = {}

    def get(url: str):
        def fetch():
            answer = client.get(url)
            assert answer.status_code == 200, (url, answer.status_code)
            return answer.text
        return fetch

    app = client.app
    out["queue_ms"], first = best_ms(get("/"), repeat)

    def counted_again():
        app.state.desk.wrote()  # as after a link: the status counts are counted again
        return get("/")()

    out["queue_counts_again_ms"], _ = best_ms(counted_again, repeat)
    out["queue_all_ms"], _ = best_ms(get("/?status=all"), repeat)
    out["queue_search_ms"], _ = best_ms(get("/?status=all&search=" + words.replace(" ", "+")), repeat)
    url = "/"
    for _ in range(20):  # the 21st page, reached by following "Next page" as a reviewer would
        found = NEXT.search(client.get(url).text)
        if not found:
            break
        url = found.group(1).replace("&amp;", "&")
    out["queue_page_21_ms"], _ = best_ms(get(url), repeat)
    claim_id = int(re.search(r'data-id="(\d+)"', first).group(1))
    out["claim_ms"], claim_page = best_ms(get(f"/claims/{claim_id}"), repeat)
    slug = re.search(r'href="/docs/([^"?]+)\?version=', claim_page).group(1)
    out["article_ms"], _ = best_ms(get(f"/docs/{slug}"), repeat)
    client.close()
    database.close()
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--claims", type=int, default=1_000_000, help="claims in the database (default 1,000,000)")
    parser.add_argument("--db", type=Path, help="SQLite file to fill, or reuse when it holds the claims already")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        db_path = args.db or Path(tmp) / "serve.db"
        claims = _filled(db_path, args.claims, args.seed)
        words = search_words(args.seed, args.claims)
        result: dict[str, Any] = {"claims": claims, "search": words, **pages(db_path, repeat=args.repeat, words=words)}
        dbarg = ["--db", str(db_path)]
        cli = [run_cli([*dbarg, "claims", "--status", "unconfirmed", "--limit", "50"]) for _ in range(args.repeat)]
        idle = [run_cli([*dbarg, "claims", "--limit", "0"]) for _ in range(args.repeat)]
        result["cli_first_page_ms"] = round(1000 * min(r["seconds"] for r in cli), 1)
        result["cli_startup_ms"] = round(1000 * min(r["seconds"] for r in idle), 1)
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        width = max(map(len, result))
        for key, value in result.items():
            print(f"{key:<{width}}  {value:,}" if isinstance(value, (int, float)) else f"{key:<{width}}  {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
