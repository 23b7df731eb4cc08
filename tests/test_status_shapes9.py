"""Shapes behind statuses on real news, round 9 (issue 12), each on text written for this test: a
group named for its members or for a cause, and the officers who speak for one; a person described
by an age and a lay noun, or by a trade under a courtesy title; a correction on air that takes back a figure said earlier in the same
transcript."""

from __future__ import annotations

import pytest
from test_status_shapes import ruled_claims

from provenance import rules

GROUPS = """Ferry fares double on the Orrin crossing

Tomas Welle, the chairman of the Northern Ferry Boatmen Alliance, said fares had doubled since May.

The National Union of Dockworkers said 40 of its members had lost shifts.

Kay Dunne, director of Citizens for Transparency, said the crossing was unsafe for children.

Harbour Board director Sara Quist said the crossing would reopen on Friday.
"""


@pytest.mark.parametrize("words, status", [
    ("fares had doubled since May", "unconfirmed"),           # an officer of a group of boatmen
    ("40 of its members had lost shifts", "unconfirmed"),     # a union named for its members
    ("the crossing was unsafe for children", "unconfirmed"),  # a group named for a cause
    ("the crossing would reopen on Friday", "confirmed"),     # a board's director, on the record
])
def test_a_group_of_members_speaks_for_their_interest(words, status):
    """DESIGN.md: `confirmed` is an official body speaking for itself; an association, alliance or
    union named for the people it gathers ('Boatmen', 'Dockworkers', a trade in -ing), a group named
    for a cause ('Citizens for Transparency'), and a named person whose role is an office of one,
    speak for their members' interest: a single source, not a party on the record, and the reason
    says so."""
    claims = [c for c in ruled_claims(GROUPS) if words in c["text"]]
    assert claims, [(c["text"], c["speaker_name"]) for c in ruled_claims(GROUPS)]
    assert [c["status"] for c in claims] == [status], [(c["speaker_name"], c["reason"]) for c in claims]
    if status == "unconfirmed":
        assert "interest group, not a party to the events" in claims[0]["reason"]


@pytest.mark.parametrize("name, members", [
    ("Northern Ferry Boatmen Alliance", True),
    ("National Union of Dockworkers", True),
    ("Upland Farming Association", True),
    ("Kelby Cab Drivers' Federation", True),
    ("Citizens for Transparency", True),
    ("Union of Coastal States", False),       # states are no members' interest
    ("Harbour Football Association", False),  # names no members: a governing body
    ("Northern Press Association", False),    # 'press' is no plural
    ("Teachers for Ruiz", False),             # backs a candidate: a party
    ("Harbour Workers' Party", False),
])
def test_which_names_are_groups_of_members(name, members):
    assert rules._of_members(name) is members


AGES = """Stallholders count the cost of the flood

"I have lost everything," said Rui Vale, a 44-year-old cobbler, standing by his stall.

The 62-year-old port director, Ines Dorr, said the quay would reopen on Monday.
"""


@pytest.mark.parametrize("words, status", [
    ("I have lost everything", "unconfirmed"),
    ("the quay would reopen on Monday", "confirmed"),
])
def test_an_age_and_a_lay_noun_make_a_private_person(words, status):
    """News gives the age of a person it quotes for their own story ('a 44-year-old cobbler'),
    whatever their trade: a private person's account, not confirmed by an official source; an age
    beside an office ('the 62-year-old port director') leaves the office on the record."""
    claims = [c for c in ruled_claims(AGES) if words in c["text"]]
    assert [c["status"] for c in claims] == [status], [(c["speaker_name"], c["reason"]) for c in claims]


TRADE = """Stallholders count the cost of the flood

Stallholders on Bellow Street say they cannot pay their suppliers. "My stock is gone and I have no cash," says Mr Omar Tell, who sells cloth and thread.

Mr Ivo Brand, the town clerk, said the street would reopen on Monday.
"""


@pytest.mark.parametrize("words, status", [
    ("My stock is gone and I have no cash", "unconfirmed"),
    ("the street would reopen on Monday", "confirmed"),
])
def test_a_courtesy_title_hides_no_trade(words, status):
    """'Mr Omar Tell, who sells cloth and thread': the clause tells his trade, a private person's
    account; 'Mr' is a courtesy title, no role that would make the clause tell only what he did. A
    town clerk under 'Mr' keeps his office."""
    claims = [c for c in ruled_claims(TRADE) if words in c["text"]]
    assert [c["status"] for c in claims] == [status], [(c["speaker_name"], c["reason"]) for c in claims]
    if status == "unconfirmed":
        assert "who sells cloth and thread (private person" in claims[0]["reason"], claims[0]["reason"]


TRANSCRIPT = """Harbour Hour: the berth audit

KARA VOSS, HOST: Good morning. The harbour audit says 310 berths were leased to firms with no licence. The port says 45 of them have since been cancelled.

KARA VOSS: One correction before we go: earlier I said 310 berths were leased; the audit puts it at 301.
"""


def test_a_correction_on_air_takes_back_the_figure_said_earlier():
    """DESIGN.md: `retracted` is withdrawn by its source or outlet. A presenter's correction ('earlier
    I said 310 berths were leased') takes back what the same voice said earlier with that figure,
    the audit as the presenter quoted it included; a statement of the same turn with another figure
    stands."""
    claims = ruled_claims(TRANSCRIPT, outlet="Harbour Radio")
    quoted = [c for c in claims if c["text"].startswith("310 berths were leased to firms")]
    assert quoted and {c["status"] for c in quoted} == {"retracted"}, [(c["text"], c["reason"]) for c in claims]
    assert "later correction" in quoted[0]["reason"]
    other = [c for c in claims if "45 of them" in c["text"]]
    assert other and {c["status"] for c in other} != {"retracted"}, [(c["text"], c["reason"]) for c in other]
