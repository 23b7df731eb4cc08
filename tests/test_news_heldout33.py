"""Held-out smoke test, thirty-fourth batch (issues 12 and 13): twelve constructed articles about four more
invented events (tests/fixtures/news-heldout-33/), ordinary multi-outlet news copy written and judged by hand
by someone who had not read the extraction rules, before the extractor ever ran on them, and kept apart from
tuning. Scored with the first batch's code (tests/test_news_smoke.py).

Do not tune rules on these articles or change their judgement to fit the output; the floors are what
held when the batch was added and may only go up. `NEWS_SMOKE_REPORT=1` with `-s` prints every miss.
"""

from __future__ import annotations

from test_news_smoke import HeldoutBatch

from conftest import FIXTURES

HELDOUT = FIXTURES / "news-heldout-33"
EVENTS = ("algarrobo-silo", "umurava-bus", "kaltra-hotel", "kerrsambou-fertiliser")

# Statements judged: 195 (25 with a stance). Not run yet: the fixtures were committed before any run (3f0c635);
# the first run, on main as it stands at the end of session 53, sets the floors below.
FLOORS = {"found": 0, "speaker": 0, "anonymous": 0, "outlet": 0, "status": 0, "stance": 0}
# Speakers that are no plausible source, by shape. The list may only shrink.
JUNK_BY_SHAPE: dict[str, set[str]] = {}
KNOWN_JUNK_SPEAKERS: set[str] = set().union(*JUNK_BY_SHAPE.values())
PLAUSIBLE: frozenset[str] = frozenset()
# Outlets stored besides the publishers: the ministry's press release the text names ("In a press release, the
# ministry said"), Facebook ("said in a post on Facebook") and BIRN, Balkan Insight's network ("told BIRN").
NAMED_OUTLETS = {
    "Ministry of Agriculture press release",
    "Ministry of Agriculture, Livestock and Food Security press release",
    "Facebook",
    "BIRN",
}
# Judged non-claims stored as claims: set by the first run. May only go down.
NOT_CLAIMS_STORED = 36

# Relays of one origin: the scoops' anonymous sources and private people, and the scoops' own findings relayed by the
# other outlets ("Foroyaa reported on Tuesday that", "..., which first reported ..., reported on Saturday that").
RELAYS = [
    ("mercopress-algarrobo-silo", "We fought it with hoses from the fire trucks"),
    ("montevideoportal-algarrobo-silo", "the terminal's insurer had sent its own investigators"),
    ("newtimes-umurava-bus", "If you complain about the brakes, tomorrow you have no bus"),
    ("ktpress-umurava-bus", "the driver had been suspended by another operator in 2026"),
    ("balkaninsight-kaltra-hotel", "the boundary map the agency used had been"),
    ("exitnews-kaltra-hotel", "the company received a 1.8 million euro loan"),
    ("foroyaa-kerrsambou-fertiliser", "Then the trader came with a lorry"),
    (
        "grts-kerrsambou-fertiliser",
        "the Kerr Sambou Ndow cooperative had received only 300 of the 1,200 bags",
    ),
    ("thepoint-kerrsambou-fertiliser", "farmers in two more villages near Kuntaur had paid D2,000 a bag"),
]


class TestHeldout(HeldoutBatch):
    FOLDER, EVENTS, TOTAL, FLOORS, RELAYS = HELDOUT, EVENTS, 195, FLOORS, RELAYS
    KNOWN_JUNK_SPEAKERS, NAMED_OUTLETS, PLAUSIBLE = KNOWN_JUNK_SPEAKERS, NAMED_OUTLETS, PLAUSIBLE
    NOT_CLAIMS_STORED = NOT_CLAIMS_STORED
