"""Held-out smoke test, fourteenth batch (issues 12 and 13): twelve constructed articles about four more
invented events (tests/fixtures/news-heldout-13/), written and judged by hand by someone who had not
read the extraction rules, before the extractor ever ran on them, and kept apart from tuning. Scored
with the first batch's code (tests/test_news_smoke.py).

Do not tune rules on these articles or change their judgement to fit the output; the floors are what
held when the batch was added and may only go up. `NEWS_SMOKE_REPORT=1` with `-s` prints every miss.
"""

from __future__ import annotations

from test_news_smoke import HeldoutBatch

from conftest import FIXTURES

HELDOUT = FIXTURES / "news-heldout-13"
EVENTS = ("tellespires-spraying", "maths-exam-rescore", "nusawings-grounding", "cardesal-water")

# Statements judged: 170 (15 with a stance). What held on the first run, on the session-start commit 5f2ba45 (the
# branch added only the fixtures, committed before the extractor ran on them, and this module): found 167, speaker
# 140, anonymous 158, outlet 156, status 143 of 170, stance 11 of 15; after rebasing on main 0cff429 (with 1dc93e5, a
# text carried in full after any lead announcing it speaks for its issuer): the same figures and misses (in the
# release the paper carries after a colon lead and two capitalised heading lines, the sentences without a cue of
# their own still read as the paper's); after rebasing on main ad88b04 (live blogs, updates and corrections read as
# document formats): found 167, speaker 140, anonymous 158, outlet 156, status 143, stance 12 (the analysis's
# correction at the foot now `retracts`; the wire's "(adds ...)" line no longer stored, 11 non-claims; junk,
# outlets and relays unchanged); after rebasing on main 7c53255 (records speak for their issuer, fact checks read as a
# format, second-hand status in reported speech): found 167, speaker 140, anonymous 158, outlet 156, status 144,
# stance 12 (the fact check's summary of the voice message now `disputed`; the message's own quote, its traced
# author's admission and the rest unchanged; junk, outlets, non-claims and relays unchanged); after rebasing on main
# acf76c0 (a fact check's "pointed to" sources, bodies named after their description): the same figures and misses;
# after rebasing on main 4d467d0 (with 7d947c0, declines that point back): the same figures but stance 13 (the
# spokesman's "I can't confirm anything about ..." now a decline; junk, outlets, non-claims and relays unchanged).
# The floors never go down:
# On the outlets a relay names (studied): the wire's "information obtained by" it and its reprint now the wire's
# (speaker and outlet), and the TV script's "This morning's PAPER quoted X as saying" now through the paper.
# A speaker's own "I said N, and that was wrong" now a withdrawal (stance 13 -> 14).
# A description, then a one-word name set off by commas, is the cue's subject ("The operator, NAME, has said C";
# tests/test_set_off_names46.py): the operator's account now its own, speaker 158 -> 159, outlet 161 -> 162, status
# 159 -> 160.
FLOORS = {"found": 167, "speaker": 160, "anonymous": 167, "outlet": 162, "status": 161, "stance": 14}
# Speakers that are no plausible source: 9 on the first run. The list may only shrink.
# (names48: a title listing its portfolio is no part of the name after it, 'science and sport darius jonikas' gone)
JUNK_BY_SHAPE = {
    "a subject or an object of the content taken for the speaker": {
        "federal rules",
        "four children",
        "none of them",
        "sector",
    },
}
KNOWN_JUNK_SPEAKERS = set().union(*JUNK_BY_SHAPE.values())
# Plausible sources the judgement did not name: a standfirst's bare "experts say", and a fact check's "the author
# of the audio" for the man it names elsewhere.
PLAUSIBLE = frozenset({"experts", "author of the audio"})
# Outlets the articles name besides their publishers: the paper's group a minister spoke to. One more is stored
# though no article names it as a medium (a wire's name in another case than its publisher line's), held as
# found on the first run; that second set may only shrink.
NAMED_OUTLETS = {"Guardian Media"}
NAMED_OUTLETS |= {"Antara"}
# Judged non-claims stored as claims: 12 on the first run (the fact check's reader-suggestion line, the wire's
# "(adds ...)" line, the radio interview's translation note and its two closing lines, the magazine's standfirst, the
# analysis's byline and its "regrets the error", the TV script's "as broadcast" line, its "NAME reports" hand-over
# and its reporter sign-off, and the line introducing the release; 11 on main ad88b04).
# Then 10: furniture no longer stored (a byline 'NAME (OUTLET)').
NOT_CLAIMS_STORED = 10

# Relays and reprints of one origin, held on the first run (none `corroborated`): the paper's scoop from the GPS
# log and the fact check relaying it; the wire's own scoop about a warning and the second outlet reprinting it
# word for word, and a director's quote reprinted the same way; the magazine's report of forged certificates and
# the analysis relaying it, and the workshop director's words to the magazine as the analysis relays them; the
# local paper's anonymous official and the TV script relaying him.
RELAYS = [
    ("folha-tellespires-spraying", "passed over the school yard twice with its spray system switched on"),
    ("aosfatos-tellespires-spraying-factcheck", "the plane's GPS log shows it passed over the school"),
    ("bns-maths-exam-rescore", "warned the agency in May that the partial-marks module"),
    ("15min-maths-exam-rescore", "warned the agency in May that the partial-marks module"),
    ("bns-maths-exam-rescore", "The error was in how the e-testing platform added up partial marks"),
    ("15min-maths-exam-rescore", "The error was in how the e-testing platform added up partial marks"),
    ("tempo-nusawings-grounding", "is PT Cakra Teknik Dirgantara"),
    ("jakartapost-nusawings-grounding-analysis", "had sold them with forged certificates"),
    ("tempo-nusawings-grounding", "we are also a victim"),
    ("jakartapost-nusawings-grounding-analysis", "the company was itself a victim of its suppliers"),
    ("guardian-cardesal-water", "WASA owed CarDesal about TT$212 million"),
    ("tv6-cardesal-water-transcript", "put WASA's debt to the company at two hundred and twelve million"),
]


class TestHeldout(HeldoutBatch):
    FOLDER, EVENTS, TOTAL, FLOORS, RELAYS = HELDOUT, EVENTS, 170, FLOORS, RELAYS
    KNOWN_JUNK_SPEAKERS, NAMED_OUTLETS, PLAUSIBLE = KNOWN_JUNK_SPEAKERS, NAMED_OUTLETS, PLAUSIBLE
    NOT_CLAIMS_STORED = NOT_CLAIMS_STORED
