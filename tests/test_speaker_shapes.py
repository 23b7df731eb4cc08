"""Shapes of news prose that decide who speaks (issue 13), on sentences written for this test: a
quotation's attribution after a question or an exclamation, pronouns and descriptions that refer
back to the right earlier entity."""

from __future__ import annotations

import pytest
from test_extract import attributed, claims_of
from test_speaker_sources import junk


@pytest.mark.parametrize("text, speaker, mention", [
    # the attribution after a quotation that ends with '?' or '!' belongs to the whole quotation
    ("Marco Lind rejected that idea.\n\n“We cannot trust the council with this budget. We know it cannot "
     "be trusted. Are you saying the vote should wait another year?” Lind said.", "Marco Lind", "Lind"),
    ("Ana Costa spoke after him.\n\n\"It will never pass! Not this year!\" Costa replied on Monday.",
     "Ana Costa", "Costa"),
    ("Dana Birch chaired the hearing.\n\n“Who pays for the bridge?” Council member Tom Reyes asked the panel.",
     "Tom Reyes", "Council member Tom Reyes"),
])
def test_a_quotation_ending_in_a_question_keeps_the_attribution_after_it(text, speaker, mention):
    claims = attributed(text)
    assert claims and all((c["speaker_name"], c["mention"]) == (speaker, mention) for c in claims)
    assert not any(c["text"].endswith((" said", " asked the panel", " replied on Monday")) for c in claims)


def test_a_question_in_quotation_marks_before_a_new_sentence_still_ends_it():
    claims = attributed("She asked “why not?” The council said the plan would fail.")
    assert {c["text"]: c["speaker_name"] for c in claims}["the plan would fail"] == "council"


@pytest.mark.parametrize("text, speaker, mention, cue", [
    # a verb that needs a quotation ('mused', 'quipped', 'asked') still puts its speaker after a quotation
    ("“Imagine the two of them on the same stage,” mused radio co-host Tom Reyes.", "Tom Reyes",
     "radio co-host Tom Reyes", "mused"),
    ("“Who will pay for it?” asked Ana Costa, the mayor.", "Ana Costa", "Ana Costa, the mayor", "asked"),
    ("“Not again,” sighed Tom Reyes.", "Tom Reyes", "Tom Reyes", "sighed"),
])
def test_a_speaker_after_the_cue_that_follows_a_quotation(text, speaker, mention, cue):
    claim, = attributed("Brad Lind spoke first.\n\n" + text)
    assert (claim["speaker_name"], claim["mention"], claim["cue"]) == (speaker, mention, cue)


@pytest.mark.parametrize("lead", [
    "Sam Ortiz, the party's spokesman, said in a statement.",
    "Sam Ortiz said in a statement on Friday.",
    "Sam Ortiz told reporters.",
])
def test_a_sentence_that_only_says_who_spoke_announces_the_quotation_after_it(lead):
    text = ("During the debate, both candidates said the error was no big deal.\n\n"
            + lead + " “There are no paper ballots to recount. The count was final.”")
    claims = attributed(text)
    quoted = [c for c in claims if c["form"] == "direct"]
    assert [c["text"] for c in quoted] == ["There are no paper ballots to recount", "The count was final"]
    assert {c["speaker_name"] for c in quoted} == {"Sam Ortiz"}
    assert not any(lead.rstrip(".") in c["text"] for c in claims_of(text))


def test_a_sentence_that_only_says_who_spoke_stays_the_publishers_without_a_quotation():
    claims = claims_of("Ana Costa responded on Monday. The council met again on Tuesday.")
    assert [(c["form"], c["text"]) for c in claims] == [("unattributed", "Ana Costa responded on Monday"),
                                                        ("unattributed", "The council met again on Tuesday")]


def test_an_announced_quotation_with_its_own_attribution_is_its_speakers():
    claims = attributed("Ana Costa responded on Monday.\n\n“We will appeal,” Tom Reyes said. “Nobody loses a job.”")
    assert [(c["text"], c["speaker_name"]) for c in claims] == [("We will appeal", "Tom Reyes"),
                                                                ("Nobody loses a job", "Tom Reyes")]


@pytest.mark.parametrize("text, mention", [
    # a document 'reads' what it says; a person who 'read' something aloud is not quoted by it
    ("The Kilmorey council sent a letter to the mayor.\n\n“The delay is an insult to every family,” it read.", "it"),
    ("“The delay is an insult to every family,” the letter reads.", "the letter"),
    ("“The delay is an insult to every family,” read the statement, which the council issued on Monday.",
     "the statement"),
    ("The statement reads: “The delay is an insult to every family.”", "The statement"),
])
def test_what_a_document_reads_is_its_claim(text, mention):
    claim = next(c for c in claims_of(text) if c["text"] == "The delay is an insult to every family")
    assert (claim["form"], claim["mention"]) == ("direct", mention)


def test_a_person_reading_aloud_is_no_cue():
    claims = claims_of("“The delay is an insult to every family,” Tom Reyes read.")
    assert all(c["cue"] != "read" for c in claims)


@pytest.mark.parametrize("text, name, mention", [
    # an age set off by commas, alone or before a description
    ("Dana Birch, 21, a junior at Hartwell University, said the fees were too high.", "Dana Birch",
     "Dana Birch, 21, a junior at Hartwell University"),
    ("Dana Birch, 21, said the fees were too high.", "Dana Birch", "Dana Birch, 21"),
    ("“I kind of panicked,” Tom Reyes, 33, said of the letter.", "Tom Reyes", "Tom Reyes, 33"),
    # a description opened by a possessive
    ("The firm hired a new auditor. Tom Reyes, its chief executive, said the books were clean.", "Tom Reyes",
     "Tom Reyes, its chief executive"),
    ("Ana Costa, her lawyer, and two aides met the board. Marta Lind, their spokeswoman, said the talks went well.",
     "Marta Lind", "Marta Lind, their spokeswoman"),
])
def test_an_age_or_a_possessive_description_between_name_and_cue(text, name, mention):
    claim = attributed(text)[-1]
    assert (claim["speaker_name"], claim["mention"]) == (name, mention)


def test_a_pronoun_refers_to_a_person_not_to_another_noun_met_as_a_speaker():
    """'he' skips a description headed by no word for a person ('a wide array of artists', 'a
    response') back to the person named before it."""
    text = ("Tom Reyes chairs the Kilmorey arts council.\n\n"
            "A wide array of artists wrote songs about the mayor, the council noted.\n\n"
            "“Nobody writes songs about the budget,” he said.")
    claim = attributed(text)[-1]
    assert (claim["mention"], claim["speaker_name"]) == ("he", "Tom Reyes")


def test_a_person_called_she_is_not_the_next_he():
    text = ("“We agreed on nothing,” Okafor said.\n\n“It was a long day,” Lind said.\n\n"
            "“Too long,” she added.\n\n“I will not go back,” he said.")
    by_text = {c["text"]: c for c in attributed(text)}
    assert by_text["Too long"]["speaker_name"] == "Lind"
    assert by_text["I will not go back"]["speaker_name"] == "Okafor"


@pytest.mark.parametrize("text, name", [
    # where an outlet or a person is based is no part of the name
    ("The Shanghai-based Hurun Report said the number of billionaires had doubled.", "Hurun Report"),
    ("Lisbon-based analyst Tom Reyes said the plan would fail.", "Tom Reyes"),
])
def test_where_a_source_is_based_is_no_part_of_its_name(text, name):
    claim, = attributed(text)
    assert claim["speaker_name"] == name
    assert junk(claim["speaker_name"], claim["speaker_obj"]["anonymous"], claim["speaker_obj"]["kind"], text) is None


def test_a_woman_described_is_the_she_who_speaks_next():
    text = ("The mayor spoke first.\n\nA woman in the crowd said the plan would ruin the market.\n\n"
            "“Shame on all of you,” she said.")
    claim = attributed(text)[-1]
    assert (claim["mention"], claim["speaker_name"]) == ("she", "woman in the crowd")


@pytest.mark.parametrize("text, speaker, mention", [
    # 'the county', 'the province', 'the utility' refer back to the body named with that word
    ("Fenwick County said the bridge was unsafe. Judge Mae Colvin ordered it shut. "
     "The crossing will stay shut until Friday, the county said.", "Fenwick County", "the county"),
    ("Marlow Province said the road was open. Its premier, Ana Lind, agreed. The province said snow was coming.",
     "Marlow Province", "The province"),
    ("The Halden Bay Utility said the water was safe. Its manager, Tom Reyes, said tests were done. "
     "The utility said new tests would follow.", "Halden Bay Utility", "The utility"),
    # a person whose role holds the word is not the body ('County coordinator Ana Lind' is no county)
    ("County coordinator Ana Lind said divers were at work. The crossing will stay shut, the county said.",
     "county", "the county"),
])
def test_a_body_named_earlier_speaks_as_the_county_or_the_utility(text, speaker, mention):
    last = attributed(text)[-1]
    assert (last["speaker_name"], last["mention"]) == (speaker, mention)


@pytest.mark.parametrize("text, content, mention", [
    # a participle cue after a verb and its object: the verb's subject speaks
    ("In Ohio, the Harlow Fund, a group financed by donors, is running a TV spot attacking Tom Reyes for "
     "raising taxes.", "Tom Reyes for raising taxes", "the Harlow Fund, a group financed by donors"),
    ("The Harlow Party has rolled out a campaign dubbing its rivals as \"Lindites.\"", "its rivals as \"Lindites",
     "The Harlow Party"),
    ("The ad then cuts to footage of Reyes saying, \"We will win.\"", "We will win", "The ad"),
    # a subject that opens with a lower-case word is still the subject
    ("Fired staffers at the mill saying they were owed wages marched on Monday.", None, "Fired staffers at the mill"),
])
def test_a_participle_after_a_verb_and_its_object_is_the_verbs_subjects(text, content, mention):
    claims = attributed(text)
    assert claims and claims[0]["mention"] == mention
    assert content is None or claims[0]["text"] == content


def test_a_paragraph_without_quotation_marks_after_a_lead_in_colon_is_the_speakers():
    """'The governor added:' closing a paragraph, then a paragraph quoted as a block (its marks lost
    with the page's layout): every sentence of it is the governor's, a 'she' inside it no speaker."""
    text = ("Governor Tom Reyes spoke on the radio on Tuesday.\n\nThe governor added:\n\nIt is typical of the "
            "council. She knows nothing, but the talk never stops.\n\nThe vote is on Friday.")
    assert [(c["text"], c["speaker_name"], c["mention"]) for c in attributed(text)] == [
        ("It is typical of the council", "Tom Reyes", "The governor"),
        ("She knows nothing, but the talk never stops", "Tom Reyes", "The governor")]


def test_a_list_after_a_colon_with_no_speaker_stays_the_publishers():
    text = "The mayor said on Monday that the bridge was safe.\n\nThe changes include:\n\nA new toll. A new lane."
    assert [c["text"] for c in attributed(text)] == ["the bridge was safe"]


@pytest.mark.parametrize("text, name, role, affiliation", [
    # a party or a seat goes to the affiliation, the title to the role, never into the name
    ("Jane Roe (SPD) said the budget would fail.", "Jane Roe", None, "SPD"),
    ("Progressive Conservative MLA Jane Roe said the budget would fail.", "Jane Roe", "MLA", "Progressive Conservative"),
    ("MLA Jane Roe (Northfield East) said the budget would fail.", "Jane Roe", "MLA", "Northfield East"),
    ("Sen. Ora Vance, D-Ore., said the budget would fail.", "Ora Vance", "Sen.", "D-Ore."),
    # a description before a company is its role ('German carmaker Acme')
    ("German carmaker Tollvik said the plant in Brenna would close.", "Tollvik", "German carmaker", "Germany"),
    # an adverb before the description set off after a name keeps it a role
    ("Tom Reyes, then a senator, said the bridge would reopen.", "Tom Reyes", "then a senator", None),
    ("Tom Reyes, now a lobbyist, said the bridge would reopen.", "Tom Reyes", "now a lobbyist", None),
])
def test_party_seat_and_title_are_no_part_of_the_name(text, name, role, affiliation):
    claim, = attributed(text)
    sp = claim["speaker_obj"]
    assert (sp["name"], sp.get("role"), sp.get("affiliation"), sp["anonymous"]) == (name, role, affiliation, False)


def test_a_spokeswoman_for_a_named_official_is_the_officials_unnamed_spokeswoman():
    claim, = attributed("A spokeswoman for Gov. Jane Roe said the budget would fail.")
    sp = claim["speaker_obj"]
    assert (sp["name"], sp["anonymous"], sp.get("role"), sp.get("affiliation")) == (
        "spokeswoman for Gov. Jane Roe", True, "spokeswoman", "Jane Roe")
    assert claim["mention"] == "A spokeswoman for Gov. Jane Roe"


@pytest.mark.parametrize("subject, name", [
    ("A nurse", "nurse"),
    # the relative clause belongs to the whole description, not to the place after 'at'
    ("A registered nurse at Marrow General Hospital", "registered nurse at Marrow General Hospital"),
])
def test_an_anonymity_request_naming_the_outlet_is_no_cue_and_gives_the_outlet(subject, name):
    claim, = attributed(subject + ", who asked Channel 9 not to use her name because she feared losing her job, "
                        "said the ward in Marrow Point was short of beds.")
    assert (claim["text"], claim["speaker_name"], claim["speaker_obj"]["anonymous"], claim["outlet_name"]) == (
        "the ward in Marrow Point was short of beds", name, True, "Channel 9")


@pytest.mark.parametrize("text, name", [
    # a roundup of sources: the headline, a spaced dash, the source, a colon and its quotation
    ("Turnout fell again in the north - Harlow Research: “Fewer than half of voters went to the polls.”",
     "Harlow Research"),
    ("Turnout rose in the south -More from Tom Reyes: “Data from our panel confirm the trend.”", "Tom Reyes"),
])
def test_the_source_between_a_dash_and_a_colon_speaks_the_quotation(text, name):
    claim, = attributed(text)
    assert (claim["speaker_name"], claim["mention"], claim["form"]) == (name, name, "direct")


@pytest.mark.parametrize("sentence, mention", [
    # 'it', or a medium it owns, is the body the text made a subject when no body has spoken yet
    ("It said the files would be published.", "It"),
    ("A post on its dark-web site said the files would be published.", "A post on its dark-web site"),
    ("Its website said the files would be published.", "Its website"),
])
def test_it_or_its_own_medium_is_the_body_named_before(sentence, mention):
    claim = next(c for c in attributed("The Kessler Collective claimed the attack. " + sentence)
                 if c["text"] == "the files would be published")
    assert (claim["speaker_name"], claim["mention"], claim["speaker_obj"]["kind"]) == (
        "Kessler Collective", mention, "institution")


def test_it_is_never_a_person_named_before():
    claim, = attributed("Ana Costa chaired the meeting. It said the files would be published.")
    assert claim["speaker_name"] != "Ana Costa"


@pytest.mark.parametrize("text, mention", [
    # 'the group', 'the gang': the body named before, not a new speaker called 'group'
    ("The Kessler Collective claimed the attack. In a message on its dark-web site, the group said it had "
     "stolen the files.", "the group"),
    ("The Kessler Collective said it carried out the attack. The gang said it had stolen the files.", "The gang"),
])
def test_the_group_is_the_body_named_before(text, mention):
    claim = next(c for c in attributed(text) if c["text"] == "it had stolen the files")
    assert (claim["speaker_name"], claim["mention"]) == ("Kessler Collective", mention)


def test_the_group_is_no_body_named_only_by_what_it_is():
    claim = next(c for c in attributed("The ministry said the race would go ahead. The group said it had stolen "
                                       "the files.") if c["text"] == "it had stolen the files")
    assert claim["speaker_name"] != "ministry"


def test_writing_without_that_a_quotation_or_a_colon_reports_nothing():
    # 'staff were writing orders by hand' is what they did, not something staff said
    claims = attributed("A nurse at Marrow General Hospital said staff were writing medication orders by hand.")
    assert [(c["text"], c["speaker_name"]) for c in claims] == [
        ("staff were writing medication orders by hand", "nurse at Marrow General Hospital")]
    claim, = attributed("Ana Costa was writing that the bridge was unsafe.")
    assert (claim["text"], claim["speaker_name"]) == ("the bridge was unsafe", "Ana Costa")
