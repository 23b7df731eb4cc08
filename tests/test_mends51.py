"""Review findings of session 51's commits, each a shape of news prose that a change of session 50
broke. Every article and sentence is invented for this file: the towns, people and outlets do not exist."""

from __future__ import annotations

import pytest
from test_extract import claims_of
from test_status_shapes import _by_text, ingested

from provenance.corroboration import ClaimRecord
from provenance.extract import extract_claimset
from provenance.matching import figures_differ, figures_of
from provenance.rules import LinkRow, decide
from provenance.standing import cause_group

# A local paper named after its town, telling of a flood in that town; two other outlets tell the same
# flood. The town is a word of the story even where it is a word of the paper's name.
TARNBY = {
    "herald-flood": ("Tarnby Herald", "2026-02-03",
                     "The Velde burst its banks in Tarnby on Monday night.\n\n"
                     "The county roads officer, Edda Morvik, said 9 roads in Tarnby were closed.\n\n"
                     "\"We have not seen water like this in twenty years,\" Morvik told the Tarnby Herald."),
    "courier-flood": ("The Coast Courier", "2026-02-04",
                      "The river burst its banks at Tarnby after two days of rain.\n\n"
                      "A council spokesman, Aksel Brude, said 9 roads in Tarnby were closed."),
    "gazette-flood": ("The Harbour Gazette", "2026-02-04",
                      "Floods cut off parts of Tarnby on Tuesday.\n\n"
                      "Police Sergeant Lone Vessar said 14 roads in Tarnby were closed."),
}


@pytest.mark.parametrize(("other", "status", "backer"), [
    ("courier-flood", "corroborated", "Aksel Brude"), ("gazette-flood", "disputed", "Lone Vessar")])
def test_a_paper_named_after_its_town_keeps_the_town_as_a_word_of_its_story(run, tmp_path, other, status, backer):
    """'9 roads in Tarnby were closed' in the Tarnby Herald: the Courier's matching 9 backs it, the
    Gazette's 14 disputes it; the paper's name leaves the town in its story words."""
    claims = ingested(run, tmp_path, {slug: TARNBY[slug] for slug in ("herald-flood", other)})
    morvik = [c for c in _by_text(claims, "roads in Tarnby were closed") if c["doc"] == "herald-flood"]
    assert len(morvik) == 1 and morvik[0]["status"] == status and backer in morvik[0]["reason"], morvik


@pytest.mark.parametrize(("text", "read"), [
    ("She won the 100m hurdles at the county games", ("100",)),
    ("The 400m heats were run in the rain", ("400",)),
    ("The 5m specimen was lifted out of the quarry", ("5",)),
    ("The 50m swimmers went first", ("50",)),
    ("The 200m sprinters were held at the start", ("200",)),
])
def test_a_metre_mark_before_a_plural_that_is_no_count_stays_a_unit(text, read):
    """'m' written onto digits is metres before a plural of a race or a thing ('100m hurdles'), a
    million only before what is counted in millions ('2.5m people') or near money."""
    assert figures_of(text) == read


@pytest.mark.parametrize(("text", "read"), [
    ("The strike kept 1.5m commuters at home", ("1500000",)),
    ("The census counted 2.1m women and 2m men", ("2100000", "2000000")),
    ("The storm cut power to 3m homes", ("3000000",)),
    ("The port handled 20k containers", ("20000",)),
])
def test_a_million_mark_before_a_counted_plural_still_multiplies(text, read):
    assert figures_of(text) == read


def test_a_race_written_with_a_fused_and_a_spelled_unit_agrees():
    a = "Ina Velk won the 100m hurdles at the county games"
    b = "Ina Velk won the 100 metres hurdles at the county games"
    assert not figures_differ(a, b)


@pytest.mark.parametrize(("role", "group"), [
    ("director of collective bargaining at the Ministry of Labour", False),
    ("head of collective agreements at the Vell Port Authority", False),
    ("leader of the Green group in the European Parliament", False),
    ("chair of the rights group in the regional assembly", False),
    ("coordinator of an environmental group", True),
    ("coordinator of a conservation group in Orvel", True),
    ("spokeswoman for the rights group Harbour Watch", True),
    ("member of the Orvel weavers' collective", True),
    ("founder of a collective of weavers", True),
    ("founder of the Tessa Collective", True),
    ("rights group leader", True),
])
def test_a_cause_group_is_the_head_of_the_roles_body(role, group):
    """'collective' before a lower-case noun ('collective bargaining') names no group, and a group of a
    parliament ('the Green group in the European Parliament', a seat after it) is no interest group."""
    assert cause_group(role) is group


@pytest.mark.parametrize("role", ["director of collective bargaining at the Ministry of Labour",
                                  "leader of the Green group in the European Parliament"])
def test_an_official_named_with_a_cause_word_is_on_the_record(run, tmp_path, role):
    claims = ingested(run, tmp_path, {"courier-talks": (
        "The Coast Courier", "2026-03-10",
        f"Talks on the Orvel port dispute resumed on Monday.\n\nIlse Varnholt, {role}, said the talks would "
        "resume on Friday.")})
    said = [c for c in _by_text(claims, "talks would resume on Friday")]
    assert len(said) == 1 and said[0]["status"] == "confirmed", said


def test_a_name_with_an_apostrophe_after_its_first_letters_keeps_its_speaker():
    """"Sa'd Ibrahim" is a name, no contraction of a pronoun ("she'd", "we're")."""
    claims = extract_claimset("Sa'd Ibrahim, a farmer in Orvel, said the village well had run dry.", slug="t")
    assert [s["name"] for s in claims["speakers"]] == ["Sa'd Ibrahim"], claims["speakers"]


@pytest.mark.parametrize("text", [
    "For the union, the strike, which was the first in years, cost its members three weeks of pay.",
    "For the Velmar Ferry Company, the summer, which is its busiest season, brought a record of 90 sailings.",
    "For the Brennock Harbour Trust, the quay that was finished in May cost 2 million euros.",
])
def test_a_be_form_inside_an_aside_or_a_relative_clause_makes_no_view(text):
    """'the strike, which was the first in years, cost ...': the 'was' is the aside's; the main clause
    tells a fact about the party in a verb of its own, the writer's."""
    assert [c for c in claims_of(text, outlet="The Morrow Gull") if c["form"] != "unattributed"] == []


@pytest.mark.parametrize(("text", "speaker"), [
    ("For the union, the strike, which began in May, is the only answer left to the crews.", "union"),
    ("For the Brennock Harbour Trust, the quay that was finished in May is already too small.",
     "Brennock Harbour Trust"),
])
def test_a_view_after_an_aside_is_still_the_party_s(text, speaker):
    said = [c for c in claims_of(text, outlet="The Morrow Gull") if c["form"] != "unattributed"]
    assert [c["speaker_name"] for c in said] == [speaker], said


def test_a_denial_names_only_the_accounts_still_standing():
    """A denial answering two reports, one withdrawn by its own source: the reason names the account
    it still disputes, not the one its source took back."""
    denial = ClaimRecord(key=3, doc="c", text="the mayor would resign", speaker="Ida Brun", stance="denies",
                         outlet="The Harbour Gazette")
    radio = ClaimRecord(key=1, doc="a", text="the mayor would resign", speaker="Harbour FM", outlet="Harbour FM")
    paper = ClaimRecord(key=2, doc="b", text="the mayor would resign", speaker="Pia Lomm", outlet="The Coast Courier")
    links = [(LinkRow(3, 1, "contradicts"), radio), (LinkRow(3, 2, "contradicts"), paper)]
    status, reason = decide(denial, links, withdrawn_reports={1})
    assert status == "disputed" and "Pia Lomm" in reason and "Harbour FM" not in reason, reason


@pytest.mark.parametrize(("text", "name", "role"), [
    ("Fisherman Piet Halloran, 54, said the catch had fallen by half.", "Piet Halloran", "Fisherman"),
    ("Shopkeeper Ravi Mehta said the rents on the quay had doubled.", "Ravi Mehta", "Shopkeeper"),
    ("Photographer Lise Dahl said the pier had been closed since May.", "Lise Dahl", "Photographer"),
    ("Retiree Jan Novak said the bus to Orvel never came.", "Jan Novak", "Retiree"),
    ("Baker Tom said the bread was late.", "Baker Tom", None),
    ("Mayor Tom Baker said the bread was late.", "Tom Baker", "Mayor"),
])
def test_an_occupation_written_as_a_title_before_a_name_is_the_role(text, name, role):
    """'Fisherman Piet Halloran': a word for a person by their work or life opening a name of three
    capitalised words is the role; before one word ('Baker Tom') it may be a name's."""
    speakers = extract_claimset(text, slug="t")["speakers"]
    assert [(s["name"], s.get("role")) for s in speakers] == [(name, role)], speakers


def test_a_photographer_named_with_a_title_is_a_single_private_source(run, tmp_path):
    claims = ingested(run, tmp_path, {"courier-pier": (
        "The Coast Courier", "2026-05-02",
        "The Orvel pier stayed shut on Friday.\n\nPhotographer Lise Dahl said the pier had been closed since May.")})
    said, = _by_text(claims, "closed since May")
    assert "Lise Dahl" in (said.get("speaker_name") or said.get("speaker") or "") and said["status"] != "confirmed", said
