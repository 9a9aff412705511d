"""Canonical parties from the alias data: any common phrasing of an institution resolves to one party."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rashomon.errors import PartiesFileError
from rashomon.parties import default_table, load_table, normalize


@pytest.mark.parametrize("mention", [
    "Azerbaijan's Defense Ministry", "the Azerbaijani Defense Ministry", "Azerbaijani Ministry of Defence",
    "the Ministry of Defense of Azerbaijan", "Azerbaijan's defence ministry", "the Azerbaijani MoD",
    "Azeri Defence Ministry",
])
def test_ministry_phrasings_resolve_to_one_party(mention: str) -> None:
    party = default_table().resolve(mention)
    assert party is not None and party.name == "Azerbaijani Ministry of Defence" and party.side == "Azerbaijan"


@pytest.mark.parametrize("mention,name,side", [
    ("Baku", "Azerbaijani government officials", "Azerbaijan"),
    ("Moscow", "Russian government officials", "Russia"),
    ("the Ukrainian side", "Ukrainian government officials", "Ukraine"),
    ("Kiev", "Ukrainian government officials", "Ukraine"),
    ("officials in Kyiv", "Ukrainian government officials", "Ukraine"),
    ("Russia's Foreign Ministry", "Russian Ministry of Foreign Affairs", "Russia"),
    ("the Armenian Interior Ministry", "Armenian Ministry of Internal Affairs", "Armenia"),
    ("Artsakh's Defense Ministry", "Karabakh Ministry of Defence", "Armenia"),
    ("the Kremlin", "Kremlin", "Russia"),
])
def test_capitals_sides_and_institutions(mention: str, name: str, side: str) -> None:
    party = default_table().resolve(mention)
    assert party is not None and (party.name, party.side) == (name, side)


def test_unknown_mentions_stay_unknown() -> None:
    assert default_table().resolve("the local football club") is None


def test_find_and_side_of_inside_longer_phrases() -> None:
    t = default_table()
    party = t.find("a statement issued by the Russian Defence Ministry on Monday")
    assert party is not None and party.name == "Russian Ministry of Defence"
    assert t.side_of("three Armenian police officers") == "Armenia"
    assert t.side_of("Kyiv-based analysts") == "Ukraine"
    assert t.side_of("local residents") is None


def test_normalize_unifies_spellings_and_possessives() -> None:
    assert normalize("Russia’s Defense Ministry") == normalize("Russia Defence Ministry")


def test_extra_parties_file(tmp_path: Path) -> None:
    extra = tmp_path / "parties.json"
    extra.write_text(json.dumps({"countries": [{"name": "Norland", "adjectives": ["Norlandic"], "capitals": ["Vess"]}]}),
                     encoding="utf-8")
    t = load_table((str(extra),))
    party = t.resolve("the Norlandic Defence Ministry")
    assert party is not None and party.side == "Norland"
    assert t.resolve("Vess").name == "Norlandic government officials"  # type: ignore[union-attr]


def test_bad_extra_parties_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("[1, 2]", encoding="utf-8")
    with pytest.raises(PartiesFileError, match="must hold a JSON object"):
        load_table((str(bad),))


def test_by_key_looks_up_normalised_aliases():
    from rashomon.parties import default_table, normalize

    table = default_table()
    party = table.by_key(normalize("the Georgian Defense Ministry"))
    assert party is not None and party.name == "Georgian Ministry of Defence"
    assert table.by_key("no such party here") is None
    assert table.longest_alias >= 3


@pytest.mark.parametrize("mention", ["Ukrainian police", "Ukraine's police service", "the National Police of Ukraine",
                                     "Ukrainian National Police"])
def test_police_is_its_own_party(mention):
    from rashomon.parties import default_table

    p = default_table().resolve(mention)
    assert p is not None and p.name == "Ukrainian National Police"


def test_interior_ministry_is_not_the_police():
    from rashomon.parties import default_table

    assert default_table().resolve("Ukrainian Interior Ministry").name == "Ukrainian Ministry of Internal Affairs"
