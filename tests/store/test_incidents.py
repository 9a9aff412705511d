"""Store: link state and incident records round-trip; saving twice changes nothing."""

from __future__ import annotations

from rashomon.models import Incident, IncidentDate, Place
from rashomon.store import open_store


def _incident(i: str, docs: tuple[str, ...]) -> Incident:
    return Incident(
        id=i, title="Armed clash near Marrow Vale, 4 May 2031", document_ids=docs,
        date=IncidentDate("2031-05-04", "day"), location=Place("Marrow Vale", "Tessar", "ZZ", 1.5, 2.5, "town"),
        event_type="Battles", sub_event_type="Armed clash", parties=("A", "B"), outlets=("o1",), claim_ids=("c1",),
    )


def test_link_state_round_trips_and_is_idempotent(tmp_path):
    sigs = [("a", '{"document_id": "a"}'), ("b", '{"document_id": "b"}')]
    edges = [("b", "a", 0.75)]
    with open_store(tmp_path / "r.db") as store:
        store.save_link_state(sigs, edges)
        store.save_link_state(sigs, edges)
        assert store.link_state() == (sigs, [("a", "b", 0.75)])


def test_incidents_round_trip_and_replace(tmp_path):
    path = tmp_path / "r.db"
    one, two = _incident("inc-1", ("a", "b")), Incident(id="inc-2", title="Incident", document_ids=("c",))
    with open_store(path) as store:
        store.save_incidents([one, two])
        assert store.incidents() == [one, two]
        store.save_incidents([two])
        assert store.incidents() == [two]
    with open_store(path) as store:
        assert store.incidents() == [two]


def test_linker_resumes_from_the_store(tmp_path):
    from rashomon.link import Linker

    from tests.link.link_samples import sig

    a = sig("a", date="2031-05-04", names=("quillon", "brannock"), words=("clash", "bridge"))
    b = sig("b", date="2031-05-04", names=("quillon", "brannock"), words=("clash", "bridge"))
    linker = Linker()
    linker.add([a])
    with open_store(tmp_path / "r.db") as store:
        store.save_link_state(*linker.state())
    with open_store(tmp_path / "r.db") as store:
        resumed = Linker.from_state(*store.link_state())
    resumed.add([b])
    assert list(resumed.incidents().values()) == [("a", "b")]
