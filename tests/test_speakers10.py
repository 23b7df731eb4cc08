"""Speaker names cut short or grown wrong, and descriptions resolved to the wrong earlier speaker
(issue 13), each on a short text written for this test with invented names, places and bodies: a
body's word in a person's role ('port director Ana Lind') is no description of her, a body named
inside another's name after 'of' is the whole and not the part, 'the statement' is that of a body
the text calls by a one-word name, an adjective in lower case before a body's head noun stays in
the subject of a participle's clause, and a name after 'whose ROLE,' speaks itself."""

from __future__ import annotations

import pytest
from test_extract import attributed

from provenance.extract.speakers import Registry, analyse


def _speakers(text: str) -> list[tuple[str, str | None]]:
    return [(c["text"], c["speaker_name"]) for c in attributed(text)]


@pytest.mark.parametrize("role, body", [
    ("Port executive director", "port"),
    ("Park director", "park"),
    ("Harbour master", "harbour"),
])
def test_a_body_word_in_a_persons_role_is_no_description_of_her(role, body):
    text = (f"{role} Lena Marsh said the gates would reopen on Friday.\n\n"
            f"The {body} says the expansion would create 900 jobs.")
    said = dict(_speakers(text))
    assert said["the gates would reopen on Friday"] == "Lena Marsh"
    assert said["the expansion would create 900 jobs"] != "Lena Marsh"


def test_a_title_word_in_a_persons_role_still_describes_her():
    text = ("Kelby Council chief executive Lena Marsh said the gates would reopen on Friday.\n\n"
            "The chief executive said the expansion would create 900 jobs.")
    assert dict(_speakers(text))["the expansion would create 900 jobs"] == "Lena Marsh"


def test_a_body_named_after_of_in_another_bodys_name_is_the_whole_not_the_part():
    text = ("The Appeals Committee of the Harland Rowing Association rejected the appeal, the committee said.\n\n"
            "In a statement, the Harland Rowing Association said that its committees act independently.")
    said = dict(_speakers(text))
    assert said["its committees act independently"] == "Harland Rowing Association"


def test_the_statement_is_that_of_a_body_called_by_one_word():
    text = ("Hackers calling themselves Redfin posted a file of 4,000 records on a forum.\n\n"
            "In a statement released on Tuesday, Marrow said it had hired an outside firm to investigate.\n\n"
            "\"We will not pay a ransom,\" the statement said.")
    assert dict(_speakers(text))["We will not pay a ransom"] == "Marrow"


def test_the_statement_is_not_a_named_persons_by_given_name():
    text = ("The Kelby Water Board said in a statement that the pipes were safe.\n\n"
            "Resident Ana Lind said the water smelled of chlorine.\n\n"
            "\"Testing continues every day,\" the statement said.")
    assert dict(_speakers(text))["Testing continues every day"] == "Kelby Water Board"


@pytest.mark.parametrize("subject, name", [
    ("A Tessarian maritime court", "Tessarian maritime court"),
    ("A regional planning board", "regional planning board"),
])
def test_an_adjective_before_a_bodys_head_stays_in_a_participles_subject(subject, name):
    text = f"{subject} on Thursday ordered Velda Lines to halt dredging, saying the company had failed to act."
    said = dict(_speakers(text))
    assert said["the company had failed to act"] == name


@pytest.mark.parametrize("text, name", [
    ('The case was brought by the community of Pello Verde, whose president, Marta Quispe, said the ruling '
     '"was fair."', "Marta Quispe"),
    ("The suit was filed by Kelby Rowing, whose chief executive, Tom Reyes, said the club would appeal.",
     "Tom Reyes"),
])
def test_a_name_after_whose_role_speaks_itself(text, name):
    claim, = attributed(text)
    assert claim["speaker_name"] == name


def test_a_body_word_refers_to_the_body_the_text_named_with_it():
    text = ("A snow leopard escaped from Corrane Wildlife Park on Saturday evening.\n\n"
            "Park director Ines Morrow said the leopard was calm and eating.\n\n"
            "The animal got out of its enclosure at around 5pm, according to the park.")
    claim = next(c for c in attributed(text) if c["text"].startswith("The animal"))
    assert (claim["speaker_name"], claim["speaker_obj"]["kind"], claim["speaker_obj"]["anonymous"]) == \
        ("Corrane Wildlife Park", "institution", False)


def test_a_person_resolved_from_a_surname_has_the_gender_of_the_given_name():
    # 'said Dorrance' after a text named 'Patrick Dorrance' with no cue: no mention read gave his gender
    registry = Registry()
    assert registry.resolve("Dorrance", {"dorrance": "Patrick Dorrance"}).name == "Patrick Dorrance"
    assert registry.antecedent("she") is None
    assert registry.antecedent("he").name == "Patrick Dorrance"


def test_a_pronoun_after_a_paragraph_opened_by_a_surname_is_that_persons():
    text = ("Ana Costa, the bank's auditor, said the accounts were in order.\n\n"
            "Lindqvist suspended the hearing until Tuesday. She said the committee would ask the regulator "
            "to freeze the contractor's accounts.\n\n"
            "Sen. Marta Lindqvist had opened the hearing on Monday morning.")
    claim = next(c for c in attributed(text) if c["text"].startswith("the committee"))
    assert claim["speaker_name"] == "Marta Lindqvist"


def test_a_pronoun_after_a_lone_word_no_name_of_the_text_keeps_the_speaker_before():
    text = ("Ana Costa, the bank's auditor, said the accounts were in order.\n\n"
            "Tuesday brought no news. She said the committee would meet again.")
    claim = next(c for c in attributed(text) if c["text"].startswith("the committee"))
    assert claim["speaker_name"] == "Ana Costa"


@pytest.mark.parametrize("mention", ["Corvane's Atlas of Science", "Tarnland's Board of Trade"])
def test_a_possessive_opens_no_persons_name_before_of(mention):
    sp = analyse(mention).speaker
    assert (sp.name, sp.kind) == (mention, "institution")


def test_a_pronoun_with_no_speaker_before_it_is_the_surname_opening_its_paragraph():
    text = ("Lindqvist adjourned the hearing until Tuesday. She said the committee would meet again.\n\n"
            "The hearing had been chaired by Lindqvist since March.")
    claim = next(c for c in attributed(text) if c["text"].startswith("the committee"))
    assert claim["speaker_name"] == "Lindqvist"
