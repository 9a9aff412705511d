"""Server-rendered HTML pages: incidents, one incident, documents, one document, map, upload, API docs."""

from __future__ import annotations

import json
import re
from typing import Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.concurrency import run_in_threadpool
from markupsafe import Markup
from starlette.datastructures import UploadFile
from starlette.responses import HTMLResponse, RedirectResponse, Response

from ..models import Document
from . import uploads
from .deps import DATE, analysis_or_404, incident_filters, incident_or_404, page_params, paginate, store_of
from .errors import WebError
from .highlight import highlighted
from .security import check_write
from .views import (OUTLETS_COLUMN, UNKNOWN_COLUMN, IncidentFilters, filter_incidents, fmt_value, incident_summary,
                    incident_view, side_class)

router = APIRouter(include_in_schema=False)


def render(request: Request, name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    env = request.app.state.templates
    html = env.get_template(name).render(request=request, settings=request.app.state.settings, side_class=side_class,
                                         fmt_value=fmt_value, **context)
    return HTMLResponse(html, status_code=status_code)


def json_script(data: Any) -> Markup:
    """JSON safe inside <script type="application/json"> (no '</script>', no HTML comment openers)."""
    text = json.dumps(data, ensure_ascii=False)
    return Markup(text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))


@router.get("/")
def home() -> RedirectResponse:
    return RedirectResponse("/incidents", status_code=302)


@router.get("/incidents")
def incidents_page(request: Request, f: IncidentFilters = Depends(incident_filters),
                   page: tuple[int, int] = Depends(page_params)) -> HTMLResponse:
    limit, offset = page
    store = store_of(request)
    every = store.incidents()
    found = filter_incidents(every, f)
    sides = sorted({p for i in every for p in i.parties})
    pg = paginate(request, found[offset:offset + limit], len(found), limit, offset)
    return render(request, "incidents.html", page=pg, filters=f, sides=sides, counts=store.counts(),
                  query=f.params())


@router.get("/incidents/{incident_id}")
def incident_page(request: Request, incident_id: str) -> HTMLResponse:
    store = store_of(request)
    inc = incident_or_404(store, incident_id)
    analyses = [a for a in map(store.analysis, inc.document_ids) if a is not None]
    return render(request, "incident.html", v=incident_view(inc, analyses), OUTLETS_COLUMN=OUTLETS_COLUMN,
                  UNKNOWN_COLUMN=UNKNOWN_COLUMN)


@router.get("/documents")
def documents_page(request: Request, page: tuple[int, int] = Depends(page_params),
                   status: str | None = Query(None, pattern="^(analyzed|skipped)$")) -> HTMLResponse:
    limit, offset = page
    docs, total = store_of(request).document_page(limit, offset, status)
    return render(request, "documents.html", page=paginate(request, docs, total, limit, offset), status=status)


@router.get("/documents/{document_id}")
def document_page(request: Request, document_id: str, claim: str | None = Query(None, max_length=100),
                  statement: str | None = Query(None, max_length=100)) -> HTMLResponse:
    store = store_of(request)
    a = analysis_or_404(store, document_id)
    incidents = [i for i in map(store.incident, store.incident_ids_of(document_id)) if i is not None]
    sides = sorted({s.speaker.side for s in a.statements if s.speaker.side})
    return render(request, "document.html", a=a, doc=a.document, html=highlighted(a, claim, statement),
                  incidents=incidents, sides=sides, OUTLETS_COLUMN=OUTLETS_COLUMN)


@router.get("/map")
def map_page(request: Request) -> HTMLResponse:
    incidents = store_of(request).incidents()
    placed = [incident_summary(i) for i in incidents if i.location and i.location.lat is not None and i.location.lon is not None]
    return render(request, "map.html", data=json_script(placed), placed=placed, unplaced=len(incidents) - len(placed))


@router.get("/upload")
def upload_form(request: Request) -> HTMLResponse:
    return render(request, "upload.html", result=None, form={})


def _text(value: Any, limit: int) -> str:
    return value[:limit].strip() if isinstance(value, str) else ""


@router.post("/upload")
async def upload_submit(request: Request) -> Response:
    form = await request.form(max_files=uploads.MAX_FILES, max_fields=20)
    check_write(request, _text(form.get("token"), 500) or None)
    text = form.get("text")
    published = _text(form.get("published"), 10)
    if published and not re.match(DATE, published):
        raise WebError(422, f"Invalid publication date {published!r}: use YYYY-MM-DD or leave it empty.")
    docs: list[Document] = []
    if isinstance(text, str) and text.strip():
        docs.append(uploads.pasted(text, title=_text(form.get("title"), 500), outlet=_text(form.get("outlet"), 300),
                                   published=published))
    ups = [uploads.Upload(f.filename or "", await f.read()) for f in form.getlist("files")
           if isinstance(f, UploadFile) and (f.filename or f.size)]
    if not docs and not ups:
        raise WebError(422, "Nothing to analyse: paste a report's text or choose at least one file.")
    result = await run_in_threadpool(uploads.analyse, request.app.state.settings.db, docs, ups)
    return render(request, "upload.html", status_code=201, result=result, form={})


@router.get("/api/docs")
def api_docs(request: Request) -> HTMLResponse:
    spec = request.app.openapi()
    ops = []
    for path, methods in spec.get("paths", {}).items():
        for method, op in methods.items():
            params = [(p["name"], p.get("in", ""), p.get("required", False), p.get("description", ""))
                      for p in op.get("parameters", [])]
            ops.append({"method": method.upper(), "path": path, "summary": op.get("summary", ""), "params": params,
                        "body": "requestBody" in op})
    return render(request, "apidocs.html", ops=ops, spec=spec)
