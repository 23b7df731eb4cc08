"""Bad input to every command that reads input: exit 2, one line saying what to do, no traceback,
and the database exactly as it was.

Most cases run in-process on a copy of one populated SQLite file (fast); a few run the real
program in a subprocess, to prove no traceback reaches a terminal; a few run on PostgreSQL.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from provenance.cli import COMMANDS, cli

from claimsets import make_claimset
from conftest import ROOT, SEEDS, dump_database

SEED_TEXT = SEEDS / "azerbaijan-mediation.txt"
ARTICLE = "The minister said the bridge will reopen in June.\n"


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    """A SQLite file with the bridge claim set (claims 1-3, claim 2 corroborates claim 1) and the seed."""
    folder = tmp_path_factory.mktemp("template")
    db = str(folder / "template.db")
    path = folder / "bridge.json"
    path.write_text(json.dumps(make_claimset()), encoding="utf-8")
    runner = CliRunner()
    for args in (["import", str(path)], ["ingest", str(SEED_TEXT), "--silent"],
                 ["review", "3", "--status", "retracted", "--reason", "the council withdrew it"]):
        result = runner.invoke(cli, ["--db", db, *args], catch_exceptions=False)
        assert result.exit_code == 0, result.output
    return Path(db)


@pytest.fixture
def db(template, tmp_path):
    """A fresh copy of the template database."""
    target = tmp_path / "work.db"
    shutil.copy(template, target)
    return str(target)


@pytest.fixture
def files(tmp_path):
    """Bad input files, by name."""
    f = tmp_path / "in"
    f.mkdir()
    (f / "folder").mkdir()
    (f / "binary.txt").write_bytes(b"\x7fELF\x02\x01\x01\x00\x00\x00" + bytes(range(256)) * 8)
    (f / "binary.json").write_bytes(b"\x00\x01\x02\x03 not json" * 10)
    (f / "empty.txt").write_bytes(b"")
    (f / "blank.txt").write_bytes(b"  \n\n\t\n")
    (f / "empty.json").write_bytes(b"")
    (f / "latin1.txt").write_bytes("Le ministre a déclaré que le pont rouvrira en juin.\n".encode("latin-1"))
    (f / "latin1.json").write_bytes(json.dumps(make_claimset()).replace("Jane Roe", "Jané Roe").encode("latin-1"))
    with open(f / "huge.txt", "wb") as big:  # sparse: larger than the limit, costs no disk
        big.truncate(51 * 1024 * 1024)
    (f / "truncated.json").write_text(json.dumps(make_claimset())[:300], encoding="utf-8")
    (f / "list.json").write_text("[]", encoding="utf-8")
    (f / "string.json").write_text('"a claim set"', encoding="utf-8")
    bad = make_claimset(slug="bad-offsets")
    bad["claims"][0]["start"] += 3
    (f / "offsets.json").write_text(json.dumps(bad), encoding="utf-8")
    outside = make_claimset(slug="outside")
    outside["claims"][1]["end"] = 10_000
    (f / "outside.json").write_text(json.dumps(outside), encoding="utf-8")
    selflink = make_claimset(slug="self-link")
    selflink["links"][0]["target"] = selflink["links"][0]["source"]
    (f / "self-link.json").write_text(json.dumps(selflink), encoding="utf-8")
    unknown = make_claimset(slug="unknown-speaker")
    unknown["claims"][0]["speaker"] = "s99"
    (f / "unknown-speaker.json").write_text(json.dumps(unknown), encoding="utf-8")
    wrong_status = make_claimset(slug="wrong-status")
    wrong_status["claims"][0]["status"] = "probably"
    (f / "wrong-status.json").write_text(json.dumps(wrong_status), encoding="utf-8")
    bad_date = make_claimset(slug="bad-date")
    bad_date["claims"][1]["stated_on"] = "March 3"
    (f / "bad-date.json").write_text(json.dumps(bad_date), encoding="utf-8")
    (f / "good.json").write_text(json.dumps(make_claimset(slug="good")), encoding="utf-8")
    (f / "desk.xml").write_text('<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Desk</title><item>'
                                '<description>The minister said the bridge will reopen.</description></item>'
                                '</channel></rss>\n', encoding="utf-8")
    twice = make_claimset(slug="twice")
    twice["links"].append(dict(twice["links"][0]))
    (f / "dup-links.json").write_text(json.dumps(twice), encoding="utf-8")
    (f / "article.txt").write_text(ARTICLE, encoding="utf-8")
    (f / "bad-header.txt").write_text("---\ntitle: T\npublished: last Tuesday\n---\n" + ARTICLE, encoding="utf-8")
    (f / "no-text.html").write_text("<html><head><title>x</title></head><body><script>var a = 1;</script>"
                                    "</body></html>", encoding="utf-8")
    (f / "not-a-backup.jsonl").write_text('{"type": "header", "format": "something else"}\n', encoding="utf-8")
    (f / "plain.txt").write_text("hello\n", encoding="utf-8")
    (f / "french.html").write_text("<html lang='fr'><body><p>" + ARTICLE + "</p></body></html>", encoding="utf-8")
    return f


def _args(args: list[str], files: Path, tmp_path: Path) -> list[str]:
    return [a.replace("{in}", str(files)).replace("{tmp}", str(tmp_path)) for a in args]


# (command line, words the one-line error must contain)
CASES = [
    # every command that reads a file: a folder, or a file that is not there
    *[([command, "{in}/folder"], "is a folder") for command in ("ingest", "import", "restore")],
    *[([command, f"{{in}}/missing.{suffix}"], "no such file")
      for command, suffix in (("ingest", "txt"), ("import", "json"), ("restore", "jsonl"))],
    # ingest: files that are not articles
    (["ingest", "{in}/binary.txt"], "binary file"),
    (["ingest", "{in}/empty.txt"], "empty"),
    (["ingest", "{in}/blank.txt"], "empty"),
    (["ingest", "{in}/latin1.txt"], "not valid UTF-8"),
    (["ingest", "{in}/latin1.txt", "--encoding", "klingon"], "unknown encoding"),
    (["ingest", "{in}/huge.txt"], "larger than 50 MB"),
    (["ingest", "{in}/article.txt", "{in}/binary.txt"], "binary file"),
    (["ingest", "{in}/no-text.html"], "no text"),
    (["ingest", "{in}/good.json"], "load a claim set with `provenance import"),
    (["ingest", "{in}/article.txt", "{in}/desk.xml"], "an RSS or Atom feed, not an article"),
    (["ingest", "{in}/bad-header.txt"], "not a date"),
    (["ingest", "{in}/article.txt", "--published", "2025-13-45"], "not a date"),
    (["ingest", "{in}/article.txt", "--published", "'; DROP TABLE claim; --"], "not a date"),
    (["ingest", "{in}/article.txt", "{in}/good.json", "--slug", "one"], "--slug names one document"),
    (["ingest", "{in}/article.txt", "--version-of", "no-such-story"], "no document 'no-such-story'"),
    (["ingest", "-"], "empty"),
    (["ingest", "{in}/article.txt", "--language", "de"], "language 'de' is not supported: give one of en"),
    (["ingest", "{in}/french.html"], "language 'fr' is not supported: give one of en"),
    (["ingest", "https://example.invalid/a", "{in}/article.txt", "--slug", "one"], "--slug names one document"),
    # feeds and watch: addresses, references and durations
    (["feeds", "add", "ftp://example.invalid/rss"], "not a web address"),
    (["feeds", "add", "{in}/desk.xml"], "(feeds are fetched from the web: a feed file on disk cannot be followed)"),
    (["feeds", "add", "--page", "javascript:alert(1)"], "not a web address"),
    (["feeds", "remove", "99"], "no followed feed '99'"),
    (["page", "no-such-story"], "no document 'no-such-story'"),
    (["page", "no-such-story@x"], "is neither DOC@N"),
    (["watch", "--once", "--backoff", "soon"], "give a number with s, m, h or d"),
    (["watch", "--every", "often"], "give a number with s, m, h or d"),
    # import: claim sets of the wrong kind, shape or offsets
    (["import", "{in}/binary.json"], "binary file"),
    (["import", "{in}/empty.json"], "empty"),
    (["import", "{in}/latin1.json"], "not UTF-8"),
    (["import", "{in}/huge.txt"], "binary file"),
    (["import", "{in}/truncated.json"], "invalid JSON at line 1"),
    (["import", "{in}/list.json"], "is not of type 'object'"),
    (["import", "{in}/string.json"], "is not of type 'object'"),
    (["import", "{in}/offsets.json"], "$.claims[0].text: does not match"),
    (["import", "{in}/outside.json"], "outside the text"),
    (["import", "{in}/self-link.json"], "cannot be linked to itself"),
    (["import", "{in}/unknown-speaker.json"], "unknown speaker id 's99'"),
    (["import", "{in}/wrong-status.json"], "'probably' is not one of"),
    (["import", "{in}/bad-date.json"], "stated_on"),
    (["import", "{in}/good.json", "{in}/offsets.json"], "does not match"),
    (["import", "{in}/dup-links.json"], "$.links[1]"),
    # listings: malformed filters, unknown documents and versions
    (["claims", "--status", "maybe"], "--status 'maybe' is not one of"),
    (["claims", "--kind", "rumour"], "--kind 'rumour' is not one of"),
    (["claims", "--form", "shouted"], "--form 'shouted' is not one of"),
    (["claims", "--since", "May 2025"], "--since 'May 2025' is not a date"),
    (["claims", "--until", "2025-02-30x"], "is not a date"),
    (["claims", "--until", "2025-13"], "is not a date"),
    (["claims", "--since", "1' OR '1'='1"], "is not a date"),
    (["claims", "--doc", "nope"], "no document 'nope'"),
    (["claims", "--doc", "bridge", "--version", "9"], "has no version 9"),
    (["claims", "--version", "1"], "--version needs --doc"),
    (["claims", "--doc", "bridge", "--version", "0"], "--version must be 1 or more"),
    (["claims", "--limit", "-1"], "--limit must be 0 or more"),
    (["claims", "--search", "a\x00b"], "NUL"),
    (["show", "999999"], "no claim with id 999999"),
    (["cluster", "999999"], "no cluster with id 999999"),
    (["versions", "nope"], "no document 'nope'"),
    # export and report: unknown documents, versions, output paths
    (["export", "nope"], "no document 'nope'"),
    (["export", "bridge", "--version", "4"], "has no version 4"),
    (["export", "--format", "claimset"], "exports one document"),
    (["export", "bridge", "--output", "{tmp}/no/such/folder/out.json"], "does not exist"),
    (["export", "bridge", "--output", "{in}/folder"], "is a folder"),
    (["export", "--format", "csv", "nope"], "no document 'nope'"),
    (["export", "--format", "claimreview", "--org", "Checks", "nope"], "no document 'nope'"),
    (["export", "--format", "claimreview", "bridge"], "give --org NAME"),
    (["export", "--format", "csv", "--org", "Checks"], "options of --format claimreview"),
    (["export", "--format", "prov-json", "nope"], "no document 'nope'"),
    (["report", "nope"], "no document 'nope'"),
    (["report", "bridge", "--output", "{tmp}/no/such/folder/r.md"], "does not exist"),
    (["report", "bridge", "--format", "html", "--output", "{in}/folder"], "is a folder"),
    # review, link, unlink, history, recompute
    (["review", "999999", "--status", "confirmed", "--reason", "x"], "no claim with id 999999"),
    (["review", "1", "--status", "maybe", "--reason", "x"], "is not a status"),
    (["review", "1", "--status", "confirmed", "--reason", "   "], "--reason is empty"),
    (["review", "1", "--clear"], "has no reviewer's decision"),
    (["review", "1", "--status", "confirmed", "--reason", "x", "--evidence", "file:///etc/passwd"],
     "is not a web address"),
    (["link", "1", "1", "--relation", "corroborates"], "cannot be linked to itself"),
    (["link", "1", "999999", "--relation", "corroborates"], "no claim with id 999999"),
    (["link", "1", "2", "--relation", "supports"], "is not a relation"),
    (["link", "2", "1", "--relation", "corroborates"], "already corroborates"),
    (["unlink", "1", "1"], "never linked to itself"),
    (["unlink", "1", "3"], "no link between claims 1 and 3"),
    (["unlink", "1", "2", "--relation", "friends"], "is not a relation"),
    (["history", "--since", "yesterday"], "is not a date"),
    (["history", "--doc", "nope"], "no document 'nope'"),
    (["history", "--claim", "999999"], "no claim with id 999999"),
    (["recompute", "--doc", "nope"], "no document 'nope'"),
    # diff and eval: unknown versions, files that are not claim sets
    (["diff", "nope@1", "bridge@1"], "no document 'nope'"),
    (["diff", "bridge@1", "bridge@7"], "has no version 7"),
    (["diff", "bridge@x", "bridge@1"], "bridge@x"),
    (["diff", "{in}/truncated.json", "bridge@1"], "invalid JSON"),
    (["diff", "{in}/binary.json", "bridge@1"], "binary file"),
    (["diff", "{in}/missing.json", "bridge@1"], "no such file"),
    (["diff", "{in}/article.txt", "bridge@1"], "an article file: diff compares claims, so ingest it first"),
    (["diff", "{in}/offsets.json", "bridge@1"], "does not match"),
    (["eval", "{in}/truncated.json"], "invalid JSON"),
    (["eval", "{in}/binary.json"], "binary file"),
    (["eval", "{in}/list.json"], "is not of type 'object'"),
    # serve: an open address needs tokens, and tokens need names and length
    (["serve", "--host", "0.0.0.0", "--token", "ana=short"], "shorter than 16 characters"),
    (["serve", "--token", "0123456789abcdef0123"], "--token takes NAME=SECRET"),
    # backup, restore, check
    (["backup", "{tmp}/no/such/folder/b.jsonl"], "does not exist"),
    (["backup", "{in}/folder"], "is a folder"),
    *[(["restore", f"{{in}}/{name}"], "not a provenance backup")
      for name in ("empty.txt", "binary.json", "not-a-backup.jsonl", "truncated.json", "good.json")],
]


def _assert_clean_error(result, words: str) -> None:
    assert result.exit_code == 2, (result.exit_code, result.output)
    assert "Traceback" not in result.output
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr
    assert words in lines[0], lines[0]


def _id(case) -> str:
    args = case.values[0] if hasattr(case, "values") else case[0]
    return " ".join(args)[:60]


@pytest.mark.parametrize("args, words", CASES, ids=[_id(c) for c in CASES])
def test_bad_input(db, files, tmp_path, args, words):
    before = dump_database(db)
    argv = ["--db", db, *_args(args, files, tmp_path)]
    result = CliRunner().invoke(cli, argv, input=b"" if "-" in args else None)
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    _assert_clean_error(result, words)
    assert dump_database(db) == before
    assert not list(tmp_path.glob("**/.*.json.*")), "a temporary output file was left behind"


def test_every_command_is_covered():
    """A new command that reads input should get bad-input cases here."""
    covered = {_id(case).split()[0] for case in CASES} | {"speakers", "outlets", "docs", "demo", "check"}
    assert set(COMMANDS) <= covered, sorted(set(COMMANDS) - covered)


# --- the database itself ---------------------------------------------------------------------

@pytest.mark.parametrize("suffix", ["", "-wal", "-shm"])
def test_backup_never_overwrites_the_database(db, suffix):
    before = dump_database(db)
    result = CliRunner().invoke(cli, ["--db", db, "backup", db + suffix])
    _assert_clean_error(result, "is the database being backed up")
    assert dump_database(db) == before


@pytest.mark.parametrize("args", [["export", "--format", "csv"], ["report", "bridge"]])
def test_output_never_overwrites_the_database(db, args):
    before = dump_database(db)
    result = CliRunner().invoke(cli, ["--db", db, *args, "--output", db])
    assert result.exit_code == 2
    assert dump_database(db) == before


def test_restore_refuses_a_database_with_data(db, tmp_path):
    backup = tmp_path / "b.jsonl"
    runner = CliRunner()
    assert runner.invoke(cli, ["--db", db, "backup", str(backup)]).exit_code == 0
    before = dump_database(db)
    result = runner.invoke(cli, ["--db", db, "restore", str(backup)])
    _assert_clean_error(result, "the database holds data")
    assert dump_database(db) == before


@pytest.mark.parametrize("db_arg, words", [
    ("{tmp}/missing-folder/x.db", "folder"),
    ("{in}/folder", "is a folder"),
    ("{in}/plain.txt", "file is not a database"),
    ("mysql://me@host/db", "unsupported database URL"),
    ("postgresql+psycopg://nobody@127.0.0.1:1/none", "cannot open database"),
])
@pytest.mark.parametrize("args", [["claims"], ["import", "{in}/good.json"], ["check"], ["backup", "{tmp}/b.jsonl"]])
def test_unusable_databases(files, tmp_path, db_arg, words, args):
    result = CliRunner().invoke(cli, ["--db", _args([db_arg], files, tmp_path)[0], *_args(args, files, tmp_path)])
    _assert_clean_error(result, words)
    assert not (tmp_path / "missing-folder").exists()
    assert (files / "plain.txt").read_text() == "hello\n"


WRITES = [
    ["import", "{in}/good.json"],
    ["ingest", "{in}/article.txt"],
    ["review", "1", "--status", "confirmed", "--reason", "checked"],
    ["link", "1", "3", "--relation", "contradicts"],
    ["unlink", "2", "1"],
    ["recompute"],
]


@pytest.mark.parametrize("args", WRITES, ids=[a[0] for a in WRITES])
def test_read_only_database(db, files, tmp_path, args):
    """Opened read-only (as a file without write permission is), writes fail cleanly and reads work."""
    before = dump_database(db)
    url = f"sqlite:///file:{db}?mode=ro&uri=true"
    runner = CliRunner()
    result = runner.invoke(cli, ["--db", url, *_args(args, files, tmp_path)])
    _assert_clean_error(result, "cannot write to database")
    assert "readonly" in result.stderr
    assert runner.invoke(cli, ["--db", url, "claims", "--format", "json"]).exit_code == 0
    assert runner.invoke(cli, ["--db", url, "check"]).exit_code == 0
    assert dump_database(db) == before


@pytest.mark.skipif(os.geteuid() == 0, reason="file permissions do not bind root")
def test_read_only_file(db, files, tmp_path):
    before = dump_database(db)
    os.chmod(db, 0o444)
    try:
        result = CliRunner().invoke(cli, ["--db", db, "import", str(files / "good.json")])
        _assert_clean_error(result, "database")
    finally:
        os.chmod(db, 0o644)
    assert dump_database(db) == before


# --- a real terminal: no traceback ------------------------------------------------------------

def _program(*args: str, cwd: Path, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "provenance", *args], cwd=cwd, env=env, input=stdin,
                          capture_output=True, timeout=60)


@pytest.mark.slow
@pytest.mark.parametrize("args, words", [
    (["ingest", "{in}/binary.txt"], "binary file"),
    (["import", "{in}/truncated.json"], "invalid JSON"),
    (["review", "1", "--status", "confirmed", "--reason", "x"], "cannot write to database"),
    (["claims", "--since", "May"], "is not a date"),
    (["restore", "{in}/truncated.json"], "not a provenance backup"),
])
def test_no_traceback_reaches_the_terminal(db, files, tmp_path, args, words):
    before = dump_database(db)
    db_arg = f"sqlite:///file:{db}?mode=ro&uri=true" if args[0] == "review" else db
    done = _program("--db", db_arg, *_args(args, files, tmp_path), cwd=tmp_path)
    stderr = done.stderr.decode("utf-8")
    assert done.returncode == 2, stderr
    assert done.stdout == b""
    assert "Traceback" not in stderr
    assert len(stderr.splitlines()) == 1 and stderr.startswith("Error: ") and words in stderr, stderr
    assert dump_database(db) == before


@pytest.mark.slow
def test_no_traceback_for_an_unreachable_server(tmp_path):
    done = _program("--db", "postgresql+psycopg://nobody@127.0.0.1:1/none", "claims", cwd=tmp_path)
    stderr = done.stderr.decode("utf-8")
    assert done.returncode == 2 and "Traceback" not in stderr and len(stderr.splitlines()) == 1, stderr


# --- PostgreSQL: the same guarantees ---------------------------------------------------------

@pytest.mark.parametrize("args, words", [
    (["import", "{in}/offsets.json"], "does not match"),
    (["import", "{in}/good.json", "{in}/self-link.json"], "cannot be linked to itself"),
    (["review", "999999", "--status", "confirmed", "--reason", "x"], "no claim with id 999999"),
    (["link", "2", "1", "--relation", "corroborates"], "already corroborates"),
    (["claims", "--since", "2025-02-31x"], "is not a date"),
    (["export", "bridge", "--version", "4"], "has no version 4"),
    (["restore", "{in}/truncated.json"], "not a provenance backup"),
])
def test_bad_input_on_both_backends(run, files, tmp_path, args, words):
    assert run("import", str(files / "good.json")).exit_code == 0
    path = tmp_path / "bridge.json"
    path.write_text(json.dumps(make_claimset()), encoding="utf-8")
    assert run("import", str(path)).exit_code == 0
    before = dump_database(run.db)
    result = run.runner.invoke(cli, ["--db", run.db, *_args(args, files, tmp_path)])
    _assert_clean_error(result, words)
    assert dump_database(run.db) == before
