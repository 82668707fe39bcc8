"""The scribe server's routes: the phone page, its two files, and a small JSON API.

Every request that reads or writes needs the session cookie got by joining with a token; every
write also needs JSON, the ``X-Scribe`` header (a cross-site form cannot send it, and a
cross-site script cannot without a CORS preflight this server never approves), a same-origin
``Origin`` when the browser sends one, and a body of at most 16 KB. The routes are a fixed list
of names: no path ever reaches the file system, so there is nothing to list or traverse.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from typing import Any

import anyio
from starlette.applications import Starlette
from starlette.background import BackgroundTask
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from facilitator.assets import resource
from facilitator.domain.access_tokens import normalise
from facilitator.scribes.guard import Guard, retry_after
from facilitator.scribes.limits import Limits, RateLimiter
from facilitator.scribes.news import HOLD_S, ChangeSource, News, Version
from facilitator.scribes.presence import PresenceBook
from facilitator.scribes.sessions import COOKIE_NAME, SessionCookie, is_signed, make_cookie, parse_cookie
from facilitator.services.changes import Changes
from facilitator.services.scribes import Access, AccessRefused, NotAllowed, ScribeFrame, ScribePage, ScribeService

MAX_BODY = 16 * 1024
WRITE_HEADER = "x-scribe"
COOKIE_AGE_S = 3 * 24 * 3600
_CLIENT_ID = re.compile(r"^[A-Za-z0-9_-]{8,40}$")  # stored as "table-CLUSTER-ID", at most 64
_ASSETS = {  # the only files the server sends
    "/scribe.js": ("scribe.js", "text/javascript; charset=utf-8"),
    "/scribe.css": ("scribe.css", "text/css; charset=utf-8"),
    "/icon.svg": ("icon.svg", "image/svg+xml"),
}
_STATUS_TEXT = {401: "error_401", 403: "error_403", 404: "error_404", 405: "error_404", 413: "error_413",
                429: "error_429"}


class Refusal(Exception):
    """A request refused with a status and a machine-readable code."""

    def __init__(self, status: int, code: str, wait: float = 0.0) -> None:
        super().__init__(code)
        self.status, self.code, self.wait = status, code, wait


@dataclass
class ScribeContext:
    """What the routes need: the workshop served, the service, limits, and who to tell."""

    scribes: ScribeService
    workshop_id: int
    language: str  # the workshop's: the page's words and its lang attribute
    texts: dict[str, str]
    allowed_hosts: frozenset[str]
    on_commit: Callable[[Changes], None]
    change_log: ChangeSource
    limits: Limits = Limits()
    presence: PresenceBook | None = None

    def __post_init__(self) -> None:
        self.presence = self.presence or PresenceBook()
        self.news = News(self.change_log, self.workshop_id)
        self.pages: dict[int, tuple[Version, bytes, str]] = {}  # per cluster: version, body, ETag
        self.keys: dict[int, tuple[Access, bytes]] = {}  # per access: its cookies' signing key
        self.frame: tuple[tuple[int, int], ScribeFrame] | None = None  # the run's part of every page
        self.writes_by_address = RateLimiter(self.limits.writes_per_address)
        self.writes_by_access = RateLimiter(self.limits.writes_per_access)
        self.joins_by_address = RateLimiter(self.limits.joins_per_address)
        # One write at a time from the phones: lines of one list keep their order as sent.
        self.write_lock = anyio.Lock()


def page_json(page: ScribePage, scope: str) -> dict[str, Any]:
    """What the phone's script reads: only this table's lists and the run's current item."""
    return {
        "workshop": page.workshop_title,
        "table": {"name": page.cluster_name, "colour": page.colour, "scope": scope},
        "item": asdict(page.item) if page.item is not None else None,
        "columns": [asdict(column) for column in page.columns],
    }


def _scope_of(access: Access) -> str:
    """An opaque name for "this cluster of this workshop": kept lines wait for the right table."""
    return hashlib.sha256(f"{access.workshop_id}:{access.cluster_id}".encode()).hexdigest()[:16]


def build_app(context: ScribeContext) -> Guard:
    """The ASGI app for one workshop's scribes."""
    template = resource("scribes", "index.html").read_text(encoding="utf-8")
    assets = {path: (resource("scribes", name).read_bytes(), kind) for path, (name, kind) in _ASSETS.items()}
    page_html = _render(template, context.language, context.texts)
    texts = context.texts

    def refusal_response(status: int, code: str, wait: float = 0.0) -> JSONResponse:
        key = "bad_code" if code == "bad_code" else _STATUS_TEXT.get(status, "error_other")
        headers = {"cache-control": "no-store"}
        if status == 429:
            headers["retry-after"] = retry_after(wait).decode("ascii")
        return JSONResponse({"error": code, "message": texts[key]}, status_code=status, headers=headers)

    async def run(function: Callable[..., Any], *args: Any) -> Any:
        return await anyio.to_thread.run_sync(function, *args)

    def cookie_of(request: Request) -> SessionCookie:
        cookie = parse_cookie(request.cookies.get(COOKIE_NAME))
        if cookie is None:
            raise Refusal(401, "no_session")
        return cookie

    def authenticate(cookie: SessionCookie) -> Access:
        """The cookie's access, if it is live and the cookie was signed with its key (one read)."""
        found = context.scribes.live(cookie.access_id, context.workshop_id)
        if found is not None:
            context.keys[cookie.access_id] = found
        return signed(cookie, found)

    def signed(cookie: SessionCookie, found: tuple[Access, bytes] | None) -> Access:
        if found is None or not is_signed(cookie, found[1]):
            raise Refusal(401, "no_session")
        assert context.presence is not None
        context.presence.seen(found[0].cluster_id, cookie.nonce)
        return found[0]

    def authenticate_write(cookie: SessionCookie) -> Access:
        """The cookie's access by its signature alone; the write itself checks that it is live.

        An access's key never changes, so a known one is not read again: every write of the
        scribe service checks the access inside its own transaction (revoked: refused at once).
        """
        known = context.keys.get(cookie.access_id)
        return signed(cookie, known) if known is not None else authenticate(cookie)

    async def json_body(request: Request) -> dict[str, Any]:
        """The write's JSON object, after the checks every write passes."""
        if request.headers.get(WRITE_HEADER) != "1":
            raise Refusal(403, "header")
        origin = request.headers.get("origin")
        if origin is not None and origin != f"http://{request.headers.get('host', '')}":
            raise Refusal(403, "origin")
        if request.headers.get("sec-fetch-site", "same-origin") not in ("same-origin", "none"):
            raise Refusal(403, "cross_site")
        if request.headers.get("content-type", "").split(";")[0].strip().lower() != "application/json":
            raise Refusal(415, "json_only")
        declared = request.headers.get("content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > MAX_BODY):
            raise Refusal(413, "too_large")
        body = bytearray()
        async for chunk in request.stream():
            body += chunk
            if len(body) > MAX_BODY:
                raise Refusal(413, "too_large")
        try:
            value = json.loads(body.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise Refusal(400, "bad_json") from exc
        if not isinstance(value, dict):
            raise Refusal(400, "bad_json")
        return value

    def address(request: Request) -> str:
        return request.client.host if request.client is not None else ""

    def limit(limiter: RateLimiter, key: object) -> None:
        wait = limiter.take(key)
        if wait > 0:
            raise Refusal(429, "too_many", wait)

    async def write(cookie: SessionCookie, function: Callable[..., Any], *args: Any) -> tuple[Access, Any]:
        """Check the session and run one write on the phone's behalf, in one trip to a worker thread."""

        def work() -> tuple[Access, Any]:
            access = authenticate_write(cookie)
            limit(context.writes_by_access, access.id)
            try:
                return access, function(access, *args)
            except AccessRefused as exc:
                context.keys.pop(access.id, None)
                raise Refusal(401, "no_session") from exc
            except NotAllowed as exc:
                raise Refusal(403, "not_yours") from exc

        async with context.write_lock:
            return await run(work)

    # --- routes --------------------------------------------------------------------------------

    async def index(_request: Request) -> Response:
        return Response(page_html, media_type="text/html; charset=utf-8",
                        headers={"cache-control": "no-store"})

    async def asset(request: Request) -> Response:
        data, kind = assets[request.url.path]
        return Response(data, media_type=kind, headers={"cache-control": "no-cache"})

    async def join(request: Request) -> Response:
        limit(context.joins_by_address, address(request))
        body = await json_body(request)
        token = normalise(str(body.get("code", ""))[:200])
        access = await run(context.scribes.join, context.workshop_id, token) if token else None
        found = await run(context.scribes.live, access.id, context.workshop_id) if access else None
        if found is None:
            raise Refusal(401, "bad_code")
        response = JSONResponse({"ok": True}, headers={"cache-control": "no-store"})
        response.set_cookie(COOKIE_NAME, make_cookie(found[0].id, found[1]), max_age=COOKIE_AGE_S,
                            path="/", httponly=True, samesite="strict")
        return response

    async def page(request: Request) -> Response:
        """The table's page; with ``?wait=ETAG`` held until it differs from that one (a long poll)."""
        cookie = cookie_of(request)
        access = await run(authenticate, cookie)
        wanted = request.query_params.get("wait") or request.headers.get("if-none-match")
        body, tag = await page_body(access)
        if request.query_params.get("wait") and tag == wanted:
            deadline = anyio.current_time() + HOLD_S
            while tag == wanted and anyio.current_time() < deadline and not context.news.closing:
                await context.news.wait(access.cluster_id, context.news.version(access.cluster_id),
                                        deadline - anyio.current_time())
                access = await run(authenticate, cookie)  # revoked meanwhile: refused now
                body, tag = await page_body(access)
        headers = {"etag": tag, "cache-control": "no-cache"}
        if tag == wanted:
            return Response(status_code=304, headers=headers)
        return Response(body, media_type="application/json; charset=utf-8", headers=headers)

    async def page_body(access: Access) -> tuple[bytes, str]:
        """The cluster's page as JSON, read again only when its version moved."""
        version = context.news.version(access.cluster_id)
        cached = context.pages.get(access.cluster_id)
        if cached is not None and cached[0] == version:
            return cached[1], cached[2]
        try:
            shown = await run(read_page, access, (version[0], version[2]))
        except AccessRefused as exc:  # the cluster was removed meanwhile
            raise Refusal(401, "no_session") from exc
        body = json.dumps(page_json(shown, _scope_of(access)), ensure_ascii=False).encode("utf-8")
        tag = '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
        context.pages[access.cluster_id] = (version, body, tag)
        return body, tag

    def read_page(access: Access, shared: tuple[int, int]) -> ScribePage:
        """The page, with the run's part built once per change for everyone or time slice."""
        known = context.frame
        if known is None or known[0] != shared:
            known = context.frame = (shared, context.scribes.frame(context.workshop_id))
        return context.scribes.page(access, known[1])

    async def add_line(request: Request) -> Response:
        cookie = cookie_of(request)
        body = await json_body(request)
        item_id, column, text = body.get("item_id"), body.get("column", 0), body.get("text")
        sub, client_id = body.get("sub", False), body.get("client_id")
        if (type(item_id) is not int or type(column) is not int or not isinstance(text, str)
                or type(sub) is not bool or not isinstance(client_id, str) or not _CLIENT_ID.match(client_id)):
            raise Refusal(400, "bad_fields")
        limit(context.writes_by_address, address(request))
        access, (view, changes) = await write(cookie, context.scribes.add, item_id, column, text, sub, client_id)
        if view is None:
            return JSONResponse({"line": None})
        assert context.presence is not None
        context.presence.line_stored(access.cluster_id, datetime.now(timezone.utc))
        return JSONResponse({"line": {"id": view.id, "client_id": client_id}}, status_code=201,
                            background=_tell(context, changes))

    async def change_line(request: Request) -> Response:
        cookie = cookie_of(request)
        line_id = request.path_params["line_id"]
        body = await json_body(request)  # a delete passes the same checks as any write
        limit(context.writes_by_address, address(request))
        if request.method == "DELETE":
            _access, changes = await write(cookie, context.scribes.delete, line_id)
        else:
            text, sub = body.get("text"), body.get("sub")
            if (text is not None and not isinstance(text, str)) or (sub is not None and type(sub) is not bool):
                raise Refusal(400, "bad_fields")
            _access, changes = await write(cookie, _edit, line_id, text, sub)
        return JSONResponse({"ok": True}, background=_tell(context, changes))

    def _edit(access: Access, line_id: int, text: str | None, sub: bool | None) -> Changes:
        changes = Changes()
        if text is not None:
            changes = changes | context.scribes.edit(access, line_id, text)
        if sub is not None:
            changes = changes | context.scribes.set_sub_point(access, line_id, sub)
        return changes

    async def refused(_request: Request, exc: Exception) -> Response:
        assert isinstance(exc, Refusal)
        return refusal_response(exc.status, exc.code, exc.wait)

    async def http_error(_request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        code = {404: "not_found", 405: "method"}.get(exc.status_code, "refused")
        return refusal_response(exc.status_code, code)

    async def failed(_request: Request, _exc: Exception) -> Response:
        return refusal_response(500, "internal")

    app = Starlette(
        routes=[
            Route("/", index, methods=["GET"]),
            *[Route(path, asset, methods=["GET"]) for path in _ASSETS],
            Route("/api/join", join, methods=["POST"]),
            Route("/api/page", page, methods=["GET"]),
            Route("/api/lines", add_line, methods=["POST"]),
            Route("/api/lines/{line_id:int}", change_line, methods=["PUT", "DELETE"]),
        ],
        exception_handlers={Refusal: refused, HTTPException: http_error, Exception: failed},
    )
    messages = {str(status): texts[key] for status, key in _STATUS_TEXT.items()} | {"500": texts["error_other"]}
    return Guard(app, context.allowed_hosts, RateLimiter(context.limits.requests_per_address), messages)


def _tell(context: ScribeContext, changes: Changes) -> BackgroundTask | None:
    """A phone's write was stored: its table's phones hear now, the window once the answer is out.

    The phone's answer goes first: telling the window wakes the GUI thread, whose re-reading and
    painting would otherwise hold the interpreter while the answer waits.
    """
    if not changes.any():
        return None
    context.news.note(changes)

    async def tell_window() -> None:  # async: run on the loop, not on a worker thread
        context.on_commit(changes)

    return BackgroundTask(tell_window)


def _render(template: str, language: str, texts: dict[str, str]) -> str:
    """The page in the workshop's language; the script reads its words from the html element."""
    filled = re.sub(r"\{\{t\.(\w+)\}\}", lambda match: html.escape(texts[match.group(1)]), template)
    return (
        filled.replace("{{lang}}", html.escape(language))
        .replace("{{title}}", html.escape(texts["page_title"]))
        .replace("{{texts}}", html.escape(json.dumps(texts, ensure_ascii=False), quote=True))
        .replace("{{max_body}}", str(MAX_BODY))
    )
