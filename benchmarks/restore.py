"""Restore time: a backup of one version of N claims (each by one of N/10 speakers, N/10 links) read
back into a fresh SQLite database, with the share of the time spent in each phase.

    python benchmarks/restore.py --claims 100000
    python benchmarks/restore.py --claims 20000 --backup FILE   # time restoring a backup made before
    python benchmarks/restore.py --claims 20000 --profile       # the functions that take the time

Compare two versions of the code in the same run (the machine may be busy): make the backup once,
then time each tree restoring it (PYTHONPATH=TREE python benchmarks/restore.py --backup FILE). The
process's CPU time is the figure to compare on a shared machine; wall time is printed beside it.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.append(str(ROOT))  # after PYTHONPATH, so PYTHONPATH=TREE times another tree's code

from generate import large_claimset  # noqa: E402


def make_backup(n: int, folder: Path) -> Path:
    from provenance import backup
    from provenance.db import open_database
    from provenance.store import store_claimset

    db = open_database(str(folder / "source.db"))
    data = large_claimset(n, slug="big", title="Big", speakers=n // 10, links=n // 10)
    db.write(lambda session: store_claimset(session, data, actor="bench"))
    path = folder / "backup.jsonl"
    with open(path, "w", encoding="utf-8") as out:
        backup.write_backup(db, out)
    db.close()
    return path


def time_restore(path: Path, folder: Path, *, profile: bool) -> tuple[float, float]:
    from provenance import backup
    from provenance.db import open_database

    db = open_database(str(folder / f"restored-{time.time_ns()}.db"))
    profiler = cProfile.Profile() if profile else None
    started, cpu = time.perf_counter(), time.process_time()
    if profiler:
        profiler.enable()
    backup.restore(db, str(path), actor="bench")
    if profiler:
        profiler.disable()
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    db.close()
    if profiler:
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)
    return elapsed, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=20_000)
    parser.add_argument("--backup", help="restore this backup file (made with --keep) instead of making one")
    parser.add_argument("--keep", help="write the backup here and keep it")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if args.backup:
            path = Path(args.backup)
        else:
            started = time.perf_counter()
            path = make_backup(args.claims, folder)
            print(f"backup of {args.claims} claims made in {time.perf_counter() - started:.1f} s", file=sys.stderr)
            if args.keep:
                Path(args.keep).write_bytes(path.read_bytes())
        times = [time_restore(path, folder, profile=args.profile) for _ in range(args.repeat)]
        import provenance

        print(json.dumps({"code": str(Path(provenance.__file__).parent.parent), "claims": args.claims,
                          "backup_bytes": path.stat().st_size,
                          "restore_wall_seconds": [round(w, 2) for w, _ in times],
                          "restore_cpu_seconds": [round(c, 2) for _, c in times],
                          "best_cpu": round(min(c for _, c in times), 2)}))


if __name__ == "__main__":
    main()
