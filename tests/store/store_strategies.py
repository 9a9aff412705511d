"""Hypothesis strategies for valid DocumentAnalysis records (used by the store tests)."""

from __future__ import annotations

from hypothesis import strategies as st

from rashomon.models import (
    FACT_FIELDS,
    Claim,
    Count,
    Document,
    DocumentAnalysis,
    Place,
    Rebuttal,
    SkipReason,
    Span,
    Speaker,
    Statement,
)

texts = st.text(max_size=40)
opt_texts = st.none() | texts
ids = st.text(alphabet="0123456789abcdef", min_size=1, max_size=16)
ints = st.integers(min_value=-(2**63), max_value=2**63 - 1)
small = st.integers(min_value=0, max_value=10_000)
coords = st.none() | st.floats(allow_nan=False, allow_infinity=False)


@st.composite
def spans(draw: st.DrawFn) -> Span:
    start = draw(small)
    return Span(start, draw(st.integers(min_value=start, max_value=start + 500)), draw(texts))


@st.composite
def analyses(draw: st.DrawFn) -> DocumentAnalysis:
    doc_id = draw(ids)
    skip = draw(st.none() | st.builds(SkipReason, st.sampled_from(["ingest", "nlp", "extract"]), texts, texts))
    document = Document(
        id=doc_id, text=draw(st.text(max_size=200)), title=draw(opt_texts), url=draw(opt_texts),
        outlet=draw(opt_texts), published=draw(st.none() | st.dates().map(str)),
        language=draw(st.none() | st.sampled_from(["en", "ru"])), source=draw(opt_texts), skip_reason=skip,
    )  # fmt: skip
    speaker = st.builds(Speaker, texts, opt_texts, st.none() | spans())
    statements = draw(
        st.lists(
            st.builds(Statement, ids, st.just(doc_id), speaker, spans(), st.sampled_from(["direct", "indirect"]),
                      st.none() | spans(), st.none() | ids),
            unique_by=lambda s: s.id, max_size=4,
        )
    )  # fmt: skip
    rebuttals = draw(
        st.lists(
            st.builds(Rebuttal, ids, st.just(doc_id), texts, texts, spans(), st.none() | ids,
                      st.lists(ids, max_size=3).map(tuple)),
            unique_by=lambda r: r.id, max_size=3,
        )
    )  # fmt: skip
    counts = st.builds(Count, small, st.none() | small) | small.map(lambda n: Count(n, n))
    values = ints | texts | counts
    places = st.none() | st.builds(Place, texts, opt_texts, opt_texts, coords, coords, texts)
    claims = draw(
        st.lists(
            st.builds(Claim, ids, st.just(doc_id), st.sampled_from(FACT_FIELDS), values, spans(), opt_texts,
                      st.none() | ids, opt_texts, opt_texts, opt_texts, places),
            unique_by=lambda c: c.id, max_size=4,
        )
    )  # fmt: skip
    return DocumentAnalysis(document, tuple(statements), tuple(rebuttals), tuple(claims))
