"""provenance check: a sound database passes with one line; each kind of damage is found and listed."""

from __future__ import annotations

import json
import shutil
import sqlite3

import pytest
from click.testing import CliRunner
from sqlalchemy import create_engine, text

from provenance.cli import cli
from provenance.db import resolve_url

from claimsets import make_claimset
from conftest import SEEDS, dump_database


def invoke(db: str, *args: str):
    return CliRunner().invoke(cli, ["--db", db, *args], catch_exceptions=False)


def load(db: str, tmp_path) -> None:
    path = tmp_path / "bridge.json"
    path.write_text(json.dumps(make_claimset()), encoding="utf-8")
    for args in (["import", str(path)], ["ingest", str(SEEDS / "azerbaijan-mediation.txt"), "--silent"],
                 ["review", "3", "--status", "retracted", "--reason", "withdrawn", "--by", "ana"],
                 ["link", "3", "1", "--relation", "contradicts", "--by", "ana"],
                 ["review", "3", "--clear", "--by", "ana"], ["recompute"]):
        result = invoke(db, *args)
        assert result.exit_code == 0, result.output


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    folder = tmp_path_factory.mktemp("check-template")
    db = str(folder / "template.db")
    load(db, folder)
    return db


@pytest.fixture
def sqlite_db(template, tmp_path):
    path = tmp_path / "work.db"
    shutil.copy(template, path)
    return str(path)


@pytest.mark.slow
def test_a_sound_database_passes(db_url, tmp_path):
    load(db_url, tmp_path)
    before = dump_database(db_url)
    result = invoke(db_url, "check")
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert len(result.stderr.splitlines()) == 1
    assert result.stderr.startswith("ok: 2 documents, 2 versions, ") and result.stderr.endswith(" no problems\n")
    assert dump_database(db_url) == before


def test_an_empty_database_passes(run):
    run("docs")
    assert run("check").stderr == "ok: 0 documents, 0 versions, 0 claims, 0 links, 0 events checked, no problems\n"


def _sql(db: str, *statements: str) -> None:
    """Damage a database behind the program's back (no events, foreign keys off on SQLite)."""
    url = resolve_url(db)
    if url.startswith("sqlite"):
        conn = sqlite3.connect(url.removeprefix("sqlite:///"))
        conn.executescript(";\n".join(statements))
        conn.commit()
        conn.close()
        return
    engine = create_engine(url)
    with engine.begin() as conn:
        for statement in statements:
            conn.execute(text(statement))
    engine.dispose()


# A claim whose status the rules changed (so the log holds its status) gets another one silently.
CHANGE_LAST_STATUS = ("UPDATE claim SET status = CASE WHEN status = 'retracted' THEN 'confirmed' ELSE 'retracted' END "
                      "WHERE id = (SELECT max(claim_id) FROM event WHERE action = 'status' AND old <> new)")

# A corroborated claim set back to unconfirmed by 'rule' with its event: the log is whole.
STALE_STATUS = [
    "INSERT INTO event (at, actor, action, claim_id, old, new) SELECT '2030-01-01 00:00:00', 'rule', 'status', "
    "min(id), 'corroborated', 'unconfirmed' FROM claim WHERE status = 'corroborated' AND reviewed_by IS NULL",
    "UPDATE claim SET status = 'unconfirmed' WHERE id = (SELECT claim_id FROM event ORDER BY id DESC LIMIT 1)"]

DAMAGE = [
    ("claim text edited", ["UPDATE claim SET text = 'something else' WHERE id = 1"],
     [("offsets", "claim 1")]),
    ("claim offsets outside the text", ["UPDATE claim SET char_end = 100000 WHERE id = 2"],
     [("offsets", "claim 2")]),
    ("speaker offsets half set", ["UPDATE claim SET speaker_start = 3, speaker_end = NULL WHERE id = 2"],
     [("offsets", "claim 2")]),
    ("version text edited", ["UPDATE version SET text = 'x' || text WHERE id = 1"],
     [("text hash", "version 1 (bridge@1)"), ("offsets", "claim 1"), ("offsets", "claim 2"), ("offsets", "claim 3")]),
    ("status changed after its last event", [CHANGE_LAST_STATUS], [("event", "claim "), ("recompute", "claim ")]),
    # a status changed with an event, so the log is whole, that the rules do not give
    ("status the rules do not give", STALE_STATUS, [("recompute", "claim ")]),
    ("status changed behind a review", ["UPDATE claim SET status = 'retracted', reviewed_by = 'mallory' "
                                        "WHERE id = 1"], [("event", "claim 1")]),
    ("review event removed", ["UPDATE claim SET status = 'confirmed', reviewed_by = 'ana', "
                              "reason = 'x' WHERE id = 3",
                              "INSERT INTO event (at, actor, action, claim_id, old, new) "
                              "VALUES ('2025-01-01 00:00:00', 'ana', 'status', 3, 'disputed', 'confirmed')"],
     [("event", "claim 3")]),
    ("status outside the vocabulary", ["UPDATE claim SET status = 'maybe', reviewed_by = NULL WHERE id = 2"],
     [("vocabulary", "claim 2"), ("event", "claim 2")]),
    ("self link", ["INSERT INTO link (source_id, target_id, relation, created_by, created_at) "
                   "VALUES (2, 2, 'repeats', 'mallory', '2025-01-01 00:00:00')"], [("link", "link")]),
    ("ingest event deleted", ["DELETE FROM event WHERE action = 'import'"],
     [("event", "version 1 (bridge@1)")]),
    ("speaker kind outside the vocabulary", ["UPDATE speaker SET kind = 'alien' WHERE id = 1"],
     [("vocabulary", "speaker 1")]),
    ("stance outside the vocabulary", ["UPDATE claim SET stance = 'shrugs' WHERE id = 3"],
     [("vocabulary", "claim 3")]),
    ("claim ids moved between claims", ["UPDATE claim SET seq = seq + 1000 WHERE id = 1"], [("order", "claim 2")]),
    ("schema behind", ["UPDATE alembic_version SET version_num = '0001'"], [("schema", "alembic_version")]),
    ("schema unknown", ["UPDATE alembic_version SET version_num = 'ffff'"], [("schema", "alembic_version")]),
]


@pytest.mark.parametrize("statements, found", [(s, f) for _, s, f in DAMAGE], ids=[d[0] for d in DAMAGE])
def test_damage_is_found(sqlite_db, statements, found):
    _sql(sqlite_db, *statements)
    before = dump_database(sqlite_db)
    result = invoke(sqlite_db, "check", "--format", "json")
    assert result.exit_code == 1, result.output
    rows = json.loads(result.stdout)
    got = {(r["check"], r["where"]) for r in rows}
    for check, where in found:
        assert any(c == check and w.startswith(where) for c, w in got), (check, where, rows)
    assert result.stderr.startswith(f"{len(rows)} problem in " if len(rows) == 1 else f"{len(rows)} problems in ")
    assert dump_database(sqlite_db) == before  # check changes nothing, not even the schema revision


@pytest.mark.slow
def test_damage_is_found_on_both_backends(run, tmp_path):
    load(run.db, tmp_path)
    _sql(run.db, "UPDATE claim SET text = 'something else' WHERE id = 1", CHANGE_LAST_STATUS)
    result = run("check", "--format", "json")
    assert result.exit_code == 1
    assert [(r["check"], r["where"].split()[0]) for r in json.loads(result.stdout)] == [
        ("offsets", "claim"), ("event", "claim"), ("recompute", "claim")]


def test_orphans_are_found(sqlite_db):
    _sql(sqlite_db, "INSERT INTO link (source_id, target_id, relation, created_by, created_at) "
                    "VALUES (1, 987654, 'corroborates', 'mallory', '2025-01-01 00:00:00')",
         "INSERT INTO claim (version_id, seq, char_start, char_end, text, form, kind, status, reason) "
         "VALUES (424242, 1, 0, 1, 'x', 'direct', 'fact', 'confirmed', '')")
    rows = json.loads(invoke(sqlite_db, "check", "--format", "json").stdout)
    problems = {(r["check"], r["problem"]) for r in rows}
    assert ("link", "target claim 987654 does not exist") in problems
    assert ("foreign key", "points at a missing claim row") in problems
    assert ("foreign key", "points at a missing version row") in problems


def test_a_damaged_file_is_found(sqlite_db):
    conn = sqlite3.connect(sqlite_db)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'ix_claim_status'").fetchone()[0]
    page = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with open(sqlite_db, "r+b") as f:
        f.seek((root - 1) * page + 100)
        f.write(b"\xff" * 200)
    result = invoke(sqlite_db, "check", "--format", "json")
    assert result.exit_code == 1
    rows = json.loads(result.stdout)
    assert rows and {r["check"] for r in rows} == {"integrity"}, rows


def test_table_output_and_shared_options(sqlite_db, monkeypatch):
    monkeypatch.setenv("COLUMNS", "140")  # wide enough for the whole problem (test_widths.py fits narrower)
    _sql(sqlite_db, "UPDATE claim SET text = 'something else' WHERE id = 1")
    result = invoke(sqlite_db, "check")
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["check", "where", "problem"]
    assert lines[2].startswith("offsets  claim 1  text[15:45] gives 'the bridge will reopen in June', not the "
                               "claim's 'something else'")
    csv = invoke(sqlite_db, "check", "--format", "csv", "--no-headers").stdout
    assert csv.startswith("offsets,claim 1,")


def test_check_needs_an_existing_database(tmp_path):
    result = invoke(str(tmp_path / "missing.db"), "check")
    assert result.exit_code == 2
    assert result.stderr == f"Error: no database at {tmp_path / 'missing.db'}: give the path of an existing " \
                            "database with --db\n"
    assert not (tmp_path / "missing.db").exists()


def test_a_foreign_database_is_not_a_provenance_database(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (x)")
    conn.close()
    result = invoke(str(path), "check", "--format", "json")
    assert result.exit_code == 1
    assert json.loads(result.stdout)[0]["check"] == "schema"


def test_a_stale_status_names_what_a_recompute_gives(sqlite_db):
    _sql(sqlite_db, *STALE_STATUS)
    rows = json.loads(invoke(sqlite_db, "check", "--format", "json").stdout)
    assert [r["check"] for r in rows] == ["recompute"]
    assert rows[0]["problem"].startswith("status is 'unconfirmed' but the rules give 'corroborated' (corroborated by ")
    assert rows[0]["problem"].endswith(": run `provenance recompute`")
    assert invoke(sqlite_db, "recompute").exit_code == 0
    assert invoke(sqlite_db, "check").exit_code == 0
