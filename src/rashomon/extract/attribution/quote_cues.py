"""Direct-speech candidates: quotations with a cue after ("“...,” X said") or before ("X said: “...”"),
chains of quotes continued over paragraphs, and free quotations that continue the previous speaker."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .candidates import END, MIN_FREE_QUOTE_WORDS, MIN_QUOTE_WORDS, Cand
from .content import is_cue_verb, subject_of
from .quotes import Quote

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .statements import StatementFinder


def quote_candidates(f: "StatementFinder") -> list[Cand]:
    out = []
    chains: list[list[int]] = []
    for k, q in enumerate(f.quotes):
        if q.continues is not None and chains and chains[-1][-1] == q.continues:
            chains[-1].append(k)
        else:
            chains.append([k])
    for chain in chains:
        words = sum(f.words(k) for k in chain)
        if words < MIN_QUOTE_WORDS:
            continue
        first, last = f.quotes[chain[0]], f.quotes[chain[-1]]
        contents = [(f.quotes[k].start, f.quotes[k].end) for k in chain]
        block = [f.quote_tok[k] for k in chain]
        found = _cue_after(f, last) if last.close is not None else None
        if found is None:
            found = _cue_before(f, first)
        if found is None and _starts_sentence(f, first):
            found = _announced_before(f, first)
        if found is not None:
            verb, subj = found
            f.used_cues.add(verb.i)
            out.append(Cand(verb.i, subj, (verb.idx, verb.idx + len(verb.text)), contents, "direct", block))
        elif words >= MIN_FREE_QUOTE_WORDS and _starts_sentence(f, first):
            out.append(Cand(f.quote_tok[chain[0]][0], None, None, contents, "direct", block, True))
    return out

def _starts_sentence(f: "StatementFinder", q: Quote) -> bool:
    before = f.text[max(0, q.open - 3) : q.open].strip()
    return not before or before[-1] in ".!?:\n" or f.text[q.open - 1 : q.open] == "\n"

def _cue_after(f: "StatementFinder", q: Quote) -> tuple["Token", "Token"] | None:
    """ "“...,” X said" / "“...,” said X": a cue verb right after the closing mark."""
    inner = f.text[q.start : q.end].rstrip()
    after = f.text[q.close + 1 : q.close + 3]
    if not ((inner and inner[-1] in ",.!?…") or after[:1] in (",",) or after.strip()[:1] in ("-", "\u2013", "\u2014")):
        return None
    i = f.tok(q.close + 1)
    if i < len(f.doc) and f.doc[i].idx <= q.close:
        i += 1
    doc = f.doc
    limit = min(len(doc), i + 14)
    for j in range(i, limit):
        t = doc[j]
        if t.text in END or t.text in ('"', "\u201c") or "\n" in t.text:
            break
        if t.lemma_ in ("cite", "quote"):
            obj = next((ch for ch in t.children if ch.dep_ == "dobj"), None)
            if obj is not None:
                return t, obj
        if is_cue_verb(t) or t.lemma_ == "read":
            subj = subject_of(t)
            if subj is None:
                # "..., said X": the speaker follows the verb
                subj = next((ch for ch in t.children if ch.i > t.i and ch.dep_ in ("nsubj", "dobj", "attr")), None)
            if subj is not None and subj.i >= i:
                return t, subj
            if subj is not None and t.lemma_ in ("cite", "quote"):
                return t, subj
    return None

def _announced_before(f: "StatementFinder", q: Quote) -> tuple["Token", "Token"] | None:
    """ "X made a statement about the incident. “...”": a quotation right after a sentence announcing a
    statement (a verb of ``statement_verbs`` with a statement noun as object) is that subject's."""
    j = f.tok(q.open) - 1
    doc = f.doc
    while j >= 0 and (doc[j].is_space or doc[j].text in END):
        j -= 1
    if j < 0:
        return None
    sent = doc[j].sent
    root = sent.root
    if root.lemma_.lower() not in f.c.statement_verbs or any(ch.dep_ == "neg" for ch in root.children):
        return None
    if not any(ch.dep_ == "dobj" and ch.lower_ in f.c.statement_nouns for ch in root.children):
        return None
    subj = next((ch for ch in root.children if ch.dep_ == "nsubj"), None)
    return (root, subj) if subj is not None else None


def _cue_before(f: "StatementFinder", q: Quote) -> tuple["Token", "Token"] | None:
    """ "X said: “...”" / "According to X: “...”": a cue right before the opening mark."""
    prefix = f.text[max(0, q.open - 3) : q.open].rstrip()
    if not prefix or prefix[-1] not in ":,":
        return None
    j = f.tok(q.open) - 1
    doc = f.doc
    stop = max(0, j - 40)
    for k in range(j, stop - 1, -1):
        t = doc[k]
        if t.text in END or "\n" in t.text:
            break
        if t.lower_ == "according" and k + 1 < len(doc) and doc[k + 1].lower_ == "to":
            pobj = next((g for g in doc[k + 1].children if g.dep_ == "pobj"), None)
            if pobj is not None:
                return t, pobj
        if is_cue_verb(t):
            subj = subject_of(t)
            if subj is not None:
                return t, subj
    return None
