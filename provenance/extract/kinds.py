"""The kind of a statement: fact, position, opinion or prediction, from its cue and its modality."""

from __future__ import annotations

import re
from functools import lru_cache

from provenance.datafiles import load_data
from provenance.extract.lexicon import fold, lexicon, trie_pattern

_HINT_KIND = {"prediction": "prediction", "opinion": "opinion", "position": "position"}
_OPINION_ROLE_RE = re.compile("analyst|expert|observer|commentator|columnist|critic|pundit|scholar", re.IGNORECASE)
# 'we will find the money', "I'm not going to blame them": a speaker's own future is a commitment
_FIRST_PERSON_FUTURE = re.compile(
    r"\b(?:I|[Ww]e)(?:\s+(?:will|shall|won['’]t|am going to|are going to|am not going to|are not going to|"
    r"will not|intend to|plan to)\b|['’](?:ll|m going to|m not going to|re going to|re not going to)\b)(?!\s+be\b)")
_FIRST_PERSON = frozenset(["i", "we", "i'll", "we'll", "i'm", "we're"])
_CONDITION = re.compile(r"\b(?:[Ii]f|[Uu]nless)\b")
# a modality word counts only as a whole word: letters, digits and apostrophes run together
# written to open with a character class (a word character or apostrophe, then the rest of the run),
# so the engine skips to the next candidate: what "[\w'’]+" finds
_RUN_RE = re.compile(r"[\w'’][\w'’]*+")


class _Modality:
    """The words of one kind: single words are looked up in the content's word set; phrases are
    searched with one regex, and only when their first word occurs."""

    def __init__(self, phrases: list[str]) -> None:
        folded = [" ".join(p.lower().replace("’", "'").split()) for p in phrases if p.strip()]
        self.words = frozenset(p for p in folded if " " not in p)
        multi = [p for p in folded if " " in p]
        # a phrase can only occur when its longest word does: a rarer word than its first ('is')
        self.firsts = frozenset(max(p.split(), key=len) for p in multi)
        self.phrases = re.compile(r"(?<![\w'’])(?:" + trie_pattern(multi) + r")(?![\w'’])", re.IGNORECASE)

    def found(self, words: set[str], content: str) -> bool:
        if not words.isdisjoint(self.words):
            return True
        return not words.isdisjoint(self.firsts) and self.phrases.search(content) is not None


def _commitment(content: str) -> bool:
    """A speaker's own unconditional future: 'we will find the money', not 'if we wait, we will be ...'."""
    m = _FIRST_PERSON_FUTURE.search(content)
    return m is not None and _CONDITION.search(content, 0, m.start()) is None


@lru_cache(maxsize=1)
def _modalities() -> dict[str, _Modality]:
    return {kind: _Modality(list(words)) for kind, words in load_data("cues.json").get("modality", {}).items() if words}


_NONE = _Modality([])


# 'the council will ask residents ...': a future with its subject (group 1) and verb (2, or 3 after 'be')
_FUTURE = re.compile(r"\b(?:will|would|shall|won['’]t|wouldn['’]t)\s+(?:(?:not|also|still|rather|never|soon|"
                     r"now|then|first|only|no\s+longer)\s+)*[\"“‘]?(\w+)(?:\s+(\w+))?", re.IGNORECASE)
_DEFINITE_FUTURE = re.compile(r"\b(?:will|won['’]t|shall)\b|['’]ll\b", re.IGNORECASE)
_CAPITAL_WORD = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]+")


def _own_plan(content: str, affiliation: str | None) -> bool:
    """Does content announce what the speaker's side will do ('the council will ask residents',
    'the agreement would be submitted to parliament'), rather than foresee how things turn out
    ('the move will cost 4 million', 'the army will be forced to withdraw')?"""
    m = _FUTURE.search(content)
    if m is None or _CONDITION.search(content, 0, m.start()):
        return False
    verb = m.group(1).lower()
    if verb == "be" and m.group(2):
        verb = m.group(2).lower()
        if not (verb.endswith("ed") or verb in _outcome_verbs()["participles"]):
            return False  # 'will be rebuilding', 'would be difficult': no act of the speaker's side
    if verb in _outcome_verbs()["verbs"]:
        return False
    subject = content[:m.start()]
    lex = lexicon()
    for word in re.findall(r"[A-Za-z][\w'’-]*", subject):
        key = fold(word)
        if key in lex.country_index and lex.country_index[key] != affiliation:
            return False  # another state's doing is foreseen, not announced
    # a proper name after the first word names a party other than the speaker's institution
    return not any(w.start() > 0 for w in _CAPITAL_WORD.finditer(subject.strip()))


@lru_cache(maxsize=1)
def _outcome_verbs() -> dict[str, frozenset[str]]:
    data = load_data("cues.json").get("outcome_verbs", {})
    return {"verbs": frozenset(w.lower() for w in data.get("verbs", [])),
            "participles": frozenset(w.lower() for w in data.get("participles", []))}


@lru_cache(maxsize=1024)
def _commentator(role: str | None, name: str | None) -> bool:
    """Is the speaker an analyst, expert, observer ... by role or description?"""
    return bool((role and _OPINION_ROLE_RE.search(role)) or (name and _OPINION_ROLE_RE.search(name)))


def classify(content: str, *, hint: str | None = None, role: str | None = None, speaker_name: str | None = None,
             official: bool = False, affiliation: str | None = None) -> str:
    """fact, position, opinion or prediction: the cue's hint first (a commitment is a position, a
    warning a prediction), then stance words, future modality and evaluative words in the content.
    `official`: the speaker speaks for a party (an office, a ministry, its spokesperson), whose
    announced plans are positions.

    >>> classify("the army will be forced to withdraw")
    'prediction'
    >>> classify("the council will ask residents for their views", official=True)
    'position'
    """
    if hint == "commitment":
        return "position"  # a promise is a stance whatever its tense: 'vowed it would retaliate'
    modalities = _modalities()
    words = set(_RUN_RE.findall(content.lower().replace("’", "'")))
    prediction = modalities.get("prediction", _NONE).found(words, content)
    if hint in _HINT_KIND and hint != "opinion":
        if hint == "prediction" or not prediction:
            return _HINT_KIND[hint]
    position = modalities.get("position", _NONE).found(words, content) or (
        not words.isdisjoint(_FIRST_PERSON) and _commitment(content))
    if position:
        # a stated stance about the future is a position: 'firm in its position that X will remain'
        return "position"
    commentator = (role is not None or speaker_name is not None) and _commentator(role, speaker_name)
    if prediction:
        if official and not commentator and _own_plan(content, affiliation):
            return "position"
        if commentator and not _DEFINITE_FUTURE.search(content):
            return "opinion"  # an analyst's 'would bring losses' is a judgement, 'will not hesitate' a forecast
        return "prediction"
    if hint == "opinion" or commentator:
        return "opinion"
    if modalities.get("opinion", _NONE).found(words, content):
        return "opinion"
    return "fact"
