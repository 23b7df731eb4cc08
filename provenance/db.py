"""Database URL resolution, engine, sessions, SQLite pragmas and migrations on open."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import event, inspect
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session, create_engine

from provenance.errors import DatabaseError

ENV_VAR = "PROVENANCE_DB"
DEFAULT_PATH = "provenance.db"
SQLITE_BUSY_TIMEOUT_MS = 30_000
MIGRATIONS = Path(__file__).parent / "migrations"


def resolve_url(db: str | None = None) -> str:
    """The database URL: `--db` > $PROVENANCE_DB > ./provenance.db; a plain path means SQLite.

    >>> resolve_url("x.db").startswith("sqlite:///")
    True
    """
    value = db or os.environ.get(ENV_VAR) or DEFAULT_PATH
    if "://" in value:
        if value.startswith("postgresql://") or value.startswith("postgres://"):
            value = "postgresql+psycopg://" + value.split("://", 1)[1]
        if not (value.startswith("sqlite") or value.startswith("postgresql+psycopg://")):
            raise DatabaseError(
                f"unsupported database URL {value.split('://', 1)[0]}://...: "
                "use a file path for SQLite or postgresql+psycopg://USER@HOST/DB for PostgreSQL"
            )
        return value
    path = Path(value).expanduser()
    if path.is_dir():
        raise DatabaseError(f"{value} is a folder: give a database file path with --db")
    if not path.parent.exists():
        raise DatabaseError(f"folder {path.parent} does not exist: create it or choose another --db path")
    return f"sqlite:///{path.resolve()}"


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    try:
        cursor.execute("PRAGMA journal_mode=WAL")
    except Exception:  # a read-only file cannot switch journal mode; reading still works
        pass
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _sqlite_pragmas)
    else:
        engine = create_engine(url, pool_pre_ping=True, connect_args={"connect_timeout": 10})
    return engine


def describe(url: str) -> str:
    """The URL without a password, for messages."""
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        creds, host = rest.rsplit("@", 1)
        return f"{scheme}://{creds.split(':', 1)[0]}@{host}"
    return url.replace("sqlite:///", "")


class Database:
    """An opened, migrated database."""

    def __init__(self, url: str):
        self.url = url
        self.engine = make_engine(url)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextmanager
    def session(self) -> Iterator[Session]:
        with Session(self.engine, expire_on_commit=False) as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()


def alembic_config(connection=None):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest migration (no-op when it is already there)."""
    if current_revision(engine) == head_revision():
        return
    from alembic import command

    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "head")


def open_database(db: str | None = None, *, migrate_schema: bool = True) -> Database:
    """Open the database named by `db` (or the environment), creating or upgrading its schema.

    Raises DatabaseError with a message that says what to do when it cannot be reached.
    """
    url = resolve_url(db)
    database = Database(url)
    try:
        if migrate_schema:
            migrate(database.engine)
        else:
            with database.engine.connect():
                pass
    except SQLAlchemyError as exc:
        database.close()
        reason = str(getattr(exc, "orig", exc)).strip().splitlines()[0] if str(exc) else type(exc).__name__
        raise DatabaseError(
            f"cannot open database {describe(url)}: {reason}; check --db or ${ENV_VAR}"
        ) from exc
    return database


def table_names(engine: Engine) -> list[str]:
    return sorted(inspect(engine).get_table_names())
