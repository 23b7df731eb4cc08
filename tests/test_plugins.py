"""Plugins: a third-party package adds an export format, a report format and a command through the
`provenance` entry-point group, and the built-in formats come through the same registry."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from provenance import plugins

from conftest import Run

ROOT = Path(__file__).resolve().parent.parent
SEED_CLAIMS = ROOT / "seeds" / "azerbaijan-mediation.claims.json"


def test_the_built_in_formats_are_registered_through_the_hooks():
    assert list(plugins.exporters()) == ["claimreview", "claimset", "csv", "json", "jsonl", "prov-json"]
    assert list(plugins.report_formats()) == ["md", "html", "json"]
    assert "provenance.default_plugins" in {name for name, _ in plugins.plugin_manager().list_name_plugin()}


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """Run the console entry point with the example plugin installed as pip would install it."""
    site = tmp_path_factory.mktemp("site")
    dist = site / "provenance_example-0.1.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: provenance-example\nVersion: 0.1\n")
    (dist / "entry_points.txt").write_text("[provenance]\nexample = provenance_example\n")
    work = tmp_path_factory.mktemp("work")
    path = os.pathsep.join([str(site), str(Path(__file__).parent / "plugin_example"), str(ROOT)])
    env = {**os.environ, "PYTHONPATH": path, "PROVENANCE_DB": str(work / "plugin.db")}

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "provenance", *args], capture_output=True, text=True,
                              env=env, cwd=work)

    assert run("import", str(SEED_CLAIMS)).returncode == 0
    return run


@pytest.mark.slow
def test_a_plugin_adds_a_command(installed):
    assert "greet" in installed("--help").stdout
    done = installed("greet", "Ada")
    assert (done.returncode, done.stdout) == (0, "Hello, Ada, from a plugin\n")


@pytest.mark.slow
def test_a_plugin_adds_an_export_format(installed):
    assert "speaker-counts" in installed("export", "--help").stdout
    done = installed("export", "--format", "speaker-counts")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines and all(line.split("\t")[0].isdigit() for line in lines)
    assert installed("export", "--format", "json").returncode == 0  # the built-ins stay


@pytest.mark.slow
def test_a_plugin_adds_a_report_format(installed):
    done = installed("report", "--format", "section-count")
    assert done.returncode == 0, done.stderr
    assert done.stdout.endswith(" sections\n")


def test_without_the_plugin_its_format_is_refused(tmp_path):
    result = Run(str(tmp_path / "plain.db"))("export", "--format", "speaker-counts")
    assert result.exit_code == 2
    assert "speaker-counts" in result.output and "claimset" in result.output
