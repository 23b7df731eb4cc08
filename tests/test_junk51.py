"""Junk speakers on real news by shape (issue 13), session 51: lower-case words that only describe, then a
person's name ('an angry Lund', 'political scientist Ana Costa') are that person, named, not an anonymous
speaker called 'angry Lund'; a quantifier, a gerund, a record's adjective, a noun before the last word (a
clause) or a name of initials, a group, a party or a country keep them what they were. Invented names and
sentences."""

from __future__ import annotations

import pytest

from provenance.extract import extract_claimset
from provenance.extract.plausible import clause_shape
from provenance.extract.speakers import analyse


def _speakers(text: str) -> list[tuple[str, bool, str | None]]:
    cs = extract_claimset(text, slug="t")
    by_id = {sp["id"]: sp for sp in cs["speakers"]}
    return [(by_id[c["speaker"]]["name"], by_id[c["speaker"]]["anonymous"], by_id[c["speaker"]]["role"])
            for c in cs["claims"] if c["speaker"] in by_id]


@pytest.mark.parametrize("text, name", [
    ("Mayor Ana Lund opened the ferry terminal on Monday. “It is late,” an angry Lund said.", "Ana Lund"),
    ("Mayor Ana Lund opened the ferry terminal on Monday. “It is late,” a teary-eyed Lund said.", "Ana Lund"),
    ("Mayor Ana Lund opened the ferry terminal on Monday. “It is late,” the more moderate Lund said.", "Ana Lund"),
    ("Ana Lund chairs the harbour board. A confident-seeming Lund told reporters the berths were safe.", "Ana Lund"),
    ("The ferry is late, political scientist Tomas Reyes said.", "Tomas Reyes"),
    ("The ferry is late, public defender Mira B. Holt said.", "Mira B. Holt"),
    ("“It is late,” a defensive O'Brien said.", "O'Brien"),
])
def test_a_described_name_is_the_one_named(text, name):
    found = _speakers(text)
    assert found and found[-1][0] == name and found[-1][1] is False


def test_a_described_name_keeps_its_description_as_role():
    assert _speakers("The ferry is late, political scientist Tomas Reyes said.") == [
        ("Tomas Reyes", False, "political scientist")]


@pytest.mark.parametrize("mention, tail", [
    ("a super PAC", "PAC"),                       # initials in capitals: a common noun's
    ("a former Census-taker", "Census-taker"),    # a hyphened common noun
    ("some Republicans", "Republicans"),          # a quantifier: a group
    ("blue-collar Americans", "Americans"),       # a demonym: no one named
    ("dos Santos", "Santos"),                     # a particle of the name
    ("young voters prefer Lund", "Lund"),         # a noun before the last word: a clause
    ("the new Unplugged", "Unplugged"),           # a record's adjective: a title, not a person
    ("a group featuring Hirani", "Hirani"),       # a gerund: a clause
])
def test_other_lower_case_words_before_a_name_name_no_one_by_it(mention, tail):
    sp = analyse(mention).speaker
    assert sp is None or sp.name != tail


@pytest.mark.parametrize("mention", ["the online publication Kelby Post", "the small company Tarvik"])
def test_a_medium_or_a_body_before_a_name_is_left_to_its_own_rules(mention):
    sp = analyse(mention).speaker
    assert sp is None or sp.kind != "person" or sp.anonymous


# A courtesy title keeps its capital and its full stop in a description ("Mr. Lund's aides", never the
# lower-cased 'mr Lund's aides'); after a titled name, an emphatic reflexive, an adverb, a dash or a relative
# pronoun is no part of the name; a verb after it makes the words a clause, no speaker.

@pytest.mark.parametrize("text, name", [
    ("Mr. Lund's aides said the ferry was late.", "Mr. Lund's aides"),
    ("Dr. Reyes's colleagues said the samples were clean.", "Dr. Reyes's colleagues"),
    ("Ms. Lund and her advisers said the ferry was late.", "Ms. Lund and her advisers"),
])
def test_a_courtesy_title_keeps_its_capital_in_a_description(text, name):
    assert [n for n, _, _ in _speakers(text)] == [name]


@pytest.mark.parametrize("mention, name", [
    ("Mr. Lund himself", "Lund"), ("Ms. Lund only", "Lund"), ("Mrs. Lund -- whose husband", "Lund"),
    ("Mr. Lund and his team", "Mr. Lund and his team"), ("Mr. Lund's aides", "Mr. Lund's aides"),
    ("Migrants themselves", "migrants themselves"), ("Rivers himself", "Rivers"), ("Residents themselves", "residents themselves"),
])
def test_what_follows_a_titled_name(mention, name):
    assert analyse(mention).speaker.name.lower() == name.lower()


@pytest.mark.parametrize("name, clause", [
    ("Mr. Lund roused the crowd", True), ("Ms. Lund avoids", True), ("Mrs. Lund facing", True),
    ("Mr. Lund's aides", False), ("Ms. Lund and her advisers", False), ("Mr. Lund of the council", False),
    ("Dr. Ana Lund", False), ("Mr. President", False),
])
def test_a_titled_name_running_on_into_a_verb_is_a_clause(name, clause):
    assert clause_shape(name) is clause
