"""Bad input, round two: numbers beyond what the database holds, floats where integers belong,
JSON nested past Python's stack, text no column can store, dates the calendar lacks. Each is one
`Error: ...` line, exit 2, no traceback, and the database as it was (issue 18).

The cases run on a copy of the populated database of tests/test_bad_input.py.
"""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner
from test_bad_input import _assert_clean_error, _id, db, template  # noqa: F401  (fixtures)

from provenance.cli import cli

from claimsets import make_claimset
from conftest import ROOT, dump_database

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
    # bytes of the command line that were not UTF-8 (Python holds them as lone surrogates)
    (["ingest", "{sets}/article.txt", "--title", "T\udcff"], "--title is not valid UTF-8 text"),
    (["ingest", "{sets}/article.txt", "--by", "\udcffx"], "--by is not valid UTF-8 text"),
    (["ingest", "{sets}/article.txt", "--outlet", "a\ud800"], "--outlet is not valid UTF-8 text"),
    (["review", "1", "--status", "confirmed", "--reason", "\udcff"], "--reason is not valid UTF-8 text"),
    (["link", "1", "3", "--relation", "contradicts", "--reason", "\udcff"], "--reason is not valid UTF-8 text"),
    (["speakers", "merge", "1", "2", "--by", "\udcff"], "--by is not valid UTF-8 text"),
    (["export", "bridge\udcff"], "[DOC] is not valid UTF-8 text"),
    (["report", "bridge\udcff"], "[DOC] is not valid UTF-8 text"),
    (["versions", "\udcff"], "is not valid UTF-8 text"),
    (["ingest", "{sets}/no-such-\udcff.txt"], "no such file"),
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


# --- files, encodings and databases that cannot be used -----------------------------------------

@pytest.fixture
def inputs(tmp_path):
    folder = tmp_path / "inputs"
    folder.mkdir()
    (folder / "article.txt").write_text("The minister said the bridge will reopen in June.\n", encoding="utf-8")
    (folder / "odd-utf16.txt").write_bytes("The minister said it.".encode("utf-16") + b"x")
    (folder / "accents.txt").write_text("Le ministre a déclaré que le pont rouvrira.\n", encoding="utf-8")
    return folder


INPUT_CASES = [
    (["ingest", "{in}/article.txt", "--encoding", "rot13"], "--encoding 'rot13' is not a text encoding"),
    (["ingest", "{in}/article.txt", "--encoding", "base64"], "--encoding 'base64' is not a text encoding"),
    (["ingest", "{in}/article.txt", "--encoding", "zlib_codec"], "is not a text encoding"),
    (["ingest", "{in}/accents.txt", "--encoding", "punycode"], "cannot be decoded as punycode"),
    (["ingest", "{in}/article.txt", "--encoding", "utf\x00"], "unknown encoding"),
    (["ingest", "{in}/odd-utf16.txt"], "is UTF-16 (it starts with its byte-order mark) but cannot be decoded"),
    (["--db", "~no-such-user-provenance/x.db", "claims"], "no such user"),
    (["--db", "~no-such-user-provenance/x.db", "ingest", "{in}/article.txt"], "no such user"),
    (["--db", "sqlite+nodriver:///{in}/x.db", "claims"], "unsupported database URL sqlite+nodriver://"),
    (["--db", "sqlitefoo:///{in}/x.db", "claims"], "unsupported database URL sqlitefoo://"),
    (["--db", "sqlite+pysqlcipher:///{in}/x.db", "claims"], "unsupported database URL"),
    (["--db", "postgresql://me:p@ss:w?rd@127.0.0.1:1/db", "claims"], "percent-encode them in the password"),
    (["--db", "postgresql+psycopg://me:p@ss/w#rd@127.0.0.1:1/db", "claims"], "after its host (in the password?)"),
    (["--db", "postgresql+psycopg://me@127.0.0.1:port/db", "claims"], "does not parse"),
    (["--db", "postgresql+psycopg://me@[::1/db", "claims"], "does not parse"),
    (["--db", "{in}/" + "n" * 300 + "/x.db", "claims"], "cannot be a database path"),
]


@pytest.mark.parametrize("args, words", INPUT_CASES, ids=[_id(c) for c in INPUT_CASES])
def test_unusable_inputs(db, inputs, args, words):  # noqa: F811
    before = dump_database(db)
    argv = [a.replace("{in}", str(inputs)) for a in args]
    result = CliRunner().invoke(cli, argv if argv[0] == "--db" else ["--db", db, *argv])
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    _assert_clean_error(result, words)
    assert dump_database(db) == before
    assert sorted(p.name for p in inputs.iterdir()) == ["accents.txt", "article.txt", "odd-utf16.txt"]


def _endless(path: Path, chunk: bytes) -> threading.Thread:
    """A FIFO at path fed `chunk` until the reader leaves: an input that never ends."""
    os.mkfifo(path)

    def feed():
        try:
            with open(path, "wb") as out:
                while True:
                    out.write(chunk)
        except (BrokenPipeError, OSError):
            pass

    thread = threading.Thread(target=feed, daemon=True)
    thread.start()
    return thread


@pytest.mark.parametrize("command, chunk, words", [
    ("ingest", b"The minister said so. " * 4096, "larger than 50 MB: split it into articles"),
    ("ingest", b"\x00" * 65536, "larger than 50 MB"),
    ("import", b"\x00" * 65536, "binary file"),
    ("eval", b"\x00" * 65536, "binary file"),
    ("import", b"[" * 65536, "larger than 4 MB"),  # no NUL: read to the claim-set cap (4 MB here)
])
def test_endless_inputs_stop_at_the_size_cap(db, tmp_path, monkeypatch, command, chunk, words):  # noqa: F811
    """A pipe (or /dev/zero, /dev/urandom) that never ends is read up to the cap and refused."""
    monkeypatch.setattr("provenance.claimset.MAX_BYTES", 4 * 1024 * 1024)
    before = dump_database(db)
    fifo = tmp_path / "endless.json"
    feeder = _endless(fifo, chunk)
    result = CliRunner().invoke(cli, ["--db", db, command, str(fifo)])
    _assert_clean_error(result, words)
    feeder.join(timeout=10)
    assert dump_database(db) == before


@pytest.mark.skipif(os.geteuid() != 0, reason="making a device node needs root")
def test_a_zero_device_is_read_to_the_cap(db, tmp_path):  # noqa: F811
    """/dev/zero's double, made in the test's own folder (the real one is never touched)."""
    zero = tmp_path / "zero"
    os.mknod(zero, 0o444 | stat.S_IFCHR, os.makedev(1, 5))
    before = dump_database(db)
    _assert_clean_error(CliRunner().invoke(cli, ["--db", db, "ingest", str(zero)]), "larger than 50 MB")
    _assert_clean_error(CliRunner().invoke(cli, ["--db", db, "import", str(zero)]), "binary file")
    assert dump_database(db) == before


# --- closed streams and unreadable folders: the real program, in a subprocess --------------------

def _program(*args: str, cwd: Path, close: int | None = None, drop_root: bool = False):
    """Run provenance; `close` is a file descriptor closed before it starts (0 stdin, 1 stdout);
    `drop_root` runs it without the capabilities that let root read any folder."""
    command = [sys.executable, "-m", "provenance", *args]
    if drop_root and os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("root reads every folder, and setpriv (to drop that) is not installed")
        caps = "-dac_override,-dac_read_search"
        command = [setpriv, f"--inh-caps={caps}", f"--bounding-set={caps}", *command]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(command, cwd=cwd, env=env, capture_output=close != 1, timeout=120,
                          stdout=subprocess.DEVNULL if close == 1 else None,
                          stderr=subprocess.PIPE if close == 1 else None,
                          preexec_fn=(lambda: os.close(close)) if close is not None else None)


def _one_line(done, words: str) -> None:
    stderr = done.stderr.decode("utf-8")
    assert done.returncode == 2, stderr
    assert "Traceback" not in stderr
    assert len(stderr.splitlines()) == 1 and stderr.startswith("Error: ") and words in stderr, stderr


@pytest.mark.slow
@pytest.mark.parametrize("close, args, words", [
    (0, ["ingest", "-", "--slug", "piped"], "stdin is closed"),
    (1, ["claims"], "stdout is closed"),
    (1, ["export", "bridge"], "stdout is closed"),
    (1, ["--version"], "stdout is closed"),
])
def test_closed_streams(db, tmp_path, close, args, words):  # noqa: F811
    before = dump_database(db)
    _one_line(_program("--db", db, *args, cwd=tmp_path, close=close), words)
    assert dump_database(db) == before


@pytest.mark.slow
@pytest.mark.parametrize("args, words", [
    (["--db", "{db}", "ingest", "{locked}/inner/article.txt"], "cannot read (permission denied"),
    (["--db", "{db}", "import", "{locked}/inner/set.json"], "cannot read (permission denied"),
    (["--db", "{locked}/inner/x.db", "claims"], "permission denied on a folder of the path"),
    (["--db", "{locked}/inner/x.db", "ingest", "{tmp}/article.txt"], "permission denied on a folder of the path"),
    (["--db", "{db}", "export", "bridge", "--output", "{locked}/inner/out.json"], "permission denied"),
])
def test_paths_under_an_unreadable_folder(db, tmp_path, args, words):  # noqa: F811
    locked = tmp_path / "locked"
    (locked / "inner").mkdir(parents=True)
    for folder in (tmp_path / "article.txt", locked / "inner" / "article.txt"):
        folder.write_text("The minister said the bridge will reopen in June.\n", encoding="utf-8")
    (locked / "inner" / "set.json").write_text(json.dumps(make_claimset(slug="locked")), encoding="utf-8")
    os.chmod(db, 0o666)
    os.chmod(tmp_path, 0o777)
    locked.chmod(0)
    before = dump_database(db)
    try:
        argv = [a.replace("{db}", db).replace("{locked}", str(locked)).replace("{tmp}", str(tmp_path)) for a in args]
        _one_line(_program(*argv, cwd=tmp_path, drop_root=True), words)
    finally:
        locked.chmod(0o755)
    assert dump_database(db) == before
