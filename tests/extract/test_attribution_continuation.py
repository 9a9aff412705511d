"""Continuations, demonstrative cues, role descriptions, spellings and mutual rebuttals (hand-written examples)."""

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
        return extract_attribution(nlp(text), Document("t", text))

    return _run


def _speakers_of(statements, words: str) -> set[str]:
    return {s.speaker.name for s in statements if words in s.content.text}


@pytest.mark.parametrize(
    "text",
    [
        "Georgian troops shelled the border village overnight. This was announced by the Armenian Defence Ministry on Monday.",
        "Georgian troops shelled the border village overnight.\n\nThe Armenian Defence Ministry reported this in a statement.",
        "Georgian troops shelled the border village overnight. This is said in a statement of the Armenian Defence Ministry.",
    ],
)
def test_demonstrative_cue_takes_preceding_text(run, text):
    statements, _ = run(text)
    assert "Armenian Ministry of Defence" in _speakers_of(statements, "shelled the border village")


@pytest.mark.parametrize(
    "text",
    [
        "The Armenian Defence Ministry said two soldiers were wounded. It is specified that the shelling lasted an hour.",
        "The Armenian Defence Ministry said two soldiers were wounded. It was noted that the shelling lasted an hour.",
    ],
)
def test_impersonal_cue_continues_previous_speaker(run, text):
    statements, _ = run(text)
    assert "Armenian Ministry of Defence" in _speakers_of(statements, "shelling lasted an hour")


@pytest.mark.parametrize(
    "middle",
    [
        "The patrol then came under mortar fire near the river crossing.",
        "Later in the evening, the enemy units retreated from the hill near the village.",
    ],
)
def test_narration_between_two_statements_of_one_speaker(run, middle):
    text = ("The Armenian Defence Ministry said a patrol was attacked at dawn.\n\n" + middle +
            "\n\nTwo soldiers were wounded, the ministry said.")
    statements, _ = run(text)
    assert "Armenian Ministry of Defence" in _speakers_of(statements, middle[:20])


def test_narration_next_to_another_speaker_stays_unattributed(run):
    text = ("The Armenian Defence Ministry said a patrol was attacked at dawn.\n\n"
            "The patrol then came under mortar fire near the river crossing.\n\n"
            "Two soldiers were wounded, a local official told reporters.")
    statements, _ = run(text)
    assert not _speakers_of(statements, "mortar fire")


@pytest.mark.parametrize(
    "text",
    [
        "The Armenian Defence Ministry did not specify where the clash took place.",
        "The Armenian Defence Ministry did not say how many soldiers were wounded.",
    ],
)
def test_negated_cue_is_no_statement(run, text):
    statements, _ = run(text)
    assert not statements


@pytest.mark.parametrize("later", ["The same source said", "The same source added"])
def test_same_source_is_the_last_speaker(run, later):
    text = ("The Georgian Defence Ministry said the convoy was attacked. "
            "But the command of the separatist units said the convoy had opened fire first. "
            f"{later} that three fighters were killed in the battle.")
    statements, _ = run(text)
    assert _speakers_of(statements, "three fighters were killed") == {"command of the separatist units"}


@pytest.mark.parametrize(
    "text",
    [
        "A deputy minister in the region's de facto government said four guards were killed. "
        "Later, John Mercer, a deputy minister in the de facto government, said the guards were unarmed.",
        "The regional official said four guards were killed. \u201cWe found them at dawn,\u201d "
        "local radio quoted the mayor, John Mercer, as saying.",
    ],
)
def test_role_description_takes_the_name(run, text):
    statements, _ = run(text)
    assert _speakers_of(statements, "four guards were killed") == {"John Mercer"}


@pytest.mark.parametrize("spelling", ["Zelenskyy", "Zelenskiy", "Zelensky"])
def test_transliterated_surnames_are_unified(run, spelling):
    text = f'President Volodymyr {spelling} said the station was hit. "Dozens were killed," {spelling} wrote.'
    statements, _ = run(text)
    assert _speakers_of(statements, "station was hit") == {"Volodymyr Zelensky"}
    assert _speakers_of(statements, "Dozens were killed") == {"Volodymyr Zelensky"}


@pytest.mark.parametrize("both", ["Both sides rejected the other side's claims.", "Both sides denied the allegations."])
def test_both_sides_rebut_each_other(run, both):
    text = ("The Georgian Defence Ministry said its convoy was ambushed. "
            "The Armenian Defence Ministry said the convoy had opened fire first. " + both)
    statements, rebuttals = run(text)
    pairs = {(r.by, r.target) for r in rebuttals}
    assert ("Georgian Ministry of Defence", "Armenian Ministry of Defence") in pairs
    assert ("Armenian Ministry of Defence", "Georgian Ministry of Defence") in pairs
    assert not any(s.speaker.name.lower().startswith("both") for s in statements)


@pytest.mark.model
@pytest.mark.parametrize("middle", [
    "Firefighters arrived within minutes and worked through the night.",
    "The building was constructed in 1935 and later sold to the city.",
    "Neighbours said nothing; the street was closed for hours.",
])
def test_person_statements_do_not_swallow_outlet_background(middle):
    from rashomon.extract.attribution import extract_attribution
    from rashomon.models import Document
    from rashomon.nlp import load_pipeline

    text = (f"The fire started in the basement, fire chief Tom Reyes said.\n\n{middle}\n\n"
            "\"It was a total loss,\" Reyes said.")
    statements, _ = extract_attribution(load_pipeline()(text), Document("t", text))
    assert not any(middle[:20] in s.content.text for s in statements)
