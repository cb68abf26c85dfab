"""Benchmark: how soon `pytk lsp` shows the compiler's diagnostics after an edit.

Makes an app (`pytk new`) whose client imports a generated 1,000-line module, starts
`pytk lsp` as an editor does (a subprocess on stdio), opens the module and types into it:

* single keystrokes, each waiting for its result: time from the ``didChange`` to the
  ``publishDiagnostics`` that carries that version;
* bursts of keystrokes 40 ms apart (fast typing): time from the last keystroke of a burst to
  the diagnostics for it;
* completion after ``panel.`` in the same module;
* the server's analysis alone, in-process (what it runs on its worker thread after each quiet
  period), and as the baseline, on the same edits, the compiler's own front-end
  (``build.analyze`` with an in-memory compile cache); their ratio, and the load average.

The same session runs against a baseline server, alternating with it: `pytk lsp` with the
compiler's own front-end in place of its analysis (every lowering pass), the 50 ms debounce and
no cancellation, as it was before; the ratios compare the two under the same load.

Every fifth keystroke of the first kind types a boundary violation (``import os``) or takes it
away, and the diagnostics are checked to say so. Run: .venv/bin/python bench/lsp.py
"""
from __future__ import annotations

import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from lsprotocol import types
from pygls.lsp.client import LanguageClient

from pytk.scaffold import create_app

EDITS = 30
BURSTS = 20
KEYS_PER_BURST = 5
KEY_INTERVAL = 0.04
COMPLETIONS = 10
TARGET_MS = 300
SECTION = '''

def section_{n}(panel):
    """Section {n}: a title, a text box and a button that calls the server."""
    title = Label("Section {n}", style_name="title")
    name = TextBox(placeholder="Name {n}", style_name="name")
    counter = [0]

    async def on_click_{n}(event):
        counter[0] = counter[0] + 1
        reply = await GreetService().greet(name.value)
        title.text = reply.text + " (" + str(counter[0]) + ")"

    row = HorizontalPanel([name, Button("Go {n}", on_click=on_click_{n})], spacing=4)
    panel.add(VerticalPanel([title, row], spacing=8))
    return row
'''


def generated_module(lines: int = 1000) -> str:
    text = ('"""Generated for the language server benchmark."""\n'
            "from pytk.widgets import Button, HorizontalPanel, Label, TextBox, VerticalPanel\n\n"
            "from demo.shared.greet import GreetService\n")
    n = 0
    while text.count("\n") < lines - 20:
        text += SECTION.format(n=n)
        n += 1
    text += "\n\ndef build(panel):\n    rows = []\n"
    while text.count("\n") < lines - 1:
        text += f"    rows.append(section_{len(text) % n}(panel))\n"
    return text


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


class Session:
    """A client of `pytk lsp` that records when each version's diagnostics arrive."""

    def __init__(self, uri: str):
        self.uri = uri
        self.client = LanguageClient("pytk-bench", "1")
        self.arrived: dict[int, tuple[float, list[types.Diagnostic]]] = {}
        self.version = 1
        self.log: list[str] = []

        @self.client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        def published(params: types.PublishDiagnosticsParams):
            if params.uri == self.uri and params.version is not None:
                self.arrived[params.version] = (time.perf_counter(), list(params.diagnostics))

    async def wait_for(self, version: int, timeout: float = 30) -> tuple[float, list[types.Diagnostic]]:
        deadline = time.perf_counter() + timeout
        while version not in self.arrived:
            if time.perf_counter() > deadline:
                raise TimeoutError(f"no diagnostics for version {version}")
            await asyncio.sleep(0.001)
        return self.arrived[version]

    def type(self, line: int, character: int, text: str) -> int:
        self.version += 1
        at = types.Position(line=line, character=character)
        self.client.text_document_did_change(types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=self.uri, version=self.version),
            content_changes=[types.TextDocumentContentChangePartial(range=types.Range(start=at, end=at), text=text)]))
        return self.version

    def delete_line(self, line: int) -> int:
        self.version += 1
        self.client.text_document_did_change(types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=self.uri, version=self.version),
            content_changes=[types.TextDocumentContentChangePartial(
                range=types.Range(start=types.Position(line=line, character=0),
                                  end=types.Position(line=line + 1, character=0)), text="")]))
        return self.version


async def _drain(stream, into: list[str]) -> None:
    while line := await stream.readline():
        into.append(line.decode("utf-8", "replace").rstrip())


# The baseline server: `pytk lsp` as it was before its own analysis, running the compiler's
# front-end (every lowering pass, its in-memory compile cache) with a 50 ms debounce and no
# cancellation of a running analysis.
BASELINE_SERVER = """
import sys
from pytk.compiler import cache as compile_cache
from pytk.compiler.build import analyze
from pytk.compiler.graph import build_graph
from pytk.compiler.resolve import Resolver
from pytk.lsp import diagnostics, server

caches = {}


def compiler_front_end(analysis, overrides, extra_modules, proceed):
    config = analysis.config
    cache = caches.setdefault(config.root, compile_cache.CompileCache())
    with compile_cache.front_end(cache):
        graph = analyze(config, overrides, cache=cache)
        found = list(graph.diagnostics)
        for module in extra_modules:
            if module not in graph.modules:
                resolver = compile_cache.CachingResolver(config.root, cache)
                found += build_graph(module, resolver, config.name, overrides).diagnostics
    return list(dict.fromkeys(found))


diagnostics.check_app = compiler_front_end
diagnostics.DiagnosticsPublisher.__init__.__defaults__ = (0.05,)
arguments = sys.argv[1:]
server.run(arguments[arguments.index("--log-level") + 1] if "--log-level" in arguments else "warning")
"""
SERVERS = {"pytk lsp": ["-m", "pytk.cli", "lsp"], "baseline": ["-c", BASELINE_SERVER]}


def make_app(app: Path) -> tuple[Path, str]:
    """The benchmark's app: `pytk new` and a generated module that main.py imports."""
    create_app(app)
    module = app / "demo" / "client" / "big.py"
    source = generated_module()
    module.write_text(source, encoding="utf-8")
    main = app / "demo" / "client" / "main.py"
    main.write_text(main.read_text(encoding="utf-8") + "\n\nfrom demo.client.big import build\n", encoding="utf-8")
    return module, source


async def run(app: Path, module: Path, source: str, server: list[str], cache_home: Path) -> dict:
    session = Session(module.as_uri())
    client = session.client
    await client.start_io(sys.executable, *server, *os.environ.get("PYTK_BENCH_LSP_ARGS", "").split(),
                          env={**os.environ, "XDG_CACHE_HOME": str(cache_home)})
    stderr = asyncio.ensure_future(_drain(client._server.stderr, session.log))  # else a full pipe blocks it
    await client.initialize_async(types.InitializeParams(
        capabilities=types.ClientCapabilities(), root_uri=app.as_uri(),
        workspace_folders=[types.WorkspaceFolder(uri=app.as_uri(), name="demo")]))
    client.initialized(types.InitializedParams())
    client.text_document_did_open(types.DidOpenTextDocumentParams(text_document=types.TextDocumentItem(
        uri=session.uri, language_id="python", version=1, text=source)))
    await session.wait_for(1)

    lines = source.splitlines()
    title_line = next(i for i, line in enumerate(lines) if 'Label("Section 3"' in line)
    column = lines[title_line].index('Section 3"') + len("Section 3")
    single, violations_seen = [], 0
    violation = False
    for edit in range(EDITS):
        started = time.perf_counter()
        if edit % 5 == 4:
            version = session.delete_line(4) if violation else session.type(4, 0, "import os\n")
            violation = not violation
        else:
            version = session.type(title_line + violation, column, "x")
            column += 1
        arrived, found = await session.wait_for(version)
        single.append((arrived - started) * 1000)
        if edit % 5 == 4:
            assert bool(found) == violation and all(d.code == "PTK103" for d in found), found
            violations_seen += violation

    bursts = []
    for _ in range(BURSTS):
        for key in range(KEYS_PER_BURST):
            version = session.type(title_line + violation, column, "y")
            column += 1
            last = time.perf_counter()
            if key < KEYS_PER_BURST - 1:
                await asyncio.sleep(KEY_INTERVAL)
        arrived, _ = await session.wait_for(version)
        bursts.append((arrived - last) * 1000)

    completion_line = next(i for i, line in enumerate(lines) if "panel.add(VerticalPanel" in line)
    completions = []
    for _ in range(COMPLETIONS):
        started = time.perf_counter()
        result = await client.text_document_completion_async(types.CompletionParams(
            text_document=types.TextDocumentIdentifier(uri=session.uri),
            position=types.Position(line=completion_line + violation, character=len("    panel."))))
        completions.append((time.perf_counter() - started) * 1000)
        assert result is not None

    await client.shutdown_async(None)
    client.exit(None)
    await client.stop()
    stderr.cancel()
    if os.environ.get("PYTK_BENCH_LSP_ARGS"):
        print("\n".join(session.log), file=sys.stderr)
    return {"lines": source.count("\n"), "single": single, "bursts": bursts, "completions": completions,
            "violations": violations_seen}


def in_process_analysis(app: Path) -> tuple[list[float], list[float]]:
    """Milliseconds of an analysis after each of ``EDITS`` edits, in-process: the language
    server's (:class:`pytk.lsp.analysis.AppAnalysis`), and, as the baseline, the compiler's own
    front-end (:func:`pytk.compiler.build.analyze` with its in-memory compile cache)."""
    from pytk.compiler import cache as compile_cache
    from pytk.compiler.build import analyze
    from pytk.config import load_config
    from pytk.lsp.analysis import AppAnalysis

    config = load_config(app)
    module = (app / "demo" / "client" / "big.py").resolve()
    source = module.read_text(encoding="utf-8")
    cache = compile_cache.CompileCache()

    def compiler_front_end(overrides):
        with compile_cache.front_end(cache):
            return analyze(config, overrides, cache=cache).diagnostics

    analysis = AppAnalysis(config)
    server_times, compiler_times = [], []
    for check, times in ((lambda overrides: analysis.check(overrides, []), server_times),
                         (compiler_front_end, compiler_times)):
        check({module: source})
        for edit in range(EDITS):
            edited = source.replace('"Section 3"', f'"Section 3{"x" * (edit + 1)}"')
            started = time.perf_counter()
            check({module: edited})
            times.append((time.perf_counter() - started) * 1000)
    return server_times, compiler_times


ROUNDS = 2  # each server runs this many sessions, alternating with the other one


def main() -> None:
    results: dict[str, dict[str, list[float]]] = {name: {} for name in SERVERS}
    loads = []
    with tempfile.TemporaryDirectory() as scratch:
        app = (Path(scratch) / "demo").resolve()
        module, source = make_app(app)
        cache_home = Path(scratch) / "cache"
        for _ in range(ROUNDS):
            for name, server in SERVERS.items():
                loads.append(os.getloadavg()[0])
                result = asyncio.run(run(app, module, source, server, cache_home))
                for kind in ("single", "bursts", "completions"):
                    results[name].setdefault(kind, []).extend(result[kind])
                lines, violations = result["lines"], result["violations"]
        analysis, baseline = in_process_analysis(app)
        loads.append(os.getloadavg()[0])

    def summary(values: list[float]) -> str:
        return (f"p50 {statistics.median(values):.0f} ms, p95 {percentile(values, 0.95):.0f} ms, "
                f"max {max(values):.0f} ms")

    def ratio(kind: str) -> str:
        mine, theirs = results["pytk lsp"][kind], results["baseline"][kind]
        return (f"p50 {statistics.median(mine) / statistics.median(theirs):.2f}, "
                f"p95 {percentile(mine, 0.95) / percentile(theirs, 0.95):.2f}")

    mine = results["pytk lsp"]
    print(f"{ROUNDS} sessions of each server, alternating; a {lines}-line client module; "
          f"{violations} boundary violations typed and reported per session")
    for name, found in results.items():
        print(f"[{name}] diagnostics after an edit ({EDITS} edits a session, each awaited): {summary(found['single'])}")
        print(f"[{name}] diagnostics after the last keystroke of a burst ({BURSTS} bursts a session of "
              f"{KEYS_PER_BURST} keys {KEY_INTERVAL * 1000:.0f} ms apart): {summary(found['bursts'])}")
    print(f"ratio pytk lsp / baseline, single edits: {ratio('single')}; bursts: {ratio('bursts')}")
    print(f"completion after 'panel.' in that module ({COMPLETIONS} requests a session; the first loads jedi's "
          f"caches): {summary(mine['completions'])}")
    print(f"the server's analysis alone after each of {EDITS} edits, in-process: {summary(analysis)}")
    print(f"the compiler's front-end (build.analyze with its compile cache) on the same edits: "
          f"{summary(baseline)}; ratio of medians: {statistics.median(analysis) / statistics.median(baseline):.2f}")
    print(f"load average (1 minute) at the start of each session and at the end: "
          f"{' '.join(f'{x:.2f}' for x in loads)}")
    met = all(percentile(mine[kind], 0.95) <= TARGET_MS for kind in ("single", "bursts"))
    print(f"target: p95 within {TARGET_MS} ms of the last keystroke, single edits and bursts: "
          f"{'met' if met else 'NOT met'}")


if __name__ == "__main__":
    main()
