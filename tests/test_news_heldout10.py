"""Held-out smoke test, eleventh batch (issues 12 and 13): twelve constructed articles about four more
invented events (tests/fixtures/news-heldout-10/), written and judged by hand by someone who had not
read the extraction rules, before the extractor ever ran on them, and kept apart from tuning. Scored
with the first batch's code (tests/test_news_smoke.py).

Do not tune rules on these articles or change their judgement to fit the output; the floors are what
held when the batch was added and may only go up. `NEWS_SMOKE_REPORT=1` with `-s` prints every miss.
"""

from __future__ import annotations

from test_news_smoke import HeldoutBatch

from conftest import FIXTURES

HELDOUT = FIXTURES / "news-heldout-10"
EVENTS = ("nilecell-outage", "tspk-loss", "nrf-vouchers", "mackerel-quota")

# Statements judged: 170 (10 with a stance). What held on the first run, on the session-start commit d9c65b1
# (the branch added only the fixtures, 25a9d2e, and this module): found 162, speaker 142, anonymous 153,
# outlet 150, status 134 of 170, stance 8 of 10; after rebasing on main 8f89ca8: found 162, speaker 142, anonymous
# 154, outlet 150, status 134, stance 8 (the host's "The minister did say yesterday" no longer anonymous; junk,
# outlets, non-claims and relays unchanged). The floors are the lower of all runs; they never go down:
FLOORS = {"found": 166, "speaker": 161, "anonymous": 165, "outlet": 162, "status": 163, "stance": 10}
# Speakers that are no plausible source: 12 on the first run; a name after a description (with a nickname in
# quotes), a constituency before a name and a dateline ending in a colon are now read as such. The list may only
# shrink.
JUNK_BY_SHAPE = {
    "a title, a description, a place or a dateline kept as, or read for, the name": {"st thomas"},
    "a name cut short (a body's)": {"scottish inshore"},
    "the subject of the content read as the source": {"two members of tspk"},
}
KNOWN_JUNK_SPEAKERS = set().union(*JUNK_BY_SHAPE.values())
# Plausible sources the judgement did not name: the Marine Directorate under its owner's name, the fund
# under the description the business desk gives it, and the anti-corruption agency under its whole name (with its
# 'and'; it was read cut at the 'and', 'anti-corruption agency', a junk speaker of the first run, until session 43).
PLAUSIBLE = frozenset({"scottish government's marine directorate", "smallholders fund",
                       "major organised crime and anti-corruption agency"})
# Outlets the articles name besides their publishers: the papers whose scoops are relayed. Two more are
# were stored on the first run though they are no outlet (the exchange a filing went to, with the weekday
# after it; the committee evidence was given to); neither is stored any more.
NAMED_OUTLETS = {"Malaysiakini", "Sunday Observer", "Jamaica Observer", "The Observer"}
# Judged non-claims stored as claims: 14 on the first run (NTV's intro lines and its six questions, Bernama's
# "(Updates with ...)" line, the Gleaner's line on the Observer's sources, RJR's intro lines and its thanks, the
# Ferret's boilerplate line); 8 once the press conference's questions were no longer stored. May only fall.
NOT_CLAIMS_STORED = 7

# Relays and reprints of one origin, held on the first run (none `corroborated`): the Monitor's anonymous engineer
# and NTV's question relaying it; The Star's reprint of Bernama's first version; Malaysiakini's scoop as The Edge
# relays it; the Observer's scoop as RJR's host and the Jamaica Star relay it (the Gleaner's relay inside the
# chief executive's denial was not found on the first run); the Herald's anonymous government source as the
# Herald, the Ferret and the Press and Journal carry it.
RELAYS = [
    ("monitor-nilecell-outage", "the upgrade had been brought forward by a week"),
    ("ntv-nilecell-outage-presser", "carried out without a tested rollback plan"),
    ("thestar-tspk-loss", "posted a net loss of RM842 million"),
    ("thestar-tspk-loss", "a dividend of 2.1 per cent"),
    ("theedge-tspk-loss", "two members of TSPK's investment panel had objected to the deal"),
    ("rjr-nrf-vouchers-transcript", "put together at a constituency office"),
    ("jamaicastar-nrf-vouchers", "compiled at a constituency office"),
    ("herald-mackerel-quota-analysis", "persuaded otherwise"),
    ("ferret-mackerel-quota-factcheck", "ministers had considered giving 20 per cent"),
    ("pressandjournal-mackerel-quota", "ministers had considered a 20% share"),
]


class TestHeldout(HeldoutBatch):
    FOLDER, EVENTS, TOTAL, FLOORS, RELAYS = HELDOUT, EVENTS, 170, FLOORS, RELAYS
    KNOWN_JUNK_SPEAKERS, NAMED_OUTLETS, PLAUSIBLE = KNOWN_JUNK_SPEAKERS, NAMED_OUTLETS, PLAUSIBLE
    NOT_CLAIMS_STORED = NOT_CLAIMS_STORED
