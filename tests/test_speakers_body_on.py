"""A body's name with 'on' in it ('the Commission on Harbour Safety', 'Council on Port Affairs') is
one speaker, not cut to its head noun (issue 13: names cut short); 'the Committee on Monday' is the
committee and a day; an ordinal inside a body's name ('the Kelby 2nd District Office, who ...') stays in
the description of an unnamed source. Short texts written for this test, with invented bodies."""

from __future__ import annotations

import pytest
from test_extract import attributed


@pytest.mark.parametrize("text, name", [
    ("The quay is unsafe, according to the Commission on Harbour Safety.", "Commission on Harbour Safety"),
    ("According to the Council on Port Affairs, the quay is unsafe.", "Council on Port Affairs"),
    ("The quay is unsafe, said the Committee on Inland Waterways.", "Committee on Inland Waterways"),
])
def test_a_body_named_with_on_is_one_speaker(text, name):
    claim, = attributed(text)
    assert claim["speaker_obj"]["name"] == name


def test_a_day_after_on_is_no_part_of_the_name():
    claim, = attributed("The quay is unsafe, according to the Committee on Monday.")
    assert claim["speaker_obj"]["name"] == "Committee"


def test_an_ordinal_inside_a_body_name_before_a_relative_clause_stays():
    claim, = attributed("A port engineer in the Kelby 2nd District Office, who asked not to be named, "
                        "said the quay was unsafe.")
    assert (claim["speaker_obj"]["name"], claim["speaker_obj"]["anonymous"]) == \
        ("port engineer in the Kelby 2nd District Office", True)
