"""Rules and model together: the model's attributions become frames beside the rules' own.

The rules read a sentence first; the model's attributions that the rules did not find (their
content overlaps no claim the rules gave to a speaker) become frames of the sentence that holds
their cue, so speakers, outlets, dates and kinds are resolved for them the way they are for the
rules' frames, and they replace the publisher's own statement they overlap. Where rules and model
disagree on a span, the rules win: they are the more precise. A cue the model gives no source
speaks for its subject, read with the rules' noun phrases (attribution.subject_of); a passive cue
('X is expected to C') or one of appearance ('X seems to C') names no one.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import deque
from collections.abc import Iterable
from functools import lru_cache

from provenance.extract import model
from provenance.extract.attribution import (
    Content,
    Frame,
    credits_story,
    first_credit,
    notifies,
    phrase_at,
    subject_of,
    verb_shaped,
    work_head,
    writers_clause,
)
from provenance.extract.dates import find_dates
from provenance.extract.grammar import (
    _ADJUNCT_PREPS,
    _APPOSITIVE_OPENERS,
    _CREDIT_VERBS,
    _DETERMINERS,
    _LY_NOUNS,
    _NAMING_REFLEXIVES,
    _NOTIFY_VERBS,
    _OBJECT_PRONOUNS,
    _OPENING_SUBORDINATORS,
    _PARTICIPLE_ADJUNCT_LEADS,
    _PLACE_RELATIVES,
    _PRONOUNS,
    _QUANTIFIER_PRONOUNS,
    _RELATIVE_OPENERS,
    _SENTENCE_CONJUNCTIONS,
    _SUBORDINATOR_LEADS,
    _VERB_NEGATORS,
)
from provenance.extract.lexicon import Cue, alternation, anonymity_request, fold, grammar_words, lexicon
from provenance.extract.plausible import source_head
from provenance.extract.segment import Block, Sentence, Token, tokenize
from provenance.extract.speakers import analyse
from provenance.matching import digit_words, number_words

_QUOTES = "\"“”‘’«»'"
_EDGE = " \t\n.,;:" + _QUOTES
_QUOTATION = ('"', "“", "”", "«", "»", "‘", "''")  # marks that open or close a quotation, not an apostrophe
# a cue in the passive voice ('X is expected to', 'X was asked whether') or of appearance ('X seems
# to'): its subject is what is talked about, whoever expects, asks or judges goes unnamed (on the
# training articles 333 such attributions have no source, 126 their subject: 'X is worried')
_ADVERBS = r"(?:" + alternation("be_adverbs", first=r"\w+ly") + r"\s+)*"
_BE = alternation("be_forms") + r"\s+" + _ADVERBS
_PARTICIPLE = (alternation("passive_participles", first=r"\w+" + alternation("participle_endings")) + r"\b(?!\s+"
               + alternation("participle_complements") + r"\b)")
# 'has also been mentioned as', 'must be seen as', 'has seemed', 'often seems', 'isn't expected',
# 'reportedly': an auxiliary or a modal, then a passive, a verb of appearance (adverbs before it),
# or an adverb of hearsay alone. The adverbs before a verb of appearance and the contracted negations
# of 'be' (grammar.json), on two held-out folds of the training articles (train 1-300, 301-600, each
# scored with a model trained on the other 540): content+speaker F1 0.6493 -> 0.6498 and 0.6419 the
# same, speaker accuracy 0.9021 -> 0.9028 and 0.9122 the same; dev unchanged
_AUXILIARY = r"(?:(?:" + alternation("passive_auxiliaries") + "|" + alternation("modals") + r")\s+" + _ADVERBS + ")?"
# 'X does not seem to C', 'X didn't appear to C': a form of 'do' before a verb of appearance, as a modal would be
# (held out, folds A / B of PolNeAR train: speaker accuracy 0.9052 -> 0.9057 / 0.9235 the same, content+speaker F1
# 0.6884 -> 0.6888 / 0.6624 the same; on all training articles such cues name no one 3 times in 4)
_DO = r"(?:" + alternation("do_auxiliaries") + r"\s+" + _ADVERBS + ")?"
_PASSIVE = re.compile(_AUXILIARY + r"(?:" + _BE + _PARTICIPLE + r"|" + _DO + _ADVERBS + alternation("appearance_verbs") + r"\b|"
                      + alternation("hearsay_adverbs") + r"\W*$)", re.IGNORECASE)
_PARTICIPLE_RE = re.compile(_PARTICIPLE)
# 'Asked about the vote, X said C': a participle opening the sentence is passive, the asker unnamed
_OPENING_PARTICIPLE = re.compile(r"[\s\"“‘']*$")
_JOINED = re.compile(r"(?:[,;]|\band|\bbut)\s*$")
_BY = re.compile(r"\s*\bby\b")
# where a content the rules read ends when the model reads an attribution of its own at its tail:
# a comma, a dash, a semicolon or a conjunction before that attribution's source or cue (not 'but':
# 'X claimed C but officials said D' is as often one statement the officials dispute)
_TRAIL = re.compile(r"\s*(?:[,;:\u2014\u2013\u201d\"-]\s*|\b(?:and|while|whereas|although|though|as)\s+)+$", re.IGNORECASE)
# a cue that is a participle of the subject before it, no report ('and the fans reported to have rioted were few',
# 'and the members claimed by the club'): no attribution at the content's tail
_PARTICIPLE_AFTER = re.compile(r"\s+(?:by|to\s+(?:be|have))\b", re.IGNORECASE)
_BE_BEFORE = re.compile(r"\b" + _BE + r"$", re.IGNORECASE)
# but a cue naming a state of mind ('X is convinced C', 'voters are divided on C', 'she is assured
# of C') speaks for its subject: on a quarter of the training articles 11 attributions gained, none
# lost (an appearance before a verb, 'X seemed to imply C', is the writer's judgement as often as not)
_SUBJECT_HOLDS = re.compile(_AUXILIARY + _BE + alternation("state_participles") + r"\b", re.IGNORECASE)
# what a source the model found may open with that is no part of it: ', and political leaders'
_NAMED_AS = re.compile(r",?\s+\w+\s+(\w+)(?:\s+[A-Z][\w'-]*)+")
# names joined to a source by 'and' before it, opening a clause ('Ahead of the vote, Norland and | Vostria unveiled'):
# the model tags the last of two coordinated subjects alone, where the rules read both as the subject
_JOINED_BEFORE = re.compile(r"(?:^|[,;:\n][ \t]*|\b(?:the|The|But|And|but)[ \t]+)((?:[A-Z][\w'\u2019.&-]*[ \t]+(?:(?:of|for)[ \t]+)?)+)"
                            r"and[ \t]+$")
_SOURCE_OPENING = re.compile(r"(?:[\s,;:\u2014\u2013-]+|(?:and|or|but)\b)+", re.IGNORECASE)
_ARTICLES = frozenset({"a", "an", "the"})
# the words that join a participle to its sentence's verb ('X did A but insisting C', 'X said C before claiming D')
_PARTICIPLE_JOINS = frozenset({"after", "and", "before", "but", "by", "when", "while", "without"})
# the digits and thousands' commas of a figure before a place inside it ('34,' of '34,000')
_FIGURE_HEAD = re.compile(r"(?<![\d,])\d{1,3}(?:,\d\d\d)*,$")
# a request to go unnamed in a relative clause ('who asked not to be named', 'who asked Channel 9 not
# to use her name', 'who asked that we not use his name'): no statement, as the rules read it
_WHO_BEFORE = re.compile(r"\bwho\s+$", re.IGNORECASE)
# what lies between a content and the cue trailing it: the closing mark, then the speaker, no sentence's end
# ('," Ana Lind, the club's treasurer, ', ', she '; "''" as two apostrophes)
_TRAILED = re.compile(r"[\"\u201d\u2019']*,[\"\u201d\u2019']*\s+[^.!?;:\"\u201c\u201d]{0,80}$|[\"\u201d\u2019']+\s+[^.!?;:\"\u201c\u201d]{0,80}$")
# the words that open an adjunct right after a trailing cue ('said over the phone', 'said when asked')
_TRAIL_ADJUNCTS = _ADJUNCT_PREPS | {"when"}
# the words between a speaker's description and the verb of a relative clause about them (', who does not')
_WHO_CLAUSE = re.compile(r",?\s*who\s+(?:[a-z’']+\s+){0,2}")


# a sentence opening with a subordinate clause ('As the minister promised C, nurses staged D', 'Even as X insisted C,
# D'): its first words, perhaps a lead ('even', 'but') before the conjunction
_OPENING_WORDS = re.compile(r"[\s\"\u201c\u2018']*(\w+)(?:\s+(\w+))?")
# a comma that is no thousands' separator ('34,000')
_CLAUSE_COMMA = re.compile(r"(?<!\d),|,(?!\d)")

class ModelFrames:
    """The model's attributions in one text, handed out sentence by sentence."""

    def __init__(self, text: str, found: list[Block] | None = None) -> None:
        self.text = text
        props = model.propose(text, found)  # found: the text's blocks, when the caller has them
        self.props = sorted(props, key=_anchor)
        self.anchors = [_anchor(p) for p in self.props]
        # the last contents given out (rules' and model's): text order keeps overlaps among them
        self.taken: deque[tuple[int, int]] = deque(maxlen=64)
        self.speakers: list[tuple[int, int]] = []
        self.added: list[Frame] = []  # the frames given out for the sentence read last
        self.cues: list[tuple[int, int]] = []

    # a content keeps this many characters before an attribution at its tail cuts it
    min_head = 10

    def trailing(self, start: int, end: int) -> int | None:
        """Where the content the rules read at text[start:end] ends when the model reads an
        attribution of its own at its tail, after a comma or a conjunction ('C, adding that D';
        'C, and more than half said D'): the end of the words before that boundary, else None."""
        i = bisect_left(self.anchors, start)
        while i < len(self.props) and self.anchors[i] < end:
            prop = self.props[i]
            i += 1
            if prop.cue is None or not prop.content:
                continue
            at = min(prop.cue[0], prop.source[0]) if prop.source is not None else prop.cue[0]
            first = min(s for s, _ in prop.content)
            boundary = _TRAIL.search(self.text, max(start, at - 12), at)
            if start + self.min_head <= at and prop.cue[1] <= first < end and boundary is not None \
                    and boundary.end() == at and not _PARTICIPLE_AFTER.match(self.text, prop.cue[1]):
                return boundary.start()
        return None

    def frames(self, sent: Sentence, begin: int, taken: list[tuple[int, int]], dates=None,
               speakers: list[tuple[int, int]] | None = None, cues: list[tuple[int, int]] | None = None,
               silences: list[tuple[int, int]] | None = None) -> list[Frame]:
        """The model's frames for the sentence (its statement starting at offset `begin`) whose
        contents overlap none of `taken` (the contents the rules gave it) nor any content given
        out before, nor start inside one of `cues` (the words of the rules' cues in it: 'would neither
        confirm nor deny it' is one cue, no 'nor deny it' after 'would neither confirm'); `dates` are the
        sentence's date matches, `speakers` the words naming the speakers of the rules' claims in it; a frame whose
        cue lies in one of `silences` (the publisher's statements of a silence) reads the silence as a report."""
        self.taken.extend(taken)
        self.speakers = speakers or []
        self.cues = cues or []
        start, end = sent.start, sent.end
        i = bisect_left(self.anchors, start)
        added: list[Frame] = []
        self.added = added
        tokens: list[Token] | None = None
        while i < len(self.props) and self.anchors[i] < end:
            frame = self._frame(self._within(self.props[i], end))
            i += 1
            if frame is not None and frame.cue_start is not None and (self._requests_anonymity(frame, start, end) or any(
                    a <= frame.cue_start < b for a, b in silences or ())):
                continue  # (or 'did not respond to questions about' C: what X was asked, never what X said)
            if frame is not None and frame.cue_start is not None and any(a <= frame.cue_start < b for a, b in self.cues) \
                    and any(abs(c.start - a) <= 2 and c.end > b and _NEXT_ACT.match(self.text, b)
                            for c in frame.contents for a, b in taken):
                continue  # 'X said A and promised B': the rules' content of the same cue, run on into the next act
            if frame is not None and frame.cue_start is not None and frame.cue_text \
                    and _record_participle(self.text, frame.cue_start, frame.cue_text):
                continue  # 'The research, published in the journal X, used C': when a record came out, no report
            if frame is not None and frame.cue_text and frame.cue_start is not None \
                    and _negated_act(self.text, frame.cue_start, frame.cue_text, frame.contents):
                continue  # 'He did not provide evidence for the claim': what was not done, no report
            if frame is not None and any(2 * _overlap(self.speakers, c.start, c.end) >= c.end - c.start
                                         for c in frame.contents):
                continue  # 'Analysts at JPMorgan Chase & Co. wrote in a note that C': the rules' speaker, no content
            if frame is not None and frame.cue_start is not None and frame.cue_end is not None and any(
                    a <= frame.cue_start and frame.cue_end <= b for a, b in self.speakers):
                continue  # 'People briefed on the talks between A and B said C': a cue inside the rules' speaker's words
            if frame is not None and self._after_trailing_cue(frame, taken):
                continue  # '"C," Ana Lind said over the phone': how and when she said C, nothing more said
            if frame is not None and self._describes_speaker(frame):
                continue  # '"C," said Ana Lind, an analyst at X, who does not cover either company': her description
            if frame is not None and _credit_only(self.text, frame):
                continue  # 'Gazeta Sud first reported the case in March': who broke the story, nothing it said
            if frame is not None and frame.speaker is not None and _object_led(self.text[slice(*frame.speaker)]):
                continue  # 'Let me welcome Dr Ana Costa, ...': an object and its clause, no attribution
            junk = frame is not None and frame.speaker is not None and not self._source(frame)
            holds = frame is not None and frame.cue_start is not None \
                and _SUBJECT_HOLDS.match(self.text, frame.cue_start) is not None
            passive = frame is not None and frame.cue_start is not None and not holds and self._unnamed(frame, begin)
            if frame is not None and frame.speaker is not None and not junk and not passive:
                tokens = tokens if tokens is not None else tokenize(self.text, sent, dates)
                self._participle_subject(frame, sent, begin, tokens)
            if frame is not None and passive:
                tokens = tokens if tokens is not None else tokenize(self.text, sent, dates)
                frame = self._agent(frame, sent, begin, tokens)
            elif frame is not None and frame.cue_start is not None and frame.speaker is None:
                tokens = tokens if tokens is not None else tokenize(self.text, sent, dates)
                frame = self._subject(frame, sent, begin, tokens, unsourced=junk or holds)
            elif frame is not None and junk:
                frame.inherit = "nobody"
            frame = _told_before(self.text, frame) if frame is not None and not passive else frame
            if frame is not None and passive and self._agent_speaks(frame):
                continue  # 'The plan was praised by X, who said C': X's statement is C, the plan no content
            if frame is not None and passive and frame.speaker is None and _scheduled(self.text, frame):
                continue  # 'Final results are expected on Wednesday': when a thing is due, no one's statement
            if frame is not None:
                added.append(frame)
                self.taken.extend((c.start, c.end) for c in frame.contents)
        return added

    # what an added attribution needs (chosen on a held-out fifth of the training articles, a model
    # trained on the other four fifths, and the seed's reviewed claims): a source when it has a
    # cue (the model's, else the cue's subject as the rules read one, else none for a passive cue),
    # two words of content, quotation marks when it has no cue (a quotation going on). Held out,
    # reading the subject of the 429-odd cues the model gives no source: content F1 0.686 -> 0.701,
    # content+speaker 0.625 -> 0.634, speaker accuracy 0.891 -> 0.887; admitting those whose
    # subject is not found too: content F1 0.712 but content+speaker 0.620 (0.631 naming no one).
    # Rechecked on the held-out fifth after the rules read a quotation opening a clause to its end
    # (content F1 / content+speaker 0.728 / 0.674): 3 words 0.724 / 0.671, 1 word 0.729 / 0.674 at
    # speaker accuracy -0.001; `min_head` 5 or 20 the same. A content of the model's that holds a
    # quotation the rules read taking its place ('X says "A" because "B"') gained 0.001 before that
    # change of the rules, 0.000 / -0.001 after it. Tried again on a held-out fifth, with a stronger cue
    # nudge (B-Q 0.6, I-Q 0.3: 0.736 / 0.680, speaker accuracy 0.912): admitting the frames whose subject is
    # not found, naming no one, 0.742 / 0.672 at 0.895; a model source that cannot speak (_may_speak) dropped
    # 0.736 / 0.659 at 0.886, replaced by the cue's subject 0.724 / 0.669. With the shipped nudge (0.730 /
    # 0.676 at 0.913): the last speaker the rules read earlier in the sentence for a frame with no subject
    # 0.730 / 0.676 at 0.912; a rules content lengthened to the end of a model content that starts with it
    # 0.729 / 0.674.
    # Tried since (issue 14), inner attributions: each model content of 8 tokens or more with a cue word past
    # its first two tagged again as a paragraph of its own by the same model ('A says that B claims C': B ->
    # C), added beside the outer one where no content of the rules' (one not holding the inner cue) overlaps
    # it. Held out (0.731 / 0.677 at speaker accuracy 0.913 as shipped): all inner attributions with a cue
    # 0.736 / 0.670 at 0.878; with a source of the model's that is no pronoun 0.734 / 0.672 at 0.890 (dev
    # 0.749 / 0.696 at 0.904, the outer content also cut before the inner attribution); only lexicon cues
    # neither of a state of mind nor of a stance 0.732 / 0.676 at 0.909; the outer content dropped for the
    # inner 0.731 / 0.667. The outer model content only cut before an inner attribution after a comma or a
    # conjunction, none added: 0.731 / 0.678 at 0.913 but speech-cue recall 0.940 -> 0.939 (dev 0.7460 /
    # 0.7018, 7 claims changed held out), and the second decoding costs about 5% of extraction. Why: in
    # the PolNeAR training articles a gold content lies at least half in a longer one 4 times; of 282
    # held-out gold contents inside a claim more than twice as long, 44 have a gold attribution for that
    # claim (an outer layer): the long claims are mostly contents running on past their end, and an inner
    # claim inside a gold content is scored against it, with the outer speaker. Not shipped.
    # Where the wrong speakers are (issues 13, 14), held out (every 5th training article from the 1st, model
    # trained on the rest: 3691 claims matched, 313 speakers wrong): 187 are the rules' (of 2936), 126 the
    # model's (of 755). 144 of the 313 have their cue inside the gold content: PolNeAR marks one layer, so
    # 'X noted that Y tweeted C' is X's, and for 77 of them another claim already finds that gold with X.
    # Of the model's 126, 81 have no candidate that is right (its source, the cue's subject as the rules read
    # it, the rules' earlier speaker in the sentence, no one); its source and the subject disagree in 22
    # frames only (8 / 9 right), so a classifier choosing among them has little to win. A numpy logistic
    # regression over the added claims (cue words, lexicon class, path, mention shape, content length, the
    # tagger's emission margins) dropping those it scores under 0.25: content+speaker +0.0016 held out; the
    # margins alone as a threshold lose at every cut. Tried on two held-out fifths (A: every 5th from the
    # 1st, B: from the 3rd; content F1 / content+speaker / speaker accuracy / speech-cue recall as shipped
    # A 0.7322 / 0.6792 / 0.9152 / 0.9425, B 0.7035 / 0.6448 / 0.9135 / 0.9208; dev 0.7456 / 0.7024 /
    # 0.9319 / 0.9515): a rules content after its cue ended where the model's content from the same words
    # stops before a comma or a dash (not an aside closed by the same mark: 'C, presumably, D'), A 0.7332 /
    # 0.6814 / 0.9168 / 0.9440, B 0.7059 / 0.6474 / 0.9142 / 0.9224, but dev 0.7451 / 0.7013 / 0.9312 /
    # 0.9461 (dev's contents run on further); a content of the model's that ends before its cue dropped
    # for every frame with a cue, a passive's subject and one holding the speaker included, A 0.7330 /
    # 0.6801, B 0.7040 / 0.6454, dev 0.7448 / 0.7019. Not shipped.
    # Tried since (issue 14), on two held-out fifths (A: every 5th training article from the 1st, B: from the
    # 3rd, model trained on the rest; content F1 / content+speaker 0.7359 / 0.6782 and 0.7066 / 0.6501): a
    # content of one word admitted, A 0.7365 / 0.6786, B 0.7088 / 0.6516, but what it admits is a name or a
    # pronoun as often as a statement (PolNeAR marks the object of 'endorsed X' as a content: 'X'), 137 of
    # 247 in a gold content, and the seed gained a false claim of one word (claim F1 0.965 -> 0.957). Kept.
    # A content of the model's that overlaps contents given out before (the rules') by less than half admitted
    # beside them ('A, and B' where the rules read B alone): held out, A 0.7364 / 0.6787 -> 0.7388 / 0.6809, B
    # 0.7081 / 0.6512 -> 0.7097 / 0.6527, speaker accuracy -0.0005 / -0.0001; PolNeAR dev content F1 0.7489 ->
    # 0.7524, content+speaker 0.7063 -> 0.7100, speaker accuracy 0.9332 -> 0.9338, quoted 0.9119 -> 0.9183,
    # speech-cue 0.9515 -> 0.9542; seed unchanged; batches 11 and 5 found +1 each (anonymous, outlet +1), but
    # batch 5's claim came with a junk speaker (a bare group noun with an indefinite article named as a
    # speaker, not an anonymous description: the registry's naming, issue 13). Not shipped until it is.
    # Tried since (issue 14), folds A and B (train.py --holdout 5 --holdout-at 0 / 2; content F1 / content+speaker as
    # shipped at 0cab3ed A 0.7384 / 0.6805, B 0.7096 / 0.6526). Of the frames admitted, 0.65 / 0.61 have their content in a gold
    # content (half its characters); their speakers are right 0.85 / 0.84 with the model's source, 0.77 / 0.74 with
    # the cue's subject, 0.73 / 0.76 for a passive. A learned second stage, a logistic regression over every
    # candidate content (path, cue class, lexicon cue, quotation, length, place in the sentence, overlap with the
    # rules', and the tagger's marginals by forward-backward: content, cue and source probabilities), fitted on one
    # fold and applied to the other: dropping the admitted frames it scores low (ranking AUC 0.68 with the marginals,
    # 0.61 without) gains at most A 0.7386 / 0.6810, B 0.7101 / 0.6533 and nothing at other cuts (what it drops is
    # gold about as often as F1 / 2, the break-even); admitting the dropped candidates it scores high (no subject
    # found, one word, no cue and unquoted, told before) gains content F1 up to A 0.7491, B 0.7197 but loses
    # content+speaker at every cut (A 0.6699, B 0.6421 there): a quarter of their speakers are right. Speakers for
    # the frames whose subject is not found (A: 205, 106 in a gold content, 20 right naming no one): the rules'
    # earlier speaker in the sentence 24, the nearest capitalised name before the cue 26, the nearest pronoun 30, the
    # pronoun else the name 34 (many gold sources there are the relative pronoun itself, 'which', 'who'); admitted
    # with the last, A 0.7469 / 0.6748, B 0.7166 / 0.6465. A source of the model's whose mean source marginal is
    # under 0.6 read as the cue's subject where one is found: A 0.7392 / 0.6816, B 0.7092 / 0.6528; a model content
    # cut where its content marginal falls under 0.3 to 0.6: no gain on either fold. Not shipped.
    # Where rules+model lose recall (issue 14), folds A and B (train.py --holdout 5 --holdout-at 0 / 2, models trained
    # on the other four fifths at a8692d7; content P/R/F1 A 0.8736 / 0.6437 / 0.7413, B 0.8302 / 0.6249 / 0.7131,
    # content+speaker A 0.6856, B 0.6571). Of 4098 / 3943 gold contents, 1460 / 1479 are missed: the model alone finds
    # 246 / 240 of them but its frame is dropped here (no subject found 74 / 62, half or more in a content given out
    # before 59 / 54, no cue and no quotation 27 / 29, under two words 20 / 23, not offered as a frame's first content
    # 20 / 23, dropped after this by the document 12 / 16, told before its cue 7 / 10, the rest under 5 each); neither
    # finds the rest: no claim and no model content touches 715 / 705 of them (speech cues 6 / 14 of them: they are
    # PolNeAR's acts and attitudes, 'endorsed X', 'criticized Y'; 266 / 282 of three words or fewer, 107 / 121 with no
    # source), a claim lying mostly outside it touches 278 / 312 (A: 136 the rules' claims, 131 the model's; about
    # half one claim running over two gold contents, 'C1, and X wants C2'), claims inside it cover under half of it 80
    # / 68. So admitting all the model's contents that overlap no claim, with its own sources, reaches content recall
    # 0.686 / 0.670 (F1 0.7484 / 0.7220, content+speaker 0.6657 / 0.6402): no change here can bring content F1 near
    # 0.80; the tagger must find more. Screened on the same claims: a model content without quotation marks cut before
    # ', but' A 0.7420 / 0.6861, B 0.7132 / 0.6573 (18 claims each: gains on both, by under 0.001, but cuts 'not at A
    # but at B' as readily as 'A but now plans B'), before ', and', ', which', ', V-ing', ';' or '(' within 0.001
    # either way, before 'as', 'after', 'when' ... -0.003 / -0.004; split at a comma into two claims with one speaker
    # A 0.7566 / 0.6958, B 0.7206 / 0.6618, but 447 / 352 of the split claims were right whole and both halves lie in
    # the same gold (precision counts claims, so both halves of a right claim count: no statement gained); a rules
    # content ended where a model content inside it ends A 0.7381, B 0.7132; a model content's pieces in later
    # sentences given the speaker of the claim its first piece lies in A 0.7410, B 0.7127. Decoding biases on the same
    # fold models (train.py --score-only --bias; the shipped B-Q 0.4, I-Q 0.2, B-C 0.3 but where named): B-C 0.5 A
    # 0.7442 / 0.6877, B 0.7116 / 0.6544; B-C 0.4 A 0.7415 / 0.6857, B 0.7129 / 0.6568; I-C 0.05 A 0.7396 / 0.6833, B
    # 0.7103 / 0.6549; B-Q 0.5, I-Q 0.25 A 0.7437 / 0.6869, B 0.7134 / 0.6569. No bias gains on both folds; nothing
    # shipped.
    # The wrong speakers of the frames admitted here by cause (issue 13), folds A / B at 41b14ce (a frame's claim counted
    # the model's when rules alone give no claim of its content): matched 799 / 763, speakers wrong 128 / 136 (accuracy
    # 0.840 / 0.822; the rules' frames 0.923 / 0.953). Its cue inside the gold content, PolNeAR's outer layer ('X notes
    # that Y tweeted C' is X's) 46 / 38 (another claim finds that gold with its speaker 24 / 9); a cue of another clause
    # or sentence than the gold's 18 / 16; no one named for a passive, appearance or junk source where the gold names
    # someone 25 / 20 (of 77 / 62 passive frames naming no one 19 / 14 are wrong; appearance verbs 7 wrong to 21 / 22
    # right); someone named where the gold names no one 15 / 33; the model's source span wrong 14 / 16; no source of
    # the model's and the cue's subject wrong 7 / 12; a participle's subject 1 / 0. Where the model's source and the
    # cue's subject (`subject_of`) both exist they disagree in 7 / 15 frames: the model's right 4 / 7, the subject
    # 2 / 5, so no policy between them gains. A frame kept whoever speaks (a passive's, one whose model source is junk
    # words, 'and', 'raising', '-') whose subject `_may_speak` refused named no one, 12 of 13 wrongly where the source
    # was junk: a head of data/source_heads.json now speaks for it (`_may_speak`, kept). The rest is a long tail of
    # shapes (read one by one on both folds), none of them more than a few frames a fold.
    need_source = True
    min_words = 2

    def _after_trailing_cue(self, frame: Frame, taken: list[tuple[int, int]]) -> bool:
        """Does the frame give words after a cue of the rules' that trails the content the rules gave it ('"C,"
        Ana Lind said over the phone', 'C, she said after the vote'): the cue one of `cues`, a content in `taken`
        closed by a comma or a quotation mark before the cue's speaker, the frame's contents right after the cue,
        opening with an adjunct's preposition (grammar.json adjunct_preps) or 'when', or right after one, and
        holding no comma?"""
        if frame.cue_start is None:
            return False
        cue = next(((a, b) for a, b in self.cues if a <= frame.cue_start < b), None)
        if cue is None or any(c.start < cue[1] or "," in self.text[c.start:c.end] for c in frame.contents):
            return False  # ('C, the agency said in a report, and D': D goes on with what it said)
        first = min(c.start for c in frame.contents)
        between = self.text[cue[1]:first].split()  # (the model's cue may hold the preposition: 'said over')
        opener = _OPENING_WORDS.match(self.text, first)
        word = between[0] if len(between) == 1 else "" if between else opener.group(1) if opener is not None else ""
        if word.lower() not in _TRAIL_ADJUNCTS:
            return False  # ('"C," she said, talking about D', 'C, Lind said, and with D': more of what she said)
        return any(e <= cue[0] and _TRAILED.match(self.text, e, cue[0]) is not None for _s, e in taken)

    def _describes_speaker(self, frame: Frame) -> bool:
        """Is the frame a relative clause describing a speaker of the rules' ('Ana Lind, an analyst at X, who does not
        cover either company'): the words naming that speaker, then 'who' and at most two words before its cue, a
        cue outside the lexicon (a 'who has long argued that C' the rules read as a report)?"""
        if frame.cue_start is None or frame.cue_text is None or _known_cue(frame.cue_text):
            return False
        return any(e <= frame.cue_start and _WHO_CLAUSE.fullmatch(self.text, e, frame.cue_start) is not None
                   for _s, e in self.speakers)

    def _requests_anonymity(self, frame: Frame, start: int, end: int) -> bool:
        """Does the frame's cue open a relative clause asking not to be named ('a nurse, who asked that we
        not use her name, told me C', 'a spokesman, who declined to give his name, said C':
        lexicon.anonymity_request)? `start`, `end`: its sentence's."""
        assert frame.cue_start is not None and frame.cue_end is not None
        text = self.text
        return _WHO_BEFORE.search(text, max(start, frame.cue_start - 8), frame.cue_start) is not None \
            and anonymity_request(text, frame.cue_start, end, at=True) is not None

    def _unnamed(self, frame: Frame, begin: int) -> bool:
        """Is the frame's cue passive, of appearance or of hearsay, its source (if the model gave
        one) the cue's subject before it? `begin`: where the cue's sentence starts."""
        assert frame.cue_start is not None and frame.cue_end is not None
        if frame.speaker is not None and frame.speaker[0] >= frame.cue_start:
            return False  # 'X was seen as C, said Y': Y speaks
        text, start = self.text, frame.cue_start
        # (the participle is read in the cue's words alone, as a text of its own: nothing before them)
        return _PASSIVE.match(text, start, frame.cue_end) is not None or (
            _PARTICIPLE_RE.match(text[start:frame.cue_end]) is not None and (
            _BE_BEFORE.search(text, max(0, start - 30), start) is not None
            or _OPENING_PARTICIPLE.fullmatch(text, begin, start) is not None))

    def _agent_speaks(self, frame: Frame) -> bool:
        """Is a passive frame's content the agent itself ('was praised by the trust': 'by the trust'), or the
        passive's subject before its cue while the agent speaks in a claim of the rules in the sentence ('The
        plan was praised by X, who said C')?"""
        sp = frame.speaker
        if sp is None or frame.cue_start is None:
            return False
        if any(c.start < sp[1] and sp[0] < c.end for c in frame.contents):
            return True
        return all(c.end <= frame.cue_start for c in frame.contents) and any(
            a < sp[1] and sp[0] < b for a, b in self.speakers)

    def _agent(self, frame: Frame, sent: Sentence, begin: int, tokens: list[Token]) -> Frame:
        """A passive cue's frame: its speaker is the agent after 'by' ('X is seen by analysts as
        C'), else no one."""
        assert frame.cue_start is not None and frame.cue_end is not None
        text = self.text
        by = _BY.match(text, frame.cue_end) or _BY.search(text, frame.cue_start, frame.cue_end)
        agent = None
        if by is not None:
            at = by.end()
            while at < len(text) and text[at].isspace():
                at += 1
            first = next((k for k, tok in enumerate(tokens) if tok.start >= begin), len(tokens))
            agent = phrase_at(text, sent, tokens, first, at)
        if agent is not None and _may_speak(text[agent[0]:agent[1]], kept=True):
            frame.speaker, frame.inherit = agent, None
            frame.attribution_spans.append(agent)
        else:
            frame.speaker, frame.inherit = None, "nobody"
        return frame

    def _source(self, frame: Frame) -> bool:
        """Does the source the model gave the frame name someone? Its words less a comma or a
        conjunction it opens with ('and political leaders' is 'political leaders'); when what is
        left names no one (see `_names_no_one`) the frame loses its source (False)."""
        assert frame.speaker is not None
        text, given = self.text, frame.speaker
        opening = _SOURCE_OPENING.match(text, *given)
        start, end = opening.end() if opening is not None else given[0], given[1]
        start = _figure_start(text, start)
        joined = _JOINED_BEFORE.search(text, max(0, start - 80), start) if text[start:start + 1].isupper() else None
        if joined is not None and not any(c.start < start and c.end > joined.start(1) for c in frame.contents):
            start = joined.start(1)  # (not when the model read the words before the 'and' into its content)
        dates = find_dates(text, start, end)
        if dates and dates[-1].start > start and not text[dates[-1].end:end].strip():
            end = len(text[:dates[-1].start].rstrip(" ,"))  # 'A district court on Thursday': the court
        end = _head_before_cue(text, start, end, frame)
        named = _NAMED_AS.match(text, end)
        if named is not None and fold(named.group(1)) in _NAMING_REFLEXIVES:
            start, end = named.start(1), named.end()  # 'a group calling itself Blackwren': the name, as the rules read it
        frame.speaker = (start, end) if start < end and not _names_no_one(text[start:end]) else None
        frame.attribution_spans = [s for s in frame.attribution_spans if s != given]
        if frame.speaker is not None:
            frame.attribution_spans.append(frame.speaker)
        return frame.speaker is not None

    def _subject(self, frame: Frame, sent: Sentence, begin: int, tokens: list[Token], *,
                 unsourced: bool = False) -> Frame | None:
        """A frame whose cue the model gave no source: its speaker is the cue's subject, found as
        the rules find one ('Aides to X say C', 'X did A, noting C'); None (no frame) when no
        subject is found, or a frame naming no one when the model's source was `unsourced`
        (words naming no one) or the cue's subject holds what it says ('is convinced'): the
        content is still what it found, as for a passive cue."""
        assert frame.cue_start is not None and frame.cue_end is not None
        text = self.text
        at = next((k for k, tok in enumerate(tokens) if tok.start >= begin), len(tokens))
        first = all(c.end <= frame.cue_start for c in frame.contents)
        subject = subject_of(text, sent, tokens, at, (frame.cue_start, frame.cue_end), content_first=first)
        if subject is None and _JOINED.search(text, max(0, frame.cue_start - 6), frame.cue_start):
            # '"C," she said, referring to D', 'She says C and considers D': the subject of the
            # participle or the verb after 'and' speaks in the rules' frame before it
            subject = next((sp for sp in reversed(self.speakers) if sp[1] <= frame.cue_start), None)
        if unsourced and (subject is None or not _may_speak(text[subject[0]:subject[1]], kept=True)) \
                and _JOINED.search(text, max(0, frame.cue_start - 6), frame.cue_start):
            # 'For that she drew ire - he called her "weak" and said C', the model's source 'and': the verb after 'and'
            # speaks for the speaker of the model's own frame before it, when the rules gave none (held out, folds A / B:
            # speaker accuracy 0.9065 -> 0.9070 / 0.9238 -> 0.9241, content+speaker F1 0.6895 -> 0.6898 / 0.6626 -> 0.6629;
            # for every frame whose subject is not found, admitting them, B's speaker accuracy fell 0.9235 -> 0.9230)
            subject = next((f.speaker for f in reversed(self.added)
                            if f.speaker is not None and f.speaker[1] <= frame.cue_start), None)
        if subject is None and not self.need_source:
            frame.inherit = "nobody"
            return frame
        if subject is None or not _may_speak(text[subject[0]:subject[1]], kept=unsourced):
            if unsourced:
                frame.inherit = "nobody"
                return frame
            return None
        frame.speaker = subject
        frame.attribution_spans.append(subject)
        return frame

    def _participle_subject(self, frame: Frame, sent: Sentence, begin: int, tokens: list[Token]) -> None:
        """A frame whose cue is a participle after a comma or a joining word ('X endorsed Y at Z, Y's club,
        calling him C', '... before claiming C'): its speaker is the sentence's subject as the rules read it
        (`subject_of`), not the noun phrase the model took just before the participle. Held out (folds A and B
        of PolNeAR train, rules+model speaker accuracy / content+speaker F1, after the rules' joined
        participles in attribution.py): A 0.9049 / 0.6869 -> 0.9055 / 0.6871, B 0.9209 / 0.6586 -> 0.9212 /
        0.6589. Tried since, no change on either fold: the participle after an adverb or a dash too ('- essentially
        conceding C'); a relative pronoun the model gave as the source kept in the words naming the antecedent
        ('X, who' as the rules write them). A participle opening the sentence ('After thanking the crews, she said
        C', 'But while defending X, the director conceded C': `_opening_participle`) speaks for the subject after the
        adjunct too (`subject_of`), where the model gave no source or took the adjunct's first word for one: on all
        PolNeAR training articles (the shipped model is trained on them) speaker accuracy 0.9255 -> 0.9257,
        content+speaker F1 0.7666 -> 0.7676, content F1 0.8202 -> 0.8210; dev 0.9348 -> 0.9349, 0.7123 -> 0.7128,
        0.7544 -> 0.7549. ('Having announced C, the judge ...' is the rules' reading, which takes 'Having' for the
        subject: left.)"""
        assert frame.speaker is not None
        text, start, end = self.text, frame.cue_start, frame.cue_end
        if start is None or end is None or frame.speaker[0] > start:
            return
        if not _opening_participle(text, begin, start, end):
            if not (text[start:end].split() or [""])[0].lower().endswith("ing"):
                return
            before = text[max(begin, start - 12):start].rstrip()
            if not (before.endswith(",") or (before.split() or [""])[-1].lower() in _PARTICIPLE_JOINS):
                return
        at = next((k for k, tok in enumerate(tokens) if tok.start >= begin), len(tokens))
        subject = subject_of(text, sent, tokens, at, (start, end))
        if subject is not None and subject != frame.speaker and _may_speak(text[subject[0]:subject[1]], kept=True):
            frame.attribution_spans = [s for s in frame.attribution_spans if s != frame.speaker] + [subject]
            frame.speaker = subject

    def _within(self, prop: model.Proposal, end: int) -> model.Proposal:
        """The proposal's contents in this sentence (a content going on past it ends with it); the
        pieces that start in a later sentence wait for it, with the same source, so the rules
        read that sentence first."""
        here = [(s, min(e, end)) for s, e in prop.content if s < end]
        later = [(s, e) for s, e in prop.content if s >= end]
        if later:
            rest = model.Proposal(None, prop.source, later)
            at = bisect_left(self.anchors, later[0][0])
            self.anchors.insert(at, later[0][0])
            self.props.insert(at, rest)
        return model.Proposal(prop.cue, prop.source, here)

    def _reports_taken(self, s: int, e: int) -> bool:
        """Does text[s:e] hold a content given out before as the clause of a report it names ('did not
        confirm local media reports that C' where C is the rules' already)? Then it adds no statement."""
        text = self.text
        return any(s < a < e and (" " + fold(text[s:a], words_only=True)).endswith(" that") for a, _b in self.taken)

    def _split_by_rules(self, prop: model.Proposal, s: int, e: int) -> bool:
        """Does the content text[s:e] of the model's cue, a cue the rules read too, hold another cue of the rules'
        ('Ana Roe said C, and the inspectors told reporters D': the rules end her C where the inspectors' report
        begins, the model ran on through D)? Then the rules' reading of two reports stands."""
        own = tuple(prop.cue) if prop.cue is not None else None
        # (or the subject of another of the rules' reports: 'Ana Roe said C, and the league sued the city, saying D';
        # never the speaker of its own cue, next to it: 'C, she argued, "D"' keeps the model's C beside the rules' D)
        return own is not None and own in {tuple(c) for c in self.cues} and (
            any(s < a and b <= e and (a, b) != own for a, b in self.cues)  # (a content around its own cue stays)
            or any(s < a and b <= e and not (0 <= own[0] - b <= 3 or 0 <= a - own[1] <= 3) for a, b in self.speakers))

    def _frame(self, prop: model.Proposal) -> Frame | None:
        text = self.text
        if not prop.content:
            return None
        named = _name_out_of_cue(text, prop)
        if named is None or _about_a_figure(text, named):
            return None
        prop = named
        if prop.source is not None and fold(text[prop.source[0]:prop.source[1]]) in lexicon().relatives:
            # 'X, who has voiced concern over C': a relative pronoun is no speaker but points back at
            # one; the cue's subject as the rules read it (the antecedent) speaks. Held out (a fifth of
            # the training articles): content F1 +0.002, content+speaker +0.0015 against dropping them
            prop = model.Proposal(prop.cue, None, prop.content)
        contents = []
        for s, e in prop.content:
            while s < e and text[s] in _EDGE:
                s += 1
            while e > s and text[e - 1] in _EDGE:
                e -= 1
            if e - s < 2 or _overlap(self.taken, s, e) * 2 >= e - s or self._reports_taken(s, e) \
                    or any(a <= s < b for a, b in self.cues) or self._split_by_rules(prop, s, e):
                continue
            quoted = (s > 0 and text[s - 1] in _QUOTES) or (prop.cue is not None and "“" in text[s:e])
            e = e if quoted else writers_clause(text, s, e)  # ('C, while Y ...': the writer's, as for the rules' contents)
            if _overlap(self.taken, s, e) * 2 >= e - s:
                continue  # ('X said C, while D': cut before the writer's clause, the rules' C again, never a second claim)
            if len(text[s:e].split()) < self.min_words or (prop.cue is None and not quoted) \
                    or _says_nothing(fold(text[s:e], words_only=True).split()):
                continue  # 'declined to comment', 'did not respond to a request for comment': nothing said
            contents.append(Content(s, e, "direct" if quoted else "indirect"))
        if not contents:
            return None
        cue = cue_text = None
        if prop.cue is not None:
            cue_text = text[prop.cue[0]:prop.cue[1]]
            words = fold(cue_text).split()
            cue = next((c for c in lexicon().cues_by_first.get(words[0], []) if list(c.words) == words), None) \
                if words else None
            if _writes_a_work(cue or _lexicon_cue(cue_text), cue_text, [text[k.start:k.end] for k in contents]):
                return None  # 'Carl Dunne wrote a memo on the budget': what was written, not what it says
            if cue is not None and cue.quotes_speaker and not any(k.form == "direct" for k in contents) \
                    and all(_may_speak(text[k.start:k.end]) for k in contents):
                # 'citing a ministry spokesman': what follows is a source, no claim; but 'citing rising costs'
                # tells what was cited (held out, fifths A and B: of the frames this dropped whatever they
                # cited, 5 of 6 and 14 of 16 lay in a gold content; content F1 0.7359 -> 0.7363 and 0.7066 ->
                # 0.7083, content+speaker 0.6782 -> 0.6786 and 0.6501 -> 0.6513)
                return None
        spans = [s for s in (prop.cue, prop.source) if s is not None]
        return Frame(cue, cue_text, prop.cue[0] if prop.cue else None, prop.cue[1] if prop.cue else None,
                     prop.source, contents, attribution_spans=spans)


def _writes_a_work(cue: Cue | None, cue_text: str, contents: list[str]) -> bool:
    """Is every content of a 'work_object' cue (the model's cue text perhaps holding the work: 'wrote a book
    about' C) only a written work and what it is about?"""
    if cue is None or not cue.work_object:
        return False
    words = cue_text.split()
    verb = next((x for x, w in enumerate(words) if fold(w, words_only=True) == cue.words[-1]), len(words) - 1)
    rest = " ".join(words[verb + 1:])
    return all(_written_work((rest + " " + c).strip()) for c in contents)


def _written_work(content: str) -> bool:
    """Is the content only a written work and what it is about or where it ran ('a detailed memo on the budget',
    'the majority opinion'): one of lexicon.written_works within its first four words, after words in lower case
    (attribution.work_head, as the rules read their object), no quotation and no finite verb after it (one of
    lexicon.clause_words or a word attribution.verb_shaped reads as one)?"""
    lex = lexicon()
    if any(q in content for q in _QUOTATION):
        return False
    words = content.split()
    head = work_head([fold(w).strip(_EDGE) for w in words[:4]], [w[:1].islower() for w in words[:4]])
    return head is not None and not any(fold(w, words_only=True) in lex.clause_words or verb_shaped(w)
                                        for w in words[head + 1:])


def _opening_participle(text: str, begin: int, start: int, end: int) -> bool:
    """Does the cue text[start:end] open its sentence (its statement starting at `begin`) as a participle, after a
    conjunction and up to two words of grammar.json's participle_adjunct_leads ('After thanking the crowd, she
    ...', 'Having announced C, the judge ...', 'But while denouncing C, she ...')? Whatever the model took for
    its source before it is no speaker: the sentence's subject after the adjunct is."""
    words = [w.strip("\"\u201c\u2018'").lower() for w in text[begin:start].split()]
    words = words[1:] if words and words[0] in _SENTENCE_CONJUNCTIONS else words
    cue = (text[start:end].split() or [""])[0].lower()
    return len(words) <= 2 and all(w in _PARTICIPLE_ADJUNCT_LEADS for w in words) and (
        cue.endswith("ing") or words[-1:] == ["having"])


_DESCRIPTION_ENDS = frozenset("a an the his her its their our my your this that these those and or of for".split())
_HEAD_GAP = re.compile(r"[ \t]+([a-z][a-z-]+)(?:[ \t]+|$)")


# capitalised words ending where the model's cue starts, perhaps with an 'and' after them ('Ana | Costa', 'Norland and |
# Vostria'), and the capitalised words opening that cue
_NAME_BEFORE_CUE = re.compile(r"[A-Z][\w'\u2019.&-]*(?<!\.)(?:[ \t]+and)?[ \t]+$")
_CAPITALISED_RUN = re.compile(r"(?:[A-Z][\w'\u2019.&-]*(?:[ \t]+|$))+")


def _name_out_of_cue(text: str, prop: model.Proposal) -> model.Proposal | None:
    """The proposal less the capitalised words that open its cue right after a name (the model's source or not),
    when prose in lower case follows them: the model ends a name one word early and reads its last word as the
    cue ('Ana | Costa more favourably than ...'), or the second of two subjects as the cue's first word ('Norland
    and | Vostria unveiled a plan'). They go to the model's source when it is that name, else the cue's subject is
    read with them; after a possessive the noun it owns goes with them ("Tom Vane | Reyes's wife pleads for": his
    wife). None (no attribution) when what is left of the cue is no cue: no word ('Ana | Costa'), or one neither
    of the lexicon's cues nor a verb other than an auxiliary ('more favourably than', 'is a member of'). A headline's title case ('Vane | Takes On The'), a
    cue of the lexicon ('Vane | Says') and a date ('Lind | Sunday night recounted') are left as they are."""
    cue = prop.cue
    if cue is None or not text[cue[0]:cue[0] + 1].isupper() or prop.source is not None and prop.source[1] > cue[0]:
        return prop
    adjoining = _NAME_BEFORE_CUE.search(text, max(0, cue[0] - 40), cue[0])
    run = _CAPITALISED_RUN.match(text, cue[0], cue[1])
    if adjoining is None or run is None or prop.source is not None and adjoining.end() - prop.source[1] > 5 \
            or fold(text[cue[0]:run.end()].split()[0]) in lexicon().cues_by_first \
            or any(d.start == cue[0] for d in find_dates(text, *cue)):
        return prop
    end = run.end()
    if text[cue[0]:end].rstrip().endswith(("'s", "\u2019s")):
        owned = re.match(r"[a-z]+[ \t]+", text[end:cue[1]])
        end += owned.end() if owned is not None else 0
    after = re.match(r"[\s,]*(\S)", text[end:])
    if after is None or not after.group(1).islower() or _title_case(text, cue[0]):
        return prop  # (a title-case headline, or a name at the end of its sentence)
    rest = text[end:cue[1]].split()
    if not rest or not (_known_cue(" ".join(rest)) or rest[0].islower() and rest[0].endswith(("ed", "s"))
                        and rest[0] not in lexicon().auxiliaries):
        return None  # (nor 'is a signatory of': a verb of being or having tells no one's words)
    source = (prop.source[0], len(text[:end].rstrip())) if prop.source is not None else None
    return model.Proposal((end, cue[1]), source, prop.content)


def _title_case(text: str, at: int) -> bool:
    """Is the line at offset `at` a headline in title case, most of its longer words capitalised ('Rivals Of Ana
    Costa Unite in Support of Her Bid')?"""
    line = text[text.rfind("\n", 0, at) + 1:text.find("\n", at) % (len(text) + 1)]
    words = re.findall(r"[A-Za-z][\w'\u2019-]{3,}", line)
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.75 * len(words)


def _head_before_cue(text: str, start: int, end: int, frame: Frame) -> int:
    """Where a source the model cut one word short ends: the head noun of its description after a lower-case word,
    between it and the cue or opening the cue ("the state's water | authority warned": the authority
    warns). The cue then starts after it."""
    cue_start, cue_end = frame.cue_start, frame.cue_end
    words = text[start:end].split()
    if cue_start is None or cue_end is None or len(words) < 2 or not words[-1].isalpha() or not words[-1].islower() \
            or words[-1] in _DESCRIPTION_ENDS:
        return end
    gap = _HEAD_GAP.match(text, end, cue_end)
    if gap is None or not (gap.end() == cue_start or gap.start(1) == cue_start and gap.end() < cue_end):
        return end
    lex = lexicon()
    heads = (lex.institution_heads, lex.body_heads, lex.anonymous_heads, lex.group_heads, lex.occupations)
    rest = text[max(cue_start, gap.end()):cue_end].split()
    if not any(gap.group(1) in h for h in heads) or not rest or not (
            fold(rest[0]) in lex.cues_by_first or rest[0].islower() and rest[0].endswith(("ed", "s"))):
        return end
    frame.cue_start = max(cue_start, gap.end())
    frame.cue_text = text[frame.cue_start:cue_end]
    return gap.end(1)


def _figure_start(text: str, start: int) -> int:
    """Where a source that opens inside a figure starts: at the figure's first digit when the model's
    words begin after the comma of its thousands ('1,|200 residents', '34,|000 people': the model reads
    the comma as a boundary), else `start`."""
    if not text[start:start + 1].isdigit():
        return start
    head = _FIGURE_HEAD.search(text, max(0, start - 16), start)
    return head.start() if head is not None else start


def _known_cue(words: str) -> bool:
    """Do these words, a cue the model read, open with a cue of the lexicon (cues.json) whole, after
    the auxiliaries and adverbs before it ('said on Monday', 'has also warned')? ('timetables
    focused on', 'is widely regarded by' do not.)"""
    return _lexicon_cue(words) is not None


# the word after a schedule's participle ('are expected to rise', 'is expected that C': grammar.json's
# schedule_clause_openers make it a statement of what is expected)
_NEXT_WORD = re.compile(r"\s*([A-Za-z]+)")


def _scheduled(text: str, frame: Frame) -> bool:
    """Is the passive frame, whose agent goes unnamed, a thing's schedule ('Final results are expected on Wednesday',
    'The hearing is scheduled for May'): its participle one of grammar.json's schedule_participles, its content the
    subject before it, and no infinitive or clause after it ('are expected to rise' states what is expected)?"""
    if frame.cue_text is None or frame.cue_start is None or frame.cue_end is None or not frame.contents:
        return False
    words = fold(frame.cue_text, words_only=True).split()
    return bool(words) and words[-1] in grammar_words("schedule_participles") \
        and all(c.end <= frame.cue_start for c in frame.contents) and not (
            (after := _NEXT_WORD.match(text, frame.cue_end)) is not None
            and after.group(1).lower() in grammar_words("schedule_clause_openers"))


def _record_participle(text: str, at: int, words: str) -> bool:
    """Is the cue the model read at offset `at` a participle of how a record came out set off after its noun by a
    comma ('The research, published in the journal X, used C', 'The report, released on Monday, lists C': cues.json
    issued_verbs), which says when or where it appeared, not what it says?"""
    first = fold(words, words_only=True).split()[:1]
    return bool(first) and first[0] in lexicon().issued_verbs and text[max(0, at - 2):at].strip() == "," \
        and "," not in words  # (not 'posted on February 3, said': the participle's phrase, then the record's cue)


def _negated_act(text: str, at: int, words: str, contents: list) -> bool:
    """Are these words, a cue the model read at offset `at`, a negated verb the lexicon knows no cue of, with no
    infinitive as its content ('He did not provide evidence for the claim': 'the claim'): something not done, which
    reports nothing? ('did not confirm', 'would not say' are cues; a refusal to tell, 'would not elaborate on the
    terms', declines; an appearance or a plan, 'does not seem to favour C', takes an infinitive.)"""
    plain = words.replace("n't", " not").replace("n\u2019t", " not")  # ("didn't say" is 'did not say', a cue)
    if not any(w in _VERB_NEGATORS for w in fold(plain, words_only=True).split()[:3]) or _known_cue(plain):
        return False
    infinitive = any(text.startswith("to ", c.start) for c in contents)
    return not infinitive and lexicon().declined_telling.match(text, at) is None


def _lexicon_cue(words: str) -> Cue | None:
    """The cue of the lexicon these words open with (after auxiliaries), else None."""
    lex = lexicon()
    split = fold(words, words_only=True).split()
    k = 0
    while k < len(split) - 1 and split[k] in lex.auxiliaries:
        k += 1
    return next((c for c in lex.cues_by_first.get(split[k], ()) if tuple(split[k:k + len(c.words)]) == c.words),
                None) if split else None


def _credit_only(text: str, frame: Frame) -> bool:
    """Is the frame's cue a report verb that credits a story (grammar.json's credit_verbs) and its content only
    that story ('first reported the case in March'), or one that notifies and its content an event and the one
    notified ('reported deaths to the office')?"""
    cue = _lexicon_cue(frame.cue_text) if frame.cue_text and frame.contents else None
    if cue is None or cue.lemma not in _CREDIT_VERBS | _NOTIFY_VERBS:
        return False
    c = frame.contents[0]
    words = re.findall(r"[\w'’]+|[^\w\s]", text[c.start:c.end].lower())[:7]
    if cue.lemma in _CREDIT_VERBS and frame.cue_start is not None and first_credit(
            text, frame.cue_start, re.findall(r"[\w'’]+|[^\w\s]", text[c.start:c.start + 120].lower())):
        return True  # ('Gazeta Sud, which first reported the deaths, said C': the story credited, whatever its words)
    return cue.lemma in _CREDIT_VERBS and credits_story(words) or cue.lemma in _NOTIFY_VERBS and notifies(words)


def _plain_statement_cue(words: str | None) -> bool:
    """Is the cue a plain one of saying ('said', 'has also told', 'urged'): the lexicon's cue whole and nothing
    after it ('reported on' names a topic), no negation before it ('do not mention'), and none of a stance, a
    denial, a withdrawal, a refusal or silence, a belief, a verdict or a record's finding, whose sentence is the
    publisher's report of an act as well?"""
    cue = _lexicon_cue(words) if words else None
    split = fold(words or "", words_only=True).split()
    if cue is None or any(w in _VERB_NEGATORS or w.endswith("n't") for w in split) \
            or tuple(split[len(split) - len(cue.words):]) != cue.words:
        return False
    return not (cue.negation or cue.stance or cue.characterizes or cue.report_only or cue.silence or cue.mental
                or cue.figure_object or cue.evidence_subject or cue.hint == "contradiction")


def _overlap(spans: Iterable[tuple[int, int]], s: int, e: int) -> int:
    """How many characters of text[s:e] the spans cover, each span counted on its own: where taken spans
    overlap each other (a model content admitted beside the rules') the count only grows, so a content is
    dropped sooner, never later."""
    n = 0
    for a, b in spans:
        if a < e and s < b:
            n += min(b, e) - max(a, s)
    return n


def opening_clause_end(text: str, begin: int, cue: tuple[int, int], start: int, end: int) -> int | None:
    """Where a content that follows its cue ends when the cue stands in a subordinate clause opening its
    sentence (`begin`: where the sentence's statement starts): at the clause's first comma after the
    content starts, where the main clause, the writer's, begins ('As the minister promised new funding
    for clinics, nurses staged a walkout': the minister promised the funding, no walkout). None when the
    sentence opens otherwise, a comma comes before the content ('As X noted, C': C is the main clause), no
    comma ends the clause inside the content, or a quotation is open at it. Folds A and B of the training
    articles (train.py --holdout 5 --holdout-at 0 / 2, 15 and 20 claims cut): content F1 0.7413 -> 0.7421
    and 0.7132 -> 0.7151, content+speaker 0.6871 -> 0.6880 and 0.6589 -> 0.6613, speaker accuracy +0.0001
    and +0.0007."""
    if cue[1] > start or "," in text[begin:start]:
        return None
    words = _OPENING_WORDS.match(text, begin, cue[0])
    if words is None:
        return None
    first, second = fold(words.group(1)), fold(words.group(2) or "")
    if first not in _OPENING_SUBORDINATORS and not (first in _SUBORDINATOR_LEADS and second in _OPENING_SUBORDINATORS):
        return None
    comma = _clause_comma(text, start, end)
    if comma is None or comma - start < 3 or _quotation_open(text[start:comma]):
        return None
    return comma


def _clause_comma(text: str, start: int, end: int) -> int | None:
    """The first comma in text[start:end] that is not one of a pair around a relative clause or an
    appositive ('the plant, which opened in 1990, would close': grammar.json relative_openers,
    place_relatives, appositive_openers); None when there is none, or a pair is left open."""
    comma = _CLAUSE_COMMA.search(text, start, end)
    while comma is not None:
        after = _FIRST_WORD.match(text, comma.end(), end)
        if after is None or fold(after.group(1)) not in _PAIRED_OPENERS:
            return comma.start()
        closing = _CLAUSE_COMMA.search(text, after.end(), end)
        comma = _CLAUSE_COMMA.search(text, closing.end(), end) if closing is not None else None
    return None


_FIRST_WORD = re.compile(r"\s*([\w'’]+)")
_PAIRED_OPENERS = _RELATIVE_OPENERS | _PLACE_RELATIVES | _APPOSITIVE_OPENERS


def _quotation_open(words: str) -> bool:
    """Do these words open a quotation they do not close?"""
    return words.count('"') % 2 == 1 or words.count("\u201c") > words.count("\u201d") or words.count("''") % 2 == 1


def _told_before(text: str, frame: Frame) -> Frame | None:
    """The frame less its contents with no quotation mark that end before its cue or speaker ('C,
    X said' where the rules read no attribution): the rules read that shape (content precision 0.98 on the
    training articles), and what the model adds there is mostly a sentence of the writer's taken
    for the content of a cue after it ('D. Most voters favor E'; a passive cue's subject is not
    asked about here: 'X is named in reports as Y' tells of X). Held out (a fifth of the training
    articles), 59 claims fewer: content F1 +0.001, content+speaker +0.003, speaker accuracy +0.0026,
    speech-cue recall -0.0015; quoted content recall the same on the development articles."""
    starts = [at for at in (frame.cue_start, frame.speaker[0] if frame.speaker else None) if at is not None]
    teller = min(starts) if starts else None
    if teller is None:
        return frame
    frame.contents = [c for c in frame.contents
                      if c.end > teller or c.form == "direct" or any(q in text[c.start:c.end] for q in _QUOTATION)]
    return frame if frame.contents else None


# how far a plain report's cue may stand after its speaker's words (', has also ') and its content after the cue
# (' in a written reply to the Courier that '), in characters
_CUE_AFTER_SPEAKER, _CONTENT_AFTER_CUE = 16, 48


def without_replaced(made: list, added: list, text: str = "") -> list:
    """The rules' claims of a sentence less the publisher's own statements (form 'unattributed')
    whose words are at least half in the contents of the claims the model added: the model's
    attribution replaces them ('Analysts estimate X': X is the analysts', not the publisher's).
    So does a statement that holds the cue of an added claim, a lexicon cue of belief or plan, and
    whose words from that cue on are at least half that claim's content ('The minister fears the dam
    could fail': the minister's belief, not also the publisher's statement; no PolNeAR figure moves,
    as the publisher's statements are not scored there). So does a statement that is an added claim's plain
    report whole: its speaker's words, cue and content, in that order (`_attribution_inside`), and one that is an
    added refusal to tell whole ('X declined to discuss C', `_refuses_to_tell`). A publisher's
    statement with a short
    attributed phrase inside it stays, and so does one where the model's cue is no such cue ('X held
    talks with Y' is the seed's publisher's statement; with any lexicon cue, 'figures show a loss of
    C' or 'forecast growth of C', the constructed news batches lost two statements the judges keep
    as the publisher's)."""
    # only an attribution whose cue the lexicon knows (after auxiliaries and adverbs; or a quotation going
    # on, with none) replaces a statement: a cue the model guessed ('timetables focused on', 'is widely
    # regarded by') leaves the statement beside its claim. Found on a retrained model (issue 14, not shipped),
    # whose guessed cues in two of the seed's publisher's statements (a plural noun and a participle; a passive
    # with its agent) gave their claims a wrong speaker (speaker, anonymity and outlet 0.982 -> 0.945). With
    # the shipped model no PolNeAR figure moves (publisher's statements are not scored there) and the
    # constructed news batches gain (found / speaker / anonymous / outlet / status): batch 2 +2 each, batch 3
    # +1 each, batch 5 +2 / +1 / +2 / +2 / +2, batch 6 +1 each, batch 9 +2 / +1 / +1 / +2 / +1, none lost.
    # An older retrained model had made the seed lose a claim another way: a source of its own with a guessed
    # cue ('A and B had agreed on C': B, 'had agreed on') cut the rules' content at the 'and'
    # (ModelFrames.trailing); letting only a lexicon cue cut there kept the seed, but on two held-out fifths
    # of the training articles cost content F1 (-0.0005, -0.001 with the shipped model), so it was not kept.
    known = [c for c in added if not getattr(c, "cue", None) or _known_cue(c.cue)]
    spans = [(c.start, c.end) for c in known]
    cues = [(getattr(c, "cue_span", None), getattr(c, "cue", None), c) for c in added]
    told = [(span[0], c.start, c.end) for span, cue, c in cues if span is not None and span[1] <= c.start and _belief_cue(cue)]

    def covered(c) -> bool:
        return 2 * sum(max(0, min(b, c.end) - max(a, c.start)) for a, b in spans) >= c.end - c.start

    def tells(c) -> bool:
        # 'The minister fears the dam could fail': the cue inside the statement, its content the rest
        return any(c.start <= q and 2 * (min(b, c.end) - max(a, c.start)) >= c.end - q for q, a, b in told)

    def names_inside(c) -> bool:
        # 'Ana Lind, chair of the Tarn Valley Ports, Roads and Harbours Committee, said C': the statement is the
        # model's plain report whole, however long the words naming its speaker (news batches 1-19, speaker and
        # outlet +1 each, the rest and batches 20-25 unchanged; PolNeAR does not score publishers' statements)
        return any(_plain_statement_cue(getattr(a, "cue", None)) and _attribution_inside(a, c, text) for a in known) \
            or any(_refuses_to_tell(a, text) and _attribution_inside(a, c, text) for a in added)

    return [c for c in made if c.form != "unattributed" or not (covered(c) or tells(c) or names_inside(c))]


def _refuses_to_tell(added, text: str) -> bool:
    """Is the added claim a refusal to tell that no cue of the lexicon reads ('Petra Lumsden declined to discuss the
    contract': lexicon.declined_telling, read from its cue to its content's end), whose speaker's decline is all its
    sentence says, as the rules' 'refused to identify the buyer' is? ('declined to comment on a report' is the
    lexicon's cue, which the rules read as the publisher's.)"""
    span = getattr(added, "cue_span", None)
    if span is None or getattr(added, "stance", None) != "declines_to_confirm" or not text:
        return False
    words = text[span[0]:added.end]
    return lexicon().declined_telling.match(words) is not None and not _known_cue(words)


def _attribution_inside(added, c, text: str = "") -> bool:
    """Is a statement c the added claim's attribution whole, in the order of a plain report: its speaker's words
    opening it, the cue a few characters after them (a comma, an auxiliary, an adverb) or after an aside set off by
    commas ('A Western analyst who follows the conflict, speaking on condition of anonymity, said C'), the content
    after the cue (past an adjunct at most) and running to the statement's end ('Ana Lind, chair of the Tarn Ports,
    Roads and Harbours Committee, said she would write to the board')?"""
    who, cue = getattr(added, "speaker_span", None), getattr(added, "cue_span", None)
    if who is None or cue is None or getattr(added, "speaker", None) is not None \
            and added.speaker is getattr(c, "speaker", None):
        return False  # ('A report that C has set off calls for D': words the publisher's own again)
    near = 0 <= cue[0] - who[1] <= _CUE_AFTER_SPEAKER or who[1] <= cue[0] and _ASIDE.fullmatch(text, who[1], cue[0])
    return who[0] == c.start and bool(near) \
        and 0 <= added.start - cue[1] <= _CONTENT_AFTER_CUE and abs(c.end - added.end) <= 2


# the speaker's next act after a content: 'and' or 'but' and a verb in the past ('... and promised an inquiry'), never
# more of what was said ('... and that B', '... and "B"')
_NEXT_ACT = re.compile(r"[\s,]*(?:and|but)\s+(?:also\s+|later\s+|then\s+)?(?!that\b)[a-z]+ed\b")

# what may stand between a speaker's words and the cue of a plain report: a relative clause, then up to three
# asides, each set off by commas (no quotation, no clause break inside)
_ASIDE = re.compile(r"(?:\s+(?:who|which|whose)\b[^,;:\"\u201c\u201d]*)?(?:,[^,;:\"\u201c\u201d]+){1,3},\s*")


def _belief_cue(cue: str | None) -> bool:
    """Is the cue, as written, one of the lexicon's cues of belief or plan (cues.json, 'mental')?"""
    words = fold(cue).split() if cue else []
    return bool(words) and any(list(c.words) == words and c.mental for c in lexicon().cues_by_first.get(words[0], []))


@lru_cache(maxsize=1)
def _figure_opening() -> re.Pattern[str]:
    """A share a verb's 'about' may stand before as 'roughly' ('moves about a third of the grain', 'about half of'; an
    indefinite article or a number word below ten, matcher.json's, before one of grammar.json's fraction_words, or one
    of its share_words); never a number ('a prediction about 2016', and PolNeAR's training articles mark 'need to
    capture about 40 percent of the vote' as a belief)."""
    counts = [*grammar_words("indefinite_articles"), *digit_words()]
    return re.compile(r"[\s\"\u201c]*(?:(?:" + "|".join(re.escape(w) for w in counts) + r")[ \t-]+)?(?:"
                      + "|".join(re.escape(w) for w in grammar_words("fraction_words") + grammar_words("share_words"))
                      + r")\b[ \t]+of\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _rough_number() -> re.Pattern[str]:
    """A number after a preposition's 'about' ('ran out of oxygen for about six hours', 'at about 3 a.m.'): digits, an
    indefinite article or one of matcher.json's number words; there 'about' says 'roughly'."""
    words = [*grammar_words("indefinite_articles"), *number_words()]
    return re.compile(r"[\s\"\u201c]*(?:\d|(?:" + "|".join(re.escape(w) for w in words) + r")\b)", re.IGNORECASE)


def _about_a_figure(text: str, prop: model.Proposal) -> bool:
    """Is the model's cue a verb the lexicon does not know and 'about' before a figure ('The depot moves about a
    fifth of the grain'), or after a preposition before a number ('The clinic ran out of oxygen for about six
    hours')? There 'about' says 'roughly', no topic of speech: the verb is no cue, its subject no speaker ('spoke
    about a third of the budget' keeps its lexicon cue)."""
    if prop.cue is None or not prop.content:
        return False
    words = fold(text[prop.cue[0]:prop.cue[1]]).split()
    if words[-1:] != ["about"] or len(words) < 2 or _known_cue(" ".join(words[:-1])):
        return False
    first = min(s for s, _ in prop.content)
    return _figure_opening().match(text, prop.cue[1], first + 40) is not None \
        or words[-2] in grammar_words("rough_about_preps") and _rough_number().match(text, prop.cue[1], first + 40) is not None


def _names_no_one(words: str) -> bool:
    """Are these words, the source the model gave an attribution, one word that names no one: a
    word that opens no speaker's name ('together', 'Rather', 'by'), an article, an adverb or a
    participle ('An', 'egregiously', 'withering')? (A longer phrase opening with one of them
    may name someone: 'Even the senator', 'About four in 10'; 'His promises' are his.)"""
    split = words.split()
    if len(split) != 1:
        return False
    word = split[0].strip(",;:")
    low = fold(word)
    return low in lexicon().openers or low in _ARTICLES or (word.islower() and (
        (word.endswith("ly") and word not in _LY_NOUNS) or (word.endswith("ing") and word not in _QUANTIFIER_PRONOUNS)))


def _object_led(words: str) -> bool:
    """Do these words open with a pronoun that is only ever an object ('me bring in Dr Ana Costa',
    'them to the council'): a clause's words, never a subject's?"""
    first = fold(words.split(None, 1)[0]) if words.split() else ""
    return first in _OBJECT_PRONOUNS and first not in _PRONOUNS and first not in _DETERMINERS


def _may_speak(words: str, kept: bool = False) -> bool:
    """Can these words, a cue's subject, name who speaks: a pronoun, a name, or a description
    whose head is a person, group, institution, medium or document ('the aides', 'a poll'), not a
    thing or an event ('the pause in the strikes signaled C' is the writer's judgement), nor an
    adverb, a possessive or a clause ('Instead', "Clinton's", "It's")? For a frame `kept` whatever the answer (a
    passive's agent, the subject of a participle, of a cue whose model source names no one: it names no one or
    this subject) a head a source has in data/source_heads.json speaks too ('harbour pilots', 'residents'): held
    out, folds A / B of PolNeAR train, speaker accuracy 0.9059 -> 0.9065 / 0.9235 -> 0.9238, content+speaker F1
    0.6890 -> 0.6895 / 0.6624 -> 0.6626, content F1 the same; for every subject (frames admitted by it too) content
    F1 0.7431 -> 0.7427 / 0.7156 -> 0.7154."""
    lex = lexicon()
    first = words.split()[0] if words.split() else ""
    if not first or fold(first) in lex.openers or first in lex.not_names or words.endswith(("'s", "’s")) \
            or any(fold(w) in lex.clause_words for w in re.split(r"[\s'’]+", words)):
        return False
    mention = analyse(words, lex)
    sp = mention.speaker
    if mention.pronoun or (sp is not None and not sp.anonymous):
        return True
    head = sp.head if sp is not None else None
    return head is not None and (head in lex.anonymous_heads or head in lex.group_heads or head in lex.institution_heads
                                 or head in lex.media_heads or head in lex.issuer_nouns or head in lex.title_words
                                 or kept and source_head(head))


def _anchor(prop: model.Proposal) -> int:
    return prop.cue[0] if prop.cue is not None else prop.content[0][0]


def _says_nothing(words: list[str]) -> bool:
    """Is a content of these words empty ('to comment', 'a request for comment'), or a request
    about a topic ('a request for comment on the pressure test': the topic asked about, no
    statement)? Its empty words before the 'on' or 'about' must be at least three."""
    empty = lexicon().empty_contents
    if set(words) <= empty:
        return True
    k = next((x for x, w in enumerate(words) if w not in empty or w in ("on", "about")), len(words))
    return 3 <= k < len(words) and words[k] in ("on", "about")
