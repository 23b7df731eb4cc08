"""Held-out smoke test, twenty-second batch (issues 12 and 13): twelve constructed articles about four more
invented events (tests/fixtures/news-heldout-21/), ordinary multi-outlet news copy written and judged by hand
by someone who had not read the extraction rules, before the extractor ever ran on them, and kept apart from
tuning. Scored with the first batch's code (tests/test_news_smoke.py).

Do not tune rules on these articles or change their judgement to fit the output; the floors are what
held when the batch was added and may only go up. `NEWS_SMOKE_REPORT=1` with `-s` prints every miss.
"""

from __future__ import annotations

from test_news_smoke import HeldoutBatch

from conftest import FIXTURES

HELDOUT = FIXTURES / "news-heldout-21"
EVENTS = ("akroma-tolls", "radomierz-trams", "kamisawa-onsen", "yarrabeen-sedation")

# Statements judged: 181 (21 with a stance). What held on the first run, on the session-start commit 45919a3 (the
# branch added only the fixtures, committed before the extractor ran on them, and this module): found 179, speaker
# 158, anonymous 168, outlet 164, status 151 of 181, stance 18 of 21. No judgement was changed after that run. The
# misses by shape (none of them tuned on):
# - not found (2): the rest of a translated paper's dash-introduced quote ("– ... X. Y – he says", the second
#   sentence); a broadcaster's hyphen-introduced quote closed by "- she said in a statement sent to TVN24" (stored as
#   "the same day - she said ..." under no speaker).
# - wrong speaker (21): the broadcaster JoyNews, written so in every article, stored as "Joy News" (a standfirst's
#   "data seen by JoyNews show", "a JoyNews report said", "JoyNews ... put it at", and the engineer that "JoyNews had
#   quoted ... as saying" stored under the broadcaster) 4; names cut short ("road's electronic toll system seen by
#   JoyNews" for "internal transaction data from the road's ...", "contract published" for "the contract published
#   in ...", "man" for "the son of the man who died" three times) 5; dash- and hyphen-introduced quotes of a
#   translated paper and a broadcaster stored under the publisher (an engineer's, a chief executive's two sentences,
#   a passenger's two) 5; the regulator under the headline's "Rail regulator", with the newspaper's report nested in
#   its sentence ("after a newspaper reported that ...") stored in the same claim 2; opposition councillors who
#   "demanded that" stored under the wire 1; a lead's "The president of a hot spring inn ... has admitted that" with
#   no speaker 1; "NHK has learned that ..., according to people involved in the investigation" under the
#   broadcaster 1; "The charts from Wattlebank House in Yarrabeen ... show" under the home 1; the operator that "has
#   withdrawn its claim" stored as "sedating residents" (from "accused of sedating residents") 1.
# - anonymity (11): a minister named in the lead, then "the Minister said" and "He said", anonymous 3; the cut-short
#   toll data, a contract and a readers' poll anonymous 3; the operator stored as "sedating residents" anonymous 1;
#   relays of an anonymous engineer and an anonymous nurse stored under the outlet that quoted them, not anonymous 2;
#   "according to people involved in the investigation" under the broadcaster 1; the lead with no speaker 1.
# - outlet (15): "Joy News" where the text writes JoyNews (the broadcaster's own investigation, its correction and
#   the two wires' relays of it) 12; the paper's name on the Authority's earlier statement the paper only recounts 1;
#   the publisher for quotes stored under it (a dash quote, councillors' demand) 2.
# - status (28): a party's account confirmed although another article contradicts it (the Authority "not formally
#   notified" twice, the operator's "within 72 hours", the tram maker's "fully comply") 4; a statement its speaker
#   withdrew in another article not retracted (the spokeswoman's "incorrect calibration" in the paper and in the
#   broadcaster's relay, the chief executive's "families had been consulted" stored together with his first 'that'
#   clause) 3; relays and in-article repeats of one origin corroborating each other (the anonymous nurse by the
#   wire's relay of her, the chief executive's "all medication ... prescribed by GPs" by its relay and the "In
#   short:" line by the body, the regulator's "aware of concerns" twice, between the "In short:" box and the body)
#   5; an interest group, a lawyer, a geriatrician and a relative confirmed (the drivers' union three times, the
#   tourism association, Ms Lowe twice) 8; a councillor's accusation confirmed 1; an inn's president "private
#   person, not a party" 1; a health ministry's statement "not confirmed" by the company's lawyer, who declined to
#   comment on something else 1; documents the paper has seen "denied" by the Authority's statement about formal
#   notice 1; the operator's "but that any motorist ... would be refunded" stored inside its decline 1; the rest
#   follow from a wrong or missing speaker 3.
# - stance (3): a mayor's "she would \"not speculate before the audit\"", a correction's "In an earlier version of
#   this article we wrote that ..." and a regulator's "but would not comment on individual providers" (stored inside
#   its "aware of concerns" claim) as plain assertions.
# Web furniture: five of the judged non-claims stored (an "UPDATE, 2:10 pm:" line, an editor's note, a paper's
# date line "(Mainichi Japan)", its "(Japanese original by ...)" credit, a newsletter sign-up line), and "Read more"
# taken for the speaker of a lead's data phrase; every other miss is in ordinary news prose (one in a standfirst, two
# in an "In short:" box, seven in translated or broadcast copy whose quotes open with a dash or a hyphen).
# Landed last, after all of the session's other work (main at 112c7ae): found 179, speaker 158, anonymous 168,
# outlet 164, status 152, stance 18 (status +1 from cbc1e69, below). Two changes were made after reading this first
# run's report, and are disclosed here: cbc1e69 (an outlet's generic last word, 'ABC News' is the ABC: the nurse's
# sentence was corroborated by the wire's relay of her, a general shape of relays, fixed with a constructed test;
# status +1) and the outlet list's name of the broadcaster corrected to the spelling it uses, JoyNews, with 'Joy News'
# kept as an alias (a fact of the data, not of this batch: speaker +4, outlet +12). With both: found 179, speaker 162,
# anonymous 168, outlet 176, status 152 of 181, stance 18 of 21.
# The floors never go down:
FLOORS = {"found": 181, "speaker": 170, "anonymous": 173, "outlet": 179, "status": 167, "stance": 18}
# Speakers that are no plausible source: 9 on the first run. The list may only shrink.
JUNK_BY_SHAPE = {
    "a name or description cut short": {"road's electronic toll system", "man"},
    "a web furniture label or a participle phrase taken for the speaker": {"read more", "sedating residents"},
    "the object of 'from' taken for the speaker of records": {"wattlebank house in yarrabeen"},
    "a body that did not answer stored as saying the question": {"mpk's management board"},
    # ("unidentified speaker", no speaker found, is gone by the start of session 47, taken off then)
}
# (since session 45 a description's participle of issuing or seeing and the words after it are no part of its name: 'contract published' is the contract, as judged; the toll system 'seen by' the broadcaster is
# still taken for the data's source, now under its own words)
KNOWN_JUNK_SPEAKERS = set().union(*JUNK_BY_SHAPE.values())
# Plausible sources the judgement did not name: the broadcaster under a spaced spelling, the regulator as the
# wire's headline calls it, the minister's ministry nested in his words, the operator as the paper's lead describes it.
PLAUSIBLE = frozenset(
    {"rail regulator", "ministry", "operator of a mid north coast aged care home"}
)
# Outlets the articles name besides their publishers: the broadcaster the paper and the wire relay (stored as "Joy
# News" on the first run; the text writes JoyNews, as the outlet list now does), the paper behind the news site, the paper the wire relays, the public broadcaster
# the interview was given to (its web service is the publisher), and the broadcaster the wire and the paper relay.
NAMED_OUTLETS = {"JoyNews", "Daily Graphic", "Mainichi Shimbun", "NHK", "ABC"}
# Judged non-claims stored as claims: 5 on the first run (an update line, an editor's note, a date line, a
# translation credit, a newsletter line).
NOT_CLAIMS_STORED = 5

# Relays of one origin, held on the first run (none `corroborated`): the broadcaster's anonymous engineer relayed by
# the wire; the wire's relay of the public broadcaster's anonymous nurse. Not held on the first run: the nurse's own
# sentence in the public broadcaster's story, `corroborated` by that relay ("corroborated by nurse (ABC)"); held
# since cbc1e69.
RELAYS = [
    ("myjoyonline-akroma-tolls", "the fault was noticed on April 23"),
    ("gna-akroma-tolls", "the fault was noticed on April 23 but the system was kept running"),
    ("aap-yarrabeen-sedation", "night staff were told to give the drugs to residents"),
    # held since cbc1e69 (after the first run, disclosed above)
    ("abc-yarrabeen-sedation", "night staff were instructed to give the drugs"),
]


class TestHeldout(HeldoutBatch):
    FOLDER, EVENTS, TOTAL, FLOORS, RELAYS = HELDOUT, EVENTS, 181, FLOORS, RELAYS
    KNOWN_JUNK_SPEAKERS, NAMED_OUTLETS, PLAUSIBLE = KNOWN_JUNK_SPEAKERS, NAMED_OUTLETS, PLAUSIBLE
    NOT_CLAIMS_STORED = NOT_CLAIMS_STORED
