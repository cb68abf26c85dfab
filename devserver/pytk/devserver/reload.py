"""The reload channel: a websocket at ``/_pytk/dev`` that tells open pages what happened.

Messages (JSON):

* ``{"type": "state", "build": N, "diagnostics": [...]}`` - sent on connect and after every
  compile. ``build`` counts successful compiles; a page loaded from an older build reloads,
  and a page with diagnostics shows them in an overlay until they are fixed.
* ``{"type": "update", "build": N, "previous": N - 1, "modules": [...], "css": [...],
  "static": [...], "reload": bool}`` - sent after a successful compile that followed a save.
  ``modules`` names the compiled scripts whose content changed (``app.client.main.js``),
  ``css`` and ``static`` the files of ``public/`` that changed; ``reload`` asks for a full
  reload (``index.html`` changed). A page at build ``previous`` swaps what changed in place
  (see ``client.js``); any other page reloads.
* ``{"type": "server", "error": "Traceback ..." | null}`` - sent when the app's server code
  fails to load (the traceback) and when it loads again (null); the state message carries the
  same ``server_error``, and pages show it in an overlay.
* ``{"type": "error", "exception", "message", "stack"}`` - sent by a page when client code
  raises an uncaught exception; the server answers that page with
  ``{"type": "exception", "traceback": {"text", "exception", "message", "frames"}}``, the same
  exception as a Python traceback, which the page shows in an overlay.
"""
from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any, Callable

import tornado.websocket

CLIENT_SCRIPT = Path(__file__).with_name("client.js")
MAX_MESSAGE = 64 * 1024  # an error report with a long stack is still far below this

log = logging.getLogger("pytk.devserver")


class ReloadHub:
    """The dev server's state as pages see it, and the sockets of the pages that watch it."""

    def __init__(self, explain: Callable[[dict[str, str]], dict[str, Any]] | None = None) -> None:
        self.build = 0
        self.diagnostics: list[dict[str, Any]] = []
        self.server_error: str | None = None  # why the app's server code failed to load
        self.sockets: set[ReloadSocket] = set()
        self.explain = explain  # a page's error report -> its Python traceback (as JSON)

    def message(self) -> str:
        return json.dumps({"type": "state", "build": self.build, "diagnostics": self.diagnostics,
                           "server_error": self.server_error})

    def publish_server_error(self, error: str | None) -> None:
        """The app's server code failed to load (``error``: its traceback), or loads again (None)."""
        self.server_error = error
        self._send(json.dumps({"type": "server", "error": error}))

    def publish(self, build: int, diagnostics: list[dict[str, Any]]) -> None:
        self.build, self.diagnostics = build, diagnostics
        self._send(self.message())

    def publish_update(self, build: int, modules: list[str], css: list[str], static: list[str],
                       reload: bool) -> int:
        """A new build whose changes pages can swap in; return how many pages were told."""
        previous, self.build, self.diagnostics = self.build, build, []
        return self._send(json.dumps({"type": "update", "build": build, "previous": previous, "modules": modules,
                                      "css": css, "static": static, "reload": reload}))

    def _send(self, message: str) -> int:
        sent = 0
        for socket in list(self.sockets):
            try:
                socket.write_message(message)
                sent += 1
            except tornado.websocket.WebSocketClosedError:
                self.sockets.discard(socket)
        return sent


class ReloadSocket(tornado.websocket.WebSocketHandler):
    def initialize(self, hub: ReloadHub) -> None:
        self.hub = hub

    def check_origin(self, origin: str) -> bool:
        from urllib.parse import urlparse

        return urlparse(origin).netloc == self.request.host

    def open(self, *args: Any) -> None:
        self.hub.sockets.add(self)
        self.write_message(self.hub.message())

    def on_message(self, message: str | bytes) -> None:
        """A page reports an uncaught exception; answer with its Python traceback."""
        try:
            report = json.loads(message) if len(message) <= MAX_MESSAGE else None
        except ValueError:
            report = None
        if not isinstance(report, dict) or report.get("type") != "error" or self.hub.explain is None:
            return  # not a message pages send: ignore it
        fields = {key: str(report.get(key, ""))[:MAX_MESSAGE] for key in ("exception", "message", "stack")}
        try:
            traceback = self.hub.explain(fields)
        except Exception:
            log.exception("could not map a client error to Python")
            return
        self.write_message(json.dumps({"type": "exception", "traceback": traceback}))

    def on_close(self) -> None:
        self.hub.sockets.discard(self)


class ClientScriptHandler(tornado.web.RequestHandler):
    """Serves the small script that connects a page to the reload channel."""

    def get(self) -> None:
        self.set_header("Content-Type", "text/javascript; charset=utf-8")
        self.set_header("Cache-Control", "no-cache")
        self.write(CLIENT_SCRIPT.read_bytes())


def reload_routes(hub: ReloadHub) -> list[tuple[str, type, dict[str, Any]]]:
    return [(r"/_pytk/dev", ReloadSocket, {"hub": hub}), (r"/_pytk/dev\.js", ClientScriptHandler)]
