"""What keeps the local web app safe by default.

- Every state-changing request (POST) carries the app's CSRF token, as the
  ``X-CSRF-Token`` header (htmx sends it from ``hx-headers``) or the ``csrf``
  form field; a cross-site ``Origin`` is refused as well.
- Request bodies are capped (:class:`BodyLimit`): a declared Content-Length over
  the limit is refused before reading, and a streamed body is cut off when it
  passes the limit.
- Every response forbids scripts from anywhere but the app itself and any
  network fetch from pages (CSP), sniffing and framing by other sites.
"""

from __future__ import annotations

import hmac
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any
from urllib.parse import urlsplit

from starlette.datastructures import FormData
from starlette.exceptions import HTTPException
from starlette.requests import Request

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "font-src 'self' data:; connect-src 'self'; frame-src 'self'; form-action 'self'; "
    "frame-ancestors 'self'; base-uri 'none'"
)
HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),  # no-referrer makes Chromium send "Origin: null" on form posts
    (b"x-frame-options", b"SAMEORIGIN"),
    (b"cache-control", b"no-store"),
]


class TooLarge(HTTPException):
    def __init__(self) -> None:
        super().__init__(413, "too_large")


class BodyLimit:
    """ASGI middleware: refuse request bodies larger than ``limit`` bytes; add security headers."""

    def __init__(self, app: ASGIApp, limit: int, larger: dict[str, int] | None = None) -> None:
        self.app, self.limit, self.larger = app, limit, larger or {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.larger.get(scope.get("path", ""), self.limit)  # a vendor's PDF may be megabytes
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > limit):
            await _plain(send, 413, f"request body too large (limit {limit // 1024} KB)".encode())
            return
        seen = 0

        async def limited() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    raise TooLarge()
            return message

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = list(message.get("headers", [])) + HEADERS
            await send(message)

        await self.app(scope, limited, with_headers)


async def _plain(send: Send, status: int, body: bytes) -> None:
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [(b"content-type", b"text/plain; charset=utf-8"), *HEADERS],
        }
    )
    await send({"type": "http.response.body", "body": body})


def same_origin(request: Request) -> bool:
    origin = request.headers.get("origin")
    if origin is None:  # same-origin GETs and non-browser clients send none; the token still applies
        return True
    return urlsplit(origin).netloc == request.headers.get("host", "")


async def checked_form(request: Request, token: str, max_size: int) -> FormData:
    """The request's form, after its CSRF token and origin have been checked (403 otherwise)."""
    if not same_origin(request):
        raise HTTPException(403, "csrf")
    form = await request.form(max_part_size=max_size)
    sent = request.headers.get("x-csrf-token") or form.get("csrf")
    if not isinstance(sent, str) or not hmac.compare_digest(sent.encode(), token.encode()):
        raise HTTPException(403, "csrf")
    return form
