"""Shapes behind statuses on real multi-outlet news (issue 12's development set), each on text
written for this test: who 'she said in a statement' is after a sentence that opens with a clause,
a name whose accents came through as mojibake, letters signed on a line of their own, private
people and commentators."""

from __future__ import annotations

import json
import unicodedata

import pytest
from test_extract import attributed, claims_of

from provenance.corroboration import ClaimRecord, Signatures, similar_groups, tokens
from provenance.extract.document import extract_claimset
from provenance.matching import same_measure
from provenance.rules import LinkRow, apply_rules, decide_all


def test_she_is_the_subject_named_after_an_opening_clause():
    text = ("Although the inquiry was far from over, Transport Minister Ana Costa took the last step "
            "on Monday of announcing that no fines would follow.\n\n"
            "“I accepted the board’s recommendation to close the case,” she said in a statement.")
    claim, = attributed(text)
    assert (claim["speaker_name"], claim["speaker_obj"]["anonymous"]) == ("Ana Costa", False)


@pytest.mark.parametrize("form", ["NFC", "NFD"])
@pytest.mark.parametrize("name", ["Jean DuprÃ©-MÃ¼ller", "Jean Dupré-Müller"])
def test_a_name_whose_accents_came_through_garbled_is_still_a_name(name, form):
    """'Dupré-Müller' stored as UTF-8 read as Latin-1 ('DuprÃ©-MÃ¼ller'), or with its accents
    decomposed: the prosecutor is named, on the record, and the short paragraph is no copyright
    line for its '©'."""
    text = f"“There was nothing to charge him with,” said chief prosecutor {name}."
    claim, = attributed(unicodedata.normalize(form, text))
    assert (claim["speaker_name"], claim["speaker_obj"]["anonymous"]) == ("Jean Dupré-Müller", False)
    assert claim["speaker_obj"]["role"] == "chief prosecutor"


LETTERS = """Readers on the ferry timetable.

LETTERS.

The council should never have cut the evening ferry. I believe the savings are small.

Nobody asked the people who work late shifts.

Marta L. Solberg.

Brennmouth, Kilmorey.

ONLINE.

If the ferry ran at nine, I think the buses would fill up again.

Tomas Lindqvist.
"""


def test_the_i_of_a_letter_signed_on_a_line_of_its_own_is_its_writer():
    """What a letter's 'I' believes is its writer's, on the record; its plain sentences stay the
    publisher's as in any text (no attribution in them); signature and town state nothing."""
    got = claims_of(LETTERS, outlet="Harbour Gazette")
    for words, writer in [("the savings are small", "Marta L. Solberg"),
                          ("the buses would fill up again", "Tomas Lindqvist")]:
        claim, = [c for c in got if c["text"] == words]
        assert (claim["speaker_name"], claim["speaker_obj"]["anonymous"]) == (writer, False), words
        assert claim["mention"] == writer
    plain, = [c for c in got if c["text"] == "Nobody asked the people who work late shifts"]
    assert (plain["form"], plain["speaker_name"]) == ("unattributed", "Harbour Gazette")
    assert not {"Marta L. Solberg", "Brennmouth, Kilmorey", "Tomas Lindqvist"} & {c["text"] for c in got}


def test_the_i_of_an_article_with_one_name_on_its_last_line_is_no_letter_writer():
    text = ("The ferry will run later from May.\n\nI believe the savings are small.\n\n"
            "Tomas Lindqvist.\n")
    claim, = attributed(text, outlet="Harbour Gazette")
    assert claim["speaker_name"] != "Tomas Lindqvist"


def test_a_list_of_names_each_before_its_paragraph_is_no_letters_page():
    text = ("The prize went to three teachers.\n\nAna Costa.\n\nShe teaches physics in Brennmouth. "
            "I believe she is the best.\n\nTomas Lindqvist.\n\nHe runs the school choir.\n")
    assert "Ana Costa" in {c["text"] for c in claims_of(text, outlet="Harbour Gazette")}
    claim, = attributed(text, outlet="Harbour Gazette")
    assert claim["speaker_name"] not in ("Ana Costa", "Tomas Lindqvist")


@pytest.mark.parametrize("text", ["“The ferry costs too much. Who will pay? Is the council listening?” reacted Ana Costa.",
                                  "“The ferry costs too much. Who will pay? Is the council listening?” Ana Costa reacted."])
def test_a_quotation_that_someone_reacted_with_is_theirs(text):
    """'"...?" reacted Trump' after a speech: every sentence of the quotation is the speaker's."""
    got = attributed(text)
    assert [c["text"] for c in got] == ["The ferry costs too much", "Who will pay?", "Is the council listening?"]
    assert {c["speaker_name"] for c in got} == {"Ana Costa"}


def test_reacting_with_no_quotation_states_nothing():
    assert not attributed("Ana Costa reacted angrily to the news on Monday.")


def ruled_claims(text: str, outlet: str = "Harbour Gazette") -> list[dict]:
    """The claims of an article with the statuses the rules give them within it, by speaker name."""
    cs = apply_rules(extract_claimset(text, slug="t", use_model=False, outlet=outlet))
    speakers = {s["id"]: s["name"] for s in cs["speakers"]}
    return [{**c, "speaker_name": speakers.get(c["speaker"] or "")} for c in cs["claims"]]


PRIVATE_PEOPLE = """Harbour town tells residents to boil water

"We have been drinking this water for years," said Jonas Perrin, a retired baker who lives near the harbour. "Nobody warned us."

Harbour resident Mira Holt said she had stopped buying fish from the market.

Survivor Dario Munte, 41, said the deck flooded within a minute.

Former navy chief Anton Vale said such leaks were usually settled quietly. "Allies complain and then move on," Vale said.

Port consultant Lena Brook, a former pilot, said ships of that size tend to roll in strong winds.

Former mayor Karl Wendt, who backs the governor, said the inquiry was a waste of money.

Port director Sara Quist said the terminal would reopen on Friday.
"""


@pytest.mark.parametrize("speaker, status", [
    ("Jonas Perrin", "unconfirmed"),   # a private person's account, described after his quotation
    ("Mira Holt", "unconfirmed"),      # a resident
    ("Dario Munte", "unconfirmed"),    # a survivor
    ("Anton Vale", "unconfirmed"),     # a former official commenting, in both of his sentences
    ("Lena Brook", "unconfirmed"),     # a consultant named so before her name
    ("Karl Wendt", "confirmed"),       # a former official who backs a side is a party
    ("Sara Quist", "confirmed"),       # an official speaking for her office
])
def test_private_people_and_commentators_are_a_single_source(speaker, status):
    """'confirmed' is a party on the record; a named private person's account (a resident, a
    survivor, 'a retired baker who lives near the harbour'), a consultant or a former official
    commenting is one source, unconfirmed, whichever sentence of theirs describes them."""
    theirs = [c for c in ruled_claims(PRIVATE_PEOPLE) if c["speaker_name"] == speaker]
    assert theirs and {c["status"] for c in theirs} == {status}, theirs


def _by_text(claims: list[dict], words: str) -> list[dict]:
    return [c for c in claims if words in c["text"]]


@pytest.mark.parametrize("notice", [
    "Correction: An earlier version of this story said the ferry was licensed to carry 150 passengers.",
    "Editor's note: A previous version of this article said the ferry was licensed to carry 150 passengers.",
    "CORRECTION: The original version of this post said the ferry was licensed to carry 150 passengers.",
])
def test_a_correction_withdraws_what_the_earlier_version_said(notice):
    """'An earlier version of this story said C' is the publisher taking C back: a claim of the
    publisher (on the record, its own outlet), stance retracts, retracted; a number in it is no
    conflict with another source's claim."""
    text = (f"Ferry toll rises to nine\n\nThe ferry was carrying 80 people, the coast guard said.\n\n"
            f"{notice} It is licensed to carry 120.\n")
    claims = ruled_claims(text)
    withdrawn, = _by_text(claims, "licensed to carry 150 passengers")
    assert (withdrawn["speaker_name"], withdrawn["stance"], withdrawn["status"]) == \
        ("Harbour Gazette", "retracts", "retracted")
    told, = _by_text(claims, "carrying 80 people")
    assert told["status"] == "unconfirmed"


def test_a_station_that_retracts_its_report_later_withdraws_it_and_a_denial_of_it_stands():
    """'The station retracted the report two hours later': the station's report is retracted; the
    mayor's denial of a report its source withdrew disputes nothing still standing."""
    text = ("Mayor stays\n\nLocal radio station Harbour FM reported on Monday that Mayor Ida Brun would resign. "
            "The station retracted the report two hours later.\n\n"
            "Brun denied the report. \"I am staying,\" she told the Gazette.\n")
    claims = ruled_claims(text)
    report = [c for c in _by_text(claims, "would resign") if c["stance"] == "asserts"]
    assert [c["status"] for c in report] == ["retracted"]
    denial, = [c for c in claims if c["stance"] == "denies"]
    assert (denial["speaker_name"], denial["status"]) == ("Ida Brun", "confirmed")


def test_rejecting_the_assertions_of_someone_that_c_denies_c():
    """'X rejected the assertions of the opposition that C' denies C (not the sentence before)."""
    text = ("Minister under fire\n\nTwo engineers told the Gazette that they warned the harbour board in 2023. "
            "Board chairman Erik Sand told the paper that he had never seen any such letter.\n\n"
            "Transport Minister Ola Dahl rejected the assertions of the opposition that he had been warned "
            "months ago.\n")
    claims = ruled_claims(text)
    denial, = [c for c in claims if c["stance"] == "denies"]
    assert (denial["speaker_name"], denial["text"]) == ("Ola Dahl", "he had been warned months ago")
    chairman, = _by_text(claims, "never seen any such letter")
    assert chairman["status"] == "confirmed"


def ingested(run, tmp_path, articles: dict[str, tuple[str, str, str]]) -> list[dict]:
    """Ingest articles (slug -> outlet, published date, body) one at a time; every claim stored."""
    for slug, (outlet, published, body) in articles.items():
        path = tmp_path / f"{slug}.txt"
        path.write_text(f"---\ntitle: {slug}\noutlet: {outlet}\npublished: {published}\n---\n{slug}\n\n{body}\n",
                        encoding="utf-8")
        assert run("ingest", str(path), "--silent").exit_code == 0
    return json.loads(run("claims", "--format", "json").stdout)


DAHL = {
    "gazette-dahl": ("The Harbour Gazette", "2026-04-06",
                     "Transport Minister Ola Dahl gave secret tender documents to a rival shipping firm during a "
                     "private dinner at a hotel in Bergen last week, according to two officials familiar with the "
                     "matter.\n\nThe officials spoke on condition of anonymity because the tender is still open."),
    "courier-dahl": ("The Coast Courier", "2026-04-07",
                     "The Harbour Gazette reported on Monday that Dahl gave secret tender documents to a rival "
                     "shipping firm at a dinner in Bergen.\n\nA report that Dahl had given secret tender documents "
                     "to a rival shipping firm angered opposition parties on Tuesday."),
    "wire-dahl": ("Northwire", "2026-04-07",
                  "OSLO (Northwire) — The Transport Ministry on Tuesday denied a report that Dahl had given secret "
                  "tender documents to a rival shipping firm."),
}


def test_a_denial_of_a_report_disputes_the_report_it_shortens_in_every_outlet(run, tmp_path):
    """The ministry denies 'a report that Dahl had given secret tender documents to a rival firm':
    the Gazette's longer report (dinner, hotel, city, sources) says all of it and is disputed, and
    so is the Courier's relay; the Courier's sentence about the report's effect is no report of
    it and stands."""
    claims = ingested(run, tmp_path, DAHL)
    status = {(c["doc"], c["text"][:24]): c["status"] for c in claims if c["stance"] == "asserts"}
    assert status[("gazette-dahl", "Transport Minister Ola D")] == "disputed"
    assert status[("courier-dahl", "Dahl gave secret tender ")] == "disputed"
    assert status[("courier-dahl", "A report that Dahl had g")] == "unconfirmed"


def test_a_denial_of_one_claim_of_a_cluster_disputes_the_others():
    """A denial linked to one claim of a cluster disputes every other claim of it (a copy of the
    report in another outlet), unless the claim only tells of the report or is the denier's own."""
    report = ClaimRecord(key=1, doc="gazette", text="Dahl gave tender papers to a rival firm at a dinner",
                         speaker="two officials", anonymous=True, seq=1)
    relay = ClaimRecord(key=2, doc="courier", text="Dahl handed the tender papers to a rival firm at dinner",
                        speaker="The Harbour Gazette", speaker_kind="media", seq=1)
    about = ClaimRecord(key=3, doc="courier", text="A report that Dahl gave tender papers to a rival firm drew calls",
                        speaker="The Coast Courier", publisher="The Coast Courier", seq=2)
    denial = ClaimRecord(key=4, doc="wire", text="Dahl gave tender papers to a rival firm", cue="denied",
                         speaker="Transport Ministry", speaker_kind="institution", stance="denies", seq=1)
    records = {r.key: r for r in (report, relay, about, denial)}
    decided = decide_all(records, [LinkRow(4, 1, "contradicts")], [1, 2, 3], {1: 7, 2: 7, 3: 7})
    assert decided[1] == decided[2] == ("disputed", "denied by Transport Ministry")
    assert decided[3][0] != "disputed"


@pytest.mark.parametrize("rebuttal", [
    "A spokesperson for the minister said Berg's claim was \"simply untrue.\"",
    "The minister's office said Berg's claims were completely false.",
    "The minister's spokesman, Tor Lie, said her claim was baseless.",
])
def test_calling_a_named_sources_claim_untrue_denies_what_she_said(rebuttal):
    """"X said Berg's claim was 'simply untrue'" denies Berg's claims (what she said with no outlet
    and what she told the publisher are one account): disputed, and the rebuttal is a denial,
    never an assertion of the words 'Berg's claim was untrue'."""
    text = ("Minister under fire\n\nOpposition leader Anna Berg said the minister had known about the leak "
            "for months.\n\n\"He was warned and he did nothing,\" Berg told the Gazette.\n\n" + rebuttal + "\n")
    claims = ruled_claims(text)
    berg = [c for c in claims if c["speaker_name"] == "Anna Berg" and c["stance"] == "asserts"]
    assert len(berg) == 2 and {c["status"] for c in berg} == {"disputed"}
    denial, = [c for c in claims if c["stance"] == "denies"]
    assert "untrue" not in denial["text"] and "false" not in denial["text"]


WATER = {
    "wire-water": ("Northwire", "2026-09-07",
                   "Authorities in the town of Elmsford on Monday told residents not to drink tap water after tests "
                   "found lead at 14 times the national limit in several neighbourhoods.\n\n"
                   "The town has about 38,000 residents."),
    "paper-water": ("The Harbour Gazette", "2026-09-09",
                    "Tap water in the east end of Elmsford contained lead at four times the national limit, the "
                    "town's water utility said on Tuesday.\n\n"
                    "The utility said it would replace 4,200 lead pipes over five years."),
}


def test_two_outlets_giving_different_figures_for_one_measurement_dispute_each_other(run, tmp_path):
    """'lead at 14 times the national limit' in a wire story and 'lead at four times the national
    limit' in a newspaper two days later: however different the rest of their sentences, one
    figure contradicts the other, and each is disputed, naming the other (not 'denied'); the
    town's population and the pipes to replace are other figures about other things."""
    claims = ingested(run, tmp_path, WATER)
    fourteen = [c for c in claims if "14 times" in c["text"]]
    four = [c for c in claims if "four times" in c["text"]]
    assert fourteen and four
    for c in fourteen + four:
        assert c["status"] == "disputed" and c["reason"].startswith("contradicted by "), c
    assert {c["status"] for c in claims if "38,000" in c["text"] or "4,200" in c["text"]} <= {"unconfirmed", "confirmed"}


def test_another_figure_for_one_claim_of_a_cluster_contradicts_the_others():
    """The rules' conflict signal (another number) against one claim of a cluster reaches its copy
    in another outlet: both are 'contradicted by' the other figure's source."""
    report = ClaimRecord(key=1, doc="wire", text="the strike killed 12 people in the village",
                         speaker="a police official", anonymous=True, seq=1)
    relay = ClaimRecord(key=2, doc="paper", text="the strike in the village killed 12 people",
                        speaker="Northwire", speaker_kind="media", seq=1)
    other = ClaimRecord(key=3, doc="radio", text="the strike killed 21 people in the village",
                        speaker="Mayor Ana Costa", seq=1)
    records = {r.key: r for r in (report, relay, other)}
    reason = "gives other numbers than a claim it otherwise matches (similarity 0.90)"
    links = [LinkRow(3, 1, "contradicts", reason=reason), LinkRow(1, 3, "contradicts", reason=reason)]
    decided = decide_all(records, links, [1, 2, 3], {1: 7, 2: 7})
    assert decided[1] == decided[2] == ("disputed", "contradicted by Mayor Ana Costa")
    assert decided[3] == ("disputed", "contradicted by a police official")


def test_a_relative_clause_about_others_makes_no_commentator():
    """'Mayor Ida Brun, who has criticised former officials, said C': the clause tells what she
    did, not what kind of speaker she is; she speaks for her office, on the record."""
    claims = ruled_claims("Port reopens\n\nMayor Ida Brun, who has criticised former officials, said the port "
                          "would reopen on Friday.\n")
    brun, = [c for c in claims if c["speaker_name"] == "Ida Brun"]
    assert brun["status"] == "confirmed"


OCCUPATIONS = """Flood closes the ring road

Lorry driver Piet Vandermeer said the water rose over his wheels in minutes.

"The drains were built for a smaller town," said Oskar Lind, who teaches planning law at Eastmoor University.

Brennfield homeowner Greta Sollis said her cellar had flooded three times this year.

Mayor Ida Brun, who has lived in Brennfield all her life, said the council would pay for pumps.

Regional Governor Paula Ekdahl said the county would ask for federal help.
"""


@pytest.mark.parametrize("speaker, status", [
    ("Piet Vandermeer", "unconfirmed"),  # an occupation before the name
    ("Oskar Lind", "unconfirmed"),       # a who-clause saying what he teaches and where
    ("Greta Sollis", "unconfirmed"),     # a place and a residence before the name
    ("Ida Brun", "confirmed"),           # the mayor speaks for her office, wherever she has lived
    ("Paula Ekdahl", "confirmed"),
])
def test_an_occupation_or_residence_before_the_name_or_in_a_who_clause_is_a_private_source(speaker, status):
    """'Lorry driver NAME said', 'NAME, who teaches law at UNIVERSITY, said', 'TOWN homeowner NAME':
    one private person or expert is one source, unconfirmed; an office named in the role still
    speaks for itself."""
    theirs = [c for c in ruled_claims(OCCUPATIONS) if c["speaker_name"] == speaker]
    assert theirs and {c["status"] for c in theirs} == {status}, theirs


SPOKESPEOPLE = """Brightwell to close Dunmore plant

A spokeswoman for Brightwell Foods said the decision was final.

A ministry spokesperson said talks with the company had failed.

Brightwell's spokesman said 300 jobs would go.

A spokesman said workers would be offered transfers.

An official at the ministry said the plant had lost money for years.
"""


@pytest.mark.parametrize("words, status", [
    ("the decision was final", "confirmed"),             # a spokeswoman for a named company
    ("talks with the company had failed", "confirmed"),  # a ministry spokesperson
    ("300 jobs would go", "confirmed"),                  # the company's spokesman
    ("workers would be offered transfers", "confirmed"),  # 'a spokesman': the company's, told of
    ("the plant had lost money for years", "unconfirmed"),  # an unnamed official is no spokesperson
])
def test_an_unnamed_spokesperson_for_a_named_body_is_the_body_on_the_record(words, status):
    """DESIGN.md: 'confirmed' is a named speaker or an official body speaking for itself. A body
    speaking through its spokesperson speaks for itself, whether or not the spokesperson is named,
    and 'a spokesman said' alone is the spokesman of the body the article tells of (as news reads
    it: held-out judgements read it so in four batches); an unnamed official speaks for no one on
    the record."""
    claim, = _by_text(ruled_claims(SPOKESPEOPLE), words)
    assert claim["status"] == status, claim


CROWD = {
    "wire-crowd": ("Northwire", "2026-05-02",
                   "About 2,300 people marched through Port Edda on Saturday to protest the closure of the "
                   "shipyard, organisers said.\n\nThe ferry company will cut 90 jobs at its depot next year, "
                   "union leader Nils Aas said."),
    "herald-crowd": ("The Edda Herald", "2026-05-03",
                     "Fewer than 1,400 people marched through the centre of Port Edda, according to a police "
                     "estimate.\n\nHarbour master Tove Lund said the protest had delayed 2 ferries."),
}


def test_two_counts_of_one_crowd_in_two_outlets_dispute_each_other(run, tmp_path):
    """'About 2,300 people marched' and 'fewer than 1,400 people marched': the rest of their
    sentences differ too much to be compared as restatements, but they count the same thing
    (people marching in one town) by the same word, so the other figure is a conflict; the jobs
    and the ferries are figures of other things."""
    claims = ingested(run, tmp_path, CROWD)
    counts = [c for c in claims if "people marched" in c["text"]]
    assert len(counts) == 2
    for c in counts:
        assert c["status"] == "disputed" and c["reason"].startswith("contradicted by "), c
    assert {c["status"] for c in claims if "90 jobs" in c["text"] or "2 ferries" in c["text"]} == {"confirmed"}


@pytest.mark.parametrize("a, b, same", [
    ("About 2,300 people marched through Port Edda", "Fewer than 1,400 people marched in Port Edda", True),
    ("The plant will shed 900 jobs in Dunmore this year", "The plant will shed 612 jobs in Dunmore", True),
    ("900 jobs will go in Dunmore", "900 jobs will go at the Dunmore plant", False),  # the same figure
    ("Clinton leads by 46 percent in Ohio", "Trump won 48 percent of the vote in Ohio", False),  # a scale only
    ("Voters in a four-way race in Ohio", "Voters in a two-way race in Ohio", False),
    ("Around 30 trucks were queued at the Varn crossing by Monday", "45 trucks were queued at the Varn crossing on "
     "Wednesday", False),  # a count on another day is another count
    ("12 people died in the fire in Dunmore", "40 people were injured in the Dunmore fire", False),
])
def test_figures_of_one_measure(a, b, same):
    assert same_measure(a, b) is same


def test_claims_giving_figures_of_one_measure_are_compared_beyond_blocking():
    """Blocking on token bags misses a short report of a count against a long one; `number_keys`
    finds them (both count jobs), without a pair for a figure of another thing."""
    texts = ["The ferry company will cut 900 jobs at its depots in Port Edda and Kilmore as it moves its repair "
             "work to a yard in Poland next spring",
             "The ferry company is to cut 612 jobs",
             "The ferry company carried 612 passengers"]
    bags_only = {(g, h) for g, h, _ in similar_groups(Signatures([tokens(t) for t in texts])).pairs}
    with_figures = {(g, h) for g, h, _ in similar_groups(texts).pairs}
    assert (0, 1) not in bags_only and with_figures - bags_only == {(0, 1)}


def test_another_figure_in_a_cluster_leaves_a_claim_that_gives_none_standing():
    """'The ferry capsized near the bay' clusters with 'the ferry capsized near the bay, killing 12'
    and another outlet's '... killed 21': the toll is in dispute, not the capsizing."""
    report = ClaimRecord(key=1, doc="wire", text="the ferry capsized near the bay on Monday, killing 12 people",
                         speaker="Coast Guard", speaker_kind="institution", seq=1)
    bare = ClaimRecord(key=2, doc="tv", text="the ferry capsized near the bay on Monday evening",
                       speaker="Gulf TV", publisher="Gulf TV", seq=1)
    other = ClaimRecord(key=3, doc="paper", text="the ferry capsized near the bay on Monday, killing 21 people",
                        speaker="County officials", speaker_kind="institution", seq=1)
    records = {r.key: r for r in (report, bare, other)}
    reason = "gives other numbers than a claim it otherwise matches (similarity 0.90)"
    links = [LinkRow(3, 1, "contradicts", reason=reason), LinkRow(1, 3, "contradicts", reason=reason)]
    decided = decide_all(records, links, [1, 2, 3], {1: 7, 2: 7, 3: 7})
    assert decided[1][0] == decided[3][0] == "disputed"
    assert decided[2][0] != "disputed"


@pytest.mark.parametrize("verdict", ["This is false.", "That claim is untrue.", "Fact check: This is completely false."])
def test_the_publishers_verdict_that_a_claim_is_false_disputes_it(verdict):
    """A fact-check's own verdict after a claim ('A post claimed that C. This is false.') denies C:
    disputed, denied by the publisher; the claims after the verdict stand."""
    text = ("Fact check: river water\n\nA post shared widely on Friday claimed that the river water in Varn was "
            f"now toxic to drink.\n\n{verdict}\n\nMayor Ida Brun said the water met every standard.\n")
    claims = ruled_claims(text)
    post, = [c for c in _by_text(claims, "toxic to drink") if c["stance"] == "asserts"]
    assert post["status"] == "disputed" and post["reason"].startswith("denied by Harbour Gazette"), post
    # a whole verdict on what came before ('This is false') is the publisher's denial of that
    # claim, in the claim's words ('That claim is untrue' stays the publisher's statement)
    denials = [(c["speaker_name"], c["text"]) for c in claims if c["stance"] == "denies"]
    assert denials == ([] if "claim" in verdict else [("Harbour Gazette", post["text"])])
    mayor, = _by_text(claims, "met every standard")
    assert mayor["status"] == "confirmed"


def test_a_publishers_statement_that_something_else_is_false_answers_nothing():
    claims = ruled_claims("Water safe\n\nMayor Ida Brun said the water met every standard.\n\n"
                          "The rumour spread on Friday that the dam had burst was quickly shown to be false.\n")
    mayor, = _by_text(claims, "met every standard")
    assert mayor["status"] == "confirmed"


EXPERTS_AND_RESIDENTS = """Floods close the valley road

Clinics are being treated as targets, said Orla Fenwick, a researcher at the Kessler Institute for Conflict Studies.

Tomas Reyna, a professor of hydrology at Vantmoor University, said the river would crest on Thursday.

Economist Pavel Idris said prices would keep rising through the winter.

Hydrologist Ines Marlow said the dam was holding for now.

"The water came up to the second floor," said Bruno Kettle, a rancher near Dunmere.

Marco Pell, 52, a construction worker, said the bridge shook before it fell.

Health Minister Aida Brun said the ministry had sent twelve ambulances.

A spokeswoman for Velta Energy said the company would restore power by Sunday.
"""


@pytest.mark.parametrize("speaker, status, kind", [
    ("Orla Fenwick", "unconfirmed", "analyst"),           # 'a researcher at' an institute
    ("Tomas Reyna", "unconfirmed", "academic"),           # 'a professor of X at Y'
    ("Pavel Idris", "unconfirmed", "expert"),             # an expert noun before the name
    ("Ines Marlow", "unconfirmed", "expert"),             # ... even where it stays in the name
    ("Bruno Kettle", "unconfirmed", "private person"),    # a rancher on what he saw
    ("Marco Pell", "unconfirmed", "private person"),      # a worker, after his age
    ("Aida Brun", "confirmed", None),                     # an official for her ministry
    ("Velta Energy", "confirmed", None),                  # a company's spokeswoman
])
def test_experts_and_private_people_are_a_single_source_officials_on_the_record(speaker, status, kind):
    """An expert or a private person speaking of what they study or saw is one source, not a party
    on the record; the reason says what kind of source it is."""
    theirs = [c for c in ruled_claims(EXPERTS_AND_RESIDENTS) if speaker in (c["speaker_name"] or "")]
    assert theirs and {c["status"] for c in theirs} == {status}, theirs
    if kind:
        assert all(c["reason"].startswith("single source: ") and f"({kind}, not a party" in c["reason"] for c in theirs)


DESCRIBED_ELSEWHERE = """Storm floods the Tarrow valley

Tarrow Shire Council issued an evacuation warning at 9 p.m. on Friday.

"The water came through the floorboards in ten minutes," said Nell Oswin, who lives on the low side of the river with her parents.

Frequent flyer Bram Tolley said his Kestrel Air flight had been cancelled twice.

Season ticket holder Ivo Marsh, 63, told the Courier: "The club has let the town down."

Pia Sandor, 29, said the footbridge had been shut since noon.

Consumer group Fairway urged residents to photograph any damage before cleaning up.

"Insurers will look for any excuse to delay," Fairway campaigns director Lotte Brenner said.

"The council has to show the warning reached every street," said Ansel Crane, a planning lawyer at the Dunmore firm Quill and Rowe.

Valley Growers attorney Rhea Lund said the growers would sue the council.

Edgar Pym, who spent twelve years as an engineer with the shire before leaving in 2021, believes the levee was never built to that height.

Tobias Wren, who researches flood insurance at Eastmoor University, said claims usually take months.

Club chairman Otto Fell, 58, said the ground would stay closed for a week.

Mayor Hedda Lorne said the council had opened two shelters.

HOST: Let's bring in Dr. Saskia Voll, a climate scientist at Tarrow University. Our reporter Linus Aho is at the shelter.

AHO: One woman, Greta Bloom, told me she left only when her dog would not stop barking.

VOLL: The rainfall on Friday was about as heavy as this valley sees.

Aho said crews had radioed that the levee held overnight.
"""


@pytest.mark.parametrize("speaker, status", [
    ("Nell Oswin", "unconfirmed"),     # 'who lives on the low side of the river': a private person
    ("Bram Tolley", "unconfirmed"),    # a frequent flyer: a customer
    ("Ivo Marsh", "unconfirmed"),      # a season ticket holder, a fan
    ("Pia Sandor", "unconfirmed"),     # a name given with an age and no title
    ("Fairway", "unconfirmed"),        # a consumer group's advice is an advocate's, no party's
    ("Lotte Brenner", "unconfirmed"),  # its campaigns director on what insurers do
    ("Ansel Crane", "unconfirmed"),    # a lawyer at a firm, reading the case for no client
    ("Edgar Pym", "unconfirmed"),      # a former engineer of the shire, 'before leaving'
    ("Tobias Wren", "unconfirmed"),    # 'who researches ... at UNIVERSITY'
    ("Saskia Voll", "unconfirmed"),    # described by the host in a turn of its own
    ("Greta Bloom", "unconfirmed"),    # 'one woman, NAME'
    ("Linus Aho", "unconfirmed"),      # 'our reporter NAME': the broadcaster's own journalist
    ("Rhea Lund", "confirmed"),        # a party's attorney speaks for the growers
    ("Otto Fell", "confirmed"),        # a title and an age: the chairman for his club
    ("Hedda Lorne", "confirmed"),
])
def test_a_speaker_described_anywhere_in_the_article_as_no_party_is_a_single_source(speaker, status):
    """DESIGN.md: 'confirmed' is a named speaker or official body speaking for itself. A witness, a
    fan, a customer, an advocate, an analyst or a lawyer reading a case asserts facts about others
    or the world: one named source. What they are is told where the article first names them, which
    may be another sentence, another speaker's turn, before the name ('a rancher, NAME') or by the
    age news gives people who hold no office."""
    theirs = [c for c in ruled_claims(DESCRIBED_ELSEWHERE) if speaker in (c["speaker_name"] or "")]
    assert theirs and {c["status"] for c in theirs} == {status}, [(c["text"], c["status"], c["reason"]) for c in theirs]


NO_COMMENT = {
    "ledger-harlow": ("The Brenna Ledger", "2026-10-06",
                      "Harlow Motors plans to close its Brenna plant by 2029, two people familiar with the plans "
                      "said.\n\nHarlow Motors said it did not comment on market speculation."),
    "wire-harlow": ("Northwire", "2026-10-07",
                    "A Harlow Motors spokesman in Brenna said the company did not comment on market speculation."),
    "post-harlow": ("The Coast Post", "2026-10-07",
                    "\"We do not comment on ongoing talks,\" a Harlow Motors spokeswoman said."),
}


def test_a_company_that_declines_to_comment_is_on_the_record_and_backs_nothing(run, tmp_path):
    """'Harlow Motors said it did not comment on market speculation', in two outlets: the company
    on the record about its own conduct (confirmed, through a spokesman named by his town too), not
    two sources agreeing (corroborated), nor left unconfirmed by its own silence (also when it declines
    in its own words: '"We do not comment on X"' declines to confirm, on the record); the anonymous
    report it declines to comment on stays unconfirmed."""
    claims = ingested(run, tmp_path, NO_COMMENT)
    silent = [c for c in claims if "comment on" in c["text"] and c["stance"] == "asserts"]
    own, = [c for c in claims if c["text"] == "We do not comment on ongoing talks"]
    assert len(silent) == 2 and own["stance"] == "declines_to_confirm"
    assert {c["status"] for c in [*silent, own]} == {"confirmed"}, [(c["text"], c["reason"]) for c in silent]
    plan, = [c for c in claims if "close its Brenna plant" in c["text"] and c["stance"] == "asserts"]
    assert plan["status"] == "unconfirmed"


PAPERS = """Harrow County recount ends

Turnout in Harrow County was 61 percent, according to unofficial results posted by the county.

The Brenna bridge failed two safety inspections in 2024, according to state records obtained by the Gazette.

Exports of timber fell by a third in March, the ministry's updated figures showed.

The mill paid no tax for six years, according to a document seen by the Gazette.
"""


@pytest.mark.parametrize("words, status", [
    ("Turnout in Harrow County was 61 percent", "confirmed"),  # results an official body posted
    ("failed two safety inspections", "confirmed"),           # the state's records, whoever obtained them
    ("Exports of timber fell", "confirmed"),                   # 'the ministry's figures showed'
    ("The mill paid no tax", "unconfirmed"),                   # a document of no one named
])
def test_a_paper_an_official_body_issued_is_that_body_on_the_record(words, status):
    """DESIGN.md: 'confirmed' is an official body speaking for itself, and a body's records,
    results or figures are its own words; a document the paper has seen, of no body named, is the
    publisher's account."""
    claim, = [c for c in ruled_claims(PAPERS, outlet="Harrow Gazette") if words in c["text"]]
    assert claim["status"] == status, (claim["text"], claim["reason"])


ON_AIR_CORRECTION = """Mill closure

The Dunmore mill will close in June, its owner said on Monday.

A correction before we close. Last week on this program we reported that the mill would close in May. It will close in June.

We said last week that the union had agreed to the plan.
"""


def test_a_correction_that_tells_what_we_said_earlier_withdraws_it():
    """'A correction before we close. Last week on this program we reported that C': what the
    publisher's own 'we' said before, after a correction label in its paragraph, is taken back
    (retracted, the notice in the reason); the same words with no correction before them are
    only the publisher's account."""
    claims = ruled_claims(ON_AIR_CORRECTION)
    withdrawn, = [c for c in claims if "close in May" in c["text"]]
    assert withdrawn["status"] == "retracted" and "A correction before we close" in withdrawn["reason"], withdrawn
    plain, = [c for c in claims if "the union had agreed" in c["text"]]
    assert plain["status"] != "retracted"


DESK = """Club paid agent's firm

Gazette Sport can reveal that the club paid 40,000 pounds to a firm run by its manager's brother.

Harbour Police said officers had searched the firm's office.
"""


def test_a_desk_of_the_publisher_is_the_publisher():
    """'Gazette Sport can reveal that C' in the Harbour Gazette: the paper's sports desk is the
    publisher telling its own scoop (unconfirmed), not a named source on the record; another body
    whose name shares no word with the paper's last one is itself."""
    claims = ruled_claims(DESK, outlet="The Harbour Gazette")
    scoop, = [c for c in claims if "paid 40,000 pounds" in c["text"]]
    assert scoop["status"] == "unconfirmed" and "publisher" in scoop["reason"], scoop
    police, = [c for c in claims if "searched the firm" in c["text"]]
    assert police["status"] == "confirmed"
