"""Attribution rules on small hand-written examples (several phrasings per construction)."""

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
        document = Document("t", text)
        statements, rebuttals = extract_attribution(nlp(text), document)
        for s in statements:
            assert text[s.content.start : s.content.end] == s.content.text
            if s.speaker.span is not None:
                assert text[s.speaker.span.start : s.speaker.span.end] == s.speaker.span.text
        return statements, rebuttals

    return _run


def _speaker_of(statements, words: str):
    for s in statements:
        if words in s.content.text and s.reported_by is None:
            return s.speaker
    return None


@pytest.mark.parametrize(
    "text",
    [
        "\u201cThe convoy came under fire near the bridge,\u201d the Georgian Defence Ministry said on Friday.",
        '"The convoy came under fire near the bridge," said the Georgian Defense Ministry.',
        'The Georgian Defense Ministry said: "The convoy came under fire near the bridge."',
        "\u201cThe convoy came under fire near the bridge,\u201d a statement by Georgia's Defense Ministry said late Friday.",
        "The Georgian Defence Ministry said the convoy came under fire near the bridge.",
        "The Georgian Defence Ministry said that the convoy came under fire near the bridge.",
        "According to the Georgian Defence Ministry, the convoy came under fire near the bridge.",
        "The convoy came under fire near the bridge, according to the Ministry of Defence of Georgia.",
        "The convoy came under fire near the bridge, the Georgian Defence Ministry said.",
    ],
)
def test_direct_and_reported_speech_resolve_to_canonical_party(run, text):
    statements, _ = run(text)
    sp = _speaker_of(statements, "came under fire")
    assert sp is not None
    assert sp.name == "Georgian Ministry of Defence"
    assert sp.side == "Georgia"


@pytest.mark.parametrize(
    "follow",
    [
        "The statement also noted that two trucks were destroyed.",
        "It added that two trucks were destroyed.",
        "The ministry said two trucks were destroyed.",
        "\u201cTwo trucks were destroyed,\u201d the statement said.",
    ],
)
def test_generic_mentions_resolve_to_earlier_institution(run, follow):
    text = "The Georgian Defence Ministry said the convoy was attacked at night. " + follow
    statements, _ = run(text)
    sp = _speaker_of(statements, "trucks were destroyed")
    assert sp is not None and sp.name == "Georgian Ministry of Defence"


@pytest.mark.parametrize(
    "first,second",
    [
        ("Mayor Anna Kovacs said the bridge was closed.", "Kovacs said two people were hurt."),
        ("City mayor Anna Kovacs told reporters the bridge was closed.", "She added that two people were hurt."),
        ("Spokeswoman Anna Kovacs said the bridge was closed.", '"Two people were hurt," she said.'),
    ],
)
def test_person_names_and_pronouns(run, first, second):
    statements, _ = run(first + " " + second)
    sp = _speaker_of(statements, "people were hurt")
    assert sp is not None and sp.name == "Anna Kovacs"


@pytest.mark.parametrize("capital", ["Moscow", "Tbilisi", "Baku"])
def test_capital_speaker_is_country_not_person(run, capital):
    statements, _ = run(f"{capital} said the shelling had stopped by morning.")
    sp = _speaker_of(statements, "shelling had stopped")
    assert sp is not None and sp.name != capital and sp.side is not None


@pytest.mark.parametrize(
    "text",
    [
        "The Georgian Defence Ministry denied Moscow's claims that its drones hit the depot.",
        "The Georgian Defence Ministry rejected claims by the Russian side that its drones hit the depot.",
        "The Georgian Defence Ministry dismissed Russian allegations that its drones hit the depot.",
        "Moscow's claims that Georgian drones hit the depot are not true, the Georgian Defence Ministry said.",
    ],
)
def test_nested_claim_and_rebuttal(run, text):
    statements, rebuttals = run(text)
    reported = [s for s in statements if s.reported_by]
    assert reported, "a nested claim"
    assert reported[0].speaker.side == "Russia"
    assert "hit the depot" in reported[0].content.text
    by_id = {s.id: s for s in statements}
    assert by_id[reported[0].reported_by].speaker.name == "Georgian Ministry of Defence"
    assert any(r.by == "Georgian Ministry of Defence" and r.target in ("Russian government officials", "Russian Ministry of Defence") for r in rebuttals)


@pytest.mark.parametrize(
    "phrase",
    ["does not reflect the truth", "is absurd", "is a blatant lie", "is disinformation", "is not true"],
)
def test_rebuttal_phrases_target_the_other_side(run, phrase):
    text = (f"The Russian Defence Ministry said Georgian troops fired first. "
            f"The Georgian Defence Ministry said the Russian version {phrase}.")
    _, rebuttals = run(text)
    assert any(r.by == "Georgian Ministry of Defence" and r.target == "Russian Ministry of Defence" for r in rebuttals)


def test_no_statement_without_cue(run):
    statements, rebuttals = run("Heavy rain fell over the valley on Monday. The road was closed for hours.")
    assert statements == [] and rebuttals == []


@pytest.mark.parametrize("intro", ["The statement reads:", "The Georgian Defence Ministry said:", "The ministry stated:"])
def test_statement_introduced_by_colon_covers_following_paragraphs(run, intro):
    text = ("The Georgian Defence Ministry issued a statement on Friday.\n\n" + intro +
            "\n\nTwo depots were destroyed overnight.\n\nThe convoy was not armed.")
    statements, _ = run(text)
    for words in ("depots were destroyed", "convoy was not armed"):
        sp = _speaker_of(statements, words)
        assert sp is not None and sp.name == "Georgian Ministry of Defence"
