"""A readable terminal report of one document's analysis: statements by speaker, rebuttals, facts by party."""

from __future__ import annotations

from collections import defaultdict
from typing import Iterable

from .models import Claim, Document, DocumentAnalysis, Incident, Statement

OUTLET_VOICE = "(outlet's own voice)"


def _clip(text: str, width: int = 110) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _fmt_value(v: object) -> str:
    """A fact value as text: counts as "3", "3+" (at least) or "3-5"."""
    to_json = getattr(v, "to_json", None)
    v = to_json() if callable(to_json) else v
    if isinstance(v, dict):
        return f"{v['min']}+" if v.get("max") is None else f"{v['min']}-{v['max']}"
    return str(v)


def _value(c: Claim) -> str:
    extra = []
    if c.field in ("killed", "injured"):
        who = ", ".join(x for x in (c.side, c.subject) if x)
        if who:
            extra.append(who)
    if c.field == "date" and c.precision and c.precision != "day":
        extra.append(f"{c.precision} precision")
    if c.place is not None and c.place.lat is not None:
        extra.append(f"{c.place.name}, {c.place.country or '?'} {c.place.lat:.2f},{c.place.lon:.2f}")
    return _fmt_value(c.value) + (f" ({'; '.join(extra)})" if extra else "")


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


# -- incidents ---------------------------------------------------------------------------------------
def incident_line(inc: Incident) -> str:
    """One line of `rashomon incidents`: date, place, parties, sources, disputes, title."""
    date = inc.date.value if inc.date else "?"
    place = inc.location.name if inc.location else "?"
    return (f"{inc.id}  {date:<10}  {place[:22]:<22}  {', '.join(inc.parties)[:30]:<30}  "
            f"{len(inc.document_ids):>3} src  {len(inc.disputes):>2} disputes  {inc.title}")


def format_incident(inc: Incident, claims: dict[str, Claim], documents: dict[str, Document]) -> str:
    """`rashomon show`: each field's positions side by side (party: values, outlets), disputes with evidence."""
    from .models import FACT_FIELDS

    lines = [f"━━ {inc.title}", f"   id {inc.id}"]
    if inc.date:
        lines.append(f"   date      {inc.date.value} ({inc.date.precision})")
    if inc.location:
        p = inc.location
        where = ", ".join(x for x in (p.name, p.admin, p.country) if x)
        coords = f" {p.lat:.3f},{p.lon:.3f}" if p.lat is not None and p.lon is not None else ""
        lines.append(f"   place     {where} ({p.precision}){coords}")
    if inc.event_type:
        lines.append(f"   type      {inc.event_type} / {inc.sub_event_type or '-'}")
    lines.append(f"   parties   {', '.join(inc.parties) or '-'}")
    lines.append(f"   sources   {len(inc.document_ids)} documents, outlets: {', '.join(inc.outlets) or '-'}")
    disputed = {d.field for d in inc.disputes}
    lines.append("   Accounts by field (≠ marks a disputed field):")
    by_field: dict[str, list] = defaultdict(list)
    for pos in inc.positions:
        by_field[pos.field].append(pos)
    for field in FACT_FIELDS:
        if field not in by_field:
            continue
        lines.append(f"   {'≠' if field in disputed else ' '} {field}")
        for pos in by_field[field]:
            vals = "; ".join(_fmt_value(v) for v in pos.values)
            side = f" [{pos.side}]" if pos.side else ""
            outlets = f"  — {', '.join(pos.outlets)}" if pos.outlets else ""
            lines.append(f"       {pos.party}{side}: {_clip(vals, 70)}{outlets}")
    if inc.disputes:
        lines.append(f"   Disputes ({len(inc.disputes)}):")
        for d in inc.disputes:
            lines.append(f"     {d.field}: {d.explanation}")
            for cid in d.claim_ids:
                c = claims.get(cid)
                if c is None:
                    continue
                doc = documents.get(c.document_id)
                src = (doc.outlet or doc.source or doc.id) if doc else c.document_id
                lines.append(f"       · {c.claimed_by or OUTLET_VOICE}: “{_clip(c.evidence.text, 70)}” ({_clip(src, 40)})")
    return "\n".join(lines)
