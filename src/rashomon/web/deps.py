"""Request helpers shared by the API and the pages: the store, pagination, incident filters."""

from __future__ import annotations

from typing import Any, Literal
from urllib.parse import urlencode

from fastapi import Query, Request

from ..models import DocumentAnalysis, Incident
from ..store import Store
from .errors import WebError
from .settings import DEFAULT_PAGE, MAX_PAGE
from .views import IncidentFilters

DATE = r"^\d{4}-\d{2}-\d{2}$"
Sort = Literal["date", "-date", "documents", "-documents", "disputes", "-disputes", "title", "-title"]


def store_of(request: Request) -> Store:
    return request.app.state.store  # type: ignore[no-any-return]


def incident_or_404(store: Store, incident_id: str) -> Incident:
    inc = store.incident(incident_id)
    if inc is None:
        raise WebError(404, f"No incident {incident_id!r}. GET /api/incidents lists the incidents and their ids.")
    return inc


def analysis_or_404(store: Store, document_id: str) -> DocumentAnalysis:
    a = store.analysis(document_id)
    if a is None:
        raise WebError(404, f"No document {document_id!r}. GET /api/documents lists the documents and their ids.")
    return a


def incident_filters(
    q: str | None = Query(None, max_length=200, description="words that must all appear in the title, place, parties or outlets"),
    date_from: str | None = Query(None, pattern=DATE, description="incidents on or after this date (YYYY-MM-DD)"),
    date_to: str | None = Query(None, pattern=DATE, description="incidents on or before this date (YYYY-MM-DD)"),
    place: str | None = Query(None, max_length=200, description="part of the place name, region or country code"),
    party: str | None = Query(None, max_length=200, description="a side involved (e.g. Azerbaijan) or part of a claimant's name"),
    disputed: bool | None = Query(None, description="true: only incidents with disputes; false: only without"),
    sort: Sort = Query("-date", description="date, documents, disputes or title; a leading '-' sorts descending"),
) -> IncidentFilters:
    return IncidentFilters(q or None, date_from, date_to, place or None, party or None, disputed, sort)


def page_params(
    limit: int = Query(DEFAULT_PAGE, ge=1, le=MAX_PAGE, description=f"items per page (1..{MAX_PAGE})"),
    offset: int = Query(0, ge=0, description="items to skip"),
) -> tuple[int, int]:
    return limit, offset


def page_url(request: Request, offset: int) -> str:
    params = dict(request.query_params)
    params["offset"] = str(offset)
    return f"{request.url.path}?{urlencode(params)}"


def paginate(request: Request, items: list[Any], total: int, limit: int, offset: int) -> dict[str, Any]:
    """The envelope of every list: items, total, limit, offset and links to the next and previous pages."""
    return {
        "items": items,
        "total": total,
        "limit": limit,
        "offset": offset,
        "next": page_url(request, offset + limit) if offset + limit < total else None,
        "previous": page_url(request, max(0, offset - limit)) if offset > 0 else None,
    }
