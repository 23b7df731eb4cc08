"""Shared fixtures: every test gets its own database, never the user's.

Database tests take the `db_url` fixture, parametrised over SQLite and PostgreSQL. PostgreSQL runs
when PROVENANCE_TEST_PG names a server (a SQLAlchemy URL); each test gets a schema of its own,
dropped afterwards. With PROVENANCE_REQUIRE_PG=1 (set by .ci/run) a missing server fails instead
of skipping.
"""

from __future__ import annotations

import json
import os
import shutil
import uuid
from contextlib import contextmanager
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import create_engine, text

from provenance.cli import cli

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
PG_URL = os.environ.get("PROVENANCE_TEST_PG")
# scripts that build fixtures, not modules: --doctest-modules must not import them
collect_ignore_glob = ["fixtures/*"]


@pytest.fixture(autouse=True)
def _isolated_database(tmp_path, monkeypatch):
    """No test may touch ./provenance.db or the user's PROVENANCE_DB, nor read the width of the
    terminal it was started from (pytest-xdist workers set COLUMNS=80): tests that care set it."""
    monkeypatch.setenv("PROVENANCE_DB", str(tmp_path / "default.db"))
    monkeypatch.delenv("COLUMNS", raising=False)
    monkeypatch.delenv("LINES", raising=False)


def _pg_schema_url(schema: str) -> str:
    assert PG_URL
    sep = "&" if "?" in PG_URL else "?"
    return f"{PG_URL}{sep}options=-csearch_path%3D{schema}"


def on_backend(url: str, tmp_path, run):
    """`run(database URL)` on a SQLite file in `tmp_path` when `url` is "sqlite", else on a fresh
    PostgreSQL schema (`pg_schema`); its answer."""
    if url == "sqlite":
        return run(str(tmp_path / "copies.db"))
    with pg_schema() as pg:
        return run(pg)


@contextmanager
def pg_schema():
    """A fresh PostgreSQL schema as a database URL, dropped afterwards; skips (or fails under
    PROVENANCE_REQUIRE_PG=1) when no server is named."""
    if not PG_URL:
        if os.environ.get("PROVENANCE_REQUIRE_PG") == "1":
            pytest.fail("PROVENANCE_REQUIRE_PG=1 but PROVENANCE_TEST_PG is not set")
        pytest.skip("PostgreSQL: set PROVENANCE_TEST_PG to a SQLAlchemy URL to run")
    schema = "t_" + uuid.uuid4().hex[:12]
    admin = create_engine(PG_URL)
    with admin.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    try:
        yield _pg_schema_url(schema)
    finally:
        with admin.begin() as conn:
            conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory) -> Path:
    """A SQLite database that `open_database` has migrated to the newest schema and left empty, made
    once a session (once per pytest-xdist worker): a copy costs a file copy where running the
    migrations costs about 0.1 s of CPU, some 200 times in the fast suite."""
    from provenance.db import open_database

    path = tmp_path_factory.mktemp("template") / "template.db"
    path.touch()
    open_database(str(path)).close()
    assert not path.with_name("template.db-wal").exists(), "the last close checkpoints the WAL"
    return path


def copy_sqlite(template: Path | str, path: Path) -> str:
    """A new SQLite database at `path`, a copy of `template` (the session's migrated, empty
    `sqlite_template`, or a module's populated one): every connection to the template is closed, so
    its write-ahead log has been checkpointed into the file."""
    assert not Path(f"{template}-wal").exists(), f"{template} is still open"
    shutil.copyfile(template, path)
    return str(path)


def imported_sqlite(template: Path, folder: Path, *claimsets: dict, name: str = "test.db") -> str:
    """A SQLite database `folder/name` (from the migrated `template`) holding `claimsets`, each imported
    with the `import` command: a module's populated template, which tests take copies of."""
    path = copy_sqlite(template, folder / name)
    for data in claimsets:
        source = folder / f"{data['document']['slug']}.json"
        source.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        result = Run(path)("import", str(source))
        assert result.exit_code == 0, result.output
    return path


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request, tmp_path, sqlite_template):
    """A fresh database URL on each backend, empty of rows. On SQLite, a copy of the migrated template
    (the schema every command's first open would make); on PostgreSQL, an empty schema the first open
    migrates. Tests of what opening a blank database does take `blank_db_url`."""
    if request.param == "sqlite":
        yield copy_sqlite(sqlite_template, tmp_path / "test.db")
        return
    with pg_schema() as url:
        yield url


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def blank_db_url(request, tmp_path):
    """A fresh database URL with no schema at all on each backend: the first open migrates it."""
    if request.param == "sqlite":
        # an empty file is an empty SQLite database, as an empty schema is on PostgreSQL: read commands
        # open it (a file that does not exist at all is refused; tests/test_nothing_silent.py)
        path = tmp_path / "test.db"
        path.touch()
        yield str(path)
        return
    with pg_schema() as url:
        yield url


class Run:
    """Invoke the CLI in-process: run("claims", "--format", "json") against one database."""

    def __init__(self, db: str):
        self.db = db
        self.runner = CliRunner()

    def __call__(self, *args: str, input: str | bytes | None = None, db: str | None = None):
        return self.runner.invoke(cli, ["--db", db or self.db, *args], input=input, catch_exceptions=False)


@pytest.fixture
def run(db_url):
    return Run(db_url)


def dump_database(url: str) -> list:
    """Every row of every table, for comparing a database before and after a failed command."""
    from provenance.db import make_engine, resolve_url

    engine = make_engine(resolve_url(url))
    try:
        from sqlalchemy import inspect

        rows = []
        with engine.connect() as conn:
            for table in sorted(inspect(conn).get_table_names()):
                result = conn.execute(text(f'SELECT * FROM "{table}"'))
                rows.append((table, sorted(map(repr, result.all()))))
        return rows
    finally:
        engine.dispose()


@pytest.fixture
def seed_claimset_path():
    path = SEEDS / "azerbaijan-mediation.claims.json"
    if not path.exists():
        pytest.skip("the seed's reviewed claim set is not written yet")
    return path


@pytest.fixture
def server():
    """A web server on 127.0.0.1 in a thread (tests/webpages.py), stopped afterwards."""
    from webpages import Server

    srv = Server()
    try:
        yield srv
    finally:
        srv.close()


@pytest.fixture
def offline(monkeypatch):
    """Nothing leaves the machine: host names other than the loopback do not resolve."""
    from webpages import local_only

    local_only(monkeypatch)


def cued_speakers(text: str) -> list[tuple[str | None, bool | None]]:
    """(name, anonymous) of the speaker of each claim with a cue that the rules alone read in TEXT."""
    from provenance.extract import extract_claimset

    cs = extract_claimset(text, slug="t", use_model=False)
    found = {sp["id"]: sp for sp in cs["speakers"]}
    return [((found.get(c["speaker"]) or {}).get("name"), (found.get(c["speaker"]) or {}).get("anonymous"))
            for c in cs["claims"] if c["cue"]]


def cued_speakers_and_texts(text: str) -> list[tuple[str | None, str]]:
    """(speaker name, content) of each claim with a cue that the rules alone read in TEXT."""
    from provenance.extract import extract_claimset

    cs = extract_claimset(text, slug="t", use_model=False)
    found = {sp["id"]: sp for sp in cs["speakers"]}
    return [((found.get(c["speaker"]) or {}).get("name"), c["text"]) for c in cs["claims"] if c["cue"]]
