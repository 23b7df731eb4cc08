"""Migrations that move data, tried on a database made at the revision before them."""

from __future__ import annotations

import json

import pytest
from alembic import command
from sqlalchemy import text

from provenance.db import alembic_config, make_engine, open_database, resolve_url

from conftest import ROOT, Run

# the CREATE TABLE and CREATE INDEX statements SQLite holds for the tables a revision makes, as that
# revision made them when it was released; the migrations that use provenance/migrations/steps.py
# must keep making exactly these
MADE = json.loads((ROOT / "tests" / "fixtures" / "migration_tables.json").read_text(encoding="utf-8"))

# link events as revision 0003 stored them: "RELATION TARGET" in old (unlink) or new (link)
OLD_EVENTS = [
    # id, actor, action, claim, old, new
    (1, "rule", "link", 2, None, "corroborates 1"),
    (2, "ana", "unlink", 2, "corroborates 1", None),
    (3, "rule", "unlink carried", 3, "repeats 1", None),
    (4, "rule", "status", 1, "unconfirmed", "corroborated"),
    (5, "ana", "link", 3, None, "not a link value"),
]


def _database_at(url: str, revision: str):
    engine = make_engine(resolve_url(url))
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), revision)
    return engine


def _fill_0003(engine) -> None:
    """A document, a version, three claims and the link events of OLD_EVENTS, as 0003 held them."""
    with engine.begin() as c:
        c.execute(text("INSERT INTO document (id, slug, created_at) VALUES (1, 'doc', CURRENT_TIMESTAMP)"))
        c.execute(text("INSERT INTO version (id, document_id, number, sha256, text, ingested_at) "
                       "VALUES (1, 1, 1, 'x', 'one two three', CURRENT_TIMESTAMP)"))
        for cid, (start, end) in enumerate(((0, 3), (4, 7), (8, 13)), start=1):
            c.execute(text("INSERT INTO claim (id, version_id, seq, char_start, char_end, text, form, kind, status, "
                           "reason) VALUES (:id, 1, :id, :s, :e, :t, 'unattributed', 'fact', 'unconfirmed', '')"),
                      {"id": cid, "s": start, "e": end, "t": "one two three"[start:end]})
        for eid, actor, action, claim, old, new in OLD_EVENTS:
            c.execute(text("INSERT INTO event (id, at, actor, action, document_id, claim_id, old, new) "
                           "VALUES (:id, CURRENT_TIMESTAMP, :actor, :action, 1, :claim, :old, :new)"),
                      {"id": eid, "actor": actor, "action": action, "claim": claim, "old": old, "new": new})


def _made_at_0003(url: str) -> None:
    """The database at `url` as revision 0003 left it, holding OLD_EVENTS."""
    engine = _database_at(url, "0003")
    try:
        _fill_0003(engine)
    finally:
        engine.dispose()


def _events(engine) -> list[tuple]:
    with engine.connect() as c:
        return [tuple(row) for row in c.execute(text(
            "SELECT id, action, claim_id, old, new, relation, target_claim_id FROM event ORDER BY id"))]


def test_link_events_move_to_their_own_columns(blank_db_url):
    _made_at_0003(blank_db_url)
    db = open_database(blank_db_url)  # upgrades to the newest revision
    try:
        assert _events(db.engine) == [
            (1, "link", 2, None, None, "corroborates", 1),
            (2, "unlink", 2, None, None, "corroborates", 1),
            (3, "unlink carried", 3, None, None, "repeats", 1),
            (4, "status", 1, "unconfirmed", "corroborated", None, None),
            (5, "link", 3, None, "not a link value", None, None),
        ]
    finally:
        db.close()
    # listings read as before
    history = json.loads(Run(blank_db_url)("history", "--format", "json").stdout)
    assert [(e["action"], e["old"], e["new"]) for e in history] == [
        (action, old, new) for _, _, action, _, old, new in OLD_EVENTS]


def test_downgrade_puts_the_strings_back(blank_db_url):
    engine = _database_at(blank_db_url, "0003")
    try:
        _fill_0003(engine)
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), "0004")
        with engine.begin() as connection:
            command.downgrade(alembic_config(connection), "0003")
        with engine.connect() as c:
            rows = [tuple(r) for r in c.execute(text("SELECT id, actor, action, claim_id, old, new FROM event "
                                                     "ORDER BY id"))]
        assert rows == OLD_EVENTS
    finally:
        engine.dispose()


def test_a_reviewers_unlink_still_holds_after_the_upgrade(blank_db_url):
    """The rules read a reviewer's removal from the new columns: the pair stays unlinked."""
    from provenance.links import suppressed_pairs

    _made_at_0003(blank_db_url)
    db = open_database(blank_db_url)
    try:
        with db.session() as session:
            assert suppressed_pairs(session) == {(frozenset((1, 2)), "corroborates")}
    finally:
        db.close()


def test_downgrading_past_the_stance_keeps_the_search_index_in_step(tmp_path):
    """SQLite rebuilds the claim table to drop a column; 0002's triggers on it must come back."""
    import sqlite3

    path = tmp_path / "down.db"
    db = open_database(f"sqlite:///{path}")
    try:
        with db.engine.begin() as c:
            command.downgrade(alembic_config(c), "0009")
    finally:
        db.close()
    with sqlite3.connect(path) as conn:
        triggers = sorted(r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'"))
    conn.close()
    assert triggers == ["claim_fts_delete", "claim_fts_insert", "claim_fts_update"]


@pytest.mark.parametrize("revision", sorted(MADE))
def test_a_revision_makes_the_tables_it_made_when_released(tmp_path, revision):
    engine = _database_at(f"sqlite:///{tmp_path / 'at.db'}", revision)
    try:
        with engine.connect() as c:
            rows = c.execute(text("SELECT name, sql FROM sqlite_master WHERE name IN (SELECT value FROM json_each(:names))"),
                             {"names": json.dumps(list(MADE[revision]))})
            made = {name: sql for name, sql in rows}
    finally:
        engine.dispose()
    assert made == MADE[revision]


def test_the_shared_steps_import_nothing_of_the_application():
    """A migration is history: a helper it shares must not change when the application does."""
    import ast

    tree = ast.parse((ROOT / "provenance" / "migrations" / "steps.py").read_text(encoding="utf-8"))
    imported = {alias.name.split(".")[0] for node in ast.walk(tree) if isinstance(node, ast.Import)
                for alias in node.names}
    imported |= {node.module.split(".")[0] for node in ast.walk(tree)
                 if isinstance(node, ast.ImportFrom) and node.module}
    assert imported <= {"__future__", "collections", "typing", "alembic", "sqlalchemy"}, imported


def _revision(name: str):
    import importlib.util

    path = ROOT / "provenance" / "migrations" / "versions" / name
    spec = importlib.util.spec_from_file_location(f"frozen_{path.stem}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_no_revision_imports_the_application():
    """A migration is history: it copies what it needs of the application (0010's cue phrases,
    0013's fingerprint), which moves on; of the project it uses only the shared steps."""
    import ast

    for path in sorted((ROOT / "provenance" / "migrations" / "versions").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
        imported |= {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module}
        assert {m for m in imported if m.split(".")[0] == "provenance"} <= {"provenance.migrations.steps"}, path.name


def test_the_frozen_copies_still_agree_with_the_application():
    """Today the copies give what the application gives; when the application changes, a new
    revision (not an edit of these) must bring stored claims in step."""
    import re

    from provenance.corroboration import stance_of_cue
    from provenance.folding import fingerprint

    stance = _revision("0010_claim_stance.py")
    phrases = json.loads(stance.CUES.read_text(encoding="utf-8"))
    patterns = {kind: stance._pattern(phrases[kind]) for kind, _ in stance.STANCES}
    assert all(isinstance(p, re.Pattern) for p in patterns.values())
    for cue in ("said", "flatly denied", "did not deny", "didn’t confirm", "later retracted", "rejected",
                "declined to comment on", "neither confirmed nor denied"):
        assert stance.stance_of_cue(cue, patterns) == stance_of_cue(cue), cue
    frozen = _revision("0013_claim_fingerprint.py")
    for sentence in ("“The port,” she said.", "Gülşen’s café closed", "Ferry fares rose 12% on Monday", "ÉLYSÉE"):
        assert frozen.fingerprint(sentence) == fingerprint(sentence), sentence
