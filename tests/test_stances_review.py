"""A refusal to speculate is a refusal to comment only where the speaker refuses (issue 12), on sentences
written for this test: 'speculate about' in what a speaker asserts declines nothing."""

from __future__ import annotations

import pytest
from test_status_shapes import ruled_claims


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
