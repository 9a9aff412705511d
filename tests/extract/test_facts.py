"""Rule tests for the facts stage, on small hand-written reports (several phrasings per construction)."""

from __future__ import annotations

import pytest

from rashomon.extract.facts import extract_claims
from rashomon.extract.facts.claimants import Claimants
from rashomon.extract.facts.numbers import parse_number
from rashomon.models import Count, Document, Span, Speaker, Statement


def _doc(text: str, published: str | None = "2024-06-12"):
    return Document(id="t-" + str(abs(hash(text)) % 10**8), text=text, published=published)


def _run(nlp, text: str, published: str | None = "2024-06-12", statements=()):
    document = _doc(text, published)
    return extract_claims(nlp(text), document, list(statements)), document


def _values(claims, field):
    return [c.value for c in claims if c.field == field]


# -- numbers (no model) -------------------------------------------------------------------------
@pytest.mark.parametrize("text,value", [("7", 7), ("1,250", 1250), ("Fifteen", 15), ("forty-two", 42), ("twelve", 12)])
def test_parse_number(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["", "soldiers", "first"])
def test_parse_number_rejects_words(text):
    assert parse_number(text) is None


# -- casualties ---------------------------------------------------------------------------------
CASUALTIES = [
    ("Four border guards were killed and two were injured in the raid.", {"killed": [Count(4, 4)], "injured": [Count(2, 2)]}),
    ("The gunmen killed six villagers near the bridge.", {"killed": [Count(6, 6)]}),
    ("Militants shot dead three policemen on Tuesday.", {"killed": [Count(3, 3)]}),
    ("Nine killed as shells hit a market.", {"killed": [Count(9, 9)]}),
    ("The explosion left 7 dead and 12 injured.", {"killed": [Count(7, 7)], "injured": [Count(12, 12)]}),
    ("The death toll from the bombing rose to 44.", {"killed": [Count(44, 44)]}),
    ("The strike wounded 61 people, officials said.", {"injured": [Count(61, 61)]}),
    ("One farmer was wounded by sniper fire.", {"injured": [Count(1, 1)]}),
    ("At least eleven civilians died in the shelling.", {"killed": [Count(11, None)]}),
    ("More than 20 people were injured when the rocket landed.", {"injured": [Count(20, None)]}),
    ("Between 10 and 15 fighters were killed overnight.", {"killed": [Count(10, 15)]}),
    ("Dozens of people were wounded in the blast.", {"injured": [Count(12, 12)]}),
    ("The attack claimed the lives of 8 miners.", {"killed": [Count(8, 8)]}),
    ("Twenty-three soldiers died in the clashes.", {"killed": [Count(23, 23)]}),
    ("A woman was shot and killed outside her home.", {"killed": [Count(1, 1)]}),
    ("There were no casualties among the Ruritanian troops.", {"killed": [Count(0, 0)], "injured": [Count(0, 0)]}),
]


@pytest.mark.model
@pytest.mark.parametrize("text,expected", CASUALTIES)
def test_casualty_figures(nlp, text, expected):
    claims, _ = _run(nlp, text)
    for field, values in expected.items():
        got = _values(claims, field)
        for v in values:
            assert v in got, (field, got)


@pytest.mark.model
def test_shot_without_death_is_an_injury(nlp):
    claims, _ = _run(nlp, "A teenager was shot in the leg on Friday night.")
    assert Count(1, 1) in _values(claims, "injured")
    assert not _values(claims, "killed")


@pytest.mark.model
@pytest.mark.parametrize("text,side", [
    ("Two Armenian soldiers were killed in the shelling.", "Armenia"),
    ("The attack killed three Azerbaijani servicemen.", "Azerbaijan"),
    ("On the Russian side, the losses were: four dead.", "Russia"),
])
def test_casualty_side(nlp, text, side):
    claims, _ = _run(nlp, text)
    assert any(c.side == side for c in claims if c.field == "killed"), claims


@pytest.mark.model
def test_same_figure_repeated_is_counted_once(nlp):
    text = "Five miners were killed in the blast. Rescuers said five miners were killed."
    claims, _ = _run(nlp, text)
    assert _values(claims, "killed") == [Count(5, 5)]


# -- dates and times ----------------------------------------------------------------------------
@pytest.mark.model
@pytest.mark.parametrize("text,value", [
    ("On June 9, gunmen attacked a checkpoint.", "2024-06-09"),
    ("Gunmen attacked a checkpoint on 9 June 2024.", "2024-06-09"),
    ("Gunmen attacked a checkpoint on Sunday.", "2024-06-09"),
    ("Gunmen attacked a checkpoint late Monday.", "2024-06-10"),
    ("Gunmen attacked a checkpoint yesterday.", "2024-06-11"),
])
def test_incident_dates(nlp, text, value):
    claims, _ = _run(nlp, text)  # published Wednesday 2024-06-12
    assert value in _values(claims, "date")


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The two states have been at odds since 1994.",
    "In the spring of 2019, the border was closed.",
])
def test_background_dates_are_skipped(nlp, text):
    claims, _ = _run(nlp, text)
    assert not _values(claims, "date")


@pytest.mark.model
@pytest.mark.parametrize("text,value", [
    ("The convoy came under fire at around 14:30 on the highway.", "14:30"),
    ("The convoy came under fire at 9 p.m. near the river.", "21:00"),
    ("Shelling began at three o'clock in the morning.", "03:00"),
    ("The convoy came under fire late at night.", "night"),
    ("The village was shelled in the morning.", "morning"),
    ("Shots were heard on Tuesday evening.", "evening"),
])
def test_times(nlp, text, value):
    claims, _ = _run(nlp, text)
    assert value in _values(claims, "time")


# -- locations ----------------------------------------------------------------------------------
@pytest.mark.model
@pytest.mark.parametrize("text,name", [
    ("Three soldiers were killed near Lachin on Monday.", "Lachin"),
    ("A drone hit a depot in the area of the settlement of Dukyanlar.", "Dukyanlar"),
    ("Rockets struck the Kramatorsk railway station.", "Kramatorsk railway station"),
    ("Baku was quiet, but shelling continued in Kharkiv.", "Kharkiv"),
])
def test_locations(nlp, text, name):
    claims, _ = _run(nlp, text)
    assert name in _values(claims, "location"), _values(claims, "location")


@pytest.mark.model
def test_alias_is_geocoded(nlp):
    claims, _ = _run(nlp, "Two civilians were wounded in Stepanakert.")
    loc = [c for c in claims if c.field == "location"]
    assert loc and loc[0].place is not None and loc[0].place.name == "Khankendi"


@pytest.mark.model
def test_person_is_never_a_location(nlp):
    claims, _ = _run(nlp, "John Smith said the talks in Geneva would resume.")
    assert "John Smith" not in _values(claims, "location")


@pytest.mark.model
def test_actor_is_not_a_location(nlp):
    claims, _ = _run(nlp, "The ministry accused Kyiv of staging the attack.")
    assert "Kyiv" not in _values(claims, "location")


# -- roles --------------------------------------------------------------------------------------
@pytest.mark.model
@pytest.mark.parametrize("text,field,value", [
    ("Rebel fighters opened fire on the patrol.", "initiator", "Rebel fighters"),
    ("The border guards fired at a truck of smugglers.", "initiator", "border guards"),
    ("Insurgents ambushed the convoy near the pass.", "initiator", "Insurgents"),
    ("The depot was destroyed by enemy artillery units.", "perpetrator", "enemy artillery units"),
    ("Government aircraft bombed the market.", "perpetrator", "Government aircraft"),
    ("The officials blamed the explosion on separatist militias.", "perpetrator", "separatist militias"),
    ("The patrol fired on a car of customs officers.", "victim_identity", "customs officers"),
    ("The patrol was attacked with mortars.", "weapon", "mortars"),
    ("The village was hit by a Grad rocket.", "weapon", "Grad rocket"),
    ("The truck was carrying artillery shells and fuel.", "cargo", "artillery shells"),
    ("The lorry was transporting medical supplies to the front.", "cargo", "medical supplies"),
    ("The wounded were evacuated by volunteer medics.", "aid", "volunteer medics"),
    ("First aid was given by the Red Crescent team.", "aid", "Red Crescent team"),
    ("The militants were forced to retreat.", "outcome", "forced to retreat"),
])
def test_roles(nlp, text, field, value):
    claims, _ = _run(nlp, text)
    got = [str(v) for v in _values(claims, field)]
    assert any(value.lower() in g.lower() or g.lower() in value.lower() for g in got), (field, got)


# -- claimants ----------------------------------------------------------------------------------
def _statement(sid, name, text, start, end, reported_by=None):
    return Statement(sid, "d", Speaker(name), Span.of(text, start, end), "indirect", reported_by=reported_by)


def test_innermost_statement_wins():
    text = "The ministry said that the army claimed two soldiers were killed."
    outer = _statement("s1", "Ministry", text, 18, len(text) - 1)
    inner = _statement("s2", "Army", text, 39, len(text) - 1, reported_by="s1")
    idx = Claimants([outer, inner])
    assert idx.of(39, 64).id == "s2"
    assert idx.of(18, 30).id == "s1"
    assert idx.of(0, 10) is None


@pytest.mark.model
def test_claims_carry_their_claimant(nlp):
    text = "The ministry said two guards were killed. Local media reported a fire."
    document = _doc(text)
    st = _statement("s1", "Ruritanian Ministry of Defence", text, 18, 40)
    claims = extract_claims(nlp(text), document, [st])
    killed = [c for c in claims if c.field == "killed"]
    assert killed and killed[0].claimed_by == "Ruritanian Ministry of Defence" and killed[0].statement_id == "s1"


@pytest.mark.model
def test_spans_and_ids(nlp):
    text = "On June 10, four miners were killed near Donetsk, the agency said."
    a, document = _run(nlp, text)
    b, _ = _run(nlp, text)
    assert [c.id for c in a] == [c.id for c in b]
    for c in a:
        assert document.text[c.evidence.start : c.evidence.end] == c.evidence.text


@pytest.mark.model
@pytest.mark.parametrize("text,field", [
    ("A 30-year-old man was fatally shot outside a bar.", "killed"),
    ("Police said the suspect shot a clerk during the robbery.", "injured"),
    ("He was arrested for the shooting death of a neighbor.", "killed"),
    ("The gunman later killed himself.", "killed"),
])
def test_single_victim_shootings(nlp, text, field):
    claims, _ = _run(nlp, text)
    assert Count(1, 1) in _values(claims, field), claims


@pytest.mark.model
@pytest.mark.parametrize("text,value", [
    ("Two Ruritanian soldiers were killed in the attack.", "Ruritanian soldiers"),
    ("The blast killed four members of the relief agency.", "members of the relief agency"),
])
def test_victims_give_victim_identity(nlp, text, value):
    claims, _ = _run(nlp, text)
    assert value in _values(claims, "victim_identity")
