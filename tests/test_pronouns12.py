"""Pronoun subjects that no speaker met so far resolves (issue 13 item 4), each on invented text: a
'she' after a person the text introduced by a one-word name and a description, a 'she' after a
person the text only described in a sentence with no cue ('Retired nurse Mira Tovey, 71, slept at
the hall'), the subject rather than the object of the sentence that names two people, a name inside
a quotation never taken, and an 'it' after a clause that names a body as its subject ('When the
Harbour Authority of Tarn closed the quay, it said C')."""

from __future__ import annotations

import pytest

from provenance.extract.document import extract_claimset


def _speakers(text: str) -> dict[str, str | None]:
    """Each claim's text -> the name of its speaker (None when it has none)."""
    cs = extract_claimset(text, slug="t", outlet="Tarn Courier")
    names = {s["id"]: s["name"] for s in cs["speakers"]}
    return {c["text"]: names.get(c["speaker"]) for c in cs["claims"]}


def test_a_pronoun_refers_to_a_one_word_name_met_as_a_speaker():
    """'Dalia, a nurse ..., told the Courier C. "D," she said': 'she' is Dalia, whom the text gave only
    a given name, already taken as a speaker (a single capitalised word is otherwise no name)."""
    got = _speakers('Dalia, a nurse from Tarn who asked that her surname not be used, told the Tarn Courier '
                    'that her ward had closed.\n\n"We were sent home without pay," she said.\n')
    assert got["her ward had closed"] == "Dalia"
    assert got["We were sent home without pay"] == "Dalia"


@pytest.mark.parametrize("introduced", [
    "Retired nurse Mira Tovey, 71, slept two nights at the town hall.",
    "Mira Tovey, 71, slept two nights at the town hall.",
    "Tarn resident Mira Tovey slept two nights at the town hall.",
])
def test_she_is_the_person_the_paragraph_described_without_a_cue(introduced):
    """A 'she' that no speaker met before can be is the person the text named before it, when a
    description or an age shows the name is a person's; a paragraph opening with a preposition
    ('In Tarn ...') names no one."""
    text = ("In Tarn the wait for power goes on. " + introduced +
            ' "I am not angry at the crews. I am angry at the company," she said.\n')
    got = _speakers(text)
    assert got["I am angry at the company"] == "Mira Tovey"
    assert got["I am not angry at the crews"] == "Mira Tovey"


def test_the_subject_of_the_sentence_naming_two_people_is_the_one_meant():
    """'Former Sen. Ana Lind backed Mayor Eva Holm ..., she said': the sentence's subject, Lind, not
    the nearer name."""
    got = _speakers("The vote was close. Former Sen. Ana Lind backed Mayor Eva Holm while the mayor was in office, "
                    "she said.\n")
    assert got["Former Sen. Ana Lind backed Mayor Eva Holm while the mayor was in office"] == "Ana Lind"


def test_a_name_inside_a_quotation_is_never_the_pronouns():
    """'"When Dr Eva Holm arrives ...," she said': Holm is named inside the quotation, not its speaker."""
    got = _speakers('The vote on the quay was close on Monday.\n\n'
                    '"When Dr Eva Holm arrives we will reopen the quay," she said.\n')
    assert got["When Dr Eva Holm arrives we will reopen the quay"] != "Eva Holm"


def test_a_speaker_met_before_stays_the_pronouns_after_another_name():
    """'Ana Lind said C. She met Dr Eva Holm. "D," she said': 'she' still refers to Lind; a name that
    opens no sentence of the pronoun's paragraph is never taken over the speaker met before."""
    got = _speakers("Ana Lind, the harbour master, said the quay was closed.\n\n"
                    'She met Dr Eva Holm on Monday. "The survey is done," she said.\n')
    assert got["The survey is done"] == "Ana Lind"


@pytest.mark.parametrize("clause, body", [
    ("When the Harbour Authority of Tarn closed the quay on Monday", "Harbour Authority of Tarn"),
    ("The Marine Board spoke first. When the Harbour Authority of Tarn closed the quay", "Harbour Authority of Tarn"),
    ("After Tesselmar Shipping cut its routes", "Tesselmar Shipping"),
])
def test_it_after_a_clause_is_the_body_that_clause_names(clause, body):
    """'When the Harbour Authority of Tarn closed the quay, it said C': 'it' is the clause's subject."""
    got = _speakers(f"{clause}, it said the channel was unsafe.\n")
    assert got["the channel was unsafe"] == body


def test_it_after_a_clause_naming_a_person_is_no_one():
    """'When Ana Lind left, it was raining': no cue, and a person is never 'it'."""
    got = _speakers("The quay was closed. When Ana Lind left the office, it said nothing of the ferry.\n")
    assert "Ana Lind" not in got.values()


def test_a_surname_the_text_gives_in_full_elsewhere_opens_a_sentence_of_the_pronouns_paragraph():
    """'Minister Tom Reyes said C. ... Lind spent May in Geneva. "D," he said': 'he' is Lind, the
    subject of a sentence of the pronoun's paragraph (his full name given elsewhere), not the speaker
    met before."""
    got = _speakers("Governor Ivo Lind of the central bank will testify on Friday.\n\n"
                    "Finance Minister Tom Reyes said the deficit was under control.\n\n"
                    'The bank sees it otherwise. Lind spent May at the bank in Geneva. "We are not out of the woods," '
                    "he said.\n")
    assert got["the deficit was under control"] == "Tom Reyes"
    assert got["We are not out of the woods"] == "Ivo Lind"


def test_they_is_the_unnamed_person_who_spoke_last_when_no_group_can_be_meant():
    """'A council officer, who asked not to be named, told the Courier C. "D," they said': the
    officer, whose gender the text keeps back; 'they' after residents no one quoted is no one met."""
    got = _speakers("A council officer, who asked not to be named because they may not speak to the press, told "
                    'the Tarn Courier the report was shelved in May.\n\n"Everyone knew the doors were unsafe," they said.\n')
    assert got["Everyone knew the doors were unsafe"] == "council officer"  # (the whole description, since names47)
    got = _speakers('Residents of the estate met on Monday.\n\n"Everyone knew the doors were unsafe," they said.\n')
    assert got["Everyone knew the doors were unsafe"] != "officer"


@pytest.mark.parametrize("surname", ["Holm", "McDonald", "O'Brien", "Müller"])
def test_a_speaker_met_before_and_named_again_keeps_the_pronoun_whatever_the_surname_case(surname):
    """A 'she' whose paragraph names the speaker met before as well as a new person opening it stays
    the speaker met before, however the surname is written: a capital inside it ('McDonald',
    "O'Brien") or an accent ('Müller') is the same surname as a plain one ('Holm')."""
    got = _speakers(f"Ana {surname}, the harbour master of Tarn, said the quay would close on Friday.\n\n"
                    f"Retired nurse Mira Tovey, 71, spent the morning with Ms {surname} at the quay. "
                    "\"We were never told,\" she said.\n")
    assert got["We were never told"] == f"Ana {surname}"
