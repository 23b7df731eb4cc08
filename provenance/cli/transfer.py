"""Moving claims in and out: ingest, import, export."""

from __future__ import annotations

import sys

import click

from provenance import exports
from provenance.cli import RegistryChoice, actor, cli, database, message
from provenance.ingest import IngestSummary, import_files, prepare
from provenance.ingest import ingest as run_ingest
from provenance.safe_paths import open_output
from provenance.store import find_document

PER_FILE_LINES = 10  # more files than this get a progress bar and the totals only


def _per_file(summary: IngestSummary, show: bool, unchanged: str) -> None:
    if not show:
        return
    for stored in summary.stored:
        state = f"version {stored.version}" if stored.created else f"{unchanged} is version {stored.version}"
        message(f"{stored.slug}: {state}, {stored.claims} claims")


def _summary(s: IngestSummary, verb: str) -> str:
    parts = [f"{s.documents} new documents", f"{s.versions} new versions", f"{s.claims} claims",
             f"{s.speakers} new speakers"]
    if s.unchanged:
        parts.append(f"{s.unchanged} unchanged (identical text already stored)")
    return f"{verb}: " + ", ".join(parts)


@cli.command()
@click.argument("files", nargs=-1, required=True, metavar="FILE...")
@click.option("--title", help="Document title (default: the file's header).")
@click.option("--outlet", help="The publisher outlet (default: the file's header).")
@click.option("--url", help="Where the story was published.")
@click.option("--published", metavar="DATE", help="Publication date: YYYY-MM-DD (or YYYY-MM, YYYY).")
@click.option("--slug", help="Document slug (default: the file's stem). A new text for a slug is a new version.")
@click.option("--version-of", "version_of", metavar="SLUG",
              help="Store the file as a new version of this existing document.")
@click.option("--language", help="Language code (default: en).")
@click.option("--encoding", help="Text encoding of the files (default: UTF-8).")
@click.option("--by", "by", metavar="NAME", help="Who ingests, for the audit log (default: login name).")
@click.option("--silent", is_flag=True, help="No progress bar.")
@click.option("--verbose", "-v", is_flag=True, help="A line per file even when there are many.")
def ingest(files, title, outlet, url, published, slug, version_of, language, encoding, by, silent, verbose):
    """Extract claims from article files (.txt, .md, .html, or - for stdin) and store them.

    All files are read and checked before anything is written; each file is stored in its own
    transaction. Identical text for an existing slug changes nothing; new text is a new version.
    """
    if version_of and slug:
        raise click.UsageError("give --slug or --version-of, not both")
    options = {"title": title, "outlet": outlet, "url": url, "published": published,
               "slug": slug or version_of, "language": language}
    articles = prepare(files, options=options, encoding=encoding, stdin=sys.stdin.buffer)
    db = database()
    if version_of:
        with db.reading() as session:
            find_document(session, version_of)
    show_bar = len(articles) > 1 and not silent

    def progress(items):
        with click.progressbar(items, label="Storing", file=sys.stderr) as bar:
            yield from bar

    summary = run_ingest(db, articles, actor=actor(by), progress=progress if show_bar else None)
    _per_file(summary, verbose or len(articles) <= PER_FILE_LINES, "unchanged")
    message(_summary(summary, "Ingested"))


@cli.command("import")
@click.argument("files", nargs=-1, required=True, metavar="FILE...")
@click.option("--by", "by", metavar="NAME", help="Who imports, for the audit log (default: login name).")
def import_(files, by):
    """Import claim-set files (schema/claimset.schema.json). All or nothing."""
    summary = import_files(database, files, actor=actor(by))  # the files are checked before it opens
    _per_file(summary, len(files) <= PER_FILE_LINES, "unchanged (identical text)")
    message(_summary(summary, "Imported"))


@cli.command()
@click.argument("doc", required=False, metavar="[DOC]")
@click.option("--format", "fmt", type=RegistryChoice(exports.exporters), default="claimset",
              show_default=True, help="claimset needs DOC; the others export DOC or the whole database.")
@click.option("--version", "version", type=int, metavar="N", help="Version N of DOC (default: the latest).")
@click.option("--output", "-o", metavar="PATH", help="Write to PATH instead of stdout.")
def export(doc, fmt, version, output):
    """Export claims: a claim-set file, JSON, JSON lines, CSV, and more."""
    if version is not None and not doc:
        raise click.UsageError("--version needs DOC")
    with database().reading() as session, open_output(output) as out:
        exports.export(session, fmt, out, doc=doc, version=version)
    if output:
        message(f"Wrote {output}")
