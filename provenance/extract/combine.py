"""Rules and model together: the model's attributions become frames beside the rules' own.

The rules read a sentence first; the model's attributions that the rules did not find (their
content overlaps no claim the rules gave to a speaker) become frames of the sentence that holds
their cue, so speakers, outlets, dates and kinds are resolved for them the way they are for the
rules' frames, and they replace the publisher's own statement they overlap. Where rules and model
disagree on a span, the rules win: they are the more precise.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import deque

from provenance.extract import model
from provenance.extract.attribution import Content, Frame
from provenance.extract.lexicon import fold, lexicon

_QUOTES = "\"“”‘’«»'"
_EDGE = " \t\n.,;:" + _QUOTES


class ModelFrames:
    """The model's attributions in one text, handed out sentence by sentence."""

    def __init__(self, text: str) -> None:
        self.text = text
        props = model.propose(text)
        self.props = sorted(props, key=_anchor)
        self.anchors = [_anchor(p) for p in self.props]
        # the last contents given out (rules' and model's): text order keeps overlaps among them
        self.taken: deque[tuple[int, int]] = deque(maxlen=64)

    def frames(self, start: int, end: int, taken: list[tuple[int, int]]) -> list[Frame]:
        """The model's frames for the sentence text[start:end] whose contents overlap none of
        `taken` (the contents the rules gave it) nor any content given out before."""
        self.taken.extend(taken)
        i = bisect_left(self.anchors, start)
        added: list[Frame] = []
        while i < len(self.props) and self.anchors[i] < end:
            frame = self._frame(self._within(self.props[i], end))
            i += 1
            if frame is not None:
                added.append(frame)
                self.taken.extend((c.start, c.end) for c in frame.contents)
        return added

    # what an added attribution needs (chosen on a held-out fifth of the training articles and the
    # seed's reviewed claims): a source when it has a cue, two words of content, quotation marks
    # when it has no cue (a quotation going on); without them the model's additions cost more
    # precision, and speakers, than they bring recall. Held out, two words instead of three: content
    # F1 0.681 -> 0.685, content+speaker 0.614 -> 0.620, speaker accuracy 0.882 unchanged; no source
    # needed: content F1 0.708 but speaker accuracy 0.837
    need_source = True
    min_words = 2

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

    def _frame(self, prop: model.Proposal) -> Frame | None:
        text = self.text
        if self.need_source and prop.cue is not None and prop.source is None or not prop.content:
            return None
        if prop.source is not None and fold(text[prop.source[0]:prop.source[1]]) in lexicon().relatives:
            return None  # 'who asked not to be named': an aside about a speaker, not a claim of 'who'
        contents = []
        for s, e in prop.content:
            while s < e and text[s] in _EDGE:
                s += 1
            while e > s and text[e - 1] in _EDGE:
                e -= 1
            if e - s < 2 or any(a < e and s < b for a, b in self.taken):
                continue
            quoted = (s > 0 and text[s - 1] in _QUOTES) or text[s:e].count("“") > 0
            if len(text[s:e].split()) < self.min_words or (prop.cue is None and not quoted):
                continue
            contents.append(Content(s, e, "direct" if quoted else "indirect"))
        if not contents:
            return None
        cue = cue_text = None
        if prop.cue is not None:
            cue_text = text[prop.cue[0]:prop.cue[1]]
            words = fold(cue_text).split()
            cue = next((c for c in lexicon().cues_by_first.get(words[0], []) if list(c.words) == words), None) \
                if words else None
        spans = [s for s in (prop.cue, prop.source) if s is not None]
        return Frame(cue, cue_text, prop.cue[0] if prop.cue else None, prop.cue[1] if prop.cue else None,
                     prop.source, contents, attribution_spans=spans)


def without_replaced(made: list, added: list) -> list:
    """The rules' claims of a sentence less the publisher's own statements (form 'unattributed')
    whose words are at least half in the contents of the claims the model added: the model's
    attribution replaces them ('Analysts estimate X': X is the analysts', not the publisher's).
    A publisher's statement with a short attributed phrase inside it stays."""
    spans = [(c.start, c.end) for c in added]

    def covered(c) -> bool:
        return 2 * sum(max(0, min(b, c.end) - max(a, c.start)) for a, b in spans) >= c.end - c.start

    return [c for c in made if c.form != "unattributed" or not covered(c)]


def _anchor(prop: model.Proposal) -> int:
    return prop.cue[0] if prop.cue is not None else prop.content[0][0]

