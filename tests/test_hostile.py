"""Hostile content: SQL through every filter, script and formula payloads through every export
and report format, pathological articles through the extractor, crafted paths for --output.

Filters either match text literally or refuse the value (exit 2, one line); the database is never
changed by a query. Exports keep the exact text where the format is data (JSON, claim sets) and
neutralise it where a program would run it (spreadsheets, browsers).
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
import time

import pytest
from click.testing import CliRunner

from provenance.cli import cli

from claimsets import TEXT, claim, make_claimset
from conftest import ROOT, Run, copy_sqlite, dump_database, imported_sqlite

SCRIPT = "<script>alert(1)</script>"
IMG = '"><img src=x onerror=alert(2)>'
FORMULAS = ('=HYPERLINK("http://attacker.invalid/","click")', "+SUM(1,1)", "-2+3", "@cmd")
HOSTILE_TEXT = TEXT + (
    f' {FORMULAS[0]} said the bridge | will reopen at 100% of_capacity. '
    f'{SCRIPT} told the {IMG} on March 3, 2025: “@cmd is safe (really) * ^ : OR NEAR\\ ok.” '
    "+SUM(1,1) denied that [x](javascript:alert(3)) repairs were 'delayed' \"again\".")
SQL = ["' OR 1=1 --", "'; DROP TABLE claim; --", '" OR ""="', "bridge' --", "1; DELETE FROM claim",
       "') OR ('1'='1", "%", "_", "\\", "*"]
FTS = ['"', '"unbalanced', "a OR b", "NEAR(bridge safe)", "bridge*", "^bridge", "text:bridge", "(", ")",
       "-bridge", "AND", "NOT x", "x AND (y OR", "{text}: x", "'", "100%", "of_capacity", "|", "really)",
       "OR NEAR", "\\ ok"]
JSON_SYNTAX = ['"', "[", '", "']


def hostile_claimset() -> dict:
    text = HOSTILE_TEXT
    data = make_claimset(slug="hostile", text=text, title=f"{SCRIPT} =1+1", url="https://example.org/?q=<b>")
    data["speakers"][0]["name"] = FORMULAS[0]
    data["speakers"][1]["name"] = SCRIPT
    data["speakers"][1]["role"] = IMG
    data["speakers"][2]["name"] = "+SUM(1,1)"
    data["outlets"][1]["name"] = "-2+3 <b>Planet</b>"
    data["claims"] = [
        claim("c1", 1, text, "the bridge | will reopen at 100% of_capacity", speaker="s1", outlet="o1", cue="said",
              reason="=1+1"),
        claim("c2", 2, text, "@cmd is safe (really) * ^ : OR NEAR\\ ok.", speaker="s2", outlet="o2", cue="told",
              form="direct", reason=SCRIPT),
        claim("c3", 3, text, "[x](javascript:alert(3)) repairs were 'delayed' \"again\"", speaker="s3",
              reason="-1", status="disputed"),
    ]
    data["links"] = [{"source": "c3", "target": "c1", "relation": "contradicts", "by": SCRIPT, "reason": IMG}]
    return data


def invoke(db: str, *args: str):
    return CliRunner().invoke(cli, ["--db", db, *args])


@pytest.fixture
def sqlite_run(tmp_path, sqlite_template):
    """For what does not depend on the backend (renderers, the extractor, paths)."""
    return Run(copy_sqlite(sqlite_template, tmp_path / "hostile.db"))


def _load(run, tmp_path):
    for data in (make_claimset(), hostile_claimset()):
        path = tmp_path / f"{data['document']['slug']}.json"
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        assert run("import", str(path)).exit_code == 0
    return run


@pytest.fixture
def hostile_both(run, tmp_path):
    """The hostile claim set on each backend."""
    return _load(run, tmp_path)


@pytest.fixture(scope="module")
def hostile_template(tmp_path_factory, sqlite_template):
    """The hostile claim set in SQLite, imported once a module."""
    return imported_sqlite(sqlite_template, tmp_path_factory.mktemp("hostile"), make_claimset(), hostile_claimset(),
                           name="hostile.db")


@pytest.fixture
def hostile(hostile_template, tmp_path):
    """A fresh copy of the hostile claim set in SQLite."""
    return Run(copy_sqlite(hostile_template, tmp_path / "hostile.db"))


def rows(db: str, *args: str) -> list[dict]:
    result = invoke(db, "claims", *args, "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def _refused(result) -> bool:
    return result.exit_code == 2 and len(result.stderr.splitlines()) == 1 and result.stderr.startswith("Error: ")


# --- SQL and search syntax through every filter ----------------------------------------------

@pytest.mark.slow
def test_filters_match_literally_or_refuse(hostile_both):
    db = hostile_both.db
    before = dump_database(db)
    everything = rows(db)
    assert len(everything) == 6

    def expected(key: str, value: str) -> list[int]:
        return [r["id"] for r in everything if value.casefold() in (r[key] or "").casefold()]

    wrong = []
    for value in SQL + FTS:
        words = value.split()
        got = [r["id"] for r in rows(db, "--search", value)]
        want = [r["id"] for r in everything if all(w.casefold() in r["text"].casefold() for w in words)]
        if got != want:
            wrong.append(("--search", value, got, want))
        for option, key in (("--speaker", "speaker"), ("--outlet", "outlet")):
            if value in JSON_SYNTAX:
                continue  # test_name_filters_ignore_the_json_of_aliases
            got = [r["id"] for r in rows(db, option, value)]
            if got != expected(key, value):
                wrong.append((option, value, got, expected(key, value)))
    assert wrong == []
    for value in SQL + [SCRIPT, "../../etc/passwd", "bridge@1"]:
        assert _refused(invoke(db, "claims", "--doc", value)), value
    for value in SQL[:2] + [SCRIPT]:
        for args in (["versions", value], ["export", value], ["report", value],
                     ["export", value, "--format", "csv"], ["recompute", "--doc", value],
                     ["diff", f"{value}@1", "bridge@1"], ["history", "--doc", value]):
            result = invoke(db, *args)
            assert _refused(result) and "no document" in result.stderr or "is neither" in result.stderr, \
                (args, result.output)
        for args in (["history", "--by", value], ["history", "--action", value]):
            result = invoke(db, *args, "--format", "json")
            assert result.exit_code == 0 and json.loads(result.stdout) == [], (args, result.output)
        for args in (["claims", "--status", value], ["claims", "--kind", value], ["claims", "--since", value],
                     ["history", "--since", value]):
            assert _refused(invoke(db, *args)), args
    assert rows(db, "--speaker", SCRIPT)[0]["speaker"] == SCRIPT
    assert dump_database(db) == before


def test_name_filters_ignore_the_json_of_aliases(hostile):
    for value in JSON_SYNTAX:
        named = [r["id"] for r in rows(hostile.db) if value in (r["speaker"] or "")]
        assert [r["id"] for r in rows(hostile.db, "--speaker", value)] == named, value


# --- script and formula payloads through every format ----------------------------------------

def _cells(text: str, delimiter: str) -> list[str]:
    return [cell for row in csv.reader(io.StringIO(text), delimiter=delimiter) for cell in row]


def _strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def test_spreadsheet_formats_neutralise_formulas(hostile):
    for args, delimiter in ((["claims", "--format", "csv"], ","), (["claims", "--format", "tsv"], "\t"),
                            (["export", "--format", "csv"], ","), (["speakers", "--format", "csv"], ","),
                            (["outlets", "--format", "csv"], ","), (["history", "--format", "csv"], ","),
                            (["check", "--format", "csv"], ",")):
        result = invoke(hostile.db, *args)
        assert result.exit_code == 0, result.output
        cells = _cells(result.stdout, delimiter)
        assert not [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")], args
        if args[0] in ("claims", "export"):
            assert "'" + FORMULAS[0] in cells and "'+SUM(1,1)" in cells


def test_data_formats_keep_the_exact_text(hostile):
    wanted = (SCRIPT, FORMULAS[0], "@cmd is safe (really) * ^ : OR NEAR\\ ok.")
    for args in (["claims", "--format", "json"], ["export", "hostile", "--format", "json"],
                 ["export", "hostile"], ["export", "hostile", "--format", "claimreview", "--org", "Checks", "--all"],
                 ["export", "hostile", "--format", "prov-json"], ["report", "hostile", "--format", "json"]):
        result = invoke(hostile.db, *args)
        assert result.exit_code == 0, (args, result.output)
        found = _strings(json.loads(result.stdout))
        for payload in wanted:
            assert any(payload in s for s in found), (args, payload)
    shown = json.loads(invoke(hostile.db, "show", "5", "--format", "json").stdout)
    assert (shown["text"], shown["speaker"]) == (wanted[2], SCRIPT)
    lines = invoke(hostile.db, "export", "hostile", "--format", "jsonl").stdout.splitlines()
    assert json.loads(lines[1])["text"] == wanted[2]


def test_claim_set_round_trip_is_exact(hostile, tmp_path):
    exported = invoke(hostile.db, "export", "hostile").stdout
    data = json.loads(exported)
    assert data["document"]["text"] == HOSTILE_TEXT
    assert [c["text"] for c in data["claims"]] == [c["text"] for c in hostile_claimset()["claims"]]


def test_html_report_shows_payloads_as_text(hostile):
    page = invoke(hostile.db, "report", "hostile", "--format", "html").stdout
    for payload in (SCRIPT, "<img src=x", "<b>Planet</b>"):
        assert payload not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert not re.search(r"""(href|src|action)\s*=\s*["']?\s*javascript:""", page, re.IGNORECASE)
    assert not re.search(r"<script(?![^>]*application/ld\+json)", page, re.IGNORECASE)


def test_markdown_report_escapes_html(hostile):
    page = invoke(hostile.db, "report", "hostile").stdout
    assert not re.search(r"(?<!\\)<(script|img|b|/script)", page)  # \< is Markdown for a plain '<'
    assert "\\<script\\>alert(1)\\</script\\>" in page


def test_markdown_listing_escapes_cells(hostile):
    lines = invoke(hostile.db, "claims", "--format", "md").stdout.splitlines()
    assert {line.count("|") - line.count("\\|") for line in lines} == {11}
    assert all(SCRIPT not in line for line in lines)


def test_terminal_output_has_no_control_characters(sqlite_run, tmp_path):
    run = sqlite_run
    text = "The minister said the bridge \x1b[2J\x1b]0;owned\x07 is safe."
    data = make_claimset(slug="escape", text=TEXT + " " + text)
    data["claims"] = [claim("c1", 1, data["document"]["text"], "the bridge \x1b[2J\x1b]0;owned\x07 is safe",
                            speaker="s2")]
    data["links"] = []
    path = tmp_path / "escape.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert run("import", str(path)).exit_code == 0
    for args in (["claims"], ["claims", "--format", "md"], ["show", "1"], ["report", "escape"]):
        out = run(*args).stdout
        assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f]", out), args


def test_ingest_refuses_script_urls(sqlite_run, tmp_path):
    run = sqlite_run
    path = tmp_path / "story.txt"
    path.write_text("---\nurl: javascript:alert(1)\n---\nThe minister said the bridge is safe.\n", encoding="utf-8")
    before = dump_database(run.db)
    result = run("ingest", str(path))
    assert _refused(result) and "is not a web address" in result.stderr
    result = run("ingest", str(path), "--url", "data:text/html,<script>alert(1)</script>")
    assert _refused(result)
    assert dump_database(run.db) == before
    assert run("ingest", str(path), "--url", "https://example.org/story?id=1").exit_code == 0


# --- pathological articles through the extractor -----------------------------------------------

PATHOLOGICAL = {
    "one 400 KB line": lambda: " ".join(["the minister said that talks would resume soon"] * 8000) + "\n",
    "2,000 nested quotes": lambda: ("The minister said " + "“He said ‘" * 1000 + "it is over" + "’”" * 1000 + ".\n"),
    "100,000 quote marks": lambda: "Officials said " + '"' * 100_000 + ".\n",
    "unbalanced quotes": lambda: "“The talks will resume,” he said. “And then " * 150 + "\n",
    "no spaces": lambda: "x" * 300_000 + "\n",
    "deep brackets": lambda: "The minister said " + "(" * 20_000 + "yes" + ")" * 20_000 + ".\n",
}


def _timed_ingest(run: Run, path, *args: str) -> float:
    started = time.perf_counter()
    result = run("ingest", str(path), *args)
    took = time.perf_counter() - started
    assert result.exit_code == 0, result.output
    return took


@pytest.fixture(scope="module")
def ordinary_ingest(tmp_path_factory) -> float:
    """Seconds to ingest the seed article into a fresh database, best of two: the unit of time, so the
    tests below ask the same of a slow (or busy) machine and a fast one."""
    folder = tmp_path_factory.mktemp("ordinary")
    return min(_timed_ingest(Run(str(folder / f"seed{i}.db")), ROOT / "seeds" / "azerbaijan-mediation.txt")
               for i in range(2))


@pytest.mark.slow
@pytest.mark.parametrize("name", list(PATHOLOGICAL))
def test_pathological_articles(sqlite_run, tmp_path, name, ordinary_ingest):
    run = sqlite_run
    path = tmp_path / "article.txt"
    path.write_text(PATHOLOGICAL[name](), encoding="utf-8")
    took = _timed_ingest(run, path, "--slug", "odd")
    # the worst of these costs about five ordinary articles; a rule gone quadratic costs thousands
    assert took < 25 * ordinary_ingest, f"{name}: {took:.1f} s, an ordinary article {ordinary_ingest:.1f} s"
    check = run("check")
    assert check.exit_code == 0, check.output  # every claim's offsets give its text back


def _ingest_repeated(tmp_path, sentences: int) -> float:
    path = tmp_path / f"repeated{sentences}.txt"
    path.write_text("The minister said it rained. " * sentences + "\n", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    limit = "ulimit -v 2000000; " if sys.platform.startswith("linux") else ""  # and in bounded memory
    command = f"{limit}exec {sys.executable} -m provenance --db {tmp_path / f'r{sentences}.db'} ingest {path}"
    started = time.perf_counter()
    # the timeout only keeps a hung ingest from hanging the suite; the ratio below is the test
    done = subprocess.run(["sh", "-c", command], cwd=tmp_path, env=env, capture_output=True, timeout=600)
    took = time.perf_counter() - started
    assert done.returncode == 0, done.stderr.decode()[-300:]
    return took


@pytest.mark.slow
def test_repeated_sentences_do_not_explode(tmp_path):
    small = _ingest_repeated(tmp_path, 250)
    big = _ingest_repeated(tmp_path, 2500)
    # ten times the sentences: at most ten times the time (and the process start is paid once in
    # each); the quadratic rules this guards against cost a hundred times
    assert big < 15 * small, (small, big)


# --- paths --------------------------------------------------------------------------------------

def _files(folder) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*")}


@pytest.mark.parametrize("args", [["export", "bridge"], ["export", "--format", "csv"], ["report", "bridge"],
                                  ["report", "bridge", "--format", "html"], ["backup"]])
def test_output_goes_exactly_where_asked(hostile, tmp_path, args):
    """A relative path with .. is the user's to give: the file lands there and nowhere else."""
    work = tmp_path / "a" / "b"
    work.mkdir(parents=True)
    before = _files(tmp_path)
    cwd = os.getcwd()
    os.chdir(work)
    try:
        target = "../out.file"
        full = [*args, target] if args == ["backup"] else [*args, "--output", target]
        result = invoke(hostile.db, *full)
    finally:
        os.chdir(cwd)
    assert result.exit_code == 0, result.output
    assert _files(tmp_path) - before == {"a/out.file"}


def test_output_replaces_a_planted_symlink_instead_of_following_it(hostile, tmp_path):
    precious = tmp_path / "precious.txt"
    precious.write_text("do not touch\n", encoding="utf-8")
    link = tmp_path / "report.md"
    link.symlink_to(precious)
    assert invoke(hostile.db, "report", "bridge", "--output", str(link)).exit_code == 0
    assert precious.read_text(encoding="utf-8") == "do not touch\n"
    assert not link.is_symlink() and link.read_text(encoding="utf-8").startswith("#")


@pytest.mark.parametrize("slug", ["../../etc/passwd", "/abs/path", "a/b", "..", "con:", "x\x00y", "Bridge Story"])
def test_crafted_slugs_never_become_paths(sqlite_run, tmp_path, slug):
    run = sqlite_run
    data = make_claimset(slug="bridge")
    data["document"]["slug"] = slug
    path = tmp_path / "crafted.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    run("docs")
    before = dump_database(run.db)
    assert _refused(run("import", str(path)))
    assert dump_database(run.db) == before
    article = tmp_path / "story.txt"
    article.write_text(f"---\nslug: {slug}\n---\nThe minister said the bridge is safe.\n", encoding="utf-8")
    result = run("ingest", str(article))
    if result.exit_code == 0:
        stored = json.loads(run("docs", "--format", "json").stdout)[-1]["doc"]
        assert re.fullmatch(r"[a-z0-9][a-z0-9._-]*", stored) and ".." not in stored and "/" not in stored
    else:
        assert _refused(result)
