"""Split points: the modules that client code loads on demand with ``pytk.client.loader.load``.

``await load("app.client.reports")`` names a module that is not imported statically but must
still be compiled, checked like an import and, in a bundle, emitted as a chunk of its own.
:func:`split_point_imports` finds these calls in a (lowered) module, so that the import graph
walks their targets like imports; :func:`split_targets` collects them over a whole program, and
:func:`compile_split_targets` has the code generator compile them beside the client.
Only a string literal is a split point: ``load(name)`` with a variable is left to run time.
"""
from __future__ import annotations

import ast
import shutil
from pathlib import Path

LOADER_MODULE = "pytk.client.loader"
LOAD = "load"
SPLIT_STAGE = "pytk_split_points"


def _load_references(tree: ast.Module) -> tuple[set[str], set[str]]:
    """The names that denote ``load`` itself, and the dotted names that denote the loader module
    (or the ``pytk.client`` package, for ``pytk.client.load``)."""
    functions: set[str] = set()
    modules: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and not node.level:
            for alias in node.names:
                if node.module in (LOADER_MODULE, "pytk.client") and alias.name == LOAD:
                    functions.add(alias.asname or alias.name)
                elif f"{node.module}.{alias.name}" in (LOADER_MODULE, "pytk.client"):
                    modules.add(alias.asname or alias.name)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name in (LOADER_MODULE, "pytk.client"):
                    modules.add(alias.asname or alias.name)
    return functions, modules


def _dotted(node: ast.AST) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        base = _dotted(node.value)
        return f"{base}.{node.attr}" if base else None
    return None


def split_point_imports(tree: ast.Module) -> list[tuple[str, ast.AST, list[str]]]:
    """Each ``load("dotted.name")`` call as ``(module, call node, [])``, the shape of an import."""
    functions, modules = _load_references(tree)
    if not functions and not modules:
        return []
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)):
            continue
        callee = _dotted(node.func)
        if callee in functions or (callee and callee.endswith("." + LOAD) and callee[:-len(LOAD) - 1] in modules):
            found.append((node.args[0].value, node, []))
    return found


def split_targets(trees: list[ast.Module]) -> list[str]:
    """Every module named by a split point in these modules, each once, in a stable order."""
    return sorted({name for tree in trees for name, _node, _names in split_point_imports(tree)})


def compile_split_targets(graph, search_dirs: list[Path], out_dir: Path, work: Path,
                          source_maps: bool = True) -> list:
    """Compile the modules named by split points (and what they import) into ``out_dir``, beside a
    client compiled from the entry, which does not import them. Returns their GeneratedModules.

    The code generator compiles only what its main module imports, and an import would put the
    module in the first download; so the targets get a second run of their own, from a staged
    module that imports them, and the files that the first run did not write are added.
    Raises CompileFailed.
    """
    import dataclasses

    from pytk.compiler.transcrypt import generate

    targets = split_targets([module.tree for module in graph.modules.values()])
    if not [t for t in targets if not (out_dir / f"{t}.js").is_file()]:
        return []
    stage = work / "split-stage"
    stage.mkdir(parents=True, exist_ok=True)
    main = stage / f"{SPLIT_STAGE}.py"
    main.write_text("".join(f"import {target}\n" for target in targets), encoding="utf-8")
    scratch = work / "split-out"
    trees = {module.path: module.tree for module in graph.modules.values()}
    generated = generate(main, trees, [stage, *search_dirs], scratch.resolve(), source_maps=source_maps)
    added = []
    for module in generated:
        if module.name == SPLIT_STAGE or (out_dir / f"{module.name}.js").is_file():
            continue
        for suffix in (".js", ".map", ".py"):
            file = scratch / f"{module.name}{suffix}"
            if file.is_file():
                shutil.copyfile(file, out_dir / file.name)
        added.append(dataclasses.replace(module, target=out_dir / f"{module.name}.js"))
    shutil.rmtree(scratch, ignore_errors=True)
    return added
