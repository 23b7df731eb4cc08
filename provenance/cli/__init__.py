"""The `provenance` command line: a click group, shared options, and the one error handler.

Commands live in the submodules of this package (imported at the bottom); each is thin: parse
options, call the core, render rows. No SQL or business rules here.
"""

from __future__ import annotations

import functools
import getpass
import importlib
import io
import os
import pkgutil
import shutil
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from provenance import __version__
from provenance.bounds import check_whole, parse_whole
from provenance.errors import DatabaseError, InputError, OutputError, ProvenanceError
from provenance.location import ENV_VAR, resolve_url, sqlite_path
from provenance.model_version import model_version
from provenance.plugins import load_commands
from provenance.safe_paths import protect

if TYPE_CHECKING:
    import sqlite3

    from provenance.db import Database

# `provenance --version` and `--help` import only click and the light modules above: the database
# layer (SQLAlchemy, SQLModel), the renderer (tabulate) and each command's module are imported by
# the command that uses them (tests/test_startup.py holds this; benchmarks/startup.py times it).


class UserError(click.ClickException):
    """A ProvenanceError on its way out: `Error: ...` on stderr and the error's exit code."""

    def __init__(self, error: ProvenanceError):
        from provenance.output import printable

        # it may quote stored or typed text (a file name with a newline): one line, nothing that acts
        super().__init__(printable(str(error)).replace("\n", "\\n"))
        self.exit_code = error.exit_code  # type: ignore[misc]  # click declares it on the class


# Which module defines each command: a command's module is imported only when that command runs
# (or help lists it), so `provenance claims` does not pay for the extractor or the report renderer.
# tests/test_cli_commands.py checks this table against the modules.
COMMANDS = {
    "backup": "maintenance", "check": "maintenance", "claims": "claims", "cluster": "claims", "demo": "demo",
    "diff": "diff",
    "docs": "claims", "eval": "evaluate", "export": "transfer", "feeds": "watch", "history": "review",
    "import": "transfer", "ingest": "transfer", "link": "review", "outlets": "claims", "page": "watch",
    "recompute": "review", "report": "report",
    "restore": "maintenance", "review": "review", "serve": "serve", "show": "claims", "speakers": "claims",
    "unlink": "review", "versions": "diff", "watch": "watch",
}

# The first sentence of each command's help, for `provenance --help` without importing the commands (tests/test_startup.py checks it against the commands)
SUMMARIES = {
    "backup": 'Write the whole database to PATH: a portable JSON-lines file (gzip when PATH ends in .gz) that `provenance restore` reads into SQLite or PostgreSQL.',
    "check": "Verify the database: claim offsets give back the claim text, links join existing claims, the event log explains every status, the schema is at the newest migration, and (SQLite) the file passes SQLite's integrity and foreign-key checks.",
    "claims": 'List claims (latest version of each document) with filters.',
    "cluster": 'List the claims of a cluster (claims that state the same thing), grouped by origin.',
    "demo": 'Ingest the seed articles into a fresh database and show corroborated vs unconfirmed claims.',
    "diff": 'Compare the claims of two versions: what was added, removed, reworded, re-attributed, redated, moved, or changed status.',
    "docs": 'List documents with their version and claim counts.',
    "eval": 'Extract the text of a reviewed claim set again and score the result against it.',
    "export": 'Export claims: a claim-set file, JSON, JSON lines, CSV, and more.',
    "history": 'List the audit log: ingests, reviews, links and status changes, oldest first.',
    "import": 'Import claim-set files (schema/claimset.schema.json).',
    "feeds": 'The RSS/Atom feeds and story pages that `watch` follows.',
    "ingest": 'Extract claims from article files (.txt, .md, .html, or - for stdin) or web pages (http:// or https:// URLs) and store them.',
    "link": 'Link claim A to claim B: A corroborates, contradicts or repeats B.',
    "outlets": 'List outlets with their number of claims and documents; merge or split them.',
    "page": 'The web page a version was read from, byte for byte as it was fetched or saved (the latest version by default), to read again with a better extractor or to check what the site said.',
    "recompute": "Run the status rules and corroboration again; reviewers' decisions and links stay.",
    "report": 'The sourcing report of DOC (or of every document): who is quoted, named vs anonymous, which outlets, what is unconfirmed or disputed and why, what is corroborated and by whom, and which statements several outlets carried from how many independent origins.',
    "restore": 'Restore a backup made by `provenance backup` (or a SQLite copy) into an empty database.',
    "review": "Set a claim's status by hand; it overrides the rules from then on.",
    "serve": 'Serve the review desk: the queue, articles, claims and review forms, on http://HOST:PORT/.',
    "show": 'Show one claim: its text, source chain, links, status reason and history.',
    "speakers": 'List speakers with their number of claims and documents; merge or split them.',
    "unlink": 'Remove the links between claims A and B; the rules will not make them again.',
    "versions": 'List the versions of a document: number, published date, when ingested, text hash, claims.',
    "watch": 'Fetch the followed feeds and stories: new entries become documents; a known story is fetched again with a conditional request, and a changed text becomes its next version.',
}


# Commands that only read: on a database file that does not exist they fail (a mistyped --db must
# not answer with an empty listing) unless --create. Every other command creates the file, and says so.
# `serve` writes only decisions about claims that are there: an empty desk is a mistyped --db too.
READ_ONLY = frozenset({"backup", "check", "claims", "cluster", "diff", "docs", "export", "history", "outlets",
                       "report", "serve", "show", "speakers", "versions"})

QUIET_CREATORS = frozenset({"restore"})  # a new database is what they are for


# Parameters that name files: their bytes need not be UTF-8 (a file named in Latin-1 is still a file).
# Every other text parameter is stored, searched or shown, and must be text.
PATH_PARAMETERS = frozenset({"db", "files", "path", "output", "gold", "a", "b"})


def check_text_parameters(ctx: click.Context) -> None:
    """Text parameters hold no lone surrogates: Python's stand-ins for command-line bytes that were
    not UTF-8 (`--by $'\\xff'`), which no database, file or terminal can take."""
    for name, value in ctx.params.items():
        if name in PATH_PARAMETERS:
            continue
        for item in value if isinstance(value, (tuple, list)) else (value,):
            if isinstance(item, str) and not item.isascii():
                try:
                    item.encode("utf-8")
                except UnicodeEncodeError:
                    param = next((p for p in ctx.command.params if p.name == name), None)
                    raise InputError(f"{_name(param)} is not valid UTF-8 text: retype it in a UTF-8 terminal") from None


class TextCheckedCommand(click.Command):
    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        rest = super().parse_args(ctx, args)
        check_text_parameters(ctx)
        return rest


class TextCheckedGroup(click.Group):
    command_class = TextCheckedCommand

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        rest = super().parse_args(ctx, args)
        check_text_parameters(ctx)
        return rest


TextCheckedGroup.group_class = TextCheckedGroup


def _command_at(args: Sequence[str]) -> int | None:
    """Where the command's name is among the group's arguments (after --db URL and --create)."""
    i = 0
    while i < len(args):
        if args[i] == "--db":
            i += 2
        elif args[i].startswith("--db=") or args[i] == "--create":
            i += 1
        else:
            return None if args[i].startswith("-") else i
    return None


def hoist_database_options(args: Sequence[str]) -> list[str]:
    """`provenance claims --db x.db` read as `provenance --db x.db claims`: --db and --create belong
    to the group, and people type them after the command as well (up to a `--`).

    >>> hoist_database_options(["speakers", "merge", "1", "2", "--db", "x.db"])
    ['--db', 'x.db', 'speakers', 'merge', '1', '2']
    """
    args = list(args)
    start = _command_at(args)
    if start is None:
        return args
    front, rest, i = args[:start], [], start
    while i < len(args) and args[i] != "--":
        if args[i] == "--db" and i + 1 < len(args):
            front += args[i:i + 2]
            i += 2
        elif args[i].startswith("--db=") or args[i] == "--create":
            front.append(args[i])
            i += 1
        else:
            rest.append(args[i])
            i += 1
    given = [a for a in front if a == "--db" or a.startswith("--db=")]
    if len(given) > 1:
        raise click.UsageError("--db is given more than once: give one database")
    return front + rest + args[i:]


class ProvenanceGroup(click.Group):
    command_class = TextCheckedCommand
    group_class = TextCheckedGroup

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        return super().parse_args(ctx, hoist_database_options(args))

    def list_commands(self, ctx: click.Context) -> list[str]:
        load_commands(self)
        return sorted(set(COMMANDS) | set(self.commands))

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in COMMANDS:
            importlib.import_module(f"{__name__}.{COMMANDS[cmd_name]}")
        elif cmd_name not in self.commands:
            load_commands(self)  # perhaps a plugin's
        return self.commands.get(cmd_name)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """The command list of --help, from SUMMARIES where the command's module is not loaded yet."""
        names = self.list_commands(ctx)
        limit = formatter.width - 6 - max(map(len, names), default=0)
        rows = []
        for name in names:
            command = self.commands.get(name) or (None if name in SUMMARIES else self.get_command(ctx, name))
            if command is None and name in SUMMARIES:
                command = click.Command(name, help=SUMMARIES[name])
            if command is not None and not command.hidden:
                rows.append((name, command.get_short_help_str(limit)))
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            super().invoke(ctx)
            sys.stdout.flush()  # a write error of the last buffered output is the command's, reported as one
        except ProvenanceError as exc:
            raise UserError(exc) from exc
        except UnicodeEncodeError as exc:  # a plugin's parameter, say, that check_text_parameters did not see
            if "surrogates" not in str(exc):
                raise
            raise UserError(InputError("a value is not valid UTF-8 text: retype it in a UTF-8 terminal")) from exc
        return None  # what a command returns is no exit code (see main)

    def main(self, args: Sequence[str] | None = None, prog_name: str | None = None,  # type: ignore[override]
             complete_var: str | None = None, standalone_mode: bool = True, **extra: Any) -> Any:
        """click's main, but a usage error is one line and a hint: `Error: ...` and `Try '... --help'.`"""
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, False, **extra)
        try:
            code = super().main(args, prog_name, complete_var, False, **extra)
        except click.UsageError as exc:
            from provenance.output import printable

            click.echo(f"Error: {printable(exc.format_message())}", err=True)
            path = exc.ctx.command_path if exc.ctx is not None else "provenance"
            click.echo(f"Try '{path} --help'.", err=True)
            sys.exit(exc.exit_code)
        except click.ClickException as exc:
            exc.show()
            sys.exit(exc.exit_code)
        except click.Abort:
            click.echo("Aborted!", err=True)
            sys.exit(1)
        sys.exit(code or 0)  # None when the command ran to its end; an int from ctx.exit(n)


class RegistryChoice(click.Choice):
    """A --format choice read from the plugin registry when a command first needs it, so formats that
    plugins register are accepted and listed in --help."""

    def __init__(self, table: Callable[[], dict[str, Any]]):
        self._table = table
        super().__init__(())

    @property  # type: ignore[override]
    def choices(self) -> tuple[str, ...]:
        return tuple(self._table())

    @choices.setter
    def choices(self, value: Any) -> None:
        pass  # always the registry's


def _name(param: click.Parameter | None) -> str:
    """How a message names a parameter: its long option (--limit), else its metavar (ID)."""
    if param is None:
        return "the value"
    longest = max(param.opts, key=len) if param.opts else ""
    return longest if longest.startswith("-") else (param.metavar or param.name or "the value")


class Whole(click.ParamType):
    """A whole number the database can hold (bounds.MAX_INTEGER), at least `minimum` and at most
    `maximum`: anything else is a one-line error, never a traceback (too large for SQLite) or a usage
    message."""

    name = "integer"

    def __init__(self, minimum: int | None = None, maximum: int | None = None):
        self.minimum = minimum
        self.maximum = maximum

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> int:
        what = _name(param)
        number = (check_whole(value, what, minimum=self.minimum) if isinstance(value, int) and not isinstance(value, bool)
                  else parse_whole(str(value), what, minimum=self.minimum))
        if self.maximum is not None and number > self.maximum:
            raise InputError(f"{what} {number} is too large: the largest is {self.maximum}")
        return number


class ClaimRef(Whole):
    """A claim: its id (12), or where reports, diffs and `show` place it, DOC#SEQ or DOC@N#SEQ (the
    claim numbered SEQ in version N of DOC, the latest without @N). A reference converts to
    (doc, version, seq); `claim_id` turns either into the id."""

    name = "claim"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        text = str(value)
        if "#" not in text:
            return super().convert(value, param, ctx)
        doc, _, seq = text.rpartition("#")
        doc, at, version = doc.partition("@")
        if not doc.strip() or not seq.strip() or (at and not version.strip()):
            raise InputError(f"{_name(param)} {text[:60]!r} is not a claim: give its id (12) or DOC#SEQ as "
                             "reports print it (my-story#4, my-story@2#4)")
        number = parse_whole(version, f"{_name(param)}'s version") if at else None
        return doc.strip(), number, parse_whole(seq, f"{_name(param)}'s claim number", minimum=1)


def claim_id(session: Any, ref: int | tuple[str, int | None, int]) -> int:
    """The id of the claim `ref` names (ClaimRef): an id as it is, DOC[@N]#SEQ looked up."""
    if isinstance(ref, int):
        return ref
    from sqlalchemy import func, select
    from sqlmodel import col

    from provenance.errors import NotFound
    from provenance.models import Claim
    from provenance.store import find_version

    doc, number, seq = ref
    _, version = find_version(session, doc, number)
    found = session.execute(select(col(Claim.id)).where(col(Claim.version_id) == version.id,
                                                        col(Claim.seq) == seq)).scalar()
    if found is None:
        last = session.execute(select(func.max(col(Claim.seq))).where(col(Claim.version_id) == version.id)).scalar()
        held = f"its claims are #1 to #{last}" if last else "it has no claims"
        raise NotFound(f"{doc}@{version.number} has no claim #{seq}: {held}")
    return int(found)


class Amount(click.ParamType):
    """A finite number between `minimum` and `maximum` (seconds, megabytes, a threshold): nan,
    inf and values out of range are a one-line error."""

    name = "number"

    def __init__(self, minimum: float, maximum: float | None = None):
        self.minimum = minimum
        self.maximum = maximum

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> float:
        what = _name(param)
        try:
            number = float(value)
        except (TypeError, ValueError, OverflowError):
            raise InputError(f"{what} {str(value)[:40]!r} is not a number: give one, as 2.5") from None
        if number != number or number in (float("inf"), float("-inf")):
            raise InputError(f"{what} {str(value)[:40]!r} is not a number: give one, as 2.5")
        if number < self.minimum or (self.maximum is not None and number > self.maximum):
            upper = f" and {self.maximum:g}" if self.maximum is not None else " or more"
            between = f"between {self.minimum:g}{upper}" if self.maximum is not None else f"{self.minimum:g}{upper}"
            raise InputError(f"{what} {str(value)[:40]} is out of range: give {between}")
        return number


class State:
    """What the group hands to its commands: the --db value, opened lazily and once."""

    def __init__(self, db: str | None, *, command: str | None = None, create: bool = False):
        self.db_option = db
        self.command = command
        self.create = create
        self._database: Database | None = None
        self._quick: sqlite3.Connection | None = None

    def database(self) -> Database:
        if self._database is None:
            from provenance.db import open_database

            new_file = self._missing_sqlite_file()
            if new_file and self.command in READ_ONLY and not self.create:
                raise DatabaseError(f"no database at {new_file}: check --db (or ${ENV_VAR}), or give "
                                    "--create to start an empty one")
            try:
                self._database = open_database(self.db_option)
            except ModuleNotFoundError as exc:
                if resolve_url(self.db_option).startswith("sqlite"):
                    raise
                # the URL names a driver this installation lacks
                raise DatabaseError(f"the database's driver (Python module {exc.name}) is not installed: "
                                    "for postgresql+psycopg:// run pip install -e '.[postgres]', or give a "
                                    "SQLite file with --db") from exc
            if new_file and self.command not in QUIET_CREATORS:
                message(f"Created a new database at {new_file}")
        return self._database

    def _missing_sqlite_file(self) -> str | None:
        """The SQLite file the database would be, as the user named it, when it does not exist yet."""
        path = sqlite_path(resolve_url(self.db_option))
        if path is None or Path(path).exists():
            return None
        return self.db_option or os.environ.get(ENV_VAR) or path

    def quick_connection(self) -> sqlite3.Connection | None:
        """A plain sqlite3 connection for listings that need no SQLAlchemy (provenance.quickread):
        None for PostgreSQL or a SQLite file that is missing or not at the newest schema."""
        if self._quick is None:
            from provenance import quickread

            self._quick = quickread.connect(resolve_url(self.db_option))
        return self._quick

    def close(self) -> None:
        if self._quick is not None:
            self._quick.close()
        if self._database is not None:
            self._database.close()


@click.group(cls=ProvenanceGroup, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.option("--db", metavar="URL|PATH", envvar=None,
              help="Database: a SQLite file path or a postgresql+psycopg:// URL; before or after the "
                   "command [default: $PROVENANCE_DB, else ./provenance.db]")
@click.option("--create", is_flag=True,
              help="Let a command that only reads start an empty database when the file does not exist "
                   "(commands that write create it anyway, and say so).")
@click.version_option(__version__, prog_name="provenance",
                      message="%(prog)s, version %(version)s (attribution model " + model_version() + ")")
@click.pass_context
def cli(ctx: click.Context, db: str | None, create: bool) -> None:
    """Track claims in news stories: who said what, to which outlet, when, and who backs it up."""
    state = State(db, command=ctx.invoked_subcommand, create=create)
    ctx.obj = state
    _protect_database_files(db)
    ctx.call_on_close(state.close)


def _protect_database_files(db: str | None) -> None:
    """No --output of this command may overwrite the SQLite file it works on."""
    try:
        url = resolve_url(db)
    except ProvenanceError:
        return  # the command reports the bad location when it opens the database
    if url.startswith("sqlite:///"):
        path = url[len("sqlite:///"):]
        protect(path, path + "-wal", path + "-shm", path + "-journal")


def database() -> Database:
    """The opened, migrated database of the running command."""
    state = click.get_current_context().find_object(State)
    assert state is not None, "database() is for commands of the provenance group"
    return state.database()


def quick_connection() -> sqlite3.Connection | None:
    """The running command's database as a plain sqlite3 connection, when it can be read that way."""
    state = click.get_current_context().find_object(State)
    assert state is not None, "quick_connection() is for commands of the provenance group"
    return state.quick_connection()


def actor(by: str | None = None) -> str:
    """Who is acting: --by, else the login name."""
    if by:
        return by
    try:
        return getpass.getuser()
    except Exception:
        return os.environ.get("USER") or "unknown"


def output_options(func: Callable) -> Callable:
    """The output options every listing shares: --format, --fmt, --no-headers, --wide."""
    from tabulate import tabulate_formats

    from provenance.output import FORMATS

    @click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True,
                  help="Output format.")
    @click.option("--fmt", "table_fmt", type=click.Choice(sorted(tabulate_formats)), default=None,
                  metavar="TABLEFMT", help="Table style for --format table (any tabulate format: "
                                           "simple, grid, github, rounded_outline, ...).")
    @click.option("--no-headers", is_flag=True, help="Omit the header row (table, csv, tsv, md).")
    @click.option("--wide", is_flag=True, help="Every column and every cell in full, however wide the table "
                                               "(by default a table fits $COLUMNS or the terminal).")
    @functools.wraps(func)
    def wrapper(*args, wide: bool = False, **kwargs):
        click.get_current_context().meta[WIDE] = wide
        return func(*args, **kwargs)

    return wrapper


WIDE = "provenance.wide"
NOT_A_TERMINAL_WIDTH = 100


def terminal_width() -> int:
    """The width tables fit: $COLUMNS, else the terminal's, else 100 (output to a file or a pipe)."""
    try:
        columns = int(os.environ.get("COLUMNS", ""))
    except ValueError:
        columns = 0
    if columns > 0:
        return columns
    if sys.stdout.isatty():
        return shutil.get_terminal_size((NOT_A_TERMINAL_WIDTH, 24)).columns
    return NOT_A_TERMINAL_WIDTH


def emit(rows: Iterable[dict[str, Any]], *, fmt: str, table_fmt: str | None, no_headers: bool = False,
         columns: tuple[str, ...] | None = None, max_width: int | dict[str, int] | None = None,
         wrap: dict[str, int] | None = None, flex: str | None = None, optional: tuple[str, ...] = (),
         empty: str | None = None, fit: bool = True) -> int:
    """Render rows to stdout with the shared output options.

    A table fits the terminal (`terminal_width`) unless --wide: the `flex` column (the longest text)
    gives way first, then the `optional` columns drop in order (output.Fit). `empty` is said on
    stderr when there are no rows; stdout stays valid for the format (`[]` for JSON).
    """
    from provenance.output import Fit, render_rows

    wide = bool(click.get_current_context().meta.get(WIDE))
    # Tables show the chosen columns; machine formats carry every key.
    cols = columns if fmt in ("table", "md") else None
    fitted = Fit(terminal_width(), flex=flex, optional=optional) if fit and not wide and fmt == "table" else None
    count = render_rows(rows, sys.stdout, fmt=fmt, table_fmt=table_fmt, columns=cols, headers=not no_headers,
                        max_width=max_width if fmt == "table" and not wide else None, wrap=wrap, fit=fitted)
    if count == 0 and empty:
        message(empty)
    return count


def message(text: str) -> None:
    """A message for people: stderr, so stdout stays data; names and reasons in it are stored text,
    so control characters and bidirectional overrides are shown, not acted on (output.printable)."""
    from provenance.output import printable

    click.echo(printable(text), err=True)


class ClosedStream(io.TextIOBase):
    """What stands for stdin or stdout when the shell closed it (`provenance claims >&-`): using it is
    a one-line error, not an AttributeError on None."""

    def __init__(self, name: str, hint: str):
        self.name = name
        self.hint = hint

    @property
    def buffer(self) -> ClosedStream:
        return self

    def _closed(self) -> OutputError:
        return OutputError(f"{self.name} is closed: {self.hint}")

    def write(self, text: Any) -> int:
        raise self._closed()

    def read(self, size: int | None = -1) -> Any:
        raise self._closed()

    def readline(self, size: int | None = -1) -> Any:
        raise self._closed()

    def isatty(self) -> bool:
        return False


class GuardedStream:
    """stdout, where a failed write (a full disk, a file too large, stdout redirected to a file on a
    read-only or vanished mount) is a one-line OutputError, and the output that could not be written is
    dropped rather than tried again at exit (which would print a second error)."""

    def __init__(self, stream: Any, name: str = "stdout"):
        self._stream = stream
        self._name = name
        self.failed = False

    def _failed(self, exc: OSError) -> OutputError:
        from provenance.safe_paths import write_error

        self.failed = True
        return write_error(self._name, exc)

    def drop_unwritten(self) -> None:
        """After a reported failure: what is still buffered goes nowhere, quietly, at exit."""
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, self._stream.fileno())
        except (OSError, ValueError, AttributeError):
            pass

    def write(self, text: Any) -> int:
        try:
            return self._stream.write(text)
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise self._failed(exc) from None

    def flush(self) -> None:
        try:
            self._stream.flush()
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise self._failed(exc) from None

    @property
    def buffer(self) -> Any:
        inner = getattr(self._stream, "buffer", None)
        return GuardedStream(inner, self._name) if inner is not None else None

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def main(argv: list[str] | None = None) -> None:
    """Console entry point."""
    if sys.stdin is None:
        sys.stdin = ClosedStream("stdin", "pipe the text in, or give a file")
    sys.stdout = (ClosedStream("stdout", "give --output FILE, or leave stdout open") if sys.stdout is None
                  else GuardedStream(sys.stdout))  # type: ignore[assignment]
    try:
        cli.main(args=argv, prog_name="provenance")
    except BrokenPipeError:
        # `provenance claims | head`: the reader left; that is not an error.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(0)
    except ProvenanceError as exc:  # raised outside a command (--version on a closed stdout)
        click.echo(f"Error: {exc}", err=True)
        sys.exit(exc.exit_code)
    finally:
        if isinstance(sys.stdout, GuardedStream) and sys.stdout.failed:
            sys.stdout.drop_unwritten()


def load_all_commands() -> None:
    """Import every command module (for tests and documentation that need the whole set)."""
    for module in sorted(m.name for m in pkgutil.iter_modules(__path__)):
        importlib.import_module(f"{__name__}.{module}")
