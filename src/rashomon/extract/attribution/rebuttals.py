"""Rebuttals: a statement that denies or discredits another party's account.

A rebuttal phrase ("does not reflect the truth", "absurd", "denied", ...) inside a statement's content
or cue makes a Rebuttal by that statement's speaker. Its target is, in order: the party whose claim the
statement reports (a nested claim), a party of another side named in the statement, or the most recent
party of another side named before it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

from ...models import Document, Rebuttal, Span, Statement, content_id
from ...parties import PartyTable
from .accounts import anaphoric_account, corrections
from .mentions import Mention
from .resources import cues, rebuttal_matchers
from .salience import party_for_side

if TYPE_CHECKING:
    from spacy.tokens import Doc


def _holder(statements: Sequence[Statement], a: int, b: int) -> Statement | None:
    """The (non-nested) statement whose content or cue holds chars ``a:b``."""
    best = None
    for s in statements:
        if s.reported_by is not None:
            continue
        inside = s.content.start <= a and b <= s.content.end
        on_cue = s.cue is not None and s.cue.start <= a < s.cue.end
        if inside or on_cue:
            if best is None or (s.content.end - s.content.start) < (best.content.end - best.content.start):
                best = s
    return best


def _target(s: Statement, statements: Sequence[Statement], mentions: Sequence[Mention], doc: "Doc",
            parties: PartyTable, at: int, earlier: Sequence[Rebuttal] = (), anaphoric: bool = False) -> str | None:
    reported = [r for r in statements if r.reported_by == s.id and r.speaker.name != s.speaker.name]
    if reported:
        return min(reported, key=lambda r: abs(r.content.start - at)).speaker.name
    prev = [r.target for r in earlier if r.by == s.speaker.name]
    if prev:  # the same speaker keeps rebutting the same party
        return prev[-1]
    side = s.speaker.side
    lo = min(s.content.start, s.cue.start if s.cue else s.content.start)
    if anaphoric:  # "the name mentioned in the statement is not A but B": the latest other-side statement
        known = [o for o in statements if o.content.start < lo and o.reported_by is None
                 and o.speaker.side not in (None, side, "third-party") and parties.named(o.speaker.name) is not None]
        if known:
            return max(known, key=lambda o: o.content.start).speaker.name
    hi = max(s.content.end, s.cue.end if s.cue else s.content.end)
    inside = [m for m in mentions if lo <= doc[m.start].idx < hi and m.party.side not in (None, side, "third-party")
              and m.party.name != s.speaker.name]
    if inside:
        m = min(inside, key=lambda m: abs(doc[m.start].idx - at))
        return _prefer(m, statements, mentions, parties)
    # the most recent party of another side: a speaker, else a mention
    prior = [o for o in statements if o.content.start < lo and o.speaker.side not in (None, side, "third-party")]
    before = [m for m in mentions if doc[m.start].idx < lo and m.party.side not in (None, side, "third-party")]
    cand_s = max(prior, key=lambda o: o.content.start, default=None)
    cand_m = max(before, key=lambda m: m.start, default=None)
    if cand_m is not None and (cand_s is None or doc[cand_m.start].idx > cand_s.content.start):
        return _prefer(cand_m, statements, mentions, parties)
    if cand_s is not None:
        return cand_s.speaker.name
    return None


def _prefer(m: Mention, statements, mentions, parties) -> str:
    p = party_for_side(m.party.side, statements, parties)
    if not m.country_level and (p is None or p.name == m.party.name or parties.resolve(m.party.name) is None):
        return m.party.name
    return p.name if p is not None else m.party.name


def find_rebuttals(doc: "Doc", document: Document, statements: list[Statement], parties: PartyTable,
                   mentions: Sequence[Mention]) -> list[Rebuttal]:
    """One Rebuttal per rebuttal phrase inside an attributed statement (overlapping phrases merged)."""
    phrases, lemmas = rebuttal_matchers(doc.vocab)
    spans = [(a, b) for _, a, b in phrases(doc)] + [(a, b) for _, a, b in lemmas(doc)] + corrections(doc)
    spans = [(a, b) for a, b in spans if not (b - a == 1 and doc[a].lower_ in ("lie", "lies") and doc[a].pos_ != "NOUN")]
    spans.sort(key=lambda x: (x[0], -(x[1] - x[0])))
    merged: list[tuple[int, int]] = []
    for a, b in spans:
        if merged and a < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    out: list[Rebuttal] = []
    text = document.text
    for a, b in merged:
        ca, cb = doc[a].idx, doc[b - 1].idx + len(doc[b - 1].text)
        s = _holder(statements, ca, cb)
        if s is None:
            continue
        if is_reciprocal(s):
            out.extend(_mutual(document, statements, s, ca, cb))
            continue
        target = _target(s, statements, mentions, doc, parties, ca, out, anaphoric_account(doc, a, b))
        if target is None or target == s.speaker.name:
            continue
        rid = content_id(document.id, "rebuttal", ca, cb)
        out.append(Rebuttal(rid, document.id, s.speaker.name, target, Span.of(text, ca, cb), s.id))
    return out


def is_reciprocal(s: Statement) -> bool:
    """A statement by "both sides" / "each side": two opposing parties at once, not one speaker."""
    words = (s.speaker.span.text if s.speaker.span is not None else s.speaker.name).lower().split()
    phrases = cues().reciprocal_speakers
    return any(" ".join(words[i:j]) in phrases for i in range(len(words)) for j in range(i + 1, len(words) + 1)
               if j - i > 1 or len(words) == 1)


def _mutual(document: Document, statements: Sequence[Statement], s: Statement, ca: int, cb: int) -> list[Rebuttal]:
    """ "Both sides rejected the other side's allegations": the two latest opposing speakers rebut each other."""
    earlier = sorted((o for o in statements if o.content.end <= s.content.start
                      and o.speaker.side not in (None, "third-party") and not is_reciprocal(o)),
                     key=lambda o: o.content.start, reverse=True)
    first = next(iter(earlier), None)
    second = next((o for o in earlier if first is not None and o.speaker.side != first.speaker.side), None)
    if first is None or second is None:
        return []
    out = []
    for by, target in ((first, second), (second, first)):
        rid = content_id(document.id, "rebuttal", ca, cb, by.speaker.name)
        out.append(Rebuttal(rid, document.id, by.speaker.name, target.speaker.name, Span.of(document.text, ca, cb), by.id))
    return out
