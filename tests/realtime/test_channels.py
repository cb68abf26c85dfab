"""Channels through real websockets: sequence numbers, replay after a reconnect with nothing lost
or repeated, resync past the window, client publishing under a policy, presence, authorization."""
from __future__ import annotations

import asyncio
from dataclasses import dataclass

import pytest
import tornado.web

from pytk.server.broker import InProcessBroker
from pytk.server.channels import Channels
from pytk.server.registry import ServiceRegistry
from pytk.server.socket import socket_routes
from tests.realtime.support import LoopThread, Served, Socket

WINDOW = 5


@dataclass
class Line:
    author: str
    text: str


@pytest.fixture(scope="module")
def loop():
    thread = LoopThread()
    yield thread
    thread.stop()


@pytest.fixture(scope="module")
def hub():
    channels = Channels(InProcessBroker(window=WINDOW))
    channels.declare("news:*")
    channels.declare("chat:*", message=Line, client_publish=True, presence=True)
    channels.declare("chat:vault", authorize=lambda user, name, action: False)
    return channels


@pytest.fixture(scope="module")
def served(loop, hub):
    app = tornado.web.Application(socket_routes(ServiceRegistry("none"), hub=hub))
    server = Served(loop, app)
    yield server
    server.close()


async def publish(hub, name, *values):
    return [await hub.channel(name).publish(value) for value in values]


async def subscribe(url, name, since=None):
    socket = await Socket.open(url)
    await socket.send({"type": "sub", "channel": name, "since": since})
    return socket, await socket.receive()


async def messages(socket, count):
    frames = [await socket.receive() for _ in range(count)]
    assert all(f["type"] == "msg" for f in frames), frames
    return [(f["seq"], f["data"]) for f in frames]


def test_subscribers_get_server_messages_numbered_in_order(loop, served, hub):
    async def scenario():
        first, hello = await subscribe(served.ws_url, "news:a")
        second, _ = await subscribe(served.ws_url, "news:a")
        other, _ = await subscribe(served.ws_url, "news:b")
        seqs = await publish(hub, "news:a", "one", {"two": 2}, Line("ada", "three"))
        got = await messages(first, 3), await messages(second, 3)
        await publish(hub, "news:b", "elsewhere")
        elsewhere = await messages(other, 1)
        for socket in (first, second, other):
            socket.close()
        return hello, seqs, got, elsewhere
    hello, seqs, (first, second), elsewhere = loop.run(scenario())
    assert hello == {"type": "subscribed", "channel": "news:a", "seq": 0}
    assert seqs == [1, 2, 3]
    assert first == second == [(1, "one"), (2, {"two": 2}), (3, {"author": "ada", "text": "three"})]
    assert elsewhere == [(1, "elsewhere")]


def test_a_client_that_reconnects_gets_what_it_missed_once_each_in_order(loop, served, hub):
    async def scenario():
        socket, _ = await subscribe(served.ws_url, "news:resume")
        await publish(hub, "news:resume", 1, 2)
        seen = await messages(socket, 2)
        socket.close()
        await publish(hub, "news:resume", 3, 4, 5)
        again, subscribed = await subscribe(served.ws_url, "news:resume", since=seen[-1][0])
        replayed = await messages(again, 3)
        await publish(hub, "news:resume", 6)
        live = await messages(again, 1)
        again.close()
        return subscribed, seen + replayed + live
    subscribed, seen = loop.run(scenario())
    assert subscribed == {"type": "subscribed", "channel": "news:resume", "seq": 2}
    assert seen == [(n, n) for n in range(1, 7)]


def test_past_the_replay_window_the_client_is_told_to_resync(loop, served, hub):
    async def scenario():
        await publish(hub, "news:far", *range(1, WINDOW + 4))  # seq 1 .. WINDOW+3; 1 .. 3 are gone
        socket, resync = await subscribe(served.ws_url, "news:far", since=1)
        subscribed = await socket.receive()
        await publish(hub, "news:far", "next")
        live = await messages(socket, 1)
        future, resync_future = await subscribe(served.ws_url, "news:far", since=999)  # a restarted server
        future.close()
        socket.close()
        return resync, subscribed, live, resync_future
    resync, subscribed, live, resync_future = loop.run(scenario())
    assert resync == {"type": "resync", "channel": "news:far", "seq": WINDOW + 3}
    assert subscribed["seq"] == WINDOW + 3
    assert live == [(WINDOW + 4, "next")]
    assert resync_future["type"] == "resync"


def test_the_oldest_message_still_in_the_window_is_replayed(loop, served, hub):
    async def scenario():
        await publish(hub, "news:edge", *range(1, WINDOW + 2))  # the window holds 2 .. WINDOW+1
        socket, subscribed = await subscribe(served.ws_url, "news:edge", since=1)
        replayed = await messages(socket, WINDOW)
        socket.close()
        return subscribed, replayed
    subscribed, replayed = loop.run(scenario())
    assert subscribed["seq"] == 1
    assert [seq for seq, _ in replayed] == list(range(2, WINDOW + 2))


def test_clients_publish_where_the_policy_allows_with_checked_messages(loop, served, hub):
    async def scenario():
        listener, _ = await subscribe(served.ws_url, "chat:room")
        talker = await Socket.open(served.ws_url)
        await talker.send({"type": "pub", "id": 1, "channel": "chat:room", "data": {"author": "ada", "text": "hi"}})
        ack = await talker.receive()
        heard = await listener.receive()
        while heard["type"] == "presence":  # the listener's own arrival in the room
            heard = await listener.receive()
        await talker.send({"type": "pub", "id": 2, "channel": "chat:room", "data": {"author": "ada", "text": 5}})
        bad = await talker.receive()
        await talker.send({"type": "pub", "id": 3, "channel": "news:a", "data": "not allowed"})
        server_only = await talker.receive()
        await talker.send({"type": "pub", "channel": "chat:room"})
        no_data = await talker.receive()
        for socket in (listener, talker):
            socket.close()
        return ack, heard, bad, server_only, no_data
    ack, heard, bad, server_only, no_data = loop.run(scenario())
    assert ack == {"type": "reply", "id": 1, "status": 200, "result": 1}
    assert heard == {"type": "msg", "channel": "chat:room", "seq": 1, "data": {"author": "ada", "text": "hi"}}
    assert bad["status"] == 422 and bad["error"]["path"] == "data.text"
    assert server_only["status"] == 403 and server_only["error"]["code"] == "forbidden"
    assert no_data["type"] == "error" and no_data["channel"] == "chat:room" and no_data["error"]["code"] == "bad_frame"


def test_unknown_channels_bad_names_and_refused_subscriptions_get_errors(loop, served):
    async def scenario():
        socket = await Socket.open(served.ws_url)
        answers = []
        for frame in ({"type": "sub", "channel": "secret:x"}, {"type": "sub", "channel": "bad name!"},
                      {"type": "sub", "channel": "news:a", "since": -1}, {"type": "sub", "channel": "chat:vault"},
                      {"type": "sub", "channel": 7}):
            await socket.send(frame)
            answers.append(await socket.receive())
        await socket.send({"type": "sub", "channel": "news:ok"})
        ok = await socket.receive()
        socket.close()
        return answers, ok
    answers, ok = loop.run(scenario())
    assert [(a["status"], a["error"]["code"]) for a in answers] == [
        (404, "unknown_channel"), (400, "bad_frame"), (400, "bad_frame"), (403, "forbidden"), (400, "bad_frame")]
    assert answers[0]["channel"] == "secret:x" and answers[3]["channel"] == "chat:vault"
    assert ok["type"] == "subscribed"


def test_presence_lists_who_is_subscribed_and_follows_leaves(loop, served):
    async def scenario():
        first, joined = await subscribe(served.ws_url, "chat:presence")
        second, joined_second = await subscribe(served.ws_url, "chat:presence")
        update = await first.receive()
        while len(update["presence"]) < 2:  # first, the frame for its own arrival
            update = await first.receive()
        second.close()
        left = await first.receive()
        first.close()
        return first.hello["conn"], second.hello["conn"], joined, joined_second, update, left
    one, two, joined, joined_second, update, left = loop.run(scenario())
    assert joined["presence"] == [{"id": one, "user": None}]
    assert {m["id"] for m in joined_second["presence"]} == {one, two}
    assert update["type"] == "presence" and {m["id"] for m in update["presence"]} == {one, two}
    assert left["presence"] == [{"id": one, "user": None}]
