"""Mends to the reading of a statement carried in full (issue 13), on articles written for this test:
a statement a story quotes after announcing it ('X issued the following statement:' then its words in
quotation marks) is no statement carried in full, so the story's own lines after the quotation stay the
publisher's; and a long run of capitals no lead can hold is read in time linear in its length."""

from __future__ import annotations

from timing import best_seconds

from provenance.extract import extract_claimset
from provenance.extract.document import _release_lead

QUOTED = """Sawmill closed after dust fire

Fire crews spent four hours at the Ellery sawmill on Wednesday, the county fire service said.

Brackley Timber issued the following statement:

"A dust extractor caught fire shortly after 2pm. Everyone on the site was accounted for within ten minutes."

The sawmill opened in 1974 and employs 140 people.

Shift manager Oona Pell said the extractor had been serviced in March.
"""


def _speakers(text: str, outlet: str) -> dict[str, str | None]:
    cs = extract_claimset(text, slug="t", outlet=outlet)
    names = {s["id"]: s["name"] for s in cs["speakers"]}
    return {c["text"]: names.get(c["speaker"] or "") for c in cs["claims"]}


def test_a_statement_quoted_after_its_announcement_leaves_the_stories_own_lines_to_the_publisher():
    """The quotation is the issuer's; the line after it is the publisher's, not the issuer's."""
    found = _speakers(QUOTED, "Ellery Courier")
    quoted = [s for t, s in found.items() if "dust extractor caught fire" in t]
    own = [s for t, s in found.items() if "opened in 1974" in t]
    assert quoted == ["Brackley Timber"] and own == ["Ellery Courier"], found


def test_a_long_run_of_capitals_is_searched_for_a_lead_in_linear_time():
    """(each start inside one word once retried the whole word: quadratic in its length)"""
    short, long = "Q" * 2000, "Q" * 8000
    took_short, took_long = best_seconds([lambda: _release_lead().search(short), lambda: _release_lead().search(long)])
    assert took_long < 0.05 or took_long < 8 * took_short, (took_short, took_long)
