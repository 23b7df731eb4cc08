"""Train the attribution model from a corpus annotated like PolNeAR, and score it.

    python -m provenance.train --train PATH/train.jsonl [--dev PATH/dev.jsonl] [--output DIR]

One JSON object a line: `text` and `attributions`, each with `cue_frags`, `source_frags` and
`content_frags` as [start, end] character offsets. The same data gives the same files byte for
byte: documents are read in file order, features and word lists are sorted, and L-BFGS has no
random start. Word lists keep only words met in several documents, so no rare word (and no
sentence) of the corpus is stored.

The word classes the features read (cue verb, title, given name ...) are an input of their own,
frozen in provenance/data/model_word_classes.json and copied into the model: the lexicon may change
without shifting the model. `--refresh-classes` rebuilds that file from today's lexicon first.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from provenance.extract import model as crf
from provenance.model_version import model_version

CLASSES_FILE = "model_word_classes.json"
DATA_DIR = str(Path(__file__).parent / "data")
CLASSES_PATH = Path(DATA_DIR) / CLASSES_FILE

MIN_DOCS = 3          # a word is in the vocabulary when at least this many documents use it
MIN_SUFFIX = 50       # a suffix is a feature when this many tokens of unknown words end with it
MIN_CUE = 3           # a word is a cue word when annotated as (part of) a cue this often ...
CUE_SHARE = 0.15      # ... and in at least this share of its uses
# L1 and L2 penalties chosen on a held-out fifth of PolNeAR's training articles (trained on the rest):
# rules+model content F1 0.693 at c1 0.05 / c2 0.01, 0.707 at 0.2 / 0.05 (content+speaker 0.628 ->
# 0.642); richer features (words three either side, word pairs, place in the paragraph) moved it
# less than 0.005. Tried since, same held-out fifth (rules+model content F1 / content+speaker, 0.722 /
# 0.665 as shipped): a word's last two letters and the tokens left in its sentence 0.727 / 0.669, plus
# the neighbours' endings 0.728 / 0.668, plus cue words at 2 uses and 10% 0.726 / 0.666; BILOU labels
# 0.717 / 0.661 (and 13 labels slow Viterbi); 300 iterations 0.722 / 0.664. Trained on all of train,
# the endings model gained 0.002 on dev but lost quoted recall (0.904 -> 0.901) and two of the seed's
# speakers and three outlets to a made-up cue, so it was not shipped. A stronger L2 penalty, same held-out
# fifth (0.730 / 0.676, speaker accuracy 0.913, speech-cue recall 0.934 as shipped): c2 0.2 0.733 / 0.678 /
# 0.913 / 0.939, c2 0.5 0.733 / 0.679 / 0.915 / 0.940, c1 0.1 0.730 / 0.675; but trained on all of train,
# c2 0.2 lost on dev (content F1 0.7424 -> 0.7423, content+speaker 0.6971 -> 0.6957, quoted recall 0.907 ->
# 0.896) and the seed's speakers, outlets and a claim (F1 0.965 -> 0.957), so it was not shipped
PARAMS = {"c1": 0.2, "c2": 0.05, "max_iterations": 120, "feature.possible_transitions": True,
          "feature.minfreq": 2}
# what decoding adds to each label's score, shipped in the model file: the tagger alone is more
# precise than it finds (content P 0.82, R 0.58 held out), and a nudge towards cues and the start of a
# content finds more. Chosen on a held-out fifth of the training articles (model trained on the rest),
# rules+model content F1 0.706 -> 0.718, content+speaker 0.651 -> 0.659 (0.724 / 0.661 with 0.6 on
# B-Q and 0.4 on I-Q, but the constructed news articles then lose a publisher's statement to a
# made-up cue; a handicap on 'O' lengthens contents instead, 0.696). Tried since on the same held-out
# fifth (0.725 / 0.671, speaker accuracy 0.912 as shipped): every nudge that finds more trades speaker
# accuracy for it: sources (B-S 0.5, I-S 0.25) 0.737 / 0.674 at 0.904 (dev 0.749 / 0.698, speaker
# accuracy 0.928 -> 0.921), B-S 0.8 / I-S 0.4 0.739 / 0.676 at 0.905, all labels pushed 0.742 / 0.671 at
# 0.894; I-C 0.15 lengthens contents past their end (0.721), I-C -0.15 cuts them short (0.722). Again,
# same fifth (0.729 / 0.675 at 0.913): B-Q 0.6 / I-Q 0.3 0.736 / 0.680 at 0.912, but trained on all of train
# it lost on dev (content+speaker 0.6971 -> 0.6967, speaker accuracy 0.9287 -> 0.9246) and gave the seed a
# made-up cue ('is now seen by': speaker, anonymity and outlet under their floors), so it was not shipped
DECODE_BIAS = {"B-Q": 0.4, "I-Q": 0.2, "B-C": 0.3}
# Tried since, same held-out fifth (rules+model content F1 / content+speaker / speaker accuracy / speech-cue
# recall 0.731 / 0.676 / 0.913 / 0.939 as shipped). Stacking, the rules' own claims (rules alone on the same
# articles) as features: a token in a rules content (its first token apart), cue or source, the class of a
# rules content's cue word, the neighbours' of these, a publisher's statement, a sentence with a claim. The
# model alone gains (0.706 -> 0.727, content+speaker 0.545 -> 0.597) but rules+model does not: 0.729 / 0.670;
# less the last two features 0.731 / 0.674; cues and sources alone 0.728 / 0.673 (what it learns, the rules
# already find). A second, eager decoding (a nudge added on top of DECODE_BIAS) whose attributions stand in
# the sentences where the rules read none: B-C 0.35, B-S 0.3, I-S 0.15 0.740 / 0.682 / 0.910 / 0.940 (B-C 0.2,
# B-S 0.2, I-S 0.1 0.736 / 0.679; B-C alone 0.735 / 0.679; with cue nudges B-Q 0.3, I-Q 0.15, B-C 0.2, B-S
# 0.2, I-S 0.1 0.742 / 0.683 / 0.909; only eager cues the lexicon knows 0.733 / 0.678; only eager attributions
# with a source of the model's 0.732 / 0.678), but trained on all of train it gained little on dev (content
# F1 0.7443 -> 0.7495 / 0.7473 / 0.7513 with cue nudges, content+speaker 0.7000 -> 0.6998 each, speaker
# accuracy 0.9295 -> 0.9225 / 0.9258 / 0.9203), the cue nudges gave the seed a made-up cue again, and the
# constructed news batches lost an outlet and a status (batch 4) and stored one more non-claim (batch 3);
# eager attributions joining the model's own instead of replacing them 0.736 / 0.680 held out, dev 0.7463 /
# 0.6992, the same batch losses. Both decodings in one Viterbi pass cost 4% of extraction time. Not shipped.
# Proposals from the tagger's marginals (issue 14; forward-backward over each paragraph holding a cue word
# that Viterbi left O, each token then labelled with its likeliest role when that role's marginal passes a
# threshold, new attributions with a cue kept where no Viterbi content lies). Two held-out fifths (A: every
# 5th training article from the 1st, B: from the 3rd, model trained on the rest; content F1 / content+speaker
# / speaker accuracy as shipped A 0.734 / 0.681 / 0.916, B 0.704 / 0.646 / 0.914): content 0.3, cue 0.3
# A 0.737 / 0.680 / 0.911, B 0.705 / 0.644 / 0.910; content 0.5, cue 0.4 A 0.735 / 0.680, B 0.705 / 0.644;
# 0.25 / 0.25 (source 0.3) A 0.736 / 0.677. What they find is as often no gold as gold (on A, Viterbi-O tokens
# with a content marginal over 0.4: 2736 in a gold content, 3299 outside), and the speakers of the frames
# they add are wrong more often than the rules' (the eager decoding above, again); a plain loop cost a third
# of extraction time. Not shipped.
# Word classes refreshed from the lexicon (94 words moved: titles, institutions, and the first words of new
# cues, 'take', 'put', 'hit', 'read' ..., which join the cue words). The same folds with today's rules (A 0.735
# / 0.676 / 0.897, B 0.704 / 0.646 / 0.914 as shipped): A 0.739 / 0.677 / 0.895, B 0.704 / 0.648 / 0.917; trained
# on all of train, dev (evaluate.py) content F1 0.7462 -> 0.7473, content+speaker 0.7031 -> 0.7064, speaker
# accuracy 0.9324 -> 0.9347, quoted recall 0.9103 -> 0.9119, speech-cue 0.9515 -> 0.9555, but the seed's
# reviewed set lost a claim's speaker, anonymity and outlet to a made-up cue and gained a false claim (claim
# F1 0.965 -> 0.957). The same with the frozen cue, belief and phrase words kept (only titles, institutions
# and heads refreshed): the seed holds, but A 0.734 / 0.675, B 0.703 / 0.647. Features tried on fold A (slow
# path, no table): the lexicon classes of a word and each neighbour as pairs 0.736 / 0.682 / 0.915 (shipped
# 0.734 / 0.681 / 0.916 with the rules of then); the class of the nearest cue word either side with its
# distance 0.736 / 0.679 / 0.913. Not shipped.
# Tried since (issue 14), two held-out fifths (A: every 5th training article from the 1st, B: from the 3rd,
# model trained on the rest; content F1 / content+speaker / speaker accuracy / speech-cue recall, frozen
# classes as shipped before: A 0.7352 / 0.6763 / 0.8971 / 0.9425, B 0.7049 / 0.6465 / 0.9140 / 0.9224).
# lexicon_classes() gave class 'cue' to the first word of every cue, so a refresh made 'take' ('take issue
# with'), 'put', 'will', 'not' cue words; now the first word of a longer cue only is 'cue-part' and no cue
# word (an auxiliary stays 'aux'). That refresh alone: A 0.7358 / 0.6744, B 0.7046 / 0.6445 (with
# 'cue-part' words kept as cue words A 0.7373 / 0.6763, B 0.7016 / 0.6450); the old refresh A 0.7384 /
# 0.6765, B 0.7037 / 0.6483. With three kinds of feature on top (the first or second paragraph of the
# document, 'b=0' / 'b=1'; the classes of the words two away, '-2l=' / '+2l='; a cue word's neighbours'
# classes, 'Q-1l=' ...): A 0.7398 / 0.6781 / 0.8949 / 0.9455, B 0.7051 / 0.6486 / 0.9156 / 0.9224; the model
# alone A 0.704 -> 0.711, B 0.673 -> 0.680; headline attributions found on A 43 -> 49 of 93 (the model alone
# 47 -> 55). The quotation state and the nearest cue word's distance either side were features already.
# Trained on all of train (this refresh and these features), PolNeAR dev (evaluate.py) content F1 0.7465 ->
# 0.7493, content+speaker 0.7035 -> 0.7065, speaker accuracy 0.9325 -> 0.9331, speech-cue 0.9515 -> 0.9555,
# quoted 0.9103 the same; the seed held with combine.without_replaced's gate (0.965, speaker 0.982), but the
# constructed news batches did not: batch 7 found / speaker / anonymous / outlet / status 167 / 162 / 164 /
# 162 / 160 -> 166 / 159 / 163 / 159 / 157, batch 8 speaker and outlet -1, batch 9 anonymous -1, batch 1
# status -1, and five batches gained a junk speaker (batches 2-6 gained 1 to 2 on each figure). Not shipped;
# the word classes stay frozen as they were (model_word_classes.json).
# Other training algorithms of crfsuite (issue 14), the same word lists and features, folds A and B (--holdout 5
# --holdout-at 0 / 2; rules+model content F1 / content+speaker / speaker accuracy at 0cab3ed A 0.7384 / 0.6805 /
# 0.898, B 0.7096 / 0.6526 / 0.917; the model alone content F1 A 0.706, B 0.668): the averaged perceptron finds more
# contents alone (50 epochs A 0.721, B 0.702) but the frames it adds to the rules' are given a wrong speaker more
# often (fold A: with the model's source 0.81 right against 0.85), and rules+model trade content+speaker for content:
# 20 epochs A 0.7412 / 0.6727 / 0.885, B 0.7118 / 0.6458 / 0.902; 50 epochs A 0.7399 / 0.6730 / 0.887, B 0.7166 /
# 0.6479 / 0.899; with a nudge to sources (its weights are some fifty times L-BFGS's: B-S 20, I-S 10) A 0.7422 /
# 0.6714, B 0.7186 / 0.6481; against contents (B-C -20) A 0.7397 / 0.6732, B 0.7164 / 0.6494. Passive-aggressive (10
# epochs) A 0.7291 / 0.6414, B 0.6963 / 0.6095; AROW (10) A 0.6997 / 0.6056, B 0.6599 / 0.5741. Not shipped.

# Features tried since (issue 14), folds A and B (--holdout 5 --holdout-at 0 / 2) on main 5f2ba45's rules; rules+model
# content F1 / content+speaker / speaker accuracy as shipped A 0.739 / 0.681 / 0.899, B 0.710 / 0.653 / 0.917 (the
# model alone content F1 A 0.706, B 0.668). Distributional word classes learnt from the training text (word_clusters,
# --word-clusters: k-means at 16, 64 and 256 classes over reduced PPMI vectors of the neighbours; a word's three
# classes for itself and each neighbour one away, the middle one two away): A 0.7453 / 0.6826 / 0.8967, B 0.7116 /
# 0.6545 / 0.9172 (the model alone A 0.7140, B 0.6730); trained on all of train, PolNeAR dev (train.py's scorer)
# content P/R/F1 0.8620 / 0.6674 / 0.7524 -> 0.8549 / 0.6734 / 0.7533, content+speaker 0.7098 -> 0.7103, speaker
# accuracy 0.9332 -> 0.9334, speech-cue recall 0.9542 -> 0.9609 (the model alone 0.6942 -> 0.6960); but the seed
# lost a publisher's statement to a model cue read there ('had reached ...'): speaker 0.982 -> 0.964, anonymous
# 0.964 -> 0.946, outlet 0.982 -> 0.946, stated_on 0.982 -> 0.964. Not shipped; the option stays for a model
# whose combination keeps the seed. With clause-context features on top (a quotation closed before the token in
# its sentence or opened after it; a clause mark between it and the nearest cue word either side; its sentence
# opening with a cue word, before or after the first clause mark): A 0.7403 / 0.6808 / 0.8999, B 0.7088 / 0.6541 /
# 0.9200, dev 0.7564 / 0.7102 at speaker accuracy 0.9300: lost to the classes alone on both folds, not kept. BILOU
# labels lost before (0.717 against 0.722 on the held-out fifth of then) and were not tried again.

# Tried since (issue 14): a learned filter over an eager decoding's proposals. A second decoding in the same
# Viterbi pass (B-Q 0.6, I-Q 0.3, B-C 0.8, I-C 0.1, B-S 0.6, I-S 0.3 on top of DECODE_BIAS, in the paragraphs
# holding a cue word) proposes attributions whose contents overlap none of the first decoding's; each becomes
# a frame as combine.py makes them, and a logistic regression (numpy) over the frame keeps or drops it: the
# tagger's probabilities by forward-backward (content mean and least, cue and source mean), the content's
# emission margin over 'O', a lexicon cue, one of belief, the cue words' classes, how the speaker was found
# (the model's source, the cue's subject, a passive's agent), a pronoun, the speaker's words and capital,
# _may_speak, the content's length, quotation, place before the cue, gap after it and opening 'that', a rules
# claim in the sentence. Folds A and B (--holdout 5 --holdout-at 0 / 2): the eager frames, 609 / 676 (35% /
# 33% half in a gold content, 26% / 22% with the right speaker too), labelled the way score() counts, fitted
# on one fold's and judged on the other's, the threshold by five-fold cross-validation on the fold fitted:
# ranking AUC for content+speaker 0.65 / 0.68 (0.61 / 0.63 without the probabilities); content F1 /
# content+speaker / speaker accuracy A 0.7412 / 0.6856 / 0.903 -> 0.7458 / 0.6886 / 0.902, B 0.7131 / 0.6571 /
# 0.919 -> 0.7186 / 0.6590 / 0.915 (all eager frames kept: A 0.7431 / 0.6788, B 0.7095 / 0.6429; the milder
# B-C 0.35, B-S 0.3, I-S 0.15 gives some 120 frames a fold, too few to learn from). Fitted on both folds'
# frames and carried by the model trained on all of train, PolNeAR dev (evaluate.py) content P/R/F1 0.8622 /
# 0.6683 / 0.7530 -> 0.8460 / 0.6775 / 0.7524, content+speaker 0.7109 -> 0.7106, speaker accuracy 0.9338 ->
# 0.9341, speech-cue recall 0.9528 -> 0.9542; the fold models with their cross-fitted filters on dev (this
# scorer) A 0.7485 / 0.7025 -> 0.7510 / 0.7036, B 0.7487 / 0.7056 -> 0.7504 / 0.7055. What the filter keeps
# lies in a gold content about half the time, its speaker right four times in ten, too near the break-even (F1
# / 2: some 0.37 and 0.34) for its gain on the folds to carry; it cost 14% of extraction time (the
# probabilities, the frames judged), and the seed gained a false claim ('X reported on <date>': the date alone
# as a content) until such contents were dropped. Not shipped.

# Tried since (issue 14): cue heads learnt from the training articles, a nudge at decoding. A word is a cue head
# when it is the last word of a cue with a content at least 5 times and in at least 30% of its uses ('said',
# 'endorsed', 'tweeted', 'insisting': 271 words on all of train, all in the vocabulary; shipped in the model file
# as a list, the weights unchanged), and decoding adds 0.6 to its B-Q score. Folds A / B (--holdout 5 --holdout-at
# 0 / 2, each fold's own heads; rules+model content F1 / content+speaker / speaker accuracy / speech-cue recall at
# 00c525f A 0.7434 / 0.6905 / 0.9075 / 0.9462, B 0.7163 / 0.6639 / 0.9245 / 0.9312): A 0.7447 / 0.6917 / 0.9079 /
# 0.9484, B 0.7170 / 0.6644 / 0.9244 / 0.9320 (the model alone A 0.7055 -> 0.7088, B 0.6676 -> 0.6704); B-Q 1.0 A
# 0.7444 / 0.6910, B 0.7181 / 0.6645; heads at 50% of their uses (B-Q 0.6) A 0.7442 / 0.6914, B 0.7166 / 0.6645; only
# a head after a comma, 'and', 'but', ';' or a dash ('X did A, insisting C'), B-Q 1.0 or 2.0, A 0.7436 / 0.6905, B
# 0.7159 / 0.6636; every cue word of the model's (Meta.cues, 15% of uses), B-Q 0.3 A 0.7455 / 0.6917 / 0.9066, B
# 0.7167 / 0.6640 / 0.9240, B-Q 0.6 A 0.7476 / 0.6933, B 0.7172 / 0.6633 / 0.9226. Trained on all of train (heads
# at 30%, B-Q 0.6), PolNeAR dev (evaluate.py) content P/R/F1 0.8634 / 0.6706 / 0.7549 -> 0.8637 / 0.6711 / 0.7553,
# content+speaker 0.7128 -> 0.7125, speaker accuracy 0.9349 -> 0.9336, speech-cue recall 0.9528 the same; seed
# unchanged; news batches 20-29 gained (speaker 1709 -> 1713, anonymous 1769 -> 1771, outlet 1766 -> 1768, status
# 1624 -> 1625, stance 188 -> 189), but batches 1-19 lost two statements (found 3165 -> 3163, every column -2,
# batch 14): 'According to information obtained by OUTLET, the developer, COMPANY, warned the agency that C' became
# the outlet's 'COMPANY' and the outlet's 'the agency that C' (the nudged cue inside the content of 'according to'
# splits it). The gains on the folds are within a fold's noise (about 0.001). Not shipped.

def read(path: str) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _mark(labels: list[str], toks: list[tuple[int, int]], frags, role: str) -> bool:
    """Label the tokens under the fragments; False (and nothing labelled) when one is taken."""
    spans = []
    for s, e in frags:
        idx = [i for i, (a, b) in enumerate(toks) if a < e and b > s]
        if any(labels[i] != "O" for i in idx):
            return False
        spans.append(idx)
    for idx in spans:
        for n, i in enumerate(idx):
            labels[i] = ("B-" if n == 0 else "I-") + role
    return True


def gold_labels(doc: dict, start: int, end: int, toks: list[tuple[int, int]]) -> list[str]:
    """BIO labels of a paragraph: the outermost attributions (an attribution inside another's
    content is left out: one layer of labels)."""
    labels = ["O"] * len(toks)
    inside = [a for a in doc["attributions"] if a["content_frags"]
              and start <= a["content_span"][0] and a["content_span"][1] <= end]
    inside.sort(key=lambda a: (-(a["content_span"][1] - a["content_span"][0]), a["content_span"][0]))
    for a in inside:
        trial = list(labels)
        if not _mark(trial, toks, a["content_frags"], "C"):
            continue
        if a["cue_frags"] and all(start <= s and e <= end for s, e in a["cue_frags"]):
            if not _mark(trial, toks, a["cue_frags"], "Q"):
                continue
        if a["source_frags"] and all(start <= s and e <= end for s, e in a["source_frags"]):
            _mark(trial, toks, a["source_frags"], "S") or None
        labels[:] = trial
    return labels


def lexicon_classes() -> dict[str, list[str]]:
    """The class today's lexicon gives each single word (cue verb, verb of belief, title, given
    name ...), as sorted word lists by class: what `--refresh-classes` freezes for the model."""
    from provenance.extract.lexicon import lexicon

    lex = lexicon()
    classes: dict[str, str] = {}
    for words, name in ((lex.titles, "title"), (lex.anonymous_heads, "anon"), (lex.institution_heads, "inst"),
                        (lex.media_heads, "media"), (lex.evidence_nouns, "evid"), (lex.report_nouns, "rnoun"),
                        (lex.cue_nouns, "cnoun"), (lex.auxiliaries, "aux"), (lex.continuations, "cont")):
        for w in words:
            if " " not in w:
                classes.setdefault(w, name)
    for first, cues in lex.cues_by_first.items():
        # a word is a cue word when it is a cue alone ('said', 'believes'), or opens a cue phrase
        # whose speaker follows ('according to'); the first word of a longer cue only ('take' of
        # 'take issue with', 'will' of 'will not say') is a word of its own class, 'cue-part',
        # unless another class holds it (an auxiliary stays one)
        alone = [c for c in cues if len(c.words) == 1]
        if alone:
            classes[first] = "mental" if all(c.mental for c in alone) else "cue"
        elif any(c.phrase for c in cues):
            classes[first] = "phrase"
        else:
            classes.setdefault(first, "cue-part")
    for w in lex.female_names | lex.male_names:
        classes.setdefault(w, "given")
    grouped: dict[str, list[str]] = {}
    for w, name in classes.items():
        grouped.setdefault(name, []).append(w)
    return {name: sorted(grouped[name]) for name in sorted(grouped)}


CLASSES_DESCRIPTION = (
    "The word classes the attribution model's features read, frozen from the lexicon (cues.json, titles.json, "
    "given_names.json ...) so that editing the lexicon never shifts a trained model: `make train` reads this file "
    "and copies it into the model; `make train ... REFRESH=1` (python -m provenance.train --refresh-classes) "
    "rebuilds it from today's lexicon first. 'classes': class -> sorted lower-case words, each word in one class: "
    "'cue' a reporting verb (a cue of one word), 'mental' a verb of belief or intention, 'phrase' the first "
    "word of a cue phrase, 'cue-part' the first word of a longer cue only ('take' of 'take issue with'), "
    "'title' a title or role, 'anon' the head of an anonymous description, 'inst' of an "
    "institution, 'media' of a medium, 'evid' an evidence noun, 'rnoun' a report noun, 'cnoun' a cue noun, "
    "'aux' an auxiliary, 'cont' a continuation word, 'given' a given name.")


def read_classes(path: str | Path = CLASSES_PATH) -> dict[str, list[str]]:
    """The frozen word classes (class -> words) that training reads."""
    return json.loads(Path(path).read_text(encoding="utf-8"))["classes"]


def write_classes(classes: dict[str, list[str]], path: str | Path = CLASSES_PATH) -> None:
    doc = {"description": CLASSES_DESCRIPTION, "classes": classes}
    Path(path).write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def word_lists(docs: list[dict], classes: dict[str, list[str]]) -> dict:
    """Vocabulary, suffixes and cue words learned from the corpus (common words only), and the
    frozen word classes (class -> words)."""
    df: Counter[str] = Counter()
    cue_count: Counter[str] = Counter()
    count: Counter[str] = Counter()
    for doc in docs:
        text = doc["text"]
        words = [text[a:b].lower() for a, b in crf.tokens(text, 0, len(text))]
        count.update(words)
        df.update(set(words))
        for a in doc["attributions"]:
            for s, e in a["cue_frags"]:
                cue_count.update(text[x:y].lower() for x, y in crf.tokens(text, s, e))
    vocab = {w for w, n in df.items() if n >= MIN_DOCS}
    suffixes: Counter[str] = Counter()
    for w, n in count.items():
        if w not in vocab and len(w) > 3:
            suffixes[w[-3:]] += n
    cues = {w for w, n in cue_count.items() if n >= MIN_CUE and n >= CUE_SHARE * count[w] and w in vocab}
    cues |= {w for c in ("cue", "mental", "phrase") for w in classes.get(c, [])}
    return {"vocab": sorted(vocab), "suffixes": sorted(s for s, n in suffixes.items() if n >= MIN_SUFFIX),
            "cues": sorted(cues), "classes": {c: sorted(ws) for c, ws in sorted(classes.items())}}


# Distributional word classes learnt from the training text (unlabelled: words only): each word of the
# vocabulary used CLUSTER_MIN times is a vector of its neighbours (positive PMI with the CLUSTER_CONTEXTS
# commonest tokens one and two to the left, and to the right), reduced to CLUSTER_DIMS dimensions and grouped
# by k-means at each of CLUSTER_SIZES (fixed seeds: the same text gives the same classes). The model keeps a
# word -> class table of these common words, no text.
CLUSTER_SIZES = (16, 64, 256)
CLUSTER_MIN = 10
CLUSTER_CONTEXTS = 1000
CLUSTER_DIMS = 64


def word_clusters(docs: list[dict], vocab: list[str]) -> dict[str, list[int]]:
    """word -> its class at each of CLUSTER_SIZES, for the common words of the vocabulary."""
    import numpy as np

    paras = [[text[a:b].lower() for a, b in crf.tokens(text, s, e)]
             for text in (d["text"] for d in docs) for s, e in crf.paragraphs(text)]
    count = Counter(w for p in paras for w in p)
    known = set(vocab)
    targets = sorted(w for w in known if count[w] >= CLUSTER_MIN)
    contexts = [w for w, _ in sorted(count.items(), key=lambda x: (-x[1], x[0]))[:CLUSTER_CONTEXTS]]
    if len(targets) <= max(CLUSTER_SIZES):
        return {}
    m = _cooccurrence(np, paras, {w: i for i, w in enumerate(targets)}, {w: i for i, w in enumerate(contexts)})
    vectors = _reduce(np, _ppmi(np, m))
    ids = [_kmeans(np, vectors, k, seed) for seed, k in enumerate(CLUSTER_SIZES)]
    return {w: [int(c[i]) for c in ids] for i, w in enumerate(targets)}


def _cooccurrence(np, paras: list[list[str]], target: dict[str, int], context: dict[str, int]):
    """Counts of each target word's neighbours one and two tokens away (weight 1 and 0.5) in its
    paragraph: columns [left contexts | right contexts]."""
    n = len(context)
    t = np.array([target.get(w, -1) for p in paras for w in p] or [-1])
    c = np.array([context.get(w, -1) for p in paras for w in p] or [-1])
    para = np.repeat(np.arange(len(paras)), [len(p) for p in paras]) if paras else np.zeros(1, dtype=np.int64)
    cells, weights = [], []
    for d, weight in ((1, 1.0), (2, 0.5)):
        for tt, cc, side, same in ((t[d:], c[:-d], 0, para[d:] == para[:-d]),
                                   (t[:-d], c[d:], n, para[:-d] == para[d:])):
            ok = same & (tt >= 0) & (cc >= 0)
            cells.append(tt[ok] * 2 * n + side + cc[ok])
            weights.append(np.full(int(ok.sum()), weight))
    m = np.bincount(np.concatenate(cells), np.concatenate(weights), minlength=len(target) * 2 * n)
    return m.reshape(len(target), 2 * n)


def _ppmi(np, m):
    """Positive pointwise mutual information of word and context (the contexts' counts smoothed,
    power 0.75: rare contexts weigh less)."""
    rows = m.sum(1, keepdims=True)
    cols = m.sum(0, keepdims=True) ** 0.75
    with np.errstate(divide="ignore"):
        pmi = np.log(m * cols.sum() / np.maximum(rows * cols, 1e-12))
    return np.where(m > 0, np.maximum(pmi, 0.0), 0.0)


def _reduce(np, m):
    """Rows reduced to CLUSTER_DIMS dimensions (randomized SVD, fixed seed), of unit length."""
    rng = np.random.default_rng(0)
    q, _ = np.linalg.qr(m @ rng.standard_normal((m.shape[1], CLUSTER_DIMS + 16)))
    for _ in range(3):
        q, _ = np.linalg.qr(m @ (m.T @ q))
    u, s, _ = np.linalg.svd(q.T @ m, full_matrices=False)
    v = (q @ u[:, :CLUSTER_DIMS]) * np.sqrt(s[:CLUSTER_DIMS])
    v /= np.maximum(np.linalg.norm(v, axis=1, keepdims=True), 1e-12)
    return np.round(v, 6)


def _kmeans(np, x, k: int, seed: int, rounds: int = 40):
    """Cluster of each row (k-means++ start, fixed seed; cosine, the rows being of unit length)."""
    rng = np.random.default_rng(seed)
    centres = [int(rng.integers(len(x)))]
    near = 1.0 - x @ x[centres[0]]
    for _ in range(k - 1):
        p = np.maximum(near, 0.0) ** 2
        centres.append(int(rng.choice(len(x), p=p / p.sum())))
        near = np.minimum(near, 1.0 - x @ x[centres[-1]])
    c = x[centres]
    ids = np.zeros(len(x), dtype=np.int64)
    for _ in range(rounds):
        ids = (x @ c.T).argmax(1)
        sums = np.zeros_like(c)
        np.add.at(sums, ids, x)
        c = np.where(np.bincount(ids, minlength=k)[:, None] > 0, sums, c)
        c /= np.maximum(np.linalg.norm(c, axis=1, keepdims=True), 1e-12)
    return ids


def sequences(docs: list[dict], meta: crf.Meta):
    feats = crf.Featurizer(meta)
    for doc in docs:
        text = doc["text"]
        for start, end in crf.paragraphs(text):
            toks = crf.tokens(text, start, end)
            if toks:
                yield feats.sequence([text[a:b] for a, b in toks]), gold_labels(doc, start, end, toks)


def train(docs: list[dict], out_dir: str, params: dict | None = None, bias: dict | None = None,
          classes: dict[str, list[str]] | None = None, clusters: bool = False) -> crf.Model:
    """Fit the CRF on the documents; write the model and its version in out_dir. `classes`: the
    word classes (class -> words), by default the frozen ones (CLASSES_PATH); `clusters`: learn
    distributional word classes from the documents' text too (word_clusters; not in the shipped model)."""
    import pycrfsuite

    lists = word_lists(docs, read_classes() if classes is None else classes)
    if clusters:
        lists["clusters"] = word_clusters(docs, lists["vocab"])
    meta = crf.meta_from({"version": "training", **lists})
    trainer = pycrfsuite.Trainer(verbose=False)
    for xseq, yseq in sequences(docs, meta):
        trainer.append(xseq, yseq)
    trainer.set_params({**PARAMS, **(params or {})})
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "model.crfsuite")
        trainer.train(path)
        tagger = pycrfsuite.Tagger()
        tagger.open(path)
        info = tagger.info()
        tagger.close()
    raw = export(info, lists, DECODE_BIAS if bias is None else bias)
    os.makedirs(out_dir, exist_ok=True)
    Path(out_dir, crf.MODEL_NAME).write_text(json.dumps(raw, sort_keys=True, separators=(",", ":")) + "\n",
                                            encoding="utf-8")
    Path(out_dir, crf.VERSION_NAME).write_text(json.dumps({"version": raw["version"]}) + "\n", encoding="utf-8")
    model_version.cache_clear()  # the package's may be the one just written
    return crf.Model(raw)


def export(info, lists: dict, bias: dict) -> dict:
    """The trained weights as plain lists: labels, the label-to-label transition matrix, and one
    row of weights by label for each feature that kept a non-zero weight; the decoding bias."""
    labels = sorted(info.labels.keys() if isinstance(info.labels, dict) else info.labels)
    at = {lab: i for i, lab in enumerate(labels)}
    rows: dict[str, list[float]] = {}
    for (attr, lab), w in info.state_features.items():
        rows.setdefault(attr, [0.0] * len(labels))[at[lab]] = w
    attributes = sorted(a for a, ws in rows.items() if any(round(w, 4) for w in ws))
    weights = [round(w, 4) for a in attributes for w in rows[a]]
    transitions = [0.0] * (len(labels) ** 2)
    for (a, b), w in info.transitions.items():
        transitions[at[a] * len(labels) + at[b]] = round(w, 4)
    body = {"labels": labels, "transitions": transitions, "attributes": attributes, "weights": weights,
            "bias": {k: v for k, v in sorted(bias.items()) if v}, **lists}
    return {"version": version_of(body), **body}


def version_of(body: dict) -> str:
    """The generation (crf-2: PARAMS regularise more), then a digest of everything the model holds
    (the model file less its version)."""
    digest = hashlib.sha256(json.dumps(body, sort_keys=True).encode()).hexdigest()[:12]
    return f"crf-2.{digest}"


def _merge(iv):
    out: list[list[int]] = []
    for a, b in sorted(iv):
        if out and a <= out[-1][1]:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return out


def _overlap(frags_a, frags_b) -> int:
    return sum(max(0, min(y, b) - max(x, a)) for x, y in _merge(frags_a) for a, b in frags_b)


def _names(s: str | None) -> list[str]:
    import re

    titles = {"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "president", "the", "a", "an", "former",
              "secretary", "state", "senator", "governor", "prof", "gen", "lt", "col", "u.s"}
    toks = [t.strip(".'") for t in re.findall(r"[\w'.-]+", (s or "").casefold())]
    return [t for t in toks if t and t not in titles]


def _speaker_ok(p: dict, g: dict) -> bool:
    import difflib

    mention = p.get("source_span")
    if not g["has_source"]:
        return not mention and not (p.get("source") or "").strip()
    if mention and any(mention[0] < b and a < mention[1] for a, b in g["source_frags"]):
        return True
    pn, gn = _names(p.get("source")), _names(g["source"])
    if not pn or not gn:
        return False
    a, b = " ".join(pn), " ".join(gn)
    return pn[-1] == gn[-1] or a in b or b in a or difflib.SequenceMatcher(None, a, b).ratio() >= 0.8


def _assigned(d: dict, preds: list[dict]) -> tuple[list[dict], list[dict], dict[int, list[dict]]]:
    """(d's gold attributions with a content, the predictions counted: a content of a character or more not
    half inside a discarded region, and for each gold the predictions right for it: half their characters in
    its content, the gold they overlap most). How score() and --misses both read a document."""
    gold = [g for g in d["attributions"] if g["content_frags"]]
    kept = [p for p in preds if p["content_span"][1] > p["content_span"][0] and _overlap(
        [p["content_span"]], d.get("discard_spans") or []) * 2 < p["content_span"][1] - p["content_span"][0]]
    assigned: dict[int, list[dict]] = {j: [] for j in range(len(gold))}
    for p in kept if gold else ():
        pf = [p["content_span"]]
        j = max(range(len(gold)), key=lambda k: _overlap(pf, gold[k]["content_frags"]))
        if _overlap(pf, gold[j]["content_frags"]) * 2 >= pf[0][1] - pf[0][0]:
            assigned[j].append(p)
    return gold, kept, assigned


def _covers(preds: list[dict], g: dict) -> bool:
    """Whether the predictions together cover half of g's content (a gold attribution found)."""
    return _overlap([p["content_span"] for p in preds], g["content_frags"]) * 2 >= sum(
        b - a for a, b in g["content_frags"]) > 0


def _doc_counts(d: dict, preds: list[dict], c: Counter) -> None:
    gold, kept, assigned = _assigned(d, preds)
    c["gold"] += len(gold)
    c["pred"] += len(kept)
    for j, g in enumerate(gold):
        right = [p for p in assigned[j] if _speaker_ok(p, g)]
        c["p_c"] += len(assigned[j])
        c["p_cs"] += len(right)
        speech = g["cue"].lower() in SPEECH_CUES
        for found, k in ((assigned[j], "r_c"), (right, "r_cs")):
            hit = _covers(found, g)
            c[k] += hit
            if speech:
                c["speech_" + k] += hit
        c["speech"] += speech


SPEECH_CUES = {"said", "says", "say", "told", "tells", "according to", "added", "wrote", "writes",
               "stated", "asked", "noted", "explained", "argued", "claimed", "insisted", "saying"}


def score(docs: list[dict], preds: list[list[dict]]) -> dict:
    """Content and content+speaker P/R/F1 the way the PolNeAR evaluation counts them: a claim is
    right when half its characters lie in one gold content; a gold attribution is found when its
    right claims cover half of it."""
    c: Counter[str] = Counter()
    for d, p in zip(docs, preds, strict=True):
        _doc_counts(d, p, c)

    def prf(hit_p: int, hit_r: int) -> dict:
        p, r = hit_p / max(1, c["pred"]), hit_r / max(1, c["gold"])
        return {"P": round(p, 4), "R": round(r, 4), "F1": round(2 * p * r / (p + r), 4) if p + r else 0.0}

    return {"gold": c["gold"], "predicted": c["pred"], "content": prf(c["p_c"], c["r_c"]),
            "content+speaker": prf(c["p_cs"], c["r_cs"]),
            "speaker_accuracy": round(c["p_cs"] / max(1, c["p_c"]), 4),
            "speech_cue_recall": round(c["speech_r_c"] / max(1, c["speech"]), 4)}


# The shapes of what rules+model miss (--misses; issue 14). Folds A / B (--holdout 5 --holdout-at 0 / 2) at main
# 4921617, gold 4098 / 3943, missed 1453 / 1469: never proposed, no claim and no model content touching the gold,
# 716 / 706 (449 / 424 of four words or more; their cues: a verb outside the lexicon, 'voted', 'backed', 301 /
# 330, a cue led by an auxiliary or a modal, 'has pledged', 'would support', 238 / 197, a noun, 'a plan', 51 / 38,
# a participle 34 / 40, a plain lexicon verb 92 / 101); the model alone finds it, combine.py or the document drops
# it 243 / 238 (no subject found 82 / 70, half in a content given out before 57 / 53, frames dropped after
# ModelFrames.frames 46 / 55, no cue unquoted 27 / 31, under two words 20 / 26); a model content touches it but
# covers under half 138 / 151; boundaries 352 / 371 (a claim running over it and another gold 157 / 166, a claim
# too long 108 / 133, claims inside it too short 87 / 72). By cue: outside the lexicon 745 of 1083
# / 801 of 1140 missed, speech cues 74 of 1377 / 87 of 1251. The tagger must propose more; no rule over its
# proposals reaches the bulk.
MISS_SHAPES = ("rules alone found it, rules+model lost it", "the model alone found it, rules+model dropped it",
               "never proposed: a model content covers part of it", "never proposed: nothing touches it",
               "boundary: a claim runs over it and another gold content", "boundary: a claim too long, mostly outside it",
               "boundary: claims inside it too short")


def _found(d: dict, preds: list[dict]) -> list[tuple[bool, list[list[int]]]]:
    """For each gold content of d: found as score() counts it, and the predicted contents (not discarded) touching it."""
    gold, kept, assigned = _assigned(d, preds)
    return [(_covers(assigned[j], g), [p["content_span"] for p in kept if _overlap([p["content_span"]], g["content_frags"])])
            for j, g in enumerate(gold)]


def missed(docs: list[dict], both: list[list[dict]], rules: list[list[dict]], alone: list[list[dict]]) -> Counter:
    """The gold contents rules+model miss, by shape (MISS_SHAPES), from the predictions of rules+model, of the rules
    alone and of the model alone."""
    out: Counter[str] = Counter()
    for d, pb, pr, pm in zip(docs, both, rules, alone, strict=True):
        gold = [g for g in d["attributions"] if g["content_frags"]]
        for g, (hit, touch), (by_rules, _), (by_model, near) in zip(gold, _found(d, pb), _found(d, pr), _found(d, pm),
                                                                     strict=True):
            if hit:
                continue
            inside = [s for s in touch if _overlap([s], g["content_frags"]) * 2 >= s[1] - s[0]]
            others = [h for h in gold if h is not g and any(_overlap([s], h["content_frags"]) for s in touch)]
            shape = (MISS_SHAPES[0] if by_rules else MISS_SHAPES[1] if by_model
                     else MISS_SHAPES[6] if inside else MISS_SHAPES[4] if touch and others
                     else MISS_SHAPES[5] if touch else MISS_SHAPES[2] if near else MISS_SHAPES[3])
            out[shape] += 1
    return out


def model_predictions(m: crf.Model, doc: dict) -> list[dict]:
    text = doc["text"]
    return [{"content_span": list(span), "source_span": list(p.source) if p.source else None,
             "source": text[p.source[0]:p.source[1]] if p.source else None}
            for p in m.propose(text) for span in p.content]


def extractor_predictions(doc: dict, use_model: bool) -> list[dict]:
    from provenance.extract import extract_claimset

    cs = extract_claimset(doc["text"], slug="doc", use_model=use_model)
    speakers = {s["id"]: s["name"] for s in cs.get("speakers", [])}
    out = []
    for cl in cs["claims"]:
        if cl.get("form") == "unattributed":
            continue
        mention = [cl["speaker_start"], cl["speaker_end"]] if cl.get("speaker_start") is not None else None
        out.append({"content_span": [cl["start"], cl["end"]], "source": speakers.get(cl.get("speaker") or ""),
                    "source_span": mention})
    return out


def fold(docs: list[dict], n: int, at: int = 0) -> tuple[list[dict], list[dict]]:
    """The articles to train on and those held out: every nth article from the one at `at` (0-based)
    is held out. Fold A of the figures in the comments is (5, 0), fold B (5, 2)."""
    if n < 2 or not 0 <= at < n:
        raise ValueError(f"a fold needs n >= 2 and 0 <= at < n, not n={n}, at={at}")
    return [d for i, d in enumerate(docs) if i % n != at], [d for i, d in enumerate(docs) if i % n == at]


def _report(name: str, result: dict) -> None:
    print(f"{name:12} content P/R/F1 {result['content']['P']:.4f}/{result['content']['R']:.4f}/"
          f"{result['content']['F1']:.4f}  content+speaker F1 {result['content+speaker']['F1']:.4f}  "
          f"speaker accuracy {result['speaker_accuracy']:.4f}  speech-cue recall {result['speech_cue_recall']:.4f}")


def _note_stale(classes: dict[str, list[str]]) -> None:
    """Say how many words the lexicon now classes otherwise than the frozen classes do."""
    frozen = {w: c for c, ws in classes.items() for w in ws}
    today = {w: c for c, ws in lexicon_classes().items() for w in ws}
    moved = sorted(w for w in frozen.keys() | today.keys() if frozen.get(w) != today.get(w))
    if moved:
        print(f"the lexicon classes {len(moved)} words otherwise than the frozen word classes "
              f"({', '.join(moved[:8])}{' ...' if len(moved) > 8 else ''}); --refresh-classes takes them",
              file=sys.stderr)


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--train", help="annotated articles, one JSON object a line")
    ap.add_argument("--dev", help="articles to score the model on (never trained on)")
    ap.add_argument("--output", default=None, help="where the model goes (default: the package's data, or with "
                    "--holdout a temporary directory)")
    ap.add_argument("--holdout", type=int, default=0, help="score on every Nth training article, trained on the rest")
    ap.add_argument("--holdout-at", type=int, default=0, help="with --holdout N, hold out the articles whose place in "
                    "the file (from 0) is this modulo N: another fold (the comments' fold A is 0, fold B 2)")
    ap.add_argument("--param", action="append", default=[], help="a CRF parameter, NAME=VALUE")
    ap.add_argument("--ablation", action="store_true", help="also score rules only and the model only")
    ap.add_argument("--bias", action="append", default=None, help="decode with LABEL=VALUE added to a label's "
                    "score (instead of DECODE_BIAS; with --score-only, instead of the model's own)")
    ap.add_argument("--classes", default=str(CLASSES_PATH), help="the frozen word classes the features read")
    ap.add_argument("--refresh-classes", action="store_true", help="first rebuild the --classes file from "
                    "today's lexicon (cues.json, titles.json ...); without it lexicon edits do not change the model")
    ap.add_argument("--word-clusters", action="store_true", help="also learn distributional word classes from the "
                    "training text as features (gains on held-out folds, not shipped: see the comments)")
    ap.add_argument("--score-only", action="store_true", help="train nothing: score the model in --output on --dev")
    ap.add_argument("--misses", action="store_true", help="also count the gold contents rules+model miss, by shape")
    return ap


def main(argv: list[str] | None = None) -> int:
    a = _parser().parse_args(argv)
    if not a.score_only and not a.train:
        _parser().error("give --train PATH (or --score-only with --dev PATH)")
    if a.refresh_classes:
        write_classes(lexicon_classes(), a.classes)
    classes = read_classes(a.classes)
    _note_stale(classes)
    if (a.holdout or a.holdout_at) and not (a.holdout >= 2 and 0 <= a.holdout_at < a.holdout):
        _parser().error("--holdout N needs N >= 2, and --holdout-at R needs --holdout N with 0 <= R < N")
    params = {k: float(v) if "." in v or "e" in v else int(v) for k, v in (p.split("=", 1) for p in a.param)}
    docs = read(a.train) if a.train else []
    dev = read(a.dev) if a.dev else []
    if a.holdout:
        docs, dev = fold(docs, a.holdout, a.holdout_at)
    with tempfile.TemporaryDirectory() as tmp:
        # a model trained on a fold is for scoring: it goes to --output only when one is named, never
        # over the shipped model
        out = a.output or (tmp if a.holdout and not a.score_only else DATA_DIR)
        return _run(a, docs, dev, params, classes, out)


def _stored(out: str, bias: dict | None) -> dict:
    """The model file in `out`, decoding with `bias` instead of its own when one is given (--score-only
    --bias: a decoding bias tried on a trained model without training it again)."""
    raw = json.loads(Path(out, crf.MODEL_NAME).read_text(encoding="utf-8"))
    return raw if bias is None else {**raw, "bias": {k: v for k, v in sorted(bias.items()) if v}}


def _run(a: argparse.Namespace, docs: list[dict], dev: list[dict], params: dict, classes: dict[str, list[str]],
         out: str) -> int:
    t0 = time.process_time()
    bias = None if a.bias is None else {k: float(v) for k, v in (b.split("=", 1) for b in a.bias)}
    if a.score_only:
        m = crf.Model(_stored(out, bias))
    else:
        m = train(docs, out, params, bias, classes, a.word_clusters)
        print(f"trained on {len(docs)} articles in {time.process_time() - t0:.0f} s CPU: {m.meta.version} in {out}",
              file=sys.stderr)
    if dev:
        alone = [model_predictions(m, d) for d in dev]
        _report("model only", score(dev, alone))
        rules = [extractor_predictions(d, False) for d in dev] if a.ablation or a.misses else []
        if a.ablation:
            _report("rules only", score(dev, rules))
        with crf.using(m):  # the model just trained, shipped or not
            both = [extractor_predictions(d, True) for d in dev]
        _report("rules+model", score(dev, both))
        if a.misses:
            lost = missed(dev, both, rules, alone)
            print(f"missed by rules+model: {sum(lost.values())}")
            for shape in MISS_SHAPES:
                print(f"  {lost[shape]:6d}  {shape}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
