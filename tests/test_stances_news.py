"""Stances on news prose (issue 12), each on invented text: a report called 'complete nonsense', 'declined to
say whether C', a correction in a live blog ('Correction: We said earlier that C'), 'rejected the
claims' after other news, a denial of a named outlet's report in another outlet's story."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_extract import attributed, claims_of
from test_order_independence import candidates, ingest_in_order  # noqa: F401 (a fixture)
from test_status_shapes import ruled_claims

from conftest import FIXTURES

ROOF = ("The roof beams of the Lindqvist Arena were cracked in 2023, the Morrow Courier reported on Monday.\n\n")
CRACKED = "The roof beams of the Lindqvist Arena were cracked in 2023"


@pytest.mark.parametrize("answer, who", [
    ("Arena chairman Piet Olsen called the story \"complete nonsense\" on Tuesday.", "Piet Olsen"),
    ("Arena chairman Piet Olsen called the reports \"utter nonsense\".", "Piet Olsen"),
    ("The arena called that story false.", "Lindqvist Arena"),  # the arena the report named
    ("A spokesman for the arena called the newspaper's reporting \"false and irresponsible\".", "spokesman for the arena"),
    ("Piet Olsen called the Courier's story \"a fake\".", "Piet Olsen"),
    ("Piet Olsen has already called the story \"lies\" in a statement from his lawyers.", "Piet Olsen"),
    ("Piet Olsen described the claims as baseless.", "Piet Olsen"),
    ("Piet Olsen branded the allegations \"a pack of lies\".", "Piet Olsen"),
    ("Piet Olsen dismissed the reporting as fiction.", "Piet Olsen"),
    ("Piet Olsen says the Courier story is simply wrong.", "Piet Olsen"),
])
def test_calling_a_report_rubbish_denies_what_it_said(answer, who):
    """A verdict of falsehood on a report ('complete nonsense', 'a fake', 'that story false', 'false
    and irresponsible') is a denial of the report's claim, which is disputed naming who; the verdict's
    words are never the denial's proposition."""
    report, denial = ruled_claims(ROOF + answer + "\n")
    assert (denial["speaker_name"], denial["stance"], denial["text"]) == (who, "denies", CRACKED)
    assert report["status"] == "disputed" and report["reason"].startswith(f"denied by {who}")


@pytest.mark.parametrize("answer", [
    "Arena chairman Piet Olsen called the story \"speculative and inaccurate.\"",
    "Arena chairman Piet Olsen says the story is \"reckless, cynical and untrue\".",
])
def test_a_verdict_joining_a_falsehood_to_other_words_denies_the_report(answer):
    """'called the story "speculative and inaccurate"': a verdict that joins a word of falsehood to
    others is a denial of the report as much as 'false' alone."""
    report, denial = ruled_claims(ROOF + answer + "\n")
    assert (denial["speaker_name"], denial["stance"], denial["text"]) == ("Piet Olsen", "denies", CRACKED)
    assert report["status"] == "disputed"


@pytest.mark.parametrize("verdict", ["the story was \"a complete fabrication\"", "the story is \"speculative and inaccurate\""])
def test_a_verdict_on_the_report_and_a_second_that_clause_deny_and_assert(verdict):
    """'X said the story was "a complete fabrication" and that C': the verdict denies the report, C
    is the second content of the same speaker, asserted."""
    got = ruled_claims(ROOF + f"Arena chairman Piet Olsen said {verdict} and that the beams had been replaced in 2024.\n")
    mine = [(c["stance"], c["text"]) for c in got if c["speaker_name"] == "Piet Olsen"]
    assert mine == [("denies", CRACKED), ("asserts", "the beams had been replaced in 2024")]
    assert got[0]["status"] == "disputed"


def test_a_publishers_own_non_confirmation_keeps_its_words():
    """'The Gazette has not confirmed the report' in the Gazette: the publisher's statement in its own
    words (found where it stands), declining to confirm the other outlet's report."""
    got = ruled_claims(ROOF + "The Harbour Gazette has not confirmed the report.\n")
    own = got[-1]
    assert (own["speaker_name"], own["stance"], own["text"]) == (
        "Harbour Gazette", "declines_to_confirm", "The Harbour Gazette has not confirmed the report")
    assert got[0]["status"] != "confirmed"


def test_calling_the_story_rubbish_and_saying_more_denies_the_story_and_asserts_the_rest():
    """'He called the story "rubbish" and said: "C"': the verdict denies the report (disputed,
    naming him); what he said after it is his own assertion."""
    got = ruled_claims(ROOF + "Chairman Piet Olsen hit back. He called the story \"rubbish\" and said: "
                              "\"Nobody ever told me the roof was unsafe.\"\n")
    mine = [(c["stance"], c["text"]) for c in got if c["speaker_name"] == "Piet Olsen"]
    assert mine == [("denies", CRACKED), ("asserts", "Nobody ever told me the roof was unsafe")]
    assert got[0]["status"] == "disputed" and got[0]["reason"].startswith("denied by Piet Olsen")


DEFENDED = """Arena boss furious

Arena boss Piet Olsen is "absolutely furious" and ready to go to court, a source close to him told {medium} last night.

The federation is investigating a payment of 40,000 euros from the arena to a firm run by Olsen's brother, the Morrow Courier reported yesterday.

The source said: "Piet has done nothing wrong and he will prove it."

Olsen has already called the story "lies" in a statement from his lawyers.
"""


@pytest.mark.parametrize("medium", ["the Gazette", "the Morrow Post"])
def test_calling_the_story_lies_answers_the_outlets_report_not_a_friends_defence(medium):
    """'called the story "lies"' after another outlet's report ('a firm run by Olsen's brother') and
    a friend's defence of the denier that names him, told to the publisher or to a third outlet:
    the story denied is the report the other outlet carried (disputed), not the friend's words."""
    got = ruled_claims(DEFENDED.format(medium=medium))
    denial, = [c for c in got if c["stance"] == "denies"]
    assert denial["speaker_name"] == "Piet Olsen" and denial["text"].startswith("The federation is investigating")
    status = {c["text"][:16]: c["status"] for c in got if c["stance"] == "asserts"}
    assert status["The federation i"] == "disputed"
    assert status["Piet has done no"] == status["Arena boss Piet "] == "unconfirmed"


@pytest.mark.parametrize("answer", ["Piet Olsen described the report as \"detailed\".",
                                    "Piet Olsen called the fears \"unfounded\".",
                                    "Piet Olsen called the repair plan \"a lie\"."])
def test_a_verdict_that_is_no_falsehood_or_not_on_a_report_denies_nothing(answer):
    """'described the report as "detailed"' (no false word), 'called the fears "unfounded"', 'called
    the repair plan "a lie"' (no report): an assertion, the report stands."""
    report, verdict = ruled_claims(ROOF + answer + "\n")
    assert verdict["stance"] == "asserts" and report["status"] != "disputed"


def test_calling_a_plan_a_disaster_denies_nothing():
    _, verdict = ruled_claims(ROOF + "Piet Olsen called the repair plan \"a disaster\".\n")
    assert verdict["stance"] == "asserts"


@pytest.mark.parametrize("answer, who", [
    ("The Army Corps of Engineers declined to say whether it would appeal.", "Army Corps of Engineers"),
    ("Harbour master Lars Eide would not say whether it would appeal.", "Lars Eide"),
    ("A spokeswoman for the Corps declined to confirm whether it would appeal.", "spokeswoman for the Corps"),
])
def test_declined_to_say_whether_c_declines_to_confirm_c(answer, who):
    """'declined to say whether C' leaves C unconfirmed by its speaker: the stance
    declines_to_confirm, the proposition C (never 'whether C', never an assertion)."""
    got = ruled_claims("A federal judge ruled on Monday that the dredging permit was unlawful.\n\n" + answer + "\n")
    decline = got[-1]
    assert (decline["speaker_name"], decline["stance"], decline["text"]) == (who, "declines_to_confirm", "it would appeal")
    assert decline["status"] == "unconfirmed"


def test_said_c_and_declined_to_say_whether_d_asserts_c_and_declines_d():
    got = ruled_claims("A spokeswoman for the Corps said the agency was studying the ruling and declined to say "
                       "whether it would join an appeal.\n")
    assert [(c["speaker_name"], c["stance"], c["text"]) for c in got] == [
        ("spokeswoman for the Corps", "asserts", "the agency was studying the ruling"),
        ("spokeswoman for the Corps", "declines_to_confirm", "it would join an appeal")]


LIVE = """Ferry fire: live

09:40 The ferry left Brennmouth harbour at 9.10am, the coastguard said.

11:05 Correction: We said earlier that the fire started in the engine room. It started in the galley.

Clarification: We reported that 40 passengers were on board. There were 34.

Update: This post previously said the captain was injured. He was not hurt.

As we reported earlier, the harbour will stay shut until Friday.

"We said earlier that the harbour was safe," harbour master Ola Berg told reporters.
"""


@pytest.mark.parametrize("words", ["the fire started in the engine room", "40 passengers were on board",
                                   "the captain was injured"])
def test_a_correction_in_a_live_blog_withdraws_what_we_said_earlier(words):
    """'11:05 Correction: We said earlier that C' (a time stamp before the notice), 'Clarification:
    We reported that C', 'This post previously said C': the publisher withdraws C."""
    claim, = [c for c in ruled_claims(LIVE) if c["text"] == words]
    assert (claim["speaker_name"], claim["stance"], claim["status"]) == ("Harbour Gazette", "retracts", "retracted")


def test_what_we_reported_earlier_or_a_source_said_earlier_is_no_correction():
    got = ruled_claims(LIVE)
    assert not [c for c in got if "harbour" in c["text"] and c["stance"] == "retracts"]
    berg, = [c for c in got if c["speaker_name"] == "Ola Berg"]
    assert berg["stance"] == "asserts"


ARENA = """Arena was warned of rust in roof

Two people familiar with the arena's finances said repairs to the roof were postponed because Lindqvist Arena could not afford them.

Thirty people were taken to hospital after the roof gave way, the regional ambulance service said. Nine more were treated at the scene.

Piet Olsen, chairman of Lindqvist Arena, rejected the claims. "I never saw any such report," he said.
"""


def test_rejecting_the_claims_answers_the_claims_about_the_deniers_side_not_the_last_one_told():
    """'X, chairman of the arena, rejected the claims' after a casualty figure told on the record:
    the claims rejected are the nearest that name X's side (the anonymous account of the arena's
    finances), which is disputed; the ambulance service's figure stands."""
    got = ruled_claims(ARENA)
    denial, = [c for c in got if c["stance"] == "denies"]
    assert denial["speaker_name"] == "Piet Olsen" and denial["text"].startswith("repairs to the roof were postponed")
    status = {c["text"][:20]: c["status"] for c in got if c["stance"] == "asserts"}
    assert status["repairs to the roof "] == "disputed"
    assert status["Thirty people were t"] == "confirmed"


NAMED_REPORT = FIXTURES / "named-report"  # a scoop, its denial in a wire story that never restates it


@settings(max_examples=4, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(order=st.permutations(sorted(path.stem for path in NAMED_REPORT.glob("*.txt"))))
def test_a_denial_of_a_named_outlets_report_elsewhere_disputes_that_report_whatever_the_order(candidates, order):  # noqa: F811
    """'Vahl said a report in the Morrow Courier was wrong', in a wire story that never says what
    the report said: the Courier's scoop (its unnamed sources' claims) is disputed naming Vahl, in
    any order of ingest and after a recompute; the background both stories give, a party's
    reaction in the Courier, analysts' estimate and the Courier's report on another story stand."""
    found, done, again = ingest_in_order(list(order), corpus=NAMED_REPORT)
    assert (done.links_added, done.links_removed, done.statuses_changed) == (0, 0, 0)
    assert again == found
    statuses = found[0]
    for scoop in ("courier-vahl-scoop#1", "courier-vahl-scoop#2"):
        assert statuses[scoop] == ("disputed", "denied by Vahl Motors (Northwire, 2026-03-03)"), scoop
    assert statuses["courier-vahl-scoop#3"][0] == statuses["wire-vahl-denial#3"][0] == "unconfirmed"
    assert statuses["courier-vahl-scoop#4"][0] == "confirmed"
    assert statuses["courier-vahl-scoop#5"][0] == "unconfirmed"  # unnamed analysts are no source of the report
    assert statuses["courier-ferry-terminal#1"][0] == "unconfirmed"


def test_a_quoted_sentence_calling_a_named_outlets_report_wrong_denies_that_report_only():
    """'"There are no plans," a spokesman told Northwire. "The report in the Morrow Courier is
    wrong."': the second quoted sentence denies the Courier's report (disputed), not the union
    leader's words told just before it."""
    got = ruled_claims("The Morrow Courier reported on Monday that Vahl would close the Tessing plant.\n\n"
                       "Union leader Mira Kohl said 2,400 jobs were at risk.\n\n"
                       "\"There are no plans to close any plant,\" a company spokesman told Northwire. "
                       "\"The report in the Morrow Courier is wrong.\"\n")
    denial, = [c for c in got if c["stance"] == "denies"]
    assert (denial["speaker_name"], denial["text"]) == ("company spokesman", "Vahl would close the Tessing plant")
    status = {c["text"][:16]: c["status"] for c in got if c["stance"] == "asserts"}
    assert status["Vahl would close"] == "disputed" and status["2,400 jobs were "] == "confirmed"


@pytest.mark.parametrize("a, b, other", [
    ("the economy will grow by 0.4 percent next year", "64 percent of Germans expect the economy to shrink next year", True),
    ("58 percent of voters back the plan", "64 percent of voters back the plan", False),
    ("unemployment rose by 2 percent", "unemployment rose by 3 percent", False),
    ("the storm killed 12 people", "the storm killed 21 people", False),
])
def test_a_share_of_a_whole_and_a_change_are_different_measures(a, b, other):
    """'grow by 0.4 percent' (a change) and '64 percent of Germans' (a share of a whole) measure
    different things: no number conflict between them; two shares of one whole, two changes or two
    counts of one thing still conflict."""
    from provenance.corroboration import other_measures
    assert other_measures(a, b) is other


@pytest.mark.parametrize("quote, who", [
    ("\"That is simply not true,\" an arena spokesman said.", "arena spokesman"),
    ("\"That's a lie. The beams were replaced in 2022,\" arena director Ole Dahl said.", "Ole Dahl"),
    ("Arena director Ole Dahl said: \"This is complete nonsense.\"", "Ole Dahl"),
])
def test_a_quoted_that_is_not_true_denies_the_claim_just_before_it(quote, who):
    """'"That is simply not true," the spokesman said' in the paragraph after a report: a denial of
    that report (disputed, naming who), whose content is the report's words, never the verdict's; a
    later sentence of the same quotation stays its speaker's assertion."""
    got = ruled_claims(ROOF + quote + "\n")
    denial, = [c for c in got if c["stance"] == "denies"]
    assert (denial["speaker_name"], denial["text"]) == (who, CRACKED)
    assert got[0]["status"] == "disputed" and got[0]["reason"].startswith(f"denied by {who}")
    assert [c["text"] for c in got if c["stance"] == "asserts" and c["speaker_name"] == who] == (
        ["The beams were replaced in 2022"] if "2022" in quote else [])


@pytest.mark.parametrize("between, quote", [
    ("Nine people were hurt, the ambulance service said.\n\nThe club plays its next game away.\n\n",
     "\"That is simply not true,\" an arena spokesman said."),       # two paragraphs away: a later claim's
    ("", "\"That is not true of every arena,\" an arena spokesman said."),  # more than a verdict
])
def test_a_verdict_far_from_the_report_or_more_than_a_verdict_does_not_deny_it(between, quote):
    got = ruled_claims(ROOF + between + quote + "\n")
    assert got[0]["text"] == CRACKED and got[0]["status"] != "disputed"
    assert not [c for c in got if c["stance"] == "denies" and c["text"] == CRACKED]


@pytest.mark.parametrize("answer, denied, then", [
    ("The arena board rejected the claims that it had ignored the warnings, saying it had ordered repairs in May.",
     "it had ignored the warnings", "it had ordered repairs in May"),
    ("Sports minister Hanne Lied rejected the claims that the board had been slow, telling Radio Morrow the board "
     "had \"acted on the evidence\".", "the board had been slow", "the board had \"acted on the evidence\""),
])
def test_rejecting_the_claims_that_c_saying_d_denies_c_and_asserts_d(answer, denied, then):
    """'rejected the claims that C, saying D': a denial of C (the report's clause), then the
    speaker's own assertion D; neither is the publisher's."""
    got = ruled_claims(ROOF + answer + "\n")
    assert [(c["stance"], c["text"]) for c in got[1:]] == [("denies", denied), ("asserts", then)]
    assert got[1]["speaker_name"] == got[2]["speaker_name"] != "Harbour Gazette"


@pytest.mark.parametrize("text, who", [
    ("The county had lost 300 ballots, the station KMRW reported on Friday.\n\n"
     "The station later removed the report from its website.\n", "KMRW"),
    ("Senator Ola Berg said in a tweet that the county had lost 300 ballots. Berg later deleted the tweet.\n",
     "Ola Berg"),
    ("Senator Ola Berg said in a statement that the county had lost 300 ballots. She later took down the statement.\n",
     "Ola Berg"),
])
def test_removing_deleting_or_taking_down_ones_report_withdraws_it(text, who):
    """'The station later removed the report from its website', 'Berg later deleted the tweet',
    'took down the statement': the speaker withdraws what it said, which is retracted naming who."""
    said, withdrawn = ruled_claims(text)
    assert (withdrawn["speaker_name"], withdrawn["stance"]) == (who, "retracts")
    assert withdrawn["text"] == said["text"] and said["text"].lower().endswith("the county had lost 300 ballots")
    assert said["status"] == "retracted" and said["reason"].startswith(f"withdrawn by {who}")


def test_removing_troops_or_deleting_files_withdraws_nothing():
    got = ruled_claims("The army removed its troops from the border and deleted the files, officials said.\n")
    assert [c["stance"] for c in got] == ["asserts"]
ORDERED = ("Council member Ivo Rask said the regional board had ordered the arena closed until further notice. "
           "Rask also said the club would be fined.\n\n")


def test_would_not_confirm_the_order_answers_the_claim_that_tells_of_it_only():
    """'would not confirm the order' after 'Rask said the board had ordered the arena closed. Rask
    also said the club would be fined.': the non-confirmation answers the claim whose words name
    the order ('ordered'), which is left unconfirmed naming who; Rask's other claim stands."""
    got = ruled_claims(ORDERED + "A spokeswoman for Mayor Berit Sand would not confirm the order.\n")
    decline, = [c for c in got if c["stance"] == "declines_to_confirm"]
    assert decline["text"] == "the regional board had ordered the arena closed until further notice"
    status = {c["text"][:16]: (c["status"], c["reason"]) for c in got if c["stance"] == "asserts"}
    assert status["the regional boa"][0] == "unconfirmed"
    assert status["the regional boa"][1].startswith("spokeswoman for Mayor Berit Sand did not confirm")
    assert status["the club would b"][0] == "confirmed"


def test_declining_to_confirm_a_thing_no_claim_names_keeps_its_words():
    got = ruled_claims(ORDERED + "Fire chief Jo Ness declined to confirm the timeline.\n")
    assert got[-1]["stance"] == "declines_to_confirm" and got[-1]["text"] == "the timeline"
    assert [c["status"] for c in got[:2]] == ["confirmed", "confirmed"]


@pytest.mark.parametrize("answer", [
    "Morrow Ferries on Tuesday pushed back on a report that its Ossa route would close.",
    "Morrow Ferries pushed back against reports that its Ossa route would close.",
    "Morrow Ferries hit back at reports that its Ossa route would close.",
    "Morrow Ferries took issue with a report that its Ossa route would close.",
])
def test_pushing_back_on_a_report_denies_what_it_says(answer):
    """'X pushed back on a report that C' (or hit back at, took issue with): X denies C, and a
    report of C told before is disputed naming X; X speaks, not the publisher."""
    report, denial = ruled_claims("The Ossa route would close in March, the Gazette reported on Monday.\n\n"
                                  + answer + "\n", outlet="Coast Wire")
    assert (denial["speaker_name"], denial["stance"]) == ("Morrow Ferries", "denies")
    assert denial["text"].endswith("would close") and denial["outlet"] is None
    assert report["status"] == "disputed" and report["reason"].startswith("denied by Morrow Ferries")


def test_pushing_back_on_a_plan_denies_nothing():
    """'pushed back on the plan to C': a stance on a plan, no report denied."""
    got = ruled_claims("The mayor pushed back on the plan to close the library.\n")
    assert [c["stance"] for c in got] == ["asserts"]


TRANSCRIPT = """Morning Talk: the ferry fire

Transcript of Morning Talk on Coast TV, Monday.

LENA MARSH (HOST): Good morning. The Morrow Courier is reporting that the captain had been warned about the engine.

PAUL OKORO (PORT SPOKESMAN): Good morning. {verdict} There is no evidence of any warning.
"""


@pytest.mark.parametrize("verdict", ["Let me say clearly that the Courier story is not correct.",
                                     "I want to be clear: that is not true.",
                                     "The Courier report is wrong."])
def test_a_guests_verdict_in_a_transcript_denies_the_report(verdict):
    """A guest's turn calling a report false ('Let me say clearly that the Courier story is not
    correct', 'I want to be clear: that is not true'): the guest denies the report's claim, which
    is disputed; the denial keeps where it was said (the turn's label), its content is the report's."""
    text = TRANSCRIPT.format(verdict=verdict)
    got = ruled_claims(text, outlet="Coast TV")
    denial, = [c for c in got if c["stance"] == "denies"]
    assert (denial["speaker_name"], denial["text"]) == ("Paul Okoro", "the captain had been warned about the engine")
    assert text[denial["speaker_start"]:denial["speaker_end"]] == "PAUL OKORO"
    report, = [c for c in got if c["speaker_name"] == "Morrow Courier"]
    assert report["status"] == "disputed"
    assert [c["stance"] for c in got if c["text"] == "There is no evidence of any warning"] == ["asserts"]


@pytest.mark.parametrize("answer", [
    "Port chief Ana Marsh rejected the auditor's assertions, saying the repairs were already under way.",
    "Port chief Ana Marsh dismissed the claims, saying the repairs were already under way.",
])
def test_rejecting_the_claims_and_saying_more_denies_them_and_asserts_the_rest(answer):
    """'X rejected the critic's assertions, saying D': X denies the report the assertions are (it
    is disputed) and asserts D; the participle's statement does not swallow the denial."""
    got = ruled_claims("A retired auditor, Lena Voss, said the port had ignored three warnings about its "
                       "computers.\n\n" + answer + "\n")
    mine = [(c["stance"], c["text"]) for c in got if c["speaker_name"] == "Ana Marsh"]
    assert mine == [("denies", "the port had ignored three warnings about its computers"),
                    ("asserts", "the repairs were already under way")]
    assert got[0]["status"] == "disputed"


@pytest.mark.parametrize("text, denied", [
    ("Port chief Ana Marsh, through her lawyers, has denied any wrongdoing.", "any wrongdoing"),
    ("Port chief Ana Marsh denies wrongdoing.", "wrongdoing"),
])
def test_denying_wrongdoing_is_a_denial_however_short(text, denied):
    claim, = attributed(text)
    assert (claim["speaker_name"], claim["stance"], claim["text"]) == ("Ana Marsh", "denies", denied)


FACT_CHECK = """Fact check: No, the harbour did not lose 900 jobs

A post shared widely on Sunday says "the harbour lost 900 jobs in a single month."

{verdict} The harbour lost about 90 jobs in that month, according to the port authority.
"""


@pytest.mark.parametrize("verdict, label", [("Our verdict: This is false.", "Our verdict"),
                                            ("That is not true.", None)])
def test_a_fact_checks_own_verdict_denies_the_claim_it_checks(verdict, label):
    """'Our verdict: This is false.' after the claim a fact check quotes: the publisher denies it
    (disputed), the verdict its cue and its label the words naming the publisher's voice."""
    text = FACT_CHECK.format(verdict=verdict)
    got = claims_of(text, outlet="Coast Wire")
    denial, = [c for c in got if c["stance"] == "denies"]
    assert (denial["speaker_name"], denial["text"]) == ("Coast Wire", "the harbour lost 900 jobs in a single month")
    assert denial["cue"] == verdict.split(": ")[-1].rstrip(".") and denial["mention"] == label
    post, = [c for c in ruled_claims(text, outlet="Coast Wire") if c["stance"] == "asserts" and "900" in c["text"]]
    assert post["status"] == "disputed"


def test_the_publishers_verdict_on_nothing_quoted_denies_nothing():
    got = claims_of("Harbour jobs\n\nThe harbour lost about 90 jobs in May. That is not true of the ferry yard.\n",
                    outlet="Coast Wire")
    assert [c["stance"] for c in got] == ["asserts", "asserts"]


@pytest.mark.parametrize("version", ["An earlier version of the 11:40 update", "An earlier version of the live blog",
                                     "A previous version of this entry"])
def test_an_earlier_version_of_a_live_blogs_entry_is_the_publisher_retracting(version):
    """'An earlier version of the 11:40 update said C': the publisher withdraws C, whichever of its
    entries (named by a time) or pages said it."""
    got = ruled_claims(f"Ferry fire: live\n\n12:10 Correction: {version} said the ferry left at 8am.\n")
    assert [(c["speaker_name"], c["stance"], c["text"]) for c in got] == [
        ("Harbour Gazette", "retracts", "the ferry left at 8am")]


@pytest.mark.parametrize("text, who, content", [
    ("The port authority declined to say how many cranes had failed.", "port authority", "how many cranes had failed"),
    ("The mayor would not say when the bridge would reopen.", "mayor", "when the bridge would reopen"),
    ("The mill's owner refused to say why the plant had closed.", "mill's owner", "why the plant had closed"),
    ("The agency did not disclose how much the repairs had cost.", "agency", "how much the repairs had cost"),
])
def test_declining_to_say_how_when_or_why_declines_to_confirm(text, who, content):
    """'declined to say how many C', 'would not say when C': a question left unanswered is a
    non-confirmation whose content is the question, its question word kept."""
    got = [(c["mention"], c["stance"], c["text"]) for c in attributed(text)]
    assert got == [(f"The {who}", "declines_to_confirm", content)]


@pytest.mark.parametrize("text", ["The minister declined to say more.", "The mayor did not say much at the meeting."])
def test_declining_to_say_without_a_question_is_no_non_confirmation(text):
    """'declined to say more': no question follows, so there is nothing the speaker left unconfirmed."""
    assert not [c for c in claims_of(text) if c["stance"] == "declines_to_confirm"]


@pytest.mark.parametrize("quote", [
    "I'm not going to comment on leaked letters.", "We won't comment on speculation about the pumps.",
    "Let me be clear: I will not comment on rumours.", "I won't say whether the pool will reopen.",
])
def test_a_quoted_refusal_to_comment_declines_to_confirm(quote):
    """'"I'm not going to comment on C," she said': the speaker's own refusal is a non-confirmation,
    never an assertion of its words."""
    got = attributed(f"\u201c{quote[:-1]},\u201d deputy mayor Ines Holt said.")
    assert [(c["speaker_name"], c["stance"]) for c in got] == [("Ines Holt", "declines_to_confirm")]


def test_a_refusal_in_a_transcript_turn_declines_and_the_rest_of_the_turn_asserts():
    text = ("Harbour Radio's morning programme spoke to the deputy mayor about the pool.\n\n"
            "PRESENTER: Deputy mayor, were the pool's pumps ever inspected?\n\n"
            "HOLT: I'm not going to comment on leaked letters. What I can tell you is that new pumps have been ordered.\n")
    got = [(c["stance"], c["text"]) for c in claims_of(text) if c["speaker_name"] == "Holt"]
    assert got == [("declines_to_confirm", "I'm not going to comment on leaked letters"),
                   ("asserts", "What I can tell you is that new pumps have been ordered")]


@pytest.mark.parametrize("quote", ["I wouldn't say that the plan failed.", "We will comment on the figures next week."])
def test_an_opinion_or_a_promise_to_comment_is_no_refusal(quote):
    got = attributed(f"\u201c{quote[:-1]},\u201d deputy mayor Ines Holt said.")
    assert [c["stance"] for c in got] == ["asserts"]


@pytest.mark.parametrize("text, who, denied", [
    ("The council said the suggestion that the pool had been closed to save money was \"categorically untrue\".",
     "council", "the pool had been closed to save money"),
    ("A spokeswoman said claims that the mine had leaked were completely false.", "spokeswoman", "the mine had leaked"),
    ("The operator says reports that its ferries sail overloaded are \"simply wrong\".", "operator",
     "its ferries sail overloaded"),
])
def test_calling_a_claim_that_c_false_denies_c(text, who, denied):
    """'said the suggestion that C was "categorically untrue"': the verdict of falsehood on a report
    whose words the sentence gives denies C itself, the speaker's claim with the stance 'denies'."""
    got = [(c["speaker_name"], c["stance"], c["text"]) for c in attributed(text)]
    assert got == [(who, "denies", denied)]


def test_a_claim_that_c_with_another_verdict_is_asserted_whole():
    text = "The council said the suggestion that the pool be closed was popular."
    got = [(c["stance"], c["text"]) for c in attributed(text)]
    assert got == [("asserts", "the suggestion that the pool be closed was popular")]


@pytest.mark.parametrize("text, reporter, party, cue", [
    ("The Delta Courier reported on Tuesday, citing three engineers, that the utility had skipped two safety "
     "checks, an allegation Brenmoor Energy has called false.", "three engineers", "Brenmoor Energy", "called false"),
    ("Tomas Berg said the port had been sold in secret, a claim the mayor has strongly denied.",
     "Tomas Berg", "mayor", "denied"),
    ("Union leaders say the mill will close in May, a report that the owners have disputed.", "union leaders", "owners",
     "disputed"),
])
def test_a_closing_appositive_denial_gives_the_party_denying_the_report(text, reporter, party, cue):
    """'C, an allegation Brenmoor Energy has called false': the report's content ends at the comma,
    and the party named in the appositive denies that same C (no new proposition)."""
    got = attributed(text)
    assert [(c["speaker_name"], c["stance"]) for c in got] == [(reporter, "asserts"), (party, "denies")]
    assert got[0]["text"] == got[1]["text"] and "," not in got[0]["text"][-12:]
    assert got[1]["cue"] == cue


@pytest.mark.parametrize("text", [
    "Tomas Berg said the port had been sold, a claim that was widely shared.",
    "Tomas Berg said the port had been sold, a claim the mayor has repeated.",
])
def test_an_appositive_without_a_denial_leaves_the_report_whole(text):
    got = attributed(text)
    assert [(c["speaker_name"], c["stance"]) for c in got] == [("Tomas Berg", "asserts")]


@pytest.mark.parametrize("text, said, left", [
    ("The regulator's statement did not say whether it had opened an inquiry.",
     "The regulator's statement did not say whether it had opened an inquiry", "it had opened an inquiry"),
    ("The ministry did not say when the plant would reopen.",
     "The ministry did not say when the plant would reopen", "when the plant would reopen"),
])
def test_what_a_statement_did_not_say_is_also_the_publishers_observation(text, said, left):
    """'X did not say whether C', 'did not say when C': as with 'has not said whether C', the
    publisher observes what was left out, in its own words, and X leaves C unconfirmed."""
    got = [(c["form"], c["stance"], c["text"]) for c in claims_of(text)]
    assert got == [("unattributed", "asserts", said), ("indirect", "declines_to_confirm", left)]
