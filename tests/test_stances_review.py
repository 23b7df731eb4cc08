"""A refusal to speculate is a refusal to comment only where the speaker refuses (issue 12), on sentences
written for this test: 'speculate about' in what a speaker asserts declines nothing."""

from __future__ import annotations

import pytest
from test_status_shapes import ruled_claims
from timing import best_seconds


@pytest.mark.parametrize("sentence", [
    "Port chief Ana Roe said traders had begun to speculate about a sale of the terminal.",
    "Port chief Ana Roe said brokers speculate on a sale of the terminal every spring.",
])
def test_speculation_a_speaker_reports_is_no_refusal_to_comment(sentence):
    claim = next(c for c in ruled_claims(sentence + "\n") if c["speaker_name"] == "Ana Roe")
    assert "declines to comment" not in claim["reason"], claim["reason"]


@pytest.mark.parametrize("sentence", [
    '"I won\'t speculate about the tender," said port chief Ana Roe.',
    '"We will not speculate on the tender," said port chief Ana Roe.',
])
def test_a_speaker_refusing_to_speculate_declines_to_comment(sentence):
    claim = next(c for c in ruled_claims(sentence + "\n") if c["speaker_name"] == "Ana Roe")
    assert claim["reason"].endswith("declines to comment"), claim["reason"]


@pytest.mark.parametrize("later, withdraws", [
    ("Mayor Ana Holt said they were wrong about the weir.", False),      # others she disagrees with
    ("The inspectors said she was wrong about the weir.", False),        # a plural speaker's 'she' is someone else
    ("Mayor Ana Holt said she had been wrong about the weir.", True),
    ("The water board said it had been wrong about the weir.", True),
])
def test_a_reported_admission_withdraws_only_when_its_pronoun_can_be_the_speaker(later, withdraws):
    """'said they were wrong about C' from one named person speaks of others: no withdrawal of her own."""
    got = ruled_claims("The weir failed in March, the county said.\n\n" + later + "\n")
    claim = next(c for c in got if "wrong about" in c["text"])
    assert (claim["stance"] == "retracts") is withdraws, (claim["stance"], claim["status"], claim["reason"])


def test_a_long_hyphenated_role_is_read_for_a_science_in_linear_time():
    """(each part of a hyphenated word once started the search for '-ologist' again: quadratic)"""
    from provenance import rules
    from provenance.corroboration import ClaimRecord

    rules.commentator(ClaimRecord(key=1, doc="d", text="x", speaker="Ana Roe", role="analyst"))  # (loads the lexicon)
    records = [ClaimRecord(key=1, doc="d", text="the dam is sound", speaker="Ana Roe", role="a-" * n + "z",
                           speaker_kind="person") for n in (1000, 8000)]
    took = best_seconds([lambda r=r: rules.commentator(r) for r in records])
    # eight times the parts: about 8x the time when linear, 64x when quadratic; 24x leaves room for a busy machine
    assert took[1] < 0.05 or took[1] < 24 * took[0], took
