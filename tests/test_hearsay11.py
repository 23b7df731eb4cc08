"""Statements that reach the reader second-hand inside a named speaker's words (issue 12, item 4):
'villagers had told him that C', 'My cousin heard from the finance director that C', 'I was
told by someone at the ministry that C', 'rumours in the town say C'. The speaker vouches only that
someone else said it, so the statement takes the status of those it came through: unconfirmed
when one of them is unnamed, or none is named; confirmed when each is on the record. Each shape on
text written for this test."""

from __future__ import annotations

import pytest
from test_status_shapes import ruled_claims

from provenance.corroboration import Hearsay, hearsay

FERRIES = """Ferry operator's collapse leaves crews unpaid

Harlow Ferries owes its crews three months of wages, the port authority said on Tuesday.

"My brother called me on Sunday and said the captain had told him the company had no money left," said Ilse Marrow, a councillor in Brennick.

Deck officer Tomas Vell said villagers had told him in the spring that the engines had not been serviced since March.

"My cousin heard from the firm's finance director in May that the wages were already in the bank," said Ana Brisk, who chairs the Brennick crew association.

"I was told by someone at the ministry that the licence would be withdrawn," said Councillor Jonah Pell.

"We have heard that the ships will be sold to a buyer in Malta," said Mirela Kos, the union's secretary.

"A friend who works in the head office says the accounts were never audited," said Councillor Petra Lund.

Transport Minister Karl Dunne said rumours in the town say the owner has left the country.

Councillor Ruben Aske said the Brennick Courier had quoted a company official as saying the fleet was up for sale.

"The mayor told us on Monday that the ferries would stay in port until the wages were paid," said Councillor Jonah Pell.

"The Port Authority has told us that no ship will leave without a safety inspection," said Mirela Kos.

"Engineers have been telling the managers about the leaking hull since the winter," said Councillor Ruben Aske.
"""


def _ruled(words: str) -> dict:
    found = [c for c in ruled_claims(FERRIES) if c["text"].startswith(words)]
    assert len(found) == 1, [c["text"] for c in ruled_claims(FERRIES)]
    return found[0]


@pytest.mark.parametrize("words, chain", [
    ("My brother called me on Sunday", "Ilse Marrow heard it from my brother, an unnamed source"),
    ("villagers had told him in the spring", "Tomas Vell heard it from villagers, an unnamed source"),
    ("My cousin heard from the firm's finance director",
     "Ana Brisk heard it from my cousin, who heard it from the firm's finance director, an unnamed source"),
    ("I was told by someone at the ministry", "Jonah Pell heard it from someone at the ministry, an unnamed source"),
    ("We have heard that the ships", "Mirela Kos heard it from no source named"),
    ("A friend who works in the head office says",
     "Petra Lund heard it from a friend who works in the head office, an unnamed source"),
    ("rumours in the town say", "Karl Dunne passes on a rumour, no source named"),
    ("the Brennick Courier had quoted a company official",
     "Ruben Aske heard it from the Brennick Courier, who heard it from a company official, an unnamed source"),
    ("Engineers have been telling the managers", "Ruben Aske heard it from engineers, an unnamed source"),
])
def test_what_a_named_speaker_heard_from_an_unnamed_source_is_unconfirmed(words, chain):
    """DESIGN.md: `unconfirmed` is a single anonymous or second-hand source. A named speaker on
    the record telling what an unnamed person told them, what they heard, or what rumour says is
    that source at second hand; the reason names the chain."""
    claim = _ruled(words)
    assert (claim["status"], claim["reason"]) == ("unconfirmed", f"second-hand: {chain}")


@pytest.mark.parametrize("words, chain", [
    ("The mayor told us on Monday", "Jonah Pell heard it from the mayor"),
    ("The Port Authority has told us", "Mirela Kos heard it from the Port Authority"),
])
def test_what_a_source_on_the_record_told_the_speaker_stays_confirmed(words, chain):
    """A statement the one holder of an office or a named body made to the speaker takes its
    status from that source: on the record, confirmed, the reason naming how it came."""
    claim = _ruled(words)
    assert (claim["status"], claim["reason"]) == ("confirmed", f"second-hand: {chain}, on the record")


REPORTED = """Brennick crews wait for wages

Ana Brisk, who chairs the Brennick crew association, said she had been told by a clerk at the yard that the wages were already in the bank.

Deck officer Tomas Vell said he had heard from villagers that the engines had not been serviced since March.

Councillor Jonah Pell said his neighbour had heard from the firm's finance director that the ships would be sold.

Transport Minister Karl Dunne said he was told by the harbour police that the yard had been sealed.
"""


@pytest.mark.parametrize("words, status, chain", [
    ("she had been told by a clerk", "unconfirmed", "Ana Brisk heard it from a clerk at the yard, an unnamed source"),
    ("he had heard from villagers", "unconfirmed", "Tomas Vell heard it from villagers, an unnamed source"),
    ("his neighbour had heard from", "unconfirmed",
     "Jonah Pell heard it from his neighbour, who heard it from the firm's finance director, an unnamed source"),
    ("he was told by the harbour police", "confirmed", "Karl Dunne heard it from the harbour police, on the record"),
])
def test_reported_speech_keeps_the_chain(words, status, chain):
    """The same shapes in a speaker's reported words: 'she had been told', 'he had heard from'
    are the speaker's own hearing, 'his neighbour had heard from' a link between."""
    claim, = [c for c in ruled_claims(REPORTED) if c["text"].startswith(words)]
    assert (claim["status"], claim["reason"]) == (status, f"second-hand: {chain}")


OWN_WORDS = """Brennick council keeps ferry subsidy

"Nobody told us anything about the wages," said Ana Brisk, who chairs the Brennick crew association.

"I have heard that report and I reject it," said Councillor Jonah Pell.

"We were told to leave the quay by six," said Councillor Petra Lund.

Residents have been told to keep their tickets, the city council said.

"The council said yes to the subsidy in June," said Councillor Ruben Aske.
"""


@pytest.mark.parametrize("words", [
    "Nobody told us anything",           # no one's words are passed on
    "I have heard that report",          # hearing of a report tells no content of it
    "We were told to leave the quay",    # an order the speaker received: their own account
    "Residents have been told to keep",  # what others were told, the council speaking for itself
    "The council said yes",              # a body's stance, on the record: no account of being told
])
def test_a_speaker_telling_of_their_own_dealings_is_not_second_hand(words):
    claim, = [c for c in ruled_claims(OWN_WORDS) if c["text"].startswith(words)]
    assert claim["status"] == "confirmed" and "second-hand" not in claim["reason"], claim["reason"]


@pytest.mark.parametrize("text, found", [
    ("villagers had told him in the spring that the engines had stopped", Hearsay("told", "villagers")),
    ("But in June we were told the fee would stay", Hearsay("was told", None)),
    ("My cousin heard it from a clerk that the files were lost", Hearsay("heard", "a clerk", "My cousin")),
    ("The Post quoted two aides as saying the plan was dead", Hearsay("quoted", "two aides", "The Post")),
    ("word in the harbour is that the yard will close", Hearsay("rumour", None)),
    ("Talk is cheap in this town", None),         # no talk with a content
    ("A majority of the crews say they want a strike", None),  # a poll's count of people
    ("His letter said to wait for the inspectors", None),       # an instruction
    ("He told me the yard would close", None),    # who 'he' is lies in the sentences before
    ("The managers told us nothing until the morning", None),  # the speaker's own account of silence
    ("It's too early to say what went wrong", None),
])
def test_which_words_report_another_persons_statement(text, found):
    assert hearsay(text) == found
