"""An example third-party plugin: it adds an export format, a report format and a command.

tests/test_plugins.py installs it the way pip would (a dist-info folder whose entry_points.txt names
it in the `provenance` group) and runs the real console entry point.
"""

from __future__ import annotations

import click

from provenance.hookspecs import hookimpl


def export_speakers(session, doc, version, out):
    """One line per speaker with the number of their claims."""
    from collections import Counter

    from provenance import query

    counts = Counter(row["speaker"] or "(no speaker)"
                     for row in query.iter_claims(session, query.ClaimFilter(doc=doc, version=version)))
    for speaker, n in sorted(counts.items()):
        out.write(f"{n}\t{speaker}\n")


def report_counts(report):
    data = report.as_dict()
    yield f"{len(data)} sections\n"


@hookimpl
def register_exporters(register):
    register("speaker-counts", export_speakers)


@hookimpl
def register_report_formats(register):
    register("section-count", report_counts)


@hookimpl
def register_commands(cli):
    @cli.command()
    @click.argument("name")
    def greet(name):
        """Say hello (a command from the example plugin)."""
        click.echo(f"Hello, {name}, from a plugin")
