"""A withdrawal told in other words than the account it takes back (issue 12): a later story's 'X has
withdrawn its statement that C' names C in its own words and figures ('11' for 'at least eleven',
'checked' for 'tested'), so C shares only some of the account's words; and the account may hold C
beside another statement under one cue ('said that C and that D'). Of each earlier document of the
same story, the one account of the party (whole, or its clause C) that shares most of its words with
what was withdrawn, figures aside, is taken back; a body's head ('the ministry's permanent
secretary') speaks for the body that withdraws. What another party said, or denied, stays as it was.
Invented articles of this file's own writing."""

from __future__ import annotations

import pytest
from test_status_shapes import _by_text, ingested

from provenance import corroboration

FERRIES = {
    "courier-ferries": ("The Coast Courier", "2026-03-02",
                        "The Marl Transport Ministry's permanent secretary, Ines Varo, said on Monday that at least "
                        "eleven ferries on the island routes had been inspected by its surveyors in February.\n\n"
                        "Ines Varo also said the ministry would publish its timetable for the summer in April."),
    "gazette-ferries": ("The Harbour Gazette", "2026-03-06",
                        "The Marl Transport Ministry has withdrawn its claim that 11 island ferries were examined "
                        "by ministry surveyors, after the surveyors' union said no inspection had taken place.\n\n"
                        "The ministry gave no further comment."),
}

TANKERS = {
    "courier-tankers": ("The Coast Courier", "2026-07-01",
                        "Marlo Dairies said on Monday that its milk tankers had been cleaned after each delivery by "
                        "its drivers.\n\nMarlo Dairies said its tankers had passed the regional milk inspection in "
                        "May.\n\nThe dairy supplies schools in the Tolvik district."),
    "gazette-tankers": ("The Harbour Gazette", "2026-07-04",
                        "Marlo Dairies has retracted its statement that the tankers that carry milk from its Tolvik "
                        "plant were cleaned after each trip.\n\nHealth inspectors found dried milk in two tankers."),
}

WELLS = {
    "courier-wells": ("The Coast Courier", "2026-05-04",
                      "The Velm Water Board said in an email that at least nine wells in the valley had been tested "
                      "for nitrates and that the board would publish every result online."),
    "gazette-wells": ("The Harbour Gazette", "2026-05-08",
                      "The Velm Water Board has withdrawn its statement that the nine wells it runs in the valley "
                      "were checked for nitrates.\n\nFarmers in the valley have asked for their own tests."),
}

QUOTA = {
    "courier-quota": ("The Coast Courier", "2026-09-01",
                      "The Tarn Fishers Guild said 40 boats had been kept in port by the new quota since "
                      "August.\n\nThe Tarn Fisheries Agency said the quota had cut catches of cod by a third."),
    "gazette-quota": ("The Harbour Gazette", "2026-09-03",
                      "The Tarn Fisheries Agency denied the guild's claim that forty boats were kept in port by the "
                      "quota.\n\nThe agency has withdrawn its statement that boats in the Tarn fleet caught a third "
                      "less cod under the quota, after its own count showed catches had held."),
}


def _asserted(claims: list[dict], words: str, speaker: str) -> dict:
    found = [c for c in _by_text(claims, words) if c["stance"] == "asserts" and speaker in (c["speaker"] or "")]
    assert len(found) == 1, (words, speaker, claims)
    return found[0]


def test_a_ministry_withdrawing_a_figure_in_other_words_takes_back_its_heads_account(run, tmp_path):
    """'at least eleven ferries ... inspected by its surveyors', said by the ministry's permanent
    secretary, against the ministry's withdrawal of '11 island ferries were examined by ministry
    surveyors': the same account, its figure worded otherwise; her other statement stands."""
    claims = ingested(run, tmp_path, FERRIES)
    varo = _asserted(claims, "eleven ferries", "Ines Varo")
    assert varo["status"] == "retracted", varo
    assert "Marl Transport Ministry" in varo["reason"], varo
    timetable = _asserted(claims, "timetable for the summer", "Ines Varo")
    assert timetable["status"] != "retracted", timetable


def test_a_company_retracting_its_statement_in_other_words_takes_back_that_one(run, tmp_path):
    """'its milk tankers had been cleaned after each delivery by its drivers' and the company's
    retraction of 'the tankers that carry milk from its Tolvik plant were cleaned after each trip': the
    account is taken back; its other statement on the tankers (an inspection passed) is not."""
    claims = ingested(run, tmp_path, TANKERS)
    cleaned = _asserted(claims, "cleaned after each delivery", "Marlo Dairies")
    assert cleaned["status"] == "retracted", cleaned
    inspected = _asserted(claims, "regional milk inspection", "Marlo Dairies")
    assert inspected["status"] != "retracted", inspected


def test_a_withdrawn_part_of_a_statement_under_one_cue_is_withdrawn_in_part(run, tmp_path):
    """'said that at least nine wells had been tested for nitrates and that the board would publish
    every result', of which the board withdraws 'the nine wells it runs in the valley were checked for nitrates': the
    promise still stands, so the statement is disputed, partly withdrawn, not retracted whole."""
    claims = ingested(run, tmp_path, WELLS)
    told = _asserted(claims, "tested for nitrates", "Velm Water Board")
    assert told["status"] == "disputed", told
    assert told["reason"].startswith("partly withdrawn by Velm Water Board"), told


def test_a_denial_of_another_partys_claim_withdraws_nothing(run, tmp_path):
    """The agency denies the guild's forty boats and withdraws its own statement on cod catches: the
    guild's claim is disputed by the denial, never withdrawn; the agency's own is."""
    claims = ingested(run, tmp_path, QUOTA)
    guild = _asserted(claims, "40 boats", "Tarn Fishers Guild")
    assert guild["status"] != "retracted", guild
    agency = _asserted(claims, "cut catches of cod", "Tarn Fisheries Agency")
    assert agency["status"] == "retracted", agency


@pytest.mark.parametrize(("withdrawn", "account", "share"), [
    ("11 island ferries were examined by ministry surveyors",
     "at least eleven ferries on the island routes had been inspected by its surveyors in February", 0.6),
    ("the nine wells it runs in the valley were checked for nitrates",
     "at least nine wells in the valley had been tested for nitrates and that the board would publish", 0.6),
])
def test_figures_and_their_wording_are_aside_from_the_words_compared(withdrawn, account, share):
    assert corroboration._retold_share(withdrawn, account)[0] >= share


def test_a_particular_apart_is_no_retelling():
    assert corroboration._retold_share("the freezers at its Corvin plant were serviced by a contractor",
                                       "the freezers at its Dunvik plant were serviced by a contractor")[0] == 0.0
