"""A private person's own account of events is a single source (issue 12), each shape on text
written for this test: an ordinary private role matched by its head, alone or closing a compound
('a schoolteacher', 'a rice grower', 'a mobile money agent'), and a person named by a tie to
someone ("Mr Abel's partner, Nia", 'his neighbour, NAME'). Officials, bodies and a private
role held at a body ('Transit Board driver') stay on the record."""

from __future__ import annotations

import pytest
from test_status_shapes import ruled_claims

from provenance import rules
from provenance.corroboration import ClaimRecord

FLOOD = """Floodwater cuts off Vellmark villages

The Vellmark District Council said on Tuesday that the river had burst its banks at two points.

Oda Brenn, a schoolteacher in Lower Vellmark, said the first warning reached her phone after the water had come in.

Upland rice grower Tavi Moor said his whole crop had gone under.

"People came to take out cash and I had none to give them," said Ms Lise Aron, a mobile money agent at the bus park.

Mr Abel's partner, Nia, who keeps the accounts for the mill, said the repairs would cost more than the mill earns in a year.

His neighbour, Ruth Ode, said the road had been closed since dawn.

Transit Board driver Emil Sand said the buses would run again on Thursday.
"""


@pytest.mark.parametrize("words, status", [
    ("the river had burst its banks", "confirmed"),            # a body speaking for itself
    ("the first warning reached her phone", "unconfirmed"),    # 'NAME, a schoolteacher'
    ("his whole crop had gone under", "unconfirmed"),          # 'PLACE rice grower NAME'
    ("People came to take out cash", "unconfirmed"),           # 'a mobile money agent at ...'
    ("the repairs would cost more", "unconfirmed"),            # "Mr X's partner, NAME"
    ("the road had been closed since dawn", "unconfirmed"),    # 'His neighbour, NAME'
    ("the buses would run again", "confirmed"),                # a body's driver: its word
])
def test_a_private_persons_own_account_is_a_single_source(words, status):
    """DESIGN.md: `confirmed` is a named speaker or official body speaking for itself; a private
    person's account of what happened to them is a single source, `unconfirmed` until another
    independent source backs it, and the reason says it is a private person's."""
    claims = [c for c in ruled_claims(FLOOD) if words in c["text"]]
    assert [c["status"] for c in claims] == [status], [(c["speaker_name"], c["reason"]) for c in claims]
    if status == "unconfirmed":
        assert "(private person, not a party to the events" in claims[0]["reason"], claims[0]["reason"]


@pytest.mark.parametrize("role, kind", [
    ("schoolteacher", "private person"),
    ("Kessel coffee growers", "private person"),
    ("taxi driver", "private person"),
    ("a mobile money agent at the bus park", "private person"),
    ("her brother-in-law", "private person"),
    ("Mrs Dane's husband", "private person"),
    ("Kessel Growers Board grower", None),  # a body among its words
    ("chief schoolteacher", None),          # a title among its words
    ("special agent", None),             # no private head
    ("managing partner", None),          # a tie to no one
    ("Lieutenant", None),                # no compound of a private head
])
def test_which_roles_are_a_private_persons(role, kind):
    r = ClaimRecord(key=1, doc="d", text="the road is shut", speaker="Ana Roe", role=role, speaker_kind="person")
    assert rules.commentator(r) == kind


WARD = """Radio Vell, transcript, 3 March 2026.

PRESENTER: In the children's ward of Vell hospital, parents wait in the corridor. Ines Maren Kovac's daughter, who is four, has been ill for a week.

INES MAREN KOVAC (translated): I gave her the medicine the chemist sold me, and on the second day she stopped eating.

PRESENTER: The Vell health ministry said on Monday that it had recalled the medicine.
"""


@pytest.mark.parametrize("words, status", [
    ("I gave her the medicine", "unconfirmed"),  # a mother labelled by her full name, with no office
    ("it had recalled the medicine", "confirmed"),
])
def test_a_transcript_interviewee_with_a_middle_name_and_no_office_is_a_private_person(words, status):
    """A transcript labels an interviewee's turns with the name in capitals ('INES MAREN KOVAC
    (translated):'), middle name and all: named nowhere with a title, she speaks of what happened to
    her, a single source."""
    claims = [c for c in ruled_claims(WARD, outlet="Radio Vell") if words in c["text"]]
    assert [c["status"] for c in claims] == [status], [(c["speaker_name"], c["reason"]) for c in claims]
