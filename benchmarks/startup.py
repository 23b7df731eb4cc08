"""How long a command takes from process start to exit: best of N, beside `python -c pass` and
`sqlite-utils --version` measured in the same run.

    python benchmarks/startup.py            # best of 15
    python benchmarks/startup.py --runs 30 --json

Targets (issue 17): `provenance --version` at most 3x `python -c pass`; `claims --limit 20` on the
demo database at most 0.35 s. The demo database is built first (`provenance demo --db`).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def _program(name: str) -> list[str] | None:
    found = BIN / name if (BIN / name).exists() else shutil.which(name)
    return [str(found)] if found else None


def best_of(argv: list[str], runs: int, cwd: str) -> float:
    """The shortest of `runs` wall times: a busy machine only ever adds time."""
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(argv, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        best = min(best, time.perf_counter() - started)
    return best


def measure(runs: int) -> dict:
    provenance = _program("provenance") or [sys.executable, "-m", "provenance"]
    with tempfile.TemporaryDirectory(prefix="provenance-startup-") as work:
        demo = str(Path(work) / "demo.db")
        subprocess.run([*provenance, "--db", demo, "demo", "--seeds", str(ROOT / "seeds")], cwd=work,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        cases = {
            "python -c pass": [sys.executable, "-c", "pass"],
            "sqlite-utils --version": _program("sqlite-utils") and [*_program("sqlite-utils"), "--version"],
            "provenance --version": [*provenance, "--version"],
            "provenance --help": [*provenance, "--help"],
            "provenance claims --limit 20": [*provenance, "--db", demo, "claims", "--limit", "20"],
            "provenance claims --status unconfirmed --limit 20": [*provenance, "--db", demo, "claims",
                                                                 "--status", "unconfirmed", "--limit", "20"],
            "provenance docs": [*provenance, "--db", demo, "docs"],
        }
        seconds = {name: best_of(argv, runs, work) for name, argv in cases.items() if argv}
    base = seconds["python -c pass"]
    return {
        "runs": runs,
        "cpus": os.cpu_count(),
        "load": os.getloadavg()[0] if hasattr(os, "getloadavg") else None,
        "seconds": seconds,
        "x_python": {name: value / base for name, value in seconds.items()},
        "targets": {
            "version <= 3x python -c pass": seconds["provenance --version"] <= 3 * base,
            "claims --limit 20 <= 0.35 s": seconds["provenance claims --limit 20"] <= 0.35,
        },
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=15, help="runs per command; the best counts")
    parser.add_argument("--json", action="store_true", help="one JSON object")
    args = parser.parse_args()
    result = measure(args.runs)
    if args.json:
        print(json.dumps(result, indent=2))
        return
    print(f"best of {result['runs']} (load average {result['load']:.1f} on {result['cpus']} cores)")
    for name, value in result["seconds"].items():
        print(f"  {name:<52} {value * 1000:7.0f} ms  {result['x_python'][name]:5.1f}x python -c pass")
    for target, met in result["targets"].items():
        print(f"  {'met' if met else 'MISSED':<6} {target}")


if __name__ == "__main__":
    main()
