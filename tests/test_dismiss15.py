"""A verb that denies only when its object is something said: 'dismissed its chief pilot', 'rejected
the bid' act on their object, and the source of the sentence denies nothing; 'dismissed reports that
C', 'rejected the allegations', 'dismissed the row as absurd' still deny."""

from __future__ import annotations

import json

import pytest

from provenance.corroboration import ClaimRecord, acts_on_object, lead_deniers


def _pair(lead: str, text: str) -> list[ClaimRecord]:
    return [
        ClaimRecord(key=1, doc="d", text="the whole sentence", speaker="two people familiar with the decision",
                    anonymous=True, sentence=(0, 200), start=0, lead=""),
        ClaimRecord(key=2, doc="d", text=text, speaker="the Harbour Board", sentence=(0, 200), start=40, lead=lead),
    ]


@pytest.mark.parametrize("lead, text", [
    ("The Kelby Harbour Board dismissed ", "its chief pilot"),
    ("The Oskel club on Friday dismissed ", "its head coach"),
    ("The port authority rejected ", "the bid from Tarnway Holdings"),
    ("The council rejected ", "an application for a second quay"),
    ("The ministry has denied ", "him a permit to fish the bay"),
])
def test_an_action_on_a_plain_object_is_no_denial(lead, text):
    assert acts_on_object(ClaimRecord(key=1, doc="d", text=text, lead=lead))
    assert lead_deniers(_pair(lead, text)) == []


@pytest.mark.parametrize("lead, text", [
    ("The board dismissed ", "the allegations as baseless"),
    ("The board dismissed reports that ", "the pilot had been drinking"),
    ("The mayor rejected ", "the suggestion that she knew of the leak"),
    ("The mayor rejected the notion that ", "the quay was unsafe"),
    ("The club dismissed ", "the row as a storm in a teacup"),
    ("The firm denied ", "any wrongdoing"),
])
def test_a_denial_of_something_said_still_reads(lead, text):
    assert not acts_on_object(ClaimRecord(key=1, doc="d", text=text, lead=lead))
    assert lead_deniers(_pair(lead, text)) == [(0, 1, "deny")]


def test_a_clause_noun_without_its_clause_is_a_proposal_turned_down():
    assert acts_on_object(ClaimRecord(key=1, doc="d", text="the idea of a second quay", lead="The board rejected "))


def test_a_board_that_dismissed_its_pilot_is_not_disputed_by_those_who_told_of_it(run, tmp_path):
    article = tmp_path / "pilot.txt"
    article.write_text("The Marrow Harbour Board dismissed its chief pilot on Monday after a collision, "
                       "two people familiar with the decision said.\n", encoding="utf-8")
    assert run("ingest", str(article), "--outlet", "Marrow Gazette").exit_code == 0
    claims = json.loads(run("claims", "--format", "json").output)
    assert claims and not any(c["status"] == "disputed" for c in claims)


def _stances(text: str) -> list[str]:
    from provenance.extract.document import extract_claimset
    return [c["stance"] for c in extract_claimset(text, slug="t", use_model=False)["claims"]]


@pytest.mark.parametrize("text", [
    "Mayor Lena Brask refused to address the rally.",
    "Lena Brask refused to address a meeting of party members.",
    "The Tarnby club refused to name a successor.",
    "The Tarnby club refused to name a new coach on Friday.",
])
def test_refusing_to_address_an_audience_or_name_someone_new_declines_nothing(text):
    assert "declines_to_confirm" not in _stances(text)


@pytest.mark.parametrize("text", [
    "The Tarnby club refused to address the allegations.",
    "The Tarnby club refused to name the officials involved.",
    "Lena Brask refused to publicly discuss the sale.",
])
def test_refusing_to_tell_still_declines(text):
    assert _stances(text) == ["declines_to_confirm"]


def test_only_is_no_adverb_of_a_refusal_to_tell():
    from provenance.extract.lexicon import lexicon
    telling = lexicon().declined_telling
    assert telling.search("refused to publicly discuss the sale")
    assert not telling.search("refused to only discuss the sale")
