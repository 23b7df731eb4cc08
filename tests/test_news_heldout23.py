"""Held-out smoke test, twenty-fourth batch (issues 12 and 13): twelve constructed articles about four more
invented events (tests/fixtures/news-heldout-23/), ordinary multi-outlet news copy written and judged by hand
by someone who had not read the extraction rules, before the extractor ever ran on them, and kept apart from
tuning. Scored with the first batch's code (tests/test_news_smoke.py).

Do not tune rules on these articles or change their judgement to fit the output; the floors are what
held when the batch was added and may only go up. `NEWS_SMOKE_REPORT=1` with `-s` prints every miss.
"""

from __future__ import annotations

from test_news_smoke import HeldoutBatch

from conftest import FIXTURES

HELDOUT = FIXTURES / "news-heldout-23"
EVENTS = ("oraltau-heating", "foxcove-beach", "zenbridge-pumps", "yaqona-kava")

# Statements judged: 189 (21 with a stance). What held on the first run, on the session-start commit 4af60fe (the
# branch added only the fixtures, committed before the extractor ran on them in 82d8aae, and this module): found 186,
# speaker 168, anonymous 175, outlet 171, status 160 of 189, stance 19 of 21. One judgement was changed after that
# run, a plain judging mistake against the written rule ('any reporting expression' gives the speaker's statement,
# as seeds/README.md's "has voiced concern over"): the wire's "Kazakhstan's government has promised for years to
# modernize ..." had been judged as the publisher's whole sentence, and is now the government's promise, second-hand
# and unconfirmed (found, speaker, anonymous and outlet +1; its status, stored `confirmed`, stays a miss). With it:
# found 187, speaker 169, anonymous 176, outlet 172, status 160. The misses by shape (none of them tuned on):
# - not found (2): a second cue with a curly-quoted content ('said A and blamed "temperature effects" for any
#   difference'); a present-tense "NAME says the employee has been terminated and the matter reported to police" cut
#   at its 'and' (the rest stored as "to police" under "matter").
# - wrong speaker (18, and the two not found): publishers' sentences and relays stored under the publisher (a state
#   agency's lead "..., Deputy Prime Minister NAME said at a government meeting on Friday, a Kazinform correspondent
#   reports" under the correspondent; "The Deputy Prime Minister instructed X to" under the agency; "As stated in the
#   announcement,", "according to Morsko dobro data" and "The decision follows a report by ... BIRN, which wrote that"
#   under the wire; "According to her, ..." and "NAN reports that ..., which reported on Tuesday that" under NAN; an
#   NGO's "A survey of 612 beachgoers ..., carried out in June by NGO, found that" under the network; "The company
#   maintains, however, that" under the broadcaster) 9; a relayed anonymous attendant ("A former pump attendant quoted
#   by Premium Times in its original report had said") under "premium times in its original report" 1; the acts'
#   signatories for the documents ("The acts of completed work, signed ... by X and Y, show that") 1; the city's
#   announcement inside residents' account ("said their apartments remained cold ... after the city administration
#   announced that A") under the residents 1; a withdrawal under a cut description ("The company that runs the heating
#   plant ... has withdrawn its claim that") 1; a one-sentence deck under "entry drone" (the headline's last word and
#   the deck's first) 1; "The company said" after a response signed by the company secretary, under her 1; "The
#   company said it remained committed" after a filing "with the Nigerian Exchange Ltd." under the exchange 1; "He told
#   The Fiji Times" after a "did not respond" sentence under the researcher two sentences up 1; "A citizens'
#   initiative from Bar" stored with its apostrophe dropped 1.
# - anonymity (11, and the two not found): a city administration ("The Oraltau city akimat", "the akimat", "According
#   to the akimat of Oraltau") anonymous 4, and its announcement inside the residents' account 1; an NGO named by its
#   name ("The NGO Obala za Sve said A, but that B") anonymous 2; "after a Fijian newspaper reported that" with the
#   paper named in the sentence after next 1; the correspondent's lead and the cut description's withdrawal 2; the
#   relayed attendant stored under the paper, not anonymous 1.
# - outlet (15, and the two not found): "In a statement sent to RFE/RL's Kazakh Service, known locally as Azattyq,
#   ... said A and that B", "said in written answers to BIRN that A, and that B", "told the portal Vijesti that A and
#   that B", "In a statement sent to RTCG, ... said that" with no outlet 7; "told NAN in Abuja that A, but cautioned
#   against "B"" with none on B 1; the relayed attendant without Premium Times 1; the publisher's name on statements
#   stored under it (the survey, the announcement, the data, the BIRN relay, "According to her", the Premium Times
#   relay) 6.
# - status (27, and the two not found): a party's account kept confirmed although withdrawn or contradicted (the
#   operator's "in full and on schedule" and its coal blame; the concessionaire's "temporary safety measure"; the
#   retailer's "calibrated and certified by the NMDPRA"; the exporter's "supplied by an agent" and "was noble kava") 6;
#   sourced findings disputed, not confirmed or corroborated, beside a denial (the reporter's measurements, the
#   regulator's tests, the laboratory director's three statements) 5; an opposition MP's opinion, a civil servant's
#   proverb and an industry council chair confirmed 3; the government's reported promise confirmed 1; the relayed
#   attendant corroborated by his own first telling 1; a denial stored with the press secretary's quote as its content
#   ("Ekibel Komir rejected the accusation." after '"These are insinuations," ... said') disputed 1; the publisher's
#   "removed the fence ... and withdrew its earlier claim that" stored retracted 1; the rest follow from a wrong speaker
#   or anonymity (the akimat three times, its announcement inside the residents' account, the correspondent's lead,
#   the directive, the wire's "As stated in the announcement,", "According to her", "He told The Fiji Times") 9.
# - stance (2): "The commission did not confirm the operator's version that ..., he added" and a broadcaster's
#   "Correction: An earlier version of this story gave the wrong date ..." stored as assertions.
# Web furniture: six judged non-claims stored (a translator's line and "Read the original here.", "Translated from
# Montenegrin.", a caption of one full sentence, an agency's "(NAN)(www.nannews.ng)", "[File Photo]"), and a "did not
# respond to questions about the overhaul" sentence stored as a claim of the named chief executive. The floors never
# go down:
# Raised in session 45: a statement an agency's correspondent reports after its speaker's cue is the speaker's,
# relayed by the agency (speaker, anonymity, status +1).
# Raised in session 47: a denial of 'the report' whose speaker goes on to say what is wrong with it reaches only
# the report's lead and what that answers (status +2).
FLOORS = {"found": 187, "speaker": 171, "anonymous": 177, "outlet": 181, "status": 169, "stance": 21}
# Speakers that are no plausible source: 7 on the first run. The list may only shrink.
JUNK_BY_SHAPE = {
    "a name cut short or run on": {"downstream petroleum", "entry drone"},
    "a place taken for the speaker": {"nigerian exchange ltd."},  # (named with its legal form since session 49)
}
# The first run also stored "runs the heating plant in the eastern kazakh city of oraltau" (a verb and its object),
# which the speaker plausibility gate (provenance/extract/plausible.py) no longer lets through; "decision" and
# "matter" (things the training corpus writes often and never as a source: source_heads.json's not_heads) are gone
# since session 45 too, and so is "premium times in its original report" (a name before 'in its' and a record is
# who speaks, never a record so named); with it the relay's outlet +1 and status +1.
KNOWN_JUNK_SPEAKERS = set().union(*JUNK_BY_SHAPE.values())
# Plausible sources the judgement did not name: the regulator's team that ran the tests, the citizens' initiative with
# its apostrophe dropped, the two signatories of the acts of completed work, and the operator's chief executive (whose
# one stored claim is a "did not respond" sentence).
PLAUSIBLE = frozenset({
    "authority's metrology team", "citizens initiative from bar",
    "oraltau zhylu energy llp and the city's housing department", "timur rakhimzhanov",
})
# Outlets the articles name besides their publishers: the public radio named for the enterprise director's interview.
# Orda.kz, Azattyq, BIRN, Vijesti, Sunrise Daily, Premium Times, The Fiji Times, RNZ Pacific, FBC News and X, named
# for statements, were not stored apart from the publishers on the first run; Vijesti, told after words describing
# it ('told the portal Vijesti'), is stored since a listed outlet after such words is read as the one told.
NAMED_OUTLETS = {"Radio Montenegro", "Vijesti"}
# Judged non-claims stored as claims: 6 on the first run (translators' lines, a caption, an agency's foot, a photo tag).
NOT_CLAIMS_STORED = 6

# Relays of one origin, held on the first run (none `corroborated`): the exporter's "supplied by an agent" to the
# paper and the broadcaster's relay of it ("He told The Fiji Times"). Not held on the first run: the online paper's
# anonymous former pump attendant and the broadcaster's relay of him ("A former pump attendant quoted by Premium Times
# ... had said"), each `corroborated` by the other.
RELAYS = [
    ("fijitimes-yaqona-kava", "supplied by an agent"),
    ("rnz-yaqona-kava", "supplied by an agent"),
]


class TestHeldout(HeldoutBatch):
    FOLDER, EVENTS, TOTAL, FLOORS, RELAYS = HELDOUT, EVENTS, 189, FLOORS, RELAYS
    KNOWN_JUNK_SPEAKERS, NAMED_OUTLETS, PLAUSIBLE = KNOWN_JUNK_SPEAKERS, NAMED_OUTLETS, PLAUSIBLE
    NOT_CLAIMS_STORED = NOT_CLAIMS_STORED
