"""The dev server: the app's Tornado server plus compile-on-save and page reloads.

On start it compiles the client and serves it. Every batch of file changes then
triggers, in order: a fresh import of the app's server code when ``server/`` or
``shared/`` Python changed (so RPC answers with the new code), a recompile of the
client into a new folder, and a message to every open page naming the compiled modules
and ``public/`` files whose content changed: the page swaps them in place (hot module
replacement), reloads, or shows the compile errors. A failed compile keeps the last good
build serving.
"""
from __future__ import annotations

import asyncio
import hashlib
import itertools
import shutil
import sys
import time
import traceback
from pathlib import Path
from typing import Any, Callable

import tornado.httpserver

from pytk.compiler.build import ClientBuild, app_cache, compile_client
from pytk.compiler.diagnostics import CompileFailed, Diagnostic, code_frame
from pytk.config import AppConfig
from pytk.devserver.reload import ReloadHub, reload_routes
from pytk.devserver.tracebacks import CompiledSources, PythonTraceback
from pytk.devserver.watcher import Watcher
from pytk.server.app import development_app
from pytk.server.pages import render_index, script_tags
from pytk.server.registry import ServiceRegistry, discover


class LiveRegistry:
    """Stands in for the app's ServiceRegistry and is re-pointed after server code reloads."""

    def __init__(self, registry: ServiceRegistry):
        self.current = registry

    def __getattr__(self, name: str) -> Any:
        return getattr(self.current, name)


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


def _digest(path: Path) -> str:
    try:
        return hashlib.blake2b(path.read_bytes(), digest_size=16).hexdigest()
    except OSError:
        return ""


class DevServer:
    """Serves one app on 127.0.0.1 and keeps its client compiled."""

    def __init__(self, config: AppConfig, log: Callable[[str], None] = print,
                 log_problem: Callable[[str], None] | None = None, log_detail: Callable[[str], None] | None = None):
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
        self.registry = LiveRegistry(ServiceRegistry(config.shared_package))
        self.reload_services()
        self.compiling: asyncio.Lock | None = None
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

    async def on_batch(self, paths: set[Path]) -> None:
        assert self.compiling is not None
        async with self.compiling:
            for path in sorted(paths):
                self.log_detail(f"changed: {self._display(path)}")
            server_side = any(p.suffix == ".py" and (self._within(p, "server") or self._within(p, "shared"))
                              for p in paths)
            if server_side:
                self.reload_services()
            try:
                outcome = await asyncio.get_running_loop().run_in_executor(None, self.compile_to_new_folder)
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

    def reload_services(self) -> None:
        try:
            self.registry.current = load_services(self.config)
            self.log(f"loaded server code: {len(self.registry.current)} service(s)")
        except Exception:
            self.log_problem("server code failed to load; fix it and save (RPC keeps the previous version, "
                             "if any):\n" + traceback.format_exc())

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
        return development_app(self.registry, self.config.public_dir, lambda: self.current_dir,
                               self.render_index, [*reload_routes(self.hub), *self.extra_routes])

    async def serve(self, sockets: list, ready: Callable[[], None] | None = None, watch: bool = True) -> None:
        """Compile, serve on ``sockets`` and (unless ``watch`` is false) watch the app until cancelled."""
        if self.builds_dir.exists():
            shutil.rmtree(self.builds_dir, ignore_errors=True)
        self.compiling = asyncio.Lock()
        loop = asyncio.get_running_loop()
        self.compile_now()
        server = tornado.httpserver.HTTPServer(self.application())
        server.add_sockets(sockets)
        if watch:
            self.watcher = Watcher(self.config.root, lambda batch: loop.create_task(self.on_batch(batch)), loop)
            self.watcher.start()
        if ready:
            ready()
        try:
            await asyncio.Event().wait()
        finally:
            if self.watcher is not None:
                self.watcher.stop()
            server.stop()
