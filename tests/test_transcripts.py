"""Broadcast transcripts, each written for this test (invented people, places and broadcasters):
a host's or reporter's turn is the broadcaster's reporting (its plain sentences the broadcaster's
own, its questions no statement, a sentence with its own attribution read as prose: 'told me' is
told the broadcaster); a guest's turn is the guest's words, said to the broadcaster, and what a
guest relays ('The port authority says C') a nested claim of the guest's. Who hosts is read from the transcript itself:
label roles, the byline, a hand-over to a reporter, a question put to someone by name."""

from __future__ import annotations

import pytest
from test_extract import claims_of

from provenance.extract.document import extract_claimset
from provenance.extract.lexicon import lexicon
from provenance.extract.segment import blocks
from provenance.extract.transcript import label_key, pleasantry, read_transcript

# radio style: the byline names the reporter, the host's label stands on a line of its own and
# she hands over ('Tessa Lind reports', 'Tessa, what happens next?')
RADIO = """By Tessa Lind

ORLA BRENNAN, HOST:

A pipeline under the Tarn estuary has been leaking crude oil for three days. Tessa Lind reports from Kettleby.

TESSA LIND, BYLINE: The beach here is black. Harlow Pipeline says 4,000 barrels leaked. Its spokesman, Dorian Vell, told me on Tuesday the company had found the crack. Fishermen have stopped going out.

HARLAN QUIST:

We've lost the whole season. Nobody from the company has come to see us.

And nobody has called either.

LIND: The mayor told me the town would sue.

BRENNAN: Tessa, what happens next?

LIND: Regulators will hold a hearing in January.
"""

# television style: 'NAME, OUTLET ROLE:' labels, a guest's label with an aside
TELEVISION = """BRIANNA COLE, KVT ANCHOR: The river at Varrow crested overnight. Tomas, what are you seeing?

TOMAS REYES, KVT CORRESPONDENT: The water is still rising in the lower town. City officials say 300 homes were flooded. Bloomberg News reported, citing a state engineer, that the levee was built below the design height.

MAYOR GRETA HOLM (on camera): We need pumps and we need them now.
"""

# a debate: no roles but the moderator's; the candidates speak for themselves
DEBATE = """MODERATOR: Tonight the two candidates debate the harbour tax. Ms. Arden, will you keep it?

ARDEN: The tax has doubled the cost of a berth.

FENN: That is simply not true. Traffic rose last year.
"""


def rows(text: str, outlet: str) -> list[tuple]:
    return [(c["text"], c["speaker_name"], c["form"], c["outlet_name"]) for c in claims_of(text, outlet=outlet)]


def test_a_radio_reporters_turn_is_read_as_prose():
    assert rows(RADIO, "Tarn Radio") == [
        ("A pipeline under the Tarn estuary has been leaking crude oil for three days", "Tarn Radio",
         "unattributed", "Tarn Radio"),
        ("Tessa Lind reports from Kettleby", "Tarn Radio", "unattributed", "Tarn Radio"),
        ("The beach here is black", "Tarn Radio", "unattributed", "Tarn Radio"),
        ("4,000 barrels leaked", "Harlow Pipeline", "indirect", None),  # read as prose: the company's words
        ("the company had found the crack", "Dorian Vell", "indirect", "Tarn Radio"),  # 'told me': the broadcaster
        ("Fishermen have stopped going out", "Tarn Radio", "unattributed", "Tarn Radio"),
        ("We've lost the whole season", "Harlan Quist", "direct", "Tarn Radio"),
        ("Nobody from the company has come to see us", "Harlan Quist", "direct", "Tarn Radio"),
        ("And nobody has called either", "Harlan Quist", "direct", "Tarn Radio"),  # his turn goes on
        ("the town would sue", "mayor", "indirect", "Tarn Radio"),
        ("Regulators will hold a hearing in January", "Tarn Radio", "unattributed", "Tarn Radio"),
    ]


def test_a_television_anchor_and_correspondent_speak_for_the_broadcaster():
    got = rows(TELEVISION, "KVT")
    assert got == [
        ("The river at Varrow crested overnight", "KVT", "unattributed", "KVT"),
        ("The water is still rising in the lower town", "KVT", "unattributed", "KVT"),
        ("300 homes were flooded", "City officials", "indirect", None),
        ("the levee was built below the design height", "state engineer", "indirect", "Bloomberg News"),
        ("We need pumps and we need them now", "Greta Holm", "direct", "KVT"),
    ]


@pytest.mark.parametrize("text", ["The mayor told me the town would sue.", "The mayor told us the town would sue."])
def test_told_me_is_told_the_publisher(text):
    claim, = claims_of(text, outlet="Tarn Radio")
    assert (claim["text"], claim["speaker_name"], claim["outlet_name"]) == ("the town would sue", "mayor", "Tarn Radio")


def test_a_debates_candidates_speak_for_themselves():
    assert rows(DEBATE, "Channel Nine") == [
        ("Tonight the two candidates debate the harbour tax", "Channel Nine", "unattributed", "Channel Nine"),
        ("The tax has doubled the cost of a berth", "Arden", "direct", "Channel Nine"),
        # a candidate's verdict on the other's words denies them, as a spokesman's would in prose
        ("The tax has doubled the cost of a berth", "Fenn", "indirect", "Channel Nine"),
        ("Traffic rose last year", "Fenn", "direct", "Channel Nine"),
    ]


@pytest.mark.parametrize("text, hosts", [
    (RADIO, {"brennan", "lind"}),
    (TELEVISION, {"cole", "reyes"}),
    (DEBATE, {"moderator"}),
    # an interview: the one who puts questions by name hosts, the one answering does not
    ("DANA ROOK: Welcome. Pavel, why did the plant close?\n\nPAVEL IGNATOV: Orders fell by half.\n",
     {"rook"}),
    # nothing says who hosts: everyone speaks for themselves
    ("HALE: The vote is on Monday.\n\nMORROW: We will win it.\n", set()),
])
def test_hosts_come_from_the_transcripts_own_evidence(text, hosts):
    found = read_transcript(text, blocks(text), lexicon(), "Tarn Radio")
    assert set(found.hosts) == hosts


def test_turns_run_on_only_after_a_label_standing_alone_and_stop_at_a_notice():
    text = "PENCE: Well, look.\n\nThe debate went on.\n"
    assert read_transcript(text, blocks(text), lexicon()).turns == {}  # one label: no transcript
    text = "HALE: The vote is on Monday.\n\nMORROW: We will win.\n\nThe polls close at eight.\n"
    assert read_transcript(text, blocks(text), lexicon()).turns == {}  # the writer's paragraph again
    text = "HALE:\n\nThe vote is on Monday.\n\nWe will win.\n\nCorrection: An earlier version misdated it.\n\nMORROW: No.\n"
    assert read_transcript(text, blocks(text), lexicon()).turns == {1: 0, 2: 0}


@pytest.mark.parametrize("name, key", [("LENA MARSH", "marsh"), ("MS. MARSH", "marsh"), ("Lena Marsh", "marsh"),
                                       ("UNIDENTIFIED PERSON #2", "person")])
def test_label_keys(name, key):
    assert label_key(name) == key


# a public-radio reporter's turn with an unnamed source who asks not to be named, a relay, and a
# party that did not answer; a guest who relays what a body says (all invented)
PUBLIC_RADIO = """By Ivo Marsh

LENA QUILL, HOST:

The Orrin bridge in Dalby failed a load test last spring. Ivo Marsh has been looking into it.

IVO MARSH, BYLINE: The Dalby Ledger reported last week, citing a county engineer, that the bridge failed a load test. But a former clerk with the county, who asked that we not use her name because she still works for the roads office, told me a bridge that fails a test is usually closed. Stoke Civil, which built the bridge, did not respond to a request for comment on the load test.

QUILL: Ivo, what do drivers say?

MARSH: Most of them did not know.

PETRA VOLK: The county says the bridge is safe. I drive over it every day.
"""


def test_a_reporters_sentence_with_its_own_source_is_read_as_prose():
    got = rows(PUBLIC_RADIO, "Dalby Public Radio")
    assert ("the bridge failed a load test", "county engineer", "indirect", "Dalby Ledger") in got
    clerk = [c for c in claims_of(PUBLIC_RADIO, outlet="Dalby Public Radio") if c["speaker_name"] and "clerk" in c["speaker_name"]]
    assert [(c["text"], c["speaker_name"], c["speaker_obj"]["anonymous"], c["outlet_name"]) for c in clerk] == [
        ("a bridge that fails a test is usually closed", "former clerk with the county", True, "Dalby Public Radio")]
    assert ("Most of them did not know", "Dalby Public Radio", "unattributed", "Dalby Public Radio") in got


def test_a_guests_relayed_statement_is_a_nested_claim_of_the_guests():
    got = rows(PUBLIC_RADIO, "Dalby Public Radio")
    assert got[-3:] == [
        ("The county says the bridge is safe", "Petra Volk", "direct", "Dalby Public Radio"),
        ("the bridge is safe", "county", "indirect", "Dalby Public Radio"),
        ("I drive over it every day", "Petra Volk", "direct", "Dalby Public Radio"),
    ]


def test_with_the_model_no_request_is_a_statement():
    """'who asked that we not use her name' asks, and 'a request for comment on the load test' is
    the topic of a request nobody answered: neither is anyone's claim, with the model as at ingest."""
    cs = extract_claimset(PUBLIC_RADIO, slug="t", outlet="Dalby Public Radio")
    texts = [c["text"] for c in cs["claims"]]
    assert not [t for t in texts if t.startswith(("that we not use", "a request for comment"))], texts
    names = {s["name"] for s in cs["speakers"]}
    assert "county" in names and "former clerk with the county" in names
    assert not {"roads office", "Stoke Civil"} & names, names


@pytest.mark.parametrize("text", [
    "But a former clerk, who asked not to be named, told me the bridge is usually closed.",
    "And a former clerk with the county, who asked that her name not be used, told me the bridge is usually closed.",
])
def test_an_unnamed_source_after_a_conjunction(text):
    claim, = claims_of(text, outlet="Dalby Public Radio")
    assert (claim["text"], claim["speaker_obj"]["anonymous"]) == ("the bridge is usually closed", True)


INTERVIEW = """BRIANNA COLE, KVT ANCHOR: Welcome back. The harbour strike is in its third day. Oda, what do the dockers want?

ODA PRINE: Thanks for having me. The port authority says traffic fell by a third.

COLE: Oda Prine, thank you.

ODA PRINE: Thank you, Brianna.
"""


def test_greetings_and_thanks_state_nothing():
    assert rows(INTERVIEW, "KVT") == [
        ("The harbour strike is in its third day", "KVT", "unattributed", "KVT"),
        ("The port authority says traffic fell by a third", "Oda Prine", "direct", "KVT"),
        ("traffic fell by a third", "port authority", "indirect", "KVT"),
    ]


@pytest.mark.parametrize("text, said", [
    ("Welcome back", True), ("Oda Prine, thank you.", True), ("Thanks, Brianna.", True),
    ("Thank you for the question about the harbour tax", False), ("The thanks went to the dockers", False),
])
def test_pleasantries(text, said):
    assert pleasantry(text) is said


# a correspondent answers the anchor by name, relays a body, an unnamed officer he spoke to and an
# owner who told him (all invented)
WAREHOUSE = """MARTA VOSS, ANCHOR: The warehouse owner is facing questions tonight. Our correspondent Felix Arden is in Dunmere. Felix, what is the company saying?

FELIX ARDEN, CORRESPONDENT: Marta, the Dunmere Fire Service says 17 people were taken to hospital. A senior officer I spoke to, who did not want to be named because the inquiry is at an early stage, told me detectives were looking at the inspection records. The fire service now says the search will end at midnight.

VOSS: Felix Arden, thank you.
"""


def test_a_reporters_sources_speak_not_the_one_he_addresses():
    got = [(c["text"], c["speaker_name"], c["speaker_obj"]["anonymous"] if c["speaker_obj"] else None, c["outlet_name"])
           for c in claims_of(WAREHOUSE, outlet="Channel Nine News")]
    assert got == [
        ("The warehouse owner is facing questions tonight", "Channel Nine News", False, "Channel Nine News"),
        ("Our correspondent Felix Arden is in Dunmere", "Channel Nine News", False, "Channel Nine News"),
        # 'Marta, ...': whom the sentence is said to, no part of it and not its speaker
        ("17 people were taken to hospital", "Dunmere Fire Service", False, None),
        # 'A senior officer I spoke to ... told me': the officer, unnamed, said it to the broadcaster
        ("detectives were looking at the inspection records", "senior officer", True, "Channel Nine News"),
        # 'now' stands between the subject and its verb, no part of the name
        ("the search will end at midnight", "Dunmere Fire Service", False, None),
    ]


@pytest.mark.parametrize("text, content, speaker", [
    ("One engineer we spoke to said the roof had been overloaded.", "the roof had been overloaded", "one engineer"),
    ("Residents I talked with said the water was brown.", "the water was brown", "residents"),
    ("The mayor told me residents are angry.", "residents are angry", "mayor"),
])
def test_a_source_the_reporter_spoke_to_said_it_to_the_publisher(text, content, speaker):
    claim, = claims_of(text, outlet="Tarn Radio")
    assert (claim["text"], claim["speaker_name"], claim["outlet_name"]) == (content, speaker, "Tarn Radio")


def test_an_address_by_name_opens_only_a_labelled_speakers_name():
    found = read_transcript(WAREHOUSE, blocks(WAREHOUSE), lexicon(), "Channel Nine News")
    text = "Marta, the fire service says so. Dunmere, the town, says so."
    assert found.address_end(text, 0, len(text)) == len("Marta, ")
    at = text.index("Dunmere")
    assert found.address_end(text, at, len(text)) == at  # a place, not a speaker of the transcript


def test_he_after_i_spoke_to_a_named_person_is_that_person_not_the_reporter():
    text = ("MARTA VOSS, ANCHOR: Felix, what is the owner saying?\n\n"
            "FELIX ARDEN, CORRESPONDENT: Marta, I spoke to the owner, Piet Lamm, an hour ago, and he told me the roof "
            "had never been declared unsafe. He says the building passed its last inspection in May.\n")
    got = [(c["text"], c["speaker_name"]) for c in claims_of(text, outlet="Channel Nine News")]
    assert got == [("the roof had never been declared unsafe", "Piet Lamm"),
                   ("the building passed its last inspection in May", "Piet Lamm")]
