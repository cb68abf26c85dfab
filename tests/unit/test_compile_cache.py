"""The compile cache: a warm compile writes the same bytes as a cold one, and regenerates only
the modules whose inputs changed (the edited module, and dependents whose imported names
changed); the tools' versions and the flags are part of the key; a damaged cache is a miss."""
from __future__ import annotations

import json
import os
import shutil
import textwrap
from pathlib import Path

import pytest

from pytk.compiler import cache as compile_cache
from pytk.compiler.build import ClientBuild, compile_client, compile_program
from pytk.compiler.cache import CompileCache
from pytk.compiler.diagnostics import CompileFailed
from pytk.config import load_config

HELLO = Path(__file__).resolve().parents[2] / "samples" / "hello"

FILES = {
    "pyproject.toml": '[tool.pytk]\napp = "x"\n',
    "x/__init__.py": "",
    "x/client/__init__.py": "",
    "x/shared/__init__.py": "",
    "x/shared/leaf.py": """\
        from dataclasses import dataclass


        @dataclass
        class Point:
            x: int = 0
            y: int = 0


        def scale(point, factor):
            return Point(point.x * factor, point.y * factor)
        """,
    "x/client/named.py": """\
        from x.shared.leaf import Point, scale


        def doubled():
            return scale(Point(1, 2), 2)
        """,
    "x/client/starred.py": """\
        from x.shared.leaf import *


        def tripled():
            return scale(Point(1, 2), 3)
        """,
    "x/client/main.py": """\
        from x.client.named import doubled
        from x.client.starred import tripled


        def main():
            print(doubled(), tripled())
        """,
}


def write_app(root: Path, files: dict[str, str] | None = None) -> Path:
    for relative, text in {**FILES, **(files or {})}.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    return root


def contents(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def regenerated(build: ClientBuild) -> set[str]:
    return {m.name for m in build.modules if not m.reused}


def app_modules(build: ClientBuild) -> set[str]:
    return {m.name for m in build.modules if m.name.startswith("x.")}


@pytest.fixture(scope="module")
def hello(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("cache") / "hello"
    shutil.copytree(HELLO, root, ignore=shutil.ignore_patterns(".pytk", "dist", "__pycache__"))
    return root


def test_warm_compile_writes_the_same_bytes_as_a_cold_one(hello: Path, tmp_path: Path):
    config = load_config(hello)
    uncached = compile_client(config, tmp_path / "uncached", cache=None)
    cold = compile_client(config, tmp_path / "cold")
    assert regenerated(cold) == {m.name for m in cold.modules}, "the first compile generates everything"
    warm = compile_client(config, tmp_path / "warm")
    assert regenerated(warm) == set() and warm.regenerated == 0
    assert [m.name for m in warm.modules if m.reused] and len(warm.modules) == len(cold.modules)
    # A fresh process: nothing in memory, everything on disk.
    fresh = compile_client(config, tmp_path / "fresh", cache=CompileCache(config.work_dir / "cache"))
    assert fresh.regenerated == 0
    expected = contents(uncached.out_dir)
    assert len(expected) > 20 and any(name.endswith(".map") for name in expected)
    for build in (cold, warm, fresh):
        assert contents(build.out_dir) == expected
    assert (config.work_dir / "cache").is_dir()


def test_an_edit_regenerates_that_module_and_star_importers_whose_names_changed(tmp_path: Path):
    root = write_app(tmp_path / "app")
    config = load_config(root)
    cache = CompileCache(tmp_path / "cache")
    first = compile_client(config, tmp_path / "out-1", source_maps=False, cache=cache)
    assert app_modules(first) <= regenerated(first)

    # A function body changes: the names it exports do not.
    leaf = root / "x" / "shared" / "leaf.py"
    leaf.write_text(leaf.read_text(encoding="utf-8").replace("point.y * factor", "point.y * factor + 1"),
                    encoding="utf-8")
    second = compile_client(config, tmp_path / "out-2", source_maps=False, cache=cache)
    assert regenerated(second) == {"x.shared.leaf"}
    assert contents(second.out_dir) == contents(
        compile_client(config, tmp_path / "cold-2", source_maps=False, cache=None).out_dir)

    # A new name: the module that star-imports it imports a new list; the named import does not.
    with leaf.open("a", encoding="utf-8") as source:
        source.write("\n\ndef flip(point):\n    return Point(point.y, point.x)\n")
    third = compile_client(config, tmp_path / "out-3", source_maps=False, cache=cache)
    assert regenerated(third) == {"x.shared.leaf", "x.client.starred"}
    cold = compile_client(config, tmp_path / "cold-3", source_maps=False, cache=None)
    assert contents(third.out_dir) == contents(cold.out_dir)
    assert "flip" in (third.out_dir / "x.client.starred.js").read_text(encoding="utf-8")

    # Back to an earlier text: taken from the cache again.
    fourth = compile_client(config, tmp_path / "out-4", source_maps=False, cache=cache)
    assert regenerated(fourth) == set()


def test_flags_and_the_front_end_version_are_part_of_the_key(tmp_path: Path, monkeypatch):
    root = write_app(tmp_path / "app")
    config = load_config(root)
    cache = CompileCache(tmp_path / "cache")
    with_maps = compile_client(config, tmp_path / "maps", source_maps=True, cache=cache)
    without = compile_client(config, tmp_path / "no-maps", source_maps=False, cache=cache)
    assert regenerated(without) == {m.name for m in without.modules}
    assert not list(without.out_dir.glob("*.map")) and list(with_maps.out_dir.glob("*.map"))
    assert compile_client(config, tmp_path / "again", source_maps=False, cache=cache).regenerated == 0

    monkeypatch.setattr(compile_cache, "front_end_version", lambda: "another front-end")
    changed = compile_client(config, tmp_path / "changed", source_maps=False, cache=cache)
    assert regenerated(changed) == {m.name for m in changed.modules}
    monkeypatch.setattr(compile_cache, "generator_version", lambda: "another generator")
    assert compile_client(config, tmp_path / "changed-2", source_maps=False, cache=cache).regenerated \
        == len(changed.modules)


def test_the_front_end_version_covers_the_compiler_package():
    version = compile_cache.front_end_version()
    assert len(version) == 64 and version == compile_cache.front_end_version()
    package = Path(compile_cache.__file__).parent
    assert {"cache.py", "transcrypt.py", "graph.py"} <= {p.name for p in package.glob("*.py")}


def test_a_damaged_cache_is_a_miss(tmp_path: Path):
    root = write_app(tmp_path / "app")
    config = load_config(root)
    folder = tmp_path / "cache"
    cold = compile_client(config, tmp_path / "cold", cache=CompileCache(folder))
    expected = contents(cold.out_dir)
    records = sorted(folder.rglob("*.json"))
    stored = sorted(p for p in folder.rglob("*") if p.suffix in (".js", ".map", ".py"))
    assert records and stored
    for index, record in enumerate(records):
        record.write_text(["{not json", "[]", json.dumps({"format": "old"}), ""][index % 4], encoding="utf-8")
    damaged = compile_client(config, tmp_path / "damaged", cache=CompileCache(folder))
    assert damaged.regenerated == len(damaged.modules)
    assert contents(damaged.out_dir) == expected

    # A stored file edited in place (an output folder holds links to it): that entry is a miss.
    target = next(p for p in sorted(folder.rglob("*.js")))
    target.write_text("// edited\n", encoding="utf-8")
    other = next(p for p in sorted(folder.rglob("*.map")))
    other.unlink()
    again = compile_client(config, tmp_path / "again", cache=CompileCache(folder))
    assert 1 <= again.regenerated <= 2
    assert contents(again.out_dir) == expected


def test_a_cache_without_a_folder_keeps_modules_in_memory(tmp_path: Path):
    root = write_app(tmp_path / "app")
    config = load_config(root)
    cache = CompileCache()
    cold = compile_client(config, tmp_path / "cold", cache=cache)
    warm = compile_client(config, tmp_path / "warm", cache=cache)
    assert warm.regenerated == 0 and cold.regenerated == len(cold.modules)
    assert contents(warm.out_dir) == contents(cold.out_dir)
    assert not (root / ".pytk" / "cache").exists()


def test_new_files_are_seen_and_errors_are_not_cached(tmp_path: Path):
    root = write_app(tmp_path / "app", {"x/client/main.py": """\
        from x.client.extra import value


        def main():
            print(value)
        """})
    config = load_config(root)
    cache = CompileCache(tmp_path / "cache")
    with pytest.raises(CompileFailed, match="x.client.extra"):
        compile_client(config, tmp_path / "out-1", cache=cache)
    (root / "x" / "client" / "extra.py").write_text("value = 42\n", encoding="utf-8")
    build = compile_client(config, tmp_path / "out-2", cache=cache)
    assert "x.client.extra" in regenerated(build)
    (root / "x" / "client" / "extra.py").write_text("value = (\n", encoding="utf-8")
    with pytest.raises(CompileFailed, match="PTK001"):
        compile_client(config, tmp_path / "out-3", cache=cache)


def test_compile_program_takes_a_cache_folder(tmp_path: Path):
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "helper.py").write_text("def twice(x):\n    return 2 * x\n", encoding="utf-8")
    program = tmp_path / "src" / "prog.py"
    program.write_text("from helper import twice\nprint(twice(21))\n", encoding="utf-8")
    first = compile_program(program, tmp_path / "out-1", cache_dir=tmp_path / "cache")
    second = compile_program(program, tmp_path / "out-2", cache_dir=tmp_path / "cache")
    assert first.regenerated == len(first.modules) and second.regenerated == 0
    assert contents(first.out_dir) == contents(second.out_dir)
    uncached = compile_program(program, tmp_path / "out-3")
    assert uncached.regenerated == len(uncached.modules)
    assert contents(uncached.out_dir) == contents(first.out_dir)


def test_outputs_are_links_or_copies_of_the_stored_files(tmp_path: Path):
    root = write_app(tmp_path / "app")
    config = load_config(root)
    folder = tmp_path / "cache"
    compile_client(config, tmp_path / "cold", cache=CompileCache(folder))
    warm = compile_client(config, tmp_path / "warm", cache=CompileCache(folder))
    linked = [p for p in warm.out_dir.iterdir() if p.suffix == ".js" and os.stat(p).st_nlink > 1]
    assert linked, "a hit links the stored files where the file system allows it"
    copied = compile_client(config, tmp_path / "copied", cache=CompileCache(folder, link=False))
    assert all(os.stat(p).st_nlink == 1 for p in copied.out_dir.iterdir())
    assert copied.regenerated == 0 and contents(copied.out_dir) == contents(warm.out_dir)


def test_a_pending_tree_is_made_when_read_and_reads_as_the_tree():
    import ast

    made = []

    def make():
        made.append(1)
        return ast.parse("import a\n\ndef main():\n    pass\n")

    tree = compile_cache.PendingTree(make)
    assert getattr(tree, "_pytk_imported_names", None) is None and not made
    assert isinstance(tree, ast.Module) and type(tree).__name__ == "Module"

    class Visitor(ast.NodeVisitor):
        def visit_Module(self, node):
            self.seen = [type(statement).__name__ for statement in node.body]

    visitor = Visitor()
    visitor.visit(tree)
    assert visitor.seen == ["Import", "FunctionDef"] and made == [1]
    assert ast.dump(tree) == ast.dump(make())
    assert type(compile_cache.plain_tree(tree)) is ast.Module
    assert compile_cache.top_level_functions(tree) == ["main"]
