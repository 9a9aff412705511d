"""Reported-speech candidates: cue verbs with a speaker subject ("X said (that) ...", "X denied ..."),
"according to X", "The statement reads:" blocks of paragraphs and "X: ..." headlines."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .candidates import Cand
from .content import clause_bounds, complement_of, is_cue_verb, predicate_bounds, subject_of, trim

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .statements import StatementFinder


def verb_candidates(f: "StatementFinder") -> list[Cand]:
    out = []
    doc = f.doc
    c = f.c
    for t in doc:
        if not is_cue_verb(t):
            continue
        lemma = t.lemma_.lower()
        if t.i in f.used_cues and complement_of(t) is None and lemma not in c.predicate_verbs:
            continue
        if t.dep_ in ("amod", "acl", "relcl") and t.tag_ == "VBN":
            continue  # "the statement released by ..."
        if any(ch.dep_ == "neg" for ch in t.children):
            continue  # "X did not specify where ...": no statement
        subj = subject_of(t)
        if subj is None:
            continue
        comp = complement_of(t)
        if comp is not None:
            a, b = clause_bounds(comp)
            if t.dep_ == "relcl" and a < t.i < b:
                if any(x.ent_type_ == "PERSON" for x in subj.subtree):
                    continue  # "the strike, which President X said was ...": a characterisation, kept with its holder
                a = t.i + 1  # "..., which local authorities said had killed 39 people": the relative pronoun is not said
            if a <= subj.i < b:  # the speaker sits inside the clause: parse went wrong
                continue
            if lemma in c.predicate_verbs and lemma not in ("say",) and comp.i > t.i:
                a, b = t.i, b
        elif lemma in c.predicate_verbs or t.lower_ in c.gerund_cues:
            a, b = predicate_bounds(t)
            if b - a < 3:
                continue
        else:
            continue
        if t.i in f.used_cues:
            # the verb attributes a quotation; keep only content outside it
            qk = f.in_quote(a)
            if qk is not None:
                continue
        a, b = trim(doc, a, b)
        if b - a < 2:
            continue
        b = _through_quote(f, a, b)
        q_in = f.in_quote(t.i)
        if q_in is not None and not _named(f, subj):
            continue  # "we said" / "police report" inside someone's quote
        out.append(Cand(t.i, subj, (t.idx, t.idx + len(t.text)), [f.chars(a, b)], "indirect", [(a, b)]))
    return out

def _through_quote(f: "StatementFinder", a: int, b: int) -> int:
    """ "X stressed that they "knew ...: ... possible."": a quotation opened inside the content runs to its end."""
    ca, cb = f.chars(a, b)
    for q in f.quotes:
        if ca <= q.open < cb < q.end and "\n" not in f.text[cb : q.end]:
            return max(b, f.tok_range(q.start, q.end)[1])
    return b


def _named(f: "StatementFinder", subj: "Token") -> bool:
    """A subject that names a known party or a person (worth reporting from inside a quote)."""
    a, b = subj.left_edge.i, subj.right_edge.i + 1
    if any(m.start >= a and m.end <= b for m in f.r.mentions):
        return True
    return any(t.ent_type_ == "PERSON" for t in f.doc[a:b])

def according_candidates(f: "StatementFinder") -> list[Cand]:
    out = []
    doc = f.doc
    for t in doc:
        if t.lower_ != "according" or t.i + 1 >= len(doc) or doc[t.i + 1].lower_ != "to":
            continue
        to = doc[t.i + 1]
        pobj = next((g for g in to.children if g.dep_ == "pobj"), None)
        if pobj is None:
            continue
        sent = t.sent
        pa, pb = t.i, max(pobj.right_edge.i + 1, to.i + 1)
        left = trim(doc, sent.start, pa)
        right = trim(doc, pb, sent.end)
        a, b = right if (right[1] - right[0]) >= (left[1] - left[0]) else left
        if b - a < 3:
            continue
        cue = (t.idx, to.idx + len(to.text))
        out.append(Cand(t.i, pobj, cue, [f.chars(a, b)], "indirect", [(a, b)]))
    return out

def colon_block_candidates(f: "StatementFinder") -> list[Cand]:
    """ "The statement reads:" ending a paragraph: the following unquoted paragraphs are the statement."""
    out = []
    doc, text = f.doc, f.text
    for t in doc:
        if t.text != ":":
            continue
        nl = text.find("\n", t.idx)
        if nl < 0 or text[t.idx + 1 : nl].strip():
            continue
        verb = next((v for v in reversed(doc[max(0, t.i - 8) : t.i]) if is_cue_verb(v) or v.lemma_ == "read"), None)
        subj = subject_of(verb) if verb is not None else None
        if subj is None:
            continue
        contents, pos = [], nl
        while len(contents) < 6 and pos < len(text):
            end = text.find("\n", pos + 1)
            end = len(text) if end < 0 else end
            para = text[pos:end]
            if para.strip():
                if any(q in para for q in '"\u201c\u201d\u00ab'):
                    break
                a = pos + len(para) - len(para.lstrip())
                b = pos + len(para.rstrip())
                contents.append((a, b))
            pos = end
        if contents:
            block = [f.tok_range(a, b) for a, b in contents]
            out.append(Cand(verb.i, subj, (verb.idx, verb.idx + len(verb.text)), contents, "direct", block))
    return out

def headline_candidates(f: "StatementFinder") -> list[Cand]:
    """ "Azerbaijani MoD: Russian peacekeepers did not ..." at the start of a line."""
    out = []
    doc = f.doc
    for t in doc:
        if t.text != ":" or t.i == 0:
            continue
        line_start = f.text.rfind("\n", 0, t.idx) + 1
        s = f.tok(line_start)
        if t.i - s > 6 or t.i - s < 1:
            continue
        m = next((m for m in f.r.mentions if m.start == s or (m.start == s + 1 and doc[s].lower_ == "the")), None)
        if m is None or m.end != t.i or m.country_level:  # "Paris: ..." is a dateline
            continue
        line_end = f.text.find("\n", t.idx)
        line_end = len(f.text) if line_end < 0 else line_end
        a, b = trim(doc, t.i + 1, f.tok(line_end - 1) + 1)
        if b - a < 4:
            continue
        head = doc[m.end - 1]
        out.append(Cand(t.i, head, (t.idx, t.idx + 1), [f.chars(a, b)], "indirect", [(a, b)]))
    return out


def parenthetical_candidates(f: "StatementFinder") -> list[Cand]:
    """A cue set off by commas inside the sentence it attributes: "The plant, it said, cannot be
    restored", "From the east, the other side claims, five people died". The content is the rest of the
    sentence: the part after the cue, and the part before it when that is a clause (has a verb)."""
    out = []
    doc = f.doc
    c = f.c
    for t in doc:
        if t.i + 1 >= len(doc) or doc[t.i + 1].text != "," or t.i in f.used_cues:
            continue
        lemma = t.lemma_.lower()
        if lemma not in c.speech_verbs or any(ch.dep_ in ("ccomp", "dobj") for ch in t.children):
            continue
        if is_cue_verb(t) and t.dep_ in ("parataxis", "advcl", "dep"):
            subj = subject_of(t)
        elif t.dep_ == "dep" and t.i > 0 and doc[t.i - 1].pos_ in ("NOUN", "PROPN"):
            subj = doc[t.i - 1]  # "the other side claims," tagged as a noun compound
        else:
            continue
        if subj is None or subj.i > t.i:
            continue
        left = subj.left_edge.i - 1
        while left > t.sent.start and doc[left].text != "," and t.i - left <= 6:
            left -= 1
        if left <= t.sent.start or doc[left].text != "," or t.i - left > 6:
            continue
        sent = t.sent
        contents = []
        a, b = trim(doc, sent.start, left)
        if b - a >= 2 and any(x.pos_ in ("VERB", "AUX") for x in doc[a:b]):
            contents.append((a, b))
        a, b = trim(doc, t.i + 2, sent.end)
        if b - a >= 2:
            contents.append((a, b))
        if not contents:
            continue
        out.append(Cand(t.i, subj, (t.idx, t.idx + len(t.text)), [f.chars(x, y) for x, y in contents],
                        "indirect", [(x, y) for x, y in contents], subj_span=(left + 1, t.i)))
    return out


def source_line_candidates(f: "StatementFinder") -> list[Cand]:
    """A line "Source: X, <role>, on <platform>" after a paragraph credits that paragraph to X when X is a
    person or a known party (a bare outlet credit, "Source: <agency>", credits no statement)."""
    import re

    out = []
    doc, text = f.doc, f.text
    markers = "|".join(re.escape(m) for m in sorted(f.c.source_line_markers, key=len, reverse=True))
    if not markers:
        return out
    for m in re.finditer(rf"(?im)^[ \t]*(?:{markers})[ \t]*:[ \t]*(\S[^\n]*)$", text):
        a_char = m.start(1)
        b_char = m.end(1)
        a, b = f.tok_range(a_char, b_char)
        ent = next((e for e in doc.ents if e.label_ == "PERSON" and a <= e.start and e.end <= b), None)
        party = next((x for x in f.r.mentions if a <= x.start and x.end <= b and not x.country_level), None)
        if ent is not None:
            s0, s1, head = ent.start, ent.end, ent.root
        elif party is not None:
            s0, s1, head = party.start, party.end, doc[party.end - 1]
        else:
            continue
        # the paragraph just above the line
        above = text[: m.start()].rstrip()
        if not above:
            continue
        p_start = above.rfind("\n") + 1
        if len(above) - p_start < 20:
            continue
        pa, pb = f.tok_range(p_start, len(above))
        pa, pb = trim(doc, pa, pb)
        if pb - pa < 4 or not any(x.pos_ in ("VERB", "AUX") for x in doc[pa:pb]):
            continue
        out.append(Cand(head.i, head, (m.start(), a_char), [f.chars(pa, pb)], "indirect", [(pa, pb)],
                        subj_span=(s0, s1)))
    return out
