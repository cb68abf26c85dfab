"""An app compiled and served on 127.0.0.1 by the dev server, in a thread of its own.

Tests drive the page with Playwright's synchronous API in the main thread while the app's
Tornado server runs its own event loop beside it.
"""
from __future__ import annotations

import asyncio
import threading
from pathlib import Path
from typing import Any

from pytk.config import AppConfig


class AppFailedToStart(Exception):
    """The app's client did not compile, or its server did not start."""


class ServedApp:
    """The app at ``config``, compiled (with source maps) and served by :class:`DevServer`.

    ``url`` is the page's address; ``log`` holds what the dev server printed, and
    ``client_errors`` the Python tracebacks of uncaught exceptions in its pages.
    """

    def __init__(self, config: AppConfig, routes: list[Any] | None = None):
        from pytk.devserver.server import DevServer

        self.config = config
        self.log: list[str] = []
        self.server = DevServer(config, log=self.log.append)
        self.server.builds_dir = config.work_dir / "test" / "app"  # leave a running `pytk dev` alone
        self.server.extra_routes = list(routes or [])
        self.url = ""
        self._loop: asyncio.AbstractEventLoop | None = None
        self._task: asyncio.Task | None = None
        self._thread: threading.Thread | None = None
        self._failure: BaseException | None = None

    @property
    def root(self) -> Path:
        return self.config.root

    @property
    def client_errors(self) -> list[str]:
        """The uncaught exceptions pages reported so far, as Python tracebacks."""
        return [traceback.format() for traceback in self.server.client_errors]

    def start(self, timeout: float = 60) -> ServedApp:
        """Compile and start serving; raise AppFailedToStart when the client does not compile."""
        from pytk.server.listen import bind

        sockets, port = bind(0)
        self.url = f"http://127.0.0.1:{port}/"
        ready = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(sockets, ready), name="pytk-app", daemon=True)
        self._thread.start()
        if not ready.wait(timeout):
            self.stop()
            raise AppFailedToStart(f"the app did not start within {timeout:.0f} s")
        if self._failure is not None:
            raise AppFailedToStart(f"the app's server failed: {self._failure!r}") from self._failure
        if self.server.hub.diagnostics:
            problems = "\n".join(f"{d['file']}:{d['line']}:{d['col']}: {d['code']} {d['message']}"
                                 for d in self.server.hub.diagnostics)
            self.stop()
            raise AppFailedToStart(f"the app's client does not compile:\n{problems}")
        return self

    def _run(self, sockets: list, ready: threading.Event) -> None:
        self._loop = loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        self._task = loop.create_task(self.server.serve(sockets, ready=ready.set, watch=False))
        try:
            loop.run_until_complete(self._task)
        except asyncio.CancelledError:
            pass
        except BaseException as error:  # reported by start()
            self._failure = error
            ready.set()
        finally:
            loop.close()

    def stop(self) -> None:
        """Stop serving (idempotent)."""
        if self._loop is not None and self._task is not None and not self._loop.is_closed():
            try:
                self._loop.call_soon_threadsafe(self._task.cancel)
            except RuntimeError:
                pass  # the loop closed meanwhile
        if self._thread is not None:
            self._thread.join(timeout=10)

    def __enter__(self) -> ServedApp:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
