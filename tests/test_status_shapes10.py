"""Shapes behind statuses on real news, round 10 (issue 12), each on text written for this test:
outside experts named by a science in -ologist, a researcher working for a degree, a supporter
at a protest, a union or a group described by the people it gathers, an office holder who also
carries an academic title, and the clause after 'According to the ..., NAME,' (what was said, no
description of the speaker)."""

from __future__ import annotations

import pytest
from test_status_shapes import ruled_claims

from provenance import rules
from provenance.corroboration import ClaimRecord, lexicon

ANALYSIS = """Drought, not pumping, drains Lake Orrin, experts say

Marlow Water said on Monday that its wells draw on a separate aquifer and had not lowered Lake Orrin.

Toxicologist Ines Varro said the company had never shown that its wells were separate.

Per Lindqvist, a hydrogeologist, said the lake had lost a third of its area since 2019.
"""


@pytest.mark.parametrize("words, status", [
    ("its wells draw on a separate aquifer", "confirmed"),          # the company, a party
    ("the company had never shown that its wells", "unconfirmed"),  # 'Toxicologist NAME'
    ("the lake had lost a third of its area", "unconfirmed"),       # 'NAME, a hydrogeologist'
])
def test_an_expert_named_by_a_science_is_a_single_source(words, status):
    """DESIGN.md: `confirmed` is a named speaker or official body speaking for itself. An outside
    expert named by their science ('toxicologist', 'hydrogeologist': any '-ologist' of
    corroboration.json expert_suffixes) gives an assessment, a single source, whichever science it
    is; the reason says so."""
    claims = [c for c in ruled_claims(ANALYSIS) if words in c["text"]]
    assert [c["status"] for c in claims] == [status], [(c["speaker_name"], c["reason"]) for c in claims]
    if status == "unconfirmed":
        assert "(expert, not a party to the events" in claims[0]["reason"], claims[0]["reason"]


@pytest.mark.parametrize("role, kind", [
    ("seismologist", "expert"),
    ("a marine biologists' panel", "expert"),
    ("apologist for the regime", None),  # no science
    ("political pundit", "commentator"),
])
def test_which_words_name_an_expert_or_a_commentator(role, kind):
    r = ClaimRecord(key=1, doc="d", text="the dam is sound", speaker="Ana Roe", role=role, speaker_kind="person")
    assert rules.commentator(r) == kind


STUDY = """Plastic fibres found in every oyster bed of the Orrin estuary

Mira Solberg, a doctoral candidate at Brackwater University, said her samples from 40 oyster beds all held plastic fibres.

"We found them in every bed we sampled," Solberg said.

The Orrin Shellfish Board said it would test its own beds in January.

"We have no reason to close the beds," said Shellfish Board director Professor Karl Lund.

Tomas Berg, the council's candidate for the estuary seat, said the beds should close at once.
"""


@pytest.mark.parametrize("words, status", [
    ("her samples from 40 oyster beds", "unconfirmed"),   # a doctoral candidate, on her own study
    ("We found them in every bed", "unconfirmed"),        # the same researcher, by surname
    ("it would test its own beds in January", "confirmed"),
    ("We have no reason to close the beds", "confirmed"),  # the board's director, a professor too
    ("the beds should close at once", "confirmed"),        # a candidate for office: a party
])
def test_a_researcher_on_her_own_study_is_a_single_source(words, status):
    """A researcher working for a degree ('a doctoral candidate', 'PhD student') speaks as an
    academic, a single source even on her own findings, and is no candidate in an election (a
    'degree_words' word before 'candidate'); the director of the body that is a party speaks for it
    on the record, the academic title he carries after his office ('director Professor NAME')
    notwithstanding."""
    claims = [c for c in ruled_claims(STUDY) if words in c["text"]]
    assert [c["status"] for c in claims] == [status], [(c["speaker_name"], c["reason"]) for c in claims]
    if words.startswith("her samples"):
        assert "(academic, not a party to the events" in claims[0]["reason"], claims[0]["reason"]


def test_a_degree_candidate_is_no_party_but_a_candidate_for_office_is():
    party = lexicon().party_roles
    assert party.search("mayoral candidate") and party.search("candidate for the estuary seat")
    assert not party.search("doctoral candidate at brackwater university")
    assert not party.search("phd candidate")


PROTEST = """Rovers fans march on the ground after points deduction

Orrin Rovers said in a statement that the club would appeal the six-point deduction.

"We came from Wrenby on three coaches. The board has let us down," said Tomas Kell, a 41-year-old supporter.

Mayor Ana Holt, a supporter of the appeal, said the town council would write to the league.
"""


@pytest.mark.parametrize("words, status", [
    ("the club would appeal the six-point deduction", "confirmed"),
    ("We came from Wrenby on three coaches", "unconfirmed"),              # a fan, no party
    ("the town council would write to the league", "confirmed"),          # a mayor who backs a side
])
def test_a_supporter_at_a_protest_is_a_private_person(words, status):
    """A club's supporter (a fan: 'a 41-year-old supporter') gives a private person's account,
    unconfirmed; 'a supporter of' a side or a person (corroboration.json party_roles) is a party
    to the events, as 'who backs' one is."""
    claims = [c for c in ruled_claims(PROTEST) if words in c["text"]]
    assert [c["status"] for c in claims] == [status], [(c["speaker_name"], c["reason"]) for c in claims]
    if status == "unconfirmed":
        assert "(private person, not a party to the events" in claims[0]["reason"], claims[0]["reason"]


UNION = """Ferry crews walk out over rosters

Quayline Ferries said all sailings would run to timetable on Tuesday.

Ana Rees, secretary of Sindicato Maritimo, a seafarers' union, said crews had not been paid overtime since May.

Ivo Brand, president of Kooperasi Nelayan Orrin, a fishermen's group, said catches had fallen by half.
"""


@pytest.mark.parametrize("words, status", [
    ("all sailings would run to timetable", "confirmed"),
    ("crews had not been paid overtime since May", "unconfirmed"),  # 'a seafarers' union'
    ("catches had fallen by half", "unconfirmed"),                   # "a fishermen's group"
])
def test_a_group_described_by_its_members_speaks_for_their_interest(words, status):
    """A group the text names in a foreign language or by initials, then describes in lower case by
    the people it gathers ('a seafarers' union', "a fishermen's group", 'the pharmacists union'),
    is an interest group, and so is the officer who speaks for it: a single source, not a party on
    the record."""
    claims = [c for c in ruled_claims(UNION) if words in c["text"]]
    assert [c["status"] for c in claims] == [status], [(c["speaker_name"], c["reason"]) for c in claims]
    if status == "unconfirmed":
        assert "(interest group, not a party to the events" in claims[0]["reason"], claims[0]["reason"]


@pytest.mark.parametrize("words, group", [
    ("a seafarers' union", True),
    ("the pharmacists union", True),
    ("a growers’ association", True),
    ("a pharmaceutical group", False),  # no people in the plural
    ("a union of states", False),
    ("the news group", False),          # 'news' gathers no people
    ("the Workers' Party", False),
])
def test_which_descriptions_are_groups_of_people(words, group):
    assert rules._people_group(words) is group


ACCORDING = """Ferry aground off Wrenby

According to the port's safety director, Ines Marlow, the passengers, most of them tourists, were taken off by lifeboat.

Marlow said the ferry would be towed to Wrenby on Thursday.
"""


def test_the_clause_after_according_to_a_name_describes_no_one():
    """'According to the port's safety director, Ines Marlow, the passengers ... were taken off':
    the words after the name's comma are what she said, not a description of her ('the passengers'
    would make her a passenger, a private person); the director is on the record."""
    claims = [c for c in ruled_claims(ACCORDING) if c["speaker_name"] == "Ines Marlow"]
    assert claims and {c["status"] for c in claims} == {"confirmed"}, [(c["text"], c["reason"]) for c in claims]
