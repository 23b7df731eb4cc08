"""Which claim a denial answers (issue 12): a denial of 'claims, first published in X, that C' denies
C, not the report told before it; 'Y has also rejected the claim' after 'X told us C' joins X's
rejection of the claim both answer, not X's words (and, its content told in another sentence, it
is no denial in the sentence it was said in); a denial of a bare 'the claims' answers, of the
reports before it, the one whose words its side goes on to answer ('A company spokeswoman said the
cool room had been serviced'), not an earlier claim that names the denier. Invented articles of this
file's own writing."""

from __future__ import annotations

from test_status_shapes import _by_text, ingested

LISTS = {
    "courier-lists": ("The Vell Courier", "2026-10-02",
                      "An audit by the Vell Audit Office found that 1,200 grants went to people who were never "
                      "assessed. Among them, the audit said, were 41 relatives of district officials.\n\n"
                      "The fund's director, Mara Tolland, rejected claims, first published in the Harbour Gazette, "
                      "that the lists for two districts had been compiled at a party office."),
}

TRUCKS = {
    "courier-trucks": ("The Vell Courier", "2026-10-05",
                       "Posts shared on social media claim the port of Dunvik has stopped accepting foreign trucks "
                       "after the strike.\n\n"
                       "This is false: the Dunvik port authority told the Courier there had been no change to the "
                       "rules for foreign trucks, and the transport ministry has also rejected the claim."),
}

COOL_ROOM = {
    "courier-rolls": ("The Vell Courier", "2026-10-09",
                      "All of the sick children had eaten rolls bought from Vellmart bakeries last week, the health "
                      "office said on Thursday.\n\n"
                      "The Harbour Gazette reported on Friday, citing two former employees, that staff had complained "
                      "for weeks that the cool room at the central kitchen was not holding its temperature.\n\n"
                      "Vellmart rejected the claims. A company spokeswoman said the cool room had been serviced in "
                      "March and no complaints about it were ever raised with managers."),
}

def _one(claims: list[dict], words: str) -> dict:
    found = _by_text(claims, words)
    assert len(found) == 1, (words, claims)
    return found[0]


def test_a_denial_of_claims_set_off_by_an_aside_denies_their_clause(run, tmp_path):
    """'rejected claims, first published in the Harbour Gazette, that C': the denial states C; the
    audit's count of relatives, told before it, is no part of what she rejects."""
    claims = ingested(run, tmp_path, LISTS)
    denial = [c for c in claims if c["stance"] == "denies"]
    assert [c["text"] for c in denial] == ["the lists for two districts had been compiled at a party office"], claims
    assert _one(claims, "41 relatives")["status"] != "disputed", claims


def test_an_also_rejection_answers_the_claim_not_the_rejection_before_it(run, tmp_path):
    """The ministry 'has also rejected the claim': the posts' claim, which the port authority's
    words reject first; the port authority's own words are not disputed by the ministry."""
    claims = ingested(run, tmp_path, TRUCKS)
    denial = [c for c in claims if c["stance"] == "denies" and "ministry" in (c["speaker"] or "")]
    assert [c["text"] for c in denial] == ["the port of Dunvik has stopped accepting foreign trucks after the strike"]
    authority = _one(claims, "no change to the rules")
    assert authority["status"] != "disputed", authority



def test_a_denial_of_the_claims_answers_the_report_its_spokeswoman_goes_on_to_answer(run, tmp_path):
    """'Vellmart rejected the claims. A company spokeswoman said the cool room had been serviced':
    the Gazette's report about the cool room is what it rejects, not the health office's finding
    that names Vellmart."""
    claims = ingested(run, tmp_path, COOL_ROOM)
    denial = [c for c in claims if c["stance"] == "denies"]
    assert [c["speaker"] for c in denial] == ["Vellmart"], claims
    assert "cool room at the central kitchen" in denial[0]["text"], denial
    assert _one(claims, "sick children")["status"] != "disputed", claims
    report = [c for c in _by_text(claims, "cool room at the central kitchen") if c["stance"] == "asserts"]
    assert report and {c["status"] for c in report} == {"disputed"}, claims

