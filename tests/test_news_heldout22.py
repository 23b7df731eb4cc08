"""Held-out smoke test, twenty-third batch (issues 12 and 13): twelve constructed articles about four more
invented events (tests/fixtures/news-heldout-22/), ordinary multi-outlet news copy written and judged by hand
by someone who had not read the extraction rules, before the extractor ever ran on them, and kept apart from
tuning. Scored with the first batch's code (tests/test_news_smoke.py).

Do not tune rules on these articles or change their judgement to fit the output; the floors are what
held when the batch was added and may only go up. `NEWS_SMOKE_REPORT=1` with `-s` prints every miss.
"""

from __future__ import annotations

from test_news_smoke import HeldoutBatch

from conftest import FIXTURES

HELDOUT = FIXTURES / "news-heldout-22"
EVENTS = ("kessering-plows", "tapira-cattle", "kiamuthi-seed", "monteverde-marathon")

# Statements judged: 183 (22 with a stance). What held on the first run, on the session-start commit b8d2e14 (the
# branch added only the fixtures, committed before the extractor ran on them in 67d5657, and this module): found 182,
# speaker 157, anonymous 170, outlet 161, status 143 of 183, stance 16 of 22. One judgement was changed after that
# run, a plain judging mistake against the written rule (an outlet named in the sentence before applies when the
# sentence continues the same speaker's interview, as the batch's own CBC denial was judged): the ranch owner's "He
# denied any irregularity", right after his "told TV Globo that A and that B", now accepts TV Globo beside null
# (outlet +1); the organizer's two 'that' clauses right after her RNE interview were given RNE beside null in the
# same change (no score moved). With it: outlet 162. The misses by shape (none of them tuned on):
# - not found (1): the paper's own finding "Folha found the same truck licence plates in permits ..." (a sentence
#   opening with the publisher's name and 'found').
# - wrong speaker (25, and the one not found): documents cut short or given to the publisher ("gps" for "GPS records
#   from 14 of Tamrack Contracting's plows", "The permits, known as GTAs, show that", "according to Kephis laboratory
#   results seen by the Nation" closing the lead and "The results also show that") 4; "two fleet-tracking companies,
#   which said" stored as "which" 1; relays stored under the relaying or the relayed outlet ("The broadcaster quoted a
#   former driver, who was not named, as saying" under CBC News, "Folha de S.Paulo, citing animal transit permits,
#   said" under the wire, "El País reported on November 3 that ..., according to an independent measurement" under
#   the broadcaster) 3; a councillor's split quote '"This is an admission," Coun. NAME said during the debate' under
#   CBC News, named in the sentence before 1; '"...," he said' after an anonymous source's sentence given to a named
#   party near it (the former buyer's two sentences to the meatpacker, the agro-dealer's to a farmer named two
#   paragraphs up, the runner's to the organizer) 4; the translated "For researcher NAME, of ..., the case shows that"
#   under the paper 1; the wire headline's "Brazil's Vereda" for the company (one claim holding two 'that' clauses) 2;
#   "..., environmental groups say" closing a sentence under the wire 1; "The prosecutors' office declined to comment"
#   stored as "prosecutors office" 1; a deck's "Meatpacker now says it checks ..." with no speaker 1; withdrawals
#   stored as the publisher's own sentences ("The meatpacker ... withdrew on Thursday (11) the statement in which it
#   had said", "The organizer ... has withdrawn its denial and acknowledged that", whose acknowledged clause went to
#   "organizer of the monteverde") 3; "Agriculture Cabinet Secretary NAME has directed X to compensate" under the news
#   agency 1; "Its website still describes the course as" under the federation of the sentence before 1; a translated
#   angle-quoted quote '«...», the director of X, NAME, said in an interview with Radio Nacional de España (RNE)' under
#   the broadcaster 1.
# - anonymity (12, and the one not found): documents and records anonymous (invoices "released with the records",
#   permits behind 'according to', "after a newspaper reported that" with the paper named in the next sentence,
#   "according to World Athletics lists", "according to the regional official gazette") 5; the organizer of "The
#   organizer denies that" and of its acknowledgement anonymous 2; anonymous sources stored under a named speaker
#   (the relayed driver, the buyer's two quoted sentences, the agro-dealer's quote) not anonymous 4; the deck with no
#   speaker 1.
# - outlet (21 on the first run, 20 after the correction, and the one not found): a company's "In a statement to CBC
#   News, ... said A and that B" and the wire's "In its statement to CBC, the company said A and that B" with no outlet
#   4; the broadcaster's site g1 stored as "G1" on its own sentences and its correction 3; the outlet of a statement
#   stored under a wrong speaker or the publisher (CBC News on the councillor's quote, Folha on the researcher's, the
#   wire on the relayed paper and on the environmental groups, G1 on the meatpacker's withdrawal, the agency on the
#   minister's directive, the broadcaster on the organizer's withdrawal, on the El País relay and on the RNE interview)
#   9; outlets named for a statement not carried ("told Jornal Nacional that", "To Folha, a former cattle buyer ...
#   said", "had told Citizen Digital last week that", "A federation source consulted by RTVE said") 4; the ranch
#   owner's denial (the judging mistake above) 1.
# - status (39, and the one not found): a party's account kept confirmed or corroborated although it is withdrawn or
#   contradicted in another article (the contractor's "frequently drop signal" and "every invoiced route had been
#   plowed" in the broadcaster's story and the wire's relay, corroborating each other; the meatpacker's "100% of
#   direct and indirect suppliers"; the seed company's rainfall blame; the race organizer's "measured and certified in
#   2024", "following the plan" and "the one certified"; the seed manager's "not old stock" relayed; the ranch owner's
#   two 'that' clauses) 12; an anonymous buyer and the other paper's relay of him ("To Folha, ...") corroborating each
#   other 2; a lawyer twice, a farmers' association chairman four times, an athlete's agent twice, a former measurer
#   and the measurer confirmed 10; the buyer's two quoted sentences confirmed under the company 2; the GPS records
#   confirmed 1; official bodies unconfirmed (a sub-county agriculture officer, the federation's "not received any
#   complaint" and its statement's two 'that' clauses) 4; a publisher's rules sentence disputed 1; the rest follow
#   from a wrong speaker (the deck, two withdrawals and an acknowledgement stored as the publisher's, the directive,
#   the RNE quote, the El País relay under the broadcaster) 7.
# - stance (6): two withdrawals by a company stored as the publisher's assertions ("withdrew on Thursday (11) the
#   statement in which it had said", "has withdrawn its denial and acknowledged that"); a paper's "Correction: A
#   previous version of this story misstated ..." and an agency's "Editor's Note: An earlier version of this story
#   misspelt ..." as assertions; a managing director's "said A but would not discuss the results" stored inside A;
#   'Asked whether ..., NAME said he would "let the audit speak to that."' as an assertion.
# Web furniture: one judged non-claim stored (a broadcaster's date line "MADRID 12.11.2026 | 19:40 h."); every other
# miss is in ordinary news prose (one in a deck, two under a wire headline's name, five in translated copy: the
# researcher's 'For NAME, ...', the angle-quoted RNE quote, 'To Folha, ...', the site's '(11)' withdrawal).
# Raised in session 44 (on b8d2e14's extractor; main's other session-44 rules moved speaker, anonymity and outlet
# besides): withdrawals told in prose with a body's description ('The meatpacker NAME withdrew on Thursday (11) the
# statement in which it had said that C', reaching the paper's claim through the cluster), corrections naming only
# the error, the written rule on who speaks for whom (an association's chairman named before his title, a client's
# agent, a measurer: single sources), an anonymous source and another outlet's relay of his quoted words counted as
# one origin, and the matcher reading 'the failed germination' as no negation (tests/test_withdrawals44.py): on
# 4af60fe speaker 157 -> 158, outlet 162 -> 163, status 143 -> 154, stance 16 -> 19; on 53e4b78 status 149 -> 158,
# stance 16 -> 19, speaker 163 -> 164, outlet 173 -> 174. The floors never go down:
# Session 48 (standing48: a lawyer for, or one representing, a group of private people is a single source):
# status 163 -> 164.
FLOORS = {"found": 182, "speaker": 168, "anonymous": 177, "outlet": 176, "status": 164, "stance": 19}
# Speakers that are no plausible source: 3 on the first run. The list may only shrink.
JUNK_BY_SHAPE = {
    "a name or description cut short": {"organizer of the monteverde"},  # ("gps" gone by session 47's start)
    # (a relative pronoun taken for the speaker, 'which', is gone: its antecedent speaks now, and extract/plausible.py
    # rejects a relative pronoun alone)
}
KNOWN_JUNK_SPEAKERS = set().union(*JUNK_BY_SHAPE.values())
# Plausible sources the judgement did not name: the meatpacker as the wire's headline calls it, the prosecutors'
# office with its apostrophe dropped.
PLAUSIBLE = frozenset({"brazil's vereda", "prosecutors office"})
# Outlets the articles name besides their publishers: the paper EL PAÍS as the wire and the broadcaster write it, the
# broadcaster behind the news site, and the news site g1 as stored ("G1"). Jornal Nacional and Radio Nacional de
# España, named for statements, were not stored on the first run; Jornal Nacional ('told Jornal Nacional that') is
# stored since the outlet list holds it.
NAMED_OUTLETS = {"El País", "TV Globo", "G1", "Jornal Nacional"}
# Judged non-claims stored as claims: 1 on the first run (a broadcaster's date line).
NOT_CLAIMS_STORED = 1

# Relays of one origin, held on the first run (none `corroborated`): the broadcaster's anonymous former driver and
# the wire's relay of him. Not held on the first run: the paper's anonymous former buyer ("the transfers were an open
# secret") and the news site's relay of him ("To Folha, a former cattle buyer ... said"), each `corroborated` by the
# other.
RELAYS = [
    ("cbc-kessering-plows", "drivers were sent home on nights when the company was short of trucks"),
    ("cp-kessering-plows", "drivers were sent home with their routes logged as done"),
    # held since session 44 (the same quoted words under an anonymous source of the same description: one origin)
    ("folha-tapira-cattle", "the transfers were \"an open secret\""),
    ("g1-tapira-cattle", "the transfers between the two ranches were \"an open secret\""),
]


class TestHeldout(HeldoutBatch):
    FOLDER, EVENTS, TOTAL, FLOORS, RELAYS = HELDOUT, EVENTS, 183, FLOORS, RELAYS
    KNOWN_JUNK_SPEAKERS, NAMED_OUTLETS, PLAUSIBLE = KNOWN_JUNK_SPEAKERS, NAMED_OUTLETS, PLAUSIBLE
    NOT_CLAIMS_STORED = NOT_CLAIMS_STORED
