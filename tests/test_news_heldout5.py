"""Held-out smoke test, sixth batch (issues 12 and 13): twelve constructed articles about four more
invented events (tests/fixtures/news-heldout-5/), written and judged by hand by someone who had not
read the extraction rules, before the extractor ever ran on them, and kept apart from tuning. Scored
with the first batch's code (tests/test_news_smoke.py).

Do not tune rules on these articles or change their judgement to fit the output; the floors are what
held when the batch was added and may only go up. `NEWS_SMOKE_REPORT=1` with `-s` prints every miss.
"""

from __future__ import annotations

from test_news_smoke import HeldoutBatch

from conftest import FIXTURES

HELDOUT = FIXTURES / "news-heldout-5"
EVENTS = ("neco-maths-leak", "kwezi-mine", "carrigmore-bridge", "lumora-layoffs")

# Statements judged: 169 (11 with a stance). The lower, per field, of what held on the first run, on main
# 402ab06 (the session-start commit; the branch added only the fixtures and this module: found 163,
# speaker 128, anonymous 158, outlet 149, status 131 of 169, stance 9 of 11), and after rebasing on main
# cad0602 (found 163, speaker 128, anonymous 158, outlet 148, status 131, stance 9: the agency's own
# "The News Agency of Nigeria (NAN) reports that C" lost its outlet) and after rebasing on main 32d7b34
# (found 163, speaker 129, anonymous 158, outlet 149, status 137, stance 9; the junk, outlets, non-claims
# and relays as on the first run):
# Raised by the lead to what held on main when the batch landed (163/129/158/149/137, 9), then to main
# 89c1cb9 (a later session); floors never go down:
# Raised by the lead to main at the end of the session that landed batch 9 (test_news_heldout8).
# On 79be34f (fact checks read as a format: the posts, captions and claimants a check quotes, its verdict, its
# "we", a traced author): found/speaker/anonymous/outlet/status 169/164/167/168/163, stance 11.
# On the fact check's "Asked for the source of the claim, X pointed (the desk) to Y" read as X's: 169/165/167/168/164, stance 11.
FLOORS = {"found": 169, "speaker": 168, "anonymous": 169, "outlet": 169, "status": 169, "stance": 11}
# Speakers that are no plausible source: 20 on the first run. The list may only shrink.
JUNK_BY_SHAPE = {
    # (17 more on the first run are gone: titles, designations, a dateline, a seat, a piece of a title,
    # a list of places, a word of the content, a bridge, a host's hand-over and a placeholder)
    "a designation or description standing for a person or body the sentence names, not joined to it": {
        "registrar",
        "firm",
    },
}
KNOWN_JUNK_SPEAKERS = set().union(*JUNK_BY_SHAPE.values())
# Outlets the articles name (besides their publishers), and one stored though it is no outlet (a
# possessive phrase cut from "did not respond to Daily Maverick's questions about ..."). The second set
# may only shrink.
NAMED_OUTLETS = {"Business Day", "Business Insider", "Irish Examiner", "Premium Times"}
# Plausible sources the judgement did not need: a taxi driver whose words are not among the judged
# statements, and the shopkeepers RTÉ reports as a group.
PLAUSIBLE = frozenset({"liam quaid", "local businesses"})
# Judged non-claims stored as claims: 8 on the first run (a parent's question, the wire's web sign-off, a
# programme's schedule line, a live blog's "keep refreshing", an author's tagline, a fact-check's rating
# legend and its signatory line, a reporter's byline with a place); 7 once an author's note ('NAME is a
# reporter at OUTLET') is page furniture.
# Then 6: furniture no longer stored (a byline 'NAME, Technology Reporter, PLACE').
NOT_CLAIMS_STORED = 6

# Relays of one origin. Two more are not held on the first run: Punch's word-for-word reprint of NAN's
# "14 suspects had been arrested" paragraph is not found (nor is NAN's own), and the union's figure
# "21 workers were in the affected section", told to Reuters and to News24, is corroborated by its own
# copy in both stories.
RELAYS = [
    ("punch-neco-maths-leak", "photographed from a batch printed by Gbaremi Security Printers"),
    ("channels-neco-maths-leak-transcript", "photographed at the printer's in Kaduna"),
    ("reuters-kwezi-mine", "seismic activity on the mine's 41 level had increased"),
    ("news24-kwezi-mine-live", "warned in March about rising seismic activity on the 41 level"),
    ("dailymaverick-kwezi-mine-analysis", "warned in March of rising seismic activity on the 41 level"),
    ("rte-carrigmore-bridge", "recommended repairs costing €6 million within two years"),
    ("irishsun-carrigmore-bridge", "called for €6 million of repairs within two years"),
    ("ap-lumora-layoffs", "fall most heavily on the company's sales division"),
    ("globe-lumora-layoffs", "fall most heavily on the company's sales division"),
    ("geekwire-lumora-layoffs", "office would take the biggest share of the cuts"),
]


class TestHeldout(HeldoutBatch):
    FOLDER, EVENTS, TOTAL, FLOORS, RELAYS = HELDOUT, EVENTS, 169, FLOORS, RELAYS
    KNOWN_JUNK_SPEAKERS, PLAUSIBLE, NAMED_OUTLETS = KNOWN_JUNK_SPEAKERS, PLAUSIBLE, NAMED_OUTLETS
    NOT_CLAIMS_STORED = NOT_CLAIMS_STORED
