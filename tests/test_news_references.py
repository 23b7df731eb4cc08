"""Who and through which outlet, in shapes of multi-outlet news copy (issues 12 and 13), on
sentences written for this test: names that keep their initials' full stops, coordinated
descriptions, relative clauses set between a subject and its cue, a surname after a full name
given without a title, 'the paper' after an agency was named, evidence with no issuer, and the
outlet a source spoke to in a clause set in."""

from __future__ import annotations

import pytest
from test_extract import attributed, claims_of


def _only(text: str, **meta) -> dict:
    claim, = attributed(text, **meta)
    return claim


@pytest.mark.parametrize("text, speaker", [
    # 'current and former' is one description: the name does not stop at 'and'
    ("The dam cracked in March, according to current and former city officials.",
     "current and former city officials"),
    ("The dam cracked in March, current and former U.K. officials said.", "current and former U.K. officials"),
])
def test_two_words_of_tenure_joined_by_and_describe_one_group(text, speaker):
    claim = _only(text)
    assert (claim["speaker_name"], claim["speaker_obj"]["anonymous"]) == (speaker, True)


@pytest.mark.parametrize("text, speaker, outlet", [
    # the full stops of initials are no end of the one cited
    ("The Harbour Gazette, citing a U.S. official, reported that the dam cracked.", "U.S. official",
     "Harbour Gazette"),
    ("The dam cracked in March, the Harbour Gazette reported, citing current and former U.K. officials.",
     "current and former U.K. officials", "Harbour Gazette"),
])
def test_the_one_an_outlet_cites_keeps_the_initials_of_the_name(text, speaker, outlet):
    claim = _only(text)
    assert (claim["speaker_name"], claim["outlet_name"]) == (speaker, outlet)


def test_a_one_word_answer_attributed_after_it_is_the_sources_statement():
    claims = claims_of("Can residents swim in the lake?\n\nNo, according to county biologist Tara Quill. "
                       "Quill told the Valley Herald that the algae had spread.")
    by_text = {c["text"]: c for c in claims}
    assert by_text["No"]["speaker_name"] == "Tara Quill" and by_text["No"]["cue"] == "according to"
    assert by_text["the algae had spread"]["speaker_name"] == "Tara Quill"


def test_a_surname_after_a_full_name_without_title_is_that_person():
    text = ("Outside the shelter, Petra Brandt waited with her son.\n\n"
            "\"Nobody has told us when we can go home,\" Brandt said.")
    claim = _only(text)
    assert (claim["speaker_name"], claim["mention"]) == ("Petra Brandt", "Brandt")


@pytest.mark.parametrize("text, speaker", [
    # a relative clause without commas between the subject and its cue
    ("Three nurses who worked on the night ward for a decade told the Valley Herald that the wards were full.",
     "three nurses"),
    ("Two pilots who flew over the site of the old mill said the fire had spread.", "two pilots"),
    # a second relative clause, set off by commas
    ("Two pilots who flew over the site, and who asked not to be named because they fly for the state, "
     "said the fire had spread.", "two pilots"),
])
def test_a_relative_clause_between_a_subject_and_its_cue_is_no_part_of_the_speaker(text, speaker):
    claim = _only(text)
    assert (claim["speaker_name"], claim["speaker_obj"]["anonymous"]) == (speaker, True)


def test_the_outlet_a_source_spoke_to_in_a_clause_set_in():
    claim = _only("A senior county official, who spoke to the Valley Herald on condition that she not be "
                  "named, said the bridge would stay closed.")
    assert (claim["speaker_obj"]["anonymous"], claim["outlet_name"]) == (True, "Valley Herald")


def test_the_paper_is_the_newspaper_named_last_not_the_agency_before_it():
    text = ("Agence France-Presse reported on Monday that the lake was closed. The county's own figures, "
            "given to the Toronto Star, show fewer cases, the paper reported.")
    by_text = {c["text"]: c for c in attributed(text, outlet="Valley Radio")}
    assert by_text["the lake was closed"]["outlet_name"] == "Agence France-Presse"
    claim = by_text["The county's own figures, given to the Toronto Star, show fewer cases"]
    assert (claim["speaker_name"], claim["outlet_name"]) == ("Toronto Star", "Toronto Star")


def test_a_report_in_the_newspaper_named_with_a_lower_case_the():
    claim = _only("The dam cracked in March, according to a report in the Harbour Gazette.")
    assert (claim["speaker_name"], claim["outlet_name"]) == ("Harbour Gazette", "Harbour Gazette")


@pytest.mark.parametrize("text, content", [
    ("The lake was closed after tests found algae in several coves.", "algae in several coves"),
    ("The algae had spread to nine coves, according to test results released on Monday.",
     "The algae had spread to nine coves"),
])
def test_evidence_with_no_issuer_named_is_the_publishers_report_never_a_speaker(text, content):
    by_text = {c["text"]: c for c in claims_of(text, outlet="Valley Radio")}
    assert by_text[content]["speaker_name"] == "Valley Radio"
    assert by_text[content]["speaker_obj"]["anonymous"] is False


@pytest.mark.parametrize("text, content, speaker", [
    # 'the company' after a body under a name of its own that spoke just before
    ("The bridge's owner, Corvane Holdings, said in a statement that it had closed the span. The company said "
     "its engineers were on site.", "its engineers were on site", "Corvane Holdings"),
    # 'the county' is the county named before, not a person whose title holds the word
    ("Brisco County Sheriff Tom Reyes said divers had found the car. The road will stay closed until Monday, "
     "the county said.", "The road will stay closed until Monday", "Brisco County"),
    # but never a person, nor a public body written after 'the'
    ("Mayor Ana Lind said the plant was safe. The company said it met every rule.", "it met every rule",
     "company"),
    ("The Coast Guard said the ship had sunk. The company said it met every rule.", "it met every rule",
     "company"),
])
def test_the_company_or_the_county_is_the_body_named_before(text, content, speaker):
    by_text = {c["text"]: c for c in attributed(text)}
    assert by_text[content]["speaker_name"] == speaker
    assert by_text[content]["speaker_obj"]["anonymous"] is False


@pytest.mark.parametrize("text, content, speaker", [
    ("The plant failed its inspection, the town's water utility said.", "The plant failed its inspection",
     "town's water utility"),
    ("The town said it would replace 4,200 lead lines.", "it would replace 4,200 lead lines", "town"),
])
def test_a_public_body_described_by_what_it_is_speaks_on_the_record(text, content, speaker):
    by_text = {c["text"]: c for c in attributed(text)}
    assert (by_text[content]["speaker_name"], by_text[content]["speaker_obj"]["anonymous"]) == (speaker, False)


def test_a_short_clause_before_its_attribution_is_a_statement():
    claims = attributed("The aide said the envoy asked for copies. Lind agreed, the aide said.")
    assert [(c["text"], c["speaker_name"]) for c in claims] == [
        ("the envoy asked for copies", "aide"), ("Lind agreed", "aide")]


@pytest.mark.parametrize("text, outlet", [
    ("Former diplomat Elena Ruiz said on CNN's State of the Union that the talks would fail.", "CNN"),
    ("Former diplomat Elena Ruiz said on CNN that the talks would fail.", "CNN"),
    ("Former diplomat Elena Ruiz said on Capitol Hill that the talks would fail.", None),
])
def test_the_medium_a_source_spoke_on(text, outlet):
    assert _only(text)["outlet_name"] == outlet


def test_a_named_body_speaks_for_its_own_document():
    claim = _only("The hearing took place on May 14, according to the Harbour Authority's public schedule.")
    assert (claim["speaker_name"], claim["speaker_obj"]["anonymous"]) == ("Harbour Authority", False)


def test_one_of_them_is_an_unnamed_member_of_a_group():
    claims = attributed("The Valley Herald cited three nurses, none of whom were named. One of them told the "
                        "paper that the wards were full.")
    claim = next(c for c in claims if c["text"] == "the wards were full")
    assert (claim["speaker_name"], claim["speaker_obj"]["anonymous"], claim["outlet_name"]) == (
        "one of them", True, "Valley Herald")


@pytest.mark.parametrize("text, speaker, anonymous", [
    # a source's figure carried by an outlet's report: the source speaks, through the outlet
    ("Brisco County officials put the toll at 14 on Friday, according to a report in the Harbour Gazette.",
     "Brisco County officials", True),
    ("Police put the number of marchers at 5,000, according to a report in the Harbour Gazette.", "Police", False),
    # any other content stays the report's
    ("The toll rose to 14 on Friday, according to a report in the Harbour Gazette.", "Harbour Gazette", False),
])
def test_a_figure_a_source_put_at_in_an_outlets_report(text, speaker, anonymous):
    claim = _only(text)
    assert (claim["speaker_name"], claim["speaker_obj"]["anonymous"], claim["outlet_name"]) == (
        speaker, anonymous, "Harbour Gazette")


@pytest.mark.parametrize("text, speaker", [
    # a description after the source, closed by a comma, is an appositive; one running to the end is the content
    ("According to the harbour authority, the envoy kept copies.", "harbour authority"),
    ("According to Ana Costa, the mayor, the envoy left.", "Ana Costa"),
])
def test_the_content_after_an_opening_according_to_is_no_appositive(text, speaker):
    claim = _only(text)
    assert (claim["speaker_name"], claim["text"]) == (speaker, text.split(", ")[-1].rstrip("."))


@pytest.mark.parametrize("text, speaker, outlet", [
    # 'the agency' after a news agency is that agency, not a new speaker called 'agency'
    ("The dam cracked, the Northland News Agency reported. The agency said repairs would take weeks.",
     "Northland News Agency", "Northland News Agency"),
    # but a public body called an agency named after it is what 'the agency' means
    ("Agence France-Presse reported that the Environmental Protection Agency had tested the water. The agency "
     "said repairs would take weeks.", "Environmental Protection Agency", None),
])
def test_the_agency_is_the_agency_named_last(text, speaker, outlet):
    by_text = {c["text"]: c for c in attributed(text)}
    assert (by_text["repairs would take weeks"]["speaker_name"], by_text["repairs would take weeks"]["outlet_name"]) \
        == (speaker, outlet)


def test_whom_an_outlet_cites_after_its_content():
    claim = _only("The Harbour Gazette reported the dam cracked, citing two engineers.")
    assert (claim["speaker_name"], claim["speaker_obj"]["anonymous"], claim["outlet_name"]) == (
        "two engineers", True, "Harbour Gazette")


def test_no_as_an_answer_ends_its_sentence():
    # 'No.' abbreviates 'number' only before a number
    claims = claims_of("Is the lake open?\n\nNo. County biologist Tara Quill said the algae had spread. The Ferry No. 3 "
                       "stayed in port.", outlet="Valley Radio")
    by_text = {c["text"]: c for c in claims}
    assert by_text["No"]["speaker_name"] == "Valley Radio"
    assert (by_text["the algae had spread"]["speaker_name"], by_text["the algae had spread"]["speaker_obj"]["role"]) \
        == ("Tara Quill", "County biologist")
    assert "The Ferry No. 3 stayed in port" in by_text
