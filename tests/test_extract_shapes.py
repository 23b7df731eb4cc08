"""More shapes of reporting, each on sentences written for this test: embedded reports inside the
publisher's sentences, speakers set off by clauses, split quotations, labels and credit lines."""

from __future__ import annotations

import pytest
from test_extract import attributed, claims_of


def fields(claim: dict, expected: dict) -> None:
    """The claim has the expected fields, of the same types ('speaker_obj.role' reads the speaker's
    record)."""
    found = {}
    for name in expected:
        value = claim
        for part in name.split("."):
            value = value[part]
        found[name] = value
    assert found == expected
    assert {name: type(value) for name, value in found.items()} == {name: type(v) for name, v in expected.items()}


# One sentence (or a sentence after what names its speaker) with one attributed claim, and the
# fields that show the shape was read right: (text, the article's metadata, fields)
ONE_CLAIM = {
    "a trailing cue keeps its addressee as the outlet": (
        "“We will appeal the ruling,” Ana Costa told the Harbour Gazette on Friday.", {"published": "2025-05-20"},
        {"outlet_name": "Harbour Gazette", "stated_on": "2025-05-16"}),
    "a source briefed on something is one description": (
        "A person briefed on the merger said the bank would cut 300 jobs.", {},
        {"speaker_name": "person briefed on the merger", "speaker_obj.anonymous": True}),
    "a relative clause between speaker and cue": (
        "Three engineers at the port authority, who asked not to be named, said the crane had cracked.", {},
        {"mention": "Three engineers at the port authority", "text": "the crane had cracked"}),
    "a relative clause describing a trailing speaker": (
        "The fees will stay at their 2024 level, the agency that ran the auction said.", {},
        {"text": "The fees will stay at their 2024 level", "mention": "the agency that ran the auction",
         "cue": "said"}),
    "the council is the council the text named": (
        "The Harbour District Council met for six hours. "
        "The ferry will run twice a day, according to a statement the council issued.", {},
        {"speaker_name": "Harbour District Council", "mention": "the council"}),
    "a passive cue is no report by its subject": (
        "Shop owners said they had not been told about the closure until Friday.", {},
        {"text": "they had not been told about the closure until Friday"}),
    "an adjunct after a trailing cue is no content": (
        "Spain had pushed for a higher quota, Fisheries Minister Ana Costa said on Monday ahead of the vote.", {},
        {"text": "Spain had pushed for a higher quota"}),
    "initials keep their full stop": (
        "The treaty will hold, said Anna K. Berg.", {}, {"speaker_name": "Anna K. Berg"}),
    "a plan reported inside a statement stays part of it": (
        "A union official said the company had offered to keep all 300 jobs.", {},
        {"text": "the company had offered to keep all 300 jobs"}),
    "said that with a subject still opens a clause": (
        "The minister noted that we're at a turning point in the talks.", {},
        {"text": "we're at a turning point in the talks"}),
    # requests and questions are attributed
    "a request: told": (
        "The mayor told her aides to find the money by June.", {}, {"text": "her aides to find the money by June"}),
    "a request: urged": (
        "The union urged members to reject the offer.", {}, {"text": "members to reject the offer"}),
    "a request: encouraged": (
        "The minister encouraged farmers to plant earlier.", {}, {"text": "farmers to plant earlier"}),
    "a question: questioned whether": (
        "The senator questioned whether the port could cope with the traffic.", {},
        {"text": "whether the port could cope with the traffic"}),
    "the speaker's own request inside a statement stays part of it": (
        "The ministry said it had asked the regulator to review the tests.", {},
        {"text": "it had asked the regulator to review the tests"}),
    # deictic dates count from the publication: the publication date, not the last date the text
    # gave, anchors a weekday
    "a weekday after another date": (
        "The pump failed on August 29. Residents said on Wednesday that they had not been warned.",
        {"published": "2025-09-04"}, {"stated_on": "2025-09-03"}),
    "last month": ("The agency said last month that the line would be late.", {"published": "2025-09-04"},
                   {"stated_on": "2025-08"}),
    "last year": ("The agency said last year that the line would be late.", {"published": "2025-09-04"},
                  {"stated_on": "2024"}),
    "yesterday": ("The agency said yesterday that the line would be late.", {"published": "2025-09-04"},
                  {"stated_on": "2025-09-03"}),
    "a denial is a cue and its clause the content": (
        "The bank's chairman, Tomas Berg, denied on Monday that the bank was for sale.", {"published": "2025-06-18"},
        {"text": "the bank was for sale", "cue": "denied", "speaker_name": "Tomas Berg", "stated_on": "2025-06-16"}),
    "a named official set off after the description": (
        "Norway's fisheries minister, Ana Costa, said on Tuesday that the quota would be cut.", {},
        {"speaker_name": "Ana Costa", "speaker_obj.role": "Norway's fisheries minister",
         "speaker_obj.affiliation": "Norway"}),
    "an unnamed spokesperson at the end of the sentence": (
        "The depot will reopen in March, a council spokesperson said.", {},
        {"text": "The depot will reopen in March", "speaker_name": "council spokesperson",
         "speaker_obj.anonymous": True}),
    # the appositive describes her too
    "a capitalised title of something between name and cue": (
        "Senator Ana Costa, Democrat of Oregon, said the port had been neglected for years.", {},
        {"mention": "Senator Ana Costa, Democrat of Oregon", "speaker_name": "Ana Costa",
         "text": "the port had been neglected for years"}),
    "a think tank is no cue": (
        "“The levy is unfair,” said Ana Costa, director of the Harbour Institute, a liberal think tank.", {},
        {"speaker_name": "Ana Costa"}),
    "a sentence that introduces a quotation with a colon": (
        "The mayor made the following comment: “We will not close the library.”", {},
        {"text": "We will not close the library", "cue": ":", "speaker_name": "mayor"}),
    "chanted slogans are attributed": (
        "Protesters chanted, “No more cuts.”", {}, {"text": "No more cuts", "speaker_name": "protesters"}),
    # a state lawmaker's party and home town in AP style, set off by commas
    "a party and a town after a lawmaker's name": (
        "Oregon state Sen. Rita Alvarez, D-Stillwater, said she planned to ask the board to delay the vote.", {},
        {"speaker_name": "Rita Alvarez", "text": "she planned to ask the board to delay the vote"}),
    "a party and a town of two words": (
        "Rep. Rita Alvarez, R-Cedar Falls, said the levy would fail.", {},
        {"speaker_name": "Rita Alvarez", "text": "the levy would fail"}),
    # 'states' after names joined by 'and' is their plural, no cue: the content runs on past it
    "a list of states is no cue": (
        "The police spokesman, Supt Lena Okoro, told KTV that nine men had been arrested in Brell, Ossa and "
        "Tarn states on Sunday.", {},
        {"speaker_name": "Lena Okoro", "outlet_name": "KTV",
         "text": "nine men had been arrested in Brell, Ossa and Tarn states on Sunday"}),
    # the one warned (and when) before 'that' is no part of what was said
    "an addressee and a time before that": (
        "A consultant hired by the port, Tessel Lab, warned harbour staff in March 2024 that dredging could "
        "destroy the reef.", {},
        {"speaker_name": "Tessel Lab", "text": "dredging could destroy the reef"}),
    "an addressee with a place before that": (
        "The mayor warned residents of the valley that the river would rise.", {},
        {"text": "the river would rise"}),
    # a figure verb gives its figure after 'fewer than' too, and never stands after its content
    "a figure after fewer than": (
        "The company puts the figure at fewer than 1,400.", {},
        {"speaker_name": "company", "text": "the figure at fewer than 1,400"}),
    "a figure in any currency": (
        "The audit puts the overpayment at ₹212 crore.", {},
        {"speaker_name": "audit", "text": "the overpayment at ₹212 crore"}),
    # a plan after an adjunct that names an addressee
    "a promise after an adjunct naming an addressee": (
        "The mayor promised in a speech to the council to rebuild the bridge.", {},
        {"speaker_name": "mayor", "text": "to rebuild the bridge"}),
    "a passive participle set off before a figure verb": (
        "The review, commissioned by the harbour board, put the number of lost jobs at about 450.", {},
        {"mention": "The review", "text": "the number of lost jobs at about 450"}),
    "a passive participle set off before a cue": (
        "Ana Berg, backed by the dockers' union, said the crane had cracked.", {},
        {"speaker_name": "Ana Berg", "text": "the crane had cracked"}),
    "a list of states in a trailing report": (
        "Polls closed early in Ossa and Tarn states, the commission said.", {},
        {"speaker_name": "commission", "text": "Polls closed early in Ossa and Tarn states"}),
    # 'according to X' set between a subject and its verb: the statement is both, the phrase within
    "according to X between subject and verb": (
        "The confirmed toll, according to the Tarn district office, is 21 as of Sunday.", {},
        {"speaker_name": "Tarn district office", "cue": "according to",
         "text": "The confirmed toll, according to the Tarn district office, is 21 as of Sunday"}),
    "according to X between subject and a verb in -s": (
        "The repair bill, according to two engineers at the yard, stands at $4 million.", {},
        {"cue": "according to",
         "text": "The repair bill, according to two engineers at the yard, stands at $4 million"}),
    "a report noun after several adjectives stays in the phrase": (
        "According to the Harbour Board's most recent annual report, 412 ferries were inspected in 2024.", {},
        {"speaker_name": "Harbour Board", "text": "412 ferries were inspected in 2024"}),
    "an existential 'there' after the one told opens the content": (
        "The mayor told the Harbour Gazette there was no danger to residents.", {},
        {"speaker_name": "mayor", "outlet_name": "Harbour Gazette", "text": "there was no danger to residents"}),
    "an existential 'there' after 'told reporters' opens the content": (
        "Police told reporters there had been no injuries.", {},
        {"speaker_name": "Police", "text": "there had been no injuries"}),
    "according to X after an opening adjunct stays apart from it": (
        "In Ossa, according to the commission, turnout fell by a third.", {},
        {"speaker_name": "commission", "text": "turnout fell by a third"}),
}


@pytest.mark.parametrize("text, meta, expected", list(ONE_CLAIM.values()), ids=list(ONE_CLAIM))
def test_one_attributed_claim(text, meta, expected):
    claim, = attributed(text, **meta)
    fields(claim, expected)


# The same for a sentence with one statement of any form (the publisher's too)
ONE_STATEMENT = {
    "a correction label stays outside the statement": (
        "Correction: An earlier version of this story gave the wrong toll.", {},
        {"text": "An earlier version of this story gave the wrong toll"}),
    "a modal verb makes a cue word no report": (
        "The two banks could announce a merger as early as June, according to the people.", {},
        {"text": "The two banks could announce a merger as early as June", "cue": "according to"}),
    # sentences without a cue are not parsed, yet come out the same as parsed ones
    "no cue: the publisher's": (
        "The bridge reopened on Monday after three weeks of repairs.", {}, {"form": "unattributed"}),
    "a cue: the speaker's": ("Maria Okafor said the bridge reopened on Monday.", {}, {"form": "indirect"}),
    "no cue, a relative clause and a quotation": (
        "The bridge, which the locals know as “the spine of the town,” reopened on Monday.", {},
        {"form": "unattributed"}),
    # a bare month is the nearest one to the publication
    "a bare month: July, before": (
        "The parliament voted on the bill in July.", {"published": "2025-11-20"}, {"event_on": "2025-07"}),
    "a bare month: January, after": (
        "The consultation opens in January.", {"published": "2025-11-20"}, {"event_on": "2026-01"}),
    "a bare month: with its year": (
        "The board met in June 2026 to approve the plan.", {"published": "2025-11-20"}, {"event_on": "2026-06"}),
}


@pytest.mark.parametrize("text, meta, expected", list(ONE_STATEMENT.values()), ids=list(ONE_STATEMENT))
def test_one_statement(text, meta, expected):
    claim, = claims_of(text, **meta)
    fields(claim, expected)


def test_a_participle_report_after_the_publishers_clause_gives_two_claims():
    # ('withdrew the figures' would be a retraction of its figures: 'figures' is a denial object)
    first, second = claims_of("The agency later withdrew the grant, saying it had been paid twice.")
    assert (first["form"], first["text"]) == ("unattributed", "The agency later withdrew the grant")
    assert second["text"] == "it had been paid twice"
    assert (second["speaker_name"], second["cue"], second["mention"]) == ("agency", "saying", "The agency")


def test_a_report_in_a_subordinate_clause_leaves_the_main_clause_to_the_publisher():
    # (the report's words are the inspectors' claim alone: the publisher's ends before their clause)
    text = "The school closed its gym on Friday, after inspectors warned that the roof could fall in."
    whole, report = claims_of(text)
    assert whole["form"] == "unattributed" and whole["text"] == "The school closed its gym on Friday"
    assert report["text"] == "the roof could fall in"
    assert (report["speaker_name"], report["cue"]) == ("inspectors", "warned")


def test_a_statement_in_which_it_said_belongs_to_the_main_subject():
    text = ("The Transport Agency has retracted a notice in which it said that the ferry was safe, "
            "after a second engine fault.")
    whole, report = claims_of(text)
    assert whole["form"] == "unattributed"
    assert report["text"] == "the ferry was safe"
    assert report["speaker_name"] == "Transport Agency" and report["mention"] == "it"


def test_a_quotation_split_around_its_cue_gives_both_fragments():
    text = "“The levy is too high,” Tomas Berg told the Valley Herald after the vote, “and it will drive firms away.”"
    first, second = attributed(text)
    assert first["text"] == "The levy is too high"
    assert second["text"] == "and it will drive firms away"
    assert first["speaker_name"] == second["speaker_name"] == "Tomas Berg"
    assert first["outlet_name"] == second["outlet_name"] == "Valley Herald"


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


def test_a_wire_credit_line_is_no_claim():
    text = "The port reopened on Monday, officials said.\n\n(Reporting by Ana Costa; Editing by Tomas Berg)\n"
    assert [c["text"] for c in claims_of(text)] == ["The port reopened on Monday"]


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


def test_last_week_gives_a_month_only_when_the_week_lies_in_it():
    # published on Monday 2025-10-06: last week ran from September 29 to October 5
    claim, = attributed("The mayor said last week that the depot would close.", published="2025-10-06")
    assert claim["stated_on"] is None
    claim, = attributed("The mayor said last week that the depot would close.", published="2025-10-16")
    assert claim["stated_on"] == "2025-10"


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


@pytest.mark.parametrize("text, content", [
    ("The mayor said the budget would pass, while council members were still arguing about the levy.",
     "the budget would pass"),
    ("The mayor said the bridge would close for repairs, a decision that angered commuters in Vell.",
     "the bridge would close for repairs"),
    ("The mayor said the budget would pass as she campaigns across the northern districts.", "the budget would pass"),
    # a concession or a comparison of the writer's after a comma
    ("The port authority insisted the new crane was safe, despite a report from its own engineers.",
     "the new crane was safe"),
    ("The growers argued the levy was unfair, much as they had argued in the last dispute.", "the levy was unfair"),
    ("The union said the talks had failed, just as the ministry announced a new offer.", "the talks had failed"),
    # a comparison the content holds, and the writer's words inside a quotation, stay
    ("The mayor said the levy would raise as much money as she promised.",
     "the levy would raise as much money as she promised"),
    ('The mayor said the budget would pass "while we keep the levy low" in the end.',
     'the budget would pass "while we keep the levy low" in the end'),
    ("The mayor said the new levy, while unpopular, was the only way to fund the buses.",
     "the new levy, while unpopular, was the only way to fund the buses"),
    ("Court records show that Vell Holdings, a lender that backed the depot, sued the council in May.",
     "Vell Holdings, a lender that backed the depot, sued the council in May"),
])
def test_the_writers_clause_after_a_content_ends_it(text, content):
    assert attributed(text)[0]["text"] == content


@pytest.mark.parametrize("text", [
    "Having said that, the port is still the busiest in the region.",
    "The judge rejected that argument in a ruling on Friday.",
    "Few people would have described the mayor as a reformer in 2010.",
    "What the council does next says something about the town.",
])
def test_idioms_and_demonstratives_report_nothing(text):
    assert attributed(text) == []


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


def test_an_addressee_with_a_date_before_the_quotation():
    claim = attributed("Berg told his radio audience on Monday, “The bridge will never open.”")[0]
    assert claim["text"] == "The bridge will never open"


@pytest.mark.parametrize("text, content", [
    # a quotation that opens a clause going on after it: the whole clause is the content
    ("Mayor Ilse Varnum said “the bridge is a disgrace” every time she drives over the river.",
     "“the bridge is a disgrace” every time she drives over the river"),
    ("Coach Dario Okonjo says the referees “ruined the game” by sending off two of his players.",
     "the referees “ruined the game” by sending off two of his players"),
    # but a quotation that closes its own sentence stays alone
    ("Mayor Ilse Varnum said “the bridge is a disgrace.” Nobody on the council replied.", "the bridge is a disgrace"),
])
def test_a_quotation_that_opens_a_clause_runs_to_the_clauses_end(text, content):
    assert attributed(text)[0]["text"] == content


@pytest.mark.parametrize("text, first, second", [
    ("Sixty percent of the farmers said the levy was fair, and two-thirds said the same of the toll.",
     "the levy was fair", "the same of the toll"),
    ("Most nurses said the rota was too long, but 40 percent of the doctors say it is fine.",
     "the rota was too long", "it is fine"),
])
def test_a_second_share_of_people_reporting_ends_the_first_content(text, first, second):
    a, b = attributed(text)
    assert (a["text"], b["text"]) == (first, second)


@pytest.mark.parametrize("text, first, second", [
    # a subject in common words after ', but' or ', and' with a cue of its own: another's report
    ("Ana Lind said the depot had been inspected twice, but officials said the checks came late.",
     ("Ana Lind", "the depot had been inspected twice"), ("officials", "the checks came late")),
    ("Ana Lind said the depot would reopen in May, and the council said it would pay for the repairs.",
     ("Ana Lind", "the depot would reopen in May"), ("the council", "it would pay for the repairs")),
    ("Tom Greaves said the levy would fall in June, but some residents say the rise was never explained.",
     ("Tom Greaves", "the levy would fall in June"), ("some residents", "the rise was never explained")),
])
def test_a_second_described_subject_reporting_ends_the_first_content(text, first, second):
    a, b = attributed(text)
    assert ((a["mention"], a["text"]), (b["mention"], b["text"])) == (first, second)


@pytest.mark.parametrize("text, said", [
    ('Councillor Ana Lind, who called for the vote, said the mayor "has some explaining to do", but stopped short '
     'of calling for her resignation.',
     'the mayor "has some explaining to do", but stopped short of calling for her resignation'),
    ("Councillor Ana Lind said the mayor had questions to answer, but stopped short of calling for her resignation.",
     "the mayor had questions to answer, but stopped short of calling for her resignation"),
])
def test_a_verb_after_but_is_no_described_subject(text, said):
    """'..., but stopped short of calling for D': the speaker's own next act, no subject of another report."""
    assert [(c["speaker_name"], c["text"]) for c in attributed(text) if c["cue"] == "said"] == [("Ana Lind", said)]


def test_a_participle_after_a_quotations_comma_ends_the_content():
    text = "Ilse Varnum said that the ferry is “the only way to Tollbridge,” adding that the county “ignores us.”"
    a, b = attributed(text)
    assert a["text"] == "the ferry is “the only way to Tollbridge,”"
    assert b["text"] == "the county “ignores us.”"


def test_a_subjects_quotation_closed_by_a_comma_ends_the_content():
    claim, = attributed("Coach Dario Okonjo says he's “losing the war on potholes,” part of a lashing he gave the council.")
    assert claim["text"] == "he's “losing the war on potholes,”"


@pytest.mark.parametrize("text, content", [
    ("A poll of 900 commuters at Tollbridge station showed that most residents want a new bridge.",
     "most residents want a new bridge"),
    ("Records from the 2019 budget cycle show the mayor backed both plans.", "the mayor backed both plans"),
    ("Audit files from the county show that four accounts made 24 transfers.", "four accounts made 24 transfers"),
])
def test_evidence_named_with_its_origin_reports_what_it_shows(text, content):
    assert attributed(text)[0]["text"] == content


@pytest.mark.parametrize("text, contents", [
    # the question put in a passive 'asked' is no claim (extract/noise.py); the answer is what was said
    ("Asked if he would run again, the senator said no.", ["no"]),
    ("Asked whether the mayor is honest, 75 percent of residents said yes, but 40 percent of commuters say she is not.",
     ["yes", "she is not"]),
    ("The minister said no decision had been taken.", ["no decision had been taken"]),
])
def test_a_one_word_answer_is_what_was_said(text, contents):
    assert [c["text"] for c in attributed(text)] == contents


def test_telling_someone_after_a_statement_is_a_second_statement():
    a, b = attributed("Mayor Ilse Varnum said she would not seek a recount, telling reporters the count was fair.")
    assert (a["text"], b["text"]) == ("she would not seek a recount", "the count was fair")


@pytest.mark.parametrize("text, contents", [
    ("Most residents said they trust the mayor, compared with 52 percent in May.", ["they trust the mayor"]),
    ("Most nurses said the rota was too long, compared to two years ago.", ["the rota was too long"]),
])
def test_the_writers_comparison_ends_the_content(text, contents):
    assert [c["text"] for c in attributed(text)] == contents


@pytest.mark.parametrize("text, content", [
    ("The council put the toll at 21, up from 14 on Monday.", "the toll at 21, up from 14 on Monday"),
    ("Officials estimated the damage at 4 million pounds.", "the damage at 4 million pounds"),
    ("The Tollbridge Herald puts her fortune at about $42 billion.", "her fortune at about $42 billion"),
])
def test_a_figure_given_to_something_is_the_content(text, content):
    claim, = attributed(text)
    assert claim["text"] == content


@pytest.mark.parametrize("text", [
    "The mayor put pressure on the council at the meeting.",
    "The coach put it at the back of the van.",
])
def test_put_without_a_figure_reports_nothing(text):
    assert attributed(text) == []


@pytest.mark.parametrize("text, content", [
    ("Varnum said she does not want to close the library — a controversial proposal she has raised at every meeting.",
     "she does not want to close the library"),
    # a clause after the dash goes on with the content
    ("Varnum said the ferry would stop — a ferry is too costly for the town.",
     "the ferry would stop — a ferry is too costly for the town"),
])
def test_an_appositive_with_its_own_relative_clause_is_the_writers(text, content):
    assert attributed(text)[0]["text"] == content


@pytest.mark.parametrize("text, said", [
    # a subject and its predicate either side of the cue: both are the speaker's words
    ("The new levy, Ana Ruiz said, is a mistake.", ["The new levy", "is a mistake"]),
    ("The mill, Tom Vell said, will close in May.", ["The mill", "will close in May"]),
    ("Many of the flooded homes, officials say, have no insurance at all.",
     ["Many of the flooded homes", "have no insurance at all"]),
    # a clause either side, the first the report: the adjunct after the cue is the writer's
    ("He was unable to find a single buyer, the broker said, on condition of anonymity.",
     ["He was unable to find a single buyer"]),
    # an opening adjunct is no part of the report
    ("In the end, the broker said, the buyers walked away from the deal.", ["the buyers walked away from the deal"]),
    ("But the first test, aides say, will be the budget vote in March.",
     ["But the first test", "will be the budget vote in March"]),
    # after the cue, the writer's clause or the speaker's next act is no part of the report
    ("The mill will close, Vell told the workers, and many of them wept.", ["The mill will close"]),
    ("The port has cancelled the contract, the Calder Ledger reported, citing a senior official.",
     ["The port has cancelled the contract"]),
    ("The contract was cancelled in May, the official said, speaking on condition of anonymity.",
     ["The contract was cancelled in May"]),
    # one word before the cue is no statement of its own
    ("This, Minister Ana Ruiz noted, requires a stable border.", ["requires a stable border"]),
])
def test_a_cue_set_off_inside_its_report(text, said):
    claims = attributed(text)
    assert [c["text"] for c in claims] == said
    assert len({c["mention"] for c in claims}) == 1


@pytest.mark.parametrize("text, said", [
    # 'C1, and C2, according to X': the source gives the last clause
    ("The council approved the budget on Monday, and the mayor signed it on Tuesday, according to city records.",
     "the mayor signed it on Tuesday"),
    ("Rents rose again in May, with two-thirds of new leases above the cap, according to the tenants' union.",
     "two-thirds of new leases above the cap"),
    ("At the same time, the harbour stayed busy: cargo volumes rose 4 percent, according to the port authority.",
     "cargo volumes rose 4 percent"),
    # 'and' + a verb goes on with the same subject: the whole is the report
    ("The plan raised fees, and persuaded firms to stay, according to the chamber.",
     "The plan raised fees, and persuaded firms to stay"),
])
def test_according_to_at_the_end_takes_the_last_clause(text, said):
    claims = attributed(text)
    assert [c["text"] for c in claims] == [said]


def test_a_time_after_the_cue_inside_a_report_is_no_part_of_it():
    # 'C, X said, a day after Y reported D': D is Y's report, not X's
    text = ("The port has opened an inquiry into the leak, the authority said on Tuesday, a day after the "
            "Morrow Courier reported that the port planned to close a terminal.")
    got = [(c["text"], c["mention"]) for c in attributed(text)]
    assert got[0] == ("The port has opened an inquiry into the leak", "the authority")
    assert all(mention != "the authority" for _, mention in got[1:]), got


@pytest.mark.parametrize("text, said, mention", [
    # a word before a report and a cue after it: the report is the subject ('a council report said')
    ("Hackers broke into 12 computers, a council report said.", "Hackers broke into 12 computers",
     "a council report"),
    ("Hackers broke into 12 computers, the congressional report found.", "Hackers broke into 12 computers",
     "the congressional report"),
    # 'told her' closing the sentence: 'her' is whom he told, no possessive
    ("Her brother was free and would soon be home, the minister told her.", "Her brother was free and would soon be home",
     "the minister"),
    # an inverted cue whose speaker a relative clause describes
    ("But that is not good enough, said Tom Vell, an analyst at Calder Bank, who notes that costs keep rising.",
     "But that is not good enough", "Tom Vell, an analyst at Calder Bank"),
])
def test_trailing_attributions_of_real_copy(text, said, mention):
    claim = attributed(text)[0]
    assert (claim["text"], claim["mention"]) == (said, mention)


def test_a_time_after_another_report_ends_the_content():
    """'C, a day after the company said D': the time is the writer's setting, no part of C; D is
    the company's own claim."""
    got = attributed("The ferry firm denied that its Ossa route would close, a day after the company said it "
                     "would sell two boats.")
    assert [(c["speaker_name"], c["text"]) for c in got] == [
        ("ferry firm", "its Ossa route would close"), ("company", "it would sell two boats")]


def test_a_time_after_an_event_stays_in_the_content():
    claim, = attributed("The mayor said the bridge would reopen, a day after the storm.")
    assert claim["text"] == "the bridge would reopen, a day after the storm"


@pytest.mark.parametrize("text, silent, proposition", [
    ("Police have not said whether the driver will be charged.", "Police", "the driver will be charged"),
    ("The ferry company has yet to say how many crossings it will cancel.", "ferry company",
     "how many crossings it will cancel"),
])
def test_a_silence_is_the_publishers_statement_and_leaves_c_unconfirmed(text, silent, proposition):
    """'X has not said whether C': the publisher observes, in its own words, that X has said nothing
    yet; X's claim declines to confirm C (never asserts it)."""
    own, silence = claims_of(text + "\n", outlet="Coast Wire")
    assert (own["form"], own["speaker_name"], own["text"]) == ("unattributed", "Coast Wire", text.rstrip("."))
    assert (silence["speaker_name"], silence["stance"], silence["text"]) == (silent, "declines_to_confirm", proposition)


@pytest.mark.parametrize("headline, speaker, content", [
    ("Ruth Calder: Harbour Plan Is a \u2018Costly Mistake\u2019 for Dunmore.", "Ruth Calder",
     "Harbour Plan Is a \u2018Costly Mistake\u2019 for Dunmore"),
    ("Calder: \u2018No Idea\u2019 Whether the Ferry Will Run in May.", "Ruth Calder",
     "\u2018No Idea\u2019 Whether the Ferry Will Run in May"),
])
def test_a_name_and_a_colon_opening_a_headline_give_the_statement_to_the_one_named(headline, speaker, content):
    """'NAME: C.' opening a headline (a sentence of its own) or paragraph: C is NAME's (a quotation
    opening C that goes on takes the words after it too), when the text names NAME again."""
    text = f"{headline}\n\nCouncillor Ruth Calder spoke to voters in Dunmore on Monday. Calder said the plan was rushed.\n"
    got = attributed(text)
    assert (got[0]["speaker_name"], got[0]["cue"], got[0]["text"]) == (speaker, ":", content)


@pytest.mark.parametrize("headline", ["Update: The Ferry Will Run Again in May.", "Big Win: The Ferry Will Run Again in May.",
                                      "Dunmore: The Ferry Will Run Again in May.", "The Latest: The Ferry Will Run Again.",
                                      "Mostly False: The Ferry Will Run Again in May, Says Calder."])
def test_a_label_or_a_place_before_a_colon_names_no_speaker(headline):
    """A notice label, a place, a determiner or words the text never names again are no speaker."""
    text = f"{headline}\n\nThe ferry that runs in Dunmore stopped in June after its engine failed. It is Mostly False.\n"
    assert not [c for c in attributed(text) if c["cue"] == ":"]


@pytest.mark.parametrize("text, who, said", [
    ("Brenmoor Energy, which says it has more than 300,000 customers, sells power in four provinces.",
     "Brenmoor Energy", "it has more than 300,000 customers"),
    ("Mira Okafor, who said she usually votes for the Greens, said the fares were too high.",
     "Mira Okafor", "she usually votes for the Greens"),
    ("The club was fined by the league, which says the stand was unsafe.", "league", "the stand was unsafe"),
    ("The Delta Ferry Company, which insists its boats are safe, added two crossings on Monday.",
     "Delta Ferry Company", "its boats are safe"),
])
def test_a_relative_clause_set_off_by_which_or_who_is_a_claim_of_what_it_describes(text, who, said):
    """'Brenmoor Energy, which says C, sells power': the relative clause's cue gives the noun phrase
    before the comma as the speaker, and C ends where the main clause's verb follows a comma."""
    got = [(c["speaker_name"], c["text"]) for c in attributed(text)]
    assert got[0] == (who, said)


def test_a_subjects_relative_clause_leaves_the_main_clause_to_the_publisher():
    text = "Brenmoor Energy, which says it has more than 300,000 customers, sells power in four provinces."
    own = [c["text"] for c in claims_of(text) if c["form"] == "unattributed"]
    assert own == [text[:-1]]


def test_a_clause_before_and_x_says_is_the_publishers_own_statement():
    """'About 9,000 homes have been without power for two days, and the utility says C': the first
    clause, which no one is said to have said, is the publisher's statement; C is the utility's."""
    text = ("About 9,000 homes in Kessel have been without power for two days after a fire at a depot, "
            "and the utility says it cannot yet say when supply will return.")
    got = [(c["form"], c["text"]) for c in claims_of(text)]
    assert got == [("unattributed", "About 9,000 homes in Kessel have been without power for two days after a fire at a depot"),
                   ("indirect", "it cannot yet say when supply will return")]


@pytest.mark.parametrize("text", [
    "\u201cWe will win,\u201d she said, and her aides said the vote was close.",
    "The mayor told reporters the port was safe, and her aides said the vote was close.",
])
def test_a_first_clause_with_its_own_report_is_no_statement_of_the_publisher(text):
    assert not [c for c in claims_of(text) if c["form"] == "unattributed"]
