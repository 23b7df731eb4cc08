"""Sourcing reports (Markdown, HTML, JSON) and the standard exports (ClaimReview, PROV-JSON).

`build_report` reads the database into a `Report`; `render` turns it into text.
"""

from __future__ import annotations

import json

from provenance.errors import InputError
from provenance.report.data import Report, build_report

REPORT_FORMATS = ("md", "html", "json")


def render(report: Report, fmt: str) -> str:
    """The report as Markdown, HTML or JSON text (deterministic: same data, same bytes)."""
    if fmt == "md":
        from provenance.report import markdown

        return markdown.render(report)
    if fmt == "html":
        from provenance.report import html

        return html.render(report)
    if fmt == "json":
        return json.dumps(report.as_dict(), ensure_ascii=False, indent=2) + "\n"
    raise InputError(f"unknown report format {fmt!r}: use one of {', '.join(REPORT_FORMATS)}")


__all__ = ["REPORT_FORMATS", "Report", "build_report", "render"]
