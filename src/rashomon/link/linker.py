"""The incremental linker: signatures in, incidents out; state that the store can keep."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from ..models import DocumentAnalysis
from . import cluster, scoring
from .blocking import BlockIndex
from .signature import LinkSignature, signature

ATTACH_FLOOR = 0.2  # pairs scoring this much (below the threshold) are kept as weak edges
ATTACH_BEST = 0.3  # a lone report joins a core it matches this well with one member ...
ATTACH_SECOND = 0.2  # ... and this well with another ...
ATTACH_MEAN = 0.15  # ... and on average with all members


class Linker:
    """Groups reports into incidents, one batch of new signatures at a time.

    ``add`` indexes the new reports and scores them against their blocking candidates only. Pairs
    that reach :data:`~rashomon.link.scoring.THRESHOLD` are *edges*; their components, split where
    reports conflict, are the *cores* of incidents. Pairs between :data:`ATTACH_FLOOR` and the
    threshold are *weak edges*: a report left alone by the edges joins the core that it matches as a
    whole (:meth:`_attach_target`: well enough with one member, fairly with another, on average with
    all, and in conflict with none), so a report whose words are spread over several members' reports
    still reaches its incident. Only the cores and attachments the new reports touch are recomputed;
    the result is the same whatever the order or batching of input.
    """

    def __init__(self) -> None:
        self._sigs: dict[str, LinkSignature] = {}
        self._index = BlockIndex()
        self._edges: dict[str, dict[str, float]] = defaultdict(dict)
        self._weak: dict[str, dict[str, float]] = defaultdict(dict)
        self._core_of: dict[str, str] = {}  # document → core key (smallest member)
        self._cores: dict[str, tuple[str, ...]] = {}  # core key → members
        self._attached: dict[str, str] = {}  # lone document → core key it joins
        self._attachers: dict[str, set[str]] = defaultdict(set)
        self._incident_of: dict[str, str] = {}
        self._members: dict[str, tuple[str, ...]] = {}
        self._incident_of_core: dict[str, str] = {}

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
                elif s.score >= ATTACH_FLOOR and not s.conflict:
                    self._weak[sig.document_id][other] = s.score
                    self._weak[other][sig.document_id] = s.score
            self._sigs[sig.document_id] = sig
            self._index.add(sig)
            touched.add(sig.document_id)
        self._recluster(touched)

    def _recluster(self, touched: set[str]) -> None:
        affected: set[str] = set()  # core keys whose incident must be rebuilt
        recheck: set[str] = set()  # documents whose attachment must be decided again
        for comp in cluster.components(touched, self._edges):
            for old in {self._core_of[d] for d in comp if d in self._core_of}:
                self._cores.pop(old, None)
                affected.add(old)
                recheck |= self._attachers.get(old, set())
            for group in cluster.split(comp, self._pair):
                key = group[0]
                self._cores[key] = tuple(group)
                affected.add(key)
                for d in group:
                    self._core_of[d] = key
            for d in comp:
                recheck.add(d)
                recheck.update(self._weak.get(d, ()))
                recheck.update(self._edges.get(d, ()))
        for d in sorted(recheck):
            before = self._attached.get(d)
            after = self._attach_target(d)
            if before == after:
                continue
            if before is not None:
                self._attachers[before].discard(d)
                affected.add(before)
            if after is not None:
                self._attached[d] = after
                self._attachers[after].add(d)
                affected.add(after)
            else:
                self._attached.pop(d, None)
            affected.add(self._core_of[d])
        for key in sorted(affected):
            old = self._incident_of_core.pop(key, None)
            if old is not None:
                self._members.pop(old, None)
        for key in sorted(affected):
            members = self._cores.get(key)
            if members is None or (len(members) == 1 and members[0] in self._attached):
                continue
            docs = sorted({*members, *self._attachers.get(key, ())})
            inc = cluster.incident_id(docs)
            self._members[inc] = tuple(docs)
            self._incident_of_core[key] = inc
            for d in docs:
                self._incident_of[d] = inc

    def _attach_target(self, doc: str) -> str | None:
        """The core (of two or more reports) that a lone report joins, or None.

        The core must be :meth:`anchored <_anchored>` in time and in more than one outlet. The report
        must score at least :data:`ATTACH_BEST` with one member, :data:`ATTACH_SECOND`
        with another, :data:`ATTACH_MEAN` on average with all members, and conflict with none. Among
        such cores the one with the highest summed score wins (ties: smallest core key).
        """
        if len(self._cores.get(self._core_of.get(doc, doc), ())) != 1:
            return None
        near = {**self._weak.get(doc, {}), **self._edges.get(doc, {})}
        best: tuple[float, str] | None = None
        choice: str | None = None
        for key in sorted({self._core_of[n] for n in near if n in self._core_of}):
            members = self._cores[key]
            if len(members) < 2 or len(members) > cluster.MAX_EXACT or not self._anchored(members):
                continue
            scores = []
            for m in members:
                s = self._pair(doc, m)
                if s is None or s.conflict:
                    break
                scores.append(s.score)
            else:
                top = sorted(scores, reverse=True)
                if top[0] < ATTACH_BEST or top[1] < ATTACH_SECOND or sum(top) / len(top) < ATTACH_MEAN:
                    continue
                total = sum(v for v in top if v >= ATTACH_FLOOR)
                if best is None or total > best[0]:
                    best, choice = (total, key), key
        return choice

    def _anchored(self, members: tuple[str, ...]) -> bool:
        """A core that weak evidence may join: a member claims the incident's day, and the members come
        from two outlets at least (one outlet's reports share its boilerplate, not only an incident)."""
        sigs = [self._sigs[m] for m in members]
        dated = any(s.date_claimed and s.date_precision == "day" for s in sigs)
        return dated and len({s.outlet or s.document_id for s in sigs}) >= 2

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
        """(signature rows (document_id, json), edges and weak edges (a, b, score) with a < b) to persist."""
        sigs = [(d, s.to_json()) for d, s in sorted(self._sigs.items())]
        edges = sorted(
            (a, b, w) for adj in (self._edges, self._weak) for a, nb in adj.items() for b, w in nb.items() if a < b
        )
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
                adj = linker._edges if w >= scoring.THRESHOLD else linker._weak
                adj[a][b] = w
                adj[b][a] = w
        linker._recluster(set(linker._sigs))
        return linker


def link(analyses: Sequence[DocumentAnalysis]) -> dict[str, tuple[str, ...]]:
    """Batch convenience: incidents (id → sorted document ids) of the analysed (not skipped) documents."""
    linker = Linker()
    linker.add(signature(a) for a in analyses if a.document.skip_reason is None)
    return linker.incidents()
