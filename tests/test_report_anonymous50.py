"""The sourcing report of several stories counts an anonymous source once per story: the same words ('official
Ruritanian source', 'a resident', 'one of them') in two stories are two people, not one source with the claims of
both. A named speaker stays one source across stories, and the graph keeps one node a speaker row."""

from __future__ import annotations

import json

import pytest
from test_report import talks_claimset, write_claimset


@pytest.fixture
def two_stories(run, tmp_path):
    for data in (talks_claimset("talks"), talks_claimset("talks-followup", outlet="Harbor Times")):
        result = run("import", str(write_claimset(tmp_path, data)))
        assert result.exit_code == 0, result.output
    return run


def report_json(run, *args: str) -> dict:
    result = run("report", *args, "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_each_story_anonymous_sources_are_counted_apart(two_stories):
    data = report_json(two_stories)
    h = data["headline"]
    # named: the publisher, Alda Varga, Boris Petrov (one each across stories); anonymous: two a story
    assert (h["speakers_named"], h["speakers_anonymous"], h["anonymous_by_story"]) == (3, 4, True)
    assert h["claims_anonymous"] == 8  # the claims themselves are counted as before
    anonymous = {(s["speaker"], s["document"], s["claims"]) for s in data["sources"] if s["anonymous"]}
    assert anonymous == {("official Ruritanian source", "talks", 2), ("official Ruritanian source", "talks-followup", 2),
                         ("defence ministry sources", "talks", 2), ("defence ministry sources", "talks-followup", 2)}
    named = {(s["speaker"], s["document"], s["claims"]) for s in data["sources"] if s["anonymous"] is False}
    assert ("Boris Petrov", None, 4) in named and ("Alda Varga", None, 2) in named


def test_the_outlets_of_an_anonymous_source_are_its_story_s(two_stories):
    sources = report_json(two_stories)["sources"]
    rows = {(s["speaker"], s["document"]): s["outlets"] for s in sources if s["anonymous"]}
    assert rows[("official Ruritanian source", "talks")] == rows[("official Ruritanian source", "talks-followup")]
    assert all(len(outlets) == 1 for outlets in rows.values())


def test_markdown_and_html_say_which_story(two_stories):
    md = two_stories("report").stdout
    assert "4 anonymous (each story's counted apart)" in md
    assert "| official Ruritanian source |  | Ruritania | yes, in talks-followup |" in md
    html = two_stories("report", "--format", "html").stdout
    assert "<td>yes, in talks-followup</td>" in html and "anonymous sources counted apart" in html


def test_one_story_s_report_is_as_before(two_stories):
    data = report_json(two_stories, "talks")
    assert data["headline"]["speakers_anonymous"] == 2 and data["headline"]["anonymous_by_story"] is False
    assert all(s["document"] is None for s in data["sources"])
    assert "counted apart" not in two_stories("report", "talks").stdout


def test_the_graph_keeps_one_node_a_speaker(two_stories):
    nodes = report_json(two_stories)["graph"]["nodes"]
    labels = [n["label"] for n in nodes if n["column"] == "speaker"]
    assert labels.count("official Ruritanian source") == 1 and len(labels) == len(set(labels))
    node = next(n for n in nodes if n["label"] == "official Ruritanian source")
    assert node["claims"] == 4 and node["anonymous"] is True
