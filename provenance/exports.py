"""Export formats of `provenance export`: one function per format, writing to a text stream.

claimset, json, jsonl and csv are rows and claim sets; claimreview (schema.org JSON-LD) and
prov-json (W3C PROV) are built by the report package. They reach `export` through the plugin
registry (`provenance.default_plugins`), as an installed plugin's formats do.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import IO, TYPE_CHECKING

from provenance.errors import InputError
from provenance.plugins import exporters, lookup

if TYPE_CHECKING:
    from sqlmodel import Session

Exporter = Callable[["Session", "str | None", "int | None", IO[str]], None]


def claimset(session: Session, doc: str | None, version: int | None, out: IO[str]) -> None:
    from provenance import claimset as claimset_file
    from provenance.store import export_claimset

    if not doc:
        raise InputError("--format claimset exports one document: give its slug (`provenance docs` lists them)")
    out.write(claimset_file.dump(export_claimset(session, doc, version)))


def rows(fmt: str) -> Exporter:
    """The claims as rows in one of the listing formats."""

    def export(session: Session, doc: str | None, version: int | None, out: IO[str]) -> None:
        from provenance import query
        from provenance.output import render_rows
        from provenance.store import find_version

        if doc:
            find_version(session, doc, version)
        f = query.ClaimFilter(doc=doc, version=version)
        render_rows(query.iter_claims(session, f), out, fmt=fmt, columns=query.CLAIM_COLUMNS)

    return export


def claimreview(session: Session, doc: str | None, version: int | None, out: IO[str],
                options: dict | None = None) -> int:
    """ClaimReview JSON-LD; `options` name the publisher: org, org_url, review_url_template, all.
    How many ClaimReviews it wrote."""
    from provenance.report import claimreview as claimreview_format

    return claimreview_format.write(session, doc, version, out, options)


def prov_json(session: Session, doc: str | None, version: int | None, out: IO[str]) -> None:
    from provenance.report import prov

    prov.write(session, doc, version, out)


def export(session: Session, fmt: str, out: IO[str], *, doc: str | None = None, version: int | None = None,
           options: dict | None = None) -> object:
    """Write the claims of `doc` (or of every document) to `out` in the export format `fmt`; `options`
    (the format's own, such as ClaimReview's publisher) go to the exporters that take them. What the
    exporter returns (claimreview: how many ClaimReviews it wrote; the others None)."""
    exporter = lookup(exporters(), fmt, "export format")
    if options:
        return exporter(session, doc, version, out, options=options)
    return exporter(session, doc, version, out)
