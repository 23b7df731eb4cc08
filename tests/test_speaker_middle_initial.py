"""A given name the name lists do not hold, then a middle initial, is a name, not a role before one
('Dorian K. Vell'); a role word before an initial stays the role ('Engineer P Ramos')."""

from __future__ import annotations

import pytest
from test_extract import attributed

from provenance.extract.speakers import analyse


@pytest.mark.parametrize("mention, name, role", [
    ("Dorian K. Vell", "Dorian K. Vell", None),
    ("Thaddeus J. Orrin", "Thaddeus J. Orrin", None),
    ("Engineer P Ramos", "P Ramos", "Engineer"),
    ("Volunteer P Ramos", "P Ramos", "Volunteer"),
])
def test_a_middle_initial_keeps_the_given_name(mention, name, role):
    sp = analyse(mention).speaker
    assert (sp.name, sp.role, sp.anonymous) == (name, role, False)


def test_a_middle_initial_in_a_sentence():
    claim, = attributed("Dorian K. Vell, a lawyer, said the deal was dead.")
    assert claim["speaker_obj"]["name"] == "Dorian K. Vell"
