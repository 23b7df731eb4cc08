"""A cluster's representative is its origin's claim: the earliest document's (then the lowest seq),
not a relay's, whatever order the documents were ingested in, and recompute agrees with ingest.
The three articles are invented: a harbour story and two outlets relaying it a day and two later."""

from __future__ import annotations

import json

import pytest

SENTENCE = "The Pellow quay will close for repairs in June, harbour master Ola Brenn told the Harbour Gazette"
ARTICLES = {
    "story": ("Harbour Gazette", "2025-05-20", "The Pellow quay will close for repairs in June, harbour master "
                                               "Ola Brenn told the Harbour Gazette."),
    "relay1": ("Valley Herald", "2025-05-21", SENTENCE + "."),
    "relay2": ("Coast Times", "2025-05-22", SENTENCE + ", according to the paper."),
}


def _write(tmp_path, slug):
    outlet, published, text = ARTICLES[slug]
    path = tmp_path / f"{slug}.txt"
    path.write_text(f"---\ntitle: Quay {slug}\noutlet: {outlet}\npublished: {published}\n---\n{text}\n",
                    encoding="utf-8")
    return str(path)


def _representative(run):
    """The story's report's one cluster: its representative's document and the cluster's claims."""
    result = run("report", "story", "--format", "json")
    assert result.exit_code == 0, result.output
    [cluster] = json.loads(result.stdout)["clusters"]
    rows = json.loads(run("cluster", str(cluster["representative"]["cluster"]), "--format", "json").stdout)
    return cluster["representative"]["doc"], len(rows)


@pytest.mark.parametrize("order", [("relay1", "relay2", "story"), ("story", "relay1", "relay2"),
                                   ("relay2", "story", "relay1")])
def test_the_representative_is_the_origin_story_whatever_the_order(run, tmp_path, order):
    for slug in order:
        assert run("ingest", _write(tmp_path, slug)).exit_code == 0
    doc, size = _representative(run)
    assert size >= 2 and doc == "story"
    assert run("recompute").exit_code == 0
    assert _representative(run) == (doc, size)


def test_on_one_day_the_story_comes_before_its_relay(run, tmp_path):
    """Published the same day, the claim a document carries from another outlet is not the origin."""
    one_day = {**ARTICLES, "relay1": ("Valley Herald", "2025-05-20", SENTENCE + ".")}
    for slug in ("relay1", "story"):
        outlet, _, text = one_day[slug]
        (tmp_path / f"{slug}.txt").write_text(
            f"---\ntitle: Quay {slug}\noutlet: {outlet}\npublished: 2025-05-20\n---\n{text}\n", encoding="utf-8")
        assert run("ingest", str(tmp_path / f"{slug}.txt")).exit_code == 0
    assert _representative(run)[0] == "story"
