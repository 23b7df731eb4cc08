"""Denials and refusals on news prose, round 8 (issue 12 item 3), each on invented text: a denial of
'the notion that C' (a noun that denies only with its clause), no report answered across a section
break ('___'), a closing appositive whose party is plural ('a claim the growers dispute'), refusals in
the present tense ('refuses to say who C'), and a bare refusal ('X declined to comment') that is no
claim of X's."""

from __future__ import annotations

import pytest
from test_status_shapes import ruled_claims

from provenance.extract.document import extract_claimset

LEAK = "the Tarnby weir had leaked for months"
WEIR = f"Two inspectors, who asked not to be named, said {LEAK}.\n\n"


@pytest.mark.parametrize("verb", ["rejected", "dismissed", "disputed", "pushed back on"])
@pytest.mark.parametrize("noun", ["notion", "idea", "impression", "suggestion", "contention"])
def test_a_denial_of_the_notion_that_c_denies_c(verb, noun):
    """'X rejected the notion that C': X denies C (disputed naming X), never asserts 'the notion
    that C' nor corroborates the report of C."""
    got = ruled_claims(WEIR + f"Weir keeper Oskar Lind {verb} the {noun} that {LEAK}.\n")
    denial = next(c for c in got if c["speaker_name"] == "Oskar Lind")
    assert (denial["stance"], denial["text"]) == ("denies", LEAK)
    report = next(c for c in got if c["speaker_name"] != "Oskar Lind")
    assert report["status"] == "disputed" and report["reason"].startswith("denied by Oskar Lind")


@pytest.mark.parametrize("sentence", [
    "Weir keeper Oskar Lind rejected the idea of a new weir.",
    "Weir keeper Oskar Lind dismissed the idea.",
])
def test_the_idea_without_its_clause_is_no_denial_of_a_report(sentence):
    """'rejected the idea' with no clause turns down a proposal: no report is denied or disputed."""
    got = ruled_claims(WEIR + sentence + "\n")
    assert all(c["stance"] != "denies" for c in got)
    assert all(c["status"] != "disputed" for c in got)


@pytest.mark.parametrize("verb", ["dispute", "reject", "deny", "have disputed"])
def test_a_closing_appositive_with_a_plural_party_denies_the_report(verb):
    """'C, a claim the growers dispute': the growers deny C, the content of the report before the
    appositive, whose claim is disputed."""
    claim = "the co-operative had sold its orchards to a bank in 2022"
    got = ruled_claims(f"Board member Ulla Varn said {claim}, a claim the growers {verb}.\n")
    denial = next(c for c in got if c["stance"] == "denies")
    assert denial["text"] == claim and "grower" in denial["speaker_name"].lower()
    report = next(c for c in got if c["speaker_name"] == "Ulla Varn")
    assert report["status"] == "disputed"


@pytest.mark.parametrize("cue", ["refuses to say", "declines to say", "refused to reveal"])
def test_a_refusal_to_say_who_c_declines_to_confirm_it(cue):
    """'X refuses to say who C' in a live blog's present tense: X declines to confirm (the question is
    the content), never X asserting 'to say who C'."""
    got = ruled_claims(f"Weir keeper Oskar Lind {cue} who signed the repair order.\n")
    claim = next(c for c in got if c["speaker_name"] == "Oskar Lind")
    assert (claim["stance"], claim["text"]) == ("declines_to_confirm", "who signed the repair order")


def test_declining_to_comment_on_a_thing_in_the_present_tense():
    """'X declines to comment on the sale': a non-confirmation by X, not X's assertion."""
    got = ruled_claims("Weir keeper Oskar Lind declines to comment on the sale of the weir.\n")
    claim = next(c for c in got if c["speaker_name"] == "Oskar Lind")
    assert claim["stance"] == "declines_to_confirm"


@pytest.mark.parametrize("rule", ["___", "***", "* * *"])
def test_a_denial_answers_no_report_across_a_section_break(rule):
    """A page of updates whose entries a rule line ('___') divides: 'X rejected the allegation' in one entry
    answers no report of an earlier entry; it keeps its own words and disputes nothing."""
    got = ruled_claims(WEIR + f"{rule}\n\nWeir keeper Oskar Lind rejected the allegation on Tuesday.\n")
    denial = next(c for c in got if c["speaker_name"] == "Oskar Lind")
    assert (denial["stance"], denial["text"]) == ("denies", "the allegation")
    assert all(c["status"] != "disputed" for c in got if c["stance"] == "asserts")


@pytest.mark.parametrize("sentence", [
    "Weir keeper Oskar Lind declined to comment on Tuesday.",
    "Lind did not respond to a request for comment.",
    "The Tarnby Water Board could not be reached for comment.",
    "The Tarnby Water Board did not return calls seeking comment.",
    "Lind refused to comment.",
])
@pytest.mark.parametrize("use_model", [False, True])
def test_a_bare_refusal_is_the_publishers_observation_never_a_claim_with_content(sentence, use_model):
    """'X declined to comment': the publisher's statement in its own words; the party asserts nothing
    ('to comment on Tuesday' is never a content of Lind's), with or without the model."""
    text = WEIR + "Weir keeper Oskar Lind said the sluice gates were shut.\n\n" + sentence + "\n"
    cs = extract_claimset(text, slug="t", use_model=use_model, outlet="Harbour Gazette")
    tail = text.index(sentence)
    mine = [c for c in cs["claims"] if c["start"] is not None and c["start"] >= tail]
    assert [(c["form"], c["text"]) for c in mine] == [("unattributed", sentence.rstrip("."))]


@pytest.mark.parametrize("answer", [
    "Weir keeper Oskar Lind said that was not true.",
    "Weir keeper Oskar Lind told reporters that was \"simply not true\".",
    "Weir keeper Oskar Lind says that's wrong.",
])
def test_a_reported_verdict_on_that_denies_the_report_before_it(answer):
    """'X said that was not true': 'that' is the verdict's subject, not a complementiser: X denies the
    report just before (disputed naming X), never asserts 'was not true'."""
    got = ruled_claims(WEIR + answer + "\n")
    denial = next(c for c in got if c["speaker_name"] == "Oskar Lind")
    assert (denial["stance"], denial["text"]) == ("denies", LEAK)
    report = next(c for c in got if c["speaker_name"] != "Oskar Lind")
    assert report["status"] == "disputed"


@pytest.mark.parametrize("answer", [
    "The allegation was denied by weir keeper Oskar Lind on Monday.",
    "The inspectors' account was flatly rejected by weir keeper Oskar Lind.",
    "Their claim has been disputed by weir keeper Oskar Lind.",
])
def test_a_passive_denial_of_a_report_is_the_agents_denial(answer):
    """'The allegation was denied by X': X denies the report before it (disputed naming X); X never
    asserts 'The allegation'."""
    got = ruled_claims(WEIR + answer + "\n")
    denial = next(c for c in got if c["speaker_name"] == "Oskar Lind")
    assert (denial["stance"], denial["text"]) == ("denies", LEAK)
    assert next(c for c in got if c["speaker_name"] != "Oskar Lind")["status"] == "disputed"


def test_a_passive_rejection_of_a_proposal_is_no_denial():
    """'The plan was rejected by the council': a proposal turned down, no statement of the council's."""
    got = ruled_claims(WEIR + "The repair plan was rejected by the Tarnby council.\n")
    assert all(c["stance"] == "asserts" for c in got)
    assert all(c["status"] != "disputed" for c in got)
