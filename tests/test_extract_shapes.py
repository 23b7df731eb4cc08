"""More shapes of reporting, each on sentences written for this test: embedded reports inside the
publisher's sentences, speakers set off by clauses, split quotations, labels and credit lines."""

from __future__ import annotations

import pytest
from test_extract import attributed, claims_of


def test_a_participle_report_after_the_publishers_clause_gives_two_claims():
    first, second = claims_of("The agency later withdrew the figures, saying they had been counted twice.")
    assert (first["form"], first["text"]) == ("unattributed", "The agency later withdrew the figures")
    assert second["text"] == "they had been counted twice"
    assert (second["speaker_name"], second["cue"], second["mention"]) == ("agency", "saying", "The agency")


def test_a_report_in_a_subordinate_clause_leaves_the_sentence_to_the_publisher():
    text = "The school closed its gym on Friday, after inspectors warned that the roof could fall in."
    whole, report = claims_of(text)
    assert whole["form"] == "unattributed" and whole["text"] == text[:-1]
    assert report["text"] == "the roof could fall in"
    assert (report["speaker_name"], report["cue"]) == ("inspectors", "warned")


def test_a_statement_in_which_it_said_belongs_to_the_main_subject():
    text = ("The Transport Agency has retracted a notice in which it said that the ferry was safe, "
            "after a second engine fault.")
    whole, report = claims_of(text)
    assert whole["form"] == "unattributed"
    assert report["text"] == "the ferry was safe"
    assert report["speaker_name"] == "Transport Agency" and report["mention"] == "it"


def test_a_trailing_cue_keeps_its_addressee_as_the_outlet():
    claim, = attributed("“We will appeal the ruling,” Ana Costa told the Harbour Gazette on Friday.",
                        published="2025-05-20")
    assert claim["outlet_name"] == "Harbour Gazette"
    assert claim["stated_on"] == "2025-05-16"


def test_a_quotation_split_around_its_cue_gives_both_fragments():
    text = "“The levy is too high,” Tomas Berg told the Valley Herald after the vote, “and it will drive firms away.”"
    first, second = attributed(text)
    assert first["text"] == "The levy is too high"
    assert second["text"] == "and it will drive firms away"
    assert first["speaker_name"] == second["speaker_name"] == "Tomas Berg"
    assert first["outlet_name"] == second["outlet_name"] == "Valley Herald"


def test_a_source_briefed_on_something_is_one_description():
    claim, = attributed("A person briefed on the merger said the bank would cut 300 jobs.")
    assert claim["speaker_name"] == "person briefed on the merger"
    assert claim["speaker_obj"]["anonymous"] is True


def test_a_relative_clause_between_speaker_and_cue():
    claim, = attributed("Three engineers at the port authority, who asked not to be named, said the crane had cracked.")
    assert claim["mention"] == "Three engineers at the port authority"
    assert claim["text"] == "the crane had cracked"


def test_one_of_a_group_speaks_for_the_group():
    text = ("The bank is preparing a bid, people familiar with the matter said. "
            "One of the people familiar with the matter said the board would meet on Monday.")
    first, second = attributed(text)
    assert first["speaker"] == second["speaker"]


@pytest.mark.parametrize("text, speaker, stated", [
    ("Exports fell 4% in May, according to a statement the trade office issued on Tuesday.", "trade office",
     "2025-05-20"),
    ("Exports fell 4% in May, according to figures published on Monday by the Statistics Bureau.",
     "Statistics Bureau", "2025-05-19"),
    ("Exports fell 4% in May, according to customs records held by the trade office.", "trade office", None),
    ("According to a report by the central bank, exports fell 4% in May.", "central bank", None),
])
def test_the_issuer_of_a_document_speaks(text, speaker, stated):
    claim, = attributed(text, published="2025-05-21")
    assert claim["text"] == "Exports fell 4% in May" or claim["text"] == "exports fell 4% in May"
    assert claim["speaker_name"] == speaker
    assert claim["stated_on"] == stated


def test_a_relative_clause_describing_a_trailing_speaker():
    claim, = attributed("The fees will stay at their 2024 level, the agency that ran the auction said.")
    assert claim["text"] == "The fees will stay at their 2024 level"
    assert claim["mention"] == "the agency that ran the auction"
    assert claim["cue"] == "said"


def test_the_council_is_the_council_the_text_named():
    text = ("The Harbour District Council met for six hours. "
            "The ferry will run twice a day, according to a statement the council issued.")
    claim, = attributed(text)
    assert claim["speaker_name"] == "Harbour District Council"
    assert claim["mention"] == "the council"


def test_a_wire_credit_line_is_no_claim():
    text = "The port reopened on Monday, officials said.\n\n(Reporting by Ana Costa; Editing by Tomas Berg)\n"
    assert [c["text"] for c in claims_of(text)] == ["The port reopened on Monday"]


def test_a_correction_label_stays_outside_the_statement():
    claim, = claims_of("Correction: An earlier version of this story gave the wrong toll.")
    assert claim["text"] == "An earlier version of this story gave the wrong toll"


def test_a_modal_verb_makes_a_cue_word_no_report():
    claim, = claims_of("The two banks could announce a merger as early as June, according to the people.")
    assert claim["text"] == "The two banks could announce a merger as early as June"
    assert claim["cue"] == "according to"


def test_a_passive_cue_is_no_report_by_its_subject():
    claim, = attributed("Shop owners said they had not been told about the closure until Friday.")
    assert claim["text"] == "they had not been told about the closure until Friday"


def test_an_adjunct_after_a_trailing_cue_is_no_content():
    claim, = attributed("Spain had pushed for a higher quota, Fisheries Minister Ana Costa said on Monday ahead of the vote.")
    assert claim["text"] == "Spain had pushed for a higher quota"


@pytest.mark.parametrize("text, report, comment", [
    ("The agency said the two ports had agreed to share a pilot service — a clear sign of warmer ties.",
     "the two ports had agreed to share a pilot service", "a clear sign of warmer ties"),
    ("The mill is in talks to buy its rival for 40 million euros, people familiar with the matter said, "
     "in a deal that would create the region's largest employer.",
     "The mill is in talks to buy its rival for 40 million euros",
     "in a deal that would create the region's largest employer"),
])
def test_the_writers_closing_comment_is_the_publishers_claim(text, report, comment):
    first, second = claims_of(text)
    assert (first["text"], first["form"]) == (report, "indirect")
    assert (second["text"], second["form"]) == (comment, "unattributed")


def test_initials_keep_their_full_stop():
    claim, = attributed("The treaty will hold, said Anna K. Berg.")
    assert claim["speaker_name"] == "Anna K. Berg"


@pytest.mark.parametrize("text, stated", [
    # the publication date, not the last date the text gave, anchors a weekday
    ("The pump failed on August 29. Residents said on Wednesday that they had not been warned.", "2025-09-03"),
    ("The agency said last month that the line would be late.", "2025-08"),
    ("The agency said last year that the line would be late.", "2024"),
    ("The agency said yesterday that the line would be late.", "2025-09-03"),
])
def test_deictic_dates_count_from_the_publication(text, stated):
    claim = attributed(text, published="2025-09-04")[-1]
    assert claim["stated_on"] == stated


def test_last_week_gives_a_month_only_when_the_week_lies_in_it():
    # published on Monday 2025-10-06: last week ran from September 29 to October 5
    claim, = attributed("The mayor said last week that the depot would close.", published="2025-10-06")
    assert claim["stated_on"] is None
    claim, = attributed("The mayor said last week that the depot would close.", published="2025-10-16")
    assert claim["stated_on"] == "2025-10"


@pytest.mark.parametrize("text, event", [
    ("The parliament voted on the bill in July.", "2025-07"),
    ("The consultation opens in January.", "2026-01"),
    ("The board met in June 2026 to approve the plan.", "2026-06"),
])
def test_a_bare_month_is_the_nearest_one_to_the_publication(text, event):
    claim, = claims_of(text, published="2025-11-20")
    assert claim["event_on"] == event


def test_a_later_statement_does_not_inherit_the_earlier_date():
    text = ("On Tuesday the ministry said the water was safe. "
            "The ministry later withdrew the statement, saying the tests were incomplete.")
    claims = attributed(text, published="2025-09-04")
    assert claims[0]["stated_on"] == "2025-09-02"
    assert claims[-1]["stated_on"] is None


@pytest.mark.parametrize("text, content, cue", [
    ("The mayor wants to double the number of night buses.", "to double the number of night buses", "wants"),
    ("The union plans to hold a second strike in May, focusing on the ports.",
     "to hold a second strike in May", "plans"),
    ("The minister pledged to cut fuel duty, and the opposition welcomed the move.", "to cut fuel duty", "pledged"),
    ("Farmers fear that the drought will last into the autumn.", "the drought will last into the autumn", "fear"),
])
def test_plans_and_beliefs_are_attributed(text, content, cue):
    claim, = attributed(text)
    assert (claim["text"], claim["cue"]) == (content, cue)


def test_a_plan_reported_inside_a_statement_stays_part_of_it():
    claim, = attributed("A union official said the company had offered to keep all 300 jobs.")
    assert claim["text"] == "the company had offered to keep all 300 jobs"


@pytest.mark.parametrize("text", [
    "The city's plans to widen the road were shelved in 2019.",
    "Do you know where the mayor's tax returns are?",
    "The depot will close in March, the drivers want.",
])
def test_nouns_questions_and_trailing_beliefs_attribute_nothing(text):
    assert attributed(text) == []


def test_a_subordinate_report_ends_where_the_main_clause_begins():
    text = "While she acknowledged the plan was costly, the mayor said it would pay for itself."
    first, second = attributed(text)
    assert first["text"] == "the plan was costly"
    assert (second["text"], second["speaker_name"]) == ("it would pay for itself", "mayor")


def test_a_paragraph_of_quotation_signed_with_a_dash_is_the_signers():
    text = ("Readers wrote to us.\n\n"
            "”The bridge is a disgrace. It has been shut for a year. Nobody cares.” ― Rosa Ibarra, Lisbon\n"
            "“The new buses are late every day. I walk now.”\u2015 Tomas Berg.\n")
    found = attributed(text)
    assert [c["text"] for c in found] == ["The bridge is a disgrace", "It has been shut for a year", "Nobody cares",
                                          "The new buses are late every day", "I walk now"]
    assert [c["speaker_name"] for c in found] == ["Rosa Ibarra"] * 3 + ["Tomas Berg"] * 2
    assert {c["cue"] for c in found} == {"\u2015"}


def test_a_surname_as_subject_makes_its_bearer_the_next_he():
    text = ("Senator Tomas Costa said the vote was close. Mayor Jonas Berg said he would appeal. "
            "Costa has long opposed the plan. “It is a waste,” he said.")
    last = attributed(text)[-1]
    assert last["speaker_name"] == "Tomas Costa"


@pytest.mark.parametrize("text, content", [
    ("The mayor said the depot had flooded twice, contradicting the council's account.", "the depot had flooded twice"),
    ("The senator has acknowledged the cost of the scheme, which makes her an outlier in her party.",
     "the cost of the scheme"),
    ("The engineer agreed that the bridge should be closed, but he said the repair could wait.",
     "the bridge should be closed"),
])
def test_the_writers_tail_is_no_part_of_the_content(text, content):
    assert attributed(text)[0]["text"] == content


@pytest.mark.parametrize("text", [
    "Having said that, the port is still the busiest in the region.",
    "The judge rejected that argument in a ruling on Friday.",
    "Few people would have described the mayor as a reformer in 2010.",
    "What the council does next says something about the town.",
])
def test_idioms_and_demonstratives_report_nothing(text):
    assert attributed(text) == []


def test_said_that_with_a_subject_still_opens_a_clause():
    claim, = attributed("The minister noted that we're at a turning point in the talks.")
    assert claim["text"] == "we're at a turning point in the talks"


@pytest.mark.parametrize("text, content", [
    ("The mayor told her aides to find the money by June.", "her aides to find the money by June"),
    ("The union urged members to reject the offer.", "members to reject the offer"),
    ("The minister encouraged farmers to plant earlier.", "farmers to plant earlier"),
    ("The senator questioned whether the port could cope with the traffic.",
     "whether the port could cope with the traffic"),
])
def test_requests_and_questions_are_attributed(text, content):
    claim, = attributed(text)
    assert claim["text"] == content


def test_the_speakers_own_request_inside_a_statement_stays_part_of_it():
    claim, = attributed("The ministry said it had asked the regulator to review the tests.")
    assert claim["text"] == "it had asked the regulator to review the tests"


@pytest.mark.parametrize("text, content, speaker", [
    ("The farm union endorsed Ana Costa for mayor on Thursday, its first endorsement in years.", "Ana Costa for mayor",
     "farm union"),
    ("Mayor Tomas Berg generally supported the harbour plan during his first term.", "the harbour plan", "Tomas Berg"),
    ("The senator attacked the governor's budget at a rally in the capital.", "the governor's budget", "senator"),
])
def test_a_stance_on_something_is_attributed_with_its_object(text, content, speaker):
    claim, = attributed(text)
    assert claim["text"] == content
    assert speaker in claim["speaker_name"]


def test_a_stance_verb_without_an_object_phrase_reports_nothing():
    assert attributed("The army attacked at dawn, residents of the town fled.") == []


def test_a_denial_is_a_cue_and_its_clause_the_content():
    claim, = attributed("The bank's chairman, Tomas Berg, denied on Monday that the bank was for sale.",
                        published="2025-06-18")
    assert (claim["text"], claim["cue"], claim["speaker_name"]) == ("the bank was for sale", "denied", "Tomas Berg")
    assert claim["stated_on"] == "2025-06-16"


def test_a_named_official_set_off_after_the_description():
    claim, = attributed("Norway's fisheries minister, Ana Costa, said on Tuesday that the quota would be cut.")
    assert claim["speaker_name"] == "Ana Costa"
    assert claim["speaker_obj"]["role"] == "Norway's fisheries minister"
    assert claim["speaker_obj"]["affiliation"] == "Norway"


def test_an_unnamed_spokesperson_at_the_end_of_the_sentence():
    claim, = attributed("The depot will reopen in March, a council spokesperson said.")
    assert claim["text"] == "The depot will reopen in March"
    assert claim["speaker_name"] == "council spokesperson" and claim["speaker_obj"]["anonymous"] is True


def test_a_capitalised_title_of_something_between_name_and_cue():
    claim, = attributed("Senator Ana Costa, Democrat of Oregon, said the port had been neglected for years.")
    assert claim["mention"] == "Senator Ana Costa, Democrat of Oregon"  # the appositive describes her too
    assert claim["speaker_name"] == "Ana Costa"
    assert claim["text"] == "the port had been neglected for years"


@pytest.mark.parametrize("text, first, second", [
    ("The mayor said the tunnel would be late — and she noted that the budget was spent.",
     "the tunnel would be late", "the budget was spent"),
    ("Farmers said the quota was unfair and Ministers replied that it would stay.",
     "the quota was unfair", "it would stay"),
])
def test_a_second_speakers_report_ends_the_first_content(text, first, second):
    a, b = attributed(text)
    assert (a["text"], b["text"]) == (first, second)


def test_a_lead_in_paragraph_gives_the_next_paragraphs_quotation_its_speaker():
    text = ("Mayor Ana Costa spoke after the vote. She said:\n\n"
            "“We have waited ten years for this bridge. It opens in May.”\n")
    found = claims_of(text)
    assert [c["text"] for c in found if c["form"] == "direct"] == ["We have waited ten years for this bridge",
                                                                 "It opens in May"]
    assert {c["speaker_name"] for c in found if c["form"] == "direct"} == {"Ana Costa"}
    assert "She said" not in [c["text"] for c in found]


def test_a_think_tank_is_no_cue():
    claim, = attributed("“The levy is unfair,” said Ana Costa, director of the Harbour Institute, a liberal think tank.")
    assert claim["speaker_name"] == "Ana Costa"


def test_an_addressee_with_a_date_before_the_quotation():
    claim = attributed("Berg told his radio audience on Monday, “The bridge will never open.”")[0]
    assert claim["text"] == "The bridge will never open"


def test_a_sentence_that_introduces_a_quotation_with_a_colon():
    claim, = attributed("The mayor made the following comment: “We will not close the library.”")
    assert (claim["text"], claim["cue"], claim["speaker_name"]) == ("We will not close the library", ":", "mayor")


def test_chanted_slogans_are_attributed():
    claim, = attributed("Protesters chanted, “No more cuts.”")
    assert claim["text"] == "No more cuts" and claim["speaker_name"] == "protesters"
