"""Bad input, round two: numbers beyond what the database holds, floats where integers belong,
JSON nested past Python's stack, text no column can store, dates the calendar lacks. Each is one
`Error: ...` line, exit 2, no traceback, and the database as it was (issue 18).

The cases run on a copy of the populated database of tests/test_bad_input.py.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from test_bad_input import _assert_clean_error, _id, db, template  # noqa: F401  (fixtures)

from provenance.cli import cli

from claimsets import make_claimset
from conftest import dump_database

HUGE = "99999999999999999999"  # 20 digits: beyond 64 bits
DIGITS_5000 = "9" * 5000


def _set(slug: str, change) -> str:
    data = make_claimset(slug=slug)
    change(data)
    return json.dumps(data)


def _setitem(path: tuple, value):
    def change(data):
        target = data
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value
    return change


CLAIM_SETS = {
    "seq-1e20.json": _set("big-seq", _setitem(("claims", 0, "seq"), 10**20)),
    "seq-2e40.json": _set("big-seq", _setitem(("claims", 0, "seq"), 2**40)),
    "version-2e31.json": _set("big-version", _setitem(("document", "version"), 2**31)),
    "start-float.json": _set("float-start", _setitem(("claims", 0, "start"), 4.0)),
    "version-float.json": _set("float-version", _setitem(("document", "version"), 2.0)),
    "surrogate.json": _set("surrogate", _setitem(("speakers", 0, "name"), "a\ud800b")),
    "nul.json": _set("nul", _setitem(("speakers", 1, "role"), "a\x00b")),
    "javascript.json": _set("js", _setitem(("document", "url"), "javascript:alert(1)")),
    "data-url.json": _set("data-url", _setitem(("document", "url"), "data:text/html,<b>x</b>")),
    "slug-newline.json": _set("x", _setitem(("document", "slug"), "bridge\n")),
    "no-such-day.json": _set("no-day", _setitem(("claims", 1, "stated_on"), "2025-02-30")),
    "year-zero.json": _set("year-zero", _setitem(("document", "published"), "0000")),
    "digits-5000.json": json.dumps(make_claimset(slug="digits")).replace('"seq": 1,', f'"seq": {DIGITS_5000},', 1),
    "deep.json": "[" * 100_000 + "]" * 100_000,
    "deep-inside.json": json.dumps(make_claimset(slug="deep")).replace(
        '"title": ', '"title": ' + "[" * 100_000 + "]" * 100_000 + ', "x": ', 1),
}


@pytest.fixture
def sets(tmp_path):
    folder = tmp_path / "sets"
    folder.mkdir()
    for name, text in CLAIM_SETS.items():
        (folder / name).write_text(text, encoding="utf-8", errors="surrogatepass")
    (folder / "article.txt").write_text("The minister said the bridge will reopen in June.\n", encoding="utf-8")
    return folder


CASES = [
    # numbers beyond what the database holds, on every numeric argument
    (["show", HUGE], "ID 99999999999999999999 is too large: the largest is 2147483647"),
    (["show", "²"], "is not a whole number"),
    (["show", DIGITS_5000], "of 5000 digits is too large"),
    (["cluster", HUGE], "too large"),
    (["claims", "--limit", HUGE], "--limit 99999999999999999999 is too large"),
    (["claims", "--limit", "1.5"], "--limit '1.5' is not a whole number"),
    (["claims", "--offset", "-5"], "--offset must be 0 or more"),
    (["claims", "--offset", HUGE], "--offset 99999999999999999999 is too large"),
    (["claims", "--doc", "bridge", "--version", str(2**40)], "--version 1099511627776 is too large"),
    (["history", "--claim", HUGE], "--claim 99999999999999999999 is too large"),
    (["review", HUGE, "--status", "confirmed", "--reason", "x"], "too large"),
    (["link", HUGE, "1", "--relation", "corroborates"], "too large"),
    (["unlink", "1", DIGITS_5000], "too large"),
    (["speakers", "merge", HUGE, "1"], "too large"),
    (["speakers", "split", "1", "--claims", f"1,{HUGE}", "--name", "X"], "--claims 99999999999999999999 is too large"),
    (["speakers", "split", "1", "--claims", "1,x", "--name", "X"], "--claims takes claim ids separated by commas"),
    (["export", "bridge", "--version", HUGE], "--version 99999999999999999999 is too large"),
    (["report", "--limit", HUGE], "--limit 99999999999999999999 is too large"),
    (["diff", f"bridge@{HUGE}", "bridge@1"], "version 99999999999999999999 is too large"),
    (["diff", "bridge@²", "bridge@1"], "is neither DOC@N"),
    (["diff", "bridge@1", "bridge@1", "--threshold", "nan"], "--threshold 'nan' is not a number"),
    (["page", f"bridge@{HUGE}"], "too large"),
    (["feeds", "remove", "²"], "no followed feed '²'"),
    (["feeds", "remove", HUGE], "no followed feed"),
    (["ingest", "{sets}/article.txt", "--timeout", "nan"], "--timeout 'nan' is not a number"),
    (["ingest", "{sets}/article.txt", "--max-size", "1e400"], "--max-size '1e400' is not a number"),
    (["ingest", "{sets}/article.txt", "--jobs", HUGE], "--jobs 99999999999999999999 is too large"),
    (["serve", "--port", "99999"], "--port 99999 is too large: the largest is 65535"),
    (["watch", "--once", "--delay", "inf"], "--delay 'inf' is not a number"),
    # dates the calendar lacks
    (["claims", "--since", "0000"], "--since '0000' is not a date"),
    (["claims", "--until", "2023-02-29"], "--until '2023-02-29' is not a date"),
    (["history", "--since", "0000-01-01"], "is not a date"),
    (["history", "--since", "2025-04-31"], "is not a date"),
    (["ingest", "{sets}/article.txt", "--published", "0000"], "--published '0000' is not a date"),
    (["ingest", "{sets}/article.txt", "--published", "2023-02-30"], "--published '2023-02-30' is not a date"),
    (["ingest", "{sets}/article.txt", "--published", "٢٠٢٥"], "is not a date"),
    # claim-set fields: what ingest refuses, import refuses too
    (["import", "{sets}/seq-1e20.json"], "a number of 21 digits is far larger than any the database holds"),
    (["import", "{sets}/seq-2e40.json"], "$.claims[0].seq: 1099511627776 is greater than the maximum of 2147483647"),
    (["import", "{sets}/version-2e31.json"], "$.document.version: 2147483648 is greater than the maximum"),
    (["import", "{sets}/digits-5000.json"], "a number of 5000 digits"),
    (["import", "{sets}/start-float.json"], "$.claims[0].start: 4.0 is not of type 'integer'"),
    (["import", "{sets}/version-float.json"], "$.document.version: 2.0 is not of type 'integer'"),
    (["import", "{sets}/deep.json"], "nested too deeply"),
    (["import", "{sets}/deep-inside.json"], "nested too deeply"),
    (["import", "{sets}/surrogate.json"], "$.speakers[0].name: holds a NUL character or a lone surrogate"),
    (["import", "{sets}/nul.json"], "$.speakers[1].role: holds a NUL character"),
    (["import", "{sets}/javascript.json"], "$.document.url: 'javascript:alert(1)' is not a web address"),
    (["import", "{sets}/data-url.json"], "is not a web address"),
    (["import", "{sets}/slug-newline.json"], "$.document.slug: 'bridge\\n' does not match"),
    (["import", "{sets}/no-such-day.json"], "$.claims[1].stated_on: '2025-02-30' is not a day the calendar has"),
    (["import", "{sets}/year-zero.json"], "$.document.published: '0000' is not a day"),
    (["diff", "{sets}/deep.json", "bridge@1"], "nested too deeply"),
    (["eval", "{sets}/seq-1e20.json"], "far larger"),
]


@pytest.mark.parametrize("args, words", CASES, ids=[_id(c) for c in CASES])
def test_input_beyond_limits(db, sets, args, words):  # noqa: F811
    before = dump_database(db)
    argv = ["--db", db, *[a.replace("{sets}", str(sets)) for a in args]]
    result = CliRunner().invoke(cli, argv)
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    _assert_clean_error(result, words)
    assert dump_database(db) == before
