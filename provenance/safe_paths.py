"""Reading input files and writing output files safely: an input is read to a size cap (a device
or a pipe may never end), and no half-written file is left behind when an export fails."""

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
    if path is not None and "\x00" in path:
        raise InputError(f"--output {path[:200]!r}: a file name cannot hold a NUL character")
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


CHUNK = 1024 * 1024


def read_input(path: str | Path, *, limit: int, folder: str, too_large: str, stop_at_nul: bool = False) -> bytes:
    """The bytes of an input file, at most `limit` of them: a larger file, or a device or pipe that
    goes on past the limit (/dev/zero), is an InputError saying `too_large`, read no further than
    the limit. A missing file, a folder (`folder` says what to give instead), or one the user may
    not read (the file or a folder above it) is an InputError too. With `stop_at_nul`, reading stops
    after a first chunk holding a NUL byte (a binary file: the caller refuses it from that chunk).
    """
    try:
        with open(path, "rb") as stream:
            chunks, size = [], 0
            while size <= limit:
                chunk = stream.read(min(CHUNK, limit + 1 - size))
                if not chunk:
                    break
                chunks.append(chunk)
                size += len(chunk)
                if stop_at_nul and b"\x00" in chunk:
                    break
    except ValueError:  # a NUL in the name: no file system takes one
        raise InputError(f"{str(path)[:200]!r}: a file name cannot hold a NUL character") from None
    except FileNotFoundError:
        raise InputError(f"{path}: no such file: check the path") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a folder: {folder}") from None
    except PermissionError:
        raise InputError(f"{path}: cannot read (permission denied on the file or a folder above it)") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    if size > limit:
        raise InputError(f"{path}: larger than {limit // (1024 * 1024)} MB: {too_large}")
    return b"".join(chunks)


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
