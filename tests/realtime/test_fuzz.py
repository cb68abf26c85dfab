"""Fuzzing the RPC endpoint and the page websocket with hypothesis: over 10,000 malformed
requests and frames, no 5xx, no crash, every answer a clear JSON error, the connection alive."""
from __future__ import annotations

import http.client
import json

import pytest
import tornado.web
from hypothesis import HealthCheck, given, settings, strategies as st

from pytk.server.broker import InProcessBroker
from pytk.server.channels import Channels
from pytk.server.registry import discover
from pytk.server.rpc import rpc_routes
from pytk.server.socket import socket_routes
from tests.realtime.demo_app import APP, DEMO, FILES
from tests.realtime.support import LoopThread, Served, Socket, forget_package, import_path, write_package

EXAMPLES = 5_000
"""Payloads per transport: HTTP bodies, then websocket frames."""
BATCH = 25
"""Payloads per hypothesis example (fewer examples, the same number of payloads, less overhead)."""

SAFE_METHODS = ["echo", "corners", "refuse", "whoami", "secret", "cancelled", "nope", "_hidden", ""]
"""Methods the fuzzer may name: not `crash` (a 500 by design) nor `sleep` (it would wait)."""

json_scalars = (st.none() | st.booleans() | st.integers(min_value=-2**70, max_value=2**70)
                | st.floats(allow_nan=False) | st.text(max_size=12))
json_values = st.recursive(
    json_scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4),
    max_leaves=8)
shapes = st.fixed_dictionaries({"name": json_values, "points": st.lists(
    st.fixed_dictionaries({}, optional={"x": json_values, "y": json_values, "z": json_values}), max_size=3)},
    optional={"tags": json_values, "kind": st.sampled_from(["open", "closed", "ajar", 1]), "color": json_values})
services = st.sampled_from([DEMO, DEMO + "x", "", "pytk.rpc.Service"]) | st.text(max_size=30)
calls = st.fixed_dictionaries(
    {"service": services | json_values, "method": st.sampled_from(SAFE_METHODS) | json_values,
     "args": st.lists(shapes | json_values, max_size=3) | json_values},
    optional={"v": st.text(max_size=16) | json_values, "extra": json_values})


def text_of(value) -> str:
    return json.dumps(value)


http_bodies = (calls.map(text_of) | json_values.map(text_of) | st.text(max_size=200)
               | st.binary(max_size=200).map(lambda b: b.decode("latin-1")))
frames = st.one_of(
    calls.map(lambda call: {**call, "type": "call", "id": 1}),
    st.fixed_dictionaries({"type": st.sampled_from(["call", "cancel", "sub", "unsub", "pub", "boom"]) | json_scalars},
                          optional={"id": json_scalars, "channel": st.sampled_from(["fz:a", "news:x", "bad name"]) | json_scalars,
                                    "since": json_scalars, "data": json_values, "service": services,
                                    "method": json_scalars, "args": json_values}),
    json_values,
).map(text_of) | st.text(max_size=300)


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    root = tmp_path_factory.mktemp("fuzzapp")
    write_package(root, APP, FILES)
    import_path(root)
    registry = discover(f"{APP}.server")
    hub = Channels(InProcessBroker())
    hub.declare("fz:*", client_publish=True, presence=True)
    loop = LoopThread()
    server = Served(loop, tornado.web.Application([*rpc_routes(registry, max_body=4096),
                                                  *socket_routes(registry, hub=hub, max_message=4096,
                                                                 rate=1e9, burst=1e9)]))
    yield server
    server.close()
    loop.stop()
    forget_package(root, APP)


def clear_error(answer: dict) -> bool:
    error = answer.get("error")
    return (isinstance(error, dict) and isinstance(error.get("code"), str) and error["code"]
            and isinstance(error.get("message"), str) and error["message"])


def test_malformed_http_calls_get_clear_4xx_errors(served):
    connection = http.client.HTTPConnection("127.0.0.1", served.port, timeout=10)
    seen = {"requests": 0, "errors": 0}

    @settings(max_examples=EXAMPLES // BATCH, deadline=None, derandomize=True, database=None,
              suppress_health_check=list(HealthCheck))
    @given(bodies=st.lists(http_bodies, min_size=BATCH, max_size=BATCH))
    def post_all(bodies):
        for body in bodies:
            post(body)

    def post(body):
        connection.request("POST", "/_pytk/rpc", body.encode("utf-8", "surrogatepass"),
                           {"Content-Type": "application/json"})
        response = connection.getresponse()
        answer = json.loads(response.read())
        seen["requests"] += 1
        assert response.status < 500, (body, answer)
        if response.status >= 400:
            seen["errors"] += 1
            assert clear_error(answer), (body, answer)
        else:
            assert set(answer) <= {"result", "exception"} and len(answer) == 1, answer

    post_all()
    assert seen["requests"] >= EXAMPLES and seen["errors"] > EXAMPLES // 2, seen


def test_malformed_frames_get_clear_errors_and_the_socket_lives_on(served):
    socket = served.loop.run(Socket.open(served.ws_url))
    seen = {"frames": 0, "answers": 0}
    marker = iter(range(10**6, 10**7))

    async def exchange(*batch: str) -> list[dict]:
        """Send the frames, then a known call; return every frame before the known call's reply."""
        for frame in batch:
            await socket.send(frame)
        probe = next(marker)
        await socket.send({"type": "call", "id": probe, "service": DEMO, "method": "echo", "args": [probe]})
        answers = []
        while True:
            answer = await socket.receive(timeout=10)
            if answer.get("id") == probe and answer.get("type") == "reply":
                assert answer["result"] == probe, answer
                return answers
            answers.append(answer)

    @settings(max_examples=EXAMPLES // BATCH, deadline=None, derandomize=True, database=None,
              suppress_health_check=list(HealthCheck))
    @given(batch=st.lists(frames, min_size=BATCH, max_size=BATCH))
    def send(batch):
        answers = served.loop.run(exchange(*batch))
        seen["frames"] += len(batch)
        for answer in answers:
            seen["answers"] += 1
            assert isinstance(answer.get("type"), str), answer
            if "status" in answer:
                assert answer["status"] < 500, (batch, answer)
                if answer["status"] >= 400:
                    assert clear_error(answer), (batch, answer)

    send()
    assert served.loop.run(exchange('{"type": "cancel", "id": 1}')) == []   # the socket still answers
    assert seen["frames"] >= EXAMPLES and seen["answers"] > EXAMPLES // 2, seen
    served.loop.loop.call_soon_threadsafe(socket.close)  # on the loop's thread, as every socket call
