"""Held-out smoke test, fifteenth batch (issues 12 and 13): twelve constructed articles about four more
invented events (tests/fixtures/news-heldout-14/), written and judged by hand by someone who had not
read the extraction rules, before the extractor ever ran on them, and kept apart from tuning. Scored
with the first batch's code (tests/test_news_smoke.py).

Do not tune rules on these articles or change their judgement to fit the output; the floors are what
held when the batch was added and may only go up. `NEWS_SMOKE_REPORT=1` with `-s` prints every miss.
"""

from __future__ import annotations

from test_news_smoke import HeldoutBatch

from conftest import FIXTURES

HELDOUT = FIXTURES / "news-heldout-14"
EVENTS = ("namkhoa-power", "kaarrevaara-lift", "ruvuma-cashew", "moelwyn-tip")

# Statements judged: 176 (17 with a stance). What held on the first run, on the session-start commit cc111c1 (the
# branch added only the fixtures, committed before the extractor ran on them, and this module): found 167, speaker
# 129, anonymous 155, outlet 160, status 141 of 176, stance 11 of 17; after rebasing on main bb974e9 (the outlet a
# relay names, 'the NAME newspaper', one day's edition): the same figures and misses (junk, outlets, non-claims and
# relays unchanged); after rebasing on main 1d1ecba (two counts of one thing dispute each other): the same figures,
# misses, junk, outlets, non-claims and relays.
# The floors never go down:
# Studied since: withdrawals told in prose ('withdrew a statement', 'was made to withdraw his claim', 'corrected
# the figure') now the speaker's own, stance retracts: speaker 129 -> 132, outlet 160 -> 163, stance 11 -> 14.
# A description, then a company's long name set off by commas, is the cue's subject ("The operator, NAME OF SIX
# WORDS, said in a written reply that C"; tests/test_set_off_names46.py): the reply is no publisher's statement now,
# status 162 -> 164 (its speaker is the operator the presser named before, still a miss).
FLOORS = {"found": 170, "speaker": 161, "anonymous": 160, "outlet": 168, "status": 165, "stance": 15}
# Speakers that are no plausible source: 12 on the first run. The list may only shrink.
JUNK_BY_SHAPE = {
    "a name cut short before its last word": {"natural resources"},
    "the words before a name or description kept with it": {
        "end of december our society's chairman",
        "i read in this newspaper and in others",
    },
    "a party named after the speaker taken for the speaker": {"plaid cymru"},
    "a subject or an object of the content taken for the speaker": {"many of us", "people of bryn eithin"},
    "a reporter putting a question at a press conference": {
        "reporter from lao dong newspaper",
        "reporter from thanh nien",
    },
}
# (since session 45 a description's participle of issuing or seeing and the words after it are no part of its name: "ministry's decision published" is the ministry's decision, as judged)
KNOWN_JUNK_SPEAKERS = set().union(*JUNK_BY_SHAPE.values())
# Plausible sources the judgement did not name: two standfirsts' former employee and former mechanic, the injured
# skiers who claim damages, the head office that issued a dispatch, an MP's "media reports", and the publisher in
# its own spelling.
PLAUSIBLE = frozenset(
    {
        "former employee of kaarrevaara lifts",
        "former mechanic",
        "injured skiers",
        "company's head office",
        "media",
        "tuổi trẻ",
    }
)
# Outlets the articles name besides their publishers: the national agency a director spoke to, and the broadcaster
# a paper relays. Two more are stored though no article names them as a medium (a publisher in its own spelling, and
# words of a denial taken for an outlet), held as found on the first run; that second set may only shrink.
NAMED_OUTLETS = {"Vietnam News Agency", "Yle"}
NAMED_OUTLETS |= {"Tuổi Trẻ", "Chamber no such report"}
# Judged non-claims stored as claims: 7 on the first run (the digest's photo-service line, the regional paper's
# standfirst, the record's heading line, its "first topical question" line and the Presiding Officer's thanks, and
# the newsletter's greeting and sign-off).
# Then 5: furniture no longer stored (a newsletter's 'That's all for today').
NOT_CLAIMS_STORED = 5

# Relays and reprints of one origin, held on the first run (none `corroborated`): a newspaper's figure relayed by the
# national agency, and the same report inside a reporter's question; a director's words to the agency and the paper
# relaying them; a witness's testimony and the regional paper relaying the broadcaster's report of it; the audit a
# paper saw and the "media reports" an MP cites in parliament; a resident's account and the newsletter relaying the
# paper that carried it.
RELAYS = [
    ("vietnamplus-namkhoa-power", "output in April was nearly double"),
    ("vnexpress-namkhoa-power-presser", "had released water in April to sell power at peak prices"),
    ("vietnamplus-namkhoa-power", "in full compliance with the approved procedure"),
    ("tuoitre-namkhoa-power", "had operated in full compliance with the approved procedure"),
    ("yle-kaarrevaara-lift-trial", "he had told his supervisor in December 2024 that the brake was overdue"),
    (
        "lapinkansa-kaarrevaara-lift",
        "he had warned his supervisor in December 2024 that the brake was overdue",
    ),
    ("citizen-ruvuma-cashew", "was used to repay a bank loan taken by the Ruvuma Kusini Cooperative Union"),
    ("dailynews-ruvuma-cashew-bunge", "the money had been used to repay a bank loan"),
    ("dailypost-moelwyn-tip", "he had reported cracks at the top of the tip to the council in September"),
    ("nationcymru-moelwyn-tip-newsletter", "he sent Gwynedd Council photographs in September"),
]


class TestHeldout(HeldoutBatch):
    FOLDER, EVENTS, TOTAL, FLOORS, RELAYS = HELDOUT, EVENTS, 176, FLOORS, RELAYS
    KNOWN_JUNK_SPEAKERS, NAMED_OUTLETS, PLAUSIBLE = KNOWN_JUNK_SPEAKERS, NAMED_OUTLETS, PLAUSIBLE
    NOT_CLAIMS_STORED = NOT_CLAIMS_STORED
