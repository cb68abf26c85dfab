"""Client tests: ``tests/client/test_*.py`` compiled to JavaScript and run in Chromium.

Each test module is compiled on its own (with the app's compile cache, so only what changed
is generated again) together with what it imports: the app's client and shared code and
pytk's client libraries. Its page is the app's ``index.html`` with a small harness in place
of the app's entry point; the harness imports the compiled module and runs one test
function per request, awaiting ``async`` ones. A failure comes back as the exception's
class, message and JavaScript stack, which the source maps turn into a Python traceback.
"""
from __future__ import annotations

import ast
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import tornado.web

from pytk.compiler import cache as compile_cache
from pytk.compiler.build import _tree_keys, app_cache
from pytk.compiler.diagnostics import CompileFailed
from pytk.compiler.graph import build_graph
from pytk.compiler.resolve import Resolver
from pytk.compiler.transcrypt import generate
from pytk.config import AppConfig
from pytk.devserver.tracebacks import CompiledSources, PythonTraceback
from pytk.server.pages import render_index, script_tags

HARNESS = Path(__file__).with_name("harness.js")
TESTS_URL = "/_pytk/tests"
STAGE_MODULE = "pytk_test_main"
DEFAULT_TIMEOUT = 10.0


def is_client_test(path: Path) -> bool:
    """Whether ``path`` is ``<app>/tests/client/test_*.py`` of a pytk app."""
    if not (path.suffix == ".py" and path.name.startswith("test_") and path.parent.name == "client"
            and path.parent.parent.name == "tests"):
        return False
    pyproject = path.parent.parent.parent / "pyproject.toml"
    return pyproject.is_file() and "[tool.pytk]" in pyproject.read_text(encoding="utf-8")


def test_functions(path: Path) -> list[tuple[str, int]]:
    """The module-level ``test*`` functions (plain and async) of a client test file, with their lines."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    return [(node.name, node.lineno) for node in tree.body
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name.startswith("test")]


def module_name(root: Path, path: Path) -> str:
    """The dotted name of a test file under the app's root: ``tests.client.test_widgets``."""
    return ".".join(path.resolve().relative_to(root.resolve()).with_suffix("").parts)


@dataclass
class CompiledTest:
    """A compiled client test module: its folder, the script to import and its source maps."""

    module: str
    out_dir: Path
    sources: CompiledSources

    @property
    def script(self) -> str:
        return f"{self.module}.js"


def compile_client_test(config: AppConfig, path: Path, out_dir: Path,
                        cache: compile_cache.CompileCache | None = None) -> CompiledTest:
    """Compile one client test module and its imports into ``out_dir``. Raises CompileFailed."""
    module = module_name(config.root, path)
    cache = cache or app_cache(config)
    with compile_cache.front_end(cache) as seen:
        graph = build_graph(module, compile_cache.CachingResolver(config.root, cache), config.name)
    if graph.diagnostics:
        raise CompileFailed(graph.diagnostics)
    stage = config.work_dir / "test" / "stage" / module
    stage.mkdir(parents=True, exist_ok=True)
    main = stage / f"{STAGE_MODULE}.py"
    text = f"import {module}\n"
    if not main.is_file() or main.read_text(encoding="utf-8") != text:
        main.write_text(text, encoding="utf-8")
    out_dir = out_dir.resolve()
    if out_dir.exists():
        shutil.rmtree(out_dir)
    trees = {source.path: source.tree for source in graph.modules.values()}
    modules = generate(main, trees, [stage, *Resolver(config.root).search_dirs()], out_dir, source_maps=True,
                       cache=cache, tree_keys=_tree_keys(graph, seen))
    return CompiledTest(module, out_dir, CompiledSources.from_modules(out_dir, modules, config.root))


class HarnessHandler(tornado.web.RequestHandler):
    def get(self) -> None:
        self.set_header("Content-Type", "text/javascript; charset=utf-8")
        self.set_header("Cache-Control", "no-cache")
        self.write(HARNESS.read_bytes())


class TestPageHandler(tornado.web.RequestHandler):
    """The app's page with the harness for one compiled test module in place of the app."""

    def initialize(self, config: AppConfig) -> None:
        self.config = config

    def get(self, module: str) -> None:
        script = f"{TESTS_URL}/files/{module}/{module}.js"
        tags = script_tags(f"{TESTS_URL}/harness.js?module={script}")
        self.set_header("Content-Type", "text/html; charset=utf-8")
        self.set_header("Cache-Control", "no-cache")
        self.write(render_index(self.config.public_dir, self.config.title, tags, lambda name: f"/static/{name}"))


def test_routes(config: AppConfig, builds: Path) -> list[tuple[str, type, dict[str, Any]]]:
    """The routes that serve compiled client tests from ``builds`` (one folder per test module)."""
    from pytk.server.app import NoCacheFileHandler

    return [(rf"{TESTS_URL}/harness\.js", HarnessHandler, {}),
            (rf"{TESTS_URL}/page/([\w.]+)", TestPageHandler, {"config": config}),
            (rf"{TESTS_URL}/files/(.*)", NoCacheFileHandler, {"path": str(builds)})]


class ClientTestFailed(Exception):
    """A client test failed; ``report`` is what to show (a Python traceback or compile errors)."""

    def __init__(self, report: str):
        super().__init__(report)
        self.report = report


@dataclass
class ClientTestPage:
    """One compiled test module, open in a Chromium page."""

    compiled: CompiledTest | None
    page: Any
    failure: str | None = None  # compile errors: every test of the module fails with them
    console: list[str] = field(default_factory=list)
    used: bool = False  # a test has run in the page: load it afresh for the next


class ClientTestRunner:
    """Compiles client test modules and runs their tests in pages of ``browser``, one module at a time."""

    def __init__(self, config: AppConfig, base_url: str, builds: Path, browser: Any,
                 timeout: float = DEFAULT_TIMEOUT):
        self.config, self.base_url, self.builds, self.browser = config, base_url.rstrip("/"), builds, browser
        self.timeout = timeout
        self.cache = app_cache(config)
        self.current: tuple[Path, ClientTestPage] | None = None
        self.context: Any = None

    def _open(self, path: Path) -> ClientTestPage:
        if self.current and self.current[0] == path:
            return self.current[1]
        self.close()
        module = module_name(self.config.root, path)
        try:
            compiled = compile_client_test(self.config, path, self.builds / module, self.cache)
        except CompileFailed as failure:
            report = "\n".join(d.format(relative_to=self.config.root) for d in failure.diagnostics)
            opened = ClientTestPage(None, None, f"the client test module does not compile:\n{report}")
        else:
            self.context = self.browser.new_context()
            page = self.context.new_page()
            opened = ClientTestPage(compiled, page)
            page.on("console", lambda message: opened.console.append(f"{message.type}: {message.text}"))
            page.goto(f"{self.base_url}{TESTS_URL}/page/{module}")
            page.wait_for_function("window.__pytkTests !== undefined", timeout=self.timeout * 1000)
        self.current = (path, opened)
        return opened

    def run(self, path: Path, name: str) -> list[str]:
        """Run one test; return its console output. Raises ClientTestFailed with a Python traceback."""
        opened = self._open(path)
        if opened.failure:
            raise ClientTestFailed(opened.failure)
        assert opened.compiled is not None
        if opened.used:  # each test starts from a freshly loaded page and fresh module state
            opened.page.reload()
            opened.page.wait_for_function("window.__pytkTests !== undefined", timeout=self.timeout * 1000)
        opened.used = True
        printed = len(opened.console)
        started = time.monotonic()
        outcome = opened.page.evaluate("([name, ms]) => window.__pytkTests.run(name, ms)",
                                       [name, int(self.timeout * 1000)])
        output = opened.console[printed:]
        if not outcome["ok"]:
            error = outcome["error"]
            traceback = opened.compiled.sources.traceback(error["exception"], error["message"], error["stack"])
            raise ClientTestFailed(self._explain(traceback, outcome.get("phase"), time.monotonic() - started))
        return output

    @staticmethod
    def _explain(traceback: PythonTraceback, phase: str | None, seconds: float) -> str:
        text = traceback.format()
        if phase == "import":
            return "importing the test module failed:\n" + text
        if phase == "uncaught":
            return "an exception escaped (from a callback or an un-awaited task):\n" + text
        return text

    def close(self) -> None:
        if self.context is not None:
            self.context.close()
            self.context = None
        self.current = None
