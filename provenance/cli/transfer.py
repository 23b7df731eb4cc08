"""Moving claims in and out: ingest, import, export."""

from __future__ import annotations

import os
import sys

import click

from provenance import exports
from provenance.cli import Amount, RegistryChoice, Whole, actor, cli, database, message
from provenance.errors import EXIT_PARTIAL, InputError
from provenance.ingest import IngestSummary, import_files, is_url, prepare
from provenance.ingest import ingest as run_ingest
from provenance.safe_paths import open_output
from provenance.store import find_document
from provenance.wording import plural

PER_FILE_LINES = 10  # more files than this get a progress bar and the totals only
# characters: a news story is rarely a tenth of this; reading one of this size takes minutes
# (extraction time grows faster than the text: 0.5 MB of text took 2.4 minutes, 1 MB 10.5)
LONG_ARTICLE = 200_000


def _per_file(summary: IngestSummary, show: bool, unchanged: str, *, renumbered: bool = False) -> None:
    """A line per stored file; with `renumbered` (import), a version number the file gave that the
    document already had is said, with the number it got, whether or not the other lines are shown."""
    for stored in summary.stored:
        # an unchanged text stores no claims: its count would read as a version of 0 claims
        state = (f"version {stored.version}, {plural(stored.claims, 'claim')}" if stored.created
                 else f"{unchanged} is version {stored.version}")
        if renumbered and stored.taken is not None:
            message(f"{stored.slug}: stored as version {stored.version}: the file says version {stored.taken}, "
                    f"which {stored.slug} already has (with another text), {plural(stored.claims, 'claim')}")
        elif stored.copy_of:  # said whatever the number of files: a file stored twice under two names
            message(f"{stored.slug}: {state}, the same text as {stored.copy_of} (a reprint; or give "
                    f"--version-of {stored.copy_of.rpartition('@')[0]} to file a text under that document)")
        elif show:
            message(f"{stored.slug}: {state}")


def _summary(summary: IngestSummary, verb: str) -> str:
    t = summary.totals()
    parts = [plural(t["documents"], "new document"), plural(t["versions"], "new version"),
             plural(t["claims"], "claim"), plural(t["speakers"], "new speaker")]
    if t["unchanged"]:
        parts.append(f"{t['unchanged']} unchanged (identical text already stored)")
    return f"{verb}: " + ", ".join(parts)


@cli.command()
@click.argument("files", nargs=-1, required=True, metavar="FILE|URL...")
@click.option("--title", help="Document title (default: the file's header, else a .txt file's first line).")
@click.option("--outlet", help="The publisher outlet (default: the file's header).")
@click.option("--url", help="Where the story was published.")
@click.option("--published", metavar="DATE", help="Publication date: YYYY-MM-DD (or YYYY-MM, YYYY).")
@click.option("--slug", help="Document slug (default: the file's stem; for stdin, the title). A new text for "
                            "a slug is a new version.")
@click.option("--version-of", "version_of", metavar="SLUG",
              help="Store the file as a new version of this existing document.")
@click.option("--language", help="Language code (default: en).")
@click.option("--encoding", help="Text encoding of the files (default: UTF-8).")
@click.option("--by", "by", metavar="NAME", help="Who ingests, for the audit log (default: login name).")
@click.option("--timeout", type=Amount(0.1, 600), default=20, show_default=True, metavar="SECONDS",
              help="For URLs: give up on a server that sends nothing for this long.")
@click.option("--max-size", "max_size", type=Amount(0.01, 1024), default=10, show_default=True,
              metavar="MB", help="For URLs: refuse a page larger than this.")
@click.option("--allow-empty", is_flag=True,
              help="Store an article with no text or no sentences (0 claims) instead of refusing it.")
@click.option("--jobs", "-j", type=Whole(minimum=1), metavar="N",
              help="Extract in N worker processes; one writer stores the articles in order, as with "
                   "--jobs 1 [default: the number of cores].")
@click.option("--silent", is_flag=True, help="No progress bar.")
@click.option("--verbose", "-v", is_flag=True, help="A line per file even when there are many.")
def ingest(files, title, outlet, url, published, slug, version_of, language, encoding, by, timeout, max_size,
           allow_empty, jobs, silent, verbose):
    """Extract claims from article files (.txt, .md, .html, or - for stdin) or web pages (http:// or
    https:// URLs) and store them.

    All files are read and checked before anything is written; each file is stored in its own
    transaction. Identical text for an existing slug changes nothing; new text is a new version.

    A URL is fetched (redirects followed, gzip, the charset the server or page declares), its story
    read without the site's navigation, captions, credits and footers, and stored with the page:
    the final URL, fetch time, HTTP status, ETag and Last-Modified, and the raw bytes. Fetching the
    same story again files a changed text as its next version.

    \b
    Exit status: 0 when everything was stored; 2 on an error, with nothing stored (a bad file or
    option, or a single URL that failed: DNS, timeout, 404, 5xx, not HTML, too large); 1 when some
    of several URLs failed: the others are stored and each failure is listed on a line of its own;
    130 when stopped (Ctrl-C): the articles stored by then are whole, the message says how many.
    """
    if version_of and slug:
        raise click.UsageError("give --slug or --version-of, not both")
    options = {"title": title, "outlet": outlet, "url": url, "published": published,
               "slug": slug or version_of, "language": language}
    urls = [f for f in files if is_url(f)]
    if len(files) > 1 and options["slug"]:
        raise InputError("--slug names one document: give one file or URL with --slug, or drop --slug")
    articles = prepare([f for f in files if not is_url(f)], options=options, encoding=encoding,
                       stdin=sys.stdin.buffer, allow_empty=allow_empty)
    failures = []
    if urls:
        from provenance.fetch import Fetcher
        from provenance.pages import fetch_articles

        with Fetcher(timeout=timeout, max_bytes=int(max_size * 1024 * 1024)) as fetcher:
            fetched, failures = fetch_articles(urls, options=options, fetcher=fetcher)
        if failures and (len(files) == 1 or not (articles or fetched)):
            for failure in failures[:-1]:
                message(f"Error: {failure}")
            raise failures[-1]
        articles += fetched
    db = database()
    if version_of:
        with db.reading() as session:
            find_document(session, version_of)
    show_bar = len(articles) > 1 and not silent
    if not silent:
        _warn_long(articles)

    def bar(label: str):
        def progress(items):
            with click.progressbar(items, length=len(articles), label=label, file=sys.stderr) as shown:
                yield from shown

        return progress if show_bar else None

    # extraction is most of the work (a second or more an article): it gets its bar, as storing does
    summary = run_ingest(db, articles, actor=actor(by), reading=bar("Reading"), progress=bar("Storing"),
                         jobs=jobs or os.cpu_count() or 1)
    _per_file(summary, verbose or len(articles) <= PER_FILE_LINES, "unchanged")
    message(_summary(summary, "Ingested"))
    for failure in failures:
        message(f"Error: {failure}")
    if failures:
        message(f"{len(failures)} of {len(urls)} URLs failed; the others are stored")
        click.get_current_context().exit(EXIT_PARTIAL)


def _warn_long(articles) -> None:
    """A line before the long wait of an article far longer than a story: no bar moves inside one."""
    for article in articles:
        if len(article.text) > LONG_ARTICLE:
            message(f"{article.source}: {len(article.text):,} characters, far longer than a news story: reading "
                    "it takes minutes (Ctrl-C stops with nothing stored; split it into articles)")


@cli.command("import")
@click.argument("files", nargs=-1, required=True, metavar="FILE...")
@click.option("--by", "by", metavar="NAME", help="Who imports, for the audit log (default: login name).")
def import_(files, by):
    """Import claim-set files (schema/claimset.schema.json). All or nothing."""
    summary = import_files(database, files, actor=actor(by))  # the files are checked before it opens
    _per_file(summary, len(files) <= PER_FILE_LINES, "unchanged (identical text)", renumbered=True)
    message(_summary(summary, "Imported"))


@cli.command()
@click.argument("doc", required=False, metavar="[DOC]")
@click.option("--format", "fmt", type=RegistryChoice(exports.exporters), default="claimset",
              show_default=True, help="claimset needs DOC; the others export DOC or the whole database.")
@click.option("--version", "version", type=Whole(), metavar="N", help="Version N of DOC (default: the latest).")
@click.option("--output", "-o", metavar="PATH", help="Write to PATH instead of stdout.")
@click.option("--org", metavar="NAME", help="claimreview: the fact-checking organisation that publishes the reviews.")
@click.option("--org-url", metavar="URL", help="claimreview: the organisation's web address.")
@click.option("--review-url-template", metavar="URL",
              help="claimreview: the address of each fact-check, with {id} (or {doc}, {version}, {seq}) "
                   "for the claim, e.g. 'https://example.org/checks/{id}'.")
@click.option("--all", "all_claims", is_flag=True,
              help="claimreview: also the claims no reviewer decided, marked machine-generated.")
def export(doc, fmt, version, output, org, org_url, review_url_template, all_claims):
    """Export claims: a claim-set file, JSON, JSON lines, CSV, and more.

    ClaimReview (schema.org, for publishing fact-checks) holds the claims a reviewer decided, with the
    reviewer's verdict (`review --verdict`), authored by --org; --all adds the others, marked
    machine-generated.

    \b
    Examples:
      provenance export my-story --format csv --output my-story.csv
      provenance export --format claimreview --org "Example Checks" --org-url https://example.org \\
        --review-url-template 'https://example.org/checks/{id}'
    """
    if version is not None and not doc:
        raise click.UsageError("--version needs DOC")
    options = {key: value for key, value in (("org", org), ("org_url", org_url),
                                              ("review_url_template", review_url_template),
                                              ("all", all_claims)) if value}
    if options and fmt != "claimreview":
        raise InputError("--org, --org-url, --review-url-template and --all are options of --format claimreview")
    if fmt == "claimreview":
        from provenance.report.claimreview import Publisher

        Publisher.from_options(options)  # a missing --org is refused before anything is opened
    with database().reading() as session, open_output(output) as out:
        written = exports.export(session, fmt, out, doc=doc, version=version, options=options)
    if output:
        message(f"Wrote {output}")
    if fmt == "claimreview" and written == 0 and not all_claims:
        message("no claim here has a reviewer's decision, so the ClaimReview graph is empty: review claims "
                "first with `provenance review ID --status S --reason TEXT --verdict TEXT` (or give --all)")
