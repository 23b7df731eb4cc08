"""Held-out smoke test, twenty-first batch (issues 12 and 13): twelve constructed articles about four more
invented events (tests/fixtures/news-heldout-20/), ordinary multi-outlet news copy written and judged by hand
by someone who had not read the extraction rules, before the extractor ever ran on them, and kept apart from
tuning. Scored with the first batch's code (tests/test_news_smoke.py).

Do not tune rules on these articles or change their judgement to fit the output; the floors are what
held when the batch was added and may only go up. `NEWS_SMOKE_REPORT=1` with `-s` prints every miss.
"""

from __future__ import annotations

from test_news_smoke import HeldoutBatch

from conftest import FIXTURES

HELDOUT = FIXTURES / "news-heldout-20"
EVENTS = ("marura-ambulances", "pedrazul-vaccines", "gangho-lift", "vilaserra-paintings")

# Statements judged: 189 (20 with a stance). What held on the first run, on the session-start commit a8692d7 (the
# branch added only the fixtures, committed before the extractor ran on them, and this module): found 185, speaker
# 161, anonymous 176, outlet 171, status 150 of 189, stance 15 of 20. Two judging mistakes against the written rules
# were corrected after that run, and only these: the company's "said in a press release" gives the outlet "<issuer>
# press release" (seeds/README.md, section 4; the batch of syrup and the batch of maternity wards judge it so), which
# the judgement had left null on four statements (outlet 171 -> 175); and an association of dealers is an interest
# group, `unconfirmed` by tests/fixtures/articles/README.md, which the judgement had only `confirmed` (status 150 ->
# 151). The misses by shape on that run, against the corrected judgement (none of them tuned on):
# - not found (4): a standfirst's "the state says N doses were lost"; a company's second "and that" clause after a
#   quoted first one ('said "..." and that its chief executive ... had resigned'); a denial of a report ("denied a
#   KBS report that ..."); a ministry's "said in a statement sent to WIRE that the Laboratory, which depends on the
#   ministry, had carried out ..." (a relative clause inside the subject).
# - wrong speaker (24): the publisher for a record it has seen or a report it cites ("according to fleet records
#   seen by the Nation", "The records ... list", "The report ... found") 3; the publisher for a standfirst's "the
#   state now says", a lead's "experts and officials say", a ministry's statement closing the lead, and a
#   superintendent who "declined to give an interview" 4; names cut short ("Controller" of Budget, "Pharmacists and
#   Dentists Union" at the name's comma, "Figueiredo Laboratory", "Directorate-General", "door of the ... health
#   post" for a sign on its door) 5; a report nested in a relative clause or after "after the newspaper reported
#   that" stored under the clause's outer speaker ("most of which a local newspaper said", "a laboratory analysis
#   concluded", Folha's figure inside the secretary's words) 3; "It told the Nation" read as the anti-graft body
#   of the sentence before 1; a new anonymous ministry official read as the earlier procurement official 1; the
#   ministry's secretary under his title alone 2; "They show that" after "KBS has obtained ... schedules" with no
#   speaker 1; a professor's quotes under a broadcaster's "[Interview] Professor NAME, ..." label read as the
#   management office of the paragraph before 2; "data the company submitted to AGENCY" as the company 1; a paper's
#   own "JN has learned" read as the paintings "attributed to" a painter 1.
# - anonymity (9): the secretariat's own inventory "obtained by Folha", a sign on a door, schedules with no speaker,
#   paintings "attributed to" a painter, and a standfirst's "Galeria Atlantida's owner says" read as anonymous 5;
#   the ministry's secretary under his title alone 2; the publisher for "experts and officials say" 1; the anonymous
#   police source for the laboratory's analysis nested in his sentence 1.
# - outlet (10): "told Lusa today" read as the newspaper USA Today 3; the publisher where no medium is named, after
#   a wrong speaker 3; the portal's own correction and standfirst under "G1" where its header writes g1 2; a nested
#   report of a named paper stored without its outlet 1; the agency a company's data were submitted to 1.
# - status (34): a party's own account confirmed although the text contradicts it (the supplier twice, the
#   warehouse contractor twice, the lift company's lawyer twice, the gallery owner three times) 9; a statement its
#   speaker withdrew later, in this article or in another, not retracted (the governor's spokesman's "all 40 in
#   service", the secretariat's first figure twice, the lift company's press release twice, the gallery owner's
#   provenance twice) 7; a deputy governor on the record unconfirmed, a figure disputed only by a withdrawn
#   statement, a culture department disputed where nothing contradicts it, a state laboratory's technicians
#   unconfirmed 4; a mother, the nurse nested in her quote and the gallery owner's account of his own purchase
#   (twice) confirmed 4; the rest follow from a wrong speaker 10.
# - stance (5): a state secretary's "the figure released by the secretariat was wrong", the gallery owner's "no
#   longer in a position to guarantee it" and a paper's "Correction: ... JN wrote that ..." as plain assertions; a
#   superintendent's "declined to give an interview" stored as the publisher's assertion; the lift company's denial
#   of the broadcaster's report not found.
# Web furniture: three of the judged non-claims stored (a portal's "Published on: ... | Updated on:" line, a
# broadcaster's "NAME reports." sign-off and its speaker label in brackets); every other miss is in ordinary news
# prose (three of them in standfirsts, two under a broadcaster's "[Interview]" label).
# Landed on main after all of the session's other work (b3a0c81): found 185, speaker 161, anonymous 176, outlet 177,
# status 151, stance 15. The outlet's +2 is the one fix made after reading this batch's report, and it is disclosed:
# the wire's "told Lusa today" is no longer read as USA Today (01763da, a listed outlet's name before a time word is
# tried before a loose match of all the words; 0 of 1,232 other articles changed). Nothing else moved: the
# session's rules on withdrawals (three commits, written from earlier batches) retract none of this batch's seven.
# Raised after session 42's work on names cut short, each fix written from a constructed fixture of its shape
# (tests/test_speakers_names42.py) after this batch's report was read: speaker 161 -> 169, anonymous 176 -> 178,
# status 151 -> 154 (the Controller of Budget before its report's period, the union's name listed with commas, the
# laboratory's "de", the Directorate-General's "for", the secretary's name after his post and its portfolio, the
# professor's "[Interview]" label over his quotation; the status follows from the right speakers).
# Raised by session 47 (names47, checked on it, not developed on it): speaker 170 -> 171.
# The floors never go down:
FLOORS = {"found": 186, "speaker": 173, "anonymous": 180, "outlet": 180, "status": 167, "stance": 16}
# Speakers that are no plausible source: 9 on the first run. The list may only shrink.
JUNK_BY_SHAPE = {
    "a name or description cut short": {
        "door of the vila nova health post",
    },
    "the object of 'attributed to' or 'listed in' taken for the speaker": {
        "equipment",
    },
    "no speaker found": {"unidentified speaker"},
}
KNOWN_JUNK_SPEAKERS = set().union(*JUNK_BY_SHAPE.values())
# Plausible sources the judgement did not name: the health ministry's secretary under his title alone.
PLAUSIBLE = frozenset({"ministry's secretary of health surveillance"})
# Outlets the articles name besides their publishers: the paper the wire relays, the broadcaster's television
# channel, a regional TV station, and the company's press release (as the seed's rules name one). On the first run
# also: the portal under another spelling than its header's, the agency a company's data were submitted to, and
# "USA Today" read from "told Lusa today" (gone since 01763da).
NAMED_OUTLETS = {
    "Daily Nation",
    "Citizen TV",
    "TV Grande Minas",
    "Daesung Lift Service press release",
    "G1",
    "Korea Elevator Safety Agency",
}
# Judged non-claims stored as claims: 3 on the first run (a portal's published-and-updated line, a broadcaster's
# sign-off and its speaker label).
NOT_CLAIMS_STORED = 3

# Relays of one origin, held on the first run (none `corroborated`): the national paper's anonymous procurement
# officer relayed by the wire; the national paper's anonymous nurse relayed by the state wire.
RELAYS = [
    ("nation-marura-ambulances", "the supplier had been paid in full in August"),
    ("reuters-marura-ambulances", "the supplier had been paid in full although the equipment"),
    ("folha-pedrazul-vaccines", "the temperature alarm had been switched off in mid-April"),
    ("agenciabrasil-pedrazul-vaccines", "the temperature alarm was switched off in April"),
]


class TestHeldout(HeldoutBatch):
    FOLDER, EVENTS, TOTAL, FLOORS, RELAYS = HELDOUT, EVENTS, 189, FLOORS, RELAYS
    KNOWN_JUNK_SPEAKERS, NAMED_OUTLETS, PLAUSIBLE = KNOWN_JUNK_SPEAKERS, NAMED_OUTLETS, PLAUSIBLE
    NOT_CLAIMS_STORED = NOT_CLAIMS_STORED
