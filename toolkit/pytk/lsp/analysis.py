"""The front-end's checks as the language server runs them: after every edit, and fast.

Three things make an analysis cheaper than the compiler's own (:func:`pytk.compiler.build.analyze`
with :func:`pytk.compiler.graph.prepare_module`), with the same diagnostics:

* **Check-only preparation** (:func:`check_module`): the passes of ``prepare_module`` run in
  the compiler's order up to the last one that can report a problem, plus the two that remove
  imports (``dataclasses`` and ``typing``); the passes that only shape code for the generator
  (:data:`SKIPPED`) do not run, nor does a pass that only rewrites what the module does not
  contain (:data:`GUARDS`). :data:`PASSES` lists every pass of ``prepare_module`` with what
  this module does with it, and a test compares it with ``prepare_module``'s code.
* **Trees kept across runs** (:class:`CheckedModules`): a module whose text, name and app are
  those of the previous run is not prepared again; only the edited module is.
* **Cancellation**: the ``proceed`` callback runs between passes and modules, and raises
  :class:`Superseded` when a newer edit makes this analysis pointless.

Buffers of files that do not exist yet (a new module, unsaved) are modules too: the
:class:`BufferResolver` finds them, so the modules that import them resolve.
"""
from __future__ import annotations

import ast
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from pytk.compiler import cache as compile_cache
from pytk.compiler import graph, lowering
from pytk.compiler.async_entry import await_top_level_runs
from pytk.compiler.build import analyze
from pytk.compiler.comparisons import lower_comparison_chains
from pytk.compiler.context_managers import lower_context_managers
from pytk.compiler.diagnostics import Diagnostic
from pytk.compiler.exception_context import lower_exception_context
from pytk.compiler.generator_expressions import lower_generator_expressions
from pytk.compiler.match import lower_match
from pytk.compiler.names import check_names
from pytk.compiler.resolve import Resolved
from pytk.compiler.rpc_proxy import generate_proxies
from pytk.compiler.typed_classes import lower_typed_classes
from pytk.compiler.unpacking import lower_unpacking
from pytk.config import AppConfig


KEPT_MODULES = 4096


class Superseded(Exception):
    """A newer edit came in: this analysis's result would not be published."""


def _never_superseded() -> None:
    return None


def _with_path(step: Callable) -> Callable:
    return lambda tree, module: step(tree, module.path)


# Every pass of graph.prepare_module in its order: (its name there, what check_module runs for
# it, or None where it is skipped). A pass runs with (tree, _Module) and may return problems.
PASSES: tuple[tuple[str, Callable | None], ...] = (
    ("parse_module", None),  # check_module parses first, before this table
    ("check_names", lambda tree, m: check_names(tree, m.path, m.source)),
    ("absolutize_imports", lambda tree, m: lowering.absolutize_imports(tree, m.name, m.path.name == "__init__.py")),
    ("hoist_block_classes", None),
    ("lower_context_managers", lambda tree, m: lower_context_managers(tree)),
    ("lower_exception_context", lambda tree, m: lower_exception_context(tree)),
    ("await_top_level_runs", lambda tree, m: await_top_level_runs(tree)),
    ("lower_comparison_chains", lambda tree, m: lower_comparison_chains(tree)),
    ("lower_generator_expressions", lambda tree, m: lower_generator_expressions(tree)),
    ("lower_match", _with_path(lower_match)),
    ("lower_unpacking", _with_path(lower_unpacking)),
    ("generate_proxies", lambda tree, m: generate_proxies(
        tree, m.name, m.path, is_shared=m.name.startswith(f"{m.app}.shared")) if m.name.split(".")[0] == m.app
        else None),
    ("lower_dataclasses", _with_path(lowering.lower_dataclasses)),
    ("drop_dataclass_imports", lambda tree, m: lowering.drop_dataclass_imports(tree)),  # removes imports
    ("lower_typed_classes", lambda tree, m: lower_typed_classes(tree)),  # may add an import
    ("lower_functions", None),
    ("lower_classes", None),
    ("lower_typing_imports", lambda tree, m: lowering.lower_typing_imports(tree)),  # removes imports
    ("lower_fstrings", None),
    ("lower_operators", None),
    ("lower_ellipsis", None),
    ("box_float_literals", None),
    ("hoist_defaults", None),
    ("enable_python_semantics", None),
    ("fix_missing_locations", None),
)
SKIPPED = frozenset(name for name, step in PASSES[1:] if step is None)
READ_ONLY = frozenset({"check_names"})  # passes that look at the tree without changing it
# Passes that also fill in missing locations over the whole tree (ast.fix_missing_locations):
# they run whenever an earlier pass changed the tree, whatever their guard says.
FIXES_LOCATIONS = frozenset({"lower_match"})


# Passes that leave a tree without these features as it is: they run only when it has them.
GUARDS: dict[str, Callable[[_Features], bool]] = {}


@dataclass(frozen=True)
class _Module:
    name: str
    path: Path
    app: str
    source: str


class _Features:
    """What a tree holds, as far as the guarded passes care (one walk over the tree)."""

    def __init__(self, tree: ast.Module) -> None:
        self.kinds: set[type] = set()
        self.from_modules: set[str] = set()
        self.imported: set[str] = set()
        self.relative_import = self.chained_comparison = False
        for node in ast.walk(tree):
            kind = type(node)
            self.kinds.add(kind)
            if kind is ast.ImportFrom:
                self.from_modules.add(node.module or "")
                self.relative_import = self.relative_import or bool(node.level)
            elif kind is ast.Import:
                self.imported.update(alias.name for alias in node.names)
            elif kind is ast.Compare and len(node.ops) > 1:
                self.chained_comparison = True

    def has(self, *kinds: type) -> bool:
        return not self.kinds.isdisjoint(kinds)


GUARDS.update({
    "absolutize_imports": lambda f: f.relative_import,
    "lower_context_managers": lambda f: f.has(ast.With, ast.AsyncWith, ast.AsyncFor),
    "lower_exception_context": lambda f: f.has(ast.Raise, ast.ExceptHandler),
    "await_top_level_runs": lambda f: "asyncio" in f.imported or "asyncio" in f.from_modules,
    "lower_comparison_chains": lambda f: f.chained_comparison,
    "lower_generator_expressions": lambda f: f.has(ast.GeneratorExp),
    "lower_match": lambda f: f.has(ast.Match),
    "lower_dataclasses": lambda f: f.has(ast.ClassDef),
    "drop_dataclass_imports": lambda f: bool({"dataclasses", "__future__"} & f.from_modules),
    "lower_typing_imports": lambda f: "typing" in f.from_modules,
    "lower_typed_classes": lambda f: f.has(ast.ClassDef, ast.AnnAssign),
})


def check_module(name: str, path: Path, source: str, app: str,
                 proceed: Callable[[], None] = _never_superseded) -> tuple[ast.Module | None, list[Diagnostic]]:
    """Parse one client module and run the passes that find problems (see the module's
    docstring); the tree is fit for the import scans, not for the code generator.

    A pass in :data:`GUARDS` runs only when the tree has what it rewrites (the tree is looked
    at again after each pass that ran)."""
    tree, problems = graph.parse_module(source, path)
    if tree is None:
        return None, problems
    module = _Module(name, path, app, source)
    features: _Features | None = None
    changed = False
    for pass_name, step in PASSES[1:]:
        if step is None:
            continue
        guard = GUARDS.get(pass_name)
        if guard is not None and not (changed and pass_name in FIXES_LOCATIONS):
            features = features or _Features(tree)
            if not guard(features):
                continue
        proceed()
        problems += step(tree, module) or []
        if pass_name not in READ_ONLY:
            features, changed = None, True
    return tree, problems


@dataclass
class _Checked:
    name: str
    app: str
    source: str
    tree: ast.Module | None
    problems: list[Diagnostic]


class CheckedModules:
    """The checked trees of the modules of one app's last analyses, by file (bounded)."""

    def __init__(self, limit: int = KEPT_MODULES) -> None:
        self.limit = limit
        self.kept: OrderedDict[Path, _Checked] = OrderedDict()
        self.prepared = 0  # how many modules were checked rather than kept, since the start

    def preparer(self, proceed: Callable[[], None]):
        """A ``prepare`` for :func:`pytk.compiler.graph.build_graph` that reuses kept trees."""
        def prepare(name: str, path: Path, source: str, app: str):
            kept = self.kept.get(path)
            if kept is not None and kept.source == source and kept.name == name and kept.app == app:
                self.kept.move_to_end(path)
                return kept.tree, list(kept.problems)
            proceed()
            tree, problems = check_module(name, path, source, app, proceed)
            self.prepared += 1
            self.kept[path] = _Checked(name, app, source, tree, list(problems))
            self.kept.move_to_end(path)
            while len(self.kept) > self.limit:
                self.kept.popitem(last=False)
            return tree, problems
        return prepare


class BufferResolver(compile_cache.CachingResolver):
    """Resolves module names as the app's files would be with every buffer saved: a buffer
    whose file does not exist yet is found where the file would be."""

    def __init__(self, app_root: Path, cache: compile_cache.CompileCache, overrides: dict[Path, str]):
        super().__init__(app_root, cache)
        self.unsaved = {path for path in overrides if path.suffix == ".py" and not path.is_file()}

    def find(self, name: str) -> Resolved | None:
        if self.unsaved and name and all(part.isidentifier() for part in name.split(".")):
            relative = Path(*name.split("."))
            for candidate in (self.app_root / relative / "__init__.py", self.app_root / relative.with_suffix(".py")):
                if candidate in self.unsaved:
                    return Resolved(name, candidate, "app")
                if candidate.is_file():
                    break
        return super().find(name)


class AppAnalysis:
    """Analyses of one app, each reusing what the previous ones prepared."""

    def __init__(self, config: AppConfig) -> None:
        self.config = config
        self.reset()

    def reset(self) -> None:
        """Forget what earlier analyses kept."""
        self.cache = compile_cache.CompileCache()  # in memory: the resolver's memo and the import scans
        self.modules = CheckedModules()

    def check(self, overrides: dict[Path, str], extra_modules: list[str],
              proceed: Callable[[], None] = _never_superseded) -> list[Diagnostic]:
        """Every problem the front-end finds from the client entry and from ``extra_modules``
        (open client modules the entry does not reach). Raises :class:`Superseded` when
        ``proceed`` does."""
        config = self.config
        prepare = self.modules.preparer(proceed)
        with compile_cache.front_end(self.cache):
            resolver = BufferResolver(config.root, self.cache, overrides)
            program = analyze(config, overrides, cache=self.cache, resolver=resolver, prepare=prepare)
            found = list(program.diagnostics)
            for module in extra_modules:
                if module not in program.modules:
                    proceed()
                    found += graph.build_graph(module, resolver, config.name, overrides, prepare).diagnostics
        return list(dict.fromkeys(found))
