"""Corroboration across claims: which claims say the same thing, whether their sources are
independent, and which statements deny or decline to confirm others.

Pure functions over `ClaimRecord`s, no database: `provenance.rules` builds the records from a
claim set and `provenance.links` from the database, and stores what comes out.

How claims are compared. Whether two claims say the same thing is the matcher's call
(`provenance.matching.Matcher`: a score learned on human-labelled news sentence pairs, and a
conflict signal when one negates what the other states or their numbers or dates differ). This
module finds the candidate pairs it judges, without an all-pairs scan (blocking). Each claim text
becomes a bag of canonical tokens: country names, aliases, demonyms and capitals fold to one name
("Oslo", "Norwegian" -> norway), the rest is lower-cased and lightly stemmed. Entities weigh 3,
other proper nouns 2, words 1, so that claims about the same parties meet; the weights steer only
which pairs are compared, never the score. Candidates are the pairs whose weighted Dice overlap
(rapidfuzz's Indel similarity of their sorted token strings) reaches `BLOCKING_THRESHOLD`, found by
prefix filtering on an inverted index of each claim's rarest tokens: every pair that reaches the
threshold shares one of them.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, TypeVar

from rapidfuzz import process
from rapidfuzz.distance import Indel

from provenance.datafiles import load_data
from provenance.extract.lexicon import lexicon as extraction_lexicon
from provenance.extract.lexicon import withdrawal_time
from provenance.extract.speakers import record_named
from provenance.folding import fold
from provenance.matching import (
    NEGATION_SCOPE,
    STOPWORDS,
    Match,
    content_words,
    figures_differ,
    matcher,
    measures_of,
    normalise,
    number_keys,
    numbers_about_one_thing,
    other_days,
    prepare,
    same_measure,
    stem,
)
from provenance.opposites import exception, exception_keys, opposite, opposite_keys
from provenance.tuning import BLOCKING_THRESHOLD as THRESHOLD
from provenance.tuning import (
    CLAIMS_PER_DENIED_WORD,
    CLAIMS_PER_MAX_DF,
    CORROBORATION_THRESHOLD,
    COUNTER_REACH,
    DENIAL_CONTAINMENT,
    DENIAL_MIN_WORDS,
    DENIED_WORD_MIN_HOLDERS,
    ENTITY_WEIGHT,
    HUB_KINDS,
    MIN_KEYS,
    MIN_MAX_DF,
    NAME_WEIGHT,
    NUMBER_PAIR_FLOOR,
    REPORT_REACH_SHARED,
    REPORT_WINDOW,
    RESTATEMENT,
    TAKEN_BACK_COVERAGE,
    TAKEN_BACK_WORDS,
    WIRE_COPY,
    WIRE_SENTENCES,
)

T = TypeVar("T")
_Key = TypeVar("_Key", bound=Hashable)  # a blocking key (`number_keys`, `opposite_keys`)
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_FIRST_CODEPOINT = 0x100


@dataclass
class ClaimRecord:
    """What corroboration needs to know of one claim.

    `lead` is the text of the claim's sentence just before its content (from the end of the
    previous claim of the sentence): "... but did not confirm Swedish media reports that".
    `relayed_by` names who passes the statement on when it is embedded in a claim of a source
    that is not a party (an analyst reporting what a president affirmed).
    """

    key: Hashable
    doc: str
    text: str
    kind: str | None = "fact"
    form: str | None = "indirect"
    cue: str | None = None
    speaker: str | None = None
    anonymous: bool = False
    speaker_kind: str | None = None
    role: str | None = None
    affiliation: str | None = None
    outlet: str | None = None
    outlet_country: str | None = None
    publisher: str | None = None
    stated_on: str | None = None
    seq: int = 0
    sentence: tuple[int, int] | None = None
    start: int = 0
    end: int = 0
    lead: str = ""
    version: Hashable = None
    relayed_by: str | None = None
    told_through: str | None = None  # a party whose claim holds this one: its only way to the reader
    origin_outlet: str | None = None  # the outlet that first carried it (the stored origin's)
    stance: str | None = None  # asserts | denies | declines_to_confirm | retracts; None: read off the cue
    wire: str = ""  # its sentence as wire copy compares (`wire_key`), when the text was at hand
    tail: str = ""  # the rest of its sentence after its content, when the text was at hand
    narrates: ClaimRecord | None = None  # a party's claim this statement of the publisher holds
    rebutted_by: str | None = None  # the publisher, when it argues against this outlet's claim
    rated: str = ""  # a fact check's rating of falsehood, when this claim is the one it checks
    described: str = ""  # how its sentences describe its speaker beyond the role ('a retired teacher')
    corrected: str = ""  # the correction notice that takes this statement of the publisher back
    corrected_by: str = ""  # who took it back, when a later correction of theirs states its figure
    untitled: bool = False  # a named person the document gives no title, office, party or body anywhere
    # for 'a spokeswoman said': whether its sentence or the one before names a body it can speak for
    # (None: the text was not at hand)
    body_near: bool | None = None
    # an unnamed speaker whom another claim of the same version shows to be the one holder of an
    # office ('"C," the minister said' before 'He said D'): on the record in every claim of theirs
    office_shown: bool = False
    # a person named by surname with only an age or a tie to someone ('Vallo, 61, a niece of the firm's
    # first owner'), whom the version names in full with an office ('President Ines Vallo'): that office's holder
    office_named: bool = False
    # the group of members a named person's role or name refers back to, when it speaks for their
    # interest and the document's lede does not make it a party ('the union's president' after
    # 'the Harbour Boatmen Union', 'HBU chairman', 'Ina Ost of the boatmen's union'): `mark_group`
    group: str = ""
    # the body a speaker is or holds a role at ('VIAR', "the journal's editor") is one the document's
    # lede tells of: a party to the events it reports, whatever its trade (`rules.mark_in_story`)
    in_story: bool = False
    # the words of the names its document tells its story by (`story_words`), when the text was at hand
    story: frozenset[str] = frozenset()
    # `origin` worked out once, set when the record is built and read-only from then on (the
    # records of stored versions are kept between transactions: `links.load_records`); "" unset
    origin_key: str = ""
    # `stance_kind` and `withdrawn_said` worked out once, the same way (`seal`): "" unset, "-" for
    # no stance kind; None for nothing taken back
    stance_key: str = ""
    withdrawn_key: str | None = ""
    # `_source_kind` and `_order_of`, sealed the same way; () unset
    kind_key: tuple = ()
    order_key: tuple = ()


@dataclass(frozen=True)
class Relation:
    """A link the rules propose: `source` corroborates / contradicts / repeats `target`."""

    source: Hashable
    target: Hashable
    relation: str
    score: float
    reason: str


# --- language data ---------------------------------------------------------------------------

@dataclass
class Lexicon:
    phrases: dict[tuple[str, ...], str]
    phrase_lengths: dict[str, tuple[int, ...]]
    entities: frozenset[str]
    abbreviations: re.Pattern[str] | None
    abbreviation_names: dict[str, str]
    stopwords: frozenset[str]
    cues: dict[str, re.Pattern[str]]
    commentator_roles: list[tuple[re.Pattern[str], str]]
    party_roles: re.Pattern[str] = re.compile(r"(?!)")  # 'presidential hopeful': a party, never a commentator
    mind_cues: re.Pattern[str] = re.compile(r"(?!)")  # 'sought', 'wants': a mind as the publisher reads it
    announced: re.Pattern[str] = re.compile(r"(?!)")  # 'is set to claim': a statement yet to be made
    single_office: re.Pattern[str] = re.compile(r"(?!)")  # "its chief executive": one office holder
    stands_by: re.Pattern[str] = re.compile(r"(?!)")  # 'it stood by its reporting': an outlet's own position
    reading: re.Pattern[str] = re.compile(r"(?!)")  # "'s language makes clear": the publisher's reading
    unnamed_body: re.Pattern[str] = re.compile(r"(?!)")  # 'authorities', 'the officials': no office named
    force: re.Pattern[str] = re.compile(r"(?!)")  # 'police', 'local police': on the record in a statement
    # 'said', 'confirmed', 'according to': a reporting verb or a phrase that gives a source's account (cues.json)
    statement_cue: re.Pattern[str] = re.compile(r"(?!)")
    counted_outlets: re.Pattern[str] = re.compile(r"(?!)")  # 'three television networks'
    later_withdrawal: re.Pattern[str] = re.compile(r"(?!)")  # '... but later admitted'
    contrast_lead: re.Pattern[str] = re.compile(r"(?!)")  # '... but officials have said ' ending a lead
    object_denial: re.Pattern[str] = re.compile(r"(?!)")  # 'dismissed', 'rejected': a denial only of something said
    said_object: re.Pattern[str] = re.compile(r"(?!)")  # 'reports that', 'the allegations', 'that C', 'as false'
    person_object: re.Pattern[str] = re.compile(r"(?!)")  # 'him a permit': 'denied' as an action on someone
    negation: re.Pattern[str] = re.compile(r"(?!)")  # 'not', "don't", 'never'
    rebuttal_cue: re.Pattern[str] = re.compile(r"(?!)")  # 'completely glosses over'
    rebuttal_sentence: re.Pattern[str] = re.compile(r"(?!)")  # '. But they leave out'
    trailing_source: re.Pattern[str] = re.compile(r"(?!)")  # ', two officials said on Sunday, '
    named_report: re.Pattern[str] = re.compile(r"(?!)")  # 'the report', 'a story': a report named, not restated
    about_report: re.Pattern[str] = re.compile(r"(?!)")  # 'a report that C': a statement about a report of C
    occupation_clause: re.Pattern[str] = re.compile(r"(?!)")  # 'who teaches law at': what kind of person
    spokesperson: re.Pattern[str] = re.compile(r"(?!)")  # 'a spokeswoman for the ministry': the body speaking
    verdict: re.Pattern[str] = re.compile(r"(?!)")  # 'This is false.': the publisher's verdict on a claim
    rating: re.Pattern[str] = re.compile(r"(?!)")  # 'Verdict: Mostly false': a fact check's rating
    checked_label: re.Pattern[str] = re.compile(r"(?!)")  # 'Claim: C': the claim a fact check checks
    rating_line: re.Pattern[str] = re.compile(r"(?!)")  # 'The Verdict' then 'Misleading.': a rating in a text
    checked_line: re.Pattern[str] = re.compile(r"(?!)")  # 'The Claim' alone on its line, before the claim
    claim_false: re.Pattern[str] = re.compile(r"(?!)")  # 'The claim that C is false'
    body_heads: frozenset[str] = frozenset()  # 'ministry', 'union': nouns that name a body (titles.json)
    correction_label: re.Pattern[str] = re.compile(r"(?!)")  # 'One correction, before the weather.'
    correction_said: re.Pattern[str] = re.compile(r"(?!)")  # 'In Monday's bulletin we reported'


def words(text: str) -> list[str]:
    """The words of a text, accents stripped, case kept; apostrophes split ("Oslo's" -> "Oslo", "s")."""
    return _WORD.findall(fold(text, accents_only=True))


def _cue_pattern(phrases: Iterable[str]) -> re.Pattern[str]:
    alternatives = sorted({re.escape(p.casefold().replace("’", "'")) for p in phrases}, key=len, reverse=True)
    return re.compile(r"(?<![\w'])(?:" + "|".join(alternatives) + r")(?![\w'])")


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Country and organisation names, stopwords and cues, loaded once."""
    places = load_data("countries.json")
    data = load_data("corroboration.json")
    phrases: dict[tuple[str, ...], str] = {}
    abbreviation_names: dict[str, str] = {}
    for group in ("countries", "organisations"):
        for entry in places.get(group, []):
            canonical = "_".join(w.casefold() for w in words(entry["name"]))
            names = [entry["name"], *entry.get("aliases", []), *entry.get("demonyms", []),
                     *entry.get("capitals", []), *entry.get("metonyms", [])]
            for name in names:
                if re.fullmatch(r"[A-Z][A-Z.]{1,6}", name.strip()):
                    # "US", "U.S.", "UN": matched with their case, or "us" the pronoun would count
                    abbreviation_names[name.strip()] = entry["name"]
                    continue
                key = tuple(w.casefold() for w in words(name))
                if key and key[0] != "the":
                    phrases.setdefault(key, canonical)
                elif len(key) > 1:
                    phrases.setdefault(key[1:], canonical)
    lengths: dict[str, set[int]] = defaultdict(set)
    for key in phrases:
        lengths[key[0]].add(len(key))
    abbreviations = None
    if abbreviation_names:
        abbreviations = re.compile(
            r"(?<![\w.])(" + "|".join(re.escape(a) for a in sorted(abbreviation_names, key=len, reverse=True))
            + r")(?![\w])"
        )
    # (a kin word only in lower case: 'whose two sons attend', never the firm 'Berg and Sons')
    kin = frozenset(data["relatives"])
    roles = [(re.compile(r"(?<!\w)" + re.escape(word) + r"(?!\w)", 0 if word in kin else re.IGNORECASE), label)
             for word, label in data["commentator_roles"]]
    # 'hydrogeologist', 'toxicologists': a science's practitioner by its suffix, never an 'apologist' (the
    # word read from its start, hyphens and all: 'bio-geologist')
    roles.append((re.compile(r"(?<![\w-])(?!" + _words_pattern(data["not_experts"]) + r"(?!\w))[\w-]+(?:"
                             + "|".join(map(re.escape, data["expert_suffixes"])) + r")(?!\w)", re.IGNORECASE), "expert"))
    return Lexicon(
        phrases=phrases,
        phrase_lengths={k: tuple(sorted(v, reverse=True)) for k, v in lengths.items()},
        entities=frozenset(phrases.values()),
        abbreviations=abbreviations,
        abbreviation_names=abbreviation_names,
        stopwords=frozenset(STOPWORDS) | frozenset(w.casefold() for w in data["stopwords"]),
        cues={kind: _cue_pattern(data[kind]) for kind in ("non_confirmation", "denial", "not_denial", "retraction",
                                                              "no_comment")},
        commentator_roles=roles,
        body_heads=frozenset(w.casefold().split()[-1] for key in ("institution_heads", "body_heads", "company_heads")
                             for w in load_data("titles.json").get(key, [])) | frozenset(w.casefold() for w in data["forces"]),
        **_account_patterns(data),
    )


def _words_pattern(phrases: Iterable[str]) -> str:
    return "(?:" + "|".join(re.escape(p.casefold()).replace(r"\ ", r"\s+")
                            for p in sorted(set(phrases), key=len, reverse=True)) + ")"


def _verdict_pattern(denials: Mapping[str, Any]) -> re.Pattern[str]:
    """A whole statement calling what came before false ('This is false', 'Facts First: That claim
    is untrue'), from cues.json's denial objects and false words."""
    return re.compile(r"(?:[\w'’ ]{1,30}:\s*)?(?:this|that|it)(?:\s+" + _words_pattern(denials["objects"])
                      + r")?\s+(?:is|was|are|were)\s+(?:an?\s+)?(?:\w+ly\s+)?(?:"
                      + _words_pattern(denials.get("false_intensifiers") or ["(?!)"]) + r"\s+)?"
                      + _words_pattern(denials["false_words"]) + r"\W*",
                      re.IGNORECASE)


def _fact_check_patterns(data: Mapping[str, Any], denials: Mapping[str, Any]) -> dict[str, re.Pattern[str]]:
    """A fact check's rating ('Verdict: Mostly false'), the label of the claim it checks ('Claim:'),
    and its whole sentence calling a claim false ('The claim that C is false': the extractor's
    lexicon.false_clause, one pattern for both), from corroboration.json's verdict_labels,
    rating_qualifiers and checked_labels and cues.json's denial objects and false words; matched
    case-insensitively on a claim's text (the last as a whole)."""
    false = r"(?:(?:" + _words_pattern(data["rating_qualifiers"]) + r")\s+)?" + _words_pattern(denials["false_words"])
    return {
        "rating": re.compile(r"^\s*" + _words_pattern(data["verdict_labels"]) + r"\s*:\s*" + false + r"(?![\w'’])",
                             re.IGNORECASE),
        # a fact check's layout: the rating's label on a line of its own or before a colon, the
        # rating opening what follows ('The Verdict' / 'Misleading. The figure ...'), and the label of
        # the claim checked alone on its line ('The Statement'), the claim in the paragraph after it
        "rating_line": re.compile(r"^[ \t]*" + _words_pattern(data["verdict_labels"]) + r"[ \t]*(?::[ \t]*|\n\s*)("
                                  + false + r")(?![\w'’])", re.IGNORECASE | re.MULTILINE),
        "checked_line": re.compile(r"^[ \t]*" + _words_pattern(data["checked_labels"]) + r"[ \t]*:?[ \t]*\n\s*",
                                   re.IGNORECASE | re.MULTILINE),
        "checked_label": re.compile(r"^\s*" + _words_pattern(data["checked_labels"]) + r"\s*:\s*\S", re.IGNORECASE),
        "claim_false": extraction_lexicon().false_clause,
    }


def _account_patterns(data: Mapping[str, Any]) -> dict[str, re.Pattern[str]]:
    """The patterns for how a claim's own words place its source (see corroboration.json's
    description): matched on case-folded text."""
    counts, bodies = _words_pattern(data["counts"]), _words_pattern(data["unnamed_bodies"])
    rebuttal = r"(?<!\w)(?:\w+ly\s+)?" + _words_pattern(data["rebuttal_verbs"]) + r"(?!\w)"
    negations, denials = load_data("matcher.json")["negations"], load_data("cues.json")["denials"]
    return {
        "contrast_lead": re.compile(r"(?<!\w)" + _words_pattern(data["contrast_words"]) + r"(?!\w)(?:[^.;:,!?]|(?<=\b\w)\.)*$"),
        "negation": re.compile(r"(?<!\w)(?:" + _words_pattern(negations) + r"(?!\w)|\w+n['’]t(?!\w))"),
        "rebuttal_cue": re.compile(rebuttal),
        "trailing_source": re.compile(r"^\s*,\s*(?:[^,;:.!?]|(?<=\b\w)\.){1,80}?(?<!\w)" + _words_pattern(data["trailing_cues"])
                                      + r"(?!\w)(?:[^,;:.!?]|(?<=\b\w)\.){0,40},?\s*$"),
        "rebuttal_sentence": re.compile(r"(?:^|(?<=[.!?”\"’]))\s*" + _words_pattern(data["contrast_words"])
                                        + r",?\s+" + _words_pattern(data["rebuttal_subjects"]) + r"\s+" + rebuttal,
                                        re.IGNORECASE),
        "verdict": _verdict_pattern(denials),
        **_object_denial_patterns(denials),
        **_fact_check_patterns(data, denials),
        "named_report": re.compile(r"(?<!\w)" + _words_pattern(denials["objects"]) + r"(?!\w)"),
        "about_report": re.compile(r"(?<!\w)" + _words_pattern(denials["objects"])
                                   + r"\s+that(?!\w)"),
        "correction_label": re.compile(r"(?<![\w'’])" + _words_pattern(denials["correction_labels"])
                                       + r"(?![\w'’])"),
        "correction_said": re.compile(r"^(?:[^.;:!?]{0,60}?\s)?" + _words_pattern(denials["correction_writers"])
                                      + r"\s+(?:\w+ly\s+)?" + _words_pattern(data["correction_verbs"]) + r"(?!\w)"),
        # 'doctoral candidate': a degree, no party's candidate
        "party_roles": re.compile(r"(?<!\w)" + "".join(f"(?<!{re.escape(w.casefold())} )" for w in data["degree_words"])
                                  + _words_pattern(data["party_roles"]) + r"(?!\w)"),
        "occupation_clause": re.compile(r"^(?:who(?:se)?\s+(?:[\w'’-]+\s+){0,3}?" + _words_pattern(data["occupation_clauses"])
                                       + r"|who\s+[^,;]*?\sand\s+(?:now\s+)?" + _words_pattern(data["later_occupations"])
                                       + r"|whose\s+(?:[\w'’-]+\s+)?" + _words_pattern(data["relatives"]) + r")(?!\w)"),
        "spokesperson": re.compile(r"^(?:(?:an?|the)\s+)?(?:(?P<before>.+?)(?:['’]s?)?\s+)??"
                                   + _words_pattern(data["spokespeople"])
                                   + r"(?:\s+(?:for|of|at)\s+(?:the\s+)?(?P<after>.+?))?(?:\s+in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?$",
                                   re.IGNORECASE),
        "stands_by": re.compile(r"^(?:it|we|they|the\s+[\w-]+)\s+(?:\w+ly\s+)?" + _words_pattern(data["stand_by_verbs"])
                                + r"\s+(?:its|our|their|the|this|that)\s+(?:[\w-]+\s+)?" + _words_pattern(denials["objects"])
                                + r"(?!\w)"),
        "single_office": re.compile(r"(?:(?P<owner>(?:its|their|his|her)|(?:[A-Z][\w&.-]*\s+){0,4}[A-Z][\w&.-]*['’]s?)\s+)?"
                                    r"(?:[\w-]+\s+){0,2}?" + _words_pattern(data["single_offices"])
                                    + r"(?P<body>\s+(?:of|for|in|at)\s+(?:the\s+)?[A-Z].*)?", re.IGNORECASE),
        "announced": re.compile(r"^" + _words_pattern(data["announced_cues"]) + r"\s+(?!not\b|n['’]t\b)[a-z]"),
        "mind_cues": re.compile(r"(?<![\w'’])" + _words_pattern(data["mind_cues"]) + r"(?![\w'’])"),
        "reading": re.compile(r"^\s*['’]s?\b.*?(?<!\w)" + _words_pattern(data["reading_verbs"]) + r"(?!\w)"),
        "unnamed_body": re.compile(r"(?:" + _words_pattern(data["body_modifiers"]) + r"\s+)*" + bodies),
        "force": re.compile(r"(?:" + _words_pattern(data["body_modifiers"]) + r"\s+)*" + _words_pattern(data["forces"])),
        "statement_cue": re.compile(r"(?<![\w'’])" + _words_pattern(
            [form for verb in load_data("cues.json")["verbs"] for form in verb["forms"]]
            + [p["cue"] for p in load_data("cues.json")["phrases"] if not p.get("carrier") and not p.get("cites")])
            + r"(?![\w'’])"),
        "counted_outlets": re.compile(r"(?:(?:" + counts + r"|\d+)\s+)+" + _words_pattern(data["counted_outlets"])),
        "later_withdrawal": re.compile(r"(?<!\w)(?:but|and|yet)\s+(?:\w+ly\s+)?(?:later|subsequently|eventually|then)"
                                       r"\s+(?:\w+ly\s+)?" + _words_pattern(data["later_withdrawal"]) + r"(?!\w)"),
    }


def _object_denial_patterns(denials: Mapping[str, Any]) -> dict[str, re.Pattern[str]]:
    """What tells a denial from an action by the words after its verb: the contradiction verbs of
    cues.json that take a stance's object and are no denial verbs ('dismissed', 'rejected') deny only
    something said (one of the denials' 'objects' after up to three words, one of its 'clause_objects'
    with 'that', 'as' after up to five words, a pronoun for what came before, or no object: 'dismissed reports that C', 'rejected the
    allegations', 'dismissed the row as absurd'); 'dismissed its chief pilot', 'rejected the bid' act.
    A denial verb with a person and a thing after it ('denied him a permit') acts too."""
    cues = load_data("cues.json")["verbs"]
    denying = set(denials.get("verbs") or [])
    forms = [f for v in cues if v.get("hint") == "contradiction" and v.get("stance") and v["lemma"] not in denying
             for f in v.get("forms", [])]
    nouns = _words_pattern(denials["objects"]) + r"(?![\w'’-])|(?:[\w'’-]+\s+){0,3}?" \
        + _words_pattern(denials.get("clause_objects") or ["(?!)"]) + r"\s+that(?![\w'’-])"
    return {
        "object_denial": re.compile(r"(?<![\w'])" + _words_pattern(forms or ["(?!)"]) + r"(?![\w'])"),
        "said_object": re.compile(r"^\W*(?:$|(?:that|it|this|these|those|them)\s*(?:$|[,.;:]|as\s)|(?:[\w'’-]+\W+){0,5}?as\s"
                                  r"|(?:[\w'’-]+\s+){0,3}?" + nouns + r")"),
        "person_object": re.compile(r"^\s*(?:him|her|them|us|me|you)\s+(?:an?|the|any|his|her|their|its)\s"),
    }


# --- canonical tokens ------------------------------------------------------------------------

def tokens(text: str) -> dict[str, int]:
    """The weighted bag of canonical tokens of a claim text (shared: do not modify it).

    Bags are cached, so that storing many documents in one run does not fold the whole
    corpus again for each of them.

    >>> sorted(tokens("Oslo is engaged in discussions with “Stockholm”").items())
    [('discussion', 1), ('engag', 1), ('norway', 3), ('sweden', 3)]
    """
    return _tokens(text)


@lru_cache(maxsize=1 << 18)
def _tokens(text: str) -> dict[str, int]:
    lex = lexicon()
    if lex.abbreviations is not None:
        text = lex.abbreviations.sub(lambda m: " " + lex.abbreviation_names[m.group(1)] + " ", text)
    raw = words(text)
    low = [w.casefold() for w in raw]
    bag: dict[str, int] = {}
    i, n = 0, len(low)
    lengths = lex.phrase_lengths
    while i < n:
        word = low[i]
        if word in lengths:
            length = next((k for k in lengths[word] if tuple(low[i:i + k]) in lex.phrases), 0)
            if length:
                bag[lex.phrases[tuple(low[i:i + length])]] = ENTITY_WEIGHT
                i += length
                continue
        token = _word_token(word)
        if token is not None:
            weight = NAME_WEIGHT if i > 0 and raw[i][:1].isupper() else 1
            if bag.get(token, 0) < weight:
                bag[token] = weight
        i += 1
    return bag


@lru_cache(maxsize=1 << 18)
def canonical_text(text: str) -> str:
    """The text with every country or organisation name, alias, demonym and capital written as its
    one canonical name, everything else kept (numbers, negations): what the matcher compares, so
    that "Oslo" and "the Norwegians" meet "Norway" as its tokens do.

    >>> canonical_text("Oslo did not meet “Stockholm” officials on 12 May")
    'norway did not meet “sweden” officials on 12 May'
    """
    lex = lexicon()
    if lex.abbreviations is not None:
        text = lex.abbreviations.sub(lambda m: " " + lex.abbreviation_names[m.group(1)] + " ", text)
    text = fold(text, accents_only=True)
    found = list(_WORD.finditer(text))
    low = [m.group().casefold() for m in found]
    lengths = lex.phrase_lengths
    out, last, i = [], 0, 0
    while i < len(low):
        length = next((k for k in lengths.get(low[i], ())
                       if i + k <= len(low) and tuple(low[i:i + k]) in lex.phrases), 0)
        if length:
            out += [text[last:found[i].start()], lex.phrases[tuple(low[i:i + length])]]
            last = found[i + length - 1].end()
            i += length
        else:
            i += 1
    out.append(text[last:])
    return " ".join("".join(out).split())


@lru_cache(maxsize=1 << 16)
def _word_token(word: str) -> str | None:
    """The canonical token of a lower-case word, None for words without content."""
    lex = lexicon()
    if word in lex.stopwords or len(word) < 3 or word.isdigit():
        return None
    return stem(word)


def _codepoint(token_id: int) -> str:
    cp = _FIRST_CODEPOINT + token_id
    if cp >= 0xD800:  # skip the surrogate range
        cp += 0x800
    return chr(cp)


class Signatures:
    """Token bags as strings of one character per token and weight unit, rarest token first.

    Sorted strings make Indel similarity equal to the weighted Dice overlap of the bags, computed
    in rapidfuzz's C code; the rarity order is what prefix filtering needs. A token's rarity is
    the number of distinct bags holding it: copies of one sentence, reprinted hundreds of times,
    do not make its words common (blocking would then lose the pairs of its copies with what
    answers them, and which pairs it lost would depend on how many copies were stored).
    """

    def __init__(self, bags: Sequence[dict[str, int]], texts: Sequence[str] | None = None):
        self.texts = texts  # for the figures of each claim (`number_pairs`); None: figures not compared
        # copies of a text share their bag (`tokens` is cached): each bag is read once
        objects = {id(bag): bag for bag in bags}
        distinct = {tuple(sorted(bag.items())): bag for bag in objects.values()}
        df = Counter(t for bag in distinct.values() for t in bag)
        order = sorted(df, key=lambda t: (df[t], t))
        self.rank = {t: i for i, t in enumerate(order)}
        self.df = df
        self.df_by_rank = [df[t] for t in order]
        self.bags = bags
        read: dict[int, tuple[list[tuple[int, int]], str, frozenset[str]]] = {}
        for key, bag in objects.items():
            ordered = sorted((self.rank[t], w) for t, w in bag.items())
            read[key] = (ordered, "".join(_codepoint(r) * w for r, w in ordered),
                         frozenset(t for t, w in bag.items() if w == 1))
        self.ordered: list[list[tuple[int, int]]] = [read[id(bag)][0] for bag in bags]
        self.strings: list[str] = [read[id(bag)][1] for bag in bags]
        self.words: list[frozenset[str]] = [read[id(bag)][2] for bag in bags]

    def same_subject(self, i: int, j: int) -> bool:
        """Whether two claims share what they say happened, not only whom they name.

        Claims naming the same countries are alike by weight alone; two statements count as the
        same only when they also share two ordinary words (one, when either has just one).
        """
        a, b = self.words[i], self.words[j]
        shared = len(a & b)
        return shared > 0 and shared >= min(2, len(a), len(b))

    def prefix(self, i: int, threshold: float, max_df: int | None = None) -> list[int]:
        """The rarest tokens of bag i that any bag at `threshold` similarity must share one of,
        leaving out tokens held by more than `max_df` claims (too common to block on)."""
        rare, common = _prefix(((rank, w, max_df is None or self.df_by_rank[rank] <= max_df)
                                for rank, w in self.ordered[i]), threshold)
        return rare + common


def _prefix(ordered: Iterable[tuple[T, int, bool]], threshold: float) -> tuple[list[T], list[T]]:
    """Split the prefix of (token, weight, rare) items, rarest first, that any bag at `threshold`
    similarity must share a token of: (its rare tokens, the rarest few of its common ones)."""
    items = list(ordered)
    total = sum(w for _, w, _ in items)
    # Dice >= t implies overlap >= t * total / (2 - t): the tokens after the prefix weigh less.
    needed = threshold * total / (2 - threshold)
    remaining = total
    rare: list[T] = []
    common: list[T] = []
    for token, w, is_rare in items:
        if remaining < needed:
            break
        (rare if is_rare else common).append(token)
        remaining -= w
    # a claim of common words only still blocks on its rarest few
    return rare, common[:max(0, MIN_KEYS - len(rare))]


def blocking_tokens(bag: Mapping[str, int], df: Mapping[str, int], *, threshold: float = THRESHOLD,
                    max_df: int) -> tuple[list[str], list[str]]:
    """What `Signatures.prefix` blocks a claim on, from document frequencies looked up elsewhere
    (a text index): (its rarest tokens, any claim at `threshold` similarity shares one of them;
    the rarest few of its common tokens, for a claim made mostly of common words).

    A token missing from `df`, or held by more than `max_df` claims, is common.
    """
    unknown = max_df + 1
    ordered = sorted(bag.items(), key=lambda tw: (df.get(tw[0], unknown), tw[0]))
    return _prefix(((token, w, df.get(token, unknown) <= max_df) for token, w in ordered), threshold)


@lru_cache(maxsize=1)
def _token_forms() -> dict[str, tuple[str, ...]]:
    """For tokens that several words fold to (countries and their names): the
    lower-case strings, one of which every text holding the token contains."""
    forms: dict[str, set[str]] = defaultdict(set)
    places = load_data("countries.json")
    for group in ("countries", "organisations"):
        for entry in places.get(group, []):
            canonical = "_".join(w.casefold() for w in words(entry["name"]))
            for name in (entry["name"], *entry.get("aliases", []), *entry.get("demonyms", []),
                         *entry.get("capitals", []), *entry.get("metonyms", [])):
                name = name.strip()
                if re.fullmatch(r"[A-Z][A-Z.]{1,6}", name):
                    forms[canonical].add(name.casefold())  # "US": too short to look up, see below
                    continue
                spelled = [w.casefold() for w in _WORD.findall(name)]
                if spelled and spelled[0] == "the":
                    spelled = spelled[1:]
                folded = [w.casefold() for w in words(name)]
                if folded and folded[0] == "the":
                    folded = folded[1:]
                forms[canonical].update(" ".join(x) for x in (spelled, folded) if x)
    return {token: tuple(sorted(found)) for token, found in forms.items()}


def search_strings(token: str, spellings: Iterable[str] = ()) -> list[str] | None:
    """Lower-case strings, one of which the text of every claim holding `token` contains: what
    to look the token up by in a substring index. `spellings` adds the ways a text at hand
    writes it (with accents, which tokens fold away). None when a form is shorter than three
    characters ("US"), which a trigram index cannot look up.

    >>> search_strings("coordinat")
    ['coordinat']
    >>> search_strings("country")
    ['countr']
    >>> "buenos aires" in search_strings("argentina")
    True
    """
    known = _token_forms().get(token)
    if known is not None:
        found = set(known)
    else:
        # a stem is the start of every word it stems from, but for "-ies" -> "-y"
        found = {token[:-1] if token.endswith("y") and len(token) > 4 else token}
    found.update(s.casefold() for s in spellings)
    if any(len(s) < 3 for s in found):
        return None
    # a text holding "turkish" holds "turk": the shorter string finds it already
    return sorted(s for s in found if not any(t != s and t in s for t in found))


def spellings(text: str) -> dict[str, set[str]]:
    """token -> the words of `text` with accents that fold to it ("Müller" -> muller)."""
    out: dict[str, set[str]] = defaultdict(set)
    for word in _WORD.findall(text):
        if word.isascii():
            continue
        token = _word_token(fold(word, accents_only=True).casefold())
        if token is not None:
            out[token].add(word.casefold())
    return out


@dataclass
class Groups:
    """Claims grouped by identical token bags, and the pairs of groups similar enough to link.

    `members[g]` holds the indices of group g's claims in ascending order; `pairs` holds
    (g, h, score) with g <= h, where g == h stands for the claims of one group with each other.
    Identical bags score the same against everything, so one representative per group is
    compared and the pairs of claims are expanded from the pairs of groups. With `focus`, only
    pairs of claims with at least one member in it count.
    """

    members: list[list[int]]
    pairs: list[tuple[int, int, float]]
    focus: frozenset[int] | None = None

    def size(self, g: int, h: int) -> int:
        """How many pairs of claims the pair of groups (g, h) stands for (focus aside)."""
        n = len(self.members[g])
        return n * (n - 1) // 2 if g == h else n * len(self.members[h])


def similar_groups(
    texts: Sequence[str] | Signatures,
    *,
    threshold: float = THRESHOLD,
    focus: Iterable[int] | None = None,
    max_df: int | None = None,
) -> Groups:
    """The pairs of groups of identical claims whose similarity reaches `threshold`, by blocking.

    See `similar_pairs` for `focus` and `max_df`. A token too common to block on still serves a
    claim made of common words only, as one of its rarest few; its postings stop at `max_df`
    groups, so that a document repeating one such sentence in many wordings stays linear.
    """
    sig = texts if isinstance(texts, Signatures) else Signatures([tokens(t) for t in texts], texts)
    strings = sig.strings
    if max_df is None:
        max_df = max(MIN_MAX_DF, len(strings) // CLAIMS_PER_MAX_DF)
    cap = max_df or None
    group_of: dict[str, int] = {}
    members: list[list[int]] = []
    for i, string in enumerate(strings):
        g = group_of.setdefault(string, len(members))
        if g == len(members):
            members.append([])
        members[g].append(i)
    reps = [m[0] for m in members]
    prefixes = [sig.prefix(rep, threshold, cap) for rep in reps]
    index: dict[int, list[int]] = defaultdict(list)
    df_by_rank = sig.df_by_rank
    rep_strings = [strings[rep] for rep in reps]

    def alike(g: int) -> bool:
        # identical claims score 1.0; they are the same statement when they share ordinary words
        return len(members[g]) > 1 and bool(prefixes[g]) and bool(sig.words[reps[g]])

    pairs: list[tuple[int, int, float]] = []
    if focus is None:
        for g, prefix in enumerate(prefixes):
            candidates: set[int] = set()
            for rank in prefix:
                postings = index[rank]
                candidates.update(postings)
                if cap is None or df_by_rank[rank] <= cap or len(postings) < cap:
                    postings.append(g)
            if alike(g):
                pairs.append((g, g, 1.0))
            pairs.extend(_score_groups(g, candidates, reps, rep_strings, sig, threshold))
        pairs += number_pairs(sig, reps, pairs, None, cap)
        pairs += opposite_pairs(sig, reps, pairs, None, cap)
        return Groups(members, pairs)
    focus_set = frozenset(focus)
    for g, prefix in enumerate(prefixes):
        for rank in prefix:
            postings = index[rank]
            if cap is None or df_by_rank[rank] <= cap or len(postings) < cap:
                postings.append(g)
    claim_group = {i: g for g, m in enumerate(members) for i in m}
    seen: set[tuple[int, int]] = set()
    for g in sorted({claim_group[i] for i in focus_set if i in claim_group}):
        candidates = set()
        for rank in prefixes[g]:
            candidates.update(index[rank])
        candidates.discard(g)
        for h in list(candidates):
            pair = (min(g, h), max(g, h))
            if pair in seen:
                candidates.discard(h)
            else:
                seen.add(pair)
        if alike(g):
            pairs.append((g, g, 1.0))
        pairs.extend(_score_groups(g, candidates, reps, rep_strings, sig, threshold))
    focus_groups = {claim_group[i] for i in focus_set if i in claim_group}
    pairs += number_pairs(sig, reps, pairs, focus_groups, cap)
    pairs += opposite_pairs(sig, reps, pairs, focus_groups, cap)
    return Groups(members, pairs, focus_set)


def number_pairs(sig: Signatures, reps: list[int], found: Iterable[tuple[int, int, float]],
                 focus: set[int] | None, cap: int | None) -> list[tuple[int, int, float]]:
    """The pairs of groups, beyond those `found`, whose claims give different figures of one
    measure (`same_measure`: '2,300 people marched' and 'fewer than 1,400 people marched' share
    too few words to block on): the matcher's conflict signal is then looked at, however far
    apart the rest of their words are. Blocked on `number_keys` (postings stop at `cap` groups, so
    a figure in many claims stays linear); with `focus`, only pairs with a group of it."""
    texts = sig.texts
    if texts is None:
        return []
    keys = [number_keys(texts[rep]) for rep in reps]
    index = _postings(keys, cap)
    return _new_pairs(sig, reps, found, focus, lambda g: {h for key in keys[g] for h in index[key]},
                      lambda g, h: same_measure(texts[reps[g]], texts[reps[h]]))


def _postings(keys: list[set[_Key]], cap: int | None) -> dict[_Key, list[int]]:
    """Key -> the groups whose keys hold it, at most `cap` groups a key (blocking's postings)."""
    index: dict[_Key, list[int]] = defaultdict(list)
    for g, mine in enumerate(keys):
        for key in mine:
            if cap is None or len(index[key]) < cap:
                index[key].append(g)
    return index


def _new_pairs(sig: Signatures, reps: list[int], found: Iterable[tuple[int, int, float]], focus: set[int] | None,
               partners: Callable[[int], set[int]],
               keep: Callable[[int, int], bool] = lambda g, h: True) -> list[tuple[int, int, float]]:
    """The pairs of group g (every group, or those of `focus`) with its `partners`, beyond those
    `found`, that `keep` keeps, each with its representatives' similarity."""
    seen = {(g, h) for g, h, _ in found}
    out: list[tuple[int, int, float]] = []
    for g in sorted(range(len(reps)) if focus is None else focus):
        for h in sorted(partners(g) - {g}):
            pair = (min(g, h), max(g, h))
            if pair not in seen:
                seen.add(pair)
                if keep(g, h):
                    out.append((*pair, Indel.normalized_similarity(sig.strings[reps[g]], sig.strings[reps[h]])))
    return out


def opposite_pairs(sig: Signatures, reps: list[int], found: Iterable[tuple[int, int, float]],
                   focus: set[int] | None, cap: int | None) -> list[tuple[int, int, float]]:
    """The pairs of groups, beyond those `found`, whose claims take the two sides of one fact about
    one thing (`provenance.opposites`: 'the slipway was completed', 'no sign of a slipway'
    share too few words to block on), or say something of every one of a kind and of a part of it
    ('every boiler was serviced on schedule', 'boilers that had not been serviced'). Blocked on
    `opposite_keys` and `exception_keys` as `number_pairs` is on its keys."""
    if sig.texts is None:
        return []
    keys = [opposite_keys(sig.texts[rep]) | exception_keys(sig.texts[rep]) for rep in reps]
    index = _postings(keys, cap)
    return _new_pairs(sig, reps, found, focus,
                      lambda g: {h for fact, side, thing in keys[g] for h in index[(fact, -side, thing)]})


def _score_groups(g: int, candidates: set[int], reps: list[int], rep_strings: list[str], sig: Signatures,
                  threshold: float) -> Iterator[tuple[int, int, float]]:
    """`_score` of group g's representative against those of the candidate groups."""
    if not candidates:
        return
    rep = reps[g]
    choices = {h: rep_strings[h] for h in candidates}
    for _, score, h in process.extract(rep_strings[g], choices, scorer=Indel.normalized_similarity,
                                       score_cutoff=threshold, limit=None):
        if sig.same_subject(rep, reps[h]):
            yield (min(g, h), max(g, h), score)


def claim_pairs(groups: Groups, *, record_of: Any = None, limit: int | None = None,
                hubs: Iterable[int] = (), kinds: _Kinds | None = None) -> Iterator[tuple[int, int, float]]:
    """The pairs of claims (i, j, score), i < j, that the pairs of groups stand for.

    All of them by default. With `limit`, a pair of groups standing for more pairs of claims
    than that (one sentence repeated thousands of times) gives only the pairs of each claim with
    a few claims of the other group that stand for all of it: the first of each kind of source
    (origin, outlet, document, cue, whether it can corroborate), taken from `record_of`, and the
    claims in `hubs` (claims denied in their sentence, so that the denial reaches every copy).
    Every claim still meets a claim of every kind of source in the other group, so the statuses
    come out as for all pairs, from a number of links that grows with the claims, not their square.
    With a focus (a document joining the stored claims) the pairs are those of all the claims
    that touch the focus, no more: what ingest stores is what a recompute stores (the stored
    pairs the focus changes are `unsettled`). `kinds`: the `source_kinds` of `record_of`, when
    `unsettled` reads the same groups (each group's hubs found once).
    """
    focus = groups.focus
    kinds = kinds or _Kinds(record_of)
    for g, h, score in groups.pairs:
        if limit is None or groups.size(g, h) <= limit:
            yield from _all_member_pairs(groups.members[g], groups.members[h], g == h, score, focus)
        else:
            yield from _star_pairs(groups.members[g], groups.members[h], score, focus, kinds,
                                   frozenset(hubs))


def _all_member_pairs(a: list[int], b: list[int], same: bool, score: float,
                      focus: frozenset[int] | None) -> Iterator[tuple[int, int, float]]:
    if same:
        for x in range(len(a)):
            for y in range(x + 1, len(a)):
                i, j = a[x], a[y]
                if focus is None or i in focus or j in focus:
                    yield (i, j, score)
        return
    for i in a:
        for j in b:
            if focus is None or i in focus or j in focus:
                yield (min(i, j), max(i, j), score)



def _source_kind(r: ClaimRecord) -> tuple:
    """What the status rules read of a claim at the other end of a link: its origin, the names,
    outlet and date its reasons give, its stance and whether it can corroborate. Two claims of a
    kind (copies of one statement in several documents) give a claim the same status and reason."""
    if r.kind_key:
        return r.kind_key
    return (origin(r), r.speaker or "", r.outlet or "", r.publisher or "", r.stated_on or "", r.cue or "",
            stance_kind(r), can_corroborate(r))


def source_kinds(record_of: Any) -> _Kinds:
    """The kinds of source and order of the claims of `record_of` (claim index -> record), worked
    out once for `claim_pairs` and `unsettled` of the same groups."""
    return _Kinds(record_of)


class _Kinds:
    """The kind of source (`_source_kind`) and the order (`_order_of`) of claims by index, each
    worked out once, and the hubs of each group: a group of hundreds of copies meets many others."""

    def __init__(self, record_of: Any):
        self.record_of = record_of
        self.kinds: dict[int, tuple] = {}
        self.orders: dict[int, tuple] = {}
        self.hubs: dict[tuple[int, frozenset[int]], list[int]] = {}
        self.sorted: dict[int, list[int]] = {}

    def kind(self, i: int) -> tuple:
        if i not in self.kinds:
            self.kinds[i] = _source_kind(self.record_of[i])
        return self.kinds[i]

    def order(self, i: int) -> tuple:
        if i not in self.orders:
            self.orders[i] = _order_of(self.record_of[i])
        return self.orders[i]

    def in_order(self, members: list[int]) -> list[int]:
        """A group's members (a list that lives as long as this object) in `order`."""
        if id(members) not in self.sorted:
            self.sorted[id(members)] = sorted(members, key=self.order)
        return self.sorted[id(members)]

    def hubs_of(self, members: list[int], extra: frozenset[int]) -> list[int]:
        """`_hubs` of a group's members (a list that lives as long as this object)."""
        key = (id(members), extra)
        if key not in self.hubs:
            self.hubs[key] = _hubs(self.in_order(members), self, extra)
        return self.hubs[key]


def _hubs(ordered: list[int], kinds: _Kinds, extra: frozenset[int]) -> list[int]:
    """The first claim of each kind of source in a group (at most HUB_KINDS) and the first claims
    in `extra` (as many), first by date, document and place, whatever the order they were stored
    in: of its claims in that order (`_Kinds.in_order`)."""
    found: dict[tuple, int] = {}
    for i in ordered:
        kind = kinds.kind(i)
        if kind not in found:
            found[kind] = i
            if len(found) == HUB_KINDS:
                break
    chosen = list(found.values())
    chosen += [i for i in ordered if i in extra and i not in chosen][:HUB_KINDS]
    return chosen


def _star_pairs(a: list[int], b: list[int], score: float, focus: frozenset[int] | None, kinds: _Kinds,
                extra: frozenset[int]) -> Iterator[tuple[int, int, float]]:
    # a new claim that is the first of its kind is a hub, and meets every stored claim; a new copy of
    # a kind the stored claims have adds no links to them (links grow with the copies, not their square)
    sides = [(a, kinds.hubs_of(b, extra)), (b, kinds.hubs_of(a, extra))]
    seen: set[tuple[int, int]] = set()
    for members, hubs in sides:
        in_focus = members if focus is None else [i for i in members if i in focus]
        for hub in hubs:
            # a pair needs a claim of the focus: a hub outside it meets only the focus's claims
            for i in (members if focus is None or hub in focus else in_focus):
                pair = (min(i, hub), max(i, hub))
                if i == hub or pair in seen or not (focus is None or i in focus or hub in focus):
                    continue
                seen.add(pair)
                yield (pair[0], pair[1], score)


def unsettled(groups: Groups, *, record_of: Any, limit: int, hubs: Iterable[int] = (),
              kinds: _Kinds | None = None) -> set[int]:
    """The claims outside the focus of `groups` (the stored claims a document joins) whose pairs
    with other stored claims (`claim_pairs` with `limit`, without a focus) the focus changes:

    - every claim of a pair of groups the focus takes past `limit`: the stored claims stood for
      all their pairs, and now stand for those of the first claims of each kind only;
    - past it already, the stored claims that stop (or start) being one of those first claims,
      because a claim of the focus comes first (an earlier date, a document named before theirs).

    The pairs of two stored claims are not the focus's: a pass over the documents of these
    claims makes their links what the rules over all the claims make them."""
    focus = groups.focus
    if focus is None:
        return set()
    kinds = kinds or _Kinds(record_of)
    extra = frozenset(hubs)
    out: set[int] = set()
    for g, h, _ in groups.pairs:
        if groups.size(g, h) <= limit:
            continue
        old = [[i for i in groups.members[k] if i not in focus] for k in (g, h)]
        before = len(old[0]) * (len(old[0]) - 1) // 2 if g == h else len(old[0]) * len(old[1])
        if 0 < before <= limit:
            out.update(old[0] + old[1])
        elif before:
            for k in (g, h):
                now = set(kinds.hubs_of(groups.members[k], extra))
                stored = [i for i in kinds.in_order(groups.members[k]) if i not in focus]
                out.update((now ^ set(_hubs(stored, kinds, extra))) - focus)
    return out


def similar_pairs(
    texts: Sequence[str] | Signatures,
    *,
    threshold: float = THRESHOLD,
    focus: Iterable[int] | None = None,
    max_df: int | None = None,
) -> Iterator[tuple[int, int, float]]:
    """Every pair (i, j, score) with i < j whose similarity reaches `threshold`, by blocking, and
    the pairs whose texts give different figures of one measure (`number_pairs`), at whatever
    similarity they have: the matcher looks at their conflict however far apart their words are.

    With `focus`, only pairs with at least one member in it (new claims against the corpus).
    Tokens held by more than `max_df` claims (default: one in a thousand, at least 64) are not
    blocked on: the rare words of a claim find its restatements, and common ones would make
    every claim a candidate of every other. Without that cap blocking misses no pair at all.
    """
    yield from claim_pairs(similar_groups(texts, threshold=threshold, focus=focus, max_df=max_df))


def _score(i: int, candidates: set[int], sig: Signatures, threshold: float) -> Iterator[tuple[int, int, float]]:
    if not candidates:
        return
    strings = sig.strings
    choices = {j: strings[j] for j in candidates}
    for _, score, j in process.extract(strings[i], choices, scorer=Indel.normalized_similarity,
                                       score_cutoff=threshold, limit=None):
        if sig.same_subject(i, j):
            yield (j, i, score) if j < i else (i, j, score)


def all_pairs(texts: Sequence[str] | Signatures, *, threshold: float = THRESHOLD) -> Iterator[tuple[int, int, float]]:
    """The same pairs as `similar_pairs`, by scoring every pair: the reference for measuring blocking."""
    sig = texts if isinstance(texts, Signatures) else Signatures([tokens(t) for t in texts])
    for i in range(len(sig.strings)):
        yield from _score(i, set(range(i + 1, len(sig.strings))), sig, threshold)


# --- sources ---------------------------------------------------------------------------------

def cue_kind(text: str | None) -> str | None:
    """'nonconfirm', 'deny' or 'retract' when the text holds such a cue, else None.

    >>> cue_kind("but did not confirm"), cue_kind("flatly denied"), cue_kind("did not deny"), cue_kind("said")
    ('nonconfirm', 'deny', None, None)
    """
    if not text:
        return None
    folded = text.casefold().replace("’", "'")
    cues = lexicon().cues
    if cues["not_denial"].search(folded):
        return None
    if cues["non_confirmation"].search(folded):
        return "nonconfirm"
    if cues["retraction"].search(folded):
        return "retract"
    if cues["denial"].search(folded):
        return "deny"
    return None


def refuses_comment(r: ClaimRecord) -> bool:
    """Whether a claim's content is its speaker's refusal to comment ('We do not comment on open
    cases', 'the firm did not comment on talk of a sale').

    >>> refuses_comment(ClaimRecord(key=1, doc="d", text="We don’t comment on rumours"))
    True
    """
    return bool(lexicon().cues["no_comment"].search(r.text.casefold().replace("’", "'")))


STANCE_KINDS = {"denies": "deny", "declines_to_confirm": "nonconfirm", "retracts": "retract"}


def stance_of_cue(cue: str | None) -> str:
    """The stance a claim without one has: what its cue says ('denied' -> 'denies', 'did not
    confirm' -> 'declines_to_confirm', 'retracted' -> 'retracts'), else 'asserts'.

    >>> stance_of_cue("flatly denied"), stance_of_cue("said")
    ('denies', 'asserts')
    """
    kind = cue_kind(cue)
    return next((stance for stance, k in STANCE_KINDS.items() if k == kind), "asserts")


def stance_kind(r: ClaimRecord) -> str | None:
    """'deny', 'nonconfirm' or 'retract' when the claim's speaker denies, declines to confirm or
    withdraws its content (its stance; for a record without one, what its cue says), else None. A
    statement that its source took back what it said ('he had been wrong to say that C',
    `withdrawn_said`) withdraws, whatever its cue."""
    if r.stance_key:
        return None if r.stance_key == "-" else r.stance_key
    return _stance_kind(r)


def seal(r: ClaimRecord) -> None:
    """Work out once what the rules read of a record many times (`origin`, `stance_kind`,
    `withdrawn_said`), for a record that is read-only from then on: the records of stored
    versions, kept between transactions and read for every copy of a story that joins them."""
    r.origin_key = origin(r)
    r.withdrawn_key = withdrawn_said(r)
    r.stance_key = stance_kind(r) or "-"
    r.kind_key = _source_kind(r)
    r.order_key = _order_of(r)


def _stance_kind(r: ClaimRecord) -> str | None:
    kind = STANCE_KINDS.get(r.stance) if r.stance is not None else cue_kind(r.cue)
    return kind or ("retract" if withdrawn_said(r) is not None else None)


@lru_cache(maxsize=1)
def _withdrawn_said() -> re.Pattern[str]:
    """The words by which a statement says its source took back what it said (corroboration.json
    withdrawn_said), what that was in the group 'said'."""
    w = {key: _words_pattern(value) for key, value in load_data("corroboration.json")["withdrawn_said"].items()
         if key != "description"}
    owned = w["be"] + r"\s+(?:\w+ly\s+)?" + w["error"] + r"(?:\s+[^\s.;:,]+){0,6}?\s+to\s+" + w["say_verbs"]
    # (a link straight after the noun has no comma: 'withdrew the statement, saying it was based on
    # old results' gives why, not what)
    # ('withdrew its lawyer's statement to the Post that C': the owner, whose statement it was)
    # ('retracted on Friday (4) a claim': a time between the verb and its object)
    taken = w["withdraw_verbs"] + withdrawal_time() + r"\s+(?:an?|the|its|his|her|their|our|my)\s+(?:(?P<owner>[\w-]+)['’]s\s+)?" \
        r"(?:[\w-]+\s+){0,2}?" + w["said_things"] + r"(?:(?:\s+[^\s.;:\"“”]+){1,12}?,?|)\s+" + w["said_links"]
    # (what was taken back ends at a comma: ', saying in a statement that ...' is what the source says now)
    return re.compile(r"(?<![\w'’-])(?:" + owned + "|" + taken + r")\s+(?:that\s+)?[\"“]?(?P<said>\w[^\"”,;]*)",
                      re.IGNORECASE)


@lru_cache(maxsize=1 << 14)
def _taken_back(text: str) -> tuple[str, str, str] | None:
    """(the words before, what was taken back, whose statement it was when the words say: 'lawyer'
    of 'its lawyer's statement', else '') of a text that says its subject took back what it said."""
    m = _withdrawn_said().search(text)
    return (text[:m.start()], m.group("said").rstrip(" ,."), (m.group("owner") or "").casefold()) if m else None


def _taken_back_of(r: ClaimRecord) -> tuple[str, str, str] | None:
    """`_taken_back` of a claim's text, or of its cue and text ('withdrew a statement it issued on
    Monday saying' as the cue of 'that C'); read for every claim's stance, so only when one of them
    holds a word of the patterns."""
    cue = r.cue or ""
    said = f"{cue} {r.text}".casefold()
    if not any(hint in said for hint in withdrawal_hints()):
        return None
    return _taken_back(r.text) or (_taken_back(f"{cue} {r.text}") if cue else None)


@lru_cache(maxsize=1)
def withdrawal_hints() -> tuple[str, ...]:
    """Words one of which any text `_withdrawn_said` matches holds: the last word of each 'error' phrase
    and each 'withdraw_verbs' form of corroboration.json's withdrawn_said (a cheap test before the pattern)."""
    words = load_data("corroboration.json")["withdrawn_said"]
    return tuple(sorted({p.split()[-1].casefold() for p in words["error"]}
                        | {v.casefold() for v in words["withdraw_verbs"]}))


def withdrawn_said(r: ClaimRecord) -> str | None:
    """What a claim says its own source took back, or None: a speaker's own error ('Ade said his
    office had been wrong on Monday to say that C', the subject its own: a pronoun or a possessive
    opening at most four words), or the publisher's account of a withdrawal ('Kolsig on Wednesday
    withdrew a statement it issued on Tuesday saying that C')."""
    if r.withdrawn_key != "":
        return r.withdrawn_key
    found = _taken_back_of(r)
    if found is None:
        return None
    before, said, _ = found
    words = before.casefold().split()
    if is_publisher(r) or not words:
        return said
    own = load_data("corroboration.json")["withdrawn_said"]["own_subjects"]
    return said if len(words) <= 4 and words[0] in own else None


def reported_withdrawer(x: ClaimRecord) -> tuple[set[str], str] | None:
    """What `takes_back` knows the source of the publisher's account of a withdrawal by: the
    capitalised words before the withdrawal ('Kolsig on Wednesday withdrew ...') and whose statement
    it was ('lawyer' of 'its lawyer's statement', else ''); None for any other claim."""
    found = _taken_back_of(x) if is_publisher(x) and withdrawn_said(x) is not None else None
    if found is None:
        return None
    return {w for w in _WORD.findall(found[0]) if w[:1].isupper()}, found[2]


def _client_of(before: str, y: ClaimRecord) -> bool:
    """Whether the party that withdrew 'its lawyer's statement' (the withdrawal's speaker, or the words
    before the publisher's account of it: 'Orrin Mills on Friday withdrew ...'; capitalised words but
    stopwords and days) may be whom `y`, a lawyer, acts for: they name none, or `y`'s name, role or
    affiliation shares a word with them (a lawyer for another firm keeps their statement)."""
    stop = lexicon().stopwords
    party = {w.casefold() for w in _WORD.findall(before) if w[:1].isupper()} - stop
    mine = {w.casefold() for w in _WORD.findall(f"{y.speaker} {y.role or ''} {y.affiliation or ''} {y.described}")}
    return not party or bool(party & mine)


def takes_back(x: ClaimRecord, y: ClaimRecord) -> bool:
    """Whether `x`, which says its source took back what it said (`withdrawn_said`), is of the
    source of `y`: whose statement the words say it was ('its lawyer's statement': a lawyer's,
    named or not); the same origin or speaker's name ('Ade' of 'Ade Suryana'); or, when `x` is the
    publisher's account, a source its words before the withdrawal name ('Kolsig on Wednesday
    withdrew ...' of a claim of Kolsig)."""
    if not y.speaker or is_publisher(y) or withdrawn_said(x) is None or namesakes(x, y):
        return False
    before, _, owner = _taken_back_of(x) or ("", "", "")
    if owner:
        party = before if is_publisher(x) else f"{x.speaker} {before}"
        return owner in {w.casefold() for w in _WORD.findall(f"{y.speaker} {y.role or ''}")} and _client_of(party, y)
    theirs = _name_key(y.speaker)
    if y.anonymous or not theirs:
        return False
    if is_publisher(x):
        return theirs[-1] in {w.casefold() for w in _WORD.findall(before) if w[:1].isupper()}
    mine = _name_key(x.speaker or "")
    return same_origin(x, y) or bool(mine) and (set(mine) <= set(theirs) and not _beside(mine, theirs)
                                                or set(theirs) <= set(mine) and not _beside(theirs, mine))


def country_of(text: str | None) -> str | None:
    """The canonical country (or organisation) a text names first: 'Argentine Defence Ministry' -> 'argentina'."""
    if not text:
        return None
    for token, weight in tokens(text).items():
        if weight == ENTITY_WEIGHT and token in lexicon().entities:
            return token
    return None


def is_publisher(r: ClaimRecord) -> bool:
    """The document's own unattributed statement (or one its own outlet is credited with)."""
    if r.form == "unattributed":
        return True
    if r.speaker and r.publisher and not r.anonymous:
        return _name_key(r.speaker) == _name_key(r.publisher) or desk_of(r.speaker, r.publisher) \
            or _short_name(r.speaker, r.publisher, f"{r.lead} {r.tail}")
    return False


def _short_name(speaker: str, publisher: str, around: str) -> bool:
    """Whether a one-word speaker is the publisher naming itself short, as its sentence writes it
    with 'the' ('The Ledger estimates' in the Harbour Ledger, 'the Clarion found' in The Clarion
    and Beacon): a word of the publisher's longer name, after 'the' ('the Harbour' never speaks)."""
    said, own = _name_key(speaker), _name_key(publisher)
    return len(said) == 1 and len(own) > 1 and said[0] in own and re.search(
        r"(?<![\w'’])the\s+" + re.escape(speaker.strip()) + r"(?![\w'’-])", around, re.IGNORECASE) is not None


def desk_of(speaker: str, publisher: str) -> bool:
    """Whether a speaker's name is a desk of the publisher ('Gazette Sport' of 'The Harbour
    Gazette', 'Ledger Sport' of 'Daily Ledger'): the last word of the publisher's name, a word
    news outlets are named with (titles.json outlet_words), then one word more.

    >>> desk_of("Gazette Sport", "The Harbour Gazette"), desk_of("Harbour Police", "The Harbour Gazette")
    (True, False)
    """
    said, own = _name_key(speaker), _name_key(publisher)
    return len(said) == 2 and bool(own) and said[0] == own[-1] and said[0] in _outlet_words()


@lru_cache(maxsize=1)
def _outlet_words() -> frozenset[str]:
    return frozenset(w.casefold() for w in load_data("titles.json")["outlet_words"])


def record_of(r: ClaimRecord) -> tuple[str | None, str] | None:
    """The record a claim's source is, as the extractor made it the source (speakers.record_named
    reads the speaker's name as it read the mention): the words naming its issuer (None when
    unnamed) and the record's, else None. One function decides what a record is and who issued it,
    for extraction and for status alike.

    >>> record_of(ClaimRecord(key=1, doc="d", text="C", speaker="2019 principal inspection", speaker_kind="institution"))
    (None, '2019 principal inspection')
    >>> record_of(ClaimRecord(key=1, doc="d", text="C", speaker="state records", speaker_kind="institution"))
    ('state', 'state records')
    >>> record_of(ClaimRecord(key=1, doc="d", text="C", speaker="Harbour Board", speaker_kind="institution")) is None
    True
    """
    if not r.speaker or r.anonymous or r.speaker_kind not in (None, "institution"):
        return None
    found = record_named(r.speaker)
    if found is None:
        return None
    issuer, name = found
    issuer = None if issuer is None or issuer in ("its", "their") else issuer.removeprefix("the ")
    return issuer, name


def is_state(name: str | None) -> bool:
    """Whether a speaker's name is just a country's ("Norway", "Sweden"): a state speaking as such."""
    if not name:
        return False
    bag = tokens(name)
    return len(bag) == 1 and next(iter(bag)) in lexicon().entities


def side(r: ClaimRecord) -> str | None:
    """The country or organisation an anonymous source speaks for, as far as the claim tells."""
    return country_of(r.affiliation) or country_of(r.speaker) or (
        country_of(r.outlet_country) if r.outlet_country else None)


# letters no accent-stripping takes apart ('ø', 'ł', 'æ'), as English copy writes them ('Borsen' for 'Børsen')
_PLAIN_LETTERS = str.maketrans(load_data("corroboration.json")["plain_letters"])


@lru_cache(maxsize=1 << 16)
def _name_key(name: str) -> tuple[str, ...]:
    """A name's words as names compare: accents stripped (`words`), case folded, and the letters
    no accent-stripping takes apart written as English copy writes them (corroboration.json
    plain_letters: the Danish paper 'Børsen' is the wire's 'Borsen', 'Łódź' its 'Lodz'); no articles."""
    return tuple(w for w in (w.casefold().translate(_PLAIN_LETTERS) for w in words(name)) if w not in ("the", "a", "an"))


def origin(r: ClaimRecord) -> str:
    """Who originated a claim, for independence: the key of the claim's stored origin (its first
    source and the outlet that first carried it; the extractor's `origin`).

    Named speakers are themselves, and a spokesperson for a named body is that body
    (`source_name`); anonymous ones count as their side ("anonymous Norwegian officials" through
    any outlet are one origin); the publisher's own statements are the
    publisher's, or those of the wire it prints (copies of one wire story are one origin);
    unsourced claims are their own.
    """
    return r.origin_key or _origin(r)


def _origin(r: ClaimRecord) -> str:
    if is_publisher(r):
        if r.origin_outlet and r.publisher and _name_key(r.origin_outlet) != _name_key(r.publisher):
            return "outlet:" + " ".join(_name_key(r.origin_outlet))
        return f"publisher:{r.doc}"
    if not r.speaker:
        return f"unsourced:{r.key}"
    if r.anonymous and source_name(r) == r.speaker:
        where = side(r)
        return f"side:{where}" if where else "anonymous:" + " ".join(_name_key(r.speaker))
    return "named:" + " ".join(_name_key(source_name(r)))


@lru_cache(maxsize=1 << 16)
def _spoken_for_body(name: str) -> str | None:
    """The named body an unnamed spokesperson speaks for ('a Tollan spokeswoman', 'a spokesman
    for the Harbour Board', "Marlow Freight's spokesperson"), else None ('a company spokeswoman',
    'a senior spokesman': no body named)."""
    m = lexicon().spokesperson.match(" ".join(name.split()))
    if m is None:
        return None
    body = m.group("after") or m.group("before") or ""
    body = re.sub(r"['’]s?$", "", body.strip())
    return body if body[:1].isupper() and _name_key(body) else None


def source_name(r: ClaimRecord) -> str:
    """The name a claim's source goes by for independence: the named body an unnamed
    spokesperson speaks for (one origin with the body's own statements: a company's figure told
    to one outlet by the company and to another by 'a company spokeswoman' is one source),
    else the speaker's name."""
    if r.speaker:
        body = _spoken_for_body(r.speaker)
        if body:
            return body
    if r.speaker and r.role and not r.anonymous:
        # a named spokesperson is the body too ('Harbour Board spokesperson Ana Lind'); a body's
        # acronym names it whatever unit or region follows ('HRA Northern Region spokesperson')
        body = _spoken_for_body(r.role)
        if body and body.casefold() not in _OWNER_PRONOUNS:
            head = body.split()[0]
            return head if len(body.split()) > 1 and re.fullmatch(r"[A-Z]{2,6}", head) else body
    return r.speaker or ""


_OWNER_PRONOUNS = frozenset(load_data("titles.json")["owner_pronouns"])


@lru_cache(maxsize=1)
def _staff_pattern() -> re.Pattern[str]:
    """A role of someone who speaks for the body it names: 'Harbour Board director', "Marlow Freight's
    lawyer", 'official of the Tollan Port Authority' (corroboration.json staff, spokespeople,
    representatives, single_offices)."""
    data = load_data("corroboration.json")
    staff = [*data["staff"]["words"], *data["spokespeople"], *data["representatives"], *data["single_offices"]]
    return re.compile(r"^(?:(?:an?|the)\s+)?(?:(?P<before>.+?)(?:['’]s?)?\s+)??(?P<staff>"
                      + _words_pattern(staff) + r")(?:\s+(?:for|of|at|to)\s+(?:the\s+)?(?P<after>.+?))?$",
                      re.IGNORECASE)


_STAFF_BODIES = load_data("corroboration.json")["staff"]["bodies"]
_CAPITALISED = re.compile(r"(?:\s+[a-z][\w-]*)+$")  # lower-case words after a body's name ('Harbour Board senior')


@lru_cache(maxsize=1 << 16)
def _staff_body(role: str) -> str | None:
    """The named body a role speaks for ('Harbour Board director' -> 'Harbour Board'; 'Health
    Minister' -> 'Health Ministry'; 'minister of health' -> 'Ministry of health'), else None ('a
    senior official', 'director': no body named; 'its lawyer': a pronoun)."""
    m = _staff_pattern().match(" ".join(role.split()))
    if m is None:
        return None
    office = _STAFF_BODIES.get(m.group("staff").casefold())
    body = re.sub(r"['’]s?$", "", m.group("after") or _CAPITALISED.sub("", m.group("before") or ""))
    if not (body[:1].isupper() or office and body) or body.casefold() in _OWNER_PRONOUNS or not _name_key(body):
        return None
    if office:
        return f"{office.capitalize()} of {body}" if m.group("after") else f"{body} {office.capitalize()}"
    return body


def staff_body(r: ClaimRecord) -> str | None:
    """The body a named person speaks for by their stored role: a spokesperson, official, director,
    lawyer or head of X is X for independence (one origin with X's own word and X's other staff)."""
    if r.anonymous or not r.speaker or r.speaker_kind not in (None, "person") or not r.role:
        return None
    return _staff_body(r.role)


def _one_body(a: str, b: str) -> bool:
    """Whether two names name one body: the same words whatever their order and links ('Ministry of
    Health', 'Health Ministry'), one the other's head words ('Football Association', 'UAE Football
    Association'), or one the acronym of the other ('FA', 'UAE Football Association': the letters of
    its last capitalised words)."""
    ka, kb = _name_key(a), _name_key(b)
    if not ka or not kb:
        return False
    wa, wb = set(ka) - _NAME_LINKS, set(kb) - _NAME_LINKS
    if wa == wb or ka[-1] == kb[-1] and (wa <= wb or wb <= wa) and not (_beside(ka, kb) or _beside(kb, ka)):
        return True
    return _acronym_of(a, b) or _acronym_of(b, a)


def _acronym_of(short: str, full: str) -> bool:
    """Whether `short` is an acronym ('FA') of `full` or of its last capitalised words ('UAE Football
    Association'), two letters at least."""
    sa, sb = _acronym(short), _acronym(full)
    return bool(sa and sb and sa[1] and not sb[1] and sb[0].endswith(sa[0]))


def unnamed_spokesperson(r: ClaimRecord) -> bool:
    """Whether a claim's source is a spokesperson of no body named ('a spokeswoman said', 'a
    company spokesman'): within one cluster, all such are one origin, the voice of one body, not
    independent sources."""
    return bool(r.anonymous and r.speaker and lexicon().spokesperson.match(" ".join(r.speaker.split()))
                and not _spoken_for_body(r.speaker))


def namesakes(x: ClaimRecord, y: ClaimRecord) -> bool:
    """Whether two claims of one person's name are of two people: each document describes its
    speaker with words of a role ('Health Minister Anna Berg', 'Anna Berg, a nurse in Dunvik': a
    title or an occupation) and the two share none. A speaker's words taken back are never a
    namesake's. Claims of two names, or of bodies, are never namesakes: a company's spokesperson and
    its chief executive are two people of one party, not one name."""
    if not x.speaker or x.speaker != y.speaker or not x.speaker_kind == y.speaker_kind == "person":
        return False
    mine, theirs = _role_nouns(x.described), _role_nouns(y.described)
    return bool(mine and theirs) and mine.isdisjoint(theirs)


def _role_nouns(described: str) -> set[str]:
    """The words of a description that say what a person is: titles and occupations ('minister', 'nurse')."""
    lex = extraction_lexicon()
    return {w for w in _WORD.findall(described.casefold()) if w in lex.title_words or w in lex.occupations}


def withdraws(x: ClaimRecord, y: ClaimRecord) -> bool:
    """Whether `x` takes `y` back: a withdrawal (its stance) of what its own source said, or of the
    statement whose words the withdrawal took in the same text: the publisher's correction of a
    quotation it printed ('An earlier version of this article quoted X as saying C': X's quotation is
    withdrawn, by the publisher), a withdrawal of the statement just told ('The company had said C.
    Its president withdrew that statement': the company's C, withdrawn by the president)."""
    if stance_kind(x) != "retract" or namesakes(x, y):
        return False
    return same_origin(x, y) or takes_back(x, y) or not is_publisher(y) \
        and (x.doc, x.version, x.start, x.end) == (y.doc, y.version, y.start, y.end)


def same_origin(a: ClaimRecord, b: ClaimRecord) -> bool:
    """Whether two claims come from the same originating source ("Lind" is "Ana Lind")."""
    oa, ob = origin(a), origin(b)
    if oa == ob:
        return True
    if oa.startswith("named:") and ob.startswith("named:"):
        ka, kb = _name_key(source_name(a)), _name_key(source_name(b))
        if ka and kb and ka[-1] == kb[-1] and (set(ka) <= set(kb) or set(kb) <= set(ka)) \
                and not (_beside(ka, kb) or _beside(kb, ka)):  # ('Critics of Brellin Foods' are not Brellin Foods)
            return True
        if _issued_by(a, kb) or _issued_by(b, ka):
            return True
        sa, sb = _acronym(source_name(a)), _acronym(source_name(b))
        return bool(sa and sb and sa[0] == sb[0] and sa[1] != sb[1]) or _one_party(a, b)
    return False


def _one_party(a: ClaimRecord, b: ClaimRecord) -> bool:
    """Whether two named sources are one party under two names: a body and its acronym or the short
    form of its name, a body and its own staff (`staff_body`: its spokesperson, official, director,
    lawyer or head; a ministry and its minister), or two staff of one body."""
    na, nb = staff_body(a) or source_name(a), staff_body(b) or source_name(b)
    if _acronym_of(na, nb) or _acronym_of(nb, na):
        return True
    return (na, nb) != (source_name(a), source_name(b)) and _one_body(na, nb)


def _issuer_word(r: ClaimRecord) -> str | None:
    """The last word of the name of the body that issued the record a claim's source is ('ministry'
    of 'transport ministry figures', 'agency' of 'figures from the Coastal Safety Agency'), else None."""
    found = record_of(r)
    issuer = _name_key(found[0]) if found and found[0] else ()
    return issuer[-1] if issuer else None


def _issued_by(record: ClaimRecord, name: tuple[str, ...]) -> bool:
    """Whether a claim's source is a record issued by the body a name key names: a body's own data
    is its word, one origin with what it says ('according to transport ministry figures' and
    'according to the transport ministry' in two takes of one story): the name ends with the issuer's
    word and every word of it is in the record's name."""
    word = _issuer_word(record)
    return bool(word and name and name[-1] == word and set(name) <= set(_name_key(source_name(record))))


@lru_cache(maxsize=1 << 16)
def _acronym(name: str | None) -> tuple[str, bool] | None:
    """(the letters, whether the name is only them) of a body's name: 'GHP' -> ('ghp', True), 'the
    Guild of Harbour Pilots' -> ('ghp', False): one body under its full name and its
    acronym; None for a name of one ordinary word.

    >>> _acronym("GHP"), _acronym("Guild of Harbour Pilots")
    (('ghp', True), ('ghp', False))
    """
    parts = (name or "").split()
    if len(parts) == 1 and re.fullmatch(r"[A-Z]{2,6}", parts[0]):
        return parts[0].casefold(), True
    capitals = [w for w in parts if w[:1].isupper() and w.casefold() not in ("the", "a", "an")]
    if len(capitals) < 2 or len(capitals) != len([w for w in parts if w.casefold() not in _NAME_LINKS]):
        return None
    return "".join(w[0] for w in capitals).casefold(), False


_NAME_LINKS = frozenset(load_data("titles.json")["name_particles"])  # words a body's initials skip


class Origins:
    """A set of origins that tells at once whether a claim has the same origin as any of them
    (what `same_origin` tells of two), so that choosing one claim per origin stays linear."""

    def __init__(self, records: Iterable[ClaimRecord] = ()):
        self.exact: set[str] = set()
        self.named: dict[str, list[frozenset[str]]] = defaultdict(list)
        for r in records:
            self.add(r)

    def add(self, r: ClaimRecord) -> None:
        o = origin(r)
        self.exact.add(o)
        if o.startswith("named:"):
            key = _name_key(source_name(r))
            if key:
                self.named[key[-1]].append(frozenset(key))

    def __contains__(self, r: ClaimRecord) -> bool:
        o = origin(r)
        if o in self.exact:
            return True
        if o.startswith("named:"):
            key = _name_key(source_name(r))
            if key:
                mine = frozenset(key)
                return any(mine <= other or other <= mine for other in self.named.get(key[-1], ()))
        return False


def wire_key(sentence: str) -> str:
    """A sentence as wire copy compares: its letters and digits, case folded.

    >>> wire_key("U.S officials said it.") == wire_key("uS officials said it")
    True
    """
    return fold(sentence, words_only=True).replace(" ", "")


def _order_of(r: ClaimRecord) -> tuple:
    """Earliest first: stated on, then on one day the copy that first carried it (`carrier_rank`),
    then document and place in it (not the order of storing)."""
    if r.order_key:
        return r.order_key
    key = r.key
    return (r.stated_on or "9999", carrier_rank(r), r.doc or "", r.seq or 0) + (
        (0, key, "") if isinstance(key, int) else (1, 0, str(key)))


def carrier_rank(r: ClaimRecord) -> int:
    """Among copies of one day, which carried a statement first: a wire agency's own story (0),
    then a story that credits no other outlet for it (1), then a reprint or relay that credits
    another outlet, its stored origin's (2): the wire, or the outlet the reprint names, is the
    first carrier, whatever the documents' names."""
    if r.publisher and _name_key(r.publisher) in _agencies():
        return 0
    credited = r.origin_outlet or r.outlet
    return 2 if credited and r.publisher and _name_key(credited) != _name_key(r.publisher) else 1


@lru_cache(maxsize=1)
def _agencies() -> frozenset[tuple[str, ...]]:
    """The names and aliases of outlets.json's news agencies, as `_name_key` gives them."""
    return frozenset(_name_key(name) for o in load_data("outlets.json")["outlets"] if o.get("kind") == "agency"
                     for name in (o["name"], *o.get("aliases", ())))


_GENERIC_ENDS = frozenset(load_data("titles.json")["outlet_generic_ends"])


def _outlet_word(name: str | None) -> str | None:
    """The word an outlet is known by ('The Harbour Gazette' -> 'gazette'; 'the Gazette' too;
    'Jolby News' -> 'kelby', as 'the Jolby' and 'Jolby Online')."""
    key = _name_key(name) if name else ()
    if len(key) > 1 and key[-1] in _GENERIC_ENDS:
        key = key[:-1]
    return key[-1] if key else None


def _anonymous_channel(r: ClaimRecord, outlets: set[str]) -> tuple[str, str] | None:
    """The outlet an anonymous source reached the reader through, with the side it speaks for:
    the outlet of its stored origin, the claim's outlet, an outlet its name names ("the Gazette's
    source"), or else the document's publisher (its own source). None for a named source."""
    if not r.speaker or not r.anonymous or is_publisher(r):
        return None
    named = [w.casefold() for w in words(r.speaker) if w.casefold() in outlets]
    word = (_outlet_word(r.origin_outlet) or _outlet_word(r.outlet) or (named[-1] if named else None)
            or _outlet_word(r.publisher))
    if word is None:
        return None
    return word, country_of(r.affiliation) or country_of(r.speaker) or ""


def origin_groups(records: Sequence[ClaimRecord]) -> dict[Hashable, Hashable]:
    """claim key -> the key of the earliest claim of its origin, among the claims of one cluster.

    Relays and copies count once. One origin: claims of the same source (`same_origin`);
    anonymous sources that reached the reader through the same outlet (`_anonymous_channel`),
    unless they speak for different sides; spokespeople of no body named (`unnamed_spokesperson`); wire copy, near-identical sentences in two
    documents (`WIRE_COPY`), whatever speakers the extractor gave them; and a party named only by what
    it is ('the operator') with a named source (`_described_parties`).
    """
    parent = {r.key: r.key for r in records}
    order = {r.key: _order_of(r) for r in records}

    def find(x: Hashable) -> Hashable:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def join(members: Iterable[Hashable]) -> None:
        roots = sorted({find(m) for m in members}, key=order.__getitem__)
        for root in roots[1:]:
            parent[root] = roots[0]

    buckets: dict[Any, list[Hashable]] = defaultdict(list)
    outlets = {w for r in records for w in (_outlet_word(r.origin_outlet), _outlet_word(r.outlet),
                                            _outlet_word(r.publisher)) if w}
    channels = {r.key: _anonymous_channel(r, outlets) for r in records}
    for r in records:
        o = origin(r)
        buckets[("origin", o)].append(r.key)
        if o.startswith("named:"):
            buckets[("surname", _name_key(source_name(r))[-1])].append(r.key)
            issuer = _issuer_word(r)  # (a body's own records: `same_origin`)
            if issuer and issuer != _name_key(source_name(r))[-1]:
                buckets[("surname", issuer)].append(r.key)
            short = _acronym(source_name(r))
            if short:
                buckets[("acronym", short[0])].append(r.key)
            for key in _party_keys(r):
                buckets[("surname", key)].append(r.key)
        channel = channels[r.key]
        if channel is not None:
            buckets[("channel", channel)].append(r.key)
        if unnamed_spokesperson(r):
            buckets[("spokesperson", None)].append(r.key)
    by_key = {r.key: r for r in records}
    for (kind, _), keys in buckets.items():
        if kind == "acronym":
            # 'GHP' and 'Guild of Harbour Pilots': one body, when one of them is the acronym
            if len({(_acronym(source_name(by_key[k])) or ("", False))[1] for k in keys}) == 2:
                join(keys)
            continue
        if kind != "surname":
            join(keys)
            continue
        # "Lind" is "Ana Lind": one claim of each name is compared (claims of one name are one
        # origin already), so that hundreds of copies of a quotation stay linear
        names = list({_name_key(source_name(by_key[k])): k for k in reversed(keys)}.values())
        for i, a in enumerate(names):
            for b in names[i + 1:]:
                if same_origin(by_key[a], by_key[b]):
                    join((a, b))
    for pair in _wire_copies(records):
        join(pair)
    for relay in _outlet_relays(records, channels):
        join(relay)
    _join_carried_stories(records, order, find, join)
    for pair in _described_parties(records, order):
        join(pair)
    for twins in _quoted_twins(records):
        join(twins)
    return {r.key: find(r.key) for r in records}


def _party_keys(r: ClaimRecord) -> set[str]:
    """Words under which a named source meets the other names of its party (`_one_party`): the last
    word of the body its role speaks for, and the acronyms of its name's last capitalised words."""
    body = staff_body(r)
    name = body or source_name(r)
    keys = {_name_key(body)[-1]} if body else set()
    short = _acronym(name)
    if short:
        keys |= {short[0][n:] for n in range(len(short[0]) - 1)} if not short[1] else {short[0]}
    return keys - {_name_key(source_name(r))[-1]}


# a quotation inside a claim's text ('were "a lottery with lives" in winter'): only those of two words
# or more are compared (`_quotations`); no quotation mark may stand inside, so a mark never closed is
# read once, not from every word after it
_QUOTED = re.compile(r"[\"“]([^\"“”]*)[\"”]")
# where an anonymous source's description ends and what it did or whom it worked for begins
_DESCRIPTION_END = re.compile(r"\s+" + _words_pattern(load_data("corroboration.json")["generic_source_heads"]["ends"])
                              + r"\s|[,;(]")
_GENERIC_HEADS = frozenset({*load_data("corroboration.json")["generic_source_heads"]["words"],
                            *(w for w in load_data("corroboration.json")["unnamed_bodies"] if " " not in w)})
# a medium told by the source a claim's own words name ('told a newspaper this week that')
_TOLD_MEDIUM = re.compile(r"(?<!\w)(?:a|an|the|another|one)\s+(?:\w+\s+)?"
                          + _words_pattern(list(load_data("outlets.json")["described_by"])) + r"(?!\w)", re.IGNORECASE)


def _quotations(text: str) -> list[str]:
    """The quotations of two words or more in a claim's text, folded for comparing."""
    return [fold(q).strip(" ,.;:") for q in _QUOTED.findall(text) if len(q.split()) > 1]


def _relayed(r: ClaimRecord) -> bool:
    """Whether a claim reached its document through someone else: a relay names it, its outlet is
    not its publisher, or its own words say its source told a medium ('told a newspaper that')."""
    return bool(r.relayed_by or (r.outlet and _outlet_word(r.outlet) != _outlet_word(r.publisher))
                or _TOLD_MEDIUM.search(r.lead))


def _quoted_twins(records: Sequence[ClaimRecord]) -> list[list[Hashable]]:
    """Claims of one cluster (the matcher finds them alike: `origin_groups`) by anonymous sources
    described by the same noun ('a former harbour pilot', 'a pilot who worked the night crossings')
    that quote the same words, at least one of them relayed (`_relayed`): one source's quotation, the
    second time passed on by another outlet (which need not name the first), never two sources. A noun
    any number of people share ('a senior official', 'an official at the ministry': `_GENERIC_HEADS`)
    makes no twins."""
    buckets: dict[tuple[str, str], list[ClaimRecord]] = defaultdict(list)
    for r in records:
        if not r.anonymous or not r.speaker or is_publisher(r) or r.speaker_kind == "media":
            continue
        head = _DESCRIPTION_END.split(" ".join(r.speaker.split()), maxsplit=1)[0].split()
        if not head or head[-1].casefold() in _GENERIC_HEADS:
            continue
        for quoted in set(_quotations(r.text)):
            buckets[(head[-1].casefold(), quoted)].append(r)
    return [[r.key for r in twins] for twins in buckets.values() if len(twins) > 1 and any(map(_relayed, twins))]


def _described_party(r: ClaimRecord) -> bool:
    """Whether a claim's source is a party named only by what it is, on the record ('the operator',
    'the aged care regulator', 'the ministry', 'its managing director', 'head of the Harbour Fund'):
    its name opens with a lower-case word (a description, no name), and it is no anonymous source, a
    spokesperson (the body's own origin: `source_name`), medium, record, force or the publisher."""
    if not r.speaker or r.anonymous or r.speaker_kind == "media" or is_publisher(r) or record_of(r):
        return False
    name = " ".join(r.speaker.split())
    return name[:1].islower() and not _FORCES.search(name.casefold()) and source_name(r) == r.speaker


# police forces and emergency services speak for themselves, named or not ('police said', 'the fire brigade said')
_FORCES = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in sorted(
    {*load_data("corroboration.json")["forces"], *load_data("titles.json")["police_services"]}, key=len, reverse=True))
                     + r")(?!\w)")


def _described_parties(records: Sequence[ClaimRecord], order: Mapping[Hashable, tuple]) -> list[tuple[Hashable, Hashable]]:
    """A party a story names only by what it is ('The operator says C', in a summary box or a
    headline, or in another outlet's story) is one origin with a named source of the cluster that says
    the same, not a second one beside it: a definite description refers to a party the coverage
    names ('the private operator Ironbark Living', 'its chief executive, Ana Lind'), and two names
    for one party are one source (DESIGN.md: independent means different originating speakers). The
    named source of its own document first, else the earliest; named sources stay apart as they were."""
    described = [r for r in records if _described_party(r)]
    if not described:
        return []
    kept = {r.key for r in described}
    named = sorted((r for r in records if not r.anonymous and origin(r).startswith("named:") and r.key not in kept
                    and r.speaker_kind != "media" and not is_publisher(r)), key=lambda r: order[r.key])
    if not named:
        return []
    first_in: dict[str, ClaimRecord] = {}  # document -> its earliest named source
    for n in named:
        first_in.setdefault(n.doc, n)
    return [(first_in.get(r.doc, named[0]).key, r.key) for r in described]


def _join_carried_stories(records: Sequence[ClaimRecord], order: Mapping[Hashable, tuple],
                          find: Callable[[Hashable], Hashable], join: Callable[[Iterable[Hashable]], None]) -> None:
    """'The Ledger, citing two officials, said C' in another outlet's story, when the Ledger's own
    story of C is in the cluster: the relay has the Ledger's word for C, whoever the Ledger's sources
    are and however either story names them ('two officials', 'the report'), so it is one origin with
    the first claim the story carries first-hand, unless it already is one with such a claim (its
    source by name). Joined with one claim only: sources the story itself holds apart stay apart."""
    stories: dict[tuple[str, ...], list[Hashable]] = defaultdict(list)
    for r in records:
        if r.publisher and carrier_rank(r) < 2:  # (what the story itself relays from a third outlet is not its own)
            stories[_name_key(r.publisher)].append(r.key)
    if not stories:
        return
    for r in sorted(records, key=lambda r: order[r.key]):
        via = _name_key(r.origin_outlet) if r.origin_outlet else ()
        story = stories.get(via) if via and via != _name_key(r.publisher or "") else None
        if story and all(find(k) != find(r.key) for k in story):
            join((r.key, min(story, key=order.__getitem__)))


def _outlet_relays(records: Sequence[ClaimRecord],
                   channels: Mapping[Hashable, tuple[str, str] | None]) -> list[set[Hashable]]:
    """'The paper said X', 'the Ledger reported X': a claim whose speaker is an outlet is one origin
    with what that outlet carried (its anonymous sources, by their `channels`; the sources it first
    carried; its own statements), never a second source beside them."""
    relays: dict[str, set[Hashable]] = {}
    for r in records:
        word = _outlet_word(r.speaker) if r.speaker_kind == "media" and not r.anonymous else None
        if word:
            relays.setdefault(word, set()).add(r.key)
    if not relays:
        return []
    for r in records:
        channel = channels[r.key]
        for word in (channel[0] if channel else None, _outlet_word(r.origin_outlet),
                     _outlet_word(r.publisher) if is_publisher(r) else None):
            if word in relays:
                relays[word].add(r.key)
    return [keys for keys in relays.values() if len(keys) > 1]


def _wire_copies(records: Sequence[ClaimRecord]) -> list[tuple[Hashable, Hashable]]:
    """Pairs of claims that are one sentence reprinted in two documents: the n-th claim of a
    sentence in each document with the n-th of the same sentence in the earliest of them. Not
    two named sources the extractor tells apart: a reprint keeps the name it quotes."""
    by_sentence: dict[str, dict[str, list[ClaimRecord]]] = defaultdict(lambda: defaultdict(list))
    for r in records:
        if r.wire:
            by_sentence[r.wire][r.doc].append(r)
    sentences = sorted(by_sentence)
    same = {s: s for s in sentences}
    if 1 < len(sentences) <= WIRE_SENTENCES:
        for i, a in enumerate(sentences):
            for b in sentences[i + 1:]:
                if same[b] == b and Indel.normalized_similarity(a, b) >= WIRE_COPY:
                    same[b] = same[a]
    merged: dict[str, dict[str, list[ClaimRecord]]] = defaultdict(lambda: defaultdict(list))
    for s in sentences:
        for doc, claims in by_sentence[s].items():
            merged[same[s]][doc].extend(claims)
    pairs = []
    for docs in merged.values():
        columns: dict[int, list[ClaimRecord]] = defaultdict(list)
        for claims in docs.values():
            for n, r in enumerate(sorted(claims, key=lambda r: (r.start, r.end))):
                columns[n].append(r)
        for column in columns.values():
            first = min(column, key=_order_of)
            pairs += [(first.key, r.key) for r in column if r is not first and not _named_apart(first, r)]
    return pairs


def _named_apart(a: ClaimRecord, b: ClaimRecord) -> bool:
    """Two named sources that are not one."""
    named = origin(a).startswith("named:") and origin(b).startswith("named:")
    return named and not same_origin(a, b)


def can_corroborate(r: ClaimRecord) -> bool:
    """Only sourced statements of fact support each other; opinions are not corroborated."""
    return bool(r.speaker) and not is_publisher(r) and (r.kind in (None, "fact")) and stance_kind(r) is None


def _later(a: ClaimRecord, b: ClaimRecord) -> tuple[ClaimRecord, ClaimRecord]:
    """(later, earlier): links point from the later statement to the one it repeats or backs."""
    ka = (a.stated_on or "", a.doc, a.seq)
    kb = (b.stated_on or "", b.doc, b.seq)
    return (a, b) if ka > kb else (b, a)


# --- relations -------------------------------------------------------------------------------

def rebuts(r: ClaimRecord) -> bool:
    """Whether a claim answers what came before it in its sentence with a negation after a
    contrast: "Y claimed P but officials have said they do not believe Q" (its lead ends in the
    contrast's clause, its content negates)."""
    if not r.speaker or is_publisher(r) or stance_kind(r) is not None:
        return False
    lex = lexicon()
    return bool(lex.contrast_lead.search(r.lead.casefold())) and bool(lex.negation.search(r.text.casefold()))


def acts_on_object(r: ClaimRecord) -> bool:
    """Whether the last denial cue of a claim's lead acts on its object rather than denying
    something said: 'dismissed' or 'rejected' with an object that is no report, claim or clause
    ('dismissed its chief pilot', 'rejected the bid'), 'denied' a person a thing ('denied him a
    permit'), the object read on into the claim's own words.

    >>> acts_on_object(ClaimRecord(key=1, doc="d", text="its coach", lead="The club dismissed "))
    True
    >>> acts_on_object(ClaimRecord(key=1, doc="d", text="C", lead="but dismissed reports that "))
    False
    """
    lex = lexicon()
    folded = r.lead.casefold().replace("’", "'")
    found = list(lex.cues["denial"].finditer(folded))
    if not found:
        return False
    last = found[-1]
    after = f"{folded[last.end():]} {r.text.casefold()}"
    if lex.object_denial.fullmatch(last.group()):
        return not lex.said_object.match(after)
    return bool(lex.person_object.match(after))


def lead_deniers(records: Sequence[ClaimRecord]) -> list[tuple[int, int, str]]:
    """(denier, denied, how) within sentences: "X said ..., but did not confirm reports that Y";
    and "Y claimed P but X said not Q" (`rebuts`: X denies Y's claim of a fact or view, not a
    position or a prediction).

    The claim whose lead holds the cue is denied by the nearest earlier claim of its sentence
    that comes from another source; a rebuttal denies the nearest earlier claim of another source.
    """
    by_sentence: dict[tuple[str, tuple[int, int]], list[int]] = defaultdict(list)
    for i, r in enumerate(records):
        if r.sentence is not None:
            by_sentence[(r.doc, r.sentence)].append(i)
    found = []
    for i, r in enumerate(records):
        if r.sentence is None or stance_kind(r) in ("nonconfirm", "deny"):
            continue
        how = cue_kind(r.lead)
        if how == "deny" and acts_on_object(r):
            continue  # 'The board dismissed its chief pilot, two people said': no denial
        if how in ("nonconfirm", "deny"):
            # (a denial of a report told in another sentence holds that report's words: no claim of this one)
            earlier = [j for j in by_sentence[(r.doc, r.sentence)]
                       if j != i and r.sentence[0] <= records[j].start < r.start and records[j].speaker
                       and not same_origin(records[j], r)]
            if earlier:
                found.append((max(earlier, key=lambda j: records[j].start), i, how))
        elif rebuts(r):
            answered = [j for j in by_sentence[(r.doc, r.sentence)]
                        if j != i and records[j].start < r.start and records[j].speaker and not is_publisher(records[j])
                        and not same_origin(records[j], r) and stance_kind(records[j]) is None
                        and records[j].kind not in ("position", "prediction")]
            if answered:
                found.append((i, max(answered, key=lambda j: records[j].start), "deny"))
    return found


def answered_reports(records: Sequence[ClaimRecord]) -> list[tuple[int, int, str]]:
    """(answer, report, how): the claims a denial, non-confirmation or withdrawal of "the report"
    answers, as the extractor stored them (its content is the report's: the same offsets).

    The report is every asserting claim of another source with the answer's offsets, and the
    claims of that source and outlet among the REPORT_WINDOW claims before the answer (of the
    same sentence, for a withdrawal, whose source must be the report's, for a non-confirmation,
    which reaches only what it answers, and for a denial in the sentence it answers: 'He said
    P, a claim the union disputes' answers P, not what he said before; a denier who goes on to
    say what is wrong with the report reaches only the report's lead and what that answers,
    `_reached`). Read again from the stored claims, so that `recompute` finds what ingest found.
    """
    by_span: dict[tuple, list[int]] = defaultdict(list)
    by_sentence: dict[tuple, list[int]] = defaultdict(list)
    for i, r in enumerate(records):
        by_span[(r.doc, r.version, r.start, r.end)].append(i)
        by_sentence[(r.doc, r.version, r.sentence)].append(i)
    window = _SeqWindow(records)  # (the claims beside an answer are looked up, not scanned: a long text is no square)
    found = []
    for i, x in enumerate(records):
        how = stance_kind(x)
        if how is None:
            continue
        retract = how == "retract"
        for j in by_span[(x.doc, x.version, x.start, x.end)]:
            y = records[j]
            if j == i or stance_kind(y) is not None or is_publisher(y) or (
                    not withdraws(x, y) if retract else same_origin(x, y)):
                continue
            found.append((i, j, how))
            # (a withdrawal or a non-confirmation reaches the sentence it answers, a denial the
            # report; one in the sentence it answers, "P, a claim the union disputes", only that)
            beside = by_sentence[(x.doc, x.version, y.sentence)] \
                if how in ("retract", "nonconfirm") or x.sentence == y.sentence else _reached(records, x, y, window)
            found += [(i, k, how) for k in beside
                      if records[k].speaker == y.speaker and (records[k].outlet or "") == (y.outlet or "")
                      and stance_kind(records[k]) is None and not is_publisher(records[k])]
    return sorted(set(found))


def _reached(records: Sequence[ClaimRecord], x: ClaimRecord, y: ClaimRecord, window: _SeqWindow) -> list[int]:
    """The claims of `y`'s source and outlet among the REPORT_WINDOW before a denial `x` of the report
    `y` that it reaches: all of them, unless the denier goes on to say what is wrong with it (its own
    claims after it, `_SeqWindow.after`); then those of `y`'s sentence, the report's lead (its first
    claim) and those that share REPORT_REACH_SHARED content words with what the denier goes on to
    say: 'The director rejected the report. He said the spare log held only weather notes'
    reaches the report's claims about the spare log, not its count of skipped drills
    (`document._Document._narrow_denials` reads the text so)."""
    said = {stem(w) for k in window.after(x) if records[k].speaker == x.speaker and stance_kind(records[k]) is None
            for w in content_words(records[k].text)}
    mine = [k for k in window.before(x) if records[k].speaker == y.speaker and (records[k].outlet or "") == (y.outlet or "")]
    return [k for n, k in enumerate(mine) if not said or n == 0 or records[k].sentence == y.sentence
            or len(said.intersection(stem(w) for w in content_words(records[k].text))) >= REPORT_REACH_SHARED]


class _SeqWindow:
    """The claims of a version among the REPORT_WINDOW claims before (or after) a claim, by their `seq`."""

    def __init__(self, records: Sequence[ClaimRecord]) -> None:
        self.of_version: dict[tuple, list[tuple[int, int]]] = defaultdict(list)  # (seq, index), sorted when asked
        for k, r in enumerate(records):
            self.of_version[(r.doc, r.version)].append((r.seq, k))
        self.ordered: set[tuple] = set()

    def before(self, x: ClaimRecord) -> list[int]:
        return self._between(x, x.seq - REPORT_WINDOW, x.seq)

    def after(self, x: ClaimRecord) -> list[int]:
        return self._between(x, x.seq + 1, x.seq + REPORT_WINDOW + 1)

    def _between(self, x: ClaimRecord, first: int, stop: int) -> list[int]:
        """The claims of x's version whose seq is from `first` up to, not including, `stop`."""
        items = self.of_version[(x.doc, x.version)]
        if (x.doc, x.version) not in self.ordered:
            items.sort()
            self.ordered.add((x.doc, x.version))
        lo = bisect.bisect_left(items, (first, -1))
        hi = bisect.bisect_left(items, (stop, -1))
        return [k for _, k in items[lo:hi]]


HOW = {"nonconfirm": "did not confirm", "deny": "denied"}
ANSWERED = {"nonconfirm": "did not confirm it", "deny": "denied it", "retract": "withdrew it"}
WITHDREW = "withdrew it"  # the opening of the reason of a rule link by which a source takes a claim back
WITHDREW_PART = "withdrew part of it"  # ... takes back part of a claim ('C, and that D' of which C is withdrawn)


def _answered_relations(records: Sequence[ClaimRecord], found: Mapping[str, Sequence[tuple]] | None = None,
                        ) -> dict[tuple[Hashable, Hashable], Relation]:
    """The `contradicts` relations of `answered_reports` and `publisher_verdicts` (or those `found`
    already, `TEXT_RULES`), by (source, target) key."""
    answered = answered_reports(records) if found is None else found["answered"]
    out = {(records[x].key, records[y].key): Relation(records[x].key, records[y].key, "contradicts", 1.0,
                                                      f"{records[x].speaker} {ANSWERED[how]}")
           for x, y, how in answered}
    for x, y in publisher_verdicts(records) if found is None else found["verdicts"]:
        out.setdefault((records[x].key, records[y].key), Relation(
            records[x].key, records[y].key, "contradicts", 1.0, f"{records[x].speaker} called it false"))
    return out


def named_reports(records: Sequence[ClaimRecord], judged: Sequence[tuple[int, int, Any]]) -> list[tuple[int, int]]:
    """(answer, claim): a denial or non-confirmation of another outlet's report that its document
    never restates ('Vahl said a report in the Morrow Courier was wrong': no claim of its version
    shares its words) answers that outlet's reporting of the same story: the claims of the
    outlet's own documents that unnamed sources state (not its background, nor what a named party
    told it) but the answer's own document does not say too, those unnamed sources' claims as other
    documents relay them from the outlet ('people familiar with the plans, the Courier reported'),
    and the claims of the answer's own version that the outlet carried, the outlet's own words
    among them ('the Courier reported that C'). The same story: the two documents hold a pair of
    claims the matcher compared (`judged`), so that ingest, in any order, finds what `recompute`
    finds."""
    spans: dict[tuple, int] = defaultdict(int)
    by_text: dict[tuple, list[int]] = defaultdict(list)  # (document, version) -> its claims
    # outlet -> document -> the claims of its own documents, and those other documents credit to it
    of_outlet: dict[tuple[str, ...], dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for i, r in enumerate(records):
        spans[(r.doc, r.version, r.start, r.end)] += 1
        by_text[(r.doc, r.version)].append(i)
        if r.publisher:
            of_outlet[_name_key(r.publisher)][r.doc].append(i)
        if r.outlet and _name_key(r.outlet) != _name_key(r.publisher or ""):
            of_outlet[_name_key(r.outlet)][r.doc].append(i)
    if not of_outlet:
        return []
    related, restated = _story_documents(records, judged)
    outlets = set(of_outlet)
    found = []
    for x, d in enumerate(records):
        if stance_kind(d) not in HOW or spans[(d.doc, d.version, d.start, d.end)] > 1 \
                or not _names_a_report(d.text):
            continue
        for key in _outlets_named(d, outlets):
            # (what the answer's own document says too is the story's background, no part of the report)
            found += [(x, y) for doc in related[d.doc] - {d.doc} for y in of_outlet[key].get(doc, ())
                      if d.doc not in restated[y] and _reporting(records[y], d)]
            found += [(x, y) for y in by_text[(d.doc, d.version)] if y != x
                      and _name_key(records[y].outlet or records[y].speaker or "") == key and stance_kind(records[y]) is None]
    return sorted(set(found))


def _story_documents(records: Sequence[ClaimRecord], judged: Sequence[tuple[int, int, Any]],
                     ) -> tuple[dict[str, set[str]], dict[int, set[str]]]:
    """(document -> the documents of the same story, claim -> the other documents that say it too)
    from the pairs the matcher compared (`judged`)."""
    related: dict[str, set[str]] = {r.doc: set() for r in records}
    restated: dict[int, set[str]] = defaultdict(set)
    for i, j, match in judged:
        related[records[i].doc].add(records[j].doc)
        related[records[j].doc].add(records[i].doc)
        if not match.conflict:
            restated[i].add(records[j].doc)
            restated[j].add(records[i].doc)
    return related, restated


def _reporting(r: ClaimRecord, answer: ClaimRecord) -> bool:
    """Whether a claim of an outlet's document is its reporting, which a denial of its report
    answers: what its unnamed sources told it (not the background it gives in its own words, nor
    what a named party told it, nor unnamed commentators: 'analysts at X estimated'), of no
    stance, no report of a report."""
    described = " ".join(p for p in (r.speaker, r.role, r.described) if p)
    return r.anonymous and not is_publisher(r) and stance_kind(r) is None and not tells_of_report(r) \
        and not same_origin(r, answer) and not any(p.search(described) for p, _ in lexicon().commentator_roles)


@lru_cache(maxsize=1 << 14)
def _names_a_report(text: str) -> bool:
    """Whether a text speaks of a report (lexicon named_report), as an answer to one does: read once
    for the copies of one text."""
    return lexicon().named_report.search(text.casefold()) is not None


@lru_cache(maxsize=1 << 14)
def _said_words(text: str) -> tuple[frozenset[str], str]:
    """The words of a text, casefolded, and all of them joined between spaces (`_outlets_named`)."""
    said = [w.casefold() for w in words(text)]
    return frozenset(said), f" {' '.join(said)} "


def _outlets_named(d: ClaimRecord, outlets: Iterable[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """The `outlets` (not the answer's own publisher) whose name, or the last word of it, the
    answer's words give ('a report in the Morrow Courier', 'the Courier's story')."""
    said, joined = _said_words(d.text)
    own = _name_key(d.publisher or "")
    out = []
    for key in sorted(outlets):
        if key == own or not key:
            continue
        if f" {' '.join(key)} " in joined or (len(key[-1]) > 3 and key[-1] in said):
            out.append(key)
    return out


def checked_claim(r: ClaimRecord) -> bool:
    """Whether a claim is the line of a fact check that states the claim it checks ('Claim: C'):
    that claim, which the fact check's rating answers, not a statement of the fact check's own."""
    return lexicon().checked_label.match(r.text) is not None


def rates_false(r: ClaimRecord) -> bool:
    """Whether a statement of the publisher's own is a fact check's sentence calling a claim false
    in its own words ('The claim that C is false'): it denies what says C."""
    return is_publisher(r) and lexicon().claim_false.fullmatch(" ".join(r.text.split())) is not None


def verdict_of(r: ClaimRecord) -> str | None:
    """The kind of verdict of falsehood a statement of the publisher's own gives, or None: 'that'
    ('This is false.': on what came just before), 'rating' (a fact check's 'Verdict: False': on
    the claim it checks and what came just before), 'claim' ('The claim that C is false')."""
    if not is_publisher(r):
        return None
    text = " ".join(r.text.split())
    lex = lexicon()
    if lex.verdict.fullmatch(text):
        return "that"
    if lex.rating.match(text):
        return "rating"
    return "claim" if lex.claim_false.fullmatch(text) else None


def _answers_as(r: ClaimRecord) -> str | None:
    """How a claim answers the claims like it: its stance when it denies or declines to confirm
    (a `HOW` key), 'deny' for a fact check's 'The claim that C is false', else None."""
    kind = stance_kind(r)
    return kind if kind in HOW else ("deny" if rates_false(r) else None)


def _in_text_order(records: Sequence[ClaimRecord]) -> list[list[int]]:
    """The claims of each version of a document, in the order its text gives them."""
    by_version: dict[tuple, list[int]] = defaultdict(list)
    for i, r in enumerate(records):
        by_version[(r.doc, r.version)].append(i)
    return [sorted(members, key=lambda i: (records[i].seq, records[i].start)) for members in by_version.values()]


def publisher_verdicts(records: Sequence[ClaimRecord]) -> list[tuple[int, int]]:
    """(verdict, claim): a statement of the publisher's own that calls what came before false ('A
    post shared on Friday claimed that C. This is false.', a fact check's 'Verdict: False') answers
    the nearest claim of another source before it, among the REPORT_WINDOW claims before it in its
    version; a fact check's rating, or its sentence 'The claim that C is false', also answers the
    claim it checks ('Claim: C', anywhere in its version)."""
    found = []
    for members in _in_text_order(records):
        checked = [j for j in members if checked_claim(records[j]) and stance_kind(records[j]) is None]
        for n, i in enumerate(members):
            r = records[i]
            kind = verdict_of(r)
            if kind is None:
                continue
            if kind in ("rating", "claim"):
                found += [(i, j) for j in checked if j != i]
            if kind == "claim":
                continue
            earlier = [j for j in members[max(0, n - REPORT_WINDOW):n] if records[j].end <= r.start
                       and records[j].speaker and not is_publisher(records[j]) and stance_kind(records[j]) is None]
            if earlier:
                found.append((i, earlier[-1]))
    return sorted(set(found))


def text_rules(records: Sequence[ClaimRecord]) -> dict[str, list[tuple]]:
    """What the rules that read one text at a time find among `records`, by name (`TEXT_RULES`):
    denials in sentences (`lead_deniers`), answers to a report (`answered_reports`), the publisher's
    verdicts (`publisher_verdicts`) and figures given against another's (`counter_figures`)."""
    return {"denials": lead_deniers(records), "answered": answered_reports(records),
            "verdicts": publisher_verdicts(records), "figures": counter_figures(records)}


TEXT_RULES = ("denials", "answered", "verdicts", "figures")


def within_texts(records: Sequence[ClaimRecord],
                 of_text: Callable[[Sequence[ClaimRecord]], Mapping[str, Sequence[tuple]]] = text_rules,
                 ) -> dict[str, list[tuple]]:
    """`text_rules(records)`, in its order, worked out a document at a time by `of_text` (each of
    those rules reads the claims of one document alone), so that what was found in a document's
    claims can be kept (`links`: the copies of a story stored already are not read again for each
    copy that joins them). Claims of two versions of one document are read in one pass."""
    by_doc: dict[Any, list[int]] = defaultdict(list)
    for i, r in enumerate(records):
        by_doc[r.doc].append(i)
    if len({(r.doc, r.version) for r in records}) != len(by_doc):
        return text_rules(records)
    out: dict[str, list[tuple]] = {name: [] for name in TEXT_RULES}
    for positions in by_doc.values():  # (in the order of their first claims: `counter_figures` order)
        for name, rows in of_text([records[i] for i in positions]).items():
            out[name] += [(positions[row[0]], positions[row[1]], *row[2:]) for row in rows]
    # one denial at most for each claim whose lead or rebuttal finds it, which comes after what it
    # pairs with: in the order of that claim, as `lead_deniers` lists them
    out["denials"].sort(key=lambda d: max(d[0], d[1], key=lambda i: records[i].start))
    out["answered"].sort()
    out["verdicts"].sort()
    return out


CONFLICTS = {"negation": "negates what is stated in", "phrase": "negates what is stated in", "number": "gives other numbers than",
             "date": "gives other dates than", "opposite": "states the opposite of",
             "exception": "gives exceptions to"}


def relations(
    records: Sequence[ClaimRecord],
    pairs: Iterable[tuple[int, int, float]] = (),
    *,
    denials: Sequence[tuple[int, int, str]] | None = None,
    bags: Mapping[Hashable, dict[str, int]] | None = None,
    judged: Sequence[tuple[int, int, Match]] | None = None,
    within: Mapping[str, Sequence[tuple]] | None = None,
) -> list[Relation]:
    """The links the rules propose for similar pairs, plus the denials found in sentences.

    Each pair from blocking is judged by the matcher (or comes `judged`): below the threshold, no link.

    - two claims that would say the same thing but for a negation, a number or a date (the
      matcher's conflict signal) contradict each other, whatever their sources (not a withdrawal);
    - a claim whose stance denies or declines to confirm contradicts similar claims of other sources;
    - a claim that withdraws what its source said contradicts that source's similar claims (which
      the rules then mark retracted);
    - a claim denied in its sentence ("did not confirm reports that ...") is contradicted by the
      source of the sentence, and so is every similar claim that source does not itself back;
    - similar facts of independent origins corroborate, near-identical ones of one origin repeat.

    `within`: what the rules that read one text at a time found in these records (`within_texts`).
    """
    denials = (lead_deniers(records) if within is None else within["denials"]) if denials is None else denials
    judged = list(_judged(records, list(pairs))) if judged is None else judged
    out = _stated_relations(records, judged, within)
    denied_by: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for x, y, how in denials:
        denied_by[y].append((x, how))
        out[(records[x].key, records[y].key)] = Relation(
            records[x].key, records[y].key, "contradicts", 1.0, f"{HOW[how]}, in the same sentence")
    backed: set[tuple[str, int]] = set()  # (origin, claim index) pairs of corroboration
    neighbours: dict[int, list[tuple[int, float]]] = defaultdict(list)
    for i, j, found in judged:
        a, b, score = records[i], records[j], found.score
        da, db = _answers_as(a), _answers_as(b)
        if found.conflict:
            if not (da or db or "retract" in (stance_kind(a), stance_kind(b))) \
                    and not (found.conflict == "number" and other_periods(a.text, b.text)):
                _conflict_relations(a, b, found, out)
            continue
        neighbours[i].append((j, score))
        neighbours[j].append((i, score))
        if da and db:
            continue
        if stance_kind(a) == "retract" or stance_kind(b) == "retract":
            if not particulars_apart(a.text, b.text):  # ('at its Dunvik plant' is not 'at its Corvin plant')
                _withdrawal(a, b, score, out)
            continue
        if da or db:
            x, y = (i, j) if da else (j, i)
            how = da or db or "deny"
            if same_origin(records[x], records[y]) or (is_publisher(records[x]) and not rates_false(records[x])):
                continue
            out.setdefault((records[x].key, records[y].key), Relation(
                records[x].key, records[y].key, "contradicts", score, f"{HOW[how]} (similarity {score:.2f})"))
            continue
        if same_origin(a, b):
            if is_publisher(a) or not a.speaker:
                continue
            if score >= RESTATEMENT and ((a.outlet or "") != (b.outlet or "") or a.doc != b.doc):
                later, earlier = _later(a, b)
                out.setdefault((later.key, earlier.key), Relation(
                    later.key, earlier.key, "repeats", score,
                    f"same source via another outlet (similarity {score:.2f})"))
            continue
        if not (can_corroborate(a) and can_corroborate(b)):
            continue
        if any(same_origin(records[x], b) for x, _ in denied_by[i]) or \
                any(same_origin(records[x], a) for x, _ in denied_by[j]):
            continue  # a source that declined to confirm a claim does not back it
        later, earlier = _later(a, b)
        out.setdefault((later.key, earlier.key), Relation(
            later.key, earlier.key, "corroborates", score,
            f"similar content from an independent source (similarity {score:.2f})"))
        backed.add((origin(a), j))
        backed.add((origin(b), i))
    _spread_denials(records, denied_by, neighbours, backed, out, bags=bags)
    return list(out.values())


@lru_cache(maxsize=1)
def _counter_figure() -> re.Pattern[str]:
    """The words by which a claim gives its source's own figure against another's
    (corroboration.json counter_figures): 'puts the figure at', 'our own estimate is'."""
    w = {key: _words_pattern(value) for key, value in load_data("corroboration.json")["counter_figures"].items()}
    return re.compile(r"(?<![\w'’-])(?:" + w["verbs"] + r"\s+(?:the|" + w["owners"] + r")\s+(?:own\s+)?" + w["figures"]
                      + r"\s+at|" + w["owners"] + r"\s+(?:own\s+)?" + w["figures"] + r"\s+" + w["owner_verbs"]
                      + r")(?![\w'’-])", re.IGNORECASE)


def counter_figures(records: Sequence[ClaimRecord]) -> list[tuple[int, int]]:
    """(answer, answered): a claim that gives its source's own figure against another's ('The union
    says 3,100 walked out; the guild puts the figure at 900', a question's 'The
    regulator says 12 million' and the answer's 'Our figure is about 7.3 million') answers the
    nearest claim of another source among the `COUNTER_REACH` claims before it in its version,
    when that gives a figure its own does not agree with (`figures_differ`). Neither denies
    the other: two sources disagree on one figure. Read from the stored claims alone, so that
    `recompute` finds what ingest found."""
    found = []
    for members in _in_text_order(records):
        for n, i in enumerate(members):
            r = records[i]
            if not r.speaker or stance_kind(r) is not None or not _counter_figure().search(f"{r.lead} {r.text}"):
                continue
            before = [j for j in members[max(0, n - COUNTER_REACH):n] if not same_origin(records[j], r)]
            if before and stance_kind(records[before[-1]]) is None and figures_differ(r.text, records[before[-1]].text) \
                    and not other_measures(r.text, records[before[-1]].text):
                found.append((i, before[-1]))
    return found


def _conflict_relations(a: ClaimRecord, b: ClaimRecord, found: Match,
                        out: dict[tuple[Hashable, Hashable], Relation]) -> None:
    """Add to `out` the `contradicts` links of a pair in conflict. Two sources' figures or dates of
    one thing are a disagreement: each contradicts the other; so are two documents' sides of one
    fact. In one text, the side stated later answers the claim before it ('X said P. Y said not
    P'), which it disputes; but two sources that share little more than the phrase one negates
    ('the batch was not old stock' against an inspector's 'the firm repackaged old stock':
    `negated_phrase`) disagree, each contradicting the other, as a denial stands disputed."""
    answer = found.conflict in ("negation", "opposite") and _one_text(a, b)
    pairs = [_later(a, b)] if answer else [_later(a, b), _later(b, a)[::-1]]
    if found.conflict == "exception":
        # (the part answers what is said of every one: 'every boiler was serviced on schedule' is
        # disputed by 'boilers that had not been serviced', which it does not dispute)
        pairs = [(b, a) if (exception(a.text, b.text) or ("", "", "", True))[3] else (a, b)]
    for one, other in pairs:
        out.setdefault((one.key, other.key), Relation(
            one.key, other.key, "contradicts", found.score, _conflict_reason(one, other, found)))


def _counter_figure_relations(records: Sequence[ClaimRecord], out: dict[tuple[Hashable, Hashable], Relation],
                              found: Sequence[tuple] | None = None) -> None:
    """Add to `out` the `contradicts` links of `counter_figures` (or those `found` already): a
    disagreement, each way."""
    for x, y in counter_figures(records) if found is None else found:
        for one, other, how in ((records[x], records[y], "it answers"), (records[y], records[x], "that answers it")):
            out.setdefault((one.key, other.key), Relation(
                one.key, other.key, "contradicts", 1.0, f"{CONFLICTS['number']} the claim {how} with its own figure"))


def taken_back(records: Sequence[ClaimRecord]) -> list[tuple[int, int, float]]:
    """(withdrawal, withdrawn, similarity): a claim that says its source took back what it said
    (`withdrawn_said`: 'he had been wrong on Monday to say that two workers were missing') withdraws
    each claim of that source (`takes_back`) stated before it that says the same thing (the matcher
    on what was taken back and the claim, no conflict): in its text, one earlier; elsewhere, one not
    dated later."""
    found = []
    for i, x in enumerate(records):
        said = withdrawn_said(x)
        if said is None:
            continue
        others = [j for j, y in enumerate(records) if j != i and _said_before(y, x) and stance_kind(y) is None
                  and takes_back(x, y)]
        verdicts = matcher().match_many([(canonical_text(said), canonical_text(records[j].text)) for j in others],
                                        threshold=CORROBORATION_THRESHOLD)
        found += [(i, j, v.score if v.score >= CORROBORATION_THRESHOLD else _covered(said, records[j].text))
                  for j, v in zip(others, verdicts, strict=True) if v.conflict is None
                  and not particulars_apart(said, records[j].text)
                  and (v.score >= CORROBORATION_THRESHOLD or _covered(said, records[j].text) >= TAKEN_BACK_COVERAGE)]
    return found


def withdrawn_accounts(records: Sequence[ClaimRecord]) -> list[tuple[int, int, float]]:
    """(withdrawal, withdrawn, share of words): a party's withdrawal of what it had said ('Brellin
    Foods has withdrawn its claim that C', its stance `retract` and its text C) takes back each
    account of that party stated before it (`_said_before`), in whatever outlet, however it was
    attributed (`account_of`: its chief executive's, its press release's; `_officer_of`: 'the
    ministry's permanent secretary' of the Ministry of Health, in the same story) and in however
    many words: the account holds TAKEN_BACK_COVERAGE of the words of C ('C, and that D': withdrawn
    in part, D still stands), or C holds that share of the account's (C told at more length), with
    no figure apart and no conflict signal; or, told in other words, the one account of each earlier
    document that shares most of its words with C, figures aside (`_retold`). Blocking need not
    pair them (a withdrawal names a claim of its own party in words of its own): ingest reads,
    beside a new document, the versions blocking pairs with it and those of its parties' stored
    accounts and withdrawals (`parties.party_versions`); `recompute` reads them all."""
    found = []
    twins = _told_spans(records)
    for i, x in enumerate(records):
        if stance_kind(x) != "retract" or is_publisher(x) or withdrawn_said(x) is not None:
            continue
        told = twins.get((x.doc, x.version, x.start, x.end), [])
        others = [j for j, y in enumerate(records) if j != i and stance_kind(y) is None and _said_before(y, x)
                  and not _embedded(x, y) and (account_of(x, y, told) or _officer_of(x, y))]
        shares = {j: _withdrawn_share(x.text, records[j].text) for j in others}
        near = [j for j in others if shares[j][0] >= TAKEN_BACK_COVERAGE]
        found += [(i, j, shares[j][0]) for j in _unopposed(near, shares)]
        told_in = {(records[j].doc, records[j].version) for j in near}
        found += _retold(records, i, [j for j in others if (records[j].doc, records[j].version) not in told_in
                                      and not other_stories(x, records[j])])
    return found


def _unopposed(candidates: Sequence[int], shares: Mapping[int, tuple[float, str, str]]) -> list[int]:
    """The candidates whose words withdrawn and words of the account (`_withdrawn_share`) the matcher
    finds in no conflict."""
    verdicts = matcher().match_many([(canonical_text(shares[j][1]), canonical_text(shares[j][2])) for j in candidates],
                                    threshold=CORROBORATION_THRESHOLD)
    return [j for j, v in zip(candidates, verdicts, strict=True) if v.conflict is None]


def _retold(records: Sequence[ClaimRecord], i: int, candidates: Sequence[int]) -> list[tuple[int, int, float]]:
    """(withdrawal, withdrawn, share) of a withdrawal `records[i]` told in other words than its party's
    accounts: of each earlier document, the one account of the party (whole, or one clause of 'C and
    that D') whose content words, figures and their wording aside ('at least nine', 'eleven', '11'),
    best overlap the words withdrawn (corroboration.json retold: its 'share' of the fewer of the two's,
    its 'words' at least), with no particular apart and no conflict signal: a withdrawal of C takes back the account of C however
    its outlet worded it, never all the party said of the story. A withdrawal whose words are the
    account of the withdrawing ('has withdrawn the explanation it gave for C') names no C to compare."""
    own = _WITHDRAWAL_TAIL.split(records[i].text, maxsplit=1)[0]
    if set(withdrawal_hints()).intersection(own.casefold().split()):
        return []
    best: dict[tuple, tuple[float, int, str]] = {}
    for j in candidates:
        share, part = _retold_share(own, records[j].text)
        where = (records[j].doc, records[j].version)
        if share >= _retold_limits()[0] and share > best.get(where, (0.0, -1, ""))[0]:
            best[where] = (share, j, part)
    kept = [(j, part) for _, j, part in best.values()]
    verdicts = matcher().match_many([(canonical_text(own), canonical_text(part)) for _, part in kept],
                                    threshold=CORROBORATION_THRESHOLD)
    return [(i, j, best[(records[j].doc, records[j].version)][0])
            for (j, _), v in zip(kept, verdicts, strict=True) if v.conflict is None]


def _retold_share(said: str, account: str) -> tuple[float, str]:
    """(share, part) of the best part of an account (whole, or a clause of 'C and that D', 'C; D')
    against the words withdrawn: the content words the two share, figures aside, over the fewer of
    the two's; 0 with fewer than retold's 'words' shared, or a particular apart (`particulars_apart`)."""
    mine, best = _unfigured(said), (0.0, account)
    for part in (account, *_CLAUSE_BREAK.split(account)):
        theirs = _unfigured(part)
        shared = len(mine & theirs)
        if shared < _retold_limits()[1] or particulars_apart(said, part):
            continue
        share = shared / min(len(mine), len(theirs))
        if share > best[0]:
            best = (share, part)
    return best


def _unfigured(text: str) -> frozenset[str]:
    """The content words (`tokens`) of a text without its figures, in digits or in words ('nine', 'at
    least', matcher.json number_words and corroboration.json retold's hedges)."""
    skip = _figure_words()
    return frozenset(w for w in tokens(_FIGURE_WORDS.sub(" ", text)) if w not in skip)


@lru_cache(maxsize=1)
def _figure_words() -> frozenset[str]:
    return frozenset(load_data("matcher.json")["number_words"]) | frozenset(load_data("corroboration.json")["retold"]["hedges"])


@lru_cache(maxsize=1)
def _retold_limits() -> tuple[float, int]:
    """('share', 'words') of corroboration.json retold."""
    data = load_data("corroboration.json")["retold"]
    return float(data["share"]), int(data["words"])


def _officer_of(x: ClaimRecord, y: ClaimRecord) -> bool:
    """Whether a named speaker of `y` holds an office of the body whose withdrawal is `x`, in the same
    story: the body the role names (`staff_body`) is the withdrawer's ('Nadro Energy managing
    director'), or the role opens on the body's head noun ("the ministry's permanent secretary" of the
    Ministry of Health), or the withdrawer is an office of a body ('the proprietor of NAME') the role
    holds ("the company's proprietor")."""
    if y.anonymous or not y.speaker or not y.role or other_stories(x, y) or namesakes(x, y):
        return False
    name, body, role = _managed_body(source_name(x)), staff_body(y), _name_key(y.role)
    if body and name and _one_body(body, name):
        return True
    head = _head_noun(name)
    office = _name_key(name.split(" of ", 1)[0]) if not name[:1].isupper() and " of " in name else ()
    return bool(head and role[:2] == (head, "s") and len(role) > 2 and _staff_pattern().match(y.role)) \
        or bool(office and role[-1:] == office[-1:] and _one_holder(office))


def _managed_body(name: str) -> str:
    """The body a withdrawer named by those who run it stands for ('the Tarn General Hospital' of 'management
    of the Tarn General Hospital'; corroboration.json body_managements): its officers' accounts are the body's;
    any other name as it is."""
    m = _MANAGEMENT.match(name)
    return name[m.end():] if m and name[m.end():m.end() + 1].isupper() else name


_MANAGEMENT = re.compile(r"(?:the\s+)?(?:" + "|".join(map(re.escape, load_data("corroboration.json")["body_managements"]["words"]))
                         + r")\s+of\s+(?:the\s+)?", re.IGNORECASE)


def _one_holder(office: tuple[str, ...]) -> bool:
    """Whether an office ('proprietor', 'managing director') has one holder in its body: one of
    corroboration.json single_offices, or no word of its staff ('an official of', 'a director of':
    one of many)."""
    single, staff = _office_words()
    return " ".join(office) in single or office[-1] not in staff


@lru_cache(maxsize=1)
def _office_words() -> tuple[frozenset[str], frozenset[str]]:
    """(single_offices, staff words) of corroboration.json."""
    data = load_data("corroboration.json")
    return frozenset(data["single_offices"]), frozenset(data["staff"]["words"])


def _head_noun(name: str) -> str:
    """The head noun of a body's name, lower case: the word before 'of' ('ministry' of 'Ministry of
    Health'), else its last word ('department' of 'Elections Department'); '' for no name."""
    key = _name_key(name)
    return key[key.index("of") - 1] if "of" in key[1:] else (key[-1] if key else "")


# where a withdrawn statement's own words end and the publisher's account of the withdrawal goes on
# ('that C, after the Planning Office confirmed that D': D is no part of what was withdrawn)
_WITHDRAWAL_TAIL = re.compile(r",\s+(?:after|before|when|while|because|since|as|saying|adding|although|though)\s+",
                              re.IGNORECASE)


def _withdrawn_share(said: str, account: str) -> tuple[float, str, str]:
    """(share, words withdrawn, words of the account) of the best reading of a party's withdrawal of
    `said` against an account of it: the share of the words of one held in the other, whole; or the
    share of the words of one clause of the account ('C', of 'C and that D') that the withdrawn
    words, up to any clause the publisher adds ('C, after the office confirmed that D'), hold: a
    withdrawal telling C at more length ('the permit of the Tolsk depot had been extended') takes
    back the account's shorter C ('the permit had been extended') however many other clauses it has."""
    own = _WITHDRAWAL_TAIL.split(said, maxsplit=1)[0]
    best = (max(_covered(own, account), _covered(account, own)), own, account)
    for clause in _CLAUSE_BREAK.split(account):
        share = _covered(clause, own)
        if share > best[0]:
            best = (share, own, clause)
    return best


def corrected_figures(records: Sequence[ClaimRecord]) -> list[tuple[int, int, str]]:
    """(correction, corrected, the words of the new account): a statement giving its source's new
    figure that names the earlier one it corrects ('36,400 doses were lost, correcting the figure
    of 12,000 it gave on Monday'; corroboration.json corrected_figures) takes back each account of
    that source (`account_of`) stated before it that gives the old figure of the same measure
    ('12,000 doses were lost', in any outlet) and not the new one."""
    found = []
    for i, x in enumerate(records):
        m = _corrected_figure().search(x.text) if x.speaker and not is_publisher(x) else None
        if m is None:
            continue
        old, new = set(prepare(m.group("figure")).numbers), set(prepare(x.text[:m.start()]).numbers)
        measures = measures_of(x.text[:m.start()])
        found += [(i, j, x.text[:m.start()]) for j, y in enumerate(records)
                  if j != i and stance_kind(y) is None and old & set(prepare(y.text).numbers)
                  and not new & set(prepare(y.text).numbers) and measures & measures_of(y.text)
                  and _said_before(y, x) and account_of(x, y)]
    return found


@lru_cache(maxsize=1)
def _corrected_figure() -> re.Pattern[str]:
    """`corrected_figures`' words, the old figure in the group 'figure'."""
    data = load_data("corroboration.json")
    w = {key: _words_pattern(value) for key, value in data["corrected_figures"].items() if key != "description"}
    return re.compile(r"(?<![\w'’-])" + w["verbs"] + r"\s+(?:the|its|an?|their|his|her|our)\s+(?:" + w["earlier"]
                      + r"\s+)?" + _words_pattern(data["counter_figures"]["figures"]) + r"\s+of\s+(?:about\s+|some\s+)?"
                      + r"(?P<figure>\d[\d,.]*)", re.IGNORECASE)


def _told_spans(records: Sequence[ClaimRecord]) -> dict[tuple, list[ClaimRecord]]:
    """(doc, version, start, end) -> the claims of no stance at that span: the statement a withdrawal
    in the same words takes back ('The company had said C. It withdrew the statement' gives C twice,
    as the company's and as its withdrawal)."""
    out: dict[tuple, list[ClaimRecord]] = defaultdict(list)
    for r in records:
        if stance_kind(r) is None:
            out[(r.doc, r.version, r.start, r.end)].append(r)
    return out


def account_of(x: ClaimRecord, y: ClaimRecord, told: Sequence[ClaimRecord] = ()) -> bool:
    """Whether `y` is an account on the record of the party whose withdrawal is `x`: of the same
    origin as `x` or as a statement `told` at its span; or attributed in words that name that
    party ('Brellin Foods' of "Brellin Foods' chief executive" or of 'Brellin Foods, in a response
    signed by its secretary, said'): the party's name but its legal form (titles.json
    company_suffixes) owning `y`'s speaker (`_owned_by`); or an unnamed spokesperson of that party
    ('a fire brigade spokesperson' of the Tolsk Fire Brigade, `_voice_of`); or the outlet's own
    statement in a document it published, when the party is that outlet (`_own_report`)."""
    party = _party_key(x)
    if is_publisher(y):
        return _own_report(party, x, y)
    if not y.speaker or y.anonymous and not _voice_of(party, y) or namesakes(x, y):
        return False
    if same_origin(x, y) or any(same_origin(t, y) for t in told) or _voice_of(party, y) or _force_voice(party, y):
        return True
    return bool(party) and _owned_by(party, y)


def _own_report(party: tuple[str, ...], x: ClaimRecord, y: ClaimRecord) -> bool:
    """Whether `y` is an outlet's own statement in a document it published (`is_publisher`) and `x`
    a withdrawal of that outlet's told in another document ('The Tarn Ledger has withdrawn its report
    that C', in another outlet's copy): the outlet's report that the withdrawal takes back. Its own
    correction in its own copy is the publisher's (`withdrawn_said`, `mark_corrected`)."""
    return bool(party) and x.doc != y.doc and _name_key(y.publisher or "") == party


def unnamed_voice(r: ClaimRecord) -> bool:
    """Whether an unnamed speaker is a spokesperson of a body the words name ('a police spokesperson',
    'a spokesman for the port'), whose account a withdrawal of that body's may take back (`_voice_of`)."""
    m = lexicon().spokesperson.match(" ".join((r.speaker or "").split())) if r.anonymous else None
    return bool(m and (m.group("after") or m.group("before")))


def _voice_of(party: tuple[str, ...], y: ClaimRecord) -> bool:
    """Whether an unnamed speaker is a spokesperson of the party whose name key is `party` ('a police
    spokesperson', 'a fire brigade spokesman' of the Tolsk Fire Brigade, 'a spokesman for the Harbour
    Board'): the party's own voice, its account whatever the spokesperson's anonymity; the body's
    words and the party's name end on one word, and one holds the other's words."""
    body = _name_key(_spoken_body(y.speaker or ""))
    return bool(party and body) and body[-1] == party[-1] and (set(body) <= set(party) or set(party) <= set(body))


def _spoken_body(words: str) -> str:
    """The body a spokesperson's description names, its possessive off ('the port' of 'a spokesman for the port',
    'police' of "a police spokesperson"); '' when the words are no spokesperson's."""
    m = lexicon().spokesperson.match(" ".join(words.split()))
    return re.sub(r"['’]s?$", "", (m.group("after") or m.group("before") or "").strip()) if m else ""


def _force_voice(party: tuple[str, ...], y: ClaimRecord) -> bool:
    """Whether a named speaker's role is the spokesperson of a unit of the police force whose name
    key is `party` ('The harbour police spokesperson, NAME' of the Tolsk National Police): the
    role's body ends on the force's word (corroboration.json forces) that ends the party's name, a
    force speaking through its units' spokespeople, as `_voice_of` reads an unnamed one."""
    if y.anonymous or not y.role or not party or party[-1] not in _forces():
        return False
    raw = _spoken_body(y.role)
    body = _name_key(raw)
    # (a unit in lower case, 'the harbour police', or named by the force's own words: never another force,
    # 'the Orrin Harbour Police')
    own = all(w[:1].islower() or not _name_key(w) or set(_name_key(w)) <= set(party) for w in raw.split()[:-1])
    return bool(body) and body[-1] == party[-1] and own


@lru_cache(maxsize=1)
def _forces() -> frozenset[str]:
    return frozenset(w.casefold() for w in load_data("corroboration.json")["forces"])


def party_withdrawal(r: ClaimRecord) -> bool:
    """Whether a claim withdraws what its source said (`withdrawn_accounts`, `taken_back`): its
    stance or cue withdraws, and it is not the publisher's own correction."""
    return stance_kind(r) == "retract" and (not is_publisher(r) or withdrawn_said(r) is not None)


def party_names(r: ClaimRecord) -> set[str]:
    """The names a party's withdrawal goes by where its accounts' speakers are stored: its speaker's,
    the body it speaks for, and that name without its legal form ('Nadro Energy' of 'Nadro Energy Plc')."""
    name = source_name(r)
    return {n for n in (r.speaker or "", name, " ".join(w for w in words(name) if w not in _legal_forms())) if n}


def _party_key(r: ClaimRecord) -> tuple[str, ...]:
    """The words of the name of a claim's source as `account_of` compares them: a name (capitalised),
    with no legal form ('Brellin Foods' of 'Brellin Foods Ltd'); () for an unnamed or anonymous one
    ('the company')."""
    name = source_name(r)
    if r.anonymous or not name[:1].isupper():
        return ()
    return _name_key(" ".join(w for w in words(name) if w not in _legal_forms()))


def _owned_by(party: tuple[str, ...], r: ClaimRecord) -> bool:
    """Whether a party's name (`_name_key`) owns a claim's speaker (`_owns`) in its speaker, its
    role or the opening of its attribution up to its first comma ("Brellin Foods' chief executive,
    NAME, said", 'Brellin Foods, in a response signed by', 'The chief executive of Brellin Foods,
    NAME, said'); never where the name only stands near the speaker ('Speaking after talks with
    Brellin Foods, the union's secretary', 'A rival of Brellin Foods, Corla Foods')."""
    opening = r.lead.split(",", 1)[0] if r.lead.strip() else ""
    return any(_owns(party, _name_key(text)) for text in (r.speaker or "", r.role or "", opening))


def _owns(party: tuple[str, ...], said: tuple[str, ...]) -> bool:
    """Whether words hold a party's name at their start or after 'of'/'at' ('chief executive of'),
    with no stranger's word (corroboration.json party_strangers) just before that or just after the
    name ('a rival of', 'Critics of', 'Brellin Foods rival')."""
    strangers = _party_strangers()
    for n in range(len(said) - len(party) + 1):
        if said[n:n + len(party)] == party:
            before, after = said[max(0, n - 2):n], said[n + len(party):n + len(party) + 1]
            return not strangers.intersection(after) and (
                not before or (before[-1] in ("of", "at") and not strangers.intersection(before[:-1])))
    return False


def _beside(party: tuple[str, ...], said: tuple[str, ...]) -> bool:
    """Whether words hold a party's name only beside a stranger's word ('Critics of Brellin Foods',
    'a rival of', 'Brellin Foods rivals': `_owns`)."""
    strangers = _party_strangers()
    for n in range(len(said) - len(party) + 1):
        if said[n:n + len(party)] == party:
            return bool(strangers.intersection(said[max(0, n - 2):n] + said[n + len(party):n + len(party) + 1]))
    return False


@lru_cache(maxsize=1)
def _party_strangers() -> frozenset[str]:
    return frozenset(load_data("corroboration.json")["party_strangers"]["words"])


@lru_cache(maxsize=1)
def _legal_forms() -> frozenset[str]:
    return frozenset(load_data("titles.json")["company_suffixes"])


def _covered(said: str, text: str) -> float:
    """The share of the content words of `said` (`TAKEN_BACK_WORDS` at least, else 0) that `text`
    has too, with no figure apart and no particulars apart (`particulars_apart`): what was taken
    back, in fewer words than the claim ('three crew were missing' of 'three crew were missing after
    the fire on the ferry')."""
    mine, theirs = tokens(said), tokens(text)
    if len(mine) < TAKEN_BACK_WORDS or figures_differ(said, text) or particulars_apart(said, text):
        return 0.0
    return len(mine.keys() & theirs.keys()) / len(mine)


_PARTICULAR = re.compile(r"(?:\b(?:since|until|till|before|after|by|from|in|to)\s+)?\b(?:1[89]|20)\d\d\b"
                         r"|(?<![.!?:]\s)(?<=\s)[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")


def particulars_apart(a: str, b: str) -> bool:
    """Whether the two texts name different particulars in one place, as `figures_differ` tells
    different figures: a capitalised name past a text's first word, or a year with the preposition
    before it, that only one text has, standing between the same words as one only the other has
    ('at its Dunvik plant', 'at its Corvin plant'; 'serviced until 2024', 'serviced since 2024'):
    two accounts of different things however many other words they share.

    >>> particulars_apart("the freezers at its Dunvik plant", "the freezers at its Corvin plant")
    True
    >>> particulars_apart("serviced until 2024", "serviced since 2024"), particulars_apart("at Dunvik", "the freezers")
    (True, False)
    """
    mine, theirs = _particulars(a), _particulars(b)
    slots = {slot for p in mine.keys() - theirs.keys() for slot in mine[p]}
    return any(slot in slots for p in theirs.keys() - mine.keys() for slot in theirs[p])


def _particulars(text: str) -> dict[str, set[tuple[str, str]]]:
    """`particulars_apart`'s particulars of a text, each with the words on either side of it."""
    out: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for m in _PARTICULAR.finditer(text):
        before, after = normalise(text[:m.start()]).split()[-1:], normalise(text[m.end():]).split()[:1]
        out[m.group().casefold()].add((" ".join(before), " ".join(after)))
    return out


def _said_before(y: ClaimRecord, x: ClaimRecord) -> bool:
    """Whether `y` was stated before `x`: earlier in their text, or in another not dated later."""
    if _one_text(x, y):
        return y.start < x.start
    return not (x.stated_on and y.stated_on and y.stated_on > x.stated_on)


def _stated_relations(records: Sequence[ClaimRecord], judged: Sequence[tuple[int, int, Match]],
                      within: Mapping[str, Sequence[tuple]] | None) -> dict[tuple[Hashable, Hashable], Relation]:
    """The links of what claims say of others, before the pairs are judged one by one: answers,
    denials of named reports, counter-figures and withdrawals of what a source said before."""
    out = _answered_relations(records, within)
    _named_report_relations(records, judged, out)
    _counter_figure_relations(records, out, None if within is None else within["figures"])
    _taken_back_relations(records, out)
    return out


def _taken_back_relations(records: Sequence[ClaimRecord], out: dict[tuple[Hashable, Hashable], Relation]) -> None:
    """Add to `out` the `contradicts` links of `taken_back`: the withdrawal of each claim it takes back."""
    # (an account holding more than was taken back, 'C, and that D', is withdrawn in part: D stands)
    for x, y, score in taken_back(records):
        said = withdrawn_said(records[x]) or records[x].text
        how = WITHDREW if taken_whole(records[y].text, said) else WITHDREW_PART
        out.setdefault((records[x].key, records[y].key), Relation(
            records[x].key, records[y].key, "contradicts", score, f"{how} (similarity {score:.2f})"))
    for x, y, said in corrected_figures(records):
        how = WITHDREW if taken_whole(records[y].text, said) else WITHDREW_PART
        out.setdefault((records[x].key, records[y].key), Relation(
            records[x].key, records[y].key, "contradicts", 1.0, f"{how}: corrected the figure it gave"))
    for x, y, share in withdrawn_accounts(records):
        how = WITHDREW if taken_whole(records[y].text, records[x].text) else WITHDREW_PART
        out.setdefault((records[x].key, records[y].key), Relation(
            records[x].key, records[y].key, "contradicts", share, f"{how}: its party's account ({share:.0%} of the words)"))


_CLAUSE_BREAK = re.compile(r",\s+and\s+|\s+and\s+that\s+|;\s+", re.IGNORECASE)  # 'C, and D', 'C and that D'
_FIGURE_WORDS = re.compile(r"\d[\d,.]*")


def taken_whole(account: str, taken: str) -> bool:
    """Whether the words taken back (`taken`) hold the whole of an account: an account of one clause
    (what was taken back, told in more or fewer words), or of several ('C, and D', 'C and that D',
    'C; D') each of two content words or more with TAKEN_BACK_COVERAGE of them among the words taken
    back, figures aside (a corrected figure is the part taken back).

    >>> taken_whole("the pumps in Corvin were certified in January", "the pumps were certified in January")
    True
    >>> taken_whole("it regrets the fall, and that its lifts were inspected monthly", "its lifts were inspected monthly")
    False
    """
    theirs = tokens(_FIGURE_WORDS.sub(" ", taken))
    clauses = [mine for mine in (tokens(_FIGURE_WORDS.sub(" ", c)) for c in _CLAUSE_BREAK.split(account)) if len(mine) >= 2]
    return len(clauses) < 2 or all(len(mine.keys() & theirs.keys()) >= TAKEN_BACK_COVERAGE * len(mine) for mine in clauses)


def _conflict_reason(one: ClaimRecord, other: ClaimRecord, found: Match) -> str:
    """Why `one` contradicts `other`, of a pair the matcher or `_opposite_findings` found in conflict."""
    if found.conflict == "phrase":
        phrase = negated_phrase(one.text, other.text) or "thing"
        return f"{CONFLICTS['phrase']} a claim of another source ('{phrase}' negated against '{phrase}' stated)"
    if found.conflict == "opposite":
        thing, mine, theirs = opposite(one.text, other.text) or ("thing", "", "")
        return f"{CONFLICTS['opposite']} a claim about the same {thing} ('{mine}' against '{theirs}')"
    if found.conflict == "exception":
        kind, whole, part, _ = exception(other.text, one.text) or ("kind", "", "", True)
        return f"{CONFLICTS['exception']} a claim about every {kind} ('{part}' against '{whole}')"
    return f"{CONFLICTS[found.conflict or 'negation']} a claim it otherwise matches (similarity {found.score:.2f})"


def _named_report_relations(
    records: Sequence[ClaimRecord],
    judged: Sequence[tuple[int, int, Match]],
    out: dict[tuple[Hashable, Hashable], Relation],
) -> None:
    """A denial of a named outlet's report contradicts the claims of that report (`named_reports`)."""
    for x, y in named_reports(records, judged):
        out.setdefault((records[x].key, records[y].key), Relation(
            records[x].key, records[y].key, "contradicts", 1.0,
            f"{records[x].speaker} {ANSWERED[stance_kind(records[x]) or 'deny']}: the report of {records[y].publisher}"))


def _one_text(x: ClaimRecord, y: ClaimRecord) -> bool:
    """Whether two claims are of one version of one document (claims read from one claim set
    before storing have no version yet: one document, one text)."""
    return x.version == y.version if x.version is not None or y.version is not None else x.doc == y.doc


def _earlier_edition(x: ClaimRecord, y: ClaimRecord) -> bool:
    """Whether the publisher's correction `x` takes back `y`, its own statement in another of its documents,
    stated no later than what the correction says it printed ('Correction: In our edition of Monday, we wrote
    that C' takes back Monday's story saying C; each story is an origin of its own, `publisher:DOC`)."""
    return x.doc != y.doc and is_publisher(x) and is_publisher(y) and bool(x.publisher) \
        and _name_key(x.publisher or "") == _name_key(y.publisher or "") \
        and (not x.stated_on or not y.stated_on or y.stated_on[:len(x.stated_on)] <= x.stated_on)


def _withdrawal(a: ClaimRecord, b: ClaimRecord, score: float, out: dict[tuple[Hashable, Hashable], Relation]) -> None:
    """A similar pair of which one withdraws what the same source said in the other: the
    withdrawal contradicts it (the rules then mark it retracted). A publisher's correction ('An
    earlier version of this story said C') withdraws nothing of the text that carries it: that
    text is the corrected version, its corrected sentence ('It ruptured near D') included."""
    x, y = (a, b) if stance_kind(a) == "retract" else (b, a)
    if is_publisher(x) and _one_text(x, y):
        return
    if (same_origin(x, y) or _earlier_edition(x, y)) and stance_kind(y) != "retract" and not namesakes(x, y):
        out.setdefault((x.key, y.key), Relation(x.key, y.key, "contradicts", score, f"{WITHDREW} (similarity {score:.2f})"))


def judge(records: Sequence[ClaimRecord], pairs: Iterable[tuple[int, int, float]]) -> list[tuple[int, int, Match]]:
    """The candidate pairs the matcher finds alike, with its verdict (see `_judged`)."""
    return list(_judged(records, pairs))


def _judged(records: Sequence[ClaimRecord], pairs: Iterable[tuple[int, int, float]]) -> Iterator[tuple[int, int, Match]]:
    """The candidate pairs the matcher finds alike (`CORROBORATION_THRESHOLD`), with its verdict;
    one statement embedded in another is the same words, not a second source, and left out, and so
    are two claims of two stories (`other_stories`): they neither agree nor disagree, however alike
    their words ('no one was injured' at a fire and at a crash)."""
    kept = [(i, j, s) for i, j, s in pairs if not _embedded(records[i], records[j])
            and not other_stories(records[i], records[j])]
    found = matcher().match_many([(canonical_text(records[i].text), canonical_text(records[j].text))
                                  for i, j, _ in kept], threshold=CORROBORATION_THRESHOLD)
    for (i, j, overlap), verdict in zip(kept, found, strict=True):
        a, b = records[i], records[j]
        if verdict.conflict in (None, "negation") and _opposite_findings(a, b):  # (a negation alike in too few words)
            yield i, j, Match(verdict.score, "opposite", verdict.threshold)
            continue
        if verdict.conflict in (None, "negation") and _exceptions(a, b):
            yield i, j, Match(verdict.score, "exception", verdict.threshold)
            continue
        if verdict.conflict is None and verdict.score >= CORROBORATION_THRESHOLD and _figures_apart(a.text, b.text):
            verdict = Match(verdict.score, "number", verdict.threshold)
        if verdict.conflict == "number" and (other_measures(a.text, b.text) or other_days(a.text, b.text)
                                             or _own_doings(a, b) or other_acts(a.text, b.text)
                                             or other_scopes(a.text, b.text)):
            continue
        if verdict.conflict == "negation" and (_clefts_only(a.text) or _clefts_only(b.text)):
            continue  # ('it was not tap water that made them ill' denies nothing of 'they drank tap water')
        if verdict.conflict == "negation" and negated_antonym(a.text, b.text):
            continue  # ('no passengers were injured' says what 'the passengers were unharmed' says)
        if verdict.conflict == "negation" and verdict.score < CORROBORATION_THRESHOLD and _negated_claims(a, b):
            yield i, j, Match(verdict.score, "phrase", verdict.threshold)
            continue
        if verdict.score >= CORROBORATION_THRESHOLD or (verdict.conflict is None and _denial_of(a, b)) or (
                verdict.conflict == "number" and (numbers_about_one_thing(a.text, b.text) or (
                    overlap >= NUMBER_PAIR_FLOOR and same_measure(a.text, b.text)))):
            yield i, j, verdict


def negated_phrase(a: str, b: str) -> str | None:
    """The two content words, standing together, that one text negates just after a negation
    (corroboration.json negated_phrases; `_negated_at`) and the other states together after a word
    of its own ('sold old stock'; never the text's subject, 'public support for the plan fell') with
    no negation in the `NEGATION_SCOPE` words before them; either way round; else None.

    >>> negated_phrase("the batch was not old stock", "the company repackaged old stock last year")
    'old stock'
    >>> negated_phrase("the batch was not old stock", "it was never old stock"), negated_phrase("not old", "old stock")
    (None, None)
    """
    for x, y in ((a, b), (b, a)):
        said = [stem(w) for w in normalise(y).split()]
        for words, n in _negated_at(x):
            pair = [stem(words[n + 1]), stem(words[n + 2])]
            for m in range(len(said) - 1):
                if said[m:m + 2] == pair and not _negations().intersection(said[max(0, m - NEGATION_SCOPE):m]) \
                        and any(w not in _DETERMINERS for w in said[:m]):
                    return f"{words[n + 1]} {words[n + 2]}"
    return None


_DETERMINERS = frozenset("the a an this that these those its their his her our".split())


def _negated_at(text: str) -> list[tuple[list[str], int]]:
    """The places of the negations a text's clauses (between commas, semicolons, colons, dashes) hold
    just before two content words, with the clause's words: never a contrast that denies nothing ('the
    problem is staffing, not expired stock': a negation opening a clause after the first; 'it was not
    tap water but bottled water', 'not only ... but also': a negation with a contrast word after it in
    its clause, negated_phrases contrasts; a cleft, `_cleft`)."""
    def content(word: str) -> bool:
        return len(word) > 2 and word not in STOPWORDS and word not in _negations()
    found = []
    for c, clause in enumerate(re.split(r"[,;:\u2013\u2014]", text)):
        words = normalise(clause).split()
        found += [(words, n) for n in range(len(words) - 2) if words[n] in _negations() and (c == 0 or n > 0)
                  and content(words[n + 1]) and content(words[n + 2]) and not _contrasts().intersection(words[n + 3:])
                  and not _cleft(words, n)]
    return found


def _clefts_only(text: str) -> bool:
    """Whether a text negates something and every negation of it is a cleft's (`_cleft`)."""
    places = [(words, n) for clause in re.split(r"[,;:\u2013\u2014]", text)
              for words in [normalise(clause).split()] for n, w in enumerate(words) if w in _negations()]
    return bool(places) and all(_cleft(words, n) for words, n in places)


def _cleft(words: list[str], n: int) -> bool:
    """Whether the negation at `n` of a clause's words is a cleft's ('it was not tap water that made
    them ill', 'it is not the mayor who decides'): just after one of negated_phrases cleft_openers,
    with one of its cleft_relatives later in the clause. It names what did not do something and
    denies nothing of it (that residents drank tap water stands)."""
    data = load_data("corroboration.json")["negated_phrases"]
    before = " " + " ".join(words[max(0, n - 3):n])
    return any(before.endswith(" " + opener) for opener in data["cleft_openers"]) \
        and not set(data["cleft_relatives"]).isdisjoint(words[n + 3:])


def negated_antonym(a: str, b: str) -> tuple[str, str] | None:
    """(the word one text negates, its antonym the other states) when one text negates a word
    (a negation up to NEGATION_SCOPE words before it: 'no passengers were injured') whose antonym
    (corroboration.json antonyms: general pairs of opposite predicates) the other states with no
    negation ('the passengers were unharmed'): two ways of saying one thing, no conflict; else None.

    >>> negated_antonym("No passengers were injured", "the passengers were unharmed")
    ('injured', 'unharmed')
    >>> negated_antonym("no one was injured", "two were injured"), negated_antonym("intact", "not intact")
    (None, None)
    """
    negations = _antonym_negations()
    for x, y in ((a, b), (b, a)):
        said, told = normalise(x).split(), normalise(y).split()
        if negations.intersection(told):
            continue
        for n, word in enumerate(said):
            if word in _antonyms() and word not in told and negations.intersection(said[max(0, n - NEGATION_SCOPE):n]):
                found = _antonyms()[word].intersection(told)
                if found:
                    return word, min(found)
    return None


@lru_cache(maxsize=1)
def _antonym_negations() -> frozenset[str]:
    """The matcher's negations (matcher.json) of one word, 't' of "didn't", but the antonyms' own words
    ('failed' negates for the matcher; here it is the word a negation turns)."""
    words = {normalise(w) for w in load_data("matcher.json")["negations"] if " " not in normalise(w)} | {"t"}
    return frozenset(words - set(_antonyms()))


@lru_cache(maxsize=1)
def _antonyms() -> dict[str, frozenset[str]]:
    """Word -> the words of opposite sense (corroboration.json antonyms, each pair both ways)."""
    out: dict[str, set[str]] = defaultdict(set)
    for one, other in load_data("corroboration.json")["antonyms"]:
        for x in normalise(one).split()[:1]:
            out[x].add(normalise(other).split()[0])
        for y in normalise(other).split()[:1]:
            out[y].add(normalise(one).split()[0])
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def _contrasts() -> frozenset[str]:
    return frozenset(load_data("corroboration.json")["negated_phrases"]["contrasts"])


@lru_cache(maxsize=1)
def _negations() -> frozenset[str]:
    return frozenset(load_data("corroboration.json")["negated_phrases"]["negations"])


def _negated_claims(a: ClaimRecord, b: ClaimRecord) -> bool:
    """Whether two asserting claims of independent named or described sources, neither the
    publisher's, one negating a phrase the other states (`negated_phrase`), take the two sides of one
    fact however little else they share ('the batch was not old stock', an inspector's 'the
    company repackaged old stock')."""
    if not (a.speaker and b.speaker) or is_publisher(a) or is_publisher(b) or a.relayed_by or b.relayed_by:
        return False
    if stance_kind(a) is not None or stance_kind(b) is not None or "prediction" in (a.kind, b.kind) or same_origin(a, b):
        return False
    return negated_phrase(a.text, b.text) is not None


def _figures_apart(a: str, b: str) -> bool:
    """Whether two claims the matcher finds alike give figures of one measure that do not agree,
    where the words next to the figures differ ('3,100 of its members joined the walkout', 'fewer
    than 900 crew members joined the walkout'): two counts of one thing, which never back each
    other (`figures_differ`, `other_measures`)."""
    return figures_differ(a, b) and not other_measures(a, b)


def _opposite_findings(a: ClaimRecord, b: ClaimRecord) -> bool:
    """Whether two claims of independent named sources, asserting, take the two sides of one fact
    about one thing (`provenance.opposites`): a finding and the claim it answers ('the slipway
    was completed', surveyors' 'no sign of a slipway'); a prediction is no finding. The publisher's own sentences are
    left out: they tell what others hold as often as they state it ('a leaflet claiming the
    slipway was completed')."""
    if not (a.speaker and b.speaker) or is_publisher(a) or is_publisher(b) or a.relayed_by or b.relayed_by:
        return False
    if stance_kind(a) is not None or stance_kind(b) is not None or "prediction" in (a.kind, b.kind) or same_origin(a, b):
        return False
    return opposite(a.text, b.text) is not None


def _exceptions(a: ClaimRecord, b: ClaimRecord) -> bool:
    """Whether, of two claims of facts by independent named or described sources that
    `_opposite_findings` would compare, one says something of every one (or none) of a kind and the other of a part of
    that kind against it (`provenance.opposites.exception`: a landlord's 'every boiler
    was serviced on schedule', an inspector's 'boilers that had not been serviced'); never a record's
    finding about all of what it measured."""
    if not (a.speaker and b.speaker) or is_publisher(a) or is_publisher(b) or a.relayed_by or b.relayed_by:
        return False
    if stance_kind(a) is not None or stance_kind(b) is not None or (a.kind, b.kind) != ("fact", "fact") or same_origin(a, b):
        return False
    found = exception(a.text, b.text)
    # (a record's 'all samples taken' tells what it measured of its own samples, no assurance)
    return found is not None and record_of(a if found[3] else b) is None


def _own_doings(a: ClaimRecord, b: ClaimRecord) -> bool:
    """Whether two named people, each of whom tells of their own doing (a grower's 'I sent 300 crates
    of plums in May': the text opens with the speaker as its subject, `_tells_own`), give figures of
    two things, one each: two deliveries, two debts, however alike their words."""
    if a.speaker_kind != "person" or b.speaker_kind != "person" or a.anonymous or b.anonymous or same_origin(a, b):
        return False
    return _tells_own(a) and _tells_own(b)


def _tells_own(r: ClaimRecord) -> bool:
    """Whether a claim's text opens with its speaker as its subject: 'I' or 'we' (corroboration.json
    own_subjects 'first'), or 'he' or 'she' ('third') when the speaker is the only person its sentence
    names: no two capitalised words in a row but the speaker's own words (a witness's 'he was driving
    at 60' of 'Ana Roe, who saw Per Hesk's van, said ...' tells of the driver, not of the witness)."""
    first, third = _own_subjects()
    opening = normalise(r.text).split()[:1]
    if not opening or opening[0] not in first + third:
        return False
    if opening[0] in first:
        return True
    own = {w.casefold() for w in _WORD.findall(" ".join(filter(None, (r.speaker, r.role, r.affiliation, r.described))))}
    names = [w[0].isupper() and w.casefold() not in own for w in _WORD.findall(" ".join((r.lead, r.text, r.tail)))]
    return not any(one and other for one, other in zip(names, names[1:], strict=False))


@lru_cache(maxsize=1)
def _own_subjects() -> tuple[tuple[str, ...], tuple[str, ...]]:
    data = load_data("corroboration.json")["own_subjects"]
    return tuple(data["first"]), tuple(data["third"])


def other_stories(a: ClaimRecord, b: ClaimRecord) -> bool:
    """Whether two claims of two documents tell of two stories: each document names what it is
    about (`story_words`, `mark_story`) and the two share no word of those names. Two counts or dates
    of two stories (a flood in one town and a flood in another, told in the same words) are no
    disagreement, and two stories' stock phrases ('the company will cooperate with investigators')
    no agreement: the matcher's pairs are judged only inside one story (`_judged`), for
    contradictions, corroboration and clusters alike.

    >>> one = ClaimRecord(key=1, doc="a", text="9 roads are closed", story=frozenset({"arvale"}))
    >>> other_stories(one, ClaimRecord(key=2, doc="b", text="36 roads are closed", story=frozenset({"brenton"})))
    True
    >>> other_stories(one, ClaimRecord(key=2, doc="b", text="36 roads are closed", story=frozenset({"arvale", "orm"})))
    False
    """
    return a.doc != b.doc and bool(a.story) and bool(b.story) and a.story.isdisjoint(b.story)


_NAME_TOKEN = re.compile(r"[^\W\d_][\w'’-]*|[.,!?:;\"“”()\[\]\n–—]")
_SENTENCE_OPENERS = frozenset(".!?:;\"“”()[]\n–—")


def story_names(text: str) -> frozenset[str]:
    """The names a document's text tells its story by: each run of capitalised words ('Halden Bay',
    'Roswelmouth River', 'Lia Quingardale'), case-folded, a possessive off. Never a run of one word
    opening a sentence, a line or a quote, nor a word the text also writes in lower case (a common
    word capitalised: 'Police', 'Floods'), a weekday or a month, nor a country or its people
    (countries.json: many stories happen in one country).

    >>> sorted(story_names("Floods in Roskelby killed 29. Police said the Roskelby River rose. The police left."))
    ['roskelby', 'roskelby river']
    """
    lowered = {w for w in _WORD.findall(text) if w[:1].islower()}
    skip = _common_names()
    out: set[str] = set()
    run: list[str] = []
    at_open = run_open = True
    for token in [*_NAME_TOKEN.findall(text), "."]:
        if token[:1].isupper() and token.casefold() not in lowered:
            run_open = run_open if run else at_open
            run.append(re.sub(r"['’]s$", "", token).casefold())
            at_open = False
            continue
        if run and not (run_open and len(run) == 1):
            name = " ".join(run[1:] if run[0] in STOPWORDS else run)
            if name and name not in skip:
                out.add(name)
        run, at_open = [], token in _SENTENCE_OPENERS
    return frozenset(out)


def story_words(text: str) -> frozenset[str]:
    """The words of the names a text tells its story by (`story_names`) that tell one story from
    another: no title ('Minister', 'Mayor'), head of a body's or an outlet's name ('Ministry',
    'Council', 'Herald'; titles.json), nor a word many names share ('River', 'North';
    corroboration.json story_names common_words) or a stopword. A place or a person written another
    way ('Storm Kira' and 'Kira', 'Tarnby province' and 'Tarnby Province', 'Health Minister Ana Lind'
    and 'Ana Lind') keeps a word in common. A given name before another word of a name ('John' of
    'Engineer John Marsh') is no such word: two stories' people share given names ('John Marsh' in one town,
    'John Pello' in another); their surnames tell them apart.

    >>> sorted(story_words("Floods hit Orm. Health Minister Ana Lind visited the Tessing River."))
    ['lind', 'orm', 'tessing']
    >>> sorted(story_words("Storm Kira hit Orm. Kira left."))
    ['kira', 'orm']
    """
    common = _story_common_words()
    given = extraction_lexicon().given_names
    out: set[str] = set()
    for name in story_names(text):
        words = [w for w in name.split() if w not in common]
        out.update(w for k, w in enumerate(words) if w not in given or k == len(words) - 1)
    return frozenset(out)


@lru_cache(maxsize=1)
def _story_common_words() -> frozenset[str]:
    """Words of names that tell no story from another (`story_words`)."""
    titles = load_data("titles.json")
    heads = [w for key in ("titles", "modifiers", "honorifics", "courtesy_titles", "institution_heads", "body_heads",
                           "private_body_heads", "media_heads", "outlet_words", "company_words", "company_suffixes")
             for phrase in titles.get(key, []) for w in phrase.replace(".", "").split()]
    own = load_data("corroboration.json")["story_names"]["common_words"]
    return frozenset(w.casefold() for w in (*heads, *own)) | lexicon().stopwords


def mark_story(claims: Sequence[ClaimRecord], text: str) -> None:
    """Set `story` on the claims of a version: the words of the names its text tells its story by
    (`story_words`) but where they name its outlets and publisher ('told Reuters' names no story; the
    town of 'the Tarnby Herald' is a word of its story where the text names the town); none when no
    such word stands in what its claims state: a text that names no more than who speaks ('Ana Lind,
    the harbour master, said the pier was closed') does not say which pier, which story."""
    outlets = sorted({re.sub(r"(?i)^the\s+", "", name.strip()) for r in claims for name in (r.outlet, r.publisher)
                      if name and name.strip()}, key=len, reverse=True)
    if outlets:
        names_of = r"(?<!\w)(?:" + "|".join(re.escape(n) for n in outlets) + r")(?!\w)"
        text = re.sub(names_of, lambda m: " " * len(m.group()), text, flags=re.I)
    names = story_words(text)
    stated = {w.casefold() for r in claims for w in _WORD.findall(r.text)}
    for r in claims:
        r.story = names if names & stated else frozenset()


@lru_cache(maxsize=1)
def _common_names() -> frozenset[str]:
    """Capitalised words no one story owns: weekdays, months, countries and their peoples."""
    matcher_words = load_data("matcher.json")
    places = load_data("countries.json").get("countries", [])
    return frozenset(w.casefold() for w in (*matcher_words["weekdays"], *matcher_words["months"])) | frozenset(
        n.casefold() for entry in places for n in (entry["name"], *entry.get("aliases", []), *entry.get("demonyms", [])))


def other_measures(a: str, b: str) -> bool:
    """Whether two texts' figures count different things ('killed 12 people', 'killed 40 cattle'):
    each counts something by a word of its own and no such word is the same. Two measures neither
    agree nor conflict, however alike the rest of their words; a figure with no counted word
    ('killed 21') may still be the other's.

    >>> other_measures("The storm killed 12 people", "The storm killed 40 cattle")
    True
    >>> other_measures("The storm killed 12 people", "The storm killed 21 people")
    False
    >>> other_measures("the harvest will shrink by 1.5 percent", "38 percent of Danes expect a drought")
    True
    """
    mine, theirs = measures_of(a), measures_of(b)
    return bool(mine) and bool(theirs) and not mine & theirs


def other_acts(a: str, b: str) -> bool:
    """Whether two texts' figures are each the object of an act of its own and no act is the other's:
    what a scheme 'covers' and what a ministry 'distributed' ('the scheme covers 4,000 sacks', 'the board
    had distributed 3,100 sacks'), what a storm 'destroyed' and 'damaged': two quantities of one thing,
    neither a count of the other. The act is the word just before the figure, past its hedges ('about',
    'more than': corroboration.json figure_acts hedges), one of figure_acts' acts (synonyms such as
    'arrested' and 'detained', 'climbed' and 'jumped' are no two acts: their figures still dispute); no
    figure follows a verb that tells a count of one quantity (figure_acts counting: 'counted',
    'estimated', 'recorded') nor a reporting verb (cues.json).

    >>> other_acts("the scheme covers 4,000 sacks", "the board distributed 3,100 sacks")
    True
    >>> other_acts("the storm destroyed 12 homes", "the storm destroyed 40 homes")
    False
    >>> other_acts("police arrested 40 protesters", "riot police detained 12 protesters")
    False
    >>> other_acts("officials counted 12 deaths", "the agency recorded 14 deaths")
    False
    """
    mine, theirs = _acts_on_figures(a), _acts_on_figures(b)
    return bool(mine) and bool(theirs) and not mine & theirs


def other_scopes(a: str, b: str) -> bool:
    """Whether two texts' figures are held by a whole kind and by one of it: a noun before the first figure,
    right before a word both texts put after it (the verb: 'clinics treated', 'the clinic treated'), is plural in
    one ('public hospitals owed suppliers 14 billion') and singular only in the other ('the hospital owed its
    supplier 41 million'): a total over many and one's own figure, two counts, never a dispute.

    >>> other_scopes("the country's clinics treated 4,000 patients", "the clinic treated 40 patients")
    True
    >>> other_scopes("the clinic treated 4,000 patients", "the clinic treated 40 patients")
    False
    >>> other_scopes("Deaths from the flood rose to 40", "The death toll from the flood stood at 400")
    False
    """
    mine, theirs = _held_by(a), _held_by(b)
    own_words, other_words = {w for w, _ in mine}, {w for w, _ in theirs}
    return any((w[:-1], after) in other and w not in other_words and w[:-1] not in own_words
               for own, other, own_words, other_words in ((mine, theirs, own_words, other_words),
                                                          (theirs, mine, other_words, own_words))
               for w, after in own if len(w) > 4 and w.endswith("s"))


def _held_by(text: str) -> frozenset[tuple[str, str]]:
    """The words of a text before its first figure in digits, folded, possessives off, each with the word after
    it; empty with no figure."""
    m = re.search(r"\d", text)
    words = [re.sub(r"['’]s?$", "", w) for w in re.findall(r"[\w'’-]+", text[:m.start()].casefold())] if m else []
    return frozenset(zip(words, words[1:], strict=False))


def _acts_on_figures(text: str) -> frozenset[str]:
    """The lemmas of the acts just before a text's figures (`other_acts`; a figure after no act adds none:
    'that 40 percent of them'); empty when a figure follows a verb of counting."""
    hedges, not_acts, acts = _figure_act_words()
    found: set[str] = set()
    for m in _FIGURE_AFTER.finditer(text):
        before = [w.casefold() for w in _WORD.findall(text[:m.start()])]
        while before:
            cut = next((n for n in (3, 2, 1) if len(before) >= n and " ".join(before[-n:]) in hedges), 0)
            if not cut:
                break
            before = before[:-cut]
        verb = before[-1] if before else ""
        if verb in not_acts and verb not in lexicon().stopwords:
            return frozenset()  # (a count of one quantity: its figures compare whatever the others' verbs)
        if verb in acts:
            found.add(acts[verb])
    return frozenset(found)


_FIGURE_AFTER = re.compile(r"(?<![\w.,])\d[\d,.]*\b")


@lru_cache(maxsize=1)
def _figure_act_words() -> tuple[frozenset[str], frozenset[str], dict[str, str]]:
    """(hedges, verbs that are no act on a figure, the forms of the acts with their lemma) of corroboration.json
    figure_acts, the second with every form of cues.json's reporting verbs."""
    data = load_data("corroboration.json")["figure_acts"]
    cues = {form.casefold() for verb in load_data("cues.json")["verbs"] for form in verb["forms"] if " " not in form}
    acts = {form: forms[0] for forms in data.get("acts", []) for form in forms}
    return frozenset(data["hedges"]), frozenset(data["counting"]) | frozenset(cues) | lexicon().stopwords, acts


def other_periods(a: str, b: str) -> bool:
    """Whether two texts' figures count over different periods: one dates its count by a period
    (`count_periods`: 'in March', 'since 2024', 'in May 2025', 'last year') and the other by another
    period or by none at all ('21,000 hectares of forest last year' and 'nearly 12 hectares in March';
    '14 nest trees after the felling' and 'three nest trees in May 2025'): a count of another span
    is another count, whatever thing both count. A count of a day ('on 3 May', 'on Monday') is no
    period's: `matching.other_days` reads days.

    >>> other_periods("RMK felled 21,000 hectares last year", "RMK felled 12 hectares near Osby in March")
    True
    >>> other_periods("12 people died on 3 May", "14 people died"), other_periods("in March 90 jobs went", "in March 120 jobs went")
    (False, False)
    """
    mine, theirs = count_periods(a), count_periods(b)
    if not (mine or theirs):
        return False
    if mine and theirs:  # ('in March' is 'in March 2026'; 'since 2024' is no 'in 2024')
        return not any(p[0] == q[0] and (p[1] <= q[1] or q[1] <= p[1]) for p in mine for q in theirs)
    return not prepare(b if mine else a).dates


@lru_cache(maxsize=1 << 14)
def count_periods(text: str) -> frozenset[tuple[str, frozenset[str]]]:
    """The periods a text dates its counts by (`other_periods`): each its preposition and the set of
    its other words, folded (('in', {'march'}), ('since', {'2024'}), ('', {'last', 'year'}))."""
    preps = set(load_data("corroboration.json")["count_periods"]["prepositions"])
    out = set()
    for m in _count_period().finditer(text):
        words = m.group().casefold().split()
        prep = words[0] if words[0] in preps else ""
        out.add((prep, frozenset(words[1:] if prep else words)))
    return frozenset(out)


@lru_cache(maxsize=1)
def _count_period() -> re.Pattern[str]:
    data = load_data("corroboration.json")["count_periods"]
    months = _words_pattern(load_data("matcher.json")["months"])
    return re.compile(r"(?<![\w'’-])(?:" + _words_pattern(data["prepositions"]) + r"\s+(?:(?:early|late|mid-?)\s*)?(?:"
                      + months + r"(?:\s+(?:1[89]|20)\d\d)?(?!\s+\d)|(?:1[89]|20)\d\d)|" + _words_pattern(data["relative"])
                      + r")(?![\w'’-])", re.IGNORECASE)


def tells_of_report(r: ClaimRecord) -> bool:
    """Whether a claim tells of a report of something ('A report that C has set off calls for an
    inquiry'), not the thing itself: a denial of C leaves it standing."""
    return lexicon().about_report.search(r.text.casefold()) is not None


@dataclass(frozen=True)
class Hearsay:
    """What a statement that reports another's words says of how its speaker heard them: `shape`
    ('rumour', 'told', 'called', 'says', 'heard', 'was told', 'quoted'), the words naming the
    `source` the words came from (None when none is named: 'We were told C', 'rumours say C') and
    those naming a `hearer` between the source and the speaker ('My cousin heard from the
    manager that C', 'The Courier quoted an official as saying C'; None when the speaker heard it,
    or a pronoun tells who did)."""

    shape: str
    source: str | None
    hearer: str | None = None


def hearsay(text: str) -> Hearsay | None:
    """How a statement's own words report what someone else said, when they open with such a report
    (corroboration.json hearsay), or None.

    >>> hearsay("villagers had told him in the spring that the engines had not been serviced")
    Hearsay(shape='told', source='villagers', hearer=None)
    >>> hearsay("My cousin heard from the finance director in May that the wages were paid")
    Hearsay(shape='heard', source='the finance director', hearer='My cousin')
    >>> hearsay("We were told the ferries would sail again"), hearsay("Nobody told us anything")
    (Hearsay(shape='was told', source=None, hearer=None), None)
    """
    text = " ".join(text.split())
    for shape, pattern in _hearsay_patterns():
        m = pattern.match(text)
        if m:
            found = m.groupdict()
            hearer = found.get("hearer")
            return Hearsay(shape, found.get("source"), None if hearer is None or _pronoun(hearer) else hearer)
    return None


def _pronoun(words: str) -> bool:
    return words.casefold() in ("i", "we", "he", "she", "they", "you")


@lru_cache(maxsize=1)
def _hearsay_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The shapes of `hearsay`, each anchored at the start of a statement, after an opening
    conjunction or a short time phrase ('But in June, ')."""
    everything = load_data("corroboration.json")
    data = everything["hearsay"]
    w = {key: _words_pattern(value) for key, value in data.items()}
    token = r"(?!" + w["not_sources"] + r"(?![\w-]))[\w'’.&-]+"  # no 'I've', 'It's' either
    # a source described in words that are no pronoun, negation or verb, with a relative clause
    # after it ('a friend who works in the office')
    source = r"(?:" + token + r"\s+){0,6}?" + token + r"(?:,?\s+(?:who|whose)\s+[^,;:\"“”]{1,50}?,?)?"
    opening = (r"^(?:(?:and|but|so|then|now|later)\s+)?(?:(?:in|on|last|this|back\s+in|earlier\s+this)\s+"
               r"[\w-]+(?:\s+[\w-]+)?,?\s+)?")
    aux = r"(?:(?:has|have|had|'ve|’ve|'d|’d|would\s+have)\s+)?(?:(?:already|also|since|repeatedly)\s+)?"
    when = r"(?:(?:in|on|last|this|earlier|back)\s+(?:the\s+)?[\w-]+\s+)?"
    hearer = r"(?P<hearer>" + source + r"|i|we|he|she|they)"
    # the speaker, in their own words or reported ('she had been told by a clerk that C'); 'Residents
    # have been told C' is what others heard, no account of the speaker's
    told = r"(?P<hearer>i|we|he|she)"
    # at least three words heard ('We heard that story' tells of no content), not an order ('told to leave')
    content = r"(?!to\s)\S+\s+\S+\s+\S+"
    report = r"(?!" + _words_pattern(load_data("cues.json")["denials"]["objects"]) + r"(?![\w'’-]))"  # 'heard that report'
    # a head that speaks for a body or a party, after a few words that describe it ('a senior spokesman for');
    # not an office held by many ('one minister', 'a senator': single_offices says so), whose word unnamed is a source's
    on_record = (r"(?!(?:(?!(?:for|of|at|to|in|from|with|on)\s)[\w'’.&-]+\s+){0,3}?" + _words_pattern(
        [*everything["spokespeople"], *everything["representatives"]]) + r"(?![\w'’-]))")
    shapes = {
        # 'told us C', 'have been telling management about C' (one told named in a word or two before 'that'/'about')
        "told": (r"(?P<source>" + source + r")\s+(?:" + aux + w["telling_verbs"] + r"|(?:(?:have|has|had)\s+been|were|was|are|is)"
                 r"\s+telling)\s+(?:" + w["recipients"] + r"(?![\w'’-])|(?:the\s+|its\s+|their\s+)?[\w-]+(?:\s+[\w-]+)?"
                 r"(?=\s+(?:that|about)\s))(?!\s+(?:nothing|anything|little|no)(?![\w'’-]))"),  # 'told me nothing'
        "called": (r"(?P<source>" + source + r")\s+" + aux + w["contact_verbs"] + r"\s+" + w["recipients"]
                   + r"(?![\w'’-])[^.;]{0,60}?\band\s+(?:said|told)(?![\w'’-])"),
        # someone's or one of many ('a friend who works there says C', 'one minister has said C'), never a name: a
        # party says what it says, nor one who speaks for a body or a party ('a spokesman for the ministry', 'his
        # lawyer'), nor our reporter
        "says": r"(?P<source>(?!our\s+(?:[\w-]+\s+){0,2}?" + w["own_staff"] + r"(?![\w'’-]))(?:an?|my|our|his|her|their|one|some)\s+"
                + on_record + source + r")\s+" + aux + w["saying_verbs"] + r"(?![\w'’-])(?!\s+to\s)",
        "heard": (hearer + r"\s+" + aux + w["hearing"] + r"(?:\s+it)?(?:\s+from\s+(?P<source>[^,;:\"“”]{1,60}?))?\s+"
                  + when + r"(?:that|how)\s+" + report + content),
        # 'told by a source that C' (a source named after 'by' ends at 'that'), or 'told C'
        "was told": (told + r"\s+" + w["passive_auxiliaries"] + r"\s+(?:\w+ly\s+)?told(?:\s+by\s+(?P<source>[^,;:\"“”]{1,60}?)\s+"
                     + when + r"that\s+|\s+" + when + r"(?:that\s+)?)" + content),
        # 'The Courier quoted an official as saying C': the outlet passed on its source's words
        "quoted": (r"(?P<hearer>" + source + r")\s+" + aux + r"quoted\s+(?P<source>" + source + r")\s+as\s+saying(?![\w'’-])"),
    }
    shapes = {"rumour": (r"(?:the\s+)?" + w["rumours"] + r"(?:\s+[^.;,]{1,40}?)?\s+" + w["rumour_verbs"]
                         + r"(?![\w'’-])\s+" + content),
              **shapes}
    return tuple((shape, re.compile(opening + pattern, re.IGNORECASE)) for shape, pattern in shapes.items())


def _denial_of(a: ClaimRecord, b: ClaimRecord) -> bool:
    """Whether one of two claims denies (or declines to confirm) what the other, of no stance,
    states in more words: the proposition's content stems are nearly all in the other claim
    (`DENIAL_CONTAINMENT`)."""
    x, y = (a, b) if stance_kind(a) in HOW else (b, a)
    if stance_kind(x) not in HOW or stance_kind(y) is not None or tells_of_report(y):
        return False
    denied = {_root(w) for w in content_words(x.text)}
    if len(denied) < DENIAL_MIN_WORDS:
        return False
    held = {_root(w) for w in content_words(y.text)}
    return len(denied & held) >= DENIAL_CONTAINMENT * len(denied)


def _root(word: str) -> str:
    """A word's `stem` with a doubled last letter and a final e folded, so that the forms of one
    verb meet ('plans', 'planning', 'planned'; 'close', 'closing').

    >>> {_root(w) for w in ("plans", "planning", "planned")}, {_root(w) for w in ("close", "closing")}
    ({'plan'}, {'clos'})
    """
    found = stem(word)
    if len(found) >= 5 and found.endswith("e"):
        found = found[:-1]
    return found[:-1] if len(found) >= 4 and found[-1] == found[-2] and found[-1].isalpha() else found


def _embedded(a: ClaimRecord, b: ClaimRecord) -> bool:
    """One statement embedded in the other (the same words of one sentence of one version)."""
    return a.doc == b.doc and a.version == b.version and a.start < b.end and b.start < a.end


def _spread_denials(records: Sequence[ClaimRecord], denied_by: dict[int, list[tuple[int, str]]],
                    neighbours: dict[int, list[tuple[int, float]]], backed: set[tuple[str, int]],
                    out: dict[tuple[Hashable, Hashable], Relation], *,
                    bags: Mapping[Hashable, dict[str, int]] | None) -> None:
    """Add to `out` the `contradicts` links a denial in a sentence gives beyond its own claim.

    A denial covers what the denied claim says, wherever else it is said (`neighbours`: the
    similar claims), unless the denying source itself backs that other claim (`backed`: pairs of
    origin and claim index of corroboration).
    """
    for y, deniers in denied_by.items():
        for z, score in neighbours[y]:
            for x, how in deniers:
                rz, rx = records[z], records[x]
                if z == x or same_origin(rx, rz) or (origin(rx), z) in backed:
                    continue
                if stance_kind(rz) in HOW:
                    continue
                out.setdefault((rx.key, rz.key), Relation(
                    rx.key, rz.key, "contradicts", score,
                    f"{HOW[how]}: says what claim {records[y].key} says (similarity {score:.2f})"))
    for x, z, y, word in same_subject_of_denials(records, denied_by, bags=bags):
        rx, rz = records[x], records[z]
        if (origin(rx), z) in backed:
            continue
        how = next(h for d, h in denied_by[y] if d == x)
        out.setdefault((rx.key, rz.key), Relation(
            rx.key, rz.key, "contradicts", 0.0,
            f"{HOW[how]}: reports of the same {word} (claim {records[y].key}) between the same parties"))


def same_subject_of_denials(records: Sequence[ClaimRecord], denied_by: dict[int, list[tuple[int, str]]], *,
                            bags: Mapping[Hashable, dict[str, int]] | None = None,
                            ) -> Iterator[tuple[int, int, int, str]]:
    """(denier, other claim, denied claim, word): claims about the very thing a source would not confirm.

    A source that declines to confirm "reports that the two countries agreed a ferry link" leaves
    unconfirmed any claim about a ferry link between the same countries, however differently it is
    worded; one that denies "the board kept the results from Orvel's residents" disputes a claim
    about the same results from Orvel's board. The thing is a rare ordinary word of the denied
    claim (held by at most one claim in two thousand, and by no more than three when there are
    few); the parties are the names the denier's and the denied claim's texts give (countries and
    organisations, and other proper nouns), of which the other claim must name two. A claim
    stated after the denial is not covered by it.
    """
    if not denied_by:
        return
    entities = lexicon().entities
    limit = max(DENIED_WORD_MIN_HOLDERS, len(records) // CLAIMS_PER_DENIED_WORD)
    known = bags or {}
    computed: dict[int, dict[str, int]] = {}

    def bag(i: int) -> dict[str, int]:
        found = known.get(records[i].key)
        if found is not None:
            return found
        if i not in computed:
            computed[i] = tokens(records[i].text)
        return computed[i]

    wanted = {y: [t for t, w in bag(y).items() if w == 1 and t not in entities and len(t) > 3]
              for y in denied_by}
    needed = {t for words in wanted.values() for t in words}
    if not needed:
        return
    holders: dict[str, list[int]] = defaultdict(list)
    for i in range(len(records)):
        for t in needed.intersection(bag(i)):
            holders[t].append(i)
    for y, deniers in denied_by.items():
        rare = [t for t in wanted[y] if len(holders[t]) <= limit]
        if not rare:
            continue
        for x, _how in deniers:
            parties = {t for b in (bag(x), bag(y)) for t, w in b.items() if t in entities or w == NAME_WEIGHT}
            done = set()
            for word in sorted(rare, key=lambda t: (len(holders[t]), t)):
                for z in holders[word]:
                    rz, rx = records[z], records[x]
                    if z in done or z in (x, y) or same_origin(rx, rz) or stance_kind(rz) in HOW:
                        continue
                    if rz.stated_on and rx.stated_on and rz.stated_on > rx.stated_on:
                        continue
                    if len(parties.intersection(bag(z))) >= 2:
                        done.add(z)
                        yield x, z, y, word


def find_relations(records: Sequence[ClaimRecord], *, threshold: float = THRESHOLD,
                   focus: Iterable[int] | None = None) -> list[Relation]:
    """Similar pairs by blocking, then the relations the rules give them."""
    pairs = similar_pairs([r.text for r in records], threshold=threshold, focus=focus)
    return relations(records, pairs)
