"""The page's websocket, ``/_pytk/ws``: RPC calls and channel messages multiplexed on one connection.

Every frame is a JSON object with a ``type``. From the client::

    {"type": "call", "id": 7, "service": "...", "method": "...", "args": [...], "v": "..."}
    {"type": "cancel", "id": 7}
    {"type": "sub", "channel": "chat:lobby", "since": 41}      (since: the last seq seen, or null)
    {"type": "unsub", "channel": "chat:lobby"}
    {"type": "pub", "channel": "chat:lobby", "data": ...}

From the server::

    {"type": "hello", "v": "<interface version>", "conn": "<connection id>"}
    {"type": "reply", "id": 7, "status": 200, "result": ...}           (or "exception" / "error")
    {"type": "error", "id": null, "status": 400, "error": {...}}       (a frame that is not a call)
    {"type": "msg", "channel": "...", "seq": 42, "data": ...}
    {"type": "subscribed", "channel": "...", "seq": 42, "presence": [...]}
    {"type": "resync", "channel": "...", "seq": 42}
    {"type": "presence", "channel": "...", "presence": [...]}

A call is checked and run exactly as over HTTP (:mod:`pytk.server.rpc`); the reply carries the
status the HTTP endpoint would have answered with. A bad frame gets an error frame; the
connection stays open. Frames larger than ``max_message`` bytes get a ``too_large`` error
(beyond four times that, Tornado closes the connection with code 1009); more than ``rate``
frames a second on average (bursts of ``burst``) get ``rate_limited``.
"""
from __future__ import annotations

import asyncio
import hashlib
import itertools
import os
import secrets
import time
from typing import Any

import tornado.iostream
import tornado.web
import tornado.websocket

from pytk.server.limits import TokenBucket
from pytk.server.p2p import relay_signal
from pytk.server.registry import ServiceRegistry
from pytk.server.rpc import (DEFAULT_MAX_BODY, Refusal, Reply, check_request, dumps, error_payload,
                             loads, prepare, run)
from pytk.server.version import interface_version

__all__ = ["SocketHandler", "socket_routes", "SOCKET_PATH"]

SOCKET_PATH = "/_pytk/ws"
MAX_CALLS = 64
"""Calls one connection may have running at once."""

_NO_CALLS: dict[Any, asyncio.Task] = {}
_connection_ids = itertools.count(1)
_SALT = secrets.token_bytes(8)


def process_tag() -> str:
    """A short tag of this process (it differs between the workers of one server)."""
    return hashlib.blake2b(str(os.getpid()).encode(), key=_SALT, digest_size=3).hexdigest()


class SocketHandler(tornado.websocket.WebSocketHandler):
    """One page's connection: runs its calls concurrently and relays its channels."""

    def initialize(self, registry: ServiceRegistry, max_message: int = DEFAULT_MAX_BODY,
                   rate: float = 200.0, burst: float = 400.0, hub: Any = None,
                   allowed_origins: tuple[str, ...] = (), keepalive: float = 25.0) -> None:
        self.registry = registry
        self.max_message = max_message
        self.bucket = TokenBucket(rate, burst)
        self.hub = hub
        self.allowed_origins = allowed_origins
        self.keepalive = keepalive
        self.calls: dict[Any, asyncio.Task] = _NO_CALLS  # a dict of its own from the first call on
        self.conn_id = f"{process_tag()}-{next(_connection_ids):x}"
        self.closed = False
        self.last_heard = time.monotonic()

    def get_current_user(self) -> Any:
        """The user of the session cookie sent when the socket opened (sign-in reconnects)."""
        from pytk.server.auth import session_user

        return session_user(self)

    def check_origin(self, origin: str) -> bool:
        """Only pages of this server (or of ``allowed_origins``) may open the socket."""
        return origin in self.allowed_origins or super().check_origin(origin)

    def get_compression_options(self) -> None:
        return None

    @property
    def max_message_size(self) -> int:  # type: ignore[override]
        """Tornado closes the connection (1009) past this; frames over ``max_message`` below it
        get a ``too_large`` error frame and the connection lives on."""
        return 4 * self.max_message

    @property
    def ping_interval(self) -> float:  # type: ignore[override]
        """Tornado's own pings would keep a task per connection: :class:`Keepalive` pings them all."""
        return 0

    def on_pong(self, data: bytes) -> None:
        self.last_heard = time.monotonic()

    def open(self) -> None:
        self.current_user  # read from the session cookie now: the request's headers go next
        # An idle socket need not keep its upgrade request's headers (about 1 KiB; Tornado's
        # suspended request loop holds the same object, so empty it rather than drop it).
        self.request.headers.clear()
        self.send({"type": "hello", "v": interface_version(self.registry), "conn": self.conn_id})
        if self.keepalive:
            Keepalive.of_loop(self.keepalive).add(self)
        if self.hub is not None:
            self.hub.connected(self)

    def on_close(self) -> None:
        self.closed = True
        for task in list(self.calls.values()):
            task.cancel()
        self.calls = _NO_CALLS
        Keepalive.forget(self)
        if self.hub is not None:
            self.hub.disconnected(self)

    def send(self, frame: dict[str, Any]) -> None:
        """Send one frame; a connection that has gone away drops it."""
        self.send_text(dumps(frame))

    def send_text(self, text: str) -> None:
        if self.closed:
            return
        try:
            self.write_message(text)
        except tornado.websocket.WebSocketClosedError:
            self.closed = True

    def send_frame(self, frame: bytes) -> None:
        """Send a frame made by :func:`text_frame`: the same bytes go to every subscriber of a
        broadcast, so they are framed once, and written straight to the socket when nothing
        is queued before them."""
        protocol = self.ws_connection
        stream = getattr(protocol, "stream", None)
        if self.closed or stream is None or stream.closed():
            self.closed = True
            return
        sent = 0
        if not stream.writing():
            try:
                sent = stream.socket.send(frame)
            except (BlockingIOError, InterruptedError):
                sent = 0
            except OSError:
                return  # the connection is gone; its reader notices and closes it
        if sent < len(frame):
            try:
                stream.write(frame[sent:] if sent else frame)
            except tornado.iostream.StreamClosedError:
                self.closed = True

    def on_message(self, message: str | bytes) -> None:
        self.last_heard = time.monotonic()
        frame_id = channel = None
        try:
            if isinstance(message, bytes):
                raise Refusal(400, "bad_frame", "binary frames are not accepted; send JSON text")
            if len(message) > self.max_message:
                raise Refusal(413, "too_large", f"frame is {len(message)} characters; the limit is {self.max_message}")
            if not self.bucket.take():
                raise Refusal(429, "rate_limited", "too many frames; slow down")
            frame = loads(message)
            if not isinstance(frame, dict):
                raise Refusal(400, "bad_frame", "a frame must be a JSON object")
            frame_id, channel = frame.get("id"), frame.get("channel")
            self.dispatch(frame)
        except Refusal as refusal:
            self.send_error_frame(frame_id, refusal, channel if isinstance(channel, str) else None)

    def dispatch(self, frame: dict[str, Any]) -> None:
        kind = frame.get("type")
        if kind == "call":
            self.start_call(frame)
        elif kind == "cancel":
            task = self.calls.pop(_check_id(frame), None)
            if task is not None:
                task.cancel()
        elif kind in ("sub", "unsub", "pub") and self.hub is not None:
            self.hub.handle(self, frame)
        elif kind == "signal":
            relay_signal(self, frame)
        else:
            raise Refusal(400, "bad_frame", f"unknown frame type {kind!r}")

    def start_call(self, frame: dict[str, Any]) -> None:
        call_id = _check_id(frame)
        if call_id in self.calls:
            raise Refusal(400, "bad_frame", f"call id {call_id} is already in use")
        if len(self.calls) >= MAX_CALLS:
            raise Refusal(429, "too_many_calls", f"more than {MAX_CALLS} calls at once on one connection")
        request = check_request({k: v for k, v in frame.items() if k not in ("type", "id")})
        info, args = prepare(self.registry, request, self)
        task = asyncio.ensure_future(run(self.registry, info, args, self.current_user))
        if self.calls is _NO_CALLS:
            self.calls = {}
        self.calls[call_id] = task
        task.add_done_callback(lambda done: self.finish_call(call_id, done))

    def finish_call(self, call_id: Any, task: asyncio.Task) -> None:
        if self.calls.get(call_id) is task:
            del self.calls[call_id]
        if task.cancelled():
            return
        reply: Reply = task.result()
        # The payload is already JSON: splice it into the frame rather than encode it again.
        self.send_text(f'{{"type":"reply","id":{call_id},"status":{reply.status},{reply.json()[1:]}')

    def send_error_frame(self, frame_id: Any, refusal: Refusal, channel: str | None = None) -> None:
        """A reply to the frame with that id, or an ``error`` frame (naming the channel, if any)."""
        valid_id = frame_id if _is_id(frame_id) else None
        frame: dict[str, Any] = {"type": "reply" if valid_id is not None else "error", "id": valid_id}
        if channel is not None:
            frame["channel"] = channel
        self.send({**frame, "status": refusal.status, **error_payload(refusal.code, refusal.message, refusal.path)})


class Keepalive:
    """Pings every socket of an event loop from one timer, and closes those that stopped answering.

    Tornado's ``websocket_ping_interval`` runs a task per connection; with tens of thousands of
    idle sockets that task is a good part of each one's memory."""

    _by_loop: dict[tuple[asyncio.AbstractEventLoop, float], "Keepalive"] = {}

    def __init__(self, interval: float) -> None:
        self.interval = interval
        self.sockets: set[SocketHandler] = set()
        self.task: asyncio.Task | None = None

    @classmethod
    def of_loop(cls, interval: float) -> "Keepalive":
        key = (asyncio.get_running_loop(), interval)
        keepalive = cls._by_loop.get(key)
        if keepalive is None:
            keepalive = cls._by_loop[key] = cls(interval)
        return keepalive

    @classmethod
    def forget(cls, handler: "SocketHandler") -> None:
        for keepalive in cls._by_loop.values():
            keepalive.sockets.discard(handler)

    def add(self, handler: "SocketHandler") -> None:
        self.sockets.add(handler)
        if self.task is None or self.task.done():
            self.task = asyncio.ensure_future(self.run())

    async def run(self) -> None:
        while self.sockets:
            await asyncio.sleep(self.interval)
            silent_since = time.monotonic() - 3 * self.interval
            for handler in list(self.sockets):
                if handler.last_heard < silent_since:
                    self.sockets.discard(handler)
                    handler.close(1001, "no answer to pings")
                    continue
                try:
                    handler.ping()
                except tornado.websocket.WebSocketClosedError:
                    self.sockets.discard(handler)
        self._by_loop.pop((asyncio.get_running_loop(), self.interval), None)


def text_frame(text: str) -> bytes:
    """``text`` as one unmasked, uncompressed websocket text frame (what a server sends)."""
    payload = text.encode("utf-8")
    size = len(payload)
    if size < 126:
        head = bytes((0x81, size))
    elif size < 65536:
        head = bytes((0x81, 126)) + size.to_bytes(2, "big")
    else:
        head = bytes((0x81, 127)) + size.to_bytes(8, "big")
    return head + payload


def _is_id(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 2 ** 53


def _check_id(frame: dict[str, Any]) -> int:
    value = frame.get("id")
    if not _is_id(value):
        raise Refusal(400, "bad_frame", "a call needs an 'id': a whole number from 0 to 2**53")
    return value


def socket_routes(registry: ServiceRegistry, **options: Any) -> list[tuple[str, type, dict[str, Any]]]:
    """The route of the page websocket: ``[(r"/_pytk/ws", SocketHandler, {...})]``.

    ``options`` are :meth:`SocketHandler.initialize`'s: ``max_message``, ``rate``, ``burst``,
    ``hub`` (channels), ``allowed_origins`` and ``keepalive`` (seconds between pings; a socket
    silent for three of them is closed; 0: no pings)."""
    return [(SOCKET_PATH, SocketHandler, {"registry": registry, **options})]
