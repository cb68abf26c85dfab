"""The server under test for bench/server.py: one process (or N workers) on 127.0.0.1 with

* ``POST /_pytk/rpc``: a typed service (``BenchService.total(order: Order) -> Receipt``) checked
  against its hints by pytk, and ``/_pytk/ws`` with the same service and channels;
* ``POST /plain``: the same work in a plain Tornado handler (json.loads, the sum, json.dumps):
  the baseline;
* ``POST /publish?channel=C&count=N``: publish N messages stamped with ``time.time()``.

Run: python bench/server/app.py PORT_FILE [--workers N] [--broker URL]. It writes the port it
listens on to PORT_FILE and serves until terminated.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import resource
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import tornado.httpserver
import tornado.netutil
import tornado.web

from pytk.rpc import Service
from pytk.server.channels import channels
from pytk.server.registry import ServiceRegistry
from pytk.server.rpc import rpc_routes
from pytk.server.serve import broker_for
from pytk.server.socket import socket_routes
from pytk.server.workers import run_workers


@dataclass
class Item:
    name: str
    qty: int
    price: float


@dataclass
class Order:
    customer: str
    items: list[Item]


@dataclass
class Receipt:
    customer: str
    total: float
    lines: int


class BenchService(Service):
    async def total(self, order: Order) -> Receipt: ...


class BenchServiceImpl(BenchService):
    async def total(self, order: Order) -> Receipt:
        return Receipt(order.customer, sum(item.qty * item.price for item in order.items), len(order.items))


class PlainHandler(tornado.web.RequestHandler):
    """The baseline: the same work with no type checks."""

    def check_xsrf_cookie(self) -> None:
        pass

    def post(self) -> None:
        request = json.loads(self.request.body)
        order = request["args"][0]
        total = sum(item["qty"] * item["price"] for item in order["items"])
        self.set_header("Content-Type", "application/json; charset=UTF-8")
        self.finish(json.dumps({"result": {"customer": order["customer"], "total": total,
                                           "lines": len(order["items"])}}))


class PublishHandler(tornado.web.RequestHandler):
    async def post(self) -> None:
        name = self.get_argument("channel")
        count = int(self.get_argument("count"))
        handle = channels.channel(name)
        started = time.perf_counter()
        for index in range(count):
            await handle.publish({"i": index, "t": time.time()})
        self.finish({"seconds": time.perf_counter() - started})


def application() -> tornado.web.Application:
    registry = ServiceRegistry(__name__)
    registry.register(BenchServiceImpl)
    channels.declare("bench:*")
    return tornado.web.Application([
        *rpc_routes(registry),
        *socket_routes(registry, hub=channels, rate=1e9, burst=1e9),
        ("/plain", PlainHandler),
        ("/publish", PublishHandler),
    ])


async def serve(sockets: list, broker_url: str | None) -> None:
    broker = broker_for(broker_url)
    if broker is not None:
        await channels.use(broker)
    await channels.start()
    server = tornado.httpserver.HTTPServer(application())
    server.add_sockets(sockets)
    await asyncio.Event().wait()


def raise_open_files(wanted: int = 65536) -> int:
    """Raise this process's open-files limit as far as it may go; return the new limit."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    try:
        resource.setrlimit(resource.RLIMIT_NOFILE, (max(wanted, hard), max(wanted, hard)))
    except (ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    return resource.getrlimit(resource.RLIMIT_NOFILE)[0]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("port_file", type=Path)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--broker")
    options = parser.parse_args()
    raise_open_files()
    sockets = tornado.netutil.bind_sockets(0, "127.0.0.1", backlog=4096)
    port = sockets[0].getsockname()[1]

    def started() -> None:
        options.port_file.write_text(str(port))

    if options.workers == 1:
        started()
        asyncio.run(serve(sockets, options.broker))
    else:
        sys.exit(run_workers(options.workers, lambda index: asyncio.run(serve(sockets, options.broker)), started))


if __name__ == "__main__":
    main()
