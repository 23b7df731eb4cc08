"""Held-out smoke test, thirtieth batch (issues 12 and 13): twelve constructed articles about four more
invented events (tests/fixtures/news-heldout-29/), ordinary multi-outlet news copy written and judged by hand
by someone who had not read the extraction rules, before the extractor ever ran on them, and kept apart from
tuning. Scored with the first batch's code (tests/test_news_smoke.py).

Do not tune rules on these articles or change their judgement to fit the output; the floors are what
held when the batch was added and may only go up. `NEWS_SMOKE_REPORT=1` with `-s` prints every miss.
"""

from __future__ import annotations

from test_news_smoke import HeldoutBatch

from conftest import FIXTURES

HELDOUT = FIXTURES / "news-heldout-29"
EVENTS = ("mejjez-fireworks", "sallikula-squirrels", "mokgalo-vaccine", "norbulotus-sdf")

# Statements judged: 193 (20 with a stance). The first run, on the session-start commit 00c525f (the branch added
# only the fixtures, committed before the extractor ran on them in 8bc9ed3, and this module): found 191, speaker
# 179, anonymous 185, outlet 186, status 162 of 193, stance 19 of 20. Two judging mistakes against the written rules
# were corrected after the run: a judged piece held the cue with the content ("show the stumps of two large aspens"
# for "Photos taken ... by NAME ... show the stumps ...": the piece must lie in the content, the cue is not part of
# it), now "the stumps of two large aspens" (found, speaker, anonymous and outlet +1); and three calls ("called on
# the minister to resign", "called on the Ministry of Climate to halt ...", "called for compensation ...") accepted
# only `unconfirmed`, while the batch's other opposition MP's call and the earlier batches' calls ("said A and called
# for B", "claimed A and called on B") accept `confirmed` too, a call being its speaker's own position on record: they
# accept both now (status +1, the opposition MP's call). Nothing else was changed: found 192, speaker 180, anonymous
# 186, outlet 187, status 163, stance 19.
# The misses by shape (none of them tuned on):
# - not found (1): an update note at the top ("Updated 10.20am with OHSA comment."), not stored.
# - wrong speaker (12 besides the one not found): "the Police said" and "The statement said" in the broadcaster's copy
#   stored under the Police Commissioner the lead names (three statements in two claims) 3; no speaker for a relay of
#   another outlet ("Newsbook.com.mt reported on Thursday that") 1 and for "Several guides who worked for the company
#   told Kuensel that A and that B" (two statements in one claim) 2; no speaker for a company's withdrawal reported by
#   its attorney ("NAME has withdrawn its claim that ..., the company's attorney, NAME, confirmed on Friday", the
#   whole sentence stored again under the attorney with the cue "confirmed") 1; the "saying" after "rejected reports
#   that veterinary assistants had warned ..." given to the assistants the rejected report names 1; an embedded
#   statement with its own cue ("which the manufacturer has since said it never sent") left in the company's claim 1;
#   a title cut after "Minister of Lands and" ("Agriculture Kabo Segwabe", before "who last week told reporters
#   that") 1; "Booking records of COMPANY, which this paper has seen, show" stored under the company 1; "He rejected
#   the Estonian Fund for Nature's claim that A, saying B" stored as the fund's assertion of A 1.
# - anonymity (6 besides the one not found): no speaker, no anonymity (the Newsbook relay, the guides' two, the
#   company's withdrawal) 4; the assistants for the director's "saying" 1; "The proprietor of Norbu Lotus Tours and
#   Treks has withdrawn his claim" stored as an anonymous speaker 1.
# - outlet (5 besides the one not found): the public broadcaster's own statements (its scoop's lead, the register
#   data, the law, the naturalist's quote told to it) stored under "ERR", the shorter name the agency's relay uses
#   ("Public broadcaster ERR reported"), not the publisher's "ERR News" the judgement holds to 5.
# - status (29 besides the one not found): lawyers confirmed (the association's lawyer's two in one claim, the
#   interest group's lawyer, the tour operator's lawyer in two outlets, four statements) 7; an association or an
#   interest group confirmed (the fireworks association's president's three, the conservation fund's two, the guides'
#   association) 6; private people confirmed (the naturalist's two and his photos, the Paro tour operator's two) 5;
#   an opposition MP's claim confirmed 1; a relay of the weekly's scoop confirmed 1; statements withdrawn later kept
#   confirmed or unconfirmed (the police's "renewed in line with the regulations", the deputy director general's
#   "the register was empty", the supplier's "extended the shelf life", the proprietor's "technical problem") 4; the
#   Explosives Office's confirmation ("after the Explosives Office confirmed that") left in the withdrawal's claim,
#   retracted 1; disputed where the judgement sees no contradiction (the police sources' one inspection since 2024,
#   the inquiry source's 400 kilograms, RMK's 21,000 hectares felled last year, the 14 nest trees counted around the
#   felling) 4.
# - stance (1): "He rejected the Estonian Fund for Nature's claim that RMK had known about the nests" stored as the
#   fund's assertion, no denial stored (the other three denials, the nine declines to confirm and the seven
#   retractions, the three corrections among them, held).
# Web furniture: four judged non-claims stored, a boilerplate line ("Independent journalism costs money. Support ...",
# both sentences stored), a "Follow ERR News on Facebook and Twitter" line, the farmers' chairperson's rhetorical
# question (stored under the DVS director of the sentence before, "he asked"), a caption ending "(File)". Not scored
# but seen: "Asked about the records/report/note" stored three times as claims of no speaker (cue "asked"); "had not
# responded to ERR News' questions" stored as the ministry's claim (cue "responded"); the follow-up's standfirst
# stored as the board's ("The board now says"); the letter "confirming that the shelf life had been extended" stored
# under "ministry"; whole sentences stored again under the speaker of their cue (the board's retraction under its
# director general, the tour operator's withdrawal under his lawyer, the MP's urging as the publisher's); the
# expert's sentence stored twice; the second sentences of the three corrections stored.
# The floors are what held when the batch landed and never go down:
FLOORS = {"found": 192, "speaker": 190, "anonymous": 191, "outlet": 187, "status": 187, "stance": 20}
# Speakers that are no plausible source: 3 on the first run. The list may only shrink.
JUNK_BY_SHAPE = {
    "a name or description cut short": {
        "agriculture kabo segwabe",  # "Minister of Lands and Agriculture Kabo Segwabe, who last week told reporters that"
    },
    "a reporting word that is no cue": {
        "ministry of climate",  # "The Ministry of Climate had not responded to ERR News' questions", cue "responded"
        "ministry",  # 'the ministry had received "a letter from the supplier" confirming that', cue "confirming"
    },
}
KNOWN_JUNK_SPEAKERS = set().union(*JUNK_BY_SHAPE.values())
PLAUSIBLE: frozenset[str] = frozenset()
# Outlets stored besides the publishers: "ERR", the agency relay's name for the public broadcaster ("Public
# broadcaster ERR reported"), under which the broadcaster's own "ERR News" statements were stored too; and the news
# site the daily relays by its web address ("Newsbook.com.mt reported on Thursday that"), an outlet the text names,
# stored since the relay's speaker was found (session 51).
NAMED_OUTLETS = {"ERR", "Newsbook.com.mt"}
# Judged non-claims stored as claims: 4 on the first run (a boilerplate line, a "Follow" line, a quote's rhetorical
# question, a caption).
NOT_CLAIMS_STORED = 4

# Relays of one origin, all held on the first run (no claim of the batch was stored `corroborated`): the four scoops
# (the daily's, the public broadcaster's, the daily's, the weekly's), their relays by the other outlets ("Times of
# Malta reported that police records showed", "Public broadcaster ERR reported on Wednesday that", "Mmegi newspaper
# reported on Friday that", "The weekly newspaper The Bhutanese reported on Saturday that"), and the minister's words
# quoted again in another outlet's relative clause ("who last week told reporters that").
RELAYS = [
    ("timesofmalta-mejjez-fireworks", "No application for its renewal had been filed by the time of the blast"),
    ("tvm-mejjez-fireworks", "no application for its renewal had been filed"),
    ("err-sallikula-squirrels", "clear-cut nearly 12 hectares of forest near Sälliküla"),
    ("bns-sallikula-squirrels", "three nest trees of the flying squirrel had been entered in EELIS"),
    ("mmegi-mokgalo-vaccine", "with a vaccine batch that had expired three months earlier"),
    ("dailynews-mokgalo-vaccine", "the batch had expired in November 2027"),
    ("thebhutanese-norbulotus-sdf", "in Sustainable Development Fee (SDF) from 214 tourists"),
    ("bbs-norbulotus-sdf", "the company had collected more than USD 190,000 from 214 tourists"),
    ("sundaystandard-mokgalo-vaccine", "was within its shelf life"),
]

class TestHeldout(HeldoutBatch):
    FOLDER, EVENTS, TOTAL, FLOORS, RELAYS = HELDOUT, EVENTS, 193, FLOORS, RELAYS
    KNOWN_JUNK_SPEAKERS, NAMED_OUTLETS, PLAUSIBLE = KNOWN_JUNK_SPEAKERS, NAMED_OUTLETS, PLAUSIBLE
    NOT_CLAIMS_STORED = NOT_CLAIMS_STORED
