"""Statuses on multi-outlet news (issue 12), in shapes of the thirty-fourth held-out batch's misses, on
invented articles of this file's own writing:

- 'said A and called for B': an association's chairman's demand is `unconfirmed` as his account is, an
  opposition MP's demand stays on the record (tests/fixtures/articles/README.md, opposition politicians);
- a farmer described by a clause of work on the land with a place after 'at' ('who farms barley on forty
  acres at Orsk Ridge') is a private person: `unconfirmed`; a clause naming a firm after 'works at'
  stays what it was;
- a cooperative the text names by its place alone, in lower case ('the Orsk Ridge cooperative'), is a
  group of its members: its chairman speaks for them, `unconfirmed`, in 'told OUTLET that A but that B',
  a two-sentence quote and a follow-up's "the Orsk Ridge cooperative's chairman"; a cooperative the
  lede names (the party whose acts the story reports) keeps its president on the record;
- an outlet's withdrawal of its report told in another outlet's copy ('The Harbour Gazette has withdrawn
  its report that C') takes back the Gazette's own sentence that told C, in other words, in its story
  (`retracted`); its other sentences stand.
- a lawyer for a client named by a lower-case title and the client's own name ('Ines Varga, a lawyer for
  former minister Ana Roe', 'who represents former minister Ana Roe') speaks for that party, as for 'a
  lawyer for Ana Roe': `confirmed` (the client's 'former minister' describes the client, no former
  official); one for a group of private people stays an agent.

The articles are written in other words and another order than the batch's copy (session 55): they test the
shapes, not the batch's sentences.
"""

from __future__ import annotations

import pytest
from test_status_shapes import ingested, ruled_claims

UNION = """Ferry engine fire leaves passengers adrift off Orsk

An engine fire stopped the ferry Saint Brand in mid-channel on Friday, the coastguard said.

Deckhands had reported a leaking fuel line in January, according to their union's secretary, Marta Soll.

The chairman of the Orsk Shopkeepers' Association, Lukas Berin, said shops on the quay had lost a weekend of trade and called for the ferry line to cover their losses.

Opposition MP Jan Korvel said the fire proved the line "cares more about fares than passengers" and called for the transport minister to step down.
"""

FARMER = """Orsk Ridge shops run out of barley seed

Barley seed ran out in the shops of Orsk Ridge a fortnight before sowing, the Coast Courier has learned.

Lene Vasko, who farms barley on forty acres at Orsk Ridge, said:

"The co-op shop could not tell me when the next lorry would come. My neighbours are no better off.

"If the seed does not come this month, we lose the season."

Tomas Brenn, who works at Ridgeway Seed Company, said the last lorry had left the warehouse in February.

Agriculture Minister Oren Malk said the seed had reached every shop.
"""

COOP = """Orsk Ridge growers still short of barley seed

Barley growers at Orsk Ridge have gone a month without the subsidised seed the ministry says it sent in February, the Coast Courier has learned.

At the weekly market, a dozen growers told the Courier that the cooperative shop was empty and that a dealer was selling the seed at twice the price.

The ministry's delivery schedule lists 600 bags for the Orsk Ridge cooperative.

The cooperative's chairman, Jonas Pell, told the Coast Courier that the note he signed in February listed 600 bags but that the lorry carried 150.

"The paper looked right to me. Nobody counted the bags," Pell said.

Agriculture Minister Oren Malk said the whole allocation had been delivered.
"""

COOP2 = """Barley seed: inspectors sent to depot

Inspectors went to the ministry's seed depot at Brask on Thursday to check its stock against the delivery notes, the ministry said.

A ministry statement said the bags at the depot bore the stamp of the subsidy scheme and that the depot manager would be questioned.

The Orsk Ridge cooperative's chairman, Jonas Pell, said 420 bags had now reached his members.
"""

COOP3 = """Orsk Ridge cooperative raided over fertiliser labels

Officers raided the Orsk Ridge cooperative on Thursday, suspecting it of selling diluted fertiliser under a certified label to farmers in three districts, police said.

According to the force, ledgers were taken away and bags were seized from the cooperative's two sheds.

The cooperative's president, Hana Lusk, said its fertiliser had always matched the label.
"""

LAWYER_APPOSED = """Former minister charged over harbour contract

Prosecutors charged former harbour minister Ana Roe on Monday with taking bribes over a dredging contract, the prosecutor's office said.

Ines Varga, a lawyer for former minister Ana Roe, said her client would plead not guilty.

Pavel Dunmore, a lawyer for the families in Tarn, said the families had been told nothing.
"""

LAWYER = """Former minister charged over harbour contract

Prosecutors charged former harbour minister Ana Roe on Monday with taking bribes over a dredging contract, the prosecutor's office said.

Lawyer Ines Varga, who represents former minister Ana Roe, said her client would plead not guilty.

Attorney Karl Wendt, who represents the families in Tarn, said the families had been told nothing.

Mayor Tilda Rosen said the council would meet on Friday.
"""


def _status(article: str, words: str) -> str:
    found = [c for c in ruled_claims(article) if words in c["text"]]
    assert len(found) == 1, [(c["text"], c["speaker_name"]) for c in ruled_claims(article)]
    return found[0]["status"]


@pytest.mark.parametrize(("article", "words", "status"), [
    (UNION, "the transport minister to step down", "confirmed"),  # an opposition MP's demand: a position
    (UNION, "the ferry line to cover their losses", "unconfirmed"),  # an association's demand, as before
    (FARMER, "The co-op shop could not tell me", "unconfirmed"),  # 'who farms ... at Orsk Ridge', a quote after 'said:'
    (FARMER, "My neighbours are no better off", "unconfirmed"),
    (FARMER, "If the seed does not come this month", "unconfirmed"),  # the quote's second paragraph
    (FARMER, "the last lorry had left the warehouse", "confirmed"),  # 'who works at Ridgeway Seed Company'
    (COOP, "the note he signed in February listed 600 bags", "unconfirmed"),  # of 'the Orsk Ridge cooperative'
    (COOP, "The paper looked right to me", "unconfirmed"),
    (COOP, "Nobody counted the bags", "unconfirmed"),
    (COOP, "the whole allocation had been delivered", "confirmed"),
    (COOP2, "420 bags had now reached his members", "unconfirmed"),  # "The Orsk Ridge cooperative's chairman"
    (COOP3, "its fertiliser had always matched the label", "confirmed"),  # the lede's cooperative, a party
    (LAWYER, "her client would plead not guilty", "confirmed"),  # 'who represents former minister Ana Roe'
    (LAWYER_APPOSED, "her client would plead not guilty", "confirmed"),  # 'a lawyer for former minister Ana Roe'
    (LAWYER_APPOSED, "the families had been told nothing", "unconfirmed"),  # 'a lawyer for the families in Tarn'
    (LAWYER, "the families had been told nothing", "unconfirmed"),  # 'who represents the families in Tarn'
])
def test_statuses_by_standing(article, words, status):
    assert _status(article, words) == status


OUTLET_WITHDRAWAL = {
    "gazette-seed": ("Harbour Gazette", "2029-05-02", """The Harbour Gazette has found that subsidised barley seed meant to be sold at cost is changing hands at double the price at Orsk Ridge.

At the weekly market, a dozen growers told the Gazette that the cooperative shop had been empty since February and that dealers were selling the seed instead.

Brask Seed Dealers, the firm most of the growers buy from, belongs to the brother-in-law of the ministry's head of crop programmes.

Agriculture Minister Oren Malk said all the seed had reached the cooperative shop in January."""),
    "courier-seed": ("Coast Courier", "2029-05-09", """Ministry inspectors have found 300 bags of subsidised barley seed in a dealer's shed at Brask, the Ministry of Agriculture said on Wednesday.

The bags bore the stamp of the subsidy scheme, the ministry said, and the dealer had been asked where they came from.

The Harbour Gazette has withdrawn its report that Brask Seed Dealers belongs to a relative of a senior ministry official.

Agriculture Minister Oren Malk said the inquiry would report in June."""),
}


def test_an_outlets_withdrawal_told_elsewhere_takes_back_its_own_sentence(run, tmp_path):
    claims = ingested(run, tmp_path, OUTLET_WITHDRAWAL)
    status = {c["text"][:40]: c["status"] for c in claims if c["doc"] == "gazette-seed"}
    assert status["Brask Seed Dealers, the firm most of the"] == "retracted", status
    assert status["subsidised barley seed meant to be sold "] == "unconfirmed", status


def _figures(covered: str) -> dict[str, tuple[str, str, str]]:
    return {
        "gazette-f": ("Harbour Gazette", "2029-05-02", f"""The Harbour Gazette has found that subsidised maize seed meant to be sold at cost is changing hands at double the price in Lunde Vale.

At the weekly market, a dozen growers told the Gazette that the cooperative shop had been empty since the spring and that dealers were selling the seed instead.

{covered}"""),
        "courier-f": ("Coast Courier", "2029-05-04", """The Ministry of Agriculture has sent a team of inspectors to Lunde Vale after growers said they had been charged twice the subsidised price for maize seed this season.

Agriculture Minister Oren Malk said the ministry had distributed 950 tonnes of maize seed this season and that 90 percent of it had reached the village stores."""),
    }


@pytest.mark.parametrize(("covered", "status"), [
    ("The state's seed subsidy scheme covers 1,200 tonnes of maize seed this season.", "confirmed"),
    ("Officials at the depot said the ministry had distributed 1,200 tonnes of maize seed this season.", "disputed"),
])
def test_figures_of_two_acts_dispute_neither(run, tmp_path, covered, status):
    claims = ingested(run, tmp_path, _figures(covered))
    minister = [c for c in claims if c["text"].startswith("the ministry had distributed 950")]
    assert [c["status"] for c in minister] == [status], minister


def _toll(unit: str) -> dict[str, tuple[str, str, str]]:
    return {
        "wire-toll": ("Tarn Wire", "2029-05-13", f"""A minibus overturned on the Velm pass road early on Sunday, killing six of its passengers, the Tarn National Police said on Monday.

The {unit} spokesperson, Inspector Lena Osk, told the Tarn Wire on Tuesday that a seventh passenger had died in hospital overnight.

The minibus operator did not answer calls."""),
        "courier-toll": ("Coast Courier", "2029-05-15", """The minibus operator lost its licence on Wednesday, three days after the crash on the Velm pass road that killed six people, the transport regulator said.

The Tarn National Police said the driver had been charged with dangerous driving.

The police have also withdrawn their statement that a seventh passenger had died: the man is recovering at Velm General Hospital, they said."""),
    }


@pytest.mark.parametrize(("unit", "status"), [("traffic police", "retracted"), ("fire brigade", "confirmed"),
                                             ("Orrin Harbour Police", "confirmed"), ("Tarn traffic police", "retracted")])
def test_a_forces_withdrawal_takes_back_its_units_spokesperson(run, tmp_path, unit, status):
    claims = ingested(run, tmp_path, _toll(unit))
    told = [c for c in claims if c["text"].startswith("a seventh passenger had died in hospital")]
    assert [c["status"] for c in told] == [status], told
