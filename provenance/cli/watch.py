"""The web: `feeds add|list|remove`, `watch`, and `page` (a version's page as it was fetched)."""

from __future__ import annotations

import sys
import time
from datetime import timedelta

import click

from provenance.cli import Amount, actor, cli, database, emit, message, output_options
from provenance.errors import InputError


@cli.group()
def feeds():
    """The RSS/Atom feeds and story pages that `watch` follows.

    \b
    Examples:
      provenance feeds add https://news.example/world/rss.xml --name "World desk"
      provenance feeds add --page https://news.example/2025/05/22/talks-in-lima
      provenance feeds list
      provenance feeds remove 3
    """


@feeds.command("add")
@click.argument("urls", nargs=-1, required=True, metavar="URL...")
@click.option("--page", "page", is_flag=True,
              help="The URLs are story pages to follow, not feeds: each is re-fetched for new versions.")
@click.option("--name", help="A name for the feed in listings.")
@click.option("--outlet", help="The publisher its stories are filed under (default: the page's site name).")
@click.option("--by", "by", metavar="NAME", help="Who adds it (default: login name).")
def feeds_add(urls, page, name, outlet, by):
    """Follow feeds (or, with --page, story pages). Nothing is fetched until `watch` runs."""
    from provenance.watch import add_feeds

    for url, added in add_feeds(database(), urls, kind="page" if page else "feed", name=name, outlet=outlet,
                                actor=actor(by)):
        message(f"{'Following' if added else 'Already following'} {url}")


@feeds.command("list")
@output_options
def feeds_list(fmt, table_fmt, no_headers):
    """The followed feeds and pages: stories found, last fetch, its outcome, and any backoff."""
    from provenance.watch import feed_rows

    with database().reading() as session:
        rows = feed_rows(session)
    emit(rows, fmt=fmt, table_fmt=table_fmt, no_headers=no_headers,
         columns=("id", "kind", "url", "name", "stories", "last_fetched", "status", "next_try"), max_width=60)


@feeds.command("remove")
@click.argument("refs", nargs=-1, required=True, metavar="ID|URL...")
def feeds_remove(refs):
    """Stop following feeds or pages (by id or URL). Their documents stay in the database."""
    from provenance.watch import remove_feeds

    for url in remove_feeds(database(), refs):
        message(f"Stopped following {url}")


EVERY_LEAST, EVERY_MOST = 60.0, 365 * 86400.0  # seconds between the starts of two rounds


@cli.command()
@click.option("--once", is_flag=True, help="Run one round and exit (for cron).")
@click.option("--every", metavar="DURATION", help="Run a round every DURATION (15m, 1h, 90s; 1m to 365d) until stopped.")
@click.option("--delay", type=Amount(0, 600), default=1.0, show_default=True, metavar="SECONDS",
              help="Least time between two requests to one host (robots.txt Crawl-delay wins when longer).")
@click.option("--follow", "follow_days", type=Amount(0, None), default=7, show_default=True,
              metavar="DAYS", help="Re-fetch a feed's story for this many days after it appeared.")
@click.option("--backoff", default="1m", show_default=True, metavar="DURATION",
              help="First pause after a 429 or 5xx answer (or the server's Retry-After); doubles each time.")
@click.option("--min-interval", "min_interval", metavar="DURATION",
              help="Leave a feed or story fetched less than this long ago (by any process) for the next round "
                   "[default: half of --every; 0 with --once].")
@click.option("--timeout", type=Amount(0.1, 600), default=20, show_default=True, metavar="SECONDS",
              help="Give up on a server that sends nothing for this long.")
@click.option("--max-size", "max_size", type=Amount(0.01, 1024), default=10, show_default=True,
              metavar="MB", help="Refuse a page larger than this.")
@click.option("--by", "by", metavar="NAME", help="Who ingests, for the audit log (default: login name).")
def watch(once, every, delay, follow_days, backoff, min_interval, timeout, max_size, by):
    """Fetch the followed feeds and stories: new entries become documents; a known story is fetched
    again with a conditional request, and a changed text becomes its next version.

    Each new story prints a line; each changed story prints its claim diff summary (added, removed,
    reworded, reattributed, status changed ...); failures and backoffs go to stderr. robots.txt is
    honoured, requests to one host are spaced by --delay, and a 429 or 5xx answer pauses that URL
    (exponential backoff) and the host for the rest of the round.

    Machines that share a PostgreSQL database can all run `watch`: each story is fetched by one of
    them per round, and with --every none fetches a story another fetched in the last half interval.

    Exit status 0 when the rounds ran, even if some fetches failed (they are listed and tried again
    after their pause); 2 on an error of the command itself (an option, the database).

    \b
    Examples:
      provenance watch --once            # from cron
      provenance watch --every 15m
    """
    from provenance.fetch import Fetcher
    from provenance.watch import Watcher, WatchOptions, parse_duration

    if once == bool(every):
        raise click.UsageError("give --once or --every DURATION")
    interval = parse_duration(every) if every else 0.0
    if every and not EVERY_LEAST <= interval <= EVERY_MOST:
        # 0m spun round after round without a pause; 1e12d overflowed the sleep after the first round
        raise InputError(f"--every {every}: give a duration from 1m to 365d (each round fetches every "
                         "feed and story it follows)")
    rest = parse_duration(min_interval) if min_interval else interval / 2
    options = WatchOptions(delay=delay, follow=timedelta(days=follow_days), backoff=parse_duration(backoff),
                           min_interval=rest, actor=actor(by))
    db = database()
    with Fetcher(timeout=timeout, max_bytes=int(max_size * 1024 * 1024)) as fetcher:
        watcher = Watcher(db=db, fetcher=fetcher, options=options, report=click.echo, warn=message)
        try:
            while True:
                started = time.monotonic()
                message(watcher.run_round().line())
                if once:
                    return
                sys.stderr.flush()
                time.sleep(max(0.0, interval - (time.monotonic() - started)))
        except KeyboardInterrupt:
            message("Stopped.")


@cli.command()
@click.argument("doc", metavar="DOC[@N]")
@click.option("--output", "-o", metavar="PATH", help="Write to PATH instead of stdout.")
def page(doc, output):
    """The web page a version was read from, byte for byte as it was fetched or saved (the latest
    version by default), to read again with a better extractor or to check what the site said.

    \b
    Example:
      provenance page talks-in-lima@1 -o talks-in-lima-1.html
    """
    from provenance.diff import parse_version_spec
    from provenance.errors import NotFound
    from provenance.safe_paths import open_output
    from provenance.store import raw_page

    slug, number = parse_version_spec(doc)
    with database().reading() as session:
        raw = raw_page(session, slug, number)
    if raw is None:
        raise NotFound(f"{doc} was not read from a web page: only versions from a URL, a feed or an .html file "
                       "keep their page")
    with open_output(output) as out:
        out.flush()
        out.buffer.write(raw)
    if output:
        message(f"Wrote {output} ({len(raw)} bytes)")
