"""Shapes behind statuses on real news, round 4 (issue 12), each on text written for this test: who
a private person or a market observer is when the article tells it by an honorific, a kinship, a
shop or a bare apposition; what a statement of the publisher holds; a claim announced before it is
made; one body under its name and its acronym; a later count of a running toll."""

from __future__ import annotations

import pytest
from test_status_shapes import ruled_claims

from provenance.corroboration import ClaimRecord, _acronym, same_origin
from provenance.rules import LinkRow, decide_all

PEOPLE = """Exam paper leak delays results

A parent, Mrs Ada Okoro, who spoke to the Gazette outside the school, said her son had left home at dawn.

"Nobody told us anything," Okoro said.

Kofi Mensah, whose sister Abena is among the pupils sent home, has waited at the gate since morning. "They told us nothing until noon," Mensah said.

Lina Varga, who runs a bakery opposite the school, told the Gazette that her sales were down by half.

A shopkeeper on the quay, Piet Dross, said the road had been closed since Monday.

"Towns like this have weathered closures before," said Rolf Amsel, managing director of the Dunmore recruiting firm Brightpath Staffing.

"Exam boards usually reschedule within a week," said Ines Quarry, associate professor of education at Varn University.

Education Minister Sara Quist said the paper would be set again on Friday.

Rolf Tenby, managing director of Harbour Exams Ltd, said the company would reprint the paper.
"""


@pytest.mark.parametrize("speaker, status", [
    ("Ada Okoro", "unconfirmed"),     # 'a parent, Mrs NAME': the honorific between
    ("Kofi Mensah", "unconfirmed"),   # 'whose sister ... is among': a relative
    ("Lina Varga", "unconfirmed"),    # 'who runs a bakery'
    ("Piet Dross", "unconfirmed"),    # 'a shopkeeper on the quay, NAME'
    ("Rolf Amsel", "unconfirmed"),    # a bare apposition: the head of a recruiting firm
    ("Ines Quarry", "unconfirmed"),   # a bare apposition: 'associate professor of ... at'
    ("Sara Quist", "confirmed"),      # an official for her ministry
    ("Rolf Tenby", "confirmed"),      # the head of a company that is a party
])
def test_private_people_and_observers_told_by_any_description_are_one_source(speaker, status):
    """DESIGN.md: a named person with no office speaking of what they saw, or an observer of a
    market or a field, is one named source, unconfirmed, whichever words describe them: a
    description before the name with a courtesy title between, a relative clause naming a relative
    or a shop, a place after the description, an apposition without an article."""
    theirs = [c for c in ruled_claims(PEOPLE) if speaker in (c["speaker_name"] or "")]
    assert theirs and {c["status"] for c in theirs} == {status}, [(c["text"], c["reason"]) for c in theirs]
    if status == "unconfirmed":
        assert all("not a party" in c["reason"] and ", Mrs (" not in c["reason"] for c in theirs)


LEDES = """Bridge shut after crack found

Commuters began queuing for the ferry on Wednesday, a day after the county council said the bridge would stay shut for a month.

Following the inspection, the county council said the bridge would reopen in spring.

Local councillor Tom Reyes is set to claim that the council ignored three warnings.
"""


def test_a_lede_holding_what_a_party_said_is_the_publishers_own():
    """A statement of the publisher that tells events of its own and, inside them, what a party
    said ('Commuters began queuing ... a day after the county council said C') is the publisher's
    account, unconfirmed: only a statement that tells no more than what the party said takes the
    party's status; the party's own claim inside it stays on the record."""
    claims = ruled_claims(LEDES)
    lede, = [c for c in claims if c["text"].startswith("Commuters began queuing")]
    assert lede["status"] == "unconfirmed" and "publisher" in lede["reason"], lede
    told = [c for c in claims if c["text"] == "the bridge would stay shut for a month"]
    assert told and told[0]["status"] == "confirmed", told


@pytest.mark.parametrize("cue, status", [
    ("is set to claim", "unconfirmed"),
    ("is expected to tell", "unconfirmed"),
    ("will say", "unconfirmed"),
    ("said", "confirmed"),
])
def test_a_claim_announced_before_it_is_made_is_not_on_the_record(cue, status):
    """'Local councillor NAME is set to claim that C': the claim is not made yet; the publisher's
    account of it, unconfirmed, naming the cue; a claim made ('said') is on the record."""
    r = ClaimRecord(key=1, doc="d", text="the council ignored three warnings", cue=cue, speaker="Tom Reyes",
                    role="Local councillor", speaker_kind="person", seq=1)
    decided = decide_all({1: r}, [], [1])[1]
    assert decided[0] == status, decided
    assert ("yet to say" in decided[1]) is (status == "unconfirmed")


def test_a_body_under_its_name_and_its_acronym_is_one_origin():
    """'NBM' in one outlet and 'National Bureau of Mines' in another: one body telling two outlets
    one figure is one origin, never corroboration; two bodies whose initials differ, or two full
    names, are not joined by this."""
    full = ClaimRecord(key=1, doc="wire", text="21 workers were underground when the rock fell",
                       speaker="National Bureau of Mines", speaker_kind="institution", seq=1)
    short = ClaimRecord(key=2, doc="live", text="21 workers were underground when the rock fell on Monday",
                        speaker="NBM", speaker_kind="institution", seq=1)
    other = ClaimRecord(key=3, doc="live", text="x", speaker="NBJ", seq=2)
    assert same_origin(full, short) and not same_origin(full, other)
    assert _acronym("Harbour Port Authority") == ("hpa", False) and _acronym("Marlow") is None
    decided = decide_all({1: full, 2: short}, [], [1, 2], {1: 5, 2: 5})
    assert decided[1][0] == decided[2][0] == "confirmed", decided


def test_a_later_lede_updating_a_toll_is_not_disputed_by_the_earlier_count():
    """'The rockfall that killed at least eight workers' (the publisher's own, a day later) against
    'seven workers were killed' (a source the day before): the count moved on; the lede is the
    publisher's, unconfirmed, while a source's figure against another source's the same day is
    disputed."""
    reason = "gives other numbers than a claim it otherwise matches (similarity 0.80)"
    earlier = ClaimRecord(key=1, doc="wire", text="the rockfall killed seven workers at the mine",
                          speaker="Mine Safety Board", speaker_kind="institution", stated_on="2026-03-02", seq=1)
    lede = ClaimRecord(key=2, doc="paper", text="the rockfall killed at least eight workers at the mine",
                       speaker="Harbour Gazette", publisher="Harbour Gazette", form="unattributed",
                       stated_on="2026-03-03", seq=1)
    same_day = ClaimRecord(key=3, doc="radio", text="the rockfall killed nine workers at the mine",
                           speaker="Union of Miners", speaker_kind="institution", stated_on="2026-03-02", seq=1)
    records = {r.key: r for r in (earlier, lede, same_day)}
    links = [LinkRow(1, 2, "contradicts", reason=reason), LinkRow(2, 1, "contradicts", reason=reason),
             LinkRow(1, 3, "contradicts", reason=reason), LinkRow(3, 1, "contradicts", reason=reason)]
    decided = decide_all(records, links, [1, 2, 3])
    assert decided[2][0] == "unconfirmed", decided[2]
    assert decided[3][0] == "disputed" and decided[1][0] == "disputed", decided


@pytest.mark.parametrize("speaker, lead, tail, status", [
    ("its chief executive", "", "", "confirmed"),               # a possessive names the body
    ("Harlow Motors' chairwoman", "", "", "confirmed"),
    ("police commissioner in Varn State", "", "", "confirmed"),  # the body or place after the title
    ("minister", "", ', the minister said.', "confirmed"),     # 'the minister': the one named before
    ("minister", "", ', a minister said.', "unconfirmed"),     # 'a minister': one of many
    ("governor", "The governor first named her to the court in 2012, and", "", "unconfirmed"),  # an act, told
    ("official", "", ', the official said.', "unconfirmed"),   # an official is no office
    ("source close to the board", "", "", "unconfirmed"),
])
def test_the_one_holder_of_an_office_is_on_the_record(speaker, lead, tail, status):
    """Issue 13: an office is a name when it denotes one person. 'Its chief executive said C' is the
    company's head on the record (confirmed), as a name would be; 'a minister', 'an official' or 'a
    source' stays anonymous (unconfirmed)."""
    r = ClaimRecord(key=1, doc="d", text="the plant will close in June", speaker=speaker, anonymous=True,
                    speaker_kind="person", lead=lead, tail=tail, seq=1, cue="first named" if lead else "said")
    status_, reason = decide_all({1: r}, [], [1])[1]
    assert status_ == status, reason


@pytest.mark.parametrize("text, status", [
    ("it stood by its reporting", "confirmed"),        # the outlet's own position on its report
    ("we stand by our story", "confirmed"),
    ("the plant will close in June", "unconfirmed"),   # what the outlet reported: second-hand
])
def test_an_outlet_standing_by_its_report_is_on_the_record(text, status):
    """'The Ledger said it stood by its reporting': the outlet on the record about its own report
    (confirmed); what it reported stays second-hand."""
    r = ClaimRecord(key=1, doc="d", text=text, speaker="The Ledger", speaker_kind="media", publisher="Northwire", seq=1)
    status_, reason = decide_all({1: r}, [], [1])[1]
    assert status_ == status, reason
