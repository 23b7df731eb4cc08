"""The compiled schema check (fastjsonschema) that lets large valid claim sets through quickly never
lets through what jsonschema refuses, and errors read the same either way."""

from __future__ import annotations

import copy
import sys
from pathlib import Path

import pytest

from provenance import claimset
from provenance.errors import ClaimSetError

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from generate import large_claimset  # noqa: E402

pytestmark = pytest.mark.slow  # large claim sets checked both ways


CHANGES = {
    "valid": lambda d: None,
    "seq as 4.0": lambda d: d["claims"][5].update(seq=4.0),
    "seq true": lambda d: d["claims"][5].update(seq=True),
    "seq huge": lambda d: d["claims"][5].update(seq=10**20),
    "negative start": lambda d: d["claims"][5].update(start=-1),
    "unknown status": lambda d: d["claims"][999].update(status="rumoured"),
    "extra key": lambda d: d["claims"][0].update(extra=1),
    "slug in capitals": lambda d: d["document"].update(slug="Large"),
    "slug ending in a newline": lambda d: d["document"].update(slug="large\n"),
    "anonymous as 1": lambda d: d["speakers"][0].update(anonymous=1),
    "bad date": lambda d: d["claims"][3].update(stated_on="2024-99-99"),
    "no links": lambda d: d.pop("links"),
    "claims not objects": lambda d: d.update(claims=[7] * 1000),
}


def outcome(data) -> str:
    try:
        claimset.validate(data)
    except ClaimSetError as exc:
        return str(exc)
    return "valid"


@pytest.mark.parametrize("name", sorted(CHANGES))
def test_the_compiled_check_agrees_with_jsonschema(name, monkeypatch):
    # a dependency (setup.cfg): a venv made before it was named needs `make dev`
    assert claimset._fast_validator() is not None, "fastjsonschema is missing: run make dev"
    data = large_claimset(claimset.FAST_FROM, slug="large")
    CHANGES[name](data)
    fast = outcome(copy.deepcopy(data))
    monkeypatch.setattr(claimset, "FAST_FROM", 10**9)  # jsonschema alone
    assert outcome(data) == fast
    if name == "valid":
        assert fast == "valid"


def test_a_ref_beside_other_keywords_turns_the_compiled_check_off():
    assert claimset._ref_with_siblings({"properties": {"a": {"$ref": "#/x", "minimum": 1}}})
    assert not claimset._ref_with_siblings({"properties": {"a": {"$ref": "#/x", "description": "d"}}})
    assert not claimset._ref_with_siblings(claimset.schema())
