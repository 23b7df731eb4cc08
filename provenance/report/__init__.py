"""Sourcing reports (Markdown, HTML, JSON) and the standard exports (ClaimReview, PROV-JSON).

`build_report` reads the database into a `Report`; `write` streams it as text, `render` returns it.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from typing import IO

from provenance.errors import InputError
from provenance.report.data import FOR_SCOPE, WHOLE_DATABASE_LIMIT, Report, build_report

REPORT_FORMATS = ("md", "html", "json")


def chunks(report: Report, fmt: str) -> Iterator[str]:
    """The report as Markdown, HTML or JSON text, a piece at a time (deterministic: same data, same bytes)."""
    if fmt == "md":
        from provenance.report import markdown

        return markdown.chunks(report)
    if fmt == "html":
        from provenance.report import html

        return html.chunks(report)
    if fmt == "json":
        encoder = json.JSONEncoder(ensure_ascii=False, indent=2)
        return itertools.chain(encoder.iterencode(report.as_dict()), ("\n",))
    raise InputError(f"unknown report format {fmt!r}: use one of {', '.join(REPORT_FORMATS)}")


def render(report: Report, fmt: str) -> str:
    """The report as one string."""
    return "".join(chunks(report, fmt))


def write(report: Report, fmt: str, out: IO[str]) -> None:
    """Write the report to a text stream as it is rendered, section by section."""
    for piece in chunks(report, fmt):
        out.write(piece)


__all__ = ["FOR_SCOPE", "REPORT_FORMATS", "WHOLE_DATABASE_LIMIT", "Report", "build_report", "chunks", "render",
           "write"]
