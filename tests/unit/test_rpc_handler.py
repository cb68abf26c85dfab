"""pytk.server.rpc: the HTTP RPC endpoint, exercised through a real Tornado server."""
from __future__ import annotations

import asyncio
import http.client
import importlib
import json
import logging
import sys
import textwrap
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import tornado.httpserver
import tornado.netutil
import tornado.web

from pytk.server.registry import discover
from pytk.server.rpc import RPC_PATH, rpc_routes

APP = "pytk_rpctest_app"
SHOP = f"{APP}.shared.api.ShopService"
MAX_BODY = 4096

FILES = {
    "__init__.py": "",
    "shared/__init__.py": "",
    "shared/api.py": '''
        from __future__ import annotations
        from dataclasses import dataclass
        from typing import Any
        from pytk.rpc import Service

        @dataclass
        class Item:
            name: str
            qty: int = 1

        @dataclass
        class Order:
            customer: str
            items: list[Item]

        @dataclass
        class Receipt:
            total: int
            lines: list[str]

        class OutOfStock(Exception):
            pass

        class ShopService(Service):
            async def place(self, order: Order) -> Receipt: ...
            async def fail(self, kind: str) -> None: ...
            async def bad_result(self) -> int: ...
            async def echo(self, value: Any = None) -> Any: ...
            async def _hidden(self) -> None: ...
    ''',
    "server/__init__.py": "",
    "server/shop.py": '''
        from pytk_rpctest_app.shared.api import OutOfStock, Receipt, ShopService

        class Opaque:
            def __str__(self):
                return "opaque thing"

        class ShopImpl(ShopService):
            async def place(self, order):
                for item in order.items:
                    if item.name == "unicorn":
                        raise OutOfStock(item.name, 0)
                lines = [f"{item.qty} x {item.name} for {order.customer}" for item in order.items]
                return Receipt(total=sum(item.qty for item in order.items), lines=lines)

            async def fail(self, kind):
                if kind == "declared":
                    raise OutOfStock(Opaque(), [1, 2])
                raise RuntimeError("database password is hunter2")

            async def bad_result(self):
                return "not an int"

            async def echo(self, value=None):
                return value

            async def _hidden(self):
                return None
    ''',
}


def write_package(root: Path, name: str, files: dict[str, str]) -> None:
    for relative, text in files.items():
        path = root / name / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text))


@pytest.fixture(scope="module")
def port(tmp_path_factory: pytest.TempPathFactory) -> Iterator[int]:
    """A Tornado server on 127.0.0.1 serving the test app's registry from its own thread."""
    root = tmp_path_factory.mktemp("rpcapp")
    write_package(root, APP, FILES)
    sys.path.insert(0, str(root))
    importlib.invalidate_caches()
    registry = discover(f"{APP}.server")
    loop = asyncio.new_event_loop()
    ready = threading.Event()
    state: dict[str, Any] = {}

    async def start() -> None:
        sockets = tornado.netutil.bind_sockets(0, "127.0.0.1")
        server = tornado.httpserver.HTTPServer(tornado.web.Application(rpc_routes(registry, max_body=MAX_BODY)))
        server.add_sockets(sockets)
        state["server"], state["port"] = server, sockets[0].getsockname()[1]

    def run() -> None:
        asyncio.set_event_loop(loop)
        loop.run_until_complete(start())
        ready.set()
        loop.run_forever()
        state["server"].stop()
        loop.run_until_complete(state["server"].close_all_connections())
        loop.close()

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    assert ready.wait(10), "server did not start"
    yield state["port"]
    loop.call_soon_threadsafe(loop.stop)
    thread.join(10)
    sys.path.remove(str(root))
    for module in [m for m in sys.modules if m == APP or m.startswith(APP + ".")]:
        del sys.modules[module]


@pytest.fixture
def conn(port: int) -> Iterator[http.client.HTTPConnection]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    yield connection
    connection.close()


class Reply:
    def __init__(self, response: http.client.HTTPResponse) -> None:
        self.status = response.status
        self.headers = response.headers
        self.text = response.read().decode("utf-8")
        self.json = json.loads(self.text) if self.text else None

    @property
    def error(self) -> dict[str, Any]:
        return self.json["error"]


def send(conn: http.client.HTTPConnection, body: Any, *, raw: bytes | None = None,
         content_type: str | None = "application/json", method: str = "POST") -> Reply:
    data = raw if raw is not None else json.dumps(body).encode()
    headers = {"Content-Type": content_type} if content_type else {}
    conn.request(method, RPC_PATH, body=data if method == "POST" else None, headers=headers)
    return Reply(conn.getresponse())


def call(conn: http.client.HTTPConnection, method: str, *args: Any, service: str = SHOP) -> Reply:
    return send(conn, {"service": service, "method": method, "args": list(args)})


ORDER = {"customer": "Ada", "items": [{"name": "milk", "qty": 2}, {"name": "egg"}]}


# -- success and exceptions --------------------------------------------------------

def test_good_call_with_dataclass_argument_and_result(conn: http.client.HTTPConnection) -> None:
    reply = call(conn, "place", ORDER)
    assert reply.status == 200
    assert reply.json == {"result": {"total": 3, "lines": ["2 x milk for Ada", "1 x egg for Ada"]}}
    assert reply.headers["Cache-Control"] == "no-store"
    assert reply.headers["Content-Type"].startswith("application/json")


def test_optional_arguments_may_be_left_out(conn: http.client.HTTPConnection) -> None:
    assert call(conn, "echo").json == {"result": None}
    assert call(conn, "echo", {"a": [1, "b"]}).json == {"result": {"a": [1, "b"]}}


def test_charset_in_content_type_is_accepted(conn: http.client.HTTPConnection) -> None:
    body = {"service": SHOP, "method": "echo", "args": ["é"]}
    reply = send(conn, body, content_type="Application/JSON; charset=UTF-8")
    assert (reply.status, reply.json) == (200, {"result": "é"})


def test_declared_exception(conn: http.client.HTTPConnection) -> None:
    reply = call(conn, "place", {"customer": "Ada", "items": [{"name": "unicorn"}]})
    assert reply.status == 200
    assert reply.json == {"exception": {"type": f"{APP}.shared.api.OutOfStock",
                                        "args": ["unicorn", 0], "message": "('unicorn', 0)"}}


def test_declared_exception_args_that_cannot_be_encoded_become_strings(conn: http.client.HTTPConnection) -> None:
    reply = call(conn, "fail", "declared")
    assert reply.status == 200
    assert reply.json["exception"]["args"] == ["opaque thing", [1, 2]]


def test_internal_error_is_logged_but_not_leaked(conn: http.client.HTTPConnection,
                                                 caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.ERROR, logger="pytk.rpc"):
        reply = call(conn, "fail", "boom")
    assert reply.status == 500
    assert reply.json == {"error": {"code": "internal", "message": "internal server error", "path": None}}
    assert "hunter2" not in reply.text and "RuntimeError" not in reply.text
    records = [r for r in caplog.records if r.name == "pytk.rpc"]
    assert records and records[0].exc_info and "hunter2" in caplog.text


def test_result_not_matching_the_return_hint_is_internal(conn: http.client.HTTPConnection,
                                                         caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.ERROR, logger="pytk.rpc"):
        reply = call(conn, "bad_result")
    assert reply.status == 500 and reply.error["code"] == "internal"
    assert "not an int" not in reply.text
    assert "bad_result" in caplog.text


# -- protocol errors ------------------------------------------------------------

@pytest.mark.parametrize("raw, fragment", [
    (b"{not json", "not valid JSON"),
    (b"[1, 2]", "must be a JSON object"),
    (b"\xff\xfe", "not valid UTF-8"),
    (json.dumps({"service": SHOP, "method": "echo"}).encode(), "missing the 'args' key"),
    (json.dumps({"service": 1, "method": "echo", "args": []}).encode(), "'service' must be a string"),
    (json.dumps({"service": SHOP, "method": "echo", "args": {}}).encode(), "'args' must be a list"),
    (json.dumps({"service": SHOP, "method": "echo", "args": [], "id": 1}).encode(), "unknown key 'id'"),
    (b'{"service": "x", "method": "echo", "args": [NaN]}', "NaN is not valid JSON"),
])
def test_bad_json(conn: http.client.HTTPConnection, raw: bytes, fragment: str) -> None:
    reply = send(conn, None, raw=raw)
    assert reply.status == 400
    assert reply.error["code"] == "bad_json" and reply.error["path"] is None
    assert fragment in reply.error["message"]


def test_unknown_service(conn: http.client.HTTPConnection) -> None:
    reply = call(conn, "place", ORDER, service=f"{APP}.server.shop.ShopImpl")
    assert reply.status == 404
    assert reply.error == {"code": "unknown_service", "path": None,
                           "message": f"no service named '{APP}.server.shop.ShopImpl'"}


@pytest.mark.parametrize("method", ["refund", "_hidden"])
def test_unknown_method(conn: http.client.HTTPConnection, method: str) -> None:
    reply = call(conn, method)
    assert reply.status == 404
    assert reply.error == {"code": "unknown_method", "path": None,
                           "message": f"{SHOP} has no method '{method}'"}


def test_wrong_number_of_arguments(conn: http.client.HTTPConnection) -> None:
    reply = call(conn, "place", ORDER, ORDER)
    assert reply.status == 400
    assert reply.error == {"code": "bad_arguments", "path": None, "message": "place() takes 1 argument, got 2"}
    assert call(conn, "echo", 1, 2).error["message"] == "echo() takes 0 to 1 arguments, got 2"


def test_argument_type_mismatch_names_the_nested_path(conn: http.client.HTTPConnection) -> None:
    order = {"customer": "Ada", "items": [{"name": "milk"}, {"name": "egg", "qty": "six"}]}
    reply = call(conn, "place", order)
    assert reply.status == 422
    assert reply.error == {"code": "bad_argument", "path": "args[0].items[1].qty",
                           "message": "expected int, got str"}


def test_argument_with_unknown_field(conn: http.client.HTTPConnection) -> None:
    reply = call(conn, "place", {**ORDER, "coupon": "FREE"})
    assert (reply.status, reply.error["path"]) == (422, "args[0].coupon")
    assert reply.error["message"] == "unknown field for Order"


def test_body_too_large(conn: http.client.HTTPConnection) -> None:
    reply = call(conn, "echo", "x" * MAX_BODY)
    assert reply.status == 413
    assert reply.error["code"] == "too_large" and str(MAX_BODY) in reply.error["message"]


@pytest.mark.parametrize("content_type", ["text/plain", None, "application/json; charset=latin-1"])
def test_unsupported_media_type(conn: http.client.HTTPConnection, content_type: str | None) -> None:
    reply = send(conn, {"service": SHOP, "method": "echo", "args": []}, content_type=content_type)
    assert reply.status == 415
    assert reply.error["code"] == "unsupported_media_type"


@pytest.mark.parametrize("method", ["GET", "PUT", "DELETE"])
def test_only_post_is_allowed(conn: http.client.HTTPConnection, method: str) -> None:
    reply = send(conn, None, method=method)
    assert reply.status == 405
    assert reply.error["code"] == "method_not_allowed" and method in reply.error["message"]
    assert reply.headers["Allow"] == "POST"
    assert reply.headers["Cache-Control"] == "no-store"


def test_server_keeps_serving_on_the_same_connection(conn: http.client.HTTPConnection) -> None:
    statuses = [
        send(conn, None, raw=b"garbage").status,
        call(conn, "nope").status,
        call(conn, "place", {"customer": 1, "items": []}).status,
        call(conn, "fail", "boom").status,
        send(conn, None, method="GET").status,
        call(conn, "echo", "y" * MAX_BODY).status,
        send(conn, {}, content_type="text/plain").status,
    ]
    assert statuses == [400, 404, 422, 500, 405, 413, 415]
    reply = call(conn, "place", ORDER)
    assert reply.status == 200 and reply.json["result"]["total"] == 3
