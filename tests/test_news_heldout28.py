"""Held-out smoke test, twenty-ninth batch (issues 12 and 13): twelve constructed articles about four more
invented events (tests/fixtures/news-heldout-28/), ordinary multi-outlet news copy written and judged by hand
by someone who had not read the extraction rules, before the extractor ever ran on them, and kept apart from
tuning. Scored with the first batch's code (tests/test_news_smoke.py).

Do not tune rules on these articles or change their judgement to fit the output; the floors are what
held when the batch was added and may only go up. `NEWS_SMOKE_REPORT=1` with `-s` prints every miss.
"""

from __future__ import annotations

from test_news_smoke import HeldoutBatch

from conftest import FIXTURES

HELDOUT = FIXTURES / "news-heldout-28"
EVENTS = ("wellagoda-jackpot", "tskhemi-frescoes", "chikondwa-minigrid", "pyrgaki-songbirds")

# Statements judged: 195 (22 with a stance). The first run, on the session-start commit daca527 (the branch added
# only the fixtures, committed before the extractor ran on them in 9522f3d, and this module): found 193, speaker
# 182, anonymous 186, outlet 183, status 166 of 195, stance 19 of 22. One judging mistake against the written rules
# was corrected after the run: the judgement did not accept `disputed` for statements a named party denied in the
# batch ("disputed — contradicted or denied by another source"): the scoop's and the broadcaster's "printed 41
# minutes after the draw" and the lottery board's "sold about 40 minutes after the draw", which the dealer denied
# ("denied that the ticket had been printed after the draw"); the same is now accepted for the statements of the
# same proposition the run did not contest (the terminal log's "9.41 pm", the officials' "then printed the winning
# numbers", the frescoes scoop, its relay and the priest's account, which the contractor's director denied, the
# songbird scoop and its relay, which the restaurant owner denied). Status 166 -> 168; nothing else was changed.
# The misses by shape (none of them tuned on):
# - not found (2): a sentence cut at the abbreviation "Rs." ("She said the board had stopped the payment of all
#   prizes above Rs. 10 million until ...", the cue's clause ending at "Rs" and the rest stored as the publisher's;
#   the Sunday paper's lead and the daily's lead are cut there too, their statements still found); the publisher's
#   own clause before "the waiter saying" ("The birds, ..., arrived fried in a covered clay pot, the waiter saying
#   they had been \"A\""), stored only as the waiter's claim.
# - wrong speaker (11 besides the two not found): a running quote with no cue of its own after "Group Village Head
#   NAME said A." stored as the publisher's (three statements, two of them in one claim) 3; no speaker for the
#   village head's "said" (a traditional title whose name is the village's) and for "According to the state
#   procurement portal," 2; "DLB records show" closing a sentence stored under "Development Lotteries Board's" (the
#   abbreviation resolved to its first mention with the possessive) 1; a first-person correction ("In our Thursday
#   edition, we reported that") under the company of the sentence it corrects 1; whole sentences stored as another
#   speaker's before the statement inside them (the police's "Restaurant owner NAME, who told the Cyprus Mail last
#   week that A, was charged ..., police said", whose relative clause is then stored right as the owner's; the
#   publisher's copy of "A Game and Fauna Service officer ..., speaking on condition of anonymity because ..., said";
#   the publisher's "In November, the company had posted a video ... showing what it said were") 3; an outlet named
#   as the source ("According to Philenews,") resolved to the print daily's name "Phileleftheros", which the
#   judgement, holding to the name the text uses, does not list 1.
# - anonymity (7 besides the two not found): "the conservation group Friends of Migratory Birds" stored as anonymous
#   in two outlets 2; "Receipts seen by Nyasa Times" and "the online publication Netgazeti" (a relay of the scoop)
#   stored as anonymous 2; no speaker, no anonymity (the village head, the procurement portal) 2; the anonymous
#   officer's sentence stored as the publisher's 1.
# - outlet (10 besides the two not found): the publisher as outlet of whole sentences stored as its own (the village
#   head's running quote 3, the company's Facebook video, the police sentence, the anonymous officer's sentence)
#   6; "saying" after "rejected the accusations in comments to the newspaper Batumelebi" with no outlet 1; the
#   heritage agency's "said in a written response to Civil.ge that" stored with the outlet "The Agency" 1; the
#   first-person correction with no outlet 1; "Phileleftheros" for "Philenews" 1.
# - status (25 besides the two not found): lawyers' statements confirmed (the winner's lawyer's two, the dealer's
#   lawyer's "saying", the contractor's lawyer's two in one claim, the company's lawyer's "in the past week" and
#   "unaccounted for" in one claim and his "about K12 million", the councillor's lawyer's) 9; an interest group's
#   people confirmed (the monitoring group's head's three sentences, the conservation group's field coordinator's
#   three, the consumer forum coordinator's "welcome but not enough") 7; statements withdrawn or contradicted
#   elsewhere kept confirmed (the lottery board's "in accordance with its procedures", withdrawn in the Sunday paper;
#   the contractor's "damaged by damp" and its "photographs proving it" in one claim, withdrawn; the company's
#   "foreign exchange challenges", withdrawn, in the scoop and again in the follow-up's relative clause; the dealer's
#   "I sold that ticket in the morning", contradicted by the terminal log; the subcontractor's "followed the
#   instructions of Kvari's site manager", contradicted by the contractor's letter) 7; the heritage agency's own
#   written response unconfirmed under the outlet "The Agency" 1; the police sentence holding the owner's denial 1.
# - stance (3): the Sunday paper's correction ("An earlier version of this report, published online on Saturday,
#   stated that") and the first-person one ("In our Thursday edition, we reported that", under the company) stored as
#   assertions 2; "rejected the accusations in comments to the newspaper Batumelebi", whose denial went to the lead
#   the accusations come from, scored on a second claim holding the words after the verb 1 (every declining to
#   confirm, the other denials and the lottery board's, the contractor's, the company's and the council's
#   withdrawals held).
# Web furniture: three judged non-claims stored, a rhetorical question closing a lottery seller's quote ("What can I
# tell them?"), a "Follow and Subscribe Nyasa TV :" line and a photo caption with its credit in brackets. Not scored
# but seen: "did not respond to the MP's claim" and "did not respond to written questions" stored as claims of the
# board and the agency; "asking a waiter for \"something special\"" stored as the reporter's claim and "was offered"
# as a cue of no speaker; "designed sales networks", "had asked its internal audit unit", "condemned", "supported"
# and "raised concerns about" read as cues; the subject before "said:" ("The president of the All Island Lottery
# Sellers' Union") stored as the union president's claim; whole sentences also stored as the publisher's ("He urged
# chiefs ...", "Environment Commissioner NAME called for ...", "She declined to name the tenant"); the community
# council's withdrawn statement stored a second time as its assertion; the news agency's dateline kept in its
# lead's content, the lead's content stored again under "Mana"; the second sentences of three corrections stored.
# The floors are what held when the batch landed and never go down:
FLOORS = {"found": 193, "speaker": 185, "anonymous": 188, "outlet": 185, "status": 180, "stance": 21}
# Speakers that are no plausible source: 3 on the first run. The list may only shrink.
JUNK_BY_SHAPE = {
    "a name or description cut short": {
        "development lotteries board's",  # "DLB records show", the abbreviation resolved to "the Development Lotteries Board's (DLB)"
    },
    "the subject of no statement taken for a speaker": {
        "reporter",  # 'A reporter who visited the restaurant ... was offered the dish ... after asking a waiter for "A"'
    },
    "an outlet named by another of its names": {
        "phileleftheros",  # "According to Philenews," (the print daily's web name), stored under the daily's name
    },
}
KNOWN_JUNK_SPEAKERS = set().union(*JUNK_BY_SHAPE.values())
PLAUSIBLE: frozenset[str] = frozenset()
# Outlets stored besides the publishers: "Phileleftheros" for the text's "Philenews" (the medium of "According to
# Philenews,"), and "The Agency", the heritage agency taken for the medium of its own "written response to Civil.ge".
# "the newspaper Batumelebi" ("in comments to the newspaper Batumelebi") was not stored as an outlet.
NAMED_OUTLETS = {"Phileleftheros", "The Agency"}
# Judged non-claims stored as claims: 3 on the first run (the quote's rhetorical question, the "Follow" line, a caption).
NOT_CLAIMS_STORED = 3

# Relays of one origin, all held on the first run (no claim of the batch was stored `corroborated`): the four scoops
# (the daily's, the news site's translated from Georgian, the news site's, the daily's), their relays by the other
# outlets ("The Daily Mirror newspaper reported this morning that", "Earlier, the online publication Netgazeti
# reported that", "Nyasa Times reported on Monday that", "The Cyprus Mail reported on Sunday that"), and the
# company's withdrawn words quoted again from another outlet ("who last week told Nyasa Times that").
RELAYS = [
    ("dailymirror-wellagoda-jackpot", "was paid to a man holding a ticket that was printed 41 minutes after the winning numbers"),
    ("adaderana-wellagoda-jackpot", "the winning ticket had been printed 41 minutes after the draw had ended"),
    ("netgazeti-tskhemi-frescoes", "were destroyed during restoration works paid for by the state"),
    ("interpressnews-tskhemi-frescoes", "the 14th-century frescoes of the church had been destroyed during the works"),
    ("nyasatimes-chikondwa-minigrid", "paid connection fees to a private solar company for electricity that has never been"),
    ("mana-chikondwa-minigrid", "households had paid K35,000 each for connections that never came"),
    ("nation-chikondwa-minigrid", "foreign exchange challenges"),
    ("cyprusmail-pyrgaki-songbirds", "is serving plates of ambelopoulia, the illegally trapped songbirds, for €80 a dozen"),
    ("cna-pyrgaki-songbirds", "a restaurant in the village was serving the birds for €80 a dozen"),
]

class TestHeldout(HeldoutBatch):
    FOLDER, EVENTS, TOTAL, FLOORS, RELAYS = HELDOUT, EVENTS, 195, FLOORS, RELAYS
    KNOWN_JUNK_SPEAKERS, NAMED_OUTLETS, PLAUSIBLE = KNOWN_JUNK_SPEAKERS, NAMED_OUTLETS, PLAUSIBLE
    NOT_CLAIMS_STORED = NOT_CLAIMS_STORED
