"""Properties of the extractor on any input, and linear time on pathological input."""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from provenance.extract import extract_claimset

_NEWSY = st.lists(
    st.sampled_from([
        "Officials", "said", "told", "“", "”", '"', "''", ",", ".", " ", "\n", "\n\n", "according to", "the",
        "Reuters", "he", "she", "adding", "that", "U.S.", "Gen.", "on May 3", "Thursday", ":", "—", "(", ")",
        "quoted", "saying", "Mr.", "Smith", "did not confirm", "reports", "al-Asaad", "’", "‘", "Speaking to",
    ]),
    max_size=60,
).map("".join)


def _check(text: str) -> None:
    cs = extract_claimset(text, slug="p", outlet="Valley Herald")
    n = len(text)
    for claim in cs["claims"]:
        assert 0 <= claim["start"] < claim["end"] <= n
        assert text[claim["start"]:claim["end"]] == claim["text"]
        for a, b in (("speaker_start", "speaker_end"), ("cue_start", "cue_end"), ("sentence_start", "sentence_end")):
            if claim[a] is not None:
                assert 0 <= claim[a] <= claim[b] <= n
        assert claim["form"] in ("direct", "indirect", "unattributed")
        assert claim["kind"] in ("fact", "position", "opinion", "prediction")
    ids = {c["id"] for c in cs["claims"]}
    for link in cs["links"]:
        assert link["source"] in ids and link["target"] in ids


@pytest.mark.slow
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_any_unicode_text_gives_valid_offsets(text):
    _check(text)


@pytest.mark.slow
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_NEWSY)
def test_news_like_fragments_give_valid_offsets(text):
    _check(text)


def _seconds(text: str, runs: int = 1) -> float:
    """The best of `runs` timings: a busy machine only ever adds time."""
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        extract_claimset(text, slug="p")
        best = min(best, time.perf_counter() - start)
    return best


# An ordinary article of about 11 KB: the unit of time, so the test asks the same of a slow and a
# fast machine
REFERENCE = ("The minister said on Monday that talks would resume, according to two officials who spoke "
             "to Reuters. “We are ready,” she told reporters. ") * 80


@pytest.mark.slow
def test_pathological_input_takes_linear_time():
    # one paragraph, no sentence end: the worst case for quote pairing and noun-phrase walks
    unit_texts = [
        "“" * 1000, '"' * 1000, ", " * 1000, "Smith " * 1000, "said " * 1000, "U.S. " * 1000,
        "according to " * 500, "“A,” he said, " * 200, "(" * 1000, "May 3, " * 500,
        "Berg’s claim that " * 300, "Ana Costa, a spokeswoman, " * 200, "PENCE: " * 500, "“A” ― B " * 300,
    ]
    reference = _seconds(REFERENCE, runs=3)
    for unit in unit_texts:
        small = _seconds(unit * 2, runs=2)
        big = _seconds(unit * 40, runs=2)
        # 20x the text may cost at most ~60x the time (generous for timer noise), never quadratic
        # (400x); below the time of an ordinary article the timer measures noise, not growth
        assert big <= max(reference, small) * 60, (unit[:20], reference, small, big)


# pieces of names, places and spaces, with letters whose case the pattern engine folds otherwise
# than str.lower ('ſ' matches 's', 'K' the Kelvin sign matches 'k')
_NAME_PIECES = st.lists(
    st.sampled_from(["Rosa", "Tamsin", "Orr", "ORR", "orr", "Orr-based", "Orr’s", " ", "  ", "\t", "\n", "in ", "near ",
                     "outside ", "across\t", "around ", ",", ".", "-", "’", "O'", "Dr. ", "Mid", "é", "ſ", "\u212a",
                     "Kestel", "KESTEL", "kestel", "Keſtel", "\u212aestel", " harbour", " port", " said"]),
    max_size=30,
).map("".join)


@settings(max_examples=150, deadline=None)
@given(_NAME_PIECES, st.sampled_from(["Orr", "Kestel", "Rosa", "Tamsin"]))
@example("Rosa Keſtel said", "Kestel")
@example("Tamsin Rosa \u212aestel port", "Kestel")
@example("near \tOrr, KESTEL,\nORR, Orr-based", "Orr")
def test_searches_from_occurrences_find_what_a_scan_finds(text, word):
    """Finding a surname's full name, a place or a head noun from the word's occurrences gives what
    searching the whole text with the same pattern gives (document._name_matches, _written_as_place,
    _word_occurrences)."""
    import re

    from provenance.extract import document
    from provenance.extract.lexicon import lexicon

    pattern = re.compile(r"([A-Z](?<![\w.’'-][A-Z])[a-z][\w’'-]*[ \t]+(?:[A-Z][a-z][\w’'-]*[ \t]+)?)(?i:"
                         + re.escape(word) + r")\b")
    found = list(document._name_matches(text, word, document.lower_for_search(text)))
    assert found == [(m.start(), m.end(1), m.end()) for m in pattern.finditer(text)]
    nouns = "|".join(map(re.escape, lexicon().place_nouns))
    place = re.search(r"\b(?:in|near|outside|across|around)[ \t]+" + re.escape(word) + r"\b(?!['’])|^"
                      + re.escape(word.upper()) + r",|\b" + re.escape(word) + r"(?:-based\b|[ \t]+(?:" + nouns
                      + r")\b)", text, re.MULTILINE)
    assert document._written_as_place(text, word, lexicon()) == (place is not None)
    forms = (word.lower(), word.capitalize())
    assert [m.span() for m in document._word_occurrences(text, forms)] == [
        m.span() for m in re.finditer(r"\b(?:" + "|".join(forms) + r")\b", text)]


_DATE_PIECES = st.lists(
    st.sampled_from(["Earlier", "later", "last", "This", "week", "month", "year", "in", "In", "mid-", "Mid", "early",
                     "Sept.", "March", "May", "of", "5", "2021", "2021-03-04", "Monday", "on", "’s", "yesterday",
                     " ", "  ", ",", " , ", ".", "\n", "said", "x", "Tuesday", "weekly", "Tomorrow", "May1", "7"]),
    max_size=25,
).map("".join)


@settings(max_examples=200, deadline=None)
@given(_DATE_PIECES, st.integers(0, 6))
@example("x said Earlier last week", 0)
@example("x Sept. , of 2020", 1)
@example("x In mid- March", 0)
def test_date_scan_from_the_first_hint_finds_every_date(text, skip):
    """dates.date_matches scans from two words before the first hint: the same matches as a scan of
    the whole span."""
    import re

    from provenance.extract import dates

    start = min(skip, len(text))
    # the hint as one pattern: dates.first_hint finds where it first matches with two cheaper scans
    hint = re.compile(r"\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:week|month|year|[Yy]esterday|[Tt]omorrow)\b"
                      r"|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b")
    first = hint.search(text, start, len(text))
    assert dates.first_hint(text, start, len(text)) == (None if first is None else first.start())
    whole = [] if first is None else list(dates.DATE_RE.finditer(text, start, len(text)))
    assert [(m.span(), m.groupdict()) for m in dates.date_matches(text, start, len(text))] == \
        [(m.span(), m.groupdict()) for m in whole]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["Ana", "Lind", "Dr.", "Mr", "al-", "bin ", "de ", "Berg", "x", "xY", "É", "-",
                                 "O'Neil", " ", "\n", ", ", "said", "A"]), max_size=20).map("".join))
@example("Dr. Ana Lind Berg Smith Jones said")
@example("xAna Lind Mr. Jo al-Rashid bin Ali")
def test_titled_name_pattern_matches_as_its_plain_form(text):
    """document._TITLED_NAME, written to open with a capital, finds what its plain form does."""
    import re

    from provenance.extract import document

    plain = re.compile(r"(?=[A-Z])\b(?:[A-Z][a-z]+\.?\s+){0,3}(?:[A-Z][\w’'\-]+)"
                       r"(?:\s+(?:al-|bin\s|ibn\s|de\s|van\s|von\s)?[A-Z][\w’'\-]+){1,3}")
    assert [m.span() for m in document._TITLED_NAME.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert [bool(document._TITLED_NAME.match(text, k)) for k in range(len(text))] == \
        [bool(plain.match(text, k)) for k in range(len(text))]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([".", "!", "?", "\u2026", "\"", "\u201d", "\u2019", "'", ")", "]", " ", "  ", "\n", "\t",
                                 "x", "Ab", "who", "whom", "that", "which", "_", "1", "\u00e9", "The", "T", "he", "’", "-", "&", "I", "We", "xwe", "spoke", "to", "Ana Lind"]), max_size=30).map("".join))
@example("Done.\u201d  Next")
@example("the man  who said")
@example("The  Harbour Gazette.\nThe x The\tTimes")
@example("We spoke to Ana Lind. xI spoke to Ana Lind")
def test_scan_patterns_written_to_open_with_a_class_match_as_their_plain_form(text):
    """Patterns written to open with a character class (segment._SENT_END_RE, _LINE_RE,
    speakers._RELATIVE, document._CAPITALISED_RUN, folding._NON_WORD, kinds._RUN_RE) find what their plain forms find."""
    import re

    from provenance import folding
    from provenance.extract import document, kinds, segment, speakers

    for pattern, plain in ((segment._LINE_RE, r"[^\n]+"), (folding._NON_WORD, r"\W+"), (kinds._RUN_RE, r"[\w'’]+"),
                           (document._CAPITALISED_RUN, r"(?=[A-Z])(?:The\s+)?[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,4}")):
        assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in re.finditer(plain, text)]
    interviewed = document._INTERVIEWED.pattern.replace(r"(?:I(?<!\w.)|W(?<!\w.)e|w(?<!\w.)e)", r"\b(?:I|[Ww]e)")
    assert interviewed != document._INTERVIEWED.pattern
    assert [m.span(1) for m in document._INTERVIEWED.finditer(text)] == [m.span(1) for m in re.finditer(interviewed, text)]

    sent_end = re.compile(r"([.!?\u2026]+[\"\u201d\u2019')\]]*)\s+")
    assert [(m.span(), m.span(1)) for m in segment._SENT_END_RE.finditer(text)] == \
        [(m.span(), m.span(1)) for m in sent_end.finditer(text)]
    relative = re.compile(r"(?<=\w)\s+(?:who|whom|which|that)\s+\w")
    for start in range(min(len(text), 4)):
        found, plain = speakers._RELATIVE.search(text, start), relative.search(text, start)
        assert (found and found.span()) == (plain and plain.span())


def _refusal_words() -> list[str]:
    from provenance.extract.lexicon import lexicon

    return sorted({w for words in lexicon().bare_refusals for w in words}) + ["x", "the", ""]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_refusal_words()), max_size=24), st.integers(0, 6))
@example(["The", "board", "could", "not", "immediately", "be", "reached"], 0)
def test_refusal_at_finds_what_comparing_every_refusal_finds(words, begin):
    """attribution._refusal_at looks up the refusals by the word at each position: the same first
    match (position, then the lexicon's order) as comparing every refusal at every position."""
    from types import SimpleNamespace

    from provenance.extract import attribution
    from provenance.extract.lexicon import lexicon

    refusals = lexicon().bare_refusals
    low = [w.lower() for w in words]
    parser = SimpleNamespace(begin=min(begin, len(low)), end=len(low), w=lambda i: low[i] if 0 <= i < len(low) else "")
    every = next(((i, r) for i in range(parser.begin + 1, min(parser.end, parser.begin + 12)) for r in refusals
                  if all(parser.w(i + x) == r[x] for x in range(len(r)))), None)
    assert attribution._refusal_at(parser, refusals) == every


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Citing", "Quoting", "citing", "Citin", "g", " ", "\n", ".", "\u201d", ",", "two officials",
                                 "U.S.", "the Gazette", "A", ";"]), max_size=20).map("".join), st.integers(0, 200))
@example("Citing two officials, the Gazette", 22)
def test_cited_before_finds_what_its_pattern_finds(text, start):
    """chains.cited_before looks for its pattern only where 'Citing' or 'Quoting' occurs: the same as the scan."""
    from provenance.extract import chains

    start = min(start, len(text))
    m = chains._CITED_BEFORE.search(text, max(0, start - 160), start)
    assert chains.cited_before(text, start) == (m.span("np") if m else None)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["said", "according to", "according", " to", "x", "_", "1", " ", "  ", "\n", ".", "-",
                                 "'", "\u2019", "\u201c", "told", "claim", " from", "by", "\u03c3", "\u00e9", "couldn't",
                                 " confirm", "believes", " that", "ana lind", "u.s."]), max_size=24).map("".join))
@example("said said")
@example("according to according  to")
@example("xsaid -said")
def test_split_patterns_written_to_open_with_a_class_split_as_their_plain_form(text):
    """The cue gate (lexicon.cue_gate_lower, searched after a space), the rules' tokens
    (segment._TOKEN_RE) and the model's (model._SPLIT_RE), each written to open with a character
    class, find what their plain forms find."""
    import re

    from provenance.extract import model, segment
    from provenance.extract.lexicon import _cue_gate_pattern, lexicon

    lex = lexicon()
    refusals = [" ".join(words) for words in lex.bare_refusals]
    plain = re.compile(r"(?<!\w)(?:" + _cue_gate_pattern(lex.cues_by_first, lex.cue_nouns, refusals) + r")(?!\w)")
    assert [(m.start(), m.end() - 1) for m in lex.cue_gate_lower.finditer(" " + text)] == \
        [m.span() for m in plain.finditer(text)]
    tokens = re.compile(r"(\w++(?:[’'\-.&]\w++|[\u0300-\u036f]++\w*+|(?<=[\u00c2-\u00c5\u0302\u0303\u0308\u030a])"
                        r"[\u0080-\u00bf]\w*+)*+|[^\w\s])")
    for piece in (text, text.upper(), text.replace("e", "e\u0301").replace("x", "\u00c3\u00a9")):
        assert segment._TOKEN_RE.split(piece) == tokens.split(piece)
        assert model._SPLIT_RE.split(piece) == re.split(f"({model._TOKEN_RE.pattern})", piece)


def test_every_phrase_of_the_cue_gate_ends_with_a_word_character():
    """What lets the gate open with the character before a phrase: no match ends with a character
    the next one would need (a cue phrase ending with a mark would break the gate; see lexicon.py;
    a reporting noun's phrase ends with 'from', 'by' or 'that')."""
    import re

    from provenance.extract.lexicon import _cue_gate_forms, lexicon

    assert all(re.search(r"\w$", form) for form in _cue_gate_forms(lexicon().cues_by_first))


_RECORD_PIECES = st.lists(st.sampled_from(["by", "BY", "bY", "By", "\uff42\uff59", "b\u0301y", "b", "y", " ", "  ", "\n",
                                           "\u00a0", ",", ".", "-", "'", "\u2019", "seen", "Report", "REPORTS", "m\u00e9mo",
                                           "MEMO", "\ufb01ling", "communiqu\u00e9", "Communique\u0301", "audit\u0308",
                                           "x", "\u017f", "\u0130", "the", "SEEN", "obt\u0101ined"]), max_size=20).map("".join)


@settings(max_examples=400, deadline=None)
@given(_RECORD_PIECES, st.integers(0, 200), st.integers(0, 200))
@example("reviewed b\u0301y ", 0, 12)
@example("seen \uff42\uff59\n", 0, 8)
def test_record_gates_pass_whatever_the_words_would_find(text, lo, start):
    """The cheap tests before a record's words are read one by one (document._may_end_with_by,
    _may_hold_word) are true wherever the words, folded, would find 'by' at the end, a record noun
    or a verb of seeing."""
    from provenance.extract import document
    from provenance.extract.lexicon import lexicon
    from provenance.folding import fold

    start = min(start, len(text))
    lo = min(lo, start)
    words = list(document._RECORD_WORD.finditer(text, lo, start))
    if words and fold(words[-1].group()) == "by" and not text[words[-1].end():start].strip():
        assert document._may_end_with_by(text, lo, start)
    for nouns in (lexicon().record_nouns, lexicon().seen_by_verbs):
        if any(fold(w.group()) in nouns for w in document._RECORD_WORD.finditer(text)):
            assert document._may_hold_word(text, nouns)
    assert document._may_hold_word(text.replace("x", "report"), frozenset({"report"})) == ("x" in text or (
        "report" in fold(text)))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["Ana", "Costa", "said", ",", "\u201cWe", "agree,\u201d", "the", "board's", "on", "May 5",
                                 "2019", ".", "-", "x", "O'Neill", "told"]), max_size=20).map(" ".join))
@example("\u201cWe agree,\u201d Ana Costa said on May 5.")
def test_parser_words_are_what_each_token_gives(text):
    """_Parser.w, is_p and is_q read a token's word and kind from lists made once a sentence: the
    token's lower case for a word, '' for a mark, a quotation or a date and outside the sentence, as
    reading the token does; the cues found are those of the words that open one."""
    from provenance.extract import attribution, segment
    from provenance.extract.lexicon import lexicon

    sentence = segment.Sentence(0, len(text), 0, quotes=segment.find_quotes(text, 0, len(text)))
    tokens = segment.tokenize(text, sentence)
    parser = attribution._Parser(text, sentence, tokens, lexicon(), 0)
    for i in range(-2, len(tokens) + 2):
        tok = tokens[i] if 0 <= i < len(tokens) else None
        assert parser.w(i) == (tok.low if tok is not None and tok.kind == "w" else "")
        assert parser.is_q(i) == (tok is not None and tok.kind == "q")
        assert parser.is_p(i, ",.-") == (tok is not None and tok.kind == "p" and tok.low in ",.-")
    by_first = lexicon().cues_by_first
    assert {i for i, _, _ in parser.cues} <= {x for x, tok in enumerate(tokens) if tok.kind == "w" and tok.low in by_first}


_LABEL_PIECES = st.lists(st.sampled_from([
    "ANA COSTA", "Ana Costa", "Mr Danvers", ":", "[", "]", "(", ")", "SOT", "[Soundbite]", "(sot)", " ", "\t", ",",
    "nurse", "TARN COURIER", "MS", "TD", "The Minister for Housing", "The Presiding Officer", "Chair", "11:40",
    "\n", "Q1", "#2", "\u201c", "\u201d", '"', "LAUGHTER", "said", ".", "Hello", "/",
]), max_size=14).map("".join)


@settings(max_examples=400, deadline=None)
@given(_LABEL_PIECES, st.integers(0, 20))
@example("[ANA COSTA] We agree.", 0)
@example("ANA COSTA: We agree.", 0)
def test_a_speaker_label_is_looked_for_only_where_a_colon_or_bracket_is(text, start):
    # the label patterns, tried one by one as before the gate: each match holds a colon or opens a bracket
    from provenance.extract import transcript as tr
    from provenance.extract.lexicon import lexicon

    lex, start, end = lexicon(), min(start, len(text)), len(text)
    plain = (tr._soundbite_re().match(text, start, end) or tr._LABEL_RE.match(text, start, end)
             or tr._record_label(text, start, end, lex) or tr._mixed_label(text, start, end, lex))
    gated = tr._label_match(text, start, end, lex)
    assert (None if plain is None else (plain.re, plain.span())) == (None if gated is None else (gated.re, gated.span()))


_WITHDRAWAL_PIECES = st.lists(st.sampled_from([
    "Lind", " ", "\n", "withdrew", "WITHDREW", "Took", "back", "BAC\u212a", "w\u0131thdrew", "walked", "retracted", "was forced to",
    "retract", "corrected", "has", "the", "his", "claim", "Statement", "death", "toll", "that", ",", ".", "\u017f",
]), max_size=12).map("".join)


@settings(max_examples=400, deadline=None)
@given(_WITHDRAWAL_PIECES)
@example("Lind walked back the claim")
@example("Lind w\u0131thdrew the claim")
def test_a_prose_withdrawal_is_searched_wherever_its_pattern_matches(text):
    from provenance.extract.updates import _may_withdraw, _prose_withdrawal_re

    if _prose_withdrawal_re().search(text) is not None:
        assert _may_withdraw(text, 0, len(text))


_RELEASE_PIECES = st.lists(st.sampled_from([
    "The", "the", "following", "Following", "FOLLOWING", "Below", "below", "Here", "What", "follows", " ", "\t", "\n",
    "is", "a", "an", "full", "text", "of", "statement", "press", "release", "was", "has", "been", "issued", "by",
    "from", "Harrow", "Mills", "Port", "Authority", "(HPA)", "Kelby", ",", ".", ":", "'", "\u2019",
]), max_size=16).map("".join)


@settings(max_examples=400, deadline=None)
@given(_RELEASE_PIECES, st.integers(0, 40))
@example("The following statement was issued by Harrow Mills", 0)
@example("Below is the full text of a statement from the Port Authority", 0)
@example("Harrow Mills has issued the following statement:", 0)
@example("What follows is a statement from Harrow Mills", 0)
@example("Here is the statement from Harrow Mills", 0)
def test_a_release_lead_is_searched_wherever_its_pattern_matches(text, start):
    # the gate's words are in every shape of the pattern: the search finds the same match with it
    from provenance.extract.document import _release_lead, _search_release_lead

    start = min(start, len(text))
    plain, gated = _release_lead().search(text, start, len(text)), _search_release_lead(text, start, len(text))
    assert (None if plain is None else plain.span()) == (None if gated is None else gated.span())


def _lexicon_words() -> list[str]:
    """Every single word of the extractor's own word lists: the words its rules look at, so the ones
    most likely to lead a rule past the end of a sentence."""
    from provenance.extract.lexicon import lexicon

    lex = lexicon()
    words: set[str] = set()
    for value in vars(lex).values():
        if isinstance(value, frozenset) and all(isinstance(x, str) for x in value):
            words |= {x for x in value if x.isalpha()}
    return sorted(words)


_LEXICON_WORDS = _lexicon_words()


def test_a_denied_word_closing_a_quote_at_a_sentence_end_is_read():
    # wire copy's 'declined to comment on "market speculation."': the denial's object ends the sentence
    _check('A Halvorsen spokeswoman declined to comment on "market speculation." Lindqvist did not respond.')


@pytest.mark.slow
@pytest.mark.parametrize(
    "template",
    [
        'A spokeswoman declined to comment on "{w}." Nobody else did.',  # a denial's object closing a quote
        "The minister denied the {w}",
        "The company rejected the {w} of",
        "She dismissed {w} that",
        "Officials said the {w}",
        "X told the {w}",
    ],
)
def test_a_rule_word_at_the_end_of_a_sentence_is_read_without_error(template):
    # a word the rules react to, with nothing after it in its sentence (a crash here loses the whole article)
    for word in _LEXICON_WORDS:
        _check(template.format(w=word))


@pytest.mark.slow
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.sampled_from(_LEXICON_WORDS), st.sampled_from([" ", " ", ",", ".", '"', "“", "”", "\n\n"])),
                max_size=40).map(" ".join))
def test_fragments_of_the_rules_own_words_give_valid_offsets(text):
    _check(text)
