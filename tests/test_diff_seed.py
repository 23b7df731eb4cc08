"""The constructed second version of the seed: the fixture is up to date, valid, and the diff of the
seed's reviewed claim set against it reports every edit (the `expect` lists of the edits file)."""

from __future__ import annotations

import importlib.util
import json
from collections import Counter

import pytest

from provenance import claimset
from provenance import diff as d

from conftest import FIXTURES, SEEDS

NAME = "azerbaijan-mediation-v2"
EDITS = json.loads((FIXTURES / f"{NAME}.edits.json").read_text(encoding="utf-8"))


def _builder():
    spec = importlib.util.spec_from_file_location("build_v2", FIXTURES / f"{NAME}.build.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def built(request):
    if not (SEEDS / "azerbaijan-mediation.claims.json").exists():
        pytest.skip("the seed's reviewed claim set is not written yet")
    builder = _builder()
    seed = claimset.load(SEEDS / "azerbaijan-mediation.claims.json")
    article, data = builder.build((SEEDS / "azerbaijan-mediation.txt").read_text(encoding="utf-8"), seed, EDITS)
    return seed, article, claimset.validate(data)


def test_fixture_is_up_to_date_with_the_seed(built):
    _, article, data = built
    assert (FIXTURES / f"{NAME}.txt").read_text(encoding="utf-8") == article, (
        f"run python tests/fixtures/{NAME}.build.py")
    assert (FIXTURES / f"{NAME}.claims.json").read_text(encoding="utf-8") == claimset.dump(data), (
        f"run python tests/fixtures/{NAME}.build.py")


def test_fixture_is_labelled_constructed_and_matches_its_claim_set():
    text = (FIXTURES / f"{NAME}.txt").read_text(encoding="utf-8")
    header, _, body = text.partition("\n---\n")
    assert "note: CONSTRUCTED" in header
    data = claimset.load(FIXTURES / f"{NAME}.claims.json")
    assert data["document"]["text"] == body
    assert data["document"]["version"] == 2
    assert "CONSTRUCTED" in (FIXTURES / f"{NAME}.README.md").read_text(encoding="utf-8")


def expected_kinds(pair: d.Pair) -> list[str]:
    """What the edits file says this pair must be ("unchanged" when no edit touches it)."""
    for rule in EDITS["claims"]:
        if pair.a is not None and rule["match"] in pair.a["text"]:
            return rule["expect"]
    for add in EDITS["add"]:
        if pair.a is None and pair.b is not None and pair.b["text"] == add["text"]:
            return add["expect"]
    return ["unchanged"]


@pytest.mark.parametrize("which", ["built", "committed"])
def test_diff_reports_each_edit(built, which):
    seed, _, data = built
    if which == "committed":
        data = claimset.load(FIXTURES / f"{NAME}.claims.json")
    result = d.compare(seed, data)
    wrong = [(p.a and p.a["text"][:50], p.b and p.b["text"][:50], p.kinds, expected_kinds(p))
             for p in result.pairs if p.kinds != expected_kinds(p)]
    assert wrong == []
    planted = Counter(kind for rule in EDITS["claims"] + EDITS["add"] for kind in rule["expect"])
    summary = result.summary()
    assert {k: v for k, v in summary.items() if k != "unchanged" and v} == {
        k: v for k, v in planted.items() if k != "unchanged"}
    assert summary["unchanged"] == len(seed["claims"]) - sum(
        1 for rule in EDITS["claims"] if rule["expect"] != ["unchanged"])


def test_each_kind_of_edit_is_exercised():
    kinds = {kind for rule in EDITS["claims"] + EDITS["add"] for kind in rule["expect"]}
    assert kinds == set(d.KINDS)


def test_reverse_diff_swaps_added_and_removed(built):
    seed, _, data = built
    summary = d.compare(data, seed).summary()
    assert summary["added"] == 1 and summary["removed"] == 1 and summary["moved"] == 3


def test_details_of_the_confirmed_claim_and_the_rewording(built):
    seed, _, data = built
    confirmed = next(r for r in EDITS["claims"] if r["expect"] == ["reattributed", "redated", "status_changed"])
    reworded = next(r for r in EDITS["claims"] if r["expect"] == ["reworded"])
    pairs = {rule["match"]: p for p in d.compare(seed, data).pairs if p.a
             for rule in (confirmed, reworded) if rule["match"] in p.a["text"]}
    pair = pairs[confirmed["match"]]
    assert pair.changes["status"] == ["unconfirmed", "confirmed"]
    assert pair.changes["anonymous"] == [True, False]
    assert pair.changes["stated_on"] == [None, confirmed["set"]["stated_on"]]
    pair = pairs[reworded["match"]]
    assert "[-" in pair.inline and "{+" in pair.inline
    assert 0.6 <= pair.similarity < 1
