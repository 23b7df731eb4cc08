"""The provenance graph drawn as inline SVG: speakers, outlets and documents in three columns.

The layout is computed here (no JavaScript, nothing fetched): nodes stack in their column, centred
on the tallest column; edges are curves from the right side of one node to the left side of the
next, thicker for more claims. Every label is escaped; long ones are cut, with the full text in a
<title> that browsers show on hover.
"""

from __future__ import annotations

import math
from html import escape as _html

from provenance.output import printable
from provenance.report.data import Graph, GraphNode


def escape(value: str) -> str:
    """SVG text: markup escaped, control and bidirectional-override characters shown as escapes."""
    return _html(printable(value))

COLUMNS = (("speaker", "Speakers"), ("outlet", "Outlets"), ("document", "Documents"))
NODE_W = 250
NODE_H = 30
ROW = 40
GAP = 140
TOP = 34
LABEL_CHARS = 32


def _cut(label: str) -> str:
    label = " ".join(label.split())
    return label if len(label) <= LABEL_CHARS else label[: LABEL_CHARS - 1].rstrip() + "…"


def render(graph: Graph, *, title: str = "Provenance graph") -> str:
    """One <svg> element (no XML prolog), ready to sit inside an HTML page."""
    columns = [(name, heading, graph.column(name)) for name, heading in COLUMNS]
    tallest = max((len(nodes) for _, _, nodes in columns), default=0)
    width = 3 * NODE_W + 2 * GAP
    height = TOP + max(tallest, 1) * ROW + 10
    where: dict[str, tuple[float, float]] = {}
    parts: list[str] = []
    for i, (_, heading, nodes) in enumerate(columns):
        x = i * (NODE_W + GAP)
        parts.append(f'<text class="col" x="{x + NODE_W / 2:g}" y="18" text-anchor="middle">{escape(heading)}</text>')
        offset = TOP + (tallest - len(nodes)) * ROW / 2
        for j, node in enumerate(nodes):
            y = offset + j * ROW
            where[node.id] = (x, y)
            parts.append(_node(node, x, y))
    top = max((e.claims for e in graph.edges), default=1)
    edges = []
    for e in graph.edges:
        if e.source not in where or e.target not in where:
            continue
        (x1, y1), (x2, y2) = where[e.source], where[e.target]
        sx, sy, tx, ty = x1 + NODE_W, y1 + NODE_H / 2, x2, y2 + NODE_H / 2
        bend = (tx - sx) / 2
        stroke = 1 + 5 * math.sqrt(e.claims / top)
        skip = " skip" if tx - sx > GAP else ""
        edges.append(
            f'<path class="edge{skip}" d="M{sx:g},{sy:g} C{sx + bend:g},{sy:g} {tx - bend:g},{ty:g} {tx:g},{ty:g}" '
            f'stroke-width="{stroke:.1f}"><title>{e.claims} claim{"s" if e.claims != 1 else ""}</title></path>'
        )
    return (
        f'<svg class="graph" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height:g}" '
        f'width="{width}" height="{height:g}" role="img" aria-labelledby="graph-title">'
        f'<title id="graph-title">{escape(title)}</title>'
        + "".join(edges) + "".join(parts) + "</svg>"
    )


def _node(node: GraphNode, x: float, y: float) -> str:
    kind = node.column + (" anonymous" if node.anonymous else "")
    full = f"{node.label} ({node.claims} claim{'s' if node.claims != 1 else ''})"
    return (
        f'<g class="node {kind}"><title>{escape(full)}</title>'
        f'<rect x="{x:g}" y="{y:g}" width="{NODE_W}" height="{NODE_H}" rx="{NODE_H / 2 if node.anonymous else 5:g}"/>'
        f'<text x="{x + 10:g}" y="{y + NODE_H / 2 + 4.5:g}">{escape(_cut(node.label))}</text>'
        f'<text class="n" x="{x + NODE_W - 8:g}" y="{y + NODE_H / 2 + 4.5:g}" text-anchor="end">{node.claims}</text>'
        "</g>"
    )
