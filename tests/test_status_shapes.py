"""Shapes behind statuses on real multi-outlet news (issue 12's development set), each on text
written for this test: who 'she said in a statement' is after a sentence that opens with a clause,
a name whose accents came through as mojibake, letters signed on a line of their own."""

from __future__ import annotations

import unicodedata

import pytest

from test_extract import attributed


def test_she_is_the_subject_named_after_an_opening_clause():
    text = ("Although the inquiry was far from over, Transport Minister Ana Costa took the last step "
            "on Monday of announcing that no fines would follow.\n\n"
            "“I accepted the board’s recommendation to close the case,” she said in a statement.")
    claim, = attributed(text)
    assert (claim["speaker_name"], claim["speaker_obj"]["anonymous"]) == ("Ana Costa", False)


@pytest.mark.parametrize("form", ["NFC", "NFD"])
@pytest.mark.parametrize("name", ["Jean DuprÃ©-MÃ¼ller", "Jean Dupré-Müller"])
def test_a_name_whose_accents_came_through_garbled_is_still_a_name(name, form):
    """'Dupré-Müller' stored as UTF-8 read as Latin-1 ('DuprÃ©-MÃ¼ller'), or with its accents
    decomposed: the prosecutor is named, on the record, and the short paragraph is no copyright
    line for its '©'."""
    text = f"“There was nothing to charge him with,” said chief prosecutor {name}."
    claim, = attributed(unicodedata.normalize(form, text))
    assert (claim["speaker_name"], claim["speaker_obj"]["anonymous"]) == ("Jean Dupré-Müller", False)
    assert claim["speaker_obj"]["role"] == "chief prosecutor"
