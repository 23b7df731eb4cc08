"""A body's name is read whole through the words that join its parts, as names of institutions are written
in every country (issue 13: no speaker cut short): a particle ('the Nuno de Varga Laboratory'), a hyphened head
and its 'for' ('the Directorate-General for Inland Waters'), a list of whom it gathers before its head ('the
Tarnovia Nurses, Midwives and Porters Association'), an office's 'of' before its report ("the Auditor of State
Farms's report for ..."), a company's 'for' when a description refers to it ('the river company' and 'the
National Company for River Ports'). A person named after her post and its portfolio ('said the agency's director
of river safety, Tomas Varro') is that person, and a broadcaster's interview label ('[Interview] Professor NAME,
DEPARTMENT, UNIVERSITY') makes the quotation under it that person's. Every name, body and sentence is invented
for this test."""

from __future__ import annotations

import pytest

from provenance.extract import extract_claimset
from provenance.extract.speakers import analyse

from conftest import cued_speakers


@pytest.mark.parametrize("text, name", [
    # a particle between the capitalised words of a body's name is no description before a name
    ("The Nuno de Varga Laboratory said the samples were clean.", "Nuno de Varga Laboratory"),
    ("The eels are unsafe, according to an analysis by the Nuno de Varga Laboratory that the Courier has seen.",
     "Nuno de Varga Laboratory"),
    # a hyphened head opening with a body's head noun goes on through its 'for'
    ("The Directorate-General for Inland Waters said it had not been told of the sale.",
     "Directorate-General for Inland Waters"),
    # the plural names listed with commas and an 'and' before a body's head noun are its name's
    ("The Tarnovia Nurses, Midwives and Porters Association said in a statement that six wards had closed.",
     "Tarnovia Nurses, Midwives and Porters Association"),
    ("The Kelby Cooks, Bakers and Millers Union said flour prices had doubled.",
     "Kelby Cooks, Bakers and Millers Union"),
    # an office named with 'of' owns the report whose period follows it
    ("According to the Auditor of State Farms's report for the second half of the year, the farm spent only 4 per"
     " cent of its budget.", "Auditor of State Farms"),
    # the name after a post and its portfolio, set off by commas after the cue
    ('"No ferry will sail without a licence," said the agency\'s director of river safety, Tomas Varro.',
     "Tomas Varro"),
    ('"No ferry will sail without a licence," said the agency\'s director of river safety, Tomas Ekland Varro, at'
     ' a press conference.', "Tomas Ekland Varro"),
])
def test_a_bodys_or_a_persons_name_is_read_whole(text, name):
    assert cued_speakers(text) == [(name, False)]


def test_a_hyphened_body_is_the_one_its_head_noun_refers_back_to():
    text = ("The Directorate-General for Inland Waters fined the ferry company in May. The directorate said the"
            " ferry had no licence.")
    assert cued_speakers(text)[-1] == ("Directorate-General for Inland Waters", False)


def test_a_description_refers_to_the_company_named_with_for():
    text = ("The Tarn bridge was built with weak steel. The river company says an internal check is under way.\n\n"
            "The steel reached half the strength set in the design, according to the report, drawn up for the"
            " National Company for River Port Administration (NCRPA).\n")
    assert cued_speakers(text)[0] == ("National Company for River Port Administration", False)


@pytest.mark.parametrize("mention, name", [
    # two people or a person and a list stay apart; a list of bodies without a head noun is no one name
    ("Ana Costa, Ben Lind and Tom Reyes", "Ana Costa"),
    ("Tom Reyes, Teachers and Nurses Union", "Tom Reyes"),
    ("the Kelby Nurses, a union", "Kelby Nurses"),
    # a title with a hyphen is a title, a person's particle stays in her name
    ("Secretary-General Ana Costa", "Ana Costa"),
    ("Nuno de Varga", "Nuno de Varga"),
    ("Kelby man Tom Reyes", "Tom Reyes"),
])
def test_names_that_are_no_bodys_stay_as_they_were(mention, name):
    sp = analyse(mention).speaker
    assert sp is not None and sp.name == name


SCRIPT = """Cranes in Velmont port were not inspected, records show

[Anchor Lead]

Velmont News has obtained the port's inspection records. Tarik Osei reports.

[Pkg]

The port authority says the cranes were checked in May.

The port's management office said it had passed every complaint on to the crane company.

[Interview] Professor Lina Marsk, Department of Civil Engineering, Velmont University
"A steel cable does not wear out in a month. If it had been checked in May, the wear would have been visible."

Velmont News, Tarik Osei.
"""


def test_an_interview_labels_name_speaks_the_quotation_under_it():
    cs = extract_claimset(SCRIPT, slug="t", use_model=False, outlet="Velmont News")
    found = {sp["id"]: sp for sp in cs["speakers"]}
    quoted = [c for c in cs["claims"] if "steel cable" in c["text"]]
    assert quoted and all(found[c["speaker"]]["name"] == "Lina Marsk" for c in quoted)
    # (quoted by the article as its prose would quote her: said to no outlet it names)
    assert [c["outlet"] for c in quoted] == [None] * len(quoted)
    office = [c for c in cs["claims"] if "passed every complaint" in c["text"]]
    assert [found[c["speaker"]]["name"] for c in office] == ["port's management office"]


def test_an_interview_label_over_no_quotation_is_no_label():
    text = SCRIPT.replace('"A steel cable', "A steel cable").replace('visible."', "visible.")
    cs = extract_claimset(text, slug="t", use_model=False, outlet="Velmont News")
    found = {sp["id"]: sp for sp in cs["speakers"]}
    assert "Lina Marsk" not in {found[c["speaker"]]["name"] for c in cs["claims"] if c["speaker"]}


@pytest.mark.parametrize("text, name, anonymous", [
    # a person before the body she works in is who the relative clause describes, the body's 'of' inside its name
    ("An official of the PA's Bureau of River Ports who spoke on condition of anonymity said the port held only"
     " 400 boats.", "official of the PA's Bureau of River Ports", True),
    ("A spokesman for the Kelby Council who declined to be named said the ward was closed.",
     "spokesman for the Kelby Council", True),
    # (a person's name after the 'of' is still the antecedent, a place after 'at' still no speaker)
    ("A friend of Ana Costa who asked not to be named said the port held only 400 boats.",
     "Ana Costa", False),
    ("A nurse at the hospital who asked not to be named said the ward was closed.", "nurse at the hospital", True),
])
def test_who_after_a_body_named_with_of_is_the_person_before_it(text, name, anonymous):
    assert cued_speakers(text) == [(name, anonymous)]


def test_a_company_of_four_words_before_its_suffix_is_the_one_the_company_refers_to():
    text = ("Golden Reed Fish Trading Inc. reported revenue of 3.4 billion in 2025, the filing showed.\n\n"
            "In a disclosure on Wednesday, the company said it had \"complied with all rules\".\n")
    # (its legal form is part of its name since session 49, the name without it an alias)
    assert cued_speakers(text)[-1] == ("Golden Reed Fish Trading Inc.", False)
