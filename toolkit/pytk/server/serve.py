"""``pytk serve``: a built app on one port, in one process or several, with a channel broker and
the raw protocols the app hosts (:mod:`pytk.server.protocols`)."""
from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Callable

import tornado.httpserver

from pytk.server.app import production_app
from pytk.server.channels import channels
from pytk.server.protocols import hosted
from pytk.server.registry import ServiceRegistry
from pytk.server.workers import run_workers

__all__ = ["serve_app", "broker_for"]


def broker_for(url: str | None):
    """The broker a ``--broker`` URL names: None (in-process) or a RedisBroker."""
    if url is None:
        return None
    if url.startswith(("redis://", "rediss://", "unix://")):
        from pytk.server.redis_broker import RedisBroker

        return RedisBroker(url)
    raise ValueError(f"unknown broker {url!r}: use redis://host:port/db")


def serve_app(dist: Path, registry: ServiceRegistry, sockets: list, workers: int = 1,
              broker_url: str | None = None, ready: Callable[[], None] | None = None) -> int:
    """Serve until stopped; return an exit status. ``ready`` runs once the server accepts
    connections (in the parent, once the workers are forked)."""
    broker_for(broker_url)  # a bad URL fails before anything starts

    def work(index: int | None) -> None:
        asyncio.run(_serve(dist, registry, sockets, broker_url, ready if index is None else None,
                           reuse_port=workers > 1))

    if workers <= 1:
        work(None)
        return 0
    return run_workers(workers, work, started=ready)


async def _serve(dist: Path, registry: ServiceRegistry, sockets: list, broker_url: str | None,
                 ready: Callable[[], None] | None, reuse_port: bool = False) -> None:
    broker = broker_for(broker_url)
    if broker is not None:
        await channels.use(broker)
    await channels.start()
    await hosted.start(reuse_port=reuse_port)
    server = tornado.httpserver.HTTPServer(production_app(dist, registry))
    server.add_sockets(sockets)
    if ready is not None:
        ready()
    try:
        await asyncio.Event().wait()
    finally:
        server.stop()
        hosted.stop()
        await channels.stop()
