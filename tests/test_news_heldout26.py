"""Held-out smoke test, twenty-seventh batch (issues 12 and 13): twelve constructed articles about four more
invented events (tests/fixtures/news-heldout-26/), ordinary multi-outlet news copy written and judged by hand
by someone who had not read the extraction rules, before the extractor ever ran on them, and kept apart from
tuning. Scored with the first batch's code (tests/test_news_smoke.py).

Do not tune rules on these articles or change their judgement to fit the output; the floors are what
held when the batch was added and may only go up. `NEWS_SMOKE_REPORT=1` with `-s` prints every miss.
"""

from __future__ import annotations

from test_news_smoke import HeldoutBatch

from conftest import FIXTURES

HELDOUT = FIXTURES / "news-heldout-26"
EVENTS = ("khonkhor-hay", "antsiravony-rosewood", "ozolkalns-forest", "nada-heatban")

# Statements judged: 183 (20 with a stance). The first run, on the session-start commit b8d7121 (the branch added
# only the fixtures, committed before the extractor ran on them in 5909367, and this module): found 180, speaker
# 163, anonymous 171, outlet 176, status 162 of 183, stance 18 of 20. No judgement was changed after the run. The
# misses by shape (none of them tuned on):
# - not found (3): the portal's update note at the top ("UPDATED at 20:05: added the comment of the State
#   Police."); the publisher's short sentence after a party's Facebook post ("He deleted the post on Wednesday
#   afternoon."); the second sentence of an anonymous official's quote that retracts ('"The statement was issued
#   before we had all the facts. We withdraw it," said the official, who requested anonymity as ...').
# - wrong speaker (17): a body's or person's name cut short ("The Ministry of Environment and Sustainable Development
#   (MEDD)" as "Ministry of Environment", its four statements; "The Governor's Office of Khonkhor-Ulaan soum" as
#   "Governor's Office of Khonkhor-Ulaan", twice; "Minister of Food, Agriculture and Light Industry J. Enkhbayar
#   instructed" cut at the comma) 7; whole sentences stored as the publisher's although a party speaks in them
#   ("Residents of the Ambodimanga district, near the port, say that"; "The Tany Maitso collective, which monitors
#   ..., estimates the value of the logs at"; "Environmental activists have long accused officials of"; "He
#   insisted, however, that" after a quote that retracts) 4; an embedded source given the sentence's speaker ("a week
#   after reports that" under the soum office that retracted; "worth more than two million dollars according to an
#   environmental group" under the ministry that "said in a statement") 2; a publisher's correction in the first
#   person ("In our edition of Thursday, we wrote that") under the ministry of the story 1; "The soum office
#   dismissed his account as" under the National Statistics Office of two paragraphs up 1; "Aerial footage filmed by
#   the programme shows that" under "programme" 1; "Herders in three of the soum's five bags said" under the
#   headline's "Khonkhor-Ulaan herders" 1.
# - anonymity (9): named speakers resumed by a role stored as anonymous ("the Minister stressed", twice; "Governor of
#   Zavkhan aimag G. Tsogtbayar noted that A, and that B", twice; "says its coordinator" after the named
#   collective) 5; "According to the soum's own distribution list, which Ikon.mn obtained," 1; "According to our
#   information" (the publisher's) 1; "Aerial footage filmed by the programme" 1; a former harvester operator "who
#   asked not to be named because he still works in the industry" stored as not anonymous 1.
# - outlet (4): "told De Facto" (the broadcaster's programme) with no outlet 1; the two whole sentences stored as
#   the publisher's with the publisher as outlet (the collective's estimate, the activists' accusation) 1+1; the
#   first-person correction under the ministry with no outlet 1.
# - status (18): accounts contradicted or withdrawn elsewhere kept confirmed (the ministry's "transferred to
#   Toamasina" and "no log has been lost", withdrawn in another outlet; the contractor's "was found unwell at the
#   labour camp", withdrawn in the lead; the storage head's "all the hay had been handed out"; the regional
#   director's "informed the ministry in writing in January", denied by the ministry; the soum office's deleted
#   statement quoted again; "infested and dying", kept in one claim with "acted strictly within the permit" under
#   "said the company had 'A' and that B") 7; a deleted Facebook post ("wrote in a Facebook post on Tuesday that")
#   confirmed 1; interest groups, a lawyer and a collective's coordinator confirmed (the human rights society's
#   temperatures, a lawyer for workers, the Tany Maitso coordinator to AFP) 3; a wire's relay of the programme
#   ("The programme De Facto reported on Monday that A, and that B", kept as one claim) confirmed 2; a project
#   manager's "no work was carried out during the ban hours", contradicted by the authority's inspection, kept
#   unconfirmed 1; an anonymous official's explanation ("The statement was issued before we had all the facts")
#   stored retracted 1; the publisher's "According to our information" corroborated 1; the rest follow from a
#   wrong speaker (the herders under the headline's name confirmed; the environmental group's value under the
#   ministry confirmed) 2.
# - stance (2): a withdrawal closed by an anonymous official ("withdrew on Friday a statement in which it had said
#   that ..., a company official told Kuwait Times") stored as his assertion; the first-person correction stored as
#   the ministry's assertion ("Correction: In our edition of Thursday, we wrote that", a "Clarification:" note and
#   two other "Correction:" notes held).
# Web furniture: one judged non-claim stored, the broadcaster's line on its translation ("LSM's English-language
# service translated and adapted this story from the De Facto broadcast"). Not scored but seen: the wire's background
# "Madagascar's rosewood trade has been banned since 2010" stored under "Madagascar" with the cue "rosewood trade has
# been banned"; the poll's "68% of residents of Latvia believe that" given the speaker "residents of Latvia" beside
# the survey's claim; the contractor's withdrawal lead given the speaker "Trading" (of "Sabkha Gulf General Trading
# and Contracting Company") for its embedded statement.
# Scored after every landing of the session (b8d7121..a84e46d, 38 commits, none of them tuned on it): every column as
# on the first run but speaker, 163 -> 164 from 222586d (a discourse adverb between a cue and its 'that', a shape
# of the batch before this one): "He insisted, however, that the company had not known ..." is now the board
# member's, not the publisher's. The scorer's change in the same session (adf8d0f) moves nothing here (the same
# figures with the session-start scorer). The floors are what held when the batch landed and never go down:
# Session 48 (standing48: a lawyer for, or one representing, a group of private people is a single source):
# status 162 -> 163.
FLOORS = {"found": 180, "speaker": 167, "anonymous": 173, "outlet": 178, "status": 166, "stance": 19}
# Speakers that are no plausible source: 6 on the first run. The list may only shrink.
JUNK_BY_SHAPE = {
    "a name or description cut short": {
        "ministry of environment",  # "The Ministry of Environment and Sustainable Development (MEDD)"
        "governor's office of khonkhor-ulaan",  # "The Governor's Office of Khonkhor-Ulaan soum"
        # (names48: "Minister of Food, Agriculture and Light Industry J. NAME" gives NAME, the title her role)
        "trading",  # "Sabkha Gulf General Trading and Contracting Company withdrew ... a statement in which it had said"
    },
    "the subject of no statement taken for a speaker": {
        "madagascar",  # "Madagascar's rosewood trade has been banned since 2010"
        "residents of latvia",  # "According to a survey by the pollster SKDS ..., 68% of residents of Latvia believe"
    },
}
KNOWN_JUNK_SPEAKERS = set().union(*JUNK_BY_SHAPE.values())
# The herders of the soum, named by the headline's words for them (the judgement names them by the sentence's).
PLAUSIBLE: frozenset[str] = frozenset({"khonkhor-ulaan herders"})
# Outlets the articles name besides their publishers: none stored on the first run (the soum's Facebook page, the
# Facebook post and "De Facto" were not stored as outlets; the judgement accepts no outlet for the first two).
NAMED_OUTLETS: set[str] = set()
# Judged non-claims stored as claims: 1 on the first run (the line on the translation).
NOT_CLAIMS_STORED = 1

# Relays of one origin, held on the first run (none `corroborated`): the news site's scoop; the daily's inspection
# report and the wire's relay ("The daily L'Express de Madagascar reported on Tuesday, citing an inspection report,
# that"); the programme's report on the broadcaster's site and the agency's relay ("The programme De Facto reported
# on Monday that"); the daily's workers and the rival daily's relay ("Arab Times reported on Tuesday that"). Not
# held: the state agency's "The inspection followed a report by the news website Ikon.mn that" and the weekly's "a
# week after reports that", each stored `corroborated` (the judgement accepts it for both, the inspection and the
# police bearing the report out).
RELAYS = [
    ("ikon-khonkhor-hay", "was sold to traders at the Uliastai market"),
    ("lexpress-antsiravony-rosewood", "were intact but had been glued back"),
    ("afp-antsiravony-rosewood", "the warehouse in the port of Antsiravony had been found empty"),
    ("lsm-ozolkalns-forest", "was clear-felled in March under a sanitary felling permit"),
    ("leta-ozolkalns-forest", "the stand had been clear-felled in March"),
    ("arabtimes-nada-heatban", "the supervisors kept them working whenever"),
    ("kuwaittimes-nada-heatban", "workers at the site had been kept working"),
]


class TestHeldout(HeldoutBatch):
    FOLDER, EVENTS, TOTAL, FLOORS, RELAYS = HELDOUT, EVENTS, 183, FLOORS, RELAYS
    KNOWN_JUNK_SPEAKERS, NAMED_OUTLETS, PLAUSIBLE = KNOWN_JUNK_SPEAKERS, NAMED_OUTLETS, PLAUSIBLE
    NOT_CLAIMS_STORED = NOT_CLAIMS_STORED
