"""Quotation spans (no model needed)."""

import pytest

from rashomon.extract.attribution.quotes import find_quotes


@pytest.mark.parametrize(
    "text,inner",
    [
        ('"We will respond," the army said.', "We will respond,"),
        ("\u201cWe will respond,\u201d the army said.", "We will respond,"),
        ('The army said: "We will respond."', "We will respond."),
        ("\u00abWe will respond\u00bb, the army said.", "We will respond"),
    ],
)
def test_quote_marks(text, inner):
    qs = find_quotes(text)
    assert len(qs) == 1
    assert text[qs[0].start : qs[0].end] == inner


@pytest.mark.parametrize(
    "text",
    [
        'The mayor said "the so-called \'truce\' and the \"ceasefire\" are over," adding nothing.',
        "The mayor said \u201cthe so-called \u2018truce\u2019 is over,\u201d adding nothing.",
    ],
)
def test_nested_quotes_give_one_outer_quote(text):
    qs = find_quotes(text)
    assert len(qs) == 1
    assert text[qs[0].start : qs[0].end].startswith("the so-called")


@pytest.mark.parametrize("mark_open,mark_close", [('"', '"'), ("\u201c", "\u201d")])
def test_quote_spanning_paragraphs(mark_open, mark_close):
    text = f"{mark_open}Shots were fired at dawn.\n\n{mark_open}Nobody was hurt,{mark_close} the police said."
    qs = find_quotes(text)
    assert len(qs) == 2
    assert qs[0].close is None and qs[1].continues == 0
    assert text[qs[1].start : qs[1].end] == "Nobody was hurt,"
