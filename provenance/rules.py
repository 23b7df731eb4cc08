"""Confirmation status rules, pure: claims in, statuses and one-line reasons out (no database).

The rules (DESIGN.md, "Confirmation status"), first match wins; a reviewer's decision
(`reviewed_by`) is never overridden:

1. the claim's own cue withdraws it -> retracted; denies it -> disputed; declines to confirm it ->
   unconfirmed, naming who;
2. a `contradicts` link from another source that denies it -> disputed, naming who denied;
3. one that declined to confirm it -> unconfirmed, naming who did not confirm, then the base reason;
4. `corroborates` links from at least one origin independent of the claim's own (so two
   independent sources in all; support reaches a claim through its near-identical restatements)
   -> corroborated, naming the other sources;
5. the base: publisher's own statement, no source, an anonymous source, a medium relaying, or a
   commentator who is no party to the events -> unconfirmed; a named party on the record ->
   confirmed.

Links come from `provenance.corroboration`: within a document when it is extracted
(`apply_rules`, here), across the database when a version is stored and on demand
(`provenance.links`, which keeps links and statuses in the database with this module's rules).
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from provenance.claimset import ClaimSet
from provenance.corroboration import (
    CONFLICTS,
    HOW,
    WITHDREW,
    WITHDREW_PART,
    ClaimRecord,
    Origins,
    can_corroborate,
    checked_claim,
    claim_pairs,
    country_of,
    cue_kind,
    hearsay,
    is_publisher,
    is_state,
    judge,
    lead_deniers,
    lexicon,
    mark_story,
    origin,
    origin_groups,
    record_of,
    refuses_comment,
    relations,
    same_origin,
    similar_groups,
    stance_kind,
    tells_of_report,
    verdict_of,
    wire_key,
    withdrawn_said,
    withdraws,
)
from provenance.datafiles import load_data
from provenance.extract.attribution import notified_from
from provenance.extract.lexicon import anonymity_request, credit_clause, title_words, word_set
from provenance.extract.speakers import analyse
from provenance.matching import figures_of, prepare
from provenance.standing import (
    advocate,
    cause_body,
    cause_group,
    cause_groups_in,
    cause_heads,
    client_unnamed,
    head_kind,
    opposition_role,
    outside,
    standing,
)
from provenance.tuning import GROUP_PAIRS, MANY_BACKERS

RULE = "rule"
SYMMETRIC = ("corroborates", "repeats")
MAX_NAMES = 3


@dataclass
class LinkRow:
    """A link between two claims, in whatever form it was stored."""

    source: Any
    target: Any
    relation: str
    by: str = RULE
    reason: str | None = None


# --- reasons ---------------------------------------------------------------------------------

def _via(r: ClaimRecord) -> str:
    return ", ".join(p for p in (r.outlet, r.stated_on) if p)


def label(r: ClaimRecord) -> str:
    """'Marta Ibarra (Radio Bio-Bio, 2025-04-09)': who made a claim, where and when."""
    name = r.speaker or "an unidentified source"
    via = _via(r)
    return f"{name} ({via})" if via else name


def commentator(r: ClaimRecord) -> str | None:
    """The kind of commentator or private person ('analyst', 'resident', 'former official', ...) a
    named speaker's role, or how the document describes them ('Martin Guay, a retired teacher who
    lives in the east end'), makes them, if any (none for a party to the events: 'presidential
    hopeful ... former Harbour Secretary', 'who backs the governor'; none for the holder of an office
    the version names them with in full: `office_named`). A role word the extractor left at
    the head of a full name ('Hydrologist Ines Marlow') counts as the role."""
    if r.office_named:
        return None
    described = "; ".join(_own_words(d) or "" for d in r.described.split(";")) if r.described else ""
    words = " ".join(p for p in (_own_words(_office_held(r.role)), described, _name_head(r)) if p)
    pieces = [_office_held(r.role) or "", *r.described.split(";")]
    if not r.anonymous and (_client_agent(r.role or "") or advocate(pieces) or client_unnamed(pieces)):
        return "agent"  # (one representing a group of private people: 'who represents the workers', before party_roles)
    if not r.anonymous and any(opposition_role(p) for p in pieces) and standing(pieces) == "opposition politician":
        # ("the Opposition's candidate", before party_roles; an office another piece names keeps its holder a party)
        return None if _own_position(r) else "opposition politician"
    if words and lexicon().party_roles.search(words.casefold()) or _a_firm_described(r):
        return None
    # (a body's staff named with its role, 'Transit Board driver Ana Lind', speaks for it: as in _name_head)
    body = any(w[:1].isupper() and w.casefold() in _title_lexicon().bodies for w in (_office_held(r.role) or "").split())
    for pattern, kind in lexicon().commentator_roles:
        if words and pattern.search(words) and not (body and kind == "private person") \
                and not (kind == "opposition politician" and _own_position(r)) \
                and not (r.in_story and kind in _TRADES_OF_BODIES):
            return kind  # (an opposition politician's own or their party's position and plans are on the record)
    if not r.anonymous and any(_plies_a_trade(part) or _private_role(part) for part in (r.role or "", *r.described.split(";"))):
        return "private person"
    if not r.anonymous and (r.group or _of_private_people(r.speaker or "") or _of_members(r.speaker or "")
                            or _named_for_a_trade(r.speaker or "")
                            or _of_members(_group_in(r.role or "")) or cause_body(r.role or "") or cause_body(r.affiliation or "")
                            or cause_group(r.role or "")
                            or any(_people_group(part) for part in re.split(r"[,;]", "; ".join(
                                p for p in (_office_held(r.role), r.described, _name_head(r)) if p)))):
        return "interest group"
    if not r.anonymous and any(_academic_only(part) for part in (r.role or "", *(
            d for d in r.described.split(";") if len(d.split()) <= _AFFILIATION_WORDS))):
        return "academic"
    if not r.anonymous and any(_aged_only(part) for part in (r.role or "", *r.described.split(";"))):
        return "private person"
    if _name_withheld(r):
        return "private person"  # 'Ana, who asked that her family name not be printed, said'
    if (_AGE_ONLY.match(r.role or "") or r.untitled or _FAMILY.search(words)) and not r.anonymous:
        # 'Ana Costa, 27, said': news gives a named person their age, and no title, when they
        # hold no office; a name the document gives no title anywhere is no office holder's, nor
        # one it describes by family ('Dad-of-two Ana Costa')
        return "private person"
    if not r.anonymous and (r.speaker_kind in (None, "person") or _trader_named(r)):
        # last, what the head noun of each description makes them (a general lexicon of occupations,
        # offices and civil society, `standing`): 'National swimmer', "the firm's lawyer", 'production
        # manager of a shoe factory', 'the Opposition spokesman on housing'
        placed = standing([_office_held(r.role) or "", *r.described.split(";")])
        return None if placed == "opposition politician" and _own_position(r) else placed
    return None


def _own_words(role: str | None) -> str | None:
    """A role without the client a lawyer's or an agent's role names by their own name after 'for'
    or 'of' ('lawyer' of 'lawyer for former minister Ana Roe': the client's title describes the
    client, not the lawyer, who speaks for that party: `standing.head_kind` 'for_client')."""
    if not role or head_kind(role) != "for_client":
        return role
    return _CLIENT_TAIL.sub("", role)


_CLIENT_TAIL = re.compile(r"(?<=\w)\s+(?:for|of|to|representing|acting\s+for)\s.*$", re.DOTALL)


def _own_position(r: ClaimRecord) -> bool:
    """Whether a claim is a position or a plan ('his party would ask for an emergency debate', 'the
    contract should be suspended'), which a politician outside government states on the record, as
    the judged batches have it (tests/fixtures/articles/README.md, opposition politicians); their
    accusations and accounts of others' acts are a single source's."""
    return r.kind == "position"


def _trader_named(r: ClaimRecord) -> bool:
    """Whether a speaker stored as a body for the head of its role ('operator' of 'a tour operator in
    Haa' is a firm's word too) is a person plying a lay trade: a name of two or three capitalised
    words, none of them a body's, a firm's or a title's word nor a legal form ('Lhendup Dorje', never
    'Haa Tours and Treks'), and a role whose head is a private person's (standing.json private_person)."""
    names = (r.speaker or "").split()
    lex = _title_lexicon()
    return r.speaker_kind == "institution" and 2 <= len(names) <= 3 and all(
        w[:1].isupper() and w.casefold() not in lex.words and w.casefold() not in _LEGAL_FORMS for w in names) \
        and head_kind(_office_held(r.role) or "") == "private_person"


_LEGAL_FORMS = frozenset(w.casefold().rstrip(".") for w in load_data("titles.json")["company_suffixes"])


# the commentators whose word is their body's when the story is about that body (`mark_in_story`)
_TRADES_OF_BODIES = frozenset(("analyst", "academic", "journalist", "expert", "commentator", "observer"))


def _named_for_a_trade(name: str) -> bool:
    """Whether a group's name is that of a group speaking for a trade or an industry: it holds a
    phrase of corroboration.json commentator_roles of the kind 'interest group' ('Kamisawa tourism
    association', 'the Harbour Chamber of Commerce', 'Upland Dairy Industry Council'), an interest
    group, not a party on the record."""
    return any(kind == "interest group" and pattern.search(name) for pattern, kind in lexicon().commentator_roles)


# 'the utility that owns the wind farm', 'a contractor which runs the depot': a firm, told by what it does
_FIRM_HEADS = "|".join(map(re.escape, load_data("titles.json")["company_heads"]))
_FIRM_CLAUSE = re.compile(r"(?:(?:the|an?)\s+)?(?:(?!(?:at|of|for|in|with|on|from|by)\s)[\w'’&-]+\s+){0,3}?(?:"
                          + _FIRM_HEADS + r")\s+(?:that|which)\s.+", re.IGNORECASE)


def _a_firm_described(r: ClaimRecord) -> bool:
    """Whether a named speaker's role or description makes them a firm, by its kind and what it
    does ('Vell Energi, the utility that owns the wind farm'): a party speaking for itself, never
    a private person who owns or runs something."""
    return not r.anonymous and any(_FIRM_CLAUSE.fullmatch(part.strip())
                                   for part in (r.role or "", *r.described.split(";")) if part.strip())


_KEPT = {key: "|".join(map(re.escape, load_data("corroboration.json")[key]))
         for key in ("name_withheld_nouns", "name_withheld_verbs", "first_name_only")}
# 'asked that his family name not be printed', 'whose last name was withheld', 'gave only his first name'
_NAME_WITHHELD = re.compile(r"(?<![\w'’])(?:(?:" + _KEPT["name_withheld_nouns"] + r")\s+(?:(?:not|is|was|were|be|been|being|to"
                            r"|n['’]t)\s+){0,3}(?:" + _KEPT["name_withheld_verbs"] + r")|" + _KEPT["first_name_only"]
                            + r")(?![\w'’])", re.IGNORECASE)


def _name_withheld(r: ClaimRecord) -> str | None:
    """The words of a named speaker's role, description or attribution that keep their surname out
    of print or give the name only as they gave it ('asked that his family name not be printed', 'gave
    only his first name', 'gave his name as'), else None: news does so for a private person, never
    for an office holder speaking for a body."""
    for part in (r.role or "", r.described, r.lead, r.tail):
        m = _NAME_WITHHELD.search(part) if part and not r.anonymous else None
        if m:
            return m.group()
    return None


_TITLE_LAST = re.compile(r"(?P<office>.*\S)\s+professor", re.IGNORECASE)


def _office_held(role: str | None) -> str | None:
    """A role without the academic title that closes it after an office of a body ('Museum
    director Professor' of 'Museum director Professor Ines Marlow' is the director's, who speaks
    for the museum, as with 'Prof' or 'Dr'); the role itself otherwise ('Associate Professor',
    'Law Professor': an academic's)."""
    m = _TITLE_LAST.fullmatch((role or "").strip())
    if m and any(w in _title_lexicon().words and w not in _ACADEMIC for w in m.group("office").casefold().split()):
        return m.group("office")
    return role


# where the words that say what someone is end and what they do, where or for whom begins ('a
# market trader | in the old town', 'a surveyor | who advises ferry firms')
_ROLE_END = re.compile(r"\s+(?:who|whose|that|at|of|for|from|in|with|on|near|since)\s|[,;(]")


def _plies_a_trade(role: str) -> bool:
    """Whether a role names a trade or a lay occupation and nothing more ('a market trader',
    'Cab driver', 'an electrician who rewired the hall'): its head noun, the last word before any
    clause or place, is one of titles.json's occupations and no word of it is a title, an office,
    a party or a body ('chief engineer', 'Harbour Board inspector'): such a person speaks for
    themselves, no party on the record (DESIGN.md)."""
    head = _ROLE_END.split(role.strip(), maxsplit=1)[0].casefold().split()
    lex = _title_lexicon()
    return bool(head) and head[-1] in lex.trades and not any(w in lex.words for w in head)


_PRIVATE_HEADS = tuple(w.split() for w in load_data("corroboration.json")["private_heads"])
# 'Mr Abel's partner', 'his neighbour', 'their son': a person named by their tie to someone
_RELATIONS = "|".join(load_data("corroboration.json")["relations"])
_RELATION = re.compile(r"^\W*(?:[A-Z][\w-]*\s+)?(?:[A-Z][\w'’-]*['’]s?|his|her|their|my|our)\s+(?:"
                       + _RELATIONS + r")(?:-in-law)?(?!\w)")


def _private_role(role: str) -> bool:
    """Whether a role or a description is an ordinary private role (corroboration.json private_heads)
    matched by its head, the last words before any clause or place, alone or closing a compound
    ('Upland rice grower', 'a schoolteacher', 'a fruit picker at the orchard'), with no title,
    office or body among its other words ('head teacher', 'Transit Board driver'); or names the
    person by a tie to someone ("Mr Abel's partner", 'her neighbour'). Either gives a private
    person's own account, a single source (DESIGN.md)."""
    if _RELATION.match(role):
        return True
    head = _ROLE_END.split(role.strip(), maxsplit=1)[0].casefold().split()
    for noun in _PRIVATE_HEADS:
        if len(head) < len(noun) or head[len(head) - len(noun) + 1:] != noun[1:]:
            continue
        last = head[len(head) - len(noun)]
        rest = head[:len(head) - len(noun)]
        if (last == noun[0] or len(last) - len(noun[0]) >= 4 and last.endswith(noun[0]) and last.isalpha()) \
                and not any(w in _title_lexicon().words for w in rest):
            return True
    return False


def _academic_only(role: str) -> bool:
    """Whether a role is only a place of learning ('Harbour University', 'of the Calder College of
    Art'), with no title or office beside it ('Harbour University spokesperson', 'its rector'):
    the affiliation news gives an academic it asks to comment (corroboration.json academic_bodies)."""
    words = role.casefold().replace(",", " ").split()
    lex = _title_lexicon()
    return any(w in _ACADEMIC for w in words) and not any(
        w in lex.words and w not in lex.bodies and w not in _ACADEMIC for w in words)


# the words of a short description that is only an affiliation and a trade ('Brackwater University
# mathematician'); a longer one tells more than that ('a Harbour University graduate whose ...')
_AFFILIATION_WORDS = 5
_ACADEMIC = frozenset(w.casefold() for w in load_data("corroboration.json")["academic_bodies"])
_PARTY_WORDS = frozenset(w.casefold() for w in load_data("corroboration.json")["party_names"])


def _of_private_people(name: str) -> bool:
    """Whether a speaker's name is that of a group of private people ('Harbour Tenants' Association',
    'the Ferry Passengers Forum', 'Union of Tenants'): a word of it is the plural of a private
    person's role (corroboration.json commentator_roles), so the group speaks for its members'
    interest, not as a party to the events on the record."""
    words = name.casefold().split()
    if any(re.sub(r"['’]s?$", "", w) in _PARTY_WORDS for w in words):
        return False  # 'the Workers' Party' is a party
    for word in words:
        word = word.rstrip("'’")
        if len(word) > 3 and word.endswith("s") and any(
                kind == "private person" and (pattern.fullmatch(word) or pattern.fullmatch(word[:-1]))
                for pattern, kind in lexicon().commentator_roles):
            return True
    return False


_MEMBER_HEADS = frozenset(load_data("corroboration.json")["member_group_heads"])
_NOT_MEMBERS = frozenset(load_data("corroboration.json")["not_members"])
_LAY_MEMBER_HEADS = frozenset(load_data("standing.json")["lay_member_heads"])
# words of a firm's or a fund's name ('the Velm Farmers Insurance Group', 'the Tarn Teachers Pension Committee'): no members' group
_NOT_LAY_MEMBERS = frozenset(load_data("standing.json")["not_lay_member_words"])
_LAY_COMMUNITIES = frozenset(load_data("standing.json")["lay_community_plurals"])
_PROFESSIONAL_HEADS = frozenset(load_data("standing.json")["professional_body_heads"])
# 'Parents for Accountability': people in the plural, 'for', a cause (a noun of corroboration.json cause_suffixes)
_FOR_A_CAUSE = re.compile(r"(?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w-]*[a-z]s\s+for\s+(?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w-]*(?:"
                          + "|".join(load_data("corroboration.json")["cause_suffixes"]) + r")")


_STATES_UNIONS = frozenset(load_data("corroboration.json")["states_unions"])
_MEMBERS_OF = re.compile(r"^(?:the\s+)?(?:some\s+|several\s+|many\s+|\d+\s+)?members\s+of\s+(?:the\s+)?", re.IGNORECASE)


def _of_members(name: str) -> bool:
    """Whether a group's name is that of a group of members speaking for their interest: its head
    noun (the word before 'of', else its last word) is one of corroboration.json member_group_heads
    and another word names the members by what they are or do ('Harbour Boatmen Alliance', 'National
    Union of Dockworkers', 'Upland Farming Association'; never 'Union of Coastal States' nor a
    party; a singular trade too: 'Guide Association of Velmar'), or it is named for a cause ('Parents for
    Accountability'); its members, unnamed, speak as
    it does ('members of the Upland Growers Cooperative')."""
    name = _MEMBERS_OF.sub("", " ".join(name.split()))
    if _FOR_A_CAUSE.fullmatch(name) or cause_body(name):
        return True
    folded = [re.sub(r"['’]s?$", "", w.strip(",.()")) for w in name.casefold().split()]
    if not folded or any(w in _PARTY_WORDS for w in folded):
        return False
    head = folded[folded.index("of") - 1] if "of" in folded[1:] else folded[-1]
    if head == "union" and len(folded) > 1 and not any(w in _NOT_MEMBERS or w in _STATES_UNIONS for w in folded):
        return True  # a trade union, whatever trade its name gives ('Road Transport Union'); no union of states
    if _gathers_groups(name, folded):
        return True
    if head == "club":  # (by what its members do, never by a team's plural name: 'Harbour Rovers Club' is a party,
        # nor a sport's club: 'Woking Football Club', whose '-ing' is a place's)
        return not any(w in _NOT_MEMBERS for w in folded) and any(w not in _NOT_MEMBERS and (len(w) > 5 and w.endswith("ing") or _a_trade(w) or _private_plural(w))
                   for w in folded[:-1])
    if head in _LAY_MEMBER_HEADS:  # ('the Tarn Patients Support Group', "the Harbour Residents' Committee")
        return not any(w in _NOT_LAY_MEMBERS for w in folded) \
            and any(w != head and w not in _NOT_MEMBERS and (_private_plural(w) or w in _LAY_COMMUNITIES) for w in folded)
    if head in _PROFESSIONAL_HEADS:
        return _of_a_profession(folded[folded.index(head) + 1:])
    return head in _MEMBER_HEADS and any(
        w != head and w not in _NOT_MEMBERS and not w.endswith("ss")
        and (len(w) > 3 and w.endswith("s") or len(w) > 5 and w.endswith(("ing", "men")) or _a_trade(w))
        for w in folded)


def _of_a_profession(after: list[str]) -> bool:
    """Whether the words after a professional body's head noun (standing.json professional_body_heads) are 'of'
    and the plural of an occupation, before any other 'of' ('of civil engineers' of 'College of Civil Engineers
    of Tarn', 'of nurses'): a private person's, an expert's, a body's staff's or an agent's word in the standing
    lexicon, never an office's ('of commissioners') nor none ('of arts', 'of cardinals')."""
    if len(after) < 2 or after[0] != "of":
        return False
    own = after[1:after.index("of", 1)] if "of" in after[1:] else after[1:]
    people = own[-1] if own else ""
    return len(people) > 3 and people.endswith("s") and head_kind(people[:-1]) in (
        "private_person", "expert", "body_staff", "lawyer_or_agent")


_MEMBER_PLURALS = frozenset(load_data("corroboration.json")["member_group_plurals"])
_DESCRIBED_HEADS = frozenset(load_data("corroboration.json")["described_member_heads"])


def _gathers_groups(name: str, folded: list[str]) -> bool:
    """Whether a body's name is that of a body gathering groups ('Tarn Council of Civic Organisations',
    'Federation of Tenants' Associations': its last word one of corroboration.json member_group_plurals
    after an 'of'), or of a group a lower-case head after its own name describes as a members' group
    ('the Keep the Velm Wild association': described_member_heads): an interest group either way."""
    words = name.split()
    if "of" in folded[1:-1] and folded[-1] in _MEMBER_PLURALS:
        return True
    return len(words) > 1 and words[-1] in _DESCRIBED_HEADS and any(w[:1].isupper() for w in words[:-1]) \
        and not any(w in _NOT_MEMBERS for w in folded)  # ('the Premier League club': a team)


def _a_trade(word: str) -> bool:
    """Whether a word of a group's name is a lay trade in the singular ('Guide' of 'Guide Association
    of Velmar', 'Taxi Driver Union'): the group gathers those who ply it (standing.json private_person)."""
    return head_kind(word) == "private_person"


_GROUP_HEADS = "|".join(load_data("corroboration.json")["member_group_heads"] + load_data("corroboration.json")["people_group_heads"])
_PEOPLE_GROUP = re.compile(r"(?:(?:an?|the|its|their)\s+)?(?:(?!of\s)[\w'’-]+\s+){0,3}?(?P<people>[a-z][\w-]*[a-z]s|[a-z][\w-]*men)(?:['’]s?)?\s+"
                           r"(?P<head>" + _GROUP_HEADS + r")")
# 'a guild of 60 weavers': the group before the people it gathers
_GROUP_OF_PEOPLE = re.compile(r"(?:an?|the|its|their)\s+(?:[\w'’-]+\s+)?(?P<head>" + _GROUP_HEADS + r")\s+of\s+"
                              r"(?:(?:[\d,]+|some|about|more\s+than|over)\s+)*(?:[\w'’-]+\s+){0,2}?(?P<people>[a-z][\w-]*[a-z]s|[a-z][\w-]*men)")
# who heads a group, before it ('who heads', 'the head of'), and where the group is, after it ('in Upper Orrin')
_HEADED = re.compile(r"(?:who\s+(?:heads|leads|chairs|runs)|(?:the\s+)?(?:head|leader|chair|chairman|chairwoman|chairperson|president)"
                     r"\s+of)\s+(.+?)(?:\s+(?:in|from|near|at|on)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?")
_PRIVATE_PLURALS = frozenset(load_data("corroboration.json")["private_heads"])


def _private_plural(word: str) -> bool:
    """Whether a plural names private people ('growers', 'fishermen', 'tenants': corroboration.json
    private_heads, or the plural of a private person's word in commentator_roles)."""
    return word in _PRIVATE_PLURALS or any(kind == "private person" and (p.fullmatch(word) or p.fullmatch(word[:-1]))
                                           for p, kind in lexicon().commentator_roles)


def _people_group(words: str) -> bool:
    """Whether words describe a group by the people it gathers, in lower case after a place's
    name or not ('a beekeepers' group', 'the plumbers union', "Upper Orrin fishermen's union"; never
    'a union of states'): the words news uses for an interest group it names by an acronym or a
    foreign name, or for the group whose officer speaks ('X, secretary of Y, a beekeepers' group'),
    not a party on the record; or its head, when the people are private people and the group no
    union ('who chairs a weavers' guild in Easthill', 'the head of a guild of 60 weavers'; a
    union's or a profession's officer speaks for it: 'president of the surveyors' association')."""
    words = " ".join(words.split())
    m = _PEOPLE_GROUP.fullmatch(words)
    if m is None:
        # its head, of a group of private people that is no union ('who chairs a weavers' guild in
        # Easthill', 'the head of a guild of 60 weavers'): a union's officer speaks for it
        headed = _HEADED.fullmatch(words)
        m = headed and (_PEOPLE_GROUP.fullmatch(headed.group(1)) or _GROUP_OF_PEOPLE.fullmatch(headed.group(1)))
        if not m or m.group("head") == "union" or not _private_plural(m.group("people")):
            return False
    return m.group("people") not in _NOT_MEMBERS and not m.group("people").endswith("ss") \
        and m.group("people") not in _PARTY_WORDS


def _group_in(role: str) -> str:
    """The name of the group a role names, capitalised, after its last 'of' or 'of the' ('chairman of
    the Harbour Boatmen Alliance') or before the title that ends it ('Upland Growers Association
    chairman'), or the whole role when it is only a name ('Parents for Accountability'); else ''."""
    m = re.search(r"\bof\s+(?:the\s+)?((?:[A-Z][\w'’&-]*\s+(?:of\s+|for\s+)?)*[A-Z][\w'’-]*)\s*$", role)
    if m:
        # ('spokesman for the state Department of Coastal Works': a body's name runs on before its 'of';
        # never a title's: 'Registrar of ...', 'National Secretary of the X Forum')
        before = _CAPITALS_BEFORE.search(role, 0, m.start())
        if before is not None and before.group(1).split()[-1].casefold() in _INSTITUTION_HEADS:
            return before.group(1) + role[m.start():m.end(1)]
        return m.group(1)
    m = _NAME_THEN_TITLE.fullmatch(role.strip())
    if m:
        return m.group(1)
    return role if role[:1].isupper() and not any(w[:1].islower() and w not in ("of", "for") for w in role.split()) else ""


# the capitalised words that end the words before a name's 'of' ('the state Department | of ...'), and the
# head nouns of bodies (titles.json institution_heads) that make them a body's name
_CAPITALS_BEFORE = re.compile(r"((?:[A-Z][\w'’&-]*\s+)+)\Z")
_INSTITUTION_HEADS = frozenset(h for h in title_words("institution_heads") if " " not in h)
# 'Upland Growers Association chairman': a group's name, then one or two lower-case words of a title
_NAME_THEN_TITLE = re.compile(r"((?:[A-Z][\w'’&-]*\s+)+)[a-z][\w-]*(?:\s+[a-z][\w-]*)?")
_AGENTS = "|".join(load_data("corroboration.json")["client_agents"])
_CLIENT_AGENT = re.compile(r"(?:^|\s)(?P<owner>(?:[A-Z][\w'’.-]*\s+)*[A-Z][\w.-]*)['’]s?\s+(?:[a-z]+\s+)?(?:" + _AGENTS
                           + r")$|^(?:an?\s+|the\s+)?(?:" + _AGENTS + r")\s+(?:for|of)\s+(?P<client>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)")
_NOT_CLIENTS = frozenset(load_data("corroboration.json")["agency_name_words"]) | frozenset(
    w.casefold() for w in load_data("titles.json")["outlet_words"])


def _client_agent(role: str) -> bool:
    """Whether a role is that of someone hired to speak for a client named as a person ("Dana Ruud's
    agent", 'agent for Dana Ruud'): no party on the record (corroboration.json client_agents); never
    a body's or a state's own ('FBI agent', "the bureau's agents", 'an agent for Europol', "Moscow's
    agents" are their staff: `_person_named`)."""
    m = _CLIENT_AGENT.search(" ".join(role.split()))
    return m is not None and _person_named(m.group("owner") or m.group("client"))


def _person_named(words: str) -> bool:
    """Whether capitalised words look like a person's name: one to four words, none in initials
    ('FBI'), no country or place (`country_of`: 'Iran', 'Moscow'), body noun ('Bureau') or word of an
    agency's or an outlet's name (corroboration.json agency_name_words, titles.json outlet_words)."""
    names = words.split()
    return 0 < len(names) <= 4 and country_of(words) is None and not any(
        w.isupper() or w.casefold() in _title_lexicon().bodies or w.casefold() in _NOT_CLIENTS for w in names)


_AGED = re.compile(r"(?:an?\s+|the\s+)?\d{1,3}-year-old\s+([a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})")


def _aged_only(words: str) -> bool:
    """Whether a role or a description is an age and a lay noun only ('a 58-year-old baker', '61-year-old
    grandmother'): news gives the age of a person with no office; never with a title, an office or a
    body among its words ('the 62-year-old minister')."""
    m = _AGED.fullmatch(" ".join(words.split()))
    return m is not None and not any(w in _title_lexicon().words for w in m.group(1).casefold().split())


def _official_issue() -> re.Pattern[str]:
    titles, cues = load_data("titles.json"), load_data("cues.json")
    issuers = [*title_words("institution_heads"), *(w.casefold() for w in titles["record_issuers"])]
    issuers += load_data("corroboration.json")["official_issuers"]
    nouns = [w.casefold() for w in cues["issuer_nouns"]]
    alternatives = "|".join(re.escape(w) for w in sorted(set(issuers), key=len, reverse=True))
    return re.compile(r"(?:(?:an?|the)\s+)?(?:" + alternatives + r")(?:['’]s)?\s+(?:"
                      + "|".join(re.escape(w) for w in sorted(set(nouns), key=len, reverse=True)) + r")")


_OFFICIAL_ISSUE = _official_issue()
# 'Mum-of-three', 'grandfather-of-two' (titles.json family_descriptors, descriptor_counts): how news
# copy describes a private person before the name
_FAMILY = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in load_data("titles.json")["family_descriptors"])
                     + r")-of-(?:" + "|".join(re.escape(w) for w in load_data("titles.json")["descriptor_counts"])
                     + r")(?![\w-])", re.IGNORECASE)
_AGE_ONLY = re.compile(r"^\s*(?:aged\s+)?\d{1,3}\s*(?:,|$)")  # the extractor writes a set-off age alone as 'aged 54'
_COURTESY = load_data("titles.json")["courtesy_titles"]
_NO_ROLE = re.compile(r"\s*(?:(?:aged\s+)?\d{1,3}|(?:" + "|".join(_COURTESY) + r")\.?)?\s*")  # an age or a courtesy title only


@functools.cache
def _doing_words() -> tuple[re.Pattern[str], ...]:
    """The commentator words that tell what a body does ('Research', 'Studies', 'think tank'), not
    what it is: no private person's, and none that is itself a body's head noun (titles.json
    institution_heads: 'Institute', 'Group')."""
    heads = title_words("institution_heads")
    return tuple(p for p, kind in lexicon().commentator_roles
                 if kind != "private person" and not any(p.fullmatch(h) for h in heads))


def _body_described(name: str) -> bool:
    """Whether a word of a body's name tells that it researches or studies others' affairs ('Kestrel
    Institute for Transport Research', 'Consumer group Fairdeal'): 'Institute' alone names public
    agencies as often ('Upland Institute of Soil and Water Defence' on what its inspectors did:
    that agency on the record)."""
    return any(p.search(name) for p in _doing_words())


def _name_head(r: ClaimRecord) -> str | None:
    """The words of a name of three words or more that describe its bearer, when they hold a
    commentator role word: the first word ('Hydrologist' of 'Hydrologist Ines Marlow'), or the run
    up to its last lower-case word ('Consumer group' of 'Consumer group Fairdeal'; a body's whole
    name when only a later word describes it: 'Kestrel Institute for Transport Research'); else
    None: a given name never is one."""
    parts = (r.speaker or "").split()
    if r.anonymous or len(parts) < 3:
        return None
    lower = [i for i, w in enumerate(parts[:-1]) if w[:1].islower()]
    head = " ".join(parts[:lower[-1] + 1]) if lower else parts[0]
    if r.speaker_kind not in (None, "person"):  # a body: by a word of what it does, never of what it is
        name = " ".join(parts)
        if not lower or not _body_described(name):
            return None
        return head if _body_described(head) else name
    match = (lambda p: p.search(head)) if lower else (lambda p: p.fullmatch(head))
    # a body's name is no private person, whatever word of one it holds ('Harbour Passenger Ferry Agency of ...')
    body = any(w in _title_lexicon().bodies for w in head.casefold().split())
    return head if any(match(pattern) and not (body and kind == "private person")
                       for pattern, kind in lexicon().commentator_roles) else None


# 'The Courier understands', 'has learned', 'can reveal': what the publisher's unnamed sources told it,
# however on the record the party whose acts it tells of ('the board met on Monday') would be
_OWN_SOURCING = re.compile("|".join(map(re.escape, load_data("corroboration.json")["own_sourcing_cues"])))


def base_status(r: ClaimRecord) -> tuple[str, str]:
    """The status a claim has on its own source alone, before links to other claims."""
    if is_publisher(r):
        inner = r.narrates
        if r.cue and _OWN_SOURCING.fullmatch(" ".join(r.cue.casefold().split())):
            return "unconfirmed", f"the publisher's own unnamed sourcing ('{r.cue}')"
        if inner is not None and base_status(inner)[0] == "confirmed":
            return "confirmed", f"the publisher's account of {inner.speaker}'s own statement, on the record"
        return "unconfirmed", "unattributed statement of the publisher"
    if r.cue and lexicon().rebuttal_cue.search(r.cue.casefold()):
        return "unconfirmed", f"the publisher's argument against {r.speaker} ('{r.cue}')"
    if not r.speaker:
        return "unconfirmed", "no identified source"
    record = record_of(r)
    if record:
        # a record is its issuer's word, whoever obtained it ('state records obtained by the Gazette');
        # one only an outlet has seen, its issuer unnamed, is as good as the outlet's word for it
        issuer, _ = record
        if r.outlet and not issuer:
            return "unconfirmed", f"a document only {r.outlet} has seen ({r.speaker}), its issuer unnamed"
        return "confirmed", (f"a record the {issuer} issued ({r.speaker}), on the record" if issuer
                             else f"a record cited directly ({r.speaker}), on the record")
    if lexicon().counted_outlets.fullmatch(" ".join(r.speaker.casefold().split())):
        return "corroborated", f"reported independently by {r.speaker}"
    issued = issued_officially(r)
    if issued:
        return "confirmed", f"an official body's own statement ({r.speaker}), on the record"
    asked = unnamed_on_request(r)
    if asked:
        return "unconfirmed", f"single anonymous source ({r.speaker}, '{asked}')"
    if r.anonymous and not spoken_for(r) and not holds_office(r) and not acts_for(r):
        parts = [r.speaker] + ([f"via {r.outlet}"] if r.outlet else []) + ([r.stated_on] if r.stated_on else [])
        return "unconfirmed", f"single anonymous source ({', '.join(parts)})"
    if r.relayed_by:
        return "unconfirmed", f"second-hand: relayed only by {r.relayed_by}"
    if r.speaker_kind == "media" and lexicon().stands_by.match(" ".join(r.text.casefold().split())):
        return "confirmed", f"on the record from {r.speaker}, standing by its own reporting"
    if r.speaker_kind == "media":
        when = f" ({r.stated_on})" if r.stated_on else ""
        return "unconfirmed", f"second-hand: reported by {r.speaker}{when}"
    kind = commentator(r)
    release = own_release(r) if kind or r.in_story else None
    if release:
        return "confirmed", f"{r.speaker}'s own {release}, carried in the document: a party speaking for itself"
    # a private person is a single source on what they saw, suffered or did themselves too (a passenger
    # on the delay she sat through, a tenant on the rent he paid), as on what others did: no
    # office or body stands behind their word; an office holder or a body on its own acts and plans,
    # and anyone on the record on their own forecast or opinion, stays confirmed
    if kind == "agent" and _conveys_regret(r.text):
        return "confirmed", f"on the record from {r.speaker} ({r.role or kind}), conveying the client's own apology or regret"
    if kind:
        via = _via(r)
        return "unconfirmed", (f"single source: {r.speaker}, {_described_as(r, kind)} ({kind}, not a party to the events"
                               + (f"; {via})" if via else ")"))
    if not (r.outlet or r.stated_on or r.role) and is_state(r.speaker):
        return "unconfirmed", (f"second-hand: {r.speaker}'s stance as the publisher puts it, "
                               "with no source, outlet or date")
    told = own_account(r)
    if told:
        return "unconfirmed", told
    heard = second_hand(r)
    if heard:
        return heard
    details = ", ".join(p for p in (r.role, r.outlet, r.stated_on) if p and p != r.speaker)
    through = f", only through the account of {r.told_through}" if r.told_through else ""
    return "confirmed", f"on the record from {r.speaker}" + (f" ({details})" if details else "") + through




def _first_reporter() -> re.Pattern[str]:
    """'The Tarn Ledger, which first reported the leak, said', 'which broke the story', 'that had first revealed':
    a relative clause crediting the outlet before it with the story (lexicon.credit_clause)."""
    return re.compile(r"(?<![\w'’-])" + credit_clause(), re.IGNORECASE)


_FIRST_REPORTER = _first_reporter()
# 'the company "deeply apologizes" to the guests': an agent passing on the client's own apology (corroboration.json conveyed_regrets)
def _conveys_regret(text: str) -> bool:
    """Does an agent's claim pass on a regret (corroboration.json conveyed_regrets) as said, not one asked of or
    owed by someone ('the clinic must apologise', 'refused to apologise': grammar.json modals, 'to' before it)?"""
    m = _CONVEYED_REGRET.search(text)
    before = text[:m.start()].casefold().split()[-2:] if m else []
    return m is not None and not any(w in _MODALS or w in ("to", "not", "never") for w in before)


_MODALS = word_set("modals")
_CONVEYED_REGRET = re.compile(r"(?<![\w'’-])(?:" + "|".join(map(re.escape, load_data("corroboration.json")["conveyed_regrets"]))
                              + r")(?![\w'’-])", re.IGNORECASE)


def _described_as(r: ClaimRecord, kind: str) -> str:
    """How a commentator's or a private person's reason describes them: their description or role,
    the words before their name, the words that keep their name out of print; else what makes them
    one ('named with no title, office or body')."""
    withheld = _name_withheld(r)
    if kind == "interest group" and r.group:
        return f"{r.role}, {r.group}" if r.role else f"of {r.group}"
    head = _name_head(r)
    return ((r.described if r.described and _NO_ROLE.fullmatch(r.role or "") else r.role) or r.described
            or (head if head != r.speaker else None) or (f"named as they asked ('{withheld}')" if withheld else "")
            or ("a group named for the people it speaks for" if kind == "interest group"
                else "named with no title, office or body"))


def second_hand(r: ClaimRecord) -> tuple[str, str] | None:
    """The status and reason of a statement whose own words report what someone else said
    (`hearsay`: 'villagers had told him that C', 'My cousin heard from the manager that C', 'I was
    told C', 'rumours say C'), or None: its speaker vouches only that it was said, so it takes the
    status of those it came through (issue 12): confirmed when each is on the record (a named
    party, a body, the one holder of an office: 'the harbour master told us C'), unconfirmed when
    one is unnamed or no source is named at all. None also when a pronoun tells who said it ('He
    told me C'): who that is lies in the sentences before."""
    found = hearsay(r.text)
    if found is None:
        return None
    chain = [w for w in (found.hearer, found.source) if w]
    if found.shape == "rumour":
        return "unconfirmed", f"second-hand: {r.speaker} passes on a rumour, no source named"
    if not found.source:
        return "unconfirmed", f"second-hand: {r.speaker} heard it from no source named"
    said = [_on_the_record(words, r) for words in chain]
    if None in said or (all(said) and found.shape == "says"):
        return None  # 'Arizona said yes to it': a party's stance, no account of being told
    heard = ", who heard it from ".join(_in_a_sentence(words) for words in chain)
    if all(said):
        return "confirmed", f"second-hand: {r.speaker} heard it from {heard}, on the record"
    return "unconfirmed", f"second-hand: {r.speaker} heard it from {heard}, an unnamed source"


def _in_a_sentence(words: str) -> str:
    """Words that open a statement as they read inside a reason ('My cousin' -> 'my cousin',
    'Villagers' -> 'villagers'); a name keeps its capital."""
    first, _, rest = words.partition(" ")
    speaker = analyse(words).speaker
    if first.casefold() in _DETERMINERS or (speaker is not None and speaker.anonymous):
        return " ".join((first.casefold(), rest)).strip()
    return words


_DETERMINERS = frozenset(("the", "a", "an", "my", "our", "his", "her", "their", "its", "your", "one", "some"))


def _on_the_record(words: str, r: ClaimRecord) -> bool | None:
    """Whether the words naming one a statement came through name a source on the record, as a
    speaker of those words would be (`is_party`); None for a pronoun, words that name no one, or
    the claim's own speaker ('The council said C' as the council's claim)."""
    mention = analyse(words)
    sp = mention.speaker
    if mention.pronoun or sp is None or same_origin(r, ClaimRecord(key=None, doc=r.doc, text="", speaker=sp.name)):
        return None
    as_speaker = ClaimRecord(key=None, doc="", text="", form="direct", cue="said", speaker=sp.name,
                             anonymous=sp.anonymous, speaker_kind=sp.kind, role=sp.role, lead=words)
    return is_party(as_speaker) and own_account(as_speaker) is None


def unnamed_on_request(r: ClaimRecord) -> str | None:
    """The words of the claim's own attribution, in its sentence, that tell its source asked not to
    be named ('A surveyor at the depot, who asked not to be named, said', '..., said an official
    who spoke on condition of anonymity'), or None: such a source is one anonymous source, however
    the speaker's words were read ('the depot' is no body on the record)."""
    for words in (r.lead, r.tail):
        m = anonymity_request(" ".join(words.casefold().split())) if words else None
        if m and not _NAME_WITHHELD.search(m.group()):  # ('who asked that her surname not be used': named still)
            return m.group()
    return None


def spoken_for(r: ClaimRecord) -> str | None:
    """The body an unnamed spokesperson speaks for ('a spokeswoman for the ministry', "the
    company's spokesman"; 'a spokeswoman' alone: the body the text tells of), or None: such a speaker is the body on the record (DESIGN.md, an
    official body speaking for itself), where an unnamed official or source is not."""
    m = lexicon().spokesperson.match(" ".join((r.speaker or "").split()))
    if m and not (m.group("after") or m.group("before")):
        # 'a spokeswoman said': the spokeswoman of the body the text is telling of in that sentence
        # or the one before ('Quayline Ferries disputed the figures. A spokeswoman said C'), as 'the
        # minister' is the minister it named; with no body named there, no body on the record
        return None if r.body_near is False else "the body it speaks for"
    body = m and (m.group("after") or (m.group("before") if _names_a_body(m.group("before") or "") else None))
    if not body or any(pattern.search(body) for pattern, _ in lexicon().commentator_roles):
        return None
    return body


_REPRESENTATIVES = "|".join(re.escape(w) for w in sorted(load_data("corroboration.json")["representatives"], key=len, reverse=True))
_NAMED_CLIENT = r"[\w'’.&-]+(?:\s+[\w'’.&-]+){0,4}?"  # case-blind: 'the family', 'Harbour Freight'
_ACTS_FOR = re.compile(r"(?:the\s+)?(?:(?P<owner>" + _NAMED_CLIENT + r"['’]s?|his|her|their|its)\s+(?:" + _REPRESENTATIVES
                       + r")|(?:an?\s+|the\s+)?(?:" + _REPRESENTATIVES + r")\s+(?:for|to|of)\s+(?:the\s+)?(?P<client>"
                       + _NAMED_CLIENT + r"))", re.IGNORECASE)


def acts_for(r: ClaimRecord) -> str | None:
    """The party an unnamed speaker is the lawyer of ("Ana Roe's solicitor", 'his lawyer', 'a lawyer
    for Harbour Freight'; corroboration.json representatives), or None: such a speaker states the
    party's case and plans on the record, as a spokesperson speaks for a body ('she will appeal',
    'he will fight the charge'); 'a lawyer' alone names no one they act for, and one who asked not
    to be named is caught before (`unnamed_on_request`)."""
    m = _ACTS_FOR.fullmatch(" ".join((r.speaker or "").split())) if r.anonymous else None
    return (m.group("owner") or m.group("client")) if m else None


def holds_office(r: ClaimRecord) -> bool:
    """Whether an unnamed speaker is the one holder of an office, so on the record as a name would
    be (issue 13: an office is a name when it denotes one person): a title only one person holds
    (corroboration.json single_offices) of a body a possessive or a phrase after it names ("its
    chief executive", "Harlow Motors' chairwoman", 'the police commissioner in Varn State'), or
    with 'the' before it where the text names the speaker and it speaks ('"C," the minister said');
    never 'an official', 'a source', 'a minister'."""
    name = " ".join((r.speaker or "").split())
    m = lexicon().single_office.fullmatch(name)
    if not r.anonymous or (m is None and not _one_body(name)):
        return False
    if r.office_shown:
        return True
    if m is not None and (m.group("owner") or m.group("body")):
        return True
    # 'the minister' refers back to one named before, when it speaks ('"C," the minister said');
    # 'The governor first named her to the court' is the publisher's account of an act
    if r.form != "direct" and not lexicon().trailing_source.match(f", {(r.cue or '').casefold()}"):
        return False
    around = " ".join(f"{r.lead} {r.tail}".split())
    return re.search(r"(?<![\w'’])the\s+" + re.escape(name) + r"(?![\w'’])", around, re.IGNORECASE) is not None


def _one_body(name: str) -> bool:
    """Whether an unnamed speaker's name is the head noun of one body ('regulator', 'agency',
    'company': titles.json's institution, body, company and record issuer nouns), which with 'the'
    refers back to the body the text named ('The Harbour Authority suspended the licence ... the
    regulator said'), never a collective that names no office ('authorities', 'officials':
    corroboration.json unnamed_bodies)."""
    folded = name.casefold()
    return folded in _title_lexicon().bodies and not lexicon().unnamed_body.fullmatch(folded)


def issued_officially(r: ClaimRecord) -> str | None:
    """The words of an unnamed speaker that name a statement an official body issued ('an
    official release', 'a government statement', 'the ministry's bulletin'), or None: such a
    record is its body on the record, as a press release is (DESIGN.md). A statement of no
    issuer ('a statement') names no body."""
    m = _OFFICIAL_ISSUE.fullmatch(" ".join((r.speaker or "").casefold().split()))
    return m.group(0) if m and r.anonymous else None


_RELEASE_NOUNS = "|".join(re.escape(w) for w in sorted(load_data("corroboration.json")["release_nouns"], key=len, reverse=True))


def own_release(r: ClaimRecord) -> str | None:
    """The kind of statement ('press release') a named body issued about itself, when the claim's
    outlet is that body's own ('Jolby Tidal Institute press release': the document
    carries it), else None. Its issuer speaks for itself there, a party to what it announces, never
    an analyst commenting, whatever 'institute' or 'research' its name holds."""
    speaker = " ".join((r.speaker or "").split())
    if r.anonymous or not speaker or not r.outlet:
        return None
    m = re.fullmatch(r"(?:the\s+)?" + re.escape(speaker) + r"(?:['’]s)?\s+(" + _RELEASE_NOUNS + r")",
                     " ".join(r.outlet.split()), re.IGNORECASE)
    return m.group(1) if m else None


def _names_a_body(words: str) -> bool:
    """Whether the words before 'spokesperson' name a body ('Brightwell Foods', 'ministry', "the
    union's") rather than describe the spokesperson ('an unnamed', 'a senior'); what follows 'a
    spokesperson for' is always the body."""
    return words[:1].isupper() or (bool(words) and words.split()[-1].casefold() in lexicon().body_heads)


def own_account(r: ClaimRecord) -> str | None:
    """Why a named source's claim is not on the record though nothing else says so, or None: the
    publisher's reading of what the speaker's words show ("Pellow's language makes clear that"), the
    publisher's account of what the speaker wants, seeks or knows ("Pellow has sought to ..."), or
    a body that names no office, place or person ("authorities reported", "officials repeat"), or
    the police in words that report no statement ("police repeat the name": what they did)."""
    lex = lexicon()
    cue = " ".join((r.cue or "").casefold().split())
    if cue and lex.reading.match(cue):
        return f"the publisher's reading of what {r.speaker}'s words show ('{r.cue}'), not a statement of {r.speaker}'s"
    if cue and lex.announced.match(cue):
        return f"the publisher's account of what {r.speaker} is yet to say ('{r.cue}'), not a statement on the record"
    if cue and r.form != "direct" and lex.mind_cues.search(cue):
        return f"the publisher's account of {r.speaker} ('{r.cue}'), not a statement on the record"
    speaker = " ".join((r.speaker or "").casefold().split())
    if lex.unnamed_body.fullmatch(speaker):
        return f"an unnamed body: '{r.speaker}' names no office, place or person"
    if cue and lex.force.fullmatch(speaker) and not lex.statement_cue.search(cue):
        return f"the publisher's account of what {r.speaker} did ('{r.cue}'), not a statement on the record"
    return None


def withdrawn_later(r: ClaimRecord) -> str | None:
    """The words by which a speaker's own account goes on to withdraw what it said first ("He
    blamed the leak on hackers but later admitted ..."), or None."""
    for text in (r.text, r.tail):
        m = lexicon().later_withdrawal.search(" ".join(text.casefold().split())) if text else None
        if m:
            return m.group()
    return None


def _withdrawn_by(w: ClaimRecord) -> str:
    """Who withdrew a claim, where and when: the source of the withdrawal `w`, or, when `w` is the
    publisher's account of it ('Kolsig on Wednesday withdrew a statement ...'), those words."""
    if is_publisher(w) and withdrawn_said(w) is not None:
        return f"withdrawn by its source, as {where_label(w)} reports ('{_clipped(w.text)}')"
    return f"withdrawn by {where_label(w)}"


_ACCOUNT_WORDS = 10  # of the publisher's account of a withdrawal, in the reason of what it withdrew


def _clipped(text: str) -> str:
    """The first `_ACCOUNT_WORDS` words of a text, '...' after them when there are more."""
    words = text.split()
    return " ".join(words[:_ACCOUNT_WORDS]) + (" ..." if len(words) > _ACCOUNT_WORDS else "")


def where_label(r: ClaimRecord) -> str:
    """'Marta Solberg (Quayline Post, 2026-03-02)': who made a claim, where (the outlet they spoke
    through, else the document that carries it) and when: how a denial or a withdrawal is named."""
    via = ", ".join(p for p in (r.outlet or r.publisher, r.stated_on) if p)
    name = r.speaker or "an unidentified source"
    return f"{name} ({via})" if via else name


def _names(records: Sequence[ClaimRecord], *, where: bool = False) -> str:
    labels = [where_label(r) if where else label(r) for r in records]
    if len(labels) > MAX_NAMES:
        labels = labels[:MAX_NAMES - 1] + [f"{len(labels) - MAX_NAMES + 1} more"]
    return labels[0] if len(labels) == 1 else ", ".join(labels[:-1]) + " and " + labels[-1]


def _declined(records: Sequence[ClaimRecord]) -> str:
    """'Harbour Ministry sources did not confirm (Quayline Post, 2026-05-22)': who, where (the
    outlet they spoke through, else the document that carries it) and when."""
    parts = []
    for r in records[:MAX_NAMES]:
        via = ", ".join(p for p in (r.outlet or r.publisher, r.stated_on) if p)
        parts.append(f"{r.speaker or 'an unidentified source'} did not confirm" + (f" ({via})" if via else ""))
    return "; ".join(parts)


def _order(r: ClaimRecord) -> tuple[str, int, int, int, str]:
    """A claim to sort on by where it stands (document slug, then place in it), which does not
    depend on the order documents were stored in (claim ids do); then its key: database ids as
    numbers (1000 after 999), local ids as text."""
    key = r.key
    return (r.doc or "", r.seq or 0) + ((0, key, "") if isinstance(key, int) else (1, 0, str(key)))


def _best_described(r: ClaimRecord) -> tuple:
    return (-(bool(r.outlet) + bool(r.stated_on)), _order(r))


def _distinct_origins(records: Iterable[ClaimRecord], groups: Mapping[Any, Any] | None = None) -> list[ClaimRecord]:
    """One claim per origin, the best described (outlet and date named), in date order; with
    `groups` (claim key -> origin group within a cluster, `origin_groups`), one per group too."""
    chosen: list[ClaimRecord] = []
    seen = Origins()
    seen_groups = set()
    for r in sorted(records, key=_best_described):
        group = groups.get(r.key) if groups else None
        if r in seen or (group is not None and group in seen_groups):
            continue
        chosen.append(r)
        seen.add(r)
        if group is not None:
            seen_groups.add(group)
    return sorted(chosen, key=lambda r: (r.stated_on or "9999", _order(r)))


def _fewer_origins(records: Sequence[ClaimRecord]) -> list[ClaimRecord]:
    """The two best described claims of each origin, in `_distinct_origins` order: what it can
    choose from, even with one of them left out (a claim is not its own support)."""
    kept: dict[str, list[ClaimRecord]] = defaultdict(list)
    for r in sorted(records, key=_best_described):
        same = kept[origin(r)]
        if len(same) < 2 and all(k.key != r.key for k in same):
            same.append(r)
    return [r for group in kept.values() for r in group]


def _how(link: LinkRow, source: ClaimRecord) -> str:
    """Whether a contradicts link is a denial or a non-confirmation."""
    how = stance_kind(source)
    if how in HOW:
        return how
    for text in (source.cue, link.reason):
        how = cue_kind(text)
        if how in HOW:
            return how
    return "deny"


def _conflict(link: LinkRow, source: ClaimRecord) -> bool:
    """Whether a `contradicts` link is the rules' conflict signal (other numbers, dates, a one-sided
    negation) between two claims of no stance: a disagreement, not a denial."""
    return link.by == RULE and stance_kind(source) is None and (link.reason or "").startswith(tuple(CONFLICTS.values()))


def _takes_back(link: LinkRow, source: ClaimRecord, target: ClaimRecord) -> bool:
    """Whether a `contradicts` link is its source taking its target back: `withdraws`, or the rules'
    link from a party's withdrawal or correction of a figure to an account of that party
    (`withdrawn_accounts`, `corrected_figures`: its reason opens with WITHDREW); never the rules'
    link that takes back only part of it (WITHDREW_PART)."""
    reason = (link.reason or "") if link.by == RULE else ""
    return not reason.startswith(WITHDREW_PART) and (withdraws(source, target) or reason.startswith(WITHDREW))


def _gives_what_conflicts(r: ClaimRecord, link: LinkRow) -> bool:
    """Whether a claim gives a figure of the kind a conflict link is about (a number, a date), so
    that another figure of its cluster contradicts it: a copy that only says the ferry capsized
    is no party to a dispute over the toll. True for any other link."""
    reason = link.reason or ""
    if reason.startswith(CONFLICTS["number"]):
        return bool(prepare(r.text).numbers)
    if reason.startswith(CONFLICTS["date"]):
        return bool(prepare(r.text).dates)
    return True


def _updates(r: ClaimRecord, other: ClaimRecord) -> bool:
    """Whether the publisher's own account of the events (a lede: 'The rockfall that killed at
    least eight workers') gives its figure after another source gave another on an earlier day:
    the later account updates the count, it is not disputed by the earlier one."""
    return is_publisher(r) and bool(r.stated_on and other.stated_on) and (other.stated_on or "") < (r.stated_on or "")


def _denial_status(r: ClaimRecord, links: Sequence[tuple[LinkRow, ClaimRecord]],
                   withdrawn_reports: Collection[Any]) -> tuple[str, str]:
    """The status and reason of a denial itself (`decide`): retracted when its own source withdrew it
    ('X has withdrawn its denial'); its source's own status when all it answers were withdrawn by their
    source; else disputed, naming whose account still standing it disputes (not 'denied by' its own speaker)."""
    taken_back = [other for link, other in links if link.relation == "contradicts" and link.target == r.key
                  and _takes_back(link, other, r)]
    if taken_back:
        return "retracted", _withdrawn_by(taken_back[0])
    answered = [other for link, other in links if link.relation == "contradicts" and link.source == r.key]
    if answered and all(other.key in withdrawn_reports for other in answered):
        base, base_reason = base_status(r)
        return base, f"{base_reason}; denies a report its source withdrew"
    standing = [other for other in answered if other.key not in withdrawn_reports]  # (not one its source took back)
    if standing:
        return "disputed", f"a denial by {where_label(r)} of the account of {_names(_distinct_origins(standing), where=True)}"
    return "disputed", f"a denial by {where_label(r)}"


def decide(r: ClaimRecord, links: Sequence[tuple[LinkRow, ClaimRecord]],
           support: Sequence[ClaimRecord] = (), groups: Mapping[Any, Any] | None = None,
           withdrawn_reports: Collection[Any] = ()) -> tuple[str, str]:
    """The status and reason the rules give one claim.

    `links` are the links touching it with the claim at their other end; `support` holds the
    other claims that back it: one of each other origin of its cluster, and those that
    corroborate its relays and copies (or its restatements, through `repeats` links); `groups`
    maps the claims of its cluster to their origin groups (`origin_groups`); `withdrawn_reports`
    holds the keys of claims their own source withdrew (a denial of only those disputes nothing
    still standing: it keeps the status of its source).
    """
    own = stance_kind(r)
    if own == "retract":
        if is_publisher(r) and withdrawn_said(r) is not None:  # ('Kolsig on Wednesday withdrew a statement saying C')
            return "retracted", f"withdrawn by its source, as {where_label(r)} reports"
        return "retracted", f"withdrawn by {where_label(r)}"
    if r.corrected:
        if r.corrected_by:
            return "retracted", (f"withdrawn by {r.corrected_by} in a later correction of the figure it gave "
                                 f"('{r.corrected}')")
        who = (r.publisher or r.speaker) if is_publisher(r) else r.speaker
        return "retracted", f"withdrawn by {who or 'the publisher'} in a correction ('{r.corrected}')"
    later = withdrawn_later(r) if own in (None, "deny") else None
    if later:
        return "retracted", f"withdrawn later by {where_label(r)} ('{later}')"
    if own == "deny":
        return _denial_status(r, links, withdrawn_reports)
    if own == "nonconfirm" and not refuses_comment(r):
        return "unconfirmed", _declined([r])
    if refuses_comment(r):
        # a statement of the speaker's own conduct ('"We do not comment on open cases," she said', declining in its own words): no one else's refusal backs it, no one else's silence leaves it unconfirmed
        base, base_reason = base_status(r)
        return base, f"{base_reason}; declines to comment"
    withdrawn = [other for link, other in links if link.relation == "contradicts" and link.target == r.key
                 and _takes_back(link, other, r)]
    if withdrawn:
        return "retracted", _withdrawn_by(withdrawn[0])
    # (part of what it says taken back by its own party: 'C, and that D' when C is withdrawn)
    in_part = [other for link, other in links if link.relation == "contradicts" and link.target == r.key
               and link.by == RULE and (link.reason or "").startswith(WITHDREW_PART)]
    if in_part:
        return "disputed", f"partly {_withdrawn_by(in_part[0])} ('{_clipped(in_part[0].text)}')"
    # (a fact check's 'Claim: C' line is the claim checked, which its own rating answers)
    against = [(link, other) for link, other in links if link.relation == "contradicts" and link.target == r.key
               and (not same_origin(other, r) or checked_claim(r) and verdict_of(other) is not None)]
    denied = [other for link, other in against if _how(link, other) == "deny" and not _conflict(link, other)]
    if denied:
        return "disputed", "denied by " + _names(_distinct_origins(denied), where=True)
    # (a figure its own source took back, in a correction or a withdrawal, disputes nothing)
    conflicting = [other for link, other in against if _conflict(link, other) and not _updates(r, other)
                   and not other.corrected and stance_kind(other) != "retract"]
    if conflicting:
        return "disputed", "contradicted by " + _names(_distinct_origins(conflicting), where=True)
    if r.rebutted_by:
        return "disputed", f"argued against by the publisher ({r.rebutted_by})"
    if r.rated:
        return "disputed", f"the claim {r.publisher or 'the publisher'}'s fact check rates '{r.rated}'"
    base, base_reason = base_status(r)
    # (a position, what its source wants done or thinks should be, 'called on the auditor to review the
    # contract', is nothing another can decline to confirm: 'the auditor declined to say whether she would')
    declined = [other for link, other in against if _how(link, other) == "nonconfirm"] if r.kind != "position" else []
    if declined:
        return "unconfirmed", f"{_declined(_distinct_origins(declined))}; {base_reason}"
    backers = [other for link, other in links if link.relation == "corroborates"] + list(support)
    mine = (groups or {}).get(r.key, r.key)
    independent = [b for b in _distinct_origins(backers, groups)
                   if not same_origin(b, r) and (groups or {}).get(b.key) != mine]
    if independent:
        return "corroborated", "corroborated by " + _names(independent)
    return base, base_reason


def decide_all(records: dict[Any, ClaimRecord], links: Iterable[LinkRow], keys: Iterable[Any],
               clusters: Mapping[Any, Any] | None = None) -> dict[Any, tuple[str, str]]:
    """Statuses of the claims `keys`, from `links` among `records` (links to unknown claims are
    ignored) and `clusters` (claim key -> cluster id; every member must be in `records`).

    Corroboration counts the distinct origins of a claim's cluster (`origin_groups`: relays and
    copies count once), one claim of each, plus what reviewers linked.
    """
    touching: dict[Any, list[tuple[LinkRow, ClaimRecord]]] = defaultdict(list)
    withdrawn = set()
    for link in links:
        if link.source in records and link.target in records and link.source != link.target:
            touching[link.source].append((link, records[link.target]))
            touching[link.target].append((link, records[link.source]))
            source = records[link.source]
            if link.relation == "contradicts" and _takes_back(link, source, records[link.target]):
                withdrawn.add(link.target)
    backing: dict[Any, list[ClaimRecord]] = {}

    def backers_of(other: ClaimRecord) -> list[ClaimRecord]:
        if other.key not in backing:
            found = [third for second, third in touching[other.key] if second.relation == "corroborates"]
            backing[other.key] = _fewer_origins(found) if len(found) > MANY_BACKERS else found
        return backing[other.key]

    support_of = _cluster_support(records, clusters or {}, backers_of)
    denials_of = _cluster_denials(records, clusters or {}, touching)
    out = {}
    for key in keys:
        r = records[key]
        touching[key] = touching[key] + denials_of(r)
        support, groups = support_of(r)
        for link, other in touching[key]:
            if link.relation == "repeats":
                support += [third for third in backers_of(other) if third.key != key]
        # a source that contradicts the claim does not back it through a restatement
        against = Origins(o for link, o in touching[key] if link.relation == "contradicts" and link.target == key)
        support = [s for s in support if s not in against]
        out[key] = decide(r, touching[key], support, groups, withdrawn)
    return out


def _cluster_denials(records: Mapping[Any, ClaimRecord], clusters: Mapping[Any, Any],
                     touching: Mapping[Any, list[tuple[LinkRow, ClaimRecord]]]) -> Any:
    """A function: claim -> the denials, non-confirmations and conflicts of the other claims of its
    cluster, as `contradicts` links to it (a denial of a report disputes every copy and restatement
    of it, in whatever outlet, and so does another figure), leaving out its own source's and those
    already linked to it."""
    members: dict[Any, list[Any]] = defaultdict(list)
    for key, cluster_id in clusters.items():
        if key in records:
            members[cluster_id].append(key)
    found: dict[Any, list[tuple[LinkRow, ClaimRecord]]] = {}

    def of(r: ClaimRecord) -> list[tuple[LinkRow, ClaimRecord]]:
        cluster_id = clusters.get(r.key)
        if cluster_id is None or tells_of_report(r):
            return []  # (a claim telling of a report of C: a denial of C leaves it standing)
        if cluster_id not in found:
            found[cluster_id] = [(link, other) for m in members[cluster_id] for link, other in touching.get(m, [])
                                 if link.relation == "contradicts" and link.target == m
                                 and (stance_kind(other) in HOW or _conflict(link, other)
                                      or verdict_of(other) is not None)]
        linked = {other.key for _, other in touching.get(r.key, [])}
        out: list[tuple[LinkRow, ClaimRecord]] = []
        seen: set[Any] = set()
        for link, other in found[cluster_id]:
            if link.target == r.key or other.key in linked or other.key in seen or same_origin(other, r) \
                    or not _gives_what_conflicts(r, link):
                continue
            seen.add(other.key)
            out.append((LinkRow(other.key, r.key, "contradicts", link.by, link.reason), other))
        return out

    return of


def cluster_backers(records: Mapping[Any, ClaimRecord], clusters: Mapping[Any, Any],
                    keys: Iterable[Any]) -> dict[Any, list[ClaimRecord]]:
    """claim key -> the claims of its cluster that corroborate it, one of each other origin (as
    `decide_all` counts them), in date order."""
    support_of = _cluster_support(records, clusters, lambda r: [])
    out = {}
    for key in keys:
        found, groups = support_of(records[key])
        out[key] = _distinct_origins(found, groups)
    return out


def _cluster_support(records: Mapping[Any, ClaimRecord], clusters: Mapping[Any, Any],
                     backers_of: Any) -> Any:
    """A function: claim -> (the claims of its cluster that back it, its cluster's origin groups).

    Worked out once a cluster: the best described claim of each origin group that can
    corroborate, and the claims linked as corroborating any claim of a group (support that
    reaches a claim through its relays and copies).
    """
    members: dict[Any, list[ClaimRecord]] = defaultdict(list)
    for key, cluster_id in clusters.items():
        if key in records:
            members[cluster_id].append(records[key])
    done: dict[Any, tuple[dict, dict, dict]] = {}

    def of(cluster_id: Any) -> tuple[dict, dict, dict]:
        if cluster_id not in done:
            claims = members[cluster_id]
            groups = origin_groups(claims)
            best: dict[Any, ClaimRecord] = {}
            linked: dict[Any, list[tuple[Any, ClaimRecord]]] = defaultdict(list)
            for m in sorted(claims, key=_best_described):
                if can_corroborate(m):
                    best.setdefault(groups[m.key], m)
                linked[groups[m.key]] += [(m.key, third) for third in backers_of(m)]
            done[cluster_id] = (groups, best, linked)
        return done[cluster_id]

    def support(r: ClaimRecord) -> tuple[list[ClaimRecord], dict]:
        cluster_id = clusters.get(r.key)
        if cluster_id is None or len(members[cluster_id]) < 2:
            return [], {}
        groups, best, linked = of(cluster_id)
        mine = groups[r.key]
        found = [third for holder, third in linked[mine] if holder != r.key and third.key != r.key]
        if can_corroborate(r):
            found += [m for group, m in best.items() if group != mine]
        return found, groups

    return support


def is_party(r: ClaimRecord) -> bool:
    """Whether a claim's source speaks for a party on the record (not anonymous, a medium, a
    commentator or the publisher)."""
    return bool(r.speaker) and not ((r.anonymous and not spoken_for(r) and not holds_office(r) and not issued_officially(r))
                                    or r.speaker_kind == "media" or commentator(r) or is_publisher(r))


def mark_relayed(spans: Sequence[tuple[ClaimRecord, int, int]]) -> None:
    """Set `relayed_by` on claims embedded in the claim of a source that is no party.

    `spans` are the claims of one version with their content offsets: "requires stability — a
    demand echoed by European actors who have urged ..." inside an analyst's claim reaches the
    reader only through the analyst. The first such claim in `spans` order relays it.

    A statement of the publisher that holds a party's claim ("Following the video, Pellow called
    upon the mayor to ...") gets it as `narrates`: the publisher tells what the party said; not
    what a party has not confirmed, denied or withdrawn ("The board has not yet confirmed C"),
    whatever stance the claim was stored with.
    """
    # A sweep in order of start: only the claims still open where a claim starts can hold it,
    # so a long article costs its claims times the depth of nesting, not its claims squared.
    order = sorted(range(len(spans)), key=lambda k: (spans[k][1], -spans[k][2]))
    still_open: list[int] = []
    for k in order:
        inner, start, end = spans[k]
        still_open = [o for o in still_open if spans[o][2] >= start]
        holders = sorted(o for o in still_open if spans[o][2] >= end and (spans[o][1], spans[o][2]) != (start, end))
        for o in holders:
            outer = spans[o][0]
            if outer is inner:
                continue
            if is_publisher(outer) and outer.narrates is None and is_party(inner) and stance_kind(inner) is None \
                    and cue_kind(inner.cue) is None and _tells_what_was_said(outer, inner):
                outer.narrates = inner
            if outer.speaker and not same_origin(outer, inner) and not is_publisher(outer):
                if not is_party(outer):
                    inner.relayed_by = label(outer)
                    break
                # ('The ruling found that Berg told a supplier he would pay': Berg spoke to the supplier,
                # on the record only through the court's account)
                inner.told_through = inner.told_through or label(outer)
        still_open.append(k)


def _tells_what_was_said(outer: ClaimRecord, inner: ClaimRecord) -> bool:
    """Whether a statement of the publisher only tells what a party said: its words before the
    party's claim are the party's name (after a title, a dateline or an opening phrase set off by
    a comma: 'Following the vote, ') and a few words of reporting (after an apposition set off by
    commas: 'Brandt, the port's director, told the council on Monday that'), not an account of the
    publisher's own ('Workers began clearing their desks a day after the company said', 'The
    bridge was closed at 6pm after engineers spotted')."""
    name = {w.casefold() for w in (inner.speaker or "").split()}
    cut = inner.start - outer.start
    if not name or not 0 <= cut <= len(outer.text):
        return False
    before = outer.text[:cut].split()
    named = [i for i, w in enumerate(before) if w.strip(",.:;’'s").casefold() in name or w.strip(",").casefold() in name]
    if not named:
        return False
    first = named[0]
    last = first
    while last + 1 in named:
        last += 1
    opener = " ".join(before[:first])
    # a title before the name, after a dateline or an opening phrase ('Varnholt, Mar 3 (TWX) Fisheries Minister')
    title = re.split(r"[,)]\s", opener)[-1] if re.search(r"[,)]\s", opener) else opener
    if first > _OPENER_WORDS or not (not opener or opener.endswith((",", ")"))
                                     or all(w[:1].isupper() for w in title.split())):
        return False
    rest = " ".join(before[last:])
    rest = re.sub(r"^\S*,[^,]*,", "", rest)  # an apposition after the name
    return len(rest.split()) <= _REPORTING_WORDS


_OPENER_WORDS = 24  # 'After the council published its survey of the flood damage in the lower town,'
_REPORTING_WORDS = 8  # 'told reporters in the capital on Monday that'


# --- claim sets (extraction, before storing) ---------------------------------------------------

def claimset_records(data: Mapping[str, Any]) -> dict[str, ClaimRecord]:
    """Corroboration records of the claims of a claim-set dict, keyed by local claim id."""
    speakers = {s["id"]: s for s in data.get("speakers", [])}
    outlets = {o["id"]: o for o in data.get("outlets", [])}
    doc = data.get("document") or {}
    rows = []
    for c in data["claims"]:
        s = speakers.get(c.get("speaker") or "") or {}
        o = outlets.get(c.get("outlet") or "") or {}
        carried = outlets.get(((c.get("origin") or {}).get("outlet")) or "") or {}
        rows.append((c["id"], None, doc.get("slug") or "", c["text"], c.get("kind"), c.get("form"), c.get("cue"),
                     s.get("name"), s.get("anonymous"), s.get("kind"), s.get("role"), s.get("affiliation"),
                     o.get("name"), o.get("country"), doc.get("outlet"), c.get("stated_on"), c.get("seq") or 0,
                     c.get("sentence_start"), c.get("sentence_end"), c.get("start") or 0, c.get("end") or 0,
                     carried.get("name"), c.get("stance")))
    return build_records(rows, {None: doc["text"]} if doc.get("text") else {})


def build_records(rows: Iterable[Sequence[Any]], texts: Mapping[Any, str]) -> dict[Any, ClaimRecord]:
    """Corroboration records of claims, from rows of (key, version, doc slug, text, kind, form, cue,
    speaker name, anonymous, speaker kind, role, affiliation, outlet, outlet country, publisher,
    stated_on, seq, sentence start, sentence end, start, end[, origin outlet[, stance]]), keyed by key
    (without a stance, the claim's cue tells whether it denies).

    A claim's `lead` (its sentence before its content, from the end of the sentence's previous
    claim) is read from its version's text when `texts` has it; claims embedded in the claim of a
    source that is no party get `relayed_by` (see `mark_relayed`).
    """
    rows = list(rows)
    ends: dict[tuple[Any, int], list[int]] = defaultdict(list)
    for row in rows:
        if row[17] is not None and row[1] in texts:
            ends[(row[1], row[17])].append(row[20])
    out = {}
    spans: dict[Any, list[tuple[ClaimRecord, int, int]]] = defaultdict(list)
    for (key, vid, slug, text, kind, form, cue, name, anonymous, skind, role, affiliation, outlet, country,
         publisher, stated_on, seq, s_start, s_end, start, end, *extra) in rows:
        lead = ""
        if s_start is not None and vid in texts:
            before = [e for e in ends[(vid, s_start)] if e <= start]
            lead = texts[vid][max([s_start, *before]):start]
        wire = wire_key(texts[vid][s_start:s_end]) if s_start is not None and s_end and vid in texts else ""
        tail = texts[vid][end:s_end] if s_start is not None and s_end and vid in texts and end < s_end else ""
        out[key] = ClaimRecord(
            key=key, doc=slug, text=text, kind=kind, form=form, cue=cue, speaker=name,
            anonymous=bool(anonymous), speaker_kind=skind, role=role, affiliation=affiliation, outlet=outlet,
            outlet_country=country, publisher=publisher, stated_on=stated_on, seq=seq,
            sentence=(s_start, s_end) if s_start is not None else None, start=start, end=end, lead=lead,
            version=vid, origin_outlet=extra[0] if extra else None, stance=extra[1] if len(extra) > 1 else None,
            wire=wire, tail=tail,
        )
        spans[vid].append((out[key], start, end))
    for vid, items in spans.items():
        mark_described([r for r, _, _ in items], texts.get(vid, ""))
        mark_untitled([r for r, _, _ in items], texts.get(vid, ""))
        mark_named_in_full([r for r, _, _ in items])
        mark_office_named([r for r, _, _ in items], texts.get(vid, ""))
        mark_relayed(items)
        mark_trailing_sources([r for r, _, _ in items])
        if vid in texts:
            mark_rebutted([r for r, _, _ in items], texts[vid])
            mark_corrected([r for r, _, _ in items], texts[vid])
            mark_body_near([r for r, _, _ in items], texts[vid])
            mark_rated([r for r, _, _ in items], texts[vid])
            mark_story([r for r, _, _ in items], texts[vid])
        mark_office_shown([r for r, _, _ in items])
        mark_group([r for r, _, _ in items], texts.get(vid, ""))
        mark_in_story([r for r, _, _ in items], texts.get(vid, ""))
        mark_first_reporters([r for r, _, _ in items], texts.get(vid, ""))
    return out


def mark_first_reporters(claims: Sequence[ClaimRecord], text: str) -> None:
    """Make a medium the named speaker its sentence describes, just after its name, as the outlet that
    broke the story ('The Tarn Ledger, which first reported the leak, said C': _first_reporter), whatever its
    name looks like: C is that outlet's report, relayed; not one that reported an event to someone ('which first
    reported the leak to regulators': attribution.notified_from)."""
    for r in claims:
        if not text or r.anonymous or not r.speaker or r.speaker_kind == "media" or r.sentence is None:
            continue
        sentence = " ".join(text[r.sentence[0]:r.sentence[1]].split())
        m = _FIRST_REPORTER.search(sentence)
        if m and not notified_from(sentence, m.end()) and re.search(re.escape(r.speaker) + r"['’]?\s*,\s*$", sentence[:m.start()]) \
                and not any(w.casefold() in _INSTITUTION_HEADS for w in r.speaker.split()):
            r.speaker_kind = "media"  # (never a body by its name: 'The Velm Health Department, which first reported ...')


def mark_named_in_full(claims: Sequence[ClaimRecord]) -> None:
    """Read the claims of a speaker named by one word of a name ('Varga said', after 'Varga Eszter,
    an economist at Kestrel Bank, said') with the description of the one named person of the
    version whose name holds that word, when they have none of their own: news names a person in
    full once and by one name after, and the kind of speaker the first mention gave (an analyst, a
    private person, an official) is theirs throughout."""
    full = _by_full_name(claims)
    for r in claims:
        if not r.speaker or r.anonymous or r.speaker_kind != "person" or " " in r.speaker.strip() \
                or (r.role and not _NO_ROLE.fullmatch(r.role)) or r.described:
            continue
        named = [theirs for name, theirs in full.items() if r.speaker in name.split()]
        if len(named) == 1:
            first = named[0][0]
            r.described = first.described or (first.role if first.role and not _NO_ROLE.fullmatch(first.role) else "")
            r.untitled = first.untitled


def mark_office_named(claims: Sequence[ClaimRecord], text: str) -> None:
    """Set `office_named` on the claims of a named person whose own words give only what a private
    person's would (an age, a tie to someone: 'Vallo, 61, a niece of the firm's first owner')
    when the version's `text` names them with a title just before the name ('President Ines
    Vallo'; for a surname alone, the one full name holding it that it titles so): news names an
    office holder with the office first and adds the rest later, which takes nothing from the office."""
    if not text:
        return
    full = _by_full_name(claims)
    titles: dict[str, bool] = {}  # one search of the text a name, not one a claim (quadratic in a long text)
    for r in claims:
        if not r.speaker or r.anonymous or r.speaker_kind != "person" or r.untitled:
            continue
        names = [r.speaker] if " " in r.speaker.strip() else [name for name in full if r.speaker in name.split()]
        for name in names:
            if name not in titles:
                titles[name] = _titled_before(name, text)
        titled = [name for name in names if titles[name]]
        r.office_named = len(titled) == 1 and commentator(r) == "private person"


def _titled_before(name: str, text: str) -> bool:
    """Whether `text` writes a title of an office just before a full name ('President Ines Vallo',
    'Chief Executive Ines Vallo'): the word before it one of titles.json's, no body's noun and no
    commentator's or private person's word ('Resident', 'Survivor': corroboration.json commentator_roles)."""
    lex = _title_lexicon()
    full = r"\s+".join(re.escape(w) for w in name.split())
    return any(w in lex.words and w not in lex.bodies and not any(p.fullmatch(w) for p, _ in lexicon().commentator_roles)
               for w in (m.group(1).casefold() for m in re.finditer(r"(?<![\w'’-])([A-Z][\w-]*)\s+" + full + r"(?!\w)", text)))


def _by_full_name(claims: Sequence[ClaimRecord]) -> dict[str, list[ClaimRecord]]:
    """The claims of each person named by two words or more, by that name, in the order of `claims`."""
    found: dict[str, list[ClaimRecord]] = defaultdict(list)
    for r in claims:
        if r.speaker and not r.anonymous and r.speaker_kind == "person" and len(r.speaker.split()) >= 2:
            found[r.speaker].append(r)
    return found


def mark_group(claims: Sequence[ClaimRecord], text: str) -> None:
    """Set `group` on the claims of a named person whose role or name refers back to a group of
    members speaking for their interest (`_of_members`): 'the union's president' after the Harbour
    Boatmen Union, 'HBU chairman' after 'Harbour Boatmen Union (HBU)', 'Ina Ost of the boatmen's
    union said'; unless the document's lede names the group, which makes it a party to the events
    it reports (a union on its own strike), no commentator on others' acts."""
    if not text:
        return
    lede = _lede(text).casefold()
    found: dict[tuple[str | None, str, int], str] = {}  # claims of one sentence share role and end
    after: dict[str, str] = {}  # the group after each name: one scan of the text a name, not one a sentence
    for r in claims:
        if r.anonymous or not r.speaker or r.speaker_kind not in (None, "person"):
            continue
        key = (r.role, r.speaker, r.sentence[1] if r.sentence else r.end)
        if key not in found:
            found[key] = _group_referred(r, text, after)
        group = found[key]
        if group and (_of_members(group) or cause_group(group) or _place_group().fullmatch(group)) \
                and group.casefold() not in lede:
            r.group = group


# a role naming its body by its head noun ("the union's president", "association's chairman") or by
# initials ('HBU chairman'), and a name followed by its group ('Ina Ost of the boatmen's union said')
# (the head nouns of groups of members and of bodies speaking for a cause: standing.json cause_body_heads)
_GROUP_NOUNS = sorted(_MEMBER_HEADS | cause_heads(), key=len, reverse=True)
_HEADS = "|".join(_GROUP_NOUNS)
# (and the nouns a group described by its cause goes by, the last words of standing.json cause_groups: "the
# group's field coordinator")
_CAUSE_NOUNS = sorted({words.split()[-1] for words in load_data("standing.json")["cause_groups"]})
_HEAD_ROLE = re.compile(r"^(?:the\s+)?(" + "|".join([*_GROUP_NOUNS, *_CAUSE_NOUNS]) + r")['’]s?\s", re.IGNORECASE)
_INITIALS_ROLE = re.compile(r"^([A-Z]{2,6})\s+[a-z]")
_OF_GROUP = r"\s+of\s+(?:the\s+)?((?:[\w'’&-]+\s+){0,5}?[\w'’&-]+)(?=\s*[,(]|\s+(?:said|says|told|added|wrote|warned)\b)"
_OF_GROUP_RE = re.compile(_OF_GROUP)
_WORD_CHAR = re.compile(r"\w")
_CAPITAL_WORD = r"[A-Z][\w'’&-]*"
_OWNED_ROLE = re.compile(r"^Its\s+\S")  # 'Its National Chairman' opening a sentence: an office of the body just named
_ANY_GROUP = re.compile(r"(?:" + _CAPITAL_WORD + r"\s+){0,5}(?:" + "|".join(h.capitalize() for h in _GROUP_NOUNS)
                        + r")(?!\w)")


def _group_referred(r: ClaimRecord, text: str, after: dict[str, str]) -> str:
    """The name of the group a named person's role or name refers back to in `text` (see
    `mark_group`), or ''; `after` keeps `_of_group_after` of each name asked."""
    upto = r.sentence[1] if r.sentence else r.end
    head = _HEAD_ROLE.match(r.role or "")
    if head:
        # the group named last before: by its name, or described by its people ('The teachers' union Sveriges Lärare said')
        noun = head.group(1).casefold()
        found = [(m.start(), m.group()) for m in (*_named_by_head(head.group(1).capitalize()).finditer(text, 0, upto),
                 *(m for m in _PEOPLE_GROUP.finditer(text, 0, upto) if m.group("head").casefold() == noun))]
        found += _cause_group_last(text, noun, upto, r.start if r.sentence and r.start > r.sentence[0] else upto)
        if noun == "club":  # ('The Velm angling club said ... "C," the club's president said')
            found += [(m.start(), m.group()) for m in _ACTIVITY_CLUB.finditer(text, 0, upto)]
        found += [(m.start(), m.group()) for m in _place_group().finditer(text, 0, upto) if m.group("head") == noun]
        return re.sub(r"^The\s+", "", max(found)[1]) if found else ""
    bare = re.sub(r"^the\s+", "", r.role or "", flags=re.IGNORECASE)
    placed = _place_group().match(bare)
    if placed and re.match(r"['’]s?\s+[a-z]", bare[placed.end():]):
        return placed.group()  # ("the Lunde cooperative's chairman": the group its role names)
    titled = (r.role or "").split()
    if len(titled) > 2 and titled[-2].casefold() in _MEMBER_HEADS and _of_members(" ".join(titled[:-1])):
        return " ".join(titled[:-1])  # ('Angling club president NAME', 'Boatmen union chairman NAME')
    if _OWNED_ROLE.match(r.role or "") and r.sentence and text.startswith("Its", r.sentence[0]):
        # 'Its National Chairman, NAME, told ...' opening the sentence after the group's: the group named last there
        before = _sentence_before(text, len(text[:r.sentence[0]].rstrip()))
        named = [m.group() for m in _ANY_GROUP.finditer(" ".join(before))]
        return re.sub(r"^The\s+", "", named[-1]) if named else ""
    if _ITS_ROLE.match(r.role or ""):
        return _group_before_role(r, text)
    initials = _INITIALS_ROLE.match(r.role or "")
    if initials:
        return _spelt_out(initials.group(1), text)
    if r.speaker and r.speaker not in after:
        after[r.speaker] = _of_group_after(r.speaker, text)
    return after.get(r.speaker or "", "")


# a clause after a name naming the group its bearer heads ('Ina Ost, who leads the Harbour Nurses' Union,'), in capitals
_LEADS_GROUP = re.compile(r",\s+who\s+(?:leads|heads|chairs|runs|coordinates)\s+(?:the\s+)?((?:" + _CAPITAL_WORD
                          + r"\s+(?:of\s+(?:the\s+)?)?){0,5}" + _CAPITAL_WORD + r")(?=\s*[,.:]|\s+(?:said|says|told))")


def _cause_group_last(text: str, noun: str, upto: int, content: int) -> list[tuple[int, str]]:
    """The group described by its cause that a role opening with "the group's" (`noun`) refers back
    to: the last such group before `upto` that goes by that noun, when no other mention of the noun
    comes between it and the role's ('the conservation group' and its name, then "The group's field
    coordinator"), as [(where, its words)]; else []. The mentions are counted up to `content`, where
    the claim's own words begin after the role: the group the claim itself names ('said the group had
    sent') is no mention before the role."""
    found = [(at, name) for at, name in cause_groups_in(text, upto) if noun in name.casefold().split()]
    if not found:
        return []
    at, name = found[-1]
    between = re.findall(r"(?<![\w-])" + re.escape(noun) + r"(?![\w-])", text[at + len(name):max(content, at + len(name))],
                         re.IGNORECASE)
    return [(at, name)] if len(between) <= 1 else []


# a group of members a text names by its place alone, its head in lower case ('the Lunde Vale cooperative'; never
# 'The cooperative' opening a sentence, 'On Monday cooperative members', 'Our cooperative': no capitalised word of
# the place is a function word, a day or a month): corroboration.json place_named_member_heads
@functools.cache
def _place_group() -> re.Pattern[str]:
    """The pattern of such a group, built at its first use: the status lexicon's stopwords it reads cost a seventh
    of a second to load, which importing this module need not pay."""
    not_place = sorted({w.capitalize() for w in lexicon().stopwords if w.isalpha()}
                       | {w.capitalize() for key in ("weekdays", "months") for w in load_data("matcher.json")[key]},
                       key=len, reverse=True)
    place_word = r"(?!(?:" + "|".join(map(re.escape, not_place)) + r")\b)" + _CAPITAL_WORD
    return re.compile(r"(?<![\w'’-])(?:" + place_word + r"\s+){1,4}(?P<head>"
                      + "|".join(re.escape(h) for h in load_data("corroboration.json")["place_named_member_heads"])
                      + r")(?![\w-])")


# a club told by what its members do, in lower case after its place or name, if any ('the Velm angling club')
_ACTIVITY_CLUB = re.compile(r"(?:" + _CAPITAL_WORD + r"\s+){0,4}[a-z][\w-]{2,}ing\s+club(?!\w)")
_ITS_ROLE = re.compile(r"^its\s+\S")  # '"C," its vice-president NAME said': an office of a body named before


def _group_before_role(r: ClaimRecord, text: str) -> str:
    """The group named last in the paragraph of a claim before the words of its speaker's role that
    begins with a lower-case 'its' ('The Harbour Chamber said ... "C," its vice-president NAME
    said'), or '': the body the paragraph has just named is the one the role is an office of."""
    line = text.rfind("\n", 0, r.start) + 1
    end = text.find("\n", r.start)
    at = text.find(r.role or "", line, len(text) if end < 0 else end)
    named = [m.group() for m in _ANY_GROUP.finditer(text, line, at)] if at >= 0 else []
    return re.sub(r"^The\s+", "", named[-1]) if named else ""


def _of_group_after(name: str, text: str) -> str:
    """The group named after the first mention of `name` that a group follows ('Ina Ost of the
    boatmen's union said'), or '': each place the name stands as words of its own is tried in turn,
    as a search for the name and the group would (and no pattern is compiled for each name)."""
    at = text.find(name)
    while at >= 0:
        if at == 0 or _WORD_CHAR.match(text, at - 1) is None:
            named = _OF_GROUP_RE.match(text, at + len(name)) or _LEADS_GROUP.match(text, at + len(name))
            if named:
                return named.group(1)
        at = text.find(name, at + 1)
    return ""


@functools.lru_cache(maxsize=64)
def _named_by_head(noun: str) -> re.Pattern[str]:
    """A body's name ending with its head noun ('Harbour Boatmen Union', 'Union of Dock Workers')."""
    return re.compile(r"(?:" + _CAPITAL_WORD + r"\s+){0,5}" + noun + r"(?:\s+of\s+(?:the\s+)?" + _CAPITAL_WORD
                      + r"(?:\s+(?:and\s+)?" + _CAPITAL_WORD + r"){0,4})?(?!\w)")


def _spelt_out(initials: str, text: str) -> str:
    """The name `text` gives in full before `initials` in brackets ('Harbour Boatmen Union (HBU)'),
    when its capitalised words give those initials; else ''."""
    m = re.search(r"((?:" + _CAPITAL_WORD + r"|of|for|the|and)(?:\s+(?:" + _CAPITAL_WORD + r"|of|for|the|and)){1,8})\s+\("
                  + initials + r"\)", text)
    if not m:
        return ""
    words = m.group(1).split()
    capitals = [i for i, w in enumerate(words) if w[:1].isupper()]
    if len(capitals) < len(initials):
        return ""
    name = words[capitals[-len(initials)]:]
    return " ".join(name) if "".join(w[0] for w in name if w[:1].isupper()) == initials else ""


_LEDE_WORDS = 20  # a paragraph this long is the story's own (no headline, byline or dateline line)
_LEDE_PARAGRAPHS = 2  # the top of a story, where news names the parties to the events it reports


def mark_in_story(claims: Sequence[ClaimRecord], text: str) -> None:
    """Set `in_story` on the claims of a named speaker whose body the document's lede (`_lede`)
    tells of before it first quotes them: a body by its name, the initials the text gives it ('Kestrel Institute for Soil
    Research (KISR)') or its head noun ('the institute' of a story headed 'Institute retracts
    study'); a person by the body their role names with a possessive or after 'of' or 'at' ("the
    journal's editor", 'economist at Harlow Bank'). The story is about that body's acts, so its
    word on them is a party's, however its trade reads (an analyst, a researcher, an editor)."""
    if not text:
        return
    lede = _lede(text)
    first: dict[str, int] = {}  # where each speaker is first quoted: the lede before it tells of them, or not
    for r in claims:
        if r.speaker and r.sentence is not None:
            first[r.speaker] = min(first.get(r.speaker, len(text)), r.sentence[0])
    seen: dict[tuple[str, str | None, str | None], bool] = {}
    tops: dict[int, str] = {}  # the lede up to each speaker's first quote, folded once
    for r in claims:
        if r.anonymous or not r.speaker:
            continue
        key = (r.speaker, r.speaker_kind, r.role)
        if key not in seen:
            bodies = [r.speaker, *_initials_of(r.speaker, text), *_body_heads(r.speaker)] \
                if r.speaker_kind not in (None, "person") else _bodies_of_role(r.role or "")
            cut = first.get(r.speaker, len(lede))
            if cut not in tops:
                tops[cut] = " ".join(lede[:cut].casefold().split())
            seen[key] = any(_tells_of(" ".join(b.casefold().split()), tops[cut]) for b in bodies if b.strip())
        r.in_story = seen[key]


def _tells_of(words: str, text: str) -> bool:
    """Whether `text` holds `words` as words of their own (a quick find first)."""
    return words in text and re.search(r"(?<![\w'’-])" + re.escape(words) + r"(?![\w-])", text) is not None


def _initials_of(name: str, text: str) -> list[str]:
    """The initials a text gives a body's name in brackets after it ('... Research (KISR)')."""
    if name + " (" not in text:
        return []
    m = re.search(re.escape(name) + r"\s+\(([A-Z][A-Za-z&]{1,7})\)", text)
    return [m.group(1)] if m else []


def _body_heads(name: str) -> list[str]:
    """The head nouns of a body's name that tell what kind of body it is ('institute' of 'Kestrel
    Institute for Soil Research'), as a story refers back to it ('the institute')."""
    heads = _title_lexicon().bodies
    return [w for w in name.casefold().split() if w in heads and not _title_lexicon().words.isdisjoint({w})]


# the body a role names: by a possessive ("the journal's editor") or after 'of', 'at' or 'for'
_ROLE_BODY = re.compile(r"^(?:the\s+)?(?P<owner>[\w'’&. -]+?)['’]s?\s+[\w-]+|\s(?:of|at|for)\s+(?:the\s+)?(?P<body>[\w'’&. -]+)")


def _bodies_of_role(role: str) -> list[str]:
    m = _ROLE_BODY.search(" ".join(role.split()))
    return [m.group("owner") or m.group("body")] if m else []


def _lede(text: str) -> str:
    """A document's top: its headline and its first `_LEDE_PARAGRAPHS` paragraphs of `_LEDE_WORDS`
    words or more (reactions and comment come below)."""
    at, seen = 0, 0
    for paragraph in re.finditer(r"[^\n]+", text):
        at = paragraph.end()
        seen += len(paragraph.group().split()) >= _LEDE_WORDS
        if seen == _LEDE_PARAGRAPHS:
            break
    return text[:at]


def mark_office_shown(claims: Sequence[ClaimRecord]) -> None:
    """Set `office_shown` on every claim of an unnamed speaker of a version when one claim of
    theirs shows them to be the one holder of an office (`holds_office`): the text names the
    speaker once ('"The ward will reopen," the minister said') and refers back to them
    ('He said a second ward would follow', 'The minister rejected the suggestion'), each claim one
    statement of the same person, on the record in all of them."""
    by_speaker: dict[str, list[ClaimRecord]] = defaultdict(list)
    for r in claims:
        if r.anonymous and r.speaker:
            by_speaker[" ".join(r.speaker.casefold().split())].append(r)
    for theirs in by_speaker.values():
        if any(holds_office(r) for r in theirs):
            for r in theirs:
                r.office_shown = True


_APPOSITIVE = r",\s+((?:a|an|the|who|whose|now)\s[^,;:.!?\"“”]{1,160})"


def mark_described(claims: Sequence[ClaimRecord], text: str = "") -> None:
    """Set `described` on the claims of each named speaker of a version: the words that describe
    the speaker where a sentence of theirs names them, beyond the role ('Martin Guay, a retired
    teacher who lives in the east end', 'Marine safety consultant Everett Shaw', 'who backs the
    governor'), or where the version's `text` names them in full anywhere else ('Let us bring in
    Dr Ines Marlow, a hydrologist at ...', 'I talked with a rancher, Ines Marlow, this morning',
    'Our reporter Ines Marlow has spent'), so that every claim of theirs in the document is read
    with it."""
    by_speaker: dict[str, list[ClaimRecord]] = defaultdict(list)
    for r in claims:
        if r.speaker and not r.anonymous and r.speaker_kind in (None, "person"):
            by_speaker[r.speaker].append(r)
    for name, theirs in by_speaker.items():
        surname = re.escape(name.split()[-1])
        full = r"\s+".join(re.escape(w) for w in name.split())
        found: list[str] = []
        for r in theirs:
            if name.split()[-1] not in r.lead + " " + r.tail:  # both scans need the surname as written
                continue
            found += re.findall(surname + _APPOSITIVE, r.lead + " " + r.tail)
            # the words before the name that opens the sentence ('Marine safety consultant Everett Shaw')
            found += re.findall(r"^\W*((?:[A-Za-z-]+\s+){1,4})" + full + r"\b", r.lead)
        found += _described_in(full, text)
        # a relative clause ('Pellow, who has mocked former officials, said') describes no kind of
        # person, but may make the speaker a party ('Ostrom, who backs Pellow'), or tell the
        # trade of a speaker with no office ('who teaches law at ...'; a mayor who has lived in
        # the town all her life still speaks for her office)
        job = not any(r.role and not _NO_ROLE.fullmatch(r.role) for r in theirs)  # 'Mr', 'Ms' tell no role
        found = list(dict.fromkeys(found))  # each words once: a claim a paragraph repeats them in a long text
        found = [f for f in found if not f.startswith(("who ", "whose ")) or lexicon().party_roles.search(f.casefold())
                 or (job and lexicon().occupation_clause.match(f.casefold())) or _people_group(f)]
        found = [f for f in found if not _says_nothing(f) and not _said_after(full, f, text, theirs)]
        described = "; ".join(dict.fromkeys(" ".join(f.split()) for f in found))
        for r in theirs:
            r.described = described


def _said_after(full: str, words: str, text: str, theirs: Sequence[ClaimRecord]) -> bool:
    """Whether words after a name are what its bearer said, no description of them: 'According to
    the port's director, Ines Marlow, the ferries ...' (`full`, the name as a pattern, after
    'according to' and a description), or the opening of the content of a claim of theirs."""
    if any(r.text.startswith(words) for r in theirs):
        return True
    return re.search(r"(?i:according\s+to)\s[^.;:!?\n]{1,80},\s+(?:" + _HONORIFIC + r"\s+)?" + full
                     + r",\s+" + re.escape(words), text) is not None


def _says_nothing(words: str) -> bool:
    """Whether words read before a name describe no one: courtesy titles, reporting verbs and
    function words only ('says Mr' of 'says Mr Omar Tell', 'Ms')."""
    courtesy = {t.casefold() for t in _COURTESY}
    return all(w.rstrip(".") in courtesy or w in _title_lexicon().plain for w in words.casefold().split())


def _described_in(full: str, text: str) -> list[str]:
    """The words that describe the bearer of a full name (a pattern) wherever a text names them:
    an apposition after the name, or after its age ('Ines Marlow, a hydrologist at', 'Ines
    Marlow, 41, whose son ...', 'Ines Marlow, associate professor of law at'), and before it one
    ('a rancher, Ines Marlow,', 'a parent, Mrs Ines Marlow,', 'a shopkeeper on Quay Street, Ines
    Marlow,') or the words that open the sentence ('Our reporter Ines Marlow') when they end in a
    commentator's role, or a place after it ('Voters elected Ines Marlow' describes no one)."""
    if not text:
        return []
    named, after_comma = _name_tests(full)
    found: list[str] = []
    before: list[str] = []
    if named.search(text):  # each scan below needs the name as written: most texts of a version lack most names
        appositive, bare, _, opening_before, _, of_body = _name_patterns(full)
        found += appositive.findall(text)
        found += [words for words in bare.findall(text) if _role_at_head(words) or outside(words)]
        before += [m.strip() for m in opening_before.findall(text)]
        found += [body for body in of_body.findall(text) if _a_body_that_comments(body)]
    found += [words for words in _labelled(full, text) if _people_group(words) or outside(words)]
    if after_comma.search(text):
        before = _name_patterns(full)[2].findall(text) + before
        found += _name_patterns(full)[4].findall(text)  # "Mr Abel's partner, Nia": a tie to someone
    return found + [words for words in before
                    if _role_at_end(words) or _people_group(words) or _academic_only(words) or outside(words)]


def _labelled(full: str, text: str) -> list[str]:
    """What a transcript's speaker label says of the bearer of a full name (a pattern), in brackets
    after the name in capitals ("INES MARLOW (Harbour growers' association):")."""
    labels = _label_lines(text)
    if not labels:
        return []
    upper = re.compile(full.upper().replace(r"\S", r"\s"))  # (the pattern's escapes keep their case)
    return [words for name, words in labels if upper.fullmatch(name)]


@functools.lru_cache(maxsize=64)
def _label_lines(text: str) -> tuple[tuple[str, str], ...]:
    """The (name, words in brackets) of each line of a text that opens with a name in capitals, words in
    brackets and a colon: a transcript's speaker labels."""
    return tuple((m.group(1), m.group(2).strip()) for m in _LABEL_LINE.finditer(text) if m.group(1).isupper())


_LABEL_LINE = re.compile(r"^[^\S\n]*([^\W\d_][^\n():]{1,60}?)\s*\(([^()\n]{1,80})\)\s*:", re.MULTILINE)


@functools.lru_cache(maxsize=4096)
def _name_tests(full: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The two quick tests a text must pass for `_name_patterns` to match anything in it: the name
    as written; the name after a comma, in any case (quick to compile as well as to run)."""
    return re.compile(full), re.compile(r",\s+(?:" + _HONORIFIC + r"\s+)?" + full, re.IGNORECASE)


@functools.lru_cache(maxsize=4096)
def _name_patterns(full: str) -> tuple[re.Pattern[str], ...]:
    """`_described_in`'s patterns for one full name, compiled once a name and only for a text that
    names it (each takes a millisecond to compile): the apposition after the name, the one with no
    article, the description before it, the words that open its sentence, a tie to someone before
    it ("Mr Abel's partner, Nia") and the body named after it ('Nia Abel of the Kestrel Institute')."""
    name = r"(?<!\w)(?:" + _HONORIFIC + r"\s+)?" + full + r"(?!\w)"
    return (re.compile(name + r"(?:,\s+\d{1,3})?" + _APPOSITIVE),
            re.compile(name + r"(?:,\s+\d{1,3})?" + _BARE_APPOSITIVE),
            re.compile(r"(?<!\w)(?:an?|one|the)\s+((?:[\w'’-]+\s+){0,4}[\w'’-]+),\s+" + name, re.IGNORECASE),
            re.compile(r"(?:^|[.!?:]\s+|\n\s*)((?:[A-Za-z-]+\s+){1,4})" + name),
            re.compile(r"(?<![\w'’])((?:[A-Z][\w-]*\s+)?(?:[A-Z][\w'’-]*['’]s?|[Hh]is|[Hh]er|[Tt]heir)\s+(?:"
                       + _RELATIONS + r")(?:-in-law)?),\s+" + name),
            re.compile(name + r"\s+(?:of|from|at)\s+(?:the\s+)?([A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|for|of|and|on))*)"))


# an honorific between a description and the name it describes ('a parent, Mrs Ines Marlow')
_HONORIFIC = r"(?:" + "|".join(_COURTESY + load_data("titles.json")["scholarly_titles"]) + r")\.?"
# an apposition that opens with no article ('Ines Marlow, associate professor of law at ...')
_BARE_APPOSITIVE = r",\s+([a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}\s+(?:of|at|with|for|in)\s[^,;:.!?\"“”]{1,120})"
_PLACE_AFTER = re.compile(r"\s+(?:on|in|at|from|near|outside|by)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?$")


def _a_body_that_comments(name: str) -> bool:
    """Whether a body's name, after a person's ('Ines Marlow of the Kestrel Centre for Transport
    Studies', 'Ines Marlow from Harbour University'), is that of a think tank, a research body or a
    place of learning: it holds an analyst's or an academic's word of corroboration.json
    commentator_roles ('studies', 'institute', 'research') or names a place of learning; its
    people comment, as a role naming it would say."""
    words = [w.strip("'’").casefold() for w in re.split(r"[\s-]+", name)]
    roles = [pattern for pattern, kind in lexicon().commentator_roles if kind in ("analyst", "academic")]
    if any(w in _title_lexicon().words and w not in _ACADEMIC and w not in _RESEARCH_HEADS
           and not any(p.fullmatch(w) for p in roles) for w in words):
        return False  # 'the Ministry of Education and Research': a body of the state, no think tank
    return _academic_only(name) or any(pattern.search(name) for pattern in roles)


_RESEARCH_HEADS = frozenset(load_data("corroboration.json")["research_body_heads"])


def _role_at_end(words: str) -> bool:
    """Whether words describing a person end in a commentator's role, or in one followed by where
    they are ('a shopkeeper on Quay Street')."""
    words = _PLACE_AFTER.sub("", words)
    return any(m.end() == len(words) for p, _ in lexicon().commentator_roles for m in p.finditer(words))


def _role_at_head(words: str) -> bool:
    """Whether an apposition with no article names a commentator's role before its first
    preposition ('associate professor of strategy at ...'); a verb's clause ('adding that analysts
    expect', 'had said in a statement that residents ...': what the bearer said) names none."""
    head = re.split(r"\s(?:of|at|with|for|in)\s", words, maxsplit=1)[0]
    if re.search(r"(?<!\w)(?:" + _CUE_FORMS + r")(?!\w)", head):
        return False
    # a title of a few words, then the body it holds it at ('managing director of a recruiting firm')
    where = words if len(head.split()) <= 3 else head
    return any(p.search(where) for p, _ in lexicon().commentator_roles)


def mark_untitled(claims: Sequence[ClaimRecord], text: str) -> None:
    """Set `untitled` on the claims of each named person of a version whom neither the claims
    (no role, affiliation or description) nor the version's `text` present with a title, office,
    party or body anywhere it names them: news names an official, a candidate or a company's
    officer with what they are on first mention ('Harbour Minister Ines Marlow', 'Ines Marlow, the
    council's spokeswoman', 'Labour's Ines Marlow', 'trainer Ines Marlow'), and a witness, a patient
    or a neighbour by name alone ('Ines Marlow was waiting at the stop', 'Ines Marlow, 54, from
    Easthill', '..., said Ines Marlow, 54.') or by what they do or did, with no office in it ('Ines
    Marlow, who farms above the weir', 'Ines Marlow, one of the passengers', 'Ines Marlow has run a
    bakery on Quay Street since 2004.': `_private_appositions`, kept in `described` for the
    reason), who is then a private person, no party on the record."""
    if not text:
        return
    for name, theirs in _by_full_name(claims).items():
        private = _private_appositions(name, text) if _named_briefly(name, text) else []
        if any(_holds_more(r) for r in theirs) or not (private or _personal(name, text)) or _titled_in(name, text):
            continue
        for r in theirs:
            r.untitled = True
            r.described = "; ".join(dict.fromkeys([*filter(None, r.described.split("; ")), *private]))


_COURTESY_ALTERNATION = "|".join(re.escape(t) for t in _COURTESY)  # 'Ms', 'Mrs', 'Mr' ... as a pattern


def _holds_more(r: ClaimRecord) -> bool:
    """Whether a named person's claim gives them more than a private person's description: a role
    that is no private apposition ('who was travelling home'; a courtesy title is one, as news gives
    it to public figures throughout: 'Mr'), an
    affiliation that is no country's name (a party, a body), or a description that is not all private
    appositions."""
    role = r.role or ""
    return bool(role and not _private_apposition(role)
                or r.affiliation and not is_state(r.affiliation)
                or any(part and not _private_apposition(part) for part in r.described.split("; ")))


@functools.lru_cache(maxsize=4096)
def _said_of(full: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """What a text says of the bearer of a full name (a pattern): the apposition after the name, past an
    age, that opens with 'who', 'whose' or 'one of' ('Ines Marlow, 54, who farms above the weir',
    'Ines Marlow, one of the passengers'); and the sentence the name opens, its verb no cue ('Ines
    Marlow has run a bakery on Quay Street since 2004.')."""
    return (re.compile(r"(?<!\w)" + full + r"(?:,\s+\d{1,3})?,\s+((?:" + _LAY_NOUNS + r")?(?:who|whose|one\s+of)\s[^,;:.!?\"“”()]{1,160})"),
            re.compile(r"(?:^|(?<=[.!?]\s))" + full + r"\s+(?!(?:" + _CUE_FORMS + r")\b)([a-z][^,;:.!?\"“”()]{1,160})[.!?]",
                       re.MULTILINE))


_CUE_FORMS = "|".join(sorted({re.escape(form) for verb in load_data("cues.json")["verbs"] for form in verb["forms"]},
                             key=len, reverse=True))


def _private_appositions(name: str, text: str) -> list[str]:
    """What `text` says of a named person after their full name, wherever it does, that describes a
    private person (`_private_apposition`): an apposition, or the sentence the name opens, read as a
    clause ('who has run a bakery on Quay Street since 2004')."""
    full = r"\s+".join(re.escape(w) for w in name.split())
    if not re.search(full + r"[,\s]", text):
        return []
    apposition, sentence = _said_of(full)
    # (an apposition counts where the words of its sentence before the name give no title: 'The Minister
    # of Harbours, Dr Ines Marlow, who visited the quay on Monday')
    found = [m.group(1) for m in apposition.finditer(text) if not _describes(_sentence_before(text, m.start()), adjacent=None)]
    found += ["who " + clause for clause in sentence.findall(text)]
    return [" ".join(words.split()) for words in found if _private_apposition(words)]


def _sentence_before(text: str, at: int) -> list[str]:
    """The words of the sentence that holds `at` before it: back to the end of the one before, or to
    the start of its line."""
    line = text.rfind("\n", 0, at) + 1
    ends = [m.end() for m in re.finditer(r"[.!?][\"”’]?\s", text[line:at])]
    return text[line + (ends[-1] if ends else 0):at].split()


# 'one of the stranded passengers', 'one of 40 growers': one of a plural of people
_ONE_OF = re.compile(r"one\s+of\s+(?:(?:the|its|their|those|[\d,]+)\s+)?(?:[\w'’-]+\s+){0,3}"
                     r"[a-z][\w'’-]*(?:[a-z]s|men|people|children|folk)")
# what a clause says someone does that is an office: heads, chairs, represents, works for ...
_OFFICE_VERB = re.compile(r"(?:(?:has|had|have)\s+)?(?:" + "|".join(
    re.escape(w) for w in load_data("corroboration.json")["office_verbs"]) + r")(?!\w)")
# a body named in a clause: after a preposition that ties to it ('works with Marlow Shipping', 'for the
# Harbour Board'), or by a possessive ("the council's", "Brenmoor's"); a place after 'in', 'from', 'to' is none
_CLAUSE_BODY = re.compile(r"(?:\s(?:for|at|with|of|by)\s+(?:the\s+)?[A-Z]|(?:\bthe\s+[\w-]+|(?<!\w)[A-Z][\w-]*)['’]s?\s)")
_PARTY_NAMES = frozenset(p.casefold() for p in load_data("titles.json")["parties"])


# an indefinite description of a few lower-case words before a relative clause ('a sewing operator
# who ...', 'an orchard hand whose ...'): what someone is, no office, when no word of it is a title
_LAY_NOUNS = r"an?\s+(?:[a-z][\w'’-]*\s+){1,3}?(?=(?:who|whose)\s)"
# a place after a preposition of place ('outside the town', 'in the village'): where someone is, no body
_PLACE = re.compile(r"\b(?:in|outside|near|around|across|beyond|above|below|from)\s+the\s+(?:[a-z][\w-]*\s+)?([a-z][\w-]*)")


def _lay_description(words: str) -> tuple[list[str], str]:
    """The words of an indefinite description before a relative clause ('sewing operator' of 'a
    sewing operator who ...'), and the rest; none when there is no such description."""
    m = re.match(r"(?:an?\s+)?((?:[a-z][\w'’-]*\s+){1,3}?)(?=(?:who|whose)\s)", words)  # a role may come without its article
    return (m.group(1).split(), words[m.end():]) if m else ([], words)


def _private_apposition(words: str) -> bool:
    """Whether an apposition after a name describes a private person, with no title, office, party
    or body among its words: one of a plural of people ('one of the stranded passengers'), or a
    clause of what they do, did or suffered that names no office ('who delivers bread from his van
    in Easthill', 'who lost his boat in the storm'; never 'who chairs the ferry board', 'who works
    for Marlow Shipping', "who sat on the council's panel", 'who represents the district')."""
    lay, words = _lay_description(" ".join(words.split()))
    clause = re.match(r"(?:who|whose(?=\s+(?:" + _RELATIONS + r")\b))\s+(.+)", words)
    if not (clause or _ONE_OF.fullmatch(words)):
        return False
    if clause and (_OFFICE_VERB.match(clause.group(1)) or lexicon().party_roles.search(" ".join([*lay, words]).casefold())):
        return False
    lex = _title_lexicon()
    if _clause_names_body(words) or lex.phrases.search(" ".join([*lay, words]).casefold()):
        return False
    # a body's word in a lay description is a trade's ('a crane operator', 'a council cleaner'), one
    # after a preposition of place is a place's ('who farms outside the town'); any other title is an office
    places = {m.start(1) for m in _PLACE.finditer(words)}
    if any(w in lex.words and w not in lex.bodies for w in lay):
        return False
    folded = ((m.start(), m.group(), m.group().casefold().strip(",.;:()'\"’“”")) for m in re.finditer(r"\S+", words))
    return not any(f in lex.words and (w[:1].isupper() or f not in _PARTY_NAMES) and not (at in places and f in lex.bodies)
                   for at, w, f in folded)


def _clause_names_body(words: str) -> bool:
    """Whether a clause after a name names a body (`_CLAUSE_BODY`: 'who works for Marlow Shipping', "who
    sat on the council's panel"), past the place a clause of work on the land or of a home gives after
    'at' or 'near' ('who grows cassava on three acres at Lunde Vale', 'who lives at Easthill':
    corroboration.json place_clause_verbs), when no title or body word is among its capitals."""
    text = " " + words + " "
    verb = re.match(r"\s*(?:who|whose)\s+(\S+)", text)
    place_verb = verb is not None and verb.group(1).casefold() in _PLACE_CLAUSE_VERBS
    for m in _CLAUSE_BODY.finditer(text):
        name = re.match(r"\s(?:at|near)\s+((?:[A-Z][\w'’-]*\s+)+)(?=[a-z\W]|$)", text[m.start():])
        if not (place_verb and name and m.group().split()[0] in ("at", "near")
                and not any(w.casefold() in _title_lexicon().words for w in name.group(1).split())):
            return True
    return False


_PLACE_CLAUSE_VERBS = frozenset(load_data("corroboration.json")["place_clause_verbs"])


def _personal(name: str, text: str) -> bool:
    """Whether `text` writes of the bearer of `name` as of a private person in a passage of its
    own, not of a body named like a person ('Tarrow Gold', 'Marlow Health') or of a public figure
    it names throughout: it names them in at most PRIVATE_MENTIONS places, and gives an age after
    the name ('Ines Marlow, 54,', 'Ines Marlow, 54.'), the surname after a courtesy title ('Ms Marlow') or alone
    before a verb ('Marlow said', 'Marlow was waiting'), or the name as a transcript's speaker label
    ('MARLOW:', 'INES MARLOW (CALLER):', 'INES MAREN MARLOW:'). `name` has two words or more, as `mark_untitled` gives it."""
    parts = name.split()
    last = re.escape(parts[-1])
    if not _named_briefly(name, text):
        return False
    full = r"\s+".join(re.escape(w) for w in parts)
    if re.search(full + r",\s+\d{1,3}(?:[,)]|\.(?!\d))", text) \
            or re.search(r"(?<!\w)(?:" + _COURTESY_ALTERNATION + r")\.?\s+" + last + r"(?!\w)", text) \
            or re.search(r"^[^\S\n]*(?:" + r"\s+".join(re.escape(w.upper()) for w in parts[:-1]) + r"\s+)?" + last.upper()
                         + r"(?:\s*\([^)\n]*\))?\s*:",
                         text, re.MULTILINE):
        return True
    plain = _title_lexicon().plain
    for m in re.finditer(r"(?<![\w'’-])" + last + r"\s+([a-z]+)", text):
        if m.group(1) in plain and not text[:m.start()].rstrip().endswith(parts[-2]):
            return True
    return False


PRIVATE_MENTIONS = 3  # a passer-by, a patient, a neighbour: quoted in a passage, not named throughout


def _named_briefly(name: str, text: str) -> bool:
    """Whether `text` names the bearer of `name` by surname in at most PRIVATE_MENTIONS places, as
    news quotes a private person in a passage of their own; a public figure it names throughout."""
    return len(re.findall(r"(?<![\w'’-])" + re.escape(name.split()[-1]) + r"(?![\w-])", text)) <= PRIVATE_MENTIONS


def _titled_in(name: str, text: str) -> bool:
    """Whether `text`, wherever it names the bearer of `name` (in full, or by surname), gives
    them a title, an office, a party or a body: in the words just before the name, or in an
    apposition after it (past an age) or what the sentence says they are ('Ines Marlow is the
    campaign's political director'); or names no one so (a name it never writes)."""
    parts = name.split()
    full = r"\s+".join(re.escape(w) for w in parts)
    found = False
    for m in re.finditer(r"(?<![\w'’-])(?:" + full + "|" + re.escape(parts[-1]) + r")(?![\w-])", text):
        found = True
        before = text[max(0, m.start() - 120):m.start()]
        words = _sentence_tail(before.split("\n")[-1].split())
        if words and _describes(words, adjacent=before.endswith(" ") and not words[-1].endswith(",")):
            return True
        after = _APPOSITION.match(text, m.end())
        if after and _describes(after.group(1).split(), adjacent=None) and not _private_apposition(after.group(1)):
            return True
        if _AFFILIATION.match(text, m.end()):
            return True  # 'Ines Marlow of the Harbour Board'
    return not found


def _alternation(key: str) -> str:
    """The words of titles.json's list `key` as a regex alternation, longest first."""
    return "|".join(re.escape(w) for w in sorted(load_data("titles.json")[key], key=len, reverse=True))


# what the text says of a named person after the name (titles.json apposition_verbs, articles,
# affiliation_prepositions, definite_articles): 'X, the port's director', 'X is the campaign's
# director', 'X of the Harbour Board'
_APPOSITION = re.compile(r"(?:,\s+(?:\d{1,3},\s+)?|\s+(?:" + _alternation("apposition_verbs") + r")\s+(?=(?:"
                         + _alternation("articles") + r")\s))([^,;:.!?\"“”()]{1,120})")
_AFFILIATION = re.compile(r"\s+(?:" + _alternation("affiliation_prepositions") + r")\s+(?:(?:"
                          + _alternation("definite_articles") + r")\s+)?[A-Z]")
_QUALIFIER_LINKS = frozenset(load_data("titles.json")["qualifier_links"])


def _sentence_tail(words: Sequence[str]) -> list[str]:
    """The last words (up to six) of `words` that belong to their last sentence: back to a word
    ending one ('stop.'), not an abbreviation ('Sen.', 'Lt.')."""
    lex = _title_lexicon()
    out: list[str] = []
    for w in reversed(words[-6:]):
        if w.endswith((".", "!", "?", ".”", '."')) and w.casefold() not in lex.abbreviations:
            break
        out.insert(0, w)
    return out


def _describes(words: Sequence[str], *, adjacent: bool | None) -> bool:
    """Whether words around a name describe its bearer as holding a title, office, party or
    body: a title, party or body word among them, a possessive ("Dorrance's solicitor"), or, for
    the words `adjacent` to the name, a last word in lower case that is no function word or
    reporting verb (the trade before a name: 'trainer Ines Marlow'). Before the name, only the
    words that qualify it count: back to a function word or a verb ('questions about Marlow's
    account' gives her nothing), past one comma (an apposition before it: 'the port's
    director, Ines Marlow')."""
    lex = _title_lexicon()
    folded = [w.casefold().strip(",;:()\"“”") for w in words]
    if adjacent is not None:
        run: list[str] = []
        commas = 0
        for w, f in zip(reversed(words), reversed(folded), strict=True):
            commas += w.endswith(",")
            if f in lex.plain and f not in _QUALIFIER_LINKS and not w[:1].isupper() or commas > 1:
                break
            run.insert(0, f)
        folded = run
        if not folded:
            return False
    if any(w in lex.words or w.endswith(("'s", "’s")) for w in folded):
        return True
    if lex.phrases.search(" ".join(folded)):
        return True
    last = words[-1] if words else ""
    return bool(adjacent) and last[:1].islower() and last.isalpha() and folded[-1] not in lex.plain


@dataclass(frozen=True)
class _Titles:
    words: frozenset[str]  # one word that gives a title, an office, a party or a body
    phrases: re.Pattern[str]  # titles of several words ('secretary of state')
    plain: frozenset[str]  # function words and reporting verbs, which describe no one
    abbreviations: frozenset[str]  # 'sen.', 'lt.': a full stop that ends no sentence
    bodies: frozenset[str] = frozenset()  # 'regulator', 'agency': the head noun of one body
    trades: frozenset[str] = frozenset()  # 'vendor', 'plumber': a lay occupation, no title or office


@functools.lru_cache(maxsize=1)
def _title_lexicon() -> _Titles:
    titles = load_data("titles.json")
    courtesy = {t.casefold() for t in titles["courtesy_titles"]} | {t.casefold() + "." for t in titles["courtesy_titles"]}
    single = {t.casefold() for t in titles["titles"] if " " not in t} - courtesy
    several = [t.casefold() for t in titles["titles"] if " " in t]
    heads = title_words("institution_heads")
    words = single | {p.casefold() for key in ("parties", "body_heads", "company_heads", "group_heads", "postnominals",
                                              "record_issuers") for p in titles[key] if " " not in p}
    words |= {h for h in heads if " " not in h}
    words |= {h.casefold() for h in titles["honorifics"]}
    words -= courtesy  # ('Ms' before a name is no title, though 'MS' after one is a degree)
    several += [p.casefold() for p in titles["parties"] if " " in p] + [h for h in heads if " " in h]
    verbs = {form for verb in load_data("cues.json")["verbs"] for form in verb["forms"] if " " not in form}
    return _Titles(frozenset(words), re.compile(r"(?<!\w)(?:" + "|".join(re.escape(p) for p in several) + r")(?!\w)"),
                   frozenset(verbs) | lexicon().stopwords,
                   frozenset(a.casefold() for key in ("abbreviations", "honorifics") for a in titles[key]),
                   frozenset(w.casefold() for key in ("body_heads", "company_heads", "record_issuers")
                             for w in titles[key] if " " not in w) | {h for h in heads if " " not in h},
                   frozenset(w.casefold() for w in titles["occupations"]) - words)


def mark_trailing_sources(claims: Sequence[ClaimRecord]) -> None:
    """Set `relayed_by` on a party's claim followed in its sentence by the words of a source that
    is no party ("Brandt shared the plan with the envoy, two officials said on Sunday, apparently
    ..."): what the party did or said reaches the reader through that source."""
    lex = lexicon()
    by_sentence: dict[tuple, list[ClaimRecord]] = defaultdict(list)
    for r in claims:
        if r.sentence is not None:
            by_sentence[r.sentence].append(r)
    for members in by_sentence.values():
        members.sort(key=lambda r: (r.start, r.end))
        for a, b in zip(members, members[1:], strict=False):
            if a.relayed_by or not is_party(a) or not b.speaker or is_party(b) or is_publisher(b) or b.start < a.end:
                continue
            if b.lead and lex.trailing_source.match(b.lead.casefold()) and not same_origin(a, b):
                a.relayed_by = label(b)


def mark_rebutted(claims: Sequence[ClaimRecord], text: str) -> None:
    """Set `rebutted_by` (the publisher) on the claims of an outlet the publisher argues against.

    The argument is a claim whose cue says what the outlet leaves out or glosses over ("The
    outlet completely glosses over the fact that"), or a sentence that opens so ("But they leave
    out a crucial point"). It answers the outlet's claim just before it, and every view of that
    outlet in the document (its opinions and positions); its facts stay as they were.
    """
    lex = lexicon()
    ordered = sorted((c for c in claims if c.speaker), key=lambda c: (c.end, c.start))
    points = [m.start() for m in lex.rebuttal_sentence.finditer(text)]
    # a cue says so only of an outlet ('The outlet glosses over'): 'the mayor ignored the report' argues nothing
    points += [c.start for c in ordered if c.speaker_kind == "media" and c.cue
               and lex.rebuttal_cue.search(c.cue.casefold())]
    answered: list[ClaimRecord] = []
    for point in sorted(points):
        before = [c for c in ordered if c.end <= point and not is_publisher(c)
                  and not (c.cue and lex.rebuttal_cue.search(c.cue.casefold()))]
        if before and before[-1].speaker_kind == "media" and stance_kind(before[-1]) is None:
            answered.append(before[-1])
    for target in answered:
        for c in claims:
            if c is target or (same_origin(c, target) and c.kind in ("opinion", "position")
                               and stance_kind(c) is None and not (c.cue and lex.rebuttal_cue.search(c.cue.casefold()))):
                c.rebutted_by = c.publisher or "the publisher"


def mark_rated(claims: Sequence[ClaimRecord], text: str) -> None:
    """Set `rated` on the claims of the paragraph a fact check sets apart as the claim it checks
    (its label alone on a line: 'The Claim', 'The Statement'), when the text rates a claim false
    ('Verdict: Mostly false', or 'The Verdict' alone on a line and a paragraph opening
    'Misleading.'): that rating disputes what it checks, whoever the claim's speaker came out as.
    A rating that is no falsehood ('Verdict: True') sets nothing. A page of several checks rates
    each by the rating in its own part, up to the next label; a page of one check by its rating
    wherever it stands ('Fact check: False' above the claim)."""
    lex = lexicon()
    labels = list(lex.checked_line.finditer(text))
    for i, label in enumerate(labels):
        part_end = labels[i + 1].start() if i + 1 < len(labels) else len(text)
        rating = lex.rating_line.search(text, label.end(), part_end) if len(labels) > 1 \
            else lex.rating_line.search(text)
        if rating is None:
            continue
        end = text.find("\n", label.end())
        end = len(text) if end < 0 else end
        for r in claims:
            if label.end() <= r.start < end and stance_kind(r) is None:
                r.rated = " ".join(rating.group(1).split())


def mark_corrected(claims: Sequence[ClaimRecord], text: str) -> None:
    """Set `corrected` on a statement of the publisher that tells what its own 'we' (a presenter's
    'I') said before ('Last week on this show we reported C'), after a correction label earlier in
    its paragraph ('One correction to end the hour.') or in its own sentence before a colon ('One
    correction first: on Tuesday I said C'): the publisher takes C back. Any other speaker's 'I'
    or 'we' after a label in its own words ('a correction: this morning I said C', a guest or a
    presenter named on air) takes back what that speaker said. The notice's words are its reason."""
    lex = lexicon()
    for r in claims:
        if r.sentence is None or not r.speaker:
            continue
        start = r.sentence[0]
        paragraph = text.rfind("\n", 0, start) + 1
        # (a notice earlier in the paragraph is the publisher's; another speaker's is in its own words)
        before = text[max(paragraph, start - 200):start] if is_publisher(r) else ""
        said = " ".join(f"{r.lead} {r.text}".casefold().split())
        for colon in (m.start() for m in re.finditer(": ", said[:_LABEL_CHARS + 2])):
            # a label in its own words ('VARNHOLT: One correction first: ...')
            label = said[:colon].rsplit(": ", 1)[-1]
            if lex.correction_label.search(label) and lex.correction_said.match(said[colon + 2:]):
                before, said = f"{before} {label}:", said[colon + 2:]
                break
        if lex.correction_label.search(before.casefold()) and lex.correction_said.match(said) \
                and not _gives_the_right_account(said):
            r.corrected = " ".join(before.split())[-120:]
    for fix in [r for r in claims if r.corrected and r.sentence is not None]:
        _correct_earlier(fix, claims, text)


def _gives_the_right_account(said: str) -> bool:
    """Whether a correction's words go on, after a semicolon, to the right account ('earlier I said
    C; the figure in the report is D'): a figure, and no word calling a statement an error, which the
    correction does not take back (the words up to the semicolon alone, where they are a claim of
    their own, are). '; that figure was wrong', '; I apologise for the error' give no account."""
    _, semicolon, rest = said.partition("; ")
    return bool(semicolon) and bool(_figures(rest)) and not _error_words().search(rest)


@functools.cache
def _error_words() -> re.Pattern[str]:
    """The words calling a statement an error ('wrong', 'not correct': cues.json
    denials.own_withdrawals.errors.words), searched for in folded words."""
    words = load_data("cues.json")["denials"]["own_withdrawals"]["errors"]["words"]
    return re.compile(r"(?<![\w'’])(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
                      + r")(?![\w'’])")


# a transcript's label: the capitalised name that opens a speaker's turn ('KARA VOSS, HOST:', 'VOSS:'),
# stripped of the spaces it ends in (possessive: a long run of spaces is read once, not once a space)
_TURN_LABEL = re.compile(r"([A-Z][A-Z'’. -]++)\s*+[,:]")


def _correct_earlier(fix: ClaimRecord, claims: Sequence[ClaimRecord], text: str) -> None:
    """Take back, with the correction `fix`, the earlier statements of the same voice that gave the
    figure it corrects ('earlier I said 310 berths were leased' after the host's 'The audit says 310
    berths were leased'): the publisher's, the same speaker's, or any said in a turn of a transcript
    that the correction's speaker opens with the same label."""
    figures = _figures(fix.text)
    if not figures or fix.sentence is None:
        return
    voice = _turn_of(text, fix.sentence[0])
    who = (fix.publisher or fix.speaker) if is_publisher(fix) else fix.speaker
    for r in claims:
        if r.corrected or r.sentence is None or r.sentence[0] >= fix.sentence[0] \
                or not figures & _figures(r.text):
            continue
        if (is_publisher(r) and is_publisher(fix)) or r.speaker == fix.speaker \
                or (voice and _turn_of(text, r.sentence[0]) == voice):
            r.corrected, r.corrected_by = fix.corrected, who or "the publisher"


def _figures(text: str) -> set[str]:
    """The figures a statement gives as a reader reads them (`matching.figures_of`: '$310 million' is
    '310,000,000', 'nine' is 9), but no year ('in 2024' dates a statement the correction may share it with)."""
    return set(figures_of(text))


def _turn_of(text: str, at: int) -> str:
    """The name of the label opening the paragraph that holds `at` ('KARA VOSS' of 'KARA VOSS, HOST:
    ...'), or '' when the paragraph opens with no label."""
    m = _TURN_LABEL.match(text, text.rfind("\n", 0, at) + 1)
    return m.group(1).strip() if m and len(m.group(1).split()) <= 4 else ""


def mark_body_near(claims: Sequence[ClaimRecord], text: str) -> None:
    """Set `body_near` on a claim of an unnamed spokesperson of no body named ('a spokeswoman
    said'): whether its sentence or the sentence before it names someone it can speak for (a
    capitalised word other than the spokesperson's own words and function words: 'Quayline
    Ferries disputed the figures. A spokeswoman said C', or '"C," a spokeswoman said' in the
    paragraph after one that ends naming the firm). 'The spokesman' refers back to one introduced
    before: left as it is."""
    lex = lexicon()
    for r in claims:
        speaker = " ".join((r.speaker or "").split())
        m = lex.spokesperson.match(speaker)
        if not m or m.group("after") or m.group("before") or r.sentence is None \
                or not re.search(r"(?<![\w'’])an?\s+" + re.escape(speaker.split()[-1]), f"{r.lead} {r.tail}", re.IGNORECASE):
            continue
        start, end = r.sentence
        before = text[:start].rstrip()
        cuts = [b.end() for b in _SENTENCE_END.finditer(before)]
        words = {w.casefold() for w in speaker.split()}
        r.body_near = any(w.casefold() not in lex.stopwords and w.casefold() not in words
                          for w in _CAPITALISED.findall(text, cuts[-1] if cuts else 0, end))


_SENTENCE_END = re.compile(r"[.!?][\"”’)]*\s+")
_CAPITALISED = re.compile(r"(?<![\w'’-])[A-Z][\w'’&-]*")
_LABEL_CHARS = 100  # 'VARNHOLT: One correction to an item we ran earlier': a notice's label and its colon


def pair_of(source: Any, target: Any) -> frozenset:
    """The unordered pair of two claim keys."""
    return frozenset((source, target))


def apply_rules(data: ClaimSet) -> ClaimSet:
    """Link the claims of one claim set to each other and fill in the status and reason of every
    claim that no reviewer has decided. Returns the same dict."""
    records = claimset_records(data)
    ordered = list(records.values())
    linked = {pair_of(lk["source"], lk["target"]) for lk in data.get("links", [])}
    data.setdefault("links", [])
    denials = lead_deniers(ordered)
    groups = similar_groups([r.text for r in ordered])
    pairs = claim_pairs(groups, record_of=ordered, limit=GROUP_PAIRS, hubs={y for _, y, _ in denials})
    judged = judge(ordered, pairs)
    # (a pair already linked is left to its link; the rules' own links go each way, as `recompute`
    # stores them: two figures that disagree contradict each other)
    for rel in stored_relations(relations(ordered, judged=judged, denials=denials)):
        if pair_of(rel.source, rel.target) in linked:
            continue
        data["links"].append({"source": str(rel.source), "target": str(rel.target), "relation": rel.relation,
                              "by": RULE, "reason": rel.reason})
    links = [LinkRow(lk["source"], lk["target"], lk["relation"], lk.get("by") or RULE, lk.get("reason"))
             for lk in data["links"]]
    still_openclaims = [c["id"] for c in data["claims"] if not c.get("reviewed_by")]
    clusters = cluster_ids((ordered[i].key, ordered[j].key) for i, j in same_pairs(ordered, judged))
    decided = decide_all(records, links, still_openclaims, clusters)
    for c in data["claims"]:
        if c["id"] in decided:
            c["status"], c["reason"] = decided[c["id"]]
    return data


def rule_status(
    claim: dict[str, Any],
    *,
    speakers: dict[str, dict],
    outlets: dict[str, dict],
    incoming: list[tuple[str, dict[str, Any]]],
) -> tuple[str, str]:
    """The status and reason the rules give one claim of a claim set, from its incoming links.

    `incoming` holds (relation, source claim) pairs of the links pointing at this claim.
    """
    claims = [claim] + [other for _, other in incoming if other is not claim]
    data = {"speakers": list(speakers.values()), "outlets": list(outlets.values()), "claims": claims}
    records = claimset_records(data)
    links = [LinkRow(other["id"], claim["id"], relation) for relation, other in incoming]
    return decide_all(records, links, [claim["id"]])[claim["id"]]


# --- clusters ----------------------------------------------------------------------------------

def same_thing(a: ClaimRecord, b: ClaimRecord) -> bool:
    """Whether a similar pair states the same thing, so that its claims share a cluster: not when
    one denies, declines to confirm or withdraws the other (that is a `contradicts`), nor when one is embedded
    in the other (the same words of one statement, not a second one)."""
    if stance_kind(a) or stance_kind(b):
        return False
    return not (a.doc == b.doc and a.version == b.version and a.start < b.end and b.start < a.end)


def stored_relations(found: Iterable[Any]) -> list[Any]:
    """The relations the rules keep as links: contradictions. Claims that state the same thing
    share a cluster instead of `corroborates` and `repeats` links between every two of them
    (those stay for reviewers to assert)."""
    return [rel for rel in found if rel.relation not in SYMMETRIC]


def same_pairs(records: Sequence[ClaimRecord], judged: Iterable[tuple[int, int, Any]]) -> list[tuple[int, int]]:
    """The pairs of `judge`d pairs that state the same thing (no conflict signal, `same_thing`)."""
    return [(i, j) for i, j, found in judged if not found.conflict and same_thing(records[i], records[j])]


def cluster_ids(edges: Iterable[tuple[Any, Any]]) -> dict[Any, int]:
    """claim key -> a number for its cluster: the connected groups of `edges` (`components`)."""
    return {key: n for n, group in enumerate(components(edges)) for key in group}


def components(edges: Iterable[tuple[Any, Any]], groups: Iterable[Iterable[Any]] = ()) -> list[set[Any]]:
    """The connected groups (of two or more) of claim keys joined by `edges` and by `groups` (sets
    already known to belong together), whatever order they come in.

    >>> sorted(sorted(c) for c in components([(1, 2), (3, 4), (2, 5)], [[4, 6]]))
    [[1, 2, 5], [3, 4, 6]]
    """
    parent: dict[Any, Any] = {}

    def find(x: Any) -> Any:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def join(a: Any, b: Any) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb, key=_order_key)] = min(ra, rb, key=_order_key)

    for a, b in edges:
        join(a, b)
    for group in groups:
        members = list(group)
        for other in members[1:]:
            join(members[0], other)
    out: dict[Any, set[Any]] = defaultdict(set)
    for x in list(parent):
        out[find(x)].add(x)
    return [c for c in out.values() if len(c) > 1]


def _order_key(key: Any) -> tuple[int, int, str]:
    return (0, key, "") if isinstance(key, int) else (1, 0, str(key))
