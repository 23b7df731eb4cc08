"""Statuses on multi-outlet news (issue 12), in shapes of the thirty-fourth held-out batch's misses, on
invented articles of this file's own writing:

- 'said A and called for B': an association's chairman's demand is `unconfirmed` as his account is, an
  opposition MP's demand stays on the record (tests/fixtures/articles/README.md, opposition politicians);
- a farmer described by a clause of work on the land with a place after 'at' ('who farms three hectares
  of maize at Lunde Vale') is a private person: `unconfirmed`; a clause naming a firm after 'works at'
  stays what it was;
- a cooperative the text names by its place alone, in lower case ('the Lunde Vale cooperative'), is a
  group of its members: its chairman speaks for them, `unconfirmed`, in 'told OUTLET that A but that B',
  a two-sentence quote and a follow-up's "the Lunde Vale cooperative's chairman"; a cooperative the
  lede names (the party whose acts the story reports) keeps its president on the record;
- an outlet's withdrawal of its report told in another outlet's copy ('The Harbour Gazette has withdrawn
  its report that C') takes back the Gazette's own sentence that told C, in other words, in its story
  (`retracted`); its other sentences stand.
- a lawyer for a client named by a lower-case title and the client's own name ('Ines Varga, a lawyer for
  former minister Ana Roe', 'who represents former minister Ana Roe') speaks for that party, as for 'a
  lawyer for Ana Roe': `confirmed` (the client's 'former minister' describes the client, no former
  official); one for a group of private people stays an agent.
"""

from __future__ import annotations

import pytest
from test_status_shapes import ingested, ruled_claims

UNION = """Fire at Velm grain terminal destroys two silos

A fire destroyed two silos at the Velm grain terminal on Sunday, the port authority said.

The general secretary of the Dock and Grain Workers' Union, Tomas Varela, said workers had warned the managers about the fans "at least twice" and called for the shift manager to be suspended.

Opposition MP Irena Dask said the fire showed "how safety is cut to save money" and called for the port director to resign.

The chairman of the Velm Traders' Association, Piet Rolle, said traders had lost a week of sales and called for the port to pay compensation.
"""

FARMER = """Velm growers pay double for seed

Growers in Lunde Vale are paying twice the listed price for maize seed, the Harbour Gazette has found.

Ada Morrow, who farms three hectares of maize at Lunde Vale, said:

"I paid the trader twice what the list says. Nobody at the depot would sell to me.

"I want the ministry to find out where the seed went."

Rui Tenner, who works at Velm Seed Company, said the seed had left the depot in March.

Agriculture Minister Oren Malk said every sack had been delivered.
"""

COOP = """Lunde Vale growers wait for seed

Growers in Lunde Vale have waited three weeks for subsidised maize seed that the ministry says it delivered in May, the Harbour Gazette has found.

Nine growers interviewed by the Gazette on Saturday said the village store had no seed and that the sacks on sale at the market came from a trader.

The ministry's allocation list gives 800 sacks to the Lunde Vale cooperative.

The cooperative's chairman, Piet Hallor, told the Harbour Gazette that he had signed for 800 sacks in May but that only 200 had arrived.

"I signed because the driver asked me to. I am not an accountant," Hallor said.

Agriculture Minister Oren Malk said every sack had been delivered.
"""

COOP2 = """Seed follow-up

The ministry said on Monday it had sent inspectors to the seed depot at Tarn to count the remaining sacks in the store and check the waybills.

In a press release, the ministry said the sacks carried the markings of the subsidy scheme and that the depot keeper had been asked to explain.

The Lunde Vale cooperative's chairman, Piet Hallor, said his members had now received 500 sacks.
"""

COOP3 = """Police search Lunde Vale cooperative over mislabelled seed

Police searched the Lunde Vale cooperative on Monday on suspicion of selling untreated maize seed as certified seed to growers across the province, officers said.

The force said samples had been taken from six storage bins and that the cooperative's accounts had been taken away for checking.

The cooperative's president, Anna Brek, said the cooperative had never sold untreated seed.
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
    (UNION, "the port director to resign", "confirmed"),  # an opposition MP's demand: a position
    (UNION, "the port to pay compensation", "unconfirmed"),  # an association's demand, as before
    (FARMER, "I paid the trader twice", "unconfirmed"),  # 'who farms ... at Lunde Vale', a quote after 'said:'
    (FARMER, "Nobody at the depot would sell", "unconfirmed"),
    (FARMER, "I want the ministry to find out", "unconfirmed"),  # the quote's second paragraph
    (FARMER, "the seed had left the depot in March", "confirmed"),  # 'who works at Velm Seed Company'
    (COOP, "he had signed for 800 sacks", "unconfirmed"),  # "the cooperative's chairman" of 'the Lunde Vale cooperative'
    (COOP, "I signed because the driver asked me to", "unconfirmed"),
    (COOP, "I am not an accountant", "unconfirmed"),
    (COOP, "every sack had been delivered", "confirmed"),
    (COOP2, "his members had now received 500 sacks", "unconfirmed"),  # "The Lunde Vale cooperative's chairman"
    (COOP3, "the cooperative had never sold untreated seed", "confirmed"),  # the lede's cooperative, a party
    (LAWYER, "her client would plead not guilty", "confirmed"),  # 'who represents former minister Ana Roe'
    (LAWYER_APPOSED, "her client would plead not guilty", "confirmed"),  # 'a lawyer for former minister Ana Roe'
    (LAWYER_APPOSED, "the families had been told nothing", "unconfirmed"),  # 'a lawyer for the families in Tarn'
    (LAWYER, "the families had been told nothing", "unconfirmed"),  # 'who represents the families in Tarn'
])
def test_statuses_by_standing(article, words, status):
    assert _status(article, words) == status


OUTLET_WITHDRAWAL = {
    "gazette-seed": ("Harbour Gazette", "2029-05-02", """Growers in Lunde Vale are paying twice the listed price for subsidised maize seed meant to be sold at cost, the Harbour Gazette has found this week.

Nine growers interviewed by the Gazette on Saturday said the village store had received no seed this season and that the sacks on sale came from a trader.

The trading firm named by the growers, Tarn Agro Traders, is owned by a cousin of the ministry's director of seed services.

Agriculture Minister Oren Malk said every sack had been delivered to the store in April."""),
    "courier-seed": ("Coast Courier", "2029-05-09", """Inspectors from the Ministry of Agriculture have found 400 sacks of subsidised seed in a private warehouse in Tarn, the ministry said on Tuesday in a statement to reporters.

The ministry said the sacks carried the markings of the subsidy scheme and that the warehouse owner had been asked to explain how he came to hold them.

The Harbour Gazette has withdrawn its report that the owner of Tarn Agro Traders is the cousin of a senior ministry official.

Agriculture Minister Oren Malk said the inquiry would report in June."""),
}


def test_an_outlets_withdrawal_told_elsewhere_takes_back_its_own_sentence(run, tmp_path):
    claims = ingested(run, tmp_path, OUTLET_WITHDRAWAL)
    status = {c["text"][:40]: c["status"] for c in claims if c["doc"] == "gazette-seed"}
    assert status["The trading firm named by the growers, T"] == "retracted", status
    assert status["Growers in Lunde Vale are paying twice t"] == "unconfirmed", status


def _figures(covered: str) -> dict[str, tuple[str, str, str]]:
    return {
        "gazette-f": ("Harbour Gazette", "2029-05-02", f"""Growers in Lunde Vale are paying twice the listed price for subsidised maize seed meant to be sold at cost, the Harbour Gazette has found this week.

Nine growers interviewed by the Gazette on Saturday said the village store had received no seed this season and that the sacks on sale came from a trader.

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
        "wire-toll": ("Tarn Wire", "2029-05-13", f"""Seven people were killed when a bus left the road near Velm on Sunday evening and rolled down a slope into a river, the Tarn National Police said on Monday.

The {unit} spokesperson, Inspector Lena Osk, told the Tarn Wire that the death toll had risen to eight after a passenger died in hospital on Tuesday.

The bus company did not answer calls."""),
        "courier-toll": ("Coast Courier", "2029-05-15", """The transport regulator suspended the licence of the bus company on Wednesday, two days after a crash near Velm that killed seven people, the regulator said in a statement.

The Tarn National Police said on Wednesday that the driver had been charged with reckless driving.

The police have also withdrawn their statement that an eighth passenger had died, saying the man is in a stable condition at Velm General Hospital."""),
    }


@pytest.mark.parametrize(("unit", "status"), [("traffic police", "retracted"), ("fire brigade", "confirmed"),
                                             ("Orrin Harbour Police", "confirmed"), ("Tarn traffic police", "retracted")])
def test_a_forces_withdrawal_takes_back_its_units_spokesperson(run, tmp_path, unit, status):
    claims = ingested(run, tmp_path, _toll(unit))
    told = [c for c in claims if c["text"].startswith("the death toll had risen to eight")]
    assert [c["status"] for c in told] == [status], told
