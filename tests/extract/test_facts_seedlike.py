"""Rule tests for four role constructions: the instrument of a passive fire clause, cargo carried by a
vehicle, the identity a party gives the victims ("presented them as ..."), and a statement's copular
description of a unit. Hand-written examples with invented parties and places."""

from __future__ import annotations

import pytest

from rashomon.extract.facts import extract_claims
from rashomon.models import Document


def _run(nlp, text: str):
    document = Document(id="s-" + str(abs(hash(text)) % 10**8), text=text, published="2024-06-12")
    return extract_claims(nlp(text), document, [])


def _values(claims, field):
    return [str(c.value) for c in claims if c.field == field]


def _found(values, want):
    def words(s):
        return set(s.lower().replace(",", " ").replace("'", " ").replace("\u2018", " ").replace("\u2019", " ").split())
    return any(words(want) <= words(v) or (words(v) and words(v) <= words(want)) for v in values)


@pytest.mark.model
@pytest.mark.parametrize("text,weapon", [
    ("Our guards were fired with automatic weapons by the gunmen near the bridge.", "automatic weapons"),
    ("Two policemen were fired upon with automatic weapons by unknown men.", "automatic weapons"),
    ("The patrol was fired at with heavy machine guns by the rebels.", "heavy machine guns"),
    ("The convoy came under fire from heavy mortars late on Tuesday.", "heavy mortars"),
    ("The rebels fired on the checkpoint with sniper rifles.", "sniper rifles"),
])
def test_fire_instrument_is_the_weapon(nlp, text, weapon):
    assert _found(_values(_run(nlp, text), "weapon"), weapon), _values(_run(nlp, text), "weapon")


@pytest.mark.model
def test_fire_from_a_position_is_no_weapon(nlp):
    claims = _run(nlp, "The convoy came under fire from rebel positions on the ridge.")
    assert not _found(_values(claims, "weapon"), "rebel positions")


@pytest.mark.model
@pytest.mark.parametrize("text,cargo", [
    ("Police stopped a truck of the rebel units carrying out illegal arms deliveries from Valdoria.",
     "illegal arms deliveries from Valdoria"),
    ("Guards stopped a van carrying stolen fuel from the depot.", "stolen fuel"),
    ("The border guards seized a lorry transporting artillery shells.", "artillery shells"),
    ("A boat loaded with explosives was intercepted off the coast.", "explosives"),
])
def test_cargo_of_a_vehicle(nlp, text, cargo):
    assert _found(_values(_run(nlp, text), "cargo"), cargo), _values(_run(nlp, text), "cargo")


@pytest.mark.model
@pytest.mark.parametrize("text,identity", [
    ("The ministry said the rival council's presentation of the men as 'farmers tending their fields' was false.",
     "farmers tending their fields"),
    ("The rebels described the soldiers as peaceful border guards on patrol.", "peaceful border guards"),
    ("The council's portrayal of the units as 'unarmed traffic police' is a lie, the army said.",
     "unarmed traffic police"),
    ("The governor presented them as volunteers delivering food.", "volunteers delivering food"),
])
def test_identity_given_as(nlp, text, identity):
    assert _found(_values(_run(nlp, text), "victim_identity"), identity), _values(_run(nlp, text), "victim_identity")


@pytest.mark.model
def test_attackers_described_are_no_victims(nlp):
    claims = _run(nlp, "The police described the gunmen as members of a criminal gang.")
    assert not _found(_values(claims, "victim_identity"), "members of a criminal gang")


@pytest.mark.model
@pytest.mark.parametrize("text,identity", [
    ("The army said the rebel units were fully equipped with rifles and grenades.",
     "rebel units, fully equipped with rifles and grenades"),
    ("The ministry said the men were members of an armed gang.", "men, members of an armed gang"),
    ("Officials noted that the Valdorian soldiers were heavily armed with rifles.", "Valdorian soldiers, heavily armed with rifles"),
])
def test_copular_description_of_a_unit(nlp, text, identity):
    assert _found(_values(_run(nlp, text), "victim_identity"), identity), _values(_run(nlp, text), "victim_identity")


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The ministry said the attackers were members of an armed gang.",
    "The soldiers were not equipped with helmets, the report said.",
    "The committee was equipped with new computers.",
])
def test_copular_description_needs_victims(nlp, text):
    claims = _run(nlp, text)
    assert not _values(claims, "victim_identity"), _values(claims, "victim_identity")


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The battery delivered a strike on the depot at dawn.",
    "The rebels carried out an attack on the convoy.",
])
def test_attack_is_no_cargo(nlp, text):
    assert not _values(_run(nlp, text), "cargo"), _values(_run(nlp, text), "cargo")
