"""Shape and consistency checks for the general-knowledge data files (outlets, countries)."""

import json
from collections import Counter
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent.parent / "provenance" / "data"
OUTLET_KINDS = {"agency", "newspaper", "broadcaster", "magazine", "online", "press_release"}


def load(name):
    raw = (DATA / name).read_text(encoding="utf-8")
    return raw, json.loads(raw)


@pytest.fixture(scope="module")
def outlets():
    return load("outlets.json")[1]["outlets"]


@pytest.fixture(scope="module")
def countries():
    return load("countries.json")[1]["countries"]


@pytest.fixture(scope="module")
def organisations():
    return load("countries.json")[1]["organisations"]


def is_text_list(value):
    return isinstance(value, list) and all(isinstance(x, str) and x.strip() == x and x for x in value)


def repeated(names):
    """Names that occur more than once, compared case-insensitively."""
    counts = Counter(n.casefold() for n in names)
    return sorted(n for n, c in counts.items() if c > 1)


def every_name(entries):
    return [n for e in entries for n in [e["name"], *e["aliases"]]]


@pytest.mark.parametrize("name", ["outlets.json", "countries.json", "speaker_negatives.json", "grammar.json",
                                  "model_word_classes.json", "transcripts.json"])
def test_file_is_pretty_printed_utf8(name):
    raw, doc = load(name)
    assert raw == json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def test_outlet_shape(outlets):
    for outlet in outlets:
        assert set(outlet) == {"name", "aliases", "country", "kind"}, outlet
        assert isinstance(outlet["name"], str) and outlet["name"].strip() == outlet["name"] != ""
        assert is_text_list(outlet["aliases"]), outlet
        assert outlet["kind"] in OUTLET_KINDS, outlet


def test_outlets_sorted_by_name(outlets):
    names = [o["name"] for o in outlets]
    assert names == sorted(names, key=str.casefold)


def test_no_duplicate_outlet_names_or_aliases(outlets):
    assert repeated(every_name(outlets)) == []


def test_outlet_countries_exist(outlets, countries):
    known = {c["name"] for c in countries}
    assert sorted({o["country"] for o in outlets} - known) == []


def test_outlet_names_do_not_shadow_countries_or_organisations(outlets, countries, organisations):
    places = {n.casefold() for n in every_name(countries) + every_name(organisations)}
    for entry in countries + organisations:
        for key in ("demonyms", "capitals", "metonyms"):
            places.update(w.casefold() for w in entry.get(key, []))
    assert sorted(n for n in every_name(outlets) if n.casefold() in places) == []


def test_outlet_counts(outlets):
    assert len(outlets) >= 400
    kinds = Counter(o["kind"] for o in outlets)
    assert set(kinds) == OUTLET_KINDS
    assert len({o["country"] for o in outlets}) >= 100


def test_country_shape(countries):
    for country in countries:
        assert set(country) == {"name", "aliases", "demonyms", "capitals", "metonyms"}, country
        assert country["name"].isascii(), country["name"]
        for key in ("aliases", "demonyms", "capitals", "metonyms"):
            assert is_text_list(country[key]), (country["name"], key)
        assert country["capitals"], country["name"]


def test_countries_and_organisations_sorted_by_name(countries, organisations):
    for entries in (countries, organisations):
        names = [e["name"] for e in entries]
        assert names == sorted(names, key=str.casefold)


def test_country_count(countries):
    # 193 UN member states plus Palestine, Taiwan, Kosovo and Vatican City.
    assert len(countries) >= 195
    names = {c["name"] for c in countries}
    assert {"Palestine", "Taiwan", "Kosovo", "Vatican City", "Turkiye", "United States"} <= names


def test_no_duplicate_country_or_organisation_names(countries, organisations):
    assert repeated(every_name(countries) + every_name(organisations)) == []


def test_capitals_and_metonyms_point_to_one_government(countries, organisations):
    capitals = [c for country in countries for c in country["capitals"]]
    assert repeated(capitals) == []
    metonyms = [m for entry in countries + organisations for m in entry["metonyms"]]
    assert repeated(metonyms) == []
    names = {n.casefold() for n in every_name(countries) + every_name(organisations)}
    assert sorted(m for m in metonyms if m.casefold() in names) == []


def test_known_facts(countries, organisations):
    by_name = {c["name"]: c for c in countries}
    assert {"Turkey", "Türkiye"} <= set(by_name["Turkiye"]["aliases"])
    assert {"US", "U.S.", "USA", "United States of America", "America"} <= set(
        by_name["United States"]["aliases"]
    )
    assert {"UK", "U.K.", "Britain", "Great Britain"} <= set(by_name["United Kingdom"]["aliases"])
    assert {"Jerusalem", "Tel Aviv"} <= set(by_name["Israel"]["metonyms"])
    assert {"Moscow", "the Kremlin"} <= set(by_name["Russia"]["metonyms"])
    assert "Azerbaijani" in by_name["Azerbaijan"]["demonyms"]
    assert "Baku" in by_name["Azerbaijan"]["capitals"]
    assert {"UN", "NATO", "EU"} <= {n for n in every_name(organisations)}


def test_organisation_shape(organisations):
    assert len(organisations) >= 40
    for org in organisations:
        assert set(org) == {"name", "aliases", "demonyms", "metonyms"}, org
        for key in ("aliases", "demonyms", "metonyms"):
            assert is_text_list(org[key]), (org["name"], key)


def test_given_names_shape_and_no_name_in_both_lists():
    data = json.loads((DATA / "given_names.json").read_text(encoding="utf-8"))
    assert set(data) == {"description", "female", "male", "female_words", "male_words"}
    for key in ("female", "male", "female_words", "male_words"):
        assert data[key] and all(isinstance(v, str) and v.strip() == v and v for v in data[key]), key
    assert not {n.casefold() for n in data["female"]} & {n.casefold() for n in data["male"]}
    assert not {w.casefold() for w in data["female_words"]} & {w.casefold() for w in data["male_words"]}


@pytest.mark.parametrize("name", ["cues.json", "titles.json", "corroboration.json", "given_names.json",
                                  "page_boilerplate.json", "grammar.json", "model_word_classes.json",
                                  "updates.json"])
def test_every_data_file_is_described_and_formatted(name):
    raw = (DATA / name).read_text(encoding="utf-8")
    data = json.loads(raw)
    assert isinstance(data.get("description"), str) and data["description"]
    assert raw.endswith("\n")


def test_speaker_negatives_are_sorted_unique_word_lists():
    doc = load("speaker_negatives.json")[1]
    assert set(doc) == {"description", "documents", "things", "quantities", "adjectives", "not_names", "relatives",
                        "openers", "clause_words", "possessives", "places", "place_heads", "place_words",
                        "place_openers", "past_tenses"}
    for key, words in doc.items():
        if key != "description":
            assert is_text_list(words) and words == sorted(set(words), key=str.casefold), key
    # a medium's head noun ('the paper', 'the network') names an outlet, never a document
    media = set(load("titles.json")[1]["media_heads"]) - {"report", "reports", "reporting"}
    assert not media & set(doc["documents"] + doc["things"])


def test_grammar_lists_are_lower_case_unique_words():
    doc = load("grammar.json")[1]
    for key, words in doc.items():
        if key != "description":
            assert is_text_list(words) and len(set(words)) == len(words), key
            assert all(w == w.lower() and w == w.strip() for w in words), key
            assert f"'{key}'" in doc["description"], key
