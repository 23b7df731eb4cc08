"""A name with its party designation in brackets, then a stray comma before the cue: the name
speaks ('Gov. Ana Costa (R-OH), said, "..."'), whatever adjuncts open the sentence (issue 13)."""

from __future__ import annotations

import pytest
from test_extract import attributed


@pytest.mark.parametrize("text, name", [
    ("Tuesday at a college in Berea, OH, after winning the primary, Gov. Mark Delaney (R-OH), said, "
     "\u201cWe are going all the way.\u201d", "Mark Delaney"),
    ("On Monday, Sen. Ruth Alvarez (D-Calif.), said the bill would pass.", "Ruth Alvarez"),
    ('Rep. Tom Reyes (R-N.Y.) said, "We will win."', "Tom Reyes"),
    ("Counsel to the firm, Femi Adeyemi (SAN), said the firm would appeal.", "Femi Adeyemi"),
])
def test_a_designation_in_brackets_before_a_stray_comma_keeps_the_name(text, name):
    speakers = {(c["speaker_obj"] or {}).get("name") for c in attributed(text)}
    assert speakers == {name}
