"""The incremental linker: signatures in, incidents out; state that the store can keep."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from ..models import DocumentAnalysis
from . import cluster, scoring
from .blocking import BlockIndex
from .signature import LinkSignature, signature


class Linker:
    """Groups reports into incidents, one batch of new signatures at a time.

    ``add`` indexes the new reports, scores them against their blocking candidates only, records the
    pairs that reach :data:`~rashomon.link.scoring.THRESHOLD` as edges, and re-clusters only the
    components the new reports touch. The result is the same whatever the order or batching of input.
    """

    def __init__(self) -> None:
        self._sigs: dict[str, LinkSignature] = {}
        self._index = BlockIndex()
        self._edges: dict[str, dict[str, float]] = defaultdict(dict)
        self._incident_of: dict[str, str] = {}
        self._members: dict[str, tuple[str, ...]] = {}

    # -- linking ------------------------------------------------------------------------------
    def add(self, signatures: Iterable[LinkSignature]) -> None:
        """Link new reports (a report already known is replaced only if its signature changed)."""
        new = []
        for sig in sorted({s.document_id: s for s in signatures}.values(), key=lambda s: s.document_id):
            old = self._sigs.get(sig.document_id)
            if old == sig:
                continue
            if old is not None:
                raise ValueError(f"document {sig.document_id!r} is already linked with another signature")
            new.append(sig)
        touched: set[str] = set()
        for sig in new:
            for other in sorted(self._index.candidates(sig)):
                s = scoring.score(sig, self._sigs[other])
                if s.score >= scoring.THRESHOLD:
                    self._edges[sig.document_id][other] = s.score
                    self._edges[other][sig.document_id] = s.score
                    touched.add(other)
            self._sigs[sig.document_id] = sig
            self._index.add(sig)
            touched.add(sig.document_id)
        self._recluster(touched)

    def _recluster(self, touched: set[str]) -> None:
        for comp in cluster.components(touched, self._edges):
            for old in {self._incident_of[d] for d in comp if d in self._incident_of}:
                self._members.pop(old, None)
            for group in cluster.split(comp, self._pair):
                inc = cluster.incident_id(group)
                self._members[inc] = tuple(group)
                for d in group:
                    self._incident_of[d] = inc

    def _pair(self, a: str, b: str) -> scoring.PairScore | None:
        return scoring.score(self._sigs[a], self._sigs[b])

    # -- results ------------------------------------------------------------------------------
    def incidents(self) -> dict[str, tuple[str, ...]]:
        """Incident id → sorted document ids, ordered by incident id."""
        return dict(sorted(self._members.items()))

    def incident_of(self, document_id: str) -> str | None:
        return self._incident_of.get(document_id)

    def signature_of(self, document_id: str) -> LinkSignature | None:
        return self._sigs.get(document_id)

    def __len__(self) -> int:
        return len(self._sigs)

    # -- state for the store ------------------------------------------------------------------
    def state(self) -> tuple[list[tuple[str, str]], list[tuple[str, str, float]]]:
        """(signature rows (document_id, json), edges (a, b, score) with a < b) to persist."""
        sigs = [(d, s.to_json()) for d, s in sorted(self._sigs.items())]
        edges = sorted((a, b, w) for a, nb in self._edges.items() for b, w in nb.items() if a < b)
        return sigs, edges

    @classmethod
    def from_state(cls, signatures: Iterable[tuple[str, str]], edges: Iterable[tuple[str, str, float]]) -> "Linker":
        """Rebuild a linker from :meth:`state` rows: re-indexes, re-clusters; no pair is re-scored
        except inside components that hold a conflict."""
        linker = cls()
        for _, text in signatures:
            sig = LinkSignature.from_json(text)
            linker._sigs[sig.document_id] = sig
            linker._index.add(sig)
        for a, b, w in edges:
            if a in linker._sigs and b in linker._sigs:
                linker._edges[a][b] = w
                linker._edges[b][a] = w
        linker._recluster(set(linker._sigs))
        return linker


def link(analyses: Sequence[DocumentAnalysis]) -> dict[str, tuple[str, ...]]:
    """Batch convenience: incidents (id → sorted document ids) of the analysed (not skipped) documents."""
    linker = Linker()
    linker.add(signature(a) for a in analyses if a.document.skip_reason is None)
    return linker.incidents()
