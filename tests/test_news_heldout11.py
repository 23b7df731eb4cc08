"""Held-out smoke test, twelfth batch (issues 12 and 13): twelve constructed articles about four more
invented events (tests/fixtures/news-heldout-11/), written and judged by hand by someone who had not
read the extraction rules, before the extractor ever ran on them, and kept apart from tuning. Scored
with the first batch's code (tests/test_news_smoke.py).

Do not tune rules on these articles or change their judgement to fit the output; the floors are what
held when the batch was added and may only go up. `NEWS_SMOKE_REPORT=1` with `-s` prints every miss.
"""

from __future__ import annotations

from test_news_smoke import HeldoutBatch

from conftest import FIXTURES

HELDOUT = FIXTURES / "news-heldout-11"
EVENTS = ("quilapa-brine", "tralomectin-retraction", "almarjan-points", "kaolack-syrup")

# Statements judged: 170 (12 with a stance). What held on the first run, on the session-start commit 8baeb9f
# (the branch added only the fixtures, dbb614d, and this module): found 158, speaker 116, anonymous 147, outlet
# 152, status 118 of 170, stance 8 of 12; after rebasing on main 8a7f5ad: found 158, speaker 115, anonymous 148,
# outlet 152, status 120, stance 8 (the industry association's two statements now `unconfirmed`; the radio
# mother's turn is now given to the correspondent before her, no longer to nobody, and her relay of the
# pharmacist with it; junk, outlets, non-claims and relays unchanged); after rebasing again on main 529efb0 and
# on a075f99: the same figures and misses. The floors are the lower of all runs; they never go down:
# On 79be34f (fact checks read as a format: the posts, captions and claimants a check quotes, its verdict, its
# "we", a traced author): found/speaker/anonymous/outlet/status 162/151/157/159/150, stance 12.
# Session 48 (standing48: a community's lawyer is an advocate, a single source): status 157 -> 158.
FLOORS = {"found": 163, "speaker": 154, "anonymous": 162, "outlet": 160, "status": 161, "stance": 12}
# Speakers that are no plausible source: 9 on the first run. The list may only shrink.
JUNK_BY_SHAPE = {
    "a nationality or a place kept as, or read for, the name": {"norwegian"},
    "a name cut short (a firm's, a database's, a source's description)": {"echenique vial", "source"},
    "a pronoun or an unresolved speaker kept as the name": {"unidentified speaker"},
}
KNOWN_JUNK_SPEAKERS = set().union(*JUNK_BY_SHAPE.values())
# Plausible sources the judgement did not name: the institute under the description a lead gives it, the drug's
# maker under its short name, and the health authorities a broadcaster and a verdict speak of.
PLAUSIBLE = frozenset(
    {
        "norwegian aquaculture research institute",
        "aqualon",
        "health authorities",
        "regional health authorities",
    }
)
# Outlets the articles name besides their publishers: the papers whose scoops are relayed and the agency whose
# report is carried. Two more are stored though they are no outlet of their own (the wire with the way the
# chief executive was reached, and a correction's "earlier version"), held as found on the first run; that
# second set may only shrink.
NAMED_OUTLETS = {"Dagens Næringsliv", "Al Khaleej", "Emirates News Agency"}
# (the release carried in full is its issuer's medium, as DESIGN.md says an outlet may be)
NAMED_OUTLETS |= {"Vestland Institute for Aquaculture Research press release"}
# (both no longer stored: the wire with how it was reached is the wire, an earlier version the publisher)
# Judged non-claims stored as claims: 9 on the first run (Reuters' "(Adds ...)" line, Fish Farmer's line
# introducing the release, both transcripts' intro lines, NRK's thanks, RFI's sign-off, APS' translation line,
# Africa Check's translation line and its boilerplate).
NOT_CLAIMS_STORED = 7

# Relays of one origin, held on the first run (none `corroborated`): Reuters' anonymous government official and
# BNamericas' relay of it; the bank's output estimate in the wire and again in the analysis; Al Khaleej's league
# source as The National relays it, and the second anonymous league official Khaleej Times quotes (two anonymous
# sources of one side are one); RFI's anonymous doctor and Africa Check's relay of him. (NRK's and Retraction
# Watch's relays of Dagens Næringsliv's scoop were not found on the first run.)
RELAYS = [
    ("reuters-quilapa-brine", "had warned the company twice in 2025"),
    ("bnamericas-quilapa-brine-analysis", "had twice warned Altoandina in 2025"),
    ("reuters-quilapa-brine", "could cut Chile's lithium output by up to 4%"),
    ("bnamericas-quilapa-brine-analysis", "could remove up to 4% of national output"),
    ("thenational-almarjan-live", "listed Thiago Rezende as suspended from November 11"),
    ("khaleejtimes-almarjan-cas", "the suspension had been entered into the system on November 11"),
    ("rfi-kaolack-syrup-transcript", "not nine but thirteen children"),
    ("africacheck-kaolack-syrup-factcheck", "at thirteen"),
]


class TestHeldout(HeldoutBatch):
    FOLDER, EVENTS, TOTAL, FLOORS, RELAYS = HELDOUT, EVENTS, 170, FLOORS, RELAYS
    KNOWN_JUNK_SPEAKERS, NAMED_OUTLETS, PLAUSIBLE = KNOWN_JUNK_SPEAKERS, NAMED_OUTLETS, PLAUSIBLE
    NOT_CLAIMS_STORED = NOT_CLAIMS_STORED
