"""How far a denial of 'the report' reaches (issue 12): beyond the report's claim it answers, the
other claims of the report's source that share words with what the denier goes on to say, not
every claim of that source told before it. Invented articles of this file's own writing."""

from __future__ import annotations

from test_status_shapes import _by_text, ingested

LOGBOOKS = {
    "courier-logbooks": ("The Vell Courier", "2026-09-02",
                         "An inspection report by the Vell Harbour Authority says the ferry company kept two "
                         "logbooks, an official log and a handwritten spare log.\n\n"
                         "The report says the company skipped 14 safety drills in 2025.\n\n"
                         "It also says the spare log listed crossings made with a broken radar.\n\n"
                         "The company's director, Oskar Brandt, rejected the report.\n\n"
                         "He said the spare log recorded only weather notes kept by the crew."),
}

WHOLE = {
    "courier-wharf": ("The Vell Courier", "2026-09-12",
                      "A report by the Vell Port Office says the wharf crane failed its load test in May.\n\n"
                      "The report says the crane's brake cable was frayed in two places.\n\n"
                      "The director of Harbour Lift, Ana Lisk, rejected the report.\n\n"
                      "She said the crane passed its load test and its brake cable was never frayed."),
}


def test_a_denial_reaches_what_the_denier_goes_on_to_answer_not_the_rest_of_the_report(run, tmp_path):
    """The director answers the spare log: the report's claims about it are disputed, its count of
    skipped drills, of which he says nothing, is not."""
    claims = ingested(run, tmp_path, LOGBOOKS)
    spare = _by_text(claims, "kept two logbooks")
    assert spare and {c["status"] for c in spare} == {"disputed"}, claims
    drills = _by_text(claims, "skipped 14 safety drills")
    assert drills and all(c["status"] != "disputed" for c in drills), claims


def test_a_denial_still_reaches_every_claim_the_denier_answers(run, tmp_path):
    claims = ingested(run, tmp_path, WHOLE)
    for words in ("failed its load test", "brake cable was frayed"):
        found = _by_text(claims, words)
        assert found and {c["status"] for c in found} == {"disputed"}, claims
