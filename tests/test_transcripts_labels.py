"""Broadcast transcripts in the label styles radio, television, podcasts and hearings use, each
written for this test (invented people, places and broadcasters): 'NAME (ROLE):', 'CALLER (NAME,
PLACE):', a time before the label ('[00:00:41] NAME:'), a name in brackets ('[NAME]'), stage
directions in brackets. A label's role is its speaker's ('cabinet member for infrastructure' speaks
on the record, a caller and a hired expert are one private source); a presenter's turn is the
broadcaster's reporting (what it relays is the outlet's or the party's, not hers); an on-air
correction withdraws what the presenter said."""

from __future__ import annotations

import pytest
from test_status_shapes import ruled_claims

from provenance.extract.lexicon import lexicon
from provenance.extract.transcript import pleasantry, speaker_label

# a radio phone-in: labels give their speakers' roles in brackets, a caller's name follows the part
PHONE_IN = """Flooding on the Harbour Road: the council on Radio Westmere

Transcript of The Morning Line with Priya Okafor, Thursday 12 November 2026.

PRIYA OKAFOR (PRESENTER): It's twenty past eight. Homes in the harbour district flooded again on Tuesday night. The Westmere Courier has reported that the council delayed repairs to the sea wall for two years. The council says the claim is untrue. With me is the council's cabinet member for infrastructure, Tomas Reyes. Councillor, why was the wall not fixed?

TOMAS REYES (CABINET MEMBER FOR INFRASTRUCTURE): Priya, we have spent four million pounds on the sea wall since 2023. The contractor starts work on Monday.

OKAFOR: Let's go to Marcy, who's calling from Quay Street. Go ahead, Marcy.

CALLER (MARCY, QUAY STREET): Hi Priya. The pumps only arrived after the water was already in our kitchens.

OKAFOR: Joining us now is Dr Alma Whitby, who advised the port on its defences. Alma, how bad is it?

DR ALMA WHITBY (STRUCTURAL ENGINEER): A wall of that age should have been inspected every year.

OKAFOR: Dr Alma Whitby, thank you. And a correction: earlier in the programme I said the wall was built in 1952. It was built in 1961.
"""


def _by_text(claims: list[dict], words: str) -> list[dict]:
    return [c for c in claims if words in c["text"]]


def test_a_label_role_in_brackets_makes_the_presenter_a_host_whose_relays_are_the_outlets():
    """'PRIYA OKAFOR (PRESENTER):' is the broadcaster's host: 'The Westmere Courier has reported
    that C' is the Courier's claim and 'The council says the claim is untrue' the council's denial,
    neither a claim of hers; her plain sentences are the broadcaster's."""
    claims = ruled_claims(PHONE_IN, outlet="Radio Westmere")
    relayed = _by_text(claims, "the council delayed repairs")
    assert [(c["speaker_name"], c["stance"]) for c in relayed] == [("Westmere Courier", "asserts"), ("council", "denies")]
    assert relayed[0]["status"] == "disputed", relayed
    assert not [c for c in claims if c["speaker_name"] == "Priya Okafor"], claims
    flooded = _by_text(claims, "Homes in the harbour district flooded")
    assert [c["speaker_name"] for c in flooded] == ["Radio Westmere"], flooded


@pytest.mark.parametrize("words, speaker, status, role", [
    ("spent four million pounds", "Tomas Reyes", "confirmed", "cabinet member for infrastructure"),
    ("The pumps only arrived", "Marcy", "unconfirmed", "caller, Quay Street"),
    ("should have been inspected", "Alma Whitby", "unconfirmed", "Dr, structural engineer"),
])
def test_a_label_role_is_the_speakers_role_and_decides_the_status(words, speaker, status, role):
    """A guest whose label gives an office speaks for it on the record; a caller ('CALLER (MARCY,
    QUAY STREET):', her name after the part) and an engineer brought in as an expert are one
    private source each."""
    found = _by_text(ruled_claims(PHONE_IN, outlet="Radio Westmere"), words)
    assert [(c["speaker_name"], c["status"]) for c in found] == [(speaker, status)], found
    assert role in found[0]["reason"], found[0]["reason"]


def test_an_on_air_correction_retracts_what_the_presenter_said():
    """'And a correction: earlier in the programme I said C. It was built in 1961.': the
    broadcaster withdraws C (retracted, not disputed); the corrected figure is its statement."""
    claims = ruled_claims(PHONE_IN, outlet="Radio Westmere")
    said = _by_text(claims, "the wall was built in 1952")
    assert said and said[0]["status"] == "retracted" and said[0]["speaker_name"] == "Radio Westmere", said
    assert [c["status"] for c in _by_text(claims, "It was built in 1961")] == ["unconfirmed"]


def test_greetings_and_questions_of_a_phone_in_are_no_claims():
    claims = ruled_claims(PHONE_IN, outlet="Radio Westmere")
    assert not [c for c in claims if c["text"].startswith(("Hi Priya", "Alma, how bad", "Councillor, why"))], claims
    assert pleasantry("Hi Priya.") and pleasantry("Thanks Ana") and not pleasantry("Hi, the water is rising")


# television: each label opens with the time it was said; the host names no role, but brings the
# minister in ('joins me now'), so he speaks for the broadcaster and she does not
TELEVISION = """Minister questioned over hospital waiting lists

[00:00:25] MARCUS VELL: The Lennox Gazette reported on Tuesday that the board had cancelled two hundred operations. Health Minister Joanna Pike joins me now. Minister, good evening.

[00:00:41] JOANNA PIKE: Good evening, Marcus. No operations were cancelled for budget reasons.

[00:00:52] MARCUS VELL: The nurses' union says the wards are still short-staffed.

[00:00:58] JOANNA PIKE: The new theatre opens in January.
"""


def test_a_host_who_brings_in_a_guest_speaks_for_the_broadcaster_and_the_guest_for_herself():
    claims = ruled_claims(TELEVISION, outlet="Channel Nine News")
    assert [c["speaker_name"] for c in _by_text(claims, "No operations were cancelled")] == ["Joanna Pike"]
    assert [c["speaker_name"] for c in _by_text(claims, "The new theatre opens")] == ["Joanna Pike"]
    assert [c["speaker_name"] for c in _by_text(claims, "cancelled two hundred")] == ["Lennox Gazette"]
    assert [c["speaker_name"] for c in _by_text(claims, "short-staffed")] == ["nurses union"]
    assert not [c for c in claims if c["speaker_name"] == "Marcus Vell"], claims


@pytest.mark.parametrize("line, name, role", [
    ("[00:12:31] ANA COSTA: We have ordered new pumps.", "ANA COSTA", None),
    ("00:12 - ANA COSTA: We have ordered new pumps.", "ANA COSTA", None),
    ("9:05 a.m. ANA COSTA: We have ordered new pumps.", "ANA COSTA", None),
    ("[ANA COSTA] We have ordered new pumps.", "ANA COSTA", None),
    ("ANA COSTA (00:12:31): We have ordered new pumps.", "ANA COSTA", None),
    ("MAYOR ANA COSTA (through interpreter): We have ordered new pumps.", "MAYOR ANA COSTA", None),
    ("ANA COSTA (HARBOUR BOARD CHAIRWOMAN): We have ordered new pumps.", "ANA COSTA", "harbour board chairwoman"),
    ("CALLER (ANA, KETTLEBY): We have ordered new pumps.", "ANA", "caller, Kettleby"),
    ("ANA (CALLER, KETTLEBY): We have ordered new pumps.", "ANA", "caller, Kettleby"),
])
def test_label_styles(line, name, role):
    """The name and role of a label in each style; a place the text writes elsewhere keeps its capital."""
    text = line + "\n\nShe lives in Kettleby."
    label = speaker_label(text, 0, len(line), lexicon())
    assert label is not None and text[label.name[0]:label.name[1]] == name
    assert label.role_words(text) == role
    assert text[label.words:len(line)] == "We have ordered new pumps."


@pytest.mark.parametrize("line", [
    "11:40 AM: What caused the capsizing?",  # a live blog's time
    "[CROSSTALK]",
    "[LAUGHTER] We have ordered new pumps.",
    "CORRECTION: An earlier version misspelt a name.",
])
def test_times_stage_directions_and_notices_are_no_labels(line):
    assert speaker_label(line, 0, len(line), lexicon()) is None


# a council hearing broadcast live: the guest declines to comment and denies, in her own words
DECLINES = """Harbour board on the spot

ANA COSTA (HARBOUR BOARD CHAIRWOMAN): We have closed the east quay.

RUTH MARLOW (PRESENTER): Ana, the Tidings says your engineers warned you in May.

COSTA: Ruth, I'm not going to comment on leaked reports. I deny that we ignored the engineers. The quay reopens in March.

MARLOW: Ana Costa, thank you. My apologies.
"""


def test_a_guests_own_refusal_to_comment_and_denial_are_her_stances():
    """'I'm not going to comment on C' declines to confirm; 'I deny that C' denies C; both are the
    guest's (her label's speaker), in place of a plain claim of the sentence; the name she answers
    ('Ruth, ...') is no part of what she says."""
    claims = ruled_claims(DECLINES, outlet="Harbour Radio")
    costa = [(c["stance"], c["text"]) for c in claims if c["speaker_name"] == "Ana Costa"]
    assert ("declines_to_confirm", "I'm not going to comment on leaked reports") in costa, costa
    assert ("denies", "we ignored the engineers") in costa, costa
    assert ("asserts", "The quay reopens in March") in costa, costa
    assert not [t for s, t in costa if s == "asserts" and ("comment" in t or "deny" in t)], costa
    assert not [c for c in claims if c["text"].startswith(("Ruth,", "My apologies"))], claims


# a podcast whose labels name only parts: the host brings in her guest by name, a caller gives none
PODCAST = """The Ledger podcast: the Corvel pension shortfall

HOST: Welcome to The Ledger. The regulator fined the Corvel pension fund two million pounds on Friday. My guest is Dana Pryce, who chairs the members' association. Dana, what went wrong?

GUEST: The trustees ignored three warnings from their own actuary.

HOST: Corvel says the shortfall is temporary.

GUEST: That is not what the accounts show.

CALLER: I worked at Corvel for thirty years and nobody told us anything.
"""


def test_a_label_naming_only_a_part_is_whom_the_host_brought_in_or_an_unnamed_source():
    """'GUEST:' after 'My guest is Dana Pryce' is Dana Pryce; 'CALLER:', whom no one named, is one
    unnamed caller; the host's turn is the broadcaster's (its relay 'Corvel says C' Corvel's)."""
    claims = ruled_claims(PODCAST, outlet="Harbour Ledger")
    assert [c["speaker_name"] for c in _by_text(claims, "ignored three warnings")] == ["Dana Pryce"]
    assert [c["speaker_name"] for c in _by_text(claims, "not what the accounts show")] == ["Dana Pryce"]
    caller = _by_text(claims, "I worked at Corvel")
    assert [(c["speaker_name"], c["status"]) for c in caller] == [("caller", "unconfirmed")], caller
    assert [c["speaker_name"] for c in _by_text(claims, "the shortfall is temporary")] == ["Corvel"]
    assert [c["speaker_name"] for c in _by_text(claims, "fined the Corvel pension fund")] == ["Harbour Ledger"]


# a select committee's record: labels in the case of names, the chair's questions
HEARING = """Water company bosses questioned by committee

Chair: Good morning. Mr Danvers, why did your company discharge sewage into the Alder on 212 days last year?

Mr Danvers: The storm overflows were operating within their permits. We have invested ninety million pounds in new storage tanks.

Chair: The regulator says you breached your permits on forty occasions.

Q14 Dr Helen Osei: Our sampling found bacteria three times the bathing limit downstream of the works.

Update: The committee will publish its report in March.
"""


def test_a_hearing_record_with_labels_in_the_case_of_names():
    """'Chair:', 'Mr Danvers:', 'Q14 Dr Helen Osei:' are speaker labels (a part, an honorific, a
    given name), each turn its speaker's words; a question states nothing; 'Update:' names no one."""
    claims = ruled_claims(HEARING, outlet="Parliament Live Record")
    danvers = [c["text"] for c in claims if c["speaker_name"] == "Danvers"]
    assert danvers == ["The storm overflows were operating within their permits",
                       "We have invested ninety million pounds in new storage tanks"], danvers
    assert [c["speaker_name"] for c in _by_text(claims, "Our sampling found")] == ["Helen Osei"]
    assert [c["speaker_name"] for c in _by_text(claims, "you breached your permits")][-1] == "regulator"
    assert not [c for c in claims if "?" in c["text"]], claims
    assert [c["speaker_name"] for c in _by_text(claims, "publish its report")] == ["Parliament Live Record"]
