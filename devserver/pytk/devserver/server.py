"""The dev server: the app's client compiled on save, its server code in a child process.

On start it launches the app's server (:mod:`pytk.devserver.appserver`), compiles the client
and serves the page, the compiled modules and ``public/``, handing the app's own requests
(``/_pytk/...``: RPC, websockets) on to the app's server process (:mod:`pytk.devserver.proxy`).
Every batch of file changes then triggers, in order: a new server process when ``server/`` or
``shared/`` Python changed (the old one serves until the new one is up, and keeps serving if
the new code fails to import), a recompile of the client into a new folder, and a message to
every open page naming the compiled modules and ``public/`` files whose content changed: the
page swaps them in place (hot module replacement), reloads, or shows the errors. A failed
compile keeps the last good build serving. Batches that arrive while one is being handled are
merged into the next one.
"""
from __future__ import annotations

import asyncio
import hashlib
import itertools
import shutil
import time
import traceback
from pathlib import Path
from typing import Any, Callable

import tornado.httpserver
import tornado.web

from pytk.compiler.build import ClientBuild, app_cache, compile_client
from pytk.compiler.diagnostics import CompileFailed, Diagnostic, code_frame
from pytk.config import AppConfig
from pytk.devserver.appchild import DEFAULT_FACTORY, load_services
from pytk.devserver.appserver import AppServer
from pytk.devserver.proxy import proxy_routes
from pytk.devserver.reload import ReloadHub, reload_routes
from pytk.devserver.tracebacks import CompiledSources, PythonTraceback
from pytk.devserver.watcher import Watcher
from pytk.server.app import IndexHandler, LiveAssetHandler, NoCacheFileHandler
from pytk.server.pages import render_index, script_tags

__all__ = ["DevServer", "load_services"]


def _digest(path: Path) -> str:
    try:
        return hashlib.blake2b(path.read_bytes(), digest_size=16).hexdigest()
    except OSError:
        return ""


class DevServer:
    """Serves one app on 127.0.0.1 and keeps its client compiled."""

    def __init__(self, config: AppConfig, log: Callable[[str], None] = print,
                 log_problem: Callable[[str], None] | None = None, log_detail: Callable[[str], None] | None = None,
                 app_factory: str = DEFAULT_FACTORY):
        self.config = config
        self.log = log  # progress and results
        self.log_problem = log_problem or log  # compile errors, tracebacks
        self.log_detail = log_detail or (lambda line: None)  # what --verbose adds
        self.hub = ReloadHub(explain=self.explain_client_error)
        self.sources = CompiledSources(Path("."), {})  # of the build being served
        self.client_errors: list[PythonTraceback] = []  # uncaught exceptions pages reported
        self.module_hashes: dict[str, str] = {}  # script file name -> digest, of the build being served
        self.saved: set[Path] = set()  # files saved since the last successful compile
        self.builds_dir = config.work_dir / "dev"
        self.current_dir = self.builds_dir / "none"
        self.counter = itertools.count(1)
        self.cache = app_cache(config)  # one per process: a compile after a save regenerates what changed
        self.app_server = AppServer(config, self.log, self.log_problem, on_error=self.hub.publish_server_error,
                                    factory=app_factory)
        self.pending: set[Path] = set()  # changes not handled yet
        self.worker: asyncio.Task | None = None  # handles ``pending``, one batch at a time
        self.watcher: Watcher | None = None
        self.extra_routes: list[Any] = []  # more routes (e.g. the test runner's), before the app's

    # -- compiling -------------------------------------------------------------------------
    def compile_now(self) -> bool:
        """Compile and publish the outcome; call on the event loop's thread. Return success."""
        return self.publish(*self.compile_to_new_folder())

    def compile_to_new_folder(self) -> tuple[Path, ClientBuild | None, list[Diagnostic], float]:
        """Compile the client into a new folder; safe to run off the event loop."""
        started = time.perf_counter()
        target = self.builds_dir / f"build-{next(self.counter)}"
        try:
            build = compile_client(self.config, target, source_maps=True, cache=self.cache)
        except CompileFailed as failure:
            shutil.rmtree(target, ignore_errors=True)
            return target, None, failure.diagnostics, started
        return target, build, [], started

    def publish(self, target: Path, build: ClientBuild | None, diagnostics: list[Diagnostic],
                started: float, saved: set[Path] | None = None) -> bool:
        """Make a successful build current and tell the pages what changed (``saved``: the files
        saved since the last compile, None at start); or report the diagnostics."""
        if build is None:
            self.report(diagnostics)
            return False
        previous, self.current_dir = self.current_dir, target
        self.sources = CompiledSources.from_modules(target, build.modules, self.config.root)
        if previous.exists():
            shutil.rmtree(previous, ignore_errors=True)
        hashes = {Path(m.target).name: _digest(Path(m.target)) for m in build.modules}
        changed = sorted(name for name, digest in hashes.items() if self.module_hashes.get(name) != digest)
        self.module_hashes = hashes
        summary = (f"compiled {len(build.modules)} modules ({build.regenerated} regenerated) "
                   f"in {(time.perf_counter() - started) * 1000:.0f} ms")
        if saved is None:
            self.hub.publish(self.hub.build + 1, [])
            self.log(summary)
            return True
        css, static, reload = self.public_changes(saved)
        pages = self.hub.publish_update(self.hub.build + 1, changed, css, static, reload)
        self.log(f"{summary}; {len(changed)} changed module(s) sent to {pages} page(s)")
        return True

    def public_changes(self, saved: set[Path]) -> tuple[list[str], list[str], bool]:
        """The stylesheets and other static files of ``public/`` among ``saved``, and whether
        ``index.html`` changed (the pages must reload)."""
        css, static, reload = [], [], False
        public = self.config.public_dir.resolve()
        for path in saved:
            try:
                name = path.resolve().relative_to(public).as_posix()
            except ValueError:
                continue
            if name == "index.html":
                reload = True
            elif name.endswith(".css"):
                css.append(name)
            else:
                static.append(name)
        return sorted(css), sorted(static), reload

    def report(self, diagnostics: list[Diagnostic]) -> None:
        for diagnostic in diagnostics:
            self.log_problem(diagnostic.format(relative_to=self.config.root))
        self.hub.publish(self.hub.build, [
            {**d.to_json(self.config.root), "frame": code_frame(d)}
            for d in diagnostics])

    def on_batch(self, paths: set[Path]) -> None:
        """Changes settled: handle them now, or with the next batch if one is being handled."""
        self.pending |= paths
        if self.worker is None or self.worker.done():
            self.worker = asyncio.ensure_future(self._work())

    async def _work(self) -> None:
        while self.pending:
            batch, self.pending = self.pending, set()
            await self.handle(batch)

    async def handle(self, paths: set[Path]) -> None:
        """Restart the app's server if its code changed, recompile, tell the pages."""
        for path in sorted(paths):
            self.log_detail(f"changed: {self._display(path)}")
        server_side = any(p.suffix == ".py" and (self._within(p, "server") or self._within(p, "shared"))
                          for p in paths)
        compiling = asyncio.get_running_loop().run_in_executor(None, self.compile_to_new_folder)
        if server_side:
            await self.app_server.start()
        try:
            outcome = await compiling
            self.saved |= paths
            if self.publish(*outcome, saved=self.saved):
                self.saved = set()
        except Exception:
            self.log_problem("the compiler failed unexpectedly:\n" + traceback.format_exc())

    def explain_client_error(self, report: dict[str, str]) -> dict[str, Any]:
        """Map an uncaught exception a page reported to Python and print it; return it as JSON."""
        traceback = self.sources.traceback(report["exception"], report["message"], report["stack"])
        self.client_errors.append(traceback)
        del self.client_errors[:-100]
        self.log_problem("uncaught exception in the browser:\n" + traceback.format())
        return traceback.to_json()

    def _display(self, path: Path) -> str:
        try:
            return path.relative_to(self.config.root).as_posix()
        except ValueError:
            return str(path)

    def _within(self, path: Path, part: str) -> bool:
        try:
            return path.resolve().relative_to(self.config.package_dir.resolve()).parts[0] == part
        except (ValueError, IndexError):
            return False

    # -- serving ---------------------------------------------------------------------------
    def render_index(self) -> str:
        scripts = script_tags("/assets/dev/pytk_main.js", f"/_pytk/dev.js?build={self.hub.build}")
        return render_index(self.config.public_dir, self.config.title, scripts, lambda name: f"/static/{name}")

    def application(self) -> tornado.web.Application:
        """The dev server's own routes first, then the app's (proxied), then the client and page."""
        return tornado.web.Application([
            *reload_routes(self.hub),
            *self.extra_routes,
            *proxy_routes(self.app_server),
            (r"/assets/dev/(.*)", LiveAssetHandler, {"current_dir": lambda: self.current_dir}),
            (r"/static/(.*)", NoCacheFileHandler, {"path": str(self.config.public_dir)}),
            (r"/(.*)", IndexHandler, {"render": self.render_index}),
        ])

    async def serve(self, sockets: list, ready: Callable[[], None] | None = None, watch: bool = True) -> None:
        """Compile, serve on ``sockets`` and (unless ``watch`` is false) watch the app until cancelled."""
        if self.builds_dir.exists():
            shutil.rmtree(self.builds_dir, ignore_errors=True)
        loop = asyncio.get_running_loop()
        server: tornado.httpserver.HTTPServer | None = None
        try:
            launched = self.app_server.launch()  # it starts while the client compiles
            self.compile_now()
            await self.app_server.start(launched)
            server = tornado.httpserver.HTTPServer(self.application())
            server.add_sockets(sockets)
            if watch:
                self.watcher = Watcher(self.config.root, self.on_batch, loop)
                self.watcher.start()
            if ready:
                ready()
            await asyncio.Event().wait()
        finally:
            if self.watcher is not None:
                self.watcher.stop()
            if server is not None:
                server.stop()
            self.app_server.stop()
