"""A lawyer or an agent named for a group of private people (a community, the workers, the
villagers) advocates for them as an interest group does: no party on the record, a single source
(tests/fixtures/articles/README.md, 'Interest groups, consultants and private people'). One
person's, one family's, a firm's or a body's lawyer speaks for that party and stays on the record;
so does an office, a body's chief executive, a police spokesperson and a hospital's medical
director on their own body. Articles, names and descriptions are invented for this file."""

from __future__ import annotations

import pytest
from test_status_shapes import ruled_claims

from provenance.standing import advocate, head_kind, standing


@pytest.mark.parametrize("role", [
    "the Orrin Vale community's lawyer",
    "a lawyer for the workers",
    "a lawyer for workers at the Tarn smelter",
    "the villagers' lawyer",
    "a lawyer for the families of the missing fishermen",
    "counsel for the residents",
    "Tenants' lawyer",
])
def test_a_lawyer_for_a_group_of_private_people_is_no_party(role):
    assert head_kind(role) == "lawyer_or_agent"
    assert standing([role]) == "agent"


@pytest.mark.parametrize("role", [
    "Brellin Foods' lawyer",
    "Ana Roe's lawyer",
    "lawyer for Harbour Rovers",
    "Rovers' lawyer",
    # (a client named by a common noun or a pronoun, "the family's lawyer", 'his lawyer', makes an agent since
    # session 52: tests/test_status52.py, tests/fixtures/articles/README.md)
])
def test_one_partys_lawyer_speaks_for_it(role):
    assert head_kind(role) == "for_client"
    assert standing([role]) is None


@pytest.mark.parametrize("role", [
    "director of the transport ministry",
    "chief executive of Brellin Foods",
    "police spokeswoman",
    "medical director of Tarn General Hospital",
])
def test_an_office_or_a_bodys_officer_stays_on_the_record(role):
    assert standing([role]) is None


QUARRY = """Villagers take Ternby quarry to court over cracked wells

Villagers in Ternby have sued the quarry operator Ternby Stone over wells they say its blasting cracked.

The Ternby community's lawyer, Marta Olsen, said the aquifer under the village was one system.

Ternby Stone's lawyer, Piet Hall, said the company had kept every blast within its permit.

A lawyer for the farmers, Ivo Brand, said the spring below the quarry had dried up in June.

"We monitor every well after every blast," said Lena Dorn, chief executive of Ternby Stone.
"""


@pytest.mark.parametrize("words, status", [
    ("one system", "unconfirmed"),  # a community's lawyer: an advocate for a group of people
    ("had dried up in June", "unconfirmed"),  # the farmers' lawyer
    ("within its permit", "confirmed"),  # the company's own lawyer on its acts
    ("monitor every well", "confirmed"),  # the company's chief executive on the company
])
def test_a_lawyer_for_people_is_a_single_source_a_firms_lawyer_its_voice(words, status):
    claims = [c for c in ruled_claims(QUARRY) if words in c["text"]]
    assert len(claims) == 1, [(c["text"], c["speaker_name"]) for c in ruled_claims(QUARRY)]
    assert claims[0]["status"] == status, claims[0]["reason"]


@pytest.mark.parametrize("parts, expected", [
    (["who represents the workers"], True),
    (["a lawyer representing 200 tenants in Tarn"], True),
    (["acting for the villagers"], True),
    (["MP", "who represents the residents of Tarn"], False),  # an office holder's constituents
    (["a councillor representing the villagers"], False),
    (["the mayor, representing the villagers"], False),
    (["who represents the Tarn Metals board"], False),  # a body's representative
    (["who is representing Ana Roe"], False),  # one person's
    (["who represents dairy farmers in the regional assembly"], False),  # an elected seat
    (["who represents the residents of Vessby on the city council"], False),
    (["who represents the workers on the company board"], False),  # a seat on a board
    (["who represents tenants and their families"], True),  # two groups of people
])
def test_one_representing_a_group_of_private_people_is_an_advocate(parts, expected):
    assert advocate(parts) is expected


SMELTER = """Smelter workers sue Tarn Metals over overtime

Workers at the Tarn smelter have sued Tarn Metals over overtime they say was never paid.

Ana Moro, a lawyer representing 200 workers, said the night shift had no first-aid officer.

"The shifts were twelve hours long," said Ivo Brand, who represents the workers.

Councillor Ada Rusk, who represents the residents of the smelter ward, said the council would inspect the plant in May.

Lawyer Sara Lind, who represents the Tarn Metals board, said the board would appeal.
"""


@pytest.mark.parametrize("words, status", [
    ("no first-aid officer", "unconfirmed"),  # a lawyer representing workers
    ("twelve hours long", "unconfirmed"),  # one who represents the workers
    ("inspect the plant in May", "confirmed"),  # an office holder representing her ward
    ("the board would appeal", "confirmed"),  # the board's own lawyer on its plans
])
def test_one_representing_people_is_a_single_source_one_representing_a_body_its_voice(words, status):
    claims = [c for c in ruled_claims(SMELTER) if words in c["text"]]
    assert len(claims) == 1, [(c["text"], c["speaker_name"]) for c in ruled_claims(SMELTER)]
    assert claims[0]["status"] == status, claims[0]["reason"]


FERRY = """Island ferry fares to rise in April

Brita Lund, who represents the passengers on the county council, said the council would vote on the fares in March.

Oskar Meyer, who represents the passengers, said the last boat left too early for shift workers.
"""


@pytest.mark.parametrize("words, status", [
    ("would vote on the fares in March", "confirmed"),  # a seat on the council: on the record
    ("left too early for shift workers", "unconfirmed"),  # one representing people: an advocate
])
def test_one_representing_people_on_a_council_is_on_the_record(words, status):
    claims = [c for c in ruled_claims(FERRY) if words in c["text"]]
    assert len(claims) == 1, [(c["text"], c["speaker_name"]) for c in ruled_claims(FERRY)]
    assert claims[0]["status"] == status, claims[0]["reason"]
