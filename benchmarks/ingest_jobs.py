"""`provenance ingest --jobs N` throughput: the same articles ingested into a fresh database with 1, 2
and N (the number of cores) extraction workers, process start to exit.

    python benchmarks/ingest_jobs.py                  # 200 generated articles
    python benchmarks/ingest_jobs.py --articles 50 --json

The articles come from benchmarks/generate.py (a fixed seed), so every run ingests the same text.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import Corpus  # noqa: E402

BIN = Path(sys.executable).parent


def ingest_seconds(files: list[str], jobs: int, work: Path) -> float:
    db = work / f"jobs{jobs}.db"
    program = [str(BIN / "provenance")] if (BIN / "provenance").exists() else [sys.executable, "-m", "provenance"]
    started = time.perf_counter()
    subprocess.run([*program, "--db", str(db), "ingest", "--silent", "--jobs", str(jobs), *files], cwd=work,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - started


def measure(n_articles: int, seed: int) -> dict:
    cores = os.cpu_count() or 1
    with tempfile.TemporaryDirectory(prefix="provenance-jobs-") as tmp:
        work = Path(tmp)
        files = []
        for name, text in Corpus(seed=seed).articles(n_articles):
            path = work / name
            path.write_text(text, encoding="utf-8")
            files.append(str(path))
        seconds = {jobs: ingest_seconds(files, jobs, work) for jobs in sorted({1, 2, cores})}
    return {"articles": len(files), "cores": cores,
            "load": os.getloadavg()[0] if hasattr(os, "getloadavg") else None,
            "seconds": seconds, "articles_per_second": {j: len(files) / s for j, s in seconds.items()},
            "speedup": {j: seconds[1] / s for j, s in seconds.items()}}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--seed", type=int, default=17)
    parser.add_argument("--json", action="store_true", help="one JSON object")
    args = parser.parse_args()
    result = measure(args.articles, args.seed)
    if args.json:
        print(json.dumps(result, indent=2))
        return
    print(f"{result['articles']} articles, {result['cores']} cores (load average {result['load']:.1f})")
    for jobs, seconds in result["seconds"].items():
        print(f"  --jobs {jobs:<3} {seconds:7.1f} s  {result['articles_per_second'][jobs]:6.1f} articles/s  "
              f"{result['speedup'][jobs]:4.2f}x --jobs 1")


if __name__ == "__main__":
    main()
