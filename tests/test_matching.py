"""matching: normalisation, fingerprints, similarity, blocking words and word diffs."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given
from hypothesis import strategies as st
from rapidfuzz import fuzz

from provenance import matching


def reference_normalise(text: str) -> str:
    """The first, plain implementation of `normalise`; the fast one must agree with it."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"[^\w\s]+", " ", text.casefold())
    return re.sub(r"\s+", " ", text).strip()


@given(st.text())
def test_normalise_agrees_with_the_reference(text):
    assert matching.normalise(text) == reference_normalise(text)


def test_normalise_folds_case_quotes_accents_and_spacing():
    assert matching.normalise("“Tel Aviv” and  Ankara — agreed.") == "tel aviv and ankara agreed"
    assert matching.normalise("Café NAÏVE\tdéjà-vu") == "cafe naive deja vu"
    assert matching.normalise("") == ""


def test_fingerprint_ignores_trivial_edits_only():
    assert matching.fingerprint("The talks were “positive”.") == matching.fingerprint("the talks were positive")
    assert matching.fingerprint("The talks were positive") != matching.fingerprint("The talks were negative")


@given(st.text(), st.text())
def test_sort_key_similarity_is_similarity(a, b):
    key_a = matching.sort_key(matching.normalise(a))
    key_b = matching.sort_key(matching.normalise(b))
    assert matching.key_similarity(key_a, key_b) == matching.similarity(a, b)


def test_key_similarity_cutoff():
    a, b = matching.sort_key("the talks were positive"), matching.sort_key("nothing alike here at all")
    assert matching.key_similarity(a, b, 0.9) == 0.0
    assert matching.key_similarity(a, a, 0.9) == 1.0
    assert matching.similarity("the talks were positive", "were the talks positive") == 1.0
    assert matching.similarity("x", "x") == fuzz.token_sort_ratio("x", "x") / 100


def test_content_words_drop_stopwords_short_words_and_numbers():
    assert matching.content_words("The 2 ministers met in Baku on May 22, and the ministers agreed.") == [
        "ministers", "met", "baku", "may", "agreed"]
    assert matching.words_of("the ministers met") == ["ministers", "met"]


def test_word_diff_runs_and_inline():
    runs = matching.word_diff("The pause in strikes signaled progress.", "The halt in strikes signaled real progress.")
    assert runs == [("=", "The"), ("-", "pause"), ("+", "halt"), ("=", "in strikes signaled"), ("+", "real"),
                    ("=", "progress.")]
    assert matching.inline_diff("a b c", "a x c") == "a [-b-] {+x+} c"
    assert matching.inline_diff("same words", "same words") == "same words"
    assert matching.inline_diff("", "new") == "{+new+}"
