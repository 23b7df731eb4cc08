"""The sourcing report as Markdown (CommonMark with pipe tables and a Mermaid graph).

Every piece of text that comes from an article is escaped: Markdown punctuation gets a backslash
(so `<script>` shows as text, never as HTML), table cells lose their pipes and line breaks, and
Mermaid labels use Mermaid's own entity codes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from provenance.output import printable
from provenance.report.data import CARRIED_INTRO, ClaimEntry, ClusterEntry, LinkedClaims, Report
from provenance.wording import plural

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|&#~!])")
_MERMAID_SPECIAL = re.compile(r'[#"<>&`|{}\[\]()]')


def text(value: object) -> str:
    r"""Article text made inert in Markdown: one line, punctuation that means something escaped.

    >>> print(text("<b>x</b> | y"))
    \<b\>x\</b\> \| y
    """
    s = printable(" ".join(str(value).split()))
    return _MD_SPECIAL.sub(r"\\\1", s)


def code(value: object) -> str:
    r"""A command or a slug as a Markdown code span that no backtick of its own can close: the fence is
    longer than any run of backticks inside (a user's `--outlet` words are in the commands).

    >>> print(code("provenance report --outlet 'Evil`'"))
    ``provenance report --outlet 'Evil`'``
    >>> print(code("`x"))
    `` `x ``
    """
    s = printable(" ".join(str(value).split()))
    fence = "`" * (max((len(run) for run in re.findall("`+", s)), default=0) + 1)
    pad = " " if s.startswith("`") or s.endswith("`") else ""
    return f"{fence}{pad}{s}{pad}{fence}"


def mermaid_label(value: str) -> str:
    """A Mermaid node label: characters Mermaid or HTML would read become `#NN;` entity codes,
    control and bidirectional-override characters escapes."""
    s = printable(" ".join(value.split()))
    return _MERMAID_SPECIAL.sub(lambda m: f"#{ord(m.group(0))};", s)


def _counts(counts: dict[str, int], *, keep_zero: bool = True) -> str:
    parts = [f"{n} {name}" for name, n in counts.items() if n or keep_zero]
    return ", ".join(parts) if parts else "none"


def _percent(part: int, whole: int) -> str:
    return f"{part / whole:.1%}" if whole else "0.0%"


def _quote(c: ClaimEntry) -> str:
    return f"{c.stance_label}: “{text(c.text)}”" if c.stance_label else f"“{text(c.text)}”"


def _place(c: ClaimEntry) -> str:
    """'story\\#12': the document and place of a claim."""
    return f"{text(c.doc)}\\#{c.seq}"


def _claim_line(c: ClaimEntry, *, with_reason: bool = True) -> str:
    line = f"**{_place(c)}** {_quote(c)} — {text(c.source)}"
    if with_reason and c.reason:
        line += f". *Why:* {text(c.reason)}"
    if c.reviewed_by:
        line += f" (reviewed by {text(c.reviewed_by)})"
    if c.cluster is not None:
        line += f" [cluster {c.cluster}]"
    return line


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def render(report: Report) -> str:
    """The report as one Markdown document."""
    return "".join(chunks(report))


def chunks(report: Report) -> Iterator[str]:
    """The report as Markdown, a section at a time (joined, they are `render`'s text)."""
    sections = (_documents, _headline, _sources, _open_claims, _corroborated, _carried, _timeline, _graph)
    yield f"# Sourcing report: {text(report.title)}\n\n"
    for i, section in enumerate(sections):
        lines = section(report)
        if i == len(sections) - 1:
            while lines and lines[-1] == "":
                lines.pop()
        yield "\n".join(lines) + "\n"


def _left_out(report: Report, section: str, shown: str) -> list[str]:
    """The line under a capped section: what it shows, how many it left out, the command that lists them."""
    n, command = report.left_out(section)
    if not n:
        return []
    where = f": {code(command)} lists them all" if command else ""
    return ["", f"{shown}; {n} more{where}." if shown else f"{n} not listed (--limit 0){where}."]


def _documents(report: Report) -> list[str]:
    lines = []
    for d in report.documents:
        facts = d.facts(text, code)
        prefix = f"- {text(d.title)}: " if report.scope is None and d.title else "- "
        lines.append(prefix + ", ".join(facts))
    n, command = report.left_out("documents")
    if n:
        lines.append(f"- and {n} more documents: {code(command)} lists them all" if report.documents
                     else f"- {plural(n, 'document')} not listed (--limit 0): {code(command)} lists them all")
    if not report.documents and not n:
        lines.append(f"No documents {text(report.selection.describe())}: `provenance docs` lists the documents."
                     if report.selection else
                     "No documents in the database yet: `provenance ingest FILE` or `provenance import FILE`.")
    return lines + [""]


def _headline(report: Report) -> list[str]:
    h = report.headline
    lines = ["## Headline", ""]
    lines.append(f"- **{plural(h.claims, 'claim')}** by status: {_counts(h.statuses)}")
    lines.append(f"- By kind: {_counts(h.kinds)}")
    by_story = " (each story's counted apart)" if h.anonymous_by_story else ""
    lines.append(f"- Speakers: {h.speakers_named} named, {h.speakers_anonymous} anonymous{by_story}; claims from named "
                 f"speakers {h.claims_named}, from anonymous ones {h.claims_anonymous}"
                 + (f", with no identified speaker {h.claims_without_speaker}" if h.claims_without_speaker else ""))
    lines.append(f"- Resting only on anonymous sources: **{h.anonymous_only} of {plural(h.claims, 'claim')} "
                 f"({_percent(h.anonymous_only, h.claims)})** (anonymous speaker, not on the record, no named corroboration)")
    outlets = ", ".join(f"{text(o['name'])} ({o['claims']})" for o in h.outlets) or "none"
    n, command = report.left_out("outlets")
    if n:
        outlets = (f"{outlets}, and {n} more" if h.outlets else "not listed (--limit 0)") + (
            f" ({code(command)} lists them all)" if command else "")
    lines.append(f"- Outlets cited ({h.outlets_cited}; a story's own publisher is not counted): {outlets}")
    if h.own_reporting:
        own = ", ".join(f"{text(o['name'])} ({o['claims']})" for o in h.own_reporting)
        whose = "The publisher's" if len(h.own_reporting) == 1 else "The publishers'"
        lines.append(f"- {whose} own reporting (its statements, and sources it cites through no other outlet): {own}")
    return lines + [""]


def _sources(report: Report) -> list[str]:
    lines = ["## Sources", ""]
    if not report.sources:
        return lines + (_left_out(report, "sources", "")[1:] or ["No claims."]) + [""]
    lines.append(_row(["Speaker", "Role", "Affiliation", "Anonymous", "Outlets", "Claims", "Statuses"]))
    lines.append(_row(["---", "---", "---", "---", "---", "---:", "---"]))
    for s in report.sources:
        anonymous = text(s.anonymous_cell)
        outlets = ", ".join(text(o) for o in s.outlets) + (f", and {s.more_outlets} more" if s.more_outlets else "")
        lines.append(_row([text(s.speaker), text(s.role or ""), text(s.affiliation or ""), anonymous, outlets,
                           str(s.claims), _counts(s.statuses)]))
    lines += _left_out(report, "sources", f"The {plural(len(report.sources), 'speaker')} with the most claims")
    return lines + [""]


def _linked(items: list[LinkedClaims], label: str) -> list[str]:
    lines = []
    for n, item in enumerate(items, 1):
        lines.append(f"{n}. {_claim_line(item.claim)}")
        for other in item.related:
            # the label says what the other claim does ('not confirmed by X'): its words, no stance again
            lines.append(f"   - {label} {text(other.source)}, {_place(other)}: “{text(other.text)}”")
    return lines


def _shown(report: Report, shown: int) -> str:
    """What a capped claim section shows."""
    if not shown:
        return ""  # (--limit 0)
    return (f"The {shown} most recent statements shown" if report.recent_first
            else f"The first {shown} shown")


def _none(report: Report, section: str) -> list[str]:
    """What an empty claim section says: None, unless --limit 0 left its claims out (said below it)."""
    return [] if report.left_out(section)[0] else ["None."]


def _open_claims(report: Report) -> list[str]:
    lines = ["## Unconfirmed and disputed claims", ""]
    lines += [f"### Disputed ({report.total('disputed')})", ""]
    lines += _linked(report.disputed, "disputed by") or _none(report, "disputed")
    lines += _left_out(report, "disputed", _shown(report, len(report.disputed)))[not report.disputed:]
    lines += ["", f"### Unconfirmed ({report.total('unconfirmed')})", ""]
    lines += _linked(report.unconfirmed, "not confirmed by") or _none(report, "unconfirmed")
    lines += _left_out(report, "unconfirmed", _shown(report, len(report.unconfirmed)))[not report.unconfirmed:]
    lines.append("")
    if report.retracted:
        lines += [f"### Retracted ({report.total('retracted')})", ""]
        lines += [f"{n}. {_claim_line(c)}" for n, c in enumerate(report.retracted, 1)]
        lines += _left_out(report, "retracted", _shown(report, len(report.retracted)))
        lines.append("")
    return lines


def _corroborated(report: Report) -> list[str]:
    lines = [f"## Corroborated claims ({report.total('corroborated')})", ""]
    if not report.corroborated:
        return lines + (_left_out(report, "corroborated", "")[1:] or ["None."]) + [""]
    for n, item in enumerate(report.corroborated, 1):
        lines.append(f"{n}. {_claim_line(item.claim, with_reason=False)}")
        for other in item.related:
            lines.append(f"   - independent source: {text(other.source)}, {_place(other)}: {_quote(other)}")
        if not item.related:
            lines.append(f"   - {text(item.claim.reason)}")
    lines += _left_out(report, "corroborated", _shown(report, len(report.corroborated)))
    return lines + [""]


def _carried(report: Report) -> list[str]:
    total = len(report.clusters) + report.more.get("clusters", 0)
    lines = [f"## Statements carried by several outlets ({total})", ""]
    if not report.clusters and report.left_out("clusters")[0]:
        return lines + _left_out(report, "clusters", "")[1:] + [""]
    if not report.clusters:
        where = "in this document" if report.scope is not None else "in the database"
        return lines + [f"None: no statement {where} was carried by more than one document or outlet.", ""]
    lines += [CARRIED_INTRO, ""]
    for n, entry in enumerate(report.clusters, 1):
        lines += _cluster(n, entry)
    n, command = report.left_out("clusters")
    if n:
        lines += ["", f"The {plural(len(report.clusters), 'statement')} carried by the most outlets shown; {n} more: {code(command)} lists them "
                  "all, `provenance cluster ID` the claims of one cluster by origin."]
    return lines + [""]


def _cluster(n: int, entry: ClusterEntry) -> list[str]:
    rep = entry.representative
    statuses = f" (its claims: {_counts(entry.statuses)})" if len(entry.statuses) > 1 else ""
    lines = [f"{n}. **Cluster {entry.id}** {_quote(rep)} — {text(rep.source)}, {text(rep.doc)}\\#{rep.seq}: "
             f"{rep.status}{statuses}; {plural(entry.claims, 'claim')} in {plural(entry.documents, 'document')}, "
             f"{plural(entry.outlets, 'outlet')}: **{entry.verdict}**"]
    for origin in entry.origins:
        lines.append(f"   - origin: {text(origin.source)} ({origin.spread})")
    if entry.origin_count > len(entry.origins):
        lines.append(f"   - and {entry.origin_count - len(entry.origins)} more origins (`provenance cluster {entry.id}`)")
    if entry.carried_by:
        more = entry.outlets - len(entry.carried_by)
        lines.append("   - carried by " + ", ".join(text(o) for o in entry.carried_by)
                     + (f", and {more} more" if more else ""))
    if entry.here:
        lines.append("   - in this document: " + ", ".join(f"\\#{seq}" for seq in entry.here))
    return lines


def _timeline(report: Report) -> list[str]:
    lines = ["## Timeline of statements", ""]
    if not report.timeline:
        lines.append("No claim carries the date its statement was made.")
    if report.timeline_by == "month":
        dated = sum(entry.count for entry in report.timeline)
        command, lists = report.month_command()
        lines += [f"By month: {plural(dated, 'dated claim')}, too many to list one by one "
                  f"({code(command)} {lists}).", ""]
        lines += [f"- **{text(entry.date)}**: {plural(entry.count, 'claim')} ({_counts(entry.statuses or {}, keep_zero=False)})"
                  for entry in report.timeline]
    for entry in report.timeline if report.timeline_by == "day" else ():
        lines.append(f"- **{entry.date}**")
        for c in entry.claims:
            lines.append(f"  - {text(c.speaker or '(no identified speaker)')}"
                         + (f" via {text(c.outlet)}" if c.outlet and c.outlet != c.speaker else "")
                         + f": {_quote(c)} ({c.status}, {text(c.doc)}\\#{c.seq})")
    if report.undated:
        lines += ["", f"{report.undated_note()}."]
    return lines + [""]


def _graph(report: Report) -> list[str]:
    g = report.graph
    lines = ["## Provenance graph", "", "Speaker → outlet → document; edge labels count claims.", ""]
    if not g.nodes:
        return lines + ["Nothing to draw.", ""]
    lines += ["```mermaid", "flowchart LR"]
    for column, title in (("speaker", "Speakers"), ("outlet", "Outlets"), ("document", "Documents")):
        nodes = g.column(column)
        if not nodes:
            continue
        lines.append(f"  subgraph {column}s [\"{title}\"]")
        for node in nodes:
            label = mermaid_label(node.label)
            shape = f"([\"{label}\"])" if node.anonymous else f"[\"{label}\"]"
            lines.append(f"    {node.id}{shape}")
        lines.append("  end")
    for e in g.edges:
        lines.append(f"  {e.source} -->|{e.claims}| {e.target}")
    lines.append("```")
    hidden = [f"{n} more {column}s" for column, n in g.hidden.items() if n]
    if hidden:
        lines += ["", "Not drawn (fewest claims): " + ", ".join(hidden) + "."]
    lines += ["", "Rounded nodes are anonymous speakers."]
    return lines + [""]
