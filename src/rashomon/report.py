"""A readable terminal report of one document's analysis: statements by speaker, rebuttals, facts by party."""

from __future__ import annotations

from collections import defaultdict
from typing import Iterable

from .models import Claim, DocumentAnalysis, Statement

OUTLET_VOICE = "(outlet's own voice)"


def _clip(text: str, width: int = 110) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _value(c: Claim) -> str:
    v = c.value_json()
    if isinstance(v, dict):
        v = f"{v['min']}+" if v["max"] is None else f"{v['min']}-{v['max']}"
    extra = []
    if c.field in ("killed", "injured"):
        who = ", ".join(x for x in (c.side, c.subject) if x)
        if who:
            extra.append(who)
    if c.field == "date" and c.precision and c.precision != "day":
        extra.append(f"{c.precision} precision")
    if c.place is not None and c.place.lat is not None:
        extra.append(f"{c.place.name}, {c.place.country or '?'} {c.place.lat:.2f},{c.place.lon:.2f}")
    return f"{v}" + (f" ({'; '.join(extra)})" if extra else "")


def format_analysis(a: DocumentAnalysis) -> str:
    d = a.document
    head = " · ".join(x for x in (d.outlet, d.published, d.source) if x)
    lines = [f"━━ {d.title or '(untitled)'}", f"   {head}  [{d.id}]"]
    if d.skip_reason is not None:
        lines.append(f"   skipped ({d.skip_reason.stage}/{d.skip_reason.code}): {d.skip_reason.message}")
        return "\n".join(lines)
    by_id = {s.id: s for s in a.statements}
    speakers: dict[str, list[Statement]] = defaultdict(list)
    for s in a.statements:
        if s.reported_by is None:
            speakers[s.speaker.name].append(s)
    reported: dict[str, list[Statement]] = defaultdict(list)
    for s in a.statements:
        if s.reported_by is not None:
            reported[s.reported_by].append(s)
    lines.append(f"   Statements ({len(a.statements)}):")
    if not a.statements:
        lines.append("     none found")
    for name, sts in speakers.items():
        side = sts[0].speaker.side
        lines.append(f"     {name}" + (f" [{side}]" if side else "") + f" — {len(sts)}")
        for s in sts:
            cue = f" ({s.cue.text})" if s.cue else ""
            lines.append(f"       · {s.kind}{cue}: “{_clip(s.content.text)}”")
            for r in reported.get(s.id, []):
                lines.append(f"         ↳ reports {r.speaker.name}: “{_clip(r.content.text, 90)}”")
    orphans = [s for s in a.statements if s.reported_by is not None and s.reported_by not in by_id]
    for r in orphans:
        lines.append(f"     reported: {r.speaker.name}: “{_clip(r.content.text, 90)}”")
    if a.rebuttals:
        lines.append(f"   Rebuttals ({len(a.rebuttals)}):")
        for rb in a.rebuttals:
            lines.append(f"     {rb.by} → {rb.target}: “{_clip(rb.evidence.text, 80)}”")
    lines.append(f"   Facts by party ({len(a.claims)}):")
    if not a.claims:
        lines.append("     none found")
    for party, claims in _by_party(a.claims).items():
        lines.append(f"     {party}:")
        for c in claims:
            lines.append(f"       {c.field:<15} {_value(c)}   “{_clip(c.evidence.text, 60)}”")
    return "\n".join(lines)


def _by_party(claims: Iterable[Claim]) -> dict[str, list[Claim]]:
    out: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        out[c.claimed_by or OUTLET_VOICE].append(c)
    return out
