"""Shapes of news prose (issue 13), each on sentences written for this test with invented names: an outlet
named as the one a statement was sent or told to at the sentence's opening, a page's time stamp, a correction
after a statement told to another outlet."""

from __future__ import annotations

import pytest
from test_extract import claims_of

from provenance.extract.page import is_boilerplate


def _claim(claims: list[dict], words: str) -> dict:
    return next(c for c in claims if words in c["text"])


# An outlet named at the sentence's opening as the one told: carried when the outlet is known (listed, the
# publisher, or named before in the text), never for a body addressed ('the Kelby Stock Exchange').
OPENING_ADDRESS = {
    "a statement to a listed outlet, two clauses": (
        "In a statement to Reuters, Dorvane Freight director Ilse Marrack said the cranes had been inspected "
        "in March and that no shift had been skipped.",
        {"the cranes had been inspected": "Reuters", "no shift had been skipped": "Reuters"}),
    "its statement to the publisher by its short name": (
        "In its statement to the Gazette, the haulier said its drivers were paid in full.",
        {"its drivers were paid in full": "Harbour Gazette"}),
    "a note sent to an outlet named before": (
        "The Wexmoor Courier first reported the gaps on Monday. In a new note sent to the Courier, the haulier said "
        "the depot had never closed.",
        {"the depot had never closed": "Wexmoor Courier"}),
    "'To OUTLET,' before an anonymous source": (
        "To Reuters, a former dock worker, who asked not to be named, said the logs were altered.",
        {"the logs were altered": "Reuters"}),
    "'To the OUTLET,' the publisher": (
        "To the Harbour Gazette, a second dock worker said the cranes were rarely checked.",
        {"the cranes were rarely checked": "Harbour Gazette"}),
    "a body addressed is no outlet": (
        "In a note sent to the Kelby Stock Exchange, the haulier said its profit would fall by half.",
        {"its profit would fall by half": None}),
    "a name unknown is no outlet": (
        "To Tarnview Weekly Digest, a retired pilot said the runway lights had failed twice.",
        {"the runway lights had failed twice": None}),
}


@pytest.mark.parametrize("text, outlets", OPENING_ADDRESS.values(), ids=OPENING_ADDRESS.keys())
def test_an_outlet_told_at_the_opening_is_carried_only_when_known(text, outlets):
    claims = claims_of(text, outlet="Harbour Gazette")
    assert {words: _claim(claims, words)["outlet_name"] for words in outlets} == outlets


@pytest.mark.parametrize("line, furniture", [
    ("LISBON 04.03.2026 | 08:15 h.", True),
    ("Oct. 2, 2026 at 9:30 p.m.", True),
    ("Tarnmouth, 14 May 2026, 17:05 GMT", True),
    ("The vote closed 04.03.2026 at 08:15.", False),
    ("Tarnmouth 04.03.2026", False),
])
def test_a_date_line_with_a_time_is_a_time_stamp(line, furniture):
    assert is_boilerplate(line) is furniture


def test_a_time_stamp_line_is_no_claim():
    text = ("Harbour cranes failed inspection\n\nTARNMOUTH 04.03.2026 | 08:15 h.\n\n"
            "Three of the port's cranes failed their spring inspection, the harbour board said.")
    assert [c["text"] for c in claims_of(text, outlet="Harbour Gazette")] == [
        "Three of the port's cranes failed their spring inspection"]


def test_a_correction_after_a_statement_told_to_another_outlet_is_the_publishers():
    text = ("Inspectors visited the second depot on Thursday.\n\n"
            "A former loader told Reuters that the pallets were relabelled at night.\n\n"
            "CORRECTION: this article previously said that the inspection took place on Wednesday. "
            "It took place on Thursday.")
    claim = _claim(claims_of(text, outlet="Harbour Gazette"), "the inspection took place on Wednesday")
    assert (claim["speaker_name"], claim["outlet_name"], claim["stance"]) == ("Harbour Gazette", "Harbour Gazette",
                                                                            "retracts")


# 'X, which said C' closing a clause of the publisher's: the last noun phrase before the comma speaks, never the
# clause it closes (stored as 'which' before); a descriptive name before it stays whole.
WHICH_SAID = {
    "after a preposition": (
        "The Gazette passed the crane logs to two marine surveyors, which said the faults were consistent with "
        "overloading.", "the faults were consistent with overloading", "two marine surveyors"),
    "after a verb and its article": (
        "The port hired an engineering firm, which said the crane was unsafe.", "the crane was unsafe",
        "engineering firm"),
    "after a verb and a name": (
        "The board hired Tarn Audit, which said the accounts were sound.", "the accounts were sound", "Tarn Audit"),
    "a described outlet stays whole": (
        "It was first reported by the regional newspaper Kelby Post, which said on Monday that officers had "
        "searched the mill.", "officers had searched the mill", "Kelby Post"),
}


@pytest.mark.parametrize("text, words, speaker", WHICH_SAID.values(), ids=WHICH_SAID.keys())
def test_which_said_gives_the_noun_phrase_before_it(text, words, speaker):
    assert _claim(claims_of(text, outlet="Harbour Gazette"), words)["speaker_name"] == speaker


# Documents cited as sources are no anonymous sources (the judging rule of every held-out batch: a record, a
# registry, a gazette or a collection of invoices or permits speaks on the record); initials of how a record was
# made ('GPS records') name no issuer.
DOCUMENTS = {
    "invoices after 'according to'": (
        "The depot was paid 4 million euros in 2025, according to invoices released with the contract.",
        "The depot was paid 4 million euros in 2025", "invoices", False),  # (named before 'released', session 45)
    "an official gazette": (
        "The festival received 40,000 euros from the province, according to the provincial official gazette.",
        "The festival received 40,000 euros", "provincial official gazette", False),
    "a registry": (
        "The ferry firm is owned by a holding in Tarnland, according to the national business registry.",
        "The ferry firm is owned by a holding", "national business registry", False),
    "permits named again": (
        "Customs permits list the cargo as timber. The permits show that the containers left the yard at night.",
        "the containers left the yard at night", "permits", False),
    "GPS records are no body's initials": (
        "GPS records from nine of the firm's ferries show the boats stayed in port.",
        "the boats stayed in port", "Harbour Gazette", False),
    "people familiar stay anonymous": (
        "According to people familiar with the talks, the ferry deal is off.",
        "the ferry deal is off", "people familiar with the talks", True),
}


@pytest.mark.parametrize("text, words, speaker, anonymous", DOCUMENTS.values(), ids=DOCUMENTS.keys())
def test_documents_cited_are_no_anonymous_sources(text, words, speaker, anonymous):
    claim = _claim(claims_of(text, outlet="Harbour Gazette"), words)
    assert (claim["speaker_name"], claim["speaker_obj"]["anonymous"]) == (speaker, anonymous)


@pytest.mark.parametrize("given, body, stored", [
    ("REUTERS", "KELBY (REUTERS) - The ferry operator Tarn Lines cut 40 sailings on Monday.", "REUTERS"),
    ("reuters", "KELBY (Reuters) - The ferry operator Tarn Lines cut 40 sailings on Monday.", "Reuters"),
])
def test_the_publishers_name_keeps_the_spelling_the_story_writes(given, body, stored):
    """A publisher given in another case than the outlet list's keeps the spelling its own story writes."""
    claims = claims_of(body, outlet=given)
    assert {c["outlet_name"] for c in claims if c["outlet_name"]} == {stored}


# '"D," he said' right after the statement of one unnamed source who asked not to be named is that source's, not a
# named party's met further back; a person named between them, or a source who asked nothing, leaves it as it was.
UNNAMED_THEN_HE = {
    "after an unnamed forklift driver": (
        "The haulier's director, Petra Vangsgaard, said the depot followed every rule.\n\n"
        "A forklift driver on the night shift, speaking on condition of anonymity, said the pallets were relabelled "
        "at night.\n\n\"Everyone on the shift knew,\" he said.", "Everyone on the shift knew",
        "forklift driver on the night shift", True),
    "after an unnamed clerk, a named farmer further up": (
        "Farmer Tobias Ekwueme said he had lost the season.\n\n"
        "A clerk at the co-operative, who did not want to be named because he still works there, said the bags came "
        "from one batch.\n\n\"The bags looked new,\" he said.", "The bags looked new", "clerk at the co-operative",
        True),
}


@pytest.mark.parametrize("text, words, speaker, anonymous", UNNAMED_THEN_HE.values(), ids=UNNAMED_THEN_HE.keys())
def test_he_after_an_unnamed_source_is_that_source(text, words, speaker, anonymous):
    claim = _claim(claims_of(text, outlet="Harbour Gazette"), words)
    assert (claim["speaker_name"], claim["speaker_obj"]["anonymous"]) == (speaker, anonymous)


def test_he_after_a_person_named_since_is_not_the_unnamed_source():
    """The guard holds: the unnamed loader does not get 'he' past the manager named since."""
    text = ("A loader, who asked not to be named, said the pallets were relabelled at night.\n\n"
            "Depot manager Osric Pellham was suspended on Friday. \"I did nothing wrong,\" he said.")
    assert _claim(claims_of(text, outlet="Harbour Gazette"), "I did nothing wrong")["speaker_name"] != "loader"


@pytest.mark.xfail(strict=True, reason="known miss: 'he' after a person named in a sentence of the publisher's "
                   "own ('Depot manager NAME was suspended') goes to 'unidentified speaker', not to that person")
def test_he_after_a_person_named_since_is_that_person():
    text = ("A loader, who asked not to be named, said the pallets were relabelled at night.\n\n"
            "Depot manager Osric Pellham was suspended on Friday. \"I did nothing wrong,\" he said.")
    assert _claim(claims_of(text, outlet="Harbour Gazette"), "I did nothing wrong")["speaker_name"] == "Osric Pellham"


@pytest.mark.parametrize("text, words, speaker, outlet", [
    ("A ministry source consulted by Reuters said the fine could reach 30,000 euros.",
     "the fine could reach 30,000 euros", "ministry source", "Reuters"),
    ("An official contacted by Reuters said the ferry plan was dropped.", "the ferry plan was dropped", "official",
     "Reuters"),
])
def test_a_source_consulted_by_an_outlet_speaks_through_it(text, words, speaker, outlet):
    claim = _claim(claims_of(text, outlet="Harbour Gazette"), words)
    assert (claim["speaker_name"], claim["outlet_name"]) == (speaker, outlet)


@pytest.mark.parametrize("text, said", [
    ("- The ferries never ran on time, not once - said Tomasz Welka, 58. - But the new timetable is worse.",
     ["The ferries never ran on time, not once", "But the new timetable is worse"]),
    ("- The ferries never ran on time - said Tomasz Welka. - The new timetable is worse. Nobody asked us - he added.",
     ["The ferries never ran on time", "The new timetable is worse", "Nobody asked us"]),
])
def test_a_second_dash_reopens_the_quotation(text, said):
    """'- C1 - said X, 67. - C2': the dash after the sentence that names the speaker reopens the quotation."""
    claims = claims_of(text, outlet="Harbour Gazette")
    assert [(c["text"], c["speaker_name"], c["form"]) for c in claims] == [(s, "Tomasz Welka", "direct") for s in said]


# Relays: the one an outlet quotes or cites speaks, through that outlet, also past a clause describing them or with
# the citation set off before the verb; a figure after 'said at least' opens the clause reported.
RELAYS = {
    "quoted X, who was not named, as saying": (
        "The Kelby Courier quoted a former loader, who was not named, as saying the pallets were relabelled at night.",
        "the pallets were relabelled at night", "former loader", True, "Kelby Courier"),
    "OUTLET, citing sources, said": (
        "Reuters, citing two port officials, said the cranes were unsafe.", "the cranes were unsafe",
        "two port officials", True, "Reuters"),
    "a person citing a record still speaks": (
        "The mayor, citing a new audit, said the cranes were unsafe.", "the cranes were unsafe", "mayor", True, None),
    "said at least a figure and a verb in the past": (
        "The Kelby Courier said at least 2,300 head of cattle passed through the yard.",
        "at least 2,300 head of cattle passed through the yard", "Kelby Courier", False, "Kelby Courier"),
}


@pytest.mark.parametrize("text, words, speaker, anonymous, outlet", RELAYS.values(), ids=RELAYS.keys())
def test_relays_give_the_one_quoted_or_cited(text, words, speaker, anonymous, outlet):
    claim = next(c for c in claims_of(text, outlet="Harbour Gazette") if c["text"] == words)
    assert (claim["speaker_name"], claim["speaker_obj"]["anonymous"], claim["outlet_name"]) == (
        speaker, anonymous, outlet)


def test_records_an_outlet_cites_leave_it_the_source():
    """'X, citing customs permits, said C': records no issuer is named for are the outlet's to vouch for (the aside
    is its own attribution of what it cites); people cited are the source of C."""
    claims = claims_of("The Kelby Courier, citing customs permits, said 900 containers passed through the yard.",
                       outlet="Harbour Gazette")
    assert [(c["text"], c["speaker_name"], c["outlet_name"]) for c in claims] == [
        ("customs permits", "Kelby Courier", "Kelby Courier"),
        ("900 containers passed through the yard", "Kelby Courier", "Kelby Courier")]
