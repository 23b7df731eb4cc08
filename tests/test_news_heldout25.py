"""Held-out smoke test, twenty-sixth batch (issues 12 and 13): twelve constructed articles about four more
invented events (tests/fixtures/news-heldout-25/), ordinary multi-outlet news copy written and judged by hand
by someone who had not read the extraction rules, before the extractor ever ran on them, and kept apart from
tuning. Scored with the first batch's code (tests/test_news_smoke.py).

Do not tune rules on these articles or change their judgement to fit the output; the floors are what
held when the batch was added and may only go up. `NEWS_SMOKE_REPORT=1` with `-s` prints every miss.
"""

from __future__ import annotations

from test_news_smoke import HeldoutBatch

from conftest import FIXTURES

HELDOUT = FIXTURES / "news-heldout-25"
EVENTS = ("coralillo-recycling", "abasena-textbooks", "hrafnajokull-icecave", "waramu-idcards")

# Statements judged: 182 (22 with a stance). The first run, on the session-start commit f6d0149 (the branch added
# only the fixtures, committed before the extractor ran on them in 988b6a0, and this module): found 179, speaker
# 162, anonymous 176, outlet 172, status 149 of 182, stance 17 of 22. One judgement was changed after the run, a
# plain judging mistake against the written rules: the education plan's statement ("The Ministry of Education's
# education sector plan calls for a ratio of ...") had been judged with the cue inside its text ("calls for a
# ratio ..."), which no content can hold; judged as "a ratio of one textbook ...", it is found with every field
# right: found 180, speaker 163, anonymous 177, outlet 173, status 150. The misses by shape (none of them tuned on):
# - not found (2): the broadcaster's update note at the top ("Updated at 9:30 p.m. with the reaction of the
#   Municipality of Coralillo."); a company's quote closed by "the statement reads" ('"We were wrong to say that
#   everything reached the collection centre, and we apologize ...," the statement reads.'), whose cue was stored
#   over the sentence before's content (the company's admission, as a retraction).
# - wrong speaker (17): whole sentences stored as the publisher's although a party speaks in them ("The company
#   denied, however, that"; "Tour operator Frostfari ehf. has retracted its statement that"; "The PNG Civil and
#   Identity Registry (PNGCIR) said on its Facebook page last year that"; "The park's letter to operators, which
#   Iceland Review has seen, states that"; "In a video posted on Facebook, she showed a letter ..., which warns
#   that") 5; the publisher named inside the source's phrase taken for the speaker ("Teachers at three schools
#   visited by Addis Standard said"; "The documents show that" after "according to procurement documents") 2; a
#   withdrawal closed by "The Reporter has learnt" stored under the publisher with that cue 1; "the park estimates
#   that" after a semicolon, the whole sentence under the publisher 1; "after reports that" in the minister's lead,
#   under the minister 1; "The Comptroller General of the Republic (CGR) declined to say whether it would audit the
#   contract" under the company's manager of five paragraphs up (speaker words right) 1; no speaker stored although
#   the speaker words are right ("But two guides who worked for the company this winter told RÚV that"; "In an
#   online poll on mbl.is, 74 percent of 3,100 readers said") 2; a name or description cut short ("Mother of four
#   Rose Kaupa, 34, said" as "mother"; "a former Pacific DataLink team leader" as "leader"; "A registry officer in
#   Port Moresby" as "officer in port moresby", twice, its "said A and that B" kept as one claim) 4.
# - anonymity (3): the two statements stored without a speaker 2; "The tour company, Frostfari ehf., said in a
#   statement on its website that" stored under "tour company" as anonymous, the cue cut to "said in a statement
#   on" and the content starting "its website that" 1.
# - outlet (7): a lawyer who "told Teletica on Tuesday" with no outlet 1; the publisher's sentences and the
#   publisher's cue above with the publisher as outlet (the denial, the two withdrawals, the registry's Facebook
#   post, the park's estimate, the letter in the video) 6.
# - status (30): interest groups, association heads, private people and politicians confirmed (a recyclers'
#   cooperative president's three statements, a councillor's allegation, a company's lawyer, an environmental group,
#   a ward councillor's two quoted sentences and the officers' words embedded in his, an MP on the radio,
#   Transparency International PNG) 11; a party's account kept confirmed although withdrawn or contradicted, with
#   "said that A and that B" kept as one claim (the collection company's "100% ... delivered" and "rejects", the
#   printer's "paper jam" and "already replaced", the contractor's "never authorised" with its withdrawn "employees
#   of the registry") 5; a company's withdrawn website statement and its quote again on another site, each
#   corroborated by the other (a relay of one origin) 2; an admission ("acknowledged that ... was taken to the Los
#   Pinares landfill") and a letter's quote that retracts ("We retract the statement given to the media ...") stored
#   retracted 2; sourced findings disputed (the procurement documents' two statements, the teachers' account) 3; a
#   zone education head ("Ato Kebede Tolossa, head of the zone's education department, said") unconfirmed 1; a
#   couple's "their guide had said" disputed 1; a managing director's "Those three have been terminated"
#   corroborated 1; the rest follow from a wrong speaker (the Reporter's withdrawal, the park's letter, the
#   registry's Facebook post, the minister's "after reports that") 4.
# - stance (5): withdrawals stored as assertions ("withdrew on Friday the statement in which it assured that", stored
#   as the embedded "assured"; "has withdrawn its explanation that ..., The Reporter has learnt"; "has retracted its
#   statement that") 3; "The company denied, however, that" (the publisher's sentence) 1; an "Editor's Note:"
#   correction with a capital N stored as an assertion (two "Correction:" notes and an "Editor's note:" held) 1.
# Web furniture: three judged non-claims stored (two Spanish date lines, "8 de septiembre de 2026, 5:00 a. m." and
# "12 de septiembre de 2026, 7:15 p. m.", and a "Watch the full report on Telenoticias at 7 p.m." line). Not scored
# but seen: "until the company explains the weighing tickets" stored as a claim under the cue "explains"; "did not
# respond to The Reporter's questions" stored as a claim; the paper's lead stored with its dateline "Addis Abeba,
# November 3/2026 (Addis Standard) –" inside the content.
# Scored after every landing of the session (f6d0149..547d573, 38 commits, none of them tuned on it): every column as
# on the first run but status, 150 -> 149 from db9fdac (standing read from a general lexicon of occupations, which
# gained 9 statuses on batches 20-25 it was not developed on): the magazine's "the company had cancelled all ice
# cave tours for the rest of ..." turned unconfirmed where the judgement says confirmed. The floors are what held
# when the batch landed, at 547d573, and never go down; raised by session 47 (names47, checked on it: the kinship
# descriptor before a name, the description before a relative clause read whole) speaker 163 -> 167:
FLOORS = {"found": 180, "speaker": 170, "anonymous": 179, "outlet": 175, "status": 154, "stance": 20}
# Speakers that are no plausible source: 6 on the first run. The list may only shrink.
JUNK_BY_SHAPE = {
    # ("mother", "leader" and "officer in port moresby" of the first run are gone since names47: a kinship descriptor
    # with its count before a name is her role, and a description before a relative clause is read whole)
    "a name or description cut short": {
        "ecoruta servicios ambientales s",  # "EcoRuta Servicios Ambientales S. A.", under "explains"
    },
    "the subject of no statement taken for a speaker": {
        "company's supervisors",  # "denied that the company's supervisors had instructed drivers to skip ..."
        "public procurement and property authority",  # "did not respond to The Reporter's questions"
    },
}
KNOWN_JUNK_SPEAKERS = set().union(*JUNK_BY_SHAPE.values())
PLAUSIBLE: frozenset[str] = frozenset()
# Outlets the articles name besides their publishers, stored on the first run: NBC Radio ("told NBC Radio"), the
# ministry's press release ("the ministry said in a press release"), Telenoticias ("In a statement sent to
# Telenoticias"), and RÚV (the broadcaster's English site is the publisher "RÚV English"; the other site relays
# "RÚV reported"). Facebook, named for three statements, was not stored as an outlet (the judgement accepts no
# outlet for each of them as well).
NAMED_OUTLETS = {"NBC Radio", "Ministry of Health press release", "Telenoticias", "RÚV"}
# Judged non-claims stored as claims: 3 on the first run (two date lines, a "Watch" line).
NOT_CLAIMS_STORED = 3

# Relays of one origin, held on the first run (none `corroborated`): the paper's weighing tickets and the digital
# outlet's relay of them ("follows a report by the newspaper La Nación that"); the paper's internal report and the
# weekly's relay ("Addis Standard, citing an internal report ..., reported ... that"); the broadcaster's booking
# records and the daily's relay ("RÚV reported on Wednesday, citing booking records, that"); the paper's receipts and
# the rival paper's relay ("The Post-Courier reported on Tuesday that"). Not held: the tour company's withdrawn
# website statement and its quote again on a third site, each stored `corroborated` (see the status misses).
RELAYS = [
    ("nacion-coralillo-recycling", "the trucks unloaded 412 tonnes"),
    ("crhoy-coralillo-recycling", "recycling trucks in the canton unloaded 412 tonnes"),
    ("addisstandard-abasena-textbooks", "were printed with missing or blank pages"),
    ("reporter-abasena-textbooks", "thousands of the books had blank or repeated pages"),
    ("ruv-hrafnajokull-icecave", "took at least 40 groups into a closed ice cave"),
    ("mbl-hrafnajokull-icecave", "Frostfari had taken at least 40 groups"),
    ("postcourier-waramu-idcards", "collected payments from at least 600 people"),
    ("thenational-waramu-idcards", "receipts showed at least 600 people had paid K50 each"),
]


class TestHeldout(HeldoutBatch):
    FOLDER, EVENTS, TOTAL, FLOORS, RELAYS = HELDOUT, EVENTS, 182, FLOORS, RELAYS
    KNOWN_JUNK_SPEAKERS, NAMED_OUTLETS, PLAUSIBLE = KNOWN_JUNK_SPEAKERS, NAMED_OUTLETS, PLAUSIBLE
    NOT_CLAIMS_STORED = NOT_CLAIMS_STORED
