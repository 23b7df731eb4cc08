"""Held-out smoke test, thirty-second batch (issues 12 and 13): twelve constructed articles about four more
invented events (tests/fixtures/news-heldout-31/), ordinary multi-outlet news copy written and judged by hand
by someone who had not read the extraction rules, before the extractor ever ran on them, and kept apart from
tuning. Scored with the first batch's code (tests/test_news_smoke.py).

Do not tune rules on these articles or change their judgement to fit the output; the floors are what
held when the batch was added and may only go up. `NEWS_SMOKE_REPORT=1` with `-s` prints every miss.
"""

from __future__ import annotations

from test_news_smoke import HeldoutBatch

from conftest import FIXTURES

HELDOUT = FIXTURES / "news-heldout-31"
EVENTS = ("sarateni-irrigation", "pelayan-housing", "filao-mangroves", "hatsolo-pensions")

# Statements judged: 191 (24 with a stance). Not yet run: the fixtures were committed before the extractor ran on
# them; the floors and the junk speakers are set from the first run.
FLOORS = {"found": 0, "speaker": 0, "anonymous": 0, "outlet": 0, "status": 0, "stance": 0}
# Speakers that are no plausible source. The list may only shrink.
JUNK_BY_SHAPE: dict[str, set[str]] = {}
KNOWN_JUNK_SPEAKERS: set[str] = set().union(*JUNK_BY_SHAPE.values())
PLAUSIBLE: frozenset[str] = frozenset()
# Outlets stored besides the publishers.
NAMED_OUTLETS: set[str] = set()
# Judged non-claims stored as claims.
NOT_CLAIMS_STORED = 0

# Relays of one origin: the scoops' own findings and anonymous sources, their relays by the other outlets ("Online
# news portal The Scoop reported on Thursday that", "The local newspaper TODAY in Seychelles reported on Monday that",
# "A weekly newspaper, the Lesotho Times, reported on Thursday that", "Ziarul de Gardă ... wrote on Friday that", "The
# Scoop ... said on Wednesday that"), and the principal secretary's words quoted again in another outlet ("quoted her
# last week as saying").
RELAYS = [
    ("zdg-sarateni-irrigation", "received 1.4 million lei in state subsidies in 2027"),
    ("ipn-sarateni-irrigation", "the cooperative had received 1.4 million lei for pumps and drip line"),
    ("newsmaker-sarateni-irrigation", "villagers had seen the pumps being loaded onto a truck"),
    ("thescoop-pelayan-housing", "have developed cracks in their walls and floors"),
    ("borneobulletin-pelayan-housing", "at least 38 houses had cracks"),
    ("rtb-pelayan-housing", "a second housing scheme built by the same contractor"),
    ("today-filao-mangroves", "a bulldozer and an excavator had worked on the site"),
    ("sna-filao-mangroves", "fishermen had seen heavy machinery working on the site"),
    ("lestimes-hatsolo-pensions", "is the brother-in-law of the district's pensions officer"),
    ("lena-hatsolo-pensions", "the money had been collected by a relative of a district pensions officer"),
    ("publiceye-hatsolo-pensions", "the payments had been stopped in March"),
]


class TestHeldout(HeldoutBatch):
    FOLDER, EVENTS, TOTAL, FLOORS, RELAYS = HELDOUT, EVENTS, 191, FLOORS, RELAYS
    KNOWN_JUNK_SPEAKERS, NAMED_OUTLETS, PLAUSIBLE = KNOWN_JUNK_SPEAKERS, NAMED_OUTLETS, PLAUSIBLE
    NOT_CLAIMS_STORED = NOT_CLAIMS_STORED
