"""The report's statements carried by several outlets: each cluster with claims in more than one
document or outlet, how many outlets carried it and from how many independent origins (as the
status rules count them), capped by --limit, in Markdown, HTML and JSON, escaped.

The stories are invented claim sets (places, people and outlets made up for this test): one
anonymous council official relayed by three outlets, two named people who say the same thing in two
outlets, and a hostile story whose claim, speaker and outlet try to break out of the page.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event
from test_report import load_database, report_of, tags_of

from provenance.db import open_database
from provenance.report import build_report, render
from provenance.report.data import CARRIED_INTRO

from claimsets import claim

PLANT = "the water plant on Quay Road will close in June"
BRIDGE = "the Lunde bridge will reopen to traffic on March 3"
HOSTILE_CLAIM = 'the <script>alert(1)</script> depot & "yard" will merge'
HOSTILE_SPEAKER = '"><img src=x onerror=alert(2)> spokesman'
HOSTILE_OUTLET = "Kestrel <b>Radio</b>"


def story(slug: str, outlet: str, published: str, sentence: str, part: str, speaker: dict[str, Any],
          *, told: str | None = None, stated_on: str | None = None) -> dict[str, Any]:
    """A one-claim claim set: `part` of `sentence`, said by `speaker` (to outlet `told`), published by `outlet`."""
    outlets = [{"id": "o1", "name": outlet, "aliases": [], "country": None}]
    if told and told != outlet:
        outlets.append({"id": "o2", "name": told, "aliases": [], "country": None})
    channel = None if told is None else ("o1" if told == outlet else "o2")
    return {
        "format": "provenance-claimset", "format_version": 1,
        "document": {"slug": slug, "title": f"Story {slug}", "outlet": outlet, "url": None, "language": "en",
                     "version": 1, "published": published, "text": sentence},
        "speakers": [{"aliases": [], "role": None, "affiliation": None, **speaker, "id": "s1"}],
        "outlets": outlets,
        "claims": [claim("c1", 1, sentence, part, speaker="s1", outlet=channel, cue="told" if told else "said",
                         stated_on=stated_on)],
        "links": [],
    }


OFFICIAL = {"name": "senior council official", "kind": "person", "anonymous": True, "affiliation": "Varnholm council"}


def relay_stories() -> list[dict[str, Any]]:
    """One anonymous official, to the Varnholm Herald, relayed by two more outlets a day later."""
    told = f"A senior council official told the Varnholm Herald that {PLANT}."
    return [
        story("herald-plant", "Varnholm Herald", "2026-02-10", told, PLANT, OFFICIAL, told="Varnholm Herald",
              stated_on="2026-02-10"),
        story("tribune-plant", "Osk Tribune", "2026-02-11", told, PLANT, OFFICIAL, told="Varnholm Herald",
              stated_on="2026-02-10"),
        story("kestrel-plant", "Radio Kestrel", "2026-02-11", told, PLANT, OFFICIAL, told="Varnholm Herald",
              stated_on="2026-02-10"),
    ]


def independent_stories() -> list[dict[str, Any]]:
    """The mayor in the Herald and an engineer in the Tribune, each on the record, say the same thing."""
    mayor = {"name": "Ines Korrel", "kind": "person", "anonymous": False, "role": "Mayor"}
    engineer = {"name": "Pavel Drost", "kind": "person", "anonymous": False, "role": "transport engineer"}
    return [
        story("herald-bridge", "Varnholm Herald", "2026-02-12", f"Mayor Ines Korrel said {BRIDGE}.", BRIDGE, mayor,
              stated_on="2026-02-12"),
        story("tribune-bridge", "Osk Tribune", "2026-02-13",
              f"Transport engineer Pavel Drost told the Osk Tribune that {BRIDGE}.", BRIDGE, engineer,
              told="Osk Tribune", stated_on="2026-02-13"),
    ]


def hostile_stories() -> list[dict[str, Any]]:
    speaker = {"name": HOSTILE_SPEAKER, "kind": "person", "anonymous": False}
    sentence = f"A spokesman said {HOSTILE_CLAIM}."
    return [story("hostile-depot", HOSTILE_OUTLET, "2026-02-14", sentence, HOSTILE_CLAIM, speaker, stated_on="2026-02-14"),
            story("hostile-depot-copy", "Osk Tribune", "2026-02-15", sentence, HOSTILE_CLAIM, speaker,
                  stated_on="2026-02-14")]


def lone_story() -> dict[str, Any]:
    lone = {"name": "Rut Sandell", "kind": "person", "anonymous": False, "role": "harbour master"}
    sentence = "Harbour master Rut Sandell said the ferry pier needs new pilings."
    return story("lone-pier", "Varnholm Herald", "2026-02-16", sentence, "the ferry pier needs new pilings", lone,
                 stated_on="2026-02-16")


@pytest.fixture(scope="module")
def news(tmp_path_factory) -> str:
    folder = tmp_path_factory.mktemp("carried")
    return load_database(folder, *relay_stories(), *independent_stories(), lone_story())


def report_json(path: str, doc: str | None = None, **options: Any) -> dict[str, Any]:
    db = open_database(path)
    try:
        with db.session() as session:
            return build_report(session, doc, **options).as_dict()
    finally:
        db.close()


def cluster_with(data: dict[str, Any], text: str) -> dict[str, Any]:
    [found] = [c for c in data["clusters"] if c["representative"]["text"] == text]
    return found


def test_a_relay_of_one_source_by_three_outlets_is_one_origin(news):
    entry = cluster_with(report_json(news), PLANT)
    assert (entry["claims"], entry["documents"], entry["outlets"]) == (3, 3, 3)
    assert entry["carried_by"] == ["Osk Tribune", "Radio Kestrel", "Varnholm Herald"]
    assert (entry["independent_origins"], entry["single_origin"]) == (1, True)
    assert entry["verdict"] == "one origin relayed by 3 outlets"
    [origin] = entry["origins"]
    assert origin == {"speaker": "senior council official", "anonymous": True, "outlet": "Varnholm Herald",
                      "first_on": "2026-02-10", "claims": 3, "documents": 3,
                      "outlets": ["Osk Tribune", "Radio Kestrel", "Varnholm Herald"], "own_reporting": False}
    # the status rules agree: three outlets are no corroboration of one anonymous source
    assert entry["status"] == "unconfirmed" and entry["statuses"] == {"unconfirmed": 3}
    assert entry["representative"]["doc"] == "herald-plant"


def test_two_sources_in_two_outlets_are_two_independent_origins(news):
    entry = cluster_with(report_json(news), BRIDGE)
    assert (entry["claims"], entry["documents"], entry["outlets"]) == (2, 2, 2)
    assert (entry["independent_origins"], entry["single_origin"], entry["verdict"]) == (2, False, "2 independent origins")
    assert [(o["speaker"], o["outlet"], o["first_on"]) for o in entry["origins"]] == [
        ("Ines Korrel", "Varnholm Herald", "2026-02-12"), ("Pavel Drost", "Osk Tribune", "2026-02-13")]


def test_order_is_outlets_carried_then_latest_and_lone_statements_stay_out(news):
    data = report_json(news)
    assert [c["representative"]["text"] for c in data["clusters"]] == [PLANT, BRIDGE]
    assert data["more"]["clusters"] == 0
    assert all(c["in_document"] is None for c in data["clusters"])  # the whole database


def test_markdown_flags_one_origin_relayed_plainly(news):
    md = report_of(news, None, "md")
    section = md[md.index("## Statements carried by several outlets (2)"):md.index("## Timeline")]
    assert CARRIED_INTRO in section
    assert "3 claims in 3 documents, 3 outlets: **one origin relayed by 3 outlets**" in section
    assert ("   - origin: senior council official (anonymous), first carried by Varnholm Herald, earliest 2026-02-10 "
            "(3 claims in 3 documents)\n") in section
    assert "   - carried by Osk Tribune, Radio Kestrel, Varnholm Herald\n" in section
    assert "2 claims in 2 documents, 2 outlets: **2 independent origins**" in section
    assert "   - origin: Pavel Drost, first carried by Osk Tribune, earliest 2026-02-13 (1 claim in 1 document)\n" in section


def test_a_document_report_shows_its_statements_carried_elsewhere(news):
    data = report_json(news, "tribune-plant")
    [entry] = data["clusters"]
    assert entry["in_document"] == [1] and entry["outlets"] == 3 and entry["independent_origins"] == 1
    md = report_of(news, "tribune-plant", "md")
    assert "   - in this document: \\#1\n" in md
    lone = report_json(news, "lone-pier")
    assert lone["clusters"] == [] and lone["more"]["clusters"] == 0
    md = report_of(news, "lone-pier", "md")
    assert ("## Statements carried by several outlets (0)\n\nNone: no statement in this document was carried by "
            "more than one document or outlet.\n") in md
    assert "None: no statement in this document" in report_of(news, "lone-pier", "html")


def test_limit_caps_the_clusters_and_says_how_to_list_them(news, tmp_path):
    data = report_json(news, limit=1)
    assert [c["representative"]["text"] for c in data["clusters"]] == [PLANT]
    assert data["more"]["clusters"] == 1
    # the outlets and origins listed in a cluster are capped too, and counted
    assert data["clusters"][0]["carried_by"] == ["Osk Tribune"] and data["clusters"][0]["more_outlets"] == 2
    db = open_database(news)
    try:
        with db.session() as session:
            built = build_report(session, limit=1)
            md, page = render(built, "md"), render(built, "html")
    finally:
        db.close()
    assert "## Statements carried by several outlets (2)\n" in md
    assert ("The 1 statement carried by the most outlets shown; 1 more: `provenance report --limit 2` lists them "
            "all, `provenance cluster ID` the claims of one cluster by origin.") in md
    assert "<code>provenance report --limit 2</code> lists them all" in page
    one = report_json(news, "tribune-plant", limit=1)
    assert len(one["clusters"]) == 1 and one["more"]["clusters"] == 0


def test_the_cli_report_carries_the_clusters(news, tmp_path):
    from conftest import Run

    result = Run(news)("report", "--format", "json")
    assert result.exit_code == 0, result.output
    assert [c["verdict"] for c in json.loads(result.stdout)["clusters"]] == [
        "one origin relayed by 3 outlets", "2 independent origins"]


def test_the_clusters_shown_take_the_same_queries_however_many(news):
    """No query per cluster: the memberships of the clusters shown are read at once."""
    db = open_database(news)
    statements: list[str] = []
    event.listen(db.engine, "before_cursor_execute", lambda *args: statements.append(args[2]))
    try:
        counts = []
        for limit in (1, None):
            with db.session() as session:
                statements.clear()
                build_report(session, limit=limit)
                counts.append(len(statements))
        assert counts[0] == counts[1]
    finally:
        db.close()


@pytest.fixture
def hostile(tmp_path) -> str:
    return load_database(tmp_path, *hostile_stories())


def test_hostile_claim_speaker_and_outlet_stay_text(hostile):
    page = report_of(hostile, None, "html")
    section = page[page.index('<section id="carried">'):page.index('<section id="timeline">')]
    assert "<script" not in section and "<img" not in section and "<b>" not in section
    assert "&lt;script&gt;alert(1)&lt;/script&gt; depot &amp; &quot;yard&quot;" in section
    assert "&quot;&gt;&lt;img src=x onerror=alert(2)&gt; spokesman" in section
    assert "Kestrel &lt;b&gt;Radio&lt;/b&gt;" in section
    assert {tag for tag, _ in tags_of(page)} <= {"html", "head", "meta", "link", "title", "style", "body", "header",
                                                 "h1", "h2", "h3", "p", "nav", "ul", "ol", "li", "a", "section", "div",
                                                 "span", "q", "code", "strong", "table", "thead", "tbody", "tr", "th",
                                                 "td", "time", "figure", "figcaption", "svg", "g", "rect", "text",
                                                 "path", "line", "desc", "tspan", "footer", "br"}
    md = report_of(hostile, None, "md")
    section = md[md.index("## Statements carried"):md.index("## Timeline")]
    assert "<script>" not in section and "\\<script\\>alert(1)\\</script\\>" in section
    entry = report_json(hostile)["clusters"][0]
    assert entry["representative"]["text"] == HOSTILE_CLAIM  # JSON keeps the text as it is
    assert entry["carried_by"] == ["Kestrel <b>Radio</b>", "Osk Tribune"]


def test_a_database_without_clusters(tmp_path):
    path = load_database(tmp_path, lone_story())
    data = report_json(path)
    assert data["clusters"] == [] and data["more"]["clusters"] == 0
    assert "None: no statement in the database was carried by more than one document or outlet." in \
        report_of(path, None, "md")


def test_an_empty_database_has_no_clusters(run):
    result = run("report", "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["clusters"] == []


def test_claimreview_names_the_cluster_as_prov_does(news, tmp_path):
    from conftest import Run

    run = Run(news)
    review = json.loads(run("export", "tribune-plant", "--format", "claimreview", "--org", "Desk", "--all").stdout)
    prov = json.loads(run("export", "tribune-plant", "--format", "prov-json").stdout)
    [item] = [r["itemReviewed"] for r in review["@graph"]]
    [claim_entity] = [e for key, e in prov["entity"].items() if key.startswith("claim:")]
    cluster = cluster_with(report_json(news), PLANT)["cluster"]
    assert item["identifier"] == {"@type": "PropertyValue", "propertyID": prov["prefix"]["pv"] + "cluster",
                                  "value": cluster}
    assert claim_entity["pv:cluster"] == cluster


@pytest.fixture(scope="module")
def ingested(tmp_path_factory) -> str:
    """The constructed multi-outlet and origin-chain corpora, ingested into one database."""
    from conftest import FIXTURES, Run

    path = str(tmp_path_factory.mktemp("ingested") / "news.db")
    run = Run(path)
    for folder in ("multi-outlet", "origin-chains"):
        for article in sorted(Path(FIXTURES / folder).glob("*.txt")):
            assert run("ingest", str(article), "--silent").exit_code == 0
    return path


def test_multi_outlet_news_end_to_end(ingested):
    """The Gazette's anonymous official, relayed by three more outlets, is one origin of a statement
    that four outlets carried."""
    from conftest import Run

    data = json.loads(Run(ingested)("report", "gazette-ferry-contract", "--format", "json").stdout)
    first = [c for c in data["clusters"] if 1 in c["in_document"]]
    assert len(first) == 1
    assert (first[0]["independent_origins"], first[0]["outlets"], first[0]["documents"]) == (1, 4, 4)
    assert first[0]["verdict"] == "one origin relayed by 4 outlets" and first[0]["status"] != "corroborated"


def test_the_report_reads_origins_and_backers_as_the_status_rules_do(ingested):
    """The report reads only the clustered claims' own records; the status rules read every claim of
    their documents (`links.load_records`). Origins and cluster backers come out the same."""
    from provenance import clusters, links
    from provenance.corroboration import origin_groups
    from provenance.report.data import _Scope, scope_versions

    db = open_database(ingested)
    try:
        with db.session() as session:
            report = build_report(session, limit=None)
            assert report.clusters
            members = clusters.members_of(session, [c.id for c in report.clusters])
            for entry in report.clusters:
                records = links.load_records(session, claim_ids=members[entry.id], leads=True)
                groups = origin_groups([records[m] for m in members[entry.id]])
                assert entry.origin_count == len(set(groups.values())), entry.representative.text
            clustered = sorted(clusters.memberships(session))
            scope = _Scope(session, scope_versions(session, None), None, recent_first=True)
            mine = {k: [c.id for c in v] for k, v in scope.clustered(clustered)[0].items()}
            assert mine == {k: v for k, v in links.cluster_backers(session, clustered).items() if v}
            assert any(len(v) > 0 for v in mine.values())
    finally:
        db.close()


FERRY = "the night ferry to Osk will stop running in April"


def test_the_publishers_own_statement_is_an_origin_the_verdict_names(tmp_path):
    """The Herald states it in its own voice; a named captain says it to the Tribune: two origins, and
    the verdict says one of them is a publisher's own reporting, not a source it cites."""
    own = story("herald-ferry", "Varnholm Herald", "2026-03-01", f"By spring, {FERRY}.", FERRY,
                {"name": "Varnholm Herald", "kind": "media", "anonymous": False}, told="Varnholm Herald")
    own["claims"][0].update(form="unattributed", cue=None)
    captain = {"name": "Edda Vrang", "kind": "person", "anonymous": False, "role": "ferry captain"}
    said = story("tribune-ferry", "Osk Tribune", "2026-03-02", f"Captain Edda Vrang told the Osk Tribune that {FERRY}.",
                 FERRY, captain, told="Osk Tribune", stated_on="2026-03-02")
    entry = cluster_with(report_json(load_database(tmp_path, own, said)), FERRY)
    assert (entry["independent_origins"], entry["own_reporting_origins"]) == (2, 1)
    assert entry["verdict"] == "2 independent origins, 1 of them the publisher's own reporting"
    assert [(o["speaker"], o["own_reporting"]) for o in entry["origins"]] == [
        ("Varnholm Herald", True), ("Edda Vrang", False)]
