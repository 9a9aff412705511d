"""The incident ledger: link analysed reports into incidents and compare the accounts in each.

Orchestration only (like :mod:`rashomon.pipeline`): :mod:`rashomon.link` groups documents and describes
each incident; :mod:`rashomon.compare` lays the accounts side by side, finds the disputes and links
rebuttals to the rebutted party's own statements; near-duplicate documents are listed as copies.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Callable, Iterable, Sequence

from .compare import compare_incident, near_duplicates
from .link import Linker, incident_record, signature
from .models import DocumentAnalysis, Incident

if TYPE_CHECKING:
    from .store import Store

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Ledger:
    """Incidents with their accounts and disputes (those that hold the documents asked about)."""

    incidents: tuple[Incident, ...]

    @property
    def rebuttal_targets(self) -> dict[str, tuple[str, ...]]:
        """Rebuttal id -> the rebutted party's statements found anywhere in the incident."""
        return {rid: targets for inc in self.incidents for rid, targets in inc.rebuttal_targets}


def describe_incident(incident_id: str, members: Sequence[DocumentAnalysis]) -> Incident:
    """The full record of one incident: date, place, type, parties, positions, disputes, copies."""
    record = incident_record(incident_id, members)
    positions, disputes, rebuttals = compare_incident(incident_id, members)
    return replace(
        record,
        positions=positions,
        disputes=disputes,
        copies=tuple(tuple(g) for g in near_duplicates(members)),
        rebuttal_targets=tuple(sorted((r.id, r.target_statement_ids) for r in rebuttals if r.target_statement_ids)),
    )


def build_ledger(analyses: Iterable[DocumentAnalysis]) -> Ledger:
    """Link the analysed documents into incidents and compare the accounts (everything in memory)."""
    analysed = {a.document.id: a for a in analyses if a.document.skip_reason is None}
    linker = Linker()
    linker.add(signature(a) for a in analysed.values())
    return Ledger(tuple(describe(linker, analysed.get, touched=set(analysed))))


def describe(linker: Linker, analysis_of: Callable[[str], DocumentAnalysis | None], touched: set[str]) -> list[Incident]:
    """Describe the linker's incidents that hold a document of ``touched``; ``analysis_of`` finds members."""
    out: list[Incident] = []
    for incident_id, doc_ids in linker.incidents().items():
        if not touched.intersection(doc_ids):
            continue
        members = [a for a in map(analysis_of, doc_ids) if a is not None]
        if members:
            out.append(describe_incident(incident_id, members))
    return out


def update_stored_ledger(store: "Store", analyses: Iterable[DocumentAnalysis]) -> Ledger:
    """Link newly analysed documents to the incidents already in ``store`` and store what changed.

    Only incidents whose membership changes are described again (their members' analyses are read
    from the store); the others keep their rows. Re-running the same input changes nothing. Returns
    the incidents that hold any of ``analyses``.
    """
    batch = {a.document.id: a for a in analyses if a.document.skip_reason is None}
    linker = Linker.from_state(*store.link_state())
    before = linker.incidents()
    try:
        linker.add(signature(a) for a in batch.values())
    except ValueError:
        # A stored document came back with another signature (re-analysed by a newer version of the
        # rules): link the whole store again rather than mix old and new links.
        log.info("a document's link signature changed; relinking the stored corpus")
        linker = Linker()
        linker.add(signature(a) for a in store.analyses() if a.document.skip_reason is None)
        before = {}
    after = linker.incidents()
    changed = {i for i, docs in after.items() if before.get(i) != docs}

    def analysis_of(doc_id: str) -> DocumentAnalysis | None:
        return batch.get(doc_id) or store.analysis(doc_id)

    described = describe(linker, analysis_of, touched={d for i in changed for d in after[i]})
    described = [inc for inc in described if inc.id in changed]
    store.save_link_state(*linker.state())
    if described or set(before) - set(after):
        store.update_incidents(described, removed=set(before) - set(after))
    mine = sorted(i for i, docs in after.items() if batch.keys() & set(docs))
    return Ledger(tuple(inc for inc in map(store.incident, mine) if inc is not None))
