"""Held-out smoke test (issues 12 and 13): a second batch of nine constructed articles about three
more invented events (tests/fixtures/news-heldout/), judged by hand before the extractor ever ran on
them and kept apart from tuning, scored with the first batch's code (tests/test_news_smoke.py).

Do not tune rules on these articles or change their judgement to fit the output; the floors are what
held when the batch was added and may only go up. `NEWS_SMOKE_REPORT=1` with `-s` prints every miss.
"""

from __future__ import annotations

from test_news_smoke import HeldoutBatch

from conftest import FIXTURES

HELDOUT = FIXTURES / "news-heldout"
EVENTS = ("wrenmouth-strike", "verdell-recount", "solace-recall")

# Statements judged: 159 (12 with a stance). What held when the batch was added (main at the time):
# Raised to what held on main at the end of the session after a761c29 (the held-out scorer then also
# finds a stance on a report by its speaker's words; the lead raises floors; they never go down):
# Raised by the lead to main 89c1cb9 (a later session); floors never go down:
# Raised by the lead to main at the end of the session that landed batch 9 (test_news_heldout8).
# On 79be34f (fact checks read as a format: the posts, captions and claimants a check quotes, its verdict, its
# "we", a traced author): found/speaker/anonymous/outlet/status 157/152/156/156/145, stance 12.
FLOORS = {"found": 157, "speaker": 154, "anonymous": 157, "outlet": 157, "status": 154, "stance": 12}
# Speakers that are no plausible source, found when the batch was added; the list may only shrink
# ('the company' is joined to the company the page names, and a relative clause after a party label
# to the lawmaker, since the speakers5 branch).
JUNK_BY_SHAPE = {
    "'the company', 'the union' not joined to the body named before": {"union"},
    "a name cut short": {"two people"},
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
# Judged non-claims stored as claims when the batch was added.
NOT_CLAIMS_STORED = 1

RELAYS = [
    ("pa-wrenmouth-strike", "within touching distance"),
    ("guardian-wrenmouth-strike", "within touching distance"),
    ("bbc-wrenmouth-strike-live", "within touching distance"),
    ("aap-solace-recall", "replace faulty units quietly"),
    ("smh-solace-recall", "replace faulty units quietly"),
]


class TestHeldout(HeldoutBatch):
    FOLDER, EVENTS, TOTAL, FLOORS, RELAYS = HELDOUT, EVENTS, 159, FLOORS, RELAYS
    KNOWN_JUNK_SPEAKERS, PLAUSIBLE, NAMED_OUTLETS = KNOWN_JUNK_SPEAKERS, PLAUSIBLE, NAMED_OUTLETS
    NOT_CLAIMS_STORED = NOT_CLAIMS_STORED
