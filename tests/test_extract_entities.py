"""Speakers as the right entity (issue 13), on sentences written for this test: who a mention
refers to, what is a name and what is a role, and what is no source at all."""

from __future__ import annotations

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
