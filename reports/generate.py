"""Regenerate the seeds' sourcing reports: `python reports/generate.py` (or `make reports`).

Imports every reviewed claim set `seeds/*.claims.json` into a fresh, temporary SQLite database
through the project's own import code, then writes `reports/<slug>.md` and `reports/<slug>.html`
for each document. The reports carry no timestamps and a fixed order, so regenerating from the
same claim sets gives the same bytes (a test checks that the committed reports are current).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from provenance.db import open_database
from provenance.ingest import import_files
from provenance.report import build_report, render
from provenance.safe_paths import open_output
from provenance.store import find_document

HERE = Path(__file__).resolve().parent
SEEDS = HERE.parent / "seeds"
FORMATS = {"md": "md", "html": "html"}


def claim_sets(seeds: Path) -> list[Path]:
    return sorted(seeds.glob("*.claims.json"))


def generate(seeds: Path = SEEDS, out: Path = HERE) -> list[Path]:
    """Write the reports of every seed claim set into `out`; returns the files written."""
    sets = claim_sets(seeds)
    if not sets:
        raise SystemExit(f"no reviewed claim sets (*.claims.json) in {seeds}")
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="provenance-reports-") as tmp:
        db = open_database(str(Path(tmp) / "reports.db"))
        try:
            summary = import_files(db, [str(p) for p in sets], actor="reports")
            slugs = sorted({stored.slug for stored in summary.stored})
            with db.session() as session:
                for slug in slugs:
                    find_document(session, slug)
                    report = build_report(session, slug)
                    for suffix, fmt in FORMATS.items():
                        target = out / f"{slug}.{suffix}"
                        with open_output(str(target)) as stream:
                            stream.write(render(report, fmt))
                        written.append(target)
        finally:
            db.close()
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=Path, default=SEEDS, help="folder of *.claims.json (default: seeds/)")
    parser.add_argument("--out", type=Path, default=HERE, help="folder to write into (default: reports/)")
    args = parser.parse_args(argv)
    for path in generate(args.seeds, args.out):
        print(f"wrote {path}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
