"""A record, poll or filing cited as a source keeps speaking when the text names it again (issues 12
and 13), on texts written for this test (invented bodies, companies and outlets): 'The survey also
found', 'The report, dated June 3, says', 'It found that' are the record's (or its maker's), not the
publisher's; a body's own filing cited by its owner's possessive ("the club's accounts show") speaks
under its own name, through no outlet."""

from __future__ import annotations

import pytest
from test_extract import claims_of

GAZETTE = {"outlet": "Harlow Gazette"}


def who(text: str) -> list[tuple[str, str | None, str | None]]:
    """(content, speaker, outlet) of every claim of a text, with the Gazette as its publisher."""
    return [(c["text"], c["speaker_name"], c["outlet_name"]) for c in claims_of(text, **GAZETTE)]


@pytest.mark.parametrize("first, maker", [
    ("A survey by the Tenants Union found that 38 per cent of renters had no smoke alarm.", "Tenants Union"),
    ("A Tenants Union survey published in October found that 38 per cent of renters had no smoke alarm.",
     "Tenants Union"),
    ("A 2024 study by Marlow University found that 38 per cent of renters had no smoke alarm.", "Marlow University"),
])
def test_a_poll_or_study_named_again_is_its_makers(first, maker):
    noun = "survey" if "survey" in first else "study"
    got = who(f"{first}\n\nThe {noun}, which covered 900 homes, also found that most landlords never checked "
              "the wiring.\n")
    assert got == [("38 per cent of renters had no smoke alarm", maker, None),
                   ("most landlords never checked the wiring", maker, None)]


def test_a_report_seen_by_the_publisher_speaks_again_as_the_report_and_it():
    """'according to an audit report seen by the Gazette. The report, dated June 3, says D. It
    found that E': the report throughout, through the outlet that saw it."""
    got = who("Harlow Water missed its leak targets, according to an internal audit report seen by the Gazette.\n\n"
              "The report, prepared by the audit committee and dated June 3, says the pumps were last serviced "
              "in 2019.\n\nIt found that 41 of the 90 pumping stations had no working alarm.\n")
    assert [(speaker, outlet) for _, speaker, outlet in got] == [("internal audit report", "Harlow Gazette")] * 3
    assert got[2][0] == "41 of the 90 pumping stations had no working alarm"


def test_it_is_the_records_only_when_the_record_spoke_last():
    """'It found' after a named official spoke is not the record cited paragraphs before."""
    got = who("A survey by the Tenants Union found that 38 per cent of renters had no smoke alarm.\n\n"
              "Ana Reyes, a housing officer, said the figure was too high.\n\nIt found its way into the budget.\n")
    assert got[-1][1] == "Harlow Gazette"


@pytest.mark.parametrize("text, speaker", [
    ("The inspection report says the valves were never replaced.", "inspection report"),
    ("The records, a log kept by the council, show the valves were never replaced.", "Harlow Gazette"),
])
def test_a_record_of_its_own_words_or_a_collection_is_not_the_survey_cited_before(text, speaker):
    got = who("A survey by the Tenants Union found that 38 per cent of renters had no smoke alarm.\n\n" + text + "\n")
    assert got[1][1] == speaker


@pytest.mark.parametrize("text, speaker, content", [
    ("Harlow Water's own asset management plan, filed with the regulator in March, shows the main pipe was due "
     "for replacement in 2019.", "Harlow Water's own asset management plan", None),
    ("Brenmoor Bank's most recent financial statements, filed with the Companies Registry, show that it lost "
     "3 million pounds.", "Brenmoor Bank's most recent financial statements", "it lost 3 million pounds"),
    ("The club's accounts, filed in March, show a loss of 3 million pounds.", "club's accounts", None),
])
def test_a_bodys_own_filing_speaks_under_its_name_through_no_outlet(text, speaker, content):
    (got_text, got_speaker, outlet), = who(text)
    assert (got_speaker, outlet) == (speaker, None)
    assert got_text == (content or text.rstrip("."))


def test_witness_accounts_and_questions_are_no_filing():
    got = who("Witness accounts published by the Marlow Echo do not mention a fire.\n\nWhat did the report say?\n")
    assert all(speaker == "Harlow Gazette" for _, speaker, _ in got)
