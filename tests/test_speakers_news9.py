"""Speaker phrases of news prose the ninth held-out batch showed failing (issue 13), each on a short
text written for this test with invented names, places, bodies and outlets: a capitalised run of role
words before a name (a body's initials, modifiers, an occupation, a title whose portfolio is given
'with responsibility for'), an age in brackets after a name, an outlet whose name opens with a
weekday, an account's handle, and police forces and emergency services named by their own word."""

from __future__ import annotations

import pytest
from test_extract import attributed

from provenance.extract.dates import find_dates
from provenance.extract.document import extract_claimset
from provenance.extract.speakers import Registry, analyse, not_a_source


def _speaker(text: str, **meta) -> tuple:
    claim, = attributed(text, **meta)
    sp = claim["speaker_obj"] or {}
    return sp.get("name"), sp.get("anonymous")


@pytest.mark.parametrize("mention, name, role", [
    ("KWA Chief Engineer P Ramos", "P Ramos", "KWA Chief Engineer"),
    ("Chief Engineer Tomas Ekwall", "Tomas Ekwall", "Chief Engineer"),
    ("Deputy Chief Fire Officer Ana Lind", "Ana Lind", "Deputy Chief Fire Officer"),
    ("Principal Engineer R K Menon", "R K Menon", "Principal Engineer"),
    ("KWA Senior Engineer P Ramos", "P Ramos", "KWA Senior Engineer"),
    ("Engineer P Ramos", "P Ramos", "Engineer"),
    ("Detective Superintendent Maeve Lorcan", "Maeve Lorcan", "Detective Superintendent"),
    ("Deputy Director of Public Works Tomas Ekwall", "Tomas Ekwall", "Deputy Director of Public Works"),
    ("Minister of State with responsibility for Inland Waterways Orla Brennick", "Orla Brennick",
     "Minister of State with responsibility for Inland Waterways"),
    # a portfolio in lower case after the title's 'for'
    ("Minister of State with responsibility for heritage Orla Brennick", "Orla Brennick",
     "Minister of State with responsibility for heritage"),
    ("Minister for foreign affairs Ana Costa", "Ana Costa", "Minister for foreign affairs"),
    # a party's spokesperson 'on' a portfolio: the party is her affiliation
    ("Labour spokesperson on health Ana Costa", "Ana Costa", "spokesperson on health"),
])
def test_a_run_of_role_words_before_a_name_is_the_role(mention, name, role):
    sp = analyse(mention).speaker
    assert (sp.name, sp.role, sp.anonymous, sp.kind) == (name, role, False, "person")


@pytest.mark.parametrize("mention, name", [
    ("Mayor Tom Baker", "Tom Baker"),      # a surname that is an occupation stays the name's
    ("Chief Justice Ana Fisher", "Ana Fisher"),
])
def test_the_name_keeps_words_after_the_role(mention, name):
    assert analyse(mention).speaker.name == name


def test_a_title_in_lower_case_with_no_name_stays_an_unnamed_person():
    sp = analyse("Minister for the environment").speaker
    assert sp.anonymous and sp.head == "minister"


def test_a_title_with_responsibility_for_a_portfolio_in_a_sentence():
    text = "Minister of State with responsibility for Inland Waterways Orla Brennick said the locks would reopen."
    assert _speaker(text) == ("Orla Brennick", False)


@pytest.mark.parametrize("text, name", [
    ("Local baker Tomas Lorcan (58) told the Kelby Ledger he had seen smoke from the mill.", "Tomas Lorcan"),
    ("Tomas Lorcan (34), a nurse, said the ward had been full since Monday.", "Tomas Lorcan"),
    # an outlet whose name opens with a weekday is the one told, no date
    ("Local baker Tomas Lorcan told the Sunday Ledger he had seen smoke from the mill.", "Tomas Lorcan"),
])
def test_an_age_in_brackets_and_the_outlet_told_leave_the_name(text, name):
    assert _speaker(text, outlet="Sunday Ledger") == (name, False)


@pytest.mark.parametrize("text", [
    "Ana Lindqvist, 81, of Kelby, Ont., said she found the fee on her statement last year.",
    "Ana Lindqvist, 81, of Kelby, N.S., said she found the fee on her statement last year.",
])
def test_a_province_after_the_town_is_no_speaker(text):
    assert _speaker(text) == ("Ana Lindqvist", False)


def test_a_weekday_after_the_and_before_a_capital_opens_a_name_not_a_date():
    assert find_dates("He told the Sunday Ledger it was over.") == []
    assert len(find_dates("He said on Sunday it was over.")) == 1
    assert len(find_dates("On the Sunday before the vote it was over.")) == 1


@pytest.mark.parametrize("mention, name, role", [
    ("X user @KelbyFloods", "@KelbyFloods", "X user"),
    ("@KelbyFloods", "@KelbyFloods", None),
])
def test_an_accounts_handle_names_who_posted(mention, name, role):
    sp = analyse(mention).speaker
    assert (sp.name, sp.role, sp.anonymous) == (name, role, False)


def test_a_handle_in_a_sentence_is_the_speaker():
    assert _speaker("X user @KelbyFloods said the footbridge had collapsed.") == ("@KelbyFloods", False)


@pytest.mark.parametrize("text, name", [
    ("Gardaí said the road to Kelby would stay closed overnight.", "Gardaí"),
    ("The road to Kelby would stay closed overnight, gardaí said.", "gardaí"),
    ("Two men were arrested on Friday, carabinieri said, and a third was questioned.", "carabinieri"),
    ("The RCMP said the highway would reopen at noon.", "RCMP"),
    ("Police Scotland said the highway would reopen at noon.", "Police Scotland"),
])
def test_a_police_force_named_by_its_own_word_speaks_as_a_body(text, name):
    claim, = attributed(text)
    sp = claim["speaker_obj"]
    assert (sp["name"], sp["anonymous"], sp["kind"]) == (name, False, "institution")


def test_a_service_named_again_is_the_body_named_before():
    text = ("The Kelby Fire Service said 19 people were hurt. The fire service later said the blaze "
            "was out.")
    assert {c["speaker_obj"]["name"] for c in attributed(text)} == {"Kelby Fire Service"}


@pytest.mark.parametrize("text, name", [
    ("Two current employees, whom the Ledger is not naming, said senior managers decided to keep the fee.",
     "two current employees"),
    ("Ana Costa, whom the board hired in May, said the fee was legal.", "Ana Costa"),
])
def test_a_relative_clause_opened_by_whom_is_set_off_after_the_speaker(text, name):
    claim, = attributed(text)
    assert claim["speaker_obj"]["name"] == name and claim["text"].startswith(("senior managers", "the fee"))


def test_a_figures_comma_inside_a_relative_clause_opens_no_layer():
    claim, = attributed("Tomas Lorcan, who has 4,000 followers, said the footbridge had collapsed.")
    assert (claim["speaker_obj"]["name"], claim["text"]) == ("Tomas Lorcan", "the footbridge had collapsed")


@pytest.mark.parametrize("text, role", [
    ("Det. Insp. Tomas Lorcan said the footbridge had collapsed.", "Det. Insp."),
    ("The footbridge had collapsed, said Det. Supt. Ana Lindqvist.", "Det. Supt."),
    ("Cpl. Tomas Lorcan said the footbridge had collapsed.", "Cpl."),
])
def test_an_abbreviated_rank_ends_no_sentence_and_is_the_role(text, role):
    claim, = attributed(text)
    sp = claim["speaker_obj"]
    assert sp["role"] == role and sp["name"] in ("Tomas Lorcan", "Ana Lindqvist") and claim["text"].endswith("collapsed")


@pytest.mark.parametrize("text", [
    'A spokesperson for the ministry said the minister expects lenders "to treat customers fairly," and that the '
    'government plans to table a bill in the spring.',
    "A spokesperson for the ministry said the minister was angry, and that the board plans to meet on Monday.",
])
def test_a_plan_after_and_that_is_more_of_what_the_speaker_said(text):
    """The subject of a plan in the reported content ('the government plans to ...') is no source."""
    claim, = attributed(text)
    assert claim["speaker_obj"]["name"] == "spokesperson for the ministry"
    assert claim["text"].endswith(("in the spring", "on Monday"))


def test_the_reader_addressed_as_you_is_no_speaker():
    text = "That is where we leave our coverage of the flood. You can read our full report on the flood here."
    # (the model reads 'You can read' as an attribution; the rules read none)
    assert extract_claimset(text, slug="t")["speakers"] == []
    assert not_a_source(Registry().resolve("You"))


@pytest.mark.parametrize("mention, name, role", [
    ("Kelby man Tomas Lorcan", "Tomas Lorcan", "Kelby man"),
    ("Local woman Ana Lindqvist", "Ana Lindqvist", "Local woman"),
    ("Kelby man Tomas Lorcan (63)", "Tomas Lorcan", "Kelby man"),
])
def test_where_a_person_is_from_before_the_name_is_the_role(mention, name, role):
    sp = analyse(mention).speaker
    assert (sp.name, sp.role, sp.anonymous) == (name, role, False)


@pytest.mark.parametrize("mention", ["A local man", "The Kelby woman"])
def test_a_person_described_by_where_they_are_from_and_unnamed_stays_unnamed(mention):
    assert analyse(mention).speaker.anonymous
