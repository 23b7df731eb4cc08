"""Statuses on multi-outlet news (issue 12), in shapes of the thirtieth held-out batch's misses, on
invented articles of this file's own writing (tests/fixtures/status51/ and the texts below):

- a body withdrawing in a later article its statement of C, told at more length and followed by a
  clause of the publisher's ('has withdrawn its statement that C, after the office confirmed that
  D'), takes back the account its unnamed spokesperson gave in another outlet ('a fire brigade
  spokesperson said C and that D'), whatever the order of ingest: C is withdrawn, so the account is
  withdrawn in part;
- standing by the written rules (tests/fixtures/articles/README.md): an association's president, a
  fund named for the nature it campaigns for, an association named for the trade of its members, a
  naturalist and a tour operator are no party on the record: `unconfirmed`;
- two figures of one counted thing over different periods ('9,000 hectares felled last year', '14
  hectares felled in March') are no dispute;
- 'X rejected Y's claim that C, saying D' is X's denial of C beside Y's disputed account, and D is X's.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from test_status_shapes import ruled_claims

from provenance.corroboration import ClaimRecord, account_of

from conftest import FIXTURES

STORY = FIXTURES / "status51"
ACCOUNT = 'the permit had been "extended under the usual terms"'


def _ingest(run, tmp_path: Path, order: list[str]) -> list[dict]:
    for name in order:
        path = tmp_path / name
        shutil.copy(STORY / name, path)
        assert run("ingest", str(path), "--silent").exit_code == 0
    return json.loads(run("claims", "--format", "json").stdout)


@pytest.mark.parametrize("order", [
    ["courier-brenna-depot.txt", "gazette-brenna-depot.txt"],
    ["gazette-brenna-depot.txt", "courier-brenna-depot.txt"],
])
def test_a_bodys_withdrawal_takes_back_its_unnamed_spokespersons_account_in_another_outlet(run, tmp_path, order):
    """'a fire brigade spokesperson said C and that D' (the Courier), then 'The Brenna Fire Brigade
    has withdrawn its statement that C at more length, after the Planning Office confirmed that E'
    (the Gazette): the spokesperson's account is withdrawn in part, by the brigade, in either order
    of ingest; the mayor and the operator keep their own statuses, and `check` finds nothing."""
    claims = _ingest(run, tmp_path, order)
    account = [c for c in claims if c["text"].startswith(ACCOUNT)]
    assert len(account) == 1, claims
    assert account[0]["status"] in ("retracted", "disputed"), account
    assert "withdrawn by Brenna Fire Brigade" in account[0]["reason"], account
    assert {c["status"] for c in claims if c["speaker"] in ("Tilda Rosen", "Velko Gas")} == {"confirmed"}, claims
    assert run("check").exit_code == 0
    before = {c["id"]: (c["status"], c["reason"]) for c in claims}
    assert run("recompute").exit_code == 0
    after = {c["id"]: (c["status"], c["reason"]) for c in json.loads(run("claims", "--format", "json").stdout)}
    assert after == before


def _record(speaker: str, text: str, *, anonymous: bool = False, stance: str | None = None) -> ClaimRecord:
    return ClaimRecord(key=None, doc="d", text=text, speaker=speaker, anonymous=anonymous, stance=stance)


@pytest.mark.parametrize(("spokesperson", "theirs"), [
    ("fire brigade spokesperson", True),
    ("spokesman for the Brenna Fire Brigade", True),
    ("planning office spokesperson", False),  # another body's voice
    ("senior fire officer", False),  # no spokesperson: an anonymous source is no party's account
    ("spokeswoman", False),  # no body named
])
def test_an_unnamed_spokesperson_is_the_voice_of_the_body_its_words_name(spokesperson, theirs):
    withdrawal = _record("Brenna Fire Brigade", "the permit had been extended", stance="retracts")
    account = _record(spokesperson, "the permit had been extended", anonymous=True)
    assert account_of(withdrawal, account) is theirs


@pytest.mark.parametrize(("said", "account", "share"), [
    # C told at more length, a clause of the publisher's after it; the account C and D
    ("the permit of the gas depot in Brenna had been extended under the usual terms, after the Planning Office "
     "confirmed that no permit had been extended since 2024",
     "the permit had been extended under the usual terms and that the depot had passed its annual safety check", 1.0),
    # the account's clause of other words is not what was withdrawn
    ("the permit of the gas depot in Brenna had been extended under the usual terms",
     "the depot had passed its annual safety check and that its staff were trained", 0.0),
])
def test_a_withdrawal_at_more_length_covers_one_clause_of_a_shorter_account(said, account, share):
    from provenance.corroboration import _withdrawn_share
    assert _withdrawn_share(said, account)[0] == pytest.approx(share, abs=0.3)
    assert (_withdrawn_share(said, account)[0] >= 0.75) is (share == 1.0)


STANDING = """Fireworks makers fear for summer festivals

Fireworks makers in Lorna warned on Monday that the new storage rules could end the summer festivals.

The Lorna Pyrotechnic Makers Association said its members could not afford new magazines.

The association's president, Ivo Brant, said the rules had been drafted without consulting the makers.

The Northern Fund for Nature said the storage sites lay next to a protected marsh.

The Guide Association of Velmar said guides had lost half their bookings.

Aro Pill, a naturalist from nearby Vask, said he had counted 30 nesting pairs near the site.

Lhendup Dorje, a tour operator in Haa, said visitors had cancelled their trips.

Mayor Tilda Rosen said the council would review the rules in June.

The Lorna Planning Office said the sites had been inspected in May.
"""


@pytest.mark.parametrize(("speaker", "status"), [
    ("Ivo Brant", "unconfirmed"),  # "the association's president": an interest group's officer
    ("Northern Fund for Nature", "unconfirmed"),  # a fund named for the cause it campaigns for
    ("Guide Association of Velmar", "unconfirmed"),  # an association named for its members' trade
    ("Aro Pill", "unconfirmed"),  # a naturalist: an expert
    ("Lhendup Dorje", "unconfirmed"),  # a tour operator: a private person's trade
    ("Tilda Rosen", "confirmed"),  # an office holder on the record
    ("Lorna Planning Office", "confirmed"),  # a body of the state
])
def test_associations_funds_for_a_cause_naturalists_and_tour_operators_are_single_sources(speaker, status):
    found = [c for c in ruled_claims(STANDING) if c["speaker_name"] == speaker]
    assert found and {c["status"] for c in found} == {status}, found


@pytest.mark.parametrize(("role", "kind"), [
    ("association's president", "interest_group"),
    ("the guild's chair", "interest_group"),
    ("the union's general manager", "body_staff"),  # a cooperative union's or a federation's officer: its party
    ("the federation's secretary general", "public_office"),
    ("the European Union's president", "public_office"),  # a name in capitals: no group's officer read here
    ("the company's president", "public_office"),
])
def test_an_officer_of_a_group_in_lower_case_is_its_voice(role, kind):
    from provenance.standing import head_kind
    assert head_kind(role) == kind


@pytest.mark.parametrize(("name", "cause"), [
    ("Northern Fund for Nature", True),
    ("Kessel Wildlife Trust", True),
    ("Climate Fund", False),  # a fund with no cause after 'for': the state's or a firm's
    ("Nature Information System", False),
    ("Wildlife Park", False),
])
def test_a_fund_for_a_cause_is_a_cause_body(name, cause):
    from provenance.standing import cause_body
    assert cause_body(name) is cause


FELLING = {
    "gazette-osby-felling": ("The Harbour Gazette", "2026-04-20",
                             "The Lindmark Forest Agency felled nearly 14 hectares of pine near Osby in March, even "
                             "though eagles had nested there, the Osby Bird Society said.\n\n"
                             "Agency director Jonas Berg rejected the Osby Bird Society's claim that the agency had "
                             "known about the nests, saying the register held no record of them."),
    "courier-osby-felling": ("The Coast Courier", "2026-04-21",
                             "The Lindmark Forest Agency felled about 9,000 hectares of pine last year, its annual "
                             "report shows.\n\n"
                             "The Osby Bird Society counted 6 eagle nests in the surrounding forest after the felling."),
    "wire-osby-felling": ("Northwire", "2026-04-22",
                          "Two eagle nests were entered in the regional register for the felled stand in May 2025, "
                          "the Osby Bird Society said."),
}


def test_figures_of_other_periods_are_no_dispute_and_a_rejected_claim_is_denied(run, tmp_path):
    """'felled about 9,000 hectares last year' (a year's total) and 'felled nearly 14 hectares near
    Osby in March' count hectares felled over other spans; '6 eagle nests after the felling' and 'two
    nests entered in May 2025' count nests at other times: no figure disputes another. 'Berg
    rejected the Society's claim that C, saying D' is Berg's denial of C, the Society's account of C
    disputed, and D Berg's own."""
    from test_status_shapes import ingested
    claims = ingested(run, tmp_path, FELLING)
    for words in ("9,000 hectares", "14 hectares", "6 eagle nests", "Two eagle nests"):
        found = [c for c in claims if words in c["text"]]
        assert found and all(not c["reason"].startswith("contradicted by") for c in found), (words, found)
    nests = [c for c in claims if c["text"].startswith("the agency had known about the nests")]
    assert {c["stance"] for c in nests} == {"denies", "asserts"}, nests
    denial = next(c for c in nests if c["stance"] == "denies")
    account = next(c for c in nests if c["stance"] == "asserts")
    assert "Osby Bird Society" in denial["reason"] and account["status"] == "disputed", nests
    register = [c for c in claims if c["text"].startswith("the register held no record")]
    assert register and register[0]["speaker"] == "Jonas Berg", register


@pytest.mark.parametrize(("a", "b", "other"), [
    ("RMK felled 21,000 hectares last year", "RMK felled 12 hectares near Osby in March", True),
    ("inspectors found 400 kilograms on site", "inspectors found 180 kilograms in March last year", True),
    ("6 nests were counted after the felling", "two nests were entered in May 2025", True),
    ("12 people died on 3 May", "14 people died", False),  # a day's count: matching.other_days reads days
    ("In March 2026 the plant shed 900 jobs", "The plant shed 612 jobs in March", False),  # one period
    ("About 2,300 people marched on Saturday", "Fewer than 1,400 people marched", False),
])
def test_counts_of_other_periods(a, b, other):
    from provenance.corroboration import other_periods
    assert other_periods(a, b) is other


@pytest.mark.parametrize("sentence", [
    "Agency director Jonas Berg rejected the Osby Bird Society's claim that the agency had known about the nests, "
    "saying the register held no record of them.",
    "Agency director Jonas Berg spoke on Monday. He rejected the Osby Fund for Nature's claim that the agency had "
    "known about the nests, saying the register held no record of them.",
    "Agency director Jonas Berg dismissed the bird society's assertion that the agency had known about the nests, "
    "saying the register held no record of them.",
])
def test_rejecting_a_named_partys_claim_denies_it_and_what_follows_is_the_deniers(sentence):
    """'X rejected Y's claim that C, saying D': X denies C (stance denies), Y's account of C stands
    disputed beside it, and D is X's own statement, not Y's."""
    claims = ruled_claims("Forest agency under fire\n\n" + sentence + "\n")
    told = [c for c in claims if c["text"].startswith("the agency had known about the nests")]
    assert any(c["stance"] == "denies" and c["speaker_name"] == "Jonas Berg" for c in told), claims
    assert not any(c["stance"] == "asserts" and c["status"] != "disputed" for c in told), claims
    register = [c for c in claims if c["text"].startswith("the register held no record")]
    assert [c["speaker_name"] for c in register] == ["Jonas Berg"], claims
