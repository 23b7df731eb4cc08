"""Held-out smoke test, fourth batch (issues 12 and 13): ten constructed articles about three more
invented events (tests/fixtures/news-heldout-3/), written and judged by hand by someone who had not
read the extraction rules, before the extractor ever ran on them, and kept apart from tuning. Scored
with the first batch's code (tests/test_news_smoke.py).

Do not tune rules on these articles or change their judgement to fit the output; the floors are what
held when the batch was added and may only go up. `NEWS_SMOKE_REPORT=1` with `-s` prints every miss.
"""

from __future__ import annotations

from test_news_smoke import HeldoutBatch

from conftest import FIXTURES

HELDOUT = FIXTURES / "news-heldout-3"
EVENTS = ("brackenford-stand", "bundesbank-leak", "kelsey-port")

# Statements judged: 167 (9 with a stance). The lower, per field, of what held when the batch was judged
# and first run on main 7dbf81e (found 163, speaker 133, anonymous 152, outlet 150, status 139, stance
# 2), on main 0c786de (found 163, speaker 135, anonymous 152, outlet 150, status 139, stance 2) and on
# main 67086b4 (found 162, speaker 134, anonymous 151, outlet 151, status 145, stance 2) and on main
# cf2ff66 (found 159, speaker 134, anonymous 146, outlet 153, status 142, stance 4):
# Raised to what held on main at the end of the session after a761c29 (the held-out scorer then also
# finds a stance on a report by its speaker's words; the lead raises floors; they never go down):
# Raised by the lead to main 89c1cb9 (a later session); floors never go down:
# Raised by the lead to main at the end of the session that landed batch 9 (test_news_heldout8).
# On the outlets a relay names (the news reports seen by a medium, "the NAME newspaper", one day's edition, "told
# OUTLET in an interview that"): the wire's "the NAME newspaper reported" is that paper's, outlet and anonymity right.
FLOORS = {"found": 164, "speaker": 160, "anonymous": 162, "outlet": 161, "status": 162, "stance": 9}
# Speakers that are no plausible source: 14 on the first run, 12 of them on 0c786de (party labels go to
# the affiliation), 14 on 67086b4 (12 and a transcript's two) and more on cf2ff66 ('ruth', 'ambulance
# service now', 'number of permanent jobs'); the list may only shrink.
JUNK_BY_SHAPE = {
    "a word of the content, a date or a describing phrase read as the source": {
        "consultant",
        "port managers",
    },
    "the unnamed source of a heading": {"critics"},
    "a transcript's question, or the name the presenter addresses, read as the source": {"sam"},
}
KNOWN_JUNK_SPEAKERS = set().union(*JUNK_BY_SHAPE.values())
# Outlets the articles name (besides their publishers); "OPB" is the publisher's short name, stored
# apart from it when the batch was added.
NAMED_OUTLETS = {"Lancashire Telegraph", "OPB"}
# Plausible sources the judgement did not need (two sources named together, a deck's economists).
PLAUSIBLE = frozenset({"internal emails and two people familiar with the project", "frankfurt's economists"})
# Judged non-claims stored as claims: 9 on the first run (a presenter's questions and cue to a clip, a
# live blog's greeting, an analysis's and a reporter's closing lines), 7 on 67086b4 (the more), 6 on a761c29.
# Then 3: furniture no longer stored (the author's tagline with her e-mail address).
NOT_CLAIMS_STORED = 3

RELAYS = [
    ("times-brackenford-stand", "were postponed because Rovers could not afford them"),
    ("sun-brackenford-stand", "death trap two years before it collapsed"),
    ("sky-brackenford-stand-transcript", "the stand's steel supports were corroded"),
    ("men-brackenford-stand-live", "had asked the club for a structural survey in 2025"),
    ("reuters-bundesbank-leak", "lower its 2027 growth forecast to 0.3% from 0.9%"),
    ("spiegel-bundesbank-leak-analysis", "Two employees have been questioned"),
    ("ap-kelsey-port", "dredging could destroy 40% of the eelgrass beds"),
    ("opb-kelsey-port", "dredging could wipe out 40% of the bay's eelgrass"),
]


class TestHeldout(HeldoutBatch):
    FOLDER, EVENTS, TOTAL, FLOORS, RELAYS = HELDOUT, EVENTS, 167, FLOORS, RELAYS
    KNOWN_JUNK_SPEAKERS, PLAUSIBLE, NAMED_OUTLETS = KNOWN_JUNK_SPEAKERS, PLAUSIBLE, NAMED_OUTLETS
    NOT_CLAIMS_STORED = NOT_CLAIMS_STORED
