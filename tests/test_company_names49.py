"""A company's legal form is part of its name, the name without it an alias of the same company (issue 13): 'Tarvik
plc said C ... Tarvik said D' is one company, 'Hafgola ehf.' speaks though its form is written in lower case, and
'the company', 'the firm', 'the supplier' after it is that company, a body spoken of in between or not. One word
before a form that is also a person's post-nominal ('AG', an attorney general) is a company's name unless the
text names a person so. Every name and sentence is invented for this test."""

from __future__ import annotations

import pytest

from provenance.extract import extract_claimset
from provenance.extract.lexicon import lexicon
from provenance.extract.speakers import analyse, without_legal_form

from conftest import cued_speakers


@pytest.mark.parametrize("text, name", [
    ("Tarvik plc said profits fell by a third in the year to March.", "Tarvik plc"),
    ("Tarvik Timber plc said profits fell by a third in the year to March.", "Tarvik Timber plc"),
    ('"The boats are ready for the whale season," Hafgola ehf. said.', "Hafgola ehf."),
    ('"The boats are ready for the whale season," Hafgola Tours ehf said.', "Hafgola Tours ehf"),
])
def test_a_company_with_a_lower_case_legal_form_speaks(text, name):
    assert cued_speakers(text) == [(name, False)]


@pytest.mark.parametrize("text", [
    "Shanxi Longtai Co., Ltd. said the paper mill would reopen in May.",
    "The paper mill would reopen in May, Shanxi Longtai Co., Ltd. said in a filing.",
])
def test_two_legal_forms_set_apart_by_a_comma_are_one_name(text):
    assert cued_speakers(text) == [("Shanxi Longtai Co., Ltd.", False)]


@pytest.mark.parametrize("name, bare", [
    ("NorthSea Ferries Ltd", "NorthSea Ferries"),
    ("Hafgola ehf.", "Hafgola"),
    ("Lembah Sawit Sdn Bhd", "Lembah Sawit"),
    ("Koala Pumps Pty Ltd", "Koala Pumps"),
    ("Kelby Ports Pte Ltd", "Kelby Ports"),
    ("Ana Costa", None),
])
def test_the_name_without_its_legal_form(name, bare):
    assert without_legal_form(name, lexicon()) == bare


@pytest.mark.parametrize("text, name", [
    ("NorthSea Ferries Ltd said the night crossing would resume on Monday. NorthSea Ferries said the crews had been "
     "paid in full.", "NorthSea Ferries Ltd"),
    ("Tarvik plc said profits fell by a third in the year. Tarvik said the dividend would be cut in half.",
     "Tarvik plc"),
    ("Dornfeld GmbH said the rolling line was idle for a week. Dornfeld said the parts had arrived late from Gdansk.",
     "Dornfeld GmbH"),
    ("Marlow AG confirmed the pulp mill would close in the spring. Marlow said the jobs would go by the end of the "
     "year.", "Marlow AG"),
])
def test_the_name_without_its_form_is_the_same_company(text, name):
    assert cued_speakers(text) == [(name, False), (name, False)]


def test_the_bare_name_is_an_alias():
    cs = extract_claimset("NorthSea Ferries Ltd said the night crossing would resume on Monday. NorthSea Ferries "
                          "said the crews had been paid in full.", slug="t", use_model=False)
    assert [(s["name"], s["aliases"]) for s in cs["speakers"]] == [("NorthSea Ferries Ltd", ["NorthSea Ferries"])]


@pytest.mark.parametrize("text, name", [
    ("Hafgola ehf. said the boats were ready for the season. A guide in Husavik said the whales came late this year. "
     "The company added that the crews were paid.", "Hafgola ehf."),
    ("Koala Pumps Pty Ltd said the pumps were shipped in March. Farmers in the valley said they had waited since May. "
     "The supplier said the strike at the port was to blame.", "Koala Pumps Pty Ltd"),
    ("Marlow AG confirmed the pulp mill would close in the spring. The company said the jobs would go by the end of "
     "the year.", "Marlow AG"),
    ("Gravel Ridge LLC said the quarry was safe. Inspectors said the face was sound. The firm said it would reopen "
     "the quarry on Monday.", "Gravel Ridge LLC"),
    # a company named without a company's word or form, others heard since
    ("Sorvik Parts said the brake deliveries were late. A mechanic in Umea said the brakes had not come. The "
     "supplier said the strike at the port was to blame.", "Sorvik Parts"),
    ("Gravel Ridge Power said the grid was stable all week. Residents said the lights went out twice. The operator "
     "said no outages were expected.", "Gravel Ridge Power"),
])
def test_the_company_after_a_company_named_with_its_form(text, name):
    found = cued_speakers(text)
    assert (found[0], found[-1]) == ((name, False), (name, False))


@pytest.mark.parametrize("mention, kind", [
    # a company's description or an article before one word and 'AG' makes it the company's
    ("German engineering firm Marlow AG", "institution"),
    ("the Marlow AG", "institution"),
    ("chief executive Liisa Oy", "person"),
    ("the chief executive Liisa Oy", "person"),
])
def test_a_description_says_whose_name_it_is(mention, kind):
    assert analyse(mention).speaker.kind == kind


def test_a_person_of_that_surname_keeps_the_post_nominal_reading():
    text = "Ana Wang said the suit was filed on Monday. Wang AG said the case was strong."
    cs = extract_claimset(text, slug="t", use_model=False)
    assert [s["kind"] for s in cs["speakers"]] == ["person", "person"]
