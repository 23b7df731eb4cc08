"""Sourcing reports (Markdown, HTML, JSON, plugins' formats) and the standard exports (ClaimReview, PROV-JSON).

`build_report` reads the database into a `Report`; `write` streams it as text, `render` returns it.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import IO

from provenance.plugins import lookup, report_formats
from provenance.report.data import FOR_SCOPE, WHOLE_DATABASE_LIMIT, Report, build_report


def chunks(report: Report, fmt: str) -> Iterator[str]:
    """The report in format `fmt` (md, html, json or a plugin's), a piece at a time (deterministic: same
    data, same bytes)."""
    return iter(lookup(report_formats(), fmt, "report format")(report))


def render(report: Report, fmt: str) -> str:
    """The report as one string."""
    return "".join(chunks(report, fmt))


def write(report: Report, fmt: str, out: IO[str]) -> None:
    """Write the report to a text stream as it is rendered, section by section."""
    for piece in chunks(report, fmt):
        out.write(piece)


__all__ = ["FOR_SCOPE", "WHOLE_DATABASE_LIMIT", "Report", "build_report", "chunks", "render", "write"]
