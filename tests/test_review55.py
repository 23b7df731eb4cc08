"""The session-55 review's findings on ordinary news prose, each in sentences of this file's own writing:

- a death toll given by two outlets, 40 and 400, still disputes: a plural noun in one and its singular in the
  other ('Deaths from the flood rose', 'The death toll ... stood') are no whole kind and one of it unless both
  put the same verb after them (corroboration.other_scopes);
- a source described by a participle of speaking on condition of anonymity and its reason, with the sentence's
  verb still to come ('Two engineers speaking on condition of anonymity because ... said C'), keeps the sentence's
  report: only a sentence that is the request and its reason states nothing (extract/noise.anonymity_reason).
"""

from __future__ import annotations

from test_status_shapes import ingested

from provenance.extract import extract_claimset

TOLLS = {
    "gazette-flood": ("Harbour Gazette", "2029-06-03",
                      "Deaths from the flood in the Orvik valley rose to 40 on Sunday, the regional governor said."),
    "courier-flood": ("Coast Courier", "2029-06-04",
                      "The death toll from the flood in the Orvik valley stood at 400 on Sunday, the regional "
                      "governor's office said."),
}


def test_two_tolls_of_one_flood_still_dispute(run, tmp_path):
    claims = ingested(run, tmp_path, TOLLS)
    tolls = [c for c in claims if "flood" in c["text"]]
    assert len(tolls) == 2 and {c["status"] for c in tolls} == {"disputed"}, tolls


def test_a_participle_of_anonymity_leaves_the_sentences_report():
    text = ("Two engineers speaking on condition of anonymity because they were not authorised to comment said the "
            "viaduct would reopen in May.\n")
    cs = extract_claimset(text, slug="t", outlet="Valley Ledger", published="2029-06-03")
    assert any(c["text"] == "the viaduct would reopen in May" for c in cs["claims"]), cs["claims"]


def test_a_number_with_a_thousands_comma_stays_in_the_content_after_according_to():
    # the rules' tokens split '4,000' at its comma, which had ended an appositive after the source
    text = "According to the water board, the utility overcharged 4,000 households last winter.\n"
    cs = extract_claimset(text, slug="t", outlet="Valley Ledger", published="2029-06-03")
    assert [c["text"] for c in cs["claims"]] == ["the utility overcharged 4,000 households last winter"], cs["claims"]


def test_a_company_that_first_reported_an_event_to_someone_is_no_medium():
    # 'which first reported the leak to regulators' tells an act of notifying, no scoop: the company speaks for itself
    from test_status_shapes import ruled_claims

    company = ruled_claims("Spill at the Orvik plant\n\nDelmar Chemicals, which first reported the leak to "
                           "regulators, said the spill was contained.\n")
    assert [(c["speaker_name"], c["status"]) for c in company] == [("Delmar Chemicals", "confirmed")], company
    paper = ruled_claims("Spill at the Orvik plant\n\nKelvo Dagblad, which first reported the leak, said the spill "
                         "was larger.\n")
    assert [c["status"] for c in paper] == ["unconfirmed"] and "reported by" in paper[0]["reason"], paper
