"""Negation and denial scope, reported paraphrase 'our', account noun phrases
(hand-written examples, several phrasings per construction)."""

from __future__ import annotations

import pytest

from rashomon.models import Document

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def run():
    from rashomon.extract.attribution import extract_attribution
    from rashomon.extract.facts import extract_claims
    from rashomon.nlp import load_pipeline

    nlp = load_pipeline()

    def _run(text: str):
        doc = nlp(text)
        document = Document("t", text, published="2024-03-08")
        statements, _ = extract_attribution(doc, document)
        return statements, extract_claims(doc, document, statements)

    return _run


def _roles(claims, by=None):
    return [(c.field, str(c.value)) for c in claims
            if c.field in ("initiator", "perpetrator") and (by is None or c.claimed_by == by)]


@pytest.mark.parametrize("text", [
    "The Georgian army said on Monday: \"Our soldiers did not open fire first.\"",
    "Our soldiers never fired at the convoy, the Georgian army said on Monday.",
    "The Georgian army said its gunners did not shell the village of Marak.",
])
def test_negated_predicate_asserts_no_role(run, text):
    _, claims = run(text)
    assert not any("soldiers" in v or "gunners" in v for _, v in _roles(claims))


@pytest.mark.parametrize("text", [
    "The Georgian army denied that its troops had fired first near the village of Marak.",
    "The Georgian ministry on Tuesday denied that Georgian soldiers attacked the convoy.",
    "The Georgian ministry flatly rejected that its gunners shelled the market.",
])
def test_denied_complement_is_not_the_deniers(run, text):
    _, claims = run(text)
    assert not any(c.claimed_by and "Georgia" in c.claimed_by for c in claims
                   if c.field in ("initiator", "perpetrator"))


@pytest.mark.parametrize("text", [
    "The ministry denied the accusation, saying Georgian drones had attacked the post first.",
    "The army denied the report and said Georgian troops attacked the convoy.",
])
def test_assertion_after_denial_is_kept(run, text):
    _, claims = run(text)
    assert any("Georgian" in v for _, v in _roles(claims))


@pytest.mark.parametrize("noun", ["version of events", "account of the shooting", "reports of a clash"])
def test_account_content_is_the_noun_phrase(run, noun):
    text = f"The Georgian Defence Ministry rejected the Russian {noun} on Monday."
    statements, _ = run(text)
    nested = [s for s in statements if s.reported_by]
    assert nested
    assert not nested[0].content.text.lower().startswith(("of ", "on ", "about "))
    assert noun.split()[0] in nested[0].content.text


@pytest.mark.parametrize("claim", [
    "The claims of the Russian side that our soldiers attacked a patrol are false",
    "The allegations of the Russian side that our soldiers attacked a patrol are lies",
])
def test_our_in_reported_claim_is_the_reporters(run, claim):
    text = f"\"{claim},\" Georgian Defence Ministry spokesman Ivo Brant said."
    _, claims = run(text)
    vals = [v for _, v in _roles(claims)]
    assert not any(v.startswith("Russian soldiers") for v in vals)


@pytest.mark.parametrize("text,name", [
    ("Three people were killed, spokesman for the regional Security Service Oleh Marchuk said on Friday.", "Oleh Marchuk"),
    ("The bridge was destroyed, a spokesperson for the Emergency Service Iryna Bondar said.", "Iryna Bondar"),
])
def test_role_with_name_merged_into_organisation(run, text, name):
    statements, _ = run("Governor Pavlo Tkach said the city was shelled overnight. " + text)
    assert any(s.speaker.name == name for s in statements)


@pytest.mark.parametrize("bare", ["the Ministry of Defense", "the Defence Ministry"])
def test_bare_ministry_is_the_documents_ministry(run, bare):
    text = ("The Russian Ministry of Defence said its troops repelled an attack near the village on Monday. "
            f"\"Two soldiers were wounded,\" {bare} said.")
    statements, _ = run(text)
    last = max(statements, key=lambda s: s.content.start)
    assert last.speaker.name == "Russian Ministry of Defence"


@pytest.mark.parametrize("opening", [
    "MARAK, 7 March 2024 - ",
    "MARAK (Example Agency) - ",
    "NEW MARAK, March 7, 2024 - ",
])
def test_dateline_date_is_not_the_incident(run, opening):
    text = opening + "The Georgian Defence Ministry said on Wednesday that two soldiers were killed on Tuesday."
    _, claims = run(text)
    dates = {c.value for c in claims if c.field == "date"}
    assert "2024-03-07" not in dates
    assert "2024-03-05" in dates


@pytest.mark.parametrize("sentence", [
    "The observer mission said its monitors would visit the area on Thursday.",
    "The observers will inspect the site on Thursday, the mission said.",
    "The mission plans to send monitors on Thursday.",
])
def test_future_or_intended_date_is_not_the_incident(run, sentence):
    text = "Two soldiers were killed in a shooting on the border on Tuesday. " + sentence
    _, claims = run(text)
    dates = {c.value for c in claims if c.field == "date"}
    assert "2024-03-07" not in dates
