"""Every speaker the extractor produces is a plausible source (issue 13): never a document, a thing,
a figure, an adjective, a word that opens sentences but names nobody, or a clause read as a name.

Run over the seed, the constructed fixture articles and, when it is there, the PolNeAR development
split (read by path, never copied into the project: set POLNEAR_DEV to its dev.jsonl; the test
skips without it)."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from provenance.extract import extract_claimset, read_article
from provenance.extract.lexicon import fold, lexicon

ROOT = Path(__file__).resolve().parent.parent
NEGATIVES = json.loads((ROOT / "provenance" / "data" / "speaker_negatives.json").read_text(encoding="utf-8"))
_OBJECTS = {"a", "an", "the", "his", "her", "their", "its", "our", "my", "this", "that", "these", "those", "to"}
_PREPOSITIONS = {"of", "from", "at", "in", "with", "for", "on", "close", "familiar", "to", "who", "that"}


def _dev_split() -> Path:
    """The PolNeAR development split's dev.jsonl, named by POLNEAR_DEV."""
    return Path(os.environ.get("POLNEAR_DEV", "")) if os.environ.get("POLNEAR_DEV") else ROOT / "no-polnear-dev"


def _articles():
    for path in sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "tests" / "fixtures").rglob("*.txt")):
        meta, text = read_article(path.read_bytes(), filename=path.name)
        yield path.name, text, meta.get("outlet")


def _dev_articles():
    with _dev_split().open(encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line)
            yield doc["doc_id"], doc["text"], None


_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december"}
_DAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
_RELATIVE = {"today", "yesterday", "tonight", "tomorrow"}
_RECORDS = {"poll", "polls", "polling", "survey", "surveys", "study", "report", "results", "data", "figures", "numbers"}


def _dated(words: list[str], low: list[str]) -> bool:
    """Whether a date stands alone or at a name's edge: 'Monday', 'Ana Costa Wednesday', 'the party today',
    "Friday's deal between X and Y", 'last October', 'June poll' (a month before a common noun), never a
    given name that is a month ('April Lind') nor a record dated ("Tuesday's poll", 'the May Harlow poll')."""
    bare = [w[:-2] if w.endswith(("'s", "\u2019s")) else w for w in low]
    if all(w in _MONTHS | _DAYS | _RELATIVE or re.fullmatch(r"q?(?:last|next|this)", w) for w in bare) and (
            bare[-1] in _MONTHS | _DAYS | _RELATIVE):
        return True
    if bare[-1] in _DAYS | _RELATIVE and words[-1] != "Today" and len(words) > 1 or bare[-1] in _MONTHS and \
            re.fullmatch(r"q?(?:last|next|this|early|late|mid)", bare[-2]):
        return True
    if bare[0] in _DAYS and low[-1] not in _RECORDS and not all(w[:1].isupper() for w in words):
        return True  # ("Monday night's results" are the results'; 'Sunday Courier' is a title)
    return bare[0] in _MONTHS and len(words) > 1 and words[1][:1].islower()


def _clause(words: list[str], low: list[str]) -> bool:
    """Whether a name of five words or more holds a finite verb: a past tense between a plural noun
    and a name ('voters elected Ana Costa to ...'), or a relative 'where' ('a forum where ...')."""
    return len(words) >= 5 and (any(
        w.endswith("ed") and len(w) > 4 and words[k][:1].islower() and low[k - 1].endswith("s")
        and words[k - 1][:1].islower() and words[k + 1][:1].isupper() for k, w in enumerate(low[:-1]) if k)
        or "where" in low[1:])


def _past_with_object(words: list[str], low: list[str], k: int) -> bool:
    """Whether words[k] is a past tense with its object after it ('released a statement', 'sent out a
    letter'; an irregular one not after 'who' nor before 'to': 'the man who lost the race', 'envoys sent to')."""
    obj = low[k + 2] if low[k + 1] == "out" and k + 2 < len(low) else low[k + 1]
    if not words[k][:1].islower() or obj not in _OBJECTS:
        return False
    return low[k].endswith("ed") and len(low[k]) > 4 or low[k] in NEGATIVES["past_tenses"] and k > 0 and obj != "to" \
        and low[k - 1] not in _OBJECTS | {"who", "which"} and not low[k - 1].endswith("'s")


def junk(name: str, anonymous: bool, kind: str, text: str) -> str | None:
    """Why a speaker named `name` is no plausible source, or None when it is one."""
    words = name.split()
    low = [fold(w).strip(".,") for w in words]
    if _dated(words, low):
        return "a date"
    if _clause(words, low):
        return "a clause"
    if any(w in NEGATIVES["quantities"] for w in low) or re.search(r"\bper cent\b", " ".join(low)):
        return "a figure"
    if all(re.fullmatch(r"[\d,.]+|[a-z]+-[a-z]+|[a-z]+ty|one|two|three|four|five|six|seven|eight|nine|ten", w)
           for w in low) and not any(w[:1].isupper() for w in words[1:]) and words[0][:1].isdigit():
        return "a number"
    if any(w.endswith(("n't", "n\u2019t")) for w in low):
        return "a clause"
    if len(words) == 1 and words[0] in NEGATIVES["not_names"]:
        return "a word that names nobody"
    if len(words) == 1 and (low[0] in ("a", "an", "the") or re.fullmatch(r"[a-z]+(?:ly|ing)", words[0])
                            and low[0] not in ("family", "ally", "rally", "nothing", "something", "anything", "everything")):
        return "an article, an adverb or a participle"
    medium_named = kind == "media" and len(words) > 1 and all(w[:1].isupper() for w in words)  # 'Inside Housing'
    if (low[0] in NEGATIVES["openers"] and low[:2] != ["at", "least"] and not medium_named) or (
            len(low) == 1 and low[0] in NEGATIVES["possessives"]):
        return "a function word"
    if any(w in NEGATIVES["clause_words"] for w in words[1:]):
        return "a clause"
    if any(_past_with_object(words, low, k) for k in range(len(low) - 1)):
        return "a clause"  # a past tense with its object: 'released a statement', 'X tweaked his plan'
    if _cut_name(name, kind, text):
        return "a name cut short"
    if _adjective_at_end(name, words, low, text):
        return "a description cut before its noun"
    if anonymous or (kind == "media" and not (len(words) > 1 and all(w[:1].isupper() for w in words))):
        # (a medium named in capitals, 'Hurun Report', is a name whatever its last word)
        head = next((low[k - 1] for k in range(1, len(low)) if low[k] in _PREPOSITIONS), low[-1])
        head = head[:-2] if head.endswith("'s") else head
        if head in NEGATIVES["documents"] or head in NEGATIVES["things"]:
            return "a document or a thing"
        if head in NEGATIVES["adjectives"]:
            return "an adjective"
    elif kind == "person" and len(words) == 1 and not name.isupper() and not re.search("[a-z][A-Z]", name):
        inside = r"(?:[a-z,;:\u2019\u201d'\"]|[A-Z][\w.]*)[ \t]+" + re.escape(name) + r"\b"
        # (a live blog's surname opening two entries or more before its verb, 'Tellen suspends ...')
        entries = re.findall(r"(?:^|[.!?][\"\u201d\u2019']?\s+|\n\s*)" + re.escape(name) + r" [a-z]+(?:s|ed)\b", text)
        # (session 52: a word right before a plain verb of saying is the one who speaks, 'Dorn said C', a name the
        # text never introduced, as the judged 'Tukes said on Wednesday that C' has it)
        saying = re.search(r"(?:^|[.!?][\"\u201d\u2019']?\s+|\n\s*)" + re.escape(name) + r" (?:said|says|told|tells|added)\b", text)
        if not re.search(inside, text) and name.upper() + ":" not in text and len(entries) < 2 \
                and not saying:  # (a transcript's 'WALLACE:')
            return "a capitalised word the text never writes as a name"
    return None


_LEX = lexicon()
_NAME_WORD = r"[A-Z][\w'\u2019&-]*"
_LEFT_OF_NAME = re.compile(r"(?<![.!?\u201c\"][ \t])(?<![\w'\u2019-])(?<!^)(" + _NAME_WORD + r")[ \t]+$"
                           r"|(?<![.!?\u201c\"\u2014][ \t])(?<!^)" + _NAME_WORD + r"[ \t]+(?:of|for|and|&)[ \t]+$", re.M)
_LOWER_LEFT_OF_NAME = re.compile(r"\b(?:the|a|an)[ \t]+[a-z]+[ \t]+and[ \t]+$")
_RIGHT_OF_NAME = re.compile(r"[ \t]+(?:(?:(of|for|&|and|de|del)[ \t]+(?:the[ \t]+)?)?)(" + _NAME_WORD + ")")
_NOT_NAME_WORDS = _LEX.title_words | _LEX.honorifics | _LEX.parties | _LEX.courtesy_titles | {"the", "a", "an"} | set(
    NEGATIVES["openers"]) | set(NEGATIVES["possessives"]) | set(NEGATIVES["clause_words"]) | {
    fold(w) for w in NEGATIVES["not_names"]}
_NOUNS = _LEX.anonymous_heads | _LEX.group_heads | _LEX.institution_heads | _LEX.body_heads | _LEX.occupations | \
    _LEX.title_words | _LEX.sole_posts
_CLAUSE_WORDS = set(NEGATIVES["clause_words"])  # (but 'Do' opens a person's name: 'Director Do Quang Vinh')
_OPENERS = {fold(w) for w in NEGATIVES["place_openers"]}  # ('Santa | Rita de Valvo')
_AFTER_NAMES = _LEX.postnominals | _LEX.company_suffixes | {"Jr", "Sr", "II", "III", "IV"}  # ('Ana Costa Jr.')
_TITLES_AND_HEADS = (_LEX.title_words - {"of", "for", "the", "and", "in", "on", "at"}) | _LEX.institution_heads | {fold(w) for w in _LEX.company_words}


def _cut_name(name: str, kind: str, text: str) -> bool:
    """Whether the text writes `name` only as a piece of a longer name: a body's name cut at its 'and' or
    before its last words ('Ministry of Ports' of 'Ministry of Ports and Water', 'Natural Resources' of
    'Natural Resources Scotland', 'rivers ministry' of 'the lakes and rivers ministry'), a place cut inside its
    name ('Rita de Valvo' of 'Santa Rita de Valvo'), a person's name cut after a title ('Quang Vinh' of
    'Director of Song Lam Cement Do Quang Vinh'). A title, a party, a sentence's first word or a constituency after
    'of' or 'for' before a person's name is no part of it ('MP for Kelby Ana Costa'), nor a legal form or a
    title or a generation after it ('Kelby Power Ltd', 'Ana Costa MP', 'Ana Costa Jr.'), nor a body after a person's 'of' ('Ana Costa of the
    Kelby Trust'); two names joined by 'and' stay two, unless the one kept is a body's 'X of Y' ('Ana Costa and
    Ben Lind' are two; 'Ministry of Ports and Water' is one). A medium's name is left alone ('RNZ Pacific')."""
    lower = not name[:1].isupper()
    if kind == "media":
        return False
    found = list(re.finditer(r"(?<![\w'\u2019&/-])" + re.escape(name) + r"(?![\w&/-]|['\u2019]\w)", text,
                             re.I if lower else 0))
    return bool(found) and all(_inside_longer(name, kind, text, m.start(), m.end(), lower) and not (
        _whole_in_headline(name, text, m.start(), m.end())) for m in found)


def _whole_in_headline(name: str, text: str, s: int, e: int) -> bool:
    """Whether a name in a title-case headline is whole though capitalised words touch it: its last word is
    one the prose writes as a name's and the words touching it are not ('Ana Costa | Takes On ...'; never
    'Ana Costa Just', nor 'Ana | Costa' when the prose writes 'said Costa')."""
    if not _in_title_case_line(text, s):
        return False
    before = re.search(r"(?:^|[ \t])([A-Z][\w'\u2019-]*)[ \t]+$", text[max(0, s - 40):s])
    after = re.match(r"[ \t]+([A-Z][\w'\u2019-]*)", text[e:e + 40])
    return _named_in_prose(name.split()[-1], text) and not any(
        m and _named_in_prose(m.group(1), text) for m in (before, after))


def _line_at(text: str, at: int) -> str:
    return text[text.rfind("\n", 0, at) + 1:text.find("\n", at) % (len(text) + 1)]


def _in_title_case_line(text: str, at: int) -> bool:
    """Whether the line at `at` is a headline in title case ('Ana Costa Takes On The Harbour Board'), where
    a capitalised word after a name is no sign that the name runs on (an all-capitals line is no such headline)."""
    line = _line_at(text, at)
    words = re.findall(r"[A-Za-z][\w'\u2019-]{3,}", line)
    return len(words) >= 4 and not line.isupper() and sum(w[0].isupper() for w in words) >= 0.75 * len(words)


def _named_in_prose(word: str, text: str) -> bool:
    """Whether the text writes `word` capitalised inside a sentence outside its title-case lines ('... said
    Costa'), as a name's word is and a headline's 'Just' or 'Takes' is not."""
    return any(not _in_title_case_line(text, m.start()) for m in re.finditer(
        r"(?:[a-z,;:]|[A-Z][\w.]*)[ \t]+" + re.escape(word) + r"\b", text))


def _inside_longer(name: str, kind: str, text: str, s: int, e: int, lower: bool) -> bool:
    if lower:
        return bool(_LOWER_LEFT_OF_NAME.search(text, max(0, s - 80), s))
    left = _LEFT_OF_NAME.search(text, max(0, s - 80), s)
    if left and not left.group(1) and kind != "person":
        return True  # (a person's 'and' joins two people: 'Ana Costa and Ben Lind')
    if left and left.group(1) and fold(left.group(1)) not in (_NOT_NAME_WORDS | _NOUNS) - (_CLAUSE_WORDS if kind == "person" else set()) \
            and not re.search(r"-[a-z]|['\u2019]s?$", left.group(1)):
        before = re.search(r"(\w+)[ \t]+$", text[max(0, left.start() - 30):left.start()])
        if kind != "person" or before and fold(before.group(1)) in _TITLES_AND_HEADS or fold(left.group(1)) in _OPENERS:
            return True  # (a person's name cut after a title or a body's name: 'Minister Do | Quang Vinh')
    right = _RIGHT_OF_NAME.match(text, e)
    right = _RIGHT_OF_NAME.match(text, e)
    if not right or right.group(2).rstrip(".") in _AFTER_NAMES or not name.split()[-1][:1].isupper():
        return False
    return not right.group(1) or kind != "person" and (right.group(1) != "and" or bool(re.search(r"\b(?:of|for)\b", name)))


_ADJECTIVE_ENDS = ("al", "ic", "ive", "ous", "ful")


def _adjective_at_end(name: str, words: list[str], low: list[str], text: str) -> bool:
    """Whether a description ends in an adjective the text writes before a noun, cut before its noun ("Vostria's
    coastal" of "Vostria's coastal watchdog said"); a noun of that shape ends a description ('the
    official at the hospital said')."""
    if not (len(words) > 1 and words[-1][:1].islower() and low[-1].endswith(_ADJECTIVE_ENDS)) or low[-1] in _NOUNS:
        return False
    found = list(re.finditer(re.escape(name) + r"\b", text))
    return bool(found) and all(re.match(r"[ \t]+[a-z]", text[m.end():m.end() + 3]) for m in found)


def _junk_speakers(articles) -> list[str]:
    found = []
    for name, text, outlet in articles:
        cs = extract_claimset(text, slug="t", outlet=outlet)
        used = {c["speaker"] for c in cs["claims"]}
        for sp in cs["speakers"]:
            if sp["id"] in used:
                why = junk(sp["name"], sp["anonymous"], sp["kind"], text)
                if why:
                    found.append(f"{name}: {sp['name']!r} ({why})")
    return found


@pytest.mark.parametrize("name, anonymous, kind, why", [
    ("new", True, "person", "an adjective"),
    ("new report", True, "media", "a document or a thing"),
    ("74 percent of likely voters", True, "person", "a figure"),
    ("footage of the rally", True, "person", "a document or a thing"),
    ("his aides haven't", True, "group", "a clause"),
    ("Once", False, "person", "a word that names nobody"),
    ("Shaken", False, "person", "a capitalised word the text never writes as a name"),
    ("two officials", True, "group", None),
    ("people familiar with the matter", True, "group", None),
    ("Ana Costa", False, "person", None),
    ("and", True, "person", "a function word"),
    ("in Asia", False, "institution", "a function word"),
    ("Together", True, "person", "a function word"),
    ("his", True, "person", "a function word"),
    ("Warren said Bank", False, "institution", "a clause"),
    ("leaders made little secret of it and were", True, "group", "a clause"),
    ("Edward Said", False, "person", None),
    ("his aides", True, "group", None),
    ("At least one Democrat", True, "person", None),
    ("released a statement", True, "person", "a clause"),
    ("Ana Lind tweaked her campaign", False, "person", "a clause"),
    ("fired staffer", True, "person", None),
    ("officials involved in the talks", True, "group", None),
    ("Hurun Report", False, "media", None),
    ("Inside Housing", False, "media", None),
    ("Inside sources", True, "group", "a function word"),
    ("report", False, "media", "a document or a thing"),
    ("An", True, "person", "an article, an adverb or a participle"),
    ("withering", True, "person", "an article, an adverb or a participle"),
    ("egregiously", True, "person", "an article, an adverb or a participle"),
    ("family", True, "group", None),
    ("Thursday", False, "person", "a date"),
    ("Last November", False, "person", "a date"),
    ("Ana Lind Saturday", False, "person", "a date"),
    ("Harlow Institute poll released Friday", True, "person", "a date"),
    ("council tonight", True, "group", "a date"),
    ("Sunday's draft accord between Norland and the union", True, "person", "a date"),
    ("October Harlow Institute poll", False, "institution", None),
    ("March summit where the minister", True, "person", "a date"),
    ("Tuesday's poll", False, "institution", None),
    ("April Lind", False, "person", None),
    ("Tin Aung May", False, "person", None),
    ("Pacific Today", False, "media", None),
    ("Sunday Courier", False, "media", None),
    ("Verano voters elected Ana Lind to a second term", True, "person", "a clause"),
    ("summit in Oslo where Ana Lind", True, "person", "a clause"),
    ("officials involved in the talks with Norland", True, "group", None),
    ("His office put out a statement", False, "institution", "a clause"),
    ("the union sent a letter", True, "group", "a clause"),
    ("envoys sent to the talks", True, "group", None),
    ("the man who lost the race", True, "person", None),
])
def test_the_plausibility_check_itself(name, anonymous, kind, why):
    assert junk(name, anonymous, kind, "Shaken, he left. Later Ana Costa spoke.") == why


_CUT_TEXT = ("Lars Berg Jr. and Tom Vane III spoke. Kelp Marine asked the Ministry of Ports and Water to pay. Natural Resources Norland tested the loch. "
             "Residents of Santa Rita de Valvo said so. A spokesperson for the lakes and rivers ministry spoke. "
             "Director of the Song Lam Cement Company Do Quang Vinh spoke. Vostria's coastal watchdog warned the trawlers. "
             "MP for Kelby Ana Costa spoke, and Minister Ben Lind and Ana Costa agreed. Ines Berg of the Kelby Trust "
             "spoke. The Kelby Water Board and the union met. Marlow Freight Ltd spoke. Ana Costa MP spoke.")


@pytest.mark.parametrize("name, anonymous, kind, why", [
    # a name the text writes only inside a longer one is cut short
    ("Ministry of Ports", False, "institution", "a name cut short"),
    ("Natural Resources", False, "institution", "a name cut short"),
    ("Rita de Valvo", False, "person", "a name cut short"),
    ("rivers ministry", False, "institution", "a name cut short"),
    ("Quang Vinh", False, "person", "a name cut short"),
    ("Vostria's coastal", False, "person", "a description cut before its noun"),
    # whole names, a title or a constituency before one, a body after a person's 'of', a legal form or a
    # title after one, and two names joined by 'and', are no cut
    ("Ministry of Ports and Water", False, "institution", None),
    ("Do Quang Vinh", False, "person", None),
    ("Ana Costa", False, "person", None),
    ("Ben Lind", False, "person", None),
    ("Ines Berg", False, "person", None),
    ("Kelby Water Board", False, "institution", None),
    ("Marlow Freight", False, "institution", None),
    ("Lars Berg", False, "person", None),
    ("Tom Vane", False, "person", None),
    ("Vostria's coastal watchdog", False, "institution", None),
    ("lakes and rivers ministry", False, "institution", None),
])
def test_the_check_for_a_cut_name(name, anonymous, kind, why):
    assert junk(name, anonymous, kind, _CUT_TEXT) == why


_HEADLINE_TEXT = ("Ines Berg Takes On The Kelby Harbour Board Over Dredging.\n\nLila Varo Just Answered The Board\n\n"
                  "The board's plan drew fire on Monday, when the mayor, Berg, called it rushed. Varo agreed.")


@pytest.mark.parametrize("name, why", [
    # a name in a title-case headline runs on into the headline's next word, which names nobody
    ("Ines Berg", None),
    # unless the name's last word is one the prose never writes as a name's (a headline's adverb read into the
    # name), or the word touching it is one the prose does ('Lila' of 'Lila Varo')
    ("Lila Varo Just", "a name cut short"),
    ("Varo Just", "a name cut short"),
    # or a body's name whose last word the prose never writes ('Harbour' of 'Kelby Harbour Board')
    ("Kelby Harbour", "a name cut short"),
])
def test_the_check_for_a_cut_name_in_a_headline(name, why):
    assert junk(name, False, "person" if name != "Kelby Harbour" else "institution", _HEADLINE_TEXT) == why


# Junk a held-out batch showed on its first run, before anyone tuned on it (the batch's own test holds it among
# its known junk speakers): the list may only shrink. Anything else is a failure.
HELDOUT_FIRST_RUN = {
    # batch 12 (news-heldout-11): a message of unknown authorship, whose author the piece names later
    "africacheck-kaolack-syrup-factcheck.txt: 'voice note' (a document or a thing)",
    # batch 13 (news-heldout-12): right speakers the check misreads, an analysis giving two people by surname
    # alone at the start of a sentence (their full names are in the batch's other articles, not in this one)
    "eurasianet-kelbashy-mudflow-analysis.txt: 'Mamyrov' (a capitalised word the text never writes as a name)",
    "eurasianet-kelbashy-mudflow-analysis.txt: 'Sadykova' (a capitalised word the text never writes as a name)",
    # batch 14 (news-heldout-13): right speakers the check misreads, a pupil who gives her first name only, and a
    # message of unknown authorship whose author the fact check names later
    "15min-maths-exam-rescore.txt: 'Gabija' (a capitalised word the text never writes as a name)",
    "aosfatos-tellespires-spraying-factcheck.txt: 'audio message' (a document or a thing)",
    # batch 15 (news-heldout-14): junk its first run produced (on the session-start code, before it landed),
    # a letter to the editor whose first-person plural is read as the source
    "mwananchi-ruvuma-cashew-letter.txt: 'many of us' (an adjective)",
    # batch 16 (news-heldout-15): a right speaker the check misreads, the publisher itself (its name begins with a
    # common noun) speaking for its own sentences
    "notesfrompoland-elk-signalling.txt: 'Notes from Poland' (a document or a thing)",
    # batch 17 (news-heldout-16): junk its first run produced (on the session-start code, before it landed), a
    # business paper's 'the filing said', a document the check reads as a participle
    "nikkei-kurose-labels.txt: 'filing' (an article, an adverb or a participle)",
    # batch 19 (news-heldout-18): junk its first run produced (on the session-start code, before it landed), a
    # business paper's 'the filing showed', a document the check reads as a participle
    "businessworld-bulacan-rice.txt: 'filing' (an article, an adverb or a participle)",
    # batch 20 (news-heldout-19): a right speaker the check misreads, a nurse described by where she works
    "afp-cikembang-meals.txt: 'nurse at the hospital' (a description cut before its noun)",
    # batch 22 (news-heldout-21): the share of a readers' poll that 'said' ("In a ... poll of 2,140 readers, 71 per
    # cent said"), which the batch's judgement accepts beside the poll and the check reads as a figure
    "graphiconline-akroma-tolls.txt: '71 per cent' (a figure)",
    # batch 24 (news-heldout-23): junk its first run produced (on the session-start code, before it landed), a
    # regulator's name cut to its middle words on a correction's second sentence
    "channels-zenbridge-pumps.txt: 'Downstream Petroleum' (a name cut short)",
    # batch 25 (news-heldout-24): junk its first run produced (on the session-start code, before it landed), a
    # ministry's name cut to its last words for an anonymous official of it ("An official at the Ministry of
    # Agriculture, Fisheries and Water Resources, who spoke on condition of anonymity ..., said"); and the share of a
    # readers' poll that 'said', which the batch's judgement accepts beside the poll and the check reads as a figure
    "muscatdaily-hayl-falaj.txt: 'Water Resources' (a name cut short)",
    "muscatdaily-hayl-falaj.txt: '81 per cent of 2,300 respondents' (a figure)",
    # batch 26 (news-heldout-25): junk its first run produced (on the session-start code, before it landed): a state
    # minister's name stored with its honorific ("State Minister for General Education Dr. NAME said"), a
    # Costa Rican name cut before its second surname ("Mother of four NAME" read as the speaker "Mother" is gone
    # since names47: the kinship descriptor and its count are her role)
    "ena-abasena-textbooks.txt: 'Dr. Selamawit Asfaw' (a name cut short)",
    "nacion-coralillo-recycling.txt: 'Esteban Villalobos' (a name cut short)",
    # batch 27 (news-heldout-26): junk its first run produced (on the session-start code, before it landed): a
    # ministry's name cut before "and Sustainable Development", and a company's one-word name ("Mežvilks, the
    # company that felled the stand, said") stored as a person's, which the batch's judgement accepts as its speaker
    "midi-antsiravony-rosewood.txt: 'Ministry of Environment' (a name cut short)",
    "leta-ozolkalns-forest.txt: 'Mežvilks' (a capitalised word the text never writes as a name)",
    # batch 28 (news-heldout-27): junk its first run produced (on the session-start code, before it landed): a
    # Bolivian manager's name stored without her second surname on her later sentences ("the entity's general
    # manager, Ximena Rojas Villca, reported", then "Rojas said"), which the batch's judgement accepts as her name
    "abi-chullpamarca-pensions.txt: 'Ximena Rojas' (a name cut short)",
    # names cut short, found once the check read them (every one in its batch's list of junk on the first run):
    # names cut short, found once the check read them: a body's name cut at its 'and' or before its last words, and a
    # firm's at its '&' (an agency's and an outlet's cut names, the road company's of batch 20 and 'own figures' of an
    # analysis no longer show: gone by the start of session 47, taken off this list then)
    "herald-mackerel-quota-analysis.txt: 'Scottish Inshore' (a name cut short)",
    "bnamericas-quilapa-brine-analysis.txt: 'Echenique Vial' (a name cut short)",
    "senedd-moelwyn-tip-record.txt: 'Natural Resources' (a name cut short)",
}


def test_no_junk_speaker_in_the_seed_and_fixtures():
    assert [j for j in _junk_speakers(_articles()) if j not in HELDOUT_FIRST_RUN] == []


@pytest.mark.slow
@pytest.mark.skipif(not _dev_split().exists(), reason="PolNeAR dev split not found: set POLNEAR_DEV to its dev.jsonl")
def test_no_junk_speaker_on_the_polnear_dev_split():
    assert _junk_speakers(_dev_articles()) == []


def test_a_surname_opening_live_blog_entries_is_written_as_a_name():
    text = "Tellen suspends the hearing.\n\nTellen reads a letter.\n\nShaken, he left."
    assert (junk("Tellen", False, "person", text), junk("Shaken", False, "person", text)) == (
        None, "a capitalised word the text never writes as a name")


def _speaker_names(text: str) -> list[str | None]:
    cs = extract_claimset(text, slug="t")
    names = {sp["id"]: sp["name"] for sp in cs["speakers"]}
    return [names.get(c["speaker"]) for c in cs["claims"] if c["cue"]]


@pytest.mark.parametrize("text, speakers", [
    # a month or a day before a record is its date, never who issued it
    ("In Oregon, an August poll found Brandt trailing by nine points.", [None]),
    ("Brandt slipped to 39 percent in Tuesday's poll. The poll showed that Costa leads among older voters.",
     [None, None]),
    ("In a September Harlow Institute poll, 75 percent of voters said leaders cannot be trusted.", ["Harlow Institute"]),
    ("According to August's Harlow Institute polling, most voters back Costa.", ["Harlow Institute"]),
    # a day after the words is no part of the name; a date alone names nobody
    ("The party today agrees only on its dislike of the mayor.", ["party"]),
    ("Last October, Mayor Ana Costa switched sides and decided to keep the library open.", [None]),
    # a mention that runs on into a clause names its subject
    ("The Harlow campaign sent out a newsletter Thursday saying that the tally puts Harlow and Brandt neck and"
     " neck.", ["Harlow campaign"]),
])
def test_a_date_or_a_clause_is_never_a_speaker(text, speakers):
    assert _speaker_names(text) == speakers


def test_a_date_around_a_name_is_no_part_of_it():
    from provenance.extract.speakers import analyse, record_named
    assert [analyse(m).speaker.name for m in ("Ana Costa Wednesday", "the council tonight", "April Lind")] == [
        "Ana Costa", "council", "April Lind"]
    assert record_named("Friday's Harlow Institute poll") == ("Harlow Institute", "Friday's Harlow Institute poll")


def test_a_full_name_the_text_gives_after_a_day_is_no_full_name():
    from provenance.extract.speakers import Registry
    assert Registry().resolve("the Harlow poll", {"harlow": "Wednesday's Harlow"}).name == "Harlow"


@pytest.mark.parametrize("name", ["Verano voters elected Ana Lind to a second term", "forum where Director Tom Reyes",
                                  "the union sent out a letter",
                                  "Monday", "Last October"])
def test_a_clause_or_a_date_is_no_source(name):
    from provenance.extract.speakers import Speaker, not_a_source
    assert not_a_source(Speaker(name, "person", True))
