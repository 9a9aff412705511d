"""Rebutted accounts found by construction, corrections, document topics, salient institutions
(hand-written examples, several phrasings per construction)."""

from __future__ import annotations

import pytest

from rashomon.models import Document

pytestmark = pytest.mark.model

_FIRST = "The Georgian Defence Ministry accused Russian troops of shelling the village of Kvemo on Monday. "


@pytest.fixture(scope="module")
def run():
    from rashomon.extract.attribution import extract_attribution
    from rashomon.nlp import load_pipeline

    nlp = load_pipeline()

    def _run(text: str):
        statements, rebuttals = extract_attribution(nlp(text), Document("t", text))
        for s in statements:
            assert text[s.content.start : s.content.end] == s.content.text
        return statements, rebuttals

    return _run


def _nested(statements, words):
    return [s for s in statements if s.reported_by and words in s.content.text]


@pytest.mark.parametrize(
    "quote",
    [
        "The information spread about the shelling of the village by Georgian artillery does not reflect the truth.",
        "The spread information about the shelling of the village by Georgian artillery is not true.",
        "The reports circulated about the shelling of the village by Georgian artillery are absolutely untrue.",
        "It is absurd to present the shelling of the village by Georgian artillery as self-defence.",
        "It is hypocritical to describe the shelling of the village by Georgian artillery as an accident.",
    ],
)
def test_rebutted_account_is_the_targets_reported_claim(run, quote):
    text = (_FIRST + "The Russian Defence Ministry said in a statement that its units had not fired.\n\n"
            f"\u201c{quote} Our positions were attacked first,\u201d the Georgian ministry said.")
    statements, rebuttals = run(text)
    nested = _nested(statements, "shelling of the village by Georgian artillery")
    assert nested, [s.content.text for s in statements]
    assert nested[0].speaker.name == "Russian Ministry of Defence"
    assert any(r.by == "Georgian Ministry of Defence" and r.target == "Russian Ministry of Defence" for r in rebuttals)


@pytest.mark.parametrize(
    "correction",
    [
        "The name of the village mentioned in the statement is not Kvemo, but Zemo.",
        "The date given in the report is not Monday but Sunday.",
        "The number of wounded cited in the statement is not twelve but two.",
    ],
)
def test_correction_of_an_account_is_a_rebuttal(run, correction):
    text = ("The Russian Defence Ministry said its peacekeepers had come under fire near Kvemo.\n\n"
            f"\u201c{correction}\u201d the Georgian Defence Ministry said.")
    statements, rebuttals = run(text)
    assert any(r.by == "Georgian Ministry of Defence" and r.target == "Russian Ministry of Defence" for r in rebuttals)
    assert any(s.reported_by and s.speaker.name == "Russian Ministry of Defence" for s in statements)


@pytest.mark.parametrize(
    "sentence",
    [
        "The weather was not sunny but rainy, the Georgian Defence Ministry said.",
        "The convoy did not turn back but drove on, the Georgian Defence Ministry said.",
    ],
)
def test_not_a_but_b_without_an_account_is_no_rebuttal(run, sentence):
    _, rebuttals = run("The Russian Defence Ministry said its troops had left the area. " + sentence)
    assert not rebuttals


@pytest.mark.parametrize(
    "phrase",
    [
        "The Georgian Defence Ministry rejected the Russian statement of the ministry on the incident as false.",
        "The Georgian Defence Ministry said the Russian bulletin regarding the incident was false.",
        "The Georgian Defence Ministry said the Russian Statement of 12 May 2021 was false.",
    ],
)
def test_a_documents_topic_or_date_is_no_nested_claim(run, phrase):
    statements, _ = run(phrase)
    assert not [s for s in statements if s.reported_by]


@pytest.mark.parametrize(
    "claim",
    [
        "The Georgian Defence Ministry denied claims coming from Moscow that its troops shelled the village.",
        "The Georgian Defence Ministry rejected allegations made by Moscow that its troops shelled the village.",
    ],
)
def test_claim_content_is_the_that_clause_not_the_source(run, claim):
    statements, _ = run(claim)
    nested = [s for s in statements if s.reported_by]
    assert nested and "shelled the village" in nested[0].content.text
    assert "Moscow" not in nested[0].content.text


@pytest.mark.parametrize("state", ["Tbilisi", "Georgia", "The Georgian side"])
def test_state_speaker_stands_for_the_institution_that_speaks(run, state):
    text = ("The Georgian Defence Ministry said two soldiers were wounded near the border. "
            "The Georgian Defence Ministry added that the post was shelled at night. "
            f"{state} said the attack was deliberate.")
    statements, _ = run(text)
    s = next(s for s in statements if "deliberate" in s.content.text)
    assert s.speaker.name == "Georgian Ministry of Defence"


@pytest.mark.parametrize(
    "cue",
    ["the ministry's statement reads.", "the Georgian Defence Ministry said.", "said the Georgian Defence Ministry."],
)
def test_quote_whose_middle_paragraphs_lost_their_opening_marks(run, cue):
    text = ("The Georgian Defence Ministry reported an exchange of fire near the border.\n\n"
            "\"The patrol was attacked from the hills at dawn.\n\n"
            "The attackers used mortars and heavy machine guns against the post.\n\n"
            f"Responsibility for the escalation lies with the other side,\" {cue}")
    statements, _ = run(text)
    for words in ("mortars and heavy machine guns", "Responsibility for the escalation"):
        s = next((s for s in statements if words in s.content.text), None)
        assert s is not None and s.speaker.name == "Georgian Ministry of Defence"


def test_unclosed_quote_without_a_later_closing_mark_stays_in_its_paragraph(run):
    text = ("\"The patrol was attacked from the hills at dawn, the Georgian Defence Ministry said.\n\n"
            "The village has about two hundred inhabitants and a school.")
    statements, _ = run(text)
    assert not any("two hundred inhabitants" in s.content.text for s in statements)


@pytest.mark.parametrize(
    "announce",
    [
        "The Foreign Ministry of Georgia made a statement about the incident.",
        "The Georgian Foreign Ministry issued a statement on Tuesday.",
        "The Georgian Foreign Ministry released a statement.",
    ],
)
def test_quote_after_an_announced_statement_is_the_announcers(run, announce):
    text = ("The Georgian Defence Ministry said two soldiers were wounded near the border.\n\n"
            f"{announce}\n\n\u201cSuch attacks show that the other side has no interest in a peaceful settlement.\u201d")
    statements, _ = run(text)
    s = next(s for s in statements if "peaceful settlement" in s.content.text)
    assert s.speaker.name == "Georgian Ministry of Foreign Affairs"
