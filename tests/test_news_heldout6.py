"""Held-out smoke test, seventh batch (issues 12 and 13): twelve constructed articles about four more
invented events (tests/fixtures/news-heldout-6/), written and judged by hand by someone who had not
read the extraction rules, before the extractor ever ran on them, and kept apart from tuning. Scored
with the first batch's code (tests/test_news_smoke.py).

Do not tune rules on these articles or change their judgement to fit the output; the floors are what
held when the batch was added and may only go up. `NEWS_SMOKE_REPORT=1` with `-s` prints every miss.
"""

from __future__ import annotations

from test_news_smoke import HeldoutBatch

from conftest import FIXTURES

HELDOUT = FIXTURES / "news-heldout-6"
EVENTS = ("bellcrest-salmonella", "vellimalai-stampede", "kinsella-doping", "veltra-robotaxi")

# Statements judged: 167 (14 with a stance). The lower, per field, of what held on the first run, on main
# 1be620f (the session-start commit; the branch added only the fixtures and this module: found 163,
# speaker 139, anonymous 154, outlet 154, status 136 of 167, stance 12 of 14), and after rebasing on main
# dc7c71d (found 163, speaker 140: "State Sen. X, R-Scottsdale, ..., said he believes" now has its senator;
# anonymous 154, outlet 153: "Angela Brockway told Arizona's Family" lost its outlet; status 136, stance 12),
# on a0ead1f (163/142/155/154/136, 12), on c0a47ee (163/142/155/154/137, 12) and on b26e339 (found 163,
# speaker 142, anonymous 155, outlet 154, status 138, stance 12; junk, outlets, non-claims, relays as on dc7c71d):
# Raised by the lead to what holds on main 89c1cb9 when the batch landed (found 163, speaker 146,
# anonymous 157, outlet 154, status 138 of 167, stance 12 of 14); floors never go down:
# Raised by the lead to main at the end of the session that landed batch 9 (test_news_heldout8).
# On outlets.json listing The Information (a real outlet named by common words): the analysis's "The Information
# reported that C" now through it: 167/162/166/163/161, stance 14.
FLOORS = {"found": 167, "speaker": 162, "anonymous": 166, "outlet": 163, "status": 163, "stance": 14}
# Speakers that are no plausible source: 14 on the first run, 13 on dc7c71d, 9 on main 89c1cb9 (four
# titles and designations kept in names are gone), 2 on the speakers5 branch (a place and an office
# before a name, a company's description and a headline's adjective, a person described by her town,
# an interjection opening a turn, a record cut at its noun and the audience of 'told reporters' are
# gone). The list may only shrink.
JUNK_BY_SHAPE = {
    "a headline word, a discourse word, a cut phrase or a word of the content read as the source": {
        "witness accounts published by the indian express and the hindu",
    },
}
KNOWN_JUNK_SPEAKERS = set().union(*JUNK_BY_SHAPE.values())
# Outlets the articles name (besides their publishers; "the ABC" is the publisher ABC News under its short
# name, stored apart; The Information, whose scoop two stories relay, stored once an outlet citing its
# sources is one). The release named after the chief executive quoted from it, stored as an outlet on
# the first run, is no longer stored (the set of such mistakes may only shrink).
NAMED_OUTLETS = {"The Sydney Morning Herald", "ABC Radio Sydney", "ABC", "The Hindu", "The Information"}
# Judged non-claims stored as claims: 9 on the first run (the wire's agency line under the byline, a
# "Key points" label, a live blog's "Follow this blog", two of its entry headings, a presenter's
# question, a programme's schedule line, and an update line that two judged pieces both match); 5 when batch 18
# landed.
# Then 3: furniture no longer stored (an agency's sign-off '(AGENCY NAME)' and a live page's 'Here's what we know so far').
NOT_CLAIMS_STORED = 3

# Relays of one origin, held on the first run. Not held: the company spokeswoman's "the cool room had
# been serviced on November 12", told to AAP and again to the Telegraph, is corroborated by its own
# repeat in both stories. Held but wrong: the AP's and The Verge's relays of The Information are
# `confirmed` with no outlet.
RELAYS = [
    ("aap-bellcrest-salmonella", "staff had complained for weeks before the outbreak"),
    ("abc-bellcrest-salmonella", "former staff had complained about the kitchen's cool room"),
    ("indianexpress-vellimalai-stampede-live", "the temple trust had sold 40,000 passes"),
    ("pti-vellimalai-stampede", "four women and two children, were killed"),
    ("indianexpress-vellimalai-stampede-live", "four women and two children, were killed"),
    ("racingpost-kinsella-doping", "has been sent for further analysis"),
    ("irishtimes-kinsella-doping", "had been sent for further analysis"),
    ("newstalk-kinsella-doping-transcript", "is being retested"),
    ("ap-veltra-robotaxi", "detected the cyclist about 1.8 seconds before impact"),
    ("verge-veltra-robotaxi-analysis", "detected Ortega about 1.8 seconds before impact"),
]


class TestHeldout(HeldoutBatch):
    FOLDER, EVENTS, TOTAL, FLOORS, RELAYS = HELDOUT, EVENTS, 167, FLOORS, RELAYS
    KNOWN_JUNK_SPEAKERS, NAMED_OUTLETS = KNOWN_JUNK_SPEAKERS, NAMED_OUTLETS
    NOT_CLAIMS_STORED = NOT_CLAIMS_STORED
