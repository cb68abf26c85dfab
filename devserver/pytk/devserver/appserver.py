"""The app's server process under ``pytk dev``: started, replaced after a save, revived after a crash.

The app's server code (its services, and whatever else its Tornado application serves) runs in
a child process (:mod:`pytk.devserver.appchild`), so that a save under ``server/`` or
``shared/`` gets fresh code in a fresh interpreter while the dev server, and the pages
connected to it, stay up. A restart starts the new process first and switches to it only once
it accepts connections; if the new code fails to import, the running process goes on serving
and the error is reported. A process that dies on its own is started again (at most
``MAX_REVIVALS`` times between two saves).
"""
from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from typing import Any, Callable

from pytk.config import AppConfig
from pytk.devserver.appchild import DEFAULT_FACTORY

MAX_REVIVALS = 3
START_TIMEOUT = 30.0  # seconds for the app's server code to import and listen
STOP_GRACE = 5.0  # seconds between SIGTERM and SIGKILL


@dataclass(eq=False)
class Child:
    """One process running the app's server."""

    process: subprocess.Popen
    ready: asyncio.Future  # the child's first message (a dict)
    port: int | None = None
    services: int = 0
    stopping: bool = False
    started: float = field(default_factory=time.monotonic)

    def alive(self) -> bool:
        return self.process.poll() is None


class AppServer:
    """Runs the app's server in a child process and knows where it listens.

    ``log`` gets progress, ``log_problem`` failures; ``on_error`` is called with the traceback
    of a failed start, and with None once a start succeeds (the dev server shows it in pages).
    """

    def __init__(self, config: AppConfig, log: Callable[[str], None], log_problem: Callable[[str], None],
                 on_error: Callable[[str | None], None] = lambda error: None, factory: str = DEFAULT_FACTORY):
        self.config = config
        self.log, self.log_problem, self.on_error = log, log_problem, on_error
        self.factory = factory
        self.current: Child | None = None
        self.children: set[Child] = set()
        self.error: str | None = None
        self.restarts = 0  # successful starts after the first one
        self.revivals = 0  # automatic restarts since the last save
        self._lock: asyncio.Lock | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._closed = False

    @property
    def port(self) -> int | None:
        """Where the serving process listens (None when none serves)."""
        child = self.current
        return child.port if child is not None and child.alive() else None

    @property
    def starting(self) -> bool:
        """Whether a process is on its way up (one may take over soon)."""
        return ((self._lock is not None and self._lock.locked())
                or any(not child.ready.done() and not child.stopping for child in self.children))

    def launch(self) -> Child:
        """Start a process from the code as it is now; :meth:`start` waits for it."""
        self._loop = loop = asyncio.get_running_loop()
        if self._lock is None:
            self._lock = asyncio.Lock()
        process = subprocess.Popen(
            [sys.executable, "-m", "pytk.devserver.appchild", str(self.config.root), "--factory", self.factory],
            cwd=self.config.root, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            env={**os.environ, "PYTHONUNBUFFERED": "1"})
        child = Child(process, loop.create_future())
        self.children.add(child)
        threading.Thread(target=self._follow, args=(child, loop), name="pytk-appserver", daemon=True).start()
        return child

    async def start(self, launched: Child | None = None, after_save: bool = True) -> bool:
        """Start the app's server from the current code (or wait for ``launched``) and switch to it
        once it listens; the previous process then stops. Return whether it started."""
        if launched is None:
            self._loop = asyncio.get_running_loop()
            self._lock = self._lock or asyncio.Lock()
        assert self._lock is not None
        async with self._lock:
            if self._closed:
                return False
            if after_save:
                self.revivals = 0
            elif launched is not None and self.current is not None and self.current.alive():
                self._stop(launched)  # a save started newer code meanwhile
                return True
            began = time.perf_counter()
            child = launched or self.launch()
            try:
                message = await asyncio.wait_for(asyncio.shield(child.ready), START_TIMEOUT)
            except asyncio.TimeoutError:
                message = {"ready": False, "error": f"the app's server did not start within {START_TIMEOUT:.0f} s"}
            if not message.get("ready"):
                self._stop(child)
                self.error = str(message.get("error") or "the app's server failed to start")
                self.log_problem("server code failed to load; fix it and save (the previous server keeps "
                                 "answering, if any):\n" + self.error.rstrip("\n"))
                self.on_error(self.error)
                return False
            child.port, child.services = int(message["port"]), int(message.get("services", 0))
            previous, self.current = self.current, child
            if previous is not None:
                self._stop(previous)
            restarted = previous is not None or self.restarts > 0 or not after_save
            summary = f"loaded server code: {child.services} service(s)"
            if restarted:
                self.restarts += 1
                summary += f"; the app's server restarted in {(time.perf_counter() - began) * 1000:.0f} ms"
            self.log(summary)
            if self.error is not None:
                self.error = None
                self.on_error(None)
            return True

    async def serving_port(self, failed: int | None = None, timeout: float = 15.0) -> int | None:
        """The port of a process that can take a call, waiting (up to ``timeout``) for a start in
        progress; ``failed`` is a port whose connection just broke, to be avoided if another
        process takes over. None when no process serves."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        same_since: float | None = None
        while loop.time() < deadline:
            child = self.current
            if child is not None and child.alive() and child.port != failed:
                return child.port
            if self.starting or (child is not None and not child.alive()):
                same_since = None  # a process is on its way up, or a crash is about to be handled
            elif child is None:
                return None
            else:  # the same process is still there: if it does not go away, try it again
                same_since = same_since if same_since is not None else loop.time()
                if loop.time() - same_since > 0.5:
                    return child.port
            await asyncio.sleep(0.02)
        return None

    def stop(self) -> None:
        """Stop every process (when the dev server stops)."""
        self._closed = True
        for child in list(self.children):
            child.stopping = True
            _close_stdin(child.process)
            if child.alive():
                child.process.terminate()
        for child in list(self.children):
            try:
                child.process.wait(timeout=STOP_GRACE)
            except subprocess.TimeoutExpired:
                child.process.kill()
                child.process.wait()
        self.children.clear()
        self.current = None

    def _stop(self, child: Child) -> None:
        child.stopping = True
        _close_stdin(child.process)
        if child.alive():
            child.process.terminate()
        if self._loop is not None:
            self._loop.call_later(STOP_GRACE, _kill_if_alive, child)

    # -- in the reader thread ----------------------------------------------------------------
    def _follow(self, child: Child, loop: asyncio.AbstractEventLoop) -> None:
        """Read the child's message, then wait for it to exit."""
        assert child.process.stdout is not None
        line = child.process.stdout.readline()
        try:
            message: dict[str, Any] = json.loads(line) if line else {}
        except ValueError:
            message = {}
        if not message:
            code = child.process.wait()
            message = {"ready": False, "error": f"the app's server exited with status {code} before it was ready"}
        _call(loop, _settle, child.ready, message)
        for _ in child.process.stdout:  # nothing more is expected; wait for the end
            pass
        code = child.process.wait()
        _call(loop, self._exited, child, code)

    # -- back on the event loop ------------------------------------------------------------
    def _exited(self, child: Child, code: int) -> None:
        self.children.discard(child)
        if child.stopping or child is not self.current or self._closed:
            return
        self.current = None
        if self.revivals >= MAX_REVIVALS:
            self.log_problem(f"the app's server stopped unexpectedly (exit status {code}); it stopped "
                             f"{MAX_REVIVALS + 1} times since the last save, so it stays down until the next save")
            return
        self.revivals += 1
        self.log_problem(f"the app's server stopped unexpectedly (exit status {code}); starting it again")
        launched = self.launch()  # now, so that calls waiting for a port know a start is coming
        asyncio.ensure_future(self.start(launched, after_save=False))


def _kill_if_alive(child: Child) -> None:
    if child.alive():
        child.process.kill()


def _settle(future: asyncio.Future, value: Any) -> None:
    if not future.done():
        future.set_result(value)


def _call(loop: asyncio.AbstractEventLoop, function: Callable[..., Any], *args: Any) -> None:
    try:
        loop.call_soon_threadsafe(function, *args)
    except RuntimeError:
        pass  # the loop has closed: the dev server stopped


def _close_stdin(process: subprocess.Popen) -> None:
    try:
        if process.stdin is not None:
            process.stdin.close()
    except OSError:
        pass
