"""Typed rules: precision-only differences are never contradictions; real conflicts are."""

from __future__ import annotations

import pytest

from rashomon.compare import compare_values
from rashomon.models import Count

from compare_helpers import BAKU, DONETSK_OBLAST, KARABAKH, KHANKENDI, KRAMATORSK, KYIV, SHUSHA, claim, n

AZ = "Azerbaijani Ministry of Defence"
RU = "Russian Ministry of Defence"
AM = "Armenian Ministry of Foreign Affairs"
UA = "Ukrainian Ministry of Defence"


def both(field: str, a, b) -> str:  # type: ignore[no-untyped-def]
    r1, r2 = compare_values(field, a, b), compare_values(field, b, a)
    assert r1 == r2
    return r1


# -- precision only: never a contradiction -----------------------------------------------------------
@pytest.mark.parametrize(
    "a,b",
    [
        (n(3), n(3, None)),  # "3" vs "at least 3"
        (n(7), n(5, None)),  # "7" vs "more than 5"
        (n(4), n(2, 6)),  # inside a range
        (n(10, None), n(12, 15)),
        (n(1, 3), n(3, 8)),  # overlapping ranges
    ],
)
def test_counts_precision_only(a: Count, b: Count) -> None:
    assert both("killed", claim("killed", a, AZ, side="Armenia"), claim("killed", b, RU, side="Armenia")) == "compatible"


@pytest.mark.parametrize(
    "a,pa,b",
    [
        ("KRAMATORSK", None, "DONETSK_OBLAST"),  # a town vs the region it is in
        ("KHANKENDI", None, "KARABAKH"),
        ("SHUSHA", None, "KARABAKH"),
        ("KHANKENDI", None, "SHUSHA"),  # two places a few km apart
    ],
)
def test_places_precision_only(a: str, pa: None, b: str) -> None:
    places = {"KRAMATORSK": KRAMATORSK, "DONETSK_OBLAST": DONETSK_OBLAST, "KARABAKH": KARABAKH,
              "KHANKENDI": KHANKENDI, "SHUSHA": SHUSHA}
    ca = claim("location", places[a].name, AZ, place=places[a])
    cb = claim("location", places[b].name, RU, place=places[b])
    assert both("location", ca, cb) in ("agree", "compatible")


def test_place_named_inside_a_longer_name() -> None:
    a = claim("location", "Kramatorsk railway station", AZ)
    b = claim("location", "Kramatorsk", RU)
    assert both("location", a, b) == "compatible"


@pytest.mark.parametrize(
    "a,b",
    [("morning", "10:00"), ("night", "02:00"), ("evening", "21:30"), ("morning", "06:45"), ("10:00", "10:40"),
     ("night", "evening")],
)
def test_times_precision_only(a: str, b: str) -> None:
    assert both("time", claim("time", a, AZ), claim("time", b, RU)) == "compatible"


@pytest.mark.parametrize(
    "a,pa,b,pb",
    [
        ("2023-03-05", "day", "2023-03-01", "month"),  # a day inside the month
        ("2023-03-05", "day", "2023-02-27", "week"),  # inside the week that starts on 27 February
        ("2023-03-05", "day", "2023-03-06", "day"),  # the night straddles midnight
        ("2023-07-14", "day", "2023-01-01", "year"),
    ],
)
def test_dates_precision_only(a: str, pa: str, b: str, pb: str) -> None:
    assert both("date", claim("date", a, AZ, precision=pa), claim("date", b, RU, precision=pb)) == "compatible"


def test_same_side_named_in_other_words_agrees() -> None:
    a = claim("initiator", "Azerbaijani servicemen", RU)
    b = claim("initiator", "the armed forces of Azerbaijan", AM)
    assert both("initiator", a, b) == "agree"


# -- contradictions ----------------------------------------------------------------------------------
def test_different_figures_from_different_sides_contradict() -> None:
    a = claim("killed", n(3), AZ, side="Azerbaijan")
    b = claim("killed", n(5), AM, side="Azerbaijan")
    assert both("killed", a, b) == "contradict"


def test_none_against_some_contradicts() -> None:
    a = claim("injured", n(0), AZ, side="Azerbaijan")
    b = claim("injured", n(2), RU, side="Azerbaijan")
    assert both("injured", a, b) == "contradict"


@pytest.mark.parametrize("victims", [dict(side=None, subject="people"), dict(side="Armenia", subject="soldiers"),
                                     dict(side=None, subject=None)])
def test_no_casualties_at_all_against_any_figure_contradicts(victims: dict) -> None:
    blanket = claim("killed", n(0), AZ)  # "denied there were any casualties": nobody named
    some = claim("killed", n(5), AM, **victims)
    assert both("killed", blanket, some) == "contradict"


def test_no_casualties_at_all_against_zero_agrees() -> None:
    assert both("killed", claim("killed", n(0), AZ), claim("killed", n(0), AM, side="Armenia")) == "agree"


def test_rising_toll_from_one_side_is_compatible() -> None:
    a = claim("killed", n(30), "Ukrainian Ministry of Internal Affairs", side="Ukraine")
    b = claim("killed", n(50), UA, side="Ukraine")
    assert both("killed", a, b) == "compatible"


def test_dead_of_different_sides_are_not_compared() -> None:
    a = claim("killed", n(2), AZ, side="Azerbaijan")
    b = claim("killed", n(3), RU, side="Armenia")
    assert both("killed", a, b) == "compatible"


def test_different_kinds_of_victims_are_not_compared() -> None:
    a = claim("killed", n(2), AZ, subject="soldiers")
    b = claim("killed", n(9), RU, subject="civilians")
    assert both("killed", a, b) == "compatible"


@pytest.mark.parametrize(
    "a,b",
    [
        ("Azerbaijani servicemen", "the occupants of the Armenian car"),
        ("Russian invaders", "Ukrainian forces"),
    ],
)
def test_blame_on_different_sides_contradicts(a: str, b: str) -> None:
    assert both("initiator", claim("initiator", a, RU), claim("initiator", b, AZ)) == "contradict"


def test_opposite_side_is_read_from_the_claimant() -> None:
    a = claim("initiator", "the opposite side", AZ)  # Azerbaijan says: not Azerbaijan
    b = claim("initiator", "Azerbaijani soldiers", RU)
    assert both("initiator", a, b) == "contradict"


def test_denial_reads_as_not_that_side() -> None:
    a = claim("perpetrator", "Russia", "Kremlin", evidence="Russia denies any involvement")
    b = claim("perpetrator", "Russian forces", UA)
    assert both("perpetrator", a, b) == "contradict"


def test_aid_by_peacekeepers_vs_own_personnel() -> None:
    a = claim("aid", "representatives of the Russian peacekeeping contingent", RU)
    b = claim("aid", "our military personnel", AZ)
    assert both("aid", a, b) == "contradict"


@pytest.mark.parametrize(
    "a,b",
    [
        ("police officers", "an illegal armed detachment"),
        ("civilians waiting for a train", "soldiers"),
        ("prisoners of war", "fighters in combat"),
    ],
)
def test_victim_identity_by_head_class(a: str, b: str) -> None:
    assert both("victim_identity", claim("victim_identity", a, RU), claim("victim_identity", b, AZ)) == "contradict"


def test_victims_police_and_civilians_may_both_be_true() -> None:
    a = claim("victim_identity", "police officers", RU)
    b = claim("victim_identity", "civilians", AZ)
    assert both("victim_identity", a, b) == "compatible"


def test_cargo_weapons_vs_documents() -> None:
    a = claim("cargo", "weapons and ammunition", AZ)
    b = claim("cargo", "nothing but official documents", AM)
    assert both("cargo", a, b) == "contradict"
    c = claim("cargo", "no weapons", AM)
    assert both("cargo", a, c) == "contradict"


def test_weapon_models_and_causes() -> None:
    assert both("weapon", claim("weapon", "Iskander missile", UA), claim("weapon", "Tochka-U", RU)) == "contradict"
    assert both("weapon", claim("weapon", "an explosion inside", UA), claim("weapon", "shelling", RU)) == "contradict"
    assert both("weapon", claim("weapon", "a missile", UA), claim("weapon", "Tochka-U", RU)) == "compatible"
    assert both("weapon", claim("weapon", "assault rifles", AM), claim("weapon", "a strike drone", AZ)) == "compatible"


def test_outcome_polarity() -> None:
    assert both("outcome", claim("outcome", "did not capture the village", AZ),
                claim("outcome", "took control of the village", AM)) == "contradict"
    assert both("outcome", claim("outcome", "the dam was not destroyed", RU),
                claim("outcome", "eleven sections were destroyed", UA)) == "contradict"
    # a demand is not an outcome
    assert both("outcome", claim("outcome", "to withdraw its troops", RU),
                claim("outcome", "no withdrawal", AZ)) == "compatible"


def test_far_apart_towns_contradict() -> None:
    a = claim("location", "Kyiv", AZ, place=KYIV)
    b = claim("location", "Kramatorsk", RU, place=KRAMATORSK)
    assert both("location", a, b) == "contradict"
    c = claim("location", "Baku", AZ, place=BAKU)
    assert both("location", b, c) == "contradict"  # different countries


def test_times_and_dates_that_conflict() -> None:
    assert both("time", claim("time", "morning", AZ), claim("time", "evening", RU)) == "contradict"
    assert both("date", claim("date", "2023-03-05", AZ, precision="day"),
                claim("date", "2023-03-12", RU, precision="day")) == "contradict"


def test_unreadable_phrases_never_contradict() -> None:
    a = claim("victim_identity", "the car", RU)
    b = claim("victim_identity", "an armed group", AZ)
    assert both("victim_identity", a, b) == "compatible"
