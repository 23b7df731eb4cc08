"""Standing by the head of a description (issue 12): a general lexicon of occupations, public
offices and civil society (provenance/data/standing.json) classes what the document calls a
speaker by its head noun, so a lay occupation no list of commentator words holds ('a glazier'),
a body's officer where the body goes unnamed ('manager of a bakery'), an owner of a thing, an
opposition politician's role and a lawyer no client is named for are single sources, while an
office, a body's officer named with the body, and a lawyer named with a client stay on the
record. Articles and names are invented for this test."""

from __future__ import annotations

import pytest
from test_status_shapes import ruled_claims

from provenance import rules, standing
from provenance.corroboration import ClaimRecord


def _status(text: str, words: str) -> str:
    claims = [c for c in ruled_claims(text) if words in c["text"]]
    assert len(claims) == 1, [(c["text"], c["speaker_name"]) for c in claims]
    return claims[0]["status"]


GLASSWORKS = """Quarry blasts crack windows in Ternby

Blasting at the Ternby quarry cracked windows in 40 homes last week, the district council said on Monday.

Glazier Ines Varrow said she had replaced 14 panes in three days.

Otto Lindqvist, shift manager of a bakery on Mill Lane, said the shop had lost two days of trade.

"The blasts shook goods off my shelves," said Carla Moen, owner of the corner shop.

"We will pay for every repair," said Jan Pelt, operations director of Ternby Quarries.

Council planner Ada Rusk said the permit limits blasting to two charges a day.
"""


@pytest.mark.parametrize("words, status", [
    ("replaced 14 panes", "unconfirmed"),  # a lay trade the commentator lists lack
    ("lost two days of trade", "unconfirmed"),  # a body's officer, the body unnamed ('of a bakery')
    ("shook goods off my shelves", "unconfirmed"),  # an owner of a thing no name names
    ("will pay for every repair", "confirmed"),  # an officer of the body named
    ("limits blasting to two charges", "confirmed"),  # a body's staff named with it
])
def test_the_head_of_a_description_places_the_speaker(words, status):
    assert _status(GLASSWORKS, words) == status


@pytest.mark.parametrize("role, kind", [
    ("Championship sprinter", "private person"),
    ("Harbour Freight's lawyer", None),  # the client's voice, as an unnamed one is (rules.acts_for)
    ("lawyer for the Ostrander family", None),
    ("Lawyer", "agent"),  # no client named: a lawyer asked about the law
    ("partner at Kestrel Lowe, a Dunmore law firm", "agent"),
    ("the Opposition spokesman on transport", "opposition politician"),
    ("shadow housing minister", "opposition politician"),
    ("director of the Harbour Board", None),
    ("owner of Harlow Freight", None),
    ("Minister of Ports", None),
    ("district attorney", None),
])
def test_standing_of_a_role(role, kind):
    assert standing.standing([role]) == kind


def test_an_office_in_any_piece_keeps_a_speaker_on_the_record():
    """'MP for Easthill' with 'a retired glazier': the office stands behind the word."""
    assert standing.standing(["MP for Easthill", "a retired glazier"]) is None


def test_an_opposition_politicians_position_stays_on_the_record():
    r = ClaimRecord(key=1, doc="d", text="we will vote against the bill", speaker="Ana Roe", speaker_kind="person",
                    role="Opposition spokeswoman on transport", kind="position")
    assert rules.commentator(r) is None
    r.kind = "fact"
    assert rules.commentator(r) == "opposition politician"


def test_standing_reads_only_a_named_persons_description():
    """A body, or an unnamed speaker, is placed by the other rules, never by a head noun."""
    r = ClaimRecord(key=1, doc="d", text="C", speaker="Glaziers", speaker_kind="institution", role="glazier")
    assert rules.commentator(r) is None
    r = ClaimRecord(key=1, doc="d", text="C", speaker="a glazier", anonymous=True, speaker_kind="person", role="glazier")
    assert rules.commentator(r) is None


def test_an_office_word_before_a_lay_head_is_an_office():
    """'town clerk', 'head teacher': a title or a body's noun before the head makes it an office."""
    assert standing.standing(["the town clerk"]) is None
    assert standing.standing(["head teacher"]) is None


STUDY = """Soil institute withdraws nitrate study

The Kestrel Institute for Soil Research (KISR) has withdrawn a 2025 study of nitrate run-off from Dunmore farms after finding an error in its sampling records.

KISR said the error affected 12 of its 40 sampling sites.

The Harlow Centre for Farm Studies said nitrate levels in the river had been falling for a decade.
"""

EDITOR = """Bulletin pulls flood-risk map

The Dunmore Farming Bulletin has pulled a flood-risk map from its website after readers found that two villages had been left off.

Ines Ardo, the bulletin's editor, said the map would be corrected by Friday.

Oskar Lind, a columnist at the Harlow Courier, said the map had been wrong for months.
"""


@pytest.mark.parametrize("text, words, status", [
    (STUDY, "affected 12 of its 40 sampling sites", "confirmed"),  # the institute the story is about
    (STUDY, "falling for a decade", "unconfirmed"),  # a research body the story only quotes
    (EDITOR, "would be corrected by Friday", "confirmed"),  # the editor of the bulletin the story is about
    (EDITOR, "wrong for months", "unconfirmed"),  # a columnist of another paper
])
def test_a_body_the_lede_tells_of_is_a_party(text, words, status):
    """A body whose trade reads as a commentator's (an institute for research, an editor) speaks
    as a party when the document's lede tells of its acts (`rules.mark_in_story`): by its name,
    its initials or its head noun ('Soil institute withdraws'), or as the body a role names."""
    assert _status(text, words) == status


PHONE_IN = """Ferry fares: your calls

HARBOUR RADIO, 4 March 2026. Transcript as broadcast.

HOST (Ada Brenn): The island ferry raised its fares by nine per cent on Monday. Our first caller runs a stall at the quay.

OSKAR VENNE (Ternby cockle pickers' co-operative): We sell less every week. Half my customers come over on that ferry.

HOST (Ada Brenn): And on the line now, the ferry company.

INES DORR (chief executive, Ternby Ferries): The fares pay for two new engines this year.
"""


@pytest.mark.parametrize("words, status", [
    ("We sell less every week", "unconfirmed"),  # a member of a growers' group, told only in the label
    ("The fares pay for two new engines", "confirmed"),  # an office of the body, in the label
])
def test_a_transcript_label_describes_its_speaker(words, status):
    """What a transcript's label gives in brackets after the name in capitals is the speaker's
    description, read as an apposition would be (`rules._labelled`)."""
    assert _status(PHONE_IN, words) == status
