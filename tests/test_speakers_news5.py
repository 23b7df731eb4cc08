"""Speakers and outlets in shapes of real news copy (issue 13): a role word or a party before a
name, a description set off before a name, a body speaking through its document, the publisher
naming itself, initials an outlet shares with a body the text names, and words that open no
speaker. Every sentence, name, body, place and paper here is invented (real outlets only where
their data is checked).

(For each shape the extractor once stored a junk speaker: 'Volunteer Marta Quill', 'Congress MLA
from Tarnbridge West Rohan Patil', "Tarnvale's owner", 'notice from Raj Bhavan', 'newspaper',
'Agence France-Presse' for the police, 'itself Blackwren', 'day Pelican Airlines', 'published in
June', 'Not everyone', 'two people with knowledge of the board'.)"""

from __future__ import annotations

import pytest
from test_extract import claims_of

from provenance.extract.document import extract_claimset
from provenance.extract.speakers import analyse, find_outlet


def _claim(text: str, content: str, **meta) -> dict:
    """The attributed claim holding content, as the whole extractor (rules and model) reads it."""
    cs = extract_claimset(text, slug="t", **meta)
    speakers = {s["id"]: s for s in cs["speakers"]}
    outlets = {o["id"]: o["name"] for o in cs["outlets"]}
    found = [c for c in cs["claims"] if content in c["text"] and c["form"] != "unattributed"]
    assert found, cs["claims"]
    sp = speakers.get(found[0]["speaker"])
    return {**found[0], "speaker_obj": sp, "speaker_name": sp["name"] if sp else None,
            "outlet_name": outlets.get(found[0]["outlet"])}


@pytest.mark.parametrize("text, content, name, role, affiliation", [
    ("Volunteer Marta Quill told us the hall had registered more than 900 people since Monday.",
     "the hall had registered", "Marta Quill", "Volunteer", None),
    ("Congress MLA from Tarnbridge West Rohan Patil said the party had acted faster than any other.",
     "the party had acted", "Rohan Patil", "MLA from Tarnbridge West", "Congress"),
    ("Labour MP for Hallam Vale Ana Costa said the bridge would close.", "the bridge would close",
     "Ana Costa", "MP for Hallam Vale", "Labour"),
])
def test_a_role_or_a_party_before_a_name_is_no_part_of_it(text, content, name, role, affiliation):
    sp = _claim(text, content)["speaker_obj"]
    assert (sp["name"], sp["role"], sp["affiliation"], sp["anonymous"]) == (name, role, affiliation, False)


def test_a_partys_member_unnamed_is_the_member_named_before():
    text = ("Congress MLA Rohan Patil said the party had acted quickly. The Congress MLA said the "
            "minister should have gone sooner.")
    claim = _claim(text, "the minister should have gone sooner")
    assert claim["speaker_name"] == "Rohan Patil"


def test_a_description_set_off_before_a_name_gives_the_name():
    text = ("Tarnvale's owner, the Ohio-based investor Brad Kellam, told reporters that he had seen "
            "nothing to worry him.")
    sp = _claim(text, "he had seen nothing")["speaker_obj"]
    assert (sp["name"], sp["anonymous"]) == ("Brad Kellam", False)


@pytest.mark.parametrize("mention, name", [
    ("a Raj Bhavan communique", "Raj Bhavan"),
    ("A statement from the Chief Minister's Office", "Chief Minister's Office"),
    ("a notice from the Harbour Board", "Harbour Board"),
    ("a survey of 1,200 supporters by the Tarnvale Supporters' Trust", "Tarnvale Supporters' Trust"),
    ("the Kelby Council report", "Kelby Council"),
])
def test_a_document_speaks_for_the_body_that_issued_it(mention, name):
    sp = analyse(mention).speaker
    assert sp is not None and (sp.name, sp.anonymous) == (name, False)


@pytest.mark.parametrize("mention", ["a report from the scene", "notice from Senate estimates"])
def test_a_document_with_no_named_issuer_is_read_as_before(mention):
    sp = analyse(mention).speaker
    assert sp is not None and sp.anonymous


def test_a_body_speaks_through_its_document_in_a_sentence():
    text = "The Governor accepted the resignation on Tuesday, according to a Raj Bhavan communique."
    claim = _claim(text, "The Governor accepted the resignation")
    assert (claim["speaker_name"], claim["speaker_obj"]["anonymous"]) == ("Raj Bhavan", False)


def test_a_participles_aside_after_a_survey_is_not_its_source():
    text = ("A poll of 1,200 supporters by the Tarnvale Supporters' Trust, published in June, found that "
            "61 percent did not trust the board.")
    cs = extract_claimset(text, slug="t")
    names = {s["id"]: s["name"] for s in cs["speakers"]}
    found = [names.get(c["speaker"]) for c in cs["claims"] if "61 percent" in c["text"] and c["speaker"]]
    assert found and set(found) == {"Tarnvale Supporters' Trust"}


@pytest.mark.parametrize("text, content", [
    ("Bank records seen by this newspaper show that the agent paid the sum in February.", "the agent paid"),
    ("Brixley Ledger Sport can reveal that two directors want him suspended.", "two directors want him suspended"),
    ("Mirror Sport can reveal that two directors want him suspended.", "two directors want him suspended"),
])
def test_the_publisher_naming_itself_is_the_publisher(text, content):
    # (the Daily Mirror, a real paper, by its listed alias 'The Mirror' and its sports desk)
    publisher = "Daily Mirror" if text.startswith("Mirror") else "The Brixley Ledger"
    claim = _claim(text, content, outlet=publisher)
    assert (claim["speaker_name"], claim["outlet_name"]) == (publisher, publisher)


def test_initials_of_a_body_the_text_names_are_not_the_news_agency():
    text = ("The Australian Federal Police said it was investigating the breach. The AFP declined to say "
            "whether anyone had been arrested.")
    claim = _claim(text, "anyone had been arrested", outlet="Kettleby Star")
    assert claim["speaker_name"] == "Australian Federal Police"
    assert claim["outlet_name"] != "Agence France-Presse"


def test_the_news_agency_by_its_initials_when_no_body_has_them():
    text = "The Kelby port will reopen on Monday, AFP reported."
    claim = _claim(text, "The Kelby port will reopen", outlet="Kettleby Star")
    assert claim["outlet_name"] == "Agence France-Presse"


def test_the_telegraph_is_not_expanded_to_another_papers_name():
    assert find_outlet("The Telegraph", fuzzy=False) is None
    assert find_outlet("The Daily Telegraph", fuzzy=False)["name"] == "The Daily Telegraph"
    text = "The league is investigating a payment to the manager's brother, the Telegraph reported."
    claim = _claim(text, "The league is investigating", outlet="Kettleby Star")
    assert (claim["speaker_name"], claim["outlet_name"]) == ("The Telegraph", "The Telegraph")


@pytest.mark.parametrize("text, content, name", [
    ("A group calling itself Blackwren claimed that it held two million records.", "it held two million records",
     "Blackwren"),
    ("The senator spoke in Perth on the day Pelican Airlines disclosed that hackers had taken the data.",
     "hackers had taken the data", "Pelican Airlines"),
    ("Two people with knowledge of the board's inquiry said the payment was under review.",
     "the payment was under review", "two people with knowledge of the board's inquiry"),
    ("Pelican Airlines' chief executive has insisted that no card details were exposed.",
     "no card details were exposed", "Pelican Airlines' chief executive"),
])
def test_words_around_a_source_are_no_part_of_it(text, content, name):
    assert _claim(text, content)["speaker_name"] == name


def test_not_everyone_is_no_speaker():
    text = "Not everyone agrees that the club can police itself."
    assert all(c["speaker_name"] != "Not everyone" for c in claims_of(text))
    assert analyse("Not everyone").speaker is not None
    from provenance.extract.speakers import not_a_source

    assert not_a_source(analyse("Not everyone").speaker)


@pytest.mark.parametrize("text, outlet", [
    ("Speaking to Valley Radio Tarnbridge on Tuesday morning, Ines Corrado said the levee had held.",
     "Valley Radio Tarnbridge"),
    ("Speaking to KQED on Monday, Ines Corrado said the levee had held.", "KQED"),
    ("Speaking to Valley Radio Tarnbridge, Ines Corrado said the levee had held.", "Valley Radio Tarnbridge"),
])
def test_speaking_to_an_outlet_names_it_when_a_time_follows(text, outlet):
    claim = _claim(text, "the levee had held", outlet="Kettleby Star")
    assert (claim["speaker_name"], claim["outlet_name"]) == ("Ines Corrado", outlet)


def test_speaking_to_reporters_names_no_outlet():
    claim = _claim("Speaking to reporters on Tuesday, Ines Corrado said the levee had held.", "the levee had held")
    assert (claim["speaker_name"], claim["outlet_name"]) == ("Ines Corrado", None)


@pytest.mark.parametrize("text, content, name", [
    ("Works Minister Ravi Desai resigned, days after a report of the Comptroller and Auditor General (CAG) found "
     "that the tender had been inflated.", "the tender had been inflated", "Comptroller and Auditor General"),
    ("The Kelby Audit Office (KAO) said the tender was inflated.", "the tender was inflated", "Kelby Audit Office"),
])
def test_a_body_the_text_gives_initials_is_on_the_record(text, content, name):
    sp = _claim(text, content, outlet="The Tarn Times")["speaker_obj"]
    assert (sp["name"], sp["kind"], sp["anonymous"]) == (name, "institution", False)


def test_a_report_under_initials_the_text_gives_a_body_is_the_bodys():
    doc = __import__("provenance.extract.document", fromlist=["_Document"])
    reading = doc._Document("The Kelby Audit Office (KAO) said the tender was inflated.", title=None,
                            outlet=None, published=None, use_model=False)
    assert reading._defined_initials("KAO") == "Kelby Audit Office"
    assert reading._defined_initials("AFP") is None


@pytest.mark.parametrize("text, content", [
    ("Pelican Airlines said on Tuesday that 400,000 customers were affected. The airline said no card details "
     "were taken.", "no card details were taken"),
    ("The airline said no card details were taken.", "no card details were taken"),
])
def test_the_company_that_speaks_is_on_the_record(text, content):
    sp = _claim(text, content)["speaker_obj"]
    assert (sp["kind"], sp["anonymous"]) == ("institution", False)
    assert sp["name"] in ("Pelican Airlines", "airline")


@pytest.mark.parametrize("text, content", [
    ("Dame Ana Costa, Labour MP for Kelby North and chair of the culture committee, said she would write to "
     "the league.", "she would write to the league"),
    ('"The league must act," Dame Ana Costa, Labour MP for Kelby North and chair of the culture committee, '
     "told the Ledger.", "The league must act"),
])
def test_a_long_title_set_off_after_a_name_leaves_the_name_the_speaker(text, content):
    claim = _claim(text, content, outlet="The Ledger")
    assert claim["speaker_name"] == "Ana Costa"
