"""Assemble the records: ids, dedup, nesting (reported_by), nested claims and rebuttals."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...models import Document, Party, Rebuttal, Speaker, Span, Statement, content_id
from ...parties import PartyTable
from .mentions import find_mentions
from .nested import claims_in, is_claim, rebutted_accounts
from .quotes import find_quotes
from .roles import link_roles
from .rebuttals import find_rebuttals, is_reciprocal
from .speakers import SpeakerResolver
from .statements import Found, StatementFinder

if TYPE_CHECKING:
    from spacy.tokens import Doc


def build(doc: "Doc", document: Document, parties: PartyTable) -> tuple[list[Statement], list[Rebuttal]]:
    text = document.text
    mentions = find_mentions(doc, parties)
    resolver = SpeakerResolver(doc, parties, mentions)
    finder = StatementFinder(doc, resolver, find_quotes(text))
    found = _dedup(_salient(link_roles(finder.resolve()), parties, text))
    statements = [_record(document, f) for f in found]
    statements = _nest(statements, found)
    nested = _salient_claimants(claims_in(doc, document, statements, parties, mentions), parties)
    statements = statements + nested
    rebuttals = find_rebuttals(doc, document, statements, parties, mentions)
    statements = statements + _claims_for_targets(doc, document, statements, rebuttals, parties, mentions)
    statements = statements + rebutted_accounts(doc, document, statements, rebuttals, parties)
    statements = [s for s in statements if not is_reciprocal(s)]  # "both sides said": no single speaker
    # a claim noun that only names its source ("the statement of the ministry") served the rebuttal
    # targets above but reports no claim
    statements = [s for s in statements if s.reported_by is None or is_claim(doc, s)]
    statements.sort(key=lambda s: (s.content.start, s.content.end))
    return statements, rebuttals


def _drop_relays(found: list[Found]) -> list[Found]:
    """Drop "..., APA reports": a statement whose content holds another speaker's cue placed before its own."""
    out = []
    for f in found:
        relay = f.cue is not None and any(
            g is not f and g.cue is not None and g.speaker.name != f.speaker.name
            and f.content[0] <= g.cue[0] < f.content[1] and g.cue[0] < f.cue[0]
            for g in found
        )
        if not relay:
            out.append(f)
    return out


def _near_institution(f: Found, found: list[Found], names: set[str], text: str) -> bool:
    """Whether the institution speaks right next to this country-level statement: the nearest statement
    before or after it (of anyone) is the institution's, at most one paragraph break away."""
    before = [g for g in found if g.content[1] <= f.content[0] and g is not f and g.speaker.name != f.speaker.name]
    after = [g for g in found if g.content[0] >= f.content[1] and g is not f and g.speaker.name != f.speaker.name]
    if before:
        prev = max(before, key=lambda g: g.content[1])
        if prev.speaker.name in names and text.count("\n\n", prev.content[1], f.content[0]) <= 1:
            return True
    if after:
        nxt = min(after, key=lambda g: g.content[0])
        if nxt.speaker.name in names and text.count("\n\n", f.content[1], nxt.content[0]) <= 1:
            return True
    return False


def _salient(found: list[Found], parties: PartyTable, text: str = "") -> list[Found]:
    """A country-level speaker ("Moscow", "the Russian side") stands for the institution of that country
    that speaks most in the document, when there is one."""
    counts: dict[str, dict[str, int]] = {}
    for f in found:
        p = parties.named(f.speaker.name)
        if p is not None and p.kind != "government" and f.speaker.side:
            side = counts.setdefault(f.speaker.side, {})
            side[f.speaker.name] = side.get(f.speaker.name, 0) + 1
    out = []
    for f in found:
        p = parties.named(f.speaker.name)
        if p is not None and p.kind == "government" and counts.get(p.side):
            same = {n: k for n, k in counts[p.side].items() if _same_country(n, p, parties)}
            if same and _near_institution(f, found, set(same), text):
                name = max(same.items(), key=lambda kv: kv[1])[0]
                f = Found(Speaker(name, p.side, f.speaker.span), f.person, f.cue, f.content, f.kind, f.cue_tok)
        out.append(f)
    return out


def _salient_claimants(nested: list[Statement], parties: PartyTable) -> list[Statement]:
    """A claim reported from a country ("Moscow's version") is the claim of that country's institution
    whose claims the document reports ("the Russian Defense Ministry's presentation")."""
    out = []
    for s in nested:
        p = parties.named(s.speaker.name)
        if p is not None and p.kind == "government":
            inst = [o.speaker.name for o in nested if o.speaker.side == p.side and _same_country(o.speaker.name, p, parties)]
            if inst:
                s = Statement(s.id, s.document_id, Speaker(max(set(inst), key=inst.count), p.side, s.speaker.span),
                              s.content, s.kind, s.cue, s.reported_by)
        out.append(s)
    return out


def _same_country(name: str, country: "Party", parties: PartyTable) -> bool:
    p = parties.resolve(name)
    if p is None or p.kind == "government":
        return False
    c = next((c for c in parties.countries if country.name.startswith(c.adjectives[0] + " ")), None)
    return c is not None and name.startswith(c.adjectives[0] + " ")


def _record(document: Document, f: Found) -> Statement:
    text = document.text
    a, b = f.content
    cue = Span.of(text, *f.cue) if f.cue else None
    sid = content_id(document.id, "statement", a, b, f.speaker.name)
    return Statement(sid, document.id, f.speaker, Span.of(text, a, b), f.kind, cue)


def _dedup(found: list[Found]) -> list[Found]:
    """Drop a statement whose content lies inside another one of the same speaker."""
    out: list[Found] = []
    for f in sorted(found, key=lambda f: -(f.content[1] - f.content[0])):
        dup = False
        for g in out:
            if g.speaker.name == f.speaker.name and g.content[0] <= f.content[0] and f.content[1] <= g.content[1]:
                dup = True
                break
        if not dup:
            out.append(f)
    out.sort(key=lambda f: f.content)
    return out


def _nest(statements: list[Statement], found: list[Found]) -> list[Statement]:
    """A statement whose cue lies inside another speaker's content is reported by it.

    Same-side inner statements ("the Azerbaijani side stated ..." inside the ministry's statement)
    are dropped: the outer statement already covers them.
    """
    out: list[Statement] = []
    for s in statements:
        at = s.cue.start if s.cue else s.content.start
        outer = [
            o for o in statements
            if o is not s and o.content.start <= at < o.content.end and o.speaker.name != s.speaker.name
            and (o.content.end - o.content.start) > (s.content.end - s.content.start) // 2
        ]
        if not outer:
            out.append(s)
            continue
        o = min(outer, key=lambda o: o.content.end - o.content.start)
        if o.speaker.side is not None and o.speaker.side == s.speaker.side:
            continue
        out.append(Statement(s.id, s.document_id, s.speaker, s.content, s.kind, s.cue, o.id))
    return out


def _claims_for_targets(doc, document, statements, rebuttals, parties, mentions) -> list[Statement]:
    from .nested import unsourced_claims

    return unsourced_claims(doc, document, statements, rebuttals, parties, mentions)
