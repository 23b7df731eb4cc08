"""Outlets as carriers of what a source said, each on invented text: an agency naming itself with its
initials in its own copy, a broadcaster's programme named before the speaker ('Speaking on X's Y,'),
an outlet's questions that went unanswered, and an outlet's own non-confirmation of accounts it
relays."""

from __future__ import annotations

import pytest
from test_extract import claims_of
from test_status_shapes import ruled_claims


@pytest.mark.parametrize("text, outlet", [
    ("The Coast News Agency (CNA) reports that nine passengers were missing.", "Coast News Agency"),
    ("The Coast News Agency (CNA) reported on Monday that nine passengers were missing.", "Coast News Agency"),
])
def test_an_agency_naming_itself_with_its_initials_carries_its_own_report(text, outlet):
    """'The Coast News Agency (CNA) reports that C' in the agency's own copy: the agency speaks and
    carries it (its initials make it no other body)."""
    claim, = claims_of("Ferry sinks\n\n" + text + "\n", outlet=outlet)
    assert (claim["speaker_name"], claim["outlet_name"], claim["text"]) == (
        outlet, outlet, "nine passengers were missing")


def test_another_outlet_named_with_its_initials_carries_its_report():
    claim, = claims_of("The Harbour Herald (HH) reported that nine passengers were missing.\n", outlet="Coast Wire")
    assert (claim["speaker_name"], claim["outlet_name"]) == ("Harbour Herald", "Harbour Herald")


def test_a_body_named_with_its_initials_stays_a_body():
    claim, = claims_of("The Office of the Harbour Auditor (OHA) said the ferry was old.\n", outlet="Coast Wire")
    assert (claim["speaker_name"], claim["outlet_name"]) == ("Office of the Harbour Auditor", None)


@pytest.mark.parametrize("opening, outlet", [
    ("Speaking on BBC Radio 4's Today programme", "BBC"),
    ("Speaking on BBC Radio 4", "BBC"),
])
def test_speaking_on_a_programme_names_the_medium_it_was_said_on(opening, outlet):
    """'Speaking on X's PROGRAMME, NAME said C': the broadcaster carries what NAME said."""
    claim, = claims_of(opening + ", harbour master Ola Berg said the port would reopen on Friday.\n",
                       outlet="Coast Wire")
    assert (claim["speaker_name"], claim["outlet_name"]) == ("Ola Berg", outlet)


@pytest.mark.parametrize("opening", ["Speaking on Monday", "Speaking on condition of anonymity",
                                     "Speaking on the radio"])
def test_speaking_on_anything_but_a_medium_names_no_outlet(opening):
    claim, = claims_of(opening + ", harbour master Ola Berg said the port would reopen.\n", outlet="Coast Wire")
    assert claim["outlet_name"] is None and claim["text"] == "the port would reopen"


def test_an_outlets_unanswered_questions_name_the_outlet_not_the_questions():
    """'did not respond to the Daily Courier's questions about C': the outlet is the Daily Courier,
    never an outlet called "Daily Courier's questions about"."""
    got = claims_of("The ferry company did not respond to the Daily Courier's questions about who would pay.\n",
                    outlet="Coast Wire")
    assert {c["outlet_name"] for c in got if c["outlet_name"]} == {"Daily Courier"}


@pytest.mark.parametrize("verdict", ["Coast Wire could not independently verify those accounts",
                                     "Coast Wire has not been able to verify their accounts"])
def test_an_outlets_own_non_confirmation_is_its_own_statement(verdict):
    """'Several employees said C. Coast Wire could not independently verify those accounts': the
    publisher's own statement, in its words; the accounts stay unconfirmed."""
    account, own = ruled_claims("Several employees said on social media that they had been locked out of the "
                                "office. " + verdict + ".\n", outlet="Coast Wire")
    assert (own["speaker_name"], own["stance"], own["text"]) == ("Coast Wire", "asserts", verdict)
    assert account["status"] == "unconfirmed"


def test_an_outlet_naming_itself_in_full_with_the_initials_it_goes_by_is_the_publisher():
    """'The Kestrel Broadcasting Network (KBN) reported C' in the copy of an outlet that calls itself
    KBN: the publisher, not a second outlet."""
    claim, = claims_of("The Kestrel Broadcasting Network (KBN) reported that nine passengers were missing.\n",
                       outlet="KBN")
    assert (claim["speaker_name"], claim["outlet_name"]) == ("KBN", "KBN")


@pytest.mark.parametrize("opening", ["The Dockside reported on Thursday, citing two people familiar with the inquiry,",
                                     "The Harbour Lamp reported, citing a person briefed on the inquiry,"])
def test_a_name_that_reports_citing_its_sources_is_an_outlet(opening):
    """'The Dockside reported, citing two people familiar with X, that C': a name with its article that
    reports a scoop citing its sources is an outlet (listed or not), carrying what they said; and 'the
    report' after it is that outlet's."""
    text = f"{opening} that the crane had failed an inspection. The report said the yard knew in May.\n"
    got = claims_of(text, outlet="Coast Wire")
    outlet = opening.split(" reported")[0]
    assert [(c["outlet_name"], c["text"]) for c in got] == [
        (outlet, "the crane had failed an inspection"), (outlet, "the yard knew in May")]


@pytest.mark.parametrize("text", ["The Coast Guard reported on Monday that two boats sank.",
                                  "The Harbour Authority reported, citing the harbour master, that two boats sank."])
def test_a_body_or_a_name_without_a_scoop_is_no_outlet(text):
    claim, = claims_of(text + "\n", outlet="Coast Wire")
    assert claim["outlet_name"] in (None, "Coast Wire") and claim["speaker_name"] in ("Coast Guard", "Harbour Authority")


def test_a_news_release_quoting_a_chief_executive_is_not_named_after_her():
    """'"C," chief executive Ana Lind said in a news release': the release is its issuer's, no outlet
    called 'Ana Lind press release'."""
    claim, = claims_of("\u201cWe will recall every unit,\u201d chief executive Ana Lind said in a news release.\n",
                       outlet="Coast Wire")
    assert claim["speaker_name"] == "Ana Lind" and not (claim["outlet_name"] or "").endswith("press release")


@pytest.mark.parametrize("means", ["in an email to the Harbour Ledger", "in a statement to the Harbour Ledger",
                                   "in a letter to the Harbour Ledger"])
def test_a_message_to_an_outlet_is_carried_by_it(means):
    """'The agency said in an email to the Ledger that C': the outlet addressed carries C."""
    claim, = claims_of(f"The Port Agency said {means} that it had asked the ferry company for its logs.\n",
                       outlet="Coast Wire")
    assert (claim["speaker_name"], claim["outlet_name"], claim["text"]) == (
        "Port Agency", "Harbour Ledger", "it had asked the ferry company for its logs")


def test_a_message_to_people_names_no_outlet():
    claim, = claims_of("The Port Agency said in a letter to residents that the ferry would run.\n", outlet="Coast Wire")
    assert claim["outlet_name"] is None


def test_a_possessive_inside_an_outlets_name_is_no_owner():
    """'told Harbour's Own' where Harbour's Own is the broadcaster publishing the story: told that
    outlet, not one called 'Harbour'."""
    claim, = claims_of("\u201cThe car just kept going,\u201d Ana Brock told Harbour's Own.\n", outlet="Harbour's Own")
    assert (claim["speaker_name"], claim["outlet_name"]) == ("Ana Brock", "Harbour's Own")
