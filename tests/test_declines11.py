"""Declines and denials that point back at what came before (issue 12 item 3), each on invented text:
a speaker's own refusal to confirm a pronoun ('"I can't confirm it," she said', a minister's 'I can't
confirm that.' answering a question that cites a newspaper), the forms 'cannot confirm' and 'has not
been able to confirm', the writers' own 'We have not been able to confirm this', and a verdict of
falsehood that gives the report's proposition ('"But the report that C is false."', 'there is no truth
in reports that C'), which denies C and disputes the earlier report of C."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from test_status_shapes import apply_rules, ruled_claims

from provenance.extract.document import extract_claimset
from provenance.extract.pointing import content_words, stating

SUSPENDED = "harbour master Ivo Brenn had been suspended over a fuel spill"
REPORT = f"The Port Arvel Gazette reported on Monday that {SUSPENDED}.\n\n"


@pytest.mark.parametrize("said", [
    '"I can\'t confirm it," port director Sara Quist said.',
    '"I cannot confirm that," port director Sara Quist said.',
    '"We have not been able to confirm it at this stage," port director Sara Quist said.',
    'Port director Sara Quist said: "I can\'t confirm that, and I won\'t guess."',
])
def test_a_refusal_to_confirm_a_pronoun_answers_the_claim_before_it(said):
    """'I can't confirm it': the speaker declines to confirm what was just reported (its content is
    the report's), never asserts the words 'I can't confirm it'; the report stays unconfirmed."""
    got = ruled_claims(REPORT + said + "\n")
    quist = next(c for c in got if c["speaker_name"] == "Sara Quist")
    assert (quist["stance"], quist["text"]) == ("declines_to_confirm", SUSPENDED)
    report = next(c for c in got if c["speaker_name"] == "Port Arvel Gazette")
    assert report["status"] == "unconfirmed" and "Sara Quist did not confirm" in report["reason"]


def test_a_refusal_to_confirm_a_clause_keeps_its_own_words():
    """'I cannot confirm that the pier was closed' refuses a clause of its own: no report taken."""
    got = ruled_claims(REPORT + '"I cannot confirm that the pier was closed," port director Sara Quist said.\n')
    quist = next(c for c in got if c["speaker_name"] == "Sara Quist")
    assert quist["stance"] == "declines_to_confirm" and "pier was closed" in quist["text"]


@pytest.mark.parametrize("sentence", [
    "The port authority hasn't been able to confirm it.",
    "The port authority has been unable to confirm the report.",
    "The port authority cannot confirm the report.",
])
def test_a_party_that_has_not_been_able_to_confirm_declines_to_confirm(sentence):
    """'X hasn't been able to confirm it', 'X cannot confirm the report': X declines to confirm the
    report, not the publisher asserting the sentence."""
    got = ruled_claims(REPORT + sentence + "\n")
    claim = next(c for c in got if c["speaker_name"] == "port authority")
    assert (claim["stance"], claim["text"]) == ("declines_to_confirm", SUSPENDED)


@pytest.mark.parametrize("note", [
    "We have not been able to confirm this.",
    f"The Port Arvel Gazette reported that {SUSPENDED}. We have not been able to confirm this.",
])
def test_the_writers_own_non_confirmation_is_the_publishers(note):
    """'We have not been able to confirm this.' in the writers' prose (its own paragraph, or after the
    report in a live blog's entry): the publisher's own non-confirmation, in its own words, never a
    statement of the last party quoted."""
    text = '"We will cooperate with any inquiry," the harbour board said.\n\n' + (
        REPORT + note if note.startswith("We") else "10:15 " + note) + "\n"
    got = ruled_claims(text)
    own = next(c for c in got if c["stance"] == "declines_to_confirm")
    assert own["speaker_name"] == "Harbour Gazette" and own["text"].startswith("We have not been able")


@pytest.mark.parametrize("said", [
    '"He is on leave," said Brenn\'s lawyer, Dora Feld. "But the report that he was suspended is false."',
    '"There is no truth in reports that he was suspended," Brenn\'s lawyer, Dora Feld, said.',
    "Brenn's lawyer, Dora Feld, said there was no truth in reports that he had been suspended.",
    "Brenn's lawyer, Dora Feld, said the report that he was suspended was false.",
])
def test_a_verdict_on_a_report_that_gives_its_proposition_denies_it(said):
    """'the report that C is false', 'there is no truth in reports that C': the lawyer denies C (its
    content is C), and the Gazette's report of the suspension is disputed by her."""
    got = ruled_claims(REPORT + said + "\n")
    denial = next(c for c in got if c["stance"] == "denies")
    assert denial["speaker_name"] in ("Dora Feld", "Brenn's lawyer") and denial["text"].startswith("he ")
    assert denial["text"].endswith("suspended")
    report = next(c for c in got if c["speaker_name"] == "Port Arvel Gazette")
    assert report["status"] == "disputed"


def test_a_verdict_on_an_unrelated_report_disputes_nothing_else():
    """The denied proposition answers only a report that states it: a report about something else
    stays as it was."""
    text = "The Port Arvel Gazette reported on Monday that the ferry timetable would change in June.\n\n" \
        + '"But the report that he was suspended is false," Brenn\'s lawyer, Dora Feld, said.\n'
    got = ruled_claims(text)
    assert next(c for c in got if c["stance"] == "denies")["text"] == "he was suspended"
    assert next(c for c in got if c["speaker_name"] == "Port Arvel Gazette")["status"] != "disputed"


def test_a_report_states_a_proposition_by_half_its_words_or_more():
    """A claim sharing one or two words of a longer denied proposition ('weak on ferry safety' for
    'wants to close the ferry school') is not the report that stated it; one naming most of them is."""
    text = "the mayor had been weak on ferry safety | the mayor planned to close the ferry school next year"
    weak, plan = (SimpleNamespace(start=s, end=s + len(part)) for s, part in (
        (0, "the mayor had been weak on ferry safety"), (text.index("the mayor planned"), text[text.index("the mayor planned"):])))
    topic = content_words("the mayor wants to close the ferry school", 0, 42)
    assert stating(text, topic, [(1, weak)]) is None
    assert stating(text, topic, [(1, weak), (2, plan)]) == (2, plan)


WIRE = """Brenholt Rovers striker questioned over betting slips

BRENHOLT, March 4 (Tarn Wire) - Brenholt Rovers striker Milo Vance has been questioned by league investigators over betting slips found in the club's dressing room, the Morrow Sports Daily reported on Tuesday, citing two people familiar with the inquiry.

The newspaper said Vance had placed bets on at least four of his club's matches last season.

A spokesman for Brenholt Rovers declined to confirm the report, saying the club would not discuss an open inquiry.

Vance's agent, Petra Oorn, told Tarn Wire that the player had been interviewed by the league as a witness. "He has answered every question," Oorn said. "But the report that he placed bets on his own club's matches is false."
"""


def _ruled(text: str, outlet: str) -> tuple[list[dict], list[dict]]:
    cs = apply_rules(extract_claimset(text, slug="t", use_model=False, outlet=outlet))
    speakers = {s["id"]: s["name"] for s in cs["speakers"]}
    return [{**c, "speaker_name": speakers.get(c["speaker"] or "")} for c in cs["claims"]], cs.get("links", [])


def test_a_wire_with_a_clubs_refusal_and_an_agents_denial():
    """A wire relaying a newspaper's report: the club's spokesman declines to confirm it, the player's
    agent calls 'the report that C' false in a quotation's second sentence. The report is disputed by
    the agent; the spokesman's reason and the agent's words are no claims contradicted."""
    got, links = _ruled(WIRE, "Tarn Wire")
    bets = next(c for c in got if c["speaker_name"] == "Morrow Sports Daily" and "placed bets" in c["text"])
    assert bets["status"] == "disputed" and bets["reason"].startswith("denied by Petra Oorn")
    denial = next(c for c in got if c["stance"] == "denies")
    assert (denial["speaker_name"], denial["text"]) == ("Petra Oorn", "he placed bets on his own club's matches")
    spokesman = next(c for c in got if c["stance"] == "declines_to_confirm")
    assert spokesman["speaker_name"] == "spokesman for Brenholt Rovers"
    contradicted = {c["id"] for c in got if c["stance"] != "asserts"}
    assert not any(link["target"] in contradicted for link in links if link["relation"] == "contradicts")


RADIO = """Kelby Radio Morning Edition: interview with the fisheries minister

PRESENTER: Good morning. The Kelby Courier reported this morning that the port authority had frozen the accounts of two trawler firms. Minister, has that happened?

ANA HOLT: I can't confirm that. It is a question for the port authority, and I have asked them for a full account.

PRESENTER: Will you publish it?

ANA HOLT: Yes, I will publish it this week.
"""


def test_a_radio_interview_where_the_minister_cannot_confirm_the_newspapers_report():
    """A minister answering 'I can't confirm that.' to a question citing a newspaper declines to confirm
    the newspaper's report (the content the question relays), which stays unconfirmed naming her; her
    other answers are her own statements."""
    got, _ = _ruled(RADIO, "Kelby Radio")
    courier = next(c for c in got if c["speaker_name"] == "Kelby Courier")
    holt = [c for c in got if c["speaker_name"] == "Ana Holt"]
    decline = next(c for c in holt if c["stance"] == "declines_to_confirm")
    assert decline["text"] == courier["text"] == "the port authority had frozen the accounts of two trawler firms"
    assert courier["status"] == "unconfirmed" and "Ana Holt did not confirm" in courier["reason"]
    assert sum(c["stance"] == "asserts" for c in holt) == 2


def test_no_model_content_starts_inside_the_cue_of_a_decline():
    """'would neither confirm nor deny it' is one cue of the rules': the model's reading of 'would neither
    confirm' as a cue with 'nor deny it' as what was said adds no assertion beside the decline."""
    text = ("The Courier reported that the plant owed 12 million dollars. "
            "Utilities Minister Ana Roe would neither confirm nor deny it.")
    claimset = extract_claimset(text, slug="p")
    roe = next(s["id"] for s in claimset["speakers"] if s["name"] == "Ana Roe")
    claims = [c for c in claimset["claims"] if c["speaker"] == roe]
    assert [(c["stance"], c["text"]) for c in claims] == [("declines_to_confirm", "the plant owed 12 million dollars")]
