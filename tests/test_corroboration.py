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
