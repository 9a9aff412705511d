"""Hand-built analyses and signatures for the linking tests (invented places, parties and wording)."""

from __future__ import annotations

from rashomon.link import LinkSignature, SigPlace
from rashomon.models import Claim, Count, Document, DocumentAnalysis, Place, Span, content_id

VALE = Place("Marrow Vale", "Tessar Province", "ZZ", 10.0, 20.0, "town")
TESSAR = Place("Tessar Province", None, "ZZ", 10.5, 20.5, "region")
KORIN = Place("Korin", "Ostrel Region", "ZY", 30.0, 40.0, "town")


def analysis(doc_id: str, text: str, *, title: str, published: str | None = None, outlet: str | None = None,
             dates: tuple[str, ...] = (), places: tuple[Place, ...] = (), killed: tuple[int, ...] = (),
             sides: tuple[str, ...] = ()) -> DocumentAnalysis:
    """An analysis with date, location and killed claims whose evidence is the first word of the text."""
    doc = Document(doc_id, text, title=title, outlet=outlet, published=published, language="en")
    ev = Span(0, len(text.split()[0]), text.split()[0])
    claims = []
    for i, d in enumerate(dates):
        claims.append(Claim(content_id(doc_id, "d", i), doc_id, "date", d, ev, precision="day"))
    for i, p in enumerate(places):
        claims.append(Claim(content_id(doc_id, "p", i), doc_id, "location", p.name, ev, place=p))
    for i, k in enumerate(killed):
        side = sides[i % len(sides)] if sides else None
        claims.append(Claim(content_id(doc_id, "k", i), doc_id, "killed", Count(k, k), ev, side=side))
    return DocumentAnalysis(doc, claims=tuple(claims))


def sig(doc_id: str, *, date: str | None = None, names: tuple[str, ...] = (), words: tuple[str, ...] = (),
        places: tuple[SigPlace, ...] = (), casualties: tuple[int, ...] = (), sides: tuple[str, ...] = (),
        outlet: str | None = None, claimed: bool = True) -> LinkSignature:
    return LinkSignature(
        document_id=doc_id, date=date, date_precision="day" if date else None, date_claimed=claimed and bool(date),
        dates=(date,) if date and claimed else (), places=places, sides=sides, casualties=casualties,
        names=tuple(sorted(names)), words=tuple(sorted(words)), outlet=outlet,
    )
