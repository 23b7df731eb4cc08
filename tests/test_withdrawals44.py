"""Withdrawals told in a story's prose by a body named with a description (issue 12): 'The ferry operator
Nordvik Lines withdrew on Friday the statement in which it had said that C', 'The organizer of the
Lumen Summer Festival has withdrawn its denial and acknowledged that D'. Each is the body's own statement
with the stance retracts (never the publisher's assertion), which takes back the body's C in this story
and in the other stories that quoted it; 'acknowledged that D' is the body's assertion D. And the
publisher's correction notices that name only the kind of error ('Correction: A previous version of this
story misstated the fare', "Editor's Note: An earlier version of this article misspelt ...") are the
publisher's withdrawals (stance retracts), not its assertions. Invented articles of this file's own
writing."""

from __future__ import annotations

import pytest
from test_status_shapes import ingested, ruled_claims

INSPECTED = "all nine of its ferries had passed the spring hull inspection"


@pytest.mark.parametrize("told", [
    f"The ferry operator Nordvik Lines withdrew on Friday the statement in which it had said that {INSPECTED}.",
    f"Ferry operator Nordvik Lines on Friday withdrew its earlier claim that {INSPECTED}.",
    f"The ferry operator, Nordvik Lines, has withdrawn the statement in which it said that {INSPECTED}.",
])
def test_a_body_named_by_a_description_withdraws_what_it_said(run, tmp_path, told):
    """The withdrawal is Nordvik's own (stance retracts), the sentence is no assertion of the
    publisher's, and Nordvik's claim in the other outlet's earlier story is retracted; the
    inspectors' account stands."""
    claims = ingested(run, tmp_path, {
        "gazette-nordvik": ("The Harbour Gazette", "2026-04-06",
                            f"Nordvik Lines said on Monday that {INSPECTED}.\n\n"
                            "Two inspectors from the maritime board said the hull of the Solvik was cracked below the "
                            "waterline."),
        "courier-nordvik": ("The Coast Courier", "2026-04-10",
                            f"{told}\n\nThe maritime board said on Thursday that two of the company's ferries had failed the "
                            "inspection."),
    })
    later = [c for c in claims if c["doc"] == "courier-nordvik" and "withdr" in c["text"] + (c["cue"] or "")]
    assert [(c["speaker"], c["stance"]) for c in later] == [("Nordvik Lines", "retracts")], later
    # (the withdrawn words are no standing assertion of the publisher's, nor of anyone's)
    assert all(c["status"] == "retracted" for c in claims if c["doc"] == "courier-nordvik" and INSPECTED in c["text"])
    assert not [c for c in claims if c["doc"] == "courier-nordvik" and c["speaker"] == "The Coast Courier"
                and INSPECTED in c["text"]]
    first, = [c for c in claims if c["doc"] == "gazette-nordvik" and INSPECTED in c["text"]]
    assert first["status"] == "retracted" and "Nordvik" in first["reason"], first
    board, = [c for c in claims if "cracked below the waterline" in c["text"]]
    assert board["status"] != "retracted"


DENIAL = """Festival stage row

The organizer of the Lumen Summer Festival, Lumen Events, denied on Monday that the main stage had been built without a permit.

{withdrawal}

The city's building office said it had not been asked for a permit until July.
"""


@pytest.mark.parametrize("subject", [
    "The organizer of the Lumen Summer Festival",
    "On Thursday the festival organizer",
    "Lumen Events",
])
def test_a_withdrawn_denial_and_what_it_acknowledges(subject):
    """'X has withdrawn its denial and acknowledged that D': X's withdrawal (stance retracts) takes
    back X's denial; D is X's own assertion, on the record; nothing of the sentence is the
    publisher's."""
    text = DENIAL.format(withdrawal=f"{subject} has withdrawn its denial and acknowledged that the stage was "
                                    "built two weeks before the permit was granted.")
    claims = ruled_claims(text)
    ours = [c for c in claims if c["speaker_name"] == "Lumen Events"]
    denial, = [c for c in ours if c["stance"] == "denies"]
    assert denial["status"] == "retracted", denial
    assert any(c["stance"] == "retracts" for c in ours), ours
    acknowledged, = [c for c in claims if c["text"].startswith("the stage was built two weeks")]
    assert (acknowledged["speaker_name"], acknowledged["stance"], acknowledged["status"]) == (
        "Lumen Events", "asserts", "confirmed"), acknowledged
    assert not [c for c in claims if c["speaker_name"] == "Harbour Gazette" and "withdrawn" in c["text"]]


@pytest.mark.parametrize("notice", [
    "Correction: A previous version of this story misstated the fare for a return crossing.",
    "Editor's Note: An earlier version of this article misspelt the name of the harbour master. This has been corrected.",
    "CORRECTION: An earlier version of this story incorrectly gave the age of the captain.",
])
def test_a_correction_naming_only_the_error_is_the_publishers_withdrawal(notice):
    """A notice that an earlier version misstated or misspelt something: the publisher's own statement
    with the stance retracts, never an assertion of the publisher's."""
    text = ("Ferry fares rise\n\nNordvik Lines said on Monday that fares would rise by 12 percent in May.\n\n"
            f"{notice}\n")
    mine = [c for c in ruled_claims(text) if "version of th" in c["text"]]
    assert mine and all(c["stance"] == "retracts" and c["speaker_name"] == "Harbour Gazette" for c in mine), mine
    assert [c["status"] for c in mine] == ["retracted"] * len(mine)


def test_a_withdrawal_of_c_that_acknowledges_d_keeps_them_apart():
    """'X withdrew its claim that C and acknowledged that D': C is what X withdraws (X's earlier C is
    retracted), D is X's own assertion, on the record."""
    text = ("Ferry row\n\nNordvik Lines said on Monday that the crew had ignored the fire alarm.\n\n"
            "On Friday the ferry operator Nordvik Lines withdrew its claim that the crew had ignored the fire alarm and "
            "acknowledged that the alarm had been switched off during repairs.\n")
    claims = ruled_claims(text)
    first, = [c for c in claims if c["text"] == "the crew had ignored the fire alarm" and c["stance"] == "asserts"]
    assert first["status"] == "retracted"
    said, = [c for c in claims if c["text"].startswith("the alarm had been switched off")]
    assert (said["speaker_name"], said["stance"], said["status"]) == ("Nordvik Lines", "asserts", "confirmed"), said
    assert not [c for c in claims if c["stance"] == "retracts" and "switched off" in c["text"]]


def test_who_speaks_for_whom_association_heads_agents_and_measurers(run, tmp_path):
    """An association's chairman named before his title ('Upland Growers Association chairman NAME'),
    a cyclist's agent and a course measurer are no party on the record (tests/fixtures/articles/README.md):
    `unconfirmed`, single source; the company's own director, in the other story, stays `confirmed`."""
    claims = ingested(run, tmp_path, {
        "gazette-velo": ("The Harbour Gazette", "2026-05-04",
                         "Upland Growers Association chairman Piet Korsvik said the road race had damaged 40 hectares "
                         "of orchards.\n\nThe rider's time \"belongs to her\", Dana Ruud's agent, Mikkel Sande, said on "
                         "Monday.\n\nOdin Lysaker, a measurer who checked the route for the Gazette, said the course was "
                         "300 metres short."),
        "courier-velo": ("The Coast Courier", "2026-05-05",
                         "Fjordsykkel AS director Kari Strand said on Tuesday that the company had paid for the damage "
                         "to the orchards."),
    })
    status = {c["speaker"]: c["status"] for c in claims}
    assert status["Piet Korsvik"] == "unconfirmed" and status["Mikkel Sande"] == "unconfirmed", claims
    assert status["Odin Lysaker"] == "unconfirmed"
    assert status["Kari Strand"] == "confirmed"


def test_an_anonymous_source_and_another_papers_relay_of_his_words_are_one_origin(run, tmp_path):
    """The Gazette's anonymous former pilot, and the Courier's 'a former harbour pilot told a newspaper'
    with the same quoted words: one source relayed, never corroboration (issue 12). A named source
    quoting the same words, and an unrelayed or generic twin ('an official'), stay apart: tests/test_mend44.py."""
    claims = ingested(run, tmp_path, {
        "gazette-pilots": ("The Harbour Gazette", "2026-06-01",
                           "A former harbour pilot, who asked not to be named for fear of losing his pension, said the "
                           "night crossings were \"a lottery with lives\" during the winter."),
        "courier-pilots": ("The Coast Courier", "2026-06-03",
                           "A former pilot told a newspaper this week that the night crossings had become \"a lottery "
                           "with lives\"."),
    })
    pilots = [c for c in claims if "lottery with lives" in c["text"]]
    assert len(pilots) == 2 and all(c["anonymous"] for c in pilots), pilots
    assert [c["status"] for c in pilots] == ["unconfirmed", "unconfirmed"], [(c["speaker"], c["reason"]) for c in pilots]


def test_a_withdrawal_reaches_the_claim_another_paper_printed_in_other_words(run, tmp_path):
    """The Gazette printed the seed firm's blame for 'the poor harvest'; the Courier reports the firm
    withdrew its statement that blamed the same for 'the failed harvest' ('failed' after an article
    is an adjective, no negation): the Gazette's claim is retracted, withdrawn by the firm."""
    claims = ingested(run, tmp_path, {
        "gazette-kornmo": ("The Harbour Gazette", "2026-07-01",
                           "In a statement, Kornmo Seeds said its seed had been tested and blamed \"late frost and "
                           "careless sowing\" for the poor harvest."),
        "courier-kornmo": ("The Coast Courier", "2026-07-08",
                           "Kornmo Seeds has withdrawn an earlier statement that blamed late frost and careless sowing "
                           "for the failed harvest."),
    })
    first = [c for c in claims if c["doc"] == "gazette-kornmo" and "late frost" in c["text"]]
    assert first and all(c["status"] == "retracted" for c in first), [(c["text"], c["status"]) for c in first]
