"""`ingest --jobs N`: extraction in worker processes, one writer storing in order; the database it
leaves is the one `--jobs 1` leaves (benchmarks/ingest_jobs.py measures the throughput)."""

from __future__ import annotations

import json

import pytest

from conftest import FIXTURES, SEEDS, Run


def _articles() -> list[str]:
    return ([str(SEEDS / "azerbaijan-mediation.txt")] + sorted(str(p) for p in (FIXTURES / "articles").glob("*.txt"))
            + [str(FIXTURES / "azerbaijan-mediation-v2.txt")])


def _state(run: Run) -> dict:
    """Everything a user can read back, without the times of ingestion."""
    def data(*args: str):
        result = run(*args, "--format", "json")
        assert result.exit_code == 0, result.output
        return json.loads(result.stdout)

    events = [{k: v for k, v in e.items() if k != "at"} for e in data("history")]
    versions = {d["doc"]: [{k: v for k, v in v.items() if k != "ingested_at"} for v in data("versions", d["doc"])]
                for d in data("docs")}
    return {"claims": data("claims", "--all-versions"), "docs": data("docs"), "speakers": data("speakers"),
            "outlets": data("outlets"), "events": events, "versions": versions}


@pytest.mark.slow
def test_jobs_leave_the_database_one_job_leaves(tmp_path):
    articles = _articles()
    assert len(articles) >= 6
    states = []
    for jobs in ("1", "3"):
        run = Run(str(tmp_path / f"jobs{jobs}.db"))
        result = run("ingest", "--jobs", jobs, "--by", "test", *articles)
        assert result.exit_code == 0, result.output
        states.append(_state(run))
    assert states[0] == states[1]
    assert len(states[0]["claims"]) > 100


def test_a_refused_article_among_many_stores_nothing(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_text("---\nlanguage: xx\n---\nThe minister said it rained.\n", encoding="utf-8")
    run = Run(str(tmp_path / "fail.db"))
    result = run("ingest", "--jobs", "2", str(SEEDS / "azerbaijan-mediation.txt"), str(bad))
    assert result.exit_code == 2 and result.stderr.startswith("Error: ")
    assert run("--create", "docs", "--format", "json").stdout in ("[]\n", "")


def test_jobs_must_be_positive(tmp_path):
    result = Run(str(tmp_path / "x.db"))("ingest", "--jobs", "0", str(SEEDS / "azerbaijan-mediation.txt"))
    assert result.exit_code == 2 and "--jobs" in result.stderr
