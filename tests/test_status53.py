"""Statuses on multi-outlet news (issue 12), in shapes of the thirty-third held-out batch's misses, on
invented articles of this file's own writing:

- lawyers by the written rule (tests/fixtures/articles/README.md, lawyers): one whose client the text
  names by a common noun ("the opposition's attorney", 'Attorney NAME, who represents the Opposition'),
  one acting for a group of private people ("the workers' lawyer", 'who represents 40 of the fishermen',
  "the families' counsel", 'a lawyer representing the nurses') and one named with no client at all
  ('NAME, an attorney-at-law', 'Attorney-at-law NAME') are agents: `unconfirmed`; one whose client is
  named by its own name ('who represents Velmar Shipping') stays the party's voice;
- a group named for the private people it gathers whose head is a group's word (a patients' support
  group, a residents' committee, a parents' group) speaks for its members, as its chair does:
  `unconfirmed`; a committee or a group of no such people stays what it was;
- an opposition politician ("the Opposition's candidate", 'Opposition Member of Parliament') speaks
  on those who govern: their accusations are `unconfirmed`, their positions and plans stay on the
  record (the judged counts are in the README).
"""

from __future__ import annotations

import pytest
from test_status_shapes import ruled_claims

from provenance.rules import _of_members
from provenance.standing import client_unnamed, opposition_role

LAWYERS = """Port authority faces claims over dock closures

The Velmar port authority closed two docks on Monday, its director, Hanna Lind, said.

The opposition's attorney, Pavel Dunmore, said the closures had never been put to the harbour board.

Lawyer Ines Varga, who represents 40 of the fishermen, said the fishermen had lost a week of landings.

Rolf Hennig, an attorney-at-law, said a closure of this kind needed a public notice.

The workers' lawyer, Anja Pohl, said the dock workers had not been paid for a month.

Berit Sand, a lawyer representing the nurses, said the clinic at the port had shut without warning.

The families' counsel, Oskar Frey, said the families had been told nothing.

Attorney Lena Brook, who represents the Opposition, said the board had not met since March.

Attorney Karl Wendt, who represents Velmar Shipping, said the company had moved its boats to Tarn.

Mayor Tilda Rosen said the council would meet on Friday.
"""

# a lawyer's paragraph cue closed by a colon, the quote in the paragraphs after it
COLON_LAWYERS = """Tarn council faces challenge over harbour levy

The Tarn council approved a new harbour levy on Monday.

Attorney Pavel Dunmore, who represents the Opposition at the levy hearings, said:

"The council never published the notice. The levy cannot stand."

Lawyer Ines Varga, who represents 40 of the fishermen, said:

"The fishermen were never consulted. We will take it to court."

Attorney-at-law Rolf Hennig said:

"A levy of this kind needs a public hearing. Without one it is open to challenge."

Mayor Tilda Rosen said the council would meet on Friday.
"""


def _status(article: str, words: str) -> dict:
    found = [c for c in ruled_claims(article) if words in c["text"]]
    assert len(found) == 1, [(c["text"], c["speaker_name"]) for c in ruled_claims(article)]
    return found[0]


@pytest.mark.parametrize(("words", "status"), [
    ("never been put to the harbour board", "unconfirmed"),  # "the opposition's attorney"
    ("lost a week of landings", "unconfirmed"),  # 'who represents 40 of the fishermen'
    ("needed a public notice", "unconfirmed"),  # 'an attorney-at-law', no client
    ("not been paid for a month", "unconfirmed"),  # "the workers' lawyer"
    ("shut without warning", "unconfirmed"),  # 'a lawyer representing the nurses'
    ("been told nothing", "unconfirmed"),  # "the families' counsel"
    ("not met since March", "unconfirmed"),  # 'who represents the Opposition'
    ("moved its boats to Tarn", "confirmed"),  # 'who represents Velmar Shipping': the client's own name
    ("meet on Friday", "confirmed"),  # an office holder
    ("closed two docks", "confirmed"),  # the authority's director
])
def test_lawyers_for_no_named_party_are_single_sources(words, status):
    claim = _status(LAWYERS, words)
    assert claim["status"] == status, claim["reason"]


@pytest.mark.parametrize(("words", "status"), [
    ("never published the notice", "unconfirmed"),
    ("levy cannot stand", "unconfirmed"),
    ("never consulted", "unconfirmed"),
    ("take it to court", "unconfirmed"),
    ("needs a public hearing", "unconfirmed"),
    ("open to challenge", "unconfirmed"),
    ("meet on Friday", "confirmed"),
])
def test_colon_cued_lawyers_are_single_sources(words, status):
    claim = _status(COLON_LAWYERS, words)
    assert claim["status"] == status, claim["reason"]
    if status == "unconfirmed":
        assert "agent" in claim["reason"]


@pytest.mark.parametrize(("parts", "unnamed"), [
    (["Attorney", "who represents the Opposition at the hearings"], True),
    (["Lawyer", "who represents 38 of the workers"], True),
    (["Counsel", "who represents the company"], True),
    (["Attorney", "who represents Velmar Shipping"], False),
    (["Lawyer", "who represents Ana Roe"], False),
    (["MP", "who represents the fishermen of Tarn"], False),  # no lawyer: an office holder's seat
])
def test_a_lawyers_client_in_a_clause(parts, unnamed):
    assert client_unnamed(parts) is unnamed


GROUPS = """Patients left waiting as Tarn clinic closes ward

The Tarn Health Board closed its renal ward on Monday, a board spokesman said.

The chairman of the Tarn Renal Patients Support Group, Aksel Borg, said:

"We warned the board in March. Nobody answered our letters."

Mira Dahl, chair of the Harbour Street Residents' Committee, said the noise had gone on for weeks.

The head of the Velm Parents' Group, Jon Ask, said the pupils had been sent home twice.

Health minister Tove Rask said the ward would reopen in June.
"""


@pytest.mark.parametrize(("words", "status"), [
    ("warned the board in March", "unconfirmed"),  # a patients' support group's chairman
    ("Nobody answered our letters", "unconfirmed"),
    ("gone on for weeks", "unconfirmed"),  # a residents' committee's chair
    ("sent home twice", "unconfirmed"),  # a parents' group's head
    ("reopen in June", "confirmed"),  # a minister
    ("closed its renal ward", "confirmed"),  # the board's spokesman
])
def test_chairs_of_groups_of_private_people_are_single_sources(words, status):
    claim = _status(GROUPS, words)
    assert claim["status"] == status, claim["reason"]


@pytest.mark.parametrize(("name", "members"), [
    ("Tarn Renal Patients Support Group", True),
    ("Harbour Street Residents' Committee", True),
    ("Velm Parents' Group", True),
    ("Public Accounts Committee", False),  # a committee of a legislature
    ("Velm Hotels Group", False),  # a firm
    ("Tarn Planning Committee", False),
])
def test_a_group_of_private_people_by_its_head(name, members):
    assert _of_members(name) is members


OPPOSITION = """Tarn clinic closes renal ward

The Tarn Health Board closed its renal ward on Monday, a board spokesman said.

The Opposition's candidate, Lise Holt, said the minister had "buried the report for a year".

Holt said her party would ask for an emergency debate.

Opposition Member of Parliament Ivar Lunde said the board had hidden the waiting lists.

Lunde said the ward should be reopened.

Lunde said he would raise the closure in parliament next week.

Opposition leader Nils Eide said the minister had known about the closure since May.

Health minister Tove Rask said the ward would reopen in June.
"""


@pytest.mark.parametrize(("words", "status"), [
    ("buried the report for a year", "unconfirmed"),  # "the Opposition's candidate" accusing
    ("her party would ask for an emergency debate", "confirmed"),  # her party's own plan
    ("hidden the waiting lists", "unconfirmed"),  # an opposition MP's accusation
    ("the ward should be reopened", "confirmed"),  # his position (a demand: both accepted, README)
    ("he would raise the closure", "confirmed"),  # his own plan
    ("had known about the closure since May", "unconfirmed"),  # the opposition leader's accusation
    ("reopen in June", "confirmed"),  # the minister on her own ministry
])
def test_opposition_politicians_on_those_who_govern(words, status):
    claim = _status(OPPOSITION, words)
    assert claim["status"] == status, claim["reason"]


@pytest.mark.parametrize(("role", "opposition"), [
    ("The Opposition's candidate", True),
    ("Opposition Member of Parliament", True),
    ("opposition MP for Tarn West", True),
    ("shadow health minister", True),
    ("the ruling party's candidate", False),
    ("Health minister", False),
    ("the opposition's attorney", False),  # a lawyer: an agent
])
def test_an_opposition_marker_before_the_head(role, opposition):
    assert opposition_role(role) is opposition


KIN_AND_ADVOCATES = """Tarn school kitchen closed after inspection

The Tarn education office closed the kitchen of the Velm primary school on Monday, its director said.

Marta Lund, whose two daughters attend the Velm school, said the girls "came home hungry every day".

The cook, Piet Olsen, was suspended on Tuesday. His lawyer, Advocate Sipho Dube, said his client had followed the office's instructions.

Advocate Dube denied that his client had been warned, saying the inspection "came out of nowhere".
"""


@pytest.mark.parametrize(("words", "status"), [
    ("came home hungry every day", "unconfirmed"),  # 'whose two daughters attend': a parent, a private person
    ("followed the office's instructions", "unconfirmed"),  # 'His lawyer, Advocate NAME'
    ("came out of nowhere", "unconfirmed"),  # 'Advocate NAME' again: the same lawyer
    ("closed the kitchen", "confirmed"),
])
def test_kin_and_an_advocate_by_title(words, status):
    claim = _status(KIN_AND_ADVOCATES, words)
    assert claim["status"] == status, claim["reason"]
