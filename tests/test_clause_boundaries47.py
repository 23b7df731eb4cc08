"""Where one reported statement ends and the next begins inside a sentence (issues 12 and 13): a
second cue after a comma or a coordinator ('C, adding that D', 'C and added that D') opens a
statement of its own, while 'and' that joins two subjects of one reported clause ('said Vell and
Dorn agreed C') or 'and that' read as a subject, a relative pronoun or a pronoun for a noun ('and
that was wrong', 'the funds that were raised and that were spent', 'and that of the pier') opens
none: the boundaries a splitting of 'said C and that D' into two statements must keep. Sentences of
this file's own writing (invented people, places and outlets)."""

from __future__ import annotations

import pytest
from test_extract import claims_of

HERALD = {"outlet": "The Tarnby Herald"}


def told(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(c["text"], c["speaker_name"], c["cue"]) for c in claims_of(text, **HERALD) if c["form"] != "unattributed"]


@pytest.mark.parametrize("text, cue", [
    ("The harbour master said the quay had reopened, adding that two cranes were still out of service.", "adding"),
    ("The harbour master said the quay had reopened and added that two cranes were still out of service.", "added"),
])
def test_a_second_cue_of_the_same_speaker_opens_a_second_statement(text, cue):
    assert told(text) == [("the quay had reopened", "harbour master", "said"),
                          ("two cranes were still out of service", "harbour master", cue)]


@pytest.mark.parametrize("text, content", [
    # 'and' inside one clause: two names, one subject of the reported verb
    ("The harbour master said Vell and Dorn agreed on a new timetable.", "Vell and Dorn agreed on a new timetable"),
    # 'that' as a subject, a relative pronoun, a pronoun for a noun of the clause: no second 'that' clause
    ("The harbour master said the timetable was a mistake, and that was wrong.",
     "the timetable was a mistake, and that was wrong"),
    ("The harbour master said the funds that were raised and that were spent went missing.",
     "the funds that were raised and that were spent went missing"),
    ("The harbour master said the cost of the quay and that of the pier were too high.",
     "the cost of the quay and that of the pier were too high"),
])
def test_and_inside_one_reported_clause_opens_no_second_statement(text, content):
    assert told(text) == [(content, "harbour master", "said")]
