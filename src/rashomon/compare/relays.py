"""Copies: near-duplicate documents (wire copies, reposts, machine translations of one text).

Each document becomes a set of word shingles; two documents are copies when the share of the smaller
one's shingles found in the other reaches a threshold (containment, so an excerpt of a wire story counts
as a copy of it). Candidate pairs come from an inverted index of shingles, so documents sharing nothing
are never compared.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Iterable, Sequence

from ..models import DocumentAnalysis
from .lexicon import lexicon, words


def shingles(text: str, size: int | None = None) -> frozenset[int]:
    """Hashed word ``size``-grams of ``text`` (lower-cased words)."""
    n = int(size or lexicon().near_duplicates["shingle"])
    ws = words(text)
    return frozenset(hash(ws[i : i + n]) for i in range(max(0, len(ws) - n + 1)))


def containment(a: frozenset[int], b: frozenset[int]) -> float:
    """Share of the smaller set's shingles found in the other."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def near_duplicates(analyses: Iterable[DocumentAnalysis], threshold: float | None = None) -> list[tuple[str, ...]]:
    """Groups (two or more document ids, sorted) of documents that are copies of one another."""
    cfg = lexicon().near_duplicates
    limit = float(threshold if threshold is not None else cfg["threshold"])
    minimum = int(cfg["min_shingles"])
    sets = {a.document.id: shingles(a.document.text) for a in analyses}
    sets = {k: v for k, v in sets.items() if len(v) >= minimum}
    index: dict[int, list[str]] = defaultdict(list)
    for doc_id in sorted(sets):
        for sh in sets[doc_id]:
            index[sh].append(doc_id)
    shared: dict[tuple[str, str], int] = defaultdict(int)
    for ids in index.values():
        if len(ids) > 50:  # boilerplate shingle shared by very many documents: no evidence of copying
            continue
        for i, x in enumerate(ids):
            for y in ids[i + 1 :]:
                shared[(x, y)] += 1
    parent = {k: k for k in sets}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for (x, y), n in shared.items():
        if n / min(len(sets[x]), len(sets[y])) >= limit:
            rx, ry = find(x), find(y)
            if rx != ry:
                parent[max(rx, ry)] = min(rx, ry)
    groups: dict[str, list[str]] = defaultdict(list)
    for k in sets:
        groups[find(k)].append(k)
    return sorted(tuple(sorted(g)) for g in groups.values() if len(g) > 1)


def copies_of(groups: Sequence[tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """For each document in a group, the other documents it is a copy of."""
    return {d: tuple(x for x in g if x != d) for g in groups for d in g}
