"""Held-out smoke test, thirty-fourth batch (issues 12 and 13): twelve constructed articles about four more
invented events (tests/fixtures/news-heldout-33/), ordinary multi-outlet news copy written and judged by hand
by someone who had not read the extraction rules, before the extractor ever ran on them, and kept apart from
tuning. Scored with the first batch's code (tests/test_news_smoke.py).

Do not tune rules on these articles or change their judgement to fit the output; the floors are what
held when the batch was added and may only go up. `NEWS_SMOKE_REPORT=1` with `-s` prints every miss.
"""

from __future__ import annotations

from test_news_smoke import HeldoutBatch

from conftest import FIXTURES

HELDOUT = FIXTURES / "news-heldout-33"
EVENTS = ("algarrobo-silo", "umurava-bus", "kaltra-hotel", "kerrsambou-fertiliser")

# Statements judged: 195 (25 with a stance). The first run, on main 2586ddb (the end state of session 53; the branch
# added only the fixtures, committed before the extractor ran on them in 9b95e27, and this module, committed unrun in
# ebdddf6): found 195, speaker 189, anonymous 192, outlet 188, status 175 of 195, stance 24 of 25. Four judging
# mistakes against the written rules were corrected after the run, each a speaker list that accepted a reading its
# other fields did not: Top Channel's lead closed by "prosecutors said" accepted the unnamed "prosecutors" but only a
# named speaker, while an unnamed spokesperson is an anonymous speaker on the record (anonymous +1; its status stays
# confirmed); GRTS's and RBA's leads with no cue accepted the publisher but not its status, unconfirmed, as batch 33's
# Khmer Times lead does (status +1, GRTS's); "ANP inspectors found that A, according to a preliminary report" and "The
# report also found that" accepted the publisher and the unnamed inspectors but not unconfirmed nor anonymous (no
# change); and the Balkan Insight standfirst's non-claim key began with its cue words ("Satellite images and land
# records show"), so a claim holding only "that work on a 120-room hotel ..." escaped it: the key is now the clause
# (non-claims stored 0 -> 1). Nothing else was changed: found 195, speaker 189, anonymous 193, outlet 188, status 176,
# stance 24.
# The misses by shape (none of them tuned on):
# - not found: none.
# - wrong speaker (6): "Silos del Litoral S.A., the operator of the grain terminal at ..., has withdrawn its statement
#   that A" stored as the publisher's, stance asserts 1; two anonymous drivers whose appositive holds their reason ("Two
#   drivers employed by the company, who asked not to be named because they were warned not to talk to journalists,
#   said") stored as the publisher's 1; "In a statement issued on Tuesday, the agency said A and that B" and the quote
#   closed by "the statement said" given to the State Cadastre Agency named in the sentence before (the survey's), not
#   to the protected areas agency whose withdrawal the lead tells 3; "A source at the Department of Agriculture's
#   regional office in Janjanbureh who is not authorised to speak to the press said" (a relative clause with no commas)
#   stored with no speaker 1.
# - anonymity (2): the drivers under the publisher, the source with no speaker.
# - outlet (7): a regulator's head who "told a press conference in Kigali" stored with her authority as the outlet
#   ("RURA"), for the sentence and the two-sentence quote and "She said A and that B" after it 5; the drivers' claim
#   under The New Times 1; "said in a post on Facebook that" stored with no outlet 1.
# - status (19): a cooperative's chairman and a farmer confirmed ("told Foroyaa that A but that B" and "said A and that
#   B", each one claim, and a two-sentence quote; a farmer's quote over two paragraphs after "said:") 9; the second
#   statement of "said A and called for B" confirmed, a union's and an opposition MP's 2; withdrawals not carried to the
#   statements withdrawn (the operator's, told under the publisher; "worked as designed", the same claim in the wire's
#   "In a statement sent to EFE"; the police's "have also withdrawn their statement that a tenth passenger had died";
#   the agency head's "not inside the protected landscape" on Top Channel; Foroyaa's own sentence that its follow-up
#   withdrew) 5; the lead closed by "prosecutors said" unconfirmed 1; figures read as disputes: "He said A and that B"
#   stored as one claim, disputed, where only B's 95 percent is disputed, and a background sentence ("covers 12,000
#   tonnes this season") disputed by the minister's 9,600 tonnes distributed 2.
# - stance (1): the operator's withdrawal stored as the publisher's assertion.
# Web furniture (1 of the 36 judged non-claims stored): the standfirst "Satellite images and land records show that work
# on ... began months before ..." stored as the publisher's "that work on ...". Not scored but seen: "did not answer
# calls or messages", "did not answer phone calls", "did not respond to questions ..." and the reason "They asked not to
# be identified because they fear losing their jobs" stored as claims (the first twice, once as 'Muça' saying "calls or
# messages"); the corrections' second sentences stored as the publishers'; "which first reported the construction
# dates" / "the failed brake test" / "the price of the fertiliser" stored as the first outlet's claims of a noun
# phrase; "Asked about the April inspection," and "Asked about the Foroyaa report," stored as claims with no speaker;
# "She called for A" stored twice (under Awa Njie and as the publisher's whole sentence); "the ministry had promised
# the rest" stored as a nested claim of the ministry.
# The floors are what held when the batch landed and never go down:
FLOORS = {"found": 195, "speaker": 195, "anonymous": 195, "outlet": 194, "status": 189, "stance": 25}
# Speakers that are no plausible source: 2 on the first run ('dated april 13' from "The inspection report, dated April
# 13, lists ...", a document's date in apposition; 'terminal at puerto algarrobo' from "The terminal at ... handles about
# a fifth of ... exports", a verb of no speech read as a cue), none since f84c9a5. The list may only shrink.
JUNK_BY_SHAPE: dict[str, set[str]] = {}
KNOWN_JUNK_SPEAKERS: set[str] = set().union(*JUNK_BY_SHAPE.values())
# "He said the driver had told him the rest would come "next week"": the driver's words, which the judgement leaves
# inside the cooperative chairman's statement (a nested statement, judged once, as the outer speaker's).
PLAUSIBLE: frozenset[str] = frozenset({"driver"})
# Outlets stored besides the publishers: the regulator whose head "told a press conference" (an outlet miss above;
# the text names no medium) on the first run, none since f84c9a5.
NAMED_OUTLETS: set[str] = set()
# Judged non-claims stored as claims: 1 on the first run (see above). May only go down.
NOT_CLAIMS_STORED = 1

# Relays of one origin: the scoops' anonymous sources and private people, and the scoops' own findings relayed by the
# other outlets ("Foroyaa reported on Tuesday that", "..., which first reported ..., reported on Saturday that").
RELAYS = [
    ("mercopress-algarrobo-silo", "We fought it with hoses from the fire trucks"),
    ("montevideoportal-algarrobo-silo", "the terminal's insurer had sent its own investigators"),
    ("newtimes-umurava-bus", "If you complain about the brakes, tomorrow you have no bus"),
    ("ktpress-umurava-bus", "the driver had been suspended by another operator in 2026"),
    ("balkaninsight-kaltra-hotel", "the boundary map the agency used had been"),
    ("exitnews-kaltra-hotel", "the company received a 1.8 million euro loan"),
    ("foroyaa-kerrsambou-fertiliser", "Then the trader came with a lorry"),
    (
        "grts-kerrsambou-fertiliser",
        "the Kerr Sambou Ndow cooperative had received only 300 of the 1,200 bags",
    ),
    ("thepoint-kerrsambou-fertiliser", "farmers in two more villages near Kuntaur had paid D2,000 a bag"),
]


class TestHeldout(HeldoutBatch):
    FOLDER, EVENTS, TOTAL, FLOORS, RELAYS = HELDOUT, EVENTS, 195, FLOORS, RELAYS
    KNOWN_JUNK_SPEAKERS, NAMED_OUTLETS, PLAUSIBLE = KNOWN_JUNK_SPEAKERS, NAMED_OUTLETS, PLAUSIBLE
    NOT_CLAIMS_STORED = NOT_CLAIMS_STORED
