"""Speaker shapes where a title, a description or a place was kept as, or read for, the speaker's name
(issue 13), each on a sentence written for this test with invented names, places and bodies: a name set off
after a description with the party in brackets or the person's work before it, a description set off after
a name and followed by another, and a title whose constituency holds a town's first word or a compass word."""

from __future__ import annotations

import pytest
from test_extract import attributed

from provenance.extract.speakers import analyse


def _speakers(text: str) -> list[tuple]:
    return [(c["speaker_obj"]["name"], c["speaker_obj"]["anonymous"]) if c["speaker_obj"] else None
            for c in attributed(text, outlet="Kelby Ledger")]


@pytest.mark.parametrize("text, name", [
    # the party in brackets after the name set off after a description
    ("The Oswick North MP, Ms Dana Holm (KDP), said she would raise the fees in the chamber.", "Dana Holm"),
    ("The panel's chairman, Rep. Tom Reyes (R-Ohio), said the hearing would go on.", "Tom Reyes"),
    # the person's work in lower case before the name
    ("Another Brackwater resident, bus driver Ana Costa, said the bridge had moved in the night.", "Ana Costa"),
    ("A Brackwater resident, retired teacher Tom Reyes, said the school had been shut for weeks.", "Tom Reyes"),
    ("The firm's founder, engineer Tom Reyes, said the plant was safe.", "Tom Reyes"),
])
def test_a_name_set_off_after_a_description_is_the_speaker(text, name):
    assert _speakers(text) == [(name, False)]


@pytest.mark.parametrize("text, name", [
    ("Tomas Reyes, president of Kelby Growers Union, a farmers' group, said its members were angry.", "Tomas Reyes"),
    ("Ana Costa, chair of the Kelby Tenants Alliance, a housing charity, said rents had doubled.", "Ana Costa"),
])
def test_a_name_before_two_descriptions_is_the_speaker(text, name):
    assert _speakers(text) == [(name, False)]


def test_a_description_alone_stays_an_unnamed_speaker():
    assert _speakers("Another Brackwater resident said the bridge had moved in the night.") == [
        ("another Brackwater resident", True)]


@pytest.mark.parametrize("mention, name, role", [
    ("retired teacher Tom Reyes", "Tom Reyes", "retired teacher"),
    ("Kelby teacher Tom Reyes", "Tom Reyes", "Kelby teacher"),
])
def test_one_persons_work_before_a_name_is_the_role(mention, name, role):
    sp = analyse(mention).speaker
    assert (sp.name, sp.role, sp.anonymous) == (name, role, False)


def test_a_word_for_many_before_a_name_names_no_one():
    assert analyse("local residents Tom Reyes").speaker.anonymous


@pytest.mark.parametrize("mention, name, role", [
    # a town's first word before a given name: the given name is the town's
    ("Member of Parliament for St Albert Eastern Tomas Reyes", "Tomas Reyes", "Member of Parliament for St Albert Eastern"),
    ("Member for Fort William Tom Reyes", "Tom Reyes", "Member for Fort William"),
    # a compass word inside the run: the words before it are the constituency's
    ("MP for Victoria East Ana Costa", "Ana Costa", "MP for Victoria East"),
    # (held before: a compass word that ends the name is a surname; a constituency that opens with one)
    ("MP for Kelby North Tom West", "Tom West", "MP for Kelby North"),
    ("Senator for Western Kelby Tom Reyes", "Tom Reyes", "Senator for Western Kelby"),
])
def test_a_constituency_between_a_title_and_a_name_is_the_role(mention, name, role):
    sp = analyse(mention).speaker
    assert (sp.name, sp.role, sp.anonymous) == (name, role, False)


@pytest.mark.parametrize("text", [
    "Spending fell by a third, according to the council's 2023/24 annual report.",
    "According to the council's 2023/24 annual report, spending fell by a third.",
])
def test_a_financial_year_written_with_a_slash_stays_in_the_source(text):
    claim, = attributed(text)
    assert claim["mention"] == "the council's 2023/24 annual report"


def test_the_organisation_is_the_body_the_person_just_named_heads():
    text = "Ana Costa, chief executive of Kelby Rowing, said the organisation opposed the ruling."
    assert ("Kelby Rowing", False) in _speakers(text)


def test_a_bare_organisation_with_no_body_in_the_role_stays_unresolved():
    text = "Ana Costa, a lawyer, said the organisation opposed the ruling."
    assert [name for name, _ in _speakers(text)] == ["Ana Costa", "organisation"]


@pytest.mark.parametrize("mention", ["Tom 'Big' Reyes", "ferry pilot Tom \u2018Big\u2019 Reyes"])
def test_a_nickname_in_single_quotes_is_no_part_of_the_name(mention):
    assert analyse(mention).speaker.name == "Tom Reyes"


def test_a_name_with_a_nickname_set_off_after_a_description_is_the_speaker():
    text = "Another Brackwater resident, ferry pilot Tom 'Big' Reyes, said the bridge had moved in the night."
    assert _speakers(text) == [("Tom Reyes", False)]


def test_a_quoted_name_of_a_campaign_keeps_its_words():
    assert analyse("the 'Save Kelby' campaign").speaker.name == "Save Kelby campaign"


def test_the_description_and_the_work_before_the_name_are_both_the_role():
    sp = analyse("Another Brackwater resident, bus driver Ana Costa").speaker
    assert (sp.name, sp.role) == ("Ana Costa", "Another Brackwater resident, bus driver")


@pytest.mark.parametrize("mention, anonymous", [
    ("A group", True),               # a body the text leaves unnamed: an anonymous source
    ("an organisation of parents", True),
    ("the group", False),            # the group named before, on the record
    ("A Group", False),              # a name written so
])
def test_an_unnamed_body_after_an_indefinite_article_is_anonymous(mention, anonymous):
    sp = analyse(mention).speaker
    assert (sp.kind, sp.anonymous) == ("institution", anonymous)
