"""Held-out smoke test, twentieth batch (issues 12 and 13): twelve constructed articles about four more
invented events (tests/fixtures/news-heldout-19/), ordinary multi-outlet news copy written and judged by hand
by someone who had not read the extraction rules, before the extractor ever ran on them, and kept apart from
tuning. Scored with the first batch's code (tests/test_news_smoke.py).

Do not tune rules on these articles or change their judgement to fit the output; the floors are what
held when the batch was added and may only go up. `NEWS_SMOKE_REPORT=1` with `-s` prints every miss.
"""

from __future__ import annotations

from test_news_smoke import HeldoutBatch

from conftest import FIXTURES

HELDOUT = FIXTURES / "news-heldout-19"
EVENTS = ("valearece-viaduct", "cikembang-meals", "nordvig-blades", "keramia-water")

# Statements judged: 189 (17 with a stance). What held on the first run, on the session-start commit 1b7e4bd (the
# branch added only the fixtures, committed before the extractor ran on them, and this module): found 184, speaker
# 162, anonymous 176, outlet 158, status 146 of 189, stance 13 of 17; after rebasing on main 8eb0f71 (an outlet's
# next statement kept only on the same day; a website told by its address is an outlet): the same figures, misses,
# junk speakers, outlets, non-claims and relays (the news site is still stored as "HotNews"); after rebasing on main
# 875af21 (a record's issuer after words that date or rank it): the same again. Landed on main after all of the
# session's work (fifteen commits on speakers, documents, stances, statuses, outlets, recall and links, each written
# without sight of this batch): the same figures, misses, junk speakers, outlets, non-claims and relays again.
# The misses by shape on that run (none of them tuned on):
# - not found (5): a survey's finding whose figure is the subject of "believe" ("found that N% of X believe ...",
#   stored without its figure under the respondents); an analyst's expectation in a relative clause after her quote
#   ("who expects the cost to exceed ...", stored without its verb, which the judgement's key holds); a company that
#   "withdrew its lawyer's statement to OUTLET that ..., saying in a statement that ..." (only the new statement is
#   stored); "According to the Athens newspaper, the municipality paid for 4,100 ..." (the content starts after the
#   thousands comma, "100 ..."); "In VILLAGE, X happened, said NAME, 58, a farmer, "quote"" (the village read as the
#   speaker of the quote, the clause before it lost).
# - wrong speaker (22): the publisher for a record or data it cites ("after tests showed", "According to its annual
#   report", "according to data published on the ... portal") 3; the report's author-and-client description carried
#   to another body's data ("According to BODY's own data", "BODY data show") 2; the publisher for a named speaker (a
#   "visited ... and said" lead, a second sentence after "he said", "He repeated that", an owner's "declined to
#   comment" after an apposition) 4; the relayed paper carried into the company's statement in the next paragraph
#   ("It confirmed that ..., but said") 3; the relaying site for the anonymous engineer nested in its report 1; the
#   object of "who has seen the report" for the anonymous engineer himself 1; names cut short ("National Company" for
#   the road company, "company's financial statements submitted" twice, "internal documents PAPER" without "has seen",
#   "delivery list" without "Villages on the") 5; the agency for its documents seen by the paper 1; a lender named
#   "according to the financial statements" in the spokeswoman's apposition, for her refusal 1; a standfirst's
#   "An internal report from June describes" with no speaker 1.
# - anonymity (8): documents and a relayed laboratory report read as anonymous sources 4; a scoop's paper described
#   as "a newspaper" read as anonymous 1; an anonymous engineer under the report or the relaying site 2; no speaker 1.
# - outlet (26): the publisher, or the relayed site, stored under another spelling than the text's (the wire's
#   "Agerpres" where the text writes AGERPRES, "HotNews" where it writes HotNews.ro) 12; a speaker's description and
#   the body a filing was made with stored as outlets 2; the publisher where no medium is named, after a wrong
#   speaker 7; a relay of a named paper stored without its outlet 2; the relayed paper carried into the company's
#   statement 3.
# - status (38): private people, a union representative and a researcher confirmed 6; a party's own account
#   confirmed although the text contradicts it (the contractor, the kitchen operator, the chief executive, the
#   haulier's lawyers) 8; an official's figure he withdrew the next day, and a lawyer's account his client withdrew,
#   not retracted 2; anonymous former employees corroborated by their own relay 2; unnamed officials' lead figures
#   unconfirmed or disputed, and an anonymous engineer's account disputed where nothing contradicts it 4; an internal
#   report seen by the paper confirmed, documents disputed, the WHO unconfirmed, a standfirst corroborated by its own
#   spokeswoman, a refusal joined to an intention, a utility's date told to the broadcaster unconfirmed 6; the rest
#   follow from a wrong speaker 10.
# - stance (4): "had been wrong on Tuesday to say that" and a paper's "Correction: ... we wrote that ..." as plain
#   assertions; the lender's "declined to comment on ..., citing" stored as an assertion; the company's withdrawal not
#   found.
# Web furniture: three of the judged non-claims stored (the wire's closing author-and-editor line, a photo credit in
# brackets after a caption, a caption); every other miss is in ordinary news prose (two of them in standfirsts).
# The floors are the lower of the runs.
# The floors never go down:
FLOORS = {"found": 186, "speaker": 166, "anonymous": 177, "outlet": 165, "status": 159, "stance": 14}
# Speakers that are no plausible source: 9 on the first run. The list may only shrink.
JUNK_BY_SHAPE = {
    "a name or description cut short": {
        "internal documents børsen",
        "hotnews",
        "delivery list",
    },
    "a place taken for the speaker": {"ano vrysi", "esbjerg"},
    "a report's author and client taken for another body's data": {
        "geotest construct for the national company for road infrastructure administration",
    },
    "a poll's respondents taken for its author": {"romanians"},
}
# (since session 45 a description's participle of issuing or seeing and the words after it are no part of its name: "company's financial statements submitted" is the company's financial statements, as judged)
KNOWN_JUNK_SPEAKERS = set().union(*JUNK_BY_SHAPE.values())
# Plausible sources the judgement did not name: lawmakers who demanded an audit, rights groups who called for checks,
# the prosecutor, an analyst's bank for her expectation, and the factory's workers of the broadcaster's lead.
PLAUSIBLE = frozenset(
    {
        "lawmakers",
        "prosecutor",
        "rights groups",
        "sydhav bank",
        "workers",
        "workers at nordvig wind's blade factory in esbjerg",
    }
)
# Outlets the articles name besides their publishers: the business paper the wire relays, under the wire's spelling.
# On the first run also: the national wire under another spelling than its header's, the news site's name cut before
# its domain, a speaker's description, and the ministry a filing was submitted to.
NAMED_OUTLETS = {"Borsen", "Agerpres", "HotNews", "A CNAIR engineer who", "Ministry of Finance"}
# Judged non-claims stored as claims: 3 on the first run (a wire's author-and-editor line, a photo credit, a caption).
NOT_CLAIMS_STORED = 3

# Relays of one origin, held on the first run (none `corroborated`): the news site's anonymous engineer relayed by
# the wire; the national paper's anonymous municipal employee relayed by the state wire.
RELAYS = [
    ("hotnews-valearece-viaduct", "the contractor had been told in writing in 2024"),
    ("agerpres-valearece-viaduct", "the contractor was warned in writing in 2024"),
    ("kathimerini-keramia-water", "the discrepancy had been raised with the mayor's office in August"),
    ("amna-keramia-water", "the problem had been reported to the mayor's office in August"),
]


class TestHeldout(HeldoutBatch):
    FOLDER, EVENTS, TOTAL, FLOORS, RELAYS = HELDOUT, EVENTS, 189, FLOORS, RELAYS
    KNOWN_JUNK_SPEAKERS, NAMED_OUTLETS, PLAUSIBLE = KNOWN_JUNK_SPEAKERS, NAMED_OUTLETS, PLAUSIBLE
    NOT_CLAIMS_STORED = NOT_CLAIMS_STORED
