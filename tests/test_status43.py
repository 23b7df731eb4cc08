"""One origin told twice is no corroboration: a party a story names only by what it is ('The operator
says C' in a summary box, 'the regulator said C' in another outlet's story) beside the same party
named, and an outlet written with and without letters that no accent-stripping takes apart
('Søholmposten' and a wire's 'Soholmposten'); and sources that are no party speaking for itself (a
trade union and its officers, an expert, an advocate, a private person). Invented articles of this
file's own writing."""

from __future__ import annotations

import pytest
from test_status_shapes import _by_text, ingested, ruled_claims

from provenance import rules
from provenance.corroboration import ClaimRecord, origin_groups

SUMMARY_BOX = """Dairy breached its licence twice, inspection reports show

In short:

Inspection reports show the Lundholm dairy let whey into the Vessa river in January.

The regulator says the dairy breached its discharge licence twice in January.

What's next? The dairy will be inspected again in March.

Inspection reports obtained by the Harbour Gazette show that the Lundholm dairy let whey into the Vessa river twice in January.

The Coastal Water Board said on Monday that the dairy had breached its discharge licence twice in January.

The board will inspect the plant again in March.
"""


def test_a_summary_box_and_the_body_are_one_origin_not_two(run, tmp_path):
    """'The regulator says C' in the box at the top, and the board the body names saying C: the
    story tells one party's statement twice, which corroborates nothing; both stay the party's
    own word, on the record."""
    claims = ingested(run, tmp_path, {"gazette-dairy-box": ("The Harbour Gazette", "2026-03-02", SUMMARY_BOX)})
    told = [c for c in _by_text(claims, "breached its discharge licence") if c["stance"] == "asserts"]
    assert {c["speaker"] for c in told} == {"regulator", "Coastal Water Board"}, told
    assert {c["status"] for c in told} == {"confirmed"}, told


REGULATOR = {
    "gazette-dairy": ("The Harbour Gazette", "2026-03-02",
                      "The regulator said on Monday that the Lundholm dairy had breached its discharge licence "
                      "twice in January.\n\nThe dairy did not respond to questions."),
    "courier-dairy": ("The Coast Courier", "2026-03-02",
                      "The Coastal Water Board said on Monday that the Lundholm dairy had breached its discharge "
                      "licence twice in January.\n\nThe board said it would inspect the plant in March."),
}


def test_a_party_described_in_one_outlet_and_named_in_another_is_one_source(run, tmp_path):
    """'The regulator said C' in one paper, 'The Coastal Water Board said C' in another: a definite
    description refers to a party the coverage names, so the board's C is not corroborated by its
    own word told under another name."""
    claims = ingested(run, tmp_path, REGULATOR)
    said = [c for c in _by_text(claims, "breached its discharge licence") if c["stance"] == "asserts"]
    assert len(said) == 2 and {c["status"] for c in said} == {"confirmed"}, said


def test_two_named_parties_still_corroborate_each_other_beside_a_described_one(run, tmp_path):
    """A described party joins one named source; two named sources of their own stay two."""
    articles = {**REGULATOR, "wire-dairy": (
        "Northwire", "2026-03-03",
        "Lundholm Dairy's chief executive, Kari Holm, said on Tuesday that the dairy had breached its discharge "
        "licence twice in January and apologised.")}
    claims = ingested(run, tmp_path, articles)
    board, = [c for c in _by_text(claims, "breached its discharge licence") if c["speaker"] == "Coastal Water Board"]
    assert board["status"] == "corroborated" and "Kari Holm" in board["reason"], board


FORMER_WORKERS = {
    "avis-smelter": ("Søholmposten", "2026-05-11",
                     "Three former workers at the Brekke smelter told Søholmposten that managers had known of the "
                     "leaking filter since June.\n\nThey asked not to be named."),
    "wire-smelter": ("Northwire", "2026-05-12",
                     "OSLO (Northwire) - Danish daily Soholmposten quoted former workers as saying managers had known "
                     "of the leaking filter since June.\n\nThe smelter's owner did not respond."),
}


def test_an_outlet_spelt_without_its_letter_o_slash_is_the_same_outlet(run, tmp_path):
    """The wire writes 'Soholmposten' for 'Søholmposten' ('ø' has no accent to strip): its relay of the
    paper's anonymous workers is the paper's source again, one origin, not corroboration."""
    claims = ingested(run, tmp_path, FORMER_WORKERS)
    said = [c for c in _by_text(claims, "had known of the leaking filter") if c["stance"] == "asserts"]
    assert len(said) == 2 and "corroborated" not in {c["status"] for c in said}, said


def _rec(key: int, doc: str, speaker: str, *, publisher: str, anonymous: bool = False,
         outlet: str | None = None) -> ClaimRecord:
    return ClaimRecord(key=key, doc=doc, text="managers had known of the leak since June", speaker=speaker,
                       anonymous=anonymous, outlet=outlet, publisher=publisher, stated_on="2026-05-11", seq=key)


def test_origin_groups_read_letters_with_no_accent_as_english_copy_writes_them():
    """'Łódzianin' and 'Lodzianin' name one outlet: the anonymous sources each carried are one."""
    groups = origin_groups([_rec(1, "a", "former workers", publisher="Łódzianin", anonymous=True),
                            _rec(2, "b", "three former workers at the smelter", publisher="Northwire", anonymous=True,
                                 outlet="Lodzianin")])
    assert groups[1] == groups[2]


def test_origin_groups_keep_police_apart_from_a_named_witness():
    """'police said C' is the force speaking for itself: no description of a named party."""
    groups = origin_groups([_rec(1, "a", "police", publisher="Harbour Gazette"),
                            _rec(2, "a", "Ines Berg", publisher="Harbour Gazette")])
    assert groups[1] != groups[2]


INTEREST_GROUPS = """Toll operator to refund double charges

The operator of the Tarn expressway toll will refund about 40,000 motorists who were charged twice for single trips in April, the roads minister said on Tuesday.

The minister gave the operator two weeks to repay every motorist and said the ministry would audit the toll system before the end of June.

The Harbour Road Haulage Union described the refund period as unfair.

Its General Secretary, Kofi Mensah, told the Gazette that drivers had lost a week's pay.

The Bank of Tarn, in a statement signed by its Secretary, Ama Boateng, said it was watching the refunds closely.

The teachers' union Skolfolk Nord said the closures had left pupils without classes. The union's chair in Orrvik, Eva Lind, told the Gazette that 300 teachers had not been paid for May.
"""


def test_trade_unions_and_their_officers_speak_for_their_members_interest(run, tmp_path):
    """A union named for a trade and its officers, however the text refers back to it, are an interest
    group, a single source (DESIGN: a named party speaking for itself; the judging rules: interest
    groups unconfirmed unless corroborated); another body's officer and a union of states are not."""
    claims = ingested(run, tmp_path, {"gazette-tolls": ("The Harbour Gazette", "2026-05-13", INTEREST_GROUPS)})
    statuses = {c["speaker"]: c["status"] for c in claims}
    assert statuses["Harbour Road Haulage Union"] == "unconfirmed"  # a trade union, whatever trade its name gives
    assert statuses["Kofi Mensah"] == "unconfirmed"  # 'Its General Secretary' opening the sentence after the union's
    assert statuses["Eva Lind"] == "unconfirmed"  # 'the union's chair' after the union described by its people
    assert statuses["Ama Boateng"] == "confirmed"  # 'its Secretary' of the bank, in her own sentence

    assert not rules._of_members("European Union") and not rules._of_members("Universal Postal Union")  # of states, public


EXPERTS_AND_PRIVATE_PEOPLE = """Care home charts show high doses

Geriatrician Helen Ward said the doses in the charts were far above what was normal.

Consumer rights lawyer Kwame Osei said residents' families could sue the operator.

"They sent us home without the vaccine," said Ana Ruiz, 29, a cashier.

Community leader Tomas Quispe said residents no longer trusted the company.

Health Minister Lena Brandt said the home would be inspected this week.
"""


@pytest.mark.parametrize("speaker, status", [
    ("Helen Ward", "unconfirmed"),    # a practitioner of a medical field ('-ician'), commenting
    ("Kwame Osei", "unconfirmed"),    # a lawyer named by a field of law, no party's
    ("Ana Ruiz", "unconfirmed"),      # a private person: her age and her trade
    ("Tomas Quispe", "unconfirmed"),  # speaks for residents, an advocate
    ("Lena Brandt", "confirmed"),     # an office holder for her office
])
def test_experts_advocates_and_private_people_are_a_single_source(speaker, status):
    claims = [c for c in ruled_claims(EXPERTS_AND_PRIVATE_PEOPLE) if c["speaker_name"] == speaker]
    assert claims and {c["status"] for c in claims} == {status}, claims


REBUILD = {
    "gazette-fund": ("The Harbour Gazette", "2026-12-02",
                     "Mara Quist, who heads the Harbour Rebuild Fund, said on Wednesday that the lists of households "
                     "came from the town councils.\n\nThe councils did not respond."),
    "radio-fund": ("Tarn Radio", "2026-12-02",
                   "The head of the Harbour Rebuild Fund said on Wednesday that the lists of households came from "
                   "the town councils."),
}


def test_an_office_described_in_one_outlet_and_its_holder_named_in_another_are_one_source(run, tmp_path):
    """'The head of the Harbour Rebuild Fund said C' on the radio and Mara Quist, who heads it, saying C
    in the paper: one person's word told twice, confirmed, not corroborated."""
    claims = ingested(run, tmp_path, REBUILD)
    said = [c for c in _by_text(claims, "lists of households came from the town councils") if c["stance"] == "asserts"]
    assert len(said) == 2 and {c["status"] for c in said} == {"confirmed"}, said
