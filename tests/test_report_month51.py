"""A report's timeline by month names the command that lists a month's claims in the report's own scope: a
document's claims for a document's report, the same selection for a report of a period or a publisher (the
listings know no publication period or publisher, so there it is the same report with room for every dated claim)."""

from __future__ import annotations

import shlex

from test_report import talks, talks_claimset, write_claimset  # noqa: F401 (talks is a fixture)


def _command(md: str) -> str:
    line = next(line for line in md.splitlines() if line.startswith("By month:"))
    return line.split("`")[1]


def test_a_documents_report_by_month_lists_that_documents_claims(talks, tmp_path):  # noqa: F811
    md = talks("report", "talks", "--limit", "2").stdout
    command = _command(md)
    assert command == "provenance claims --doc talks --since 2025-05 --until 2025-05"
    listed = talks(*shlex.split(command)[1:], "--format", "json")
    assert listed.exit_code == 0, listed.output
    assert listed.stdout.count('"doc": "talks"') >= 1


def test_a_selections_report_by_month_suggests_the_same_selection_day_by_day(run, tmp_path):
    for data in (talks_claimset("may-gazette", published="2025-05-23"),
                 talks_claimset("june-times", outlet="Harbor Times", published="2025-06-30")):
        assert run("import", str(write_claimset(tmp_path, data))).exit_code == 0
    md = run("report", "--outlet", "Harbor Times", "--limit", "2").stdout
    assert "(`provenance report --outlet 'Harbor Times' --limit 5` lists them day by day)" in md
    uncapped = run(*shlex.split("provenance report --outlet 'Harbor Times' --limit 5")[1:]).stdout
    assert "By month:" not in uncapped and "## Timeline of statements" in uncapped
    page = run("report", "--outlet", "Harbor Times", "--limit", "2", "--format", "html").stdout
    assert "<code>provenance report --outlet &#x27;Harbor Times&#x27; --limit 5</code> lists them day by day" in page

