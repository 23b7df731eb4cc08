"""Shapes the review of session 44's work found mishandled, in invented sentences: each test failed
before its fix (negative cases beside them)."""

from __future__ import annotations

import time

from provenance.corroboration import ClaimRecord, origin_groups


def _anonymous(key: int, doc: str, publisher: str, speaker: str, text: str, lead: str = "",
               **more: object) -> ClaimRecord:
    return ClaimRecord(key=key, doc=doc, text=text, speaker=speaker, anonymous=True, publisher=publisher,
                       lead=lead, **more)  # type: ignore[arg-type]


def test_two_officials_quoting_the_same_words_are_two_sources():
    """'a senior official' and 'an official at the ministry of finance' share a last word and three
    quoted words: nothing says one relays the other, and 'official' describes anyone."""
    gazette = _anonymous(1, "gazette", "The Harbour Gazette", "senior official",
                         'the deal was "dead on arrival" in the senate')
    post = _anonymous(2, "post", "The Evening Post", "official at the ministry of finance",
                      'the plan was "dead on arrival" with voters', lead="An official at the ministry of finance told a newspaper that ")
    groups = origin_groups([gazette, post])
    assert groups[1] != groups[2]


def test_a_described_source_and_its_relay_are_one_origin_but_not_without_a_relay():
    pilot = _anonymous(1, "gazette", "The Harbour Gazette", "former harbour pilot",
                       'the night crossings were "a lottery with lives" in winter')
    relay = _anonymous(2, "courier", "The Coast Courier", "former pilot",
                       'the crossings had become "a lottery with lives"', lead="A former pilot told a newspaper that ")
    assert len(set(origin_groups([pilot, relay]).values())) == 1
    own = _anonymous(2, "courier", "The Coast Courier", "former pilot",
                     'the crossings had become "a lottery with lives"', lead="A former pilot said that ")
    assert len(set(origin_groups([pilot, own]).values())) == 2
    named = ClaimRecord(key=3, doc="post", text='the crossings were "a lottery with lives"', speaker="Eva Berg",
                        publisher="The Evening Post", lead="Harbour master Eva Berg said ")
    groups = origin_groups([pilot, relay, named])
    assert groups[3] != groups[1] == groups[2]


def test_a_quotation_mark_never_closed_is_read_in_linear_time():
    text = 'the crew said "' + "the hull was sound and " * 1500
    records = [_anonymous(k, f"d{k}", "The Harbour Gazette", "former pilot", text) for k in (1, 2)]
    began = time.perf_counter()
    origin_groups(records)
    assert time.perf_counter() - began < 0.3


def _ruled(body: str) -> list[dict]:
    from test_status_shapes import ruled_claims

    return ruled_claims("Ferry firm under scrutiny\n\n" + body + "\n")


def test_a_withdrawal_in_prose_keeps_another_sources_claim_of_its_sentence():
    """The withdrawal of 'her denial' ends where 'after' opens another clause: the coastguard's claim
    in it stays the coastguard's, and the retraction's words do not swallow it."""
    claims = _ruled("Ana Lind denied the ferry was overloaded. Lind withdrew her denial after the coastguard said "
                    "it carried 900 passengers.")
    coastguard = [c for c in claims if c["text"] == "it carried 900 passengers"]
    assert [c["speaker_name"] for c in coastguard] == ["coastguard"], claims
    retraction, = [c for c in claims if c["stance"] == "retracts"]
    assert retraction["text"] == "withdrew her denial" and retraction["speaker_name"] == "Ana Lind"
    denial, = [c for c in claims if c["stance"] == "denies"]
    assert denial["status"] == "retracted"


def test_a_withdrawal_in_prose_with_no_other_source_still_takes_the_denial_back():
    claims = _ruled("Ana Lind denied the ferry was overloaded. Lind withdrew her denial on Monday.")
    denial, = [c for c in claims if c["stance"] == "denies"]
    assert denial["status"] == "retracted" and [c["speaker_name"] for c in claims] == ["Ana Lind", "Ana Lind"]


def test_a_clients_agent_is_named_by_a_persons_name_never_an_agency_or_a_state():
    from provenance.rules import _client_agent

    for role in ("Dana Ruud's agent", "agent for Dana Ruud", "the agent of Mikkel Sande", "Ruud's agent"):
        assert _client_agent(role), role
    for role in ("FBI's agent", "agent for Homeland Security Investigations", "an agent for Europol", "agent of Iran",
                 "Moscow's agents", "The Harbour Gazette's agent", "FBI agent", "the bureau's agents"):
        assert not _client_agent(role), role


def test_a_report_in_an_opening_clause_keeps_a_relative_clause_or_an_appositive_inside_it():
    from provenance.extract.combine import opening_clause_end

    for sentence, content in (
            ("As Lind told reporters on Monday that the plant, which opened in 1990, would close, workers gathered.",
             "the plant, which opened in 1990, would close"),
            ("As Lind said the plant, a landmark of the town, would close, workers gathered outside.",
             "the plant, a landmark of the town, would close"),
            ("As Lind said the plant would close, workers gathered outside.", "the plant would close")):
        start = sentence.index("the plant")
        cue = sentence.index("told" if "told" in sentence else "said")
        end = opening_clause_end(sentence, 0, (cue, cue + 4), start, len(sentence))
        assert end is not None and sentence[start:end] == content, (sentence, end)
    # a pair left open ends nothing: the clause's end is not known
    open_pair = "As Lind said the plant, which opened in 1990 would close workers gathered."
    assert opening_clause_end(open_pair, 0, (8, 12), open_pair.index("the plant"), len(open_pair)) is None


def test_one_list_of_times_before_what_a_withdrawal_withdraws():
    """updates.json's 'when' words serve corroboration's withdrawn statements too ('quietly' was only
    the extractor's)."""
    from provenance.corroboration import _withdrawn_said

    m = _withdrawn_said().search("The firm withdrew quietly the statement in which it said that the hull was sound")
    assert m is not None and m.group("said") == "the hull was sound"
    assert _withdrawn_said().search("The firm withdrew its team from the race in which it said nothing") is None


def test_every_earlier_version_the_extractor_reads_is_the_lexicons():
    from provenance.extract.lexicon import lexicon

    for notice in ("the prior edition of this article", "An original edition of this story", "the earlier version"):
        assert lexicon().earlier_version.search(notice), notice
    assert not lexicon().earlier_version.search("the prior owner of this boat")


def test_a_described_withdrawer_is_read_in_linear_time():
    from provenance.extract.updates import _described_in

    assert _described_in("On Monday the festival organizer").group("head") == "organizer"
    assert _described_in("On Monday Ana Lind") is None
    began = time.perf_counter()
    _described_in("the of " * 4000 + "x")
    assert time.perf_counter() - began < 0.3


def test_a_request_not_to_be_named_is_no_appointment_to_be_named():
    from provenance.extract.lexicon import anonymity_request

    for clause in ("who asked not to be named", "who declined to be identified", "who did not want to be named",
                   "who asked that she not be quoted", "on condition of anonymity"):
        assert anonymity_request(clause), clause
    for clause in ("a clerk soon to be named foreman", "the ship to be named at the launch", "hoping to be named captain"):
        assert not anonymity_request(clause), clause


def test_a_publishers_spelling_is_its_own_only_outside_an_address():
    from provenance.extract.document import _writes_itself

    assert _writes_itself("By Ana Lind and g1 PA\n\nThe port reopened.", "g1", "G1")
    assert _writes_itself("The port reopened, kelby news reported. Reporting by kelby news.", "kelby news", "Kelby News")
    for text in ("Tips: news@reuters.com\n\nThe port reopened.", "Read more at www.reuters.com/world today.",
                 "See reuters.com for more."):
        assert not _writes_itself(text, "reuters", "Reuters"), text
