"""Compile an app's client: the whole front-end pipeline, from the entry point to ES modules."""
from __future__ import annotations

import contextlib
import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from pytk.compiler import cache as compile_cache
from pytk.compiler.cache import CompileCache
from pytk.compiler.diagnostics import CompileFailed, Diagnostic
from pytk.compiler.graph import ModuleGraph, build_graph
from pytk.compiler.resolve import Resolver
from pytk.compiler.transcrypt import GeneratedModule, generate
from pytk.config import AppConfig

ENTRY_MODULE = "pytk_main"


@dataclass
class ClientBuild:
    """The compiled client: a folder of ES modules, loaded from ``entry_script``."""

    out_dir: Path
    modules: list[GeneratedModule]
    entry_script: str = f"{ENTRY_MODULE}.js"

    @property
    def regenerated(self) -> int:
        """How many modules were generated rather than taken from the cache."""
        return sum(not module.reused for module in self.modules)


def app_cache(config: AppConfig) -> CompileCache:
    """The app's compile cache, ``<app>/.pytk/cache/``, shared by every compile in the process."""
    return compile_cache.for_folder(config.work_dir / "cache")


def analyze(config: AppConfig, overrides: dict[Path, str] | None = None,
            cache: CompileCache | None = None, resolver: Resolver | None = None,
            prepare: Callable[[str, Path, str, str], tuple] | None = None) -> ModuleGraph:
    """Parse, lower and check the client program without generating code.

    With a ``cache``, name resolution uses its memo (the caller runs this inside
    :func:`pytk.compiler.cache.front_end` to memoize the per-module work too). ``resolver``
    and ``prepare`` replace the defaults (see :func:`pytk.compiler.graph.build_graph`).
    """
    if resolver is None:
        resolver = Resolver(config.root) if cache is None else compile_cache.CachingResolver(config.root, cache)
    graph = build_graph(config.entry_module, resolver, config.name, overrides, prepare)
    entry = graph.modules.get(config.entry_module)
    if resolver.find(config.entry_module) is None:
        graph.diagnostics.insert(0, Diagnostic(config.root / "pyproject.toml", 1, 1, "PTK104",
                                               f"client entry module '{config.entry_module}' not found"))
    elif entry is not None and config.entry_function not in compile_cache.top_level_functions(entry.tree):
        graph.diagnostics.append(Diagnostic(entry.path, 1, 1, "PTK104",
                                            f"client entry module has no function '{config.entry_function}'"))
    return graph


def check_client(config: AppConfig) -> list[Diagnostic]:
    """Every problem the front-end finds in the client, without writing output."""
    return analyze(config).diagnostics


def compile_client(config: AppConfig, out_dir: Path, source_maps: bool = True,
                   cache: CompileCache | bool | None = True) -> ClientBuild:
    """Compile the app's client into ``out_dir`` (emptied first). Raises CompileFailed.

    ``cache``: True (the default) uses the app's cache (:func:`app_cache`), so only what
    changed since an earlier compile is regenerated; None or False compiles everything.
    """
    out_dir = out_dir.resolve()  # the generator reads a relative folder against the entry's
    cache = app_cache(config) if cache is True else cache or None
    with _front_end(cache) as seen:
        graph = analyze(config, cache=cache)
    if graph.diagnostics:
        raise CompileFailed(graph.diagnostics)
    stage = config.work_dir / "stage"
    stage.mkdir(parents=True, exist_ok=True)
    main = stage / f"{ENTRY_MODULE}.py"
    text = f"from {config.entry_module} import {config.entry_function} as _pytk_entry\n_pytk_entry()\n"
    if not main.is_file() or main.read_text(encoding="utf-8") != text:
        main.write_text(text, encoding="utf-8")
    resolver = Resolver(config.root)
    trees = {module.path: module.tree for module in graph.modules.values()}
    if out_dir.exists():
        shutil.rmtree(out_dir)
    modules = generate(main, trees, [stage, *resolver.search_dirs()], out_dir, source_maps=source_maps,
                       cache=cache, tree_keys=_tree_keys(graph, seen))
    (out_dir / f"{ENTRY_MODULE}.project").unlink(missing_ok=True)
    return ClientBuild(out_dir, modules)


def compile_program(source: Path, out_dir: Path, source_maps: bool = False,
                    cache_dir: Path | None = None) -> ClientBuild:
    """Compile a standalone program (imports resolved beside it) into ES modules in ``out_dir``.

    The result runs with ``node <out_dir>/<name>.js``. With a ``cache_dir``, modules are kept
    there and unchanged ones are not regenerated next time. Raises CompileFailed.
    """
    source, out_dir = source.resolve(), out_dir.resolve()  # the generator runs from a scratch folder
    cache = compile_cache.for_folder(cache_dir) if cache_dir is not None else None
    resolver = Resolver(source.parent) if cache is None else compile_cache.CachingResolver(source.parent, cache)
    with _front_end(cache) as seen:
        graph = build_graph(source.stem, resolver, app="")
    if graph.diagnostics:
        raise CompileFailed(graph.diagnostics)
    trees = {module.path: module.tree for module in graph.modules.values()}
    if out_dir.exists():
        shutil.rmtree(out_dir)
    modules = generate(source, trees, resolver.search_dirs(), out_dir, source_maps=source_maps,
                       cache=cache, tree_keys=_tree_keys(graph, seen))
    (out_dir / f"{source.stem}.project").unlink(missing_ok=True)
    (out_dir / "package.json").write_text('{"type": "module"}\n', encoding="utf-8")
    return ClientBuild(out_dir, modules, f"{source.stem}.js")


def _front_end(cache: CompileCache | None):
    return compile_cache.front_end(cache) if cache is not None else contextlib.nullcontext()


def _tree_keys(graph: ModuleGraph, seen: compile_cache.FrontEndRun | None) -> dict[Path, str]:
    """For each module's tree, a key of what it was made from: its text, name and app (as the
    front-end saw them), and the modules it imports (which file a ``from pkg import name``
    refers to decides the code generated for it)."""
    if seen is None:
        return {}
    keys = {}
    for module in graph.modules.values():
        made_from = seen.tree_keys.get(os.path.abspath(module.path))
        if made_from is not None:
            keys[module.path] = compile_cache.digest(made_from, *sorted(module.imports))
    return keys
