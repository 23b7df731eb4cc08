"""`provenance report`: the sourcing report of a document or of the whole database."""

from __future__ import annotations

import click

from provenance.cli import cli, database, message
from provenance.report import REPORT_FORMATS, build_report, render
from provenance.output import printable
from provenance.safe_paths import open_output


@cli.command()
@click.argument("doc", required=False, metavar="[DOC]")
@click.option("--format", "fmt", type=click.Choice(REPORT_FORMATS), default="md", show_default=True,
              help="Markdown, a self-contained HTML page, or JSON.")
@click.option("--output", "-o", metavar="PATH", help="Write to PATH instead of stdout (the folder must exist).")
def report(doc, fmt, output):
    """The sourcing report of DOC (or of every document): who is quoted, named vs anonymous,
    which outlets, what is unconfirmed or disputed and why, what is corroborated and by whom.

    \b
    Examples:
      provenance report my-story
      provenance report my-story --format html --output my-story.html
    """
    with database().session() as session:
        text = render(build_report(session, doc), fmt)
    if output is None and fmt == "md":
        text = printable(text)  # a terminal must not run escape sequences from claim text
    with open_output(output) as out:
        out.write(text)
    if output:
        message(f"Wrote {output}")
