"""`provenance report`: the sourcing report's content in Markdown and JSON, scope, errors, --output,
determinism, and hostile article text. The HTML page is tested in test_report_html.py.
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from provenance.db import open_database
from provenance.ingest import import_files
from provenance.report import build_report, render
from provenance.report.data import GRAPH_LIMITS

from claimsets import claim

TALKS = (
    "The two countries held technical talks in the capital. "
    "An official Ruritanian source told the Harbor Times on May 21 that the two sides agreed on a mechanism "
    "to avoid clashes. Defence ministry sources told the Evening Courier on May 22 that talks on a mechanism "
    "to avoid clashes are under way. The official source also said a hotline was agreed. "
    "The defence ministry sources did not confirm the hotline reports. "
    "Foreign Minister Alda Varga said on April 9 that technical talks were under way. "
    "Analyst Boris Petrov told the Northern Gazette the mediation has succeeded. "
    "He also claimed the talks collapsed in April."
)

SPEAKERS = [
    {"id": "s1", "name": "Northern Gazette", "aliases": [], "kind": "media", "anonymous": False, "role": None,
     "affiliation": None},
    {"id": "s2", "name": "official Ruritanian source", "aliases": [], "kind": "person", "anonymous": True,
     "role": None, "affiliation": "Ruritania"},
    {"id": "s3", "name": "defence ministry sources", "aliases": [], "kind": "group", "anonymous": True,
     "role": None, "affiliation": "Freedonia"},
    {"id": "s4", "name": "Alda Varga", "aliases": ["Varga"], "kind": "person", "anonymous": False,
     "role": "Foreign Minister", "affiliation": "Freedonia"},
    {"id": "s5", "name": "Boris Petrov", "aliases": [], "kind": "person", "anonymous": False,
     "role": "political analyst", "affiliation": "Ruritania"},
]
OUTLETS = [
    {"id": "o1", "name": "Northern Gazette", "aliases": [], "country": None},
    {"id": "o2", "name": "Harbor Times", "aliases": [], "country": "Ruritania"},
    {"id": "o3", "name": "Evening Courier", "aliases": [], "country": "Freedonia"},
]


def document(slug: str, text: str, **fields: Any) -> dict[str, Any]:
    doc = {"slug": slug, "title": "Talks to avoid clashes", "outlet": "Northern Gazette", "url": None,
           "language": "en", "version": 1, "published": "2025-05-23", "text": text}
    doc.update(fields)
    return doc


def talks_claimset(slug: str = "talks", **fields: Any) -> dict[str, Any]:
    """Nine claims: unattributed, anonymous, corroborated, declined, on the record, disputed."""
    t = TALKS
    claims = [
        claim("c1", 1, t, "The two countries held technical talks in the capital", speaker="s1", outlet="o1",
              form="unattributed", reason="unattributed statement of the publisher"),
        claim("c2", 2, t, "the two sides agreed on a mechanism to avoid clashes", speaker="s2", outlet="o2",
              cue="told", stated_on="2025-05-21", status="corroborated",
              reason="corroborated by defence ministry sources"),
        claim("c3", 3, t, "talks on a mechanism to avoid clashes are under way", speaker="s3", outlet="o3",
              cue="told", stated_on="2025-05-22", status="corroborated",
              reason="corroborated by official Ruritanian source and Alda Varga"),
        claim("c4", 4, t, "a hotline was agreed", speaker="s2", outlet="o2", cue="said", stated_on="2025-05-21",
              reason="defence ministry sources did not confirm"),
        claim("c5", 5, t, "the hotline reports", speaker="s3", outlet="o3", cue="did not confirm",
              stated_on="2025-05-22", kind="position", reason="single anonymous source"),
        claim("c6", 6, t, "technical talks were under way", speaker="s4", cue="said", stated_on="2025-04-09",
              status="confirmed", reason="on the record from Alda Varga, Foreign Minister"),
        claim("c7", 7, t, "the mediation has succeeded", speaker="s5", outlet="o1", cue="told", kind="opinion",
              reason="single analyst"),
        claim("c8", 8, t, "the talks collapsed in April", speaker="s5", outlet="o1", cue="claimed",
              status="disputed", reason="contradicted by Alda Varga"),
    ]
    return {
        "format": "provenance-claimset", "format_version": 1, "document": document(slug, t, **fields),
        "speakers": SPEAKERS, "outlets": OUTLETS, "claims": claims,
        "links": [
            {"source": "c3", "target": "c2", "relation": "corroborates", "by": "reviewer", "reason": None},
            {"source": "c2", "target": "c3", "relation": "corroborates", "by": "reviewer", "reason": None},
            {"source": "c6", "target": "c3", "relation": "corroborates", "by": "reviewer", "reason": None},
            {"source": "c5", "target": "c4", "relation": "contradicts", "by": "reviewer", "reason": None},
            {"source": "c6", "target": "c8", "relation": "contradicts", "by": "reviewer", "reason": None},
        ],
    }


SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"
HOSTILE_TEXT = (
    f"The minister said {SCRIPT} was harmless. "
    f"A source added {IMG} to the record. "
    '=HYPERLINK("http://attacker.invalid/","click") was typed in a cell. '
    "+SUM(1,1) and -2+3 and @cmd are formulas. "
    "Pipes | and `backticks` and *stars* and [links](http://attacker.invalid) stay text."
)


def hostile_claimset(slug: str = "hostile") -> dict[str, Any]:
    """An article whose every field tries to break out: HTML, SVG, Markdown, Mermaid, spreadsheets."""
    t = HOSTILE_TEXT
    speakers = [
        {"id": "s1", "name": '"><svg onload=alert(2)>', "aliases": [], "kind": "person", "anonymous": False,
         "role": "<b>javascript:alert(3)</b>", "affiliation": "=cmd|' /C calc'!A0"},
        {"id": "s2", "name": 'source "]) --> x[pwned', "aliases": [], "kind": "group", "anonymous": True,
         "role": None, "affiliation": "</text><script>alert(4)</script>"},
    ]
    outlets = [{"id": "o1", "name": "</title><script>alert(5)</script>", "aliases": [], "country": None},
               {"id": "o2", "name": "@Outlet | with pipe", "aliases": [], "country": "<i>x</i>"}]
    claims = [
        claim("c1", 1, t, f"{SCRIPT} was harmless", speaker="s1", outlet="o1", cue="said", status="confirmed",
              stated_on="2025-01-02", reason=f"on the record {IMG}"),
        claim("c2", 2, t, f"{IMG} to the record", speaker="s2", outlet="o2", cue="added", stated_on="2025-01-03",
              reason=f"single anonymous source {SCRIPT}"),
        claim("c3", 3, t, '=HYPERLINK("http://attacker.invalid/","click")', speaker="s1", outlet="o2",
              status="disputed", reason="+SUM(1,1)"),
        claim("c4", 4, t, "+SUM(1,1)", speaker="s2", outlet="o1", status="corroborated", reason="-2+3"),
        claim("c5", 5, t, "-2+3", speaker=None, outlet="o1", form="unattributed", reason="@cmd"),
        claim("c6", 6, t, "@cmd are formulas", speaker="s2", outlet="o1", reason="=1+1"),
        claim("c7", 7, t, "Pipes | and `backticks` and *stars* and [links](http://attacker.invalid) stay text",
              speaker="s1", outlet="o1", reason="| --> |"),
    ]
    return {
        "format": "provenance-claimset", "format_version": 1,
        "document": document(slug, t, title=f"<title>{SCRIPT}</title>", outlet="</title><script>alert(5)</script>",
                             # a javascript: URL is refused on import (as on ingest): this one is a web
                             # address that tries to break out of the href instead
                             url='https://attacker.invalid/"><script>alert(6)</script>'),
        "speakers": speakers, "outlets": outlets, "claims": claims,
        "links": [{"source": "c1", "target": "c4", "relation": "corroborates", "by": SCRIPT, "reason": IMG},
                  {"source": "c2", "target": "c3", "relation": "contradicts", "by": "rule", "reason": None}],
    }


# Every element the HTML report may contain: none that runs code or fetches anything.
PAGE_TAGS = {"html", "head", "meta", "link", "title", "style", "body", "header", "h1", "h2", "h3", "p", "nav",
             "ul", "ol", "li", "a", "section", "div", "span", "q", "code", "table", "thead", "tbody", "tr", "th",
             "td", "time", "figure", "figcaption", "footer", "svg", "g", "rect", "text", "path"}


def tags_of(page: str) -> list[tuple[str, list[tuple[str, str | None]]]]:
    """Every start tag of an HTML page, as the browser's tokenizer would see it."""
    found: list[tuple[str, list[tuple[str, str | None]]]] = []

    class Collector(HTMLParser):
        def handle_starttag(self, tag, attrs):
            found.append((tag, attrs))

    Collector().feed(page)
    return found


def write_claimset(folder: Path, data: dict[str, Any]) -> Path:
    path = folder / f"{data['document']['slug']}.claims.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def load_database(folder: Path, *sets: dict[str, Any]) -> str:
    """A SQLite file holding the given claim sets, for core-level tests."""
    path = str(folder / "report.db")
    db = open_database(path)
    try:
        import_files(db, [str(write_claimset(folder, data)) for data in sets], actor="test")
    finally:
        db.close()
    return path


def report_of(path: str, doc: str | None, fmt: str) -> str:
    db = open_database(path)
    try:
        with db.session() as session:
            return render(build_report(session, doc), fmt)
    finally:
        db.close()


@pytest.fixture
def talks(run, tmp_path):
    result = run("import", str(write_claimset(tmp_path, talks_claimset())))
    assert result.exit_code == 0, result.output
    return run


def test_markdown_report_of_a_document(talks):
    result = talks("report", "talks")
    assert result.exit_code == 0, result.output
    md = result.stdout
    assert md.startswith("# Sourcing report: Talks to avoid clashes\n\n"
                         "- `talks` version 1 of 1, published by Northern Gazette, on 2025-05-23, 8 claims\n")
    assert ("- **8 claims** by status: 1 confirmed, 2 corroborated, 4 unconfirmed, 1 disputed, 0 retracted\n"
            "- By kind: 6 fact, 1 position, 1 opinion, 0 prediction\n"
            "- Speakers: 3 named, 2 anonymous; claims from named speakers 4, from anonymous ones 4\n"
            "- Resting only on anonymous sources: **3 of 8 claims (37.5%)** (anonymous speaker, not on the "
            "record, no named corroboration)\n"
            "- Outlets cited (2; a story's own publisher is not counted): Evening Courier (2), Harbor Times (2)\n"
            "- The publisher's own reporting (its statements, and sources it cites through no other outlet): "
            "Northern Gazette (4)\n") in md
    # the publisher's own reporting is what `claims --outlet` lists of its story: its statements and the
    # claims it reached with no other outlet
    assert len(json.loads(talks("claims", "--outlet", "northern gazette", "--format", "json").stdout)) == 4
    assert ("| Boris Petrov | political analyst | Ruritania | no | Northern Gazette | 2 | 1 unconfirmed, 1 disputed |"
            in md)
    assert "| defence ministry sources |  | Freedonia | yes | Evening Courier | 2 | 1 corroborated, 1 unconfirmed |" in md
    assert ("1. **talks\\#8** “the talks collapsed in April” — Boris Petrov (Northern Gazette). "
            "*Why:* contradicted by Alda Varga\n"
            "   - disputed by Alda Varga (2025-04-09), talks\\#6: “technical talks were under way”\n") in md
    assert ("*Why:* defence ministry sources did not confirm\n"
            "   - not confirmed by defence ministry sources (Evening Courier, 2025-05-22), talks\\#5: “the hotline reports”\n"
            ) in md
    assert ("2. **talks\\#3** “talks on a mechanism to avoid clashes are under way” — defence ministry sources "
            "(Evening Courier, 2025-05-22)\n"
            "   - independent source: official Ruritanian source (Harbor Times, 2025-05-21), talks\\#2: “the two sides agreed "
            "on a mechanism to avoid clashes”\n"
            "   - independent source: Alda Varga (2025-04-09), talks\\#6: “technical talks were under way”\n") in md
    # the publisher speaking for itself is not said again as its own outlet ('Northern Gazette (Northern Gazette)')
    assert ("1. **talks\\#1** “The two countries held technical talks in the capital” — Northern Gazette. *Why:* "
            "unattributed statement of the publisher\n") in md
    timeline = md[md.index("## Timeline"):md.index("## Provenance graph")]
    assert [line for line in timeline.splitlines() if line.startswith("- **")] == [
        "- **2025-04-09**", "- **2025-05-21**", "- **2025-05-22**"]
    assert "3 claims carry no statement date." in timeline
    graph = md[md.index("```mermaid"):]
    assert '    s2(["official Ruritanian source"])' in graph
    assert '    s4["Alda Varga"]' in graph
    assert "  s4 -->|1| d1\n" in graph  # no outlet named: straight to the document
    assert "  o1 -->|3| d1\n" in graph


def test_an_anonymous_claim_on_the_record_does_not_rest_only_on_anonymous_sources(run, tmp_path):
    """A spokesperson who speaks for a body is anonymous by name but on the record: the status rules
    confirm the claim, and the headline must not count it among the claims resting only on anonymous
    sources beside that status (here the official source's hotline claim, confirmed by a reviewer)."""
    data = talks_claimset()
    hotline = next(c for c in data["claims"] if c["id"] == "c4")
    hotline.update(status="confirmed", reason="on the record from official Ruritanian source")
    assert run("import", str(write_claimset(tmp_path, data))).exit_code == 0
    h = json.loads(run("report", "talks", "--format", "json").stdout)["headline"]
    assert (h["statuses"]["confirmed"], h["claims_anonymous"]) == (2, 4)
    assert (h["anonymous_only"], h["anonymous_only_share"]) == (2, 0.25)  # c2 and c5; 3 when c4 is unconfirmed
    assert "**2 of 8 claims (25.0%)** (anonymous speaker, not on the record" in run("report", "talks").stdout


def test_json_report(talks):
    result = talks("report", "talks", "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["format"] == "provenance-report" and data["scope"] == "talks"
    h = data["headline"]
    assert h["statuses"] == {"confirmed": 1, "corroborated": 2, "unconfirmed": 4, "disputed": 1, "retracted": 0}
    assert (h["anonymous_only"], h["anonymous_only_share"]) == (3, 0.375)
    assert [s["speaker"] for s in data["sources"]] == [
        "Boris Petrov", "defence ministry sources", "official Ruritanian source", "Alda Varga", "Northern Gazette"]
    assert [c["claim"]["seq"] for c in data["unconfirmed"]] == [1, 4, 5, 7]
    assert [c["seq"] for c in data["unconfirmed"][1]["declined_by"]] == [5]
    assert [[s["seq"] for s in c["independent_sources"]] for c in data["corroborated"]] == [[3], [2, 6]]
    assert [day["date"] for day in data["timeline"]] == ["2025-04-09", "2025-05-21", "2025-05-22"]
    assert data["undated"] == 3
    assert {(e["source"], e["target"]) for e in data["graph"]["edges"]} >= {("s4", "d1"), ("o2", "d1")}


def test_report_of_the_whole_database_covers_the_latest_versions(talks, tmp_path):
    second = talks_claimset("talks-followup", title="Follow-up")
    assert talks("import", str(write_claimset(tmp_path, second))).exit_code == 0
    newer = talks_claimset(title="Talks, updated")
    newer["document"]["text"] += " Update."
    assert talks("import", str(write_claimset(tmp_path, newer))).exit_code == 0
    data = json.loads(talks("report", "--format", "json").stdout)
    assert data["scope"] is None and data["title"] == "all documents (2)"
    assert [(d["slug"], d["version"], d["versions"], d["claims"]) for d in data["documents"]] == [
        ("talks", 2, 2, 8), ("talks-followup", 1, 1, 8)]
    assert data["headline"]["claims"] == 16
    md = talks("report").stdout
    assert "- Talks, updated: `talks` version 2 of 2" in md
    assert "- Follow-up: `talks-followup` version 1 of 1" in md


def test_unknown_document_is_exit_2(talks, tmp_path):
    result = talks("report", "nope", "--output", str(tmp_path / "r.md"))
    assert result.exit_code == 2
    assert result.stderr == "Error: no document 'nope': `provenance docs` lists the documents\n"
    assert not (tmp_path / "r.md").exists()


def test_output_writes_a_file_and_rejects_a_missing_folder(talks, tmp_path):
    target = tmp_path / "talks.html"
    result = talks("report", "talks", "--format", "html", "--output", str(target))
    assert result.exit_code == 0 and result.stdout == ""
    assert result.stderr == f"Wrote {target}\n"
    page = target.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    # a claim that backs or disputes another says where it stands, as the claim it bears on does
    assert "<li>independent source: Alda Varga (2025-04-09), talks#6: <q>technical talks were under way</q></li>" in page
    missing = tmp_path / "no-such-folder" / "r.md"
    result = talks("report", "talks", "--output", str(missing))
    assert result.exit_code == 2
    assert "does not exist: create it first" in result.stderr
    assert not missing.parent.exists()


def test_empty_database(run):
    result = run("report")
    assert result.exit_code == 0
    assert "No documents in the database yet" in result.stdout
    assert "- **0 claims** by status: 0 confirmed" in result.stdout


@pytest.mark.slow
def test_reports_are_deterministic(tmp_path):
    path = load_database(tmp_path, talks_claimset(), talks_claimset("talks-followup"))
    for fmt in ("md", "html", "json"):
        assert report_of(path, "talks", fmt) == report_of(path, "talks", fmt)
        assert report_of(path, None, fmt) == report_of(path, None, fmt)


def test_graph_draws_the_busiest_speakers_and_counts_the_rest(tmp_path):
    n = GRAPH_LIMITS["speaker"] + 5
    parts = [f"Speaker {i} said claim number {i}." for i in range(n)]
    text = " ".join(parts)
    data = talks_claimset()
    data["document"]["text"] = text
    data["speakers"] = [{"id": f"s{i + 1}", "name": f"Speaker {i}", "aliases": [], "kind": "person",
                         "anonymous": False, "role": None, "affiliation": None} for i in range(n)]
    data["claims"] = [claim(f"c{i + 1}", i + 1, text, f"claim number {i}.", speaker=f"s{i + 1}", outlet="o1")
                      for i in range(n)]
    data["links"] = []
    path = load_database(tmp_path, data)
    report = json.loads(report_of(path, "talks", "json"))
    assert report["graph"]["hidden"] == {"speaker": 5, "outlet": 0, "document": 0}
    assert len([x for x in report["graph"]["nodes"] if x["column"] == "speaker"]) == GRAPH_LIMITS["speaker"]
    md = report_of(path, "talks", "md")
    assert "Not drawn (fewest claims): 5 more speakers." in md


@pytest.mark.slow
def test_hostile_text_stays_text_in_markdown(tmp_path):
    md = report_of(load_database(tmp_path, hostile_claimset()), "hostile", "md")
    prose, graph = md.split("```mermaid")
    assert re.search(r"(?<!\\)[<>]", prose) is None  # every angle bracket escaped
    assert "[links](http" not in md
    assert "\\<script\\>alert(1)\\</script\\>" in md
    assert "\\<img src=x onerror=alert(1)\\>" in md
    assert re.search(r"[<]|>[^|]", graph) is None  # only arrows: -->|n|
    # the speaker who tries to close a Mermaid label keeps its quote and brackets as entity codes
    assert 's2(["source #34;#93;#41; --#62; x#91;pwned"])' in graph
    assert graph.count("```") == 1
    table = md[md.index("## Sources"):md.index("## Unconfirmed")]
    assert all(line.count(" | ") == 6 for line in table.splitlines() if line.startswith("| ") and "---" not in line)


def test_hostile_text_stays_text_in_html_and_json(tmp_path):
    path = load_database(tmp_path, hostile_claimset())
    page = report_of(path, "hostile", "html")
    tags = tags_of(page)
    assert {name for name, _ in tags} <= PAGE_TAGS
    assert not [attr for _, attrs in tags for attr, _ in attrs if attr.startswith("on") or attr == "src"]
    assert not [value for _, attrs in tags for _, value in attrs if value and "javascript:" in value]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    assert "&quot;&gt;&lt;svg onload=alert(2)&gt;" in page
    data = json.loads(report_of(path, "hostile", "json"))
    texts = {c["claim"]["text"] for c in data["unconfirmed"]} | {c["claim"]["text"] for c in data["disputed"]}
    assert f"{IMG} to the record" in texts
    assert data["title"] == f"<title>{SCRIPT}</title>"


@pytest.fixture
def two_stories(talks, tmp_path):
    assert talks("import", str(write_claimset(tmp_path, talks_claimset("talks-followup")))).exit_code == 0
    return talks


def test_whole_database_report_caps_each_section(two_stories):
    data = json.loads(two_stories("report", "--limit", "2", "--format", "json").stdout)
    assert data["limit"] == 2
    h = data["headline"]
    assert h["claims"] == 16 and h["statuses"]["unconfirmed"] == 8  # the counts cover every claim
    # the rules corroborate the minister's statement across the two stories: 6 corroborated claims;
    # 7 sources: the 3 named ones, and each story's 2 anonymous ones (the same words in two stories are 4 sources)
    assert data["more"] == {"documents": 0, "outlets": 0, "sources": 5, "disputed": 0, "unconfirmed": 6,
                            "retracted": 0, "corroborated": h["statuses"]["corroborated"] - 2, "clusters": 4}
    # six statements stand in both stories: the two carried by the most outlets first
    assert [(c["representative"]["seq"], c["outlets"], c["independent_origins"]) for c in data["clusters"]] == [
        (2, 3, 2), (4, 2, 1)]
    assert [o["name"] for o in h["outlets"]] == ["Evening Courier", "Harbor Times"] and h["outlets_cited"] == 2
    assert h["own_reporting"] == [{"name": "Northern Gazette", "claims": 8}]
    # Boris Petrov's 4 claims of both stories; each story's anonymous sources apart, 2 claims in each
    assert [s["speaker"] for s in data["sources"]] == ["Boris Petrov", "Alda Varga"]
    # the latest statements first, then by document and sequence
    assert [(c["claim"]["doc"], c["claim"]["seq"]) for c in data["unconfirmed"]] == [("talks", 5), ("talks-followup", 5)]
    assert [(c["claim"]["doc"], c["claim"]["seq"]) for c in data["corroborated"]] == [("talks", 3), ("talks-followup", 3)]
    assert [s["seq"] for s in data["corroborated"][0]["independent_sources"]][:2] == [2, 6]
    # more dated claims (10) than the limit: the timeline counts them by month
    assert data["timeline_by"] == "month"
    assert data["timeline"] == [
        {"date": "2025-04", "count": 2, "statuses": {"confirmed": 0, "corroborated": 2, "unconfirmed": 0,
                                                     "disputed": 0, "retracted": 0}},
        {"date": "2025-05", "count": 8, "statuses": {"confirmed": 0, "corroborated": 4, "unconfirmed": 4,
                                                     "disputed": 0, "retracted": 0}}]
    assert data["undated"] == 6


def test_capped_markdown_says_how_many_more_and_how_to_list_them(two_stories):
    md = two_stories("report", "--limit", "2").stdout
    assert "- Outlets cited (2; a story's own publisher is not counted): Evening Courier (4), Harbor Times (4)\n" in md
    assert "The 2 speakers with the most claims; 5 more: `provenance speakers` lists them all.\n" in md
    assert "### Unconfirmed (8)\n" in md
    assert ("The 2 most recent statements shown; 6 more: `provenance claims --status unconfirmed` lists them all.\n"
            in md)
    assert "## Corroborated claims (6)\n" in md
    assert ("By month: 10 dated claims, too many to list one by one (`provenance claims --since 2025-05 --until "
            "2025-05` lists the claims of a month).\n\n- **2025-04**: 2 claims (2 corroborated)\n"
            "- **2025-05**: 8 claims (4 corroborated, 4 unconfirmed)\n") in md
    page = two_stories("report", "--limit", "2", "--format", "html").stdout
    assert ('<p class="more">The 2 most recent statements shown; 6 more: <code>provenance claims --status '
            'unconfirmed</code> lists them all.</p>') in page
    assert '<time datetime="2025-05">2025-05</time>: 8 claims' in page


def test_document_report_is_complete_unless_limited(two_stories):
    md = two_stories("report", "talks").stdout
    assert "more" not in md.replace("more dated", "").replace("more than one", "")
    md = two_stories("report", "talks", "--limit", "1").stdout
    assert ("The first 1 shown; 3 more: `provenance claims --status unconfirmed --doc talks` lists them all.\n"
            in md)
    assert "1. **talks\\#1**" in md  # a document's claims stay in their order
    assert "- Outlets cited (2; a story's own publisher is not counted): Evening Courier (2), and 1 more\n" in md


def test_default_limit_applies_to_the_whole_database_only(two_stories, monkeypatch):
    from provenance.report import data as report_data

    monkeypatch.setattr(report_data, "WHOLE_DATABASE_LIMIT", 1)
    whole = json.loads(two_stories("report", "--format", "json").stdout)
    assert whole["limit"] == 1 and len(whole["unconfirmed"]) == 1 and len(whole["documents"]) == 1
    assert whole["more"]["documents"] == 1
    assert "- and 1 more documents: `provenance docs` lists them all" in two_stories("report").stdout
    one = json.loads(two_stories("report", "talks", "--format", "json").stdout)
    assert one["limit"] is None and len(one["unconfirmed"]) == 4 and one["timeline_by"] == "day"


def test_limit_is_documented_and_checked(two_stories):
    help_text = " ".join(two_stories("report", "--help").stdout.split())
    assert "--limit N" in help_text and "default: 200 for the whole database" in help_text
    result = two_stories("report", "--limit", "-1")
    assert result.exit_code == 2 and "--limit" in result.stderr


def test_limit_0_gives_the_counts_alone(two_stories):
    """`report --limit 0`, as `claims --limit 0`, is an answer, not an error: every count, no entry,
    and each section says how many it left out and which command lists them (never 'None.')."""
    data = json.loads(two_stories("report", "--limit", "0", "--format", "json").stdout)
    h = data["headline"]
    assert data["limit"] == 0 and h["claims"] == 16
    assert all(data[section] == [] for section in ("documents", "sources", "unconfirmed", "corroborated", "clusters"))
    assert data["more"] == {"documents": 2, "outlets": 2, "sources": 7, "disputed": 2, "unconfirmed": 8,
                            "retracted": 0, "corroborated": h["statuses"]["corroborated"], "clusters": 6}
    md = two_stories("report", "--limit", "0").stdout
    assert "- 2 documents not listed (--limit 0): `provenance docs` lists them all\n" in md
    assert "### Unconfirmed (8)\n\n8 not listed (--limit 0): `provenance claims --status unconfirmed` lists" in md
    assert "## Statements carried by several outlets (6)\n\n6 not listed (--limit 0): `provenance report --limit 6`" in md
    assert "None." not in md and "No claims." not in md
    page = two_stories("report", "--limit", "0", "--format", "html").stdout
    assert ('<p class="more">8 not listed (--limit 0): <code>provenance claims --status unconfirmed</code> lists '
            'them all.</p>') in page and "No claims." not in page and "No documents" not in page


@pytest.mark.slow
def test_aggregates_agree_with_the_claims(tmp_path):
    """The whole database holding one story gives that story's report: same counts, sources, graph, timeline."""
    path = load_database(tmp_path, talks_claimset(), hostile_claimset())
    db = open_database(path)
    try:
        with db.session() as session:
            whole = build_report(session, None, limit=None).as_dict()
            parts = [build_report(session, slug).as_dict() for slug in ("hostile", "talks")]
    finally:
        db.close()
    for key in ("claims", "claims_named", "claims_anonymous", "claims_without_speaker", "anonymous_only"):
        assert whole["headline"][key] == sum(p["headline"][key] for p in parts), key
    for key in ("statuses", "kinds"):
        assert whole["headline"][key] == {k: sum(p["headline"][key][k] for p in parts) for k in whole["headline"][key]}
    assert sorted(s["speaker"] for s in whole["sources"]) == sorted(s["speaker"] for p in parts for s in p["sources"])
    for section in ("disputed", "unconfirmed", "corroborated"):
        assert (sorted(json.dumps(x, sort_keys=True) for x in whole[section])
                == sorted(json.dumps(x, sort_keys=True) for p in parts for x in p[section]))
    assert whole["timeline_by"] == "day"
    assert ([c["id"] for day in whole["timeline"] for c in day["claims"]]
            == [c["id"] for day in sorted((d for p in parts for d in p["timeline"]), key=lambda d: d["date"])
                for c in sorted(day["claims"], key=lambda c: (c["doc"], c["seq"]))])
    (tmp_path / "one").mkdir()
    one = load_database(tmp_path / "one", talks_claimset())
    db = open_database(one)
    try:
        with db.session() as session:
            whole = build_report(session, None, limit=None).as_dict()
            alone = build_report(session, "talks").as_dict()
    finally:
        db.close()
    for key in ("headline", "sources", "graph", "timeline", "undated"):
        assert whole[key] == alone[key], key
