"""Who can confirm (issue 12): a named official or body speaking for itself is on the record, a
private person or an outside commentator is a single source, each on text written for this test:
a public agency whose name holds 'Institute' (a body's head noun, no commentator's word),
a party's lawyer named only by the client, a speaker whose surname the paper keeps out of print, a
member of a growers' group named after its town, and the publisher's own unnamed sourcing ('The
Gazette understands')."""

from __future__ import annotations

import pytest
from test_status_shapes import ruled_claims

from provenance import rules
from provenance.corroboration import ClaimRecord


def _status(text: str, words: str) -> tuple[str, str]:
    claims = [c for c in ruled_claims(text) if words in c["text"]]
    assert len(claims) == 1, [(c["text"], c["speaker_name"]) for c in claims]
    return claims[0]["status"], claims[0]["reason"]


AGENCY = """Pesticide drift reaches Orrin Valley school

The Orrin Valley Institute for Crop and Soil Protection said its inspectors had taken samples of soil and grass at the school.

The Harbour Policy Institute said the valley's spraying rules were among the weakest in the country.
"""


def test_an_institute_that_is_a_public_agency_speaks_for_itself():
    """'Institute' in a body's name tells what it is (titles.json institution_heads), as 'Agency'
    does: public agencies carry it as often as research bodies. A body named 'Institute for Crop
    and Soil Protection' telling what its inspectors did is on the record; one whose name tells it
    studies others' affairs ('Research', 'Studies') comments as an analyst."""
    assert _status(AGENCY, "its inspectors had taken samples")[0] == "confirmed"


@pytest.mark.parametrize("name, kind", [
    ("Orrin Institute of Soil and Water Defence", None),
    ("Kestrel Institute for Transport Research", "analyst"),
    ("Centre for Coastal Studies", "analyst"),
    ("Consumer group Fairdeal", "advocate"),
])
def test_which_body_names_tell_a_commentator(name, kind):
    r = ClaimRecord(key=1, doc="d", text="prices rose", speaker=name, speaker_kind="institution")
    assert rules.commentator(r) == kind


SOLICITOR = """Trainer banned over doping samples

The racing board banned trainer Aidan Furlow for two years on Tuesday.

Furlow's solicitor says he will appeal the ban to the High Court.

A lawyer says such appeals rarely succeed.
"""


def test_a_party_lawyer_named_by_the_client_is_on_the_record():
    """An unnamed lawyer named by the party they act for ("Furlow's solicitor", 'his lawyer', 'a
    lawyer for the club': corroboration.json representatives) states that party's case and plans
    on the record, as a spokesperson does for a body; 'a lawyer' alone is an anonymous source."""
    assert _status(SOLICITOR, "he will appeal the ban")[0] == "confirmed"
    assert _status(SOLICITOR, "such appeals rarely succeed")[0] == "unconfirmed"


@pytest.mark.parametrize("speaker, client", [
    ("Furlow's solicitor", "Furlow's"),
    ("his lawyer", "his"),
    ("a lawyer for Brackwater Rovers", "Brackwater Rovers"),
    ("the family's lawyers", "family's"),
    ("a lawyer", None),
    ("a senior lawyer", None),
])
def test_which_lawyers_act_for_a_party(speaker, client):
    r = ClaimRecord(key=1, doc="d", text="he will appeal", speaker=speaker, anonymous=True, speaker_kind="person")
    assert rules.acts_for(r) == client


PUPIL = """Exam marking error hits school leavers

Ausra, a Kelme schoolgirl who asked that her surname not be used, told the Gazette that her mark had been 58 and that the course required 65.

Rasa Vaitkute, a pupil from Kelme, told the Gazette that her mark had been 61.

Education Minister Tomas Zilys told the Gazette that every paper would be marked again by hand.
"""


def test_a_speaker_whose_surname_is_kept_out_of_print_is_a_private_person():
    """News keeps the surname of a private person out of print on request ('who asked that her
    surname not be used', 'who gave only his first name': corroboration.json name_withheld_nouns,
    name_withheld_verbs, first_name_only), never an office holder's: a single source, as a pupil
    named in full is; the minister on the paper's own acts stays on the record."""
    status, reason = _status(PUPIL, "her mark had been 58")
    assert status == "unconfirmed" and "private person" in reason, reason
    assert _status(PUPIL, "every paper would be marked again")[0] == "confirmed"


@pytest.mark.parametrize("words, withheld", [
    ("a nurse who asked that his surname not be published", True),
    ("whose last name was withheld", True),
    ("who gave only her first name", True),
    ("who gave his name as Ben", True),
    ("who changed her surname after the wedding", False),
    ("who was given the name of the inspector", False),
])
def test_which_words_keep_a_name_out_of_print(words, withheld):
    r = ClaimRecord(key=1, doc="d", text="the water was brown", speaker="Ana", role=words, speaker_kind="person")
    assert (rules.commentator(r) == "private person") is withheld


GROWERS = """Cold store owes growers for the summer's berries

MARKO RISTIC (Upper Orrin berry growers' association): I delivered nine tonnes in July and I have not been paid.

MINISTER ANA PETROVIC: The inspectors will visit the cold store on Monday.
"""


def test_a_growers_group_named_after_its_town_is_an_interest_group():
    """A group described by the people it gathers is an interest group after a place's name too
    ("Upper Orrin berry growers' association", as 'a berry growers' association' is): its member speaks
    for their interest, a single source; the minister on her inspectors' plans is on the record."""
    status, reason = _status(GROWERS, "I delivered nine tonnes")
    assert status == "unconfirmed" and "interest group" in reason, reason
    assert _status(GROWERS, "The inspectors will visit")[0] == "confirmed"


SCOOP = """Ferry board met in secret, the Gazette understands

The Gazette understands that the Harbour Ferries board met on Sunday night to discuss the chief executive's future.

Harbour Ferries said the board would meet on Friday.
"""


def test_the_publishers_own_sourcing_is_unconfirmed():
    """'The Gazette understands', 'has learned', 'can reveal' (corroboration.json own_sourcing_cues):
    what the publisher's unnamed sources told it, unconfirmed, even when it tells of a party's
    own acts that would be on the record from the party itself."""
    status, reason = _status(SCOOP, "board met on Sunday night")
    assert status == "unconfirmed" and "own unnamed sourcing" in reason, reason
    assert _status(SCOOP, "the board would meet on Friday")[0] == "confirmed"
