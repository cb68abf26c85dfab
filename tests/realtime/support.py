"""Helpers for the realtime tests: an event loop in a thread of its own, test apps on disk.

The suite's browser tests hold an event loop in the main thread (Playwright's synchronous API),
so servers and websocket clients here run on a loop in a background thread instead.
"""
from __future__ import annotations

import asyncio
import importlib
import json
import sys
import textwrap
import threading
from collections.abc import Coroutine
from pathlib import Path
from typing import Any, TypeVar

import tornado.httpclient
import tornado.httpserver
import tornado.netutil
import tornado.web
import tornado.websocket

T = TypeVar("T")


class LoopThread:
    """An asyncio loop running in a daemon thread; :meth:`run` waits for a coroutine's result."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()

    def run(self, coroutine: Coroutine[Any, Any, T], timeout: float = 30) -> T:
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop).result(timeout)

    def stop(self) -> None:
        async def cancel_rest() -> None:
            tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
        self.run(cancel_rest())
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(10)


def write_package(root: Path, name: str, files: dict[str, str]) -> None:
    for relative, text in files.items():
        path = root / name / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text))


def forget_package(root: Path, name: str) -> None:
    if str(root) in sys.path:
        sys.path.remove(str(root))
    for module in [m for m in sys.modules if m == name or m.startswith(name + ".")]:
        del sys.modules[module]


def import_path(root: Path) -> None:
    sys.path.insert(0, str(root))
    importlib.invalidate_caches()


class Served:
    """A Tornado application listening on 127.0.0.1 from a :class:`LoopThread`."""

    def __init__(self, loop: LoopThread, app: tornado.web.Application) -> None:
        self.loop = loop

        async def start() -> tuple[tornado.httpserver.HTTPServer, int]:
            sockets = tornado.netutil.bind_sockets(0, "127.0.0.1")
            server = tornado.httpserver.HTTPServer(app)
            server.add_sockets(sockets)
            return server, sockets[0].getsockname()[1]

        self.server, self.port = loop.run(start())
        self.url = f"http://127.0.0.1:{self.port}"
        self.ws_url = f"ws://127.0.0.1:{self.port}/_pytk/ws"

    def close(self) -> None:
        async def stop() -> None:
            self.server.stop()
            await self.server.close_all_connections()
        self.loop.run(stop())


class Socket:
    """A websocket client speaking pytk's JSON frames (use from the loop thread)."""

    def __init__(self, connection: tornado.websocket.WebSocketClientConnection) -> None:
        self.connection = connection
        self.hello: dict[str, Any] | None = None

    @classmethod
    async def open(cls, url: str, **headers: str) -> "Socket":
        request = tornado.httpclient.HTTPRequest(url, headers={"Origin": url.replace("ws://", "http://").split("/_pytk")[0], **headers})
        socket = cls(await tornado.websocket.websocket_connect(request))
        socket.hello = await socket.receive()
        return socket

    async def send(self, frame: Any) -> None:
        await self.connection.write_message(frame if isinstance(frame, (str, bytes)) else json.dumps(frame),
                                            binary=isinstance(frame, bytes))

    async def receive(self, timeout: float = 5) -> dict[str, Any]:
        text = await asyncio.wait_for(self.connection.read_message(), timeout)
        assert text is not None, f"connection closed ({self.connection.close_code})"
        return json.loads(text)

    async def call(self, call_id: int, service: str, method: str, *args: Any, **extra: Any) -> dict[str, Any]:
        await self.send({"type": "call", "id": call_id, "service": service, "method": method, "args": list(args), **extra})
        return await self.receive()

    def close(self) -> None:
        self.connection.close()

