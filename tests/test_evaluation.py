"""The evaluation of the extractor against a reviewed claim set, and the `eval` command."""

from __future__ import annotations

import json

from provenance import evaluation
from provenance.cli import cli
from provenance.extract import extract_claimset

TEXT = "The mayor said the bridge would reopen. Officials said the river had fallen. It rained."


def _gold() -> dict:
    cs = extract_claimset(TEXT, slug="bridge", outlet="Valley Herald")
    for claim in cs["claims"]:
        claim["status"], claim["reason"] = "unconfirmed", "test"
    return cs


def test_identical_claim_sets_score_one():
    result = evaluation.compare(extract_claimset(TEXT, slug="bridge", outlet="Valley Herald"), _gold())
    assert result["claims"]["f1"] == 1.0
    assert set(result["accuracy"].values()) == {1.0}
    assert result["false_negatives"] == result["false_positives"] == result["wrong_fields"] == []


def test_misses_and_wrong_fields_are_listed():
    gold = _gold()
    gold["claims"].append({**gold["claims"][0], "id": "c9", "seq": 9, "start": 0, "end": 9, "text": TEXT[0:9]})
    gold["speakers"][0]["name"] = "Harbour Board"
    gold["speakers"][0]["aliases"] = []
    result = evaluation.compare(extract_claimset(TEXT, slug="bridge", outlet="Valley Herald"), gold)
    assert result["claims"]["recall"] == 0.75 and result["claims"]["precision"] == 1.0
    assert result["false_negatives"] == [{"gold": "c9", "text": "The mayor"}]
    assert any(w["field"] == "speaker" and w["expected"] == "Harbour Board" for w in result["wrong_fields"])


def test_matching_is_one_to_one_and_needs_half_the_gold_span():
    gold = [{"start": 0, "end": 10}, {"start": 20, "end": 40}]
    pred = [{"start": 0, "end": 10}, {"start": 0, "end": 4}, {"start": 25, "end": 40}]
    assert evaluation.match_claims(pred, gold) == [(0, 0), (2, 1)]
    assert evaluation.match_claims([{"start": 0, "end": 4}], gold) == []


def test_eval_command_text_and_json(tmp_path):
    from click.testing import CliRunner

    path = tmp_path / "gold.claims.json"
    path.write_text(json.dumps(_gold()), encoding="utf-8")
    runner = CliRunner()
    text = runner.invoke(cli, ["eval", str(path)])
    assert text.exit_code == 0, text.output
    assert "precision 1.000  recall 1.000  F1 1.000" in text.output
    js = runner.invoke(cli, ["eval", str(path), "--format", "json"])
    assert json.loads(js.output)["claims"]["f1"] == 1.0


def test_eval_command_on_a_missing_file_fails_cleanly(tmp_path):
    from click.testing import CliRunner

    result = CliRunner().invoke(cli, ["eval", str(tmp_path / "none.json")])
    assert result.exit_code == 2
    assert "no such file" in result.output
