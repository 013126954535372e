"""The local web page of `zhgloss serve`: a thin Starlette layer over the library.

It serves one page (src/zhgloss/web/: HTML, a small hand-written script and a style
sheet, nothing fetched from elsewhere) and a small read-only JSON API under /api/
that the page uses and scripts may call:

    GET  /api/info                        the glossary served: path, entries, version
    GET  /api/search?q=&limit=&type=&min_score=   ranked hits, as `zhgloss search --json`
    GET  /api/lookup?q=                   exact matches with their cards, as `zhgloss lookup`
    GET  /api/entry/{id}                  one entry and its card, as `zhgloss show`
    POST /api/annotate  {"text", "gloss", "format", "first_only", "unknown", "traditional"}   as `zhgloss annotate`
    POST /api/check     {"source", "translation", "fail_on"}        as `zhgloss check` (fail_on: "missing,misspelt"
                                                                    or ["missing", "misspelt"])

Errors are JSON, {"error": message, "type": class name}, with the message `zhgloss`
prints after "Error: ". The glossary is opened read-only; each request checks the
file's identity (one stat) and reloads the engines when another process changed it.
Request bodies are limited to MAX_BODY bytes. This module needs the `serve` extra
(Starlette and uvicorn); nothing in the core library imports it.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar, cast

import orjson
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from zhgloss import __version__
from zhgloss.card import card_for
from zhgloss.errors import (
    DuplicateEntryError,
    FormatError,
    GlossaryBusyError,
    GlossaryFileError,
    InvalidEntryError,
    NotFoundError,
    UsageError,
    ZhglossError,
    json_kind,
)
from zhgloss.store import Glossary

if TYPE_CHECKING:
    from zhgloss.annotate import Annotator, Format, Gloss
    from zhgloss.check import Checker
    from zhgloss.fuzzy import Searcher
    from zhgloss.unknown import NameFinder

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8417
"""The port `zhgloss serve` listens on unless told otherwise (documented in the README)."""
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")
MAX_BODY = 1 << 20
"""Largest request body accepted, in bytes (1 MiB: a long article); larger ones get 413."""
MAX_QUERY = 200
"""Longest search or lookup query accepted, in characters."""
MAX_LIMIT = 100
SEARCH_CACHE_SIZE = 2048
"""How many search answers the server keeps (see `LiveGlossary.search`)."""

STATUS: dict[type[ZhglossError], int] = {
    NotFoundError: 404,
    InvalidEntryError: 400,
    UsageError: 400,
    DuplicateEntryError: 400,
    FormatError: 422,
    GlossaryFileError: 503,
    GlossaryBusyError: 503,
}
"""HTTP status of each library error, in the spirit of the CLI's exit codes (1 → 404, 2 → 400, 3 → 422/503)."""

# Content Security Policy of every response: the page's own script and style only, no inline
# script, no framing. Text is escaped before it reaches the page; this is the second line.
SECURITY_HEADERS = [
    (
        b"content-security-policy",
        b"default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        b"connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    ),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"cache-control", b"no-store"),
]

WEB_FILES = {
    "/": ("index.html", "text/html; charset=utf-8"),
    "/app.js": ("app.js", "text/javascript; charset=utf-8"),
    "/app.css": ("app.css", "text/css; charset=utf-8"),
}
"""The page's files in src/zhgloss/web/, by the path they are served at."""

T = TypeVar("T")


class LiveGlossary:
    """A glossary file opened read-only, with its search, annotate and check engines.

    Each engine is built (or loaded from the cache) on first use and again whenever the
    file's identity (device, inode, size, modification time) changes, so a name another
    process adds is seen on the next request. Safe to use from several threads.
    """

    def __init__(self, path: Path | None = None) -> None:
        opened = Glossary.open(path, read_only=True)
        assert opened.path is not None
        self.path: Path = opened.path
        self.is_bundled = opened.is_bundled
        self._lock = threading.Lock()
        self._engines: dict[str, tuple[str, Any]] = {}
        self._local = threading.local()
        self._local.glossary = opened
        self._results: OrderedDict[tuple[Any, ...], list[dict[str, Any]]] = OrderedDict()
        self._results_lock = threading.Lock()

    @property
    def glossary(self) -> Glossary:
        """The glossary, opened once per thread: its lookup index is a SQLite connection, which stays in its thread."""
        gloss: Glossary | None = getattr(self._local, "glossary", None)
        if gloss is None:
            gloss = self._local.glossary = Glossary(self.path, read_only=True)
        return gloss

    def identity(self) -> str:
        """Return the file's current identity; raise GlossaryFileError if it is gone or unreadable."""
        from zhgloss.cache import identity

        try:
            return identity(self.path)
        except FileNotFoundError:
            raise GlossaryFileError(self.path, "no such glossary file") from None
        except OSError as exc:
            raise GlossaryFileError(self.path, f"cannot be read: {exc.strerror}") from None

    def _engine(self, kind: str, build: Callable[[Glossary], T]) -> T:
        return self._versioned_engine(kind, build)[1]

    def _versioned_engine(self, kind: str, build: Callable[[Glossary], T]) -> tuple[str, T]:
        current = self.identity()
        cached = self._engines.get(kind)
        if cached is None or cached[0] != current:
            with self._lock:
                # Another thread may have rebuilt it while this one waited.
                current = self.identity()
                cached = self._engines.get(kind)
                if cached is None or cached[0] != current:
                    cached = (current, build(self.glossary))
                    self._engines[kind] = cached
        engine: T = cached[1]
        return cached[0], engine

    def searcher(self) -> Searcher:
        """Return the search index of the file as it is now."""
        from zhgloss.fuzzy import searcher_for

        return self._engine("search", searcher_for)

    def search(self, query: str, *, limit: int, types: list[str] | None, min_score: int) -> list[dict[str, Any]]:
        """Return the JSON form of `Searcher.search(query, ...)` on the file as it is now.

        The last SEARCH_CACHE_SIZE answers are kept, keyed by the file's identity: searching as
        you type sends the same prefixes again and again (every user types "l", "le", "lei"; a
        backspace asks again), and the longest searches of a big glossary take tens of milliseconds.
        """
        from zhgloss.fuzzy import searcher_for, titled_search

        version, searcher = self._versioned_engine("search", searcher_for)
        key = (version, query, limit, tuple(types or ()), min_score)
        cached = self._kept(key)
        if cached is not None:
            return cached
        hits = titled_search(searcher, query, limit=limit, types=types, min_score=min_score)
        result = [hit.to_dict() for hit in hits]
        with self._results_lock:
            self._results[key] = result
            if len(self._results) > SEARCH_CACHE_SIZE:
                self._results.popitem(last=False)
        return result

    def kept_search(
        self, query: str, *, limit: int, types: list[str] | None, min_score: int
    ) -> list[dict[str, Any]] | None:
        """Return the kept answer of `search` for the file as it is now, or None (one stat, no search)."""
        cached = self._engines.get("search")
        if cached is None or cached[0] != self.identity():
            return None
        return self._kept((cached[0], query, limit, tuple(types or ()), min_score))

    def _kept(self, key: tuple[Any, ...]) -> list[dict[str, Any]] | None:
        with self._results_lock:
            cached = self._results.get(key)
            if cached is not None:
                self._results.move_to_end(key)
            return cached

    def name_finder(self) -> NameFinder:
        """Return the finder of names the glossary lacks (glossary-independent: built once)."""
        with self._lock:
            finder: NameFinder | None = self._engines.get("unknown", (None, None))[1]
            if finder is None:
                from zhgloss.unknown import NameFinder

                finder = NameFinder()
                self._engines["unknown"] = ("", finder)
        return finder

    def annotator(self) -> Annotator:
        """Return the annotator of the file as it is now."""
        from zhgloss.annotate import annotator_for

        return self._engine("annotate", annotator_for)

    def checker(self) -> Checker:
        """Return the translation checker of the file as it is now."""
        from zhgloss.check import checker_for

        return self._engine("check", checker_for)

    def warm(self) -> None:
        """Load every engine now, so that the first request does not wait for it."""
        self.searcher()
        self.annotator()
        self.checker()
        self.glossary.find_by_id("")


# Requests


def _json(data: Any, status: int = 200) -> Response:
    return Response(orjson.dumps(data), status_code=status, media_type="application/json")


def _error(message: str, status: int, kind: str, **extra: Any) -> Response:
    return _json({"error": message, "type": kind, **extra}, status)


def _text_param(request: Request, name: str) -> str:
    value = request.query_params.get(name)
    if value is None or not value.strip():
        raise UsageError(f"{name} must not be empty")
    if len(value) > MAX_QUERY:
        raise UsageError(f"{name} is {len(value)} characters long; at most {MAX_QUERY} are allowed")
    return value.strip()


def _int_param(request: Request, name: str, default: int, low: int, high: int) -> int:
    value = request.query_params.get(name)
    if value is None:
        return default
    if not value.strip().isdecimal() or not low <= int(value) <= high:
        raise UsageError(f"{name} must be a whole number from {low} to {high}, not {value!r}")
    return int(value)


async def _body(request: Request) -> dict[str, Any]:
    raw = await request.body()
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise UsageError(f"the request body is not JSON: {exc}") from None
    if not isinstance(data, dict):
        raise UsageError("the request body must be a JSON object")
    return data


# What a request body's field of each Python type is called in JSON's words (as `json_kind` names a value).
_JSON_KINDS: dict[type, str] = {str: "text", bool: "true or false", int: "a number", list: "a list", dict: "an object"}


def _field(data: dict[str, Any], name: str, kind: type[T], default: T | None = None) -> T:
    value = data.get(name, default)
    if value is None:
        raise UsageError(f"{name!r} is required")
    if not isinstance(value, kind):
        raise UsageError(f"{name!r} must be {_JSON_KINDS.get(kind, kind.__name__)}, not {json_kind(value)}")
    return value


def _handler(work: Callable[[LiveGlossary, Request], Awaitable[Any]]) -> Callable[[Request], Awaitable[Response]]:
    async def endpoint(request: Request) -> Response:
        live: LiveGlossary = request.app.state.live
        try:
            result = await work(live, request)
        except ZhglossError as exc:
            status = next((s for cls, s in STATUS.items() if isinstance(exc, cls)), 400)
            return _error(str(exc), status, type(exc).__name__)
        return result if isinstance(result, Response) else _json(result)

    return endpoint


async def info(live: LiveGlossary, request: Request) -> dict[str, Any]:
    """The glossary served: its path, how many entries, whether it is the bundled one; zhgloss's version."""
    searcher = await run_in_threadpool(live.searcher)
    return {
        "version": __version__,
        "glossary": str(live.path),
        "bundled": live.is_bundled,
        "entries": len(searcher),
    }


async def search(live: LiveGlossary, request: Request) -> dict[str, Any]:
    """Ranked hits for `q`, the same engine and scores as `zhgloss search`."""
    from zhgloss.fuzzy import DEFAULT_LIMIT, DEFAULT_MIN_SCORE

    query = _text_param(request, "q")
    limit = _int_param(request, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT)
    min_score = _int_param(request, "min_score", DEFAULT_MIN_SCORE, 0, 100)
    types = request.query_params.getlist("type") or None

    # A kept answer is given at once; a search goes to a worker thread, not to hold up the others.
    hits = live.kept_search(query, limit=limit, types=types, min_score=min_score)
    if hits is None:
        hits = await run_in_threadpool(lambda: live.search(query, limit=limit, types=types, min_score=min_score))
    return {"query": query, "hits": hits}


async def lookup(live: LiveGlossary, request: Request) -> dict[str, Any] | Response:
    """Exact matches for `q` with their cards, as `zhgloss lookup`; 404 with suggestions when none."""
    query = _text_param(request, "q")

    def run() -> dict[str, Any] | Response:
        from zhgloss.forms import forbidden_message, form_to_write

        gloss = live.glossary
        live.identity()
        hits = gloss.lookup_accepted(query)
        if not hits and (banning := gloss.forbidding(query)):
            # As `zhgloss lookup`: the form is an entry's forbidden one, and this is what to write.
            entry, banned = banning[0]
            return _error(
                forbidden_message(query, entry, banned),
                404,
                "ForbiddenForm",
                entry=entry.id,
                usage=banned.status.replace("_", " "),
                write=form_to_write(entry, query),
            )
        if not hits:
            # The message `zhgloss lookup` prints, suggestions included.
            suggestions = [hit.entry.label for hit in live.searcher().search(query, limit=3, min_score=70)]
            tail = f"; did you mean {', '.join(suggestions)}?" if suggestions else ""
            return _error(f"{NotFoundError(query)}{tail}", 404, "NotFoundError", suggestions=suggestions)
        matches = [
            {
                "entry": hit.entry.to_dict(),
                "matched": hit.field,
                "form": hit.form,
                "reversed": hit.reversed,
                # As `zhgloss lookup --json`: a draft's English and pinyin are proposals nobody confirmed.
                "unverified": hit.entry.draft,
                "card": card_for(gloss, hit.entry).to_dict(),
            }
            for hit in hits
        ]
        banning = gloss.forbidding_besides(query, hits)
        if banning:
            # As `zhgloss lookup --json`: another entry bans the form a match accepts (R46-3).
            forbidden_by = [
                {"entry": entry.id, "usage": banned.status.replace("_", " "), "write": form_to_write(entry, query)}
                for entry, banned in banning
            ]
            return {"query": query, "matches": matches, "forbidden_by": forbidden_by}
        return {"query": query, "matches": matches}

    return await run_in_threadpool(run)


async def entry(live: LiveGlossary, request: Request) -> dict[str, Any]:
    """One entry by id and its card, as `zhgloss show`."""
    entry_id = request.path_params["entry_id"]

    def run() -> dict[str, Any]:
        live.identity()  # a missing file is an error here too, not a stale answer
        found = live.glossary.get_by_id(entry_id)
        return {"entry": found.to_dict(), "card": card_for(live.glossary, found).to_dict()}

    return await run_in_threadpool(run)


async def annotate(live: LiveGlossary, request: Request) -> dict[str, Any]:
    """The posted text glossed, in the html format (ruby markup, all text escaped) unless told otherwise."""
    from zhgloss.annotate import FORMATS, GLOSSES, Session

    data = await _body(request)
    text = _field(data, "text", str)
    gloss = _field(data, "gloss", str, "auto")
    fmt = _field(data, "format", str, "html")
    first_only = _field(data, "first_only", bool, False)
    unknown = _field(data, "unknown", bool, False)
    # English copy glossed with the traditional Chinese, as `annotate --traditional` (R47-12).
    traditional = _field(data, "traditional", bool, False)
    if gloss not in GLOSSES:
        raise UsageError(f"gloss must be one of {', '.join(GLOSSES)}, not {gloss!r}")
    if fmt not in FORMATS:
        raise UsageError(f"format must be one of {', '.join(FORMATS)}, not {fmt!r}")

    def run() -> dict[str, Any]:
        finder = live.name_finder() if unknown else None
        session = Session(
            live.annotator(),
            gloss=cast("Gloss", gloss),
            fmt=cast("Format", fmt),
            first_only=first_only,
            source="<request>",
            unknown=finder,
            prefer_traditional=traditional,
        )
        output = session.header() + session.render(text)
        return {
            "format": fmt,
            "output": output,
            "mentions": sum(session.counts.values()),
            "unknown": sum(session.unknown_counts.values()),
        }

    return await run_in_threadpool(run)


async def check(live: LiveGlossary, request: Request) -> dict[str, Any]:
    """Name problems of a translation, per segment (one segment a line), as `zhgloss check --json`."""
    import io

    from zhgloss.check import DEFAULT_FAIL_ON, parse_kinds
    from zhgloss.errors import FormatError
    from zhgloss.formats.bilingual import MisalignedError, WrongDirectionError, check_direction, load_parallel

    data = await _body(request)
    source = _field(data, "source", str)
    translation = _field(data, "translation", str)
    fail_on = DEFAULT_FAIL_ON
    if "fail_on" in data:
        # The kinds joined by commas, as `check --fail-on` takes them, or a list of kinds, the shape the answer's own
        # fail_on has, which a script copies back (U35-26).
        kinds = data["fail_on"]
        if isinstance(kinds, list) and all(isinstance(kind, str) for kind in kinds):
            kinds = ",".join(kinds) or "none"
        elif not isinstance(kinds, str):
            # Named as JSON names it (the review's R35-16: "not list" for [1], "not NoneType" for null).
            given = json_kind(kinds)
            if isinstance(kinds, list):
                given = "a list holding " + next(json_kind(k) for k in kinds if not isinstance(k, str))
            raise UsageError(
                'fail_on must be kinds joined by commas ("missing,misspelt") or a list of them (["missing", '
                f'"misspelt"]), not {given}'
            )
        try:
            fail_on = parse_kinds(kinds)
        except UsageError as exc:
            raise UsageError(f"fail_on: {exc}") from None

    def run() -> dict[str, Any]:
        try:
            segments = load_parallel(
                io.BytesIO(source.encode()), io.BytesIO(translation.encode()), "source", "translation"
            )
        except MisalignedError as exc:
            # The page has two boxes, not two files (the new-user tester's U34-31).
            said = (
                f"the translation has {exc.target_lines} line{'s' * (exc.target_lines != 1)} but the source has "
                f"{exc.source_lines}"
                if exc.blank_at is None
                else f"the translation has text on line {exc.blank_at}, where the source's line is blank"
            )
            raise FormatError(
                "translation",
                f"{said}: write one segment a line in each box, the translation of each source line on the same line",
            ) from None
        try:
            # English in the Source box and Chinese in the Translation box: refused as the CLI refuses the files in
            # that order, worded for the boxes; the page offers to swap them (the review's R47-22: it had checked
            # nothing and said "The translation passes.").
            segments = list(check_direction(segments, "source", "translation"))
        except WrongDirectionError as exc:
            raise WrongDirectionError(
                "source",
                f"the Source box holds English and the Translation box Chinese ({exc.sample}); zhgloss checks a "
                "Chinese source against its English translation: swap the two boxes",
                sample=exc.sample,
            ) from None
        report = live.checker().check(segments)
        shown = [{"number": s.number, "source": s.source, "target": s.target} for s in segments]
        # The CLI's summary line, the page's answer to "does it pass" (R46-16).
        return report.to_dict(fail_on) | {"segment_texts": shown, "summary": report.summary(fail_on)}

    return await run_in_threadpool(run)


# The page and the plumbing


def _web_file(name: str) -> bytes:
    return resources.files("zhgloss").joinpath("web", name).read_bytes()


def _page(name: str, media_type: str) -> Callable[[Request], Awaitable[Response]]:
    body = _web_file(name)

    async def endpoint(request: Request) -> Response:
        return Response(body, media_type=media_type)

    return endpoint


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    return _error(str(exc.detail), exc.status_code, "HTTPError")


async def _bug(request: Request, exc: Exception) -> Response:
    # A bug, not a ZhglossError: uvicorn logs its traceback; the page gets JSON it can show.
    return _error(f"internal error ({type(exc).__name__}); the server's log has the details", 500, "InternalError")


class BodyLimit:
    """ASGI middleware: refuse request bodies over `max_bytes` with 413, whether declared or streamed."""

    def __init__(self, app: ASGIApp, max_bytes: int = MAX_BODY) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        # Said for the page's user, who pasted it (the review's R46-16): how much fits, and the way for more.
        too_large = (
            f"the request body is larger than {self.max_bytes:,} bytes (about {self.max_bytes // 3:,} Chinese "
            "characters): paste less at a time, or run zhgloss annotate FILE (or check) on the whole file"
        )
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_bytes):
            await _error(too_large, 413, "HTTPError")(scope, receive, send)
            return
        received = 0

        async def limited() -> Message:
            nonlocal received
            message = await receive()
            received += len(message.get("body", b""))
            if received > self.max_bytes:
                # Raised inside the endpoint's `await request.body()`: Starlette answers it with _http_error.
                raise HTTPException(413, too_large)
            return message

        await self.app(scope, limited, send)


class SecurityHeaders:
    """ASGI middleware: add SECURITY_HEADERS to every response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *SECURITY_HEADERS]
            await send(message)

        await self.app(scope, receive, with_headers)


class HostCheck:
    """ASGI middleware: answer only requests whose Host header names one of `allowed_hosts` ("*": any).

    A server on loopback is still reachable from web pages in the user's browser through DNS
    rebinding (a name that resolves to 127.0.0.1); such requests carry that name as their Host.
    """

    def __init__(self, app: ASGIApp, allowed_hosts: list[str]) -> None:
        self.app = app
        self.allowed_hosts = {host.lower() for host in allowed_hosts}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and "*" not in self.allowed_hosts:
            header = dict(scope["headers"]).get(b"host", b"").decode("latin-1").lower()
            host = header[: header.find("]") + 1] if header.startswith("[") else header.partition(":")[0]
            if host not in self.allowed_hosts:
                await _error(f"host {header!r} is not served here", 400, "HTTPError")(scope, receive, send)
                return
        await self.app(scope, receive, send)


def create_app(live: LiveGlossary, *, allowed_hosts: list[str] | None = None) -> Starlette:
    """Return the ASGI app serving the page and the API over `live`.

    `allowed_hosts` are the Host headers accepted (default: the loopback names, which keeps
    other web sites from reaching the API through DNS rebinding); ["*"] accepts any.
    """
    hosts = allowed_hosts or ["127.0.0.1", "localhost", "[::1]"]
    routes = [
        Route("/api/info", _handler(info), methods=["GET"]),
        Route("/api/search", _handler(search), methods=["GET"]),
        Route("/api/lookup", _handler(lookup), methods=["GET"]),
        Route("/api/entry/{entry_id}", _handler(entry), methods=["GET"]),
        Route("/api/annotate", _handler(annotate), methods=["POST"]),
        Route("/api/check", _handler(check), methods=["POST"]),
        *(Route(path, _page(name, media), methods=["GET"]) for path, (name, media) in WEB_FILES.items()),
    ]
    app = Starlette(
        routes=routes,
        middleware=[
            Middleware(SecurityHeaders),
            Middleware(HostCheck, allowed_hosts=hosts),
            Middleware(BodyLimit),
        ],
        exception_handlers={HTTPException: _http_error, Exception: _bug},
    )
    app.state.live = live
    return app
