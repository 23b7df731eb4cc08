"""Held-out smoke test, third batch (issues 12 and 13): nine constructed articles about three more
invented events (tests/fixtures/news-heldout-2/), written and judged by hand by someone who had not
read the extraction rules, before the extractor ever ran on them, and kept apart from tuning. Scored
with the first batch's code (tests/test_news_smoke.py).

Do not tune rules on these articles or change their judgement to fit the output; the floors are what
held when the batch was added and may only go up. `NEWS_SMOKE_REPORT=1` with `-s` prints every miss.
"""

from __future__ import annotations

from test_news_smoke import HeldoutBatch

from conftest import FIXTURES

HELDOUT = FIXTURES / "news-heldout-2"
EVENTS = ("brennock-cyberattack", "vahlen-kessling", "calder-spill")

# Statements judged: 126 (9 with a stance). The lower, per field, of what held when the batch was added
# (found 122, speaker 98, anonymous 115, outlet 112, status 91, stance 4) and when it landed (found 121,
# speaker 99, anonymous 116, outlet 111, status 97, stance 4):
# Raised to what held on main at the end of the session after a761c29 (the held-out scorer then also
# finds a stance on a report by its speaker's words; the lead raises floors; they never go down):
# Raised by the lead to main 89c1cb9 (a later session); floors never go down:
# Raised by the lead to main at the end of the session that landed batch 9 (test_news_heldout8).
FLOORS = {"found": 125, "speaker": 122, "anonymous": 123, "outlet": 125, "status": 125, "stance": 9}
# Speakers that are no plausible source: 13 when the batch was added, 9 of them when it landed; the
# list may only shrink.
JUNK_BY_SHAPE = {
    "a place, a medium or a document near the cue read as the source": {"dark-web site"},
}
KNOWN_JUNK_SPEAKERS = set().union(*JUNK_BY_SHAPE.values())
# Outlets the articles name (besides their publishers).
NAMED_OUTLETS = {"Kessling Tageblatt"}
# Plausible sources the judgement did not need.
PLAUSIBLE: frozenset[str] = frozenset()
# Judged non-claims stored as claims: 8 when the batch was added, 9 on main when it landed, 6 on a761c29, 2 when
# batch 18 landed.
# Then 1: furniture no longer stored (a wire's sign-off 'initials (AGENCY, AGENCY)').
NOT_CLAIMS_STORED = 1

RELAYS = [
    ("cp-brennock-cyberattack", "demanded a ransom of $4.5 million"),
    ("globe-brennock-cyberattack", "demanded a ransom of $4.5 million"),
    ("ctv-brennock-cyberattack", "had initially demanded $4.5 million"),
    ("globe-brennock-cyberattack", "staff had switched to paper records"),
    ("globe-brennock-cyberattack", "We are not paying these criminals"),
    ("dw-vahlen-kessling", "had not been informed of any closure plans"),
    ("wsj-calder-spill", "About 4,200 barrels leaked from the 16-inch Bighorn Line"),
    ("mtpr-calder-spill-transcript", "the line failed a pressure test in 2023"),
]


class TestHeldout(HeldoutBatch):
    FOLDER, EVENTS, TOTAL, FLOORS, RELAYS = HELDOUT, EVENTS, 126, FLOORS, RELAYS
    KNOWN_JUNK_SPEAKERS, PLAUSIBLE, NAMED_OUTLETS = KNOWN_JUNK_SPEAKERS, PLAUSIBLE, NAMED_OUTLETS
    NOT_CLAIMS_STORED = NOT_CLAIMS_STORED
