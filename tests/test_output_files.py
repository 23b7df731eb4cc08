"""Output files (`--output`, `backup PATH`): special files are written through or refused, never
replaced; symlinks stay symlinks; modes are kept (backups are private when new); a failed write is
one line, exit 2, and leaves no partial file."""

from __future__ import annotations

import json
import os
import socket
import stat
import subprocess
import sys
import threading

import pytest
from click.testing import CliRunner

from provenance.cli import cli

from claimsets import make_claimset
from conftest import ROOT, copy_sqlite, imported_sqlite


@pytest.fixture(scope="module")
def template(tmp_path_factory, sqlite_template):
    """The bridge claim set in SQLite, imported once a module."""
    return imported_sqlite(sqlite_template, tmp_path_factory.mktemp("output-files"), make_claimset(), name="work.db")


@pytest.fixture
def db(template, tmp_path):
    """A fresh copy of the template database."""
    return copy_sqlite(template, tmp_path / "work.db")


def run(db, *args):
    return CliRunner().invoke(cli, ["--db", db, *args])


COMMANDS = [("export", "bridge", "--output"), ("report", "bridge", "--output"), ("backup",)]


@pytest.mark.skipif(os.geteuid() != 0, reason="making a device node needs root")
@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0])
def test_a_character_device_is_written_through_not_replaced(db, tmp_path, command):
    null = tmp_path / "null"
    os.mknod(null, stat.S_IFCHR | 0o666, os.makedev(1, 3))  # the same device as /dev/null
    result = run(db, *command, str(null))
    assert result.exit_code == 0, result.output
    assert stat.S_ISCHR(os.lstat(null).st_mode)


def _run_reading(fifo, db, *args):
    """Run a command while another thread reads `fifo` to its end; the result and the bytes read."""
    received = []
    reader = threading.Thread(target=lambda: received.append(open(fifo, "rb").read()), daemon=True)
    reader.start()
    result = run(db, *args)
    reader.join(timeout=30)
    return result, received[0] if received else b""


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0])
def test_a_fifo_is_written_through_not_replaced(db, tmp_path, command):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    result, received = _run_reading(fifo, db, *command, str(fifo))
    assert result.exit_code == 0, result.output
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert received


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0])
def test_a_symlink_to_a_pipe_is_written_through(db, tmp_path, command):
    """As --output /dev/stdout (a symlink to /proc/self/fd/1) on a pipe: the link and the pipe stay."""
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    link = tmp_path / "stdout"
    link.symlink_to(fifo)
    result, received = _run_reading(fifo, db, *command, str(link))
    assert result.exit_code == 0, result.output
    assert link.is_symlink() and stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert received


def test_a_socket_is_refused(db, tmp_path):
    path = tmp_path / "sock"
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(path))
    try:
        result = run(db, "export", "bridge", "--output", str(path))
    finally:
        server.close()
    assert result.exit_code == 2
    assert "is a special file" in result.output
    assert stat.S_ISSOCK(os.lstat(path).st_mode)


def test_a_new_backup_is_private_and_an_existing_file_keeps_its_mode(db, tmp_path):
    new = tmp_path / "new.jsonl"
    assert run(db, "backup", str(new)).exit_code == 0
    assert stat.S_IMODE(os.stat(new).st_mode) == 0o600
    for mode in (0o600, 0o640):
        old = tmp_path / f"old-{mode:o}.jsonl.gz"
        old.write_bytes(b"")
        os.chmod(old, mode)
        assert run(db, "backup", str(old)).exit_code == 0
        assert stat.S_IMODE(os.stat(old).st_mode) == mode
    export = tmp_path / "export.json"
    old_umask = os.umask(0o022)
    try:
        assert run(db, "export", "bridge", "--output", str(export)).exit_code == 0
    finally:
        os.umask(old_umask)
    assert stat.S_IMODE(os.stat(export).st_mode) == 0o644


def test_a_full_device_is_reported_as_a_full_disk(db, tmp_path):
    if os.geteuid() == 0:  # a device of our own: a failing run must not replace the real /dev/full
        full = tmp_path / "full"
        os.mknod(full, stat.S_IFCHR | 0o666, os.makedev(1, 7))
    elif os.path.exists("/dev/full") and stat.S_ISCHR(os.stat("/dev/full").st_mode):
        full = "/dev/full"
    else:
        pytest.skip("no full device")
    result = run(db, "export", "bridge", "--output", str(full))
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [f"Error: cannot write {full}: the disk is full: free some space "
                                                  "or write elsewhere"]
    assert stat.S_ISCHR(os.stat(full).st_mode)


@pytest.mark.slow
def test_a_file_over_the_size_limit_is_one_line_and_leaves_nothing(tmp_path):
    """RLIMIT_FSIZE stands for a file system that takes no bigger file (EFBIG)."""
    from claimsets import TEXT

    big = tmp_path / "big.json"
    big.write_text(json.dumps(make_claimset(text=TEXT + " " + "word " * 40_000)), encoding="utf-8")
    db = str(tmp_path / "big.db")
    assert CliRunner().invoke(cli, ["--db", db, "import", str(big)]).exit_code == 0
    out = tmp_path / "out"
    out.mkdir()
    script = ("import resource, signal, sys\n"
              "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
              "resource.setrlimit(resource.RLIMIT_FSIZE, (100_000, 100_000))\n"
              "from provenance.cli import main\n"
              f"sys.argv = ['provenance', '--db', {db!r}, 'backup', {str(out / 'b.jsonl')!r}]\n"
              "main()\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert done.returncode == 2, done.stderr
    assert done.stderr.strip().splitlines() == [
        f"Error: cannot write {out / 'b.jsonl'}: the file is too large for this file system: write elsewhere"]
    assert list(out.iterdir()) == []


def test_a_name_too_long_is_one_line(db, tmp_path):
    path = tmp_path / ("x" * 300 + ".json")
    result = run(db, "export", "bridge", "--output", str(path))
    assert result.exit_code == 2
    assert "the file name is too long" in result.output and len(result.output.strip().splitlines()) == 1
