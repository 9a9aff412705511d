"""Rule tests for parts of a toll, denials of casualties and "no one". Hand-written examples."""

from __future__ import annotations

import pytest

from rashomon.extract.facts import extract_claims
from rashomon.models import Count, Document


def _run(nlp, text: str, published: str | None = "2024-06-12"):
    document = Document(id="t-" + str(abs(hash(text)) % 10**8), text=text, published=published)
    return extract_claims(nlp(text), document, [])


def _values(claims, field):
    return [c.value for c in claims if c.field == field]


@pytest.mark.model
@pytest.mark.parametrize("text,field,total,part", [
    ("Twenty people were killed in the blast, including six children.", "killed", 20, 6),
    ("Thirty people died, of them four were women.", "killed", 30, 4),
    ("Eleven soldiers were wounded, among them two officers.", "injured", 11, 2),
    ("Nine villagers died in the shelling. Among them were three children.", "killed", 9, 3),
])
def test_parts_of_a_toll(nlp, text, field, total, part):
    got = _values(_run(nlp, text), field)
    assert Count(total, total) in got and Count(part, part) in got


@pytest.mark.model
@pytest.mark.parametrize("text,fields", [
    ("The army denied reports of casualties among its troops.", ("killed", "injured")),
    ("The ministry rejected claims of losses on its side.", ("killed", "injured")),
    ("Officials dismissed reports of deaths at the checkpoint.", ("killed",)),
])
def test_denied_casualties_are_zero(nlp, text, fields):
    claims = _run(nlp, text)
    for f in fields:
        assert Count(0, 0) in _values(claims, f)


@pytest.mark.model

@pytest.mark.model
def test_denied_figure_is_not_claimed(nlp):
    assert Count(5, 5) not in _values(_run(nlp, "The ministry denied reports of five deaths."), "killed")


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "No one was killed in the attack.",
    "Police said no one was hurt.",
])
def test_no_one_is_zero(nlp, text):
    claims = _run(nlp, text)
    assert all(v == Count(0, 0) for v in _values(claims, "killed") + _values(claims, "injured"))
    assert _values(claims, "killed") + _values(claims, "injured")
