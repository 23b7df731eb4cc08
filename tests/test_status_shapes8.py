"""Shapes behind statuses on real news, round 8 (issue 12), each on text written for this test: an
unnamed office holder the text refers back to by a pronoun."""

from __future__ import annotations

from test_status_shapes import ruled_claims

WARD = """Minister orders review of Tarrow clinic rota

TARROW, May 3 (Valley Wire): The provincial health minister on Tuesday ordered a review of the night rota at Tarrow General Clinic.

The review will report within ten days, the minister said while visiting the clinic.

He said a second night ward would open at the clinic by June.

He said the clinic's budget for night staff would double next year.
"""


def test_a_pronoun_for_an_office_holder_keeps_them_on_the_record():
    """DESIGN.md: `confirmed` is on the record from a named speaker or an official body; 'the
    minister', the one holder of an office the text refers back to, is on the record as a name is,
    and so is every later statement the text gives them by a pronoun ('He said'): one person, one
    status, not a single anonymous source."""
    claims = [c for c in ruled_claims(WARD) if (c["speaker_name"] or "").casefold().endswith("minister")]
    assert len(claims) >= 3, [(c["text"], c["speaker_name"]) for c in ruled_claims(WARD)]
    assert {c["status"] for c in claims} == {"confirmed"}, [(c["text"], c["reason"]) for c in claims]
