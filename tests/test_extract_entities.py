"""Speakers as the right entity (issue 13), on sentences written for this test: who a mention
refers to, what is a name and what is a role, and what is no source at all."""

from __future__ import annotations

import pytest
from test_extract import attributed, claims_of

from provenance.extract import extract_claimset


def test_a_quotation_going_on_after_its_cue_keeps_the_mention_in_its_paragraph():
    text = ("“The depot will close,” she said on Monday. “Forty drivers lose their jobs. Nobody asked us.”\n\n"
            "“We will fight it,” the union added.\n\n"
            "“It is a dark day.”")
    claims = attributed("Ruth Okafor, the union's secretary, spoke at the gate.\n\n" + text)
    by_text = {c["text"]: c for c in claims}
    assert by_text["Forty drivers lose their jobs"]["mention"] == "she"
    assert by_text["Nobody asked us"]["mention"] == "she"
    # a quotation alone in the next paragraph: nothing near it refers to the speaker
    assert by_text["It is a dark day"]["mention"] is None
    assert by_text["It is a dark day"]["speaker_name"] == by_text["We will fight it"]["speaker_name"]


@pytest.mark.parametrize("text, name, role, affiliation", [
    # a title or honorific goes to the role; a party and state or district to the affiliation
    ("Rep. Peter Hale, R-N.Y., told the Valley Herald that the leak was serious.",
     "Peter Hale", "Rep.", "R-N.Y."),
    ("Rep. Frank Lomax, R-2nd Dist., said the base would stay open.", "Frank Lomax", "Rep.", "R-2nd Dist."),
    ("Sen. Dana Whitfield (D-Calif.) said the bill would pass.", "Dana Whitfield", "Sen.", "D-Calif."),
    ("“The bill is dead,” said Sen. Dana Whitfield, D-Calif.", "Dana Whitfield", "Sen.", "D-Calif."),
    # a relative clause after the party label: the lawmaker speaks, not the label
    ("Rep. Dale Horn, R-Texas, whose district includes the port, said the board should take over.",
     "Dale Horn", "Rep.", "R-Texas"),
    ("Sen. Rita Alvarado, D-Calif., who chairs the panel, said the inquiry would go on.",
     "Rita Alvarado", "Sen.", "D-Calif."),
    # a surname that is also a title word is still the name
    ("Sen. Angus King said the vote would be close.", "Angus King", "Sen.", None),
    # an abbreviated title keeps its full stop in the role; one written without it stays so
    ("Gen. Marta Ruiz said the base would close.", "Marta Ruiz", "Gen.", None),
    ("Dr Marta Ruiz said the clinic would close.", "Marta Ruiz", "Dr", None),
    # a surname set off by a description or a relative clause is a name, the description a role
    ("Lind, a pilot, said the plane had been late.", "Lind", "pilot", None),
    # after a whole title, a surname alone is a name
    ("Secretary of State Tillman said the visit would go ahead.", "Tillman", "Secretary of State", None),
    # initials keep their full stops
    ("National security adviser H.R. Mallory said the account was accurate.", "H.R. Mallory",
     "National security adviser", None),
    # so do the abbreviations a name holds, as the text writes them
    ("Tomas Berg Jr. said the account was accurate.", "Tomas Berg Jr.", None, None),
])
def test_names_titles_and_party_labels(text, name, role, affiliation):
    claim, = attributed(text)
    sp = claim["speaker_obj"]
    assert (sp["name"], sp["role"], sp["affiliation"], sp["anonymous"]) == (name, role, affiliation, False)


def test_a_surname_before_a_relative_clause_is_a_name():
    claim, = attributed("Berg, who flew the plane, said the runway had been icy.")
    assert (claim["speaker_name"], claim["speaker_obj"]["anonymous"]) == ("Berg", False)


@pytest.mark.parametrize("text, name, content", [
    # a state or region after a town says where, never who
    ("Speaking at a rally in Dayton, Ohio, the governor said the plan would fail.", "governor",
     "the plan would fail"),
    ("Ana Lind, who grew up in Aurora, Colo., in the 1990s, said the town had changed.", "Ana Lind",
     "the town had changed"),
    ("Ana Lind, who lives in Aurora, Colorado, said the town had changed.", "Ana Lind", "the town had changed"),
    # a participle's subject is the sentence's, after the adjuncts that open it
    ("At a rally in Dayton, Ohio, on Monday, Mrs. Lind defended her plan, saying that taxes would not rise.",
     "Lind", "taxes would not rise"),
    ("Facing criticism from both parties, the mayor released a statement, saying that the budget was sound.",
     "mayor", "the budget was sound"),
    ("Hastily leaving the hall, the senator blamed his rivals, and insisted that the vote was rigged.",
     "senator", "the vote was rigged"),
    # a dateline in title case, with its agency in brackets, is no subject
    ("Lisbon (AFP) – Mayor Ana Lind has criticised her rival, saying that the plan was reckless.", "Ana Lind",
     "the plan was reckless"),
])
def test_places_and_opening_adjuncts_are_no_speakers(text, name, content):
    claim = attributed(text)[-1]
    assert (claim["speaker_name"], claim["text"]) == (name, content)


@pytest.mark.parametrize("text, name, mention", [
    # a capitalised word before a title is part of the description, no cue ('State' is no 'state')
    ("“We take our duties seriously,” State spokesman Ana Lind said on Friday.", "Ana Lind",
     "State spokesman Ana Lind"),
    # two titles of one person joined by 'and'
    ("“The vote is rigged,” said former Ohio Gov. and party chairman Ed Lind.", "Ed Lind",
     "former Ohio Gov. and party chairman Ed Lind"),
    # a participle's object after the cue is no inverted speaker
    ("Ana Lind spoke first. “People want hope,” she added, underscoring the appeal of the plan for many voters.",
     "Ana Lind", "she"),
])
def test_the_speaker_after_a_quotation(text, name, mention):
    claim = next(c for c in attributed(text) if c["form"] == "direct")
    assert (claim["speaker_name"], claim["mention"]) == (name, mention)


@pytest.mark.parametrize("text, name, mention", [
    # the colon's speaker is the subject of the verb before it, not the phrase that opens the sentence
    ("Later he warned: “The deal will not happen soon.”", "unidentified speaker", "he"),
    ("Conceding that a deal was likely “down the line” he warned: “It will not happen soon.”",
     "unidentified speaker", "he"),
    ("In line with most voters, Republican hopeful Sen. Ana Lind was also critical of the plan, telling the "
     "Valley Herald: “The plan is typical of the council.”", "Ana Lind", "Republican hopeful Sen. Ana Lind"),
])
def test_the_speaker_of_a_quotation_after_a_colon(text, name, mention):
    claim, = attributed(text)
    assert (claim["speaker_name"], claim["mention"]) == (name, mention)


def test_an_imperative_before_a_colon_is_nobody():
    claims = claims_of("Read the latest updates below: \"The senator took the stage late on Monday.\"")
    assert all(c["mention"] is None for c in claims)


@pytest.mark.parametrize("text, claims", [
    # a belief the speaker reports of themselves is part of what they said, no second claim of 'they'
    ("Most voters say they believe the mayor lied.", [("Most voters", "they believe the mayor lied")]),
    ("The mayor said she thinks the depot will close.", [("The mayor", "she thinks the depot will close")]),
    # and so is a belief or fear the speaker reports of someone else: the teller's claim, not theirs
    ("The mayor's spokeswoman told reporters the mayor believes the levy was a mistake.",
     [("The mayor's spokeswoman", "the mayor believes the levy was a mistake")]),
    ("Ana Lind said the guards feared the gate had been left open.",
     [("Ana Lind", "the guards feared the gate had been left open")]),
    # another's report inside one stays a claim of its own
    ("Ana Lind said the guards argued that the gate was open.",
     [("Ana Lind", "the guards argued that the gate was open"), ("the guards", "the gate was open")]),
])
def test_a_belief_inside_a_report(text, claims):
    assert [(c["mention"], c["text"]) for c in attributed(text)] == claims


def test_a_conjunction_before_a_surname_never_renames_the_person():
    claims = attributed("Donald Lind spoke on Monday. But Lind said the plan was dead. “It is over,” Lind told reporters.")
    assert {c["speaker_name"] for c in claims} == {"Donald Lind"}


def test_a_country_with_a_description_still_speaks():
    claim, = attributed("Norway, a close ally of Iceland, said the talks would go on.")
    assert claim["speaker_name"] == "Norway"


def test_an_initialism_keeps_its_full_stops_in_a_description():
    claim, = attributed("U.S. officials said the talks had stalled.")
    assert claim["speaker_name"] == "U.S. officials"
    assert claim["speaker_obj"]["anonymous"] is True


def test_a_lowercase_who_is_no_world_health_organization():
    claim, = attributed("The ferry sank, said Ana Lind, a diver who saw it go down.")
    assert claim["speaker_obj"]["affiliation"] is None


@pytest.mark.parametrize("text, mention", [
    # documents, things, figures and adjectives are no speakers: the claim keeps the words
    ("According to a new report, the mine will close in May.", "a new report"),
    ("The footage showed that the guards had left the gate.", "The footage"),
    ("Seventy-four percent of voters said the plan was a mistake.", "Seventy-four percent of voters"),
    ("The box in the hall said the plan had been approved.", "The box in the hall"),
    ("According to excerpts of the speech, the mayor will call for calm.", "excerpts of the speech"),
    # a figure inside a poll's report is what the poll found, no report of its own
    ("According to a new survey, 51 percent of respondents said they would vote for the mayor.", "a new survey"),
    ("Some 55 percent of voters said they distrust the mayor, according to a poll conducted in May.",
     "a poll conducted"),
])
def test_what_is_no_source_speaks_for_nobody(text, mention):
    claim, = attributed(text)
    assert (claim["speaker_name"], claim["mention"]) == (None, mention)


def test_a_word_opening_a_sentence_is_no_name_but_the_appositive_speaks():
    claim, = attributed("Overall, the fund predicted that growth would slow to 1.6 percent.")
    assert claim["speaker_name"] == "fund"


def test_a_capitalised_word_never_written_as_a_name_is_nobody():
    claim, = attributed("Shaken, he left the hall. Chastened said the talks were over.")
    assert claim["speaker_name"] is None


@pytest.mark.parametrize("text, mention, content", [
    # an inserted clause between the speaker and the cue
    ("A port official, speaking on condition of anonymity, said the crane had cracked twice.",
     "A port official", "the crane had cracked twice"),
    ("Two engineers, who asked not to be named, said the crane had cracked twice.",
     "Two engineers", "the crane had cracked twice"),
    # two subjects of the reported clause are no second report
    ("Defence Minister Ana Lind said Oslo and Riga agreed on a hotline.", "Defence Minister Ana Lind",
     "Oslo and Riga agreed on a hotline"),
])
def test_shapes_of_news_copy(text, mention, content):
    claim, = attributed(text)
    assert (claim["mention"], claim["text"]) == (mention, content)


def test_a_clause_and_another_speakers_report_still_split():
    first, second = attributed("Ana Lind said the bill was dead and Democrats accused her of lying.")
    assert (first["text"], second["speaker_name"]) == ("the bill was dead", "democrats")


def test_a_fact_inside_a_report_is_no_claim_of_its_subject():
    claim, = attributed("The Harbour Gazette reported that Mayor Ana Lind revealed the plan to the council.")
    assert (claim["speaker_name"], claim["text"]) == ("Harbour Gazette", "Mayor Ana Lind revealed the plan to the council")


@pytest.mark.parametrize("text", [
    "Copyright 2011 The Harbour Gazette. All rights reserved.",
    "(AP Photo | Jan Berg)",
    "(Harbour Press Photo/Ana Lind)",
    "Photo: Jan Berg/Harbour Press",
    "By Ana Lind, Staff Writer",
])
def test_credits_bylines_and_copyright_lines_are_no_claims(text):
    assert claims_of("The council met on Monday.\n\n" + text)[1:] == []


def test_the_paper_and_the_post_refer_to_the_outlet_named_earlier():
    text = ("The Washington Post reported on Monday that the mayor resigned. The Post said the mayor would "
            "leave in June. The paper also said the council would meet.")
    claims = attributed(text)
    assert [c["speaker_name"] for c in claims] == ["The Washington Post"] * 3
    assert [c["mention"] for c in claims] == ["The Washington Post", "The Post", "The paper"]


def test_an_unlisted_outlet_keeps_its_whole_name_and_the_name_refers_back():
    text = ("The Daily Ledger reported the closure on Monday. Ana Lind told the Ledger that she would appeal.\n\n"
            "The Israeli daily Maariv said the talks had failed.")
    assert [(c["speaker_name"], c["outlet_name"]) for c in attributed(text)] == [
        ("Daily Ledger", "Daily Ledger"), ("Ana Lind", "Daily Ledger"), ("Maariv", "Maariv")]


def test_told_the_paper_is_the_outlet_named_earlier():
    text = ("The Valley Herald reported the closure on Monday. Ana Lind told the paper that she would appeal.")
    claim = attributed(text)[-1]
    assert (claim["speaker_name"], claim["outlet_name"]) == ("Ana Lind", "Valley Herald")


@pytest.mark.parametrize("first, later", [
    ("Sen. Ana Lind", "The senator"),
    ("Gov. Ana Lind", "The governor"),
    ("Defence Minister Ana Lind", "The minister"),
])
def test_a_title_refers_back_to_the_person_named_with_it(first, later):
    claims = attributed(f"{first} said the bill was dead. {later} added that the vote would fail.")
    assert [c["speaker_name"] for c in claims] == ["Ana Lind", "Ana Lind"]


@pytest.mark.parametrize("first", ["Rep. Peter King, R-N.Y.,", "Sen. Angus King"])
def test_a_surname_that_is_also_a_title_refers_back_to_the_person(first):
    claims = attributed(f"{first} told the Valley Herald that the leak was serious.\n\n"
                        "“We need to know more,” King said.")
    assert [(c["speaker_name"], c["speaker_obj"]["anonymous"]) for c in claims] == [(first.split(",")[0].split(". ")[-1], False)] * 2


@pytest.mark.parametrize("text, speaker, content", [
    ("“The ferry plan is dead,” said a senior port official who asked not to be named.",
     "senior port official", "The ferry plan is dead"),
    ("“The count was fair,” said Ana Lind who chairs the election board.", "Ana Lind", "The count was fair"),
])
def test_an_inverted_speaker_with_a_relative_clause_and_no_comma(text, speaker, content):
    assert [(c["speaker_name"], c["text"]) for c in claims_of(text)] == [(speaker, content)]


def test_a_quotation_after_a_named_subject_in_its_paragraph_is_the_subjects():
    text = ("Rep. Ana Lind said the bill was dead.\n\n"
            "On Sunday, Sen. Tomas Berg (Vt.), who lost the primary, named the young as a reason for hope. "
            "\u201cThe younger people are sick of it.\u201d")
    claim = attributed(text)[-1]
    assert (claim["speaker_name"], claim["mention"]) == ("Tomas Berg", "Sen. Tomas Berg")


@pytest.mark.parametrize("text, stance, content", [
    ("The mayor denied that any of the money had been spent.", "denies", "any of the money had been spent"),
    ("The mayor dismissed reports that the depot would close.", "denies", "the depot would close"),
    ("The mayor rejected the assertions.", "denies", "the assertions"),
    # an emphatic reflexive between subject and cue is no part of the speaker
    ("The mayor herself rejected the assertions at a news conference.", "denies", "the assertions"),
    ("Lina Ferro herself denied that any of the money had been spent.", "denies",
     "any of the money had been spent"),
    ("The mayor did not confirm that the depot would close.", "declines_to_confirm", "the depot would close"),
    ("The ministry declined to confirm the report.", "declines_to_confirm", "the report"),
    ("\u201cThis story is false,\u201d said a spokesman for the ministry.", "denies", "This story is false"),
    # opposing a plan is no denial, saying is asserting
    ("The mayor rejected the plan.", "asserts", "the plan"),
    ("The mayor said the depot would close.", "asserts", "the depot would close"),
])
def test_the_stance_of_a_claim(text, stance, content):
    claim, = attributed(text)
    assert (claim["stance"], claim["text"]) == (stance, content)
    assert "self" not in (claim["mention"] or "")


def test_a_denial_of_the_report_contradicts_the_reports_claims():
    """The company denies what the report said (its content is the report's), never 'the report'."""
    text = ("The Harbour Gazette reported that the depot would close and that 40 drivers would lose their jobs. "
            "The company denied the report on Monday.")
    cs = extract_claimset(text, slug="t")
    denial = next(c for c in cs["claims"] if c["stance"] == "denies")
    assert denial["text"] == next(c["text"] for c in cs["claims"] if c["cue"] == "reported")
    report = {c["id"] for c in cs["claims"] if c["cue"] == "reported"}
    assert report and {(link["source"], link["target"]) for link in cs["links"]} == {(denial["id"], t) for t in report}
    assert {link["relation"] for link in cs["links"]} == {"contradicts"}


def test_a_bare_title_after_and_refers_back_to_the_person_named_last():
    text = ("Ana Lind spoke on Tuesday, arguing that the closure was a mistake. The former mayor and current "
            "party nominee said she would appeal.")
    claim = attributed(text)[-1]
    assert (claim["speaker_name"], claim["mention"]) == ("Ana Lind", "current party nominee")


def test_a_title_with_an_article_is_still_its_own_description():
    claim = attributed("Ana Lind met the governor. The spokesman said the talks had failed.")[-1]
    assert claim["speaker_name"] == "spokesman" and claim["speaker_obj"]["anonymous"] is True


@pytest.mark.parametrize("text, name, contents", [
    # whatever describes a speaker after a quotation is the writer's, cue words and titles in it too
    ("\u201cThe depot will close,\u201d said Ana Lind, who ran the union for a decade yet endorsed the "
     "mayor in the last election. \u201cNobody asked us.\u201d",
     "Ana Lind", ["The depot will close", "Nobody asked us"]),
    ("\u201cThe depot will close,\u201d said Tomas Berg, the author of \u201cHarbour Days,\u201d who studies "
     "ports at the Lisbon Institute. \u201cNobody asked us.\u201d",
     "Tomas Berg", ["The depot will close", "Nobody asked us"]),
    # a quotation inside one written with apostrophes closes with three of them
    ("''I told them, 'the depot is not for sale,''' said Mr. Berg, who runs a shipping firm. "
     "''They did not listen.''", "Berg", ["I told them, 'the depot is not for sale,'", "They did not listen"]),
    # verbs of saying that only a quotation makes one
    ("\u201cGet back to work,\u201d the foreman barked. \u201cThe ship sails at noon.\u201d",
     "foreman", ["Get back to work", "The ship sails at noon"]),
    ("\u201cYou know, it happens,\u201d Lind went on, as if she had not heard. \u201cWe move on.\u201d",
     "Lind", ["You know, it happens", "We move on"]),
    ("\u201cThey only want the land,\u201d Berg shot back with a laugh.", "Berg", ["They only want the land"]),
])
def test_a_quotation_before_its_speaker_and_a_long_description(text, name, contents):
    claims = attributed(text)
    assert [(c["speaker_name"], c["text"]) for c in claims] == [(name, c) for c in contents]


@pytest.mark.parametrize("text, name", [
    # places named inside a phrase before the cue are no speaker, alone or in a list
    ("Records of loans made by Lusitania to ports in Asia, the Middle East and Africa, suggest they were "
     "meant to win influence.", None),
    # an adverb before a name is no part of it
    ("Even Norway criticized the plan, saying it would fail.", "Norway"),
])
def test_function_words_and_clauses_are_no_speakers(text, name):
    claim = attributed(text)[-1]
    assert claim["speaker_name"] == name


def test_a_paragraph_ending_with_a_colon_gives_the_next_quotation_its_subject():
    text = ("Ana Lind led the port for a decade. When she died in 1998, President Tomas Berg released the "
            "following statement:\n\n"
            "\u201cWe offer our condolences to her family. I remember working with her.\u201d")
    claims = attributed(text)
    assert [(c["speaker_name"], c["mention"], c["text"]) for c in claims] == [
        ("Tomas Berg", "President Tomas Berg", "We offer our condolences to her family"),
        ("Tomas Berg", "President Tomas Berg", "I remember working with her")]


def test_the_subject_of_a_passive_cue_is_no_speaker():
    # the model finds 'was accused of' a cue; whoever accused her goes unnamed, she is no source
    cs = extract_claimset("Ana Lind was accused of hiding the report from the council for two years.", slug="t")
    passive = [c for c in cs["claims"] if (c["cue"] or "").startswith("was accused")]
    assert passive and all((c["speaker"], c["speaker_start"]) == (None, None) for c in passive)


@pytest.mark.parametrize("text, name", [
    ("St. Brigid Hospital said the ward would close in June.", "St. Brigid Hospital"),
    ("The Mt. Kelby Council said the road would reopen on Friday.", "Mt. Kelby Council"),
    ("Orvik & Co. said its new dry dock would open in April.", "Orvik & Co."),
    # written without the full stop, the name stays so
    ("St Brigid Hospital said the ward would close in June.", "St Brigid Hospital"),
])
def test_a_body_keeps_the_full_stops_of_its_name(text, name):
    claim, = attributed(text)
    assert claim["speaker_obj"]["name"] == name
