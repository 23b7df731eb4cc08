"""`provenance export`: rows (json, jsonl, csv), claim sets, ClaimReview JSON-LD and PROV-JSON, and a
hostile article through every format.
"""

from __future__ import annotations

import csv
import io
import json

import pytest
from prov.model import (
    PROV,
    ProvAgent,
    ProvAttribution,
    ProvDerivation,
    ProvDocument,
    ProvEntity,
    ProvInfluence,
)
from test_report import HOSTILE_TEXT, IMG, SCRIPT, hostile_claimset, talks_claimset, write_claimset

from provenance.query import CLAIM_COLUMNS


@pytest.fixture
def talks(run, tmp_path):
    assert run("import", str(write_claimset(tmp_path, talks_claimset()))).exit_code == 0
    return run


def export(run, *args: str) -> str:
    result = run("export", *args)
    assert result.exit_code == 0, result.output
    return result.stdout


def test_row_formats_still_work(talks):
    rows = json.loads(export(talks, "talks", "--format", "json"))
    assert [r["seq"] for r in rows] == list(range(1, 9))
    assert set(CLAIM_COLUMNS) <= set(rows[0])
    lines = export(talks, "--format", "jsonl").splitlines()
    assert [json.loads(line)["text"] for line in lines] == [r["text"] for r in rows]
    table = list(csv.reader(io.StringIO(export(talks, "talks", "--format", "csv"))))
    assert table[0] == list(CLAIM_COLUMNS) and len(table) == 9
    claimset = json.loads(export(talks, "talks", "--format", "claimset"))
    assert [c["text"] for c in claimset["claims"]] == [r["text"] for r in rows]


PUBLISHER = ["--org", "Example Checks", "--org-url", "https://checks.example.org",
             "--review-url-template", "https://checks.example.org/claims/{id}"]
# What search engines read in fact-check markup (Google's ClaimReview structured data, schema.org
# types): the required properties, then the recommended ones.
REQUIRED = {"claimReviewed", "reviewRating", "url"}
RECOMMENDED = {"author", "datePublished", "itemReviewed"}
ITEM_RECOMMENDED = {"author", "datePublished", "appearance"}


def claimreview(run, *args: str) -> list[dict]:
    data = json.loads(export(run, "talks", "--format", "claimreview", *PUBLISHER, *args))
    assert data["@context"] == "https://schema.org"
    assert {r["@type"] for r in data["@graph"]} <= {"ClaimReview"}
    return data["@graph"]


def test_claimreview_holds_only_what_a_reviewer_decided(talks):
    assert claimreview(talks) == []  # the rules' statuses are no fact-check
    assert talks("review", "4", "--status", "disputed", "--reason", "the ministry denies it",
                 "--verdict", "False", "--by", "Mira").exit_code == 0
    [review] = claimreview(talks)
    assert review["url"] == "https://checks.example.org/claims/4"
    assert review["claimReviewed"] == "a hotline was agreed"
    assert review["author"] == {"@type": "Organization", "name": "Example Checks",
                                "url": "https://checks.example.org"}
    assert review["reviewRating"] == {"@type": "Rating", "alternateName": "False",
                                      "ratingExplanation": "the ministry denies it"}
    assert "ratingValue" not in review["reviewRating"]  # a sourcing status is no truth rating
    assert len(review["datePublished"]) == 10
    item = review["itemReviewed"]
    assert item["@type"] == "Claim"
    assert item["author"] == {"@type": "Person", "name": "official Ruritanian source",
                              "description": "anonymous source, named by the description the text gives",
                              "affiliation": {"@type": "Organization", "name": "Ruritania"}}
    assert item["datePublished"] == "2025-05-21"
    assert item["appearance"] == [
        {"@type": "CreativeWork", "publisher": {"@type": "Organization", "name": "Harbor Times"}},
        {"@type": "NewsArticle", "headline": "Talks to avoid clashes", "identifier": "talks",
         "publisher": {"@type": "Organization", "name": "Northern Gazette"}, "datePublished": "2025-05-23"},
    ]
    assert "creativeWorkStatus" not in review


def test_an_empty_claimreview_says_why_on_stderr(talks):
    empty = talks("export", "talks", "--format", "claimreview", *PUBLISHER)
    assert empty.exit_code == 0 and json.loads(empty.stdout)["@graph"] == []
    assert empty.stderr == ("no claim here has a reviewer's decision, so the ClaimReview graph is empty: review "
                            "claims first with `provenance review ID --status S --reason TEXT --verdict TEXT` "
                            "(or give --all)\n")
    assert talks("export", "talks", "--format", "claimreview", "--all", *PUBLISHER).stderr == ""
    assert talks("review", "4", "--status", "disputed", "--reason", "the ministry denies it").exit_code == 0
    assert talks("export", "talks", "--format", "claimreview", *PUBLISHER).stderr == ""


def test_claimreview_has_the_required_and_recommended_properties(talks):
    talks("review", "6", "--status", "confirmed", "--reason", "on the record", "--verdict", "Accurate")
    talks("review", "4", "--status", "disputed", "--reason", "denied")  # no verdict: the status word
    reviews = claimreview(talks)
    assert len(reviews) == 2
    for review in reviews:
        assert REQUIRED <= set(review) and RECOMMENDED <= set(review), set(review)
        assert review["reviewRating"]["alternateName"] and review["author"]["@type"] == "Organization"
        assert ITEM_RECOMMENDED <= set(review["itemReviewed"]), review["itemReviewed"]
        assert review["url"].startswith("https://")
    assert [r["reviewRating"]["alternateName"] for r in reviews] == ["disputed", "Accurate"]


def test_claimreview_all_adds_the_rest_marked_machine_generated(talks):
    talks("review", "7", "--status", "disputed", "--reason", "the mediation stalled", "--verdict", "Misleading")
    reviews = claimreview(talks, "--all")
    assert len(reviews) == 8
    machine = [r for r in reviews if r.get("creativeWorkStatus") == "machine-generated"]
    assert len(machine) == 7 and all("no person has reviewed" in r["description"] for r in machine)
    assert {r["reviewRating"]["alternateName"] for r in machine} <= {"confirmed", "corroborated", "unconfirmed",
                                                                     "disputed", "retracted"}
    [person] = [r for r in reviews if "creativeWorkStatus" not in r]
    assert person["reviewRating"]["alternateName"] == "Misleading"


def test_the_verdict_follows_the_decision_into_a_new_version(talks, tmp_path):
    talks("review", "4", "--status", "disputed", "--reason", "denied", "--verdict", "False")
    newer = talks_claimset()
    newer["document"]["text"] += " Update."
    newer["document"]["version"] = 2
    assert talks("import", str(write_claimset(tmp_path, newer))).exit_code == 0
    [review] = claimreview(talks)
    assert review["identifier"] == "talks@2#4" and review["reviewRating"]["alternateName"] == "False"


def test_claimreview_needs_its_publisher(talks):
    result = talks("export", "talks", "--format", "claimreview")
    assert result.exit_code == 2 and "give --org NAME" in result.stderr
    result = talks("export", "talks", "--format", "claimreview", "--org", "X", "--review-url-template", "ftp://x/{id}")
    assert result.exit_code == 2 and "not a web address" in result.stderr


def _prov(text: str) -> ProvDocument:
    return ProvDocument.deserialize(content=text, format="json")


def _first(record, attribute: str):
    values = record.get_attribute(attribute)
    assert len(values) == 1, (attribute, values)
    return next(iter(values))


@pytest.mark.slow
def test_prov_json_reads_back_with_the_prov_package(talks, tmp_path):
    newer = talks_claimset()
    newer["document"]["text"] += " Update."
    assert talks("import", str(write_claimset(tmp_path, newer))).exit_code == 0
    text = export(talks, "talks", "--format", "prov-json")
    doc = _prov(text)
    assert _prov(doc.serialize(format="json")) == doc  # nothing lost in a round trip through the library
    agents = {str(a.identifier): a for a in doc.get_records(ProvAgent)}
    assert len(agents) == 5 + 3  # speakers and outlets
    varga = next(a for a in agents.values() if _first(a, "prov:label") == "Alda Varga")
    assert set(varga.get_attribute("prov:type")) == {PROV["Person"], doc.valid_qualified_name("pv:Speaker")}
    assert _first(varga, "pv:role") == "Foreign Minister"
    harbor = next(a for a in agents.values() if _first(a, "prov:label") == "Harbor Times")
    assert PROV["Organization"] in harbor.get_attribute("prov:type")

    entities = {str(e.identifier): e for e in doc.get_records(ProvEntity)}
    claims = {k: e for k, e in entities.items() if k.startswith("claim:")}
    assert len(claims) == 8  # the latest version's claims
    assert {"doc:talks", "doc:talks/v1", "doc:talks/v2"} <= set(entities)
    hotline_id, hotline = next((k, e) for k, e in claims.items() if _first(e, "prov:value") == "a hotline was agreed")
    assert _first(hotline, "pv:status") == "unconfirmed"

    attributed = {(str(r.formal_attributes[0][1]), str(r.formal_attributes[1][1]))
                  for r in doc.get_records(ProvAttribution)}
    source = next(k for k, a in agents.items() if _first(a, "prov:label") == "official Ruritanian source")
    assert (hotline_id, source) in attributed
    assert (hotline_id, str(harbor.identifier)) in attributed
    publisher = next(k for k, a in agents.items()
                     if _first(a, "prov:label") == "Northern Gazette" and k.startswith("outlet:"))
    assert ("doc:talks/v2", publisher) in attributed

    derivations = [(str(dict(r.formal_attributes)[PROV["generatedEntity"]]),
                    str(dict(r.formal_attributes)[PROV["usedEntity"]]), _first(r, "prov:type"))
                   for r in doc.get_records(ProvDerivation)]
    assert ("doc:talks/v2", "doc:talks/v1", PROV["Revision"]) in derivations
    quotations = [d for d in derivations if d[2] == PROV["Quotation"]]
    assert len(quotations) == 8 and all(used == "doc:talks/v2" for _, used, _ in quotations)
    assert (hotline_id, "doc:talks/v2", PROV["Quotation"]) in quotations
    relations = {str(_first(r, "prov:type")) for r in doc.get_records(ProvInfluence)}
    assert relations == {"pv:corroborates", "pv:contradicts"}

    older = _prov(export(talks, "talks", "--version", "1", "--format", "prov-json"))
    used = {str(dict(r.formal_attributes)[PROV["usedEntity"]]) for r in older.get_records(ProvDerivation)
            if _first(r, "prov:type") == PROV["Quotation"]}
    assert used == {"doc:talks/v1"}


def test_whole_database_prov_json(talks, tmp_path):
    assert talks("import", str(write_claimset(tmp_path, talks_claimset("talks-2")))).exit_code == 0
    doc = _prov(export(talks, "--format", "prov-json"))
    entities = {str(e.identifier) for e in doc.get_records(ProvEntity)}
    assert {"doc:talks", "doc:talks-2"} <= entities
    assert len([e for e in entities if e.startswith("claim:")]) == 16
    assert len(json.loads(export(talks, "--format", "claimreview", *PUBLISHER, "--all"))["@graph"]) == 16


@pytest.mark.parametrize("fmt", ["claimreview", "prov-json", "csv"])
def test_unknown_document_is_exit_2(talks, fmt, tmp_path):
    publisher = PUBLISHER if fmt == "claimreview" else []
    result = talks("export", "nope", "--format", fmt, *publisher, "--output", str(tmp_path / "out"))
    assert result.exit_code == 2
    assert result.stderr == "Error: no document 'nope': `provenance docs` lists the documents\n"
    assert not (tmp_path / "out").exists()


def test_csv_neutralises_formula_cells(run, tmp_path):
    assert run("import", str(write_claimset(tmp_path, hostile_claimset()))).exit_code == 0
    rows = list(csv.DictReader(io.StringIO(export(run, "hostile", "--format", "csv"))))
    texts = [r["text"] for r in rows]
    assert texts[2] == "'=HYPERLINK(\"http://attacker.invalid/\",\"click\")"
    assert texts[3:6] == ["'+SUM(1,1)", "'-2+3", "'@cmd are formulas"]
    assert rows[0]["affiliation"] == "'=cmd|' /C calc'!A0"
    assert rows[1]["outlet"] == "'@Outlet | with pipe"
    assert [r["reason"] for r in rows[2:6]] == ["'+SUM(1,1)", "'-2+3", "'@cmd", "'=1+1"]
    for row in rows:
        assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in row.values())


@pytest.mark.slow
def test_hostile_article_through_every_export(run, tmp_path):
    data = hostile_claimset()
    assert run("import", str(write_claimset(tmp_path, data))).exit_code == 0
    texts = [c["text"] for c in data["claims"]]

    claimset = json.loads(export(run, "hostile", "--format", "claimset"))
    assert claimset["document"]["text"] == HOSTILE_TEXT
    assert [c["text"] for c in claimset["claims"]] == texts
    assert [r["text"] for r in json.loads(export(run, "hostile", "--format", "json"))] == texts
    assert [json.loads(line)["text"] for line in export(run, "--format", "jsonl").splitlines()] == texts

    jsonld = export(run, "hostile", "--format", "claimreview", *PUBLISHER, "--all")
    assert "<" not in jsonld and ">" not in jsonld  # safe inside <script type="application/ld+json">
    reviews = json.loads(jsonld)["@graph"]
    assert [r["claimReviewed"] for r in reviews] == texts
    assert reviews[0]["itemReviewed"]["author"]["name"] == '"><svg onload=alert(2)>'
    assert reviews[0]["reviewRating"]["ratingExplanation"] == f"on the record {IMG}"

    doc = _prov(export(run, "hostile", "--format", "prov-json"))
    values = sorted(_first(e, "prov:value") for e in doc.get_records(ProvEntity)
                    if str(e.identifier).startswith("claim:"))
    assert values == sorted(texts)
    labels = {_first(a, "prov:label") for a in doc.get_records(ProvAgent)}
    assert "</title><script>alert(5)</script>" in labels
    assert any(SCRIPT in v for v in values)
