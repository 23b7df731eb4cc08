"""Held-out smoke test, tenth batch (issues 12 and 13): twelve constructed articles about four more
invented events (tests/fixtures/news-heldout-9/), written and judged by hand by someone who had not
read the extraction rules, before the extractor ever ran on them, and kept apart from tuning. Scored
with the first batch's code (tests/test_news_smoke.py).

Do not tune rules on these articles or change their judgement to fit the output; the floors are what
held when the batch was added and may only go up. `NEWS_SMOKE_REPORT=1` with `-s` prints every miss.
"""

from __future__ import annotations

from test_news_smoke import HeldoutBatch

from conftest import FIXTURES

HELDOUT = FIXTURES / "news-heldout-9"
EVENTS = ("akwadum-land", "ravi-cardiac-waitlist", "corbould-suspension", "hagonoy-dike")

# Statements judged: 170 (15 with a stance). What held on the first run, on the session-start commit 943ca09
# (the branch added only the fixtures, 0999ed9, and this module): found 165, speaker 136, anonymous 141,
# outlet 157, status 143 of 170, stance 6 of 15; after rebasing on main d09478a: found 165, speaker 136, anonymous
# 141, outlet 157, status 144, stance 6 (the fish vendor's quote now `unconfirmed`; junk, outlets, non-claims and
# relays unchanged); after rebasing on main f3a25a0: found 165, speaker 136, anonymous 141, outlet 157, status 143,
# stance 8 (the superintendent's and the contractor's denials now `denies`; the report's award of the project
# now `disputed` as the Inquirer's; junk, outlets, non-claims and relays unchanged). The floors are the lower of
# all runs; they never go down:
# On 79be34f (fact checks read as a format: the posts, captions and claimants a check quotes, its verdict, its
# "we", a traced author): found/speaker/anonymous/outlet/status 166/158/160/162/157, stance 13.
# On the outlets a relay names: "told OUTLET after the ruling that" with the quotation read by the model: 166/158/160/163/157.
# Raised in session 47: a denial of 'the report' whose speaker goes on to say what is wrong with it reaches only
# the report's lead and what that answers (status +1).
FLOORS = {"found": 166, "speaker": 161, "anonymous": 162, "outlet": 165, "status": 161, "stance": 14}
# Speakers that are no plausible source: 13 on the first run and on f3a25a0; 10 once a bare title, an age
# and a name after a portfolio resolved to the person the text names (speakers8); 8 once a headline's role
# before a surname and a role after a title word were no longer read as names; 7 once a body's name kept
# its 'on' ('Commission on ...'); 6 once an ordinal in a body's name stayed in an unnamed source's
# description. The list may only shrink.
JUNK_BY_SHAPE: dict[str, set[str]] = {
    # ("vera", an outlet's name cut short, is gone by the start of session 47, taken off then)
}
KNOWN_JUNK_SPEAKERS = set().union(*JUNK_BY_SHAPE.values())
# Plausible sources the judgement did not name: a senator whose question at the hearing presumes a fact (the
# judgement counts no question), and the annual report a senator cites, under its owner ("its own").
PLAUSIBLE = frozenset({"miguel ocampo", "its own annual report"})
# Outlets the articles name besides their publishers: the papers whose scoops are relayed.
NAMED_OUTLETS = {"The Daily Telegraph", "The Express Tribune"}
# Judged non-claims stored as claims: 6 on the first run (the Straits Times writer line, the ABC transcript's
# title line, its thanks and its "Coming up" line, the Rappler sign-on standfirst, the VERA Files editor's note); 5
# when batch 18 landed.
NOT_CLAIMS_STORED = 5

# Relays and reprints of one origin, held on the first run (none `corroborated`): the Telegraph's anonymous
# B-sample scoop as AAP, the Straits Times ("Australian media") and the ABC presenter relay it; the Tribune's
# scoop as Dawn relays it; the APP copy and Business Recorder's word-for-word reprint of it.
RELAYS = [
    ("aap-corbould-suspension", "the B sample had already been analysed"),
    ("straitstimes-corbould-suspension-analysis", "the B sample had also tested positive"),
    ("abc-corbould-suspension-transcript", "her B sample has also come back positive"),
    ("dawn-ravi-cardiac-waitlist", "relatives of provincial officials had been operated on"),
    ("app-ravi-cardiac-waitlist", "average waiting time for cardiac surgery"),
    ("businessrecorder-ravi-cardiac-waitlist", "average waiting time for cardiac surgery"),
    ("app-ravi-cardiac-waitlist", "1,870 cardiac surgeries"),
    ("businessrecorder-ravi-cardiac-waitlist", "1,870 cardiac surgeries"),
]


class TestHeldout(HeldoutBatch):
    FOLDER, EVENTS, TOTAL, FLOORS, RELAYS = HELDOUT, EVENTS, 170, FLOORS, RELAYS
    KNOWN_JUNK_SPEAKERS, NAMED_OUTLETS, PLAUSIBLE = KNOWN_JUNK_SPEAKERS, NAMED_OUTLETS, PLAUSIBLE
    NOT_CLAIMS_STORED = NOT_CLAIMS_STORED
