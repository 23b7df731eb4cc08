"""Documents, filings and evidence to a committee as sources (issues 12 and 13), on sentences written
for this test (invented bodies, companies and outlets): a record whose subject carries a participle's
clause ('tabled in the Assembly on Monday') still speaks; 'the report' names again any record the
text cited; a filing is lodged with an exchange, which is no outlet; a committee a witness tells is
its audience, no outlet, under its initials too, and so is a well-known body a source tells (the FBI);
the maker of a survey of some people speaks for it; a figure opened by 'at least' belongs to the clause."""

from __future__ import annotations

import pytest
from test_extract import claims_of

LEDGER = {"outlet": "The Harbour Ledger"}


def sourced(text: str) -> list[tuple[str, str | None, str | None]]:
    """(content, speaker, outlet) of every claim of a text, with the Ledger as its publisher."""
    return [(c["text"], c["speaker_name"], c["outlet_name"]) for c in claims_of(text, **LEDGER)]


@pytest.mark.parametrize("text, content, speaker", [
    # a participle's clause of where or when a record came out, set off between it and its cue
    ("A special review by the Office of the Ombudsman, published in the Assembly on Monday, found that "
     "212 permits were issued without an inspection.",
     "212 permits were issued without an inspection", "Office of the Ombudsman"),
    ("A report by the Harwick Audit Office, released on Friday, said that the scheme had lost £4 million.",
     "the scheme had lost £4 million", "Harwick Audit Office"),
    ("The audit, completed last month, said 40 contracts were never tendered.",
     "40 contracts were never tendered", "audit"),
    # what the evidence is of may stand between it and its maker
    ("A survey of 640 growers by the Kelby Growers' Federation, published in March, found that 41 percent "
     "had lost a harvest.", "41 percent had lost a harvest", "Kelby Growers' Federation"),
    ("A survey of 640 growers by the Kelby Growers' Federation found that 41 percent had lost a harvest.",
     "41 percent had lost a harvest", "Kelby Growers' Federation"),
])
def test_a_record_speaks_past_a_participles_clause(text, content, speaker):
    assert sourced(text) == [(content, speaker, None)]


def test_the_report_names_again_any_record_cited():
    text = ("A special inquiry by the Tarn Audit Office found that 212 permits were issued without an "
            "inspection. Among them, the report said, were nine permits for relatives of councillors.")
    assert [speaker for _, speaker, _ in sourced(text)] == ["Tarn Audit Office", "Tarn Audit Office"]


@pytest.mark.parametrize("text", [
    "Orlen Marine said in a filing with the Tarn Stock Exchange on Tuesday that its new dock would open in June.",
    "Its new dock would open in June, Orlen Marine said in a filing with Bourse Tarnia on Tuesday.",
])
def test_an_exchange_a_filing_is_lodged_with_is_no_outlet(text):
    assert sourced(text) == [("its new dock would open in June" if text.startswith("Orlen") else "Its new dock would open in June",
                              "Orlen Marine", None)]


@pytest.mark.parametrize("text", [
    "Ana Costa told the Harbour Works Committee (HWC) that the levy had been spent twice.",
    "The head of the levy board, Ana Costa, yesterday told the Assembly's Harbour Works Committee (HWC) that the "
    "levy had been spent twice.",
])
def test_a_committee_told_under_its_initials_is_the_audience(text):
    assert sourced(text) == [("the levy had been spent twice", "Ana Costa", None)]


def test_a_bodys_initials_the_text_defined_are_no_outlet():
    text = ("The Harbour Works Committee (HWC) met on Monday. "
            "Ana Costa told the HWC that the levy had been spent twice.")
    assert sourced(text)[-1] == ("the levy had been spent twice", "Ana Costa", None)
    # an outlet's initials stay the outlet's
    text = ("The Tarn Evening Gazette (TEG) has covered the fund for years. "
            "Ana Costa told the TEG that the levy had been spent twice.")
    assert sourced(text)[-1][2] is not None


@pytest.mark.parametrize("text, content", [
    ("The coastguard said at least 30 sheep were lost.", "at least 30 sheep were lost"),
    ("An aide to the mayor, who spoke on condition of anonymity, said at least four drivers had been "
     "suspended.", "at least four drivers had been suspended"),
    ("Ana Costa said at most three boats were lost.", "at most three boats were lost"),
    # ('at least once' is how often she said it, no figure of C's)
    ("Ana Costa said at least once that the port was safe.", "the port was safe"),
])
def test_a_figure_opened_by_at_least_is_part_of_the_clause(text, content):
    assert [c for c, _, _ in sourced(text)] == [content]


def test_the_publishers_desk_or_service_is_the_publisher():
    text = "The Marine Office told Harbour Ledger Fact Check that the register was two years old."
    assert sourced(text) == [("the register was two years old", "Marine Office", "The Harbour Ledger")]


@pytest.mark.parametrize("text", [
    "Ana Costa told the FBI that the files were missing.",
    "The miner told the ASX that the files were missing.",
])
def test_a_well_known_body_told_is_no_outlet(text):
    assert [outlet for _, _, outlet in sourced(text)] == [None]
