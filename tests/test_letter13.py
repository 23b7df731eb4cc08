"""A single letter to the editor, each written for this test (invented writers, places and bodies): opened by
a salutation ('Editor,', 'Sir,') or marked a letter by its headline or standfirst, and signed at its foot
('NAME,' over the place, 'NAME, Place'). Its sentences are its writer's, a private person on the record in
the publisher, never the publisher's own; what the writer says others said stays theirs; the signature and
the place under it state nothing; an 'Editor's note:' after the signature is the publisher's again. An
article that names a person on a line of its own is no letter."""

from __future__ import annotations

from provenance.extract.document import extract_claimset
from provenance.extract.letter import read_letter
from provenance.extract.lexicon import lexicon
from provenance.extract.segment import blocks

LETTER = """LETTER: The ferry to Skarvholm must not be cut

Letters to the Editor

Editor,

I have lived on Skarvholm for forty years. Last month the ferry was cancelled on nine days.

The harbour master told us at a public meeting that the new timetable would "save the island". The council says the timetable is final.

Many of us now drive two hours round the fjord to reach the hospital.

Ingrid Solhaug,
Skarvholm.

Editor's note: The county's transport office told the Fjord Courier that the morning crossing will return in May.
"""

# no salutation: the headline says it is a letter, the name and place on one line
UNSALUTED = """Letter of the week: Keep the Brennmoor library open

The library in Brennmoor is the only warm room in the village on a winter afternoon.

Our children do their homework there because half of us have no internet at home.

Tobias Lindqvist, Brennmoor
"""

# a news story that ends on a credit line naming a person: no letter
NEWS = """Ferry cancellations double on the Skarvholm route

The county cancelled the Skarvholm ferry on nine days last month, its figures show.

A spokeswoman for the county said the new timetable was final.

Ingrid Solhaug,
Skarvholm.
"""


def _claims(text: str, outlet: str) -> dict[str, str | None]:
    cs = extract_claimset(text, slug="l", use_model=False, outlet=outlet)
    speakers = {s["id"]: s for s in cs["speakers"]}
    return {c["text"]: speakers[c["speaker"]]["name"] if c["speaker"] else None for c in cs["claims"]}


def test_a_letters_sentences_are_its_writers_and_what_others_said_stays_theirs() -> None:
    got = _claims(LETTER, "Fjord Courier")
    assert got["I have lived on Skarvholm for forty years"] == "Ingrid Solhaug"
    assert got["Last month the ferry was cancelled on nine days"] == "Ingrid Solhaug"
    assert got["Many of us now drive two hours round the fjord to reach the hospital"] == "Ingrid Solhaug"
    assert got["the timetable is final"] == "council"
    assert got['the new timetable would "save the island"'] == "harbour master"


def test_the_signature_states_nothing_and_the_editors_note_is_the_publishers() -> None:
    got = _claims(LETTER, "Fjord Courier")
    assert not [t for t in got if t.startswith(("Skarvholm", "Ingrid", "Editor"))]
    assert got["the morning crossing will return in May"] != "Ingrid Solhaug"


def test_a_letter_without_a_salutation_marked_by_its_headline() -> None:
    got = _claims(UNSALUTED, "Brennmoor Post")
    assert got["Our children do their homework there because half of us have no internet at home"] == "Tobias Lindqvist"


def test_a_news_story_ending_on_a_name_is_no_letter() -> None:
    found = blocks(NEWS)
    assert read_letter(NEWS, found, lexicon(), "Ferry cancellations double on the Skarvholm route").writer_of == {}
    assert "Ingrid Solhaug" not in _claims(NEWS, "Fjord Courier").values()


# signed in an office after a dash: the office is the writer's role; 'Sir,' opens it
OFFICE = """Letters: The weir at Holmbridge must stay

Sir,

The proposal to remove the weir at Holmbridge would drain the millpond that our members have fished for a century.

The river trust says removal will help salmon. We have seen no study that shows it.

\u2014 Harriet Oakes, chair of the Holmbridge Angling Club
"""


def test_a_letter_signed_in_an_office_gives_its_writer_that_role_and_a_place_none() -> None:
    cs = extract_claimset(OFFICE, slug="l", use_model=False, outlet="Dale Echo")
    speakers = {s["id"]: s for s in cs["speakers"]}
    writer = {c["text"]: speakers[c["speaker"]] for c in cs["claims"]}["We have seen no study that shows it"]
    assert (writer["name"], writer["role"], writer["anonymous"]) == ("Harriet Oakes", "chair of the Holmbridge Angling Club", False)
    cs = extract_claimset(LETTER, slug="l", use_model=False, outlet="Fjord Courier")
    assert {s["role"] for s in cs["speakers"] if s["name"] == "Ingrid Solhaug"} == {None}
