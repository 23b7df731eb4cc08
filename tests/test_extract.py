"""Attribution shapes, speakers, outlets, dates and kinds, on sentences written for these tests."""

from __future__ import annotations

import pytest

from provenance.extract import extract_claimset


def claims_of(text: str, **meta):
    # the rules' shapes, read by the rules alone: what the statistical model adds to them is measured
    # on annotated articles (test_fixture_articles.py, the seed's evaluation, PolNeAR), see test_model.py
    cs = extract_claimset(text, slug="t", use_model=False, **meta)
    speakers = {s["id"]: s for s in cs["speakers"]}
    outlets = {o["id"]: o for o in cs["outlets"]}
    out = []
    for c in cs["claims"]:
        assert text[c["start"]:c["end"]] == c["text"]
        sp = speakers.get(c["speaker"])
        out.append({
            **c,
            "speaker_name": sp["name"] if sp else None,
            "speaker_obj": sp,
            "outlet_name": outlets[c["outlet"]]["name"] if c["outlet"] else None,
            "mention": text[c["speaker_start"]:c["speaker_end"]] if c["speaker_start"] is not None else None,
        })
    return out


def attributed(text: str, **meta):
    return [c for c in claims_of(text, **meta) if c["form"] != "unattributed"]


@pytest.mark.parametrize("text, content, speaker, cue", [
    ("The mayor of Lisbon said that the bridge would reopen in June.",
     "the bridge would reopen in June", "mayor of Lisbon", "said"),
    ("Maria Okafor said the harvest was the worst in a decade.",
     "the harvest was the worst in a decade", "Maria Okafor", "said"),
    ("The harvest was the worst in a decade, Maria Okafor said.",
     "The harvest was the worst in a decade", "Maria Okafor", "said"),
    ("“We will not sign this deal,” said Tomas Lindqvist.",
     "We will not sign this deal", "Tomas Lindqvist", "said"),
    ("According to the port authority, three ships ran aground overnight.",
     "three ships ran aground overnight", "port authority", "according to"),
    ("Three ships ran aground overnight, according to the port authority.",
     "Three ships ran aground overnight", "port authority", "according to"),
    ("Union leader Petra Novak told reporters on Monday that the strike would continue.",
     "the strike would continue", "Petra Novak", "told"),
    ("The farm ministry stated in a press release that exports had doubled.",
     "exports had doubled", "farm ministry", "stated"),
    ("Petra Novak: “Nobody asked the workers what they wanted.”",
     "Nobody asked the workers what they wanted", "Petra Novak", ":"),
])
def test_attribution_shapes(text, content, speaker, cue):
    found = attributed(text)
    assert len(found) == 1, found
    claim = found[0]
    assert claim["text"] == content
    assert speaker.lower() in claim["speaker_name"].lower()
    assert claim["cue"] == cue


def test_outlet_quoted_saying():
    claim, = attributed("The Harbour Gazette quoted a senior port official saying, “The cranes are broken.”")
    assert claim["text"] == "The cranes are broken"
    assert claim["speaker_name"] == "senior port official"
    assert claim["speaker_obj"]["anonymous"] is True
    assert claim["outlet_name"] == "The Harbour Gazette" or claim["outlet_name"] == "Harbour Gazette"
    assert claim["cue"] == "quoted ... saying"
    assert claim["form"] == "direct"


def test_outlet_reported_gives_outlet_to_inner_speaker():
    claim, = attributed("Local farmers have demanded lower fuel prices, the Valley Herald reported on March 3, 2024.")
    assert claim["speaker_name"] == "local farmers"
    assert claim["outlet_name"] == "Valley Herald"
    assert claim["stated_on"] == "2024-03-03"


def test_speaking_to_outlet():
    text = "Speaking to the Valley Herald, the mayor said the dam was safe."
    claim, = attributed(text)
    assert claim["outlet_name"] == "Valley Herald"
    assert claim["text"] == "the dam was safe"


def test_adding_gives_two_claims_with_one_speaker():
    found = attributed("The coach said the team was tired, adding that two players were injured.")
    assert [c["text"] for c in found] == ["the team was tired", "two players were injured"]
    assert found[0]["speaker"] == found[1]["speaker"]
    assert found[1]["cue"] == "adding"


def test_interrupted_quote_gives_two_claims():
    found = attributed("“The roads are closed,” the police chief said, “and they will stay closed tonight.”")
    assert [c["text"] for c in found] == ["The roads are closed", "and they will stay closed tonight"]
    assert {c["cue"] for c in found} == {"said"}


def test_denial_of_reports_gives_two_speakers_and_a_link():
    text = ("Army sources said the convoy had reached the border, but did not confirm local media reports that "
            "it had been attacked.")
    cs = extract_claimset(text, slug="t")
    first, second = cs["claims"]
    assert first["text"] == "the convoy had reached the border"
    assert second["text"] == "it had been attacked"
    names = {s["id"]: s["name"] for s in cs["speakers"]}
    assert names[first["speaker"]] == "army sources"
    assert names[second["speaker"]] == "local media"
    assert cs["links"] == [{"source": first["id"], "target": second["id"], "relation": "contradicts",
                            "by": "rule", "reason": "army sources did not confirm it"}]


def test_unattributed_statement_belongs_to_the_publisher():
    claim, = claims_of("The river burst its banks on Tuesday.", outlet="Valley Herald", published="2024-05-10")
    assert claim["form"] == "unattributed"
    assert claim["speaker_name"] == "Valley Herald"
    assert claim["speaker_obj"]["kind"] == "media"
    assert claim["outlet_name"] == "Valley Herald"
    assert claim["stated_on"] == "2024-05-10"
    assert claim["cue"] is None and claim["speaker_start"] is None


def test_unattributed_without_publisher_has_no_speaker():
    claim, = claims_of("The river burst its banks.")
    assert claim["speaker"] is None and claim["outlet"] is None


def test_headings_and_title_are_not_claims():
    text = "Floods in the Valley\n\nThe river rose.\nWhat happened next\nThe town was evacuated."
    found = claims_of(text, title="Floods in the Valley")
    assert [c["text"] for c in found] == ["The river rose", "The town was evacuated"]


def test_continuation_quote_stays_with_the_speaker():
    text = "“The dam held,” engineer Rosa Ibarra said.\n“It was built to last a century.”"
    first, second = attributed(text)
    assert second["speaker"] == first["speaker"]
    assert second["speaker_start"] is None and second["form"] == "direct"


def test_pronoun_and_surname_resolve_to_the_full_speaker():
    text = ("Energy Minister Lena Varga said prices would fall. She added that reserves were full. "
            "Varga also said imports would rise.")
    a, b, c = attributed(text)
    assert a["speaker"] == b["speaker"] == c["speaker"]
    assert a["speaker_name"] == "Lena Varga"
    assert a["speaker_obj"]["role"] == "Energy Minister"
    assert b["mention"] == "She" and c["mention"] == "Varga"


def test_definite_descriptions_resolve_back():
    text = ("An unnamed diplomat said the talks had stalled. The diplomat added that a new round was planned. "
            "The health ministry said clinics were open. The ministry added that vaccines had arrived.")
    a, b, c, d = attributed(text)
    assert a["speaker"] == b["speaker"] and a["speaker_obj"]["anonymous"]
    assert c["speaker"] == d["speaker"] and c["speaker_obj"]["kind"] == "institution"
    assert b["mention"] == "The diplomat"


def test_anonymous_speakers_are_kept_apart_by_description():
    text = "Officials said the plant was closed. People familiar with the matter said it would reopen."
    a, b = attributed(text)
    assert a["speaker"] != b["speaker"]
    assert a["speaker_obj"]["anonymous"] and b["speaker_obj"]["anonymous"]
    assert b["speaker_name"] == "people familiar with the matter"


def test_role_name_and_affiliation_from_demonym():
    claim, = attributed("French Foreign Minister Claire Dubois said the embassy would stay open.")
    sp = claim["speaker_obj"]
    assert sp["name"] == "Claire Dubois"
    assert sp["role"] == "French Foreign Minister"
    assert sp["kind"] == "person" and sp["anonymous"] is False
    assert sp["affiliation"] == "France"


def test_institution_is_a_speaker_not_an_outlet():
    claim, = attributed("According to the Prime Minister's Office, the cabinet will meet on Friday.")
    assert claim["speaker_obj"]["kind"] == "institution"
    assert claim["outlet"] is None


def test_told_newspaper_is_the_outlet():
    claim, = attributed("A police source told the newspaper Valley Herald on May 2, 2024 that two men were held.")
    assert claim["outlet_name"] == "Valley Herald"
    assert claim["stated_on"] == "2024-05-02"
    assert claim["speaker_obj"]["anonymous"]


@pytest.mark.parametrize("text, stated, event", [
    ("The minister said on June 3, 2024 that the mine had closed.", "2024-06-03", None),
    ("At the end of May 2023, the mine closed.", None, "2023-05"),
    ("On March 2, 2024, the mine closed. The minister said on Thursday that it would reopen.", "2024-02-29", None),
    ("In 2021, the mine closed. Officials said on April 4 that it would reopen.", "2021-04-04", None),
])
def test_dates(text, stated, event):
    claim = claims_of(text)[-1]
    assert claim["stated_on"] == stated
    assert claim["event_on"] == event


def test_weekday_uses_the_publication_date():
    claim, = attributed("The minister said on Monday that the mine would reopen.", published="2024-05-10")
    assert claim["stated_on"] == "2024-05-06"


@pytest.mark.parametrize("text, kind", [
    ("The minister said the bridge will reopen next year.", "prediction"),
    ("The minister said the government must cut taxes.", "position"),
    ("The analyst said the plan was a disaster.", "opinion"),
    ("The minister said the bridge reopened on Monday.", "fact"),
    ("The minister warned that prices could rise.", "prediction"),
    ("The water company said a pump had failed on Monday.", "fact"),  # a failure reported is a fact
    # a party announcing what its side will do takes a position
    ("The harbour board will publish the new tariffs in March, a board spokeswoman said.", "position"),
    ("The transport ministry said the bridge would be closed to lorries from June.", "position"),
    ("Mayor Ana Costa said the city would not give up the depot.", "position"),
    # how things will turn out, or what another party will do, is foreseen
    ("Mayor Ana Costa said the new depot would cost 9 million euros.", "prediction"),
    ("Defence Minister Ana Costa said Norway would be forced to withdraw its ships.", "prediction"),
    ("The harbour board said that if the storms continue, the quay will be rebuilt.", "prediction"),
    # an analyst's conditional judgement is an opinion, his firm forecast a prediction
    ("Political analyst Tomas Berg said a strike would bring heavy losses for both sides.", "opinion"),
    ("Political analyst Tomas Berg said the union will strike in May.", "prediction"),
    # a speaker's own unconditional future is a commitment
    ("“We will find the rest of the money in our own budget.” the chief said.", "position"),
    ("“I am not going to blame the contractors for the delay.” the chief said.", "position"),
    ("“If we wait for the storm, we will be rebuilding the library from the beach.” the chief said.", "prediction"),
    ("“The first trains will run in the spring.” the chief said.", "prediction"),
])
def test_kinds(text, kind):
    claim, = attributed(text)
    assert claim["kind"] == kind


def test_abbreviations_and_datelines_do_not_split_or_leak():
    text = "LISBON (Wire) - Gen. Ana Costa met U.S. envoys on Jan. 5 in Lisbon. Dr. Silva said the talks went well."
    found = claims_of(text)
    assert [c["form"] for c in found] == ["unattributed", "indirect"]
    assert found[0]["text"].startswith("Gen. Ana Costa met U.S. envoys")
    assert found[1]["speaker_name"] == "Silva"


def test_claimset_shape_validates_against_the_schema():
    import jsonschema

    from provenance.claimset import schema

    cs = extract_claimset("Officials said the road was closed. It rained.", slug="t", outlet="Valley Herald")
    for claim in cs["claims"]:
        claim["status"], claim["reason"] = "unconfirmed", "test"
    jsonschema.Draft202012Validator(schema()).validate(cs)


@pytest.mark.parametrize("text", [
    "Farmers in the United States export most of their soybeans to Asia.",
    "The essay by Edward Said remains on the reading list of the course.",
    "The Secretary of State met the delegation at the airport on Friday.",
])
def test_capitalised_cue_word_inside_a_sentence_is_part_of_a_name(text):
    claim, = claims_of(text)
    assert claim["form"] == "unattributed" and claim["text"] == text[:-1]


def test_title_case_line_keeps_its_cue():
    claim, = attributed("Harbour Will Reopen in Spring, Port Director Says.")
    assert claim["text"] == "Harbour Will Reopen in Spring"
    assert claim["cue"] == "says"


def test_an_attribution_in_a_relative_clause_leaves_the_sentence_to_the_publisher():
    text = "The bridge, which the council calls “the spine of the town,” reopened on Monday."
    whole, quoted = claims_of(text)
    assert whole["form"] == "unattributed" and whole["text"] == text[:-1]
    assert quoted["text"] == "the spine of the town" and quoted["speaker_name"] == "council"


def test_continuation_quote_without_a_cue_after_a_quoted_speaker():
    text = "“The dam held,” said Rosa Ibarra. “It was built to last a century, and it will.”"
    first, second = claims_of(text)
    assert second["form"] == "direct" and second["speaker"] == first["speaker"]
    assert second["text"] == "It was built to last a century, and it will"


@pytest.mark.parametrize("text, content", [
    ("“The dam will hold,” she said after the storm, and the town believed her.", "The dam will hold"),
    ("“Here comes the mayor,” he said, laughing.", "Here comes the mayor"),
    ("“Why would we stop now?” the coach said of the season, which ends in May.", "Why would we stop now?"),
])
def test_quotation_before_the_cue_is_the_content_whatever_follows(text, content):
    claim = attributed(text)[0]
    assert claim["text"] == content and claim["form"] == "direct" and claim["cue"] == "said"


@pytest.mark.parametrize("text, content, name", [
    ("Energy Minister Ana Costa, at a later press briefing, said the plant would close.",
     "the plant would close", "Ana Costa"),
    ("President Tomas Berg, opening the new museum on Saturday, said it would tell a national story.",
     "it would tell a national story", "Tomas Berg"),
    ("Rep. Ana Costa (D-N.Y.), chair of the harbour committee, said members would help.",
     "members would help", "Ana Costa"),
    ("“It is an overreach,” Rosa Ibarra, the attorney general of the province, one of the regions suing "
     "the agency, said.", "It is an overreach", "Rosa Ibarra"),
    ("Dr. Lena Varga, who as a young doctor worked in the capital and later retired from the service, said "
     "that the clinic was safe.", "the clinic was safe", "Lena Varga"),
    ("Tomas Berg said after the convention he would not accept the endorsement.",
     "he would not accept the endorsement", "Tomas Berg"),
    ("The minister said after the meeting the talks were over.", "the talks were over", "minister"),
])
def test_speakers_separated_from_the_cue_by_parentheticals_and_adjuncts(text, content, name):
    claim, = attributed(text)
    assert claim["text"] == content
    assert claim["speaker_name"] == name


def test_a_cue_verb_followed_by_of_does_not_split_the_content():
    claim, = attributed("He said he had watched the museum rise and thought of the days when he would visit.")
    assert claim["text"] == "he had watched the museum rise and thought of the days when he would visit"


@pytest.mark.parametrize("text, content, name, cue", [
    ("Said Lena Varga: “I do not think the council cares about the harbour.”",
     "I do not think the council cares about the harbour", "Lena Varga", "said"),
    ("“This is a big year for the valley!” the mayor’s niece shouted to the crowd.",
     "This is a big year for the valley!", "mayor’s niece", "shouted"),
    ("He concluded: “The person who cannot tell the truth is the mayor.”",
     "The person who cannot tell the truth is the mayor", None, "concluded"),
    ("Norway, the region’s largest donor, said it was “firmly opposed” to the plan.",
     "it was “firmly opposed” to the plan", "Norway", "said"),
    ("In an interview on the show “Morning Valley,” Mayor Rosa Ibarra said the floods were over.",
     "the floods were over", "Rosa Ibarra", "said"),
    ("During a speech earlier in the day, Tomas Berg attacked the council, saying, “It is asleep.”",
     "It is asleep", "Tomas Berg", "saying"),
    ("“The debate showed who he really is.” ― Maria Okafor", "The debate showed who he really is",
     "Maria Okafor", "―"),
    ("“We expected more from the council.” — Tomas Berg, Lisbon", "We expected more from the council",
     "Tomas Berg", "—"),
])
def test_more_attribution_shapes(text, content, name, cue):
    claim, = attributed(text)
    assert claim["text"] == content
    assert claim["cue"] == cue
    if name:
        assert claim["speaker_name"] == name


def test_transcript_labels_make_every_sentence_the_labelled_speakers():
    # the moderator speaks for the broadcaster: a question states nothing, the rest is its own
    text = ("Debate night\n\nMODERATOR: Will she be there tomorrow night? We have limited time.\n\n"
            "MR. BERG: Well, look, this is serious business.\n\nCORRECTION: An earlier version misspelled a name.\n")
    found = claims_of(text)
    assert [(c["text"], c["speaker_name"], c["form"], c["mention"]) for c in found] == [
        ("We have limited time", None, "unattributed", None),
        ("Well, look, this is serious business", "Berg", "direct", "MR. BERG"),
        ("An earlier version misspelled a name", None, "unattributed", None),  # the label is no content
    ]


@pytest.mark.parametrize("text", [
    "His tweets angered the council for a week.",
    "The late-night tweets angered the council.",
    "Let’s say the vote is close in the valley.",
    "The 1995 state returns showed a loss of a billion.",
])
def test_cue_words_used_as_nouns_or_idioms_are_no_cues(text):
    claim, = claims_of(text)
    assert claim["form"] == "unattributed"


def test_contraction_is_no_possessive():
    claim, = attributed("He’s claiming that voting fraud is a big problem.")
    assert claim["text"] == "voting fraud is a big problem" and claim["cue"] == "claiming"


@pytest.mark.parametrize("text, content, name, others", [
    ("Donald Berg’s claim that there have been thousands of shootings in the city is false.",
     "there have been thousands of shootings in the city", "Donald Berg", []),
    # the rejection is the council's denial of the same proposition, beside the mayor's account (issue 12)
    ("The council rejected the mayor’s claim that the dam was unsafe.", "the dam was unsafe", "mayor",
     [("the dam was unsafe", "council", "denies")]),
])
def test_possessor_of_a_reporting_noun_is_the_speaker(text, content, name, others):
    claim, *rest = attributed(text)
    assert claim["text"] == content and claim["speaker_name"] == name and claim["stance"] == "asserts"
    assert [(c["text"], c["speaker_name"], c["stance"]) for c in rest] == others


def test_he_and_she_follow_the_gender_a_given_name_or_role_shows():
    text = ("Energy Minister Lena Varga said prices would fall. Tomas Berg, the union leader, said wages would rise. "
            "She added that reserves were full. The port spokeswoman said ships were waiting. He said the strike "
            "would go on.")
    found = attributed(text)
    assert [c["speaker_name"] for c in found] == ["Lena Varga", "Tomas Berg", "Lena Varga", "port spokeswoman",
                                                  "Tomas Berg"]


def test_a_named_subject_without_a_statement_is_who_the_next_pronoun_means():
    text = ("Energy Minister Lena Varga said prices would fall.\n\n"
            "Secretary General Tomas Berg condemned the test. “I count on the council to act,” he told reporters.")
    claim = attributed(text)[-1]
    assert claim["speaker_name"] == "Tomas Berg" and claim["mention"] == "he"


def test_unlisted_name_ending_like_a_medium_is_an_outlet_not_a_person():
    claim, = attributed("According to the Harbour Gazette, the port would be dredged next year.")
    assert claim["speaker_obj"]["kind"] == "media"


@pytest.mark.parametrize("text, kind", [
    ("The minister vowed that the army would retaliate.", "position"),
    ("The council gave assurances from the mayor that the bridge would reopen.", "position"),
    ("The ministry said Norway remains firm in its position that the zone will stay demilitarised.", "position"),
    ("The minister warned that the army would retaliate.", "prediction"),
    ("The spokesman said the two countries maintain strong ties.", "fact"),
])
def test_kinds_from_commitments_and_stances(text, kind):
    claim = attributed(text)[-1]
    assert claim["kind"] == kind


@pytest.mark.parametrize("text, content, name, role", [
    ("Norway’s foreign minister, Ana Costa, said the embassy would stay open.",
     "the embassy would stay open", "Ana Costa", "Norway’s foreign minister"),
    ("A lawyer for the port, David Berg, said no decision had been made about an appeal.",
     "no decision had been made about an appeal", "David Berg", "lawyer for the port"),
    ("“The dam held,” engineer Rosa Ibarra said.", "The dam held", "Rosa Ibarra", "engineer"),
    ("Rosa Ibarra told reporters the ships were waiting outside.", "the ships were waiting outside", "Rosa Ibarra",
     None),
])
def test_names_after_descriptions_and_roles_before_names(text, content, name, role):
    claim, = attributed(text)
    assert claim["text"] == content
    assert claim["speaker_name"] == name
    assert claim["speaker_obj"]["role"] == role


def test_a_statement_of_an_institution_is_the_institution_speaking():
    claim, = attributed("The ministry’s statement said exports had doubled in the spring.")
    assert claim["speaker_name"] == "ministry" and claim["speaker_obj"]["kind"] == "institution"


@pytest.mark.parametrize("text", [
    "The gap between what Tomas Berg says his plan would do and what it does is wide.",
    "Everything Berg says is a lie unless proven otherwise.",
])
def test_what_someone_says_is_no_attribution_of_the_words_after_it(text):
    claim, = claims_of(text)
    assert claim["form"] == "unattributed"


@pytest.mark.parametrize("text, content, mention", [
    ("Tomas Berg on Tuesday said he wants to close four loopholes in the tax code.",
     "he wants to close four loopholes in the tax code", "Tomas Berg"),
    ("They refused to pay an architect who said he was cheated after he designed a clubhouse.",
     "he was cheated after he designed a clubhouse", "an architect who"),
    ("Experts on North Korea and nuclear arms said the latest test could change that.",
     "the latest test could change that", "Experts on North Korea and nuclear arms"),
    ("The businessman says of the mayor, “If she gets the chance, she will sell the office.”",
     "If she gets the chance, she will sell the office", "The businessman"),
    ("Berg urged voters to “vote their conscience” and said he was standing on principle.",
     "he was standing on principle", "Berg"),
    ("63 percent said the mayor was justified in keeping the report private.",
     "the mayor was justified in keeping the report private", "63 percent"),
])
def test_subjects_with_dates_relatives_and_shares(text, content, mention):
    claim = [c for c in attributed(text) if c["text"] == content]
    assert claim, attributed(text)
    assert claim[0]["mention"] == mention


def test_interview_answers_are_the_interviewees_and_questions_no_claims():
    text = ("Harbour chief speaks\n\nLena Varga has run the harbour since 2019. Varga spoke to the Valley Herald on "
            "October 2.\n\nQ: Why are the ships late?\n\nA: The channel silted up. Mayor Tomas Berg told me the "
            "city would pay for dredging.\n")
    found = claims_of(text, outlet="Valley Herald", published="2025-10-06")
    answers = [c for c in found if c["form"] == "direct"]
    assert [c["text"] for c in answers] == ["The channel silted up",
                                            "Mayor Tomas Berg told me the city would pay for dredging"]
    assert {c["speaker_name"] for c in answers} == {"Lena Varga"}
    assert {c["stated_on"] for c in answers} == {"2025-10-02"}
    assert all(c["speaker_start"] is None and c["outlet_name"] == "Valley Herald" for c in answers)
    nested, = [c for c in found if c["form"] == "indirect"]
    assert nested["speaker_name"] == "Tomas Berg" and nested["text"] == "the city would pay for dredging"
    assert not any("Why are the ships late" in c["text"] for c in found)


def test_a_date_without_year_is_the_one_nearest_the_publication_date():
    text = "The line, due to open in 2026, is late. The chief spoke on October 2. The vote is on December 20."
    found = claims_of(text, published="2025-10-06")
    assert [c["event_on"] for c in found] == ["2026", "2025-10-02", "2025-12-20"]


@pytest.mark.parametrize("text, content, cue", [
    ("Berg called the senator a “nasty guy” and “unstable.”", "the senator a “nasty guy” and “unstable.”", "called"),
    ("The president condemned Friday’s test as “provocative and destabilizing.”",
     "test as “provocative and destabilizing.”", "condemned"),
    ("The mayor further described the flood as a “terrible situation,” aides said.",
     "the flood as a “terrible situation,”", "described"),
])
def test_a_quoted_verdict_on_someone_is_the_object_and_the_quotation(text, content, cue):
    claim = next(c for c in attributed(text) if c["cue"] == cue)
    assert claim["text"] == content and claim["kind"] == "opinion"


def test_a_characterising_verb_without_a_quotation_attributes_nothing():
    claim, = claims_of("The mayor called reporters to his office on Monday.")
    assert claim["form"] == "unattributed"


def test_a_quotation_of_several_sentences_gives_one_claim_per_sentence():
    text = ("Mayor Ruth Berg said: “Every winter we lose more of the cliff. There is no more time.\n\n"
            "“The engineers have given us their numbers. We trust them.”\n")
    found = attributed(text)
    assert [c["text"] for c in found] == ["Every winter we lose more of the cliff", "There is no more time",
                                          "The engineers have given us their numbers", "We trust them"]
    assert {c["speaker_name"] for c in found} == {"Ruth Berg"}
    assert [c["cue"] for c in found] == ["said", "said", None, None]


def test_in_january_is_no_name_before_an_appositive():
    claim, = attributed("The council will meet residents in January, a council spokesperson said.")
    assert claim["speaker_name"] == "council spokesperson"


@pytest.mark.parametrize("text, name, role", [
    ("Secretary of State Tomas Berg said the embassy would stay open.", "Tomas Berg", "Secretary of State"),
    ("The Minister of Defence Ana Costa said troops would stay.", "Ana Costa", "Minister of Defence"),
    ("The Bank of England said rates would rise next month.", "Bank of England", None),
])
def test_titles_with_of_before_a_name(text, name, role):
    claim, = attributed(text)
    assert claim["speaker_name"] == name and claim["speaker_obj"]["role"] == role


@pytest.mark.parametrize("text, content, mention", [
    ("A new poll shows the mayor ahead by three points.", "the mayor ahead by three points", "A new poll"),
    ("The study found that prices had doubled since the spring.", "prices had doubled since the spring",
     "The study"),
])
def test_polls_and_studies_show_and_find(text, content, mention):
    # a document is no speaker: the claim keeps the words that named its source
    claim, = attributed(text)
    assert (claim["text"], claim["speaker_name"], claim["mention"]) == (content, None, mention)


def test_shows_with_a_person_as_subject_attributes_nothing():
    claim, = claims_of("Berg showed his hand at the meeting on Monday.")
    assert claim["form"] == "unattributed"


@pytest.mark.parametrize("text, speaker", [
    ("The suing states are exaggerating the reach of the agency, the lawyer said.", "lawyer"),
    ("New York state has cut the school funds, the teacher said.", "teacher"),
    ("The report states that the dam is safe.", None),  # (a document is no speaker)
])
def test_cue_forms_that_are_nouns_need_a_speaking_subject(text, speaker):
    claim, = attributed(text)
    assert claim["speaker_name"] == speaker
