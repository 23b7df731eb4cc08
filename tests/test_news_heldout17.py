"""Held-out smoke test, eighteenth batch (issues 12 and 13): twelve constructed articles about four more
invented events (tests/fixtures/news-heldout-17/), ordinary multi-outlet news copy written and judged by hand
by someone who had not read the extraction rules, before the extractor ever ran on them, and kept apart from
tuning. Scored with the first batch's code (tests/test_news_smoke.py).

Do not tune rules on these articles or change their judgement to fit the output; the floors are what
held when the batch was added and may only go up. `NEWS_SMOKE_REPORT=1` with `-s` prints every miss.
"""

from __future__ import annotations

from test_news_smoke import HeldoutBatch

from conftest import FIXTURES

HELDOUT = FIXTURES / "news-heldout-17"
EVENTS = ("ekliden-schools", "arrayan-oil", "chambeshi-fertiliser", "meghna-wages")

# Statements judged: 175 (17 with a stance). What held on the first run, on the session-start commit 5fb8591 (the
# branch added only the fixtures, committed before the extractor ran on them, and this module): found 168, speaker
# 142, anonymous 161, outlet 154, status 146 of 175, stance 13 of 17; after rebasing on main 76556bd (a refusal to
# tell declines to confirm): found 168, speaker 143, anonymous 161, outlet 155, status 146, stance 14 ("He declined
# to give details" after an anti-corruption spokesperson now his, with its stance and no outlet); junk speakers,
# outlets, non-claims and relays unchanged. The floors are the lower of the runs.
# The misses by shape on that run (none of them tuned on):
# - not found (7): a relay's lead with "the broadcaster reported" at its end; a lead with "according to workers and
#   union leaders" at its end; "have called for"; the second verb of a reported clause ("had tested ... and found
#   that", twice); content after an appositive with initials ("the manager, identified by his initials as ...,
#   bought"); the correction at the foot of a business paper's story.
# - wrong speaker (26): the publisher for a document or figure the paper cites ("according to documents seen by the
#   paper", "The documents ... also show", "The letter ... asks", a notice on a gate, a poll, budget documents, a
#   bank's notice read as the central bank's) 7; the relaying publisher for the outlet it relays ("first reported by
#   X, which said", "The report, first published by X, said", "The newspaper, citing ..., said") 3; the publisher
#   for a named person after a long appositive or a pronoun ("The lawyer for X, NAME, declined", "Mr NAME
#   dismissed", "He declined to give details", "The administrator appointed by ..., lawyer NAME of ..., said") 4,
#   three of them losing their stance; names cut short ("sources ... consulted by [this newspaper]" four times,
#   "the ministry's crop [forecast]", "[a letter from the] inspectorate seen by ...") 6; the wrong referent ("Its
#   website" read as the newspaper's, unnamed staff after a quoted worker, "police and witnesses said" as the
#   agency) 3; a company name with its ampersand dropped 2; the subject of a lead for its "according to" source 1.
# - anonymity (7): named bodies and documents marked anonymous ("the force said", "The brand said", "an
#   investigative newspaper reported", a municipality's estimate, a website, a crop forecast, a letter cut short).
# - outlet (14): the relaying publisher, or none, for the outlet relayed (5); the publisher for a statement where no
#   medium is named (7); a "told Reuters" carried to the speaker's next sentence (1); the publisher for the owner's
#   words after his telephone interview (1).
# - status (22): private people, a union official, an expert and an analyst confirmed or disputed (5); a relay of
#   an anonymous source confirmed (1); an unrelated "corroborated" for a committee chair and for members (2); an
#   association's president and an owner's explanation disputed (2); the paper's figure from documents and its
#   relay disputed by a ministry's larger figure (2: the judgement lets the ministry figure be disputed but not the
#   paper's, a judgement left as committed); the rest follow from a wrong speaker or anonymity (10).
# - stance (4): "declined to comment" and "declined to give details" after the publisher took the speaker,
#   "dismissed claims that", and "told TBS ... that he had not fled" as a plain assertion.
# When it landed (main 6d7b415, all of the session's work; rebased once more): found 168, speaker 145, anonymous 162,
# outlet 157, status 147, stance 14 of 17; junk speakers, non-claims and relays unchanged; one more outlet the text
# names stored (below). The floors are raised to that run.
# The floors never go down:
# A firm's name joined by an ampersand kept whole (no longer a junk name without its ampersand): speaker 147, status
# 148, every other figure unchanged; staff at a firm's office read as a group, not a title referring back to a person
# named before: speaker 148, status 149.
FLOORS = {"found": 169, "speaker": 154, "anonymous": 163, "outlet": 161, "status": 162, "stance": 16}
# Speakers that are no plausible source: 11 on the first run. The list may only shrink.
JUNK_BY_SHAPE = {
    "a name cut short before its last words": {
        "ministry's crop",  # (names48: 'sources close to the investigation consulted by' gone, the people polled)
        "spokesperson for the guardia civil's command",
    },
    "the words before or after a source kept with it": {"help members", "level unions"},
    "a subject or an object of the content taken for the speaker": {
        "authority",
        "garment workers",
        "manager",
        "meghna knit apparels",
    },
}
# (since session 45 a description's participle of issuing or seeing and the words after it are no part of its name: the inspectorate's letter 'seen by' the broadcaster is the inspectorate's)
KNOWN_JUNK_SPEAKERS = set().union(*JUNK_BY_SHAPE.values())
# Plausible sources the judgement did not name: bankers who "say", the factory inspectorate whose officials promised a
# meeting, a price system, and a spokesperson by his full description.
PLAUSIBLE = frozenset(
    {
        "bankers",
        "department of inspection for factories and establishments",
        "poolred price system",
        "spokesperson for the guardia civil's command in jaén",
    }
)
# Outlets the articles name besides their publishers: the broadcaster whose scoop a site relays and the news agency
# it quotes (named two ways), and two publishers under their short names (a business paper's initials, a state
# paper's name without its country), which the first run stored as outlets of their own.
NAMED_OUTLETS = {"SVT", "TT", "TT news agency", "TBS", "Daily Mail"}
# Found when the batch landed, after the session's reading of an outlet the list does not know but the text names
# beside a medium noun ("the online newspaper NAME"): the online paper whose scoop the wire relays.
NAMED_OUTLETS |= {"News Diggers"}
# Judged non-claims stored as claims: 3 on the first run (a byline with an e-mail address, a cover photo credit, a
# currency conversion line).
# Then 0: furniture no longer stored (the byline with an e-mail address, the cover photo credit and the currency conversion line).
NOT_CLAIMS_STORED = 0

# Relays and reprints of one origin, held on the first run (none `corroborated`): an anonymous inspectorate official
# in the broadcaster's scoop and the site relaying it; a committee chair's and the minister's words to the
# broadcaster, relayed; the regional paper's search story and the wire relaying it; the cooperative president's
# withdrawn denial told to the paper and repeated by the wire and the national paper; a union president's quote in
# the wire's first take and its update; people familiar with a contract told to the wire and the state paper
# relaying it; the national paper's arrears figure from documents and two outlets relaying it.
RELAYS = [
    ("svt-ekliden-schools", "the inspectorate considered withdrawing the group's approval in May"),
    ("thelocal-ekliden-schools", "had considered withdrawing the group's approval in May"),
    ("svt-ekliden-schools", "We have asked the inspectorate for months"),
    ("thelocal-ekliden-schools", "had asked the inspectorate repeatedly about Ekliden"),
    ("svt-ekliden-schools", "the government plans to give the inspectorate the power"),
    ("thelocal-ekliden-schools", "the government plans to let the inspectorate demand bank guarantees"),
    ("diariojaen-arrayan-oil", "took away samples from six storage tanks"),
    ("efe-arrayan-oil", "officers had searched the cooperative's mill"),
    ("diariojaen-arrayan-oil", "No lampante oil has ever entered this mill"),
    ("efe-arrayan-oil", "no lampante oil had ever entered the mill"),
    ("elpais-arrayan-oil", "no lampante oil had ever entered the mill"),
    ("reuters-chambeshi-fertiliser", "If every bag is short by five kilos"),
    ("reuters-chambeshi-fertiliser-update", "a farmer who gets eight short bags loses almost a whole bag"),
    ("reuters-chambeshi-fertiliser-update", "Chambeshi was paid 412 million kwacha"),
    ("dailymail-chambeshi-fertiliser", "the company was paid K412 million"),
    ("dailystar-meghna-wages", "the factory owes its workers about Tk 11.8 crore"),
    ("afp-meghna-wages", "the factory owed its 2,600 workers 118 million taka"),
    ("tbsnews-meghna-wages", "the factory owed its workers Tk 11.8 crore"),
]


class TestHeldout(HeldoutBatch):
    FOLDER, EVENTS, TOTAL, FLOORS, RELAYS = HELDOUT, EVENTS, 175, FLOORS, RELAYS
    KNOWN_JUNK_SPEAKERS, NAMED_OUTLETS, PLAUSIBLE = KNOWN_JUNK_SPEAKERS, NAMED_OUTLETS, PLAUSIBLE
    NOT_CLAIMS_STORED = NOT_CLAIMS_STORED
