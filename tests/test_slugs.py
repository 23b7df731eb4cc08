"""Slugs from file names (issue 18): names in other scripts give different documents, and a file whose
name gives the slug of an unrelated story is refused with a hint, not stored as its next version."""

from __future__ import annotations

import json

from click.testing import CliRunner

from provenance.cli import cli
from provenance.ingest import slugify

from conftest import dump_database

STORY_A = "The minister said on Monday that the new bridge over the river would open in June.\n"
STORY_B = "Police said the fire at the warehouse on Elm Street was started deliberately, officials said.\n"
STORY_A2 = ("The minister said on Monday that the new bridge over the river would open in July, "
            "not June.\n")


def invoke(db: str, *args: str):
    return CliRunner().invoke(cli, ["--db", db, *args], catch_exceptions=False)


def write(tmp_path, name: str, body: str) -> str:
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    return str(path)


def docs(db: str) -> list[tuple[str, int]]:
    return [(d["doc"], d["versions"]) for d in json.loads(invoke(db, "docs", "--format", "json").stdout)]


def test_names_in_other_scripts_give_different_slugs():
    names = ["記事", "ニュース", "خبر", "новости", "χρονικά", "समाचार"]
    slugs = [slugify(n) for n in names]
    assert len(set(slugs)) == len(names), slugs
    assert all(s != "document" for s in slugs)
    assert slugify("記事") == slugify("記事")  # the same name gives the same slug every time
    assert slugify("Café") == "cafe" and slugify("Azerbaijan Mediation (v2)") == "azerbaijan-mediation-v2"


def test_three_files_in_other_scripts_become_three_documents(db_url, tmp_path):
    paths = [write(tmp_path, f"{name}.txt", body) for name, body in
             (("記事", STORY_A), ("ニュース", STORY_B), ("خبر", STORY_A2))]
    result = invoke(db_url, "ingest", *paths)
    assert result.exit_code == 0, result.output
    found = docs(db_url)
    assert len(found) == 3 and all(n == 1 for _, n in found), found


def test_an_unrelated_story_under_the_same_slug_is_refused(db_url, tmp_path):
    first = write(tmp_path, "Report!.txt", STORY_A)
    assert invoke(db_url, "ingest", first).exit_code == 0
    before = dump_database(db_url)
    other = write(tmp_path, "report.txt", STORY_B)
    result = invoke(db_url, "ingest", other)
    assert result.exit_code == 2, result.output
    assert result.output.startswith("Error: ") and "--slug" in result.output and "--version-of report" in result.output
    assert "Report!.txt" in result.output and "Traceback" not in result.output
    assert dump_database(db_url) == before
    # said what it is, it goes in
    assert invoke(db_url, "ingest", other, "--slug", "warehouse-fire").exit_code == 0
    assert invoke(db_url, "ingest", other, "--version-of", "report").exit_code == 0
    assert sorted(docs(db_url)) == [("report", 2), ("warehouse-fire", 1)]


def test_a_new_version_under_another_name_that_shares_claims_is_a_version(db_url, tmp_path):
    assert invoke(db_url, "ingest", write(tmp_path, "Report!.txt", STORY_A)).exit_code == 0
    result = invoke(db_url, "ingest", write(tmp_path, "report.txt", STORY_A2))
    assert result.exit_code == 0, result.output
    assert docs(db_url) == [("report", 2)]


def test_the_same_file_rewritten_is_still_its_next_version(db_url, tmp_path):
    path = write(tmp_path, "report.txt", STORY_A)
    assert invoke(db_url, "ingest", path).exit_code == 0
    write(tmp_path, "report.txt", STORY_B)
    assert invoke(db_url, "ingest", path).exit_code == 0
    assert docs(db_url) == [("report", 2)]


def test_two_unrelated_files_with_one_slug_in_one_run_write_nothing(db_url, tmp_path):
    a = write(tmp_path, "Report!.txt", STORY_A)
    sub = tmp_path / "b"
    sub.mkdir()
    b = write(sub, "report.txt", STORY_B)
    assert invoke(db_url, "docs").exit_code == 0  # the schema is made
    before = dump_database(db_url)
    result = invoke(db_url, "ingest", a, b)
    assert result.exit_code == 2 and "--version-of report" in result.output, result.output
    assert dump_database(db_url) == before
