"""The compile report (``dist/report.html``): what the client costs to download, and why.

Like GWT's compile report, it answers two questions for each Python module that reaches the
browser: how many bytes it adds (raw and gzipped), and why it is in the initial download, as
the chain of imports that leads to it from the entry. Sizes come from esbuild's metafile
(``bytesInOutput`` of each input, after tree-shaking and minification); without a bundle, from
the files themselves. gzip does not add up per module: a module's gzip figure is its share of
its file's gzipped size, in proportion to its raw bytes.
"""
from __future__ import annotations

import functools
import gzip
import os
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import jinja2

STATIC_IMPORT = re.compile(r"""(?:\bfrom|\bimport)\s*["'](\./[^"']+\.js)["']""")


def gzip_size(data: bytes) -> int:
    """Bytes after gzip at level 9, as a server or CDN that precompresses would send them."""
    return len(gzip.compress(data, 9, mtime=0))


@dataclass
class FileSize:
    """One JavaScript file of the build."""

    path: str  # relative to dist/
    bytes: int
    gzip: int
    initial: bool
    modules: list[str] = field(default_factory=list)


@dataclass
class ModuleSize:
    """One module's part of the output."""

    name: str
    package: str
    file: str
    bytes: int
    gzip: int
    initial: bool
    chain: list[tuple[str, str]]  # (module, how it is reached: "entry", "import" or "load()")


@dataclass
class CompileReport:
    app: str
    bundled: bool
    entry: str
    files: list[FileSize]
    modules: list[ModuleSize]
    removed: list[str] = field(default_factory=list)  # modules that tree-shaking dropped whole
    split_points: list[str] = field(default_factory=list)

    @property
    def initial_files(self) -> list[FileSize]:
        return [f for f in self.files if f.initial]

    @property
    def initial_bytes(self) -> int:
        return sum(f.bytes for f in self.initial_files)

    @property
    def initial_gzip(self) -> int:
        return sum(f.gzip for f in self.initial_files)

    def packages(self, initial: bool = True) -> list[dict]:
        """Modules summed per package, largest first."""
        totals: dict[str, dict] = defaultdict(lambda: {"modules": 0, "bytes": 0, "gzip": 0})
        for module in self.modules:
            if module.initial == initial:
                total = totals[module.package]
                total["modules"] += 1
                total["bytes"] += module.bytes
                total["gzip"] += module.gzip
        return sorted(({"name": name, **total} for name, total in totals.items()),
                      key=lambda p: (-p["bytes"], p["name"]))


def package_of(module: str, is_package: bool) -> str:
    if "/" in module:
        return module.split("/")[0]
    if is_package or "." not in module:
        return module if is_package else "(top level)"
    return module.rsplit(".", 1)[0]


def _share(part: int, whole: int, whole_gzip: int) -> int:
    return round(whole_gzip * part / whole) if whole else 0


def _chains(edges: dict[str, list[tuple[str, str]]], entry: str) -> dict[str, list[tuple[str, str]]]:
    """The shortest chain from the entry to every node, static imports preferred over load()."""
    chains = {entry: [(entry, "entry")]}
    for allowed in (("import",), ("import", "load()")):
        frontier = list(chains)
        while frontier:
            following = []
            for node in frontier:
                for target, kind in edges.get(node, []):
                    if kind in allowed and target not in chains:
                        chains[target] = chains[node] + [(target, kind)]
                        following.append(target)
            frontier = following
    return chains


def _add_split_edges(edges: dict[str, list[tuple[str, str]]], callers: dict[str, list[str]]) -> None:
    """A ``load()`` edge from each module that calls ``load("target")`` to the target."""
    for target, modules in callers.items():
        for caller in modules:
            edges.setdefault(caller, []).append((target, "load()"))


def from_bundle(app: str, bundle, asset_prefix: str, packages: set[str],
                callers: dict[str, list[str]] | None = None) -> CompileReport:
    """The report of a bundled build. ``bundle`` is a :class:`pytk.compiler.bundle.Bundle`;
    ``packages`` holds the names of modules that are packages (``__init__.py``); ``callers``
    maps each split point's module to the modules whose ``load()`` calls name it."""
    meta = bundle.metafile
    name_of = bundle.inputs
    edges: dict[str, list[tuple[str, str]]] = {}
    for path, info in meta["inputs"].items():  # the generated glue's import()s stand for load() calls
        edges[name_of[path]] = [(name_of[i["path"]], "import") for i in info.get("imports", [])
                                if i["path"] in name_of and i["kind"] != "dynamic-import"]
    _add_split_edges(edges, callers or {})
    chains = _chains(edges, name_of[bundle.entry_input])
    files, modules, kept = [], [], set()
    for key, info in meta["outputs"].items():
        rel = os.path.relpath(bundle.out_dir.parent / key, bundle.out_dir).replace(os.sep, "/")
        if not rel.endswith(".js"):
            continue
        data = (bundle.out_dir / rel).read_bytes()
        size, zipped = len(data), gzip_size(data)
        initial = rel in bundle.initial
        names = []
        for path, part in sorted(info["inputs"].items(), key=lambda item: -item[1]["bytesInOutput"]):
            name = name_of[path]
            if part["bytesInOutput"] == 0:
                continue
            kept.add(name)
            names.append(name)
            modules.append(ModuleSize(name, package_of(name, name in packages), f"{asset_prefix}{rel}",
                                      part["bytesInOutput"], _share(part["bytesInOutput"], size, zipped),
                                      initial, chains.get(name, [(name, "?")])))
        files.append(FileSize(f"{asset_prefix}{rel}", size, zipped, initial, names))
    files.sort(key=lambda f: (not f.initial, f.path != f"{asset_prefix}{bundle.entry}", f.path))
    modules.sort(key=lambda m: (not m.initial, -m.bytes, m.name))
    removed = sorted(name for name in set(name_of.values()) - kept if "/" not in name)  # not the glue
    return CompileReport(app, True, f"{asset_prefix}{bundle.entry}", files, modules, removed,
                         sorted(callers or {}))


def from_modules(app: str, folder: Path, entry: str, asset_prefix: str, packages: set[str],
                 callers: dict[str, list[str]] | None = None) -> CompileReport:
    """The report of an unbundled build: one file per module in ``folder``, loaded from ``entry``."""
    edges: dict[str, list[tuple[str, str]]] = {}
    texts = {}
    for file in folder.glob("*.js"):
        name = file.name[:-3]
        texts[name] = file.read_bytes()
        edges[name] = [(target[2:-3], "import") for target in
                       STATIC_IMPORT.findall(texts[name].decode("utf-8", "replace"))]
    _add_split_edges(edges, callers or {})
    root = entry[:-3]
    chains = _chains(edges, root)
    static = _chains({n: [e for e in es if e[1] == "import"] for n, es in edges.items()}, root)
    files, modules = [], []
    for name in sorted(texts):
        if name not in chains:
            continue
        data = texts[name]
        initial = name in static
        path = f"{asset_prefix}{name}.js"
        files.append(FileSize(path, len(data), gzip_size(data), initial, [name]))
        modules.append(ModuleSize(name, package_of(name, name in packages), path, len(data),
                                  files[-1].gzip, initial, chains[name]))
    files.sort(key=lambda f: (not f.initial, f.path != f"{asset_prefix}{entry}", f.path))
    modules.sort(key=lambda m: (not m.initial, -m.bytes, m.name))
    return CompileReport(app, False, f"{asset_prefix}{entry}", files, modules, [], sorted(callers or {}))


TEMPLATE = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Compile report: {{ report.app }}</title>
<style>
body { font: 14px/1.45 system-ui, sans-serif; margin: 2em auto; max-width: 72em; padding: 0 1em; color: #222; }
h1 { font-size: 1.5em; } h2 { font-size: 1.15em; margin-top: 2em; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: .25em .6em; border-bottom: 1px solid #ddd; vertical-align: top; }
th { background: #f4f4f4; } td.n, th.n { text-align: right; white-space: nowrap; }
code { font: 12px/1.4 ui-monospace, monospace; }
.bar { background: #4a7fd4; height: .7em; display: inline-block; }
.chain { font: 12px/1.4 ui-monospace, monospace; color: #555; }
.chain b { color: #222; font-weight: 600; }
.lazy { color: #8a5a00; }
.summary td { border: 0; padding: .1em .6em .1em 0; }
</style>
</head>
<body>
<h1>Compile report: {{ report.app }}</h1>
<table class="summary">
<tr><td>Build</td><td>{{ "bundled with esbuild (tree-shaken, minified)" if report.bundled else "not bundled: one minified file per module" }}</td></tr>
<tr><td>Entry</td><td><code>{{ report.entry }}</code></td></tr>
<tr><td>Initial download</td><td><b>{{ kib(report.initial_bytes) }}</b> raw, <b>{{ kib(report.initial_gzip) }}</b> gzip, in {{ report.initial_files|length }} JavaScript file{{ "s" if report.initial_files|length != 1 }}</td></tr>
{% set later = report.files|rejectattr("initial")|list %}
<tr><td>Loaded on demand</td><td>{% if later %}{{ kib(later|sum(attribute="bytes")) }} raw, {{ kib(later|sum(attribute="gzip")) }} gzip, in {{ later|length }} file{{ "s" if later|length != 1 }}{% else %}nothing{% endif %}</td></tr>
<tr><td>Split points</td><td>{% for name in report.split_points %}<code>load({{ name|tojson }})</code>{{ ", " if not loop.last }}{% else %}none{% endfor %}</td></tr>
</table>

<h2>Files</h2>
<table>
<tr><th>file</th><th>when</th><th class="n">bytes</th><th class="n">gzip</th><th>modules</th></tr>
{% for f in report.files %}
<tr><td><code>{{ f.path }}</code></td><td{% if not f.initial %} class="lazy"{% endif %}>{{ "initial" if f.initial else "on demand" }}</td>
<td class="n">{{ f.bytes }}</td><td class="n">{{ f.gzip }}</td><td>{{ f.modules|length }}</td></tr>
{% endfor %}
</table>

<h2>Packages in the initial download</h2>
{% set packages = report.packages(True) %}
{% set largest = (packages|map(attribute="bytes")|max) if packages else 1 %}
<table>
<tr><th>package</th><th class="n">modules</th><th class="n">bytes</th><th class="n">gzip (share)</th><th></th></tr>
{% for p in packages %}
<tr><td><code>{{ p.name }}</code></td><td class="n">{{ p.modules }}</td><td class="n">{{ p.bytes }}</td><td class="n">{{ p.gzip }}</td>
<td style="width: 30%"><span class="bar" style="width: {{ (100 * p.bytes / largest)|round(1) }}%"></span></td></tr>
{% endfor %}
</table>

<h2>Modules</h2>
<p>Why each module is downloaded: the chain of imports from the entry (<b>load()</b> marks a split point).</p>
<table>
<tr><th>module</th><th>when</th><th class="n">bytes</th><th class="n">gzip (share)</th><th>why</th></tr>
{% for m in report.modules %}
<tr><td><code>{{ m.name }}</code></td><td{% if not m.initial %} class="lazy"{% endif %}>{{ "initial" if m.initial else "on demand" }}</td>
<td class="n">{{ m.bytes }}</td><td class="n">{{ m.gzip }}</td>
<td class="chain">{% for step, how in m.chain %}{% if not loop.first %} {{ "&rarr;"|safe if how == "import" else "&rArr; load() &rArr;"|safe }} {% endif %}{% if loop.last %}<b>{{ step }}</b>{% else %}{{ step }}{% endif %}{% endfor %}</td></tr>
{% endfor %}
</table>
{% if report.removed %}
<h2>Removed by tree-shaking</h2>
<p>Compiled, imported, and dropped whole because nothing in the app uses them:</p>
<p>{% for name in report.removed %}<code>{{ name }}</code>{{ ", " if not loop.last }}{% endfor %}</p>
{% endif %}
</body>
</html>
"""


@functools.cache
def _template() -> jinja2.Template:
    environment = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined)
    return environment.from_string(TEMPLATE)


def render_report(report: CompileReport) -> str:
    """The report as one self-contained HTML page (no scripts, styles inline)."""
    return _template().render(report=report, kib=lambda n: f"{n / 1024:.1f} KiB")
