"""The document text as HTML with statements, speakers, cues, facts and rebuttals highlighted.

Every character of the text goes through :func:`markupsafe.escape`; markup comes only from here, with
class names from a closed set and ids derived from record ids (themselves escaped).
"""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup, escape

from ..models import DocumentAnalysis, Span
from .views import OUTLETS_COLUMN, fmt_value, side_class


@dataclass(frozen=True)
class Mark:
    kind: str  # st | sp | cue | fact | reb
    start: int
    end: int
    css: str  # colour class
    anchor: str | None  # element id placed where the mark starts
    title: str
    target: bool = False


def marks(a: DocumentAnalysis, claim: str | None = None, statement: str | None = None) -> list[Mark]:
    """Every highlighted stretch of one analysis; ``claim``/``statement`` ids are marked as targets."""
    speakers = {s.id: s.speaker for s in a.statements}
    out: list[Mark] = []
    for s in a.statements:
        side = s.speaker.side
        head = f"{s.speaker.name}" + (f" [{side}]" if side else "")
        nested = " (reported by another speaker)" if s.reported_by else ""
        out.append(Mark("st", s.content.start, s.content.end, side_class(side), f"st-{s.id}",
                        f"Statement by {head}, {s.kind}{nested}", s.id == statement))
        if s.speaker.span is not None:
            out.append(Mark("sp", s.speaker.span.start, s.speaker.span.end, side_class(side), None, f"Speaker: {head}"))
        if s.cue is not None:
            out.append(Mark("cue", s.cue.start, s.cue.end, "", None, f"Cue of {s.speaker.name}'s statement"))
    for c in a.claims:
        sp = speakers.get(c.statement_id or "")
        side = sp.side if sp is not None else (OUTLETS_COLUMN if c.claimed_by is None else None)
        who = c.claimed_by or "the outlet's own voice"
        whose = f" ({c.side})" if c.side else ""
        out.append(Mark("fact", c.evidence.start, c.evidence.end, side_class(side), f"claim-{c.id}",
                        f"Fact {c.field} = {fmt_value(c.value)}{whose}, claimed by {who}", c.id == claim))
    for r in a.rebuttals:
        out.append(Mark("reb", r.evidence.start, r.evidence.end, "", f"reb-{r.id}", f"Rebuttal: {r.by} rebuts {r.target}"))
    n = len(a.document.text)
    return [m for m in out if 0 <= m.start < m.end <= n]


def render(text: str, ms: list[Mark]) -> Markup:
    """The text as HTML: one ``<span>`` per stretch with the classes of the marks covering it."""
    cuts = sorted({0, len(text), *(m.start for m in ms), *(m.end for m in ms)})
    starts: dict[int, list[Mark]] = {}
    for m in ms:
        starts.setdefault(m.start, []).append(m)
    parts: list[str] = []
    for a, b in zip(cuts, cuts[1:]):
        for m in starts.get(a, ()):
            if m.anchor:
                parts.append(f'<span class="anchor" id="{escape(m.anchor)}"></span>')
        chunk = str(escape(text[a:b]))
        covering = [m for m in ms if m.start <= a and b <= m.end]
        if not covering:
            parts.append(chunk)
            continue
        classes: list[str] = []
        titles: list[str] = []
        # the innermost statement decides the background colour
        st = sorted((m for m in covering if m.kind == "st"), key=lambda m: m.end - m.start)
        if st:
            classes += ["st", f"bg-{st[0].css}"]
            titles.append(st[0].title)
        for m in covering:
            if m.kind == "sp":
                classes += ["sp", f"fg-{m.css}"]
            elif m.kind == "cue":
                classes.append("cue")
            elif m.kind == "fact":
                classes += ["fact", f"bd-{m.css}"]
            elif m.kind == "reb":
                classes.append("reb")
            if m.kind != "st":
                titles.append(m.title)
        if any(m.target for m in covering):
            classes.append("target")
        cls = " ".join(dict.fromkeys(classes))
        title = " · ".join(dict.fromkeys(titles))
        parts.append(f'<span class="{escape(cls)}" title="{escape(title)}">{chunk}</span>')
    return Markup("".join(parts))


def highlighted(a: DocumentAnalysis, claim: str | None = None, statement: str | None = None) -> Markup:
    return render(a.document.text, marks(a, claim, statement))


def excerpt(text: str, span: Span, width: int = 60) -> tuple[str, str, str]:
    """(before, the span, after) around a span, for evidence snippets (escaped by the template)."""
    before = text[max(0, span.start - width):span.start]
    after = text[span.end:span.end + width]
    return ("…" + before if span.start > width else before), text[span.start:span.end], (after + "…" if span.end + width < len(text) else after)
