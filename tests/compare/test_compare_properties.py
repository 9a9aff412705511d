"""Property: compare_values is symmetric over generated claims of every field."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from rashomon.compare import compare_values
from rashomon.models import Count, FACT_FIELDS, Place

from compare_helpers import claim

PARTIES = st.sampled_from([None, "Azerbaijani Ministry of Defence", "Russian Ministry of Defence",
                           "Armenian Ministry of Foreign Affairs", "Ukrainian Ministry of Defence", "Kremlin"])
SIDES = st.sampled_from([None, "Azerbaijan", "Armenia", "Russia", "Ukraine"])
PHRASES = st.sampled_from([
    "police officers", "an armed detachment", "civilians", "our personnel", "the opposite side",
    "Russian peacekeepers", "Azerbaijani servicemen", "weapons", "no weapons", "documents", "Iskander",
    "Tochka-U", "shelling", "an explosion", "did not capture the village", "took control", "to withdraw",
    "Ukrainian forces", "Russia denies it", "invaders", "the car", "",
])
COUNTS = st.builds(
    lambda lo, span, open_: Count(lo, None if open_ else lo + span),
    st.integers(0, 60), st.integers(0, 10), st.booleans(),
)
PLACES = st.sampled_from([
    None,
    Place("Khankendi", "Karabakh", "AZ", 39.8153, 46.7519, "town"),
    Place("Karabakh", None, "AZ", 39.82, 46.75, "region"),
    Place("Kramatorsk", "Donetsk Oblast", "UA", 48.7232, 37.5563, "town"),
    Place("Donetsk Oblast", None, "UA", 48.0, 37.8, "region"),
    Place("Kyiv", None, "UA", 50.45, 30.52, "town"),
    Place("Unknown", None, None, None, None, "town"),
])
DATES = st.dates().map(lambda d: d.isoformat())
TIMES = st.one_of(st.sampled_from(["morning", "afternoon", "evening", "night"]),
                  st.builds(lambda h, m: f"{h:02d}:{m:02d}", st.integers(0, 23), st.integers(0, 59)))


@st.composite
def claims_of(draw, field: str):  # type: ignore[no-untyped-def]
    by = draw(PARTIES)
    if field in ("killed", "injured"):
        return claim(field, draw(COUNTS), by, side=draw(SIDES),
                     subject=draw(st.sampled_from([None, "soldiers", "civilians", "people"])))
    if field == "date":
        return claim(field, draw(DATES), by, precision=draw(st.sampled_from(["day", "week", "month", "year"])))
    if field == "time":
        return claim(field, draw(TIMES), by)
    if field == "location":
        place = draw(PLACES)
        return claim(field, place.name if place else draw(PHRASES), by, place=place)
    return claim(field, draw(PHRASES), by)


@st.composite
def pairs(draw):  # type: ignore[no-untyped-def]
    field = draw(st.sampled_from(FACT_FIELDS))
    return field, draw(claims_of(field)), draw(claims_of(field))


@settings(max_examples=400, deadline=None)
@given(pairs())
def test_compare_values_is_symmetric(pair) -> None:  # type: ignore[no-untyped-def]
    field, a, b = pair
    assert compare_values(field, a, b) == compare_values(field, b, a)


@settings(max_examples=200, deadline=None)
@given(pairs())
def test_a_claim_never_contradicts_itself(pair) -> None:  # type: ignore[no-untyped-def]
    field, a, _ = pair
    assert compare_values(field, a, a) != "contradict"
