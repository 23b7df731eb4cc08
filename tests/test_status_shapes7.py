"""Shapes behind statuses on real news, round 7 (issue 12), each on text written for this test: a
trade named as what a speaker is, a group of private people, an academic known by a university
only, the publisher by its short name, a police force's spokesperson, and a named spokesperson who
is one origin with the body."""

from __future__ import annotations

import pytest
from test_status_shapes import ruled_claims

from provenance.corroboration import ClaimRecord, origin_groups
from provenance.rules import _of_private_people, base_status, decide_all

MARKET = """Floodwater reaches Orrin Vale market

"The water came through the stalls before dawn," said Pell Harrow, a fish seller in the old market.

Tovan Quill, a marine surveyor who consults for ferry operators, said the quay wall would probably fail again.

Dock electrician Ilse Marrow said the pumps had been off since Sunday.

Ansel Rook, the Harbour Board's chief engineer, said the pumps would be back on by Friday.

Nils Farrow, an investor in the market hall, said the hall would reopen in a month.
"""


@pytest.mark.parametrize("speaker, status", [
    ("Pell Harrow", "unconfirmed"),   # 'a fish seller in the old market': a trade, no office
    ("Tovan Quill", "unconfirmed"),   # 'a marine surveyor who consults for ...': a profession commenting
    ("Ilse Marrow", "unconfirmed"),   # 'Dock electrician': a trade before the name
    ("Ansel Rook", "confirmed"),      # 'chief engineer' of a named body: an office
    ("Nils Farrow", "confirmed"),     # an investor: a stake in the business at issue, a party
])
def test_a_speaker_named_by_a_trade_speaks_for_themselves(speaker, status):
    """DESIGN.md: `confirmed` is a named speaker or official body speaking for itself on the record;
    someone the text names only by a trade or lay occupation (a seller, an electrician, a surveyor)
    gives a private or expert account, one unconfirmed source, whatever the hedge of the words; a
    title or office beside the trade ('chief engineer') keeps them a party."""
    claims = [c for c in ruled_claims(MARKET) if c["speaker_name"] == speaker]
    assert claims and {c["status"] for c in claims} == {status}, [(c["text"], c["reason"]) for c in claims]


GROUPS = """Rail fares to rise in Varn

About 40,000 riders were delayed on Monday, according to estimates by the Varn Commuters Forum.

The Varn Tenants' Association said rents near the stations had doubled.

Varn Rail said fares would rise by 4% in March.

"Fare rises rarely change how many people ride," said Ottilie Brand (Harbour University).
"""


@pytest.mark.parametrize("words, status", [
    ("40,000 riders were delayed", "unconfirmed"),   # a commuters' group's estimate
    ("rents near the stations", "unconfirmed"),      # a tenants' association
    ("fares would rise by 4%", "confirmed"),          # the operator on its own matter
])
def test_a_group_of_private_people_is_no_party_on_the_record(words, status):
    """A group named for the private people it speaks for (commuters, tenants) argues their
    interest: its figure is one unconfirmed source, as its members' would be; a political party and
    the operator speak for themselves."""
    claims = [c for c in ruled_claims(GROUPS) if words in c["text"]]
    assert claims and {c["status"] for c in claims} == {status}, [(c["text"], c["reason"]) for c in claims]


@pytest.mark.parametrize("name, of_private_people", [
    ("Varn Commuters Forum", True), ("Harbour Tenants' Association", True), ("Union of Bakers", False),
    ("the Varn Workers' Party", False),  # a political party, though its name holds 'workers'
    ("Alliance of Varn Farmers' Parties", False),  # 'parties', plural, is the party word too
    ("Varn Rail", False), ("Ilka Dorn", False),
])
def test_what_names_a_group_of_private_people(name, of_private_people):
    assert _of_private_people(name) is of_private_people


TRANSCRIPT = """Morning Call, Tuesday

HOST: With us is Ottilie Brand.

OTTILIE BRAND (HARBOUR UNIVERSITY): I think the regulator will ask who signed off the fee.

HOST: Thank you.
"""


def test_an_academic_known_only_by_a_university_comments():
    """A guest whose only description is a university is an academic asked to comment: unconfirmed,
    not a party on the record."""
    claims = [c for c in ruled_claims(TRANSCRIPT, outlet="Morning Call") if "regulator" in c["text"]]
    assert claims and {c["status"] for c in claims} == {"unconfirmed"}, [(c["speaker_name"], c["reason"]) for c in claims]


OWN_ESTIMATE = """Varn Gazette finds fees on idle accounts

The Gazette estimates that the bank collected about 4 million crowns from idle accounts since 2021.
"""


def test_the_publisher_by_its_short_name_is_its_own_unattributed_word():
    """'The Gazette estimates' in the Varn Gazette is the publisher's own statement: unconfirmed."""
    claims = [c for c in ruled_claims(OWN_ESTIMATE, outlet="Varn Gazette") if "4 million" in c["text"]]
    assert claims and {c["status"] for c in claims} == {"unconfirmed"}, claims


FORCE = """Search for missing climber called off

A garda spokesperson said the mountain rescue team had found the climber alive on Sunday night.
"""


def test_a_spokesperson_of_a_police_force_named_in_lower_case_is_the_force_on_the_record():
    """'A garda spokesperson': the force (corroboration.json forces) speaking for itself."""
    claims = [c for c in ruled_claims(FORCE) if "found the climber" in c["text"]]
    assert claims and {c["status"] for c in claims} == {"confirmed"}, [(c["speaker_name"], c["reason"]) for c in claims]


def _said(key: int, doc: str, speaker: str, role: str | None) -> ClaimRecord:
    return ClaimRecord(key=key, doc=doc, text="the contract is signed and the crews are at work on the line",
                       speaker=speaker, role=role, speaker_kind="person" if role else "institution",
                       publisher=doc, seq=1)


@pytest.mark.parametrize("first, second, status", [
    # the body under its acronym, and its regional spokeswoman named: one origin
    (("VRA", None), ("Ilka Dorn", "VRA Northern Region spokeswoman"), "confirmed"),
    # the body by name and its named spokesman
    (("Varn Rail", None), ("Oskar Lenz", "Varn Rail spokesman"), "confirmed"),
    # a body and someone else's spokesman: independent
    (("Varn Rail", None), ("Oskar Lenz", "Harbour Board spokesman"), "corroborated"),
])
def test_a_named_spokesperson_and_the_body_are_one_origin(first, second, status):
    """A body's account told by the body to one outlet and by its named spokesperson to another is
    one source (DESIGN.md: independent sources, never a body's own copy)."""
    decided = decide_all({1: _said(1, "paper", *first), 2: _said(2, "radio", *second)}, [], [1, 2], {1: 7, 2: 7})
    assert decided[1][0] == decided[2][0] == status, decided


def _copy(key: int, doc: str, publisher: str, credited: str | None) -> ClaimRecord:
    return ClaimRecord(key=key, doc=doc, text="the dam's spillway gates were opened at dawn", speaker="Ilka Dorn",
                       speaker_kind="person", publisher=publisher, origin_outlet=credited, stated_on="2026-03-02",
                       seq=1)


@pytest.mark.parametrize("reprint, first", [
    # a newspaper's reprint credits the wire: the agency's own story carried it first
    (_copy(1, "a-daily-reprint", "Harbour Daily", "Reuters"), _copy(2, "z-wire-story", "Reuters", None)),
    # a reprint crediting another paper: that paper's own story first, though no agency is involved
    (_copy(1, "a-daily-reprint", "Harbour Daily", "Quay Herald"), _copy(2, "z-herald-story", "Quay Herald", None)),
])
def test_on_one_day_the_wire_or_the_credited_outlet_carried_it_first(reprint, first):
    """Copies of one statement dated the same day: the origin's first carrier is the wire agency,
    or the outlet the reprint credits, never the reprint because its document sorts first."""
    groups = origin_groups([reprint, first])
    assert groups == {1: 2, 2: 2}


@pytest.mark.parametrize("name, status", [
    ("Passenger Ferry Agency of Ostmark", "confirmed"),  # a body, though its name holds 'passenger'
    ("Harbour resident Mira Holt", "unconfirmed"),        # a private person described before the name
])
def test_a_bodys_name_holding_a_private_persons_word_is_still_the_body(name, status):
    """The words before a name's last lower-case word describe a person ('Harbour resident ...');
    in a body's name ('... Agency of ...') they are the body's, which speaks for itself."""
    r = ClaimRecord(key=1, doc="d", text="the ferry will sail again on Friday", speaker=name, speaker_kind="person",
                    form="indirect", cue="said")
    assert base_status(r)[0] == status, base_status(r)
