"""Held-out smoke test, thirty-third batch (issues 12 and 13): twelve constructed articles about four more
invented events (tests/fixtures/news-heldout-32/), ordinary multi-outlet news copy written and judged by hand
by someone who had not read the extraction rules, before the extractor ever ran on them, and kept apart from
tuning. Scored with the first batch's code (tests/test_news_smoke.py).

Do not tune rules on these articles or change their judgement to fit the output; the floors are what
held when the batch was added and may only go up. `NEWS_SMOKE_REPORT=1` with `-s` prints every miss.
"""

from __future__ import annotations

from test_news_smoke import HeldoutBatch

from conftest import FIXTURES

HELDOUT = FIXTURES / "news-heldout-32"
EVENTS = ("lagoon-transfers", "tafuasa-dialysis", "goldenloom-fainting", "medix-ambulances")

# Statements judged: 198 (24 with a stance). Not run yet: the fixtures were committed before any run (530ec71);
# the floors and the junk speakers are set from the first run, on main as it stands at the end of session 52.
FLOORS = {"found": 0, "speaker": 0, "anonymous": 0, "outlet": 0, "status": 0, "stance": 0}
# Speakers that are no plausible source, by shape. The list may only shrink.
JUNK_BY_SHAPE: dict[str, set[str]] = {}
KNOWN_JUNK_SPEAKERS: set[str] = set().union(*JUNK_BY_SHAPE.values())
PLAUSIBLE: frozenset[str] = frozenset()
# Outlets stored besides the publishers.
NAMED_OUTLETS: set[str] = set()
# Judged non-claims stored as claims.
NOT_CLAIMS_STORED = 0

# Relays of one origin: the scoops' anonymous sources, and their own findings relayed by the other outlets ("Amandala
# reported on Friday that", "The Samoa Observer reported on Tuesday that", "CamboJA News reported on Tuesday that",
# "Stabroek News reported on Monday that", "..., which first reported ..., wrote on Friday that").
RELAYS = [
    ("amandala-lagoon-transfers", "the office had been told in July to"),
    ("news5-lagoon-transfers", "at least 212 voters had been moved into the constituency in six weeks"),
    ("reporter-lagoon-transfers", "a second batch of 37 transfers had been approved"),
    ("observer-tafuasa-dialysis", "we choose who gets the machine today"),
    ("rnz-tafuasa-dialysis", "at least eleven patients had missed sessions"),
    ("talamua-tafuasa-dialysis", "the spare filter had been held at customs in Apia for six days"),
    ("camboja-goldenloom-fainting", "supervisors had told them to keep working after the first collapses"),
    ("khmertimes-goldenloom-fainting", "the union had asked the ministry to test the air in the factory"),
    ("phnompenhpost-goldenloom-fainting", "a second factory in the same commune had bought adhesive"),
    ("stabroek-medix-ambulances", "two members of the evaluation committee had objected to the award"),
    ("newsroom-medix-ambulances", "two members of the evaluation committee had objected in writing"),
    ("demwaves-medix-ambulances", "the company's Miami partner was registered at a residential address"),
]


class TestHeldout(HeldoutBatch):
    FOLDER, EVENTS, TOTAL, FLOORS, RELAYS = HELDOUT, EVENTS, 198, FLOORS, RELAYS
    KNOWN_JUNK_SPEAKERS, NAMED_OUTLETS, PLAUSIBLE = KNOWN_JUNK_SPEAKERS, NAMED_OUTLETS, PLAUSIBLE
    NOT_CLAIMS_STORED = NOT_CLAIMS_STORED
