"""The sourcing report as one self-contained HTML page.

Nothing is fetched when the page opens: styles are inline, the graph is inline SVG, fonts are the
reader's own, and a Content-Security-Policy forbids scripts and every network request, so even a
mistake in escaping could not run code or call out. Every piece of article text goes through
`html.escape` (quotes included, so it is safe in attributes too). The page reads on a phone
(viewport meta, fluid layout, tables and graph scroll sideways) and prints cleanly (@media print).
"""

from __future__ import annotations

from collections.abc import Iterator
from html import escape

from provenance.output import printable
from provenance.report import svg
from provenance.report.data import ClaimEntry, LinkedClaims, Report

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"

STYLE = """
:root { color-scheme: light; --ink: #1d232b; --muted: #5b6570; --line: #d9dee4; --paper: #fff;
  --confirmed: #1f7a3f; --corroborated: #11698e; --unconfirmed: #a86400; --disputed: #b3261e;
  --retracted: #5f6368; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { margin: 0 auto; max-width: 72rem; padding: 1rem 1rem 3rem; color: var(--ink); background: var(--paper);
  font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: .5rem 0; overflow-wrap: anywhere; }
h2 { font-size: 1.25rem; margin: 2rem 0 .6rem; padding-bottom: .2rem; border-bottom: 2px solid var(--line); }
h3 { font-size: 1.05rem; margin: 1.2rem 0 .4rem; }
p, li { overflow-wrap: anywhere; }
.meta { color: var(--muted); margin: 0 0 .2rem; }
nav ul { display: flex; flex-wrap: wrap; gap: .4rem 1rem; list-style: none; padding: 0; margin: .8rem 0; }
nav a { color: var(--corroborated); }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr)); gap: .8rem; }
.card { border: 1px solid var(--line); border-radius: 8px; padding: .7rem .9rem; }
.card .big { font-size: 1.8rem; font-weight: 700; line-height: 1.1; }
.card .label { color: var(--muted); font-size: .9rem; }
.bar { display: flex; height: .7rem; border-radius: 4px; overflow: hidden; margin: .5rem 0 .3rem;
  background: var(--line); }
.bar span { display: block; height: 100%; }
.badge { display: inline-block; padding: 0 .45em; border-radius: 1em; font-size: .8rem; font-weight: 600;
  color: #fff; white-space: nowrap; vertical-align: baseline; }
.s-confirmed { background: var(--confirmed); } .s-corroborated { background: var(--corroborated); }
.s-unconfirmed { background: var(--unconfirmed); } .s-disputed { background: var(--disputed); }
.s-retracted { background: var(--retracted); }
.legend { display: flex; flex-wrap: wrap; gap: .3rem .8rem; font-size: .85rem; color: var(--muted);
  list-style: none; padding: 0; margin: 0; }
.scroll { overflow-x: auto; -webkit-overflow-scrolling: touch; }
table { border-collapse: collapse; width: 100%; font-size: .92rem; }
th, td { text-align: left; vertical-align: top; padding: .35rem .5rem; border-bottom: 1px solid var(--line); }
th { background: #f3f5f7; }
td.num, th.num { text-align: right; }
.claims { padding-left: 1.4rem; }
.claims > li { margin: .55rem 0; }
.claim q { quotes: "\\201C" "\\201D"; }
.who { color: var(--muted); }
.why { display: block; font-size: .92rem; }
.related { margin: .25rem 0 0; padding-left: 1.1rem; font-size: .92rem; }
.timeline { list-style: none; padding: 0; }
.timeline > li { border-left: 3px solid var(--line); padding: 0 0 .6rem .8rem; margin-left: .3rem; }
.timeline time { font-weight: 700; }
.timeline ul { padding-left: 1.1rem; margin: .2rem 0; }
figure { margin: 0; }
.graph-wrap { overflow-x: auto; border: 1px solid var(--line); border-radius: 8px; padding: .5rem; }
svg.graph { display: block; width: 100%; min-width: 40rem; height: auto; font: 12px system-ui, sans-serif; }
svg.graph .col { font-weight: 700; fill: var(--muted); }
svg.graph .edge { fill: none; stroke: #8fa3b8; stroke-opacity: .75; }
svg.graph .edge.skip { stroke-dasharray: 6 4; }
svg.graph rect { stroke-width: 1.2; }
svg.graph .speaker rect { fill: #e6eef9; stroke: #4a6fa5; }
svg.graph .speaker.anonymous rect { fill: #f1f1f1; stroke: #777; stroke-dasharray: 4 3; }
svg.graph .outlet rect { fill: #fdf1dc; stroke: #b07a1c; }
svg.graph .document rect { fill: #e3f3e8; stroke: #2f7d4a; }
svg.graph text { fill: var(--ink); }
svg.graph text.n { fill: var(--muted); font-weight: 700; }
figcaption { color: var(--muted); font-size: .9rem; margin-top: .4rem; }
.more { color: var(--muted); font-size: .92rem; }
footer { margin-top: 2.5rem; color: var(--muted); font-size: .85rem; }
@media (max-width: 40rem) {
  body { padding: .6rem .7rem 2rem; font-size: 15px; }
  h1 { font-size: 1.3rem; }
  th, td { padding: .3rem .35rem; }
}
@media print {
  @page { margin: 14mm; }
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  nav, footer { display: none; }
  h2 { break-after: avoid; }
  tr, .claims > li, .timeline > li, .card, figure { break-inside: avoid; }
  .scroll, .graph-wrap { overflow: visible; border: 0; }
  svg.graph { min-width: 0; }
  .badge { color: #000; background: none; border: 1px solid #000; }
  a { color: inherit; text-decoration: none; }
}
"""


def e(value: object) -> str:
    """Escape for HTML text and attribute values alike; control and bidirectional-override
    characters are shown as escapes (`output.printable`), never acted on."""
    return escape(printable("" if value is None else str(value)), quote=True)


def _badge(status: str) -> str:
    return f'<span class="badge s-{e(status)}">{e(status)}</span>'


def _percent(part: int, whole: int) -> str:
    return f"{part / whole:.1%}" if whole else "0.0%"


def render(report: Report) -> str:
    """The report as one HTML document."""
    return "".join(chunks(report))


def chunks(report: Report) -> Iterator[str]:
    """The page a section at a time (joined, they are `render`'s text)."""
    title = f"Sourcing report: {report.title}"
    yield (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{e(CSP)}">\n'
        '<meta name="referrer" content="no-referrer">\n'
        '<link rel="icon" href="data:,">\n'
        f"<title>{e(title)}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n"
    )
    yield f"<header><h1>{e(title)}</h1>{_documents(report)}</header>\n"
    yield ('<nav aria-label="Sections"><ul><li><a href="#headline">Headline</a></li>'
           '<li><a href="#sources">Sources</a></li><li><a href="#open">Unconfirmed and disputed</a></li>'
           '<li><a href="#corroborated">Corroborated</a></li><li><a href="#timeline">Timeline</a></li>'
           '<li><a href="#graph">Graph</a></li></ul></nav>\n')
    for section in (_headline, _sources, _open_claims, _corroborated, _timeline, _graph):
        yield section(report) + "\n"
    yield ("<footer>Generated by provenance from the claims in its database. Statuses: confirmed (on the record), "
           "corroborated (two independent sources), unconfirmed, disputed, retracted.</footer>\n</body>\n</html>\n")


def _left_out(report: Report, section: str, shown: str) -> str:
    """The note under a capped section: what it shows, how many it left out, the command that lists them."""
    n, command = report.left_out(section)
    if not n:
        return ""
    where = f": <code>{e(command)}</code> lists them all" if command else ""
    return f'<p class="more">{e(shown)}; {n} more{where}.</p>'


def _shown(report: Report, shown: int) -> str:
    return (f"The {shown} most recent statements shown" if report.recent_first
            else f"The first {shown} shown")


def _documents(report: Report) -> str:
    if not report.documents:
        return '<p class="meta">No documents in the database yet.</p>'
    rows = []
    for d in report.documents:
        facts = d.facts(e, lambda slug: f"<code>{e(slug)}</code>")
        lead = f"{e(d.title)}: " if report.scope is None and d.title else ""
        rows.append(f'<p class="meta">{lead}{", ".join(facts)}</p>')
    n, command = report.left_out("documents")
    if n:
        rows.append(f'<p class="meta">and {n} more documents: <code>{e(command)}</code> lists them all</p>')
    return "".join(rows)


def _headline(report: Report) -> str:
    h = report.headline
    bar = "".join(
        f'<span class="s-{e(status)}" style="width:{100 * n / h.claims:.2f}%" title="{n} {e(status)}"></span>'
        for status, n in h.statuses.items() if n and h.claims
    )
    legend = "".join(f"<li>{_badge(status)} {n}</li>" for status, n in h.statuses.items())
    kinds = ", ".join(f"{n} {e(kind)}" for kind, n in h.kinds.items())
    outlets = ", ".join(f"{e(o['name'])} ({o['claims']})" for o in h.outlets) or "none"
    n, command = report.left_out("outlets")
    if n:
        outlets += f", and {n} more" + (f" (<code>{e(command)}</code> lists them all)" if command else "")
    no_speaker = (f"; {h.claims_without_speaker} with no identified speaker"
                  if h.claims_without_speaker else "")
    return (
        '<section id="headline"><h2>Headline</h2><div class="cards">'
        f'<div class="card"><div class="big">{h.claims}</div><div class="label">claims</div>'
        f'<div class="bar">{bar}</div><ul class="legend">{legend}</ul></div>'
        f'<div class="card"><div class="big">{h.speakers_named} / {h.speakers_anonymous}</div>'
        f'<div class="label">named / anonymous speakers</div>'
        f"<div>{h.claims_named} claims from named speakers, {h.claims_anonymous} from anonymous ones{no_speaker}</div></div>"
        f'<div class="card"><div class="big">{_percent(h.anonymous_only, h.claims)}</div>'
        f'<div class="label">rest only on anonymous sources</div>'
        f"<div>{h.anonymous_only} of {h.claims} claims: anonymous speaker, no named corroboration</div></div>"
        f'<div class="card"><div class="big">{h.outlets_cited}</div><div class="label">outlets cited</div>'
        f"<div>{outlets}</div></div>"
        f'</div><p>By kind: {kinds}.</p></section>'
    )


def _sources(report: Report) -> str:
    if not report.sources:
        return '<section id="sources"><h2>Sources</h2><p>No claims.</p></section>'
    rows = []
    for s in report.sources:
        anonymous = "" if s.anonymous is None else ("yes" if s.anonymous else "no")
        statuses = " ".join(f"{_badge(status)}&nbsp;{n}" for status, n in s.statuses.items())
        more = f", and {s.more_outlets} more" if s.more_outlets else ""
        rows.append(
            f"<tr><td>{e(s.speaker)}</td><td>{e(s.role)}</td><td>{e(s.affiliation)}</td><td>{anonymous}</td>"
            f"<td>{', '.join(e(o) for o in s.outlets)}{more}</td><td class=\"num\">{s.claims}</td><td>{statuses}</td></tr>"
        )
    return (
        '<section id="sources"><h2>Sources</h2><div class="scroll"><table>'
        "<thead><tr><th>Speaker</th><th>Role</th><th>Affiliation</th><th>Anonymous</th><th>Outlets</th>"
        '<th class="num">Claims</th><th>Statuses</th></tr></thead><tbody>'
        + "".join(rows) + "</tbody></table></div>"
        + _left_out(report, "sources", f"The {len(report.sources)} speakers with the most claims") + "</section>"
    )


def _stance(c: ClaimEntry) -> str:
    """'denies: ' before the quoted proposition of a claim its speaker does not assert."""
    return e(c.stance_label) + ": " if c.stance_label else ""


def _claim(c: ClaimEntry, *, with_reason: bool = True) -> str:
    out = (f'<span class="claim">{_stance(c)}<q>{e(c.text)}</q></span> <span class="who">— {e(c.source)}, '
           f"{e(c.doc)}#{c.seq}</span> {_badge(c.status)}")
    if c.cluster is not None:
        out += f' <span class="cluster">cluster {c.cluster}</span>'
    if with_reason and c.reason:
        reviewed = f" (reviewed by {e(c.reviewed_by)})" if c.reviewed_by else ""
        out += f'<span class="why">Why: {e(c.reason)}{reviewed}</span>'
    return out


def _linked(items: list[LinkedClaims], label: str, *, with_reason: bool = True) -> str:
    if not items:
        return "<p>None.</p>"
    lis = []
    for item in items:
        related = "".join(f"<li>{e(label)} {e(o.source)}: <q>{e(o.text)}</q></li>"
                          for o in item.related)
        if not related and not with_reason:
            related = f"<li>{e(item.claim.reason)}</li>"
        lis.append(f"<li>{_claim(item.claim, with_reason=with_reason)}"
                   + (f'<ul class="related">{related}</ul>' if related else "") + "</li>")
    return f'<ol class="claims">{"".join(lis)}</ol>'


def _open_claims(report: Report) -> str:
    parts = ['<section id="open"><h2>Unconfirmed and disputed claims</h2>',
             f"<h3>Disputed ({report.total('disputed')})</h3>", _linked(report.disputed, "disputed by"),
             _left_out(report, "disputed", _shown(report, len(report.disputed))),
             f"<h3>Unconfirmed ({report.total('unconfirmed')})</h3>",
             _linked(report.unconfirmed, "not confirmed by"),
             _left_out(report, "unconfirmed", _shown(report, len(report.unconfirmed)))]
    if report.retracted:
        parts += [f"<h3>Retracted ({report.total('retracted')})</h3>",
                  '<ol class="claims">' + "".join(f"<li>{_claim(c)}</li>" for c in report.retracted) + "</ol>",
                  _left_out(report, "retracted", _shown(report, len(report.retracted)))]
    return "".join(parts) + "</section>"


def _corroborated(report: Report) -> str:
    return (f'<section id="corroborated"><h2>Corroborated claims ({report.total("corroborated")})</h2>'
            + _linked(report.corroborated, "independent source:", with_reason=False)
            + _left_out(report, "corroborated", _shown(report, len(report.corroborated))) + "</section>")


def _timeline(report: Report) -> str:
    days = []
    for entry in report.timeline:
        if entry.statuses is not None:  # a month, counted
            counts = " ".join(f"{_badge(status)}&nbsp;{n}" for status, n in entry.statuses.items() if n)
            days.append(f'<li><time datetime="{e(entry.date)}">{e(entry.date)}</time>: {entry.count} claims '
                        f"{counts}</li>")
            continue
        items = "".join(
            f"<li>{e(c.speaker or '(no identified speaker)')}"
            + (f" via {e(c.outlet)}" if c.outlet else "")
            + f': {_stance(c)}<q>{e(c.text)}</q> {_badge(c.status)} <span class="who">{e(c.doc)}#{c.seq}</span></li>'
            for c in entry.claims
        )
        days.append(f'<li><time datetime="{e(entry.date)}">{e(entry.date)}</time><ul>{items}</ul></li>')
    body = f'<ol class="timeline">{"".join(days)}</ol>' if days else "<p>No claim carries the date its statement was made.</p>"
    if report.timeline_by == "month":
        dated = sum(entry.count for entry in report.timeline)
        body = (f"<p>By month: {dated} dated claims, too many to list one by one "
                f"(<code>{e(report.month_command())}</code> lists the claims of a month).</p>" + body)
    undated = f"<p>{report.undated} claims carry no statement date.</p>" if report.undated else ""
    return f'<section id="timeline"><h2>Timeline of statements</h2>{body}{undated}</section>'


def _graph(report: Report) -> str:
    g = report.graph
    if not g.nodes:
        return '<section id="graph"><h2>Provenance graph</h2><p>Nothing to draw.</p></section>'
    hidden = [f"{n} more {column}s" for column, n in g.hidden.items() if n]
    note = (" Not drawn (fewest claims): " + ", ".join(hidden) + ".") if hidden else ""
    return (
        '<section id="graph"><h2>Provenance graph</h2><figure><div class="graph-wrap">'
        + svg.render(g, title=f"Provenance graph: {report.title}")
        + "</div><figcaption>Speaker → outlet → document; thicker lines carry more claims, dashed lines go "
        "straight from a speaker to the document, dashed rounded boxes are anonymous speakers."
        + e(note) + "</figcaption></figure></section>"
    )
