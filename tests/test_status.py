"""Confirmation status rules: on claim sets built in code, and on the database through the CLI."""

from __future__ import annotations

import json
from typing import Any

import pytest

from provenance import claim_index, rules
from provenance import claimset as claimset_file
from provenance.claim_index import ClaimIndex
from provenance.models import STATUSES

from conftest import SEEDS, Run


def statement(content: str, speaker: str | None = None, *, lead: str = "", anonymous: bool = False,
              kind: str = "fact", role: str | None = None, affiliation: str | None = None,
              speaker_kind: str = "person", outlet: str | None = None, country: str | None = None,
              stated_on: str | None = None, cue: str | None = "said", form: str | None = None,
              same_sentence: bool = False, reviewed_by: str | None = None, status: str = "unconfirmed",
              reason: str = "") -> dict[str, Any]:
    """One statement: `lead` is the text before the content in its sentence ("X said that ")."""
    return {"content": content, "speaker": speaker, "lead": lead, "anonymous": anonymous, "kind": kind,
            "role": role, "affiliation": affiliation, "speaker_kind": speaker_kind, "outlet": outlet,
            "country": country, "stated_on": stated_on, "cue": cue if speaker else None,
            "form": form or ("indirect" if speaker else "unattributed"), "same_sentence": same_sentence,
            "reviewed_by": reviewed_by, "status": status, "reason": reason}


def claimset(slug: str, *statements: dict[str, Any], publisher: str = "Example Gazette",
             links: list[dict[str, Any]] | None = None, version: int = 1) -> dict[str, Any]:
    """A valid claim set whose text is the statements one after another.

    A statement with `same_sentence` continues the sentence of the one before it.
    """
    text = ""
    speakers: dict[tuple[str, bool], dict[str, Any]] = {}
    outlets: dict[str, dict[str, Any]] = {publisher: {"id": "o1", "name": publisher, "aliases": [], "country": None}}
    claims = []
    sentence_start = 0
    for i, s in enumerate(statements, 1):
        if s["same_sentence"] and claims:
            text = text[:-2] + " "
        else:
            sentence_start = len(text)
        text += s["lead"]
        start = len(text)
        text += s["content"]
        end = len(text)
        text += ". "
        for claim in claims:
            if claim["sentence_start"] == sentence_start:
                claim["sentence_end"] = end + 1
        speaker_id = None
        if s["speaker"]:
            key = (s["speaker"], s["anonymous"])
            if key not in speakers:
                speakers[key] = {"id": f"s{len(speakers) + 1}", "name": s["speaker"], "aliases": [],
                                 "kind": s["speaker_kind"], "anonymous": s["anonymous"], "role": s["role"],
                                 "affiliation": s["affiliation"]}
            speaker_id = speakers[key]["id"]
        outlet_id = None
        if s["outlet"]:
            if s["outlet"] not in outlets:
                outlets[s["outlet"]] = {"id": f"o{len(outlets) + 1}", "name": s["outlet"], "aliases": [],
                                        "country": s["country"]}
            outlet_id = outlets[s["outlet"]]["id"]
        claims.append({
            "id": f"c{i}", "seq": i, "start": start, "end": end, "text": s["content"],
            "sentence_start": sentence_start, "sentence_end": end + 1, "speaker": speaker_id,
            "speaker_start": None, "speaker_end": None, "outlet": outlet_id, "cue": s["cue"], "cue_start": None,
            "cue_end": None, "form": s["form"], "stated_on": s["stated_on"], "event_on": None, "kind": s["kind"],
            "status": s["status"], "reason": s["reason"], "reviewed_by": s["reviewed_by"],
        })
    return {
        "format": "provenance-claimset", "format_version": 1,
        "document": {"slug": slug, "title": slug, "outlet": publisher, "url": None, "language": "en",
                     "version": version, "published": None, "text": text.rstrip()},
        "speakers": list(speakers.values()), "outlets": list(outlets.values()), "claims": claims,
        "links": links or [],
    }


TURKISH_SOURCES = dict(anonymous=True, affiliation="Turkiye", stated_on="2025-05-02",
                       lead="Sources in the Turkish Ministry of Defence told reporters on May 2 that ")
GREEK_OFFICIAL = dict(anonymous=True, affiliation="Greece", outlet="Kathimerini", country="Greece",
                      stated_on="2025-05-03", lead="A Greek official told Kathimerini that ")
HOTLINE = "Ankara and Athens are holding talks to set up a crisis hotline in the Aegean"
HOTLINE_AGAIN = "Greece and Turkiye are holding talks to set up a crisis hotline in the Aegean Sea"


def ruled(*statements: dict[str, Any], **kwargs: Any) -> dict[str, Any]:
    data = claimset_file.validate(claimset("story", *statements, **kwargs))
    return rules.apply_rules(data)


def statuses(data: dict[str, Any]) -> list[tuple[str, str]]:
    return [(c["status"], c["reason"]) for c in data["claims"]]


# --- the base rule: one source on its own ------------------------------------------------------

def test_each_kind_of_source_gets_its_base_status_and_a_reason_naming_it():
    data = ruled(
        statement("the border crossing reopened on Monday"),
        statement("the talks will resume in June", "an official Greek source", anonymous=True,
                  outlet="Kathimerini", stated_on="2025-05-03", kind="prediction"),
        statement("the ministry has no plans to close the port", "Nikos Dendias", role="Greek Defence Minister",
                  stated_on="2025-05-04", kind="position"),
        statement("the deal is a turning point", "Maria Vlachou", role="political analyst", kind="opinion",
                  outlet="Kathimerini"),
        statement("ferries were cancelled", "Kathimerini", speaker_kind="media", stated_on="2025-05-05"),
    )
    assert statuses(data) == [
        ("unconfirmed", "unattributed statement of the publisher"),
        ("unconfirmed", "single anonymous source (an official Greek source, via Kathimerini, 2025-05-03)"),
        ("confirmed", "on the record from Nikos Dendias (Greek Defence Minister, 2025-05-04)"),
        ("unconfirmed", "single source: Maria Vlachou, political analyst (analyst, not a party to the events; "
                        "Kathimerini)"),
        ("unconfirmed", "second-hand: reported by Kathimerini (2025-05-05)"),
    ]
    assert data["links"] == []


def test_a_statement_embedded_in_an_analysts_claim_is_second_hand():
    data = ruled(
        statement("the president affirmed his commitment to the pipeline", "Maria Vlachou",
                  role="political analyst", outlet="Kathimerini"),
    )
    outer = data["claims"][0]
    inner_start = data["document"]["text"].index("his commitment")
    data["claims"].append(dict(outer, id="c2", seq=2, start=inner_start, end=outer["end"],
                               text=data["document"]["text"][inner_start:outer["end"]], speaker="s2", cue="affirmed"))
    data["speakers"].append({"id": "s2", "name": "Ilir Meta", "aliases": [], "kind": "person", "anonymous": False,
                             "role": "President", "affiliation": None})
    rules.apply_rules(claimset_file.validate(data))
    assert statuses(data)[1] == ("unconfirmed", "second-hand: relayed only by Maria Vlachou (Kathimerini)")


# --- what a claim's own words say of its source (issue 12, status dev set) -------------------------

def test_the_publishers_reading_of_a_named_person_is_not_that_person_on_the_record():
    """'X has sought to ...' and "X's language in the statement makes clear that ..." are the
    publisher's account of X, not X's statement; a body that names no office ('authorities') is
    nobody on the record, and the police are not on the record in words that report no statement
    ('the police repeat the name': what they did). 'X said' and 'the Harbour Police said' stay
    confirmed."""
    data = ruled(
        statement("to look like the only candidate ready for a fight", "Dana Whitfield", role="mayoral candidate",
                  lead="Since the storm, Dana Whitfield has sought ", cue="has sought"),
        statement("he wants the vote delayed and will not say so", "Ben Ortiz",
                  lead="But Ortiz’s language in the statement makes clear that ", form="direct",
                  cue="’s language in the statement makes clear"),
        statement("the shelter houses about forty families", "authorities", lead="authorities reported that ",
                  cue="reported", speaker_kind="institution"),
        statement("the suspect's name", "the police", lead="At noon the police repeat ", cue="repeat",
                  speaker_kind="institution"),
        statement("the ferry will resume on Monday", "Dana Whitfield", role="mayoral candidate"),
        statement("the road is closed", "Harbour Police", speaker_kind="institution"),
    )
    assert statuses(data) == [
        ("unconfirmed", "the publisher's account of Dana Whitfield ('has sought'), not a statement on the record"),
        ("unconfirmed", "the publisher's reading of what Ben Ortiz's words show ('’s language in the statement "
                        "makes clear'), not a statement of Ben Ortiz's"),
        ("unconfirmed", "an unnamed body: 'authorities' names no office, place or person"),
        ("unconfirmed", "the publisher's account of what the police did ('repeat'), not a statement on the record"),
        ("confirmed", "on the record from Dana Whitfield (mayoral candidate)"),
        ("confirmed", "on the record from Harbour Police"),
    ]


def test_a_candidate_or_a_former_official_who_backs_a_side_is_a_party():
    """'presidential hopeful and former Secretary of State' calling for action, a former prosecutor
    who backs a side: on the record, not a commentator; a 'candidate and political analyst' is a
    party too, a 'political analyst' alone comments, and so does a former official who is no
    party to the events (the seed's guidelines: 'the same for former officials')."""
    data = ruled(
        statement("action to stem gun violence", "Helen Carver", kind="position", cue="called for",
                  role="presidential hopeful and former Secretary of State"),
        statement("the deleted files are a smoking gun", "Tom Reyes", role="former prosecutor who backs Carver",
                  kind="opinion"),
        statement("the tax plan will pass", "Ana Lind", role="council candidate and political analyst",
                  kind="prediction"),
        statement("the tax plan will pass", "Ben Ortiz", role="political analyst", kind="prediction"),
        statement("such leaks are settled quietly", "Eva Roth", role="former intelligence chief", kind="opinion"),
    )
    assert statuses(data)[:3] == [
        ("confirmed", "on the record from Helen Carver (presidential hopeful and former Secretary of State)"),
        ("confirmed", "on the record from Tom Reyes (former prosecutor who backs Carver)"),
        ("confirmed", "on the record from Ana Lind (council candidate and political analyst)"),
    ]
    assert statuses(data)[3][0] == "unconfirmed" and "analyst, not a party" in statuses(data)[3][1]
    assert statuses(data)[4] == ("unconfirmed", "single source: Eva Roth, former intelligence chief "
                                 "(former official, not a party to the events)")


def test_a_result_called_by_several_outlets_is_corroborated():
    """'according to three television networks': each network called it on its own; 'two
    officials' are one anonymous origin, not several."""
    data = ruled(
        statement("Dana Whitfield has won the mayoral primary", "three television networks", anonymous=True,
                  lead="", cue="according to", speaker_kind="media"),
        statement("the count was delayed", "two officials", anonymous=True),
    )
    assert statuses(data) == [
        ("corroborated", "reported independently by three television networks"),
        ("unconfirmed", "single anonymous source (two officials)"),
    ]


def test_an_account_the_speaker_later_withdrew_is_retracted():
    """'He blamed the outage on a storm but later admitted ...': within the content or after it in
    the sentence, the speaker's own later admission withdraws the first account; a later
    admission by someone else ('but the utility later admitted') does not."""
    data = ruled(
        statement("the outage on a storm but later admitted the lines had not been inspected", "Ben Ortiz",
                  lead="Ben Ortiz blamed ", cue="blamed", role="utility director"),
        statement("the failure on vandals", "Ben Ortiz", lead="Last year Ortiz blamed ", cue="blamed",
                  role="utility director"),
        statement("apologised for the delay", lead="and then quickly ", same_sentence=True),
        statement("the outage on a storm", "Ana Lind", lead="Ana Lind blamed ", cue="blamed",
                  role="utility spokeswoman"),
        statement("the lines had not been inspected", lead="but the utility later admitted ", same_sentence=True),
    )
    assert statuses(data)[0] == (
        "retracted", "withdrawn later by Ben Ortiz (Example Gazette) ('but later admitted')")
    assert statuses(data)[1] == (
        "retracted", "withdrawn later by Ben Ortiz (Example Gazette) ('and then quickly apologised')")
    assert statuses(data)[3][0] == "confirmed"


def test_a_publisher_arguing_against_an_outlet_disputes_its_views_and_the_point_it_answers():
    """An opinion piece quoting an outlet's editorial: "But they leave out a crucial point" answers
    the quotation just before it, and the outlet's views in the piece are argued against too; its
    facts stated elsewhere stay second-hand, and the publisher's own sentence saying what the
    outlet glosses over is the publisher's argument. 'But it gave no date' argues nothing."""
    media = dict(speaker_kind="media")
    data = ruled(
        statement("the strike shows how strong the union has become", "Northwire", kind="opinion",
                  cue="suggested", lead="Northwire suggested that ", **media),
        statement("ferries stopped on Monday", "Northwire", cue="reported", lead="Northwire reported that ", **media),
        statement("Most crews worked as usual"),
        statement("In stopping the port for a week, the union showed its strength", "Northwire", cue=":",
                  form="direct", lead="The editorial goes on: ", **media),
        statement("But they leave out a crucial point"),
        statement("the fact that the port had closed for repairs", "Northwire", cue="completely glosses over",
                  lead="The outlet completely glosses over ", **media),
        statement("the ferry will run again in May", "Capital Wire", cue="reported", lead="Capital Wire reported that ",
                  **media),
        statement("But it gave no date for the repairs"),
    )
    got = statuses(data)
    assert got[0] == got[3] == ("disputed", "argued against by the publisher (Example Gazette)")
    assert got[1] == ("unconfirmed", "second-hand: reported by Northwire")
    assert got[5] == ("unconfirmed", "the publisher's argument against Northwire ('completely glosses over')")
    assert got[6] == ("unconfirmed", "second-hand: reported by Capital Wire")


def test_someone_who_ignored_an_outlets_report_argues_nothing_against_it():
    """'The mayor ignored the report': a cue of ignoring from a person is no publisher's argument."""
    media = dict(speaker_kind="media")
    data = ruled(
        statement("the strike shows how strong the union has become", "Northwire", kind="opinion",
                  cue="suggested", lead="Northwire suggested that ", **media),
        statement("the union's warnings", "Ana Lind", cue="ignored", lead="Mayor Ana Lind ignored ", role="mayor"),
    )
    assert statuses(data)[0] == ("unconfirmed", "second-hand: reported by Northwire")


def test_a_claim_answered_by_another_source_with_a_negation_after_but_is_disputed():
    """'The Harbour Front claimed responsibility for the blast but port officials have said they do
    not believe the group was involved': the officials deny the claim. Not for a call ('called for
    calm but officials said they would not meet'), nor without a negation."""
    data = ruled(
        statement("responsibility for the blast", "Harbour Front", speaker_kind="group", cue="claimed",
                  lead="The Harbour Front claimed "),
        statement("they do not believe the group was involved", "U.S. port officials", anonymous=True,
                  lead="but U.S. port officials have said ", same_sentence=True),
        statement("calm on the island", "Ruth Anand", role="Mayor", cue="called for", kind="position",
                  lead="Mayor Ruth Anand called for "),
        statement("they would not meet the strikers", "officials", anonymous=True, lead="but officials said ",
                  same_sentence=True),
        statement("the ferry was late", "Ben Ortiz", role="harbour master", lead="Ben Ortiz said "),
        statement("it sailed at noon", "officials", anonymous=True, lead="but officials said ", same_sentence=True),
    )
    got = statuses(data)
    assert got[0] == ("disputed", "denied by U.S. port officials (Example Gazette)")
    assert got[2][0] == got[4][0] == "confirmed"


def test_the_publisher_telling_what_a_party_said_takes_the_partys_record():
    """'Following the flood, Mayor Ruth Anand called on the council to reopen the ferry, which closed
    in May': the publisher's sentence tells what the mayor said on the record; one holding an
    anonymous source's claim stays the publisher's."""
    data = ruled(statement("Following the flood, Mayor Ruth Anand called on the council to reopen the ferry, "
                           "which closed in May"),
                 statement("Two officials said the ferry would stay closed, which angered residents"))
    text = data["document"]["text"]
    inner = [("the council to reopen the ferry", "Ruth Anand", False, "Mayor", "called on"),
             ("the ferry would stay closed", "Two officials", True, None, "said")]
    for n, (content, name, anonymous, role, cue) in enumerate(inner, start=3):
        start = text.index(content)
        data["claims"].append(dict(data["claims"][n - 3], id=f"c{n}", seq=n, start=start, end=start + len(content),
                                   text=content, speaker=f"s{n}", cue=cue, form="indirect"))
        data["speakers"].append({"id": f"s{n}", "name": name, "aliases": [], "kind": "person",
                                 "anonymous": anonymous, "role": role, "affiliation": None})
    rules.apply_rules(claimset_file.validate(data))
    got = statuses(data)
    assert got[0] == ("confirmed", "the publisher's account of Ruth Anand's own statement, on the record")
    assert got[1] == ("unconfirmed", "unattributed statement of the publisher")
    assert got[2] == ("confirmed", "on the record from Ruth Anand (Mayor)")


def test_what_a_party_did_told_by_anonymous_sources_after_it_is_second_hand():
    """'Minister Karl Brandt shared the harbour plan with the envoy, two officials said on Sunday,
    apparently telling her, "..."' (issue 12 point 4): the minister's act reaches the reader only
    through the officials; followed by a named party's words it stays on the record."""
    data = ruled(
        statement("the harbour plan with the envoy", "Karl Brandt", role="Minister", cue="shared",
                  lead="Minister Karl Brandt shared "),
        statement("apparently telling her, “I get great plans”", "two officials", anonymous=True,
                  lead=", two officials said on Sunday, ", same_sentence=True),
        statement("the pier would open in May", "Karl Brandt", role="Minister", lead="Brandt said "),
        statement("it would open later", "Ruth Anand", role="Mayor", lead=", but Mayor Ruth Anand said ",
                  same_sentence=True),
    )
    got = statuses(data)
    assert got[0] == ("unconfirmed", "second-hand: relayed only by two officials")
    assert got[2][0] == got[3][0] == "confirmed"


# --- corroboration, independence, denial ---------------------------------------------------------

def test_similar_claims_from_two_sides_corroborate_each_other():
    data = ruled(statement(HOTLINE, "sources in the Turkish Ministry of Defence", **TURKISH_SOURCES),
                 statement(HOTLINE_AGAIN, "a Greek official", **GREEK_OFFICIAL))
    assert statuses(data) == [
        ("corroborated", "corroborated by a Greek official (Kathimerini, 2025-05-03)"),
        ("corroborated", "corroborated by sources in the Turkish Ministry of Defence (2025-05-02)"),
    ]
    assert data["links"] == []  # they share a cluster: no pairwise link (issue 12, part 2)


def test_two_anonymous_officials_of_one_side_do_not_corroborate_each_other():
    data = ruled(statement(HOTLINE, "an official Greek source", anonymous=True, affiliation="Greece",
                           outlet="Kathimerini", country="Greece"),
                 statement(HOTLINE_AGAIN, "a senior Greek official", anonymous=True, outlet="To Vima",
                           country="Greece"))
    assert [s for s, _ in statuses(data)] == ["unconfirmed", "unconfirmed"]
    assert all(lk["relation"] != "corroborates" for lk in data["links"])


def test_one_source_relayed_by_two_outlets_counts_once():
    data = ruled(statement(HOTLINE, "a Greek official", **GREEK_OFFICIAL),
                 statement(HOTLINE + " Sea", "a Greek official", anonymous=True, affiliation="Greece",
                           outlet="To Vima", country="Greece"))
    assert data["links"] == []
    assert [s for s, _ in statuses(data)] == ["unconfirmed", "unconfirmed"]


def test_support_reaches_a_restatement_of_a_corroborated_claim():
    data = ruled(statement(HOTLINE, "sources in the Turkish Ministry of Defence", **TURKISH_SOURCES),
                 statement(HOTLINE + " Sea", "ministry sources", anonymous=True, affiliation="Turkiye",
                           outlet="Daily Sabah", country="Turkiye"),
                 statement("Greece and Turkiye are holding talks on a crisis hotline in the Aegean", "a Greek official",
                           **GREEK_OFFICIAL))
    assert [s for s, _ in statuses(data)] == ["corroborated"] * 3


def _did_not_confirm():
    """Anonymous ministry sources who did not confirm what Greek media reported, in one sentence."""
    return (
        statement("Turkiye is holding talks with Greece on the Aegean", "ministry sources", anonymous=True,
                  affiliation="Turkiye", outlet="Daily Sabah", country="Turkiye", stated_on="2025-05-22",
                  lead="According to Daily Sabah, "),
        statement("the two countries had agreed to set up a hotline", "Greek media", anonymous=True,
                  affiliation="Greece", speaker_kind="media", outlet="Daily Sabah", same_sentence=True,
                  lead="ministry sources said, but did not confirm Greek media reports that ", cue="reports"),
    )


def test_a_source_that_did_not_confirm_reports_leaves_them_unconfirmed():
    data = ruled(
        *_did_not_confirm(),
        statement("Cyprus's role in activating a hotline between Turkiye and Greece", "Maria Vlachou",
                  role="political analyst", kind="opinion", cue="highlighted"),
        statement("the ferry between Greece and Turkiye runs daily", "Maria Vlachou", role="political analyst"),
    )
    assert statuses(data)[1:] == [
        ("unconfirmed", "ministry sources did not confirm (Daily Sabah, 2025-05-22); "
                        "single anonymous source (Greek media, via Daily Sabah)"),
        # another claim about the same hotline between the same countries is covered too
        ("unconfirmed", "ministry sources did not confirm (Daily Sabah, 2025-05-22); "
                        "single source: Maria Vlachou, political analyst (analyst, not a party to the events)"),
        ("unconfirmed", "single source: Maria Vlachou, political analyst (analyst, not a party to the events)"),
    ]
    assert [(lk["source"], lk["target"], lk["relation"]) for lk in data["links"]] == [
        ("c1", "c2", "contradicts"), ("c1", "c3", "contradicts")]
    assert data["links"][1]["reason"] == "did not confirm: reports of the same hotline (claim c2) between the same parties"


def test_a_denial_disputes_the_claim_it_denies_and_its_own_content():
    data = ruled(statement(HOTLINE, "a Greek official", **GREEK_OFFICIAL),
                 statement(HOTLINE_AGAIN, "the Turkish Foreign Ministry", speaker_kind="institution",
                           cue="denied", stated_on="2025-05-04"))
    # the denial itself is disputed too, its reason naming whose account it disputes
    assert statuses(data) == [
        ("disputed", "denied by the Turkish Foreign Ministry (Example Gazette, 2025-05-04)"),
        ("disputed", "a denial by the Turkish Foreign Ministry (Example Gazette, 2025-05-04) of the account of "
                     "a Greek official (Kathimerini, 2025-05-03)"),
    ]
    assert [(lk["source"], lk["target"], lk["relation"]) for lk in data["links"]] == [("c2", "c1", "contradicts")]


def test_opinions_and_publisher_statements_are_never_corroborated():
    data = ruled(statement(HOTLINE, "a Greek official", kind="opinion", **GREEK_OFFICIAL),
                 statement(HOTLINE_AGAIN),
                 statement(HOTLINE_AGAIN + " now", "sources in the Turkish Ministry of Defence", **TURKISH_SOURCES))
    assert [s for s, _ in statuses(data)] == ["unconfirmed"] * 3
    assert data["links"] == []


def test_reviewed_claims_and_reviewer_links_are_left_alone():
    data = ruled(statement(HOTLINE, "a Greek official", reviewed_by="ana", status="retracted",
                           reason="withdrawn by the ministry on 2025-05-09", **GREEK_OFFICIAL),
                 statement(HOTLINE_AGAIN, "sources in the Turkish Ministry of Defence", **TURKISH_SOURCES),
                 links=[{"source": "c2", "target": "c1", "relation": "contradicts", "by": "ana", "reason": "no"}])
    assert statuses(data)[0] == ("retracted", "withdrawn by the ministry on 2025-05-09")
    assert [(lk["relation"], lk["by"]) for lk in data["links"]] == [("contradicts", "ana")]


@pytest.mark.slow
def test_one_sentence_repeated_by_many_sources_is_corroborated_through_few_links():
    """Hundreds of copies of one claim: every copy is corroborated, from a number of links that
    grows with the copies, not with their square."""
    copies = 400
    data = ruled(*[statement(HOTLINE, f"Minister Number{k}", stated_on="2025-05-04") for k in range(copies)])
    assert {s for s, _ in statuses(data)} == {"corroborated"}
    assert len(data["links"]) < 20 * copies
    # two sides each saying it many times: every copy is corroborated by the other side
    half = [statement(HOTLINE, "a Greek official", **GREEK_OFFICIAL) for _ in range(150)]
    other = [statement(HOTLINE, "sources in the Turkish Ministry of Defence", **TURKISH_SOURCES) for _ in range(150)]
    data = ruled(*half, *other)
    assert {s for s, _ in statuses(data)} == {"corroborated"}
    assert {r for _, r in statuses(data)[:150]} == {
        "corroborated by sources in the Turkish Ministry of Defence (2025-05-02)"}
    assert len(data["links"]) < 20 * 300


def test_a_denial_reaches_every_copy_of_a_repeated_claim():
    copies = [statement(HOTLINE, "a Greek official", **GREEK_OFFICIAL) for _ in range(120)]
    data = ruled(*copies, statement(HOTLINE_AGAIN, "the Turkish Foreign Ministry", speaker_kind="institution",
                                    cue="denied", stated_on="2025-05-04"))
    assert {r for _, r in statuses(data)[:120]} == {"denied by the Turkish Foreign Ministry (Example Gazette, 2025-05-04)"}
    assert statuses(data)[120][1].startswith("a denial by the Turkish Foreign Ministry (Example Gazette, 2025-05-04) "
                                             "of the account of a Greek official")


def test_rule_status_keeps_its_claim_set_signature():
    speakers = {"s1": {"id": "s1", "name": "a Greek official", "anonymous": True, "affiliation": "Greece"},
                "s2": {"id": "s2", "name": "Nikos Dendias", "anonymous": False, "role": "Minister"}}
    claim = {"id": "c1", "text": HOTLINE, "speaker": "s1", "outlet": None, "form": "indirect", "kind": "fact"}
    other = {"id": "c2", "text": HOTLINE_AGAIN, "speaker": "s2", "outlet": None, "form": "indirect", "kind": "fact"}
    assert rules.rule_status(claim, speakers=speakers, outlets={}, incoming=[]) == (
        "unconfirmed", "single anonymous source (a Greek official)")
    assert rules.rule_status(claim, speakers=speakers, outlets={}, incoming=[("corroborates", other)]) == (
        "corroborated", "corroborated by Nikos Dendias")


# --- the database: import, ingest, recompute ---------------------------------------------------------

def write(tmp_path, data: dict[str, Any], name: str | None = None) -> str:
    path = tmp_path / f"{name or data['document']['slug']}.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return str(path)


def claims_json(run, *args: str) -> list[dict[str, Any]]:
    result = run("claims", "--format", "json", *args)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_import_keeps_the_files_statuses_and_recompute_applies_the_rules(run, tmp_path):
    data = claimset("one", statement(HOTLINE, "a Greek official", status="confirmed", reason="as filed",
                                     **GREEK_OFFICIAL))
    assert run("import", write(tmp_path, data)).exit_code == 0
    assert [(c["status"], c["reason"]) for c in claims_json(run)] == [("confirmed", "as filed")]
    result = run("recompute")
    assert result.exit_code == 0
    assert result.stderr == "Recomputed 1 claim: 0 links added, 0 removed, 1 status changed\n"
    assert [c["status"] for c in claims_json(run)] == ["unconfirmed"]
    events = json.loads(run("history", "--by", "rule", "--format", "json").stdout)
    assert [(e["action"], e["old"], e["new"], e["doc"]) for e in events] == [
        ("status", "confirmed", "unconfirmed", "one")]


def test_a_new_document_corroborates_an_old_claim_and_upgrades_it_with_an_event(run, tmp_path):
    first = rules.apply_rules(claimset("athens", statement(HOTLINE, "a Greek official", **GREEK_OFFICIAL)))
    second = rules.apply_rules(claimset("ankara", statement(HOTLINE_AGAIN, "sources in the Turkish Ministry "
                                                             "of Defence", **TURKISH_SOURCES)))
    assert run("import", write(tmp_path, first)).exit_code == 0
    assert [c["status"] for c in claims_json(run)] == ["unconfirmed"]
    assert run("import", write(tmp_path, second)).exit_code == 0
    rows = {c["doc"]: c for c in claims_json(run)}
    assert rows["athens"]["status"] == "corroborated"
    assert rows["athens"]["reason"] == "corroborated by sources in the Turkish Ministry of Defence (2025-05-02)"
    assert rows["ankara"]["status"] == "corroborated"
    events = json.loads(run("history", "--by", "rule", "--format", "json").stdout)
    assert [(e["action"], e["claim"], e["old"], e["new"]) for e in events] == [
        ("status", rows["athens"]["id"], "unconfirmed", "corroborated"),
        ("status", rows["ankara"]["id"], "unconfirmed", "corroborated"),
    ]
    # one cluster, no pairwise link
    assert rows["athens"]["cluster"] == rows["ankara"]["cluster"] is not None
    shown = run("show", str(rows["athens"]["id"]), "--format", "json")
    assert json.loads(shown.stdout)["links"] == []
    # recomputing changes nothing more
    assert run("recompute").stderr == "Recomputed 2 claims: 0 links added, 0 removed, 0 statuses changed\n"


@pytest.mark.slow
def test_the_claim_search_index_finds_what_reading_every_claim_finds(run, tmp_path, monkeypatch):
    """A new document's candidates come from the claim text search index; a database without it
    (or a full scan) gives the same links and statuses."""
    text = (SEEDS / "azerbaijan-mediation.txt").read_text(encoding="utf-8")
    body = text.split("---\n", 2)[2]
    retold = tmp_path / "retold.txt"  # the same story retold by another outlet
    retold.write_text("\n\n".join(reversed(body.split("\n\n"))), encoding="utf-8")
    seed = str(SEEDS / "azerbaijan-mediation.txt")
    looked_up = []
    corpus = ClaimIndex.corpus

    def spy(self, documents):
        looked_up.append(documents)
        return corpus(self, documents)

    monkeypatch.setattr(ClaimIndex, "corpus", spy)
    monkeypatch.setattr(claim_index, "SCAN_BELOW", {})  # a database this small is otherwise read whole
    assert run("ingest", seed).exit_code == 0
    assert run("ingest", str(retold), "--outlet", "Example Gazette").exit_code == 0
    assert len(looked_up) == 2
    rows = claims_json(run)
    with_index = [(c["doc"], c["seq"], c["status"], c["reason"]) for c in rows]
    # the retold claims restate the seed's through another outlet: clustered across the two documents
    seed_clusters = {c["cluster"] for c in rows if c["doc"] == "azerbaijan-mediation"} - {None}
    assert sum(c["cluster"] in seed_clusters for c in rows if c["doc"] == "retold") >= 30

    monkeypatch.setattr(ClaimIndex, "of", classmethod(lambda cls, session: None))
    scan = Run(str(tmp_path / "scan.db"))
    assert scan("ingest", seed).exit_code == 0
    assert scan("ingest", str(retold), "--outlet", "Example Gazette").exit_code == 0
    assert [(c["doc"], c["seq"], c["status"], c["reason"]) for c in claims_json(scan)] == with_index
    assert len(looked_up) == 2


def test_a_new_document_next_to_one_with_a_denial_it_does_not_touch(run, tmp_path, monkeypatch):
    """The candidates' documents are read whole; a claim denied there that the new document does
    not touch is no candidate, and stays as it was."""
    monkeypatch.setattr(claim_index, "SCAN_BELOW", {})  # candidates from the claim search index
    first = rules.apply_rules(claimset(
        "one",
        *_did_not_confirm(),
        statement("the ferry from Rhodes to Marmaris runs daily", "Nikos Dendias", role="Greek Defence Minister")))
    second = rules.apply_rules(claimset(
        "two", statement("the ferry from Rhodes to Marmaris runs daily again", "Hakan Fidan",
                         role="Turkish Foreign Minister")))
    assert run("import", write(tmp_path, first)).exit_code == 0
    assert run("import", write(tmp_path, second)).exit_code == 0
    rows = claims_json(run)
    assert [(c["doc"], c["status"]) for c in rows] == [
        ("one", "unconfirmed"), ("one", "unconfirmed"), ("one", "corroborated"), ("two", "corroborated")]


def test_recompute_one_document_and_unknown_document(run, tmp_path):
    assert run("import", write(tmp_path, claimset("one", statement(HOTLINE, "a Greek official",
                                                                   **GREEK_OFFICIAL)))).exit_code == 0
    assert run("recompute", "--doc", "one").stderr.startswith("Recomputed 1 claim:")
    result = run("recompute", "--doc", "nope")
    assert result.exit_code == 2
    assert result.stderr == "Error: no document 'nope': `provenance docs` lists the documents\n"


def test_status_vocabulary_is_the_designs():
    assert STATUSES == ("confirmed", "corroborated", "unconfirmed", "disputed", "retracted")


# --- the seed -----------------------------------------------------------------------------------

def _find(rows: list[dict[str, Any]], words: str) -> list[dict[str, Any]]:
    return [r for r in rows if words in r["text"]]


def test_seed_article_statuses_after_ingest(run):
    pytest.importorskip("provenance.extract")
    result = run("ingest", str(SEEDS / "azerbaijan-mediation.txt"))
    assert result.exit_code == 0, result.output
    rows = claims_json(run)
    hotline = _find(rows, "hotline")
    assert len(hotline) == 2 and {r["status"] for r in hotline} == {"unconfirmed"}
    reports, credit = sorted(hotline, key=lambda r: r["seq"])
    assert "did not confirm (Daily Sabah, 2025-05-22)" in reports["reason"]
    assert "Ministry" in reports["reason"]
    assert "did not confirm (Daily Sabah, 2025-05-22); single source: Abdullah al-Asaad" in credit["reason"]
    deconfliction = _find(rows, "to establish a mechanism") + _find(rows, "deconfliction mechanism in") + \
        _find(rows, "reached understanding")
    # The reviewers have these three corroborated: the Israeli source's "had reached understanding on
    # coordinating their military activities ... to prevent clashes" backs the Turkish ministry's
    # "engaged in discussions ... to establish a mechanism to prevent conflict". The rules reached
    # that only through synonym groups made of the seed's own words (issue 12), now gone: the
    # matcher, tuned on human-labelled news pairs, does not call them the same claim (0.15).
    assert [r["status"] for r in deconfliction] == ["unconfirmed"] * 3
    press = [r for r in rows if r["outlet"] and "press release" in r["outlet"] and r["speaker"] == "Israeli Ministry of Defense"]
    assert press and {r["status"] for r in press} == {"confirmed"}
    agreed = _find(rows, "We have agreed with Turkiye")
    assert [r["status"] for r in agreed] == ["unconfirmed"]
    assert "single anonymous source" in agreed[0]["reason"]


def test_seed_reviewed_set_without_decisions_gets_the_reviewers_statuses_back(run, tmp_path, seed_claimset_path):
    data = json.loads(seed_claimset_path.read_text(encoding="utf-8"))
    reviewed = [c["status"] for c in data["claims"]]
    for c in data["claims"]:
        c.update(reviewed_by=None, status="unconfirmed", reason="")
    data["links"] = []
    assert run("import", write(tmp_path, data)).exit_code == 0
    assert run("recompute").exit_code == 0
    ruled_statuses = [c["status"] for c in claims_json(run)]
    agree = sum(a == b for a, b in zip(reviewed, ruled_statuses, strict=True))
    # 52 of 55 with the seed-shaped synonym groups; 49 without them (the three deconfliction claims
    # above are no longer corroborated)
    assert agree >= 49, list(zip(reviewed, ruled_statuses, strict=True))


def test_a_source_that_did_not_confirm_reports_covers_the_same_thing_between_named_parties():
    """Not only countries: reports of a merger between two named companies, not confirmed by one of
    them, leave another claim about that merger between the same companies unconfirmed."""
    data = ruled(
        statement("Halvard Shipping is in talks with Corvane Freight on a joint timetable", "company sources",
                  anonymous=True, outlet="Daily Sabah", stated_on="2025-05-22", lead="According to Daily Sabah, "),
        statement("the two firms had agreed to a merger", "trade press", anonymous=True, speaker_kind="media",
                  outlet="Daily Sabah", same_sentence=True, cue="reports",
                  lead="company sources said, but did not confirm trade press reports that "),
        statement("the merger of Halvard Shipping and Corvane Freight would close in June", "Maria Vlachou",
                  role="political analyst"),
    )
    assert statuses(data)[2] == (
        "unconfirmed", "company sources did not confirm (Daily Sabah, 2025-05-22); "
                       "single source: Maria Vlachou, political analyst (analyst, not a party to the events)")
