"""Writing output files safely: no half-written file is left behind when an export fails."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from provenance.errors import InputError


@contextmanager
def open_output(path: str | None) -> Iterator[IO[str]]:
    """stdout when path is None; else a temporary file beside PATH, renamed over it on success."""
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
