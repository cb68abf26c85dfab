"""Raw TCP and UDP protocols on the server's own event loop, beside HTTP and websockets.

A protocol is a plain :mod:`asyncio` protocol, so it can call services and publish on channels
directly. :class:`LineProtocol` does the framing for line-based protocols::

    from pytk.server.channels import channel
    from pytk.server.protocols import LineProtocol, hosted

    class Bridge(LineProtocol):
        async def line_received(self, line: str) -> None:
            seq = await channel("chat:lobby").publish({"author": "tcp", "text": line})
            self.send_line(f"ok {seq}")

    hosted.tcp(7000, Bridge)             # started by `pytk serve` with the web server

:func:`start_tcp` and :func:`start_udp` start one directly (port 0 picks a free port). With
``pytk serve --workers N`` every worker binds the same port (SO_REUSEPORT) and the kernel
spreads connections over them.
"""
from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field
from typing import Any, Callable

__all__ = ["LineProtocol", "start_tcp", "start_udp", "hosted", "Hosted"]

log = logging.getLogger("pytk.protocols")


class LineProtocol(asyncio.Protocol):
    """A TCP protocol of UTF-8 text lines ending in ``\\n``; override :meth:`line_received`.

    Lines are handled one at a time, in order. A line longer than ``max_line`` bytes, or one
    that is not UTF-8, gets an ``error ...`` line back and is dropped; the connection stays."""

    max_line = 64 * 1024
    encoding = "utf-8"

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]
        self.buffer = bytearray()
        self.lines: asyncio.Queue[bytes | str | None] = asyncio.Queue()  # a line, an error to send, the end
        self.worker = asyncio.ensure_future(self._handle_lines())
        self.discarding = False

    def data_received(self, data: bytes) -> None:
        self.buffer.extend(data)
        while True:
            end = self.buffer.find(b"\n")
            if end < 0:
                break
            line = bytes(self.buffer[:end])
            del self.buffer[:end + 1]
            if self.discarding:
                self.discarding = False
            elif len(line) > self.max_line:
                self.lines.put_nowait(self._too_long())
            else:
                self.lines.put_nowait(line)
        if len(self.buffer) > self.max_line and not self.discarding:
            self.buffer.clear()
            self.discarding = True  # drop the rest of this line when it comes
            self.lines.put_nowait(self._too_long())
        elif self.discarding:
            self.buffer.clear()

    def _too_long(self) -> str:
        return f"error line longer than {self.max_line} bytes"

    def connection_lost(self, exc: Exception | None) -> None:
        self.lines.put_nowait(None)

    async def _handle_lines(self) -> None:
        while True:
            raw = await self.lines.get()
            if raw is None:
                return
            if isinstance(raw, str):
                self.send_line(raw)
                continue
            try:
                line = raw.rstrip(b"\r").decode(self.encoding)
            except UnicodeDecodeError:
                self.send_line("error line is not valid UTF-8")
                continue
            try:
                await self.line_received(line)
            except Exception:
                log.exception("%s failed on a line", type(self).__name__)
                self.send_line("error internal server error")

    async def line_received(self, line: str) -> None:
        """Handle one line (without its ending)."""

    def send_line(self, line: str) -> None:
        if not self.transport.is_closing():
            self.transport.write(line.encode(self.encoding) + b"\n")


async def start_tcp(factory: Callable[[], asyncio.Protocol], port: int = 0, host: str = "127.0.0.1",
                    reuse_port: bool = False) -> asyncio.Server:
    """Serve ``factory``'s protocol on ``host:port`` on the running loop; the server's
    ``sockets[0].getsockname()[1]`` is the port."""
    return await asyncio.get_running_loop().create_server(factory, host, port, reuse_port=reuse_port or None)


async def start_udp(factory: Callable[[], asyncio.DatagramProtocol], port: int = 0, host: str = "127.0.0.1",
                    reuse_port: bool = False) -> asyncio.DatagramTransport:
    """Serve ``factory``'s datagram protocol on ``host:port``; return its transport."""
    transport, _ = await asyncio.get_running_loop().create_datagram_endpoint(
        factory, local_addr=(host, port), reuse_port=reuse_port or None)
    return transport


@dataclass
class Hosted:
    """Protocols an app asks ``pytk serve`` to start beside its web server."""

    entries: list[tuple[str, int, Callable[[], Any], str]] = field(default_factory=list)
    running: list[Any] = field(default_factory=list)

    def tcp(self, port: int, factory: Callable[[], asyncio.Protocol], host: str = "127.0.0.1") -> None:
        self.entries.append(("tcp", port, factory, host))

    def udp(self, port: int, factory: Callable[[], asyncio.DatagramProtocol], host: str = "127.0.0.1") -> None:
        self.entries.append(("udp", port, factory, host))

    async def start(self, reuse_port: bool = False) -> None:
        for kind, port, factory, host in self.entries:
            start = start_tcp if kind == "tcp" else start_udp
            self.running.append(await start(factory, port, host, reuse_port=reuse_port))

    def stop(self) -> None:
        for item in self.running:
            item.close()
        self.running.clear()


hosted = Hosted()
"""The process's hosted protocols; declare them from the app's ``server`` package."""
