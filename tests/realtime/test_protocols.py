"""Raw TCP and UDP protocols on the server's loop: a line protocol that publishes on a channel
that websocket pages hear, bad lines answered and survived, a datagram protocol."""
from __future__ import annotations

import asyncio

import pytest
import tornado.web

from pytk.server.broker import InProcessBroker
from pytk.server.channels import Channels
from pytk.server.protocols import LineProtocol, start_tcp, start_udp
from pytk.server.registry import ServiceRegistry
from pytk.server.socket import socket_routes
from tests.realtime.support import LoopThread, Served, Socket

HUB = Channels(InProcessBroker())
HUB.declare("wire:*")


class Bridge(LineProtocol):
    max_line = 100

    async def line_received(self, line: str) -> None:
        if line == "boom":
            raise RuntimeError("a bug in the protocol")
        seq = await HUB.channel("wire:tcp").publish({"text": line})
        self.send_line(f"ok {seq}")


class Shout(asyncio.DatagramProtocol):
    def connection_made(self, transport):
        self.transport = transport

    def datagram_received(self, data, addr):
        self.transport.sendto(data.upper(), addr)


@pytest.fixture(scope="module")
def loop():
    thread = LoopThread()
    yield thread
    thread.stop()


def test_a_line_protocol_publishes_to_websocket_subscribers_and_survives_bad_lines(loop):
    served = Served(loop, tornado.web.Application(socket_routes(ServiceRegistry("none"), hub=HUB)))

    async def scenario():
        server = await start_tcp(Bridge)
        port = server.sockets[0].getsockname()[1]
        page = await Socket.open(served.ws_url)
        await page.send({"type": "sub", "channel": "wire:tcp"})
        await page.receive()
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        answers = []
        for raw in (b"hello\n", b"\xff\xfe\n", b"x" * 150 + b"\n", b"boom\n", b"again\r\n"):
            writer.write(raw)
            await writer.drain()
            answers.append((await asyncio.wait_for(reader.readline(), 5)).decode().strip())
        heard = [await page.receive(), await page.receive()]
        writer.close()
        page.close()
        server.close()
        return answers, heard
    try:
        answers, heard = loop.run(scenario())
    finally:
        served.close()
    assert answers == ["ok 1", "error line is not valid UTF-8", "error line longer than 100 bytes",
                       "error internal server error", "ok 2"]
    assert [(f["seq"], f["data"]["text"]) for f in heard] == [(1, "hello"), (2, "again")]


def test_a_datagram_protocol_answers_on_the_same_loop(loop):
    async def scenario():
        transport = await start_udp(Shout)
        port = transport.get_extra_info("sockname")[1]
        answers: asyncio.Queue = asyncio.Queue()

        class Client(asyncio.DatagramProtocol):
            def datagram_received(self, data, addr):
                answers.put_nowait(data)
        client, _ = await asyncio.get_running_loop().create_datagram_endpoint(Client, remote_addr=("127.0.0.1", port))
        client.sendto(b"quiet please")
        answer = await asyncio.wait_for(answers.get(), 5)
        client.close()
        transport.close()
        return answer
    assert loop.run(scenario()) == b"QUIET PLEASE"
