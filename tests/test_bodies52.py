"""A public body whose own name holds 'of' ('the state Department of Environmental Quality', 'the Office of Public
Integrity') is the body, not the words after its 'of': a spokesman for it speaks for the state on the record, where
'Environmental Quality' or 'Public Integrity' read alone looked like a group named for a cause. Groups of members
stay interest groups."""

from __future__ import annotations

import pytest
from test_status_shapes import ruled_claims

ARTICLE = """Regulator opens inquiry into dredging spill

A spokesman for the state Department of Environmental Quality, Tom Ibarra, confirmed the department had opened an investigation.

A spokeswoman for the Office of Public Integrity, Lena Marsh, said the office had received two complaints.

The chairman of the Kestrel Bay Boatmen Alliance, Ravi Oduya, said the spill had closed the moorings.
"""


@pytest.mark.parametrize("speaker, status", [
    ("Tom Ibarra", "confirmed"),
    ("Lena Marsh", "confirmed"),
    ("Ravi Oduya", "unconfirmed"),
])
def test_body_named_with_of(speaker, status):
    got = {c["speaker_name"]: c["status"] for c in ruled_claims(ARTICLE)}
    assert got[speaker] == status
