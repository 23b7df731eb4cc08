"""The data-driven gate for speakers (issue 13): a lower-case description whose head no source has,
a relative pronoun alone, or a description running on into a clause names no source."""

from __future__ import annotations

import importlib
import json
from pathlib import Path

import pytest

from provenance.extract import extract_claimset
from provenance.extract.lexicon import lexicon
from provenance.extract.plausible import description_head, implausible, source_heads
from provenance.extract.speakers import Speaker, not_a_source
from provenance.source_heads import build, main

ROOT = Path(__file__).resolve().parent.parent
HELDOUT_MODULES = ["test_news_heldout" + n for n in ["", *map(str, range(2, 23))]]


def test_the_table_loads_with_its_counts():
    table = json.loads((ROOT / "provenance" / "data" / "source_heads.json").read_text(encoding="utf-8"))
    assert list(table["heads"]) == sorted(table["heads"]) and all(
        isinstance(n, int) and n >= 0 for n in table["heads"].values())
    assert {"officials", "spokesman", "campaign", "ministry"} <= source_heads()
    assert not {"which", "who", "puzzle", "drone"} & source_heads()


def test_the_table_is_rebuilt_from_a_corpus_the_same_way(tmp_path):
    text = "Two aides said it. The farmhand told us. Ana Costa said so. Who said it?"
    doc = {"text": text, "attributions": [{"source": "Two aides"}, {"source": "The farmhand"},
                                          {"source": "Ana Costa"}, {"source": "Who"}, {"source": None}]}
    train = tmp_path / "train.jsonl"
    train.write_text(json.dumps(doc) + "\n", encoding="utf-8")
    heads = build(train)["heads"]
    assert (heads["aides"], heads["farmhand"], heads["spokesman"]) == (1, 1, 0)
    assert "costa" not in heads and "who" not in heads
    out = tmp_path / "heads.json"
    assert main(["--train", str(train), "--output", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8")) == build(train)


def test_a_corpus_that_cannot_be_read_is_an_error(tmp_path, capsys):
    assert main(["--train", str(tmp_path / "missing.jsonl"), "--output", str(tmp_path / "o.json")]) == 2
    assert capsys.readouterr().err.startswith("Error: ")


@pytest.mark.parametrize("source, head", [
    ("Senior officials at the ministry", "officials"), ("the harbour board's spokeswoman", "spokeswoman"),
    ("a farmer who grows rye", "farmer"), ("Tom Lind", None), ("Officials", None)])
def test_the_head_of_a_description(source, head):
    assert description_head(source) == head


@pytest.mark.parametrize("name, kind", [
    ("the wider puzzle", "person"),                               # a word of the content
    ("small drone", "institution"),                               # a thing
    ("wider puzzle among small growers", "group"),                # a description of no one
    ("which", "person"),                                          # a relative pronoun
    ("runs the pumping station in the northern town of Orla", "person"),  # a verb and its object
    ("the regulator in its annual report", "institution"),         # run on past its head
])
def test_an_implausible_description_is_no_source(name, kind):
    assert not_a_source(Speaker(name, kind, True), lexicon())


@pytest.mark.parametrize("text, speaker", [
    ("The quarrel, which said nothing new, split the town. The mayor said the bridge will reopen in May.", "mayor"),
])
def test_a_sentence_keeps_its_plausible_speaker(text, speaker):
    cs = extract_claimset(text, slug="t")
    names = {sp["id"]: sp["name"] for sp in cs["speakers"]}
    assert {names.get(c["speaker"]) for c in cs["claims"] if c["cue"]} - {None} <= {speaker}


def _plausible_names() -> list[str]:
    checks = importlib.import_module("test_speaker_sources")
    listed = [args[0] for mark in checks.test_the_plausibility_check_itself.pytestmark if mark.name == "parametrize"
              for args in mark.args[1] if args[3] is None]
    for name in HELDOUT_MODULES:  # (a batch lists its names folded: those its articles write so)
        module = importlib.import_module(name)
        text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(module.HELDOUT.glob("*.txt")))
        listed += sorted(n for n in getattr(module, "PLAUSIBLE", ()) if n in text)
    return listed


def test_the_gate_keeps_every_plausible_speaker_the_tests_list():
    names = _plausible_names()
    assert len(names) > 40 and [n for n in names if implausible(n, lexicon().not_sources, lexicon().outlet_words, lexicon().issuer_nouns)] == []


def test_words_the_corpus_writes_often_and_never_of_a_source_are_no_heads(tmp_path):
    """'not_heads': a word written after an article or a possessive SELDOM_SOURCE_MENTIONS times or more that ends
    a gold source in under SELDOM_SOURCE_SHARE of them; a speaker word never, however the corpus writes it."""
    text = " ".join(["The weather turned."] * 10 + ["The mayor wept."] * 10 + ["The aides left."] * 10)
    doc = {"text": text, "attributions": [{"source": "Two aides"}] * 3}
    train = tmp_path / "train.jsonl"
    train.write_text(json.dumps(doc) + "\n", encoding="utf-8")
    table = build(train)
    assert "weather" in table["not_heads"] and not {"mayor", "aides"} & set(table["not_heads"])
    assert table["not_heads"] == sorted(table["not_heads"])


@pytest.mark.parametrize("name, implausible_", [
    ("matter", True), ("the decision", True), ("a tentative deal", True),  # things the corpus never hears speak
    ("decision by the planning committee", False),  # (the words after its head say whose)
    ("the winner", False), ("the hotel", False), ("officials", False), ("Matter", False),
])
def test_a_head_written_often_and_seldom_of_a_source_is_no_source(name, implausible_):
    assert implausible(name) is implausible_


@pytest.mark.parametrize("text, junk", [
    ("Lomani says the clerk has been sacked and the matter reported to police.", "matter"),
    ("The decision follows a ruling by the Harbour Court, which said that the berths were unsafe.", "decision"),
])
def test_a_thing_in_the_sentence_is_never_its_speaker(text, junk):
    names = [sp["name"] for sp in extract_claimset(text, slug="t")["speakers"]]
    assert junk not in map(str.lower, names)


@pytest.mark.parametrize("text, speaker", [
    ("A former nurse quoted by the Daily Ledger in its original report had said the ward was closed twice.",
     "Daily Ledger"),
    ("According to the Daily Ledger in its original report, the ward was closed twice.", "Daily Ledger"),
    ("The Harbour Board in its filing said the berths were unsafe.", "Harbour Board"),
])
def test_a_name_before_in_its_report_is_who_speaks_never_a_record_so_named(text, speaker):
    cs = extract_claimset(text, slug="t", outlet="Coast Radio")
    names = {sp["id"]: sp["name"] for sp in cs["speakers"]}
    assert [names.get(c["speaker"]) for c in cs["claims"]] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("The review is due by June, according to the ministry's decision published on its website.", "ministry's decision"),
    ("The city paid 18 million for the buses, according to the contract published in the city's bulletin.", "contract"),
    ("The firm doubled its turnover, according to the company's accounts filed last week.", "company's accounts"),
    ("The school might close, according to a letter from the inspectorate seen by the Tarn Courier.", "inspectorate"),
])
def test_a_record_is_named_before_the_participle_it_was_issued_or_seen_by(text, speaker):
    cs = extract_claimset(text, slug="t", outlet="Coast Radio")
    names = {sp["id"]: sp["name"] for sp in cs["speakers"]}
    assert names.get(cs["claims"][0]["speaker"]) == speaker


@pytest.mark.parametrize("name", [
    "defense", "the defence", "the prosecution", "the business", "the country", "the nation", "the platform",
    "the conference", "the former", "the retired", "a senior fellow", "the care home", "airport security",
])
def test_a_word_for_a_body_or_a_person_in_ordinary_news_is_a_source(name):
    """Words the politics corpus writes often and seldom as a source that name people or bodies in
    other news (titles.json source_words): the gate lets them speak."""
    assert implausible(name) is False


@pytest.mark.parametrize("text, speaker", [
    ("Prosecutors said the clerk had hidden the payments. Defense said the payments were declared.", "defense"),
    ("The business said it would reopen the shop in May.", "business"),
    ("The country said in a statement that its borders would stay open.", "country"),
    ("The platform said it had removed the posts within an hour.", "platform"),
])
def test_a_body_the_politics_corpus_seldom_hears_speak_keeps_its_claim(text, speaker):
    cs = extract_claimset(text, slug="t", outlet="Coast Radio")
    names = {sp["id"]: sp["name"].lower() for sp in cs["speakers"]}
    assert speaker in [names.get(c["speaker"]) for c in cs["claims"]], cs["claims"]
