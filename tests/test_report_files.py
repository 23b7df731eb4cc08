"""The committed reports in reports/ are current: regenerating them gives the same bytes."""

from __future__ import annotations

import importlib.util

import pytest

from conftest import ROOT, SEEDS

REPORTS = ROOT / "reports"


def _generator():
    spec = importlib.util.spec_from_file_location("reports_generate", REPORTS / "generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_committed_reports_are_current(tmp_path):
    if not list(SEEDS.glob("*.claims.json")):
        pytest.skip("no reviewed claim set in seeds/ yet")
    written = _generator().generate(SEEDS, tmp_path)
    names = sorted(p.name for p in written)
    committed = sorted(p.name for p in REPORTS.iterdir() if p.suffix in (".md", ".html"))
    assert committed == names, "reports/ is out of date: run `make reports` (python reports/generate.py)"
    for path in written:
        assert (REPORTS / path.name).read_bytes() == path.read_bytes(), (
            f"reports/{path.name} is stale: run `make reports` (python reports/generate.py)")


@pytest.mark.slow
def test_generation_is_deterministic(tmp_path):
    if not list(SEEDS.glob("*.claims.json")):
        pytest.skip("no reviewed claim set in seeds/ yet")
    generate = _generator().generate
    runs = []
    for name in ("a", "b"):
        (tmp_path / name).mkdir()
        runs.append({p.name: p.read_bytes() for p in generate(SEEDS, tmp_path / name)})
    assert runs[0] == runs[1]
