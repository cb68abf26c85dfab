"""Run by test_twisted.py in a process of its own (a Twisted reactor is installed once per process):
a Twisted line protocol and a pytk channel served from one asyncio loop, the Twisted side
publishing on the channel that a websocket page listens to."""
from __future__ import annotations

import asyncio
import json
import sys

from twisted.internet import asyncioreactor

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
asyncioreactor.install(loop)

import tornado.httpclient  # noqa: E402
import tornado.web  # noqa: E402
from twisted.internet import protocol, reactor  # noqa: E402
from twisted.protocols.basic import LineReceiver  # noqa: E402

from pytk.server.channels import Channels  # noqa: E402
from pytk.server.registry import ServiceRegistry  # noqa: E402
from pytk.server.socket import socket_routes  # noqa: E402

hub = Channels()
hub.declare("twisted:*")


class Announce(LineReceiver):
    delimiter = b"\n"

    def lineReceived(self, line: bytes) -> None:
        # A Twisted callback, on the same loop: schedule pytk's coroutine and answer when it is done.
        task = asyncio.ensure_future(hub.channel("twisted:news").publish(line.decode()))
        task.add_done_callback(lambda done: self.sendLine(f"seq {done.result()}".encode()))


async def main() -> None:
    import tornado.httpserver
    import tornado.netutil
    import tornado.websocket

    sockets = tornado.netutil.bind_sockets(0, "127.0.0.1")
    server = tornado.httpserver.HTTPServer(tornado.web.Application(socket_routes(ServiceRegistry("none"), hub=hub)))
    server.add_sockets(sockets)
    web_port = sockets[0].getsockname()[1]
    factory = protocol.ServerFactory.forProtocol(Announce)
    twisted_port = reactor.listenTCP(0, factory, interface="127.0.0.1").getHost().port

    page = await tornado.websocket.websocket_connect(tornado.httpclient.HTTPRequest(
        f"ws://127.0.0.1:{web_port}/_pytk/ws", headers={"Origin": f"http://127.0.0.1:{web_port}"}))
    await page.read_message()
    await page.write_message(json.dumps({"type": "sub", "channel": "twisted:news"}))
    await page.read_message()
    reader, writer = await asyncio.open_connection("127.0.0.1", twisted_port)
    writer.write(b"served by Twisted\n")
    answer = (await asyncio.wait_for(reader.readline(), 5)).decode().strip()
    heard = json.loads(await asyncio.wait_for(page.read_message(), 5))
    print(json.dumps({"answer": answer, "heard": heard, "reactor": type(reactor).__name__}))
    writer.close()
    page.close()


loop.run_until_complete(main())
sys.stdout.flush()
