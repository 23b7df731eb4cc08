"""Mends of the report's period and publisher selection: a user's words in a suggested command cannot close its
Markdown code span; a selection that matches nothing says so (the database is not empty); a period whose start is
after its end is a one-line error (report, claims, history), not an empty answer."""

from __future__ import annotations

import re

import pytest
from test_report import talks_claimset, write_claimset

from conftest import dump_database


@pytest.fixture
def stories(run, tmp_path):
    for data in (talks_claimset("may-gazette", published="2025-05-23"),
                 talks_claimset("june-times", outlet="Harbor Times", published="2025-06-30")):
        assert run("import", str(write_claimset(tmp_path, data))).exit_code == 0
    return run


def test_a_backtick_in_the_outlet_cannot_close_the_command_span(stories, tmp_path):
    data = talks_claimset("odd-outlet", outlet="Evil` Times", published="2025-06-01")
    assert stories("import", str(write_claimset(tmp_path, data))).exit_code == 0
    result = stories("report", "--outlet", "Evil`", "--limit", "0")
    assert result.exit_code == 0, result.output
    assert "``provenance report --outlet 'Evil`' --limit 1``" in result.stdout
    # every code span of the page is closed by its own fence (the capped sections' and the timeline's): once they,
    # the escaped backtick of the title and the graph's fences are taken out, no backtick is left over
    spans = re.compile(r"``provenance report --outlet 'Evil`' --limit \d+``")
    assert len(spans.findall(result.stdout)) >= 2
    assert "`" not in spans.sub("", result.stdout).replace("\\`", "").replace("```", "")


def test_a_selection_that_matches_nothing_says_so(stories):
    md = stories("report", "--outlet", "no such outlet").stdout
    assert "No documents by outlets matching 'no such outlet': `provenance docs` lists the documents." in md
    assert "in the database yet" not in md
    html = stories("report", "--since", "2030", "--format", "html").stdout
    assert "No documents published from 2030" in html and "in the database yet" not in html


@pytest.mark.parametrize("args", [
    ("report", "--since", "2025-06", "--until", "2025-01"),
    ("report", "--since", "2026", "--until", "2025-12-31"),
    ("claims", "--since", "2025-05-22", "--until", "2025-05-21"),
    ("history", "--since", "2025-02", "--until", "2025-01"),
])
def test_a_period_that_ends_before_it_starts_is_an_error(stories, db_url, args):
    before = dump_database(db_url)
    result = stories(*args)
    assert result.exit_code == 2
    assert result.stderr.strip().count("\n") == 0
    assert "is after --until" in result.stderr and "give the earlier date to --since" in result.stderr
    assert dump_database(db_url) == before


@pytest.mark.parametrize("args", [
    ("report", "--since", "2025-06-15", "--until", "2025-06"),
    ("claims", "--since", "2025-05", "--until", "2025-05-21"),
    ("report", "--since", "2025-05", "--until", "2025-05"),
])
def test_a_period_within_one_month_or_day_is_fine(stories, args):
    assert stories(*args).exit_code == 0
