"""Every tunable similarity threshold, window and blocking limit of `provenance`, in one table.

Each number says what it trades off and how it was chosen, so that a change to one is a change
to this file alone and shows in review. The modules that use them import them from here; none
of them is read from anywhere else.
"""

from __future__ import annotations

# --- corroboration: which claims say the same thing --------------------------------------------

# The matcher's probability (`provenance.matching.Matcher`) at or above which two claims say the
# same thing (or, with a conflict signal, contradict each other). Lower links more paraphrases and
# more claims that merely share a topic; higher misses reworded restatements. Chosen by 10-fold
# cross-validation on the MSRP train split (human-labelled news sentence pairs) for the best
# accuracy (0.763, F1 0.824; conflicts count as "not the same"): the matcher's own threshold
# (0.535), in provenance/data/matcher.json (a test keeps them equal to two places), written by
# `benchmarks/matching.py --train`.
CORROBORATION_THRESHOLD = 0.54

# Matcher probability at which a claim of the same origin through another outlet or document
# counts as a restatement (`repeats`). A restatement is near-identical, not merely alike. Chosen
# with benchmarks/corroboration.py (planted near-identical copies: one word in ten or so changed)
# and the seed article's relays; MSRP has no label for "near-identical".
RESTATEMENT = 0.9

# Wire copy: two claims of one cluster in different documents whose sentences, reduced to their
# letters and digits, have an Indel similarity of at least WIRE_COPY are one statement reprinted
# (one origin, the earlier document's), whoever the extractor took their speakers to be ("U.S
# officials" and "uS officials"). Near-identical, as RESTATEMENT; a reprint that drops a dateline
# or a word stays above it, two reporters' own sentences about one event fall below. Beyond
# WIRE_SENTENCES distinct sentences in one cluster only identical ones are compared (a bound on
# work, pairs of distinct sentences grow with their square).
WIRE_COPY = 0.9
WIRE_SENTENCES = 256

# Weights of a country or organisation name and of another capitalised word in a claim's token
# bag for blocking (ordinary words weigh 1): claims about the same parties are compared first.
# They steer which pairs the matcher sees, never its score. Chosen by hand on the seed article.
ENTITY_WEIGHT = 3
NAME_WEIGHT = 2

# A denial's proposition ("denied a report that Marsh had shown classified images to an envoy")
# is often a shortened restatement of the report, which the matcher, comparing whole sentences,
# scores low against the report's longer claim. A candidate pair of a denial and a claim of
# another source is a denial of that claim when at least DENIAL_CONTAINMENT of the proposition's
# content stems (and at least DENIAL_MIN_WORDS of them) are in the claim, with no conflict signal.
# Lower disputes claims that merely share a topic with the denial. Chosen by hand on the news
# smoke fixtures (a relayed report's proposition: 11 of 12 stems) and kept where the status
# development set does not move.
DENIAL_CONTAINMENT = 0.8
DENIAL_MIN_WORDS = 4

# Two claims that give different numbers about one thing contradict each other however different
# the rest of their sentences (the matcher's score, on whole sentences, stays low for a short report
# of a figure against a long one): a number of each that does not agree, with at least
# NUMBER_CONTEXT_SHARED content stems in common among the NUMBER_WINDOW words either side of them
# ("nitrate at 9 times the safe level", "nitrate at three times the safe level"). Fewer shared
# stems take a figure about something else for a conflict; more miss reworded reports. Chosen by
# hand on the news smoke fixtures and kept where the status development set does not move.
NUMBER_WINDOW = 4
NUMBER_CONTEXT_SHARED = 3
# A figure is a rate when a period ('a day', 'per year', 'annually') follows it within RATE_REACH words
# ('12,000 tonnes of grain a year': the count, two words of what it counts, the period). Fewer miss a
# rate whose thing is named at length; more take a later phrase's period for the figure's. Chosen by
# hand on the news fixtures, as written when rates came in (matching.measures_of).
RATE_REACH = 6
# A word of the gap between two counts ('difference', 'shortfall') makes a figure that gap when it heads
# the figure's own phrase: at most DIFFERENCE_REACH words before it ('the gap between the ledger and the
# silo is more than 9,000 bags'), no other figure between. Chosen by hand on the invented sentences of
# the figure tests (matching.measures_of).
DIFFERENCE_REACH = 12
# A scale written onto digits ('2.5m', '4bn') is one where a money word stands within MONEY_REACH words
# of the figure ('2.5m pounds', 'a budget of 40m'); elsewhere 'm' may be metres ('the 100m sprint').
# Chosen by hand on the invented sentences of the figure tests (matching._money_near).
MONEY_REACH = 3

# Two claims that count the same thing by the same word ('2,300 people', 'fewer than 1,400
# people', `matching.same_measure`) are compared on their figures beyond blocking, and a different
# figure is a conflict where the similarity their blocking reads (rapidfuzz Indel of their
# signature strings) reaches NUMBER_PAIR_FLOOR (the matcher's score is no guide: a short report of
# a figure against a long one scores near 0). Reports of one count in two outlets written for the tests overlap 0.33 to
# 0.7; on the PolNeAR dev articles no pair beyond blocking then conflicts.
NUMBER_PAIR_FLOOR = 0.3

# Two claims that take the two sides of one fact about one thing contradict each other however
# differently they are worded (`provenance.opposites`: 'the slipway was completed', 'no sign of a
# slipway'). The thing is the first content word within OPPOSITE_WINDOW words of the side's words
# (past articles, auxiliaries, negations); a negation up to OPPOSITE_NEGATION_REACH words before a
# side turns it ('no pumps were ever installed'), a hedge up to OPPOSITE_HEDGE_REACH words before
# it makes it no finding ('would not be completed'). Chosen by hand on the news smoke fixtures; on
# the 840 PolNeAR train articles, whole sentences paired across all of them, they make 2 pairs.
OPPOSITE_WINDOW = 4
OPPOSITE_NEGATION_REACH = 4
OPPOSITE_HEDGE_REACH = 3

# --- corroboration: blocking (candidate pairs without an all-pairs scan) -----------------------

# Weighted Dice overlap of two claims' token bags (with `same_subject`: two shared ordinary words)
# at which the pair is a candidate the matcher judges. Lower finds more of the pairs the matcher
# would accept at the cost of more candidates. On the MSRP train split, 0.4 keeps 0.937 of the
# pairs the matcher calls alike (0.55: 0.845; 0.25: 0.951, where `same_subject` caps it).
BLOCKING_THRESHOLD = 0.4

# A token held by more than max(MIN_MAX_DF, claims // CLAIMS_PER_MAX_DF) claims is too common to
# block on: rare words find a claim's restatements, common ones would make every claim a
# candidate of every other. Lower is faster and misses more pairs. Chosen with
# benchmarks/corroboration.py (100,000 claims: blocking recall 0.95 or more of an all-pairs scan).
MIN_MAX_DF = 64
CLAIMS_PER_MAX_DF = 1000

# A claim made of common words only still blocks on its rarest few common tokens, this many
# (with its rare ones). Chosen with benchmarks/corroboration.py, as above.
MIN_KEYS = 3

# A pair of groups of identical claims standing for more pairs of claims than GROUP_PAIRS is
# linked through the first claim of each kind of source (at most HUB_KINDS kinds a group), not all
# pairs; a kind is what a status and its reason read of the claim at the other end (origin, names,
# outlet, date, stance), so a claim meeting one of each kind gets the status all pairs would give.
# More HUB_KINDS keeps the statuses exact for more kinds of source, fewer keeps links linear in the
# copies of a sentence. GROUP_PAIRS is where pairs stop growing with the square of the copies: at
# 4,096 a report and its denial reprinted 25 times made 1,250 `contradicts` links (all pairs); at
# 64 they make 16 or so a copy (benchmarks/clusters.py --article). Chosen with
# benchmarks/corroboration.py (thousands of copies of one sentence) and benchmarks/clusters.py.
HUB_KINDS = 8
GROUP_PAIRS = 64

# A claim backed through its restatements by more claims than this keeps the best two of each
# origin, which is all its reason can name. A bound on work for thousands of copies, not a
# judgement: any number above the names a reason shows gives the same statuses.
MANY_BACKERS = 64

# `same_subject_of_denials`: a word of a denied claim is rare enough to stand for its subject when
# held by at most max(DENIED_WORD_MIN_HOLDERS, claims // CLAIMS_PER_DENIED_WORD) claims. Higher
# reaches more claims about the denied thing and more that only share a word. Chosen on the seed.
DENIED_WORD_MIN_HOLDERS = 3
CLAIMS_PER_DENIED_WORD = 2000

# --- the claim search index (candidates of a new document among the stored claims) ------------

# A token is counted up to PROBE_DEPTH times max_df in the index: enough to order the common
# tokens a claim made of common words blocks on.
PROBE_DEPTH = 5
# At most this many index lookups a statement. A bound on work per claim.
LOOKUPS_PER_STATEMENT = 40
# Below this many claims, reading and folding every claim is quicker than a few hundred index
# lookups (measured by benchmarks/corroboration.py: on SQLite an FTS lookup takes about 1 ms, on
# PostgreSQL a pg_trgm one about 5 ms).
SCAN_BELOW = {"sqlite": 3_000, "postgresql": 25_000}

# --- review carry-over: a reviewer's decision follows its claim to a new version ---------------

# The matcher's probability at which a claim of a new version is the same claim as one of the
# previous version, when their texts differ (a changed negation, number or date never is). Higher
# asks a reviewer again for lightly edited claims; lower carries a decision onto a claim that says
# something else. A decision holds for a near-identical text only: the same as RESTATEMENT.
CARRY_SIMILARITY = 0.9

# --- diff: aligning the claims of two versions ---------------------------------------------------

# Diff still aligns on `matching.claim_similarity` (two rapidfuzz ratios on keys cached a claim),
# not the matcher. Tried with the matcher's score (threshold 0.52) on benchmarks/diff.py: every
# planted edit still found and every pair right, but 10,000 claims took 0.37 -> 1.05 s of CPU and
# 100,000 took 13.0 s against the benchmark's 10 s limit (measured at load 11 on 2 cores). In a
# diff a changed number is a reworded claim to show, not a conflict to refuse, either way.
# `matching.claim_similarity` at which two claims are one claim reworded rather than one removed
# and one added. On the seed article unrelated claim pairs score 0.27 (median) and 0.43 (99th
# percentile) while reworded, shortened and extended claims keep 0.6 or more: chosen between.
DIFF_THRESHOLD = 0.6
# Claims either side of the expected position compared in the window pass: wider finds claims
# that moved further at more comparisons per claim (moved claims beyond it are left to the
# global pass). Chosen with benchmarks/diff.py against an all-pairs alignment.
DIFF_WINDOW = 8
# The global pass blocks on content words: a word found in more unaligned claims than
# DIFF_BLOCK_POSTINGS does not tell claims apart; at most DIFF_BLOCK_TALLY postings are counted per
# claim (bounds the pass); the DIFF_BLOCK_CANDIDATES claims sharing the most rare words with a claim
# are scored. Larger finds more moved-and-changed claims more slowly. Chosen with benchmarks/diff.py.
DIFF_BLOCK_POSTINGS = 512
DIFF_BLOCK_TALLY = 2048
DIFF_BLOCK_CANDIDATES = 16
# The claims before a denial of 'the report' (or a withdrawal of 'the statement') in which the
# extractor looks for the report it answers (`document._Document._answer_report`): news prose
# restates a report within a paragraph or two of the denial ("The Post reported ... The White
# House denied the report."), and a wider window reaches an unrelated earlier report. The same
# window the in-document denial linking used before stances were stored (10 claims).
REPORT_WINDOW = 10
# A denial of 'the report' reaches, beyond the report's sentence, the claims of its source in that
# window that share at least REPORT_REACH_SHARED content words with what the denier goes on to say
# ('He said the spare log held only weather notes' reaches the report's claim about the spare log,
# not its count of skipped drills): one word in common is often only the story's subject. The same
# count lets what the denier's side goes on to say choose the report a bare 'rejected the claims'
# answers over one that only names the denier (`document._Document._answers_by_follow_up`).
REPORT_REACH_SHARED = 2
# A claim that gives its source's own figure against another's ('the council puts the figure at
# 900') answers the nearest claim of another source among the COUNTER_REACH claims before it: the
# figure it answers is given in the same sentence or the one before ('The guild counts A; the port
# puts the figure at B', a question's figure and the answer's). Further back, a figure of an
# earlier paragraph is as often another count. Chosen by hand on the news fixtures.
COUNTER_REACH = 2

# --- the attribution model: a cue the tagger gave no source ---------------------------------------

# How far (characters from the end of one cue to the start of the next) a cue without a source of
# its own takes the source of the cue before it (`extract.model._share_sources`): on a held-out
# fifth of the training articles, rules+model content F1 0.686 -> 0.693 at 60 (0.698 with no
# limit, but speaker accuracy falls 0.891 -> 0.884; 0.889 at 60).
SHARED_SOURCE_GAP = 60

# What a statement says its source took back ('she had been wrong to say that three crew were
# missing') withdraws an earlier claim of that source that the matcher finds alike, or that has
# this share of its content words (of TAKEN_BACK_WORDS at least) with no figure apart: the words
# taken back are often fewer than the claim's ('... after the fire on the ferry'). Lower, a
# withdrawal of one thing takes back another claim of the source on the same subject. The same share,
# either way round, lets a party's withdrawal reach its accounts in other outlets and words
# (`corroboration.withdrawn_accounts`; an account of which the withdrawal holds less than this
# share is withdrawn in part). Checked on the MSRP training pairs (4,076): a pair whose shorter
# text has this share of its words in the other is a paraphrase 81% of the time (75% at 0.6, 86% at
# 0.9; 68% of all pairs are); 5-fold cross-validation for accuracy alone picks 0.3-0.5 (70.2%),
# where a pair found alike is a paraphrase 72% of the time: too loose for a rule that takes a
# party's words back, so the value stays.
TAKEN_BACK_COVERAGE = 0.75
TAKEN_BACK_WORDS = 3

# --- the speaker gate: words the corpus writes as nouns and seldom as sources ----------------------

# A word PolNeAR train writes lower-case after an article or a possessive at least
# SELDOM_SOURCE_MENTIONS times, of which fewer than SELDOM_SOURCE_SHARE end a gold source (singular and
# plural counted together), is no source's head ('the matter', 'the decision', 'the sector'): the table
# lists it in `not_heads` (`python -m provenance.source_heads`) and extract/plausible.py rejects a
# lower-case speaker, one word or a description, that ends on it, even one ending like a word for people
# ('matter'). Speaker words of titles.json are never listed. At 10 and 0.03 the list holds 679 words;
# the train speakers of the rules it rejects are 37 over 840 articles, 34 of them no source ('move',
# 'fundraising', 'tentative deal'); lower counts or a higher share reach words that are sources now and
# then ('the campaign' 0.16, 'the government' a speaker word). Chosen by hand on train, not on dev.
SELDOM_SOURCE_MENTIONS = 10
SELDOM_SOURCE_SHARE = 0.03
