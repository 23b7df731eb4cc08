"""Held-out smoke test, thirty-sixth batch (issues 12 and 13): twelve constructed articles about four more
invented events (tests/fixtures/news-heldout-35/), ordinary multi-outlet news copy written and judged by hand
by someone who had not read the extraction rules, before the extractor ever ran on them, and kept apart from
tuning. Scored with the first batch's code (tests/test_news_smoke.py).

Do not tune rules on these articles or change their judgement to fit the output; the floors are what
held when the batch was added and may only go up. `NEWS_SMOKE_REPORT=1` with `-s` prints every miss.
"""

from __future__ import annotations

from test_news_smoke import HeldoutBatch

from conftest import FIXTURES

HELDOUT = FIXTURES / "news-heldout-35"
EVENTS = ("kara-antimalarials", "lubombo-loan", "bece-leak", "san-isidro-market")

# Statements judged: 184 (18 with a stance). The first run, on main 7d5c5f1 (the session's end state at 00:31 UTC on
# Dec 8; the branch added only the fixtures, committed before the extractor ran on them in 0a55015, and this module,
# committed unrun in 4d40c21 and formatted in a4a50e0): found 183, speaker 174, anonymous 177, outlet 179, status 165 of
# 184, stance 17 of 18. Every miss was read against the written rules (the folder's README); none was a judging
# mistake, and no judgement was changed after the run.
# The misses by shape (none of them tuned on; the statement not found misses every field besides):
# - not found (1): "Mavimbela said that was a matter for the board" stored as "was a matter for the board" (the
#   demonstrative subject "that" dropped as if it were the complementiser), so the judged piece is not in the claim.
# - wrong speaker (9): a lead closed by "three pharmacists working in the region have told icilome" stored with an
#   empty speaker 1; a quote split around "he said" after "One of them said" given to "unidentified speaker" 2; "His
#   son said by text message that the company had "A" and would B" and "The Sierra Leone Teachers Union welcomed the
#   cancellation but said B" stored first as the publisher's sentence (the son's and the union's own claims stored
#   after it, the son's as anonymous) 2; "has taken back its chief executive's statement that" given to "taken back
#   its chief executive" 1; "according to the market traders' association" given to "market traders association" (the
#   apostrophe dropped) 1; "He repeated that A and blamed the fire on "B"" stored as the wire's sentence, one claim (the
#   blame stored after it as Castellon's) 2.
# - anonymity (6): the lead with no speaker 1; the relays "The news site icilome reported on Tuesday that" and "The news
#   site icilome, which revealed ..., said on Monday that" stored as an anonymous speaker's 2; "A source at the central
#   medicines purchasing agency, CAMEG, said A, but that B" stored as one claim of CAMEG on the record 2; the
#   retraction given to "taken back its chief executive" 1.
# - outlet (4): the publisher's sentences above (the son's, the union's, the mayor's two) under the publisher.
# - status (18): private parties confirmed: an order of pharmacists' president (her "said A and were B, and urged C"
#   and her short quote) 3, a traders' association president 1, a mother 2, a rice seller's two-sentence quote 2; the
#   CAMEG source read as the agency on the record 2; contradictions and withdrawals not carried to the statements
#   (the wholesaler's certificates, its "tested before shipment" on Reuters, the fund chief executive's "approved by the
#   full board" stored with her next clause as one claim, the council head's "fake documents") 4; the broadcaster's
#   relay of the Times of Eswatini confirmed 1; the mayor's "he still believed the fire had been caused by illegal
#   connections" corroborated (by his own earlier words) 1; the wire's sentence holding the mayor's two statements,
#   unconfirmed 2.
# - stance (1): "has taken back its chief executive's statement that A" stored as an assertion.
# Web furniture: 2 of the 39 judged non-claims stored, "For more news, follow SLBC on Facebook and X" and the donation
# line "Support independent journalism. Donate to Confidencial." (both sentences). Not scored but seen: a reason for
# anonymity ("They spoke on condition that they not be named, as ...") stored twice, as the publisher's and the
# pharmacists'; "did not reply to our questions" (and "our questions" as the ministry's), "did not answer calls", "did
# not answer phone calls from La Prensa" and "could not be reached" stored as claims; the corrections' second
# sentences stored as the publishers' (4, with "The minister gave the figure of 31"); "Announcing the decision" stored
# as the minister's claim "the decision", "declared his interest" as "his interest" with no speaker, "which revealed the
# laboratory results" as an anonymous claim of "news site icilome", and "tested before they left its warehouse" (the
# retraction's object) with no speaker; "rejected the newspaper's report that A" stored also as the newspaper's claim
# A (anonymous, disputed); the police source's nested "one of the employees had told investigators that A" stored also
# as A by "employees".
# The floors are what held when the batch landed and never go down:
FLOORS = {"found": 183, "speaker": 174, "anonymous": 177, "outlet": 179, "status": 165, "stance": 17}
# Speakers that are no plausible source: 3 on the first run (of 5 speakers no judgement accepted; the other 2 are
# plausible, see PLAUSIBLE). The list may only shrink.
JUNK_BY_SHAPE: dict[str, set[str]] = {
    "a placeholder for a speaker not resolved": {
        "unidentified speaker",  # a quote split around 'he said' after 'One of them said'
    },
    "the verb phrase of a withdrawal taken for the speaker": {
        "taken back its chief executive",  # 'has taken back its chief executive's statement that'
    },
    "a body's name with its possessive apostrophe dropped": {
        "market traders association",  # 'according to the market traders' association'
    },
}
KNOWN_JUNK_SPEAKERS: set[str] = set().union(*JUNK_BY_SHAPE.values())
# Plausible sources the judgement did not need: the speaker of a statement nested in a speaker's own statement, which
# the judgement leaves inside the outer statement (the employee in a police source's "one of the employees had told
# investigators that"), and the newspaper whose report a denial answers ("She rejected the newspaper's report that").
PLAUSIBLE: frozenset[str] = frozenset({"one of the employees", "employees", "newspaper"})
# Outlets the text names besides the publishers: the ministry's Facebook page ("in a post on its Facebook page") and
# the examinations council's press release ("In a press release dated June 17"); none was stored on the first run.
NAMED_OUTLETS = {
    "Facebook",
    "WAEC press release",
    "West African Examinations Council press release",
    "The West African Examinations Council press release",
    "council press release",
}
# Judged non-claims stored as claims: 2 on the first run (SLBC's 'follow' line, Confidencial's donation line). May only
# go down.
NOT_CLAIMS_STORED = 2

# Relays of one origin: the scoops' anonymous sources, and the scoops' own findings relayed by the other outlets
# ("The Times of Eswatini reported on Tuesday that", "..., which first reported ..., reported on Monday that").
RELAYS = [
    ("icilome-kara-antimalarials", "he had sent four boxes to a private laboratory"),
    ("reuters-kara-antimalarials", "some health centres had run out of antimalarials altogether"),
    ("liberte-kara-antimalarials", "the same wholesaler also supplies antimalarials to three hospitals"),
    ("timesofeswatini-lubombo-loan", "Nobody on the committee asked who owned the company"),
    ("ebis-lubombo-loan", "is the son of one of the fund’s trustees"),
    ("swazilandnews-lubombo-loan", "Lubombo Crest had applied for planning permission only in February"),
    ("awoko-bece-leak", "copies of the paper were being sold outside examination centres"),
    ("telegraph-bece-leak", "copies of the English paper had also been offered for sale in Makeni"),
    ("laprensa-san-isidro-market", "two traders had been treated for burns"),
    (
        "efe-san-isidro-market",
        "the first fire engine reached the market about 40 minutes after the first call",
    ),
    ("confidencial-san-isidro-market", "the municipality had received twelve complaints about the hydrants"),
]


class TestHeldout(HeldoutBatch):
    FOLDER, EVENTS, TOTAL, FLOORS, RELAYS = HELDOUT, EVENTS, 184, FLOORS, RELAYS
    KNOWN_JUNK_SPEAKERS, NAMED_OUTLETS, PLAUSIBLE = KNOWN_JUNK_SPEAKERS, NAMED_OUTLETS, PLAUSIBLE
    NOT_CLAIMS_STORED = NOT_CLAIMS_STORED
