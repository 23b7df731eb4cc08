"""Who confirms on ordinary news (issue 12): a named person whose role or name refers back to a
group of members speaking for their interest ('the association's president' after the group's
name, 'KGA chairman' after 'Kessel Growers Association (KGA)', 'Ina Ost of the ferry workers' union
said') comments on others' acts as that group does, a single source (DESIGN.md: `confirmed` is a
party speaking for itself); unless the top of the story names the group, a party to the events it
reports (a union on its own strike). Each on text written for this test."""

from __future__ import annotations

from test_status_speakers12 import _status  # (the status and reason of the one claim holding some words)

from provenance import rules
from provenance.corroboration import ClaimRecord

QUARRY = """Regulator halts Brenmoor quarry after dust readings

The county environment agency ordered the Brenmoor quarry to stop blasting on Tuesday after dust readings at the village school were three times the legal limit, the agency said in a statement.

The quarry's owner, Talland Aggregates, said the readings were taken on a windy day and did not reflect normal conditions at the site.

The Upland Hauliers Association said the closure would leave dozens of its drivers idle this spring.

"Our drivers lose a week's pay for every week that road stays shut," the association's president, Corin Vasey, told the Brenmoor Echo.

The Kessel Growers Association (KGA) said dust had settled on orchards below the quarry for two summers.

"The fruit has been coated grey since June," KGA chairman Oswin Pell said.

Nessa Thorne of the Valley Quarry Workers' Union said crews at other quarries in the county were being asked to blast in high winds.
"""

STRIKE = """Harbour pilots walk out over rosters

The Coastal Pilots Union said 140 of its members stopped work at Carrow harbour on Monday after talks on night rosters with the harbour board broke down, leaving six ships waiting offshore.

The harbour board said fewer than 90 pilots had stopped work and that most sailings were on time.

"Our members have worked double night shifts since March and nobody listened," the union's president, Alder Quayle, told reporters.
"""


def test_an_officer_of_a_group_the_role_names_by_its_head_noun_comments_as_the_group():
    status, reason = _status(QUARRY, "lose a week's pay")
    assert status == "unconfirmed"
    assert "Upland Hauliers Association" in reason


def test_an_officer_of_a_group_the_role_names_by_its_initials_comments_as_the_group():
    status, reason = _status(QUARRY, "The fruit has been coated grey")
    assert status == "unconfirmed"
    assert "Kessel Growers Association" in reason


def test_a_name_followed_by_its_members_group_comments_as_the_group():
    assert _status(QUARRY, "crews at other quarries")[0] == "unconfirmed"


def test_a_group_the_top_of_the_story_names_is_a_party_and_its_officer_on_the_record():
    assert _status(STRIKE, "worked double night shifts")[0] == "confirmed"


def _figure(key: int, doc: str, speaker: str) -> ClaimRecord:
    return ClaimRecord(key=key, doc=doc, text="Orrin exported 40,000 tonnes of pears last year", cue="according to",
                       speaker=speaker, speaker_kind="institution", publisher="Harbour Wire", seq=key)


def test_a_body_s_own_data_is_one_origin_with_the_body():
    """'according to the trade ministry' in a wire's first take and 'according to trade ministry
    data' in its update: the ministry's data is its word, one source, not two that corroborate."""
    said, data = _figure(1, "wire-first", "trade ministry"), _figure(2, "wire-update", "trade ministry data")
    records = {1: said, 2: data}
    decided = rules.decide_all(records, [], [1, 2], clusters={1: 0, 2: 0})
    assert [decided[k][0] for k in (1, 2)] == ["confirmed", "confirmed"]
    other = _figure(3, "paper", "finance ministry")
    decided = rules.decide_all({1: said, 3: other}, [], [1, 3], clusters={1: 0, 3: 0})
    assert decided[1][0] == "corroborated"


PROTEST = """Fishermen block harbour road over quota cuts

About 150 fishermen blocked the harbour road in Carrow on Friday morning, according to local police.

Police repeat the name of the man arrested at the quay on every bulletin.
"""


def test_the_police_count_given_according_to_them_is_their_statement_on_the_record():
    """'according to local police' gives the force's own account, as 'police said' does; words
    that report no statement ('police repeat the name') stay the publisher's account of what the
    police did."""
    assert _status(PROTEST, "About 150 fishermen blocked")[0] == "confirmed"
