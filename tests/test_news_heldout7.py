"""Held-out smoke test, eighth batch (issues 12 and 13): twelve constructed articles about four more
invented events (tests/fixtures/news-heldout-7/), written and judged by hand by someone who had not
read the extraction rules, before the extractor ever ran on them, and kept apart from tuning. Scored
with the first batch's code (tests/test_news_smoke.py).

Do not tune rules on these articles or change their judgement to fit the output; the floors are what
held when the batch was added and may only go up. `NEWS_SMOKE_REPORT=1` with `-s` prints every miss.
"""

from __future__ import annotations

from test_news_smoke import HeldoutBatch

from conftest import FIXTURES

HELDOUT = FIXTURES / "news-heldout-7"
EVENTS = ("mauridge-admissions", "corran-house", "karamu-outage", "kudira-freeze")

# Statements judged: 170 (15 with a stance). What held on the first run, on the session-start commit 8435b8c
# (the branch added only the fixtures and this module): found 163, speaker 132, anonymous 150, outlet 149,
# status 133 of 170, stance 9 of 15; measured read-only on main as it moved: 15e4171 164/133/151/150/134, 9;
# 73ba8c0 to 60031f1 164/133/151/150/132, 9 (junk, outlets, non-claims and relays unchanged); after rebasing on
# main 788ae87: found 164, speaker 134, anonymous 152, outlet 150, status 134, stance 9. The floors are the lower
# of all runs; they never go down:
# Raised by the lead to main at the end of the session that landed batch 9 (test_news_heldout8).
FLOORS = {"found": 168, "speaker": 162, "anonymous": 166, "outlet": 165, "status": 165, "stance": 15}
# Speakers that are no plausible source: 13 on the first run; 13 on 788ae87 ('viral claim' gone, 'counsel'
# new: "Counsel to Kudira, X (SAN), said" gives the title for the name). The list may only shrink.
JUNK_BY_SHAPE = {
    "a designation, a time word or a description kept as, or read for, the name": {"group's administrators"},
    "a body the text names near the source (its employer, a registry) standing for the source": {
        "mau ridge university",
    },
    "the subject of a plain verb in the content, or a word of the content, read as the source": {
        "creditor",
        "man",
        "officers",
    },
}
KNOWN_JUNK_SPEAKERS = set().union(*JUNK_BY_SHAPE.values())
# Plausible sources the judgement did not name: the relay's source as the Herald words it, the company
# under the legal name the viral post gives it, and (since main cecff03) the body whose declaration RNZ
# reports in its own words ("Hawke's Bay Civil Defence declared a local state of emergency").
PLAUSIBLE = frozenset({"heretaunga lines technician", "kudira technologies", "kudira technologies ltd",
                       "hawke's bay civil defence"})
# Outlets the articles name besides their publishers ("Daily Nation" is the publisher Nation under its
# long name, stored apart); none stored is no outlet.
NAMED_OUTLETS = {"Daily Nation", "Inside Housing", "TechCabal"}
# Judged non-claims stored as claims: 14 on the first run (a quoted question, a reader callout, a
# transcript's title line, time check, four questions and schedule line, a live blog's "Follow our live
# updates", an entry heading, a currency line and a fact-check's support line).
# Then 8: furniture no longer stored (the wire's currency conversion line).
NOT_CLAIMS_STORED = 8

# Relays and reprints of one origin, held on the first run (none `corroborated`). Held but wrong: the
# presenter's relays of Inside Housing and the Birmingham Mail on LBC are `confirmed` as hers, and
# Premium Times' anonymous employees' allegation is `confirmed` as Kudira's.
RELAYS = [
    ("citizen-mauridge-admissions", "46 students had been admitted to the medicine programme"),
    ("pa-corran-house", "officers had put the cost of the remedial works"),
    ("birminghammail-corran-house", "officers had put the cost of the remedial works"),
    ("lbc-corran-house-transcript", "the council was waiting for government money"),
    ("lbc-corran-house-transcript", "managers agreed to"),
    ("rnz-karamu-outage", "had been flagged as faulty in an audit last year"),
    ("nzherald-karamu-outage-live", "was flagged as faulty in an audit last year"),
    ("stuff-karamu-outage-analysis", "an audit last year had flagged the system"),
    ("premiumtimes-kudira-freeze", "paid interest to older customers using deposits from new ones"),
    ("dubawa-kudira-factcheck", "the company had used new deposits to pay interest"),
]


class TestHeldout(HeldoutBatch):
    FOLDER, EVENTS, TOTAL, FLOORS, RELAYS = HELDOUT, EVENTS, 170, FLOORS, RELAYS
    KNOWN_JUNK_SPEAKERS, NAMED_OUTLETS, PLAUSIBLE = KNOWN_JUNK_SPEAKERS, NAMED_OUTLETS, PLAUSIBLE
    NOT_CLAIMS_STORED = NOT_CLAIMS_STORED
