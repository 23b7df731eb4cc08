"""Writing output files safely: no half-written file is left behind when an export fails."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import IO

from provenance.errors import InputError

# Files no output may replace: the database in use and its journal files (set by the CLI).
_protected: set[Path] = set()


def protect(*paths: str | Path) -> None:
    """Refuse --output to these files from now on (the database a command works on)."""
    for path in paths:
        _protected.add(Path(path).resolve())


def open_output(path: str | None) -> AbstractContextManager[IO[str]]:
    """stdout when path is None; else a temporary file beside PATH, renamed over it on success."""
    if path is not None and path != "-" and Path(path).resolve() in _protected:
        raise InputError(f"--output {path} is the database itself: choose another file")
    return _open_output(path)


@contextmanager
def _open_output(path: str | None) -> Iterator[IO[str]]:
    if path is None or path == "-":
        yield sys.stdout
        return
    target = Path(path)
    if target.is_dir():
        raise InputError(f"--output {path} is a folder: give a file path")
    if not target.parent.exists():
        raise InputError(f"--output {path}: folder {target.parent} does not exist: create it first")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        # mkstemp makes the file private; give it the mode a plain open() would have.
        umask = os.umask(0)
        os.umask(umask)
        os.fchmod(fd, 0o666 & ~umask)
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as out:
            yield out
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
