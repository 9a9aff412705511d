"""Parenthetical cues, speech verbs in relative clauses, a description with its name in apposition
(hand-written examples, several phrasings per construction)."""

from __future__ import annotations

import pytest

from rashomon.models import Document

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def run():
    from rashomon.extract.attribution import extract_attribution
    from rashomon.nlp import load_pipeline

    nlp = load_pipeline()

    def _run(text: str):
        statements, _ = extract_attribution(nlp(text), Document("t", text))
        for s in statements:
            assert text[s.content.start : s.content.end] == s.content.text
        return statements

    return _run


@pytest.mark.parametrize("text,content", [
    ("The army shelled the market, which police said had wounded at least ten people.", "wounded at least ten"),
    ("A drone hit the depot, which local officials said had killed four workers.", "killed four workers"),
    ("The convoy was ambushed near the river, which regional authorities said had left six dead.", "left six dead"),
])
def test_speech_verb_in_relative_clause(run, text, content):
    statements = run(text)
    assert any(content in s.content.text and s.speaker.name.lower().split()[-1] in text.lower() for s in statements)


@pytest.mark.parametrize("text,content", [
    ("Fireworks company Arlan Power said the blast hit the turbine hall. The turbine hall, it said, cannot be restored.",
     "cannot be restored"),
    ("The Georgian Defence Ministry spoke on Monday. The bridge, the ministry said, was destroyed by artillery.",
     "was destroyed by artillery"),
])
def test_parenthetical_cue(run, text, content):
    statements = run(text)
    assert any(content in s.content.text for s in statements)


@pytest.mark.parametrize("desc,name", [
    ("Ukraine's state grid operator, Volten,", "Volten"),
    ("The country's largest airline, Skyrail,", "Skyrail"),
    ("The regional water utility, Aqualis,", "Aqualis"),
])
def test_description_with_its_name(run, desc, name):
    text = f"{desc} said the dam was hit on Tuesday."
    statements = run(text)
    assert any(s.speaker.name == name for s in statements)


@pytest.mark.parametrize("text", [
    "The Georgian Foreign Ministry said the talks had stalled.\n\nOn Monday, troops crossed the river near the village.\n\n"
    "Later a clash took place. According to Tbilisi, two soldiers were killed.",
    "The Georgian Foreign Ministry said the talks had stalled.\n\nTroops crossed the river on Monday.\n\n"
    "A clash followed. Tbilisi said two soldiers were killed.",
])
def test_country_speaker_far_from_institution_is_the_state(run, text):
    statements = run(text)
    last = max(statements, key=lambda s: s.content.start)
    assert "Ministry" not in last.speaker.name


@pytest.mark.parametrize("text", [
    "The Georgian Foreign Ministry said the talks had stalled. According to Tbilisi, two soldiers were killed.",
    "The Georgian Foreign Ministry said the talks had stalled. Tbilisi said two soldiers were killed.",
])
def test_country_speaker_next_to_institution_is_the_institution(run, text):
    statements = run(text)
    last = max(statements, key=lambda s: s.content.start)
    assert "Ministry" in last.speaker.name


@pytest.mark.parametrize("text", [
    "From the eastern sector, the Georgian side claims, five people died.",
    "In the north, the Georgian side says, three soldiers were wounded.",
])
def test_parenthetical_side_claim(run, text):
    statements = run(text)
    assert any("Georgia" in s.speaker.name for s in statements)


@pytest.mark.parametrize("credit,name", [
    ("Source: Oksana Hrytsenko, head of the regional administration, on Telegram", "Oksana Hrytsenko"),
    ("Source: mayor Ivan Petrenko on Facebook", "Ivan Petrenko"),
    ("Source: Natalia Bondarenko, police spokeswoman", "Natalia Bondarenko"),
    ("Sources: the Georgian Defence Ministry", "Georgian Ministry of Defence"),
])
def test_source_line_credits_paragraph_above(run, credit, name):
    text = f"Shelling hit the bus station overnight.\n\nThe attackers struck a market with rockets, killing four people.\n\n{credit}\n\nMore news later."
    statements = run(text)
    st = [s for s in statements if "killing four" in s.content.text]
    assert st and st[0].speaker.name == name


@pytest.mark.parametrize("credit", ["Source: Example Pravda", "Source: City Media Wire"])
def test_source_line_outlet_credit_is_no_statement(run, credit):
    text = f"The attackers struck a market with rockets, killing four people.\n\n{credit}\n"
    assert not any("killing four" in s.content.text for s in run(text))


@pytest.mark.parametrize("text,expect", [
    ("At least ten people were killed when a missile hit a market in eastern Georgia, authorities said.", "Georgia"),
    ("A bridge collapsed in Georgia after shelling, the authorities said on Monday.", "Georgia"),
])
def test_bare_authorities_are_the_local_state(run, text, expect):
    statements = run(text)
    assert any(expect in s.speaker.name for s in statements)


@pytest.mark.parametrize("text", [
    "A Russian missile hit the market, authorities said.",
    "At least ten people were killed in Georgia and Armenia, authorities said.",
])
def test_bare_authorities_without_one_place_stay_unresolved(run, text):
    statements = run(text)
    assert not any("government" in s.speaker.name for s in statements)


@pytest.mark.parametrize("text,name", [
    ("BAKU, 12 June 2024 - The Azerbaijani Defence Ministry on Wednesday denied that its troops had fired first.",
     "Azerbaijani Ministry of Defence"),
    ("TBILISI (Example Agency) - Georgia's Defence Ministry said two soldiers were killed near the border.",
     "Georgian Ministry of Defence"),
    ("TBILISI, June 12 - The ministry said two soldiers were killed near the border.", None),
])
def test_dateline_capital_is_no_speaker(run, text, name):
    statements = run(text)
    assert statements
    assert not any("government" in s.speaker.name for s in statements)
    if name is not None:
        assert statements[0].speaker.name == name


@pytest.mark.parametrize("first,later", [
    ("Vladimir Gordeiev", "Gordeyev"),
    ("Pavel Mirilenko", "Myrylenko"),
    ("Andriy Kovalyov", "Kovaliov"),
])
def test_transliterated_surname_is_the_same_person(run, first, later):
    text = f"Mayor {first} said the dam was intact. {later} later said the bridge was damaged by shelling."
    statements = run(text)
    assert {s.speaker.name for s in statements} == {first}
