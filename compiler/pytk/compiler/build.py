"""Compile an app's client: the whole front-end pipeline, from the entry point to ES modules."""
from __future__ import annotations

import ast
import shutil
from dataclasses import dataclass
from pathlib import Path

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


def analyze(config: AppConfig, overrides: dict[Path, str] | None = None) -> ModuleGraph:
    """Parse, lower and check the client program without generating code."""
    resolver = Resolver(config.root)
    graph = build_graph(config.entry_module, resolver, config.name, overrides)
    entry = graph.modules.get(config.entry_module)
    if resolver.find(config.entry_module) is None:
        graph.diagnostics.insert(0, Diagnostic(config.root / "pyproject.toml", 1, 1, "PTK104",
                                               f"client entry module '{config.entry_module}' not found"))
    elif entry is not None and not any(isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))
                                       and n.name == config.entry_function for n in entry.tree.body):
        graph.diagnostics.append(Diagnostic(entry.path, 1, 1, "PTK104",
                                            f"client entry module has no function '{config.entry_function}'"))
    return graph


def check_client(config: AppConfig) -> list[Diagnostic]:
    """Every problem the front-end finds in the client, without writing output."""
    return analyze(config).diagnostics


def compile_client(config: AppConfig, out_dir: Path, source_maps: bool = True) -> ClientBuild:
    """Compile the app's client into ``out_dir`` (emptied first). Raises CompileFailed."""
    out_dir = out_dir.resolve()  # the generator reads a relative folder against the entry's
    graph = analyze(config)
    if graph.diagnostics:
        raise CompileFailed(graph.diagnostics)
    stage = config.work_dir / "stage"
    stage.mkdir(parents=True, exist_ok=True)
    main = stage / f"{ENTRY_MODULE}.py"
    main.write_text(f"from {config.entry_module} import {config.entry_function} as _pytk_entry\n"
                    "_pytk_entry()\n", encoding="utf-8")
    resolver = Resolver(config.root)
    trees = {module.path: module.tree for module in graph.modules.values()}
    if out_dir.exists():
        shutil.rmtree(out_dir)
    modules = generate(main, trees, [stage, *resolver.search_dirs()], out_dir, source_maps=source_maps)
    (out_dir / f"{ENTRY_MODULE}.project").unlink(missing_ok=True)
    return ClientBuild(out_dir, modules)


def compile_program(source: Path, out_dir: Path, source_maps: bool = False) -> ClientBuild:
    """Compile a standalone program (imports resolved beside it) into ES modules in ``out_dir``.

    The result runs with ``node <out_dir>/<name>.js``. Raises CompileFailed.
    """
    source = source.resolve()
    resolver = Resolver(source.parent)
    graph = build_graph(source.stem, resolver, app="")
    if graph.diagnostics:
        raise CompileFailed(graph.diagnostics)
    trees = {module.path: module.tree for module in graph.modules.values()}
    if out_dir.exists():
        shutil.rmtree(out_dir)
    modules = generate(source, trees, resolver.search_dirs(), out_dir, source_maps=source_maps)
    (out_dir / f"{source.stem}.project").unlink(missing_ok=True)
    (out_dir / "package.json").write_text('{"type": "module"}\n', encoding="utf-8")
    return ClientBuild(out_dir, modules, f"{source.stem}.js")
