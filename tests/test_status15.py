"""Statuses on ordinary news copy (issue 12; DESIGN.md "Confirmation status"): who is on the record as an
authority for what they say, and who is a single source. Every article here is invented."""

from __future__ import annotations

import pytest
from test_status_shapes import ruled_claims

from provenance.corroboration import ClaimRecord, _opposite_findings

MILL = """Workers block the gates of a closed spinning mill

The Tarrow Valley Spinning Company shut its mill at Brenholt last week, owing its staff two months of pay.

"Nobody warned us about the closure," said Anja Korvel, a loom tender who lives beside the mill.

Jussi Harkon, who keeps sheep on a smallholding outside the town, said the mill had bought his wool for twenty years.

Pekka Lind, a council cleaner who sweeps the mill road, said the gates had been chained since Friday.

Maren Aalto, a senior official who handles the case, said the mill's accounts would be examined.

Tuula Ness, who works for Tarrow Holdings, said the company would pay the wages by Christmas.

Ossi Vaara, a spokesman who speaks for the company, said talks with a buyer had begun.
"""


def _status(text: str, words: str) -> tuple[str, str]:
    found = [c for c in ruled_claims(text) if words in c["text"]]
    assert len(found) == 1, [(c["text"], c["speaker_name"]) for c in found]
    return found[0]["status"], found[0]["reason"]


@pytest.mark.parametrize("words", [
    "Nobody warned us about the closure",  # 'a loom tender who lives beside the mill': a trade, no office
    "the mill had bought his wool for twenty years",  # 'outside the town': a place, not the town's office
    "the gates had been chained since Friday",  # 'a council cleaner': a body's word in a trade
])
def test_a_lay_description_or_a_place_makes_no_office(words):
    """An indefinite description in lower case before a relative clause ('a loom tender who ...'), with no
    title among its words, tells what a private person is; a body's word after a preposition of place
    ('outside the town') tells where they are, not an office they hold: each is a single source."""
    status, reason = _status(MILL, words)
    assert status == "unconfirmed", reason
    assert "private person" in reason, reason


@pytest.mark.parametrize("words", [
    "the mill's accounts would be examined",  # 'a senior official': a title in the description
    "the company would pay the wages by Christmas",  # 'works for Tarrow Holdings': a named body
    "talks with a buyer had begun",  # 'a spokesman': a title
])
def test_a_title_or_a_named_body_stays_on_the_record(words):
    status, reason = _status(MILL, words)
    assert status == "confirmed", reason


BAKERY = """Ferry operator halts night sailings after engine fire

Tarnline Ferries said on Monday it would halt its night sailings from Brenholt.

"Safety comes before the timetable," President Ines Vallo said at the harbour.

Vallo, 61, a niece of the firm's first owner, said the ships would stay in port until the checks ended.

Vallo said she would meet the crews on Wednesday.

Saara Mikkel, 44, said she had missed two crossings.
"""


@pytest.mark.parametrize("words", [
    "the ships would stay in port until the checks ended",  # 'Vallo, 61, a niece of ...'
    "she would meet the crews on Wednesday",
])
def test_a_surname_with_an_age_or_a_tie_keeps_the_office_of_its_full_name(words):
    """News names an office holder in full with the office first ('President Ines Vallo') and by surname
    after, with an age or a tie to someone ('Vallo, 61, a niece of the firm's first owner'): the
    surname is the office holder's, on the record, not a private person's."""
    status, reason = _status(BAKERY, words)
    assert status == "confirmed", reason


def test_an_age_alone_still_makes_a_private_person():
    status, reason = _status(BAKERY, "she had missed two crossings")
    assert status == "unconfirmed" and "private person" in reason, reason


def test_a_private_person_s_word_before_the_name_is_no_title():
    """'Survivor Ines Palo, 34': a word before the name that names a private person is no office."""
    status, reason = _status("""Ferry sinks off Brenholt

Survivor Ines Palo, 34, said the water came in over the rail at once.
""", "the water came in over the rail at once")
    assert status == "unconfirmed", reason


@pytest.mark.parametrize("text, opposite", [
    ("the union wants a reserve for workers' wages, paid for by the yard owners", False),
    ("the wages had been paid in full", True),
])
def test_a_cost_someone_bears_is_no_payment_made(text, opposite):
    """'paid for by the yard owners' tells who would bear a cost, not that a payment was made: no opposite
    of 'unpaid wages' of another source, which 'paid in full' still is."""
    unpaid = ClaimRecord(key=1, doc="a", text="the 300 workers had gone three months with unpaid wages",
                         speaker="Aino Ruusu", speaker_kind="person", cue="said")
    other = ClaimRecord(key=2, doc="b", text=text, speaker="Olli Harju", speaker_kind="person", cue="said")
    assert _opposite_findings(other, unpaid) is opposite
