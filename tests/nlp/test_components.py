"""Rashomon's spaCy components."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    "Border clash leaves two dead\nTwo soldiers were killed on Monday, officials said.",
    "Border clash leaves two dead\n\nTwo soldiers were killed on Monday, officials said.",
    "BORDER CLASH LEAVES TWO DEAD \n Two soldiers were killed on Monday, officials said.",
])
def test_line_break_starts_a_sentence(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    starts = [s.text.strip() for s in doc.sents if s.text.strip()]
    assert starts[0].lower().startswith("border clash leaves two dead")
    assert starts[0].lower().endswith("dead")
    assert starts[1].startswith("Two soldiers")


def test_components_added_once(nlp) -> None:  # type: ignore[no-untyped-def]
    from rashomon.nlp.components import add_components

    add_components(nlp)
    assert nlp.pipe_names.count("paragraph_boundaries") == 1
    assert nlp.pipe_names.index("paragraph_boundaries") < nlp.pipe_names.index("parser")
