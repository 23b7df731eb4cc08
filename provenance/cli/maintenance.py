"""Keeping a database sound: check, backup, restore."""

from __future__ import annotations

import gzip
import sys
from pathlib import Path

import click
from sqlalchemy.engine import make_url

from provenance import backup as backups
from provenance.check import COLUMNS, check_database
from provenance.cli import State, actor, cli, database, emit, message, output_options
from provenance.db import open_database, resolve_url
from provenance.errors import EXIT_DIFFERENT, InputError
from provenance.safe_paths import open_output
from provenance.wording import plural


def _counts(counts: dict[str, int]) -> str:
    return ", ".join(plural(n, name) for name, n in counts.items())


@cli.command()
@output_options
def check(fmt, table_fmt, no_headers):
    """Verify the database: claim offsets give back the claim text, links join existing claims, the
    event log explains every status, the schema is at the newest migration, and (SQLite) the file
    passes SQLite's integrity and foreign-key checks.

    Lists the problems and exits 1 when there are any; exits 0 with a one-line summary otherwise.
    Changes nothing (not even the schema).
    """
    state = click.get_current_context().find_object(State)
    url = resolve_url(state.db_option if state else None)
    path = make_url(url).database
    if url.startswith("sqlite") and path and not path.startswith("file:") and not Path(path).exists():
        raise InputError(f"no database at {path}: give the path of an existing database with --db")
    db = open_database(url, migrate_schema=False)
    try:
        report = check_database(db)
    finally:
        db.close()
    if report.ok:
        message(report.summary())
        return
    emit(report.rows(), fmt=fmt, table_fmt=table_fmt, no_headers=no_headers, columns=COLUMNS, max_width=90,
         flex="problem")
    message(report.summary())
    click.get_current_context().exit(EXIT_DIFFERENT)


@cli.command()
@click.argument("path", metavar="PATH")
@click.option("--sqlite-copy", is_flag=True,
              help="Copy the SQLite file itself with SQLite's online backup API (restores into any database, "
                   "but only a SQLite database can make one).")
def backup(path, sqlite_copy):
    """Write the whole database to PATH: a portable JSON-lines file (gzip when PATH ends in .gz)
    that `provenance restore` reads into SQLite or PostgreSQL. PATH - writes to stdout.

    The file is written beside PATH and renamed over it when complete, so a failed backup leaves
    no half-written file.

    \b
    Examples:
      provenance backup claims-2025-06-01.jsonl.gz
      provenance --db postgresql+psycopg://me@db/claims backup claims.jsonl
    """
    db = database()
    backups.check_target(db, path)
    if sqlite_copy:
        backups.sqlite_copy(db, path)
        message(f"Wrote {path} (SQLite copy)")
        return
    if path.endswith(".gz") and path != "-":
        with open_output(path, private=True) as out:
            with gzip.open(out.buffer if hasattr(out, "buffer") else out, "wt", encoding="utf-8") as zipped:
                counts = backups.write_backup(db, zipped)
    else:
        with open_output(path, private=True) as out:
            counts = backups.write_backup(db, out)
    if path != "-":
        message(f"Wrote {path}: {_counts(counts)}")


@cli.command()
@click.argument("path", metavar="PATH")
@click.option("--by", "by", metavar="NAME", help="Who restores, for the audit log (default: login name).")
def restore(path, by):
    """Restore a backup made by `provenance backup` (or a SQLite copy) into an empty database.

    The whole file is checked before anything is written; a database that holds any data is
    refused. Ids, statuses, links and the event log come back as they were.

    \b
    Example:
      provenance --db fresh.db restore claims-2025-06-01.jsonl.gz
    """
    notes: list[str] = []
    counts = backups.restore(database(), path, actor=actor(by), notes=notes)
    for note in notes:
        message(f"Note: {note}")
    message(f"Restored {path}: {_counts(counts)}")
    sys.stdout.flush()
