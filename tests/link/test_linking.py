"""Linking on hand-built reports: same incident joins, look-alikes stay apart, records are neutral."""

from __future__ import annotations

from rashomon.link import Linker, classify, incident_record, link, score, signature
from rashomon.link.signature import LinkSignature

from rashomon.link import SigPlace

from .link_samples import KORIN, TESSAR, VALE, analysis, sig

CLASH_A = analysis(
    "a1", "Two soldiers were killed in a clash near Marrow Vale on Sunday, the Tessar command said. "
    "Fighters of the Brannock Brigade opened fire on a patrol near the Quillon bridge.",
    title="Clash near Marrow Vale kills two", published="2031-05-04", outlet="Outlet One",
    dates=("2031-05-04",), places=(VALE, TESSAR), killed=(2,), sides=("Tessar",))
CLASH_B = analysis(
    "b2", "The Brannock Brigade denied that it opened fire first at the Quillon bridge near Marrow Vale, "
    "where two soldiers died on Sunday, and blamed the patrol.",
    title="Brannock Brigade rejects account of Quillon bridge firefight", published="2031-05-05",
    outlet="Outlet Two", dates=("2031-05-04",), places=(VALE,), killed=(2,), sides=("Brannock",))
LATER_SAME_ROAD = analysis(
    "c3", "A patrol came under fire again near Marrow Vale on Tuesday; one soldier was wounded "
    "near the Quillon bridge, the Tessar command said.",
    title="New shooting near Marrow Vale", published="2031-05-06", outlet="Outlet One",
    dates=("2031-05-06",), places=(VALE,), sides=("Tessar",))
ELSEWHERE = analysis(
    "d4", "Artillery struck a depot in Korin overnight, the Ostrel governor Pavan Ludrick said.",
    title="Shelling hits Korin depot", published="2031-05-04", outlet="Outlet Three",
    dates=("2031-05-04",), places=(KORIN,), killed=(5,))


def test_reports_of_one_incident_are_linked_and_a_later_one_kept_apart():
    incidents = link([CLASH_A, CLASH_B, LATER_SAME_ROAD, ELSEWHERE])
    groups = sorted(incidents.values())
    assert ("a1", "b2") in groups
    assert ("c3",) in groups and ("d4",) in groups


def test_conflicting_days_are_flagged():
    s = score(signature(CLASH_A), signature(LATER_SAME_ROAD))
    assert s.conflict


def test_score_is_symmetric():
    a, b = signature(CLASH_A), signature(CLASH_B)
    assert score(a, b) == score(b, a)


def test_incident_ids_derive_from_the_smallest_member():
    one = link([CLASH_B, CLASH_A])
    two = link([CLASH_A, CLASH_B])
    assert one == two
    assert len(one) == 1


def test_signature_round_trips_through_json():
    s = signature(CLASH_A)
    assert LinkSignature.from_json(s.to_json()) == s
    assert s.date == "2031-05-04" and s.date_claimed
    assert "brannock" in s.names and "quillon" in s.names


def test_publication_date_is_the_fallback():
    s = signature(analysis("e5", "Something happened.", title="A thing", published="2031-01-02"))
    assert s.date == "2031-01-02" and not s.date_claimed


def test_incident_record_is_neutral_and_specific():
    rec = incident_record("inc-x", [CLASH_B, CLASH_A])
    assert rec.document_ids == ("a1", "b2")
    assert rec.date is not None and rec.date.value == "2031-05-04" and rec.date.precision == "day"
    assert rec.location == VALE  # the town, not the province that contains it
    assert (rec.event_type, rec.sub_event_type) == ("Battles", "Armed clash")
    assert rec.title == "Armed clash near Marrow Vale, Tessar Province, 4 May 2031"
    assert rec.parties == ("Brannock", "Tessar")
    assert rec.outlets == ("Outlet One", "Outlet Two")
    for word in ("rejects", "denied", "blamed"):
        assert word not in rec.title.lower()


def test_event_types_follow_acled():
    assert classify(["Missile strike hits a railway station"]) == (
        "Explosions/Remote violence", "Shelling/artillery/missile attack")
    assert classify(["A drone strike on a convoy"]) == ("Explosions/Remote violence", "Air/drone strike")
    assert classify(["Troops clashed; a firefight followed"]) == ("Battles", "Armed clash")
    assert classify(["Nothing at all"]) == (None, None)
    assert classify(["On 5 March officials spoke"]) == (None, None)  # the month is not a march


def test_linker_state_round_trips():
    linker = Linker()
    linker.add([signature(a) for a in (CLASH_A, CLASH_B, ELSEWHERE)])
    again = Linker.from_state(*linker.state())
    assert again.incidents() == linker.incidents()
    again.add([signature(LATER_SAME_ROAD)])
    linker.add([signature(LATER_SAME_ROAD)])
    assert again.incidents() == linker.incidents()


def test_two_incidents_in_one_region_in_one_week_stay_apart():
    vale = sig("x1", date="2031-06-01", names=("quillon", "brannock"), words=("clash", "bridge", "patrol"))
    vale2 = sig("x2", date="2031-06-01", names=("quillon", "brannock"), words=("clash", "bridge", "soldier"))
    other = sig("x3", date="2031-06-04", names=("brannock", "ferrow"), words=("clash", "hill", "village"))
    other2 = sig("x4", date="2031-06-04", names=("ferrow", "brannock"), words=("clash", "hill", "shepherd"))
    groups = sorted(link_signatures([vale, vale2, other, other2]).values())
    assert groups == [("x1", "x2"), ("x3", "x4")]


def link_signatures(sigs):
    linker = Linker()
    linker.add(sigs)
    return linker.incidents()


# -- a lone report joins the incident it matches as a whole -------------------------------------
_DAM = ("dam", "flood", "reservoir", "water", "evacuat", "burst", "river", "collapse")


def _dam_reports(outlets=("o1", "o2"), date="2031-06-01"):
    k1 = sig("k1", date=date, names=("ostrava", "brenn", "quill"), words=_DAM, outlet=outlets[0])
    k2 = sig("k2", date=date, names=("ostrava", "brenn", "tamsin"), words=_DAM[:6] + ("shell", "plant"), outlet=outlets[1])
    lone = sig("k3", names=("ostrava", "velk", "harran", "pell"),
               words=("dam", "water", "flood", "blame", "accus", "sabotage", "river", "kremlin"))
    return k1, k2, lone


def test_a_lone_undated_report_joins_the_incident_it_matches_as_a_whole():
    k1, k2, lone = _dam_reports()
    assert 0.3 <= score(lone, k1).score < 0.4 and 0.2 <= score(lone, k2).score < 0.4  # no edge alone
    assert sorted(link_signatures([k1, k2, lone]).values()) == [("k1", "k2", "k3")]
    # incrementally and in any order: the lone report first, or after the incident
    for batches in ([[lone], [k1], [k2]], [[k2], [lone], [k1]], [[k1, k2], [lone]]):
        linker = Linker()
        for b in batches:
            linker.add(b)
        assert sorted(linker.incidents().values()) == [("k1", "k2", "k3")]
        again = Linker.from_state(*linker.state())
        assert again.incidents() == linker.incidents()


def test_weak_evidence_does_not_join_an_unanchored_or_single_outlet_incident():
    k1, k2, lone = _dam_reports(outlets=("o1", "o1"))
    assert ("k3",) in link_signatures([k1, k2, lone]).values()
    k1, k2, lone = _dam_reports(date=None)
    k1, k2 = (LinkSignature(**{**k.__dict__, "date": None, "date_precision": None, "date_claimed": False, "dates": ()})
              for k in (k1, k2))
    assert ("k3",) in link_signatures([k1, k2, lone]).values()


# -- place spellings the gazetteer does not know -------------------------------------------------
def test_sound_keys_match_transliterations_only():
    from rashomon.link.words import similar_names, sound_key

    assert sound_key("Byelkyandor") == sound_key("Belkyandor")
    assert len({sound_key(w) for w in ("Mallukh", "Malukh", "Mulukh")}) == 1
    assert similar_names("gordeyev", "gordeiev") and similar_names("malukh", "mulukh")
    assert not similar_names("parker", "porter") and not similar_names("kiev", "kyiv")  # short: exact only


def test_spelling_variants_of_an_unknown_village_are_one_place_and_share_a_block():
    from rashomon.link.blocking import keys

    a = sig("v1", date="2031-06-01", places=(SigPlace("Byelkyandor", None, None, "town"),), words=("clash", "police"))
    b = sig("v2", date="2031-06-01", places=(SigPlace("Belkyandor settlement", None, None, "town"),), words=("clash", "car"))
    assert keys(a) & keys(b)
    assert dict(score(a, b).parts)["place"] > 0


def test_a_name_meets_a_place_and_the_parts_of_a_compound_name():
    from rashomon.link.blocking import keys

    road = sig("r1", date="2031-06-01", places=(SigPlace("Varensk-Tolbali-Murssa dirt road", None, None, "point"),))
    town = sig("r2", date="2031-06-01", names=("varensk",))
    assert keys(road) & keys(town)
    region = sig("r3", date="2031-06-01", places=(SigPlace("Tessar economic region", None, None, "region"),))
    known = sig("r4", date="2031-06-01", places=(SigPlace("Tessar", None, "ZZ", "region"),))
    assert "a:tessar" in keys(region) & keys(known)


def test_reports_with_only_a_day_and_a_toll_in_common_are_compared():
    from rashomon.link.blocking import BlockIndex

    a = sig("t1", date="2031-06-01", casualties=(2, 3, 5), names=("quill",))
    b = sig("t2", date="2031-06-02", casualties=(3, 5), names=("brenn",))
    c = sig("t3", date="2031-06-05", casualties=(3, 5), names=("tamsin",))
    d = sig("t4", date="2031-06-01", casualties=(5,), names=("pell",))  # one figure is not enough
    index = BlockIndex()
    for s in (a, c, d):
        index.add(s)
    assert index.candidates(b) == {"t1"}
