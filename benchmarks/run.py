"""Scale benchmarks: every figure beside its ceiling or baseline, measured in the same run.

    python benchmarks/run.py            # full: a million claims (about ten minutes)
    python benchmarks/run.py --quick    # 30,000 claims, under a minute
    python benchmarks/run.py --json     # one JSON object (keys in benchmarks/README.md)

What is measured (benchmarks/README.md says why each baseline is the right one):

- ingest: claims stored per second through `store_claimset` (one transaction per claim set)
  against raw `sqlite3` executemany of the same rows into the same schema (the ceiling);
- a database of N synthetic claims (benchmarks/generate.py), then on it: the first page of
  `claims --status unconfirmed`, `claims --search WORDS`, `claims --format jsonl` of every row
  (peak memory of the command), `report` of the whole database, `speakers`/`outlets`/`docs`, each
  beside the plain single query every listing ran before (or the command doing nothing);
- the same listing and search figures on PostgreSQL when PROVENANCE_BENCH_PG (or
  PROVENANCE_TEST_PG) names a server: the run works in a schema of its own and drops it;
- the extraction, corroboration, diff and report benchmarks of their own scripts, when present.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from generate import TABLE_ORDER, Corpus, RowBuilder, load  # noqa: E402
from sqlalchemy import and_, func, select  # noqa: E402

from provenance import query  # noqa: E402
from provenance.db import open_database  # noqa: E402
from provenance.models import Claim, Document, Speaker, Version  # noqa: E402
from provenance.store import store_claimset  # noqa: E402

FULL = {"scale_claims": 1_000_000, "ingest_claims": 50_000, "rules_claims": 5_000, "repeat": 5}
QUICK = {"scale_claims": 30_000, "ingest_claims": 4_000, "rules_claims": 500, "repeat": 3}
TARGETS = {"ingest_ratio": 0.5, "first_page_ms": 100, "search_ms": 200, "jsonl_peak_mb": 200, "report_s": 30}
# The other engineers' benchmark scripts: arguments for a quick and a full run.
EXTERNAL = {
    "extraction": (["--megabytes", "0.3", "--memory-counts", "20,50"], []),
    "corroboration": (["--claims", "10000", "--sample", "1000", "--db-claims", "2000"], []),
    "diff": (["--sizes", "2000", "--repeat", "1"], []),
    "report": (["--claims", "10000"], ["--claims", "100000"]),
}
PG_ENV = ("PROVENANCE_BENCH_PG", "PROVENANCE_TEST_PG")


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def best_ms(action: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    """The fastest of `repeat` runs (after one warm-up) in milliseconds, and the last result."""
    result = action()
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        result = action()
        best = min(best, time.perf_counter() - started)
    return round(best * 1000, 2), result


# -- the machine ---------------------------------------------------------------------------------

def machine(pg_url: str | None) -> dict[str, Any]:
    import sqlalchemy

    memory_gb = None
    try:
        with open("/proc/meminfo", encoding="ascii") as f:
            for line in f:
                if line.startswith("MemTotal:"):
                    memory_gb = round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    cpu = platform.processor() or None
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            cpu = next((line.split(":", 1)[1].strip() for line in f if line.startswith("model name")), cpu)
    except OSError:
        pass
    info = {"cpus": os.cpu_count(), "cpu": cpu, "memory_gb": memory_gb, "system": platform.platform(),
            "python": platform.python_version(), "sqlite": sqlite3.sqlite_version,
            "sqlalchemy": sqlalchemy.__version__, "postgresql": None}
    if pg_url:
        from sqlalchemy import create_engine, text

        engine = create_engine(pg_url)
        try:
            with engine.connect() as conn:
                info["postgresql"] = conn.execute(text("SHOW server_version")).scalar()
        finally:
            engine.dispose()
    return info


# -- ingest --------------------------------------------------------------------------------------

def _sqlite_value(value: Any) -> Any:
    """A row value as SQLAlchemy's SQLite dialect stores it."""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, bool):
        return int(value)
    return value


def ingest(folder: Path, n_claims: int, *, seed: int, rules_claims: int) -> dict[str, Any]:
    """store_claimset against raw sqlite3 executemany of the same rows, both into a migrated schema."""
    sets = list(Corpus(seed).claimsets(n_claims))
    claims = sum(len(d["claims"]) for d in sets)

    store_path = folder / "ingest-store.db"
    db = open_database(str(store_path))
    started = time.perf_counter()
    for data in sets:
        with db.session() as session:
            store_claimset(session, data, actor="benchmark")
            session.commit()
    store_s = time.perf_counter() - started
    db.close()

    # The ceiling: the same rows, ids worked out beforehand, one transaction per claim set as above.
    builder = RowBuilder()
    per_set = [builder.rows(data) for data in sets]
    statements = {}
    for table in TABLE_ORDER:
        columns = list(next(rows[table][0] for rows in per_set if rows[table]).keys())
        statements[table] = (f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                             columns)
    prepared = [{t: [tuple(_sqlite_value(r[c]) for c in statements[t][1]) for r in rows[t]] for t in TABLE_ORDER}
                for rows in per_set]

    def raw(path: Path, *, drop_search_index: bool = False) -> float:
        open_database(str(path)).close()  # the project's schema, migrations and all
        conn = sqlite3.connect(path, isolation_level=None)
        for pragma in ("foreign_keys=ON", "journal_mode=WAL", "synchronous=NORMAL"):
            conn.execute(f"PRAGMA {pragma}")
        if drop_search_index:
            for trigger in ("claim_fts_insert", "claim_fts_delete", "claim_fts_update"):
                conn.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        started = time.perf_counter()
        for rows in prepared:
            conn.execute("BEGIN")
            for table in TABLE_ORDER:
                if rows[table]:
                    conn.executemany(statements[table][0], rows[table])
            conn.execute("COMMIT")
        seconds = time.perf_counter() - started
        conn.close()
        return seconds

    ceiling_s = raw(folder / "ingest-ceiling.db")
    bare_s = raw(folder / "ingest-bare.db", drop_search_index=True)

    # The same through ingest.save, which also runs the status rules (cross-document corroboration)
    # on each new version: slower by design, so measured on the first claim sets only.
    rules: dict[str, Any] | None = None
    try:
        from provenance.ingest import save

        db = open_database(str(folder / "ingest-rules.db"))
        sample, n = [], 0
        for data in sets:
            if n >= rules_claims:
                break
            sample.append(data)
            n += len(data["claims"])
        started = time.perf_counter()
        for data in sample:
            save(db, data, actor="benchmark", action="ingest")
        rules = {"claims": n, "claims_per_s": round(n / (time.perf_counter() - started))}
        db.close()
    except Exception as exc:  # the status rules are another engineer's; report, do not stop
        rules = {"error": str(exc).splitlines()[0]}
    store = claims / store_s
    ceiling = claims / ceiling_s
    return {
        "claims": claims, "claim_sets": len(sets),
        "store_claims_per_s": round(store), "ceiling_claims_per_s": round(ceiling),
        "ratio": round(store / ceiling, 3), "target_ratio": TARGETS["ingest_ratio"],
        "ok": store / ceiling >= TARGETS["ingest_ratio"],
        "ceiling_without_search_index_claims_per_s": round(claims / bare_s),
        "with_status_rules": rules,
    }


# -- commands in a child process -----------------------------------------------------------------

# A fresh interpreter starts the command and reports its peak memory. Measured from this process
# instead, the child's peak would include this process's own memory, copied at fork before exec.
_MEASURE = (
    "import resource, subprocess, sys, time\n"
    "started = time.perf_counter()\n"
    "code = subprocess.run(sys.argv[1:]).returncode\n"
    "seconds = time.perf_counter() - started\n"
    "peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss\n"
    "sys.stderr.write(f'\\nmeasured {seconds} {peak}\\n')\n"
    "sys.exit(code)\n"
)


def run_cli(args: list[str], *, out: Path | None = None, timeout: float = 600) -> dict[str, Any]:
    """Run `provenance ARGS` in a child: wall time, peak memory (max RSS, MB) and exit code."""
    command = [sys.executable, "-c", _MEASURE, sys.executable, "-m", "provenance", *args]
    with open(out if out else os.devnull, "wb") as stdout:
        try:
            proc = subprocess.run(command, stdout=stdout, stderr=subprocess.PIPE, cwd=ROOT, timeout=timeout)
        except subprocess.TimeoutExpired:
            return {"seconds": timeout, "peak_mb": None, "exit": None, "error": "timed out"}
    lines = proc.stderr.decode("utf-8", "replace").strip().splitlines()
    measured = [line.split() for line in lines if line.startswith("measured ")]
    seconds, peak_kb = (float(measured[-1][1]), int(measured[-1][2])) if measured else (float("nan"), 0)
    result: dict[str, Any] = {"seconds": round(seconds, 3), "peak_mb": round(peak_kb / 1024, 1),
                              "exit": proc.returncode}
    if proc.returncode != 0:
        problems = [line for line in lines if not line.startswith("measured ")]
        result["error"] = problems[-1] if problems else "failed"
    return result


def count_lines(path: Path) -> int:
    with open(path, "rb") as f:
        return sum(chunk.count(b"\n") for chunk in iter(lambda: f.read(1 << 20), b""))


# -- listings on a large database ----------------------------------------------------------------

def search_words(seed: int, n_claims: int) -> str:
    """Two words that single out one story of the corpus: a place name and its topic."""
    corpus = Corpus(seed)
    story = corpus._story(min(10, max(0, n_claims // 4000)))
    return f"{story.place} {story.topic.split()[-1]}"


def query_before(f: query.ClaimFilter):
    """The one query `claims` ran before this work: newest versions by GROUP BY, a single ORDER BY.

    Kept here as the baseline of the listing figures (filters this benchmark uses only).
    """
    newest = (select(Version.document_id, func.max(Version.number).label("number"))
              .group_by(Version.document_id).subquery())
    latest = select(Version.id).join(newest, and_(Version.document_id == newest.c.document_id,
                                                  Version.number == newest.c.number))
    q = (select(Claim.id, Document.slug, Version.number, Claim.seq, Claim.char_start, Claim.char_end, Claim.text,
                Speaker.name, Speaker.anonymous, Speaker.role, Speaker.affiliation, Claim.speaker_start,
                Claim.speaker_end, query.ClaimOutlet.name, Claim.cue, Claim.form, Claim.stated_on, Claim.event_on,
                Claim.kind, Claim.status, Claim.reason)
         .join(Version, Version.id == Claim.version_id).join(Document, Document.id == Version.document_id)
         .outerjoin(Speaker, Speaker.id == Claim.speaker_id)
         .outerjoin(query.ClaimOutlet, query.ClaimOutlet.id == Claim.outlet_id)
         .where(Claim.version_id.in_(latest)))
    if f.statuses:
        q = q.where(Claim.status.in_(f.statuses))
    if f.anonymous is not None:
        q = q.where(Speaker.anonymous == f.anonymous)
    for word in query.search_words(f.search):
        q = q.where(Claim.text.ilike(query._like(word), escape="\\"))
    q = q.order_by(Document.slug, Version.number, Claim.seq)
    return q.limit(f.limit) if f.limit is not None else q


def listings(url: str, *, repeat: int, words: str, folder: Path, cli: bool, report: bool) -> dict[str, Any]:
    """The listing figures on one database, each beside its baseline."""
    db = open_database(url)
    out: dict[str, Any] = {}
    try:
        with db.session() as session:
            out["claims"] = session.execute(select(func.count(Claim.id))).scalar()

            def listed(f: query.ClaimFilter) -> Callable[[], list]:
                return lambda: list(query.iter_claims(session, f))

            def before(f: query.ClaimFilter) -> Callable[[], list]:
                return lambda: session.execute(query_before(f.validated())).all()

            def figure(f: query.ClaimFilter, limit_ms: float | None, baseline: bool = True) -> dict[str, Any]:
                ms, rows = best_ms(listed(f), repeat)
                entry: dict[str, Any] = {"ms": ms, "rows": len(rows)}
                if limit_ms is not None:
                    entry.update(limit_ms=limit_ms, ok=ms <= limit_ms)
                if baseline:
                    base_ms, base_rows = best_ms(before(f), 1)
                    entry.update(baseline_ms=base_ms, speedup=round(base_ms / ms, 1) if ms else None)
                    entry["same_rows"] = [tuple(r.values()) for r in rows] == [tuple(r) for r in base_rows]
                return entry

            C = query.ClaimFilter
            out["first_page"] = figure(C(statuses=("unconfirmed",), limit=50), TARGETS["first_page_ms"])
            out["first_page_rare_status"] = figure(C(statuses=("disputed",), limit=50), None)
            out["first_page_anonymous"] = figure(C(anonymous=True, limit=50), None)
            out["search"] = figure(C(search=words), TARGETS["search_ms"])
            out["search"]["words"] = words
            out["search_common_first_page"] = figure(C(search="the", limit=50), None)
            out["search_short_word_first_page"] = figure(C(search="EU", limit=50), None)
            for name, counts in (("speakers", query.speaker_counts), ("outlets", query.outlet_counts),
                                 ("docs", query.document_counts)):
                ms, rows = best_ms(lambda counts=counts: list(counts(session)), max(1, repeat // 2))
                out[name] = {"ms": ms, "rows": len(rows)}
            first_id = session.execute(select(func.min(Claim.id))).scalar()
            ms, _ = best_ms(lambda: query.claim_detail(session, first_id), repeat)
            out["show"] = {"ms": ms}
            started = time.perf_counter()
            count = sum(1 for _ in query.iter_claims(session, query.ClaimFilter()))
            seconds = time.perf_counter() - started
            out["stream_in_process"] = {"seconds": round(seconds, 2), "rows": count,
                                        "rows_per_s": round(count / seconds)}
    finally:
        db.close()
    if not cli:
        return out
    dbarg = ["--db", url]
    idle = run_cli([*dbarg, "claims", "--limit", "0", "--format", "jsonl"])
    page = min((run_cli([*dbarg, "claims", "--status", "unconfirmed", "--limit", "50", "--format", "jsonl"])
                for _ in range(3)), key=lambda r: r["seconds"])
    found = min((run_cli([*dbarg, "claims", "--search", words, "--format", "jsonl"]) for _ in range(3)),
                key=lambda r: r["seconds"])
    out["cli"] = {"startup_s": idle["seconds"], "startup_peak_mb": idle["peak_mb"],
                  "first_page_s": page["seconds"], "search_s": found["seconds"]}
    dump = folder / "claims.jsonl"
    streamed = run_cli([*dbarg, "claims", "--format", "jsonl"], out=dump, timeout=1800)
    rows = count_lines(dump) if streamed["exit"] == 0 else None
    dump.unlink(missing_ok=True)
    out["jsonl"] = {**streamed, "rows": rows, "limit_mb": TARGETS["jsonl_peak_mb"],
                    "ok": streamed["exit"] == 0 and streamed["peak_mb"] <= TARGETS["jsonl_peak_mb"],
                    "baseline_peak_mb": idle["peak_mb"],
                    "rows_per_s": round(rows / streamed["seconds"]) if rows else None}
    if report:
        out["report"] = report_figure(dbarg, folder)
    return out


REPORT_FORMATS = ("md", "html", "json")


def report_figure(dbarg: list[str], folder: Path) -> dict[str, Any]:
    """`report --format F --output FILE` of the whole database (its default summary) in each format.

    The figure is the slowest format, and the largest peak memory; `formats` holds each one.
    """
    formats = {}
    for fmt in REPORT_FORMATS:
        target = folder / f"report.{fmt}"
        made = run_cli([*dbarg, "report", "--format", fmt, "--output", str(target)], timeout=1800)
        formats[fmt] = {**made, "bytes": target.stat().st_size if target.exists() else None}
        target.unlink(missing_ok=True)
    slowest = max(formats.values(), key=lambda f: f["seconds"])
    failed = [f for f in formats.values() if f["exit"] != 0]
    figure = {"seconds": slowest["seconds"], "peak_mb": max(f["peak_mb"] or 0 for f in formats.values()),
              "exit": failed[0]["exit"] if failed else 0, "bytes": formats["json"]["bytes"],
              "limit_s": TARGETS["report_s"], "formats": formats}
    figure["ok"] = not failed and figure["seconds"] <= TARGETS["report_s"]
    if failed:
        figure["error"] = failed[0].get("error", "failed")
    return figure


def sqlite_scale(folder: Path, n_claims: int, *, seed: int, repeat: int) -> dict[str, Any]:
    path = folder / "scale.db"
    log(f"loading {n_claims:,} claims into SQLite ...")
    started = time.perf_counter()
    counts = load(str(path), n_claims, seed=seed)
    seconds = time.perf_counter() - started
    result: dict[str, Any] = {"load": {"claims": counts["claim"], "documents": counts["document"],
                                       "versions": counts["version"], "seconds": round(seconds, 1),
                                       "claims_per_s": round(counts["claim"] / seconds),
                                       "file_mb": round(path.stat().st_size / 1e6)}}
    log("measuring SQLite listings ...")
    result.update(listings(str(path), repeat=repeat, words=search_words(seed, n_claims), folder=folder,
                           cli=True, report=True))
    return result


def pg_url_for_schema(url: str, schema: str) -> str:
    sep = "&" if "?" in url else "?"
    return f"{url}{sep}options=-csearch_path%3D{schema}"


def postgres_scale(url: str, folder: Path, n_claims: int, *, seed: int, repeat: int) -> dict[str, Any]:
    from sqlalchemy import create_engine, text

    schema = "bench_" + uuid.uuid4().hex[:10]
    admin = create_engine(url)
    with admin.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    try:
        scoped = pg_url_for_schema(url, schema)
        log(f"loading {n_claims:,} claims into PostgreSQL ...")
        started = time.perf_counter()
        counts = load(scoped, n_claims, seed=seed)
        seconds = time.perf_counter() - started
        result: dict[str, Any] = {"load": {"claims": counts["claim"], "seconds": round(seconds, 1),
                                           "claims_per_s": round(counts["claim"] / seconds)}}
        with admin.connect() as conn:
            result["search_index"] = conn.execute(text(
                "SELECT count(*) FROM pg_indexes WHERE schemaname = :s AND indexname = 'ix_claim_text_trgm'"),
                {"s": schema}).scalar() == 1
        log("measuring PostgreSQL listings ...")
        result.update(listings(scoped, repeat=repeat, words=search_words(seed, n_claims), folder=folder,
                               cli=True, report=True))
        return result
    finally:
        with admin.begin() as conn:
            conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()


# -- the other benchmarks ------------------------------------------------------------------------

def external(name: str, quick: bool) -> dict[str, Any]:
    """Run benchmarks/NAME.py --json (sized for a quick or full run) and take its JSON object."""
    script = HERE / f"{name}.py"
    if not script.exists():
        return {"available": False}
    args = EXTERNAL[name][0 if quick else 1]
    started = time.perf_counter()
    try:
        proc = subprocess.run([sys.executable, str(script), *args, "--json"], capture_output=True, text=True,
                              cwd=ROOT, timeout=300 if quick else 3600)
    except subprocess.TimeoutExpired:
        return {"available": True, "error": "timed out"}
    seconds = round(time.perf_counter() - started, 1)
    if proc.returncode != 0:
        tail = (proc.stderr or proc.stdout).strip().splitlines()
        return {"available": True, "error": tail[-1] if tail else f"exit {proc.returncode}", "seconds": seconds}
    text = proc.stdout
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        try:
            data, _ = json.JSONDecoder().raw_decode(text[text.index("{"):])
        except (ValueError, json.JSONDecodeError):
            return {"available": True, "error": "no JSON object in its output", "seconds": seconds}
    return {"available": True, "seconds": seconds, "args": args, "result": data}


# -- the run -------------------------------------------------------------------------------------

def checks(result: dict[str, Any]) -> list[dict[str, Any]]:
    """The targets of the issue, each with its figure."""
    out = []
    ing = result.get("ingest") or {}
    if ing:
        out.append({"check": "ingest: store / raw sqlite3 ceiling", "value": ing["ratio"],
                    "target": f">= {TARGETS['ingest_ratio']}", "ok": ing["ok"]})
    for backend in ("sqlite", "postgresql"):
        b = result.get(backend)
        if not isinstance(b, dict) or "first_page" not in b:
            continue
        n = f"{b['claims']:,} claims"
        out.append({"check": f"{backend}: first page of claims --status unconfirmed ({n})",
                    "value": f"{b['first_page']['ms']} ms", "target": f"<= {TARGETS['first_page_ms']} ms",
                    "ok": b["first_page"]["ok"]})
        out.append({"check": f"{backend}: claims --search '{b['search']['words']}' ({b['search']['rows']} rows)",
                    "value": f"{b['search']['ms']} ms", "target": f"<= {TARGETS['search_ms']} ms",
                    "ok": b["search"]["ok"]})
        if "jsonl" in b:
            out.append({"check": f"{backend}: claims --format jsonl, peak memory ({b['jsonl']['rows']} rows)",
                        "value": f"{b['jsonl']['peak_mb']} MB", "target": f"<= {TARGETS['jsonl_peak_mb']} MB",
                        "ok": b["jsonl"]["ok"]})
        if "report" in b:
            out.append({"check": f"{backend}: report of the whole database (slowest of md, html, json)",
                        "value": f"{b['report']['seconds']} s" + (f" ({b['report']['error']})"
                                                                  if b["report"].get("error") else ""),
                        "target": f"<= {TARGETS['report_s']} s", "ok": b["report"]["ok"]})
    return out


def human(result: dict[str, Any]) -> str:
    from tabulate import tabulate

    lines = [f"provenance benchmarks, {result['meta']['date']} ({'quick' if result['meta']['quick'] else 'full'})",
             ", ".join(f"{k} {v}" for k, v in result["meta"]["machine"].items() if v), ""]
    ing = result.get("ingest")
    if ing:
        lines.append(f"ingest of {ing['claims']:,} claims: store_claimset {ing['store_claims_per_s']:,}/s, raw sqlite3 "
                     f"ceiling {ing['ceiling_claims_per_s']:,}/s (ratio {ing['ratio']}); without the search index "
                     f"{ing['ceiling_without_search_index_claims_per_s']:,}/s; through ingest.save with the status rules "
                     f"{(ing['with_status_rules'] or {}).get('claims_per_s', '-')}/s")
    for backend in ("sqlite", "postgresql"):
        b = result.get(backend)
        if not isinstance(b, dict) or "first_page" not in b:
            if b:
                lines.append(f"{backend}: {b}")
            continue
        rows = []
        for key in ("first_page", "first_page_rare_status", "first_page_anonymous", "search",
                    "search_common_first_page", "search_short_word_first_page"):
            e = b[key]
            rows.append([key, e["ms"], e.get("limit_ms", ""), e["baseline_ms"], e["speedup"], e["rows"],
                         "" if e["same_rows"] else "DIFFERENT"])
        for key in ("speakers", "outlets", "docs", "show"):
            rows.append([key, b[key]["ms"], "", "", "", b[key].get("rows", ""), ""])
        lines += ["", f"{backend}: {b['claims']:,} claims (loaded at {b['load']['claims_per_s']:,} claims/s)",
                  tabulate(rows, headers=["listing", "ms", "limit", "before ms", "speedup", "rows", ""])]
        if "cli" in b:
            c, j = b["cli"], b["jsonl"]
            lines.append(f"CLI: startup {c['startup_s']} s ({c['startup_peak_mb']} MB), first page {c['first_page_s']} s, "
                         f"search {c['search_s']} s; jsonl of {j['rows']} rows in {j['seconds']} s, peak {j['peak_mb']} MB")
        if "report" in b:
            r = b["report"]
            each = ", ".join(f"{fmt} {f['seconds']} s ({f['bytes'] or 0:,} bytes)" for fmt, f in r["formats"].items())
            lines.append(f"report of the whole database: {each}; peak {r['peak_mb']} MB"
                         + (f" ({r['error']})" if r.get("error") else ""))
    for name, ext in result["external"].items():
        state = "not available" if not ext["available"] else ext.get("error") or f"ran in {ext['seconds']} s"
        lines.append(f"{name} benchmark: {state}")
    lines += ["", tabulate([[c["check"], c["value"], c["target"], "ok" if c["ok"] else "MISSED"]
                            for c in result["checks"]], headers=["target", "measured", "limit", ""])]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="30,000 claims: under a minute")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--claims", type=int, help="claims in the large database (default 1,000,000; quick 30,000)")
    parser.add_argument("--ingest-claims", type=int, help="claims for the ingest figure")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--only", default="ingest,sqlite,postgresql,external",
                        help="comma-separated parts to run (default: all)")
    parser.add_argument("--keep", metavar="DIR", help="work in DIR and keep the databases")
    args = parser.parse_args(argv)
    size = dict(QUICK if args.quick else FULL)
    if args.claims:
        size["scale_claims"] = args.claims
    if args.ingest_claims:
        size["ingest_claims"] = args.ingest_claims
    parts = set(args.only.split(","))
    pg_url = next((os.environ[v] for v in PG_ENV if os.environ.get(v)), None)
    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="provenance-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    result: dict[str, Any] = {"meta": {"date": datetime.now(UTC).isoformat(timespec="seconds"),
                                       "quick": args.quick, "seed": args.seed, **size,
                                       "machine": machine(pg_url)}}
    try:
        if "ingest" in parts:
            log(f"ingest of {size['ingest_claims']:,} claims ...")
            result["ingest"] = ingest(folder, size["ingest_claims"], seed=args.seed,
                                      rules_claims=size["rules_claims"])
        if "sqlite" in parts:
            result["sqlite"] = sqlite_scale(folder, size["scale_claims"], seed=args.seed, repeat=size["repeat"])
        if "postgresql" in parts:
            if pg_url:
                result["postgresql"] = postgres_scale(pg_url, folder, size["scale_claims"], seed=args.seed,
                                                      repeat=size["repeat"])
            else:
                result["postgresql"] = {"available": False, "why": "set PROVENANCE_BENCH_PG to a server URL"}
        result["external"] = {}
        if "external" in parts:
            for name in EXTERNAL:
                log(f"{name} benchmark ...")
                result["external"][name] = external(name, args.quick)
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)
    result["checks"] = checks(result)
    result["meta"]["seconds"] = round(time.perf_counter() - started, 1)
    print(json.dumps(result, indent=2, default=str) if args.json else human(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
