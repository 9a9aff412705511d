"""Date and time of the incident, resolved against the document's publication date.

Dates are found by precompiled patterns over the text (month-day, day-month, ISO, weekdays,
"yesterday", "last week") and resolved without a date library: a weekday is the latest such day on or
before publication, a month-day without a year takes the year that puts it on or before publication.
Only dates from ``LOOKBACK_DAYS`` before publication up to the publication day are kept: older dates
("since 1991", "in the fall of 2020") are background, not the incident. Other date expressions that
spaCy tags as DATE fall back to dateparser (cached, with PREFER_DATES_FROM=past).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from .base import Candidate, Context, cues

LOOKBACK_DAYS = 31
_MONTHS = {m: i + 1 for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"])}
_MONTH_ABBR = {m[:3]: i for m, i in _MONTHS.items()} | {"sept": 9}
_WEEKDAYS = {d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
_MON = r"(?P<mon>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?:,?\s+(?P<year>(?:19|20)\d\d))?"
_DATE_RES = [
    ("md", re.compile(rf"\b{_MON}\s+{_DAY}\b{_YEAR}")),
    ("dm", re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MON}\b{_YEAR}")),
    ("iso", re.compile(r"\b(?P<year>20\d\d)-(?P<mon>[01]\d)-(?P<day>[0-3]\d)\b")),
    ("wd", re.compile(r"\b(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")),
    ("rel", re.compile(r"\b(?P<rel>yesterday|today|last night|this morning|tonight|last week|this week|earlier this week|last month|a day earlier|the day before)\b", re.I)),
    ("month", re.compile(r"\b(?:in|since|during|early|late|mid-?)\s+(?P<monly>January|February|March|April|June|July|August|September|October|November|December)\b(?:\s+(?P<year>(?:19|20)\d\d))?")),
]
_BACKGROUND = re.compile(r"\b(?:since|until|till|by the end of|anniversary|published|updated|posted)\b", re.I)
_STAMP = re.compile(r"\b(?:GMT|UTC|Updated|Published|Posted)\b")

# ---- times ---------------------------------------------------------------------------------
_NUMWORDS = {w: i + 1 for i, w in enumerate(
    ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"])}
_TIME_RES = [
    ("hm", re.compile(r"\b(?P<pre>at|around|about|from|since|by|after|before|approximately)\s+(?:around\s+|about\s+|approximately\s+)?(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)(?!\s*(?:GMT|UTC))(?:\s*(?P<ap>[ap]\.?m\.?))?(?![\d.:])", re.I)),
    ("ap", re.compile(r"\b(?P<h>1[0-2]|0?[1-9])(?::(?P<m>[0-5]\d))?\s*(?P<ap>a\.m\.|p\.m\.|am\b|pm\b)", re.I)),
    ("oclock", re.compile(r"\b(?P<h>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+o['\u2019]clock(?:\s+(?:in the\s+)?(?P<part>morning|afternoon|evening|night|at night))?", re.I)),
    ("word", re.compile(r"\b(?:(?:early|late)\s+(?:in\s+the\s+)?|in\s+the\s+|on\s+the\s+|during\s+the\s+|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+|this\s+|at\s+|the\s+)(?P<w>morning|afternoon|evening|night|dawn|daybreak|midnight|noon)\b|\b(?P<w2>overnight|early hours|small hours|late at night|nighttime|night-time)\b", re.I)),
]
_WORD_TIME = {"morning": "morning", "dawn": "morning", "daybreak": "morning", "afternoon": "afternoon", "noon": "afternoon",
              "evening": "evening", "night": "night", "midnight": "night", "overnight": "night", "early hours": "night",
              "small hours": "night", "late at night": "night", "nighttime": "night", "night-time": "night"}


def _month(name: str) -> int | None:
    n = name.lower().rstrip(".")
    return _MONTHS.get(n) or _MONTH_ABBR.get(n[:4] if n.startswith("sept") else n[:3])


def _safe(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def resolve(kind: str, m: re.Match, anchor: date | None) -> tuple[date, str] | None:
    """The date and precision a pattern match denotes, relative to ``anchor`` (publication)."""
    g = m.groupdict()
    if kind in ("md", "dm", "iso"):
        mon = int(g["mon"]) if kind == "iso" else _month(g["mon"])
        day = int(g["day"])
        if not mon or not 1 <= day <= 31:
            return None
        if g.get("year"):
            d = _safe(int(g["year"]), mon, day)
            return (d, "day") if d else None
        if anchor is None:
            return None
        d = _safe(anchor.year, mon, day)
        if d and d > anchor + timedelta(days=1):
            d = _safe(anchor.year - 1, mon, day)
        return (d, "day") if d else None
    if anchor is None:
        return None
    if kind == "wd":
        wd = _WEEKDAYS[g["wd"].lower()]
        back = (anchor.weekday() - wd) % 7
        return anchor - timedelta(days=back), "day"
    if kind == "rel":
        r = g["rel"].lower()
        if r in ("yesterday", "last night"):
            return anchor - timedelta(days=1), "day"
        if r in ("today", "this morning", "tonight"):
            return anchor, "day"
        if r in ("last week",):
            d = anchor - timedelta(days=7)
            return d - timedelta(days=d.weekday()), "week"
        if r in ("this week", "earlier this week"):
            return anchor - timedelta(days=anchor.weekday()), "week"
        if r == "last month":
            first = anchor.replace(day=1) - timedelta(days=1)
            return first.replace(day=1), "month"
        return None
    if kind == "month":
        mon = _month(g["monly"])
        year = int(g["year"]) if g.get("year") else anchor.year
        if not g.get("year") and mon and mon > anchor.month:
            year -= 1
        d = _safe(year, mon, 1) if mon else None
        return (d, "month") if d else None
    return None


def _anchor(ctx: Context) -> date | None:
    """Publication date, else the latest full date written in the text."""
    if ctx.published:
        return ctx.published
    best = None
    text = ctx.document.text
    for kind, rx in _DATE_RES[:3]:
        for m in rx.finditer(text):
            if m.groupdict().get("year"):
                r = resolve(kind, m, None)
                if r and (best is None or r[0] > best):
                    best = r[0]
    return best


def _line_of(text: str, pos: int) -> str:
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    return text[a : b if b >= 0 else len(text)]


_RANGE_END = re.compile(r"\b(?:to|till|through|until|and)\s+(?:the\s+)?$", re.I)
_RANGE_START = re.compile(r"\b(?:from|between)\s+(?:the\s+)?\S+(?:\s+\S+){0,2}\s+(?:to|till|through|until|and)\s+(?:the\s+)?$", re.I)


def _not_incident(ctx: Context, s: int, e: int) -> bool:
    """A date that dates something other than the incident, judged by construction.

    - when a report or a statement was made: the date modifies a reporting verb ("the ministry said on
      Monday", "X on March 5 said", "voiced concern on Monday");
    - a stamp or a dateline: the date's sentence has no verb ("June 7.", "(Agency - 8 April 2022)");
    - the end of a range ("from March 24 to March 25": the incident began on the first).
    """
    text = ctx.document.text
    if _RANGE_START.search(text[max(0, s - 40) : s]):
        return True
    line_start = text.rfind("\n", 0, s) + 1
    if _DATELINE.match(text[line_start:s]) and _DATELINE_END.match(text[e : e + 6]):
        return True  # "ORAVEL, 12 June 2024 - ...": the report's date
    span = ctx.doc.char_span(s, e, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    if _intended(span.root):
        return True  # "its monitors would visit the area on Thursday": a plan, not the incident
    sent = span[0].sent
    if not any(t.pos_ in ("VERB", "AUX") for t in sent):
        return True
    a = text.rfind("(", max(0, s - 60), s)
    if a >= 0 and ")" not in text[a:s] and re.search(r"[-\u2013\u2014/]", text[a:s]):
        return True  # "(Outlet / Agency - 08th April, 2022)"
    return False


# a dateline opening a paragraph: "CITY, " / "CITY (Agency) " / "CITY, Region, " before the date
_DATELINE = re.compile(r"^\s*[A-Z][A-Z.'\- ]{1,40}(?:,\s*[A-Z][\w.'\- ]{1,30})?(?:\s*\([^)]{1,40}\))?,?\s*$")
_DATELINE_END = re.compile(r"^\s*(?:\(|[-\u2013\u2014:])")


def _intended(tok) -> bool:
    """The date modifies a future or intended predicate ("would visit on Thursday", "will meet on
    Friday", "plans to inspect the site on Monday")."""
    x = tok
    if x.dep_ == "pobj" and x.head.pos_ == "ADP":
        x = x.head.head
    elif x.dep_ in ("npadvmod", "tmod", "advmod", "nmod"):
        x = x.head
    if x.pos_ not in ("VERB", "AUX"):
        return False
    modals = set(cues().get("future_modals", ()))
    if any(ch.dep_ == "aux" and ch.lower_ in modals for ch in x.children):
        return True
    return x.dep_ == "xcomp" and x.head.lemma_.lower() in set(cues().get("intent_verbs", ()))


def _report_dated(ctx: Context, s: int, e: int) -> bool:
    """The date modifies a reporting verb ("said on Monday", "X on March 5 said"), not a clause it reports."""
    span = ctx.doc.char_span(s, e, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    x = span.root
    if x.dep_ == "pobj" and x.head.pos_ == "ADP":
        x = x.head.head
    elif x.dep_ in ("npadvmod", "tmod", "advmod"):
        x = x.head
    report = _report_verbs()
    if x.pos_ in ("NOUN", "PROPN") and x.dep_ in ("nsubj", "nsubjpass") and x.head.lemma_.lower() in report:
        return True  # "A state minister ... on March 5 said"
    if not (x.pos_ in ("VERB", "AUX") and x.lemma_.lower() in report):
        return False
    events = frozenset(cues()["event_words"]) | {"suppression", "repulsion", "incident"}
    for k in x.children:  # "reported on the suppression of an attack ... on March 26": the event's date
        if k.dep_ in ("prep", "dobj") and any(t.lemma_.lower() in events for t in k.subtree if t.i < span.start):
            return False
    between = ctx.document.text[min(x.idx, s) : max(x.idx, s)]
    return not re.search(r"\bthat\b", between)  # "We inform that on March 5, ...": the reported clause's date


@lru_cache(maxsize=1)
def _report_verbs() -> frozenset[str]:
    return frozenset(cues()["report_verbs"])


def find_dates(ctx: Context) -> list[Candidate]:
    """Incident-date candidates: resolved, within the look-back window, not background."""
    text = ctx.document.text
    anchor = _anchor(ctx)
    out: list[Candidate] = []
    fallback: list[Candidate] = []
    taken: list[tuple[int, int]] = []
    for kind, rx in _DATE_RES:
        for m in rx.finditer(text):
            s, e = m.span()
            if any(a < e and s < b for a, b in taken):
                continue
            r = resolve(kind, m, anchor)
            if r is None:
                continue
            d, precision = r
            if anchor is not None and not (anchor - timedelta(days=LOOKBACK_DAYS) <= d <= anchor + timedelta(days=1)):
                continue
            before = text[max(0, s - 25) : s]
            if _BACKGROUND.search(before) or _STAMP.search(_line_of(text, s)[:200]) and len(_line_of(text, s)) < 120:
                continue
            if kind != "rel" and _not_incident(ctx, s, e):
                taken.append((s, e))
                continue
            taken.append((s, e))
            if _report_dated(ctx, s, e):
                # when a statement was made: the incident's date only if the report gives no other
                fallback.append(Candidate("date", d.isoformat(), s, e, precision=precision, rank=1))
                continue
            # widen the evidence a little so the claimant's statement is the one holding the date
            out.append(Candidate("date", d.isoformat(), s, e, precision=precision, rank=0 if precision == "day" else 1))
    if not any(c.precision == "day" for c in out):
        out.extend(fallback[:1])
    return out


def _hm(h: int, mi: int, ap: str | None) -> str | None:
    if ap:
        ap = ap.lower().replace(".", "")
        if h == 12:
            h = 0
        if ap == "pm":
            h += 12
    if not (0 <= h <= 23 and 0 <= mi <= 59):
        return None
    return f"{h:02d}:{mi:02d}"


def find_times(ctx: Context) -> list[Candidate]:
    """Time-of-day candidates: HH:MM, "10 a.m.", "two o'clock in the morning", morning/…/night."""
    text = ctx.document.text
    out: list[Candidate] = []
    taken: list[tuple[int, int]] = []
    for kind, rx in _TIME_RES:
        for m in rx.finditer(text):
            s, e = m.span()
            if any(a < e and s < b for a, b in taken):
                continue
            line = _line_of(text, s)
            if _STAMP.search(line) and len(line) < 120:
                continue
            g = m.groupdict()
            value = None
            if kind in ("hm", "ap"):
                value = _hm(int(g["h"]), int(g["m"] or 0), g.get("ap"))
            elif kind == "oclock":
                h = _NUMWORDS.get(g["h"].lower()) or int(g["h"]) if g["h"].isdigit() or g["h"].lower() in _NUMWORDS else None
                if h is None:
                    continue
                part = (g.get("part") or "").lower()
                if part in ("afternoon", "evening") and h < 12:
                    h += 12
                elif part in ("night", "at night") and 6 <= h < 12:
                    h += 12
                value = f"{h % 24:02d}:00"
            else:
                w = (g.get("w") or g.get("w2") or "").lower()
                value = _WORD_TIME.get(w)
            if value is None:
                continue
            taken.append((s, e))
            out.append(Candidate("time", value, s, e))
    return out


def find(ctx: Context) -> list[Candidate]:
    return find_dates(ctx) + find_times(ctx)
