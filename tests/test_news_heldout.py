"""Held-out smoke test (issues 12 and 13): a second batch of nine constructed articles about three
more invented events (tests/fixtures/news-heldout/), judged by hand before the extractor ever ran on
them and kept apart from tuning, scored with the first batch's code (tests/test_news_smoke.py).

Do not tune rules on these articles or change their judgement to fit the output; the floors are what
held when the batch was added and may only go up. `NEWS_SMOKE_REPORT=1` with `-s` prints every miss.
"""

from __future__ import annotations

import pytest
from test_news_smoke import (
    _publishers,
    find_claim,
    ingest_batch,
    junk_speakers,
    print_report,
    score,
    stored_not_claims,
)

from conftest import FIXTURES

HELDOUT = FIXTURES / "news-heldout"
EVENTS = ("wrenmouth-strike", "verdell-recount", "solace-recall")

# Statements judged: 159 (12 with a stance). What held when the batch was added (main at the time):
FLOORS = {"found": 154, "speaker": 139, "anonymous": 148, "outlet": 144, "status": 114, "stance": 8}
# Speakers that are no plausible source, found when the batch was added; the list may only shrink.
JUNK_BY_SHAPE = {
    "a verb that is no speech cue read as one ('a newspaper report')": {
        "newspaper",
    },
    "'the company', 'the union' not joined to the body named before": {
        "company",
        "union",
    },
    "a party label or a description kept as the name": {
        "r-ariz",
        "conservative influencer with more than 400 000 followers",
    },
    "a name cut short": {
        "two people",
        "fire services in nsw",
    },
}
KNOWN_JUNK_SPEAKERS = set().union(*JUNK_BY_SHAPE.values())
# Outlets the articles name (besides their publishers).
NAMED_OUTLETS = {
    "BBC Radio Wrenmouth",
    "BBC Breakfast",
    "KVDL",
    "ABC Radio Melbourne",
    "Sky News",
    "Journal of Energy Storage Safety",
}
# Plausible sources the judgement did not need.
PLAUSIBLE = frozenset({"election officials in arizona's verdell county", "solace's engineers"})


@pytest.fixture(scope="module")
def heldout(tmp_path_factory) -> dict:
    return ingest_batch(tmp_path_factory, HELDOUT)


def test_heldout_score_holds_its_floors(heldout):
    right, misses = score(heldout["claims"], HELDOUT, EVENTS)
    print_report(right, misses)
    assert right["total"] == 159
    assert {k: v for k, v in right.items() if k in FLOORS and v < FLOORS[k]} == {}


def test_heldout_junk_speakers_do_not_grow(heldout):
    assert junk_speakers(heldout["speakers"], HELDOUT, EVENTS, PLAUSIBLE) <= KNOWN_JUNK_SPEAKERS


def test_heldout_outlets_are_the_publishers_and_the_outlets_named(heldout):
    named = {o["name"] for o in heldout["outlets"]} - _publishers(HELDOUT, EVENTS) - NAMED_OUTLETS
    assert named == set()


def test_heldout_credits_headings_and_questions_are_no_claims(heldout):
    found = stored_not_claims(heldout["claims"], HELDOUT, EVENTS)
    assert len(found) <= 11, found


def test_heldout_relays_of_one_anonymous_source_are_never_corroborated(heldout):
    """An anonymous source relayed by other outlets, or reprinted word for word, is one origin."""
    for doc, text in [
        ("pa-wrenmouth-strike", "within touching distance"),
        ("guardian-wrenmouth-strike", "within touching distance"),
        ("bbc-wrenmouth-strike-live", "within touching distance"),
        ("aap-solace-recall", "replace faulty units quietly"),
        ("smh-solace-recall", "replace faulty units quietly"),
    ]:
        claim = find_claim(heldout["claims"], {"doc": doc, "text": text}, HELDOUT)
        assert claim is not None and claim["status"] != "corroborated", (doc, text)
