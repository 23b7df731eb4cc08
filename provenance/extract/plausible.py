"""Is a description a plausible source? A gate learned from data.

A source written in common words ends its description on a head noun a source can be ('two
officials', 'a spokesman for the mayor', 'the campaign'); `data/source_heads.json` holds those heads,
counted from a corpus's gold sources and joined with titles.json's speaker words and given_names.json's
gendered role words (`python -m provenance.source_heads`). A lower-case description whose head is in no
row ('the wider puzzle', 'a small drone'), a relative pronoun alone ('which'), or a description running on past its
head into a clause ('the regulator in its annual report', 'runs the pumping station') names no one.
"""

from __future__ import annotations

import re
from functools import lru_cache

from provenance.datafiles import load_data
from provenance.extract.lexicon import fold

# words after which a description goes on past its head ('officials of the ministry', 'a man who saw it')
HEAD_ENDS = frozenset("of for from at in on with to by among between about over under into across within behind who whom "
                      "whose that "
                      "which close familiar near , ( --".split())
_WORD = re.compile(r"[A-Za-z\u00c0-\u024f][\w'\u2019.-]*|[,(]|--")
_OWNERS = frozenset(["its", "his", "her", "their"])
_OBJECTS = frozenset(["the", "a", "an"]) | _OWNERS


def description_head(source: str) -> str | None:
    """The head noun of a source written in common words, or None for a proper name (only the first
    word may be capitalised, and not when it stands alone) or a figure.

    >>> description_head("Senior officials at the ministry")
    'officials'
    >>> description_head("the campaign's spokesman")
    'spokesman'
    >>> description_head("Ana Costa") is None
    True
    """
    words = _WORD.findall(source)
    if not words or any(w[:1].isupper() for w in words[1:]) or (len(words) == 1 and words[0][:1].isupper()):
        return None
    cut = next((k for k, w in enumerate(words) if k and fold(w) in HEAD_ENDS), len(words))
    head = fold(words[cut - 1]).strip(".'\u2019")
    head = head[:-2] if head.endswith(("'s", "\u2019s")) else head
    return head if head.isalpha() else None


@lru_cache(maxsize=1)
def source_heads() -> frozenset[str]:
    """The heads of data/source_heads.json."""
    return frozenset(load_data("source_heads.json")["heads"])


@lru_cache(maxsize=1)
def _not_heads() -> frozenset[str]:
    """Words the corpus writes as nouns often and seldom as a source's head, from data/source_heads.json."""
    return frozenset(load_data("source_heads.json")["not_heads"])


@lru_cache(maxsize=1)
def _person_endings() -> tuple[str, ...]:
    """Endings of words for people ('-ers', '-ist', '-mate'), from data/source_heads.json."""
    return tuple(load_data("source_heads.json")["person_endings"])


@lru_cache(maxsize=1)
def _pasts() -> frozenset[str]:
    return frozenset(fold(w) for w in load_data("speaker_negatives.json")["past_tenses"])


@lru_cache(maxsize=1)
def _relatives() -> frozenset[str]:
    return frozenset(fold(w) for w in load_data("grammar.json")["relative_openers"])


@lru_cache(maxsize=1)
def _contracted() -> frozenset[str]:
    """grammar.json's words whose 's is a contraction ('that's', 'here's'), never a possessive."""
    return frozenset(fold(w) for w in load_data("grammar.json")["not_possessive"])


@lru_cache(maxsize=1)
def _contraction_endings() -> frozenset[str]:
    """grammar.json's endings of a pronoun's contraction ('you've', "I'm", "they're"): a clause, never a name."""
    return frozenset(load_data("grammar.json")["contraction_endings"])


@lru_cache(maxsize=1)
def _courtesy_titles() -> frozenset[str]:
    """titles.json's courtesy titles ('Mr', 'Ms', 'Dr'), folded."""
    return frozenset(fold(w) for w in load_data("titles.json")["courtesy_titles"])


def _titled_clause(words: list[str], low: list[str]) -> bool:
    """Do a courtesy title and a name run on into a lower-case word that no name or description goes on
    with ('Mr. Hesk roused the crowd', 'Ms. Hesk avoids'; not "Mr. Hesk's aides", 'Mr. Hesk and his team')?"""
    k = next((k for k, w in enumerate(words) if k and not w[:1].isupper()), len(words))
    return 2 <= k < len(words) and low[0].rstrip(".") in _courtesy_titles() and words[k][:1].isalpha() \
        and not any(w.endswith(("'s", "\u2019s", "s'", "s\u2019")) for w in words[1:k]) \
        and low[k] not in HEAD_ENDS and low[k] not in ("and", "&", "or")


@lru_cache(maxsize=1)
def _pronouns() -> frozenset[str]:
    """grammar.json's personal pronouns, whose contractions ("she'd", "we're") are a clause; no name's
    first word before its apostrophe ("Sa'd Ibrahim")."""
    return frozenset(fold(w) for w in load_data("grammar.json")["pronouns"])


def clause_shape(name: str) -> bool:
    """Is name, a speaker's, a piece of a clause by its shape, whatever its capitals: a contraction ("That's",
    "You've", "I'm Optimistic"), a relative pronoun and what follows it ('who he', 'whose populist campaign'),
    a courtesy title and a name running on into a verb ('Mr. Hesk roused the crowd'),
    a lower-case participle or gerund alone or before its object ('spending', 'referencing a report',
    'culminating in Hesk'), or words ending on an irregular past tense ('mr Hesk began')?

    >>> [clause_shape(n) for n in ("That's", "who he", "referencing a new poll", "mr Hesk began", "Mr. Hesk avoids it")]
    [True, True, True, True, True]
    >>> [clause_shape(n) for n in ("acting director", "striking workers", "Ana Costa", "the accused", "who", "Kim Won",
    ...                            "Sa'd Ibrahim")]
    [False, False, False, False, False, False, False]
    """
    low = [fold(w) for w in name.split()]
    if not low:
        return False
    base, mark, tail = low[0].replace("\u2019", "'").partition("'")
    if mark and (tail in _contraction_endings() and base in _pronouns() or tail == "s" and base in _contracted()):
        return True
    if len(low) > 1 and low[0] in _relatives() and name[:1].islower() or _titled_clause(name.split(), low):
        return True  # ('who he'; 'Mr. Hesk roused the crowd')
    if len(low) > 1 and low[-1] in _pasts() and not low[-1].endswith("ed") and low[-2] not in _OBJECTS \
            and not all(w[:1].isupper() for w in name.split()):
        return True  # ('the meeting began': a clause; not 'the led' nor 'the accused', nor a name of capitalised words: 'Kim Won')
    first = low[0]
    return name[:1].islower() and first.endswith("ing") and len(first) > 5 and first.isalpha() \
        and not _known(first, source_heads()) and (len(low) == 1 or low[1] in _OBJECTS | HEAD_ENDS)


def implausible(name: str, *documents: frozenset[str]) -> bool:
    """Is name, a speaker's, no source by the gate: a lower-case description whose head no source has
    or whose head the corpus writes often and seldom of a source ('the matter'), a relative pronoun
    alone, or a phrase running on into a clause (a verb before its object, 'in its report' after the head; `documents` are the nouns of records and media, which their own rules judge)?

    >>> implausible("the small drone"), implausible("two officials"), implausible("which"), implausible("Ana Costa")
    (True, False, True, False)
    >>> implausible("matter"), implausible("drone"), implausible("a decision by the board"), implausible("the board's decision")
    (True, False, False, False)
    >>> implausible("runs the plant in Orla"), implausible("the regulator in its annual report", frozenset(["report"]))
    (True, True)
    """
    low = [fold(w) for w in name.split()]
    if not low:
        return False
    heads = source_heads()
    if len(low) == 1 and low[0] in _relatives() or clause_shape(name):
        return True  # ('which'; "That's", 'who he', 'referencing a poll', 'the meeting began': a clause)
    if len(low) > 2 and low[1] in _OBJECTS and low[0] not in heads and low[0].endswith("s") and name[:1].islower():
        return True  # a verb and its object: 'runs the pumping station'
    cut = next((k for k, w in enumerate(low) if k and w in HEAD_ENDS), len(low))
    if low[cut:cut + 2] and low[cut] == "in" and cut + 2 < len(low) and low[cut + 1] in _OWNERS \
            and any(low[-1] in words for words in documents):
        return True  # 'the regulator in its annual report'
    if name != name.lower() or any(c.isdigit() for c in name) or any(words.intersection(low) for words in documents):
        return False  # a name, a figure, or a record (the rules of records decide): no plain description
    head = description_head(name)
    if head is not None and head in _not_heads() and cut == len(low) and not any(w.endswith(("'s", "\u2019s")) for w in low):
        return True  # ('the matter', 'the decision': written often, seldom of a source; not "the board's decision")
    if head is None or len(low) < 2 or _known(head, heads) or head.endswith(_person_endings()):
        return False  # (one word: 'warden', a person's word the table may lack; 'teammate', 'injured skiers')
    cut = min(cut, len(low)) - 1
    # ('envoys sent to the talks'; 'a docker employed by the port': whom a body employs is a person, whatever the noun)
    return not (cut > 0 and _participle(head) and (_known(low[cut - 1], heads) or head in _employment_participles()
                                                   and low[cut - 1].endswith(_person_endings())))


@lru_cache(maxsize=1)
def _employment_participles() -> frozenset[str]:
    return frozenset(fold(w) for w in load_data("grammar.json")["employment_participles"])


def source_head(head: str) -> bool:
    """Is this word, a description's head noun, one a source has in the table (its singular or plural: 'pilots',
    'residents'), and not one the corpus writes often and seldom of a source?"""
    return _known(head, source_heads()) and head not in _not_heads()


def _participle(word: str) -> bool:
    return word.endswith(("ed", "en")) or word in _pasts()


def _known(head: str, heads: frozenset[str]) -> bool:
    """Is head, or its singular or plural, a head of the table?"""
    return head in heads or head.rstrip("s") in heads or head + "s" in heads or head[:-3] + "y" in heads \
        or head.endswith("y") and head[:-1] + "ies" in heads
