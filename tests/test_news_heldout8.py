"""Held-out smoke test, ninth batch (issues 12 and 13): twelve constructed articles about four more
invented events (tests/fixtures/news-heldout-8/), written and judged by hand by someone who had not
read the extraction rules, before the extractor ever ran on them, and kept apart from tuning. Scored
with the first batch's code (tests/test_news_smoke.py).

Do not tune rules on these articles or change their judgement to fit the output; the floors are what
held when the batch was added and may only go up. `NEWS_SMOKE_REPORT=1` with `-s` prints every miss.
"""

from __future__ import annotations

from test_news_smoke import HeldoutBatch

from conftest import FIXTURES

HELDOUT = FIXTURES / "news-heldout-8"
EVENTS = ("kovalai-reservoir", "cedarline-fees", "glenarrow-leopard", "salt-river-signals")

# Statements judged: 170 (15 with a stance). What held on the first run, on the session-start commit 262eb3a
# (the branch added only the fixtures, 4d2deb3, and this module): found 160, speaker 123, anonymous 154,
# outlet 149, status 143 of 170, stance 6 of 15; after rebasing on main f2a694d: found 160, speaker 131, anonymous
# 154, outlet 150, status 141, stance 7 (the vendor's quote and the professor's "I think" now `confirmed`; junk,
# outlets, non-claims and relays unchanged); after rebasing on main 5761171: found 161, speaker 131, anonymous 154,
# outlet 151, status 142, stance 7 (junk unchanged, two plausible sources new, 12 non-claims stored). The floors
# are the lower of all runs; they never go down:
# Raised by the lead to main at the end of the session that landed batch 9 (test_news_heldout8).
# On 79be34f (fact checks read as a format: the posts, captions and claimants a check quotes, its verdict, its
# "we", a traced author): found/speaker/anonymous/outlet/status 167/163/167/165/164, stance 14.
FLOORS = {"found": 168, "speaker": 166, "anonymous": 168, "outlet": 168, "status": 166, "stance": 14}
# Speakers that are no plausible source: 12 on the first run. The list may only shrink. A title, a designation
# or a place kept as, or read for, the name (4 on the first run) is gone since the speakers7 branch, and so is
# the subject of a plan inside the content of sources set off by a clause opened by 'whom', and the reader
# addressed as 'you' kept as an unresolved speaker.
JUNK_BY_SHAPE = {
    "the subject of a plain verb in the content, or a word of the content, read as the source": {
        "numbers affected",
        "people",
    },
    "an owner lost from the source's name": {"own figures"},
}
KNOWN_JUNK_SPEAKERS = set().union(*JUNK_BY_SHAPE.values())
# Plausible sources the judgement did not name: bodies whose warning, request or promise the text reports
# inside another's statement ("after its own compliance department warned that", "keepers ... told management
# months ago that", "the province had asked national government", "the government has promised"), and the
# Globe's two sources of the lead taken together as the CP relay words them; since main 5761171 also the
# Daily Maverick standfirst's "Engineers say" and the channel that "described it as" a check dam collapse; since
# "staff" is read as a group (not a title word of 'chief of staff'), the staff whose earlier warning a paper's report
# carries on a former employee's word, a warning inside another's statement like the keepers' above.
PLAUSIBLE = frozenset(
    {
        "staff",
        "engineers",
        "telugu news channel",
        "its own compliance department",
        "its compliance staff",
        "keepers at glenarrow wildlife park",
        "province",
        "government",
        "internal documents and three people familiar with the matter",
    }
)
# Outlets the articles name besides their publishers: PTI under its long name, SABC News under its short
# one. "PRASA" is stored as an outlet though it is none (held as found on the first run; may only go).
NAMED_OUTLETS = {"Press Trust of India", "SABC", "PRASA"}
# Judged non-claims stored as claims: 15 on the first run, 12 on main 5761171 (ThePrint's syndication disclaimer, Alt News'
# archive link and two donation lines, CP's "first published" line, the CBC transcript's title line, four
# questions and its "Coming up" line, three live-blog sign-on and sign-off lines, a question in a quote).
NOT_CLAIMS_STORED = 10

# Relays and reprints of one origin, held on the first run (none `corroborated`). Held but wrong: the Irish
# Independent's relay of the Sunday World's anonymous keeper is `confirmed` as "World" (and on the first run the
# CBC host's relay of the Globe's figure was `confirmed` as hers; on f2a694d it is the Globe's, `unconfirmed`).
RELAYS = [
    ("theprint-kovalai-reservoir", "the file was held up at the Secretariat"),
    ("theprint-kovalai-reservoir", "The reservoir had reached 23.4 feet"),
    ("pti-kovalai-reservoir", "The reservoir had reached 23.4 feet"),
    ("altnews-kovalai-factcheck", "held up at the Secretariat"),
    ("cp-cedarline-fees", "180,000 inactive chequing accounts"),
    ("cbc-cedarline-fees-transcript", "180,000 dormant accounts"),
    ("independent-glenarrow-leopard", "staff had warned management in June"),
    ("dailymaverick-salt-river-signals-analysis", "had been flat for weeks"),
    ("sabc-salt-river-signals", "had been flat for weeks"),
]


class TestHeldout(HeldoutBatch):
    FOLDER, EVENTS, TOTAL, FLOORS, RELAYS = HELDOUT, EVENTS, 170, FLOORS, RELAYS
    KNOWN_JUNK_SPEAKERS, NAMED_OUTLETS, PLAUSIBLE = KNOWN_JUNK_SPEAKERS, NAMED_OUTLETS, PLAUSIBLE
    NOT_CLAIMS_STORED = NOT_CLAIMS_STORED
