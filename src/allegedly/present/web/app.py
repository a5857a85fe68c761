"""The web interface and HTTP API over one store: every page at `/x` (HTML) and `/x.json` (its data).

Read-only unless the operator sets a write token; then `POST /ingest` takes uploads with
`Authorization: Bearer <token>`.  HTML is rendered on the server by Jinja2 with autoescaping,
pages load no script and nothing from the network, and a Content-Security-Policy forbids
inline script, so text from documents and comments can only ever show as text.
"""

from __future__ import annotations

import hmac
import re
import shutil
import tempfile
import threading
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import httpx
from fastapi import Depends, FastAPI, File, HTTPException, Query, Request, UploadFile
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, PackageLoader, select_autoescape
from pydantic import BaseModel, Field
from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from allegedly.errors import NotFound, StoreError
from allegedly.model import DateValue
from allegedly.present.web import exports, views
from allegedly.present.web.chart import timeline_svg
from allegedly.read import DEFAULT_MAX_BYTES
from allegedly.store import Store

if TYPE_CHECKING:
    from allegedly.pipeline import Pipeline

HERE = Path(__file__).parent
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
        "base-uri 'none'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}
# Fetching pages for POST /ingest/urls: how long to wait, how many at once, how to name them.
_FETCH_TIMEOUT = 20.0
_MAX_URLS = 100
_SUFFIX_BY_TYPE = {
    "text/html": ".html",
    "application/xhtml+xml": ".html",
    "application/x-ndjson": ".jsonl",
    "application/jsonl": ".jsonl",
    "text/plain": ".txt",
}
_SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")
_bearer = HTTPBearer(
    auto_error=False, description="The write token the operator set (`serve --write-token`)."
)


class SecurityHeaders:
    """Adds SECURITY_HEADERS to every HTTP response (plain ASGI: no per-request task overhead)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS.items():
                    if name not in headers:
                        headers.append(name, value)
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _environment() -> Environment:
    env = Environment(
        loader=PackageLoader("allegedly.present.web", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals["slugify"] = views.slugify
    env.filters["label"] = lambda value: str(value).replace("_", " ")
    return env


class WebState:
    """What the routes share: the store, the write token and (loaded on first write) the pipeline."""

    def __init__(self, store: Store, db_url: str, write_token: str | None, pipeline: Pipeline | None) -> None:
        self.data = views.WebData(store, db_url)
        self.write_token = write_token
        self._pipeline = pipeline
        self.write_lock = threading.Lock()  # one ingest at a time: spaCy and the writer are shared

    def pipeline(self) -> Pipeline:
        if self._pipeline is None:
            from allegedly.pipeline import Pipeline

            self._pipeline = Pipeline()
        return self._pipeline


def _as_of(value: str | None) -> DateValue | None:
    try:
        return views.parse_as_of(value)
    except ValueError:
        raise HTTPException(400, f"as_of must be YYYY, YYYY-MM or YYYY-MM-DD, not {value!r}") from None


AsOf = Annotated[str | None, Query(description="Only what had been reported by this date (YYYY-MM-DD).")]


class UrlList(BaseModel):
    """Pages to fetch and ingest."""

    urls: list[str] = Field(min_length=1, max_length=_MAX_URLS)


def _fetch(client: httpx.Client, url: str, folder: Path, n: int) -> str | None:
    """Save one page under `folder`; the reason it could not be, or None."""
    if not re.match(r"^https?://", url):
        return "only http and https addresses are fetched"
    try:
        with client.stream("GET", url) as response:
            if response.status_code >= 400:
                return f"HTTP {response.status_code}"
            kind = response.headers.get("content-type", "").split(";")[0].strip().lower()
            suffix = _SUFFIX_BY_TYPE.get(kind, ".txt")
            size = 0
            with open(folder / f"page-{n:04d}{suffix}", "wb") as out:
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > DEFAULT_MAX_BYTES:
                        return f"over {DEFAULT_MAX_BYTES} bytes"
                    out.write(chunk)
    except httpx.HTTPError as error:
        return f"could not fetch ({type(error).__name__})"
    return None


def create_app(
    db_url: str,
    *,
    write_token: str | None = None,
    pipeline: Pipeline | None = None,
    http_transport: httpx.BaseTransport | None = None,
) -> FastAPI:
    """The web app over the store at `db_url` (path or SQLAlchemy URL).

    Read-only unless `write_token` is set; `pipeline` (a loaded `Pipeline`) is used for uploads,
    else one is loaded on the first upload.
    """
    store = Store.open(db_url)
    state = WebState(store, db_url, write_token or None, pipeline)
    env = _environment()

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        state.data.close()
        store.close()

    app = FastAPI(
        lifespan=lifespan,
        # Swagger UI and ReDoc load their scripts from a CDN: left out so that every page
        # works offline; the schema itself is at /openapi.json.
        docs_url=None,
        redoc_url=None,
        title="allegedly",
        summary="Who claimed what about whom, and when: a sourced, time-aware record of celebrity news.",
        version="0.1.0",
    )
    app.state.web = state
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")

    app.add_middleware(SecurityHeaders)

    data = state.data

    def page(
        request: Request,
        template: str,
        key: tuple[Any, ...],
        build: Callable[[], dict[str, Any]],
        chart: bool = False,
    ) -> HTMLResponse:
        """The page rendered from the view `build` makes (the one its .json route returns);
        both the view and the HTML are kept until the store changes."""

        def render() -> str:
            view = data.cached(key, build)
            extra = {"chart": timeline_svg(view)} if chart else {}
            return env.get_template(template).render(
                view=view, request_path=request.url.path, writable=state.write_token is not None, **extra
            )

        return HTMLResponse(data.cached((template, *key), render))

    @app.exception_handler(NotFound)
    async def not_found(request: Request, error: NotFound) -> Response:
        return _error(request, 404, str(error))

    @app.exception_handler(StoreError)
    async def store_error(request: Request, error: StoreError) -> Response:
        return _error(request, 503, str(error))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, error: StarletteHTTPException) -> Response:
        return _error(request, error.status_code, str(error.detail), getattr(error, "headers", None))

    def _error(
        request: Request, status: int, message: str, headers: dict[str, str] | None = None
    ) -> Response:
        path = request.url.path
        if path.endswith(".json") or request.method != "GET" or path.startswith("/export/"):
            return JSONResponse({"detail": message}, status_code=status, headers=headers)
        page = env.get_template("error.html").render(
            view={"status": status, "message": message}, request_path=path, writable=False
        )
        return HTMLResponse(page, status_code=status, headers=headers)

    # -- pages ----------------------------------------------------------------------------

    @app.get("/index.json", tags=["pages"], summary="Home: people, documents, outlets, counts")
    @app.get("/.json", include_in_schema=False)
    def index_json() -> dict[str, Any]:
        return data.cached(("index",), lambda: views.index_page(data))

    @app.get("/", response_class=HTMLResponse, tags=["html"], include_in_schema=False)
    def index(request: Request) -> HTMLResponse:
        return page(request, "index.html", ("index",), lambda: views.index_page(data))

    @app.get("/search.json", tags=["pages"], summary="People, outlets and documents matching q")
    def search_json(q: str = "") -> dict[str, Any]:
        return data.cached(("search", q), lambda: views.search_page(data, q))

    @app.get("/search", response_class=HTMLResponse, tags=["html"])
    def search(request: Request, q: str = "") -> HTMLResponse:
        return page(request, "search.html", ("search", q), lambda: views.search_page(data, q))

    @app.get("/person/{slug}.json", tags=["pages"], summary="One person: facts, claims, timeline, brief")
    def person_json(slug: str, as_of: AsOf = None) -> dict[str, Any]:
        cutoff = _as_of(as_of)
        return data.cached(("person", slug, cutoff), lambda: views.person_page(data, slug, cutoff))

    @app.get("/person/{slug}", response_class=HTMLResponse, tags=["html"])
    def person(request: Request, slug: str, as_of: AsOf = None) -> HTMLResponse:
        cutoff = _as_of(as_of)
        key = ("person", slug, cutoff)
        return page(request, "person.html", key, lambda: views.person_page(data, slug, cutoff), chart=True)

    @app.get("/document/{document_id}.json", tags=["pages"], summary="One document: text, claims, thread")
    def document_json(document_id: int) -> dict[str, Any]:
        return data.cached(("document", document_id), lambda: views.document_page(data, document_id))

    @app.get("/document/{document_id}", response_class=HTMLResponse, tags=["html"])
    def document(request: Request, document_id: int) -> HTMLResponse:
        key = ("document", document_id)
        return page(request, "document.html", key, lambda: views.document_page(data, document_id))

    @app.get("/outlet/{slug}.json", tags=["pages"], summary="One outlet: reliability and track record")
    def outlet_json(slug: str) -> dict[str, Any]:
        return data.cached(("outlet", slug), lambda: views.outlet_page(data, slug))

    @app.get("/outlet/{slug}", response_class=HTMLResponse, tags=["html"])
    def outlet(request: Request, slug: str) -> HTMLResponse:
        return page(request, "outlet.html", ("outlet", slug), lambda: views.outlet_page(data, slug))

    # -- exports --------------------------------------------------------------------------

    @app.get("/export/person/{slug}.jsonld", tags=["exports"], summary="schema.org Person as JSON-LD")
    def person_jsonld(request: Request, slug: str, as_of: AsOf = None) -> Response:
        body = exports.person_jsonld(state.data, slug, str(request.base_url), _as_of(as_of))
        return JSONResponse(body, media_type="application/ld+json")

    @app.get("/export/graph.graphml", tags=["exports"], summary="People and relations as GraphML (Gephi)")
    def graph() -> Response:
        return Response(
            exports.graphml(state.data),
            media_type="application/graphml+xml",
            headers={"Content-Disposition": 'attachment; filename="allegedly.graphml"'},
        )

    @app.get("/export/claims.csv", tags=["exports"], summary="Every claim as CSV")
    def claims_csv(as_of: AsOf = None) -> Response:
        return Response(
            exports.claims_csv(state.data, _as_of(as_of)),
            media_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": 'attachment; filename="claims.csv"'},
        )

    @app.get("/export/facts.csv", tags=["exports"], summary="Facts (claims grouped) as CSV")
    def facts_csv(as_of: AsOf = None) -> Response:
        return Response(
            exports.facts_csv(state.data, _as_of(as_of)),
            media_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": 'attachment; filename="facts.csv"'},
        )

    # -- writes ---------------------------------------------------------------------------

    def require_token(
        credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
    ) -> None:
        if state.write_token is None:
            raise HTTPException(403, "this server is read-only (start it with a write token to allow ingest)")
        given = credentials.credentials if credentials else ""
        if not hmac.compare_digest(given.encode(), state.write_token.encode()):
            raise HTTPException(403, "a valid `Authorization: Bearer <token>` header is required to write")

    @app.post(
        "/ingest",
        tags=["writes"],
        summary="Upload files to read, understand and store (needs the write token)",
        dependencies=[Depends(require_token)],
    )
    def ingest_upload(
        files: Annotated[list[UploadFile], File(description="Plain text, HTML or JSON Lines files.")],
    ) -> dict[str, Any]:

        folder = Path(tempfile.mkdtemp(prefix="allegedly-upload-"))
        try:
            for n, upload in enumerate(files):
                name = _SAFE_NAME.sub("_", Path(upload.filename or f"upload-{n}.txt").name).lstrip(".")
                target = folder / (name or f"upload-{n}.txt")
                size = 0
                with open(target, "wb") as out:
                    while chunk := upload.file.read(1 << 16):
                        size += len(chunk)
                        if size > DEFAULT_MAX_BYTES:
                            raise HTTPException(413, f"{name}: over {DEFAULT_MAX_BYTES} bytes")
                        out.write(chunk)
            return ingest_folder(folder)
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    def ingest_folder(folder: Path, rejected: list[str] | None = None) -> dict[str, Any]:
        from allegedly.ingest import ingest

        with state.write_lock:
            report = ingest([str(folder)], store, state.pipeline())

        def local(line: str) -> str:
            return line.replace(str(folder) + "/", "")

        return {
            "stored": [local(p) for p in report.stored],
            "unchanged": [local(p) for p in report.unchanged],
            "rejected": (rejected or []) + [local(p) for p in report.rejected],
            "warnings": [local(p) for p in report.warnings],
            "claims": report.claims,
        }

    @app.post(
        "/ingest/urls",
        tags=["writes"],
        summary="Fetch pages by URL, then read, understand and store them (needs the write token)",
        dependencies=[Depends(require_token)],
    )
    def ingest_urls(request_body: UrlList) -> dict[str, Any]:
        folder = Path(tempfile.mkdtemp(prefix="allegedly-urls-"))
        rejected: list[str] = []
        try:
            with httpx.Client(
                transport=http_transport, timeout=_FETCH_TIMEOUT, follow_redirects=True
            ) as client:
                for n, url in enumerate(request_body.urls):
                    problem = _fetch(client, url, folder, n)
                    if problem:
                        rejected.append(f"{url}: {problem}")
            return ingest_folder(folder, rejected)
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    return app
