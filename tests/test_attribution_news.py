"""Attribution shapes of real news copy, each on sentences written for this test (invented people,
places and outlets): corrections, transcript labels with a role, outlets named inside the cue
phrase, verbs that look like cues and are not, and evidence verbs whose subject reports."""

from __future__ import annotations

import pytest
from test_extract import claims_of

LEDGER = {"outlet": "The Calder Ledger"}


def one_claim(text: str, **meta) -> dict:
    claims = [c for c in claims_of(text, **meta) if c["form"] != "unattributed"]
    assert len(claims) == 1, [(c["text"], c["speaker_name"]) for c in claims]
    return claims[0]


# a correction: the publisher withdraws what an earlier version said, whether or not the phrase
# says of what ('An earlier version said C'); never a speaker called 'earlier version'
@pytest.mark.parametrize("text", [
    "Correction: An earlier version of this story said the dam was built in 1972.",
    "An earlier version said the dam was built in 1972.",
    "This article has been updated. A previous version said the dam was built in 1972.",
])
def test_a_correction_is_the_publisher_retracting(text):
    claim = one_claim(text, **LEDGER)
    assert (claim["text"], claim["speaker_name"], claim["stance"]) == (
        "the dam was built in 1972", "The Calder Ledger", "retracts")


def test_an_earlier_version_inside_other_prose_is_no_correction():
    claims = claims_of("Union leaders read out both drafts on Monday. An earlier version said the strike "
                       "would end in May.", **LEDGER)
    assert [c["stance"] for c in claims] == ["asserts", "asserts"]


def test_a_correction_without_a_known_publisher_names_no_speaker():
    claim = one_claim("An earlier version said the dam was built in 1972.")
    assert (claim["speaker_name"], claim["stance"]) == (None, "retracts")


TRANSCRIPT = """MARA TELLEN, HOST: The river rose again overnight.

JONAH PRICE, BYLINE: The pumps failed at noon. Crews are still out.

UNIDENTIFIED PERSON #1: We lost everything.

UNIDENTIFIED PERSON #2: The town is gone.

TELLEN: Jonah, thank you."""


def test_transcript_labels_with_a_role_name_the_speaker():
    # the host's and the reporter's (BYLINE) turns are the broadcaster's own reporting; the
    # unnamed people speak for themselves, to the broadcaster
    claims = claims_of(TRANSCRIPT, outlet="Calder Radio")
    got = [(c["text"], c["speaker_name"], c["mention"], c["cue"], c["outlet_name"]) for c in claims]
    assert got == [
        ("The river rose again overnight", "Calder Radio", None, None, "Calder Radio"),
        ("The pumps failed at noon", "Calder Radio", None, None, "Calder Radio"),
        ("Crews are still out", "Calder Radio", None, None, "Calder Radio"),
        ("We lost everything", claims[3]["speaker_name"], "UNIDENTIFIED PERSON #1", ":", "Calder Radio"),
        ("The town is gone", claims[4]["speaker_name"], "UNIDENTIFIED PERSON #2", ":", "Calder Radio"),
    ]  # 'Jonah, thank you': the host's thanks state nothing
    assert claims[3]["speaker"] != claims[4]["speaker"]  # two unnamed people, two speakers
    assert claims[3]["speaker_obj"]["anonymous"] and claims[4]["speaker_obj"]["anonymous"]
    assert all(TRANSCRIPT[c["cue_start"]:c["cue_end"]] == ":" for c in claims if c["cue"])


# the outlet a statement was given to, named inside the cue phrase
@pytest.mark.parametrize("text, outlet", [
    ("The Wrexford council said in a statement to CNN that it would close the pool.", "CNN"),
    ("The Wrexford council said in a statement to Reuters on Friday that it would close the pool.", "Reuters"),
    ("“We will close the pool,” the Wrexford council said in a statement to CNN.", "CNN"),
    ('The Wrexford mayor told BBC Breakfast: "We will close the pool."', "BBC"),
    ("The Wrexford mayor told Fox News Sunday that the pool would close.", "Fox News"),
    ("The Wrexford mayor told the Herald on Tuesday that the pool would close.", "The Herald"),
])
def test_the_outlet_in_the_cue_phrase(text, outlet):
    assert one_claim(text)["outlet_name"] == outlet


@pytest.mark.parametrize("text", [
    "The Wrexford council said in a statement to the court that it would close the pool.",
    "The Wrexford council said in a statement to residents that it would close the pool.",
])
def test_a_statement_to_someone_else_names_no_outlet(text):
    assert one_claim(text)["outlet_name"] is None


# 'found' reports when people whose finding is a report find that something is so; what anyone
# finds lying about is no report
FINDINGS = {  # speaker: (text, content)
    "inspectors": ("Inspectors found the crane at Pellow Quay had not been serviced since 2019.",
                   "the crane at Pellow Quay had not been serviced since 2019"),
    "auditors": ("Auditors found that the Wrexford council had overspent by $2 million.",
                 "the Wrexford council had overspent by $2 million"),
    "researchers at Calder University": ("Researchers at Calder University found that the drug cut deaths by a third.",
                                         "the drug cut deaths by a third"),
}


@pytest.mark.parametrize("speaker", sorted(FINDINGS))
def test_a_finding_of_people_who_investigate_is_a_report(speaker):
    text, content = FINDINGS[speaker]
    claim = one_claim(text)
    assert (claim["text"], claim["speaker_name"], claim["cue"]) == (content, speaker, "found")


@pytest.mark.parametrize("text", [
    "Investigators found a body in the Calder river on Sunday.",
    "Investigators found the bodies of two men who had drowned near Pellow Quay.",
    # a product recall counts goods, it reports nothing
    "Kettle Motors recalled 2 million cars that had faulty brakes.",
    "Kettle Motors recalled about 40,000 heaters last year after a fire.",
    "Kettle Motors recalled thousands of heaters after a fire.",
    # nor does a count of what was added
    "The Calder port added 151 jobs during the month.",
])
def test_a_verb_that_is_no_report_here(text):
    assert [c["cue"] for c in claims_of(text) if c["form"] != "unattributed"] == []


@pytest.mark.parametrize("text, content", [
    ("She recalled that 2 million people had fled the valley.", "2 million people had fled the valley"),
    ("“It was chaos,” she recalled.", "It was chaos"),
    ("She added that 40 jobs had gone to the valley.", "40 jobs had gone to the valley"),
])
def test_recalled_still_reports_a_memory(text, content):
    assert one_claim(text)["text"] == content


@pytest.mark.parametrize("text, cue, content", [
    ("The Calder port added 151 jobs during the month, the council said.", "said",
     "The Calder port added 151 jobs during the month"),
    ("Ana Lind noted the Calder port added about 2,000 jobs last year.", "noted",
     "the Calder port added about 2,000 jobs last year"),
])
def test_a_count_added_inside_a_report_is_no_report_of_its_own(text, cue, content):
    # ('with the economy adding 151,000 jobs, she said': the jobs are what the speaker reports)
    claim = one_claim(text)
    assert (claim["cue"], claim["text"]) == (cue, content)


def test_economists_are_people_not_a_magazine():
    claim = one_claim("Economists said the Calder rate would rise in June.")
    assert (claim["speaker_name"], claim["outlet_name"], claim["speaker_obj"]["anonymous"]) == ("economists", None, True)


@pytest.mark.parametrize("text", [
    "Documents seen by the Calder Ledger showed the council knew of the fault.",
    "Emails obtained by the Calder Ledger show that the council knew of the fault.",
])
def test_documents_an_outlet_has_seen_are_its_report(text):
    claim = one_claim(text)
    assert (claim["text"], claim["mention"]) == ("the council knew of the fault", "the Calder Ledger")


# a relative clause without commas between the subject and its cue: the clause may hold a date,
# its verb may be a cue word, and the phrase read back from the cue may run into it
RELATIVES = {  # text: (speaker, content)
    "Two nurses who work at the Pellow clinic said they had not been paid.":
        ("two nurses", "they had not been paid"),
    "Residents who attended the Wrexford meeting said the mayor left early.":
        ("residents", "the mayor left early"),
    "Two election observers who watched the count on Tuesday night said the seals had been broken.":
        ("two election observers", "the seals had been broken"),
    "People who know the Wrexford mayor say she will run again.": ("people", "she will run again"),
}


@pytest.mark.parametrize("text", sorted(RELATIVES))
def test_a_restrictive_relative_clause_before_the_cue(text):
    claim = one_claim(text)
    assert (claim["speaker_name"], claim["text"]) == RELATIVES[text]


@pytest.mark.parametrize("text", [
    "Officials who spoke to the Calder Ledger said the bridge was unsafe.",
    "Sen. Omar Pell (D-Ore.), who chairs the panel, told the Calder Ledger on Tuesday that the bill would pass.",
])
def test_a_paper_the_text_alone_names_is_an_outlet(text):
    assert one_claim(text)["outlet_name"] == "Calder Ledger"


@pytest.mark.parametrize("text, speaker", [
    ("Jason Pell — a teacher from Wrexford — says he made a last-minute decision to vote for Marsh.", "Jason Pell"),
    ("Ana Costa – the port's chief executive – said the cranes would be replaced.", "Ana Costa"),
])
def test_a_description_set_off_by_dashes(text, speaker):
    assert one_claim(text)["speaker_name"] == speaker


@pytest.mark.parametrize("text, content", [
    ("The cranes — all 40 of them — will be replaced, officials said.", "The cranes — all 40 of them — will be replaced"),
    ("Prices — a key worry for voters — rose again, the agency said.", "Prices — a key worry for voters — rose again"),
])
def test_dashes_inside_the_content_stay_in_it(text, content):
    assert one_claim(text)["text"] == content


# what stands between a subject and its cue: a date with its time of day, an aside set off by
# commas ('however', 'for its part', 'for example'), a relative clause opened by "who's", a title
# of something ('Wrexford director for the campaign')
BETWEEN = {  # text: (speaker, content)
    "Port spokesman Sean Pell on Thursday evening said the cranes were safe.": ("Sean Pell", "the cranes were safe"),
    "Port spokesman Sean Pell late on Thursday said the cranes were safe.": ("Sean Pell", "the cranes were safe"),
    "Chris Pell, Wrexford director for the campaign, said the office had opened.":
        ("Chris Pell", "the office had opened"),
    "Ana Pell, however, said the Wrexford plan had failed.": ("Ana Pell", "the Wrexford plan had failed"),
    "Ana Pell, meanwhile, who chairs the board, said the Wrexford plan had failed.":
        ("Ana Pell", "the Wrexford plan had failed"),
    "The Wrexford council, for its part, said the plan had failed.": ("Wrexford council", "the plan had failed"),
    "Ana Marsh, who's thinking about running for mayor, said the race was hers to lose.":
        ("Ana Marsh", "the race was hers to lose"),
}


@pytest.mark.parametrize("text", sorted(BETWEEN))
def test_words_between_the_subject_and_its_cue(text):
    claim = one_claim(text)
    assert (claim["speaker_name"], claim["text"]) == BETWEEN[text]


@pytest.mark.parametrize("text, content", [
    ("The plan, however, failed, officials said.", "The plan, however, failed"),
    ("The storm hit early on Sunday morning, officials said.", "The storm hit early on Sunday morning"),
])
def test_asides_inside_the_content_stay_in_it(text, content):
    assert one_claim(text)["text"] == content


# 'a newspaper report' is a noun: no claim of a speaker called 'newspaper', and the verb after it
# is the cue
def test_a_denied_newspaper_report_is_no_claim_of_a_newspaper():
    claims = [c for c in claims_of("Kettle Motors denied a newspaper report that it planned to cut 200 jobs.")
              if c["form"] != "unattributed"]
    assert [(c["speaker_name"], c["stance"]) for c in claims] == [("Kettle Motors", "denies")]


def test_a_medium_report_said():
    for medium in ("newspaper", "television"):
        claim = one_claim(f"A {medium} report said Kettle Motors planned to cut 200 jobs.")
        assert (claim["text"], claim["cue"]) == ("Kettle Motors planned to cut 200 jobs", "said")


# a passive 'asked' opening the sentence, or after 'when', puts a question to the speaker: the
# question is no one's statement and no claim (extract/noise.py); the answer stays the speaker's
@pytest.mark.parametrize("text, question, answer", [
    ("Asked about the ferry contract, Harlow Vance said the tender had been fair.",
     "about the ferry contract", "the tender had been fair"),
    ("When asked by a reporter whether the depot would close, the director said it would stay open.",
     "whether the depot would close", "it would stay open"),
    ("Asked on Radio Tellmark why the vote was delayed, Ines Corby replied, \"We needed more time.\"",
     "why the vote was delayed", "We needed more time"),
])
def test_a_passive_asked_puts_a_question_of_no_one(text, question, answer):
    claims = [c for c in claims_of(text) if c["form"] != "unattributed"]
    assert not [c for c in claims if question in c["text"]]
    assert claims[-1]["text"] == answer and claims[-1]["speaker_name"] is not None


def test_asked_with_no_question_or_a_named_asker_is_no_question():
    claims = claims_of("When asked, Ines Corby said the ferry would sail. The mayor asked the council "
                       "whether the depot would close.")
    assert "the ferry would sail" in [c["text"] for c in claims]
    assert all(c["speaker_name"] is not None for c in claims if c["form"] != "unattributed")


# a content with no verb of its own ends where the speaker's next act begins: 'and' then a verb
# in the past tense with its object ('called the plan "reckless" and boycotted the vote')
@pytest.mark.parametrize("text, content", [
    ('Councillor Wren Abado called the harbour plan "reckless" and boycotted the vote on Monday.',
     'the harbour plan "reckless"'),
    ("Mayor Tobin Reske criticized the ferry tender and skipped the council meeting.",
     "the ferry tender"),
])
def test_the_speakers_next_act_ends_a_content_with_no_verb(text, content):
    assert one_claim(text)["text"] == content


def test_a_coordinated_verb_of_the_reported_clause_stays_in_it():
    claim = one_claim("Ines Corby said she was tired of the delays and stopped taking the ferry.")
    assert claim["text"] == "she was tired of the delays and stopped taking the ferry"


def test_a_question_put_to_the_speaker_does_not_take_over_her_next_quotation():
    # 'X told OUTLET ... when asked whether C': the next paragraph's quotation is still X's, not
    # the unnamed asker's (the question is no claim, the asker no speaker)
    text = ("Talks stalled on Monday.\n\n"
            "\"The offer is a joke,\" Mara Lind told the Calder Ledger in an interview when asked whether the "
            "union would sign.\n\n"
            "\"We will not sign anything that cuts pensions, and our members know it.\"")
    got = [(c["text"], c["speaker_name"]) for c in claims_of(text) if c["form"] != "unattributed"]
    assert got == [("The offer is a joke", "Mara Lind"),
                   ("We will not sign anything that cuts pensions, and our members know it", "Mara Lind")]


# an adverb opening a time or place adjunct ('Shortly after', 'Here in', 'Prior to') or a passive
# 'Asked ...,' opening the sentence comes before its subject: the subject speaks for the verb or
# participle after it, never the adverb
@pytest.mark.parametrize("text, content, speaker", [
    ("Here in Brackwater, Ava Kerr renewed her attack on the plan, saying the council had failed.",
     "the council had failed", "Ava Kerr"),
    ("Shortly after the merger, Kerr Holdings rallied its staff, warning that the deal would hurt the firm.",
     "the deal would hurt the firm", "Kerr Holdings"),
    ("Asked about the ferry vote, Lia Fenn pointed to the budget and praised the council for changing course.",
     "the council for changing course", "Lia Fenn"),
])
def test_an_opening_adverb_is_no_speaker(text, content, speaker):
    claim = next(c for c in claims_of(text) if c["text"] == content)
    assert claim["speaker_name"] == speaker


# a participle after the thing a speaker wrote or sent asks or states what the speaker does: 'X
# wrote a letter to Y asking C' is X's request, not the letter's
@pytest.mark.parametrize("text, content, speaker", [
    ("Tom Reyes opened the depot on Monday.\n\nIn March, he wrote a letter to Milo Tarr asking "
     "that the depot fees go to the food bank.", "the depot fees go to the food bank", "Tom Reyes"),
    ('Senator Ana Costa blasted out a memo to donors stating, "The levy is one more tax on '
     'commuters."', "The levy is one more tax on commuters", "Ana Costa"),
])
def test_a_participle_after_what_the_speaker_wrote_is_the_speakers(text, content, speaker):
    claim = next(c for c in claims_of(text) if c["text"] == content)
    assert claim["speaker_name"] == speaker
