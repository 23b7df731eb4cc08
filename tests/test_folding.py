"""One folding function serves the extractor, corroboration and matching: each mode gives exactly
what the separate function it replaced gave (reference copies of them below)."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from provenance import datafiles
from provenance.errors import DataFileError
from provenance.folding import fold


def old_lexicon_fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u2010", "-").replace("\u2013", "-")
    return " ".join(text.casefold().split())


def old_corroboration_fold(text: str) -> str:
    if text.isascii():
        return text
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def old_matching_normalise(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(re.sub(r"\W+", " ", text.casefold()).split())


TEXTS = st.text() | st.text(alphabet="aeiouAÉÏøßİ\u2019\u2018\u2010\u2013\u0301\u0308 -'.\t\n\u00a0ﬁ²")


@given(TEXTS)
def test_each_mode_gives_what_the_function_it_replaced_gave(text):
    assert fold(text) == old_lexicon_fold(text)
    assert fold(text, accents_only=True) == old_corroboration_fold(text)
    assert fold(text, words_only=True) == old_matching_normalise(text)


@pytest.mark.parametrize("name, problem", [
    ("missing.json", "is missing"),
    ("broken.json", "is not valid JSON (line 1 column 12"),
    ("list.json", "must hold a JSON object"),
    ("latin1.json", "cannot be read"),
])
def test_a_missing_or_malformed_data_file_is_an_error_naming_it(tmp_path, monkeypatch, name, problem):
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "broken.json").write_text('{"verbs": [', encoding="utf-8")
    (tmp_path / "data" / "list.json").write_text("[]", encoding="utf-8")
    (tmp_path / "data" / "latin1.json").write_bytes(b'{"a": "caf\xe9"}')
    monkeypatch.setattr(datafiles.resources, "files", lambda package: tmp_path)
    with pytest.raises(DataFileError) as caught:
        datafiles.load_data(name)
    assert f"provenance/data/{name}" in str(caught.value) and problem in str(caught.value)
    assert "\n" not in str(caught.value)


def test_the_extractor_fails_loudly_without_its_word_lists(tmp_path, monkeypatch):
    from provenance.extract import extract_claimset
    from provenance.extract import lexicon as lexicon_module

    monkeypatch.setattr(datafiles.resources, "files", lambda package: tmp_path)
    lexicon_module.lexicon.cache_clear()
    try:
        with pytest.raises(DataFileError, match="provenance/data/cues.json is missing"):
            extract_claimset("The minister said the talks had failed.", slug="x")
    finally:
        monkeypatch.undo()
        lexicon_module.lexicon.cache_clear()


@pytest.mark.parametrize("content, key", [
    ('{"description": "x"}', "modals"),
    ('{"description": "x", "modals": "could would"}', "modals"),
    ('{"description": "x", "modals": ["could", 3]}', "modals"),
])
def test_a_missing_or_malformed_grammar_list_is_an_error_naming_file_and_key(tmp_path, monkeypatch, content, key):
    from provenance.extract import lexicon as lexicon_module

    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "grammar.json").write_text(content, encoding="utf-8")
    monkeypatch.setattr(datafiles.resources, "files", lambda package: tmp_path)
    lexicon_module._grammar.cache_clear()
    try:
        with pytest.raises(DataFileError, match=f"provenance/data/grammar.json: '{key}' must be a list of words"):
            lexicon_module.word_set(key)
    finally:
        monkeypatch.undo()
        lexicon_module._grammar.cache_clear()
