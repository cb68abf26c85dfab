"""pytk.client.rpc compiled and run under node: the wire codec, declared exceptions and service proxies."""
from __future__ import annotations

import json
import sys
import textwrap
import types

import pytest

from pytk.rpc import codec

MODELS = """\
    from dataclasses import dataclass, field
    from typing import Optional

    from pytk.rpc import Service


    @dataclass
    class Item:
        name: str
        qty: int = 1


    @dataclass
    class Order:
        id: int
        items: list[Item]
        by_code: dict[str, Item] = field(default_factory=dict)
        type: str = "normal"
        note: Optional[str] = None
        lines: list[list[Item]] = field(default_factory=list)


    class OutOfStock(Exception):
        def __init__(self, item, left):
            Exception.__init__(self, item)
            self.item = item
            self.left = left


    class Shop(Service):
        async def place(self, customer: str, items: list[Item]) -> Order: ...
        async def count(self) -> int: ...
        async def find(self, code: str) -> Optional[Item]: ...
        async def by_code(self) -> dict[str, Item]: ...
"""

FILES = {"x/shared/models.py": MODELS}


@pytest.fixture
def models():
    """The shared module under CPython, for the server's side of the wire."""
    module = types.ModuleType("pytk_compiled_models")
    sys.modules[module.__name__] = module
    try:
        exec(compile(textwrap.dedent(MODELS), "models.py", "exec"), module.__dict__)
        yield module
    finally:
        del sys.modules[module.__name__]


def sample(m):
    return m.Order(7, [m.Item("milk", 2), m.Item("tea")], {"A1": m.Item("jam", 3)}, "rush", None,
                   [[m.Item("egg")], []])


def test_encode_decode_round_trip_agrees_with_the_server_codec(client, models):
    program = """\
        from pytk.client.rpc import decode, encode
        from x.shared.models import Item, Order


        def main():
            order = Order(7, [Item("milk", 2), Item("tea")], {"A1": Item("jam", 3)}, "rush", None, [[Item("egg")], []])
            text = JSON.stringify(encode(order))
            print(text)
            back = decode(Order, JSON.parse(text))
            print(repr(back))
            print(isinstance(back, Order), isinstance(back.items[1], Item), isinstance(back.by_code["A1"], Item))
            print(isinstance(back.lines[0][0], Item), back.items[0].name, back.by_code["A1"].qty, back.type)
            print(JSON.stringify(encode([Item("a"), {"k": Item("b", 5)}, "s", 3, None])))
            print(decode(None, 5), decode(["list", None], [1, 2]), decode(Item, None))
    """
    lines = client(program, FILES).splitlines()
    wire = json.dumps(codec.encode(sample(models)), separators=(",", ":"))
    assert lines[0] == wire
    assert codec.decode(models.Order, json.loads(lines[0]), "result") == sample(models)
    assert lines[1] == repr(sample(models)).replace("pytk_compiled_models.", "")
    assert lines[1].startswith("Order(id=7, items=[Item(name='milk', qty=2), Item(name='tea', qty=1)], by_code={'A1'")
    assert lines[2] == "True True True"
    assert lines[3] == "True milk 3 rush"
    assert lines[4] == '[{"name":"a","qty":1},{"k":{"name":"b","qty":5}},"s",3,null]'
    assert lines[5] == "5 [1, 2] None"


def test_declared_exceptions_are_rebuilt_by_qualified_name(client):
    program = """\
        from pytk.client.rpc import _declared, register
        from pytk.rpc import RemoteError
        from x.shared.models import OutOfStock


        class Local(Exception):
            pass


        def main():
            error = _declared({"type": "x.shared.models.OutOfStock", "args": ["milk", 3]})
            print(isinstance(error, OutOfStock), error.item, error.left, str(error))
            unknown = _declared({"type": "x.shared.models.Nope", "args": [], "message": "boom"})
            print(isinstance(unknown, RemoteError), unknown.message)
            register("x.client.main", {"Local": Local})
            local = _declared({"type": "x.client.main.Local", "args": ["why"]})
            print(isinstance(local, Local), str(local))
            try:
                raise _declared({"type": "x.shared.models.OutOfStock", "args": ["tea", 0]})
            except OutOfStock as caught:
                print("caught", caught.item, caught.left)
    """
    assert client(program, FILES).splitlines() == [
        "True milk 3 milk",
        "True boom",
        "True why",
        "caught tea 0",
    ]


PROXY_PROGRAM = """\
    from pytk.rpc import RemoteError, RpcError
    from x.shared.models import Item, Order, OutOfStock, Shop

    replies = []
    requests = []


    class FakeResponse:
        def __init__(self, status, text):
            self.status = status
            self.body = text

        async def text(self):
            return self.body


    async def fake_fetch(url, options):
        requests.append([url, options])
        reply = replies.pop(0)
        if reply is None:
            raise ValueError("network down")
        return FakeResponse(reply[0], reply[1])


    def reply(status, text):
        replies.append([status, text])


    def show_request():
        url, options = requests[len(requests) - 1]  # not [-1]: a known limitation of the generator
        print(url, options.method, options.headers["Content-Type"])
        print(options.body)


    async def run():
        globalThis.fetch = fake_fetch
        shop = Shop()

        reply(200, '{"result": {"id": 7, "items": [{"name": "milk", "qty": 2}], "by_code": {"B": {"name": "egg", "qty": 6}}, "type": "rush", "note": "x", "lines": []}}')
        order = await shop.place("ada", [Item("milk", 2)])
        show_request()
        print(repr(order))
        print(isinstance(order, Order), isinstance(order.items[0], Item), isinstance(order.by_code["B"], Item))

        reply(200, '{"result": 42}')
        print(await shop.count())
        show_request()

        reply(200, '{"result": null}')
        print(await shop.find("zz"))
        reply(200, '{"result": {"name": "jam", "qty": 1}}')
        found = await shop.find("J")
        print(repr(found), isinstance(found, Item))

        reply(200, '{"result": {"a": {"name": "x", "qty": 1}}}')
        table = await shop.by_code()
        print(isinstance(table["a"], Item), table["a"].name)

        reply(200, '{"exception": {"type": "x.shared.models.OutOfStock", "args": ["milk", 0], "message": "milk"}}')
        try:
            await shop.place("bob", [])
            print("no exception")
        except OutOfStock as error:
            print("OutOfStock", error.item, error.left)

        reply(422, '{"error": {"message": "args[1][0].qty: expected int, got str", "code": "invalid_argument", "path": "args[1][0].qty"}}')
        try:
            await shop.place("eve", [])
            print("no exception")
        except RpcError as error:
            print("RpcError", error.code, error.path, str(error))

        reply(404, '{"error": {"message": "no such service"}}')
        try:
            await shop.count()
        except RpcError as error:
            print("RpcError", error.code, error.path, error.message)

        reply(500, '{"error": {"message": "internal server error"}}')
        try:
            await shop.count()
        except RpcError:
            print("wrong class")
        except RemoteError as error:
            print("RemoteError", error.message)

        reply(502, "<html>bad gateway</html>")
        try:
            await shop.count()
        except RemoteError as error:
            print("RemoteError", error.message)

        replies.append(None)
        try:
            await shop.count()
        except RemoteError as error:
            print("RemoteError", error.message)
        print("done", len(replies))


    def main():
        run()
"""


def test_service_proxy_calls_and_decodes(client):
    lines = client(PROXY_PROGRAM, FILES).splitlines()
    assert lines[0] == "/_pytk/rpc POST application/json"
    assert json.loads(lines[1]) == {"service": "x.shared.models.Shop", "method": "place",
                                    "args": ["ada", [{"name": "milk", "qty": 2}]]}
    assert lines[2] == ("Order(id=7, items=[Item(name='milk', qty=2)], by_code={'B': Item(name='egg', qty=6)}, "
                        "type='rush', note='x', lines=[])")
    assert lines[3] == "True True True"
    assert lines[4] == "42"
    assert json.loads(lines[6]) == {"service": "x.shared.models.Shop", "method": "count", "args": []}
    assert lines[7:] == [
        "None",
        "Item(name='jam', qty=1) True",
        "True x",
        "OutOfStock milk 0",
        "RpcError invalid_argument args[1][0].qty args[1][0].qty: expected int, got str",
        "RpcError bad_request None no such service",
        "RemoteError internal server error",
        "RemoteError the server sent an unreadable reply (HTTP 502)",
        "RemoteError cannot reach the server",
        "done 0",
    ]


def test_proxy_replaces_the_interface_body_in_the_output(client):
    client.write("from x.shared.models import Shop\n\n\ndef main():\n    print(Shop)\n", FILES)
    out = client.compile()
    models = (out / "x.shared.models.js").read_text(encoding="utf-8")
    assert "_pytk_rpc_call, null, 'x.shared.models.Shop', 'place', [customer, py_items], Order)" in models
    assert "_pytk_rpc_register, null, 'x.shared.models'" in models
