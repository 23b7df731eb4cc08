"""Where the database is: --db > $PROVENANCE_DB > ./provenance.db, and the schema revision it should
be at. Standard library only, so a command can decide where and whether to open a database without
importing SQLAlchemy."""

from __future__ import annotations

import functools
import os
import re
from pathlib import Path
from urllib.parse import urlsplit

from provenance.errors import DatabaseError

ENV_VAR = "PROVENANCE_DB"
DEFAULT_PATH = "provenance.db"
MIGRATIONS = Path(__file__).parent / "migrations"


def resolve_url(db: str | None = None) -> str:
    """The database URL: `--db` > $PROVENANCE_DB > ./provenance.db; a plain path means SQLite.

    >>> resolve_url("x.db").startswith("sqlite:///")
    True
    """
    if db is not None and not db.strip():
        raise DatabaseError("--db is empty: give a database file path or a postgresql+psycopg:// URL "
                            f"(or leave --db out for ${ENV_VAR}, else ./{DEFAULT_PATH})")
    value = db or os.environ.get(ENV_VAR) or DEFAULT_PATH
    if "://" in value:
        scheme, rest = value.split("://", 1)
        if scheme in ("postgresql", "postgres"):
            scheme, value = "postgresql+psycopg", "postgresql+psycopg://" + rest
        if scheme not in SCHEMES:
            raise DatabaseError(
                f"unsupported database URL {scheme[:40]}://...: "
                "use a file path for SQLite or postgresql+psycopg://USER@HOST/DB for PostgreSQL"
            )
        if scheme == "postgresql+psycopg":
            _check_server_url(value)
        return value
    try:
        path = Path(value).expanduser()
        if path.is_dir():
            raise DatabaseError(f"{value} is a folder: give a database file path with --db")
        if not path.parent.exists():
            raise DatabaseError(f"folder {path.parent} does not exist: create it or choose another --db path")
    except RuntimeError:  # ~name of no user
        raise DatabaseError(f"{value}: no such user to find the home folder of: give the full path") from None
    except PermissionError:
        raise DatabaseError(f"{value}: permission denied on a folder of the path: choose a database "
                            "you may read") from None
    except (OSError, ValueError) as exc:  # a name too long, a NUL
        raise DatabaseError(f"{value[:200]!r} cannot be a database path ({getattr(exc, 'strerror', None) or exc}): "
                            "choose another --db") from None
    return f"sqlite:///{path.resolve()}"


SCHEMES = ("sqlite", "sqlite+pysqlite", "postgresql+psycopg")
_ENCODE = "percent-encode them in the password (@ as %40, / as %2F, # as %23, ? as %3F, : as %3A, % as %25)"


def _check_server_url(url: str) -> None:
    """A PostgreSQL URL parses as one: an @, /, # or ? left raw in the password splits it elsewhere
    (the host becomes part of the password, the port a word)."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018  (raises on a port that is no number, or a broken [IPv6] host)
    except ValueError:
        raise DatabaseError(f"the database URL does not parse (is there an @, /, #, ? or : in the password?): "
                            f"{_ENCODE}") from None
    if "@" in parts.path or "@" in parts.query or parts.fragment or "#" in url:
        raise DatabaseError(f"the database URL has an @ or # after its host (in the password?): {_ENCODE}")


def sqlite_path(url: str) -> str | None:
    """The file of a SQLite URL (None for another database or SQLite in memory).

    >>> sqlite_path("sqlite:////data/claims.db"), sqlite_path("postgresql+psycopg://u@h/db")
    ('/data/claims.db', None)
    """
    if not url.startswith("sqlite:///"):
        return None
    path = url[len("sqlite:///"):].split("?", 1)[0]
    if path.startswith("file:"):  # a URI filename (sqlite:///file:PATH?mode=ro&uri=true)
        path = path[len("file:"):]
    return path if path and path != ":memory:" else None


_REVISION_LINE = re.compile(r"^(down_revision|revision)\s*=\s*['\"]?([\w-]+|None)['\"]?\s*$", re.M)


@functools.lru_cache(maxsize=1)
def head_revision() -> str:
    """The newest migration, read from the migration files' `revision = ...` lines.

    Reading them as text keeps Alembic (a tenth of a second to import) out of every command that
    opens an up-to-date database; a test checks the answer against Alembic's own.
    """
    revisions: dict[str, str | None] = {}
    for path in (MIGRATIONS / "versions").glob("*.py"):
        found = dict((k, v) for k, v in _REVISION_LINE.findall(path.read_text(encoding="utf-8")))
        if "revision" in found:
            down = found.get("down_revision")
            revisions[found["revision"]] = None if down in (None, "None") else down
    parents = {down for down in revisions.values() if down}
    heads = [rev for rev in revisions if rev not in parents]
    if len(heads) != 1:
        raise DatabaseError(f"the installed migrations have {len(heads)} heads: reinstall provenance")
    return heads[0]
