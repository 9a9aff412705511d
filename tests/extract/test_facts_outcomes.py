"""Rule tests for outcomes: result predicates with their theme, and what is not a result."""

from __future__ import annotations

import pytest

from rashomon.extract.facts import extract_claims
from rashomon.models import Document


def _outcomes(nlp, text: str, published: str | None = "2024-06-12"):
    document = Document(id="o-" + str(abs(hash(text)) % 10**8), text=text, published=published)
    return [c.value for c in extract_claims(nlp(text), document, []) if c.field == "outcome"]


@pytest.mark.model
@pytest.mark.parametrize("text,value", [
    ("The rebels were forced to retreat.", "forced to retreat"),
    ("Monitors stopped the clash within an hour.", "stopped clash"),
    ("About 400 people have been evacuated from the valley.", "400 people evacuated"),
    ("Two hamlets were entirely flooded.", "Two hamlets entirely flooded"),
    ("The bridge was not destroyed, the mayor said.", "bridge not destroyed"),
    ("The front line has not changed.", "front line unchanged"),
    ("The pumping station cannot be restored.", "pumping station cannot be restored"),
    ("The reservoir wall is intact.", "reservoir wall intact"),
    ("The damage to the canal is impossible to repair.", "damage impossible to repair"),
    ("The district is under the control of government troops.", "district under the control of government troops"),
    ("Militia fighters set up a checkpoint on the road.", "set up checkpoint"),
    ("The blast destroyed the control room.", "destroyed control room"),
    ("The truce held through the night.", "truce held"),
])
def test_result_predicates(nlp, text, value):
    assert value in _outcomes(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The ministry called on the rebels to withdraw their units.",
    "Guards tried to stop a lorry at the crossing.",
    "The army will retreat if the talks fail.",
    "Residents are being evacuated from the valley.",
    "In 2019 the militia took control of the valley.",
    "The town, which is under government control, was shelled.",
    "Rebel fighters destroyed the bridge.",
    "They prepared measures for neutralizing the gunmen.",
])
def test_not_results(nlp, text):
    assert _outcomes(nlp, text) == []


@pytest.mark.model
def test_year_of_a_document_does_not_make_background(nlp):
    text = "Troops, violating the agreement of May 2, 2019, crossed the line and set up a post."
    assert "set up post" in _outcomes(nlp, text)


# -- initiator: only where both sides used force -----------------------------------------------------
def _initiators(nlp, text):
    document = Document(id="i-" + str(abs(hash(text)) % 10**8), text=text, published="2024-06-12")
    return [c.value for c in extract_claims(nlp(text), document, []) if c.field == "initiator"]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Rebel fighters attacked the depot with rockets.",
    "The militia launched a missile at the station.",
])
def test_one_sided_strike_has_no_initiator(nlp, text):
    assert _initiators(nlp, text) == []


@pytest.mark.model
@pytest.mark.parametrize("text,word", [
    ("Border guards opened fire on the patrol, and a shootout followed.", "Border guards"),
    ("Militia fighters attacked the convoy; the clash lasted an hour.", "Militia fighters"),
    ("The skirmish began when the rebel unit in Kestrava fired at the post.", "rebel unit"),
])
def test_initiator_in_an_exchange(nlp, text, word):
    got = _initiators(nlp, text)
    assert any(word.lower() == v.lower() for v in got), got


# -- weapons: hyphen-joined names, strikes delivered from a launcher ------------------------------------
@pytest.mark.model
@pytest.mark.parametrize("text,value", [
    ("They hit the depot with a Grom-M missile.", "Grom-M missile"),
    ("Officials said it was a short-range ballistic missile.", "short-range ballistic missile"),
    ("The army delivered a strike on the plant from a rocket launcher.", "rocket launcher"),
])
def test_weapon_phrases(nlp, text, value):
    document = Document(id="w-" + str(abs(hash(text)) % 10**8), text=text, published="2024-06-12")
    got = [c.value for c in extract_claims(nlp(text), document, []) if c.field == "weapon"]
    assert value in got, got


@pytest.mark.model
def test_delivered_cargo_is_no_weapon(nlp):
    text = "The truck was delivering rifles to the rebels."
    document = Document(id="w-cargo", text=text, published="2024-06-12")
    assert [c for c in extract_claims(nlp(text), document, []) if c.field == "weapon"] == []
