"""A body the text describes but does not name ('an environmental group said') is an anonymous
source, like 'an official'; and a content of the model's that the rules' claims cover by less than
half is kept beside them (extract/speakers.py, extract/combine.py)."""

from __future__ import annotations

import pytest

from provenance.extract import combine, extract_claimset
from provenance.extract.model import Proposal


def _speakers(text: str) -> list[tuple[str, str, bool]]:
    cs = extract_claimset(text, slug="t")
    by_id = {s["id"]: s for s in cs["speakers"]}
    return [(c["text"], by_id[c["speaker"]]["name"], by_id[c["speaker"]]["anonymous"])
            for c in cs["claims"] if c.get("speaker") in by_id]


@pytest.mark.parametrize("text, content", [
    ("An environmental group said the river was unsafe after the spill.", "the river was unsafe after the spill"),
    ("A local union said the company had ignored the warnings.", "the company had ignored the warnings"),
    ("A small company said it had lost orders worth a million dollars.", "it had lost orders worth a million dollars"),
])
def test_a_body_met_with_an_indefinite_article_and_no_name_is_anonymous(text, content):
    assert [(t, anon) for t, _name, anon in _speakers(text)] == [(content, True)]


@pytest.mark.parametrize("text, name", [
    ("The Tarnby Anglers Union said the river was unsafe. The union said the fish had died.",
     "Tarnby Anglers Union"),
    ("The government said the river was unsafe.", "government"),
])
def test_a_named_or_definite_body_stays_on_the_record(text, name):
    found = _speakers(text)
    assert found and all(not anon for _t, _n, anon in found) and any(n == name for _t, n, _a in found)


def test_an_unnamed_group_is_unconfirmed(tmp_path):
    from click.testing import CliRunner

    from provenance.cli import cli

    article = tmp_path / "a.txt"
    article.write_text("An environmental group said the river was unsafe after the spill.\n", encoding="utf-8")
    db = str(tmp_path / "p.db")
    runner = CliRunner()
    assert runner.invoke(cli, ["--db", db, "ingest", str(article), "--outlet", "Daily Test"]).exit_code == 0
    out = runner.invoke(cli, ["--db", db, "claims", "--status", "unconfirmed"]).output
    assert "the river was unsafe" in out


TEXT = ("Ana Costa spoke on Monday. The new harbour levy would drive away the smaller fishing boats within a "
        "year, she argued, “and that is a fact.”")


def _model_claims(monkeypatch, content: str) -> list[str]:
    start = TEXT.index(content)
    prop = Proposal((TEXT.index("argued"), TEXT.index("argued") + 6), None, [(start, start + len(content))])
    monkeypatch.setattr(combine.model, "propose", lambda _text, _found=None: [prop])
    return [c["text"] for c in extract_claimset(TEXT, slug="t")["claims"] if c["form"] != "unattributed"]


def test_a_model_content_the_rules_cover_by_less_than_half_is_kept(monkeypatch):
    """The rules read only the quotation after the cue; the model's whole sentence is kept beside it."""
    long = "The new harbour levy would drive away the smaller fishing boats within a year, she argued, “and that is a fact"
    assert any(t.startswith("The new harbour levy") for t in _model_claims(monkeypatch, long))


def test_a_model_content_the_rules_mostly_cover_is_dropped(monkeypatch):
    short = "argued, “and that is a fact"
    assert [t for t in _model_claims(monkeypatch, short) if t.startswith("argued")] == []


def test_the_models_source_that_a_name_follows_is_that_name(monkeypatch):
    """'A group calling itself Blackwren claimed ...': the model's source 'A group' is Blackwren, as
    the rules read it."""
    text = "A group calling itself Blackwren claimed on its blog to hold the payroll files of the harbour board."
    cue, content = text.index("claimed"), text.index("its blog")
    prop = Proposal((cue, cue + 7), (0, 7), [(content, len(text) - 1)])
    monkeypatch.setattr(combine.model, "propose", lambda _text, _found=None: [prop])
    cs = extract_claimset(text, slug="t")
    names = {s["id"]: s["name"] for s in cs["speakers"]}
    assert {names.get(c.get("speaker") or "") for c in cs["claims"] if c["form"] != "unattributed"} == {"Blackwren"}


def test_an_official_body_met_with_an_indefinite_article_stays_on_the_record():
    """'A district court ruled ...' / 'A state agency said ...': a public office speaks for itself even
    unnamed (titles.json private_body_heads lists the bodies that do not)."""
    found = _speakers("A district court said the permit had been granted without a hearing.")
    assert [(t, anon) for t, _n, anon in found] == [("the permit had been granted without a hearing", False)]


def test_a_date_after_the_models_source_is_no_part_of_it(monkeypatch):
    """'A harbour board on Tuesday told ...': the model's source ends before the date."""
    text = "Ana Costa spoke first. A harbour board on Tuesday shut the pier to trawlers, reckoning the piles had rotted."
    cue, content = text.index("reckoning"), text.index("the piles")
    source = text.index("A harbour board on Tuesday")
    prop = Proposal((cue, cue + 9), (source, source + len("A harbour board on Tuesday")), [(content, len(text) - 1)])
    monkeypatch.setattr(combine.model, "propose", lambda _text, _found=None: [prop])
    cs = extract_claimset(text, slug="t")
    names = {s["id"]: s["name"] for s in cs["speakers"]}
    assert [names.get(c.get("speaker") or "") for c in cs["claims"] if c["form"] != "unattributed"] == ["harbour board"]
