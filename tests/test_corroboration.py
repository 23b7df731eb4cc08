"""Corroboration core: canonical tokens, blocking against an all-pairs scan, origins and relations."""

from __future__ import annotations

import doctest
import random

import pytest

from provenance import corroboration
from provenance.corroboration import (
    ClaimRecord,
    Signatures,
    all_pairs,
    canonical_text,
    cue_kind,
    lead_deniers,
    origin,
    origin_groups,
    relations,
    same_origin,
    similar_pairs,
    tokens,
)


def test_docstring_examples():
    assert doctest.testmod(corroboration).failed == 0


def test_countries_fold_to_one_name_whatever_the_text_calls_them():
    assert tokens("Ankara and “Tel Aviv”") == tokens("Turkiye and Israel") == tokens("the Turks and the Israelis")
    assert tokens("Türkiye") == tokens("Turkey") == {"turkiye": 3}


def test_abbreviations_keep_their_case():
    assert "united_states" in tokens("talks with the US")
    assert "united_states" not in tokens("they told us")


def test_plurals_meet_and_words_keep_their_own_token_without_synonym_groups():
    assert tokens("the talks") == tokens("the talk")
    assert "discussion" in tokens("the discussions") and "talk" not in tokens("the discussions")


def test_canonical_text_names_parties_one_way_and_keeps_numbers_and_negations():
    assert canonical_text("Ankara and “Tel Aviv” did not sign 2 deals") == "turkiye and “israel” did not sign 2 deals"
    assert canonical_text("talks with the US") == "talks with the united_states"


@pytest.mark.parametrize("text, kind", [
    ("did not confirm", "nonconfirm"), ("declined to comment on", "nonconfirm"), ("Denied", "deny"),
    ("flatly rejected", "deny"), ("did not deny", None), ("retracted", "retract"), ("said", None), (None, None),
])
def test_cue_kind(text, kind):
    assert cue_kind(text) == kind


def _corpus(n: int, seed: int = 5) -> list[str]:
    rng = random.Random(seed)
    words = [f"w{rng.randrange(400)}x" for _ in range(3000)]
    countries = ["Israel", "Turkiye", "Syria", "Greece", "Egypt", "Jordan"]
    texts = []
    for _ in range(n):
        parts = rng.sample(words, rng.randint(4, 10)) + rng.sample(countries, rng.randint(1, 2))
        rng.shuffle(parts)
        texts.append(" ".join(parts))
    for i in range(0, n, 7):  # near copies, so that there are pairs to find
        parts = texts[i].split()
        parts[rng.randrange(len(parts))] = rng.choice(words)
        texts.append(" ".join(parts))
    return texts


def test_blocking_without_a_cap_finds_exactly_what_an_all_pairs_scan_finds():
    texts = _corpus(600)
    signatures = Signatures([tokens(t) for t in texts])
    scan = sorted((i, j) for i, j, _ in all_pairs(signatures))
    assert len(scan) > 80
    assert sorted((i, j) for i, j, _ in similar_pairs(signatures, max_df=0)) == scan
    capped = {(i, j) for i, j, _ in similar_pairs(signatures, max_df=20)}
    assert capped <= set(scan) and len(capped) >= 0.9 * len(scan)


def test_blocking_with_a_focus_finds_the_pairs_that_touch_it():
    texts = _corpus(300)
    signatures = Signatures([tokens(t) for t in texts])
    focus = set(range(0, 320, 3))
    scan = sorted((i, j) for i, j, _ in all_pairs(signatures) if i in focus or j in focus)
    assert sorted((i, j) for i, j, _ in similar_pairs(signatures, focus=focus, max_df=0)) == scan


def record(key, text, speaker, **fields) -> ClaimRecord:
    return ClaimRecord(key=key, doc=fields.pop("doc", "d"), text=text, speaker=speaker, **fields)


def test_origins_named_people_are_themselves_anonymous_sources_their_side():
    fidan = record(1, "x", "Hakan Fidan")
    assert same_origin(fidan, record(2, "x", "Fidan"))
    assert not same_origin(record(3, "x", "Israel"), record(4, "x", "Israel Katz"))
    hayom = record(5, "x", "an official Israeli source", anonymous=True, outlet="Israel Hayom")
    today = record(6, "x", "an unnamed official", anonymous=True, affiliation="Israel", outlet="Turkiye Today")
    assert origin(hayom) == origin(today) == "side:israel"
    by_outlet = record(7, "x", "ministry sources", anonymous=True, outlet="Daily Sabah", outlet_country="Turkiye")
    assert origin(by_outlet) == "side:turkiye"
    assert not same_origin(by_outlet, record(8, "x", "Hakan Fidan", affiliation="Turkiye"))
    assert origin(record(9, "x", "Example Gazette", form="unattributed")) == "publisher:d"


def test_relations_repeats_need_a_restatement_and_embedded_claims_are_not_sources():
    same = "Turkiye and Greece agreed a hotline in the Aegean after months of talks"
    records = [
        record("a", same, "a Greek official", anonymous=True, affiliation="Greece", outlet="Kathimerini"),
        record("b", same, "a Greek official", anonymous=True, affiliation="Greece", outlet="To Vima", doc="e"),
        record("c", same + " on Friday", "Nikos Dendias", start=0, end=80),
        record("d", same, "Maria Vlachou", start=10, end=60),
    ]
    found = {(r.source, r.target, r.relation) for r in relations(records, similar_pairs([r.text for r in records]))}
    assert ("b", "a", "repeats") in found or ("a", "b", "repeats") in found
    assert not any({s, t} == {"c", "d"} for s, t, _ in found)
    assert {rel for _, _, rel in found} == {"repeats", "corroborates"}


def test_a_denial_in_the_lead_is_credited_to_the_earlier_source_of_the_sentence():
    records = [
        record("x", "talks go on", "ministry sources", anonymous=True, affiliation="Turkiye",
               sentence=(0, 100), start=5),
        record("y", "a hotline was agreed", "Israeli media", anonymous=True, affiliation="Israel",
               sentence=(0, 100), start=60, lead=", but did not confirm Israeli media reports that "),
        record("z", "a hotline was agreed", "Israeli media", anonymous=True, affiliation="Israel",
               sentence=(0, 100), start=90, lead=" and that "),
    ]
    assert lead_deniers(records) == [(0, 1, "nonconfirm")]


@pytest.mark.parametrize("a, b, conflict", [
    ("the two countries have agreed on a hotline", "the two countries have not agreed on a hotline", "negation"),
    ("the strike killed 12 people in the village", "the strike killed 21 people in the village", "number"),
    ("the talks were held in Baku on 12 May 2025", "the talks were held in Baku on 12 May 2024", "date"),
])
def test_two_outlets_that_differ_in_a_negation_number_or_date_contradict_not_corroborate(a, b, conflict):
    records = [record("a", a, "a Greek official", anonymous=True, affiliation="Greece", outlet="Kathimerini"),
               record("b", b, "Hakan Fidan", affiliation="Turkiye", outlet="Daily Sabah", doc="e")]
    found = relations(records, similar_pairs([r.text for r in records]))
    # a disagreement: each contradicts the other (both are disputed, whichever came first)
    assert sorted((r.source, r.target, r.relation) for r in found) == [("a", "b", "contradicts"),
                                                                       ("b", "a", "contradicts")]
    assert {"negation": "negates", "number": "numbers", "date": "dates"}[conflict] in found[0].reason


def test_the_same_claim_from_two_independent_outlets_still_corroborates():
    text = "the two countries have agreed on a hotline"
    records = [record("a", text, "a Greek official", anonymous=True, affiliation="Greece", outlet="Kathimerini"),
               record("b", "The two countries agreed on a hotline.", "Hakan Fidan", affiliation="Turkiye",
                      outlet="Daily Sabah", doc="e")]
    assert [r.relation for r in relations(records, similar_pairs([r.text for r in records]))] == ["corroborates"]


def test_an_outlet_reported_is_one_origin_with_what_that_outlet_carried():
    text = "the bidder later won the contract worth $40 million"
    ledger = record("a", text, "two city officials", anonymous=True, publisher="The Daily Ledger", doc="ledger")
    relay = record("b", text, "Ledger", speaker_kind="media", outlet="Ledger", publisher="Evening Courier",
                   doc="courier")
    named = record("c", text, "Raj Patel", publisher="City Gazette", doc="gazette")
    groups = origin_groups([ledger, relay, named])
    assert groups["a"] == groups["b"] != groups["c"]
    # without the outlet's own report in the cluster, its relay stands for it alone
    assert len(set(origin_groups([relay, named]).values())) == 2


def test_a_relay_through_an_outlet_is_one_origin_with_that_outlets_story_whoever_it_names():
    text = "one of the ferries sailed 90 hours past its inspection date"
    # the Ledger's story: its audit on the record, and a minister it interviewed (two origins of its own)
    audit = record("a", text, "the 38-page audit", publisher="The Daily Ledger", doc="ledger", stated_on="2026-03-02")
    minister = record("b", text, "Ana Kessler", publisher="The Daily Ledger", doc="ledger", stated_on="2026-03-02")
    # the Courier's relay names the Ledger's sources in its own words: it has the Ledger's word for it
    relay = record("c", text, "a copy of the audit and two inspectors", anonymous=True, affiliation="Tarnland",
                   outlet="The Daily Ledger", origin_outlet="The Daily Ledger", publisher="Evening Courier",
                   doc="courier", stated_on="2026-03-03")
    # a relay of the minister through the Ledger is hers, and leaves the audit an origin apart
    quoted = record("d", text, "Kessler", outlet="The Daily Ledger", origin_outlet="The Daily Ledger",
                    publisher="Evening Courier", doc="courier", stated_on="2026-03-03")
    named = record("e", text, "Raj Patel", publisher="City Gazette", doc="gazette", stated_on="2026-03-03")
    groups = origin_groups([audit, minister, relay, quoted, named])
    assert groups["c"] == groups["a"]
    assert groups["d"] == groups["b"] != groups["a"]
    assert len({groups["a"], groups["b"], groups["e"]}) == 3
    # without the Ledger's own story in the cluster, the relay stands for it alone
    assert len(set(origin_groups([relay, named]).values())) == 2
    # nor is it one with what the Ledger's story relays of a third outlet's source
    wired = record("f", text, "a port official", anonymous=True, affiliation="Tarnland", outlet="Tarnwire",
                   origin_outlet="Tarnwire", publisher="The Daily Ledger", doc="ledger", stated_on="2026-03-02")
    groups = origin_groups([wired, relay])
    assert groups["f"] != groups["c"]



def test_an_anonymous_source_of_kelby_news_relayed_as_the_kelby_is_one_origin():
    text = "the pumps at the depot were switched off for two nights"
    # the broadcaster's own story, and a wire's relay that calls it by the word it is known by
    own = record("a", text, "a technician at the depot", anonymous=True, outlet="Kelby News", publisher="Kelby News",
                 doc="kelby", stated_on="2026-05-02")
    relay = record("b", text, "technician", anonymous=True, outlet="Kelby", origin_outlet="Kelby",
                   publisher="Tarn Wire", doc="wire", stated_on="2026-05-03")
    online = record("c", text, "a technician", anonymous=True, outlet="Kelby Online", publisher="Morrow Courier",
                    doc="courier", stated_on="2026-05-03")
    groups = origin_groups([own, relay, online])
    assert groups["a"] == groups["b"] == groups["c"]
    # an outlet of another name stays another channel
    other = record("d", text, "a depot worker", anonymous=True, outlet="Morrow Courier", publisher="Morrow Courier",
                   doc="courier", stated_on="2026-05-03")
    assert origin_groups([own, other])["d"] != origin_groups([own, other])["a"]

# --- across outlets: a denial given to another outlet, figures of different measures ------------

def _article(outlet: str, published: str, body: str) -> str:
    return (f"---\ntitle: {body.splitlines()[0]}\noutlet: {outlet}\npublished: {published}\nlanguage: en\n"
            "note: invented for this test\n---\n" + body)


SCOOP = _article("Morrow Courier", "2026-05-04", """Kessel to shut Dunmere plant

Kessel Holdings is preparing to close its tractor plant in Dunmere by the end of the year, three people familiar with the plans told the Morrow Courier.
""")

DENIAL_ELSEWHERE = _article("Daily Ledger", "2026-05-05", """Tractor maker says plant stays

Kessel Holdings is preparing to close its tractor plant in Dunmere by the end of the year, the Morrow Courier reported on Monday.

Kessel Holdings rejected the Courier's report in a statement to the Daily Ledger on Tuesday.
""")

FIGURES = [_article("Morrow Courier", "2026-05-04", """Storm hits Dunmere

The storm killed 12 people in Dunmere, regional police chief Otto Kranz said on Monday.
"""), _article("Harbour Gazette", "2026-05-05", """Dunmere counts the cost

The storm killed 40 cattle in Dunmere, regional farm inspector Jon Vik said on Tuesday.

The storm killed 21 people in Dunmere, regional governor Petra Lind said on Tuesday.
""")]


def _ingest(run, tmp_path, *texts: str) -> list[dict]:
    import json
    for n, text in enumerate(texts):
        path = tmp_path / f"article-{n}.txt"
        path.write_text(text, encoding="utf-8")
        assert run("ingest", str(path), "--silent").exit_code == 0
    return json.loads(run("claims", "--format", "json").stdout)


@pytest.mark.parametrize("order", [(0, 1), (1, 0)])
def test_a_denial_given_to_another_outlet_disputes_the_scoop(run, tmp_path, order):
    """The company denied the Courier's scoop to the Ledger: the scoop itself, in the Courier's own
    document, is disputed (its cluster holds the Ledger's restatement the denial answers), the
    reason naming who denied it, where and when; in either order of ingest."""
    texts = [SCOOP, DENIAL_ELSEWHERE]
    rows = _ingest(run, tmp_path, *(texts[k] for k in order))
    scoop, = [r for r in rows if r["outlet"] == "Morrow Courier" and r["speaker"] != "Morrow Courier"]
    denial, = [r for r in rows if r["stance"] == "denies"]
    assert (denial["speaker"], denial["doc"]) == ("Kessel Holdings", f"article-{order.index(1)}")
    assert scoop["status"] == "disputed"
    assert scoop["reason"] == "denied by Kessel Holdings (Daily Ledger, 2026-05-05)"


def test_figures_of_different_measures_neither_dispute_nor_corroborate(run, tmp_path):
    """'killed 12 people' and 'killed 40 cattle' count different things: no conflict between them,
    where 'killed 21 people' disputes 'killed 12 people'."""
    rows = {r["text"]: r for r in _ingest(run, tmp_path, *FIGURES)}
    cattle = rows["The storm killed 40 cattle in Dunmere"]
    assert cattle["status"] != "disputed", cattle
    people = rows["The storm killed 12 people in Dunmere"]
    assert people["status"] == "disputed" and "Petra Lind" in people["reason"] and "Jon Vik" not in people["reason"]
