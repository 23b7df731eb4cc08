"""How well the extractor reproduces a reviewed claim set.

A predicted claim matches a gold claim when their content spans overlap by at least half of the
gold span; matching is one-to-one, greedy by overlap. On the matched pairs the speaker, anonymity,
outlet, statement date (stated_on), cue and kind are compared.

    result = evaluate(claimset.load("seeds/ARTICLE.claims.json"))
    result["claims"]["f1"]
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from provenance.extract import extract_claimset
from provenance.extract.speakers import surname_key
from provenance.folding import fold

FIELDS = ("speaker", "anonymous", "outlet", "stated_on", "cue", "kind")
_ARTICLES = ("the ", "a ", "an ")


def _norm(name: str | None) -> str:
    if not name:
        return ""
    text = fold(name).replace("\u201c", "").replace("\u201d", "").replace('"', "").strip(" .,")
    for article in _ARTICLES:
        if text.startswith(article):
            text = text[len(article):]
    return text


def _names(entity: dict | None) -> set[str]:
    if not entity:
        return set()
    return {n for n in (_norm(x) for x in [entity.get("name"), *(entity.get("aliases") or [])]) if n}


def _same_speaker(pred: dict | None, gold: dict | None) -> bool:
    if pred is None or gold is None:
        return pred is None and gold is None
    a, b = _names(pred), _names(gold)
    if a & b:
        return True
    if pred.get("kind") == "person" and gold.get("kind") == "person":
        return bool({surname_key(n) for n in a} & {surname_key(n) for n in b})
    return False


def _same_outlet(pred: dict | None, gold: dict | None) -> bool:
    if pred is None or gold is None:
        return pred is None and gold is None
    return bool(_names(pred) & _names(gold))


def match_claims(predicted: list[dict], gold: list[dict]) -> list[tuple[int, int]]:
    """One-to-one (pred index, gold index) pairs: overlap >= half the gold span, greedy by overlap."""
    candidates = []
    for gi, g in enumerate(gold):
        glen = max(1, g["end"] - g["start"])
        for pi, p in enumerate(predicted):
            overlap = min(p["end"], g["end"]) - max(p["start"], g["start"])
            if overlap > 0 and overlap * 2 >= glen:
                candidates.append((overlap, -abs(p["start"] - g["start"]), pi, gi))
    candidates.sort(reverse=True)
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for _, _, pi, gi in candidates:
        if pi in used_p or gi in used_g:
            continue
        used_p.add(pi)
        used_g.add(gi)
        pairs.append((pi, gi))
    return sorted(pairs, key=lambda pair: gold[pair[1]]["start"])


def evaluate(gold: Mapping[str, Any]) -> dict[str, Any]:
    """Extract the gold document's text again and compare the claims with the gold ones."""
    doc = gold["document"]
    predicted = extract_claimset(doc["text"], slug=doc["slug"], title=doc.get("title"), outlet=doc.get("outlet"),
                                 url=doc.get("url"), language=doc.get("language") or "en",
                                 published=doc.get("published"), version=doc.get("version") or 1)
    return compare(predicted, gold)


def compare(predicted: Mapping[str, Any], gold: Mapping[str, Any]) -> dict[str, Any]:
    """Scores of one claim set against another over the same text."""
    p_claims, g_claims = predicted["claims"], gold["claims"]
    p_speakers = {s["id"]: s for s in predicted["speakers"]}
    g_speakers = {s["id"]: s for s in gold["speakers"]}
    p_outlets = {o["id"]: o for o in predicted["outlets"]}
    g_outlets = {o["id"]: o for o in gold["outlets"]}
    pairs = match_claims(p_claims, g_claims)
    right = dict.fromkeys(FIELDS, 0)
    wrong_fields = []
    for pi, gi in pairs:
        p, g = p_claims[pi], g_claims[gi]
        ps, gs = p_speakers.get(p["speaker"]), g_speakers.get(g["speaker"])
        po, go = p_outlets.get(p["outlet"]), g_outlets.get(g["outlet"])
        checks = {
            "speaker": (_same_speaker(ps, gs), gs and gs["name"], ps and ps["name"]),
            "anonymous": ((ps or {}).get("anonymous") == (gs or {}).get("anonymous"),
                          (gs or {}).get("anonymous"), (ps or {}).get("anonymous")),
            "outlet": (_same_outlet(po, go), go and go["name"], po and po["name"]),
            "stated_on": (p.get("stated_on") == g.get("stated_on"), g.get("stated_on"), p.get("stated_on")),
            "cue": (_norm(p.get("cue")) == _norm(g.get("cue")), g.get("cue"), p.get("cue")),
            "kind": (p.get("kind") == g.get("kind"), g.get("kind"), p.get("kind")),
        }
        for name, (ok, want, got) in checks.items():
            if ok:
                right[name] += 1
            else:
                wrong_fields.append({"gold": g["id"], "predicted": p["id"], "field": name, "expected": want,
                                     "got": got, "text": g["text"]})
    matched = len(pairs)
    precision = matched / len(p_claims) if p_claims else 0.0
    recall = matched / len(g_claims) if g_claims else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    matched_p = {pi for pi, _ in pairs}
    matched_g = {gi for _, gi in pairs}
    return {
        "document": gold["document"]["slug"],
        "claims": {"gold": len(g_claims), "predicted": len(p_claims), "matched": matched,
                   "precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)},
        "accuracy": {name: round(right[name] / matched, 4) if matched else 0.0 for name in FIELDS},
        "false_negatives": [{"gold": g_claims[i]["id"], "text": g_claims[i]["text"]}
                            for i in range(len(g_claims)) if i not in matched_g],
        "false_positives": [{"predicted": p_claims[i]["id"], "text": p_claims[i]["text"]}
                            for i in range(len(p_claims)) if i not in matched_p],
        "wrong_fields": wrong_fields,
    }


def render_text(result: dict[str, Any], width: int = 100) -> str:
    """The evaluation for people: scores first, then every miss."""
    c = result["claims"]
    lines = [
        f"document {result['document']}: {c['gold']} gold claims, {c['predicted']} predicted, {c['matched']} matched",
        f"claims     precision {c['precision']:.3f}  recall {c['recall']:.3f}  F1 {c['f1']:.3f}",
        "accuracy on matched claims:",
    ]
    for name, value in result["accuracy"].items():
        lines.append(f"  {name:<10} {value:.3f}")

    def short(text: str) -> str:
        text = " ".join(text.split())
        return text if len(text) <= width else text[:width - 3] + "..."

    if result["false_negatives"]:
        lines.append(f"false negatives ({len(result['false_negatives'])}):")
        lines += [f"  {m['gold']}: {short(m['text'])}" for m in result["false_negatives"]]
    if result["false_positives"]:
        lines.append(f"false positives ({len(result['false_positives'])}):")
        lines += [f"  {m['predicted']}: {short(m['text'])}" for m in result["false_positives"]]
    if result["wrong_fields"]:
        lines.append(f"wrong fields ({len(result['wrong_fields'])}):")
        lines += [f"  {m['gold']}~{m['predicted']} {m['field']}: expected {m['expected']!r}, got {m['got']!r}"
                  for m in result["wrong_fields"]]
    return "\n".join(lines)
