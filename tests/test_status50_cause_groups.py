"""Groups told by the cause they campaign for (issue 12): an environmental group, a conservation
group, a rights group, a collective, a consumer forum speak for a cause or their members, not as a
party to the events on the record (tests/fixtures/articles/README.md, 'Interest groups, consultants
and private people'): their claims and their officers' are single sources, however the group is
named ('Kestrel Forum, an environmental group'; 'field coordinator of the conservation group
Marsh Friends'; 'the group's field coordinator' after the group; 'Tarnby Consumer Forum
coordinator'). A state body with such a word in its name ('Consumer Protection Authority') and an
office holder or a body's officer on their own body stay on the record. Articles, names and bodies
are invented for this file."""

from __future__ import annotations

import pytest
from test_status_shapes import ruled_claims

from provenance import standing

MARSH = """Tarnby council lets contractor drain marsh for a car park

Contractors working for Tarnby council drained part of the Tarnby marsh in June to build a car park, the council's planning office said on Monday.

"The reed beds will not come back for a decade," said Ola Fenn, field coordinator of the conservation group Marsh Friends.

According to the conservation group Wader Friends, which has counted birds at the marsh since 2010, nesting pairs fell by half this spring. The group's field coordinator, Ida Berg, said volunteers had found three drained ditches in July.

Kestrel Forum, an environmental group, said the council had ignored its letters about the outflow pipe.

Tarnby Consumer Forum coordinator Piet Molle said parking charges at the new car park would double.

Mia Sand, coordinator of the Tarn Marsh collective, said the drainage had begun before the permit was signed.

Council spokesperson Eva Rask said the permit was issued on May 4.

County emergency management coordinator Jon Aas said the road to the marsh would stay open.
"""


def _claim(words: str) -> dict:
    claims = [c for c in ruled_claims(MARSH) if words in c["text"]]
    assert len(claims) == 1, [(c["text"], c["speaker_name"]) for c in ruled_claims(MARSH)]
    return claims[0]


@pytest.mark.parametrize("words", [
    "The reed beds will not come back",  # an apposition naming the group by its cause after 'of'
    "volunteers had found three drained ditches",  # 'the group's' officer, after the group is named by its cause
    "the council had ignored its letters",  # a body described as an environmental group
    "parking charges at the new car park would double",  # a consumer forum's officer
    "the drainage had begun before the permit",  # a collective's coordinator
])
def test_a_cause_groups_word_is_a_single_source(words):
    claim = _claim(words)
    assert claim["status"] == "unconfirmed", claim["reason"]
    assert claim["reason"].startswith("single source: ") and "not a party" in claim["reason"], claim["reason"]


@pytest.mark.parametrize("words", [
    "the permit was issued on May 4",  # the council's spokesperson
    "the road to the marsh would stay open",  # an office holder called a coordinator
])
def test_an_office_or_a_bodys_officer_stays_on_the_record(words):
    claim = _claim(words)
    assert claim["status"] == "confirmed", claim["reason"]


@pytest.mark.parametrize("words", [
    "an environmental group",
    "a conservation group",
    "a human rights group",
    "an anti-corruption group",
    "civil society organisation",
])
def test_a_group_described_by_its_cause(words):
    assert standing.head_kind(words) == "interest_group"
    assert standing.standing([words]) == "interest group"


@pytest.mark.parametrize("role", [
    "field coordinator of the conservation group Marsh Friends",
    "director at the environmental group Green Tarn",
    "spokeswoman for the rights group Open Door",
    "coordinator of the Tarn Marsh collective",
])
def test_an_officer_of_a_group_described_by_its_cause(role):
    assert standing.standing([role]) == "interest group"


@pytest.mark.parametrize("role", [
    "director of the transport ministry",
    "chief executive of Brellin Foods",
    "County emergency management coordinator",
    "a group of engineers",
    "the Tarn Group's finance director",
])
def test_no_cause_group_there(role):
    assert standing.standing([role]) is None


@pytest.mark.parametrize("name, found", [
    ("Tarnby Consumer Forum", True),
    ("Vell Society for Human Rights", True),
    ("Open Books Transparency Network", True),
    ("Consumers' Association of Orrin", True),
    ("Orrin Consumer Protection Authority", False),  # a state body
    ("Environmental Protection Agency", False),
    ("Vell Ministry of Environmental Affairs", False),
    ("Human Rights Commission", False),
    ("Red Crescent Society of Orrin", False),  # no cause word
    ("Tarnby Forum", False),
    ("Deputy Minister for Consumer Affairs", False),  # an office
    ("Orrin Wildlife Park", False),  # a place that is itself a party
    ("Ana Roe's campaign", False),  # a candidate's campaign speaks for her
])
def test_a_body_named_for_its_cause(name, found):
    assert standing.cause_body(name) is found


SPILL = """Orrin mine stops pumping after fish die in the Tarn

The environmental group Clearwater Tarn said on Monday that the spill had killed fish along eight kilometres of the river.

Orrin Mining, the group that owns the mine, said it had stopped pumping on Sunday. The group's chief executive, Lars Vik, said the pumps had been repaired on Friday.
"""


def test_the_groups_officer_after_another_group_is_that_ones():
    """'the group's chief executive' after a mining group named since the environmental group: the
    mining group's officer, on the record on its own pumps."""
    claims = [c for c in ruled_claims(SPILL) if "pumps had been repaired" in c["text"]]
    assert len(claims) == 1 and claims[0]["status"] == "confirmed", claims
