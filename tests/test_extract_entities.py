"""Speakers as the right entity (issue 13), on sentences written for this test: who a mention
refers to, what is a name and what is a role, and what is no source at all."""

from __future__ import annotations

import pytest
from test_extract import attributed


def test_a_quotation_going_on_after_its_cue_keeps_the_mention_in_its_paragraph():
    text = ("“The depot will close,” she said on Monday. “Forty drivers lose their jobs. Nobody asked us.”\n\n"
            "“We will fight it,” the union added.\n\n"
            "“It is a dark day.”")
    claims = attributed("Ruth Okafor, the union's secretary, spoke at the gate.\n\n" + text)
    by_text = {c["text"]: c for c in claims}
    assert by_text["Forty drivers lose their jobs"]["mention"] == "she"
    assert by_text["Nobody asked us"]["mention"] == "she"
    # a quotation alone in the next paragraph: nothing near it refers to the speaker
    assert by_text["It is a dark day"]["mention"] is None
    assert by_text["It is a dark day"]["speaker_name"] == by_text["We will fight it"]["speaker_name"]


@pytest.mark.parametrize("text, name, role, affiliation", [
    # a title or honorific goes to the role; a party and state or district to the affiliation
    ("Rep. Peter Hale, R-N.Y., told the Valley Herald that the leak was serious.",
     "Peter Hale", "Rep", "R-N.Y."),
    ("Rep. Frank Lomax, R-2nd Dist., said the base would stay open.", "Frank Lomax", "Rep", "R-2nd Dist."),
    ("Sen. Dana Whitfield (D-Calif.) said the bill would pass.", "Dana Whitfield", "Sen", "D-Calif."),
    ("“The bill is dead,” said Sen. Dana Whitfield, D-Calif.", "Dana Whitfield", "Sen", "D-Calif."),
    # a surname that is also a title word is still the name
    ("Sen. Angus King said the vote would be close.", "Angus King", "Sen", None),
    # after a whole title, a surname alone is a name
    ("Secretary of State Tillman said the visit would go ahead.", "Tillman", "Secretary of State", None),
    # initials keep their full stops
    ("National security adviser H.R. Mallory said the account was accurate.", "H.R. Mallory",
     "National security adviser", None),
])
def test_names_titles_and_party_labels(text, name, role, affiliation):
    claim, = attributed(text)
    sp = claim["speaker_obj"]
    assert (sp["name"], sp["role"], sp["affiliation"], sp["anonymous"]) == (name, role, affiliation, False)


def test_an_initialism_keeps_its_full_stops_in_a_description():
    claim, = attributed("U.S. officials said the talks had stalled.")
    assert claim["speaker_name"] == "U.S. officials"
    assert claim["speaker_obj"]["anonymous"] is True


def test_a_lowercase_who_is_no_world_health_organization():
    claim, = attributed("The ferry sank, said Ana Lind, a diver who saw it go down.")
    assert claim["speaker_obj"]["affiliation"] is None


@pytest.mark.parametrize("text, mention", [
    # documents, things, figures and adjectives are no speakers: the claim keeps the words
    ("According to a new report, the mine will close in May.", "a new report"),
    ("The footage showed that the guards had left the gate.", "The footage"),
    ("Seventy-four percent of voters said the plan was a mistake.", "Seventy-four percent of voters"),
    ("The box in the hall said the plan had been approved.", "The box in the hall"),
])
def test_what_is_no_source_speaks_for_nobody(text, mention):
    claim, = attributed(text)
    assert (claim["speaker_name"], claim["mention"]) == (None, mention)


def test_a_word_opening_a_sentence_is_no_name_but_the_appositive_speaks():
    claim, = attributed("Overall, the fund predicted that growth would slow to 1.6 percent.")
    assert claim["speaker_name"] == "fund"


def test_a_capitalised_word_never_written_as_a_name_is_nobody():
    claim, = attributed("Shaken, he left the hall. Chastened said the talks were over.")
    assert claim["speaker_name"] is None
