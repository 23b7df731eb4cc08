"""Held-out smoke test, thirty-fifth batch (issues 12 and 13): twelve constructed articles about four more
invented events (tests/fixtures/news-heldout-34/), ordinary multi-outlet news copy written and judged by hand
by someone who had not read the extraction rules, before the extractor ever ran on them, and kept apart from
tuning. Scored with the first batch's code (tests/test_news_smoke.py).

Do not tune rules on these articles or change their judgement to fit the output; the floors are what
held when the batch was added and may only go up. `NEWS_SMOKE_REPORT=1` with `-s` prints every miss.
"""

from __future__ import annotations

from test_news_smoke import HeldoutBatch

from conftest import FIXTURES

HELDOUT = FIXTURES / "news-heldout-34"
EVENTS = ("gbedjrome-oxygen", "lolopasi-creek", "bardhec-buses", "las-tablas-bridge")

# Statements judged: 200 (25 with a stance). Not run yet: the fixtures were committed before any run (f74ec90), and
# this module is committed unrun; the floors below are set from the first run, on main as it is at 21:40 UTC.
FLOORS = {"found": 0, "speaker": 0, "anonymous": 0, "outlet": 0, "status": 0, "stance": 0}
# Speakers that are no plausible source, by shape. The list may only shrink.
JUNK_BY_SHAPE: dict[str, set[str]] = {}
KNOWN_JUNK_SPEAKERS: set[str] = set().union(*JUNK_BY_SHAPE.values())
# Speakers of statements nested in a speaker's own statement, which the judgement leaves inside the outer statement:
# the doctor in a mother's "a doctor told her that", the inspectors in the NIMOS director's "her inspectors estimated
# that", the nurses in a union's "nurses at district hospitals had warned", the committee members in an anonymous
# source's "two members of the evaluation committee had told prosecutors".
PLAUSIBLE: frozenset[str] = frozenset(
    {"doctor", "her inspectors", "nurses at district hospitals", "two members of the evaluation committee"}
)
# Outlets the text names besides the publishers: the institute's press release ("In a press release issued on Monday").
NAMED_OUTLETS = {
    "NIMOS press release",
    "National Institute for Environment and Development in Suriname press release",
    "National Institute for Environment and Development in Suriname (NIMOS) press release",
}
# Judged non-claims stored as claims: may only go down.
NOT_CLAIMS_STORED = 0

# Relays of one origin: the scoops' anonymous sources, and the scoops' own findings relayed by the other outlets
# ("The news site Banouto reported on Thursday that", "..., which first reported ..., reported on Monday that").
RELAYS = [
    ("banouto-gbedjrome-oxygen", "died during those hours"),
    ("afp-gbedjrome-oxygen", "had died while nurses ventilated them by hand"),
    (
        "lanouvelletribune-gbedjrome-oxygen",
        "two other hospitals in the Zou department had also run out of oxygen",
    ),
    ("dwt-lolopasi-creek", "cracks had been seen in the pond wall in June"),
    ("abc-lolopasi-creek", "cracks in the pond wall had been reported to the company's head office"),
    ("starnieuws-lolopasi-creek", "fishermen in two more villages downstream had stopped selling fish"),
    ("kallxo-bardhec-buses", "its members had been told by the head of the procurement office"),
    ("rtk-bardhec-buses", "its owner is the brother of the mayor's wife"),
    ("prishtinainsight-bardhec-buses", "the head of the procurement office had signed two other contracts"),
    (
        "contracorriente-las-tablas-bridge",
        "the contractor had stopped drilling when it reached a layer of hard clay",
    ),
    ("ap-las-tablas-bridge", "the bridge's central piles were six metres deep instead of the 12 metres"),
    ("elheraldo-las-tablas-bridge", "the supervising firm's contract had ended two months before the piles"),
]


class TestHeldout(HeldoutBatch):
    FOLDER, EVENTS, TOTAL, FLOORS, RELAYS = HELDOUT, EVENTS, 200, FLOORS, RELAYS
    KNOWN_JUNK_SPEAKERS, NAMED_OUTLETS, PLAUSIBLE = KNOWN_JUNK_SPEAKERS, NAMED_OUTLETS, PLAUSIBLE
    NOT_CLAIMS_STORED = NOT_CLAIMS_STORED
