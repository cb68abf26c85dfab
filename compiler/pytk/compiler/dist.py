"""``pytk build``: write an app's production files into ``dist/``.

Layout (bundled, the default)::

    dist/index.html                          the page, pointing at the hashed entry
    dist/assets/pytk_main-<hash>.js, .map    the entry: the client, tree-shaken and minified
    dist/assets/chunks/<name>-<hash>.js, .map  code shared with, or only used by, split points
    dist/assets/chunks/<module>-<hash>.js, .map     a module loaded on demand by ``load("...")``
    dist/static/...                          the app's public/ files (index.html excepted)
    dist/manifest.json                       what was written, with sizes and hashes
    dist/report.html                         the compile report: bytes per module and why

With ``bundle=False`` (``pytk build --no-bundle``), ``dist/assets/<hash>/`` holds one minified
file per module instead, named by the module, in a folder named by a hash of them all.
"""
from __future__ import annotations

import hashlib
import json
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path

from markupsafe import Markup, escape

from pytk.compiler import report as compile_report
from pytk.compiler.build import ClientBuild, analyze, compile_client
from pytk.compiler.bundle import LOADER_MODULE, bundle_client, find_esbuild
from pytk.compiler.resolve import Resolver
from pytk.compiler.split_points import compile_split_targets, split_point_imports
from pytk.config import AppConfig
from pytk.server.pages import render_index, script_tags

UNBUNDLED_SUFFIXES = (".js", ".map", ".py")


@dataclass
class DistReport:
    """What ``pytk build`` wrote, for the terminal."""

    dist: Path
    bundled: bool
    entry: str
    files: list[dict]
    seconds: float
    initial_bytes: int
    initial_gzip: int
    warnings: list[str] = field(default_factory=list)

    @property
    def js_bytes(self) -> int:
        return sum(f["bytes"] for f in self.files if f["path"].endswith(".js"))


def minifier():
    """tdewolff-minify's ``minify`` module, or None when it is not installed."""
    try:
        import minify
    except ImportError:
        return None
    return minify


def build_dist(config: AppConfig, dist: Path | None = None, bundle: bool = True) -> DistReport:
    """Compile the client and write ``dist/``. Raises CompileFailed, BundlerMissing or
    BundleFailed, leaving an old dist/ untouched."""
    started = time.perf_counter()
    dist = dist or config.dist_dir
    work = config.work_dir / "dist-build"
    esbuild = find_esbuild(config.root) if bundle else None  # fail before compiling
    compiled = compile_client(config, work / "client", source_maps=True)
    callers = _add_split_targets(config, compiled, work)
    packages = {m.name for m in compiled.modules if Path(m.source).name == "__init__.py"}

    staging = work / "dist"
    if staging.exists():
        shutil.rmtree(staging)
    staging.mkdir(parents=True)
    warnings = []
    if esbuild:
        bundled = bundle_client(compiled, work, esbuild, list(callers))
        shutil.copytree(bundled.out_dir, staging / "assets")
        entry = f"assets/{bundled.entry}"
        preload = [f"assets/{path}" for path in bundled.initial[1:]]
        report = compile_report.from_bundle(config.name, bundled, "assets/", packages, callers)
        if bundled.warnings:
            warnings.append(bundled.warnings)
    else:
        asset_dir, warning = _write_unbundled(compiled, staging / "assets")
        warnings += [warning] if warning else []
        entry = f"assets/{asset_dir}/{compiled.entry_script}"
        report = compile_report.from_modules(config.name, staging / "assets" / asset_dir, compiled.entry_script,
                                             f"assets/{asset_dir}/", packages, callers)
        preload = [f.path for f in report.initial_files if f.path != entry]

    static = staging / "static"
    static.mkdir()
    if config.public_dir.is_dir():
        shutil.copytree(config.public_dir, static, dirs_exist_ok=True,
                        ignore=lambda folder, names: [n for n in names if n == "index.html"]
                        if Path(folder) == config.public_dir else [])

    def static_url(name: str) -> str:
        file = static / name
        version = hashlib.sha256(file.read_bytes()).hexdigest()[:8] if file.is_file() else "missing"
        return f"/static/{name}?v={version}"

    scripts = script_tags(f"/{entry}") + Markup("".join(
        f'\n  <link rel="modulepreload" href="/{escape(path)}">' for path in preload))
    (staging / "index.html").write_text(render_index(config.public_dir, config.title, scripts, static_url),
                                        encoding="utf-8")
    (staging / "report.html").write_text(compile_report.render_report(report), encoding="utf-8")

    files = []
    for path in sorted(staging.rglob("*")):
        if path.is_file():
            data = path.read_bytes()
            files.append({"path": path.relative_to(staging).as_posix(), "bytes": len(data),
                          "gzip": compile_report.gzip_size(data), "sha256": hashlib.sha256(data).hexdigest()})
    manifest = {
        "app": config.name, "title": config.title, "bundled": esbuild is not None, "entry": entry,
        "assets": entry.rsplit("/", 1)[0] if not esbuild else "assets",
        "initial": [f.path for f in report.initial_files],
        "initial_bytes": report.initial_bytes, "initial_gzip": report.initial_gzip,
        "split_points": list(callers), "files": files,
    }
    (staging / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")

    if dist.exists():
        shutil.rmtree(dist)
    shutil.move(str(staging), str(dist))
    return DistReport(dist, esbuild is not None, entry, files, time.perf_counter() - started,
                      report.initial_bytes, report.initial_gzip, warnings)


def _add_split_targets(config: AppConfig, compiled: ClientBuild, work: Path) -> dict[str, list[str]]:
    """Compile the modules that ``load("...")`` calls name into the client. Returns, for each,
    the modules that call ``load`` with its name."""
    if LOADER_MODULE not in {m.name for m in compiled.modules}:
        return {}  # nothing can call load() without importing the loader
    graph = analyze(config)
    compiled.modules += compile_split_targets(graph, Resolver(config.root).search_dirs(), compiled.out_dir, work)
    callers: dict[str, set[str]] = {}
    for module in graph.modules.values():
        for target, _node, _names in split_point_imports(module.tree):
            callers.setdefault(target, set()).add(module.name)
    return {target: sorted(names) for target, names in sorted(callers.items())}


def _write_unbundled(compiled: ClientBuild, assets: Path) -> tuple[str, str | None]:
    """One file per module, minified with tdewolff-minify when it is installed, in a folder named
    by a hash of them all. Returns the folder's name and a warning, if any."""
    minify = minifier()
    outputs: dict[str, bytes] = {}
    for path in sorted(compiled.out_dir.iterdir()):
        if minify is not None and path.suffix == ".js":
            outputs[path.name] = minify.string("application/javascript", path.read_text(encoding="utf-8")).encode()
        elif minify is None and path.suffix in UNBUNDLED_SUFFIXES:
            outputs[path.name] = path.read_bytes()  # unminified: keep the source maps that fit it
    digest = hashlib.sha256()
    for name, data in outputs.items():
        digest.update(name.encode() + b"\0" + data)
    asset_dir = digest.hexdigest()[:12]
    folder = assets / asset_dir
    folder.mkdir(parents=True)
    for name, data in outputs.items():
        (folder / name).write_bytes(data)
    warning = None if minify else ("tdewolff-minify is not installed (pip install tdewolff-minify): "
                                   "the modules are not minified")
    return asset_dir, warning
