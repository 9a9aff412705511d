"""Clustering of the incident graph: components of linked pairs, split where reports conflict.

Order-free by construction: the edges are a function of the pairs, components are a function of the
edges, and a component that holds a conflicting pair (two different days, two countries) is split by
constrained average-linkage merging whose ties break on document ids. A component is only ever
recomputed from its own members, so a report that links to nothing changes no incident.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from ..models import content_id
from .scoring import PairScore

SPLIT_THRESHOLD = 0.3  # average pair score two groups need to merge inside a conflicted component
MAX_EXACT = 150  # components larger than this are split on their edges only (no all-pairs rescoring)


def components(nodes: Iterable[str], edges: Mapping[str, Mapping[str, float]]) -> list[list[str]]:
    """Connected components of ``nodes`` over ``edges`` (each sorted; list sorted by first id)."""
    seen: set[str] = set()
    out = []
    for start in sorted(nodes):
        if start in seen:
            continue
        stack, comp = [start], []
        seen.add(start)
        while stack:
            node = stack.pop()
            comp.append(node)
            for nxt in edges.get(node, {}):
                if nxt not in seen:
                    seen.add(nxt)
                    stack.append(nxt)
        out.append(sorted(comp))
    return out


def split(members: list[str], pair: Callable[[str, str], PairScore | None]) -> list[list[str]]:
    """Split one component so that no group holds a conflicting pair.

    Without conflicts the component is one group. Otherwise groups merge, highest average pair score
    first (ties: smallest ids), while the average reaches :data:`SPLIT_THRESHOLD` and neither group
    holds a report that conflicts with one in the other.
    """
    ids = sorted(members)
    scores: dict[tuple[str, str], PairScore | None] = {}
    conflict = False
    if len(ids) <= MAX_EXACT:
        for i, a in enumerate(ids):
            for b in ids[i + 1 :]:
                s = pair(a, b)
                scores[(a, b)] = s
                conflict = conflict or bool(s and s.conflict)
    if not conflict:
        return [ids]
    groups: list[list[str]] = [[x] for x in ids]

    def value(a: str, b: str) -> tuple[float, bool]:
        s = scores[(a, b) if a < b else (b, a)]
        return (s.score, s.conflict) if s else (0.0, False)

    while True:
        best: tuple[float, str, str] | None = None
        pick: tuple[int, int] | None = None
        for i in range(len(groups)):
            for j in range(i + 1, len(groups)):
                vals = [value(a, b) for a in groups[i] for b in groups[j]]
                if any(c for _, c in vals):
                    continue
                avg = sum(v for v, _ in vals) / len(vals)
                key = (avg, groups[i][0], groups[j][0])
                if avg >= SPLIT_THRESHOLD and (best is None or (avg, _neg(key[1]), _neg(key[2])) > (best[0], _neg(best[1]), _neg(best[2]))):
                    best, pick = key, (i, j)
        if pick is None:
            break
        i, j = pick
        groups[i] = sorted(groups[i] + groups[j])
        del groups[j]
    return sorted(groups)


def _neg(s: str) -> tuple[int, ...]:
    """A key that orders strings in reverse (so a max() prefers the smallest id)."""
    return tuple(-ord(c) for c in s) + (1,)


def incident_id(document_ids: Iterable[str]) -> str:
    """An incident id from its content: derived from its smallest document id (order-free)."""
    return "inc-" + content_id("incident", min(document_ids))
