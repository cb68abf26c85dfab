"""10,000 messages flow while connections are cut at random, from both ends: every subscriber
ends with every message exactly once, in order, and never needs a resync."""
from __future__ import annotations

import asyncio
import json
import random
import time

import pytest
import tornado.iostream
import tornado.web
import tornado.websocket

from pytk.server.broker import InProcessBroker
from pytk.server.channels import Channels
from pytk.server.registry import ServiceRegistry
from pytk.server.socket import socket_routes
from tests.realtime.support import LoopThread, Served, Socket

TOTAL = 10_000
CLIENTS = 4
WINDOW = 2_000
DEADLINE = 60.0
CUT = (OSError, AssertionError, tornado.websocket.WebSocketClosedError, tornado.iostream.StreamClosedError)
"""What opening or subscribing raises when the connection is cut meanwhile."""


def make_hub(kind: str, redis_url: str | None) -> Channels:
    if kind == "redis":
        from pytk.server.redis_broker import RedisBroker

        return Channels(RedisBroker(redis_url, window=WINDOW))
    return Channels(InProcessBroker(window=WINDOW))


@pytest.mark.parametrize("kind", ["in-process", "redis"])
def test_no_message_is_lost_or_repeated_while_connections_are_cut(kind, request):
    redis_url = request.getfixturevalue("redis_url") if kind == "redis" else None
    loop = LoopThread()
    hub = make_hub(kind, redis_url)
    name = f"load:{kind}:{random.randrange(1 << 30)}"
    hub.declare("load:*")
    loop.run(hub.start())
    served = Served(loop, tornado.web.Application(socket_routes(ServiceRegistry("none"), hub=hub, rate=1e6, burst=1e6)))
    chaos = random.Random(5)
    stats = {"client_cuts": 0, "server_cuts": 0, "resyncs": 0, "connections": 0}
    sockets: dict[int, Socket] = {}
    deadline = time.monotonic() + DEADLINE

    async def subscriber(index: int) -> list[int]:
        seen: list[int] = []
        last = None
        while len(seen) < TOTAL and time.monotonic() < deadline:
            try:
                socket = await Socket.open(served.ws_url)
                stats["connections"] += 1
                sockets[index] = socket
                await socket.send({"type": "sub", "channel": name, "since": last})
            except CUT:
                await asyncio.sleep(0.005)
                continue
            while len(seen) < TOTAL:
                text = await socket.connection.read_message()
                if text is None:
                    break
                frame = json.loads(text)
                if frame["type"] == "msg":
                    seen.append(frame["data"])
                    last = frame["seq"]
                elif frame["type"] == "resync":
                    stats["resyncs"] += 1
                    last = frame["seq"]
            sockets.pop(index, None)
            socket.close()
        return seen

    async def publisher() -> None:
        channel = hub.channel(name)
        for n in range(TOTAL):
            await channel.publish(n)
            if n % 25 == 0:
                await asyncio.sleep(0.002)

    async def cutter(done: asyncio.Event) -> None:
        while not done.is_set() and time.monotonic() < deadline:
            await asyncio.sleep(chaos.uniform(0.005, 0.03))
            if chaos.random() < 0.5 and sockets:
                sockets[chaos.choice(list(sockets))].close()
                stats["client_cuts"] += 1
            elif hub.connections:
                chaos.choice(list(hub.connections)).close()
                stats["server_cuts"] += 1

    async def scenario() -> list[list[int]]:
        readers = [asyncio.ensure_future(subscriber(i)) for i in range(CLIENTS)]
        while len(hub.subscribers.get(name, {})) < CLIENTS:
            await asyncio.sleep(0.01)
        done = asyncio.Event()
        chaos_task = asyncio.ensure_future(cutter(done))
        await publisher()
        results = await asyncio.gather(*readers)
        done.set()
        await chaos_task
        return results

    try:
        results = loop.run(scenario(), timeout=DEADLINE + 30)
    finally:
        served.close()
        loop.run(hub.stop())
        loop.stop()
    assert stats["client_cuts"] + stats["server_cuts"] >= 30, stats
    assert stats["client_cuts"] and stats["server_cuts"], stats
    assert stats["resyncs"] == 0, stats
    for seen in results:
        assert len(seen) == TOTAL and seen == list(range(TOTAL)), (len(seen), stats)
    print(f"{kind}: {TOTAL} messages to {CLIENTS} subscribers over {stats['connections']} connections; "
          f"{stats['client_cuts']} cuts by clients, {stats['server_cuts']} by the server")
