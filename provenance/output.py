"""One renderer for rows: table (any tabulate format), csv, tsv, json, jsonl, md.

Every listing command renders through `render_rows`, so the options mean the same everywhere.
CSV and TSV cells that a spreadsheet would run as a formula are neutralised.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import IO, Any

from tabulate import tabulate, tabulate_formats

from provenance.errors import InputError

FORMATS = ("table", "csv", "tsv", "json", "jsonl", "md")
# C0 controls but tab and newline, DEL, and C1 controls: an ESC sequence in claim text must not
# reach the terminal, where it could clear or rewrite the screen. And the bidirectional controls
# (U+202E RIGHT-TO-LEFT OVERRIDE and kin): they reorder what follows them, so a name could show
# a claim's text backwards or hide which speaker is which.
BIDI_CONTROLS = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
CONTROL = re.compile(f"[\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f{BIDI_CONTROLS}]")
# What a CSV or TSV file never holds as it is: the controls above but CR (the quoting keeps a line
# break in its cell): shown as escapes in a file too, as formulas are neutralised in a file too, so
# `cat claims.csv` or a spreadsheet's preview cannot be made to act on them.
DELIMITED_CONTROL = re.compile(f"[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f-\\x9f{BIDI_CONTROLS}]")
# What JSON may hold raw but a terminal acts on (JSON escapes C0 itself): written as \u escapes,
# which read back as the same text
JSON_CONTROL = re.compile(f"[\\x7f-\\x9f{BIDI_CONTROLS}]")
MD_ESCAPES = {"\\": "\\\\", "|": "\\|", "<": "&lt;", ">": "&gt;", "&": "&amp;"}
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
Row = dict[str, Any]


_FORMULA_AFTER_BREAK = re.compile(r"(?<=[\r\n])(?=[=+\-@\t\r])")


def neutralise_cell(value: Any) -> Any:
    """Make a cell safe to open in a spreadsheet: text starting with = + - @ tab or CR gets a leading ',
    and so does every line of it (a spreadsheet may read a bare CR inside a field as a new row).

    >>> neutralise_cell("=HYPERLINK(1)")
    "'=HYPERLINK(1)"
    >>> neutralise_cell("a\\r=cmd|' /C calc'!A0")
    "a\\r'=cmd|' /C calc'!A0"
    """
    if not isinstance(value, str):
        return value
    if "\r" in value or "\n" in value:
        value = _FORMULA_AFTER_BREAK.sub("'", value)
    if value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def delimited_line(cells: Iterable[Any], delimiter: str) -> str:
    """One CSV or TSV record: a cell holding the delimiter, a quote, a CR or a LF is quoted (the csv
    module quotes a bare CR only when it is in the line terminator, and a spreadsheet splits rows on it).

    >>> delimited_line(["a", "b\\rc", "x,y", 3], ",")
    'a,"b\\rc","x,y",3\\n'
    """
    special = (delimiter, '"', "\r", "\n")
    out = []
    for cell in cells:
        text = "" if cell is None else str(cell)
        out.append('"' + text.replace('"', '""') + '"' if any(ch in text for ch in special) else text)
    return delimiter.join(out) + "\n"


def printable(text: str) -> str:
    """Text for a terminal: control characters shown as escapes (\\x1b) instead of acting.

    >>> printable("a\\x1b[2Jb")
    'a\\\\x1b[2Jb'
    """
    return CONTROL.sub(_escape, text)


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def markdown_cell(value: Any, *, escaped: str = "|<>&", line_break: str = " ") -> Any:
    r"""A cell of a Markdown table on one line: control characters shown as escapes, the characters
    in `escaped` (of \\ | < > &) made literal, line breaks replaced by `line_break`.

    By default HTML shows as text; the diff escapes backslashes instead and breaks lines with <br>.

    >>> markdown_cell("a|b <i>\nc")
    'a\\|b &lt;i&gt; c'
    >>> markdown_cell("a\\b|\nc", escaped="\\|", line_break="<br>")
    'a\\\\b\\|<br>c'
    """
    if not isinstance(value, str):
        return value
    return printable(value).translate(_markdown_table(escaped, line_break))


@functools.lru_cache(maxsize=8)
def _markdown_table(escaped: str, line_break: str) -> dict[int, str]:
    return str.maketrans({**{ch: MD_ESCAPES[ch] for ch in escaped}, "\n": line_break, "\r": line_break})


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value)
    return value


def _json_default(value: Any) -> Any:
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def dumps(value: Any) -> str:
    """JSON text, UTF-8 kept, but DEL, C1 and bidirectional controls as \\u escapes (the same data).

    >>> dumps({"text": "a\\u202eb\\x9b"})
    '{"text": "a\\\\u202eb\\\\u009b"}'
    """
    return json_escaped(json.dumps(value, ensure_ascii=False, default=_json_default))


def json_escaped(text: str) -> str:
    """A piece of JSON text with DEL, C1 and bidirectional controls as \\u escapes (JSON_CONTROL)."""
    return JSON_CONTROL.sub(_json_escape, text) if JSON_CONTROL.search(text) else text


def _json_escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def check_format(fmt: str, table_fmt: str | None) -> None:
    if fmt not in FORMATS:
        raise InputError(f"unknown --format {fmt!r}: use one of {', '.join(FORMATS)}")
    if table_fmt is not None and table_fmt not in tabulate_formats:
        raise InputError(f"unknown --fmt {table_fmt!r}: use one of {', '.join(sorted(tabulate_formats))}")


def render_rows(
    rows: Iterable[Row],
    out: IO[str],
    *,
    fmt: str = "table",
    table_fmt: str | None = None,
    columns: Sequence[str] | None = None,
    headers: bool = True,
    max_width: int | Mapping[str, int] | None = None,
    wrap: dict[str, int] | None = None,
    fit: Fit | None = None,
) -> int:
    """Write rows to `out` in the chosen format; returns the number of rows written.

    json and jsonl stream row by row, so a listing of millions of rows stays in constant memory.
    `columns` picks and orders the columns for table, csv, tsv and md; json keeps every key.
    `max_width` cuts long table cells with an ellipsis (one width, or one per column); `wrap` wraps
    the named columns at a width instead; `fit` makes a table's lines fit a width (see `Fit`).
    """
    check_format(fmt, table_fmt)
    if fmt == "json":
        return _render_json(rows, out)
    if fmt == "jsonl":
        n = 0
        for row in rows:
            out.write(dumps(row) + "\n")
            n += 1
        return n
    if fmt in ("csv", "tsv"):
        return _render_delimited(rows, out, columns, headers, "," if fmt == "csv" else "\t")
    return _render_table(list(rows), out, fmt=fmt, table_fmt=table_fmt, columns=columns, headers=headers,
                         max_width=max_width, wrap=wrap or {}, fit=fit)


def _render_table(materialised: list[Row], out: IO[str], *, fmt: str, table_fmt: str | None,
                  columns: Sequence[str] | None, headers: bool, max_width: int | Mapping[str, int] | None,
                  wrap: dict[str, int], fit: Fit | None) -> int:
    cols = list(columns) if columns else (list(materialised[0].keys()) if materialised else [])
    clean = markdown_cell if fmt == "md" else (lambda v: printable(v) if isinstance(v, str) else v)
    limits = max_width if isinstance(max_width, Mapping) else dict.fromkeys(cols, max_width)
    data = [[clean(_cell(row.get(c))) if c in wrap else clean(_shorten(_cell(row.get(c)), limits.get(c)))
             for c in cols] for row in materialised]
    tablefmt = "pipe" if fmt == "md" else (table_fmt or "simple")
    if not materialised and fmt == "table":
        return 0
    if fit is not None and fmt == "table":
        keep, caps = fit_columns(cols, data, fit, tablefmt, headers)
        data = [[_shorten(row[i], caps.get(c)) for i, c in enumerate(cols) if c in keep] for row in data]
        cols = keep
    widths = [wrap.get(c) for c in cols] if wrap and fmt == "table" else None
    out.write(tabulate(data, headers=cols if headers else (), tablefmt=tablefmt, disable_numparse=True,
                       maxcolwidths=widths) + "\n")
    return len(materialised)


def _shorten(value: Any, max_width: int | None) -> Any:
    if max_width and isinstance(value, str) and _display_width(value) > max_width:
        if "\n" in value:  # a wrapped cell: cut each line
            return "\n".join(_shorten(line, max_width) for line in value.split("\n"))
        return value[: max_width - 1] + "…"
    return value


@dataclass(frozen=True)
class Fit:
    """How a table meets the terminal's width: the `flex` column (the claim text) gives way first,
    down to `comfortable` characters; then the `optional` columns drop, in order; then the widest
    column gives a character at a time (the flex column counting half its width, so it stays the
    widest), with an ellipsis, down to its header."""

    width: int
    flex: str | None = None
    optional: tuple[str, ...] = ()
    comfortable: int = 40


FLOOR = 6
HEADER_PADDING = 2  # tabulate keeps a header two characters clear of its column's edge


def _display_width(value: Any) -> int:
    return max((len(line) for line in str(value).splitlines()), default=0)


@functools.cache
def _overhead(tablefmt: str, n: int, headers: bool) -> int:
    """What the table format adds around n columns (borders, padding), measured on a sample table."""
    if n == 0:
        return 0
    sample = tabulate([["x" * 9] * n], headers=["x"] * n if headers else (), tablefmt=tablefmt,
                      disable_numparse=True)
    return max(len(line) for line in sample.splitlines()) - 9 * n


def fit_columns(cols: list[str], data: list[list[Any]], fit: Fit, tablefmt: str,
                headers: bool) -> tuple[list[str], dict[str, int]]:
    """The columns to keep and the width to cut each one to, so no line is wider than fit.width."""
    header = {c: len(c) + HEADER_PADDING if headers else 0 for c in cols}
    natural = {c: max([header[c]] + [_display_width(row[i]) for row in data]) for i, c in enumerate(cols)}
    keep = list(cols)
    cap = dict(natural)

    def excess() -> int:
        return sum(cap[c] for c in keep) + _overhead(tablefmt, len(keep), headers) - fit.width

    def floor(c: str) -> int:
        return max(FLOOR, header[c])

    if fit.flex in cap and excess() > 0:
        cap[fit.flex] = max(floor(fit.flex), fit.comfortable, cap[fit.flex] - excess())
    for c in fit.optional:
        if excess() <= 0:
            break
        if c in keep and len(keep) > 1:
            keep.remove(c)
    while excess() > 0:
        shrinkable = [c for c in keep if cap[c] > floor(c)]
        if not shrinkable:
            break  # narrower than the headers: nothing more to give
        widest = max(shrinkable, key=lambda c: cap[c] / 2 if c == fit.flex else cap[c])
        cap[widest] -= 1
    return keep, {c: cap[c] for c in keep if cap[c] < natural[c]}


def _render_json(rows: Iterable[Row], out: IO[str]) -> int:
    n = 0
    for row in rows:
        out.write(("[\n  " if n == 0 else ",\n  ") + dumps(row))
        n += 1
    out.write("\n]\n" if n else "[]\n")
    return n


def _render_delimited(
    rows: Iterable[Row], out: IO[str], columns: Sequence[str] | None, headers: bool, delimiter: str
) -> int:
    iterator: Iterator[Row] = iter(rows)
    first = next(iterator, None)
    cols = list(columns) if columns else (list(first.keys()) if first else [])
    # control characters are shown, not acted on, as in a table; a file keeps its line breaks
    shown = printable if _is_terminal(out) else _delimited_printable
    if headers and cols:
        out.write(delimited_line([shown(c) for c in cols], delimiter))
    n = 0
    if first is None:
        return 0
    for row in _chain(first, iterator):
        cells = [neutralise_cell(_cell(row.get(c))) for c in cols]
        out.write(delimited_line([shown(c) if isinstance(c, str) else c for c in cells], delimiter))
        n += 1
    return n


def _delimited_printable(text: str) -> str:
    return DELIMITED_CONTROL.sub(_escape, text)


def _is_terminal(out: IO[str]) -> bool:
    try:
        return out.isatty()
    except (AttributeError, ValueError):
        return False


def _chain(first: Row, rest: Iterator[Row]) -> Iterator[Row]:
    yield first
    yield from rest
