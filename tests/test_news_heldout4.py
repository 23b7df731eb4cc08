"""Held-out smoke test, fifth batch (issues 12 and 13): twelve constructed articles about four more
invented events (tests/fixtures/news-heldout-4/), written and judged by hand by someone who had not
read the extraction rules, before the extractor ever ran on them, and kept apart from tuning. Scored
with the first batch's code (tests/test_news_smoke.py).

Do not tune rules on these articles or change their judgement to fit the output; the floors are what
held when the batch was added and may only go up. `NEWS_SMOKE_REPORT=1` with `-s` prints every miss.
"""

from __future__ import annotations

from test_news_smoke import HeldoutBatch

from conftest import FIXTURES

HELDOUT = FIXTURES / "news-heldout-4"
EVENTS = ("merrow-fire", "koorawa-breach", "hosmani-resigns", "hallworth-transfer")

# Statements judged: 169 (15 with a stance). The lower, per field, of what held when the batch was judged
# and first run on main 2c6d8c0 (the session-start commit; the branch added only the fixtures and this
# module: found 161, speaker 137, anonymous 150, outlet 138, status 121, stance 10), on main 384cdc9
# (found 161, speaker 139, anonymous 152, outlet 139, status 123, stance 11), on main 1b18755 (found 161,
# speaker 140, anonymous 153, outlet 140, status 124, stance 11) and after rebasing on main ef1b205
# (found 161, speaker 140, anonymous 153, outlet 140, status 125, stance 11):
# Raised by the lead to what held on main at the end of the next session (found 162, speaker 152,
# anonymous 158, outlet 153, status 148, stance 14; first run 161/137/150/138/121, stance 10):
# Raised by the lead to main 89c1cb9 (a later session); floors never go down:
# Raised by the lead to main at the end of the session that landed batch 9 (test_news_heldout8).
# On 79be34f (fact checks read as a format: the posts, captions and claimants a check quotes, its verdict, its
# "we", a traced author): found/speaker/anonymous/outlet/status 167/160/165/163/158, stance 15.
# On the fact check's "Asked for the source of the claim, X pointed (the desk) to Y" read as X's: 167/161/165/163/159, stance 15.
# On the outlets a relay names: "told OUTLET in a phone interview that" with the quotation read by the model: 167/161/165/164/159.
# A statement that is the model's plain report whole ("NAME, MP for X and chair of the A, B and C Committee, said C")
# is no publisher's statement beside it (tests/test_model_attributions46.py): speaker 163 -> 164, outlet 166 -> 167.
FLOORS = {"found": 168, "speaker": 164, "anonymous": 167, "outlet": 167, "status": 163, "stance": 15}
# Speakers that are no plausible source: 20 on the first run, 16 at the end of its first session, 3 at
# the end of the next (titles, designations, dates and the police's initials are read now). The list
# may only shrink.
JUNK_BY_SHAPE = {
    "a word of the content or a describing phrase read as the source": {
        "notice from senate",
        "senate committee",
        "hallworth's board",
    },
}
KNOWN_JUNK_SPEAKERS = set().union(*JUNK_BY_SHAPE.values())
# Outlets the articles name (besides their publishers). Four were once stored though no outlet carried
# the statement (the police's AFP as the news agency, the auditor's initials, "The Telegraph" as "The
# Daily Telegraph", a name joined to the next sentence's outlet); only the auditor's initials (CAG) still
# are, in one article. The second set may only shrink.
NAMED_OUTLETS = {
    "ABC Radio Adelaide",
    "ASX",
    "Global News",
    "Mirror Sport",
    "Postmedia News",
    "The Australian",
    "The Indian Express",
}
NAMED_OUTLETS |= {"CAG"}
# Plausible sources the judgement did not need: the radio reporter in his own turn, a fan whose
# quotes are not among the judged statements, a party, its high command's signal, the hacking group's
# description, the Chief Minister's Office's statement.
PLAUSIBLE = frozenset(
    {
        "ravi dhillon",
        "sian pritchard",
        "bjp",
        "congress high command",
        "group behind the breach",
        "statement from the chief minister's office",
    }
)
# Judged non-claims stored as claims: 6 on the first run (a wire's credit line, a live blog's "refresh
# this page", a photo credit and its caption, a fact-check's rating legend, a "with inputs from" line).
# Then 2: furniture no longer stored (the agency's '(With inputs from ...)' sign-off and a caption closing with its bracketed credit).
NOT_CLAIMS_STORED = 2

# Relays of one origin. Two more are corroborated on the first run (Global News's scoop as CBC's host and
# the Vancouver Sun's live blog relay it: "recommended an order more than three hours before" and
# "recommended an evacuation order shortly after 8 p.m. Monday"); they hold on ef1b205 and may be added.
RELAYS = [
    ("cp-merrow-fire", "recommended an evacuation order shortly after 8 p.m."),
    ("aap-koorawa-breach", "passport numbers of about 200,000 international passengers"),
    ("hindu-hosmani-resigns", "had asked Mr. Hosmani to resign at a meeting on Sunday night"),
    ("ndtv-hosmani-resigns", "had asked Mr Hosmani to step down at a late-night meeting"),
    ("ndtv-hosmani-resigns", "submitted his resignation to Chief Minister Venkatesh Nadagouda"),
    ("pti-hosmani-resigns", "submitted his resignation to Chief Minister Venkatesh Nadagouda"),
    ("mirror-hallworth-transfer", "a payment of £250,000 from striker Joel Mbaye's agency"),
    ("athletic-hallworth-transfer-analysis", "paid £250,000 to a firm run by the brother"),
    ("athletic-hallworth-transfer-analysis", "putting the total at £300,000"),
]


class TestHeldout(HeldoutBatch):
    FOLDER, EVENTS, TOTAL, FLOORS, RELAYS = HELDOUT, EVENTS, 169, FLOORS, RELAYS
    KNOWN_JUNK_SPEAKERS, PLAUSIBLE, NAMED_OUTLETS = KNOWN_JUNK_SPEAKERS, PLAUSIBLE, NAMED_OUTLETS
    NOT_CLAIMS_STORED = NOT_CLAIMS_STORED
