"""Figures written with commas of thousands (issue 14), on sentences written for this test: a subject
that opens with a figure ('Some 1,200 residents said C') is read whole, not from the comma on; a
speaker's name keeps the figure as the text writes it; a source the model reads from inside a figure
starts at its first digit; and a cited survey's words run on past the comma of a figure ('In a survey
of 2,400 tenants conducted for X, 48% said C' gives no claim that opens at '400 tenants')."""

from __future__ import annotations

import pytest

from provenance.extract import extract_claimset
from provenance.extract.combine import _figure_start
from provenance.extract.speakers import analyse


def _claims(text: str) -> list[tuple[str | None, str | None, str]]:
    cs = extract_claimset(text, slug="t")
    names = {s["id"]: s["name"] for s in cs.get("speakers", [])}
    return [(names.get(c.get("speaker") or ""),
             text[c["speaker_start"]:c["speaker_end"]] if c.get("speaker_start") is not None else None,
             text[c["start"]:c["end"]]) for c in cs["claims"] if c["form"] != "unattributed"]


@pytest.mark.parametrize(("text", "mention", "content"), [
    ("Some 1,200 residents said the water in Orvane had tasted of metal for weeks.",
     "Some 1,200 residents", "the water in Orvane had tasted of metal for weeks"),
    ("More than 12,400 growers said the cooperative had not paid them since March.",
     "More than 12,400 growers", "the cooperative had not paid them since March"),
    ("Nearly 1,250,000 commuters say the new timetable has made their trips longer.",
     "Nearly 1,250,000 commuters", "the new timetable has made their trips longer"),
])
def test_a_subject_that_opens_with_a_figure_is_read_whole(text: str, mention: str, content: str) -> None:
    claims = _claims(text)
    assert [(m, c) for _, m, c in claims] == [(mention, content)]


def test_a_speakers_name_keeps_the_commas_of_a_figure() -> None:
    assert analyse("Some 1,200 residents").speaker.name == "some 1,200 residents"
    assert "12,400" in analyse("More than 12,400 growers").speaker.words
    assert analyse("Tomas Berg, 41, a farmer").speaker.name == "Tomas Berg"  # (an age after a comma is no figure)


@pytest.mark.parametrize(("text", "at", "start"), [
    ("cheered by the 34,000 people in the hall", 18, 15),
    ("and 1,250,000 commuters said", 10, 4),
    ("and 1,250,000 commuters said", 6, 4),
    ("in 2019, 300 people said", 9, 9),  # (a year and its comma, then a figure: no figure's thousands)
    ("about 300 people said", 6, 6),
])
def test_a_source_read_from_inside_a_figure_starts_at_its_first_digit(text: str, at: int, start: int) -> None:
    assert _figure_start(text, at) == start


def test_a_cited_surveys_words_run_on_past_the_comma_of_a_figure() -> None:
    text = ("In a survey of 2,400 tenants conducted for the Harbour Renters League in June, 48% said they "
            "wanted a rent cap.")
    claims = _claims(text)
    assert not any(c.startswith("400") for _, _, c in claims)
    assert [(m, c) for _, m, c in claims] == [("48%", "they wanted a rent cap")]


@pytest.mark.parametrize(("text", "content", "source"), [
    ("Berg slipped to 9 points in the latest Tarn poll released Friday, a drop tied to his remarks on the port.",
     "Berg slipped to 9 points", "the latest Tarn poll released Friday"),
    ("Berg holds a 12-point lead in the latest Harwell University poll, up from four points in May.",
     "Berg holds a 12-point lead", "the latest Harwell University poll"),
    ("The mayor's approval has stayed above 50 percent in county polls, an unusual run for a first-term mayor.",
     "The mayor's approval has stayed above 50 percent", "county polls"),
])
def test_a_cited_poll_closing_a_clause_before_the_writers_aside_found_it(text: str, content: str,
                                                                         source: str) -> None:
    cs = extract_claimset(text, slug="t")
    said = [c for c in cs["claims"] if c["form"] != "unattributed"]
    assert [text[c["start"]:c["end"]] for c in said] == [content]
    assert text[said[0]["speaker_start"]:said[0]["speaker_end"]].startswith(source.split(" released")[0])


@pytest.mark.parametrize("text", [
    "Berg fell to 10 percent in the latest Tarn poll, and aides said he would campaign harder in the east.",
    "Ruiz is running ahead of Berg in Harwell polls, but the race is closer than it looks.",
])
def test_a_clause_after_a_cited_poll_leaves_it_the_writers(text: str) -> None:
    cs = extract_claimset(text, slug="t")
    assert not any(c["form"] != "unattributed" and text[c["start"]:c["end"]] in ("Berg fell to 10 percent",
                                                                                 "Ruiz is running ahead of Berg")
                   for c in cs["claims"])
