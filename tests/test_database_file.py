"""The database behind --db: an empty --db, another program's file, a newer schema, the file deleted
or the server stopped while a command writes (issue 18). Each is one line, exit 2, nothing changed."""

from __future__ import annotations

import sqlite3

import pytest
from click.testing import CliRunner
from sqlalchemy import create_engine, text

from provenance import ingest as ingest_module
from provenance.cli import cli

from conftest import PG_URL, SEEDS, dump_database, pg_schema

ARTICLES = [
    "Officials said on Monday that the bridge would reopen in June.\n",
    "The mayor said the budget was balanced, according to a statement.\n",
    "A spokesperson said the talks would resume next week.\n",
]


def invoke(*args: str, input: str | None = None):
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


def one_line_error(result, *words: str) -> None:
    assert result.exit_code == 2, result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    errors = [line for line in lines if line.startswith("Error: ")]
    assert len(errors) == 1 and lines[-1] == errors[0], result.output  # progress lines may come before
    assert "Traceback" not in result.output
    for word in words:
        assert word in errors[0], errors[0]


def articles(tmp_path) -> list[str]:
    paths = []
    for i, body in enumerate(ARTICLES):
        path = tmp_path / f"article-{i}.txt"
        path.write_text(body, encoding="utf-8")
        paths.append(str(path))
    return paths


def test_an_empty_db_option_is_an_error(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for command in (["claims"], ["ingest", str(SEEDS / "azerbaijan-mediation.txt")], ["check"]):
        one_line_error(invoke("--db", "", *command), "--db is empty")
    assert not (tmp_path / "provenance.db").exists()


def foreign_sqlite(tmp_path):
    path = tmp_path / "other-app.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
        conn.execute("INSERT INTO notes (body) VALUES ('keep me')")
    conn.close()
    return path


@pytest.mark.parametrize("command", [["claims"], ["docs"], ["speakers"], ["history"], ["export", "x"],
                                     ["backup", "-"], ["ingest", "ARTICLE"]])
def test_another_programs_sqlite_file_is_left_alone(tmp_path, command):
    path = foreign_sqlite(tmp_path)
    before = path.read_bytes()
    command = [articles(tmp_path)[0] if c == "ARTICLE" else c for c in command]
    one_line_error(invoke("--db", str(path), *command), "not a provenance database", "notes")
    assert path.read_bytes() == before


def test_check_on_another_programs_file_changes_nothing(tmp_path):
    path = foreign_sqlite(tmp_path)
    before = path.read_bytes()
    result = invoke("--db", str(path), "check")
    assert result.exit_code == 1 and "no provenance schema" in result.output
    assert path.read_bytes() == before


@pytest.mark.postgres
def test_another_programs_postgresql_schema_is_left_alone(tmp_path):
    with pg_schema() as url:
        engine = create_engine(url)
        with engine.begin() as conn:
            conn.execute(text("CREATE TABLE notes (id integer PRIMARY KEY, body text)"))
        engine.dispose()
        before = dump_database(url)
        one_line_error(invoke("--db", url, "claims"), "not a provenance database", "notes")
        one_line_error(invoke("--db", url, "ingest", articles(tmp_path)[0]), "not a provenance database")
        assert dump_database(url) == before


def test_an_empty_file_is_still_a_new_database(tmp_path):
    path = tmp_path / "empty.db"
    path.touch()
    assert invoke("--db", str(path), "claims").exit_code == 0


def set_revision(url: str, revision: str) -> None:
    from provenance.db import make_engine, resolve_url

    engine = make_engine(resolve_url(url))
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = :r"), {"r": revision})
    engine.dispose()


def test_check_on_a_newer_schema_says_to_upgrade_provenance(db_url):
    assert invoke("--db", db_url, "ingest", str(SEEDS / "azerbaijan-mediation.txt"), "--silent").exit_code == 0
    set_revision(db_url, "0999_from_the_future")
    before = dump_database(db_url)
    result = invoke("--db", db_url, "check", "--format", "json")
    assert result.exit_code == 1, result.output
    assert "upgrade provenance" in result.output and "any other provenance command upgrades" not in result.output
    one_line_error(invoke("--db", db_url, "claims"), "upgrade provenance")
    assert dump_database(db_url) == before


def _during_second_store(monkeypatch, action) -> None:
    """Run `action(session)` inside the transaction that stores the second article."""
    real = ingest_module.on_new_version
    calls = []

    def wrapped(session, stored, **options):
        calls.append(stored.slug)
        if len(calls) == 2:
            action(session)
        return real(session, stored, **options)

    monkeypatch.setattr(ingest_module, "on_new_version", wrapped)


def test_deleting_the_database_file_during_an_ingest_fails(tmp_path, monkeypatch):
    path = tmp_path / "claims.db"
    paths = articles(tmp_path)

    def delete(_session):
        path.unlink()

    _during_second_store(monkeypatch, delete)
    result = invoke("--db", str(path), "ingest", *paths)
    one_line_error(result, "deleted or replaced", str(path))
    assert "Ingested" not in result.output


def test_replacing_the_database_file_during_an_ingest_fails(tmp_path, monkeypatch):
    path = tmp_path / "claims.db"
    paths = articles(tmp_path)

    def replace(_session):
        moved = tmp_path / "moved.db"
        path.rename(moved)
        path.write_bytes(b"")

    _during_second_store(monkeypatch, replace)
    one_line_error(invoke("--db", str(path), "ingest", *paths), "deleted or replaced")


@pytest.mark.postgres
def test_the_postgresql_server_stopping_mid_ingest_is_one_line(tmp_path, monkeypatch):
    with pg_schema() as url:
        def terminate(session):
            pid = session.execute(text("SELECT pg_backend_pid()")).scalar_one()
            admin = create_engine(PG_URL)
            with admin.begin() as conn:
                conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
            admin.dispose()

        _during_second_store(monkeypatch, terminate)
        result = invoke("--db", url, "ingest", *articles(tmp_path))
        one_line_error(result, "lost the connection", "not saved")
        assert "Ingested" not in result.output
        monkeypatch.undo()
        assert invoke("--db", url, "check").exit_code == 0
