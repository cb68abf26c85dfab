"""Hand the app's own requests (``/_pytk/...``: RPC, websockets) on to the app's server process.

The dev server answers pages, compiled modules and static files itself and passes every other
``/_pytk/`` request to the process that runs the app's server code
(:class:`pytk.devserver.appserver.AppServer`): HTTP requests are forwarded and their answers
relayed; a websocket is joined to one the proxy opens to the process.

When the process goes away mid-call (it is being replaced after a save, or it crashed), an HTTP
request that got no answer is sent once more, to the process that takes over, so a page's
in-flight RPC call survives a restart. A proxied websocket is closed with code 1012 ("service
restart") when the process behind it stops, and the page reconnects.
"""
from __future__ import annotations

import asyncio
import json
from typing import Any

import tornado.httpclient
import tornado.iostream
import tornado.routing
import tornado.web
import tornado.websocket
from tornado.httputil import HTTPHeaders, HTTPServerRequest
from tornado.simple_httpclient import HTTPStreamClosedError

from pytk.devserver.appserver import AppServer

APP_PATHS = r"/_pytk/.*"
"""What the app's server answers (after the dev server's own ``/_pytk/dev`` routes)."""
HOP_BY_HOP = {"connection", "keep-alive", "proxy-authenticate", "proxy-authorization", "proxy-connection",
              "te", "trailer", "transfer-encoding", "upgrade", "content-length"}
WEBSOCKET_HANDSHAKE = {"sec-websocket-key", "sec-websocket-version", "sec-websocket-extensions",
                       "sec-websocket-protocol"}
NOT_RELAYED = HOP_BY_HOP | {"date", "server"}
SERVICE_RESTART = 1012  # websocket close code: the server is restarting; reconnect
REQUEST_TIMEOUT = 600.0  # a call may take long (long polling); the dev server does not cut it short


def _broken(error: BaseException) -> bool:
    """Whether a failed forward got no answer because the connection broke (so sending the
    request again is the fix), not because of a timeout or a bad request."""
    return isinstance(error, (OSError, HTTPStreamClosedError, tornado.iostream.StreamClosedError))


def _forwarded_headers(headers: HTTPHeaders, leave_out: set[str]) -> HTTPHeaders:
    forwarded = HTTPHeaders()
    for name, value in headers.get_all():
        if name.lower() not in leave_out:
            forwarded.add(name, value)
    return forwarded


class HttpProxy(tornado.web.RequestHandler):
    """Forwards one HTTP request to the app's server process, retrying once if the process went away."""

    SUPPORTED_METHODS = ("GET", "HEAD", "POST", "DELETE", "PATCH", "PUT", "OPTIONS")

    def initialize(self, app_server: AppServer, client: tornado.httpclient.AsyncHTTPClient) -> None:
        self.app_server, self.client = app_server, client

    def check_xsrf_cookie(self) -> None:
        """The app's server checks what it needs to."""

    async def _forward(self) -> None:
        port = self.app_server.port or await self.app_server.serving_port()
        for attempt in (1, 2):
            if port is None:
                self._unavailable(503, "the app's server is not running: its code failed to load or it "
                                       "stopped (see the terminal of pytk dev)")
                return
            try:
                response = await self.client.fetch(self._request(port), raise_error=False)
            except Exception as error:
                if not _broken(error):
                    raise
                if attempt == 2:
                    break
                port = await self.app_server.serving_port(failed=port)
                continue
            self._relay(response)
            return
        self._unavailable(502, "the app's server stopped while answering this request, twice "
                               "(see the terminal of pytk dev)")

    def _request(self, port: int) -> tornado.httpclient.HTTPRequest:
        method = self.request.method or "GET"
        return tornado.httpclient.HTTPRequest(
            f"http://127.0.0.1:{port}{self.request.uri}", method=method,
            headers=_forwarded_headers(self.request.headers, HOP_BY_HOP),
            body=self.request.body if method in ("POST", "PUT", "PATCH") else None,
            allow_nonstandard_methods=True, follow_redirects=False, decompress_response=False,
            connect_timeout=5, request_timeout=REQUEST_TIMEOUT)

    def _relay(self, response: tornado.httpclient.HTTPResponse) -> None:
        self.set_status(response.code, response.reason)
        cleared: set[str] = set()
        for name, value in response.headers.get_all():
            if name.lower() in NOT_RELAYED:
                continue
            if name not in cleared:
                self.clear_header(name)
                cleared.add(name)
            self.add_header(name, value)
        if response.body and response.code not in (204, 304) and self.request.method != "HEAD":
            self.write(response.body)
        self.finish()

    def _unavailable(self, status: int, message: str) -> None:
        self.set_status(status)
        self.set_header("Content-Type", "application/json; charset=utf-8")
        self.set_header("Cache-Control", "no-store")
        self.finish(json.dumps({"error": {"code": "server_unavailable", "message": message, "path": None}}))

    get = head = post = delete = patch = put = options = _forward  # type: ignore[assignment]


class WebSocketProxy(tornado.websocket.WebSocketHandler):
    """Joins a page's websocket to one opened to the app's server process.

    The connection to the process is made before the page's handshake is answered, so a
    refusal (such as 403 for another origin) reaches the page as the app's server gave it.
    """

    def initialize(self, app_server: AppServer) -> None:
        self.app_server = app_server
        self.upstream: tornado.websocket.WebSocketClientConnection | None = None
        self.pump: asyncio.Future | None = None

    async def get(self, *args: Any, **kwargs: Any) -> None:
        port = self.app_server.port or await self.app_server.serving_port()
        for _ in (1, 2):
            if port is None:
                break
            try:
                self.upstream = await tornado.websocket.websocket_connect(
                    tornado.httpclient.HTTPRequest(
                        f"ws://127.0.0.1:{port}{self.request.uri}", connect_timeout=5,
                        headers=_forwarded_headers(self.request.headers, HOP_BY_HOP | WEBSOCKET_HANDSHAKE)),
                    subprotocols=self._offered_subprotocols() or None)
                break
            except tornado.httpclient.HTTPClientError as error:
                if error.code != 599:  # the app's server refused it: so does the proxy
                    self.set_status(error.code)
                    self.finish(error.response.body if error.response is not None and error.response.body else b"")
                    return
                port = await self.app_server.serving_port(failed=port)
            except Exception as error:
                if not _broken(error):
                    raise
                port = await self.app_server.serving_port(failed=port)
        if self.upstream is None:
            self.set_status(503)
            self.finish("the app's server is not running")
            return
        await super().get(*args, **kwargs)

    def _offered_subprotocols(self) -> list[str]:
        header = self.request.headers.get("Sec-WebSocket-Protocol", "")
        return [part.strip() for part in header.split(",") if part.strip()]

    def select_subprotocol(self, subprotocols: list[str]) -> str | None:
        return self.upstream.selected_subprotocol if self.upstream is not None else None

    def open(self, *args: Any, **kwargs: Any) -> None:
        assert self.upstream is not None
        self.pump = asyncio.ensure_future(self._pump(self.upstream))

    async def _pump(self, upstream: tornado.websocket.WebSocketClientConnection) -> None:
        while True:
            message = await upstream.read_message()
            if message is None:
                break
            try:
                await self.write_message(message, binary=isinstance(message, bytes))
            except tornado.websocket.WebSocketClosedError:
                upstream.close()
                return
        if upstream.close_code is None or upstream.close_code in (1001, 1005, 1006):
            self.close(SERVICE_RESTART, "the app's server restarted")
        else:
            self.close(upstream.close_code, upstream.close_reason)

    def on_message(self, message: str | bytes) -> None:
        if self.upstream is None:
            return
        try:
            self.upstream.write_message(message, binary=isinstance(message, bytes))
        except tornado.websocket.WebSocketClosedError:
            self.close(SERVICE_RESTART, "the app's server restarted")

    def on_close(self) -> None:
        if self.upstream is not None:
            self.upstream.close()

    def on_connection_close(self) -> None:
        super().on_connection_close()
        if self.upstream is not None and self.ws_connection is None:
            self.upstream.close()  # the page left before its handshake was answered


class _WebSocketUpgrade(tornado.routing.PathMatches):
    """Matches the path only for requests that ask for a websocket."""

    def match(self, request: HTTPServerRequest) -> dict[str, Any] | None:  # type: ignore[override]
        if request.headers.get("Upgrade", "").lower() != "websocket":
            return None
        return super().match(request)


def proxy_routes(app_server: AppServer) -> list[Any]:
    """The routes that hand requests on to ``app_server``; put them after the dev server's own."""
    client = tornado.httpclient.AsyncHTTPClient(force_instance=True, max_clients=100)
    return [tornado.routing.Rule(_WebSocketUpgrade(APP_PATHS), WebSocketProxy, {"app_server": app_server}),
            (APP_PATHS, HttpProxy, {"app_server": app_server, "client": client})]
