"""Database URL resolution, engine, sessions, SQLite pragmas and migrations on open."""

from __future__ import annotations

import os
import random
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from sqlalchemy import event, inspect, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError, SQLAlchemyError
from sqlmodel import Session, create_engine

from provenance import folded_sql
from provenance.errors import DatabaseError, ProvenanceError
from provenance.location import ENV_VAR, MIGRATIONS, head_revision, resolve_url, sqlite_path

SQLITE_BUSY_TIMEOUT_MS = 30_000
PG_LOCK_TIMEOUT_MS = 60_000
WRITE_ATTEMPTS = 6
# One advisory lock per schema serialises PostgreSQL transactions the way BEGIN IMMEDIATE does on SQLite.
PG_LOCK = "SELECT pg_advisory_xact_lock(hashtext('provenance ' || coalesce(current_schema(), '')))"
READING = "provenance_reading"  # execution option of Database.reading() sessions
T = TypeVar("T")


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    # The driver's own BEGIN is deferred; transactions are begun in _sqlite_begin instead.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    # WAL for a new database or one of ours; another program's file keeps its journal mode (switching
    # would rewrite its header before migrate() refuses it)
    cursor.execute("SELECT count(*) = 0 OR sum(name = 'alembic_version') > 0 FROM sqlite_master")
    if cursor.fetchone()[0]:
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
        except Exception:  # a read-only file cannot switch journal mode; reading still works
            pass
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()
    folded_sql.register(dbapi_connection)


FILE_ID = "provenance_file_id"  # connection info: (device, inode) of the SQLite file when it was opened


def _file_id(path: str) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


def _watch_file(engine: Engine, path: str) -> None:
    """Before every commit, make sure the file the connection writes to is still the one at `path`:
    SQLite goes on writing to a file that was deleted (or renamed, or replaced) under it, and
    everything it commits there is lost the moment the connection closes."""

    def remember(_dbapi_connection, record) -> None:
        record.info[FILE_ID] = _file_id(path)

    def before_commit(connection) -> None:
        opened = connection.info.get(FILE_ID)
        if opened is not None and _file_id(path) != opened:
            raise DatabaseError(f"the database file {path} was deleted or replaced while provenance was "
                                "writing to it: this change was not saved; restore the file from a backup or "
                                "run the command again")

    event.listen(engine, "connect", remember)
    event.listen(engine, "commit", before_commit)


def _reading(connection) -> bool:
    return bool(connection.get_execution_options().get(READING))


def _sqlite_begin(connection) -> None:
    # IMMEDIATE takes the write lock up front (waiting up to the busy timeout): a deferred
    # transaction that reads and then writes fails at once with "database is locked" when another
    # process wrote in between, and no busy timeout helps it. Database.reading() sessions only
    # read, and a deferred transaction reads a snapshot in WAL mode without holding up writers.
    connection.exec_driver_sql("BEGIN" if _reading(connection) else "BEGIN IMMEDIATE")


def _pg_connect(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute(f"SET lock_timeout = {PG_LOCK_TIMEOUT_MS}")
    cursor.close()
    dbapi_connection.commit()


def _pg_begin(connection) -> None:
    if not _reading(connection):
        connection.exec_driver_sql(PG_LOCK)


def make_engine(url: str) -> Engine:
    """An engine whose transactions run one at a time per database, waiting rather than failing.

    SQLite: WAL, foreign keys, a busy timeout and BEGIN IMMEDIATE. PostgreSQL: a transaction-level
    advisory lock per schema, so two writers never act on the same stale reads.
    """
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        path = sqlite_path(url)
        if path is not None:
            _watch_file(engine, path)
    else:
        engine = create_engine(url, pool_pre_ping=True, connect_args={"connect_timeout": 10})
        event.listen(engine, "connect", _pg_connect)
        event.listen(engine, "begin", _pg_begin)
    return engine


def is_transient(exc: BaseException) -> bool:
    """Whether running the same transaction again may succeed: a lock, deadlock or serialization
    failure, or a unique key another writer took first."""
    while isinstance(exc, DatabaseError) and exc.__cause__ is not None:
        exc = exc.__cause__
    if isinstance(exc, IntegrityError):
        return "unique" in str(exc.orig).lower() or "duplicate key" in str(exc.orig).lower()
    if isinstance(exc, OperationalError):
        text = str(exc.orig).lower()
        sqlstate = getattr(exc.orig, "sqlstate", None)
        return ("database is locked" in text or "database is busy" in text
                or sqlstate in ("40001", "40P01", "55P03"))
    return False


def _is_integrity(exc: BaseException) -> bool:
    return isinstance(exc.__cause__ if isinstance(exc, DatabaseError) else exc, IntegrityError)


def reason_of(exc: BaseException) -> str:
    """The first line of what the driver said, without SQL or parameters."""
    orig = getattr(exc, "orig", None) or exc
    text = str(orig).strip()
    return text.splitlines()[0] if text else type(orig).__name__


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
        """A session; a database failure inside it becomes a DatabaseError (one line, exit 2)."""
        try:
            with Session(self.engine, expire_on_commit=False) as session:
                yield session
        except DBAPIError as exc:
            raise self.error(exc) from exc

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session that only reads: one consistent snapshot that neither waits for writers nor
        holds them up (a listing piped into a pager can stay open as long as the reader likes).

        Writing in it is an error; use session() or write() for that.
        """
        options: dict = {READING: True}
        if not self.is_sqlite:
            options.update(isolation_level="REPEATABLE READ", postgresql_readonly=True)
        try:
            with Session(self.engine.execution_options(**options), expire_on_commit=False) as session:
                yield session
        except DBAPIError as exc:
            raise self.error(exc) from exc

    def error(self, exc: BaseException) -> DatabaseError:
        what = reason_of(exc)
        if "readonly" in what.replace("-", "").replace(" ", "") or "read-only" in what:
            return DatabaseError(f"cannot write to database {describe(self.url)}: {what}; "
                                 "check the file's permissions or choose another --db")
        if getattr(exc, "connection_invalidated", False) or getattr(getattr(exc, "orig", None), "sqlstate", "") in (
                "57P01", "57P02", "57P03", "08000", "08003", "08006"):
            return DatabaseError(f"lost the connection to database {describe(self.url)} ({what}): this change "
                                 "was not saved; check that the server is running and run the command again")
        if is_transient(exc) and not _is_integrity(exc):
            return DatabaseError(f"database {describe(self.url)} stayed busy ({what}); "
                                 "another process holds it: try again when it is done")
        return DatabaseError(f"database {describe(self.url)}: {what}")

    def write(self, work: Callable[[Session], T], *, attempts: int = WRITE_ATTEMPTS) -> T:
        """Run `work(session)` in one transaction and commit it.

        The whole transaction runs again from scratch (after a growing, jittered pause) when it
        lost a race with another process: a lock wait that timed out, a deadlock or serialization
        failure, or a unique key (a speaker, outlet, document or version) the other created first.
        """
        for attempt in range(1, attempts + 1):
            try:
                with self.session() as session:
                    result = work(session)
                    session.commit()
                return result
            except DatabaseError as exc:
                # A key that is still taken on a second try, on fresh reads, is the data's own fault.
                if attempt == attempts or not is_transient(exc) or (_is_integrity(exc) and attempt > 1):
                    raise
            time.sleep(min(2.0, 0.05 * 2 ** attempt) * (0.5 + random.random()))
        raise AssertionError("unreachable")

    def close(self) -> None:
        self.engine.dispose()


def alembic_config(connection=None):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


def _reader(engine: Engine) -> Engine:
    return engine.execution_options(**{READING: True})


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at (None for a blank database), without importing Alembic.

    It only reads, so it neither waits for a writer nor holds one up (see _sqlite_begin)."""
    with _reader(engine).connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def known_revision(revision: str) -> bool:
    """Whether a schema revision is one of this program's migrations (not one of a newer provenance)."""
    from alembic.script import ScriptDirectory

    try:
        return ScriptDirectory.from_config(alembic_config()).get_revision(revision) is not None
    except Exception:  # Alembic raises several kinds of error for an unknown revision
        return False


def newer_schema(revision: str) -> str:
    return (f"a newer provenance wrote this database: upgrade provenance (the schema is at revision {revision}, "
            f"which this version does not know; its newest is {head_revision()})")


def foreign_tables(engine: Engine) -> list[str]:
    """The tables and views of a database without a provenance schema (empty for an empty one)."""
    with _reader(engine).connect() as connection:
        found = inspect(connection)
        names = set(found.get_table_names()) | set(found.get_view_names())
    # alembic_version: ours, which another process has just migrated (Alembic reads it again under the lock)
    return [] if "alembic_version" in names else sorted(names)


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest migration (no-op when it is already there).

    The upgrade runs inside a locked transaction (see make_engine) and Alembic reads the revision
    again there, so two processes opening a new database at once migrate it once. A database that
    holds tables but no provenance schema (another program's file) is refused, never added to.
    """
    head = head_revision()
    current = current_revision(engine)
    if current == head:
        return
    from alembic import command

    if current is not None and not known_revision(current):
        raise DatabaseError(newer_schema(current))
    if current is None:
        others = foreign_tables(engine)
        if others:
            shown = ", ".join(others[:5]) + (", ..." if len(others) > 5 else "")
            raise DatabaseError(f"{describe(str(engine.url))} is not a provenance database (it holds tables "
                                f"{shown}): give the right --db, or a new or empty file")
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
    except ProvenanceError:
        database.close()
        raise
    except SQLAlchemyError as exc:
        database.close()
        if is_transient(exc):
            raise database.error(exc) from exc
        raise DatabaseError(
            f"cannot open database {describe(url)}: {reason_of(exc)}; check --db or ${ENV_VAR}"
        ) from exc
    return database


def table_names(engine: Engine) -> list[str]:
    return sorted(inspect(engine).get_table_names())
