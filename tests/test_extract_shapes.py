"""More shapes of reporting, each on sentences written for this test: embedded reports inside the
publisher's sentences, speakers set off by clauses, split quotations, labels and credit lines."""

from __future__ import annotations

from test_extract import attributed, claims_of


def test_a_participle_report_after_the_publishers_clause_gives_two_claims():
    first, second = claims_of("The agency later withdrew the figures, saying they had been counted twice.")
    assert (first["form"], first["text"]) == ("unattributed", "The agency later withdrew the figures")
    assert second["text"] == "they had been counted twice"
    assert (second["speaker_name"], second["cue"], second["mention"]) == ("agency", "saying", "The agency")


def test_a_report_in_a_subordinate_clause_leaves_the_sentence_to_the_publisher():
    text = "The school closed its gym on Friday, after inspectors warned that the roof could fall in."
    whole, report = claims_of(text)
    assert whole["form"] == "unattributed" and whole["text"] == text[:-1]
    assert report["text"] == "the roof could fall in"
    assert (report["speaker_name"], report["cue"]) == ("inspectors", "warned")


def test_a_statement_in_which_it_said_belongs_to_the_main_subject():
    text = ("The Transport Agency has retracted a notice in which it said that the ferry was safe, "
            "after a second engine fault.")
    whole, report = claims_of(text)
    assert whole["form"] == "unattributed"
    assert report["text"] == "the ferry was safe"
    assert report["speaker_name"] == "Transport Agency" and report["mention"] == "it"
