"""Versions and diffs: `versions DOC`, `diff A B`."""

from __future__ import annotations

import textwrap

import click
from tabulate import tabulate_formats

from provenance import diff as diff_core
from provenance.cli import Amount, Whole, cli, database, emit, output_options, terminal_width
from provenance.errors import InputError
from provenance.output import dumps, printable


@cli.command()
@click.argument("doc", metavar="DOC")
@output_options
def versions(doc, fmt, table_fmt, no_headers):
    """List the versions of a document: number, published date, when ingested, text hash, claims."""
    with database().reading() as session:
        rows = diff_core.version_rows(session, doc)
    emit(rows, fmt=fmt, table_fmt=table_fmt, no_headers=no_headers,
         columns=("version", "published", "ingested_at", "sha256", "claims", "reviewed"), flex="sha256",
         optional=("ingested_at",))


@cli.command()
@click.argument("a", metavar="A")
@click.argument("b", metavar="B")
@click.option("--format", "fmt", type=click.Choice(["table", "md", "json"]), default="table", show_default=True,
              help="table: changes for people; md: the same as Markdown; json: every pair (schema/diff.schema.json).")
@click.option("--fmt", "table_fmt", type=click.Choice(sorted(tabulate_formats)), default="simple_grid",
              show_default=True, metavar="TABLEFMT", help="Table style for --format table (any tabulate format).")
@click.option("--threshold", type=Amount(0.0, 1.0), default=diff_core.DEFAULT_THRESHOLD,
              show_default=True, help="Least similarity (0..1) for two different texts to count as the same claim.")
@click.option("--only", multiple=True, metavar="KIND,...",
              help=f"Show only pairs of these kinds and exit 1 only for them: {', '.join(diff_core.KINDS)}.")
@click.option("--width", type=Whole(minimum=20), default=None,
              help="Width of the claim column of the table (text is wrapped or cut to it) "
                   "[default: what fits $COLUMNS or the terminal].")
@click.option("--wide", is_flag=True, help="Every claim in full, however wide the table (as the listings' --wide).")
def diff(a, b, fmt, table_fmt, threshold, only, width, wide):
    """Compare the claims of two versions: what was added, removed, reworded, re-attributed, redated,
    moved, or changed status.

    A and B are DOC@N (a version in the database; DOC alone is the latest) or claim-set files
    (.json), in any mix: a machine draft can be held against a reviewed set. Exit status: 0 when
    the claim sets are equal, 1 when they differ, 2 on error. The a and b columns place each claim
    as DOC@N#SEQ, the reference `show` and `review` take.

    \b
    Examples:
      provenance diff my-story@1 my-story@2
      provenance diff my-story draft.claims.json --format json
      provenance diff my-story@1 my-story --only reattributed,status_changed
    """
    if wide and width is not None:
        raise InputError("--wide and --width both set the claim column's width: give one")
    kinds = diff_core.parse_kinds(only)
    side_a = diff_core.load_side(a, database=database)
    side_b = diff_core.load_side(b, database=database)
    result = diff_core.compare(side_a, side_b, threshold=threshold)
    if fmt == "json":
        click.echo(dumps(result.to_json(kinds)))
    elif fmt == "md":
        click.echo(printable(diff_core.render_markdown(result, only=kinds)))
    else:
        click.echo(printable(_fitted_table(result, kinds, table_fmt, WIDE if wide else width)))
    if result.differs(kinds):
        click.get_current_context().exit(1)


WIDE = 1_000_000  # a claim column no claim fills: each claim on one line (as Markdown keeps them)


def _fitted_table(result: diff_core.Diff, kinds, table_fmt: str, width: int | None) -> str:
    """The change table with its claim column as wide as the terminal allows (or --width)."""
    if width is not None:
        return diff_core.render_table(result, only=kinds, table_fmt=table_fmt, width=width)
    column, refs = 60, None
    widest, piece = _ref_widths(result)
    table = diff_core.render_table(result, only=kinds, table_fmt=table_fmt, width=column)
    for _ in range(8):  # wrapping moves words: measure again
        over = max(map(len, table.splitlines()[2:-1]), default=0) - terminal_width()  # the table's lines
        if over <= 0:
            break
        # the claim gives way to 40 columns, then long references wrap at their hyphens (to their
        # longest piece), then the claim to 20, the references to 8 (cut within words)
        if column > 40:
            column = max(40, column - over)
        elif refs is None or refs > piece:
            refs = max(piece, (refs or widest) - (over + 1) // 2)
        elif column > 20:
            column = max(20, column - over)
        elif refs > 8:
            refs = max(8, refs - (over + 1) // 2)
        else:
            break
        table = diff_core.render_table(result, only=kinds, table_fmt=table_fmt, width=column, ref_width=refs)
    # the two sides and the summary around the table are sentences: wrap them
    lines = table.split("\n")
    prose = {0, 1, len(lines) - 1}
    return "\n".join(textwrap.fill(line, terminal_width(), subsequent_indent="  ") if i in prose else line
                     for i, line in enumerate(lines))


def _ref_widths(result: diff_core.Diff) -> tuple[int, int]:
    """The longest claim reference (DOC@N#SEQ) the a and b columns print, and the longest piece of one
    between its hyphens (the narrowest the columns get without cutting a word)."""
    refs = {diff_core.claim_ref(side, claim) for side in (result.a, result.b) for claim in side.claims}
    pieces = [len(piece) + 1 for ref in refs for piece in ref.split("-")]
    return max(map(len, refs), default=8), max(pieces, default=8)
