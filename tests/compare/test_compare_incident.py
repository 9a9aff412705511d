"""Incident-level comparison: positions, relays, outlet voice, disputes, explanations, rebuttal links."""

from __future__ import annotations

from rashomon.compare import casualty_summary, compare_incident, is_outlet_voice, near_duplicates
from rashomon.models import Rebuttal, Span

from compare_helpers import KARABAKH, KHANKENDI, analysis, claim, n, statement

AZ = "Azerbaijani Ministry of Defence"
RU = "Russian Ministry of Defence"
AM = "Armenian Ministry of Foreign Affairs"


def test_relayed_claim_is_one_position_with_all_outlets() -> None:
    docs = [
        analysis("d1", [claim("cargo", "weapons", AZ)], outlet="Outlet A"),
        analysis("d2", [claim("cargo", "weapons", AZ)], outlet="Outlet B"),
        analysis("d3", [claim("cargo", "weapons", AZ)], outlet="Outlet C"),
    ]
    positions, disputes, _ = compare_incident("i1", docs)
    cargo = [p for p in positions if p.field == "cargo"]
    assert len(cargo) == 1
    assert cargo[0].party == AZ and cargo[0].side == "Azerbaijan"
    assert cargo[0].outlets == ("Outlet A", "Outlet B", "Outlet C")
    assert cargo[0].document_ids == ("d1", "d2", "d3")
    assert disputes == ()


def test_outlet_voice_is_a_position_but_no_dispute() -> None:
    docs = [
        analysis("d1", [claim("killed", n(2), AZ, side="Azerbaijan")]),
        analysis("d2", [claim("killed", n(7), None, side="Azerbaijan")], outlet="Wire X"),
    ]
    positions, disputes, _ = compare_incident("i1", docs)
    outlet = [p for p in positions if is_outlet_voice(p.party)]
    assert [p.party for p in outlet] == ["(outlet) Wire X"]
    assert disputes == ()


def test_precision_only_differences_raise_no_dispute() -> None:
    docs = [
        analysis("d1", [
            claim("killed", n(3, None), AZ, side="Armenia"),
            claim("location", "Khankendi", AZ, place=KHANKENDI),
            claim("time", "morning", AZ),
            claim("date", "2023-03-05", AZ, precision="day"),
        ]),
        analysis("d2", [
            claim("killed", n(3), RU, side="Armenia"),
            claim("location", "Karabakh", RU, place=KARABAKH),
            claim("time", "10:00", RU),
            claim("date", "2023-03-01", RU, precision="month"),
        ]),
    ]
    _, disputes, _ = compare_incident("i1", docs)
    assert disputes == ()


def test_contradiction_between_sides_is_a_dispute_with_neutral_explanation() -> None:
    docs = [
        analysis("d1", [claim("aid", "representatives of the Russian peacekeeping contingent", RU)]),
        analysis("d2", [claim("aid", "our military personnel", AZ)]),
    ]
    _, disputes, _ = compare_incident("i1", docs)
    assert [d.field for d in disputes] == ["aid"]
    d = disputes[0]
    assert set(d.parties) == {RU, AZ}
    assert RU in d.explanation and AZ in d.explanation
    for word in ("false", "lie", "wrong", "true", "correct"):
        assert word not in d.explanation.lower().split()


def test_same_side_difference_is_no_dispute() -> None:
    docs = [
        analysis("d1", [claim("weapon", "an Iskander missile", "Ukrainian Ministry of Defence")]),
        analysis("d2", [claim("weapon", "a Tochka-U", "Ukrainian Ministry of Internal Affairs")]),
    ]
    assert compare_incident("i1", docs)[1] == ()


def test_rising_toll_is_no_dispute_but_denial_is() -> None:
    docs = [
        analysis("d1", [claim("killed", n(30), "Ukrainian Ministry of Internal Affairs", side="Ukraine")]),
        analysis("d2", [claim("killed", n(50), "Ukrainian Ministry of Defence", side="Ukraine")]),
        analysis("d3", [claim("killed", n(30), RU, side="Ukraine")]),
    ]
    assert compare_incident("i1", docs)[1] == ()
    docs.append(analysis("d4", [claim("killed", n(0), "Ukrainian Ministry of Foreign Affairs", side="Russia"),
                                claim("killed", n(4, None), RU, side="Russia")]))
    disputes = compare_incident("i1", docs)[1]
    assert [(d.field, "Russia" in d.explanation) for d in disputes] == [("killed", True)]
    assert "at least 4" in disputes[0].explanation


def test_result_does_not_depend_on_input_order() -> None:
    docs = [
        analysis("d1", [claim("initiator", "Azerbaijani servicemen", RU), claim("cargo", "weapons", AZ)]),
        analysis("d2", [claim("initiator", "the opposite side", AZ)]),
        analysis("d3", [claim("cargo", "official documents", AM)]),
    ]
    assert compare_incident("i1", docs) == compare_incident("i1", list(reversed(docs)))


def test_rebuttal_linked_to_the_target_party_own_statements() -> None:
    ru_bulletin = statement("s-ru", "d1", RU, "Russia")
    az_denial = statement("s-az", "d2", AZ, "Azerbaijan")
    az_paraphrase = statement("s-az-rep", "d2", RU, "Russia", reported_by="s-az")
    reb = Rebuttal("r1", "d2", AZ, RU, Span(0, 1, "x"), statement_id="s-az")
    docs = [
        analysis("d1", [], statements=(ru_bulletin,)),
        analysis("d2", [], statements=(az_denial, az_paraphrase), rebuttals=(reb,)),
    ]
    _, _, rebuttals = compare_incident("i1", docs)
    assert rebuttals[0].target_statement_ids == ("s-ru",)


def test_dispute_carries_rebuttal_between_its_parties() -> None:
    reb = Rebuttal("r1", "d2", AZ, RU, Span(0, 1, "x"))
    docs = [
        analysis("d1", [claim("victim_identity", "police officers", RU)]),
        analysis("d2", [claim("victim_identity", "an illegal armed detachment", AZ)], rebuttals=(reb,)),
    ]
    disputes = compare_incident("i1", docs)[1]
    assert disputes[0].rebuttal_ids == ("r1",)


def test_casualty_summary_low_best_high() -> None:
    docs = [
        analysis("d1", [claim("killed", n(30), "Ukrainian Ministry of Internal Affairs", side="Ukraine")]),
        analysis("d2", [claim("killed", n(39, None), "Ukrainian Ministry of Defence", side="Ukraine")]),
        analysis("d3", [claim("killed", n(50), "Ukrainian Ministry of Foreign Affairs", side="Ukraine")]),
        analysis("d4", [claim("killed", n(99), None, side="Ukraine")], outlet="Wire X"),
    ]
    positions = compare_incident("i1", docs)[0]
    s = casualty_summary(positions)
    assert (s["Ukraine"]["low"], s["Ukraine"]["best"], s["Ukraine"]["high"]) == (30, 39, 50)
    assert len(s["Ukraine"]["claims"]) == 4  # every figure kept, the outlet's too
    assert any(c["outlet_voice"] for c in s["Ukraine"]["claims"])


def test_near_duplicates_found() -> None:
    base = " ".join(f"word{i}" for i in range(80))
    docs = [
        analysis("a", [], text="Header one. " + base),
        analysis("b", [], text=base + " Footer from another site."),
        analysis("c", [], text=" ".join(f"other{i}" for i in range(80))),
    ]
    assert near_duplicates(docs) == [("a", "b")]


def test_bare_side_word_claimant_is_the_state() -> None:
    docs = [analysis("d1", [claim("cargo", "weapons", "Azerbaijani")])]
    positions = compare_incident("i1", docs)[0]
    assert positions[0].side == "Azerbaijan" and positions[0].party != "Azerbaijani"
