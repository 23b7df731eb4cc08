"""The built-in export and report formats, registered through the same hooks a third-party plugin uses.

Each format imports what it needs when it runs, so loading this plugin costs nothing.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from typing import TYPE_CHECKING

from provenance import exports
from provenance.hookspecs import hookimpl

if TYPE_CHECKING:
    from provenance.report import Report


@hookimpl
def register_exporters(register):
    register("claimreview", exports.claimreview)
    register("claimset", exports.claimset)
    register("csv", exports.rows("csv"))
    register("json", exports.rows("json"))
    register("jsonl", exports.rows("jsonl"))
    register("prov-json", exports.prov_json)


def _markdown(report: Report) -> Iterator[str]:
    from provenance.report import markdown

    return markdown.chunks(report)


def _html(report: Report) -> Iterator[str]:
    from provenance.report import html

    return html.chunks(report)


def _json(report: Report) -> Iterator[str]:
    from provenance.output import json_escaped

    encoder = json.JSONEncoder(ensure_ascii=False, indent=2)
    # a string is one piece of iterencode's: its controls are escaped whole
    return itertools.chain(map(json_escaped, encoder.iterencode(report.as_dict())), ("\n",))


@hookimpl
def register_report_formats(register):
    register("md", _markdown)
    register("html", _html)
    register("json", _json)
