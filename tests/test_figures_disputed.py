"""Figures that disagree, and figures that only seem to (issue 12): two sources giving different
counts of one thing dispute each other, within one article as across outlets, in whatever order the
articles come and after `recompute`; counts over other periods, rates against one-off amounts and
times of day dispute nothing. Every article here is invented.
"""

from __future__ import annotations

import json

import pytest

from provenance.corroboration import ClaimRecord, counter_figures, relations
from provenance.matching import figures_differ, measures_of, numbers_about_one_thing, other_days, same_measure


def _article(outlet: str, published: str, body: str) -> str:
    return (f"---\ntitle: {body.splitlines()[0]}\noutlet: {outlet}\npublished: {published}\nlanguage: en\n"
            "note: invented for this test\n---\n" + body)


def _ingest(run, tmp_path, *texts: str) -> dict[str, dict]:
    for n, text in enumerate(texts):
        path = tmp_path / f"article-{n}.txt"
        path.write_text(text, encoding="utf-8")
        assert run("ingest", str(path), "--silent").exit_code == 0
    return {r["text"]: r for r in json.loads(run("claims", "--format", "json").stdout)}


def _statuses(run) -> dict[str, tuple[str, str]]:
    return {r["text"]: (r["status"], r["reason"]) for r in json.loads(run("claims", "--format", "json").stdout)}


# --- two counts of one thing in one article --------------------------------------------------

WALKOUT = _article("Morrow Courier", "2026-05-04", """Ferry crews strike at Dunmere

The Seafarers' Guild said 3,100 of its members joined the walkout at dawn on Monday.

Dunmere Harbour Board said fewer than 900 crew members joined the walkout on Monday.
""")


def test_two_counts_of_one_walkout_in_one_article_dispute_each_other_as_recompute_finds(run, tmp_path):
    """The guild's count and the board's, worded apart ('3,100 of its members', 'fewer than 900
    crew members'), are two counts of one thing: never corroboration, each disputed by the other,
    at ingest as after `recompute` (which links a disagreement both ways)."""
    rows = _ingest(run, tmp_path, WALKOUT)
    guild = rows["3,100 of its members joined the walkout at dawn on Monday"]
    board = rows["fewer than 900 crew members joined the walkout on Monday"]
    assert guild["status"] == "disputed" and "Dunmere Harbour Board" in guild["reason"], guild
    assert board["status"] == "disputed" and "Seafarers' Guild" in board["reason"], board
    before = _statuses(run)
    assert run("recompute").exit_code == 0
    assert _statuses(run) == before


def test_counts_that_agree_in_one_article_still_back_each_other(run, tmp_path):
    agreeing = WALKOUT.replace("fewer than 900 crew members", "3,100 crew members")
    rows = _ingest(run, tmp_path, agreeing)
    assert rows["3,100 crew members joined the walkout on Monday"]["status"] != "disputed"


# --- a source's own figure against another's ('puts the figure at') -----------------------------

COUNTER = _article("Harbour Gazette", "2026-05-05", """Walkout enters second day

Accounts of the walkout differ. The guild says 3,100 of its members have walked out; the harbour board puts the figure at fewer than 900.

Harbour master Ilse Brandt said the first sailing would leave on Tuesday.
""")


def test_a_figure_put_against_the_one_before_disputes_both(run, tmp_path):
    rows = _ingest(run, tmp_path, COUNTER)
    guild, board = rows["3,100 of its members have walked out"], rows["the figure at fewer than 900"]
    assert guild["status"] == "disputed" and "harbour board" in guild["reason"].casefold(), guild
    assert board["status"] == "disputed", board


@pytest.mark.parametrize("change", [
    ("puts the figure at fewer than 900", "puts the figure at about 3,100"),  # the same figure
    ("puts the figure at fewer than 900", "puts the total at fewer than 900"),  # a total sums parts
])
def test_a_figure_that_agrees_or_sums_parts_disputes_nothing(run, tmp_path, change):
    rows = _ingest(run, tmp_path, COUNTER.replace(*change))
    assert rows["3,100 of its members have walked out"]["status"] != "disputed"


def _record(key: int, text: str, speaker: str, lead: str = "") -> ClaimRecord:
    return ClaimRecord(key=key, doc="d", text=text, speaker=speaker, seq=key, start=key * 100,
                       end=key * 100 + len(text), lead=lead, version=1)


def test_counter_figures_answer_only_another_source_just_before():
    question = _record(1, "more than 12 million", "regulator")
    answer = _record(2, "Our figure is about 7.3 million active subscribers", "Kelvo Telecom")
    own = _record(3, "Our figure is about 7.9 million active subscribers", "Kelvo Telecom")
    assert counter_figures([question, answer]) == [(1, 0)]
    assert counter_figures([answer, own]) == []  # the same source's figures
    far = [question, _record(2, "the network was restored", "Kelvo Telecom"),
           _record(3, "engineers worked overnight", "engineers' union"), _record(4, answer.text, "Kelvo Telecom")]
    assert counter_figures(far) == []  # a figure three claims back is no longer the one answered
    found = {(r.source, r.target) for r in relations([question, answer]) if r.relation == "contradicts"}
    assert found == {(1, 2), (2, 1)}


# --- counts that only seem to disagree --------------------------------------------------------

DELIVERIES = [_article("Morrow Courier", "2026-05-08", """Water deliveries to Dunmere

Water minister Otto Kranz said crews had made 31 tanker deliveries to Dunmere since Sunday.
"""), _article("Harbour Gazette", "2026-05-08", """Dunmere water update

Since Thursday 3 May, crews have made 140 tanker deliveries to Dunmere, the water board said in a statement.
""")]


def test_counts_since_other_days_are_other_counts(run, tmp_path):
    rows = _ingest(run, tmp_path, *DELIVERIES)
    assert all(r["status"] != "disputed" for r in rows.values()), rows
    assert other_days("crews had made 31 tanker deliveries since Sunday",
                      "Since Thursday 3 May, crews have made 140 tanker deliveries")
    assert not other_days("crews had made 31 tanker deliveries since Sunday", "crews made 140 tanker deliveries")


def test_counts_on_the_same_day_still_dispute(run, tmp_path):
    same_day = [DELIVERIES[0], DELIVERIES[1].replace("Since Thursday 3 May", "Since Sunday")]
    rows = _ingest(run, tmp_path, *same_day)
    assert rows["crews had made 31 tanker deliveries to Dunmere since Sunday"]["status"] == "disputed"


def test_a_rate_and_a_one_off_amount_are_two_measures():
    rate, amount = "the region exports about 12,000 barrels of light crude a day", \
        "the refinery shipped 900 barrels of light crude to Vellmar"
    assert measures_of(rate) == {"barrel/period"} and measures_of(amount) == {"barrel"}
    assert measures_of("sales reach 40 million annually") == {"rate"}
    other_rate = "the region exports about 9,000 barrels of light crude a day"
    assert measures_of(other_rate) == measures_of(rate)


def test_a_rate_does_not_dispute_a_shipment(run, tmp_path):
    texts = [_article("Morrow Courier", "2026-05-08", """Crude exports

The region exports about 12,000 barrels of light crude a day, trade analyst Jon Vik said.
"""), _article("Harbour Gazette", "2026-05-08", """Refinery ships crude

The refinery shipped 900 barrels of light crude to Vellmar, port captain Petra Lind said.
""")]
    rows = _ingest(run, tmp_path, *texts)
    assert all(r["status"] != "disputed" for r in rows.values()), rows


def test_times_of_day_are_no_figures():
    escaped = "The bear, a six-year-old male called Brum, got out shortly after 4pm yesterday"
    sedated = "The six-year-old male, Brum, was sedated in a field shortly after 11.15am yesterday"
    assert not same_measure(escaped, sedated) and not numbers_about_one_thing(escaped, sedated)
    assert figures_differ("The bear ate 12 fish on Sunday", "The bear ate 40 fish on Sunday")


ANSWERED = _article("Morrow Courier", "2026-05-06", """Slipway row at Dunmere

Delvin Works chief executive Ossian Tarr said the new slipway was completed in March.

Provincial inspector Halla Venn said her team found no trace of a slipway at the creek.
""")


def test_in_one_text_a_side_stated_later_answers_the_one_before_as_recompute_finds(run, tmp_path):
    """A finding that states the opposite of a claim before it in the same article answers it: the
    claim is disputed, the answer keeps its own status; `recompute` gives the same (where two
    figures of one thing dispute each other both ways)."""
    rows = _ingest(run, tmp_path, ANSWERED)
    assert rows["the new slipway was completed in March"]["status"] == "disputed"
    assert rows["her team found no trace of a slipway at the creek"]["status"] == "confirmed"
    before = _statuses(run)
    assert run("recompute").exit_code == 0
    assert _statuses(run) == before


# --- a denial of another outlet's report, and of a plan in other forms of its verb ----------------

RELAY = _article("Harbour Gazette", "2026-05-04", """Kessel to shut Dunmere plant, paper says

Tractor maker Kessel Holdings is planning to close its plant in the river town of Dunmere, people familiar with the plans told the Morrow Courier.

About 1,200 jobs would go by the end of 2028, the people said.
""")

ANSWER = _article("Daily Ledger", "2026-05-05", """Kessel denies Dunmere closure report

Kessel Holdings on Wednesday denied a report that it plans to close its plant in the town of Dunmere.

"There are no plans to close any plant," a company spokesman told the Ledger. "The report in the Morrow Courier is wrong."

The Morrow Courier reported on Tuesday that the plant would close by the end of 2028, citing three unnamed sources.

The Evening Post reported that Kessel had hired a new finance director.
""")


def test_a_denial_of_a_named_outlets_report_answers_it_where_no_document_of_that_outlet_is_stored(run, tmp_path):
    """No document of the Morrow Courier is stored: its report is what the Gazette relays from its
    unnamed sources and what the Ledger says it reported; a denial of 'the report in the Morrow
    Courier' disputes both, not what the Ledger credits to another outlet."""
    rows = _ingest(run, tmp_path, RELAY, ANSWER)
    assert rows["About 1,200 jobs would go by the end of 2028"]["status"] == "disputed"
    assert rows["the plant would close by the end of 2028"]["status"] == "disputed"
    assert rows["Kessel had hired a new finance director"]["status"] != "disputed"


PLAN = _article("Harbour Gazette", "2026-05-04", """Kessel to shut Dunmere plant

Tractor maker Kessel Holdings is planning to close its tractor plant in the river town of Dunmere as soon as next spring, ending a century of farm machinery making there, two people familiar with the plans said.
""")


@pytest.mark.parametrize("denied, disputed", [
    ("it plans to close its tractor plant in the northern town of Dunmere", True),  # 'plans' of 'planning'
    ("it plans to cut wages at its bus depot in the northern town of Dunmere", False),  # another plan
])
def test_a_denial_in_other_forms_of_the_words_disputes_the_claim(run, tmp_path, denied, disputed):
    answer = _article("Daily Ledger", "2026-05-05", f"Kessel denies\n\nKessel Holdings on Wednesday denied that {denied}.\n")
    rows = _ingest(run, tmp_path, PLAN, answer)
    claim, = [r for t, r in rows.items() if t.startswith("Tractor maker Kessel Holdings is planning")]
    assert (claim["status"] == "disputed") is disputed, claim


# --- a test passed against a test failed ------------------------------------------------------------

HULL = [_article("Morrow Courier", "2026-05-04", """Ferry hull failed test, official says

The hull had failed a pressure test in 2025 and was allowed to keep sailing at reduced load, according to a harbour official familiar with the inspection records, who asked not to be identified.
"""), _article("Harbour Gazette", "2026-05-05", """Ferry owner rejects test report

"The hull did not fail any test," owner Ida Lorne said on Tuesday.
""")]


def test_a_test_failed_is_disputed_by_the_party_that_says_it_passed(run, tmp_path):
    """'had failed a pressure test' and 'did not fail any test' take the two sides of one fact (a
    test passed or failed) about the hull, however few words they share: the matcher's negation
    alone, too alike in too few words, linked nothing."""
    rows = _ingest(run, tmp_path, *HULL)
    failed, = [r for t, r in rows.items() if t.startswith("The hull had failed")]
    assert failed["status"] == "disputed" and "Ida Lorne" in failed["reason"], failed


def test_a_failure_to_act_is_no_test_failed():
    from provenance.opposites import opposite
    assert opposite("the harbour board failed to act on the warnings", "the harbour board passed its inspection") is None
    assert opposite("the hull failed a pressure test", "the hull passed its last inspection") == ("hull", "failed", "passed")
