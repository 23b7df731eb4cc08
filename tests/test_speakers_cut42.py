"""Speakers read whole where a piece of the words around a name was read as the speaker (issue 13): a state
after a town in a description set off by commas, and a headline in capitals run on into the sentence after it."""

from __future__ import annotations

import pytest

from provenance.extract import extract_claimset
from provenance.extract.speakers import analyse


def _speakers(text: str) -> list[str | None]:
    cs = extract_claimset(text, slug="t")
    names = {sp["id"]: sp["name"] for sp in cs["speakers"]}
    return [names.get(c["speaker"]) for c in cs["claims"] if c["cue"] == "said"]


@pytest.mark.parametrize("text, speaker", [
    # the state after a town is where the speaker lives, never who speaks, before a relative clause too
    ("Lena Marsh Tolley, 61, of Dunford, Md., who watched the parade from a bench, said the town had changed.",
     "Lena Marsh Tolley"),
    ("Omar Fell, 40, a baker from Ravel, Mo., who voted twice for the mayor, said he would not do it again.",
     "Omar Fell"),
    ("Ines Varga, a nurse in Tolland, Ohio, who worked the night shift, said the ward was full.", "Ines Varga"),
    # (as without the relative clause)
    ("Lena Marsh Tolley, 61, of Dunford, Md., said the town had changed.", "Lena Marsh Tolley"),
])
def test_a_state_after_a_town_is_no_speaker(text, speaker):
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize("mention, name", [
    # a headline in capitals before the sentence's own words is no part of who speaks
    ("EVEN THE HARBOUR BOARD THINKS IT IS WRONG \u2014 The head of Kelby Ferries", "head of Kelby Ferries"),
    ("FERRIES SPARED FULL BAN FROM PORT\u00a0The Kelby Harbour Board", "Kelby Harbour Board"),
    # but initials before a name or a title, and a name written in capitals, stay as they are
    ("NATO Secretary General Ana Costa", "Ana Costa"),
    ("KMP MLA S Varadan", "S Varadan"),
    ("KELBY HARBOUR BOARD", "KELBY HARBOUR BOARD"),
    ("US NATO UN envoys", "US NATO UN envoys"),
])
def test_a_headline_in_capitals_is_no_part_of_a_name(mention, name):
    assert analyse(mention).speaker.name == name


@pytest.mark.parametrize("sentence, speaker", [
    # a body whose name holds 'for' made the record: all of its name speaks
    ("A study by the Institute for Harbour Studies found the port lost money.", "Institute for Harbour Studies"),
    ("Records compiled by the Center for Coastal Policy show the port lost money.", "Center for Coastal Policy"),
    # but a record made by a body for an outlet is the body's, the outlet carried it
    ("A poll by the Varsen Institute for the Kelby Gazette found the mayor trails.", "Varsen Institute"),
])
def test_a_body_named_with_for_made_the_record(sentence, speaker):
    text = "The port is old.\n\nThe ships are big.\n\n" + sentence  # (in the body, past the lead)
    cs = extract_claimset(text, slug="t")
    names = {sp["id"]: sp["name"] for sp in cs["speakers"]}
    assert [names.get(c["speaker"]) for c in cs["claims"] if c["cue"]] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # a surname resolves to the full name the text gave with a middle initial, and a generation after it
    ("Donald J. Harlow spoke first at the hearing.\n\nHarlow said the plan had failed.", "Donald J. Harlow"),
    ("The last one was Harry F. Vane Sr., the patriarch of the party.\n\nLater, Vane said the plan had failed.",
     "Harry F. Vane"),
    ("Ana Costa II spoke first at the hearing.\n\nCosta said the plan had failed.", "Ana Costa"),
])
def test_a_surname_resolves_to_a_name_with_an_initial(text, speaker):
    assert _speakers(text) == [speaker]
