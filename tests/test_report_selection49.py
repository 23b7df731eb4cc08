"""`provenance report --since/--until/--outlet`: an editor's sourcing report of a period of coverage, or of one
publisher's stories, with every count, list and suggested command limited to the documents chosen."""

from __future__ import annotations

import json

import pytest
from test_report import talks_claimset, write_claimset

from conftest import dump_database


@pytest.fixture
def coverage(run, tmp_path):
    """Four stories: two of the Northern Gazette (May and June), one of the Harbor Times (June), one undated."""
    sets = [talks_claimset("may-gazette", published="2025-05-23"),
            talks_claimset("june-gazette", published="2025-06-02"),
            talks_claimset("june-times", outlet="Harbor Times", published="2025-06-30"),
            talks_claimset("undated-times", outlet="Harbor Times", published=None)]
    for data in sets:
        result = run("import", str(write_claimset(tmp_path, data)))
        assert result.exit_code == 0, result.output
    return run


def report_json(run, *options: str) -> dict:
    result = run("report", "--format", "json", *options)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.mark.parametrize(("options", "slugs"), [
    (("--since", "2025-06"), ["june-gazette", "june-times"]),
    (("--until", "2025-05"), ["may-gazette"]),
    (("--since", "2025-06-01", "--until", "2025-06-02"), ["june-gazette"]),
    (("--until", "2025-06"), ["june-gazette", "june-times", "may-gazette"]),
    (("--outlet", "harbor"), ["june-times", "undated-times"]),
    (("--outlet", "HARBOR", "--since", "2025"), ["june-times"]),
    (("--outlet", "no such outlet"), []),
])
def test_the_documents_chosen_and_only_their_claims(coverage, options, slugs):
    data = report_json(coverage, *options)
    assert sorted(d["slug"] for d in data["documents"]) == slugs
    assert data["headline"]["claims"] == 8 * len(slugs)
    assert data["title"].endswith(f"({len(slugs)})") and data["title"].startswith("documents ")
    assert data["selection"] == {"since": None, "until": None, "outlet": None} | dict(
        zip([o.removeprefix("--") for o in options[::2]], options[1::2], strict=True))


def test_without_options_the_report_is_of_every_document(coverage):
    data = report_json(coverage)
    assert data["title"] == "all documents (4)" and data["selection"] is None
    assert data["headline"]["claims"] == 32


def test_undated_documents_left_out_are_counted_on_stderr(coverage):
    result = coverage("report", "--since", "2025", "--limit", "0")
    assert result.exit_code == 0, result.output
    assert result.stderr.startswith("1 document with no published date left out by --since/--until")
    assert "documents published from 2025 (3)" in result.stdout
    assert "no published date" not in coverage("report", "--outlet", "gazette").stderr


def test_a_capped_section_suggests_the_same_selection_uncapped(coverage):
    md = coverage("report", "--since", "2025-06", "--outlet", "Northern Gazette", "--limit", "0").stdout
    # the listings (docs, claims) know no period of publication: the report itself, uncapped, lists them all
    assert "`provenance report --since 2025-06 --outlet 'Northern Gazette' --limit 1`" in md
    assert "provenance claims --status" not in md and "`provenance docs`" not in md


@pytest.mark.parametrize(("args", "error"), [
    (("report", "june-times", "--since", "2025"), "give them without DOC, or give DOC alone"),
    (("report", "--since", "2025-13"), "--since '2025-13' is not a date"),
    (("report", "--until", "June"), "--until 'June' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD"),
])
def test_bad_options_are_one_line_errors_and_change_nothing(coverage, db_url, tmp_path, args, error):
    before = dump_database(db_url)
    result = coverage(*args, "--output", str(tmp_path / "r.md"))
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and error in result.stderr
    assert not (tmp_path / "r.md").exists()
    assert dump_database(db_url) == before
