"""The REST API under /api/: documents, incidents, statements and exports; every list is paginated."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from fastapi import APIRouter, Depends, File, Form, Query, Request, UploadFile
from fastapi.concurrency import run_in_threadpool
from pydantic import BaseModel, Field
from starlette.responses import JSONResponse, Response

from ..export import build_export, claim_json, document_json, incident_json, rebuttal_json, statement_json
from ..ledger import Ledger
from ..models import DocumentAnalysis
from . import csvout, uploads
from .deps import DATE, analysis_or_404, incident_filters, incident_or_404, page_params, paginate, store_of
from .errors import WebError
from .security import check_write
from .views import IncidentFilters, filter_incidents, incident_summary

router = APIRouter(prefix="/api", tags=["api"])


class ErrorBody(BaseModel):
    """The shape of every error response."""

    ok: bool = False
    status: int
    error: str = Field(description="a stable code: not-found, invalid-request, too-large, token-required, ...")
    message: str = Field(description="what went wrong and what to do")
    details: Any = None


class DocumentIn(BaseModel):
    text: str = Field(min_length=1, description="the report's text")
    title: str | None = Field(None, max_length=500)
    outlet: str | None = Field(None, max_length=300)
    url: str | None = Field(None, max_length=2000)
    published: str | None = Field(None, pattern=DATE, description="publication date, YYYY-MM-DD")


class DocumentsIn(BaseModel):
    documents: list[DocumentIn] = Field(min_length=1, max_length=uploads.MAX_FILES)


ERRORS: dict[int | str, dict[str, Any]] = {
    s: {"model": ErrorBody} for s in (401, 403, 404, 413, 422, 500)
}


def require_write(request: Request) -> None:
    check_write(request)


def document_summary(d: Any) -> dict[str, Any]:
    return {**document_json(d), "links": {"self": f"/api/documents/{d.id}", "html": f"/documents/{d.id}"}}


def analysis_summary(a: DocumentAnalysis) -> dict[str, Any]:
    return {**document_summary(a.document), "statements": len(a.statements), "rebuttals": len(a.rebuttals),
            "claims": len(a.claims)}


@router.get("/", summary="API index: links and counts")
def index(request: Request) -> dict[str, Any]:
    settings = request.app.state.settings
    return {
        "name": "rashomon",
        "format": "rashomon.analysis/1",
        "counts": store_of(request).counts(),
        "writes": {"allowed": settings.writes_allowed, "token_required": settings.token_required},
        "links": {"incidents": "/api/incidents", "documents": "/api/documents", "statements": "/api/statements",
                  "export_json": "/api/export.json", "incidents_csv": "/api/export/incidents.csv",
                  "claims_csv": "/api/export/claims.csv", "openapi": "/api/openapi.json", "docs": "/api/docs"},
    }


@router.get("/incidents", summary="List incidents (filters, sort, pagination)", responses=ERRORS)
def list_incidents(request: Request, f: IncidentFilters = Depends(incident_filters),
                   page: tuple[int, int] = Depends(page_params)) -> dict[str, Any]:
    limit, offset = page
    found = filter_incidents(store_of(request).incidents(), f)
    return paginate(request, [incident_summary(i) for i in found[offset:offset + limit]], len(found), limit, offset)


@router.get("/incidents/{incident_id}", summary="One incident: accounts side by side, claims, disputes", responses=ERRORS)
def get_incident(request: Request, incident_id: str) -> dict[str, Any]:
    store = store_of(request)
    inc = incident_or_404(store, incident_id)
    analyses = [a for a in map(store.analysis, inc.document_ids) if a is not None]
    out = incident_json(inc, [c for a in analyses for c in a.claims])
    out["documents"] = [document_summary(a.document) for a in analyses]
    out["links"] = {"self": f"/api/incidents/{inc.id}", "html": f"/incidents/{inc.id}",
                    "statements": f"/api/statements?incident_id={inc.id}", "export": f"/api/export.json?incident_id={inc.id}"}
    return out


@router.get("/documents", summary="List documents (pagination, status filter)", responses=ERRORS)
def list_documents(request: Request, page: tuple[int, int] = Depends(page_params),
                   status: str | None = Query(None, pattern="^(analyzed|skipped)$")) -> dict[str, Any]:
    limit, offset = page
    docs, total = store_of(request).document_page(limit, offset, status)
    return paginate(request, [document_summary(d) for d in docs], total, limit, offset)


@router.get("/documents/{document_id}", summary="One document: text, statements, rebuttals, claims", responses=ERRORS)
def get_document(request: Request, document_id: str) -> dict[str, Any]:
    store = store_of(request)
    a = analysis_or_404(store, document_id)
    return {
        **document_summary(a.document),
        "text": a.document.text,
        "statements": [statement_json(s) for s in a.statements],
        "rebuttals": [rebuttal_json(r) for r in a.rebuttals],
        "claims": [claim_json(c) for c in a.claims],
        "incident_ids": store.incident_ids_of(a.document.id),
    }


def _result(request: Request, result: uploads.Result) -> JSONResponse:
    body = {"documents": [analysis_summary(a) for a in result.analyses],
            "incidents": [incident_summary(i) for i in result.incidents]}
    return JSONResponse(body, status_code=201)


@router.post("/documents", status_code=201, dependencies=[Depends(require_write)], responses=ERRORS,
             summary="Ingest and analyse documents (JSON); needs the token when one is set")
async def post_documents(request: Request, body: DocumentsIn) -> JSONResponse:
    docs = [uploads.pasted(d.text, title=d.title, outlet=d.outlet, published=d.published) for d in body.documents]
    docs = [replace(d, url=dd.url) if dd.url else d for d, dd in zip(docs, body.documents)]
    result = await run_in_threadpool(uploads.analyse, request.app.state.settings.db, docs, [])
    return _result(request, result)


@router.post("/documents/upload", status_code=201, dependencies=[Depends(require_write)], responses=ERRORS,
             summary="Upload report files (text, HTML, JSONL; multipart) and analyse them")
async def upload_documents(request: Request, files: list[UploadFile] = File(...)) -> JSONResponse:
    if len(files) > uploads.MAX_FILES:
        raise WebError(422, f"Too many files ({len(files)}); send at most {uploads.MAX_FILES} per request.")
    ups = [uploads.Upload(f.filename or "", await f.read()) for f in files]
    result = await run_in_threadpool(uploads.analyse, request.app.state.settings.db, [], ups)
    return _result(request, result)


@router.get("/statements", summary="List statements (by document, incident, speaker, side)", responses=ERRORS)
def list_statements(request: Request, page: tuple[int, int] = Depends(page_params),
                    document_id: str | None = Query(None), incident_id: str | None = Query(None),
                    speaker: str | None = Query(None, max_length=200, description="part of the speaker's name"),
                    side: str | None = Query(None, max_length=200, description="the speaker's side, exactly")) -> dict[str, Any]:
    limit, offset = page
    store = store_of(request)
    ids: list[str] | None = None
    if incident_id is not None:
        ids = list(incident_or_404(store, incident_id).document_ids)
    if document_id is not None:
        ids = [document_id] if ids is None or document_id in ids else []
    found, total = store.statement_page(limit, offset, document_ids=ids, speaker=speaker, side=side)
    return paginate(request, [statement_json(s) for s in found], total, limit, offset)


@router.get("/export.json", summary="The JSON export (rashomon.analysis/1), whole or of one incident", responses=ERRORS)
def export_json(request: Request, incident_id: str | None = Query(None)) -> dict[str, Any]:
    store = store_of(request)
    if incident_id is not None:
        inc = incident_or_404(store, incident_id)
        analyses = [a for a in map(store.analysis, inc.document_ids) if a is not None]
        return build_export(analyses, Ledger((inc,)))
    return build_export(list(store.analyses()), Ledger(tuple(store.incidents())))


def _csv(text: str, name: str) -> Response:
    return Response(text, media_type="text/csv; charset=utf-8",
                    headers={"content-disposition": f'attachment; filename="{name}"'})


@router.get("/export/incidents.csv", summary="Incidents as CSV in ACLED-like columns", response_class=Response)
def export_incidents_csv(request: Request, f: IncidentFilters = Depends(incident_filters)) -> Response:
    return _csv(csvout.incidents_csv(filter_incidents(store_of(request).incidents(), f)), "incidents.csv")


@router.get("/export/claims.csv", summary="Every claim with its claimant and evidence, as CSV", response_class=Response)
def export_claims_csv(request: Request) -> Response:
    store = store_of(request)
    incident_of: dict[str, str] = {}
    for inc in store.incidents():
        for d in inc.document_ids:
            incident_of.setdefault(d, inc.id)
    rows = ((incident_of.get(a.document.id), c, a.document) for a in store.analyses() for c in a.claims)
    return _csv(csvout.claims_csv(rows), "claims.csv")
