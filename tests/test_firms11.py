"""Companies and bodies that business and wire copy introduces by a description before the name
('Norwegian lender Sorbek Bank said'), and one name in one document as one entity (issue 13): the
description is the role, its country the affiliation, the name alone the entity, of the kind its
description says, which a later bare mention or 'the lender' refers back to. Sentences and the article
are written for this test."""

from __future__ import annotations

import pytest
from test_extract import attributed

from provenance.extract import extract_claimset


def _speaker(claim: dict) -> tuple:
    sp = claim["speaker_obj"] or {}
    return sp.get("name"), sp.get("kind"), sp.get("role"), sp.get("affiliation")


@pytest.mark.parametrize("text, name, kind, role, affiliation", [
    # a description no person bears makes a name of any words a company's
    ("Danish seafood exporter Havbro Fisk said on Wednesday it would pay its growers in full.",
     "Havbro Fisk", "institution", "Danish seafood exporter", "Denmark"),
    ("Norwegian lender Sorbek Bank said it had repaid the loan to the central bank.",
     "Sorbek Bank", "institution", "Norwegian lender", "Norway"),
    ("Chilean copper refiner Andes Verde said the smelter would close for two weeks.",
     "Andes Verde", "institution", "Chilean copper refiner", "Chile"),
    # a country written with stops is the company's affiliation
    ("U.S. chipmaker Norvia said demand for its servers was strong in the quarter.",
     "Norvia", "institution", "U.S. chipmaker", "United States"),
    # a one-word description before the name, in the sentence
    ("On Tuesday carmaker Tessel said sales had fallen for a third month.",
     "Tessel", "institution", "carmaker", None),
    # a body's description: a charity, a watchdog
    ("British charity Seaward Trust said donations had risen sharply this year.",
     "Seaward Trust", "institution", "British charity", "United Kingdom"),
    ("Dutch consumer watchdog Keurhuis said the fees broke the law.",
     "Keurhuis", "institution", "Dutch consumer watchdog", "Netherlands"),
    # people: the description is the role, never in the name
    ("Brazilian striker Ana Costa said the team would win the final.", "Ana Costa", "person",
     "Brazilian striker", "Brazil"),
    ("Veteran lawmaker Rui Sena said the bill was dead in the chamber.", "Rui Sena", "person",
     "Veteran lawmaker", None),
    # a head a person may bear too ('operator') before two names and no company word: a person
    ("Crane operator Wiremu Tane said the jib had snapped in the wind.", "Wiremu Tane", "person", None, None),
])
def test_a_description_before_a_name_is_its_role(text: str, name: str, kind: str, role: str | None,
                                                  affiliation: str | None) -> None:
    found = attributed(text)
    assert found, text
    got = _speaker(found[0])
    assert got[:2] == (name, kind)
    if role is not None:
        assert got[2:] == (role, affiliation)


def _entities(text: str) -> tuple[list[dict], dict[str, str]]:
    cs = extract_claimset(text, slug="t", use_model=False)
    return cs["speakers"], {c["text"]: c["speaker"] for c in cs["claims"] if c["speaker"]}


def test_one_name_in_one_document_is_one_entity() -> None:
    text = ("Danish seafood exporter Havbro Fisk said on Wednesday it would pay its growers in full. "
            "German carmaker Tessel said sales fell 4% in May from a year earlier. "
            "Norwegian lender Sorbek Bank said it had repaid the loan to the state. "
            "Sorbek Bank added that the bond would be redeemed early next year. "
            "Tessel said later that its plants in Saxony were running again.")
    speakers, by_claim = _entities(text)
    names = sorted((s["name"], s["kind"]) for s in speakers)
    assert names == [("Havbro Fisk", "institution"), ("Sorbek Bank", "institution"), ("Tessel", "institution")]
    assert by_claim["the bond would be redeemed early next year"] == by_claim["it had repaid the loan to the state"]
    assert by_claim["its plants in Saxony were running again"] == by_claim["sales fell 4% in May from a year earlier"]


def test_a_bare_name_read_first_takes_the_kind_its_description_gives_later() -> None:
    text = ("Tessel said on Monday that its plants in Kelby were running at full capacity. "
            "Italian carmaker Tessel said separately that the strike had cost it a week of output.")
    speakers, by_claim = _entities(text)
    assert [(s["name"], s["kind"], s["role"], s["affiliation"]) for s in speakers] == [
        ("Tessel", "institution", "Italian carmaker", "Italy")]
    assert len(set(by_claim.values())) == 1


def test_a_titled_person_of_a_company_s_name_stays_a_person() -> None:
    text = ("German carmaker Tessel said sales fell sharply in the spring. "
            "Mr. Tessel, the founder's grandson, said the family would not sell its stake.")
    speakers, _ = _entities(text)
    assert sorted(s["kind"] for s in speakers) == ["institution", "person"]


def test_the_description_refers_back_to_the_company() -> None:
    text = ("Norwegian lender Sorbek Bank said it had repaid the emergency loan in full. "
            "Kelby Marine said its ferries would sail on Sunday despite the storm. "
            "The lender said separately that it would raise its dividend this year.")
    speakers, by_claim = _entities(text)
    assert by_claim["it would raise its dividend this year"] == by_claim["it had repaid the emergency loan in full"]


ARTICLE = """Orvane shares slide as chip shortage bites

KESTRA, June 3 (Wire) - Finnish telecoms equipment maker Orvane Systems said on Tuesday it would cut
its full-year outlook, sending its shares down 9%.

South Korean chipmaker Halmun said separately that it would not be able to meet orders before the
autumn, adding that a fire at one of its plants had halted output for a month.

Orvane Systems said the shortage would cost it about 200 million euros in sales this year. Halmun
said the plant would reopen in August.

Danish lender Fjordbank said on Wednesday it saw no risk to the company's loans.
The lender added that it expected Orvane to return to growth next year.
"""


def test_a_business_wire_article() -> None:
    speakers, by_claim = _entities(ARTICLE)
    kinds = {s["name"]: (s["kind"], s["role"], s["affiliation"]) for s in speakers}
    assert kinds["Orvane Systems"][0] == "institution"
    assert kinds["Halmun"] == ("institution", "South Korean chipmaker", "South Korea")
    assert kinds["Fjordbank"] == ("institution", "Danish lender", "Denmark")
    assert not any(s["kind"] == "person" for s in speakers)
    assert by_claim["the plant would reopen in August"] == by_claim[
        "it would not be able to meet orders before the\nautumn"]
    assert by_claim["it expected Orvane to return to growth next year"] == \
        by_claim["it saw no risk to the company's loans"]


@pytest.mark.parametrize("text, kind, anonymous", [
    # a regulator or a watchdog speaks as a body, like 'the council'
    ("The Harwick Energy Board fined the supplier on Monday. The regulator said the fine would stand on appeal.",
     "institution", False),
    ("The consumer watchdog said the fees broke the law and would have to be repaid.", "institution", False),
    # one the text does not name is anonymous
    ("A regulator said the audit had found no breach of the rules.", "institution", True),
])
def test_a_regulator_is_a_body(text: str, kind: str, anonymous: bool) -> None:
    found = attributed(text)
    sp = found[-1]["speaker_obj"]
    assert (sp["kind"], sp["anonymous"]) == (kind, anonymous)
