"""`provenance report`: the sourcing report of a document or of the whole database."""

from __future__ import annotations

import click

from provenance.cli import RegistryChoice, Whole, cli, database, message
from provenance.listing import check_period
from provenance.output import printable
from provenance.plugins import report_formats
from provenance.report import FOR_SCOPE, WHOLE_DATABASE_LIMIT, build_report, chunks
from provenance.report.data import Selection, undated_documents
from provenance.safe_paths import open_output
from provenance.wording import plural


@cli.command()
@click.argument("doc", required=False, metavar="[DOC]")
@click.option("--format", "fmt", type=RegistryChoice(report_formats), default="md", show_default=True,
              help="Markdown, a self-contained HTML page, JSON, or a plugin's format (the claims as CSV rows: "
                   "`provenance export --format csv` or `provenance claims --format csv`).")
@click.option("--output", "-o", metavar="PATH", help="Write to PATH instead of stdout (the folder must exist).")
@click.option("--limit", type=Whole(minimum=0), metavar="N",
              help="At most N entries per section (0: the counts alone): documents, outlets, sources (the speakers with the most "
                   "claims), disputed, unconfirmed, retracted and corroborated claims (the latest statements "
                   "first), statements carried by several outlets (the most outlets first); with more than N "
                   "dated claims the timeline counts them by month. Each capped section "
                   "says how many it left out and which command lists them all. "
                   f"[default: {WHOLE_DATABASE_LIMIT} for the whole database; a document's report is complete]")
@click.option("--since", metavar="DATE",
              help="Only documents published on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD); documents with no "
                   "published date are left out, and counted on stderr.")
@click.option("--until", metavar="DATE", help="Only documents published on or before DATE (dated as --since).")
@click.option("--outlet", metavar="TEXT",
              help="Only documents whose publisher's name or alias contains TEXT (case-insensitive).")
def report(doc, fmt, output, limit, since, until, outlet):
    """The sourcing report of DOC (or of every document): who is quoted, named vs anonymous,
    which outlets, what is unconfirmed or disputed and why, what is corroborated and by whom, and
    which statements several outlets carried from how many independent origins.

    The report of the whole database is a summary: counts over every claim, and the first
    entries of each list (--limit).

    \b
    Examples:
      provenance report my-story
      provenance report my-story --format html --output my-story.html
      provenance report --limit 50 --format html --output newsroom.html
      provenance report --since 2025-05 --until 2025-06 --outlet Reuters
    """
    selection = Selection(*check_period(since, until), outlet or None)
    with database().reading() as session:
        built = build_report(session, doc, limit=FOR_SCOPE if limit is None else limit, selection=selection)
        undated = undated_documents(session, selection) if since or until else 0
    with open_output(output) as out:
        for piece in chunks(built, fmt):
            # a terminal must not run escape sequences from claim text
            out.write(printable(piece) if output is None and fmt == "md" else piece)
    if undated:
        message(f"{plural(undated, 'document')} with no published date left out by --since/--until: "
                "give it one with `provenance ingest --published`, or report without those options")
    if output:
        message(f"Wrote {output}")
