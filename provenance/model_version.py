"""The version of the attribution model shipped in the package, read without loading the model
(`provenance --version` stays light)."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

MODEL_FILE = "attribution_model.json"
VERSION_FILE = "attribution_model.version.json"


@lru_cache(maxsize=1)
def model_version() -> str:
    """The shipped model's version string ('crf-2.<digest>': the generation, then a digest of
    the weights), or 'none' when the package has none. Read once per process (every claim set
    names it); `model_version.cache_clear()` after writing a new one."""
    try:
        raw = resources.files("provenance").joinpath("data", VERSION_FILE).read_text(encoding="utf-8")
        return str(json.loads(raw)["version"])
    except (FileNotFoundError, KeyError, ValueError, TypeError):
        return "none"
