"""A private person's or an outside commentator's own account is one source, whatever words describe
them (issue 12; DESIGN.md: `confirmed` is on the record from a named speaker or official body speaking
for itself). The kind of speaker is read from the shape of what the text says of them, not from a
list of trades: a clause after the name that names no office ('who delivers bread from his van'), one
of a plural of people, an age closing the sentence, the sentence the name opens, the head of a group
of private people, the members of such a group, a place of learning before a scholar's name, and the
first mention's description for a later one-word name. Officials, companies and a union's officer
speaking for it stay on the record. Every article here is invented."""

from __future__ import annotations

import pytest
from test_status_shapes import ruled_claims

from provenance import rules
from provenance.corroboration import ClaimRecord

FLOOD = """Quay Street floods for the second time this year

The Harbour Board said on Monday that the flood barrier on the main quay had held.

Per Sund, who delivers bread from his van in Easthill, said the quay road had been closed since Friday.

Siv Lund, one of the stranded climbers, said the rescue team arrived after six hours.

"We lost everything in the cellar," said Ola Brekke, 61.

Ingrid Moe has run a bakery on Quay Street since 2004. She said the council had sent no sandbags.

Members of the Easthill Growers Cooperative said they had lost a season's income.

Mira Tolvanen, who heads a berry growers' association in Easthill, said forty families were still waiting for their money.

Lise Berg, who chairs the Orrin ferry board, said the ferries would run again on Friday.

Kari Dahl, who represents the harbour ward, said the council would meet on Thursday.

Union leader Einar Vik said 200 dock workers had been sent home.

Marlow Shipping said its terminal would reopen on Wednesday.

Harbour Minister Lene Strand said the ministry would pay for a higher barrier.
"""


def _status(text: str, words: str) -> tuple[str, str]:
    found = [c for c in ruled_claims(text) if words in c["text"]]
    assert len(found) == 1, [(c["text"], c["speaker_name"]) for c in found]
    return found[0]["status"], found[0]["reason"]


@pytest.mark.parametrize("words, described", [
    ("the quay road had been closed since Friday", "who delivers bread from his van in Easthill"),
    ("the rescue team arrived after six hours", "one of the stranded climbers"),
    ("We lost everything in the cellar", "named with no title, office or body"),  # 'NAME, 61.' closes the sentence
    ("the council had sent no sandbags", "who has run a bakery on Quay Street since 2004"),  # the sentence before
])
def test_a_private_person_described_after_the_name_is_a_single_source(words, described):
    """What the text says of a named person after the name, with no title, office or body in it,
    makes them a private person: a clause of what they do or did, one of a plural of people, an age
    closing the sentence, or the sentence before their words that their name opens."""
    status, reason = _status(FLOOD, words)
    assert status == "unconfirmed", reason
    assert described in reason and "(private person, not a party to the events" in reason, reason


@pytest.mark.parametrize("words", [
    "they had lost a season's income",                  # 'Members of the ... Growers Cooperative said'
    "forty families were still waiting for their money",  # 'who heads a berry growers' association'
])
def test_a_group_of_private_people_and_its_head_are_a_single_source(words):
    """The members of a group of private people, and the head of one, speak for the people it
    gathers: an interest group, a single source."""
    status, reason = _status(FLOOD, words)
    assert status == "unconfirmed" and "(interest group, not a party to the events" in reason, reason


@pytest.mark.parametrize("words", [
    "the ferries would run again on Friday",      # 'who chairs the Orrin ferry board': an office
    "the council would meet on Thursday",         # 'who represents the harbour ward': a party
    "200 dock workers had been sent home",        # a union's leader
    "its terminal would reopen on Wednesday",     # a company
    "the ministry would pay for a higher barrier",  # an official
    "the flood barrier on the main quay had held",  # a body
])
def test_officials_companies_and_a_union_leader_stay_on_the_record(words):
    status, reason = _status(FLOOD, words)
    assert status == "confirmed", reason


FORECAST = """Rice cracker maker recalls two million bags

Hanamori Foods said on Monday it would recall two million bags of rice crackers after a labelling error.

"Shoppers will remember the name, not the fault," said Okada Mei, an analyst at Kestrel Securities.

Okada said she expects supermarkets to seek steeper discounts on the crackers.

Hanamori president Ueda Ken said the error had been found by a customer.

Ueda said the company would pay for every returned bag.

Brackwater University mathematician Prof. Nils Aune said the labels had been printed from an old file.
"""


@pytest.mark.parametrize("words, status, kind", [
    ("she expects supermarkets to seek steeper discounts", "unconfirmed", "analyst"),  # 'Okada said', after 'Okada Mei, an analyst'
    ("the labels had been printed from an old file", "unconfirmed", "academic"),  # 'Brackwater University mathematician'
    ("the company would pay for every returned bag", "confirmed", None),  # 'Ueda said', after 'Hanamori president Ueda Ken'
])
def test_a_commentators_forecast_is_a_single_source_by_any_later_name(words, status, kind):
    """An outside analyst's forecast is a single source when a later sentence names her by one word of
    her name (her family name first): the first mention's description is hers throughout; a scholar
    named after a place of learning is an academic; the company's president, named so, stays on the
    record."""
    got, reason = _status(FORECAST, words)
    assert got == status, reason
    if kind:
        assert f"({kind}, not a party to the events" in reason, reason


@pytest.mark.parametrize("words, private", [
    ("who farms above the weir", True),
    ("who sprained his ankle on the steps", True),
    ("one of the stranded passengers", True),
    ("who chairs the ferry board", False),           # an office by its verb
    ("who works for Marlow Shipping", False),        # a body it works for
    ("who sat on the council's planning panel", False),  # a body's possessive
    ("who represents the harbour ward", False),      # a party
    ("who is the port's harbourmaster", False),
    ("who joined the Green party in 2019", False),   # a party's name, capitalised
])
def test_which_clauses_after_a_name_describe_a_private_person(words, private):
    assert rules._private_apposition(words) is private


def test_a_one_word_name_takes_the_description_of_the_one_full_name_holding_it():
    analyst = ClaimRecord(key=1, doc="d", text="costs will rise", speaker="Okada Mei", speaker_kind="person",
                          described="an analyst at Kestrel Securities")
    later = ClaimRecord(key=2, doc="d", text="premiums will rise", speaker="Okada", speaker_kind="person")
    rules.mark_named_in_full([analyst, later])
    assert later.described == "an analyst at Kestrel Securities" and rules.commentator(later) == "analyst"
    # two full names holding the word: whose it is stays open
    other = ClaimRecord(key=3, doc="d", text="x", speaker="Okada Ren", speaker_kind="person", role="Harbour Minister")
    again = ClaimRecord(key=4, doc="d", text="y", speaker="Okada", speaker_kind="person")
    rules.mark_named_in_full([analyst, other, again])
    assert again.described == ""
