"""The whole name, nothing but the name (issue 13: no junk speaker cut from a longer description or padded with
the words before a name): a kinship descriptor with its count before a name ('Mother of four NAME') is her role,
no name of its own; a company's legal form ('ehf.', 'S. A.', 'Oy', 'A/S') ends the company's name, which is a
body's, never a person's nor a description's head; and a description before a relative clause set off by commas
('A former Kelby Freight team leader, who asked not to be named, said') is read whole, not cut to its last noun.
Every name and sentence is invented for this test."""

from __future__ import annotations

import pytest

from provenance.datafiles import load_data
from provenance.extract.carried import legal_forms
from provenance.extract.speakers import analyse

from conftest import cued_speakers


@pytest.mark.parametrize("text, name", [
    ("Mother of four Lina Varo, 41, said she had paid twice for the permit.", "Lina Varo"),
    ("Father of two Tomas Berg said the school had been shut since May.", "Tomas Berg"),
    ("The school had been shut since May, grandmother of 12 Ines Kallo told the paper.", "Ines Kallo"),
    # the hyphened form was read so already
    ("Mum-of-three Ana Costa said the bus never came.", "Ana Costa"),
])
def test_a_kinship_descriptor_before_a_name_is_no_name(text, name):
    assert cued_speakers(text) == [(name, False)]


def test_the_kinship_descriptor_is_the_role():
    sp = analyse("Mother of four Lina Varo").speaker
    assert (sp.name, sp.role, sp.anonymous) == ("Lina Varo", "Mother of four", False)


@pytest.mark.parametrize("mention, name, role", [
    ("Frostvik ehf.", "Frostvik ehf.", None),
    ("Marlow Reciclaje Servicios Urbanos S. A.", "Marlow Reciclaje Servicios Urbanos S. A.", None),
    ("Kelby Treks Oy", "Kelby Treks Oy", None),
    ("Dravik A/S", "Dravik A/S", None),
    ("Vestra S.p.A.", "Vestra S.p.A.", None),
    ("tour operator Frostvik ehf.", "Frostvik ehf.", "tour operator"),
    ("the Kelby Treks AB", "Kelby Treks AB", None),
    ("Marlow Freight Ltd.", "Marlow Freight Ltd.", None),
])
def test_a_legal_form_ends_a_companys_name(mention, name, role):
    sp = analyse(mention).speaker
    assert (sp.name, sp.kind, sp.anonymous, sp.role) == (name, "institution", False, role)


@pytest.mark.parametrize("mention, name, kind", [
    # a name running on before the company's, or a person of the company, is read as before
    ("Ana Costa of Kelby Treks Ltd", "Ana Costa", "person"),
    ("Bank of Kelby Ltd", "Bank of Kelby Ltd", "institution"),
    ("Ana Costa", "Ana Costa", "person"),
])
def test_no_legal_form_no_company(mention, name, kind):
    sp = analyse(mention).speaker
    assert (sp.name, sp.kind) == (name, kind)


def test_a_company_with_its_legal_form_speaks():
    assert cued_speakers("Kelby Treks Oy said the tours were safe.") == [("Kelby Treks Oy", False)]


@pytest.mark.parametrize("text, name", [
    ("A former Kelby Freight team leader, who asked not to be named, said managers knew of the fees.",
     "former Kelby Freight team leader"),
    ("A registry officer in Port Kelby, who asked not to be named, said the office had no car.",
     "registry officer in Port Kelby"),
    ("Two dock workers, who asked not to be named, said the crane was idle.", "two dock workers"),
    # a name with its titles before the clause, and a nurse at a named hospital, are read as before
    ("A nurse at Marrow General Hospital, who asked not to be named, said the ward was full.",
     "nurse at Marrow General Hospital"),
    ("Local farmer Ana Costa, who owns the land, said the river was dry.", "Ana Costa"),
])
def test_a_description_before_a_relative_clause_is_read_whole(text, name):
    assert cued_speakers(text) == [(name, name[:1].islower())]


def test_a_person_described_by_a_records_word_is_no_record_cited():
    # 'the registry' after 'a registry officer': the body named before, not the officer (a person, no record)
    text = ("The Kelby Civil Registry said on Monday that no fees were charged. A registry officer in Port Kelby, who "
            "asked not to be named, said the office had no car. The registry said 5,000 people had registered since May.")
    assert cued_speakers(text) == [("Kelby Civil Registry", False), ("registry officer in Port Kelby", True),
                                   ("Kelby Civil Registry", False)]


@pytest.mark.parametrize("text, name", [
    ("Ana López García said the trucks were weighed. López García added that the contract would end.",
     "Ana López García"),
    ("Pieter van der Berg said the dyke held. Van der Berg added that the pumps ran.", "Pieter van der Berg"),
    ("Lina de la Cruz said the well was dry. De la Cruz added that the pumps ran.", "Lina de la Cruz"),
])
def test_a_surname_of_two_words_is_the_person_named_whole(text, name):
    assert cued_speakers(text) == [(name, False), (name, False)]


def test_a_namesake_of_one_surname_stays_another_person():
    text = "Maria Lind Berg said the well was dry. Tomas Berg said the pumps ran."
    assert cued_speakers(text) == [("Maria Lind Berg", False), ("Tomas Berg", False)]


def test_a_name_with_its_titles_before_a_relative_clause_stays_the_name():
    text = ("First came the Kelby Ledger's deputy editorial page editor Ana Costa, who, after a week of rows, said on "
            "the radio that the plan was dead.")
    assert cued_speakers(text) == [("Ana Costa", False)]


@pytest.mark.parametrize("mention", [
    # a person whose short surname or post-nominal is written as a legal form is no company
    "Anna Oy", "Jonas AS", "Tom AB", "Peter SA", "Wang AG", "chief executive Liisa Oy", "Professor Lena Berg AB",
    "Ana Costa AS", "Sir John Major KG", "Lord Coe KG",
])
def test_a_person_named_with_a_legal_forms_letters_is_no_company(mention):
    assert analyse(mention).speaker.kind == "person"


@pytest.mark.parametrize("mention", ["Kelby a.d.", "Marlow Freight d.d.", "Kelby Treks SE", "Marlow Freight plc"])
def test_every_legal_form_ends_a_companys_name(mention):
    # the legal forms are one list: those a carried release names its issuer with end a company's name anywhere
    sp = analyse(mention).speaker
    assert (sp.name, sp.kind) == (mention, "institution")


def test_the_legal_forms_are_one_list():
    titles, carried = load_data("titles.json")["company_suffixes"], load_data("outlets.json")["carried_release"]
    assert not set(titles) & set(carried["legal_forms"])
    assert legal_forms(frozenset(titles)) == set(titles) | set(carried["legal_forms"])


def test_a_kinship_descriptor_written_in_a_description_stays_as_written():
    sp = analyse("father of two Tom Vane's lawyer").speaker
    assert "father-of-two" not in " ".join([sp.name, *sp.aliases, sp.role or ""])


def test_a_compound_surname_two_people_share_is_neither():
    # siblings share a compound surname: the bare surname tells neither apart, so it is not given to the latest
    text = ("Ana López García said the trucks were weighed. Pedro López García said the scales were new. "
            "López García added that the contract would end.")
    assert [name for name, _ in cued_speakers(text)][:2] == ["Ana López García", "Pedro López García"]
    assert cued_speakers(text)[2][0] != "Pedro López García"
