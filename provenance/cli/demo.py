"""`provenance demo`: the main job, end to end, on a fresh SQLite file."""

from __future__ import annotations

import tempfile
from pathlib import Path

import click

from provenance import demo as demo_core
from provenance.cli import State, actor, cli, emit
from provenance.db import open_database
from provenance.errors import InputError
from provenance.wording import plural


@cli.command()
@click.option("--seeds", metavar="PATH", help="Folder of seed articles (default: ./seeds).")
@click.option("--fmt", "table_fmt", default="simple_grid", show_default=True, metavar="TABLEFMT",
              help="Table style (any tabulate format).")
@click.pass_obj
def demo(state: State, seeds, table_fmt):
    """Ingest the seed articles into a fresh database and show corroborated vs unconfirmed claims.

    Uses a new SQLite file in a temporary folder unless --db names one (which must not exist yet).
    """
    folder = demo_core.find_seeds(seeds)
    keep = state.db_option
    tmp = None
    if keep is None:
        tmp = tempfile.TemporaryDirectory(prefix="provenance-demo-")
        path = str(Path(tmp.name) / "demo.db")
    else:
        path = keep
        if "://" not in path and Path(path).exists():
            raise InputError(f"{path} already exists: the demo builds a fresh database; give a new --db path")
    db = open_database(path)
    try:
        result = demo_core.run(db, folder, actor=actor())
    finally:
        db.close()
    def show_table(claims):
        rows = [demo_core.display_row(c) for c in claims]
        emit(rows, fmt="table", table_fmt=table_fmt, columns=demo_core.COLUMNS, wrap=demo_core.WRAP,
             fit=False)  # its wrapped columns are sized for the demo's own tables

    click.echo(f"Ingested {plural(len(result.articles), 'seed article')} from {folder}/ through the extractor.\n")
    click.echo(f"Confirmed or corroborated ({len(result.supported)}):")
    show_table(result.supported)
    click.echo(f"\nUnconfirmed or disputed ({len(result.open_claims)}):")
    show_table(result.open_claims)
    counts = ", ".join(f"{n} {s}" for s, n in sorted(result.counts.items(), key=lambda kv: -kv[1]))
    click.echo(f"\nSummary: {plural(sum(result.counts.values()), 'claim')}: {counts}.")
    if result.score:
        for name, s in result.score.items():
            det = s["claims"]
            fields = ", ".join(f"{k} {v:.2f}" for k, v in s["accuracy"].items())
            click.echo(f"Extractor vs the reviewed set {name}: {det['matched']} of {det['gold']} reviewed claims found, "
                       f"{det['predicted']} extracted; precision {det['precision']:.2f}, recall {det['recall']:.2f}, "
                       f"F1 {det['f1']:.2f}.\nAccuracy on matched claims: {fields}.")
    if result.diff is not None and result.revision is not None:
        from provenance.diff import render_table

        click.echo(f"\nA second version of the story ({result.revision.name}, constructed for the demo) "
                   "against the first, claim by claim:")
        click.echo(render_table(result.diff, table_fmt=table_fmt, width=50))
    if keep:
        click.echo(f"Explore: `provenance --db {keep} claims --status unconfirmed` and `provenance --db {keep} show ID`.")
    else:
        click.echo("Explore: `provenance --db demo.db demo` keeps the database, then "
                   "`provenance --db demo.db claims --status unconfirmed` and `provenance --db demo.db show ID`.")
    if tmp is not None:
        tmp.cleanup()
