"""Held-out smoke test, seventeenth batch (issues 12 and 13): twelve constructed articles about four more
invented events (tests/fixtures/news-heldout-16/), ordinary multi-outlet news copy written and judged by hand
by someone who had not read the extraction rules, before the extractor ever ran on them, and kept apart from
tuning. Scored with the first batch's code (tests/test_news_smoke.py).

Do not tune rules on these articles or change their judgement to fit the output; the floors are what
held when the batch was added and may only go up. `NEWS_SMOKE_REPORT=1` with `-s` prints every miss.
"""

from __future__ import annotations

from test_news_smoke import HeldoutBatch

from conftest import FIXTURES

HELDOUT = FIXTURES / "news-heldout-16"
EVENTS = ("oosterweerd-allowance", "himshikhar-audit", "lamdouar-port", "kurose-labels")

# Statements judged: 179 (17 with a stance). What held on the first run, on the session-start commit 12b6913 (the
# branch added only the fixtures, committed before the extractor ran on them, and this module): found 175, speaker
# 152, anonymous 163, outlet 165, status 151 of 179, stance 12 of 17; after rebasing on main 435432d (a singular
# record as a subject, links kept per version, page furniture): found 175, speaker 154 (the scoop's lead and a figure
# "according to figures from the authority" now the audit's and the authority's), anonymous 163, outlet 165, status
# 151, stance 12; one junk speaker fewer ("authority of nepal", kept in the list below as found on the first run);
# outlets, non-claims and relays unchanged. Status 152 since a relay through an outlet whose own story is in the
# cluster is one origin with that story, however each names the sources (the audit scoop and its wire relay).
# Raised by session 47 (names47: a person described by a record's word is no record cited again): speaker 158 ->
# 159, anonymous 164 -> 165. The floors never go down:
FLOORS = {"found": 176, "speaker": 164, "anonymous": 168, "outlet": 171, "status": 170, "stance": 13}
# Speakers that are no plausible source: 11 on the first run, 10 since the session's date and furniture landings
# ("authority of nepal" gone). The list may only shrink.
JUNK_BY_SHAPE = {
    "a relay's citation of its own sources taken whole for the speaker": {
        "copy of the audit report and two officials at the civil aviation authority of nepal",
    },
    "a subject or an object of the content taken for the speaker": {
        "1.2-billion-dirham extension",
        "council",
        # (a body the content speaks of, once cut short before its last words and listed so; now named whole)
        "ministry of agriculture and maritime fisheries",
        "ras lamdouar",
        # ("its officials" and "officials in the overijssel town of oosterweerd" are gone by session 47's start)
    },
}
# (since session 45 a description's participle of issuing or seeing and the words after it are no part of its name: 'its half-year financial statements published' is gone)
KNOWN_JUNK_SPEAKERS = set().union(*JUNK_BY_SHAPE.values())
# Plausible sources the judgement did not name: a chief executive by a possessive, the pilots' group its captain heads,
# the regional paper with its description, and the company by its description where a clause says it admitted.
PLAUSIBLE = frozenset(
    {
        "its chief executive",
        "mountain pilots' forum",
        "regional newspaper de stentor",
        "rice cracker maker",
    }
)
# Outlets the articles name besides their publishers: the news agency a spokesperson and an alderman spoke to, the
# broadcaster an alderman spoke to and that reported an earlier case, and the broadcaster whose scoop a wire relays.
NAMED_OUTLETS = {"ANP", "NOS", "NHK"}
# Judged non-claims stored as claims: none on the first run (bylines, date lines, standfirsts, captions and credits,
# link lines, "Reporting by" lines and desk initials).
NOT_CLAIMS_STORED = 0

# Relays and reprints of one origin, held on the first run (none `corroborated`): an anonymous civil servant in the
# scoop and the site relaying it; a resident in the scoop and the relay; a chief executive's words to the paper and
# the wire's update repeating them; a cooperative head's loss told to the agency and again to a news site; an
# anonymous former employee told to the broadcaster and the wire relaying it.
RELAYS = [
    ("stentor-oosterweerd-allowance", "the department had proposed writing to residents in April"),
    ("dutchnews-oosterweerd-allowance", "staff had urged the local authority to write to residents straight away"),
    ("stentor-oosterweerd-allowance", "she had used the second payment to pay off an overdue energy bill"),
    ("dutchnews-oosterweerd-allowance", "she had already spent the money on an overdue energy bill"),
    ("kathmandupost-himshikhar-audit", "every inspection was done on time"),
    ("reuters-himshikhar-audit-update", "every inspection was done on time"),
    ("afp-lamdouar-port", "its members had lost"),
    ("hespress-lamdouar-port", "members had lost a third of their income this year"),
    ("nhk-kurose-labels", "workers were instructed by their supervisors to do the relabeling at night"),
    ("kyodo-kurose-labels", "workers were instructed by their supervisors to do the relabeling at night"),
    ("kathmandupost-himshikhar-audit", "One of the aircraft flew 112 hours past its inspection limit"),
    ("reuters-himshikhar-audit", "flew 112 hours beyond its inspection limit"),
]


class TestHeldout(HeldoutBatch):
    FOLDER, EVENTS, TOTAL, FLOORS, RELAYS = HELDOUT, EVENTS, 179, FLOORS, RELAYS
    KNOWN_JUNK_SPEAKERS, NAMED_OUTLETS, PLAUSIBLE = KNOWN_JUNK_SPEAKERS, NAMED_OUTLETS, PLAUSIBLE
    NOT_CLAIMS_STORED = NOT_CLAIMS_STORED
