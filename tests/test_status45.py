"""A party's account withdrawn in another outlet, in other words (issue 12): the withdrawal ('Brellin
Foods has withdrawn its claim that C') takes back what the party's officers told other outlets,
in part when it was said inside a longer statement ('C, and that D': disputed, D still stands),
or told at more length by the withdrawal; and a source's
correction of its own figure ('correcting the figure of 8,000 it had given on Monday') takes back its
earlier accounts of that figure, wherever they were printed. Another party's words and another
source's figure stay as they were. A claim that negates two words another source states together
('not expired stock', 'sold expired stock') disagrees with it however little else they share. Invented articles of this file's own writing."""

from __future__ import annotations

import json

import pytest
from test_status_shapes import _by_text, ingested

from provenance.corroboration import ClaimRecord, account_of, negated_phrase, particulars_apart
from provenance.rules import _withdrawn_by

FREEZERS = {
    "courier-freezers": ("The Coast Courier", "2026-06-02",
                         "Brellin Foods' chief executive, Tomas Adler, said in a statement that the freezers had been "
                         "serviced every month by an outside firm.\n\n"
                         "Corla Foods said its freezers had been serviced every month by an outside firm."),
    "gazette-freezers": ("The Harbour Gazette", "2026-06-05",
                         "Brellin Foods has withdrawn its claim that the freezers had been serviced every month by "
                         "an outside firm.\n\nInspectors found the freezers had not been serviced since 2024."),
}

LIFTS = {
    "courier-lifts": ("The Coast Courier", "2026-08-03",
                      "Selvik Lifts said in a press release that it regretted the fall of the lift in Dunvik, and "
                      "that its lifts had been inspected every month by certified engineers."),
    "gazette-lifts": ("The Harbour Gazette", "2026-08-05",
                      "Selvik Lifts has withdrawn its claim that its lifts had been inspected every month by "
                      "certified engineers."),
}

TANKERS = {
    "courier-tankers": ("The Coast Courier", "2026-09-07",
                        "Dalvo Haulage's lawyer, Ana Moro, told the Courier that the firm had made every delivery it "
                        "billed, and that two of its tankers had no working trackers in July."),
    "wire-tankers": ("Northwire", "2026-09-09",
                     "Dalvo Haulage on Monday withdrew its lawyer's statement to the Courier that two of its tankers "
                     "had no working trackers in July."),
}

METERS = {
    "courier-meters": ("The Coast Courier", "2026-04-10",
                       "Nadro Energy, in a response signed by its company secretary, Ema Lutz, said all its meters "
                       "were tested and sealed by the regulator in May."),
    "wire-meters": ("Northwire", "2026-04-14",
                    "Nadro Energy Plc has withdrawn its claim that the meters at its depots in Corvin were tested "
                    "and sealed by the regulator in May."),
}

DOSES = {
    "courier-doses": ("The Coast Courier", "2026-05-11",
                      "The Vessa Health Office said in a note that 8,000 doses of flu vaccine had been lost in the "
                      "warehouse fire.\n\nThe Vessa Nurses Union said 8,000 doses had been lost."),
    "gazette-doses": ("The Harbour Gazette", "2026-05-13",
                      "The Vessa Health Office said on Wednesday that 21,500 doses had been lost, correcting the "
                      "figure of 8,000 it had given on Monday."),
}


def _asserted(claims: list[dict], words: str, speaker: str) -> dict:
    found = [c for c in _by_text(claims, words) if c["stance"] == "asserts" and speaker in (c["speaker"] or "")]
    assert len(found) == 1, (words, speaker, claims)
    return found[0]


@pytest.mark.parametrize("order", ["account first", "withdrawal first"])
def test_a_withdrawal_takes_back_the_account_its_officer_gave_another_outlet(run, tmp_path, order):
    """The chief executive's C in one paper, the company's withdrawal of C in another: his account
    is taken back, whichever was ingested first; another company saying C keeps its own word."""
    articles = FREEZERS if order == "account first" else dict(reversed(list(FREEZERS.items())))
    claims = ingested(run, tmp_path, articles)
    adler = _asserted(claims, "serviced every month", "Tomas Adler")
    assert adler["status"] == "retracted", adler
    assert "Brellin Foods" in adler["reason"] and "Harbour Gazette" in adler["reason"], adler
    corla = _asserted(claims, "serviced every month", "Corla Foods")
    assert corla["status"] != "retracted", corla


def test_an_account_withdrawn_in_part_is_disputed_not_retracted(run, tmp_path):
    """'it regretted the fall, and that its lifts had been inspected every month' told to one paper,
    the company's withdrawal of the inspections in another: the statement still holds its regret,
    so it is not withdrawn whole; it stands in doubt, partly withdrawn by the company."""
    claims = ingested(run, tmp_path, LIFTS)
    told = _asserted(claims, "inspected every month", "Selvik Lifts")
    assert told["status"] == "disputed", told
    assert told["reason"].startswith("partly withdrawn by Selvik Lifts"), told


def test_a_statement_withdrawn_in_part_by_its_owner_is_disputed(run, tmp_path):
    """The wire's 'Dalvo Haulage withdrew its lawyer's statement that D' of the lawyer's 'C, and
    that D': C still stands, so her statement is disputed, partly withdrawn, not retracted whole.
    (Two articles that share no other sentence meet at ingest only through the claims blocking
    pairs, as before; `recompute` reads every claim.)"""
    ingested(run, tmp_path, TANKERS)
    assert run("recompute").exit_code == 0
    claims = json.loads(run("claims", "--format", "json").stdout)
    moro = _asserted(claims, "no working trackers", "Ana Moro")
    assert moro["status"] == "disputed" and moro["reason"].startswith("partly withdrawn"), moro


def test_a_withdrawal_told_at_more_length_takes_back_the_shorter_account(run, tmp_path):
    """The company secretary's 'all its meters were tested and sealed by the regulator in May'
    (the company named where her response is attributed), and the company's withdrawal of 'the
    meters at its depots in Corvin were tested and sealed by the regulator in May': one account,
    taken back."""
    claims = ingested(run, tmp_path, METERS)
    lutz = _asserted(claims, "tested and sealed", "Ema Lutz")
    assert lutz["status"] == "retracted", lutz


def test_a_corrected_figure_takes_back_the_sources_earlier_accounts_of_it(run, tmp_path):
    """'21,500 doses had been lost, correcting the figure of 8,000 it had given on Monday': the
    office's 8,000 in another paper is withdrawn by the office; the nurses' union's 8,000 is no
    account of the office's and is not."""
    claims = ingested(run, tmp_path, DOSES)
    office = _asserted(claims, "8,000 doses of flu vaccine", "Vessa Health Office")
    assert office["status"] == "retracted", office
    assert "Vessa Health Office" in office["reason"], office
    union = _asserted(claims, "8,000 doses had been lost", "Nurses Union")
    assert union["status"] != "retracted", union


SEED = {
    "courier-seed": ("The Coast Courier", "2026-04-02",
                     "Lina Okoro, an inspector at the Marl Valley Seed Board, said the firm had sold expired stock "
                     "in new packets to farmers in Kelby."),
    "gazette-seed": ("The Harbour Gazette", "2026-04-03",
                     "Osta Seeds managing director Peter Wamae said the packets were not expired stock."),
}


def test_a_negated_phrase_against_another_source_stating_it_is_a_disagreement(run, tmp_path):
    """'the packets were not expired stock' against an inspector's 'the firm had sold expired stock
    in new packets': the two share little else, so the matcher finds them unalike, but one negates
    what the other states; each is disputed by the other."""
    claims = ingested(run, tmp_path, SEED)
    wamae = _asserted(claims, "not expired stock", "Peter Wamae")
    assert wamae["status"] == "disputed" and "Lina Okoro" in wamae["reason"], wamae
    okoro = _asserted(claims, "sold expired stock", "Lina Okoro")
    assert okoro["status"] == "disputed" and "Peter Wamae" in okoro["reason"], okoro


def test_two_sources_negating_the_same_phrase_do_not_disagree(run, tmp_path):
    """Both negate 'expired stock': they agree (each backs the other), no conflict."""
    articles = {**SEED, "courier-seed": ("The Coast Courier", "2026-04-02",
                                         "Lina Okoro, an inspector at the Marl Valley Seed Board, said the seed in "
                                         "the packets was not expired stock.")}
    claims = ingested(run, tmp_path, articles)
    assert {c["status"] for c in _by_text(claims, "not expired stock")} == {"corroborated"}, claims


RIVALS = {
    "courier-rivals": ("The Coast Courier", "2026-06-02",
                       "Speaking after talks with Brellin Foods on Monday, the union's secretary, Ola Berg, said "
                       "the freezers had been serviced every month by an outside firm.\n\n"
                       "A rival of Brellin Foods, Corla Foods, said the freezers had been serviced every month by an "
                       "outside firm.\n\nCritics of Brellin Foods said the freezers had been serviced every month by "
                       "an outside firm."),
    "gazette-rivals": FREEZERS["gazette-freezers"],
}


def test_a_withdrawal_does_not_take_back_an_account_of_a_speaker_the_party_stands_beside(run, tmp_path):
    """The party's name near another speaker ('after talks with', 'A rival of') is no account of
    the party: its withdrawal leaves those speakers' words as they were."""
    claims = ingested(run, tmp_path, RIVALS)
    for speaker in ("Ola Berg", "Corla Foods", "Critics of Brellin Foods"):
        assert _asserted(claims, "serviced every month", speaker)["status"] != "retracted", claims


def _record(speaker: str, *, role: str | None = None, lead: str = "", anonymous: bool = False) -> ClaimRecord:
    return ClaimRecord(key=speaker, doc="d", text="C", speaker=speaker, role=role, lead=lead, anonymous=anonymous)


@pytest.mark.parametrize(("account", "expected"), [
    (_record("Tomas Adler", role="Brellin Foods' chief executive"), True),
    (_record("Ema Lutz", role="its company secretary", lead="Brellin Foods, in a response signed by "), True),
    (_record("Mira Sol", role="auditor", lead="Mira Sol, who audits Brellin Foods for the regulator, said "), False),
    (_record("Ilse Varn", role="Corla Foods' chief executive"), False),
    (_record("an official at Brellin Foods", anonymous=True), False),
    (_record("Tomas Adler", role="chief executive", lead="The chief executive of Brellin Foods, Tomas Adler, said "), True),
    (_record("Ola Berg", role="union's secretary",
             lead="Speaking after talks with Brellin Foods on Monday, the union's secretary, Ola Berg, said "), False),
    (_record("Corla Foods", lead="A rival of Brellin Foods, Corla Foods, said "), False),
    (_record("Critics of Brellin Foods", lead="Critics of Brellin Foods said "), False),
    (_record("Ivo Dahl", role="a lawyer acting against Brellin Foods"), False),
])
def test_an_account_of_the_party_is_attributed_in_words_naming_it(account, expected):
    """Every word of the withdrawing party's name but its legal form ('Ltd') among the words of the
    account's speaker, role or the opening of its attribution (up to its first comma); never an
    anonymous source's, nor one whose attribution only mentions the party later on or beside the
    speaker ('after talks with', 'A rival of', 'Critics of')."""
    withdrawal = _record("Brellin Foods Ltd")
    assert account_of(withdrawal, account) is expected


@pytest.mark.parametrize(("negating", "stating"), [
    ("The problem is staffing, not expired stock", "the pharmacy kept expired stock in its back room"),
    ("it was not tap water from the old reservoir that made residents ill but bottled water",
     "residents drank tap water from the old reservoir last week"),
    ("the shop had not only sold expired stock but had also warned the care homes about it",
     "the shop sold expired stock to care homes"),
    ("the plan has no public support", "public support for the plan fell in May"),
])
def test_a_contrast_or_a_subject_is_no_negated_phrase(negating, stating):
    """A negation that only sets one thing against another (', not X', 'not X but Y', 'not only')
    denies nothing, and a phrase that is the other text's subject is not what it states."""
    assert negated_phrase(negating, stating) is None
    assert negated_phrase(stating, negating) is None


@pytest.mark.parametrize(("negating", "stating"), [
    ("the packets were not expired stock", "the firm had sold expired stock to farmers"),
    ("No trackers were fitted, and the depot kept no spare parts", "the depot kept spare parts for every lorry"),
])
def test_a_negated_phrase_is_found_where_it_denies(negating, stating):
    assert negated_phrase(negating, stating) is not None


@pytest.mark.parametrize(("account", "withdrawn"), [
    ("the freezers at its Dunvik plant had been serviced every month by an outside firm",
     "the freezers at its Corvin plant had been serviced every month by an outside firm"),
    ("the freezers had been serviced every month by an outside firm until 2024",
     "the freezers had been serviced every month by an outside firm since 2024"),
])
def test_a_withdrawal_of_another_particular_leaves_the_account_standing(run, tmp_path, account, withdrawn):
    """The party withdrew what it said of another plant, or of another time: however many words the
    two share, its account of this one stands."""
    articles = {"courier-plant": ("The Coast Courier", "2026-06-02", f"Brellin Foods said {account}."),
                "gazette-plant": ("The Harbour Gazette", "2026-06-05",
                                  f"Brellin Foods has withdrawn its claim that {withdrawn}.")}
    claims = ingested(run, tmp_path, articles)
    assert _asserted(claims, account[-30:], "Brellin Foods")["status"] != "retracted", claims


@pytest.mark.parametrize(("a", "b", "apart"), [
    ("at its Dunvik plant", "at its Corvin plant", True),
    ("serviced until 2024", "serviced since 2024", True),
    ("serviced at the Dunvik plant since 2024", "serviced since 2024", False),
    ("Serviced monthly", "The freezers were serviced monthly", False),
    ("the pumps at its stations in Corvin were certified by the Harbour Fuel Authority",
     "all its pumps were certified by the HFA in January", False),  # (other particulars, in other places)
    ("the Kelby Council had lied to residents", "your Council was told of the leak in 2024, and it lied to residents",
     False),
])
def test_particulars_apart(a, b, apart):
    assert particulars_apart(a, b) is apart


@pytest.mark.parametrize(("account", "quoted"), [
    ("Kolsig withdrew a statement saying the depot was shut.", "('Kolsig withdrew a statement saying the depot was shut.')"),
    ("Kolsig on Wednesday withdrew a statement it issued on Monday saying that the depot had been shut.",
     "('Kolsig on Wednesday withdrew a statement it issued on Monday ...')"),
])
def test_the_publishers_account_of_a_withdrawal_is_clipped_only_when_longer(account, quoted):
    """The reason quotes the publisher's account of a withdrawal in its first ten words, with '...'
    only where words were left out."""
    w = ClaimRecord(key=1, doc="d", text=account, speaker="Valley Herald", publisher="Valley Herald",
                    stance="retracts")
    assert _withdrawn_by(w).endswith(quoted)
