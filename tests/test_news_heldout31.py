"""Held-out smoke test, thirty-second batch (issues 12 and 13): twelve constructed articles about four more
invented events (tests/fixtures/news-heldout-31/), ordinary multi-outlet news copy written and judged by hand
by someone who had not read the extraction rules, before the extractor ever ran on them, and kept apart from
tuning. Scored with the first batch's code (tests/test_news_smoke.py).

Do not tune rules on these articles or change their judgement to fit the output; the floors are what
held when the batch was added and may only go up. `NEWS_SMOKE_REPORT=1` with `-s` prints every miss.
"""

from __future__ import annotations

from test_news_smoke import HeldoutBatch

from conftest import FIXTURES

HELDOUT = FIXTURES / "news-heldout-31"
EVENTS = ("sarateni-irrigation", "pelayan-housing", "filao-mangroves", "hatsolo-pensions")

# Statements judged: 191 (24 with a stance). The first run, on main b4469f3 (the end state of session 51; the branch
# added only the fixtures, committed before the extractor ran on them in c9a4929 and 66c9508, and this module): found
# 189, speaker 162, anonymous 184, outlet 181, status 167 of 191, stance 24 of 24. Two judging mistakes against the
# written rules were corrected after the run: the Lesotho Times lead ("THE Ministry of Finance paid ..., according to
# ministry records seen by the Lesotho Times") accepted the records and the publisher but not the ministry whose
# records they are, while batch 30's police records accept the police (speaker +1); and the news agency's lead closed
# by "a senior official said" (the principal secretary is named in the next sentence) accepted the official as
# anonymous but only the named official's status `confirmed`, while a single anonymous official's statement is
# `unconfirmed` by the same rules (status +1). Nothing else was changed: found 189, speaker 163, anonymous 184, outlet
# 181, status 168, stance 24.
# The misses by shape (none of them tuned on):
# - not found (2): "said families had reported deaths to the chief's office ..., and that the chief had sent ..." cut
#   at "reported" (stored as the families' claim of "deaths to the chief's office ...": the councillor's first
#   statement lost, her second held in the families' claim) 1; "claimed that A and demanded his resignation", the
#   demand not split from the claim 1.
# - wrong speaker (26 besides the ones not found): Malay names cut to the father's name or the tail of the title chain
#   ("Hajah Rosmah Haji Tahir" stored as "Tahir" 3, "Awang Yusri Haji Bakar" as "Bakar" 3, "Awang Kamaluddin Haji
#   Omar" as "Omar" 1, "Dato Seri Setia Awang Haji Suhaimi bin Haji Yusof" as "Haji Yusof" 4, the company "Seri
#   Mahkota Bina Sdn Bhd" as "Mahkota Bina Sdn Bhd" 1) 12; a title with a comma cut ("Minister for Agriculture, Climate
#   Change and Environment Gilbert Esparon" stored as "Climate Change and Environment Gilbert Esparon", two statements
#   in one claim) 2; the minister's "He rejected claims by opposition members that A, saying B" given to the group
#   coordinator of the paragraph before 2; the councillor's two-sentence quote closed by "she said" with no speaker
#   ("unidentified speaker") 2; "A weekly newspaper, the Lesotho Times, reported on Thursday that A and that B" stored
#   under "weekly newspaper" (two statements in one claim) 2; "Its managing director, NAME, would not say whether"
#   stored under "its managing director" 1; "The newspaper also reported that" stored under the relaying agency IPN 1;
#   a professional body's "called for" and a police spokesperson's "confirmed that" after long appositives stored as
#   the publisher's own sentences 2; the Seychelles Islands Foundation's survey ("after a survey by ... found that")
#   left in the group's withdrawal, under the group 1; the councillor's second statement in the families' claim 1.
# - anonymity (5 besides the ones not found): the families' claim, the "unidentified speaker" (2) and the "weekly
#   newspaper" (2) stored as anonymous.
# - outlet (8 besides the ones not found): "told ZdG that" (the anonymous villagers) and "told this paper that" (the
#   pensions officer's two) stored with no outlet 3; the short names the copy gives its own publisher stored as other
#   outlets ("told TODAY that" under "TODAY", not "TODAY in Seychelles"; "told Nation that" under "The Nation", not
#   "Seychelles Nation") 2; the relay of the scoop's register finding stored under the relaying agency IPN 1; the
#   professional body's call and the police confirmation stored as the publisher's sentences 2.
# - status (21 besides the ones not found): statements withdrawn later kept confirmed or unconfirmed (the agency's
#   "verified on site" and "had found the system in place", the principal secretary's "stopped in March 2028", the
#   group's turtle nests) 4; the SIF survey left in the group's withdrawal, retracted 1; lawyers confirmed (the
#   cooperative's lawyer's four statements in three claims, the agent's lawyer's "neighbours") 5; an interest group
#   confirmed (the conservation group's four sentences explaining its withdrawal, the council of NGOs) 5; relays of
#   another outlet's report confirmed (ZdG's 1.4 million lei in IPN, ZdG's "villagers had seen" in NewsMaker, The
#   Scoop's second housing scheme in RTB) 3; opposition members' claims confirmed (the assembly member's letter of
#   March 12, the MP's "known since January") 2; an environmental lawyer's "The law is clear" corroborated 1.
# - stance: none (the seven denials, the ten declines to confirm and the seven retractions, the three corrections
#   among them, held).
# Web furniture: none of the 47 judged non-claims stored. Not scored but seen: "rejected claims by opposition members
# that A" stored as the opposition members' claim (cue "claims", a plausible source the judgement did not need);
# "payments to 41 of the deceased had continued until May" cut at "continued" (the noun phrase stored as a speaker);
# "An internal report ..., dated March 2028 and seen by The Scoop, found that" stored under "seen by The Scoop".
# The floors are what held when the batch landed and never go down:
FLOORS = {"found": 191, "speaker": 190, "anonymous": 191, "outlet": 191, "status": 180, "stance": 24}
# Speakers that are no plausible source: 12 on the first run. The list may only shrink.
JUNK_BY_SHAPE = {
    "a Malay name cut to the father's name or the tail of its title chain": {
        "tahir",  # "Resident Hajah Rosmah Haji Tahir, 64, said"
        "bakar",  # "Residents' representative Awang Yusri Haji Bakar, who lives in ..., said:"
        "omar",  # "The company's managing director, Awang Kamaluddin Haji Omar, said"
        "haji yusof",  # "Minister of Development Dato Seri Setia Awang Haji Suhaimi bin Haji Yusof told reporters"
        "mahkota bina sdn bhd",  # "the company said" after "Seri Mahkota Bina Sdn Bhd" ("Seri" taken for a title)
    },
    "a name or description cut short": {
        "climate change and environment gilbert esparon",  # "Minister for Agriculture, Climate Change and Environment ..."
        "seen by the scoop",  # "An internal report ..., dated March 2028 and seen by The Scoop, found that"
        "weekly newspaper",  # "A weekly newspaper, the Lesotho Times, reported on Thursday that"
    },
    "a pronoun's description": {
        "its managing director",  # "Its managing director, Awang Kamaluddin Haji Omar, would not say whether"
    },
    "a reporting word that is no cue": {
        "families",  # "families had reported deaths to the chief's office", cue "reported"
        "payments to 41 of the deceased",  # "payments to 41 of the deceased had continued until May", cue "continued"
    },
    "no speaker found": {
        "unidentified speaker",  # '"The lists were there. Someone chose not to read them," she said.'
    },
}
KNOWN_JUNK_SPEAKERS = set().union(*JUNK_BY_SHAPE.values())
# "rejected claims by opposition members that A": the members' claim, which the judgement leaves inside the denial.
PLAUSIBLE: frozenset[str] = frozenset({"opposition members"})
# Outlets stored besides the publishers: a press release the text names ("the ministry said in a press release"), and
# two publishers under the short names their own copy gives them ("told TODAY that", "told Nation that").
NAMED_OUTLETS = {"Ministry of Development press release", "TODAY", "The Nation"}
# Judged non-claims stored as claims: none on the first run.
NOT_CLAIMS_STORED = 0

# Relays of one origin: the scoops' own findings and anonymous sources, their relays by the other outlets ("Online
# news portal The Scoop reported on Thursday that", "The local newspaper TODAY in Seychelles reported on Monday that",
# "A weekly newspaper, the Lesotho Times, reported on Thursday that", "Ziarul de Gardă ... wrote on Friday that", "The
# Scoop ... said on Wednesday that"), and the principal secretary's words quoted again in another outlet ("quoted her
# last week as saying").
RELAYS = [
    ("zdg-sarateni-irrigation", "received 1.4 million lei in state subsidies in 2027"),
    ("ipn-sarateni-irrigation", "the cooperative had received 1.4 million lei for pumps and drip line"),
    ("newsmaker-sarateni-irrigation", "villagers had seen the pumps being loaded onto a truck"),
    ("thescoop-pelayan-housing", "have developed cracks in their walls and floors"),
    ("borneobulletin-pelayan-housing", "at least 38 houses had cracks"),
    ("rtb-pelayan-housing", "a second housing scheme built by the same contractor"),
    ("today-filao-mangroves", "a bulldozer and an excavator had worked on the site"),
    ("sna-filao-mangroves", "fishermen had seen heavy machinery working on the site"),
    ("lestimes-hatsolo-pensions", "is the brother-in-law of the district's pensions officer"),
    ("lena-hatsolo-pensions", "the money had been collected by a relative of a district pensions officer"),
    ("publiceye-hatsolo-pensions", "the payments had been stopped in March"),
]


class TestHeldout(HeldoutBatch):
    FOLDER, EVENTS, TOTAL, FLOORS, RELAYS = HELDOUT, EVENTS, 191, FLOORS, RELAYS
    KNOWN_JUNK_SPEAKERS, NAMED_OUTLETS, PLAUSIBLE = KNOWN_JUNK_SPEAKERS, NAMED_OUTLETS, PLAUSIBLE
    NOT_CLAIMS_STORED = NOT_CLAIMS_STORED
