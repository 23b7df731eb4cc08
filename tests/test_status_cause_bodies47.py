"""Bodies speaking for members or a cause, told by the head noun of their name (issue 12): a
'Watch' that watches a service, a 'Chamber' of a trade or a profession, a lobby, an NGO
(provenance/data/standing.json cause_body_heads) is no party on the record, however its name reads
besides, and no members' word need be in it ('Fenwick Medical Chamber', 'Rail Watch'). Its officer,
named with the body or with a lower-case 'its' after the paragraph named it, is that group's voice:
a single source. A chamber of the state ('Chamber of Deputies') stays one. Articles and names are
invented for this test."""

from __future__ import annotations

import pytest
from test_status_shapes import ruled_claims

from provenance import rules, standing
from provenance.corroboration import ClaimRecord


def _status(text: str, words: str) -> str:
    claims = [c for c in ruled_claims(text) if words in c["text"]]
    assert len(claims) == 1, [(c["text"], c["speaker_name"]) for c in claims]
    return claims[0]["status"]


MIDWIVES = """Fenwick birth unit to close at night from March

The health board will close the Fenwick birth unit between 8 p.m. and 8 a.m. from March, its chief executive Lara Quist said on Tuesday.

"We cannot staff the unit safely at night with four midwives," Quist said. Women due to give birth at night will be sent to the county hospital in Dunmore, 60 kilometres away, she said.

The unit delivered 310 babies last year, about a third of them at night, according to the board's annual report.

The Fenwick Medical Chamber said it was worried about mothers in the hill villages. "Nobody has asked the women who will drive an hour in labour," its vice-president Tomas Rell said.
"""


@pytest.mark.parametrize("words, status", [
    ("cannot staff the unit safely", "confirmed"),  # the board's officer, on its own unit
    ("Nobody has asked the women", "unconfirmed"),  # the chamber's officer, by 'its' after the chamber's name
])
def test_an_officer_of_a_chamber_named_before_is_a_single_source(words, status):
    assert _status(MIDWIVES, words) == status


@pytest.mark.parametrize("name, found", [
    ("Rail Watch", True),
    ("Harbour Water Watch TT", True),  # initials after the head
    ("Vell Chamber of Commerce", True),  # the head before 'of'
    ("Fenwick Medical Chamber", True),
    ("Ostrand Tobacco Lobby", True),
    ("Chamber of Deputies", False),  # a chamber of the state
    ("the upper chamber", False),
    ("Lower Chamber", False),
    ("the chamber", False),  # no name
    ("night watch", False),  # no capital: no body's name
    ("its vice-president", False),
    ("Harbour Board", False),
    ("Grand Rapids Chamber of Commerce", True),  # a court's word elsewhere in the name says nothing
    ("Civil Liberties Watch", True),
    ("Trial Chamber II", False),  # chambers of a court, by the word before the head
    ("Pre-Trial Chamber", False),
    ("Grand Chamber", False),
    ("Constitutional Chamber", False),
    ("Kelby Criminal Chamber", False),
    ("the Appeals Chamber of the tribunal", False),
    ("Hurricane Watch", False),  # an alert
    ("Tsunami Watch", False),
    ("Apple Watch", False),  # a product
])
def test_a_cause_body_by_the_head_of_its_name(name, found):
    assert standing.cause_body(name) is found


def _record(**fields) -> ClaimRecord:
    return ClaimRecord(key=1, doc="d", text="the water was unsafe for a week", speaker="Mara Lind",
                       speaker_kind="person", kind="fact", **fields)


def test_a_speaker_described_by_a_cause_body_alone_is_an_interest_groups_voice():
    """'SOT: Mara Lind, Harbour Water Watch': the body is all the label gives."""
    assert rules.commentator(_record(role="Harbour Water Watch")) == "interest group"
    assert rules.commentator(_record(role="chair of Rail Watch")) == "interest group"
    assert rules.commentator(_record(affiliation="Rail Watch")) == "interest group"


def test_an_officer_of_a_state_chamber_or_a_board_stays_on_the_record():
    assert rules.commentator(_record(role="President of the Chamber of Deputies")) is None
    assert rules.commentator(_record(role="chair of the Harbour Board")) is None


DEPOT = """Weighbridge at Ostrand depot out of use for a year, councillor says

The weighbridge at the Ostrand waste depot has not worked since last spring, a ward councillor said on Monday.

Councillor Ana Roe said a driver at the depot, who asked not to be named, had said the lorries were never weighed before they left for the landfill.

Roe said she had written to the depot's manager twice since March.
"""


@pytest.mark.parametrize("words, status", [
    ("who asked not to be named, had said", "unconfirmed"),  # an unnamed driver's words, embedded in hers ('had said')
    ("she had written to the depot's manager", "confirmed"),  # her own doing
])
def test_words_of_an_unnamed_source_embedded_in_a_partys_take_his_standing(words, status):
    assert _status(DEPOT, words) == status


@pytest.mark.parametrize("text, source", [
    ("a driver at the depot, who asked not to be named, had said the lorries were never weighed", "a driver at the depot, who asked not to be named,"),
    ("my neighbour has said the gate was left open", "my neighbour"),
    ("One minister has said the plan is dead", "One minister"),  # one of many office holders, unnamed
    ("a driver said the gate was open", "a driver"),
])
def test_hearsay_with_an_auxiliary(text, source):
    from provenance.corroboration import hearsay
    found = hearsay(text)
    assert found is not None and found.shape == "says" and found.source == source


@pytest.mark.parametrize("text", [
    "A spokesman for the ministry has said the road will open in May",
    "A spokesman for the ministry said the road will open in May",
    "His lawyer has said he will appeal the fine",
    "a senior press officer said the plan is dead",
    "Our reporter has said the road is closed",
    "our own correspondent said the road is closed",
])
def test_one_who_speaks_for_a_body_or_a_party_or_our_reporter_is_no_embedded_source(text):
    """A body's spokesperson and a party's lawyer speak on the record for it; the publisher's own
    reporter is its reporting: none is an unnamed source's word passed on."""
    from provenance.corroboration import hearsay
    assert hearsay(text) is None


@pytest.mark.parametrize("text, source", [
    ("a driver for the minister said the gate was open", "a driver for the minister"),  # the minister is no head
    ("One minister's driver has said the gate was open", "One minister's driver"),
    ("our neighbour said the gate was open", "our neighbour"),
])
def test_an_unnamed_source_beside_an_office_word_stays_one(text, source):
    from provenance.corroboration import hearsay
    found = hearsay(text)
    assert found is not None and found.source == source


FERRY = """Ferry to Holm island cut to two sailings a day from May

The Holm island ferry will sail twice a day instead of four times from May, the transport ministry said on Thursday.

"One minister has said the island will get its four sailings back in the autumn," Councillor Ana Roe said.

"A deckhand has said the engines were not serviced in March," Roe said.
"""


@pytest.mark.parametrize("words, status", [
    ("One minister has said", "unconfirmed"),  # an unnamed minister's word, passed on (single_offices)
    ("A deckhand has said", "unconfirmed"),  # a deckhand's, passed on
])
def test_an_unnamed_sources_word_passed_on_takes_its_standing(words, status):
    assert _status(FERRY, words) == status
