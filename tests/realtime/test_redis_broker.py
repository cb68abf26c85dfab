"""The Redis broker with a real redis-server: two hubs stand for two processes sharing channels,
with the same numbering, replay, resync and presence as in one process."""
from __future__ import annotations

import asyncio

import pytest
import tornado.web

from pytk.server.broker import message_frame
from pytk.server.channels import Channels
from pytk.server.redis_broker import RedisBroker
from pytk.server.registry import ServiceRegistry
from pytk.server.socket import socket_routes
from tests.realtime.support import LoopThread, Served, Socket

WINDOW = 5


@pytest.fixture(scope="module")
def loop():
    thread = LoopThread()
    yield thread
    thread.stop()


@pytest.fixture(scope="module")
def pair(loop, redis_url):
    """Two servers, each with its own hub, sharing channels through Redis."""
    servers = []
    for _ in range(2):
        hub = Channels(RedisBroker(redis_url, window=WINDOW))
        hub.declare("r:*", client_publish=True, presence=True)
        loop.run(hub.start())
        server = Served(loop, tornado.web.Application(socket_routes(ServiceRegistry("none"), hub=hub)))
        server.hub = hub
        servers.append(server)
    yield servers
    for server in servers:
        server.close()
        loop.run(server.hub.stop())


async def subscribe(url, name, since=None):
    socket = await Socket.open(url)
    await socket.send({"type": "sub", "channel": name, "since": since})
    first = await socket.receive()
    return socket, first


async def data(socket, count):
    got = []
    while len(got) < count:
        frame = await socket.receive()
        if frame["type"] == "msg":
            got.append((frame["seq"], frame["data"]))
    return got


def test_the_lua_script_builds_the_same_frame_as_the_in_process_broker(loop, pair):
    async def scenario():
        socket, _ = await subscribe(pair[0].ws_url, "r:frame")
        await pair[1].hub.channel("r:frame").publish({"a": [1, "é"]})
        text = await socket.connection.read_message()
        while '"type":"presence"' in text:
            text = await socket.connection.read_message()
        socket.close()
        return text
    assert loop.run(scenario()) == message_frame("r:frame", 1, '{"a":[1,"é"]}')


def test_messages_cross_processes_in_order_and_resume_after_a_reconnect(loop, pair):
    first, second = pair

    async def scenario():
        listener, _ = await subscribe(first.ws_url, "r:cross")
        talker = await Socket.open(second.ws_url)
        acks = []
        for n in range(1, 4):
            await talker.send({"type": "pub", "id": n, "channel": "r:cross", "data": n})
            acks.append((await talker.receive())["result"])
        heard = await data(listener, 3)
        listener.close()
        for n in range(4, 7):
            await second.hub.channel("r:cross").publish(n)
        again, subscribed = await subscribe(second.ws_url, "r:cross", since=heard[-1][0])
        replayed = await data(again, 3)
        await first.hub.channel("r:cross").publish(7)
        live = await data(again, 1)
        for socket in (talker, again):
            socket.close()
        return acks, heard + replayed + live, subscribed
    acks, seen, subscribed = loop.run(scenario())
    assert acks == [1, 2, 3]
    assert subscribed["seq"] == 3
    assert seen == [(n, n) for n in range(1, 8)]


def test_past_the_window_a_reconnecting_client_is_told_to_resync(loop, pair):
    async def scenario():
        for n in range(WINDOW + 3):
            await pair[0].hub.channel("r:far").publish(n)
        socket, resync = await subscribe(pair[1].ws_url, "r:far", since=1)
        socket.close()
        return resync
    assert loop.run(scenario()) == {"type": "resync", "channel": "r:far", "seq": WINDOW + 3}


def test_presence_spans_both_processes(loop, pair):
    async def scenario():
        one, _ = await subscribe(pair[0].ws_url, "r:room")
        two, joined = await subscribe(pair[1].ws_url, "r:room")
        frame = await one.receive()
        while len(frame.get("presence", [])) < 2:
            frame = await one.receive()
        two.close()
        while len(frame.get("presence", [])) != 1:
            frame = await one.receive()
        one.close()
        return joined, frame
    joined, after = loop.run(scenario())
    assert len(joined["presence"]) == 2
    assert len(after["presence"]) == 1


def test_more_concurrent_commands_than_the_connection_pool_wait_instead_of_failing(loop, pair):
    async def scenario():
        broker = pair[0].hub.broker
        return await asyncio.gather(*(broker.since("r:pool", 0) for _ in range(300)))
    assert loop.run(scenario(), timeout=60) == [[]] * 300
