"""CSV exports: incidents in ACLED-like columns (one row per incident), and every claim with its evidence."""

from __future__ import annotations

import csv
import io
from typing import Iterable

from ..compare import casualty_summary
from ..models import Claim, Document, Incident
from .views import fmt_value

INCIDENT_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type", "actor1", "actor2",
    "country", "admin1", "location", "latitude", "longitude", "geo_precision", "source", "source_count", "notes",
    "fatalities", "fatalities_high", "injured", "injured_high", "disputed_fields", "document_ids",
)
CLAIM_COLUMNS = (
    "incident_id", "claim_id", "document_id", "outlet", "published", "field", "value", "side", "subject",
    "claimed_by", "statement_id", "evidence", "evidence_start", "evidence_end",
)
TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}  # ACLED: 1 day, 2 week, 3 month
GEO_PRECISION = {"point": 1, "town": 1, "district": 2, "region": 3, "country": 3}


def _cell(v: object) -> object:
    """Neutralise spreadsheet formulas in text cells (CSV injection)."""
    if isinstance(v, str) and v[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + v
    return "" if v is None else v


def _write(columns: tuple[str, ...], rows: Iterable[Iterable[object]]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(columns)
    for r in rows:
        w.writerow([_cell(v) for v in r])
    return buf.getvalue()


def _totals(inc: Incident, field: str) -> tuple[int | None, int | None]:
    """Sum over victim sides of the lowest and highest figures claimed (ACLED keeps the lowest)."""
    summary = casualty_summary(inc.positions, field=field)
    lows = [s["low"] for s in summary.values() if s.get("low") is not None]
    highs = [s["high"] for s in summary.values() if s.get("high") is not None]
    return (sum(lows) if lows else None, sum(highs) if highs else None)


def incidents_csv(incidents: Iterable[Incident]) -> str:
    rows = []
    for inc in incidents:
        p = inc.location
        killed, killed_high = _totals(inc, "killed")
        injured, injured_high = _totals(inc, "injured")
        notes = inc.title + "".join(f" | Disputed {d.field}: {d.explanation}" for d in inc.disputes)
        rows.append((
            inc.id, inc.date.value if inc.date else None, inc.date.value[:4] if inc.date else None,
            TIME_PRECISION.get(inc.date.precision) if inc.date else None, inc.event_type, inc.sub_event_type,
            inc.parties[0] if inc.parties else None, inc.parties[1] if len(inc.parties) > 1 else None,
            p.country if p else None, p.admin if p else None, p.name if p else None,
            p.lat if p else None, p.lon if p else None, GEO_PRECISION.get(p.precision) if p else None,
            "; ".join(inc.outlets), len(inc.document_ids), notes, killed, killed_high, injured, injured_high,
            " ".join(sorted({d.field for d in inc.disputes})), " ".join(inc.document_ids),
        ))
    return _write(INCIDENT_COLUMNS, rows)


def claims_csv(claims: Iterable[tuple[str | None, Claim, Document]]) -> str:
    rows = ((inc, c.id, c.document_id, d.outlet, d.published, c.field, fmt_value(c.value), c.side, c.subject,
             c.claimed_by, c.statement_id, c.evidence.text, c.evidence.start, c.evidence.end)
            for inc, c, d in claims)
    return _write(CLAIM_COLUMNS, rows)
