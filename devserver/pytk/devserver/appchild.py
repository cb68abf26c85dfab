"""The app's server in a process of its own, as ``pytk dev`` runs it.

``python -m pytk.devserver.appchild ROOT [--factory MODULE:FUNCTION]`` imports the app's
``server`` package, registers its services and serves them (RPC, and any websocket routes the
application has) on 127.0.0.1, on a free port. It tells the dev server how that went with one
JSON line on its standard output:

* ``{"ready": true, "port": N, "services": K}`` once it accepts connections;
* ``{"ready": false, "error": "Traceback ..."}`` when the server code failed to import (then
  it exits with status 1).

Whatever the app prints goes to standard error, which the dev server's terminal shows. The
process stops on SIGTERM (closing the connections it holds) and when its standard input
closes, so it never outlives the dev server; it ignores SIGINT (Ctrl-C stops the dev server,
which stops it).
"""
from __future__ import annotations

import argparse
import asyncio
import importlib
import json
import os
import signal
import sys
import threading
import traceback
from pathlib import Path
from typing import Any, Callable

import tornado.httpserver
import tornado.netutil
import tornado.web

from pytk.config import AppConfig, load_config
from pytk.server.auth import auth_routes, configured_auth
from pytk.server.channels import channels as process_channels
from pytk.server.registry import ServiceRegistry, discover
from pytk.server.rpc import rpc_routes
from pytk.server.socket import socket_routes

DEFAULT_FACTORY = "pytk.devserver.appchild:application"


def load_services(config: AppConfig) -> ServiceRegistry:
    """Import (or re-import) the app's server package and collect its service implementations."""
    root = str(config.root)
    if root not in sys.path:
        sys.path.insert(0, root)
    for name in [n for n in sys.modules if n == config.name or n.startswith(config.name + ".")]:
        del sys.modules[name]
    if not (config.package_dir / "server").is_dir():
        return ServiceRegistry(config.shared_package)
    return discover(config.server_package, config.shared_package)


def application(registry: ServiceRegistry) -> tornado.web.Application:
    """The routes of the app's server that ``pytk dev`` hands on to this process: RPC over HTTP
    and over the page's websocket (with its channels), and sign-in when the app has an ``Auth``."""
    auth = configured_auth()
    routes = [*rpc_routes(registry), *socket_routes(registry, hub=process_channels),
              *(auth_routes() if auth else [])]
    return tornado.web.Application(routes, **(auth.settings() if auth else {}))


def app_traceback(error: BaseException, root: Path) -> str:
    """``error``'s traceback with only the frames of files under ``root`` (the app's code), so
    that it reads as the app's problem, not the loader's (a SyntaxError keeps its own location)."""
    root = root.resolve()
    summary = traceback.TracebackException.from_exception(error)
    for part in _chain(summary):
        frames = [frame for frame in part.stack if _under(frame.filename, root)]
        part.stack = traceback.StackSummary.from_list(frames)
    return "".join(summary.format())


def _chain(summary: traceback.TracebackException) -> list[traceback.TracebackException]:
    parts, seen = [], set()
    current: traceback.TracebackException | None = summary
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        parts.append(current)
        current = current.__cause__ or (None if current.__suppress_context__ else current.__context__)
    return parts


def _under(filename: str, root: Path) -> bool:
    if filename.startswith("<"):  # <frozen importlib._bootstrap>, <string>
        return False
    try:
        return Path(filename).resolve().is_relative_to(root)
    except (OSError, ValueError):
        return False


def load_factory(name: str) -> Callable[[ServiceRegistry], tornado.web.Application]:
    """``"package.module:function"`` -> the function."""
    module, _, function = name.partition(":")
    return getattr(importlib.import_module(module), function)


def _protocol_stream() -> Any:
    """Keep standard output for the JSON line; send everything else printed there to stderr."""
    stream = os.fdopen(os.dup(1), "w", encoding="utf-8")
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    return stream


async def _serve(registry: ServiceRegistry, factory: Callable[[ServiceRegistry], tornado.web.Application],
                 say: Callable[[dict[str, Any]], None]) -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    loop.add_signal_handler(signal.SIGTERM, stop.set)
    threading.Thread(target=_wait_for_eof, args=(loop, stop), daemon=True).start()
    server = tornado.httpserver.HTTPServer(factory(registry))
    sockets = tornado.netutil.bind_sockets(0, "127.0.0.1")
    server.add_sockets(sockets)
    say({"ready": True, "port": sockets[0].getsockname()[1], "services": len(registry)})
    await stop.wait()
    server.stop()
    try:
        await asyncio.wait_for(server.close_all_connections(), 1.0)
    except asyncio.TimeoutError:
        pass  # the process ends now anyway, and its connections with it


def _wait_for_eof(loop: asyncio.AbstractEventLoop, stop: asyncio.Event) -> None:
    try:
        while sys.stdin.buffer.read(4096):
            pass
    except (OSError, ValueError):
        pass
    try:
        loop.call_soon_threadsafe(stop.set)
    except RuntimeError:
        pass  # the loop has ended: the process is stopping anyway


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pytk.devserver.appchild")
    parser.add_argument("root", type=Path)
    parser.add_argument("--factory", default=DEFAULT_FACTORY)
    args = parser.parse_args(argv)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the dev server, which stops this process
    protocol = _protocol_stream()

    def say(message: dict[str, Any]) -> None:
        protocol.write(json.dumps(message) + "\n")
        protocol.flush()

    try:
        config = load_config(args.root)
        registry = load_services(config)
        factory = load_factory(args.factory)
    except BaseException as error:  # SystemExit in server code too: the dev server shows it
        say({"ready": False, "error": app_traceback(error, args.root)})
        return 1
    asyncio.run(_serve(registry, factory, say))
    return 0


if __name__ == "__main__":
    sys.exit(main())
