"""Held-out smoke test, sixteenth batch (issues 12 and 13): twelve constructed articles about four more
invented events (tests/fixtures/news-heldout-15/), ordinary multi-outlet news copy as a reader copies it
off the web, written and judged by hand by someone who had not read the extraction rules, before the
extractor ever ran on them, and kept apart from tuning. Scored with the first batch's code
(tests/test_news_smoke.py).

Do not tune rules on these articles or change their judgement to fit the output; the floors are what
held when the batch was added and may only go up. `NEWS_SMOKE_REPORT=1` with `-s` prints every miss.
"""

from __future__ import annotations

from test_news_smoke import HeldoutBatch

from conftest import FIXTURES

HELDOUT = FIXTURES / "news-heldout-15"
EVENTS = ("huaracaya-spill", "prince-albert-mri", "elk-signalling", "pwani-tea")

# Statements judged: 180 (15 with a stance). What held on the first run, on the session-start commit 12b6913 (the
# branch added only the fixtures, committed before the extractor ran on them, and this module): found 177, speaker
# 157, anonymous 173, outlet 162, status 159 of 180, stance 12 of 15; after rebasing on main c213f66, 9d24b51 and
# 3b8a98e (polls and surveys cited with 'in', beliefs with no 'that', participles after a thing written): the same
# figures, misses, junk, outlets, non-claims and relays; on main 435432d (page furniture): the same, but the business
# wire's two contact lines no longer stored (non-claims 9 -> 7); on main 622bef5 and 41de9b3 (a date is never part of
# a name): outlet 162 -> 163, the broadcaster's name with the weekday after it no longer stored as an outlet; on
# main 4c2d74f the same as on 41de9b3.
# The floors never go down (the lower of all runs; the lists and allowances are the first run's):
FLOORS = {"found": 177, "speaker": 165, "anonymous": 175, "outlet": 167, "status": 174, "stance": 13}
# Speakers that are no plausible source: 6 on the first run. The list may only shrink.
JUNK_BY_SHAPE = {
    "the relative clause of a description kept as the speaker": {"evaluated bids for prince albert's new mri contract"},
    "words of the content taken for the speaker": {"government of having rigged"},
    "a firm named in an earlier sentence taken for the speaker of an unattributed one": {"vistula securities"},
}
KNOWN_JUNK_SPEAKERS = set().union(*JUNK_BY_SHAPE.values())
# Plausible sources the judgement did not name: the minister by title and province, the Cabinet Secretary by his
# title's short form, an auditor's office and an association's managing director whose sentences were not judged, the
# opposition as a group, a company's lawyers, a report and an annual report by their possessive, and a publisher in a
# longer spelling.
PLAUSIBLE = frozenset(
    {
        "saskatchewan's health minister",
        "agriculture cs",
        "office of the provincial auditor",
        "faith wangari",
        "opposition",
        "its lawyers",
        "its monthly report",
        "its annual report",
        "bloomberg news",
    }
)
# Outlets the articles name besides their publishers: the broadcasters a minister and a Cabinet Secretary spoke to, and
# the regional station a broadcaster relays. Two more are stored though no article names them so (a publisher in a
# longer spelling, and a medium with the words after it kept), held as found on the first run; that second set may
# only shrink.
NAMED_OUTLETS = {"TVN24", "Citizen TV", "Radio Białystok"}
NAMED_OUTLETS |= {"Bloomberg News", "Tea Board seen by the Business Daily"}
# Judged non-claims stored as claims: 9 on the first run (a broadcaster's photo credit, a business wire's two contact
# lines, a site's image credit and its two support-appeal sentences, a paper's photo caption and its credit, and a
# broadcaster's publication stamp); 7 since the session's page-furniture landing (the two contact lines gone).
# Then 3: furniture no longer stored (a picture's 'Main image credit:' line and two captions closing with a bracketed credit).
# Then 2: furniture no longer stored (a time stamp 'Published on: DATE (ZONE)').
NOT_CLAIMS_STORED = 2

# Relays of one origin, held on the first run (none `corroborated`): a broadcaster's anonymous evaluator and the wire
# relaying him; a business wire's anonymous word that an anti-corruption bureau examines the bid and the site relaying
# it. (Not held, so not listed: a paper's anonymous agency official relayed by a broadcaster came out `corroborated` in
# both stories.)
RELAYS = [
    ("cbc-prince-albert-mri", "It was clear to all of us what result they wanted"),
    ("cp-prince-albert-mri", "it was clear to committee members what result senior officials wanted"),
    ("bloomberg-elk-signalling", "is also examining the bid"),
    ("notesfrompoland-elk-signalling", "is examining the bid"),
]

class TestHeldout(HeldoutBatch):
    FOLDER, EVENTS, TOTAL, FLOORS, RELAYS = HELDOUT, EVENTS, 180, FLOORS, RELAYS
    KNOWN_JUNK_SPEAKERS, NAMED_OUTLETS, PLAUSIBLE = KNOWN_JUNK_SPEAKERS, NAMED_OUTLETS, PLAUSIBLE
    NOT_CLAIMS_STORED = NOT_CLAIMS_STORED
