"""Records named again (issue 13): 'the report' closing a sentence is the inspection report the text cited, not a
company's statement cited since (any record is a report, a party's statement is none), and when no record was cited
in the last paragraphs, the report the text cited by that noun further back. Every sentence is written for this
test: invented people, bodies and outlets."""

from __future__ import annotations

from test_extract import claims_of

GULL = {"outlet": "The Morrow Gull"}


def attributed(text: str) -> list[tuple[str | None, str]]:
    return [(c["speaker_name"], c["text"]) for c in claims_of(text, **GULL) if c["form"] != "unattributed"]


def test_the_report_is_the_report_cited_not_the_statement_cited_since():
    text = ("Velmar Buses runs 23 routes in the Kelby region. Its drivers worked 16-hour shifts, an inspection report "
            "shows.\n\nDriver Jan Sorel, 51, said he had been paid for eight hours a day.\n\nThe company said in a "
            "statement on its website that it employed 61 drivers and was recruiting more. \"The safety of our "
            "passengers has always come first,\" the statement said.\n\nThe inspectorate fined the company 400,000 "
            "crowns, the maximum for this kind of offence, the report shows.\n")
    assert attributed(text)[-1] == ("inspection report", "The inspectorate fined the company 400,000 crowns, the "
                                                         "maximum for this kind of offence")


def test_the_report_named_again_after_a_long_stretch_is_still_the_report():
    filler = "".join(f"Residents of Hallam village number {n} said the buses had often been late.\n\n" for n in range(2, 22))
    text = ("Its drivers worked 16-hour shifts, an inspection report shows.\n\n" + filler
            + "The company said in a statement that it employed 61 drivers.\n\n"
            "The inspectorate fined the company 400,000 crowns, the report shows.\n")
    assert attributed(text)[-1] == ("inspection report", "The inspectorate fined the company 400,000 crowns")
