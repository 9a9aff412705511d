"""Properties of linking: order-free, stable under unrelated additions, incremental == batch."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from rashomon.link import Linker, SigPlace
from rashomon.link.signature import LinkSignature

TOWNS = ["alder", "brisk", "corran", "dunmore", "elst"]
NAMES = ["quillon", "brannock", "ferrow", "tamsin", "oduya", "velk", "harran", "pell"]
WORDS = ["clash", "bridge", "patrol", "shelling", "depot", "convoy", "market", "village", "dam", "road"]


@st.composite
def signatures(draw, prefix: str = "d") -> list[LinkSignature]:
    n = draw(st.integers(1, 14))
    out = []
    for i in range(n):
        day = draw(st.integers(1, 9))
        dated = draw(st.booleans())
        town = draw(st.sampled_from(TOWNS))
        out.append(
            LinkSignature(
                document_id=f"{prefix}{i:02d}",
                date=f"2031-03-{day:02d}" if dated else None,
                date_precision="day" if dated else None,
                date_claimed=dated and draw(st.booleans()),
                dates=(f"2031-03-{day:02d}",) if dated else (),
                places=(SigPlace(town.title(), "Tessar", "ZZ", "town"),) if draw(st.booleans()) else (),
                sides=tuple(sorted(draw(st.sets(st.sampled_from(["A", "B"]))))),
                casualties=tuple(sorted(draw(st.sets(st.integers(2, 5), max_size=2)))),
                names=tuple(sorted(draw(st.sets(st.sampled_from(NAMES), max_size=4)))),
                words=tuple(sorted(draw(st.sets(st.sampled_from(WORDS), max_size=6)))),
                outlet=draw(st.sampled_from([None, "o1", "o2"])),
            )
        )
    return out


def linked(sigs, batches=1):
    linker = Linker()
    size = max(1, len(sigs) // batches)
    for start in range(0, len(sigs), size):
        linker.add(sigs[start : start + size])
    return linker.incidents()


@settings(max_examples=60, deadline=None)
@given(signatures(), st.randoms(use_true_random=False))
def test_same_grouping_for_any_order(sigs, rnd):
    shuffled = list(sigs)
    rnd.shuffle(shuffled)
    assert linked(shuffled) == linked(sigs)


@settings(max_examples=60, deadline=None)
@given(signatures(), st.integers(1, 5), st.randoms(use_true_random=False))
def test_incremental_equals_batch(sigs, batches, rnd):
    shuffled = list(sigs)
    rnd.shuffle(shuffled)
    assert linked(shuffled, batches) == linked(sigs)


@settings(max_examples=60, deadline=None)
@given(signatures())
def test_unrelated_document_changes_no_incident(sigs):
    before = linked(sigs)
    stranger = LinkSignature(
        document_id="zz-unrelated", date="2040-01-01", date_precision="day", date_claimed=True,
        dates=("2040-01-01",), places=(SigPlace("Faraway", None, "ZY", "town"),),
        names=("nobody",), words=("picnic",),
    )
    after = linked([*sigs, stranger])
    assert after.pop("inc-" + __import__("rashomon.models", fromlist=["content_id"]).content_id("incident", "zz-unrelated")) == ("zz-unrelated",)
    assert after == before


@settings(max_examples=30, deadline=None)
@given(signatures())
def test_state_round_trip_then_add_equals_batch(sigs):
    half = len(sigs) // 2
    first = Linker()
    first.add(sigs[:half])
    resumed = Linker.from_state(*first.state())
    resumed.add(sigs[half:])
    assert resumed.incidents() == linked(sigs)
