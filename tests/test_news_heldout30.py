"""Held-out smoke test, thirty-first batch (issues 12 and 13): twelve constructed articles about four more
invented events (tests/fixtures/news-heldout-30/), ordinary multi-outlet news copy written and judged by hand
by someone who had not read the extraction rules, before the extractor ever ran on them, and kept apart from
tuning. Scored with the first batch's code (tests/test_news_smoke.py).

Do not tune rules on these articles or change their judgement to fit the output; the floors are what
held when the batch was added and may only go up. `NEWS_SMOKE_REPORT=1` with `-s` prints every miss.
"""

from __future__ import annotations

from test_news_smoke import HeldoutBatch

from conftest import FIXTURES

HELDOUT = FIXTURES / "news-heldout-30"
EVENTS = ("slapnica-trout", "tapyta-meals", "zitouna-oil", "kehlenbach-creche")

# Statements judged: 181 (25 with a stance: 8 denials, 9 declines to confirm, 8 retractions). The first run, on the
# session-start commit 0cc0859 (the branch added only the fixtures, committed before the extractor ran on them in
# 61f264e, and this module): found 179, speaker 169, anonymous 174, outlet 178, status 151 of 181, stance 23 of 25.
# Three judging mistakes against the written rules were corrected after the run: the Jaén laboratory is never named,
# yet the three statements whose accepted speakers include it ("laboratory results obtained by inkyfada", "The
# analyses, carried out by an accredited laboratory in Jaén", "laboratory tests in Spain") accepted only a named
# speaker, while the rules call a source described without a name anonymous: they accept both now (anonymous +1,
# the relay in the agency's story); "according to calculations by the Luxembourg Times" lacked the description the
# text gives of its source among the speaker names, as the batch's "Operating logs of the plant, which this newspaper
# has obtained" and the thirtieth batch's "police records seen by Times of Malta" have it (speaker +1); and the
# minister's "the ministry had found \"serious irregularities\"" (and its relay by RTL in the magazine) accepted no
# `corroborated`, while the registers the Luxembourg Times saw, an independent origin, accepted `corroborated` for
# the same proposition on the strength of the minister: both directions accept it now (status +2). Nothing else
# was changed: found 179, speaker 170, anonymous 175, outlet 178, status 153, stance 23.
# The misses by shape (none of them tuned on):
# - not found (2): the publisher's sentence around an embedded statement ("Delivery receipts submitted by the company
#   ... carry the signatures of headteachers who say they never signed them": only the embedded statement stored) 1;
#   a lead whose content holds the verb "claimed" ("A private crèche chain in Kehlenbach claimed state childcare
#   subsidies for ..., the Luxembourg Times can reveal" stored as the chain's claim, cue "claimed") 1.
# - wrong speaker (9 besides the two not found): the owner's "said in a written reply that \"A\" and that B" stored
#   whole as the publisher's sentence (two statements) 2; the "saying" after "rejected claims by local anglers that"
#   given to the anglers 1; "It added that" in a withdrawal story given to "Hydro", cut from the headline's "Hydro
#   plant owner" 1; no speaker for "headteachers who say they never signed them" 1; the Comptroller's finding
#   ("after a preliminary report by the Comptroller General's Office established that") left in the retraction's claim,
#   its own claim stored under "Comptroller General's Office established" 1; an interest group's "said A and demanded
#   B" stored under the National Oil Office (two statements) 2; "He declined to name the suppliers ..." stored as the
#   publisher's sentence 1.
# - anonymity (4 besides the two not found): no speaker for the headteachers 1; "payment orders published on the
#   Governor's Office's transparency portal", "calculations by the Luxembourg Times" and "local anglers" (the
#   "saying" above) stored as anonymous 3.
# - outlet (1 besides the two not found): "He declined to name" stored under the publisher with its outlet 1.
# - status (26 besides the two not found): associations, a union, an interest group and their heads confirmed (the
#   angling club president's seven statements in two outlets, the river association, the teachers' union leader's
#   four, the olive growers' group) 13; lawyers confirmed 3; a private person (a parent) confirmed 1; statements
#   withdrawn later kept confirmed or unconfirmed (the owner's "agreed in advance", the Governor's Office's
#   "verified by its supervisors", the oil office's "passed all the physical and chemical tests") 3; quotes explaining
#   a withdrawal stored disputed (the finance director's two, by the firm's rejection of the Comptroller) or retracted
#   ("I was wrong to say that") 3; the Comptroller's finding left in the retraction's claim, retracted 1; the
#   director's "saying" given to the anglers, disputed 1; the oil office's export figures disputed by the laboratory
#   results 1.
# - stance (2): "He declined to name the suppliers ..." stored as the publisher's assertion 1; "Kieffer rejected the
#   opposition's accusation that A, telling MPs that B" stored as her assertion of A 1 (the other seven denials,
#   eight declines to confirm and the eight retractions, the four corrections among them, held).
# Web furniture: six judged non-claims stored: two agency desk-initial lines ("(STA/ak/mz)", "(IP/mga)"), three
# newsletter or subscription lines, a caption ("The port of Sfax. (Photo archive)"). Not scored but seen: the
# datelines "COLONIA TAPYTÁ." and "Asunción, March 21 (IP Agency)." stored as the publishers' claims; "did not
# respond", "did not answer calls" and "was unable to reach" stored as the publishers' claims; a reason for anonymity
# stored as the employees' claim (cue "asked": "their names be withheld because ..."); "headteacher of" taken for a
# cue ("the San Roque basic school, holding a copy of a receipt ..." stored under the headteacher); "Asked about the
# report" stored as a claim of no speaker (cue "asked"); "ABC Color, which first reported the case" stored as ABC's
# claim "the case"; "claims by local anglers that A" stored as the anglers' assertion beside the director's denial;
# the club's warning inside its president's "He said the club had warned ..." stored again under the club (cue
# "warned"); the second sentences of the four corrections stored.
# At the end of the session that wrote it (main 9826fe3, with that session's 24 other commits, none tuned on this
# batch; its misses were read only after the batch's first run): found 179, speaker 171, anonymous 176, outlet 178,
# status 154 of 181, stance 24 of 25 (+1 speaker, anonymous, status and stance over the corrected first run).
# The floors are what held when the batch landed and never go down:
FLOORS = {"found": 179, "speaker": 171, "anonymous": 176, "outlet": 178, "status": 172, "stance": 24}
# Speakers that are no plausible source: 3 on the first run (after the correction above). The list may only shrink.
JUNK_BY_SHAPE = {
    "a name or description cut short": {
        "hydro",  # "It added that" in the withdrawal story, cut from the headline's "Hydro plant owner withdraws ..."
    },
    "a name running into its cue": {
        "comptroller general's office established",  # "after a preliminary report by the Comptroller General's Office established that"
    },
    "a reporting word that is no cue": {
        "private crèche chain in kehlenbach",  # "A private crèche chain in Kehlenbach claimed state childcare subsidies for", cue "claimed"
    },
}
KNOWN_JUNK_SPEAKERS = set().union(*JUNK_BY_SHAPE.values())
# Plausible sources the judgement did not need: the owners of the claims a director rejected ("rejected claims by
# local anglers that the company had ignored their warnings").
PLAUSIBLE: frozenset[str] = frozenset({"local anglers"})
# Outlets stored besides the publishers: two outlets the relays name ("The Slovenian daily Delo reported", "Spanish
# daily El País reported") and "La Presse", the daily's short name in "told La Presse".
NAMED_OUTLETS = {"Delo", "El País", "La Presse"}
# Judged non-claims stored as claims: 6 on the first run (two desk-initial lines, three newsletter or subscription
# lines, a caption).
NOT_CLAIMS_STORED = 6

# Relays of one origin, all held on the first run (no claim of them was stored `corroborated`): the four scoops'
# leads or documents, their relays by the other outlets ("The Slovenia Times reported on Tuesday that", "The daily
# ABC Color reported on Monday that", "ABC Color, which first reported the case, said on Thursday that", "News
# website inkyfada reported on Monday that", "The Luxembourg Times reported on Tuesday that").
RELAYS = [
    ("slotimes-slapnica-trout", "the bottom outlet was opened at 23:40 and left open for almost six hours"),
    ("sta-slapnica-trout", "the bottom outlet had been left open for almost six hours"),
    ("abc-tapyta-meals", "billed for meals at 38 rural schools that received no food at all"),
    ("ip-tapyta-meals", "had been paid G. 4,100 million for lunches at 38 schools that received no food"),
    ("ultimahora-tapyta-meals", "the supervisor who certified the deliveries had been suspended"),
    ("inkyfada-zitouna-oil", "had been blended with refined pomace oil"),
    ("tap-zitouna-oil", "laboratory tests in Spain had found the oil to be blended with refined pomace oil"),
    ("luxtimes-kehlenbach-creche", "at least 46 children who had left its care or never attended"),
    ("rtl-kehlenbach-creche", "internal registers showed at least 46 children as absent for six months"),
]


class TestHeldout(HeldoutBatch):
    FOLDER, EVENTS, TOTAL, FLOORS, RELAYS = HELDOUT, EVENTS, 181, FLOORS, RELAYS
    KNOWN_JUNK_SPEAKERS, NAMED_OUTLETS, PLAUSIBLE = KNOWN_JUNK_SPEAKERS, NAMED_OUTLETS, PLAUSIBLE
    NOT_CLAIMS_STORED = NOT_CLAIMS_STORED
