"""Who speaks on the record for a party, and who only comments (issue 12): a chemist, a debt
counsellor, a union representative, an opposition MP or councillor, a civil servant asked in the
street, the chair of an industry council and a group named for a trade (a tourism association, a
chamber of commerce) are no party speaking for itself in an official capacity: single sources,
unconfirmed. A firm described by its kind and what it does ('the utility that owns the wind farm')
is the party itself, on the record, however 'owns' reads. Invented articles of this file's own
writing."""

from __future__ import annotations

import pytest
from test_status_shapes import _by_text, ruled_claims

COMMENTATORS = """Brine leak closes Vessa fishery

The Lundholm salt works leaked brine into the Vessa river on Tuesday, the Coastal Water Board said.

"The salt levels we measured are far above anything the fish can survive," said Dr Ines Marlow, the chemist who took the samples.

Debt counsellor Paul Ode of the Vessa Help foundation said most of the fishing families could not pay their boat loans this winter.

Ana Lind, the union representative for the dockworkers at the salt works, said workers had warned managers about the old pipe in May.

Opposition MP Karl Berge said the case showed how little the board checks the plant.

Opposition councillor Mira Holt said the board had not sent an inspector to the plant for two years.

"Nobody here trusts the river any more," said Lena Sand, a civil servant.

Vessa Fishing Industry Council chair Tom Rask said prices paid to fishermen had fallen by a third.

The Vessa tourism association said bookings at the town's hotels had fallen by about half.

The Vessa Chamber of Commerce said shops on the quay had lost a month of trade.

The Coastal Water Board said it would inspect the plant again on Friday.
"""


@pytest.mark.parametrize(("words", "speaker", "kind"), [
    ("far above anything", "Ines Marlow", "expert"),
    ("could not pay their boat loans", "Paul Ode", "advocate"),
    ("warned managers about the old pipe", "Ana Lind", "interest group"),
    ("how little the board checks", "Karl Berge", "opposition politician"),
    ("not sent an inspector", "Mira Holt", "opposition politician"),
    ("Nobody here trusts the river", "Lena Sand", "private person"),
    ("fallen by a third", "Tom Rask", "interest group"),
    ("fallen by about half", "Vessa tourism association", "interest group"),
    ("lost a month of trade", "Vessa Chamber of Commerce", "interest group"),
])
def test_commentators_are_single_sources_not_the_party(words, speaker, kind):
    """Each commentator's claim is theirs, unconfirmed, with the kind of commentator in its reason;
    the board on its own leak and inspection stays on the record."""
    claims = ruled_claims(COMMENTATORS)
    found = _by_text(claims, words)
    assert [c["speaker_name"] for c in found] == [speaker], found
    assert found[0]["status"] == "unconfirmed", found
    assert f"({kind}, not a party to the events" in found[0]["reason"], found
    for board in ("leaked brine", "inspect the plant again"):
        assert [c["status"] for c in _by_text(claims, board)] == ["confirmed"], _by_text(claims, board)


FIRM = """Turbines stopped after blade cracks

Vell Energi, the utility that owns the Skarv wind farm, said 12 of its 40 turbines had been stopped.

Rolf Dahl, a fisherman who owns two boats in Skarv harbour, said the turbines had been silent since Monday.
"""


def test_a_firm_told_by_what_it_owns_is_the_party_a_person_who_owns_is_not():
    """'Vell Energi, the utility that owns the wind farm': a firm speaking of its own turbines, on the
    record; 'a fisherman who owns two boats' stays a private person."""
    claims = ruled_claims(FIRM)
    firm = _by_text(claims, "12 of its 40 turbines")
    assert [(c["speaker_name"], c["status"]) for c in firm] == [("Vell Energi", "confirmed")], firm
    fisher = _by_text(claims, "silent since Monday")
    assert [(c["speaker_name"], c["status"]) for c in fisher] == [("Rolf Dahl", "unconfirmed")], fisher


OPPOSITION = """Council delays flood payments

Opposition councillor Mira Holt said the mayor had known about the delay since March.

Holt said her party would ask for an emergency debate on Thursday.
"""


def test_an_opposition_politician_comments_but_states_their_own_position_on_the_record():
    """An opposition councillor's account of the mayor's acts is a comment, unconfirmed; what her
    party will do (a claim of the kind 'position', as what she says should be done) is her own
    position, on the record."""
    claims = ruled_claims(OPPOSITION)
    comment = _by_text(claims, "known about the delay")
    assert [(c["speaker_name"], c["status"]) for c in comment] == [("Mira Holt", "unconfirmed")], comment
    plan = _by_text(claims, "emergency debate")
    assert [(c["speaker_name"], c["kind"], c["status"]) for c in plan] == [("Mira Holt", "position", "confirmed")], plan


THINK_TANK = """Ferry fares to rise

"The board has raised fares faster than costs," said Nia Abel of the Kestrel Centre for Transport Studies.

Ferry Minister Ola Berg of the Ministry of Transport and Research said fares would rise by four percent in May.
"""


def test_a_person_of_a_think_tank_comments_a_minister_of_a_ministry_does_not():
    """'Nia Abel of the Kestrel Centre for Transport Studies': an analyst named by the body she
    works at, unconfirmed; a minister of a ministry whose name holds 'research' stays on the record."""
    claims = ruled_claims(THINK_TANK)
    analyst = _by_text(claims, "faster than costs")
    assert [(c["speaker_name"], c["status"]) for c in analyst] == [("Nia Abel", "unconfirmed")], analyst
    assert "(analyst, not a party to the events" in analyst[0]["reason"], analyst
    minister = _by_text(claims, "rise by four percent")
    assert [(c["speaker_name"], c["status"]) for c in minister] == [("Ola Berg", "confirmed")], minister


FEDERATION = """Marathon record under review

The Harbour Athletics Federation said it had asked the race organiser for every document on the course.

The Upland Growers Association said the new rules would cost its members a season's profit.
"""


def test_a_sport_s_federation_governs_it_a_growers_association_speaks_for_its_members():
    """A federation named for its sport ('Athletics', a sport's name, no plural of people) governs it:
    its own acts on the record; the growers' association speaks for its members, unconfirmed."""
    claims = ruled_claims(FEDERATION)
    sport = _by_text(claims, "every document on the course")
    assert [(c["speaker_name"], c["status"]) for c in sport] == [("Harbour Athletics Federation", "confirmed")], sport
    growers = _by_text(claims, "season's profit")
    assert [(c["speaker_name"], c["status"]) for c in growers] == [("Upland Growers Association", "unconfirmed")], growers


CHIEF = """Care home denies sedation claims

Brightwater Care's chief executive, Tom Ashby, had said in a statement to the Gazette on Monday that all medication was prescribed by the residents' own doctors.
"""


def test_what_a_chief_executive_said_is_no_description_of_him():
    """', had said in a statement ... residents' own doctors' after the name is what the chief
    executive said, not what he is: 'residents' in it makes him no private person; he speaks for
    his firm on the record."""
    claims = ruled_claims(CHIEF)
    said = _by_text(claims, "all medication was prescribed")
    assert [(c["speaker_name"], c["status"]) for c in said] == [("Tom Ashby", "confirmed")], said


CONSULTANT = """Olive oil fraud widens

Ana Roe, who ran the official tasting panel in Harbourton for 14 years and now works as a consultant, said other mills had used the same blend in poor years.
"""


def test_a_clause_that_goes_on_to_the_speaker_s_trade_describes_them():
    """'who ran the tasting panel ... and now works as a consultant': the trade the speaker has now
    makes her a consultant commenting, unconfirmed."""
    claims = ruled_claims(CONSULTANT)
    said = _by_text(claims, "same blend")
    assert [(c["speaker_name"], c["status"]) for c in said] == [("Ana Roe", "unconfirmed")], said
    assert "(consultant, not a party to the events" in said[0]["reason"], said
