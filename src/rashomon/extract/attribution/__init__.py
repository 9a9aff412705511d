"""Attribution: who said what (direct and reported speech), nested claims and rebuttals.

Public entry point: :func:`extract_attribution`. The work is split in small modules:
``quotes`` (quotation spans), ``mentions`` (party mentions via the party table), ``speakers``
(speaker resolution and antecedents), ``statements`` (cues and contents), ``nested`` (a party's account
reported by another) and ``rebuttals`` (denials and discrediting phrases).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...models import Document, Rebuttal, Statement
from ...parties import PartyTable, default_table
from .assemble import build

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["extract_attribution"]


def extract_attribution(
    doc: "Doc", document: Document, parties: PartyTable | None = None
) -> tuple[list[Statement], list[Rebuttal]]:
    """Attributed statements and rebuttals of one parsed document.

    ``doc`` is the spaCy parse of ``document.text``; every span returned indexes ``document.text``.
    """
    if parties is None:
        parties = default_table()
    return build(doc, document, parties)
