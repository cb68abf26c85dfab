"""The language server's check-only analysis finds what the compiler's front-end finds."""
from __future__ import annotations

import ast
import inspect
from pathlib import Path

import pytest

from pytk.compiler import graph
from pytk.compiler.split_points import split_point_imports
from pytk.lsp import analysis

REPO = Path(__file__).resolve().parents[2]
CORPUS_FOLDERS = ["tests/conformance/programs", "samples", "widgets/pytk/widgets", "toolkit/pytk/client",
                  "compiler/pytk/compiler/stdlib"]

# Modules with problems, each in the `shared` part of an app `x` (the RPC checks apply there).
PROBLEMS = {
    "walrus_in_chain": "def f(a, b, c, d):\n    if a < b() < (y := c()) < d:\n        return y\n",
    "walrus_in_generator": "def f(xs):\n    return list((y := x) for x in xs)\n",
    "walrus_in_with": "def f(m):\n    with (a := m) as b:\n        return a if (c := b) else c\n",
    "walrus_in_match": "def f(v):\n    match v:\n        case [a] | (a, 1):\n            return (b := a) or b\n",
    "starred_in_comprehension": "def f(xs):\n    return [a for a, *rest in xs]\n",
    "class_in_block": "import asyncio\nif True:\n    class A:\n        pass\ntry:\n    import typing\nexcept ImportError:\n    raise\n",
    "dataclasses": ("from __future__ import annotations\nfrom dataclasses import dataclass, field\n"
                    "from typing import Callable, Optional\n\n\n@dataclass(slots=True)\nclass A:\n    x: int = 1\n"
                    "    y: int\n\n\n@dataclass\nclass Hook:\n    f: Callable[[int], int]\n\n\n"
                    "@dataclass\nclass B(A):\n    z: Optional[int] = None\n"),
    "services": ("from pytk.rpc import Service\n\n\nclass S(Service):\n    def plain(self) -> int: ...\n\n"
                 "    async def star(self, *args) -> int: ...\n\n    async def pair(self) -> tuple[A, int]: ...\n"),
    "relative": "from . import services\nfrom .dataclasses import A\nfrom ..client import main\n",
    "undefined_names": "def f(items):\n    return [iten for item in items] + [lenght(items)]\n",
}


def _corpus() -> list[tuple[str, Path, str]]:
    found = []
    for folder in CORPUS_FOLDERS:
        for path in sorted((REPO / folder).rglob("*.py")):
            found.append((path.stem, path, path.read_text(encoding="utf-8")))
    found += [(name, Path(f"/app/x/shared/{name}.py"), text) for name, text in PROBLEMS.items()]
    return found


def _scans(tree: ast.Module | None) -> list:
    if tree is None:
        return []
    return [(module, names) for module, _, names in graph.imported_names(tree) + split_point_imports(tree)]


def test_the_passes_table_lists_every_pass_of_the_compiler_in_order():
    source = inspect.getsource(inspect.unwrap(graph.prepare_module))
    calls = sorted((node for node in ast.walk(ast.parse(source.strip())) if isinstance(node, ast.Call)),
                   key=lambda node: (node.lineno, node.col_offset))
    names = [call.func.attr if isinstance(call.func, ast.Attribute) else getattr(call.func, "id", "")
             for call in calls]
    passes = [name for name in names if name not in ("startswith", "split")]
    assert passes == [name for name, _ in analysis.PASSES]
    assert set(analysis.GUARDS) <= {name for name, step in analysis.PASSES if step is not None}


def test_check_only_finds_what_prepare_module_finds():
    corpus = _corpus()
    assert len(corpus) > 300
    differing = []
    for name, path, source in corpus:
        module = f"x.shared.{name}" if str(path).startswith("/app/") else f"x.client.{name}"
        full_tree, full_problems = graph.prepare_module(module, path, source, "x")
        tree, problems = analysis.check_module(module, path, source, "x")
        if problems != full_problems or _scans(tree) != _scans(full_tree):
            differing.append(str(path))
    assert differing == []


def test_the_problem_modules_do_have_problems():
    codes = set()
    for name, text in PROBLEMS.items():
        codes |= {p.code for p in analysis.check_module(f"x.shared.{name}", Path(f"/app/x/shared/{name}.py"),
                                                         text, "x")[1]}
    assert codes == {"PTK110", "PTK111", "PTK112", "PTK201", "PTK202", "PTK203", "PTK206"}


def _demo_app(tmp_path: Path):
    from pytk.config import load_config
    from pytk.scaffold import create_app

    create_app(tmp_path / "demo")
    return load_config(tmp_path / "demo")


def test_only_the_edited_module_is_checked_again(tmp_path: Path):
    config = _demo_app(tmp_path)
    main = (config.package_dir / "client" / "main.py").resolve()
    source = main.read_text(encoding="utf-8")
    checker = analysis.AppAnalysis(config)
    assert checker.check({main: source}, []) == []
    first = checker.modules.prepared
    assert first > 3  # the app's modules and pytk's widgets
    problems = checker.check({main: "import os\n" + source}, [])
    assert [(p.path, p.line, p.code) for p in problems] == [(main, 1, "PTK103")]
    assert checker.modules.prepared == first + 1


def test_a_superseded_analysis_stops_and_the_next_one_is_whole(tmp_path: Path):
    config = _demo_app(tmp_path)
    main = (config.package_dir / "client" / "main.py").resolve()
    edited = "import os\n" + main.read_text(encoding="utf-8")
    checker = analysis.AppAnalysis(config)
    calls = []

    def superseded_soon():
        calls.append(1)
        if len(calls) > 3:
            raise analysis.Superseded

    with pytest.raises(analysis.Superseded):
        checker.check({main: edited}, [], superseded_soon)
    assert [p.code for p in checker.check({main: edited}, [])] == ["PTK103"]
