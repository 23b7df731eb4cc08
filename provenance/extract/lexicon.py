"""The word lists the extractor reads from provenance/data/, loaded once per process.

Everything the extractor knows about the world (reporting verbs, titles, outlets, countries) lives
in those JSON files, not in code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from provenance.datafiles import load_data
from provenance.errors import DataFileError
from provenance.folding import fold  # re-exported: the extractor's modules import it from here

# The languages the word lists in provenance/data/ are written for: text in any other would give
# claims found by English cue words, so ingest refuses it.
LANGUAGES = ("en",)


@dataclass(frozen=True)
class Cue:
    lemma: str
    hint: str
    words: tuple[str, ...]
    takes_recipient: bool = False
    requires_recipient: bool = False
    needs_content_mark: bool = False
    quotes_speaker: bool = False
    bare_clause: bool = False  # may take a clause without "that"
    phrase: bool = False  # "according to": the speaker follows the cue
    negation: bool = False
    characterizes: bool = False  # 'called the plan "a disaster"': object and quoted verdict are the content
    evidence_subject: bool = False  # 'shows', 'found': only with a poll, study, report ... as subject
    document_subject: bool = False  # 'read': only with a document ('the statement', 'the letter') or 'it' as subject
    infinitive: bool = False  # 'wants to X', 'pledged to X': the plan 'to X' is the content
    mental: bool = False  # a belief or plan, not an utterance: never a trailing cue ('C, he wants')
    belief_clause: bool = False  # mental, and takes a clause without 'that': 'fears the deal will collapse'
    directive: bool = False  # 'told X to Y', 'urged X to Y': X and what X is to do are the content
    stance: bool = False  # 'support the plan', 'attacked Clinton's record': the object is the content
    reported_fact: bool = False  # 'revealed', 'showed': inside another report, part of what it says
    report_only: bool = False  # 'withdrew': a cue only with a report or statement as object ('withdrew the statement')
    goods_object: bool = False  # 'recalled': no cue with goods counted as its object ('recalled 2 million cars')
    work_object: bool = False  # 'wrote': no cue with a written work alone as its object ('wrote a book on the flood')
    figure_object: bool = False  # 'put the toll at 21', 'estimated the crowd at 3,000': the object and its figure
    noun_object: bool = False  # with 'stance': any noun phrase as object is the content ('blamed pipe corrosion')
    silence: bool = False  # 'has not said whether C': no statement of its subject, the publisher's observation
    before: frozenset[str] = frozenset()  # a cue only before one of these words ('declined to say' how, when, why)
    not_before: frozenset[str] = frozenset()  # no cue before one of these words ('continued until May': it lasted)
    cites: frozenset[str] = frozenset()  # a phrase only before a record of these ('in the latest poll')
    carrier: bool = False  # 'as first reported by': after words with a cue of their own, only whose words carried them
    perceived: bool = False  # 'heard saying', 'quoted as saying': the passive's 'be' before it is no part of the subject


# the flags a verb of cues.json may set (the others are set by the kind of entry)
VERB_FLAGS = ("takes_recipient", "requires_recipient", "needs_content_mark", "quotes_speaker", "bare_clause",
              "characterizes", "evidence_subject", "document_subject", "infinitive", "mental", "belief_clause", "directive",
              "stance", "reported_fact", "report_only", "goods_object", "work_object", "figure_object", "noun_object", "perceived")


@dataclass
class Lexicon:
    cues_by_first: dict[str, list[Cue]]
    continuations: frozenset[str]
    auxiliaries: frozenset[str]
    report_nouns: frozenset[str]
    cue_nouns: frozenset[str]
    recipients: frozenset[str]
    titles: frozenset[str]
    title_words: frozenset[str]
    modifiers: frozenset[str]
    honorifics: frozenset[str]
    anonymous_heads: frozenset[str]
    institution_heads: frozenset[str]
    group_heads: frozenset[str]
    media_heads: frozenset[str]
    abbreviations: frozenset[str]
    outlets: list[dict]
    outlet_index: dict[str, dict]
    outlet_prefixes: dict[str, list[str]]  # first three letters of a word -> outlet names with it
    countries: list[dict]
    country_index: dict[str, str]  # folded demonym/name/capital/alias -> canonical country
    organisation_index: dict[str, str]
    max_outlet_words: int = 1
    max_country_words: int = 1
    country_starts: frozenset[str] = frozenset()  # first words of the many-word keys of the two indexes above
    noun_like_forms: frozenset[str] = frozenset()  # cue forms that are also nouns: states, reports
    evidence_nouns: frozenset[str] = frozenset()  # what may 'show' or 'find' something: poll, study
    seen_by_verbs: frozenset[str] = frozenset()  # 'documents seen by X', 'emails obtained by X': X reports them
    finder_nouns: frozenset[str] = frozenset()  # people whose finding is a report: 'investigators found that C'
    issuer_nouns: frozenset[str] = frozenset()  # documents whose issuer speaks: 'a statement the council issued'
    record_nouns: frozenset[str] = frozenset()  # records a body keeps, a source in their own right: 'council records show'
    court_records: frozenset[str] = frozenset()  # 'a court decision', "the tribunal's judgment": a record
    owned_records: frozenset[str] = frozenset()  # a body's own filings cited under their name: "the charity's accounts show"
    record_verbs: frozenset[str] = frozenset()  # what a record as a sentence's subject states with: 'the inspection rated'
    issued_verbs: frozenset[str] = frozenset()  # 'results posted by the county': the body after 'by' issued them
    record_issuers: frozenset[str] = frozenset()  # 'state records', 'county figures': who issued them (with the heads)
    record_techniques: frozenset[str] = frozenset()  # 'GPS records', 'CCTV footage': how a record was made, no issuer
    noun_hints: dict[str, str] | None = None  # reporting noun -> hint ('assurances' -> commitment)
    cue_gate: re.Pattern[str] = re.compile(r"(?!)")  # any word that may start an attribution
    # the same on lower-cased text, twice as fast, searched in it after a space: it opens with the
    # character before the word (no word character), so the engine skips words at once instead of
    # trying a match at every offset; every phrase ends with a word character, so no match takes the
    # character the next needs
    cue_gate_lower: re.Pattern[str] = re.compile(r"(?!)")
    outlet_words: frozenset[str] = frozenset()  # words that make a capitalised name a medium
    outlet_openers: frozenset[str] = frozenset()  # first words that do too ('Daily', 'Radio')
    web_name_words: frozenset[str] = frozenset()  # 'Kuensel Online': the site of the outlet the words before name
    female_names: frozenset[str] = frozenset()  # given names, folded, that say the bearer's gender
    male_names: frozenset[str] = frozenset()
    given_names: frozenset[str] = frozenset()  # the two together: a word that is someone's given name
    female_words: frozenset[str] = frozenset()  # role and title words that do (spokeswoman, mrs)
    male_words: frozenset[str] = frozenset()
    notice_labels: frozenset[str] = frozenset()  # 'CORRECTION:' and the like: labels that name no speaker
    compounds: dict[str, frozenset[str]] = field(default_factory=dict)  # cue word -> nouns after it ('think tank')
    credit_line: re.Pattern[str] = re.compile(r"(?!)")  # '(Reporting by ...; Editing by ...)' at a block's start
    honorific_titles: dict[str, tuple[str, ...]] = field(default_factory=dict)  # 'sen' -> ('senator', ...)
    media_head_kinds: dict[str, tuple[str, ...]] = field(default_factory=dict)  # 'paper' -> ('newspaper',)
    number_abbreviations: frozenset[str] = frozenset()  # 'No', 'Vol': abbreviations only before a number
    body_heads: frozenset[str] = frozenset()  # a body speaking as itself besides institution_heads: 'the town'
    company_heads: frozenset[str] = frozenset()  # 'the company' refers back to the company that spoke last
    epithet_heads: frozenset[str] = frozenset()  # 'the commentator': a public figure just named, described again
    person_descriptions: frozenset[str] = frozenset()  # 'the Brackwater woman': the person just named, described again
    courtesy_titles: frozenset[str] = frozenset()  # 'Mrs', 'Dr': a title any named person may carry, no office
    occupations: frozenset[str] = frozenset()  # 'a technician', 'a lecturer': a person by their work ('he' may be one)
    generic_body_heads: frozenset[str] = frozenset()  # 'the group' is the body named last
    private_body_heads: frozenset[str] = frozenset()  # 'a local union said': an unnamed body, anonymous
    owned_media: frozenset[str] = frozenset()
    person_trades: frozenset[str] = frozenset()  # company heads that as often describe a person ('owner')
    firm_descriptors: frozenset[str] = frozenset()  # company heads no person bears: 'lender Sorbek Bank'
    sole_posts: frozenset[str] = frozenset()  # "Jolby Rail's chief executive": the one holder of a post, on the record
    counterparts: tuple[str, ...] = ()  # 'her counterpart, Tom Reyes': he holds her post, folded
    surname_titles: frozenset[str] = frozenset()  # 'Mr. King', 'Sen. King': a title word that is a surname there
    title_abbreviations: dict[str, tuple[str, ...]] = field(default_factory=dict)  # 'mp' -> ('member', 'parliament')
    owner_pronouns: dict[str, str] = field(default_factory=dict)  # 'its' -> 'it'  # 'its website said': the owner speaks through it
    parties: frozenset[str] = frozenset()  # 'Labour MP Ana Costa': the party is her affiliation, folded
    company_words: tuple[str, ...] = ()  # capitalised words that end a company's name ('Marlow Freight')
    organisation_words: frozenset[str] = frozenset()  # capitalised words that end a body's name ('Harbour Rights Watch')
    place_heads: frozenset[str] = frozenset()  # 'Carrow Bridge', 'Mill Street': a place's name ends so, as written
    place_words: frozenset[str] = frozenset()  # 'Jolby North', 'Oswick Central': a constituency's or region's word, folded
    place_openers: frozenset[str] = frozenset()  # 'St Jolby', 'Fort Oswick': a town's first word, folded
    company_suffixes: frozenset[str] = frozenset()  # 'Marlow Freight Ltd': a legal form after a company's name
    postnominals: frozenset[str] = frozenset()  # 'Ana Costa TD': a title after the name, as written (capitals)
    generations: frozenset[str] = frozenset()  # 'Ana Costa Jr.': a generation after the name, as written
    place_nouns: tuple[str, ...] = ()  # nouns a place name modifies ('Wrenby port'): the word before is a place
    denial_verbs: frozenset[str] = frozenset()    # lemmas that deny what follows ('deny')
    retraction_verbs: frozenset[str] = frozenset()  # lemmas that withdraw what follows ('withdraw', 'retract')
    denial_objects: frozenset[str] = frozenset()  # what a contradiction cue denies ('report', 'assertions')
    clause_objects: frozenset[str] = frozenset()  # the same only with a clause after them ('the notion that C')
    pointed_objects: frozenset[str] = frozenset()  # the same only after a pointer or an owner ('that version')
    object_pointers: frozenset[str] = frozenset()  # those pointers ('that', 'his')
    bare_refusals: tuple[tuple[str, ...], ...] = ()  # 'declined to comment', 'could not be reached': a refusal, folded words
    artefacts: frozenset[str] = frozenset()  # 'called the photo doctored': a thing a denial answers only where named
    figure_objects: frozenset[str] = frozenset()  # 'did not confirm the figure': answers only a claim giving a number
    topic_preps: frozenset[str] = frozenset()  # 'claims of a smuggling ring': the words after them name what was reported
    unanswered: frozenset[str] = frozenset()  # 'did not respond to questions about C': what a silence leaves unanswered
    false_story: re.Pattern[str] = re.compile(r"(?!)")  # 'This story is false': a denial of that story
    false_pronoun: re.Pattern[str] = re.compile(r"(?!)")  # '"That is simply not true," he said' (fullmatch)
    correction_writers: frozenset[str] = frozenset()  # 'We said earlier that C': the document's writers correcting it
    correction_documents: frozenset[str] = frozenset()  # 'This post previously said C'
    correction_labels: frozenset[str] = frozenset()  # 'Correction:', 'Clarification:'
    correction_adverbs: frozenset[str] = frozenset()  # 'We previously reported that C'
    false_verdict: re.Pattern[str] = re.compile(r"(?!)")  # 'false' after 'called the story': a verdict of denial
    false_clause: re.Pattern[str] = re.compile(r"(?!)")  # 'the suggestion that C was untrue': a denial of C (group 1)
    called_false_clause: re.Pattern[str] = re.compile(r"(?!)")  # (called) 'the suggestion that C "untrue"' (group 1)
    false_that: re.Pattern[str] = re.compile(r"(?!)")  # "it's wholly untrue that C": a denial of C (group 1)
    refusal: re.Pattern[str] = re.compile(r"(?!)")  # '"I won't comment on C"': a speaker declining
    reported_refusal: re.Pattern[str] = re.compile(r"(?!)")  # 'said it could not comment until C': the same, reported
    reported_denial: re.Pattern[str] = re.compile(r"(?!)")  # 'said the firm firmly disagrees with the findings'
    own_withdrawal: re.Pattern[str] = re.compile(r"(?!)")  # '"I withdraw that remark," she said': a retraction
    reported_withdrawal: re.Pattern[str] = re.compile(r"(?!)")  # 'said he had been wrong about the figure'
    owned_error: re.Pattern[str] = re.compile(r"(?!)")  # 'said its earlier statement was wrong': a retraction
    owned_error_which: frozenset[str] = frozenset()  # 'its first figure': which statement, not what about
    possessed_by: dict[str, str] = field(default_factory=dict)  # 'its' -> 'it': whose statement 'its figure' is
    too_early: re.Pattern[str] = re.compile(r"(?!)")  # 'said it was too early to say whether C': declining
    declined_telling: re.Pattern[str] = re.compile(r"(?!)")  # 'declined to discuss the sale': declining
    withdrawn_statements: frozenset[str] = frozenset()  # 'I withdraw this estimate': what a speaker takes back
    answered_denial: re.Pattern[str] = re.compile(r"(?!)")  # 'C, an allegation X has denied' (at a content's end)
    earlier_version: re.Pattern[str] = re.compile(r"(?!)")  # 'An earlier version of this article': the publisher's correction
    correction_notes: tuple[str, ...] = ()  # 'this article has been updated': a bare 'an earlier version' after it is the article's
    not_sources: frozenset[str] = frozenset()  # documents and things: heads of no speaker ('report', 'box')
    quantities: frozenset[str] = frozenset()   # words that make a mention a figure ('percent', 'million')
    adjectives: frozenset[str] = frozenset()   # words that head no description ('new', 'recent')
    not_names: frozenset[str] = frozenset()    # capitalised words opening sentences that name nobody ('Once')
    empty_contents: frozenset[str] = frozenset()  # a content of only these words says nothing ('to comment')
    relatives: frozenset[str] = frozenset()    # relative pronouns: point back at a speaker, never one ('who')
    openers: frozenset[str] = frozenset()      # words that open no speaker's name: 'and', 'with', 'together'
    clause_words: frozenset[str] = frozenset()  # finite verbs: a mention with one is a clause ('Warren said Bank')
    past_tenses: frozenset[str] = frozenset()  # 'sent', 'put': before an object, a mention with one is a clause
    possessives: frozenset[str] = frozenset()  # 'his', 'my': alone, nobody
    media_reports: frozenset[str] = frozenset()  # what an outlet publishes: 'a report in X' speaks for X
    message_nouns: frozenset[str] = frozenset()  # 'in an email to the Gazette': the means of a message to an outlet
    written_works: frozenset[str] = frozenset()  # 'a book', 'the majority opinion': what 'wrote' may make, no claim
    places: frozenset[str] = frozenset()  # states and regions after a town ('Dayton, Ohio'): where, not who
    police_services: frozenset[str] = frozenset()  # 'carabinieri', 'the RCMP', 'Met Police': a body, folded and as written

    def occupation_plural(self, low: str) -> bool:
        """Is the folded word the plural of a noun for a person by their work ('nurses', 'fishermen',
        'chairwomen': the plural of a noun in -man or -woman)?"""
        occupations = self.occupations
        return low.endswith("s") and low[:-1] in occupations \
            or low.endswith("men") and low[:-3] + "man" in occupations

    def self_medium(self, words: list[str]) -> int:
        """How many of the words, from the first, name the publisher as it names itself: 'this' and a medium's
        noun in lower case, after at most two lower-case words that qualify it ('this newspaper', 'this paper',
        'this radio station', 'this local news website'); 0 when they do not."""
        if not words or fold(words[0]) != "this":
            return 0
        for n, word in enumerate(words[1:4], start=1):
            if not word.isalpha() or not word.islower():
                return 0
            if word in self.media_heads and (n + 1 == len(words) or words[n + 1] not in self.media_heads):
                return n + 1
            if word not in self.media_heads and word not in self.adjectives:
                return 0
        return 0

    def occupation(self, low: str) -> bool:
        """Is the folded word a noun for a person or people by their work, singular or plural?"""
        return low in self.occupations or self.occupation_plural(low)


@lru_cache(maxsize=1)
def _grammar() -> dict:
    return load_data("grammar.json")


def grammar_words(key: str) -> tuple[str, ...]:
    """The words of the list `key` in provenance/data/grammar.json, in the file's order; a missing or
    malformed list is an error naming the file and the key.

    >>> grammar_words("modals")[:3]
    ('could', 'would', 'may')
    """
    words = _grammar().get(key)
    if not isinstance(words, list) or not words or not all(isinstance(w, str) and w.strip() for w in words):
        raise DataFileError(f"provenance/data/grammar.json: '{key}' must be a list of words: "
                            "fix the file or reinstall provenance")
    return tuple(words)


@lru_cache(maxsize=64)
def title_words(key: str) -> tuple[str, ...]:
    """The entries of the list `key` in provenance/data/titles.json folded as Lexicon reads them (fold: case,
    accents, spaces), in the file's order ('institution_heads': 'ministry', 'white house'); a missing or malformed
    list is an error naming the file and the key."""
    words = load_data("titles.json").get(key)
    if not isinstance(words, list) or not words or not all(isinstance(w, str) and w.strip() for w in words):
        raise DataFileError(f"provenance/data/titles.json: '{key}' must be a list of words: "
                            "fix the file or reinstall provenance")
    return tuple(fold(w) for w in words)


def credit_pasts() -> frozenset[str]:
    """The past forms among grammar.json's credit_verbs ('reported', 'broke'): in -ed or an irregular past."""
    irregular = word_set("irregular_past")
    return frozenset(w for w in word_set("credit_verbs") if w.endswith("ed") or w in irregular)


@lru_cache(maxsize=1)
def credit_clause() -> str:
    """The pattern of a relative clause crediting the name before it with a story ('which first reported the
    leak', 'which broke the story', 'that had first revealed'): grammar.json's credit_verbs in the past, after
    or before 'first' or before one of its credited_stories; the extractor reads it after the name's comma
    (attribution.credited_first), the status rules anywhere in the sentence (rules.mark_first_reporters)."""
    past = "(?:" + "|".join(sorted(credit_pasts())) + ")"
    story = r"(?:first|the\s+(?:" + "|".join(sorted(word_set("credited_stories"))) + "))"
    return r"(?:which|that)\s+(?:had\s+)?(?:first\s+" + past + "|" + past + r"\s+" + story + r")(?![\w'\u2019-])"


def word_set(key: str) -> frozenset[str]:
    """The words of grammar.json's list `key` as a set."""
    return frozenset(grammar_words(key))


def alternation(key: str, first: str = "") -> str:
    """The words of grammar.json's list `key` as a regex group matching any one of them, or the
    pattern `first` tried before them.

    >>> alternation("hearsay_adverbs")
    '(?:reportedly|allegedly|supposedly|purportedly|rumoredly|ostensibly)'
    >>> alternation("modals", first="ought")
    '(?:ought|could|would|may|might|will|shall|should|can|must)'
    """
    return "(?:" + "|".join(([first] if first else []) + [re.escape(w) for w in grammar_words(key)]) + ")"


@lru_cache(maxsize=1)
def withdrawal_time() -> str:
    """The regex of a time that may stand between a withdrawal's verb and what it withdraws, if any
    ('withdrew on Monday the claim', 'retracted, formally, its statement', 'on Friday (4)'): one of
    updates.json prose_withdrawals' 'when' words, a day of the month in brackets after it."""
    words = load_data("updates.json")["prose_withdrawals"]["when"]
    return r"(?:,?\s+(?:" + phrase_alternation(words) + r")(?:\s*\(\d{1,2}\))?,?)?"


def anonymity_request(text: str, start: int = 0, end: int | None = None, *, at: bool = False) -> re.Match[str] | None:
    """The first request of a source not to be named in text[start:end], else None: 'who asked not to
    be named', 'who asked Channel 9 not to use her name' (group 'whom': 'Channel 9', whom the source
    asked; empty when none is named), 'who asked that we not use his name', 'declined to be identified',
    'did not want to be quoted', 'on condition of anonymity' (grammar.json's anonymity lists; never
    'soon to be named foreman'); with `at`, only one starting at `start`. The one recogniser the parser,
    the model's frames, the document and the status rules read.

    >>> anonymity_request("a nurse, who asked Channel 9 not to use her name, said").group("whom")
    'Channel 9 '
    >>> anonymity_request("a clerk soon to be named foreman") is None
    True
    """
    end = len(text) if end is None else end
    window = text[start:end]
    if window.isascii() and not _may_request(window.lower()):
        return None  # (most windows: every request holds one of the words _may_request looks for)
    pattern = _anonymity_pattern()
    return (pattern.match if at else pattern.search)(text, start, end)


def _may_request(low: str) -> bool:
    """May lower-case ASCII text hold a request _anonymity_pattern finds? Each of its shapes holds
    'not', 'be' ('to be' after a refusal), 'anonymity' or 'name' ('declined to give his name') (an ASCII
    text matches a case-blind literal only where its lower case holds it): a cheap test, not to search
    the words most cues stand in."""
    return "not" in low or "be" in low or "anonymity" in low or "name" in low


@lru_cache(maxsize=1)
def _anonymity_pattern() -> re.Pattern[str]:
    part = "(?:" + phrase_alternation(grammar_words("anonymity_participles")) + ")"
    ask = "(?:" + phrase_alternation(grammar_words("anonymity_askings")) + ")"
    names = "(?:" + phrase_alternation(grammar_words("anonymity_names")) + ")"
    whom = r"(?P<whom>(?:(?!that\b|not\b)[\w.'\u2019&-]+\s+){0,5}?)"
    return re.compile(
        rf"\b{ask}\s+(?:that\s+(?:[\w'\u2019]+\s+){{0,4}}?|{whom})not\s+(?:to\s+)?"
        rf"(?:be\s+{part}\b|(?:[\w'\u2019]+\s+){{1,2}}?{names}\b)"  # ('asked us not to give his name')
        rf"|\b{ask}\s+that\s+{names}\s+not\s+be\s+\w+"  # ('asked that his name not be used')
        rf"|\b(?:{phrase_alternation(grammar_words('anonymity_refusals'))})\s+(?:\w+\s+)?to\s+be\s+{part}\b"
        rf"|\b(?:{phrase_alternation(grammar_words('anonymity_refusals'))})\s+(?:\w+\s+)?to\s+"
        rf"(?:{phrase_alternation(grammar_words('anonymity_givings'))})\s+{names}\b"  # ('declined to give his name')
        rf"|\bnot\s+be\s+{part}\b"
        rf"|\b(?:{phrase_alternation(grammar_words('anonymity_grants'))})\s+anonymity\b", re.IGNORECASE)


def phrase_alternation(phrases) -> str:
    """A regex alternation of data phrases, longest first, a space matching any run of blanks; a
    pattern that never matches when there are none.

    >>> print(phrase_alternation(["said", "told reporters", "said"]))
    told\\s+reporters|said
    """
    found = sorted(set(phrases), key=len, reverse=True)
    return "|".join(r"\s+".join(map(re.escape, p.split())) for p in found) or "(?!)"


def _forms(value) -> list[str]:
    return [v for v in value if isinstance(v, str) and v.strip()]


def _title_words(title_list: list[str], titles: dict) -> frozenset[str]:
    """Every word of a title, a title of several words hyphenated ("Vice-President Ana Costa"), and
    the family descriptions that stand where a title would ('mum-of-three')."""
    return frozenset(w.rstrip(".") for t in title_list for w in [*t.split(), t.replace(" ", "-")]) \
        | _family_descriptors(titles)


def _family_descriptors(titles: dict) -> frozenset[str]:
    """The hyphenated descriptions of a person by family news copy writes before a name, each one
    title word: 'mum-of-three', 'father-of-2' (titles.json's 'family_descriptors' and 'descriptor_counts')."""
    return frozenset(f"{fold(who)}-of-{fold(n)}" for who in titles.get("family_descriptors", [])
                     for n in titles.get("descriptor_counts", []))


def _posts(titles: dict) -> dict:
    """titles.json's 'sole_posts' and 'surname_titles' (folded) and 'title_abbreviations' (each with the words it
    stands for)."""
    abbreviations = titles.get("title_abbreviations") or {}
    return {"sole_posts": _folded(titles, "sole_posts"), "surname_titles": _folded(titles, "surname_titles"),
            "title_abbreviations": {fold(k): tuple(fold(v).split()) for k, v in abbreviations.items()}}


def _folded(data: dict, key: str) -> frozenset[str]:
    """The words of a data file's list `key`, case-folded."""
    return frozenset(fold(w) for w in data.get(key, []))


def _institution_heads(titles: dict) -> frozenset[str]:
    """Nouns that make an institution (titles.json's 'institution_heads'), and the one-word names of
    police forces and emergency services, which head their own mention ('carabinieri said')."""
    return frozenset(title_words("institution_heads")) | frozenset(w for w in _police_services(titles) if " " not in w)


def _police_services(titles: dict) -> frozenset[str]:
    """Police forces and emergency services named by their own word (titles.json's 'police_services'),
    folded and in lower case as written ('policia nacional', 'policía nacional'): a token's lower case keeps its accents."""
    words = titles.get("police_services", [])
    return frozenset(fold(w) for w in words) | frozenset(w.lower() for w in words)


def _record_issuers(titles: dict) -> frozenset[str]:
    """Words for who issued a record that may stand lowercase before it ('state records'): titles.json."""
    return _folded(titles, "record_issuers") | frozenset(title_words("institution_heads")) | _folded(titles, "body_heads")


def _given_names(names: dict) -> dict[str, Any]:
    """The given names that say a bearer's gender, folded, and the two lists together."""
    female = frozenset(fold(w) for w in names.get("female", []))
    male = frozenset(fold(w) for w in names.get("male", []))
    return {"female_names": female, "male_names": male, "given_names": female | male}


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    cues_data = load_data("cues.json")
    titles = load_data("titles.json")
    names = load_data("given_names.json")
    outlets = load_data("outlets.json").get("outlets", [])
    countries_data = load_data("countries.json")
    negatives = load_data("speaker_negatives.json")
    by_first = _cues(cues_data)
    outlet_index = _outlet_index(outlets)
    country_index = _name_index(countries_data.get("countries", []), ("name", "aliases", "demonyms", "capitals", "metonyms"))
    organisation_index = _name_index(countries_data.get("organisations", []), ("name", "aliases", "demonyms"))
    title_list = [fold(t) for t in titles.get("titles", [])]
    cue_nouns = frozenset(fold(a) for a in cues_data.get("nouns", []))
    gate = _cue_gate_pattern(by_first, cue_nouns, [fold(f) for f in _forms((cues_data.get("denials") or {}).get("bare_refusals", []))])
    return Lexicon(
        cues_by_first=by_first, record_techniques=_folded(cues_data, "record_techniques"),
        continuations=frozenset(fold(c) for c in cues_data.get("continuations", [])),
        auxiliaries=frozenset(fold(a) for a in cues_data.get("auxiliaries", [])),
        report_nouns=frozenset(fold(a) for a in cues_data.get("report_nouns", [])), cue_nouns=cue_nouns,
        recipients=frozenset(fold(a) for a in cues_data.get("recipients", [])),
        titles=frozenset(title_list),
        title_words=_title_words(title_list, titles),
        postnominals=frozenset(titles.get("postnominals", [])), company_suffixes=frozenset(titles.get("company_suffixes", [])),
        generations=frozenset(titles.get("generations", [])),
        modifiers=frozenset(fold(m) for m in titles.get("modifiers", [])),
        honorifics=frozenset(fold(h).rstrip(".") for h in titles.get("honorifics", [])),
        anonymous_heads=frozenset(fold(h) for h in titles.get("anonymous_heads", [])),
        institution_heads=_institution_heads(titles), police_services=_police_services(titles),
        group_heads=frozenset(fold(h) for h in titles.get("group_heads", [])),
        media_heads=frozenset(fold(h) for h in titles.get("media_heads", [])),
        abbreviations=frozenset(titles.get("abbreviations", [])),
        number_abbreviations=frozenset(fold(w) for w in titles.get("number_abbreviations", [])),
        outlets=outlets, outlet_index=outlet_index, outlet_prefixes=_prefixes(outlet_index),
        countries=countries_data.get("countries", []),
        country_index=country_index, organisation_index=organisation_index,
        max_outlet_words=max((len(k.split()) for k in outlet_index), default=1),
        max_country_words=max((len(k.split()) for k in list(country_index) + list(organisation_index)), default=1),
        country_starts=frozenset(k.split(" ", 1)[0] for k in (*country_index, *organisation_index) if " " in k),
        outlet_words=frozenset(fold(w) for w in titles.get("outlet_words", [])),
        outlet_openers=_folded(titles, "outlet_openers"), web_name_words=_folded(titles, "web_name_words"),
        notice_labels=frozenset(fold(w) for w in titles.get("notice_labels", [])),
        credit_line=re.compile(r"[(\[]?\s*(?:" + trie_pattern([fold(w) for w in titles.get("credit_labels", [])])
                               + r")\b", re.IGNORECASE),
        evidence_nouns=_folded(cues_data, "evidence_nouns"), seen_by_verbs=_folded(cues_data, "seen_by_verbs"),
        finder_nouns=_folded(cues_data, "finder_nouns"), compounds=_compounds(cues_data.get("compound_nouns", [])),
        issuer_nouns=frozenset(fold(w) for w in cues_data.get("evidence_nouns", []) + cues_data.get("issuer_nouns", [])),
        record_nouns=_folded(cues_data, "record_nouns"), owned_records=_folded(cues_data, "owned_records"),
        record_verbs=_folded(cues_data, "record_verbs"), issued_verbs=_folded(cues_data, "issued_verbs"),
        record_issuers=_record_issuers(titles), court_records=_folded(cues_data, "court_records"),
        noun_like_forms=frozenset(fold(w) for w in cues_data.get("noun_like_forms", [])),
        noun_hints={fold(k): v for k, v in (cues_data.get("noun_hints") or {}).items()},
        **_given_names(names),
        empty_contents=frozenset(fold(w) for w in (cues_data.get("empty_contents") or {}).get("words", [])),
        **_denial_words(cues_data.get("denials") or {}), **_refusals(cues_data),
        answered_denial=_answered_denial(cues_data),
        honorific_titles={fold(k).rstrip("."): tuple(v) for k, v in (titles.get("honorific_titles") or {}).items()},
        media_head_kinds={fold(k): tuple(v) for k, v in (titles.get("media_head_kinds") or {}).items()},
        body_heads=_folded(titles, "body_heads") | _folded(titles, "place_bodies"), company_heads=_folded(titles, "company_heads"),
        epithet_heads=_folded(titles, "epithet_heads"), person_descriptions=_folded(titles, "person_descriptions"),
        occupations=_folded(titles, "occupations"), generic_body_heads=_folded(titles, "generic_body_heads"),
        private_body_heads=_folded(titles, "private_body_heads"), firm_descriptors=_folded(titles, "firm_descriptors"),
        parties=_folded(titles, "parties"), courtesy_titles=_folded(titles, "courtesy_titles"),
        owned_media=_folded(titles, "owned_media"), person_trades=_folded(titles, "person_trades"),
        owner_pronouns=dict(titles.get("owner_pronouns") or {}), **_posts(titles),
        counterparts=tuple(fold(w) for w in titles.get("counterparts", [])),
        **_name_ends(titles), place_nouns=tuple(titles.get("place_nouns", [])),
        not_sources=frozenset(fold(w) for w in negatives.get("documents", []) + negatives.get("things", [])),
        quantities=frozenset(fold(w) for w in negatives.get("quantities", [])),
        adjectives=frozenset(fold(w) for w in negatives.get("adjectives", [])),
        not_names=frozenset(negatives.get("not_names", [])), written_works=_folded(cues_data, "written_works"),
        relatives=frozenset(fold(w) for w in negatives.get("relatives", [])),
        openers=frozenset(negatives.get("openers", [])),
        clause_words=frozenset(negatives.get("clause_words", [])), past_tenses=frozenset(negatives.get("past_tenses", [])),
        **_places(negatives), possessives=frozenset(negatives.get("possessives", [])),
        media_reports=_folded(cues_data, "media_reports"), message_nouns=_folded(cues_data, "message_nouns"),
        female_words=frozenset(fold(w) for w in names.get("female_words", [])),
        male_words=frozenset(fold(w) for w in names.get("male_words", [])),
        cue_gate=re.compile(r"(?<!\w)(?:" + gate + r")(?!\w)", re.IGNORECASE),
        cue_gate_lower=re.compile(r"\W(?:" + gate + r")(?!\w)"),
    )


def _places(negatives: dict) -> dict[str, Any]:
    """The Lexicon's fields read from speaker_negatives.json's words for places."""
    return {"places": frozenset(fold(w).rstrip(".") for w in negatives.get("places", [])),
            "place_heads": frozenset(negatives.get("place_heads", [])),
            "place_words": _folded(negatives, "place_words"), "place_openers": _folded(negatives, "place_openers")}


def _name_ends(titles: dict) -> dict[str, Any]:
    """The Lexicon's capitalised words that end a company's name and an organisation's (titles.json)."""
    return {"company_words": tuple(titles.get("company_words", [])),
            "organisation_words": frozenset(titles.get("organisation_words", []))}


def _denial_words(denials: dict) -> dict[str, Any]:
    """The Lexicon's fields read from cues.json's 'denials'."""
    return {"denial_verbs": frozenset(denials.get("verbs", [])),
            "retraction_verbs": frozenset(denials.get("retraction_verbs", [])),
            "denial_objects": frozenset(fold(w) for w in denials.get("objects", [])),
            "clause_objects": frozenset(fold(w) for w in denials.get("clause_objects", [])),
            "pointed_objects": frozenset(fold(w) for w in (denials.get("pointed_objects") or {}).get("nouns", [])),
            "object_pointers": frozenset(fold(w) for w in (denials.get("pointed_objects") or {}).get("pointers", [])),
            "bare_refusals": tuple(sorted({tuple(fold(f).split()) for f in _forms(denials.get("bare_refusals", []))},
                                          key=lambda w: -len(w))),
            "topic_preps": frozenset(fold(w) for w in denials.get("topic_preps", [])),
            "unanswered": frozenset(fold(w) for w in denials.get("unanswered", [])),
            "artefacts": frozenset(fold(w) for w in denials.get("artefacts", [])),
            "figure_objects": frozenset(fold(w) for w in (denials.get("figure_objects") or {}).get("nouns", [])),
            "withdrawn_statements": frozenset(fold(w) for w in (denials.get("own_withdrawals") or {}).get("statements", [])),
            "false_story": _false_story(denials), "false_pronoun": _false_pronoun(denials),
            "false_clause": _false_clause(denials),
            # 'called the suggestion that C "wholly untrue"', 'described claims that C as false'
            "called_false_clause": _false_clause(denials, verdict=r"(?:(?:is|are|was|were|(?:has|have|had)\s+been)\s+|as\s+)?"),
            "false_that": _false_that(denials),
            "earlier_version": _earlier_version(denials),
            # 'called the story "lies"', 'described the claims as baseless'
            "false_verdict": re.compile(r"\s*(?:as\s+)?[\"“']?" + false_words_pattern(denials) + r"\b", re.IGNORECASE),
            "correction_notes": tuple(fold(n) for n in denials.get("correction_notes", [])),
            "correction_writers": frozenset(fold(w) for w in denials.get("correction_writers", [])),
            "correction_documents": frozenset(fold(w) for w in denials.get("correction_documents", [])),
            "correction_labels": frozenset(fold(w) for w in denials.get("correction_labels", [])),
            "correction_adverbs": frozenset(fold(w) for w in denials.get("correction_adverbs", []))}


def _earlier_version(denials: dict) -> re.Pattern[str]:
    """'An earlier version of this article', 'the previous version of this story': what a
    correction says the document itself said before (matched on a whole mention)."""
    phrases, determiners = denials.get("earlier_versions") or [], denials.get("earlier_version_determiners") or []
    if not phrases or not determiners:
        return re.compile(r"(?!)")
    # 'of this article', 'of the live blog', 'of the 9:40 update': up to three words, a time among them
    return re.compile(r"(?:(?:an?|the)\s+)?(?:" + trie_pattern(phrases) + r")(?:\s+of\s+(?:" + trie_pattern(determiners)
                      + r")(?:\s+[\w:.-]+){1,3})?", re.IGNORECASE)


def _false_story(denials: dict) -> re.Pattern[str]:
    """'This story is false', 'These reports are completely untrue', "Okonkwo's claim was 'simply
    untrue'", 'The report in the Morrow Courier is wrong', 'the Courier story is simply wrong': a
    statement denying a report (or a named source's claim)."""
    objects, words = denials.get("objects") or [], denials.get("false_words") or []
    if not objects or not words:
        return re.compile(r"(?!)")
    # 'the report in the Morrow Courier is wrong': the outlet or author of the report may follow it
    source = r"(?:\s+(?:in|by|from|of)\s+(?:the\s+)?(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*)){0,4})?"
    owner = r"(?:the\s+)?(?-i:[A-Z][\w-]*\s+){0,3}(?-i:[A-Z][\w-]*)['’]s"  # "the Morrow Courier's"
    # 'the Courier story is simply wrong': the outlet's name may stand before the report noun
    named = r"(?:(?-i:[A-Z][\w'’-]*)\s+){0,3}"
    return re.compile(_preface(denials) + r"(?:an?|this|that|the|these|those|his|her|their|its|" + owner + r")\s+" + named + r"(?:" + trie_pattern(objects)
                      + r")" + source + r"\s+(?:is|are|was|were)\s+[\"“']?" + false_words_pattern(denials) + r"\b",
                      re.IGNORECASE)


def false_story_match(lex: Lexicon, text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
    """lex.false_story matched at text[start:end]. Each of its matches holds a be verb between blanks
    ('is', 'are', 'was', 'were': _false_story), so an ASCII text without one is not matched at all
    (a cheap test: most contents the parser and the document ask about hold no verdict).

    >>> false_story_match(lexicon(), "This story is false").group()
    'This story is false'
    >>> false_story_match(lexicon(), "The story broke on Monday") is None
    True
    """
    end = len(text) if end is None else end
    if _ascii_without(text[start:end], (" is ", " are ", " was ", " were ")):
        return None
    return lex.false_story.match(text, start, end)


def false_pronoun_fullmatch(lex: Lexicon, text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
    """lex.false_pronoun matched on the whole of text[start:end]. Each of its matches holds 'is' or 'was'
    between blanks or "'s" before a blank (_false_pronoun), so an ASCII text without one is not matched.

    >>> false_pronoun_fullmatch(lexicon(), "That is simply not true.").group()
    'That is simply not true.'
    >>> false_pronoun_fullmatch(lexicon(), "That would be wrong") is None
    True
    """
    end = len(text) if end is None else end
    if _ascii_without(text[start:end], (" is ", " was ", "'s ")):
        return None
    return lex.false_pronoun.fullmatch(text, start, end)


def _ascii_without(window: str, needles: tuple[str, ...]) -> bool:
    """Is the window ASCII and, lower-cased with its blanks as single spaces and a space at each end, without
    any of the needles? (A text that is not ASCII is never ruled out: its blanks and letters may be others.)"""
    if not window.isascii():
        return False
    words = f" {' '.join(window.lower().split())} "
    return not any(n in words for n in needles)


def _false_clause(denials: dict, verdict: str = r"(?:is|are|was|were|(?:has|have|had)\s+been)\s+") -> re.Pattern[str]:
    """'the suggestion that C was "wholly untrue"', 'claims that C are completely false' (a
    whole content): a verdict of falsehood on a report whose proposition the words give, C (group 1).
    `verdict` joins the clause to the false word: a be verb, or for the object of a characterising
    cue ('called the claim that C "untrue"', 'described claims that C as false') also 'as' or nothing.
    A fact check's own sentence 'The claim that C is false' is read with it too (corroboration)."""
    objects, words = denials.get("objects") or [], denials.get("false_words") or []
    if not objects or not words:
        return re.compile(r"(?!)")
    return re.compile(r"(?:(?:an?|this|that|the|these|those|any)\s+)?(?:[\w'’-]+\s+){0,2}?(?:" + trie_pattern(objects)
                      + r")\s+that\s+(\S.*?)\s+" + verdict + r"[\"“']?"
                      + false_words_pattern(denials) + r"[\W]*", re.IGNORECASE | re.DOTALL)


def _false_that(denials: dict) -> re.Pattern[str]:
    """"it's 'wholly untrue' that C", 'it is completely false that C', 'there is no truth in reports
    that C' (a whole content): a verdict of falsehood on C put first, C (group 1). The verdicts
    that name the report ('no truth in', 'no substance to') are cues.json's denials.no_truth."""
    if not denials.get("false_words"):
        return re.compile(r"(?!)")
    openings = (denials.get("no_truth") or {}).get("openings") or []
    named = r"|(?:" + trie_pattern(openings) + r")\s+(?:(?:the|these|those|any)\s+)?(?:[\w'’-]+\s+){0,2}?(?:" \
        + trie_pattern(denials.get("objects") or ["(?!)"]) + r")" if openings else ""
    return re.compile(r"(?:it(?:['’]s|\s+(?:is|was))\s+(?:\w+ly\s+)?[\"“']?" + false_words_pattern(denials)
                      + named + r")[\"”']?,?\s+that\s+(\S.*)", re.IGNORECASE | re.DOTALL)


def _refusals(cues_data: dict) -> dict[str, Any]:
    """The Lexicon's refusal and reported refusal and denial patterns (cues.json)."""
    return {"refusal": _refusal(cues_data), "reported_refusal": _refusal(cues_data, "reported_subjects"),
            "reported_denial": _reported_denial(cues_data), "too_early": _too_early(cues_data.get("denials") or {}),
            "declined_telling": _declined_telling(cues_data.get("denials") or {}),
            "own_withdrawal": _withdrawal(cues_data.get("denials") or {}),
            "reported_withdrawal": _withdrawal(cues_data.get("denials") or {}, "reported_subjects"),
            "owned_error": _withdrawal(cues_data.get("denials") or {}, "reported_subjects", errors_only=True),
            "owned_error_which": _owned_error_which(cues_data.get("denials") or {}),
            "possessed_by": dict(((cues_data.get("denials") or {}).get("own_withdrawals") or {})
                                 .get("errors", {}).get("possessives") or {})}


# up to two words before a statement's noun, none a possessive of another party ('the union's', 'the
# members'', 'her deputy's'); other apostrophes pass ('its 'final' figure')
_NOT_ANOTHERS = r"(?:(?![\w-]+['’]s?\s)[\w'’-]+\s+){0,2}?"


def _withdrawal(denials: dict, key: str = "refusal_subjects", errors_only: bool = False) -> re.Pattern[str]:
    """A speaker taking back its own statement, opening a content: 'I withdraw that remark', 'We
    retract this estimate', 'I was wrong about the tonnage', 'I misspoke' (cues.json
    denials.own_withdrawals after the first-person pronouns of denials.refusal_subjects); with key
    'reported_subjects', the same reported ('said he had been wrong about the figure'); `errors_only`,
    only a speaker's own statement said to be wrong ('its earlier statement was wrong')."""
    own = denials.get("own_withdrawals") or {}
    subjects, forms, admissions = denials.get(key) or [], own.get("forms") or [], own.get("admissions") or []
    if not subjects or not forms:
        return re.compile(r"(?!)")
    nouns = trie_pattern([*(denials.get("objects") or []), *(own.get("statements") or [])])
    # ('no longer stands by the union's figure': another's statement, no withdrawal of its own)
    what = r"(?:" + trie_pattern(own.get("pronouns") or ["(?!)"]) + r"|(?:" + trie_pattern(own.get("determiners") or ["(?!)"]) \
        + r")\s+" + _NOT_ANOTHERS + r"(?:" + nouns + r"))(?!\w)"
    people = r"(?!\s+(?:" + trie_pattern(own.get("people") or ["(?!)"]) + r")(?!\w))"  # ('I was wrong about him')
    # ('he had been wrong "to say so"': a quotation may open inside an admission)
    admitted = r"[\"“']?" + trie_pattern(admissions).replace(r"\s+", r"\s+[\"“']?")
    verb = r"(?:(?:" + trie_pattern(forms) + r")\s+" + what + (r"|(?:" + admitted + r")(?!\w)" + people
                                                                if admissions else "") + r")"
    owned = _owned_error(own.get("errors") or {}, subjects, nouns)
    if errors_only:
        return re.compile(owned or r"(?!)", re.IGNORECASE)
    return re.compile(r"(?:(?:" + trie_pattern(subjects) + r")(?:\s+(?:have|has|had|would|must|now))?\s+" + verb
                      + (r"|" + owned if owned else "") + r")", re.IGNORECASE)


def _owned_error_which(denials: dict) -> frozenset[str]:
    """The words telling which of a speaker's statements its admission owns ('its first figure')."""
    errors = (denials.get("own_withdrawals") or {}).get("errors") or {}
    return frozenset(fold(w) for w in errors.get("which", []))


def _owned_error(errors: dict, subjects: list[str], nouns: str) -> str:
    """The pattern of a speaker's own statement said to be wrong ('our earlier statement was
    wrong', 'its first figure had been incorrect'): a possessive of one of `subjects`, up to two
    words that are no possessive of another ('her deputy's figure'), a statement noun, a 'be' form
    and an error word, ending the content ('said its figure was wrong and that D' states D: no
    withdrawal read here); '' with no such words."""
    possessives = [p for p, pronoun in (errors.get("possessives") or {}).items() if pronoun in subjects]
    if not possessives or not errors.get("be") or not errors.get("words"):
        return ""
    return (r"(?:" + trie_pattern(possessives) + r")\s+" + _NOT_ANOTHERS + r"(?:" + nouns + r")\s+(?:"
            + trie_pattern(errors["be"]) + r")\s+(?:" + trie_pattern(errors["words"]) + r")[\s.,;:!\"”’]*$")


def _declined_telling(denials: dict) -> re.Pattern[str]:
    """'declined to discuss the sale', 'also refused to identify the buyer', 'would not elaborate
    on the terms' (cues.json denials.declined_telling), a cue and its content read as one: a
    refusal, perhaps 'to' and an -ly adverb, then a verb of telling, searched for ('has also
    declined to')."""
    telling = denials.get("declined_telling") or {}
    if not telling.get("refusals") or not telling.get("telling"):
        return re.compile(r"(?!)")
    adverb = r"(?:(?!(?:" + trie_pattern(telling.get("not_adverbs") or ["(?!)"]) + r")\s)\w+ly\s+)?"
    # ('refused to address the rally', 'declined to name a successor': an audience, a choice to make)
    audience = r"(?!(?:" + "|".join(r"(?<=" + re.escape(v) + ")" for v in telling.get("audience_verbs") or ["(?!)"]) \
        + r")\s+(?:[\w'’-]+\s+){0,2}?(?:" + trie_pattern(telling.get("audiences") or ["(?!)"]) + r")(?!\w))"
    choice = r"(?!(?:" + "|".join(r"(?<=" + re.escape(v) + ")" for v in telling.get("choosing_verbs") or ["(?!)"]) \
        + r")\s+an?\s)"
    return re.compile(r"(?<![\w'’])(?:" + trie_pattern(_forms(telling["refusals"])) + r")\s+(?:to\s+)?" + adverb + r"(?:"
                      + trie_pattern(telling["telling"]) + r")(?!\w)" + audience + choice, re.IGNORECASE)


def _too_early(denials: dict) -> re.Pattern[str]:
    """'It is too early to say whether C', "it's still too soon to tell", 'it was "too early to
    establish a link"' (cues.json denials.too_early), opening a content: a speaker declining to
    confirm, in its own words or reported."""
    early = denials.get("too_early") or {}
    if not early.get("subjects") or not early.get("phrases") or not early.get("verbs_after"):
        return re.compile(r"(?!)")
    adverbs = r"(?:(?:" + trie_pattern(early.get("adverbs") or ["(?!)"]) + r")\s+)?"
    be = r"(?:\s*(?:" + trie_pattern(early.get("verbs") or ["is"]) + r"))"
    return re.compile(r"(?:" + trie_pattern(early["subjects"]) + r")" + be + r"\s+" + adverbs + r"[\"“']?(?:"
                      + trie_pattern(early["phrases"]) + r")\s+(?:" + trie_pattern(early["verbs_after"]) + r")(?!\w)",
                      re.IGNORECASE)


def _refusal(cues_data: dict, key: str = "refusal_subjects") -> re.Pattern[str]:
    """A speaker's own refusal opening a statement: 'I won't comment on C', "We don't
    comment on C", 'I won't say whether C' (the first-person pronouns of cues.json's
    denials.refusal_subjects before a negation form or one of the denials' refusal_forms: 'I can't
    comment'); with key 'reported_subjects', the same reported ('said it could not comment until C')."""
    denials = cues_data.get("denials") or {}
    subjects = denials.get(key) or []
    own = key == "refusal_subjects"
    # (reported, only the refusal_forms: 'said it did not comment on C' may be a standing policy; in the
    # speaker's own words it is a refusal: '"We do not comment on open cases," a spokesman said')
    groups = [g for g in cues_data.get("negations", []) if not g.get("silence") and own]
    forms = [f for g in groups for f in _forms(g.get("forms", []))] + _forms(denials.get("refusal_forms") or []) \
        + (_forms(denials.get("own_refusal_forms") or []) if own else [])
    # ('I wouldn't say that C' is an opinion; 'I won't say whether C' declines)
    asked = [trie_pattern(_forms(g["question_forms"])) + r")\s+(?:" + trie_pattern(_forms(g["question_words"]))
             for g in groups if _forms(g.get("question_forms", [])) and _forms(g.get("question_words", []))]
    if not subjects or not forms:
        return re.compile(r"(?!)")
    # (reported, also 'the ministry': 'said the ministry could not comment')
    who = trie_pattern(subjects) + (r"|the(?:\s+[\w'’-]+){1,2}?" if not own else "")
    # ('"No comment," she said': a refusal with no subject, in the speaker's own words only)
    alone = _forms(denials.get("own_refusal_openings") or []) if own else []
    # ('said the board "has nothing to say"': the quotation may open at the refusal)
    return re.compile(_preface(denials) + r"(?:(?:" + who + r")(?:['’](?:m|re)|\s+(?:am|are))?\s+[\"“]?(?:(?:"
                      + ")|(?:".join([trie_pattern(forms), *asked]) + r"))" + (r"|(?:" + trie_pattern(alone) + r")" if alone else "")
                      + r")(?!\w)", re.IGNORECASE)


def _reported_denial(cues_data: dict) -> re.Pattern[str]:
    """A reported statement opening with its speaker's side denying ('said the brewery "strongly
    disagrees with" the findings', 'said it rejected the claims'): a pronoun of cues.json's
    denials.reported_subjects or 'the' and up to two words, perhaps an -ly adverb, then a form of
    a denial verb (denials.verbs), or of another contradiction verb taking a stance's object
    ('rejected', 'took issue with') before a denial object ('the claims', 'these reports')."""
    denials = cues_data.get("denials") or {}
    subjects, denying = denials.get("reported_subjects") or [], set(denials.get("verbs") or [])
    objects = denials.get("objects") or []

    def forms(which) -> list[str]:
        return [f for v in cues_data.get("verbs") or [] if v.get("hint") == "contradiction" and which(v)
                for f in _forms([*v.get("forms", []), v["lemma"]]) if not f.split()[0].endswith("ing")]

    denial_forms = forms(lambda v: v["lemma"] in denying)
    retractions = set(denials.get("retraction_verbs") or [])
    # ('said it does not accept the findings': a report_only verb of contradiction too)
    stance_forms = forms(lambda v: v["lemma"] not in denying and v["lemma"] not in retractions
                         and (v.get("stance") or v.get("report_only")))
    if not subjects or not denial_forms or not objects:
        return re.compile(r"(?!)")
    # ('disagrees with her boss' is no denial: with 'with', only a report as the object)
    verb = r"(?:(?:" + trie_pattern(denial_forms) + r")(?!\s+with\b)|(?:" + trie_pattern(stance_forms or ["(?!)"]) \
        + r")\s+(?:[\w'’-]+\s+){0,3}?(?:" + trie_pattern(objects) + r"))(?!\w)"
    return re.compile(r"(?:" + trie_pattern(subjects) + r"|the(?:\s+[\w'’-]+){1,2}?)\s+(?:(?:has|have|had)\s+)?[\"“']?(?:\w+ly\s+)?"
                      r"[\"“']?" + verb, re.IGNORECASE)


def _answered_denial(cues_data: dict) -> re.Pattern[str]:
    """A closing appositive by which a party denies the clause before it: ', an allegation the
    company has denied', ', a claim Brenmoor has called false', ', a charge that party leaders
    strongly disputed', ', a figure the growers reject' (a denial 'object', then 'that' or 'which' perhaps, the party ('who', up to
    six words) and a verb of contradiction or a characterising verb with a false word ('cue'))."""
    denials = cues_data.get("denials") or {}
    objects, verbs = denials.get("objects") or [], cues_data.get("verbs") or []
    retractions = set(denials.get("retraction_verbs") or [])
    # (a verb's lemma too, for a plural party: ', a claim the growers dispute')
    denying = [f for v in verbs if v.get("hint") == "contradiction" and v["lemma"] not in retractions
               for f in _forms(v.get("forms", [])) + ([v["lemma"]] if " " not in v["lemma"] else [])
               if not f.endswith("ing")]
    calling = [f for v in verbs if v.get("characterizes") for f in _forms(v.get("forms", [])) if not f.endswith("ing")]
    if not objects or not denying or not denials.get("false_words"):
        return re.compile(r"(?!)")
    verdict = r"(?:" + trie_pattern(calling) + r")\s+(?:it\s+)?(?:as\s+)?[\"“']?" + false_words_pattern(denials) + r"[\"”']?"
    return re.compile(r",\s+(?:an?|the)\s+(?:[\w-]+\s+)?(?:" + trie_pattern(objects) + r")\s+(?:(?:that|which)\s+)?"
                      r"(?P<who>(?:[\w.'’&-]+\s+){0,5}?[\w.'’&-]+)\s+(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?"
                      r"(?P<cue>" + trie_pattern(denying) + r"|" + verdict + r")\s*$", re.IGNORECASE)


def _false_pronoun(denials: dict) -> re.Pattern[str]:
    """A whole statement calling what came before false: 'That is simply not true', "That's a lie",
    'None of this is true' (matched on the whole content)."""
    subjects = denials.get("pronoun_subjects") or []
    if not subjects or not denials.get("false_words"):
        return re.compile(r"(?!)")
    return re.compile(_preface(denials) + r"(?:" + trie_pattern(subjects) + r")(?:\s+(?:is|was)\s+|['’]s\s+)[\"“']?"
                      + false_words_pattern(denials) + r"[\W]*", re.IGNORECASE)


def _preface(denials: dict) -> str:
    """An optional opening by which a speaker makes a point before a verdict ('Let me be clear:',
    'I want to make it clear that', 'I can tell you that'): cues.json denials.prefaces."""
    prefaces = denials.get("prefaces") or []
    # a fact check's label of up to three capitalised words ('Our verdict:', 'Fact check:')
    label = r"(?:(?-i:[A-Z][\w'’-]*)(?:\s+[\w'’-]+){0,2}:\s+)?"
    if not prefaces:
        return label
    return label + r"(?:(?:" + trie_pattern(prefaces) + r")(?:\s+\w+ly)?(?:\s*[:,]|\s+that)?\s+)?"


def false_words_pattern(denials: dict) -> str:
    """A verdict of falsehood: one of the false words, after an article, an -ly adverb or an
    intensifier ('false', 'completely untrue', 'a lie', 'complete rubbish', 'an outright lie')."""
    intensifiers = denials.get("false_intensifiers") or []
    # after up to two adjectives joined to it ('premature and inaccurate', 'reckless, cynical and false')
    return (r"(?:[\w-]+(?:,\s+[\w-]+)?,?\s+(?:and|or)\s+)?(?:an?\s+)?(?:\w+ly\s+)?" + (r"(?:(?:" + trie_pattern(intensifiers) + r")\s+)?" if intensifiers else "")
            + r"(?:" + trie_pattern(denials.get("false_words") or ["(?!)"]) + r")")


def _cues(cues_data: dict) -> dict[str, list[Cue]]:
    """Every cue of cues.json (verb forms, negations, phrases) by its first word, longest first."""
    by_first: dict[str, list[Cue]] = {}

    def add(cue: Cue) -> None:
        by_first.setdefault(cue.words[0], []).append(cue)

    for verb in cues_data.get("verbs", []):
        flags: dict[str, Any] = {flag: bool(verb.get(flag)) for flag in VERB_FLAGS}
        flags["not_before"] = frozenset(fold(w) for w in verb.get("not_before", []))
        for form in _forms(verb.get("forms", [])):
            add(Cue(lemma=verb["lemma"], hint=verb.get("hint", "neutral"), words=tuple(fold(form).split()), **flags))
    for group in cues_data.get("negations", []):
        # 'question_forms' are negations only before a question word: 'declined to say how many C'
        question = frozenset(fold(w) for w in group.get("question_words", []))
        for key, before in (("forms", frozenset[str]()), ("question_forms", question)):
            for form in _forms(group.get(key, [])):
                add(Cue(lemma=form, hint=group.get("hint", "contradiction"), words=tuple(fold(form).split()),
                        negation=True, silence=bool(group.get("silence")), before=before))
    for phrase in cues_data.get("phrases", []):
        add(Cue(lemma=phrase["cue"], hint=phrase.get("hint", "neutral"), words=tuple(fold(phrase["cue"]).split()),
                phrase=True, cites=frozenset(fold(w) for w in phrase.get("cites", [])), carrier=bool(phrase.get("carrier"))))
    for cues in by_first.values():
        cues.sort(key=lambda c: -len(c.words))
    return by_first


def _outlet_index(outlets: list[dict]) -> dict[str, dict]:
    """Folded name or alias of an outlet, with and without a leading 'the' -> the outlet."""
    outlet_index: dict[str, dict] = {}
    for outlet in outlets:
        for name in [outlet.get("name", "")] + list(outlet.get("aliases") or []):
            key = fold(name)
            if key:
                outlet_index.setdefault(key, outlet)
                if key.startswith("the "):
                    outlet_index.setdefault(key[4:], outlet)
    return outlet_index


def _prefixes(outlet_index: dict[str, dict]) -> dict[str, list[str]]:
    prefixes: dict[str, list[str]] = {}
    for key in outlet_index:
        for word in set(key.split()):
            prefixes.setdefault(word[:3], []).append(key)
    return prefixes


def _name_index(records: list[dict], keys: tuple[str, ...]) -> dict[str, str]:
    """Folded name, alias, demonym ... of each country or organisation -> its canonical name."""
    index: dict[str, str] = {}
    for record in records:
        canonical = record.get("name")
        if not canonical:
            continue
        for key in keys:
            values = record.get(key) or []
            for value in [values] if isinstance(values, str) else values:
                if value:
                    index.setdefault(fold(value), canonical)
    return index


def _cue_gate_forms(by_first: dict[str, list[Cue]]) -> list[str]:
    """The cue phrases the gate looks for."""
    # a belief or plan ('wants', 'hopes') reports only with 'to' or 'that' after it: asking for them
    # keeps these common words from sending sentences to the parser for nothing
    cue_forms = [" ".join(c.words) for cues in by_first.values() for c in cues if not (c.mental or c.cites)]
    cue_forms += [" ".join(c.words) + after for cues in by_first.values() for c in cues if c.mental
                  for after in ((" that", " to") if c.infinitive else (" that",))]
    return cue_forms


def _cue_gate_pattern(by_first: dict[str, list[Cue]], cue_nouns: frozenset[str], refusals: list[str]) -> str:
    """A pattern for any word that may start an attribution."""
    # a sentence can only hold an attribution if it has a cue, a reporting noun taking a speaker
    # ("assurances from X that", "X's claim that"), or a quotation mark (checked separately); a bare
    # refusal ('The board declined to comment.') is read by the parser too, no cue of its own
    noun_gate = "(?:" + trie_pattern(cue_nouns) + r")\s+(?:from|by|that)"
    # a belief with no 'that' ('fears the deal will collapse') only with a finite verb a few words on
    beliefs = [" ".join(c.words) for cues in by_first.values() for c in cues if c.belief_clause]
    belief_gate = "|(?:" + trie_pattern(beliefs) + r")(?:\s+\S+){1,4}?\s+(?:" + trie_pattern(word_set("finite")) + ")" \
        if beliefs else ""
    # a phrase that cites a record ('in the latest poll') only with one of its nouns a few words on
    cited = [c for cues in by_first.values() for c in cues if c.cites]
    record_gate = "".join("|" + trie_pattern([" ".join(c.words)]) + r"(?:\s+\S+){0,8}?\s+(?:" + trie_pattern(c.cites) + ")"
                          for c in cited)
    return trie_pattern(_cue_gate_forms(by_first) + refusals) + "|" + noun_gate + record_gate + belief_gate


def _compounds(phrases) -> dict[str, frozenset[str]]:
    """'think tank' -> {'think': {'tank'}}: a cue word followed by one of these is a noun."""
    out: dict[str, set[str]] = {}
    for phrase in _forms(phrases):
        first, _, rest = fold(phrase).partition(" ")
        if rest:
            out.setdefault(first, set()).add(rest.split()[0])
    return {k: frozenset(v) for k, v in out.items()}


def trie_pattern(phrases) -> str:
    """One regex alternation for many phrases, factored by common prefixes.

    Python's re tries a flat alternation one branch at a time at every position; sharing
    prefixes makes a list of hundreds of words about ten times faster to search. A space
    matches any run of whitespace and an apostrophe either apostrophe.

    >>> trie_pattern(["said", "say", "says"])
    'sa(?:id|y(?:s)?)'
    """
    trie: dict = {}
    for phrase in phrases:
        node = trie
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = {}

    return _trie_alternation(trie) or "(?!)"


def _trie_alternation(node: dict) -> str:
    """The pattern of a trie node: its branches, optional when a phrase ends there (a module-level
    function, not a closure: a recursive closure is a reference cycle left for the collector)."""
    alternatives = []
    for ch in sorted(k for k in node if k):
        mark = r"\s+" if ch == " " else "['\u2019]" if ch in "'\u2019" else re.escape(ch)
        alternatives.append(mark + _trie_alternation(node[ch]))
    if not alternatives:
        return ""
    body = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
    if "" in node:
        return (body if body.startswith("(?:") and len(alternatives) > 1 else "(?:" + body + ")") + "?"
    return body


WORD_RE = re.compile(r"\w+(?:[’'\-.&]\w+)*", re.UNICODE)
