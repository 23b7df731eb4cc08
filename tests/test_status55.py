"""Statuses on multi-outlet news (issue 12), in shapes of the thirty-fifth held-out batch's misses, on
invented articles of this file's own writing (tests/fixtures/articles/README.md, interest groups and
opposition politicians):

- "The group's coordinator" after 'the conservation group NAME' speaks for that group even when her own
  claim names 'the group' again ('said the group had filed'): `unconfirmed`;
- a council the text names by the communities or people it gathers ('who chairs the Upper Velm Hamlets
  Council', "the Harbour Tenants' Council") is an interest group, its chairman's account and demand
  `unconfirmed`; a council of the state ('Tarn District Council') keeps its head on the record;
- a college of a profession ('the College of Naval Architects of Tarn') speaks for its members: `unconfirmed`;
  a college of learning ('Tarn College of Arts') stays what it was;
- 'an opposition member of the district council' is an opposition politician: her account of others' acts
  `unconfirmed`, her demand on the record;
- a lawyer for a client named by 'ex-minister' or 'the late' and the client's own name speaks for that party,
  as 'a lawyer for former minister NAME' does: `confirmed`;
- 'The management of BODY has withdrawn its statement that C' takes back C as the body's director told it;
- a total over a whole kind ('public clinics owed ... 9 billion') does not dispute one of the kind's own figure.
"""

from __future__ import annotations

import pytest
from test_status_shapes import ingested, ruled_claims

CAUSE_GROUP = """Dredging clouds Velm estuary

Dredging for a new container berth at Velm has turned the estuary brown for three weeks, fishermen said on Monday.

The port authority said the berth would be finished by the end of the year and that the dredging met its permit.

Oyster growers at Lunde said their harvest had been halted since the first week of the works.

Samples taken on Friday by the conservation group Clear Estuary Trust showed silt at ten times the usual level, according to a laboratory report seen by the Harbour Gazette.

The group's coordinator, Lina Varsk, told the Gazette the samples came from the oyster beds and that the group had filed a complaint with the port authority.

Port director Sara Quist said the dredging would stop on Friday.
"""

COUNCILS = """Velm quarry blasts crack houses, villagers say

Blasting at the Velm stone quarry has cracked the walls of at least twenty houses in the hamlets below it, residents said on Tuesday.

The quarry's owner, Velm Stone Ltd, said the blasts were within the limits of its permit and that it had measured every one of them.

Oskar Lindqvist, who chairs the Upper Velm Hamlets Council, said the hamlets had never been told of the blasting plan, and demanded that the quarry pay for the repairs.

The chairman of the Harbour Tenants' Council, Rui Tenner, said two tenants had left their flats after the ceilings cracked.

Tarn District Council chairman Ivo Marsh said the council had ordered a survey of the houses.
"""

COLLEGES = """Ferry ramp failed survey, engineers say

The ramp of the Velm ferry terminal failed a structural survey in March but stayed open, the Harbour Gazette has learned.

The College of Naval Architects of Tarn called for every ramp in the province to be inspected, saying at least three others were of the same design.

The college also said the ramp's steel had not been tested since 2024.

Tarn College of Arts, which owns the land next to the terminal, said its students had used the ferry for years.

Transport Minister Oren Malk said the ramp would be closed for repairs.
"""

OPPOSITION = """Velm council sold land below value, records show

The Velm district council sold a plot of harbour land for a third of its value in 2027, land records show.

Mira Holt, an opposition member of the district council, said the sale had never been put to a vote, and called for the deputy mayor to resign.

Mayor Tilda Rosen said the sale followed the rules.
"""

LAWYERS = """Estate of harbour magnate contested

Relatives of the late shipping owner Karl Wendt have asked a court in Tarn to annul his will, court records show.

Ines Varga, a lawyer for ex-minister Ana Roe, said her client had never seen the will before it was read.

Pavel Dunmore, a lawyer for the late Karl Wendt, said the will had been signed before two witnesses.

Rui Tenner, a lawyer for the families in Tarn, said the families had been told nothing.
"""


def _status(article: str, words: str) -> str:
    found = [c for c in ruled_claims(article) if words in c["text"] and c["speaker_name"] != "Harbour Gazette"]
    assert len(found) == 1, [(c["text"], c["speaker_name"]) for c in ruled_claims(article)]
    return found[0]["status"]


@pytest.mark.parametrize(("article", "words", "status"), [
    (CAUSE_GROUP, "the samples came from the oyster beds", "unconfirmed"),  # "The group's coordinator"
    (CAUSE_GROUP, "the dredging would stop on Friday", "confirmed"),
    (COUNCILS, "the hamlets had never been told", "unconfirmed"),  # 'who chairs the Upper Velm Hamlets Council'
    (COUNCILS, "two tenants had left their flats", "unconfirmed"),  # "the Harbour Tenants' Council"
    (COUNCILS, "the council had ordered a survey", "confirmed"),  # a council of the state
    (COLLEGES, "every ramp in the province to be inspected", "unconfirmed"),  # a college of a profession
    (COLLEGES, "the ramp's steel had not been tested", "unconfirmed"),  # 'The college also said'
    (COLLEGES, "its students had used the ferry for years", "confirmed"),  # a college of learning, as before
    (COLLEGES, "the ramp would be closed for repairs", "confirmed"),
    (OPPOSITION, "the sale had never been put to a vote", "unconfirmed"),  # an opposition councillor's account
    (OPPOSITION, "the deputy mayor to resign", "confirmed"),  # her demand: a position, on the record
    (OPPOSITION, "the sale followed the rules", "confirmed"),
    (LAWYERS, "her client had never seen the will", "confirmed"),  # 'a lawyer for ex-minister Ana Roe'
    (LAWYERS, "signed before two witnesses", "confirmed"),  # 'a lawyer for the late Karl Wendt'
    (LAWYERS, "the families had been told nothing", "unconfirmed"),  # a group of private people's, as before
])
def test_statuses_by_standing(article, words, status):
    assert _status(article, words) == status


MANAGEMENT = {
    "gazette-clinic": ("Harbour Gazette", "2029-06-03", """Patients at the Velm District Clinic were moved to Tarn on Sunday after a storm flooded its ground floor, staff said.

Two nurses said the taps on the wards ran dry for most of Saturday night and that patients were given bottled water.

The clinic's director, Dr. Oskar Brandt, told the Gazette on Monday that the water supply "was never cut" and that every patient had been moved safely.

The regional health board said it would review the clinic's flood plans."""),
    "courier-clinic": ("Coast Courier", "2029-06-06", """The management of the Velm District Clinic has withdrawn its statement that the clinic's water supply was never cut during the storm.

The clinic's interim director, Mira Holt, said the supply had been cut for about nine hours on Saturday night.

The regional health board said it had opened an inquiry."""),
}


def test_a_withdrawal_by_a_bodys_management_takes_back_its_directors_account(run, tmp_path):
    """'The management of BODY has withdrawn its statement that C' is the body's withdrawal: the account of C its
    director gave another outlet ("the clinic's director ... said C and that D") is withdrawn (in part)."""
    claims = ingested(run, tmp_path, MANAGEMENT)
    director = [c for c in claims if c["doc"] == "gazette-clinic" and "never cut" in c["text"]]
    assert [c["status"] for c in director] in (["retracted"], ["disputed"]), director
    board = [c for c in claims if c["doc"] == "gazette-clinic" and "review the clinic's flood plans" in c["text"]]
    assert [c["status"] for c in board] == ["confirmed"], board


SCOPES = {
    "gazette-debts": ("Harbour Gazette", "2029-06-03", """The Velm District Clinic ran out of insulin for two days last week, nurses said.

Health board inspectors found that the clinic owed its insulin supplier 41 million crowns, not including interest.

The clinic's director, Oskar Brandt, said the supplier had been paid on Friday."""),
    "courier-debts": ("Coast Courier", "2029-06-05", """Insulin deliveries to the Velm District Clinic resumed on Monday, the regional health board said.

Tarn's public clinics owed private suppliers 9 billion crowns at the end of 2028, according to a report by the National Audit Office published in March.

The health board said it would pay the clinics' oldest debts first."""),
}


def test_a_national_total_does_not_dispute_one_bodys_figure(run, tmp_path):
    """A total over a whole kind ('public clinics owed private suppliers 9 billion') and one of the kind's own
    figure ('the clinic owed its insulin supplier 41 million') count two things: neither disputes the other."""
    claims = ingested(run, tmp_path, SCOPES)
    total = [c for c in claims if c["text"].startswith("Tarn's public clinics owed")]
    assert total and {c["status"] for c in total} <= {"confirmed", "unconfirmed"}, total
    assert all("contradict" not in (c["reason"] or "") and "disput" not in (c["reason"] or "") for c in total), total
