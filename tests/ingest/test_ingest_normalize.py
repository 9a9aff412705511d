"""Metadata normalisation: dates to YYYY-MM-DD, declared languages to ISO 639-1."""

from __future__ import annotations

import pytest

from rashomon.ingest.language import detect_language, normalize_language
from rashomon.ingest.normalize import normalize_date


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2023-03-07", "2023-03-07"),
        ("2023-03-07T10:00:00+04:00", "2023-03-07"),
        ("2023-03-07 23:59:59", "2023-03-07"),
        ("Tue, 07 Mar 2023 10:00:00 GMT", "2023-03-07"),
        ("7 March 2023", "2023-03-07"),
        ("March 7, 2023", "2023-03-07"),
        ("2023/03/07", "2023-03-07"),
        (1678183200, "2023-03-07"),
        ("2023-02-30", None),
        ("yesterday", None),
        ("", None),
        (None, None),
        (True, None),
    ],
)
def test_normalize_date(value, expected):
    assert normalize_date(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [("en", "en"), ("EN-us", "en"), ("en_GB", "en"), ("eng", "en"), ("English", "en"), ("ru-RU", "ru"),
     ("", None), (None, None), (3, None)],
)
def test_normalize_language(value, expected):
    assert normalize_language(value) == expected


def test_short_text_is_undecided():
    assert detect_language("Clash").language is None
    assert detect_language("Five words are not enough here").language is None
