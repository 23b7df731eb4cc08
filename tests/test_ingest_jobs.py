"""`ingest --jobs N`: extraction in worker processes, one writer storing in order; the database it
leaves is the one `--jobs 1` leaves (benchmarks/ingest_jobs.py measures the throughput)."""

from __future__ import annotations

import json
from pathlib import Path

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


def test_an_ingest_stopped_while_storing_says_what_it_kept(tmp_path, monkeypatch):
    """Ctrl-C while storing: each article is stored whole or not at all, and the message says how
    many were kept and that the same command stores the rest (the kept ones are unchanged)."""
    from provenance import ingest

    articles = sorted(str(p) for p in (FIXTURES / "articles").glob("*.txt"))[:4]
    run = Run(str(tmp_path / "stop.db"))
    save, calls = ingest.save, []

    def save_until_stopped(*args, **kwargs):
        calls.append(1)
        if len(calls) == 3:
            raise KeyboardInterrupt
        return save(*args, **kwargs)

    monkeypatch.setattr(ingest, "save", save_until_stopped)
    result = run("ingest", "--jobs", "1", "--silent", *articles)
    assert result.exit_code == 130, result.output
    assert result.stderr.splitlines()[-1].startswith(
        "Error: interrupted: 2 of 4 articles stored whole ("), result.stderr
    assert "run the same command again" in result.stderr
    assert len(json.loads(run("docs", "--format", "json").stdout)) == 2
    monkeypatch.setattr(ingest, "save", save)
    again = run("ingest", "--jobs", "1", "--silent", *articles)
    assert again.exit_code == 0 and "2 new documents" in again.stderr and "2 unchanged" in again.stderr, again.stderr


def test_an_ingest_stopped_before_it_stored_one_says_so_once(tmp_path, monkeypatch):
    from provenance import ingest

    def stopped(*args, **kwargs):
        raise KeyboardInterrupt

    articles = sorted(str(p) for p in (FIXTURES / "articles").glob("*.txt"))[:2]
    monkeypatch.setattr(ingest, "save", stopped)
    run = Run(str(tmp_path / "stop.db"))
    result = run("ingest", "--jobs", "1", "--silent", *articles)
    assert result.exit_code == 130
    assert result.stderr.splitlines()[-1] == ("Error: interrupted: nothing was stored (2 articles read); run the "
                                              "same command again to store them")


def test_an_ingest_stopped_while_reading_stores_nothing(tmp_path, monkeypatch):
    from provenance import ingest

    def stopped(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(ingest, "extract", stopped)
    run = Run(str(tmp_path / "stop.db"))
    result = run("ingest", "--jobs", "1", str(SEEDS / "azerbaijan-mediation.txt"))
    assert result.exit_code == 130
    assert result.stderr.splitlines()[-1] == "Error: interrupted while reading the articles: nothing was stored"
    assert run("docs", "--format", "json").stdout in ("[]\n", "")


def test_extraction_workers_end_when_their_parent_is_killed(tmp_path):
    """kill -9 of an ingest (or the out-of-memory killer) cannot let it clean up: its extraction
    workers must notice and end, not wait for work for ever."""
    import os
    import subprocess
    import sys
    import time

    from conftest import ROOT

    script = ("import os, signal\n"
              "from provenance.ingest import worker_pool\n"
              "pool = worker_pool(2)\n"
              "pids = {pool.submit(os.getpid).result() for _ in range(8)}\n"
              "print(*pids, flush=True)\n"
              "os.kill(os.getpid(), signal.SIGKILL)\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    workers = [int(p) for p in done.stdout.split()]
    assert workers, done.stderr

    def alive(pid: int) -> bool:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        stat = Path(f"/proc/{pid}/stat")
        return not (stat.exists() and stat.read_text().split(") ")[-1].startswith("Z"))

    deadline = time.monotonic() + 20
    while any(alive(p) for p in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    left = [p for p in workers if alive(p)]
    for pid in left:  # leave no process behind when the test fails
        os.kill(pid, 9)
    assert not left


@pytest.mark.parametrize("text, feed", [
    ('<?xml version="1.0" encoding="utf-8"?>\n<!-- a desk -->\n<rss version="2.0"><channel/></rss>', True),
    ('<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom"></feed>', True),
    ('<atom:feed xmlns:atom="http://www.w3.org/2005/Atom"></atom:feed>', True),
    ('<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"></rdf:RDF>', True),
    # an article whose first words name a feed, and a root that only begins like one
    ("<p>Readers asked us to bring back the <rss> feed, the editor said.</p>", False),
    ("<feedback>The mayor said the depot would close in June.</feedback>", False),
])
def test_a_feed_is_known_by_its_root_element(text, feed):
    from provenance.errors import InputError
    from provenance.ingest import refuse_other_formats

    if feed:
        with pytest.raises(InputError, match="an RSS or Atom feed"):
            refuse_other_formats("desk.xml", text.encode())
    else:
        refuse_other_formats("story.html", text.encode())
