"""Rashomon's own spaCy components, added to the loaded pipeline by :func:`add_components`."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("paragraph_boundaries", assigns=["token.is_sent_start"])
def paragraph_boundaries(doc: Doc) -> Doc:
    """Start a sentence after every line break, so a headline or dateline never runs into the next paragraph.

    Runs before the parser, which keeps boundaries that are already set.
    """
    for i in range(1, len(doc)):
        prev = doc[i - 1]
        if "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text):
            if not doc[i].is_space:
                doc[i].is_sent_start = True
    return doc


def add_components(nlp: Language) -> None:
    """Add Rashomon's components to a loaded English pipeline (idempotent)."""
    if "paragraph_boundaries" not in nlp.pipe_names:
        nlp.add_pipe("paragraph_boundaries", before="parser")
