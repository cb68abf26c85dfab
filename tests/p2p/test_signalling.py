"""The rendezvous through real websockets: signals reach the member they name, and only members
of a group may signal in it; bad signals get an error frame and the connection carries on."""
from __future__ import annotations

import pytest
import tornado.web

from pytk.server.broker import InProcessBroker
from pytk.server.channels import Channels
from pytk.server.registry import ServiceRegistry
from pytk.server.socket import socket_routes
from tests.realtime.support import LoopThread, Served, Socket


@pytest.fixture(scope="module")
def loop():
    thread = LoopThread()
    yield thread
    thread.stop()


@pytest.fixture(scope="module")
def served(loop):
    hub = Channels(InProcessBroker())
    hub.declare("game:*", presence=True)
    hub.declare("game:closed", presence=True, authorize=lambda user, name, action: False)
    server = Served(loop, tornado.web.Application(socket_routes(ServiceRegistry("none"), hub=hub)))
    yield server
    server.close()


async def member(url: str, group: str) -> Socket:
    socket = await Socket.open(url)
    await socket.send({"type": "sub", "channel": group, "since": None})
    joined = await socket.receive()
    assert joined["type"] == "subscribed", joined
    return socket


async def next_of(socket: Socket, kind: str) -> dict:
    for _ in range(10):
        frame = await socket.receive()
        if frame["type"] == kind:
            return frame
    raise AssertionError(f"no {kind} frame")


def test_a_signal_reaches_the_member_it_names_and_no_one_else(loop, served):
    async def scenario():
        ada, bob = await member(served.ws_url, "game:1"), await member(served.ws_url, "game:1")
        bob_id = bob.hello["conn"]
        await ada.send({"type": "signal", "group": "game:1", "to": bob_id, "data": {"sdp": "offer"}})
        got = await next_of(bob, "signal")
        stranger = await Socket.open(served.ws_url)
        await stranger.send({"type": "signal", "group": "game:1", "to": bob_id, "data": {}})
        outsider = await stranger.receive()
        await ada.send({"type": "signal", "group": "game:1", "to": "nobody", "data": {}})
        unknown = await next_of(ada, "error")
        await ada.send({"type": "signal", "group": "game:1", "to": bob_id, "data": "not an object"})
        malformed = await next_of(ada, "error")
        await ada.send({"type": "signal", "group": "game:1", "to": bob_id, "data": {"n": 2}})
        still = await next_of(bob, "signal")
        for socket in (ada, bob, stranger):
            socket.close()
        return ada.hello["conn"], got, outsider, unknown, malformed, still
    ada_id, got, outsider, unknown, malformed, still = loop.run(scenario())
    assert got == {"type": "signal", "group": "game:1", "from": ada_id, "data": {"sdp": "offer"}}
    assert (outsider["status"], outsider["error"]["code"]) == (403, "forbidden")
    assert (unknown["status"], unknown["error"]["code"]) == (404, "unknown_peer")
    assert (malformed["status"], malformed["error"]["code"]) == (400, "bad_frame")
    assert still["data"] == {"n": 2}


def test_a_page_refused_by_the_group_cannot_signal_in_it(loop, served):
    async def scenario():
        socket = await Socket.open(served.ws_url)
        await socket.send({"type": "sub", "channel": "game:closed", "since": None})
        joining = await socket.receive()
        await socket.send({"type": "signal", "group": "game:closed", "to": "anyone", "data": {}})
        signalling = await socket.receive()
        socket.close()
        return joining, signalling
    joining, signalling = loop.run(scenario())
    assert (joining["type"], joining["error"]["code"]) == ("error", "forbidden")
    assert (signalling["type"], signalling["error"]["code"]) == ("error", "forbidden")
    assert "join the group" in signalling["error"]["message"]
