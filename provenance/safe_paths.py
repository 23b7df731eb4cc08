"""Writing output files safely: no half-written file is left behind when an export fails."""

from __future__ import annotations

import errno
import os
import stat
import sys
import tempfile
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import IO

from provenance.errors import InputError, OutputError

# Files no output may replace: the database in use and its journal files (set by the CLI).
_protected: set[Path] = set()


def protect(*paths: str | Path) -> None:
    """Refuse --output to these files from now on (the database a command works on)."""
    for path in paths:
        _protected.add(Path(path).resolve())


def open_output(path: str | None, *, private: bool = False) -> AbstractContextManager[IO[str]]:
    """stdout when path is None; else a temporary file beside PATH, renamed over it on success.

    A character device or a FIFO (/dev/null, a named pipe, /dev/stdout), or a symlink to one, is
    written through, never replaced; other special files are refused; a symlink to a file is
    replaced by the new file, never followed (its target keeps its type and content).
    An existing file keeps its mode; a new one gets the umask's mode, or 600 when `private` (a
    backup names the anonymous sources). A write that fails (disk full, file too large, no
    permission) is a one-line error and leaves no partial file.
    """
    if path is not None and path != "-" and Path(path).resolve() in _protected:
        raise InputError(f"--output {path} is the database itself: choose another file")
    return _open_output(path, private=private)


def _special(path: str) -> os.stat_result | None:
    """The status of what PATH names (through symlinks), or None when nothing is there yet."""
    try:
        return os.stat(path)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise write_error(path, exc) from None


def write_error(path: str, exc: OSError) -> OutputError:
    """A failed write as a one-line error that says what to do."""
    hints = {errno.ENOSPC: "the disk is full: free some space or write elsewhere",
             errno.EDQUOT: "the disk quota is used up: free some space or write elsewhere",
             errno.EFBIG: "the file is too large for this file system: write elsewhere",
             errno.EACCES: "permission denied: choose a folder you can write to",
             errno.EPERM: "permission denied: choose a folder you can write to",
             errno.EROFS: "the file system is read-only: write elsewhere",
             errno.ENAMETOOLONG: "the file name is too long: choose a shorter one"}
    hint = hints.get(exc.errno or 0, f"{exc.strerror or exc}: choose another path")
    return OutputError(f"cannot write {path}: {hint}")


@contextmanager
def _open_output(path: str | None, *, private: bool = False) -> Iterator[IO[str]]:
    if path is None or path == "-":
        yield sys.stdout
        return
    found = _special(path)
    if found is not None and stat.S_ISDIR(found.st_mode):
        raise InputError(f"--output {path} is a folder: give a file path")
    if found is not None and (stat.S_ISCHR(found.st_mode) or stat.S_ISFIFO(found.st_mode)):
        yield from _write_through(path)
        return
    if found is not None and not stat.S_ISREG(found.st_mode):
        raise InputError(f"--output {path} is a special file (not a regular file, a device or a pipe): "
                         "give a file path")
    # A symlink to a file is replaced, not followed (a planted link must not aim the write elsewhere).
    target = Path(path)
    if not target.parent.exists():
        raise InputError(f"--output {path}: folder {target.parent} does not exist: create it first")
    if found is not None and not target.is_symlink():
        mode = stat.S_IMODE(found.st_mode)
    else:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o600 if private else 0o666 & ~umask
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name[:100]}.", dir=target.parent)
    except OSError as exc:
        raise write_error(path, exc) from None
    try:
        os.fchmod(fd, mode)
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as out:
            yield out
        os.replace(tmp, target)
    except BaseException as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(exc, OSError) and not isinstance(exc, BrokenPipeError):
            raise write_error(path, exc) from None
        raise


def _write_through(path: str) -> Iterator[IO[str]]:
    """A device or a pipe: written in place (there is nothing to rename over)."""
    try:
        out = open(path, "w", encoding="utf-8", newline="")
    except OSError as exc:
        raise write_error(path, exc) from None
    try:
        with out:
            yield out
    except OSError as exc:
        raise write_error(path, exc) from None
