"""Rule tests for places by construction, incident dates vs report dates, victim identities and
single-incident casualty phrasings. Hand-written examples with invented place names."""

from __future__ import annotations

import pytest

from rashomon.extract.facts import extract_claims
from rashomon.models import Count, Document


def _run(nlp, text: str, published: str | None = "2024-06-12"):  # a Wednesday
    document = Document(id="c-" + str(abs(hash(text)) % 10**8), text=text, published=published)
    return extract_claims(nlp(text), document, [])


def _values(claims, field):
    return [c.value for c in claims if c.field == field]


# -- places by construction (names no gazetteer knows) -----------------------------------------
@pytest.mark.model
@pytest.mark.parametrize("text,value", [
    ("Gunmen opened fire near the village of Zelenodol on Sunday.", "Zelenodol"),
    ("Two farmers were wounded in the area of the settlement of Brunovka.", "Brunovka"),
    ("Two farmers were wounded in the territory of Brunovka settlement.", "Brunovka settlement"),
    ("Troops fired on a truck on the Marlow-Tessel road.", "Marlow-Tessel road"),
    ("Troops fired on a truck on the Marlow-Tessel-Quint dirt road.", "Marlow-Tessel-Quint dirt road"),
    ("A shell hit a house in a village called Ostrovets, officials said.", "Ostrovets"),
    ("The soldiers were killed in the battle for the Karvel hill.", "Karvel hill"),
])
def test_place_by_construction(nlp, text, value):
    claims = _run(nlp, text)
    locs = [c for c in claims if c.field == "location"]
    assert value in [c.value for c in locs], locs
    place = next(c.place for c in locs if c.value == value)
    assert place is not None and place.lat is None and place.precision in ("town", "point", "district", "region")


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Residents were evacuated from Alba, Brenn, Corvo and Dunmore after the blast.",
    "The ministry announced the shelling on Telegram.",
])
def test_lists_and_platforms_are_not_the_scene(nlp, text):
    claims = _run(nlp, text)
    assert not _values(claims, "location")


@pytest.mark.model
def test_origin_is_not_the_scene(nlp):
    claims = _run(nlp, "The missile was fired from the town of Velmora, which lies 40 km away, and hit a market.")
    assert "Velmora" not in _values(claims, "location")


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The peace talks in Geneva were described as constructive by both delegations.",
    "The mayor of Tarnow praised the new budget in a speech.",
])
def test_place_outside_an_event_clause_is_background(nlp, text):
    assert not _values(_run(nlp, text), "location")


# -- incident dates vs report dates ----------------------------------------------------------------
@pytest.mark.model
@pytest.mark.parametrize("text,kept,dropped", [
    ("The ministry said on Monday that the convoy was attacked on Sunday.", "2024-06-09", "2024-06-10"),
    ("Officials on Tuesday said the checkpoint had been shelled on Sunday.", "2024-06-09", "2024-06-11"),
    ("From June 3 to June 5, troops shelled the town.", "2024-06-03", "2024-06-05"),
])
def test_report_dates_and_range_ends_are_not_the_incident(nlp, text, kept, dropped):
    dates = _values(_run(nlp, text), "date")
    assert kept in dates and dropped not in dates, dates


@pytest.mark.model
def test_report_date_stands_in_when_no_other_date(nlp):
    assert "2024-06-10" in _values(_run(nlp, "The ministry said on Monday that two soldiers were killed."), "date")


@pytest.mark.model
@pytest.mark.parametrize("text", ["KESTRAL CITY, June 11.\nThe bridge was shelled.", "(Northwire News - 11th June, 2024)\nThe bridge was shelled."])
def test_dateline_stamps_are_not_incident_dates(nlp, text):
    assert "2024-06-11" not in _values(_run(nlp, text), "date")


# -- victim identity -------------------------------------------------------------------------------
@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Soldiers opened fire on the checkpoint at dawn.",
    "The rebels attacked the power station on Friday.",
    "Militias violated the provisions of the truce.",
])
def test_targets_that_are_not_people_are_not_victims(nlp, text):
    assert not _values(_run(nlp, text), "victim_identity")


@pytest.mark.model
@pytest.mark.parametrize("text,word", [
    ("Soldiers opened fire on a group of farmers near the river.", "farmers"),
    ("Gunmen attacked a police patrol on the highway.", "patrol"),
])
def test_targets_that_are_people_are_victims(nlp, text, word):
    assert any(word in v for v in _values(_run(nlp, text), "victim_identity"))


# -- single-incident casualty phrasings --------------------------------------------------------------
@pytest.mark.model
@pytest.mark.parametrize("text,field,value", [
    ("The victim suffered a gunshot wound to the leg.", "injured", 1),
    ("A man was rushed to the hospital after the shooting.", "injured", 1),
    ("The woman was airlifted to a trauma center.", "injured", 1),
    ("Police are investigating the murder of a 19-year-old.", "killed", 1),
    ("A 22-year-old man and a 16-year-old boy were shot outside a store.", "injured", 2),
    ("She was shot in the chest. She died at the hospital.", "killed", 1),
])
def test_single_incident_casualties(nlp, text, field, value):
    assert Count(value, value) in _values(_run(nlp, text), field)
