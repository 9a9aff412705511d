"""Casualty summary per victim side, like UCDP's low / best / high, keeping every claimed figure."""

from __future__ import annotations

import statistics
from typing import Any, Iterable

from ..models import CASUALTY_FIELDS, Count, Position
from .align import is_outlet_voice
from .rules import interval

UNKNOWN_SIDE = "unknown"


def _point(value: object) -> float | None:
    iv = interval(value)  # type: ignore[arg-type]
    if iv is None:
        return None
    lo, hi = iv
    return lo if hi == float("inf") else (lo + hi) / 2


def casualty_summary(positions: Iterable[Position], field: str = "killed") -> dict[str, dict[str, Any]]:
    """For each victim side (``"unknown"`` when no side is given), ``low``, ``best`` and ``high`` over the
    figures parties claim, and ``claims``: every figure with its claimant, documents and outlets.

    - ``low``: the lowest figure any party gives (lower bound of a range);
    - ``high``: the highest (upper bound; "at least n" counts as n);
    - ``best``: the median over parties of each party's highest figure (a party's figures are usually
      successive updates of a rising toll, its latest being its highest).
    Figures in an outlet's own voice are listed in ``claims`` (``outlet_voice: true``) and enter the
    numbers only when no party gives a figure for that side.
    """
    by_side: dict[str, list[Position]] = {}
    for p in positions:
        if p.field == field and p.field in CASUALTY_FIELDS:
            by_side.setdefault(p.side or UNKNOWN_SIDE, []).append(p)
    out: dict[str, dict[str, Any]] = {}
    for side, ps in sorted(by_side.items()):
        claims = []
        for p in ps:
            for v in p.values:
                claims.append({
                    "party": p.party,
                    "outlet_voice": is_outlet_voice(p.party),
                    "value": v.to_json() if isinstance(v, Count) else v,
                    "claim_ids": list(p.claim_ids),
                    "document_ids": list(p.document_ids),
                    "outlets": list(p.outlets),
                })
        counted = [p for p in ps if not is_outlet_voice(p.party)] or ps
        lows, highs, bests = [], [], []
        for p in counted:
            ivs = [iv for iv in (interval(v) for v in p.values) if iv is not None]
            if not ivs:
                continue
            lows.append(min(lo for lo, _ in ivs))
            highs.append(max(lo if hi == float("inf") else hi for lo, hi in ivs))
            pts = [x for x in (_point(v) for v in p.values) if x is not None]
            bests.append(max(pts))
        if not lows:
            continue
        out[side] = {
            "low": int(min(lows)),
            "best": int(round(statistics.median(bests))),
            "high": int(max(highs)),
            "claims": claims,
        }
    return out
