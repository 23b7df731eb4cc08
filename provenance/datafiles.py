"""The world-knowledge files under provenance/data/ (cue words, titles, outlets, countries,
corroboration word lists), read in one place.

A missing or malformed file is an error naming it: an extractor without its word lists would
silently find nothing.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from provenance.errors import DataFileError


def load_data(name: str) -> dict[str, Any]:
    """The JSON object in provenance/data/NAME.

    >>> "outlets" in load_data("outlets.json")
    True
    """
    where = f"provenance/data/{name}"
    try:
        text = resources.files("provenance").joinpath(f"data/{name}").read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DataFileError(f"{where} is missing: reinstall provenance (pip install --force-reinstall provenance)") \
            from None
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(f"{where} cannot be read ({exc}): reinstall provenance") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise DataFileError(f"{where} is not valid JSON (line {exc.lineno} column {exc.colno}: {exc.msg}): "
                            "fix the file or reinstall provenance") from None
    if not isinstance(data, dict):
        raise DataFileError(f"{where} must hold a JSON object, not {type(data).__name__}: fix the file")
    return data
