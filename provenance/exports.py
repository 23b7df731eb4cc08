"""Export formats of `provenance export`: one function per format, writing to a text stream.

claimset, json, jsonl and csv are rows and claim sets; claimreview (schema.org JSON-LD) and
prov-json (W3C PROV) are built by the report package.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import IO

from sqlmodel import Session

from provenance import claimset, query
from provenance.errors import InputError
from provenance.output import render_rows
from provenance.store import export_claimset, find_version

Exporter = Callable[[Session, "str | None", "int | None", IO[str]], None]


def _claimset(session: Session, doc: str | None, version: int | None, out: IO[str]) -> None:
    if not doc:
        raise InputError("--format claimset exports one document: give its slug (`provenance docs` lists them)")
    out.write(claimset.dump(export_claimset(session, doc, version)))


def _rows(fmt: str) -> Exporter:
    def export(session: Session, doc: str | None, version: int | None, out: IO[str]) -> None:
        if doc:
            find_version(session, doc, version)
        f = query.ClaimFilter(doc=doc, version=version)
        render_rows(query.iter_claims(session, f), out, fmt=fmt, columns=query.CLAIM_COLUMNS)

    return export


def _claimreview(session: Session, doc: str | None, version: int | None, out: IO[str]) -> None:
    from provenance.report import claimreview

    claimreview.write(session, doc, version, out)


def _prov_json(session: Session, doc: str | None, version: int | None, out: IO[str]) -> None:
    from provenance.report import prov

    prov.write(session, doc, version, out)


EXPORTERS: dict[str, Exporter] = {
    "claimset": _claimset,
    "json": _rows("json"),
    "jsonl": _rows("jsonl"),
    "csv": _rows("csv"),
    "claimreview": _claimreview,
    "prov-json": _prov_json,
}


def register(name: str, exporter: Exporter) -> None:
    """Add an export format."""
    EXPORTERS[name] = exporter


def export(session: Session, fmt: str, out: IO[str], *, doc: str | None = None, version: int | None = None) -> None:
    if fmt not in EXPORTERS:
        raise InputError(f"unknown export format {fmt!r}: use one of {', '.join(EXPORTERS)}")
    EXPORTERS[fmt](session, doc, version, out)
