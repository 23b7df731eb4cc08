"""A parliament's record of proceedings, each record written for this test (invented Members, places and
bodies): turns open with a speaker label, a Member's name and the letters after it ('Ana Costa MS:'), the
office a Member answers in with the name in brackets ('The Minister for Housing (Ana Costa MS):'), an
honorific and a constituency ('Hon. Ana Costa (Tarnmouth):'), or the chair's ('The Presiding Officer:',
'Mr SPEAKER:'). The label is the speaker (the letters or the office the role, never part of the name) and
never part of a claim; the turn's sentences are that Member's on the record; a Member's question, the
chair's calls to order and the lines of procedure ('Motion agreed.', 'The Deputy Speaker took the
Chair.', '14:32') state nothing. News prose that only looks like a label is no record."""

from __future__ import annotations

import pytest

from provenance.extract.document import extract_claimset
from provenance.extract.lexicon import lexicon
from provenance.extract.transcript import speaker_label

RECORD = """Oral Questions: flooding at Penrhos Marsh

Plenary, 03/03/2026 - Record of Proceedings (extract)

2. Questions to the Minister for Housing

Gwenllian Arthur MS: Will the Minister make a statement on the flooding at Penrhos Marsh last week?

The Minister for Housing and Local Government (Idris Penhallow MS): Diolch, Gwenllian. Forty homes were flooded on Thursday night. Nobody was hurt.

Gwenllian Arthur MS: Residents told me that the culvert was blocked for months. Will the Minister order a review?

Rhodri Cadwal MS: Minister, your department ignored three warnings about this culvert.

The Deputy Presiding Officer: Order. That is not a matter for this question.

Idris Penhallow MS: No warning about this culvert was sent to my department.

14:32

The Deputy Presiding Officer took the Chair.

Motion agreed.
"""

# a record in another house's style: an honorific with a constituency, a party and state, the chair in capitals
HOUSE = """Debate on the harbour dredging bill

Hon. Mirela Dantos (Port Aubry): The dredging contract was signed without a tender.

The SPEAKER: Order, order.

Rep. Colm Vasher (D-Ohio): The contract went to the lowest bidder after a public tender.

The Deputy Minister (Tobias Enhardt): Dredging will begin in June.

Mr SPEAKER: I call the next item.
"""


def _claims(text: str, outlet: str) -> list[tuple[str, str | None, str | None]]:
    cs = extract_claimset(text, slug="r", use_model=False, outlet=outlet)
    speakers = {s["id"]: s for s in cs["speakers"]}
    return [(c["text"], speakers[c["speaker"]]["name"] if c["speaker"] else None,
             speakers[c["speaker"]]["role"] if c["speaker"] else None) for c in cs["claims"]]


@pytest.mark.parametrize(("line", "name", "role"), [
    ("Gwenllian Arthur MS: Will the Minister act?", "Gwenllian Arthur", "MS"),
    ("Seán Ó Dálaigh TD: The hospital has no beds.", "Seán Ó Dálaigh", "TD"),
    ("The Minister for Housing and Local Government (Idris Penhallow MS): Diolch.", "Idris Penhallow",
     "The Minister for Housing and Local Government"),
    ("The Deputy Minister (Tobias Enhardt): Dredging will begin in June.", "Tobias Enhardt", "The Deputy Minister"),
])
def test_a_members_label_names_the_member_and_gives_the_letters_or_office_as_role(line: str, name: str, role: str) -> None:
    label = speaker_label(line, 0, len(line), lexicon())
    assert label is not None and label.record and not label.chair
    assert line[label.name[0]:label.name[1]] == name
    assert label.role is not None and line[label.role[0]:label.role[1]] == role


@pytest.mark.parametrize("line", ["The Presiding Officer: Order.", "Mr SPEAKER: I call the next item.",
                                  "The Clerk / The Deputy Presiding Officer: Thank you."])
def test_the_chairs_label_is_the_chairs(line: str) -> None:
    label = speaker_label(line, 0, len(line), lexicon())
    assert label is not None and label.chair


@pytest.mark.parametrize("line", [
    "Kestrel Energy (Tarn Water): profits rose.",  # no office: no title word before the brackets
    "Why it matters: the culvert floods every spring.",
    "Ana Costa MSc said the culvert was blocked.",
    "The Presiding Officer said: order.",
])
def test_prose_that_only_looks_like_a_record_label_is_none(line: str) -> None:
    label = speaker_label(line, 0, len(line), lexicon())
    assert label is None or not label.record


def test_a_records_turns_are_their_members_and_the_label_is_never_in_a_claim() -> None:
    got = _claims(RECORD, "Senedd Cymru")
    mine = {text: (name, role) for text, name, role in got}
    assert mine["Forty homes were flooded on Thursday night"] == ("Idris Penhallow", "the minister for housing and local government")
    assert mine["No warning about this culvert was sent to my department"][0] == "Idris Penhallow"
    assert mine["Residents told me that the culvert was blocked for months"] == ("Gwenllian Arthur", "MS")
    assert mine["the culvert was blocked for months"][0] == "residents"
    assert any(name == "Rhodri Cadwal" and "three warnings" in text for text, name, _ in got)
    assert not any(":" in text and "MS" in text for text, _, _ in got)  # ('Idris Penhallow MS: ...' is no claim's text)


def test_a_members_question_the_chair_and_the_procedure_state_nothing() -> None:
    texts = [text for text, _, _ in _claims(RECORD, "Senedd Cymru")]
    assert not [t for t in texts if t.endswith("?") or t.startswith("Will the Minister")]
    assert not [t for t in texts if "Order" in t or "not a matter" in t]  # the chair's turn
    assert not [t for t in texts if "took the Chair" in t or "Motion agreed" in t or "14:32" in t]
    assert not [t for t in texts if t.startswith("Diolch")]  # thanks in Welsh, as 'Thank you, Gwenllian'


def test_another_houses_record_honorific_constituency_and_office() -> None:
    got = {text: name for text, name, _ in _claims(HOUSE, "Tarn Gazette")}
    assert got == {
        "The dredging contract was signed without a tender": "Mirela Dantos",
        "The contract went to the lowest bidder after a public tender": "Colm Vasher",
        "Dredging will begin in June": "Tobias Enhardt",
    }


# a Member addresses the Minister by office before relaying what a company says
ADDRESSED = """Questions to the Minister

Gwenllian Arthur MS: Will the Minister act on the culvert?

Rhodri Cadwal MS: Minister, the water company says it will pay for the repairs. Will you hold it to that?

Idris Penhallow MS: The water company has confirmed to my officials that it will pay for the repairs.
"""


def test_an_office_a_member_addresses_is_no_part_of_the_claim_nor_its_speaker() -> None:
    got = _claims(ADDRESSED, "Senedd Cymru")
    assert ("the water company says it will pay for the repairs", "Rhodri Cadwal", "MS") in got
    assert [name for text, name, _ in got if text == "it will pay for the repairs"] == ["water company", "water company"]
    assert not [text for text, _, _ in got if text.startswith("Minister")]
