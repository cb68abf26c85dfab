"""RPC over the page websocket, with real Tornado and real websocket clients: multiplexed calls,
the same checks and codec as HTTP, bad frames that leave the connection and the server alive."""
from __future__ import annotations

import asyncio
import http.client
import json

import pytest
import tornado.httpclient
import tornado.web
import tornado.websocket

from pytk.server.registry import discover
from pytk.server.rpc import rpc_routes
from pytk.server.socket import socket_routes
from pytk.server.version import interface_version
from tests.realtime.demo_app import APP, DEMO, FILES
from tests.realtime.support import LoopThread, Served, Socket, forget_package, import_path, write_package

MAX_MESSAGE = 4096
BURST = 40


@pytest.fixture(scope="module")
def loop():
    thread = LoopThread()
    yield thread
    thread.stop()


@pytest.fixture(scope="module")
def served(loop, tmp_path_factory):
    root = tmp_path_factory.mktemp("rtapp")
    write_package(root, APP, FILES)
    import_path(root)
    registry = discover(f"{APP}.server")
    app = tornado.web.Application([*rpc_routes(registry, max_body=MAX_MESSAGE),
                                   *socket_routes(registry, max_message=MAX_MESSAGE, rate=20, burst=BURST)])
    server = Served(loop, app)
    server.registry = registry
    yield server
    server.close()
    forget_package(root, APP)


def http_call(served, payload) -> tuple[int, dict]:
    connection = http.client.HTTPConnection("127.0.0.1", served.port, timeout=10)
    connection.request("POST", "/_pytk/rpc", json.dumps(payload), {"Content-Type": "application/json"})
    response = connection.getresponse()
    return response.status, json.loads(response.read())


def test_the_server_says_hello_with_its_interface_version(loop, served):
    async def scenario():
        socket = await Socket.open(served.ws_url)
        socket.close()
        return socket.hello
    hello = loop.run(scenario())
    assert hello["type"] == "hello" and hello["v"] == interface_version(served.registry)
    assert len(hello["v"]) == 16 and hello["conn"]


def test_calls_are_multiplexed_and_answered_by_id(loop, served):
    async def scenario():
        socket = await Socket.open(served.ws_url)
        await socket.send({"type": "call", "id": 1, "service": DEMO, "method": "sleep", "args": [0.3, "slow"]})
        await socket.send({"type": "call", "id": 2, "service": DEMO, "method": "echo", "args": [{"a": [1, None]}]})
        replies = [await socket.receive(), await socket.receive()]
        socket.close()
        return replies
    first, second = loop.run(scenario())
    assert first == {"type": "reply", "id": 2, "status": 200, "result": {"a": [1, None]}}
    assert second == {"type": "reply", "id": 1, "status": 200, "result": "slow"}


def test_arguments_are_checked_against_the_hints_and_name_the_bad_field(loop, served):
    shape = {"name": "z", "points": [{"x": 1, "y": 2}, {"x": 3, "y": "4"}]}
    good = {"name": "tri", "points": [{"x": 0, "y": 0}] * 3, "tags": {"a": 1}, "kind": "closed", "color": "red"}

    async def scenario():
        socket = await Socket.open(served.ws_url)
        bad = await socket.call(5, DEMO, "corners", shape)
        bad_literal = await socket.call(6, DEMO, "corners", {**good, "kind": "ajar"})
        bad_enum = await socket.call(7, DEMO, "corners", {**good, "color": "green"})
        fine = await socket.call(8, DEMO, "corners", good)
        socket.close()
        return bad, bad_literal, bad_enum, fine
    bad, bad_literal, bad_enum, fine = loop.run(scenario())
    assert bad == {"type": "reply", "id": 5, "status": 422, "error": {
        "code": "bad_argument", "message": "expected int, got str", "path": "args[0].points[1].y"}}
    assert bad_literal["error"]["path"] == "args[0].kind" and "'open', 'closed'" in bad_literal["error"]["message"]
    assert bad_enum["error"]["path"] == "args[0].color"
    assert fine["result"] == 3
    # The HTTP endpoint gives the same answer for the same call.
    status, body = http_call(served, {"service": DEMO, "method": "corners", "args": [shape]})
    assert (status, body["error"]) == (422, bad["error"])


def test_declared_exceptions_and_internal_failures_travel_as_over_http(loop, served):
    async def scenario():
        socket = await Socket.open(served.ws_url)
        declared = await socket.call(1, DEMO, "refuse", "no")
        internal = await socket.call(2, DEMO, "crash")
        unknown = await socket.call(3, DEMO, "nope")
        arity = await socket.call(4, DEMO, "echo")
        socket.close()
        return declared, internal, unknown, arity
    declared, internal, unknown, arity = loop.run(scenario())
    assert declared["status"] == 200
    assert declared["exception"] == {"type": f"{APP}.shared.api.Refused", "args": ["no"], "message": "no"}
    assert internal == {"type": "reply", "id": 2, "status": 500,
                        "error": {"code": "internal", "message": "internal server error", "path": None}}
    assert (unknown["status"], unknown["error"]["code"]) == (404, "unknown_method")
    assert (arity["status"], arity["error"]["code"]) == (400, "bad_arguments")


BAD_FRAMES = [
    ("not json", "bad_json"),
    ('{"type": "call", "id": 1, "service": "x", "method": "y", "args": [NaN]}', "bad_json"),
    ("[1, 2]", "bad_frame"),
    ('{"type": "launch"}', "bad_frame"),
    ('{"id": 3}', "bad_frame"),
    ('{"type": "call", "id": -1, "service": "x", "method": "y", "args": []}', "bad_frame"),
    ('{"type": "call", "id": true, "service": "x", "method": "y", "args": []}', "bad_frame"),
    ('{"type": "call", "id": 4, "service": 5, "method": "y", "args": []}', "bad_json"),
    ('{"type": "call", "id": 4, "service": "x", "method": "y", "args": [], "extra": 1}', "bad_json"),
    (b"\x00\x01binary", "bad_frame"),
    ("[" * 5000, "too_large"),
    ("[" * 2000 + "]" * 2000, "bad_json"),
]


def test_bad_frames_get_error_frames_and_the_connection_lives_on(loop, served):
    async def scenario():
        socket = await Socket.open(served.ws_url)
        answers = []
        for frame, _ in BAD_FRAMES:
            await socket.send(frame)
            answers.append(await socket.receive())
        still = await socket.call(99, DEMO, "echo", "alive")
        socket.close()
        return answers, still
    answers, still = loop.run(scenario())
    for (frame, code), answer in zip(BAD_FRAMES, answers):
        assert answer["error"]["code"] == code, (frame[:40], answer)
        assert 400 <= answer["status"] < 500 and answer["error"]["message"]
    assert answers[0]["type"] == "error" and answers[0]["id"] is None
    assert answers[7] == {"type": "reply", "id": 4, "status": 400,
                          "error": {"code": "bad_json", "message": "'service' must be a string", "path": None}}
    assert still["result"] == "alive"


def test_a_reused_call_id_is_refused_while_the_first_call_runs(loop, served):
    async def scenario():
        socket = await Socket.open(served.ws_url)
        await socket.send({"type": "call", "id": 1, "service": DEMO, "method": "sleep", "args": [0.2, "first"]})
        await socket.send({"type": "call", "id": 1, "service": DEMO, "method": "echo", "args": [2]})
        answers = [await socket.receive(), await socket.receive()]
        socket.close()
        return answers
    refused, first = loop.run(scenario())
    assert refused["error"]["code"] == "bad_frame" and "already in use" in refused["error"]["message"]
    assert first["result"] == "first"


def test_a_cancelled_call_stops_on_the_server_and_gets_no_reply(loop, served):
    async def scenario():
        socket = await Socket.open(served.ws_url)
        await socket.send({"type": "call", "id": 1, "service": DEMO, "method": "sleep", "args": [30, "cancel-me"]})
        await asyncio.sleep(0.1)
        await socket.send({"type": "cancel", "id": 1})
        await socket.send({"type": "cancel", "id": 12345})  # unknown ids are ignored
        after = await socket.call(2, DEMO, "cancelled")
        socket.close()
        return after
    after = loop.run(scenario())
    assert after["id"] == 2 and "cancel-me" in after["result"]


def test_closing_the_connection_cancels_its_running_calls(loop, served):
    async def scenario():
        socket = await Socket.open(served.ws_url)
        await socket.send({"type": "call", "id": 1, "service": DEMO, "method": "sleep", "args": [30, "orphan"]})
        await asyncio.sleep(0.1)
        socket.close()
        other = await Socket.open(served.ws_url)
        for _ in range(50):
            seen = await other.call(1, DEMO, "cancelled")
            if "orphan" in seen["result"]:
                break
            await asyncio.sleep(0.05)
        other.close()
        return seen
    assert "orphan" in loop.run(scenario())["result"]


def test_a_frame_over_four_times_the_limit_closes_only_that_connection(loop, served):
    async def scenario():
        socket = await Socket.open(served.ws_url)
        await socket.send("x" * (4 * MAX_MESSAGE + 1))
        closed = await asyncio.wait_for(socket.connection.read_message(), 5)
        code = socket.connection.close_code
        other = await Socket.open(served.ws_url)
        alive = await other.call(1, DEMO, "echo", "ok")
        other.close()
        return closed, code, alive
    closed, code, alive = loop.run(scenario())
    assert closed is None and code == 1009
    assert alive["result"] == "ok"
    assert http_call(served, {"service": DEMO, "method": "echo", "args": [1]}) == (200, {"result": 1})


def test_frames_over_the_rate_limit_are_refused_and_the_connection_recovers(loop, served):
    async def scenario():
        socket = await Socket.open(served.ws_url)
        for index in range(BURST + 10):
            await socket.send({"type": "call", "id": index, "service": DEMO, "method": "echo", "args": [index]})
        answers = [await socket.receive() for _ in range(BURST + 10)]
        await asyncio.sleep(0.2)  # 20 frames a second: 4 tokens back
        later = await socket.call(1000, DEMO, "echo", "later")
        socket.close()
        return answers, later
    answers, later = loop.run(scenario())
    limited = [a for a in answers if a.get("error", {}).get("code") == "rate_limited"]
    assert len(limited) >= 9 and all(a["status"] == 429 for a in limited)
    assert len([a for a in answers if "result" in a]) >= BURST
    assert later["result"] == "later"


def test_a_call_from_a_client_built_against_another_interface_is_told_to_reload(loop, served):
    version = interface_version(served.registry)

    async def scenario():
        socket = await Socket.open(served.ws_url)
        old = await socket.call(1, DEMO, "echo", 1, v="0123456789abcdef")
        current = await socket.call(2, DEMO, "echo", 2, v=version)
        socket.close()
        return old, current
    old, current = loop.run(scenario())
    assert old["status"] == 409 and old["error"]["code"] == "incompatible_client"
    assert "reload" in old["error"]["message"]
    assert current["result"] == 2
    status, body = http_call(served, {"service": DEMO, "method": "echo", "args": [1], "v": "0123456789abcdef"})
    assert status == 409 and body["error"]["code"] == "incompatible_client"


def test_a_page_of_another_origin_cannot_open_the_socket(loop, served):
    async def scenario():
        try:
            await Socket.open(served.ws_url, Origin="http://evil.example")
        except tornado.httpclient.HTTPClientError as error:
            return error.code
        return None
    assert loop.run(scenario()) == 403


def test_one_timer_pings_every_socket_and_closes_those_that_stopped_answering(loop):
    """A peer that answers pings (as every websocket client does) stays; a silent one is closed."""
    import socket as sockets

    from pytk.server.registry import ServiceRegistry
    from pytk.server.socket import Keepalive

    served = Served(loop, tornado.web.Application(socket_routes(ServiceRegistry("none"), keepalive=0.1)))
    try:
        async def scenario():
            answering = await Socket.open(served.ws_url)
            silent = sockets.create_connection(("127.0.0.1", served.port))
            silent.sendall((f"GET /_pytk/ws HTTP/1.1\r\nHost: 127.0.0.1:{served.port}\r\nUpgrade: websocket\r\n"
                            "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                            f"Sec-WebSocket-Version: 13\r\nOrigin: {served.url}\r\n\r\n").encode())
            await asyncio.sleep(0.2)
            keepalive = Keepalive._by_loop[(asyncio.get_running_loop(), 0.1)]
            both = len(keepalive.sockets)
            await asyncio.sleep(0.6)
            left = len(keepalive.sockets)
            await answering.send({"type": "cancel", "id": 1})   # still open: the send goes through
            answering.close()
            silent.close()
            return both, left, answering.connection.close_code
        both, left, code = loop.run(scenario())
        assert (both, left) == (2, 1)
        assert code is None   # the answering socket was never closed by the server
    finally:
        served.close()
