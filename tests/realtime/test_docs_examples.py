"""The server-side examples of docs/realtime.md (blocks starting with ``# example: NAME``), run
against real servers and clients."""
from __future__ import annotations

import asyncio
import http.client
import json
import re
import sys
import types
from pathlib import Path

import pytest
import tornado.web

from pytk.server import auth as auth_module
from pytk.server.auth import auth_routes, configured_auth
from pytk.server.channels import channels
from pytk.server.protocols import hosted, start_tcp
from pytk.server.registry import ServiceRegistry
from pytk.server.rpc import rpc_routes
from pytk.server.socket import socket_routes
from tests.realtime.support import LoopThread, Served, Socket

PAGE = Path(__file__).resolve().parents[2] / "docs" / "realtime.md"
BLOCK = re.compile(r"```python\n# example: (\w+)\n(.*?)```", re.DOTALL)


def example(name: str) -> types.ModuleType:
    """The example block run as a module named docs_example_<name>."""
    blocks = dict(BLOCK.findall(PAGE.read_text(encoding="utf-8")))
    module = types.ModuleType(f"docs_example_{name}")
    sys.modules[module.__name__] = module
    exec(compile(blocks[name], f"{PAGE}:{name}", "exec"), module.__dict__)
    return module


@pytest.fixture(scope="module")
def loop():
    thread = LoopThread()
    yield thread
    thread.stop()


def test_the_channels_example(loop):
    module = example("channels")
    lobby = channels.policy_for("chat:lobby")
    assert lobby.client_publish and lobby.presence and lobby.message is module.ChatLine
    assert not channels.policy_for("news:main").client_publish
    staff = types.SimpleNamespace(name="ada", roles={"staff"})
    assert lobby.authorize(None, "chat:staff", "subscribe") is False
    assert lobby.authorize(staff, "chat:staff", "subscribe") is True
    served = Served(loop, tornado.web.Application(socket_routes(ServiceRegistry("none"), hub=channels)))

    async def scenario():
        page = await Socket.open(served.ws_url)
        await page.send({"type": "sub", "channel": "news:main"})
        await page.receive()
        seq = await module.announce("doors open at nine")
        heard = await page.receive()
        await page.send({"type": "pub", "id": 1, "channel": "chat:lobby", "data": {"author": "ada"}})
        refused = await page.receive()
        page.close()
        return seq, heard, refused
    try:
        seq, heard, refused = loop.run(scenario())
    finally:
        served.close()
    assert heard == {"type": "msg", "channel": "news:main", "seq": seq, "data": {"text": "doors open at nine"}}
    assert refused["status"] == 422 and refused["error"]["path"] == "data.text"


def test_the_auth_example(loop):
    module = example("auth")
    try:
        auth = configured_auth()
        registry = ServiceRegistry(module.__name__)
        registry.register(module.ReportServiceImpl)
        served = Served(loop, tornado.web.Application([*rpc_routes(registry), *auth_routes()],
                                                      **{**auth.settings(), "xsrf_cookies": False}))  # XSRF: test_auth
        service = f"{module.__name__}.ReportService"

        def post(path, body, cookie=""):
            connection = http.client.HTTPConnection("127.0.0.1", served.port, timeout=10)
            connection.request("POST", path, json.dumps(body), {"Content-Type": "application/json", "Cookie": cookie})
            response = connection.getresponse()
            return response.status, json.loads(response.read()), response.headers.get("Set-Cookie", "")

        assert post("/_pytk/rpc", {"service": service, "method": "totals", "args": []})[0] == 401
        status, _, cookie = post("/_pytk/login", {"username": "ada", "password": "correct horse battery"})
        assert status == 200
        session = cookie.split(";")[0]
        assert post("/_pytk/rpc", {"service": service, "method": "totals", "args": []}, session)[:2] == (200, {"result": 42})
        assert post("/_pytk/rpc", {"service": service, "method": "mine", "args": []}, session)[1] == {"result": "reports of ada"}
        served.close()
    finally:
        auth_module._configured.clear()


def test_the_protocols_example(loop):
    before = len(hosted.entries)
    module = example("protocols")
    try:
        kind, port, factory, host = hosted.entries[-1]
        assert (kind, port, factory, host) == ("tcp", 7000, module.Bridge, "127.0.0.1")

        async def scenario():
            server = await start_tcp(module.Bridge)              # port 0 here: 7000 may be taken
            reader, writer = await asyncio.open_connection("127.0.0.1", server.sockets[0].getsockname()[1])
            answers = []
            for line in (b"hello\n", b"\n"):
                writer.write(line)
                answers.append((await asyncio.wait_for(reader.readline(), 5)).decode().strip())
            writer.close()
            server.close()
            return answers
        first, empty = loop.run(scenario())
        assert re.fullmatch(r"ok \d+", first) and empty == "error empty line"
    finally:
        del hosted.entries[before:]
