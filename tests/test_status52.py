"""Statuses on multi-outlet news (issue 12), in shapes of the thirty-first and thirty-second held-out
batches' misses, on invented articles of this file's own writing:

- by the written rules (tests/fixtures/articles/README.md) a group speaking for its members or a
  cause, and its head, are no party on the record: `unconfirmed`. A club named for what its members
  do ('the Velmora angling club') and its president, a group whose kind the text writes in lower case
  after its name ('the Keep the Velm Wild association'), a council of organisations, and the leader
  of a union named in a clause after her name ('Dana Korsk, who leads the Velmora Nurses' Union,');
  the state's bodies, the operator and the mayor stay `confirmed`;
- a lawyer whose client the text names only by a common noun or a pronoun ("the cooperative's
  lawyer", 'its lawyer', "the firm's lawyer") is an agent for a client: `unconfirmed` (the judged
  counts are in the README); one named with the client's own name ("Dalen Orchards' lawyer",
  'a lawyer for Dalen Orchards') stays the party's voice, as the judged batches have it.
"""

from __future__ import annotations

import pytest
from test_status_shapes import ruled_claims

from provenance.standing import head_kind, standing

GROUPS = """Thousands of trout die below the Velm dam

More than 2,000 trout died below the Velm dam at the weekend after its operator flushed silt from the reservoir, inspectors of the regional water authority said on Monday.

The operator, Velm Hydro, said the flushing had been planned for months and that the authority had been told in advance, a claim the authority has not confirmed.

The Velmora angling club said its members had collected the dead fish along the river.

"The river is dead below the weir," the club's president, Oskar Lindqvist, told the Gazette.

Rowing club president Jarl Fenn said the club had warned the dam's operator in 2025.

The Keep the Velm Wild association said the dam had no place on a protected river.

The Ostrava Council of Civic Organisations said the case showed the need for stricter rules.

Dana Korsk, who leads the Velmora Nurses' Union, said nurses had treated six anglers for rashes.

The Velmora Water Authority said the dam had been inspected in March.

Mayor Tilda Rosen said the council would meet on Friday.

Velm Hydro said the turbines had been stopped on Sunday.
"""


@pytest.mark.parametrize(("words", "status"), [
    ("collected the dead fish", "unconfirmed"),  # a club named for what its members do
    ("dead below the weir", "unconfirmed"),  # "the club's president": that club's head
    ("warned the dam's operator", "unconfirmed"),  # 'Rowing club president NAME'
    ("no place on a protected river", "unconfirmed"),  # 'the NAME association', lower case after the name
    ("need for stricter rules", "unconfirmed"),  # a council of civic organisations
    ("six anglers for rashes", "unconfirmed"),  # 'NAME, who leads the Velmora Nurses' Union,'
    ("inspected in March", "confirmed"),  # a body of the state
    ("meet on Friday", "confirmed"),  # an office holder
    ("stopped on Sunday", "confirmed"),  # a company speaking for itself
])
def test_groups_of_members_and_their_heads_are_single_sources(words, status):
    found = [c for c in ruled_claims(GROUPS) if words in c["text"]]
    assert len(found) == 1, [(c["text"], c["speaker_name"]) for c in ruled_claims(GROUPS)]
    assert found[0]["status"] == status, found[0]["reason"]


@pytest.mark.parametrize(("name", "members"), [
    ("Velmora angling club", True),
    ("Harbour Rowing Club", True),
    ("Keep the Velm Wild association", True),
    ("Ostrava Council of Civic Organisations", True),
    ("Federation of Tenants' Associations", True),
    ("Harbour Rovers Club", False),  # a team's plural name: the club is a party
    ("Sporting Club", False),
    ("Harbour Football Club", False),
    ("Council of Europe", False),
    ("Velmora Water Authority", False),
])
def test_a_club_of_members_and_a_council_of_groups_speak_for_members(name, members):
    from provenance.rules import _of_members
    assert _of_members(name) is members


@pytest.mark.parametrize("role", [
    "cooperative's lawyer",
    "the company's lawyer",
    "Its lawyer",
    "his lawyer",
    "the firm's attorney",
    "the family's lawyer",
    "a lawyer for the club",
    "the union's lawyer",
    "a lawyer for the drivers and the haulage firm",
    "The dealer's lawyer",
])
def test_a_lawyer_for_a_client_named_by_a_common_noun_is_an_agent(role):
    assert head_kind(role) == "lawyer_or_agent"
    assert standing([role]) == "agent"


@pytest.mark.parametrize("role", [
    "Dalen Orchards' lawyer",
    "Ana Roe's lawyer",
    "lawyer for Harbour Rovers",
    "counsel for Golden Reach",
    "lawyer for the Ostrander family",
    "Harbour Tribes attorney",
])
def test_a_lawyer_named_with_the_clients_own_name_speaks_for_it(role):
    assert head_kind(role) == "for_client"
    assert standing([role]) is None


LAWYERS = """Orchard pumps missing, inspectors say

The Velmora Payments Agency said on Monday that its inspectors had found no pumps at the orchard.

The cooperative's lawyer, Ion Brescu, said the pumps had been taken away for the winter.

Its lawyer, Ana Vrabie, said the firm would return the money.

The firm's lawyer, Petr Sova, said his client had done nothing wrong.

Ivo Kest, a lawyer for Dalen Orchards, said the contract had been signed in March.

Agency director Lia Morn said the payments had been stopped in spring.
"""


@pytest.mark.parametrize(("words", "status"), [
    ("taken away for the winter", "unconfirmed"),
    ("would return the money", "unconfirmed"),
    ("done nothing wrong", "unconfirmed"),
    ("signed in March", "confirmed"),
    ("stopped in spring", "confirmed"),
])
def test_a_lawyer_for_the_company_is_a_single_source(words, status):
    found = [c for c in ruled_claims(LAWYERS) if words in c["text"]]
    assert len(found) == 1, [(c["text"], c["speaker_name"]) for c in ruled_claims(LAWYERS)]
    assert found[0]["status"] == status, found[0]["reason"]


APOLOGY = """Guests fall ill at Velm spa

Forty guests of the Velm Springs spa fell ill last week, the regional health office said on Monday.

A lawyer for the company, Ines Haro, said the company "deeply regrets" what happened to the guests and apologises to their families.

The company's lawyer, Ines Haro, said the spa had tested its water every week.
"""


@pytest.mark.parametrize(("words", "status"), [
    ("apologises to their families", "confirmed"),  # the client's own apology, passed on
    ("tested its water every week", "unconfirmed"),  # the agent's account of facts
])
def test_a_lawyer_passing_on_the_clients_apology_is_the_clients_word(words, status):
    found = [c for c in ruled_claims(APOLOGY) if words in c["text"]]
    assert len(found) == 1, [(c["text"], c["speaker_name"]) for c in ruled_claims(APOLOGY)]
    assert found[0]["status"] == status, found[0]["reason"]


OPPOSITION = """Minister knew of pension fraud, opposition says

Payments to dead pensioners in Velm continued for two years, the finance ministry said on Monday.

Opposition Member of Parliament for Velm North, Tarek Halm, claimed that the minister had known about the payments since January.

Finance Minister Ola Dunn said the ministry had stopped the payments in May.
"""


@pytest.mark.parametrize(("words", "status"), [
    ("had known about the payments", "unconfirmed"),  # an opposition MP's accusation, the seat written out
    ("stopped the payments in May", "confirmed"),  # the minister on the ministry's own acts
])
def test_an_opposition_member_of_parliament_accusing_the_government_is_a_single_source(words, status):
    found = [c for c in ruled_claims(OPPOSITION) if words in c["text"]]
    assert len(found) == 1, [(c["text"], c["speaker_name"]) for c in ruled_claims(OPPOSITION)]
    assert found[0]["status"] == status, found[0]["reason"]


@pytest.mark.parametrize(("role", "kind"), [
    ("Opposition Member of Parliament for Velm North", "politician_outside_government"),
    ("opposition assembly member", "politician_outside_government"),
    ("Member of Parliament for Velm South", "public_office"),
])
def test_a_seat_written_out_is_an_mps(role, kind):
    assert head_kind(role) == kind


RELAY = """Second estate reports cracks

Residents of a housing estate in Velmora have reported cracks in their walls, the housing ministry said on Monday.

The Velm Lantern, which first reported the cracks, said on Wednesday that a second estate built by the same contractor had also received complaints.

Housing Minister Ola Dunn said inspectors would visit both estates in June.
"""


@pytest.mark.parametrize(("words", "status"), [
    ("a second estate built by the same contractor", "unconfirmed"),  # the outlet that broke the story, relayed
    ("would visit both estates in June", "confirmed"),
])
def test_the_outlet_that_first_reported_a_story_is_a_medium_relayed(words, status):
    found = [c for c in ruled_claims(RELAY) if words in c["text"]]
    assert len(found) == 1, [(c["text"], c["speaker_name"]) for c in ruled_claims(RELAY)]
    assert found[0]["status"] == status, found[0]["reason"]
