"""Statements carried by another outlet speak for their issuer, not the carrier (issue 13), on
articles written for this test: a university's press release a trade site carries in full after a
lead announcing it (its plain sentences and its 'we' are the university's, through its release; the
lead and the site's own line after the end mark are not), a company's statement quoted in full after
'X issued the following statement:', a federation's statement carried in an agency's report (the
federation named after its own board is the federation, and 'The statement added' is its issuer's),
and a statement 'posted on X.' before the next sentence."""

from __future__ import annotations

import pytest

from provenance.extract import extract_claimset
from provenance.extract.segment import Block, sentences

RELEASE = """Dunmore University pauses peatland trial

The following press release was issued by Dunmore University on Monday. Bogland Today carries it in full.

PRESS RELEASE

Dunmore pauses Cradlemoss drainage trial

Harlowe, 3 March 2027 \u2013 Dunmore University has paused its drainage trial on the Cradlemoss peat bog while an external panel reviews the water-table data.

Readings from three of the twelve dipwells were logged against the wrong datum, so the reported drop in the water table is about half what the raw data show.

"We paused the trial the moment the error was clear to us," said Professor Annika Ferrow, who leads the School of Earth Sciences.

We will publish the corrected readings and the panel's findings in full by June.

The trial is funded by the Marsh Restoration Trust, which had no part in collecting the data.

ENDS

Bogland Today has asked the Marsh Restoration Trust for comment.
"""

STATEMENT_FROM = """Quarry firm answers residents

The following is a statement from the Kelby Stone Company.

The Kelby Stone Company will stop blasting at its Orrin Hill quarry after 4pm from next week.

Dust readings at the quarry fence have stayed within the permitted limit since January.
"""

COMPANY = """Tarnby mill shut after fumes scare

Eleven workers at the Tarnby paper mill were treated for breathing problems on Tuesday, the fire service said.

Harrow Mills issued the following statement:

"At 6.40 this morning several staff at the Tarnby mill reported irritation of the eyes and throat. The mill was evacuated at once.

"The bleaching line will stay closed until the county's inspectors have finished their checks."

Union organiser Petra Lindqvist said workers had complained of the smell for weeks.
"""

AGENCY = """Kestravian federation rejects club's appeal

VOLMAR, 4th March, 2027 (KNA) -- The Disciplinary Board of the Kestravian Rowing Federation has rejected the appeal lodged by Osterby Rowing Club against the disqualification of its eight.

In a statement, the Kestravian Rowing Federation affirmed that every club is responsible for registering its crews before the entry deadline.

The statement added that the federation had reminded all clubs of the deadline in writing on 20th February, 2027.
"""

POSTED = """Osterby fine upheld

The Kelby Rowing Federation\u2019s appeals board has upheld the fine on Osterby, the federation said in a statement posted on X. The board found that the club had been warned twice, the statement said.
"""


def _claims(text: str, outlet: str = "Bogland Today") -> list[dict]:
    cs = extract_claimset(text, slug="t", outlet=outlet)
    speakers = {s["id"]: s["name"] for s in cs["speakers"]}
    outlets = {o["id"]: o["name"] for o in cs["outlets"]}
    return [{**c, "speaker_name": speakers.get(c["speaker"] or ""), "outlet_name": outlets.get(c["outlet"] or "")}
            for c in cs["claims"]]


def _by(claims: list[dict], words: str) -> dict:
    found = [c for c in claims if words in c["text"]]
    assert found, (words, [c["text"] for c in claims])
    return found[0]


@pytest.mark.parametrize("words", ["has paused its drainage trial", "were logged against the wrong datum",
                                   "We will publish the corrected readings", "funded by the Marsh Restoration Trust"])
def test_a_release_carried_in_full_speaks_for_its_issuer(words):
    """The release's plain sentences and its 'we' are the university's, through its press release."""
    c = _by(_claims(RELEASE), words)
    assert c["speaker_name"] == "Dunmore University" and c["form"] != "unattributed", c
    assert c["outlet_name"] == "Dunmore University press release", c


def test_a_release_keeps_its_quotations_and_the_carriers_own_lines():
    claims = _claims(RELEASE)
    assert _by(claims, "moment the error was clear")["speaker_name"] == "Annika Ferrow"
    # the lead that announces the release states nothing; the carrier's line after 'ENDS' is its own
    assert not [c for c in claims if "following press release" in c["text"] or "carries it in full" in c["text"]]
    assert _by(claims, "for comment")["speaker_name"] == "Bogland Today"


def test_a_statement_from_a_body_carried_in_full_is_that_body_s():
    claims = _claims(STATEMENT_FROM, outlet="Orrin Valley News")
    for words in ("will stop blasting", "stayed within the permitted limit"):
        assert _by(claims, words)["speaker_name"] == "Kelby Stone Company", claims
    assert not [c for c in claims if "is a statement from" in c["text"]], claims


def test_a_statement_quoted_in_full_after_its_announcement_is_the_issuer_s():
    """'Harrow Mills issued the following statement:' then its paragraphs in quotation marks."""
    claims = _claims(COMPANY, outlet="Tarn Courier")
    for words in ("irritation of the eyes", "bleaching line will stay closed"):
        assert _by(claims, words)["speaker_name"] == "Harrow Mills", claims
    assert not [c for c in claims if "issued the following statement" in c["text"]], claims


def test_a_body_named_after_its_own_board_is_the_body():
    """'The Disciplinary Board of the Kestravian Rowing Federation' then 'the Kestravian Rowing
    Federation affirmed': the federation speaks, and 'The statement added' is its statement."""
    claims = _claims(AGENCY, outlet="Volmar Daily")
    assert _by(claims, "appeal lodged by Osterby")["speaker_name"] == "Disciplinary Board of the Kestravian Rowing Federation"
    for words in ("every club is responsible", "had reminded all clubs"):
        assert _by(claims, words)["speaker_name"] == "Kestravian Rowing Federation", claims


def test_a_statement_posted_on_x_ends_its_sentence():
    claims = _claims(POSTED, outlet="Volmar Daily")
    assert _by(claims, "upheld the fine")["speaker_name"] == "Kelby Rowing Federation", claims
    assert not [c for c in claims if c["speaker_name"] == "statement"], claims


@pytest.mark.parametrize("text, count", [
    ("The fine was posted on X. The board met on Friday.", 2),
    ("So am I. This town deserves better.", 2),
    ("The report was written by J. K. Varnsby and published on Friday.", 1),
    ("Ana B. Teale chaired the board.", 1),
])
def test_a_capital_letter_after_a_word_in_lower_case_ends_a_sentence_before_an_opener(text, count):
    assert len(sentences(text, Block(0, len(text), False), 0)) == count


PHONE = """Wells row deepens

"Our wells are dry," mayor Ivo Lund told the Kelby Courier by telephone on Monday.

The board would appeal, Tom Rask told Kestrel Radio by email.
"""


@pytest.mark.parametrize("words, outlet", [("wells are dry", "Kelby Courier"), ("would appeal", "Kestrel Radio")])
def test_how_words_reached_an_outlet_is_no_part_of_its_name(words, outlet):
    """'told the Kelby Courier by telephone': the outlet is the Courier; 'by telephone' says how."""
    assert _by(_claims(PHONE, outlet="Harbour Gazette"), words)["outlet_name"] == outlet


INITIALS = """Osterby fine upheld

The appeals board has upheld the fine on Osterby, the KRF said in a statement posted on X. The board found that the club had been warned twice, the statement said.
"""


def test_the_statement_again_is_the_statement_its_speaker_made_just_before():
    """'the KRF said in a statement ... the statement said': the KRF speaks through it again, whatever
    kind of speaker its initials were read as; 'statement' is never the speaker."""
    claims = _claims(INITIALS, outlet="Volmar Daily")
    assert {c["speaker_name"] for c in claims} == {"KRF"}, claims


DISPATCH = """Regulator recalls syrup

Tarnholm, 3 Mar (KNA) - The Kestravian Medicines Board (KMB) has ordered the recall of a cough syrup after six children fell ill, KNA has learned.
"""


def test_an_agency_naming_itself_in_its_own_dispatch_is_the_publisher():
    """'KNA has learned' in KNA's own dispatch: the publisher's own reporting, through itself, though
    its initials alone could be read as a person's or a body's."""
    c = _by(_claims(DISPATCH, outlet="KNA"), "ordered the recall")
    assert c["speaker_name"] == "KNA" and c["outlet_name"] == "KNA", c


EARLIER = """Kelby row

Editor's note: An earlier version of this article quoted club chairman Ivo Marsk as saying the club would "never row again". Mr Marsk did not say this, and the quote has been removed.
"""


def test_an_earlier_version_quoting_someone_is_the_publishers_own_text_not_an_outlet():
    cs = extract_claimset(EARLIER, slug="t", outlet="Kelby Courier")
    assert {o["name"] for o in cs["outlets"]} == {"Kelby Courier"}, cs["outlets"]
    assert _by(_claims(EARLIER, outlet="Kelby Courier"), "never row again")["outlet_name"] == "Kelby Courier"
