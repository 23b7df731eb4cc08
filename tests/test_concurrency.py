"""Four processes writing one database at once (SQLite file or PostgreSQL schema): nothing lost,
no duplicate versions, no "database is locked" reaching anyone, and an event log that still
explains every status.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from click.testing import CliRunner
from sqlalchemy import text
from test_crash import write_stories

from provenance.cli import cli
from provenance.db import make_engine, resolve_url

from claimsets import make_claimset
from conftest import ROOT

STORIES = 9
REVIEWS = [("1", "confirmed"), ("2", "disputed"), ("3", "corroborated"), ("1", "retracted"), ("2", "confirmed")]
# A worker is one process running several commands one after the other, as the program would run
# them (exit codes, messages on stderr); "{bridge:N}" stands for the id of claim N of the bridge
# document, which the worker looks up when it first needs one (after its own import of it).
WORKER = """
import io, json, sys
from contextlib import redirect_stdout
from provenance.cli import cli

def run(args):
    try:
        cli.main(args=args, prog_name="provenance")
    except SystemExit as exc:
        if exc.code:
            sys.exit(exc.code)

ids = {}
for args in json.loads(sys.argv[1]):
    if not ids and any(a.startswith("{bridge:") for a in args):
        out = io.StringIO()
        with redirect_stdout(out):
            run(args[:2] + ["claims", "--doc", "bridge", "--format", "json"])
        ids = {"{bridge:%d}" % row["seq"]: str(row["id"]) for row in json.loads(out.getvalue())}
    run([ids.get(a, a) for a in args])
"""


def invoke(db: str, *args: str):
    result = CliRunner().invoke(cli, ["--db", db, *args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result


def start(db: str, commands: list[list[str]], cwd) -> subprocess.Popen:
    """One process running `commands` in turn, stopping at the first that fails."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    argv = json.dumps([["--db", db, *command] for command in commands])
    return subprocess.Popen([sys.executable, "-c", WORKER, argv], cwd=cwd, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def finish(workers: list[subprocess.Popen]) -> list[str]:
    errors = []
    for worker in workers:
        _, err = worker.communicate(timeout=180)
        errors.append(err.decode("utf-8"))
        assert worker.returncode == 0, err.decode("utf-8")
    for err in errors:
        assert "locked" not in err and "Traceback" not in err and "Error" not in err, err
    return errors


@pytest.fixture
def material(tmp_path):
    stories = write_stories(tmp_path, STORIES, seed=4)
    sets = []
    for slug in ("ferry", "tunnel", "quay", "canal"):
        path = tmp_path / f"{slug}.json"
        path.write_text(json.dumps(make_claimset(slug=slug, title=f"The {slug}")), encoding="utf-8")
        sets.append(str(path))
    base = tmp_path / "bridge.json"
    base.write_text(json.dumps(make_claimset()), encoding="utf-8")
    return {"stories": stories, "sets": sets, "base": str(base)}


@pytest.mark.slow
def test_four_writers_at_once(blank_db_url, material, tmp_path):
    db = blank_db_url
    stories = material["stories"]
    # All four find the database empty and migrate it together. Two ingests overlap on three
    # stories: both try to create the same documents and versions, and every story shares speakers
    # and outlets with others. One worker imports a file per command; one imports a claim set, then
    # reviews, links and unlinks its claims while the rules recompute statuses around it.
    reviews = [["review", f"{{bridge:{seq}}}", "--status", status, "--reason", f"checked {n}", "--by", "four"]
               for n, (seq, status) in enumerate(REVIEWS)]
    workers = [
        start(db, [["ingest", *stories[:6], "--silent", "--by", "one"]], tmp_path),
        start(db, [["ingest", *stories[3:], "--silent", "--by", "two"]], tmp_path),
        start(db, [["import", path, "--by", "three"] for path in material["sets"]], tmp_path),
        start(db, [["import", material["base"], "--by", "four"], *reviews,
                   ["link", "{bridge:3}", "{bridge:1}", "--relation", "contradicts", "--by", "four"],
                   ["unlink", "{bridge:2}", "{bridge:1}", "--by", "four"]], tmp_path),
    ]
    finish(workers)

    engine = make_engine(resolve_url(db))
    with engine.connect() as conn:  # the schema was made once
        assert conn.execute(text("SELECT count(*) FROM alembic_version")).scalar() == 1
    engine.dispose()
    docs = {d["doc"]: d for d in json.loads(invoke(db, "docs", "--format", "json").stdout)}
    assert sorted(docs) == sorted(["bridge", "ferry", "tunnel", "quay", "canal"]
                                  + [f"story-{i:02d}" for i in range(STORIES)])
    assert {d["versions"] for d in docs.values()} == {1}  # no duplicate versions

    # nothing lost: the same claims as storing everything one after the other
    serial = str(tmp_path / "serial.db")
    invoke(serial, "import", material["base"], *material["sets"])
    invoke(serial, "ingest", *stories, "--silent")

    def claims(database):
        rows = json.loads(invoke(database, "claims", "--format", "json").stdout)
        return sorted((r["doc"], r["seq"], r["text"], r["speaker"], r["outlet"]) for r in rows)

    assert claims(db) == claims(serial)
    bridge = {r["seq"]: r for r in json.loads(invoke(db, "claims", "--doc", "bridge", "--format", "json").stdout)}
    history = json.loads(invoke(db, "history", "--by", "four", "--format", "json").stdout)
    assert [(e["action"], e["claim"], e["new"]) for e in history if e["action"] == "review"] == \
        [("review", bridge[int(seq)]["id"], status) for seq, status in REVIEWS]
    assert [bridge[seq]["status"] for seq in (1, 2, 3)] == ["retracted", "confirmed", "corroborated"]
    stored = [e for e in json.loads(invoke(db, "history", "--format", "json").stdout)
              if e["action"] in ("ingest", "import")]
    assert len(stored) == len(docs)  # each version stored once, by exactly one of the writers
    check = CliRunner().invoke(cli, ["--db", db, "check"])
    assert check.exit_code == 0, check.output


def test_a_reader_never_holds_up_a_writer(db_url, material):
    """A reading session (a listing piped into a pager, a backup) keeps its snapshot while a writer
    commits; the writer does not wait for it."""
    from sqlalchemy import func, select

    from provenance.db import open_database
    from provenance.models import Document

    def documents(session) -> int:
        return session.execute(select(func.count()).select_from(Document)).scalar_one()

    invoke(db_url, "import", material["base"])
    db = open_database(db_url)
    try:
        with db.reading() as session:
            assert documents(session) == 1
            # a writer that waited for this reader would wait for ever (it is still open when the
            # import returns): it would give up at the lock timeout and the import would fail
            invoke(db_url, "import", *material["sets"])
            assert documents(session) == 1  # still its own snapshot
        with db.reading() as session:
            assert documents(session) == 5
    finally:
        db.close()


def test_write_runs_a_lost_race_again_and_gives_up_on_bad_data(tmp_path):
    """Database.write: a transaction that met a lock or a deadlock runs again from scratch; a unique
    key that is still taken on fresh reads is the data's fault and is not tried a third time."""
    from sqlalchemy.exc import IntegrityError, OperationalError

    from provenance.db import open_database
    from provenance.errors import DatabaseError

    class Locked(Exception):
        pass

    db = open_database(str(tmp_path / "w.db"))
    calls = []

    def flaky(session):
        calls.append(1)
        if len(calls) < 3:
            raise OperationalError("INSERT ...", {}, Locked("database is locked"))
        return "stored"

    try:
        assert db.write(flaky) == "stored" and len(calls) == 3
        calls.clear()

        def taken(session):
            calls.append(1)
            raise IntegrityError("INSERT ...", {}, Locked("UNIQUE constraint failed: document.slug"))

        with pytest.raises(DatabaseError, match="UNIQUE constraint failed: document.slug") as failed:
            db.write(taken)
        assert len(calls) == 2
        assert "busy" not in str(failed.value)
    finally:
        db.close()


def test_a_writer_holding_the_file_never_stops_it_opening(tmp_path, monkeypatch):
    """Opening a database only reads its schema revision: while another process holds the write
    lock, a command still opens it at once (a listing answers); a write that waits out the busy
    timeout says the database is busy, never 'cannot open ... check --db' as if the path were wrong."""
    import sqlite3

    from provenance import db as dbmodule
    from provenance.db import open_database
    from provenance.errors import DatabaseError

    path = tmp_path / "held.db"
    open_database(str(path)).close()
    blank = tmp_path / "blank.db"
    monkeypatch.setattr(dbmodule, "SQLITE_BUSY_TIMEOUT_MS", 200)
    holders = [sqlite3.connect(str(p), isolation_level=None, timeout=0) for p in (path, blank)]
    try:
        for holder in holders:
            holder.execute("BEGIN IMMEDIATE")
        open_database(str(path)).close()  # schema at head: nothing to write
        with pytest.raises(DatabaseError) as busy:
            open_database(str(blank))  # a new file must be migrated: that waits for the writer
        assert "busy" in str(busy.value) and "another process" in str(busy.value), busy.value
        assert "check --db" not in str(busy.value)
    finally:
        for holder in holders:
            holder.close()
