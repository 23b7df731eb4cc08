"""The extension points of provenance (pluggy hook specifications), in the style of sqlite-utils and llm.

A plugin is a module with functions named like these, marked with `hookimpl`, registered through the
`provenance` entry-point group of its package:

    # setup.cfg of the plugin package
    [options.entry_points]
    provenance =
        myplugin = provenance_myplugin

The built-in export and report formats are registered the same way (`provenance.default_plugins`).
"""

from __future__ import annotations

from pluggy import HookimplMarker, HookspecMarker

hookspec = HookspecMarker("provenance")
hookimpl = HookimplMarker("provenance")


@hookspec
def register_exporters(register):
    """Add formats to `provenance export`: call `register(name, exporter)`.

    An exporter is `exporter(session, doc, version, out)`: a SQLAlchemy session open for reading,
    the document slug (or None for the whole database), the version number (or None for the latest)
    and a text stream to write to. `provenance.query.iter_claims` gives the claims as rows. An
    exporter with options of its own takes them as a keyword `options` (a dict).
    """


@hookspec
def register_report_formats(register):
    """Add formats to `provenance report`: call `register(name, renderer)`.

    A renderer is `renderer(report)`: it takes a `provenance.report.Report` and returns an iterable of
    text pieces (`Report.as_dict()` gives it as plain data).
    """


@hookspec
def register_commands(cli):
    """Add commands to the `provenance` click group: decorate functions with `@cli.command()`."""
