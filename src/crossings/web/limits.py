"""ASGI guards that run before any route parses a request.

BodyLimit: a request body larger than the limit is answered 413 before it is read (declared
Content-Length) or as soon as the bytes read pass the limit (chunked), so an unauthenticated post
cannot make the server buffer or parse it. Every form and JSON body the app takes is small.

Slashes: "/events/" is redirected to "/events" with a relative Location, built from the path
alone: Starlette's own redirect builds an absolute URL from the Host header, which an attacker sets.
"""
from __future__ import annotations

from urllib.parse import quote

from starlette.types import ASGIApp, Message, Receive, Scope, Send

MAX_BODY = 64 * 1024


class TooLarge(Exception):
    pass


async def _answer(send: Send, status: int, body: bytes, headers: list[tuple[bytes, bytes]] = ()) -> None:
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"text/plain; charset=utf-8"), (b"connection", b"close"),
                            (b"content-length", str(len(body)).encode()), *headers]})
    await send({"type": "http.response.body", "body": body})


class BodyLimit:
    def __init__(self, app: ASGIApp, max_bytes: int = MAX_BODY):
        self.app, self.max_bytes = app, max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_bytes):
            return await _answer(send, 413, self._message())
        seen, answered = 0, False

        async def limited_receive() -> Message:
            nonlocal seen, answered
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.max_bytes:
                if not answered:
                    answered = True
                    await _answer(send, 413, self._message())
                raise TooLarge
            return message

        async def quiet_send(message: Message) -> None:
            if not answered:  # once 413 went out, whatever the route makes of the cut body is dropped
                await send(message)

        try:
            await self.app(scope, limited_receive, quiet_send)
        except TooLarge:
            pass

    def _message(self) -> bytes:
        return f"request body larger than {self.max_bytes} bytes\n".encode()


class Slashes:
    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "")
        if scope["type"] == "http" and len(path) > 1 and path.endswith("/"):
            target = "/" + path.strip("/")  # never "//host": that would leave the site
            query = scope.get("query_string", b"")
            location = quote(target, safe="/:@!$'()*+,;~-._").encode() + (b"?" + query if query else b"")
            return await _answer(send, 308, b"", [(b"location", location)])
        await self.app(scope, receive, send)
