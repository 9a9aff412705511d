"""Nested claims: another party's account reported inside a statement.

"denied Kiev's claims that a Russian missile hit Kramatorsk", "allegations by the Ukrainian side that
...", "the Russian Defense Ministry's presentation of the units as ...": a claim noun with a source
becomes a Statement of that source, ``reported_by`` the statement holding it. Claim nouns without a
named source inside a rebuttal ("The information spread about first aid ... does not reflect the
truth") are given to the rebuttal's target.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

from ...models import Document, Party, Rebuttal, Speaker, Span, Statement, content_id
from ...parties import PartyTable
from .mentions import Mention, mention_at
from .resources import cues
from .salience import country_party, party_for_side

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_SOURCE_ACL = {"come", "make", "release", "issue", "put", "publish", "voice", "circulate", "advance", "level"}
_CONTENT_PREPS = {"about", "of", "on", "regarding", "concerning", "as", "that"}


def _statement_at(statements: Sequence[Statement], char: int) -> Statement | None:
    holders = [s for s in statements if s.reported_by is None and s.content.start <= char < s.content.end]
    return min(holders, key=lambda s: s.content.end - s.content.start) if holders else None


def _source(noun: "Token") -> "Token | None":
    """The token naming whose claim this is: "X's claims", "claims by/of/from X", "claims coming from X"."""
    for ch in noun.children:
        if ch.dep_ == "poss" and ch.pos_ != "PRON":
            return ch
    prev = noun.doc[noun.i - 1] if noun.i > 0 else None
    if prev is not None and prev.lower_ in ("'s", "\u2019s") and noun.i > 1:
        return noun.doc[noun.i - 2]  # "Kiev's claims" parsed as a verb with a subject
    for ch in noun.children:
        if ch.dep_ == "prep" and ch.lower_ in ("by", "from"):
            return next((g for g in ch.children if g.dep_ == "pobj"), None)
        if ch.dep_ == "prep" and ch.lower_ == "of" and any(g.dep_ == "pobj" and g.ent_type_ in ("GPE", "ORG", "NORP", "PERSON") for g in ch.children):
            return next(g for g in ch.children if g.dep_ == "pobj")
    for ch in noun.children:
        if ch.dep_ == "acl" and ch.lemma_ in _SOURCE_ACL:
            for p in ch.children:
                if p.dep_ in ("agent", "prep") and p.lower_ in ("by", "from"):
                    return next((g for g in p.children if g.dep_ == "pobj"), None)
    for ch in noun.children:
        if ch.dep_ in ("amod", "compound") and ch.i < noun.i:
            return ch
    return None


def _nounish(t: "Token") -> bool:
    if t.pos_ in ("NOUN", "PROPN"):
        return True
    return t.i > 0 and t.doc[t.i - 1].lower_ in ("'s", "\u2019s")


def _has_content(noun: "Token") -> bool:
    for ch in noun.children:
        if ch.dep_ in ("acl", "relcl", "ccomp") or (ch.dep_ == "prep" and ch.lower_ in _CONTENT_PREPS):
            return True
    return False


def _party(tok: "Token", doc: "Doc", statements, parties: PartyTable, mentions: Sequence[Mention]) -> Party | None:
    a, b = tok.left_edge.i, tok.right_edge.i + 1
    if tok.dep_ in ("amod", "compound"):
        a, b = tok.i, tok.i + 1
    m = mention_at(mentions, a, b, tok.i)
    if m is not None and not m.country_level:
        return m.party
    side = m.party.side if m is not None else parties.side_of(tok.text)
    if side is None:
        return None
    return party_for_side(side, statements, parties) or country_party(side, parties)


def _claim_content(noun: "Token", src: "Token | None") -> tuple[int, int] | None:
    """Token range of what a claim noun says ("claims that X", "presentation of the units as Y", "reports
    of a firefight"), else None: a source ("the statement of the ministry"), a date ("the Statement of
    November 10"), a relative clause ("which does not reflect ...") or a document's topic ("the bulletin
    regarding the incident") is no claim."""
    c = cues()
    doc = noun.doc
    inner = []
    for ch in noun.children:
        if ch.i < noun.i or (src is not None and ch.left_edge.i <= src.i <= ch.right_edge.i):
            continue
        if ch.dep_ in ("acl", "ccomp"):
            if ch.lemma_ in _SOURCE_ACL and any(p.lower_ in ("by", "from") for p in ch.children):
                continue
            inner.append(ch)
        elif ch.dep_ == "prep" and ch.lower_ == "as":
            inner.append(ch)
        elif ch.dep_ == "prep" and ch.lower_ in _CONTENT_PREPS and noun.lower_ not in c.document_nouns:
            objs = [g for g in ch.children if g.dep_ in ("pobj", "pcomp")]
            if objs and not all(g.ent_type_ == "DATE" for g in objs):
                inner.append(ch)
    if not inner and noun.dep_ == "dobj":
        # "denied claims coming from Kiev that ...": the that-clause hangs on the verb
        inner = [ch for ch in noun.head.children if ch.dep_ == "ccomp" and ch.i > noun.i
                 and any(m.dep_ == "mark" and m.lower_ == "that" for m in ch.children)]
    if not inner:
        return None
    if all(ch.dep_ == "prep" and ch.lower_ != "as" for ch in inner):
        # "the Valdorian version of events", "reports of a firefight": the account is the whole noun phrase
        a = noun.left_edge.i
        while a < noun.i and doc[a].dep_ in ("det", "punct"):
            a += 1
        return a, noun.right_edge.i + 1
    a = min(ch.left_edge.i for ch in inner)
    b = max(ch.right_edge.i for ch in inner) + 1
    if inner[0].head is noun:
        b = max(b, noun.right_edge.i + 1)
    return a, b


def is_claim(doc: "Doc", s: Statement) -> bool:
    """Whether a nested statement cued by a claim noun says something (see :func:`_claim_content`)."""
    if s.cue is None:
        return True
    span = doc.char_span(s.cue.start, s.cue.end)
    if span is None or len(span) != 1 or span[0].lower_ not in cues().claim_nouns:
        return True
    return _claim_content(span[0], _source(span[0])) is not None


def _nested(document: Document, noun: "Token", speaker: Speaker, holder: Statement) -> Statement:
    text = document.text
    doc = noun.doc
    a, b = noun.left_edge.i, noun.right_edge.i + 1
    got = _claim_content(noun, _source(noun))
    if got is not None:  # the claim itself ("that Russia carried out the attack", "as 'police officers'")
        a, b = got
    while b > a + 1 and doc[b - 1].is_punct:
        b -= 1
    start, end = doc[a].idx, doc[b - 1].idx + len(doc[b - 1].text)
    start, end = max(start, holder.content.start), min(end, holder.content.end)
    if end <= start:
        start, end = max(doc[a].idx, holder.content.start), min(doc[b - 1].idx + len(doc[b - 1].text), holder.content.end)
    sid = content_id(document.id, "statement", start, end, speaker.name, holder.id)
    cue = Span.of(text, noun.idx, noun.idx + len(noun.text))
    return Statement(sid, document.id, speaker, Span.of(text, start, end), "indirect", cue, holder.id)


def claims_in(doc: "Doc", document: Document, statements: list[Statement], parties: PartyTable,
              mentions: Sequence[Mention]) -> list[Statement]:
    """Sourced claim nouns inside statements ("Kiev's claims that ...")."""
    nouns = cues().claim_nouns
    out: list[Statement] = []
    for t in doc:
        if t.lower_ not in nouns or not _nounish(t):
            continue
        holder = _statement_at(statements, t.idx)
        if holder is None:
            continue
        src = _source(t)
        if src is None:
            continue
        party = _party(src, doc, statements, parties, mentions)
        if party is None or party.name == holder.speaker.name or party.side == holder.speaker.side:
            continue
        span = Span.of(document.text, src.idx, src.idx + len(src.text))
        out.append(_nested(document, t, Speaker(party.name, party.side, span), holder))
    return out


def unsourced_claims(doc: "Doc", document: Document, statements: list[Statement], rebuttals: list[Rebuttal],
                     parties: PartyTable, mentions: Sequence[Mention]) -> list[Statement]:
    """Claim nouns without a named source inside a rebutting statement: the rebuttal's target's."""
    nouns = cues().claim_nouns
    by_id = {s.id: s for s in statements}
    target_of = {r.statement_id: r.target for r in rebuttals if r.statement_id}
    have = {(s.reported_by, s.cue.start) for s in statements if s.reported_by and s.cue}
    out: list[Statement] = []
    for t in doc:
        if t.pos_ not in ("NOUN", "PROPN") or t.lower_ not in nouns:
            continue
        holder = _statement_at(statements, t.idx)
        if holder is None or holder.id not in target_of or (holder.id, t.idx) in have:
            continue
        if not _has_content(t):
            continue
        src = _source(t)
        if src is not None and _party(src, doc, statements, parties, mentions) is not None:
            continue
        target = target_of[holder.id]
        p = parties.resolve(target)
        side = p.side if p else next((s.speaker.side for s in by_id.values() if s.speaker.name == target), None)
        out.append(_nested(document, t, Speaker(target, side, None), holder))
        have.add((holder.id, t.idx))
    return out


def rebutted_accounts(doc: "Doc", document: Document, statements: list[Statement], rebuttals: list[Rebuttal],
                      parties: PartyTable) -> list[Statement]:
    """The account a rebuttal discredits, found by construction (``accounts.account_span``), as a claim of
    the rebuttal's target reported by the rebutting statement."""
    from .accounts import account_span

    by_id = {s.id: s for s in statements}
    nested = [s for s in statements if s.reported_by]
    out: list[Statement] = []
    text = document.text
    for r in rebuttals:
        holder = by_id.get(r.statement_id or "")
        if holder is None or holder.reported_by is not None:
            continue
        span = doc.char_span(r.evidence.start, r.evidence.end, alignment_mode="expand")
        if span is None:
            continue
        got = account_span(doc, span.start, span.end)
        if got is None:
            continue
        start, end = doc[got[0]].idx, doc[got[1] - 1].idx + len(doc[got[1] - 1].text)
        start, end = max(start, holder.content.start), min(end, holder.content.end)
        if end - start < 8:
            continue
        if any(o.reported_by == holder.id and min(end, o.content.end) - max(start, o.content.start) > 0
               for o in nested + out):
            continue
        p = parties.resolve(r.target)
        side = p.side if p else next((s.speaker.side for s in statements if s.speaker.name == r.target), None)
        sid = content_id(document.id, "statement", start, end, r.target, holder.id)
        out.append(Statement(sid, document.id, Speaker(r.target, side, None), Span.of(text, start, end), "indirect",
                             Span.of(text, r.evidence.start, r.evidence.end), holder.id))
    return out
