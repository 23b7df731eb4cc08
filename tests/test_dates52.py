"""When a statement was made, where the speaker is described by a clause that holds a date of their own
past ('Tim Oakes, who took office in January 2025, said on Monday'): the clause's year or month is no date
of the statement; a day there is often the occasion, and a clause that does the speaking keeps its date."""

from __future__ import annotations

import pytest

from provenance.extract import extract_claimset

PUBLISHED = "2026-11-18"  # a Wednesday


def stated(text: str) -> dict[str, str | None]:
    cs = extract_claimset(text, slug="t", outlet="Harbor Ledger", published=PUBLISHED)
    return {c["text"]: c["stated_on"] for c in cs["claims"] if c["form"] != "unattributed"}


@pytest.mark.parametrize("text, content, date", [
    # a biography's year or month: the statement is undated (or dated by its own cue)
    ("Mayor Tim Oakes, who took office in January 2025, said the budget was balanced.",
     "the budget was balanced", None),
    ("Mayor Tim Oakes, who took office in January 2025, said on Monday that the budget was balanced.",
     "the budget was balanced", "2026-11-16"),
    ("Dana Roe, who has led the port authority since 2021, said an independent laboratory was testing samples.",
     "an independent laboratory was testing samples", None),
    ("\u201cThis was predictable,\u201d said Ellen Frost, director of the Bay Keepers, a nonprofit that sued the "
     "authority in 2024.", "This was predictable", None),
    ("A former pilot, who left the airline in September, told the Ledger that the checks had been skipped.",
     "the checks had been skipped", None),
    # the clause does the speaking, or holds the statement itself: its date is the statement's
    ("Anna Berg, who spoke to reporters in October, said the mill would close.", "the mill would close", "2026-10"),
    ("Councillor Rui Ames, who last month told the Ledger that the audit was flawed, did not respond to calls.",
     "the audit was flawed", "2026-10"),
    # a clause before the speaker describes no speaker
    ("Speaking at a conference, which was held in Geneva in September, the minister said the plan was dead.",
     "the plan was dead", "2026-09"),
    # a day in the clause is often the occasion of the statement
    ("Health Minister Olga Prenn, who visited the hospital on Monday, said the wards would reopen.",
     "the wards would reopen", "2026-11-16"),
])
def test_describing_clause_dates(text, content, date):
    # (the relative clause's content may run on past its closing comma: only its date is tested here)
    dates = [d for text_, d in stated(text).items() if text_.startswith(content)]
    assert dates == [date]
