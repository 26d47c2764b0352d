"""The web application: a read-only FastAPI app over one knowledge base, with security headers,
error pages instead of tracebacks, and one read-only SQLite connection per worker thread."""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from ..errors import QueryError
from ..store import Store
from . import api, pages
from .render import templates

__all__ = ["create_app", "SECURITY_HEADERS"]

log = logging.getLogger("newsgraph.web")
STATIC = Path(__file__).with_name("static")
# Everything comes from this server; no inline script, no framing, no third-party anything.
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]


class Stores:
    """One read-only `Store` per thread: sqlite3 connections are not shared between threads."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._local = threading.local()
        Store(self.path, readonly=True).close()  # fail now, with the store's one clear line

    def get(self) -> Store:
        store = getattr(self._local, "store", None)
        if store is None:
            store = self._local.store = Store(self.path, readonly=True)
        return store


class SecurityHeaders:
    """ASGI middleware adding the Content-Security-Policy and friends to every response."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: dict) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = list(message.get("headers", [])) + SECURITY_HEADERS
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/openapi.json"


def create_app(db_path: str | Path) -> FastAPI:
    """The app serving the knowledge base at `db_path` (raises StoreError if it is not one)."""
    app = FastAPI(
        title="newsgraph", version=__version__, openapi_url="/openapi.json", docs_url=None, redoc_url=None,
        description="Read-only JSON over a newsgraph knowledge base: every fact with its article and character span.",
    )
    app.state.stores = Stores(db_path)
    app.state.db_name = Path(db_path).name
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)
    app.add_middleware(SecurityHeaders)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        if _wants_json(request):
            return JSONResponse({"detail": str(exc.detail)}, status_code=exc.status_code)
        message = str(exc.detail) if exc.status_code != 404 or exc.detail != "Not Found" else \
            f"There is no page at {request.url.path}."
        return error_page(request, exc.status_code, message)

    @app.exception_handler(QueryError)
    async def query_error(request: Request, exc: QueryError):
        if _wants_json(request):
            return JSONResponse({"detail": str(exc)}, status_code=400)
        return error_page(request, 400, str(exc))

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError):
        if _wants_json(request):
            return JSONResponse({"detail": _plain_errors(exc.errors())}, status_code=422)
        return error_page(request, 400, "; ".join(e["msg"] for e in _plain_errors(exc.errors())))

    @app.exception_handler(Exception)
    async def server_error(request: Request, exc: Exception):
        log.error("%s %s failed", request.method, request.url.path, exc_info=exc)
        if _wants_json(request):
            return JSONResponse({"detail": "internal error: the server log has the details"}, status_code=500)
        return error_page(request, 500, "Something went wrong on our side; the server log has the details.")

    return app


def _plain_errors(errors: Any) -> list[dict[str, Any]]:
    """Validation errors with only JSON-safe fields (pydantic may include exception objects)."""
    return [{"loc": [str(part) for part in e.get("loc", ())], "msg": str(e.get("msg", "")), "type": str(e.get("type", ""))}
            for e in errors]


def error_page(request: Request, status: int, message: str) -> HTMLResponse:
    titles = {400: "That request cannot be answered", 404: "Not found", 500: "Server error"}
    return templates.TemplateResponse(
        request, "error.html", {"status": status, "title": titles.get(status, "Error"), "message": message},
        status_code=status,
    )
