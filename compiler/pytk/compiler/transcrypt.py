"""Generate JavaScript with Transcrypt, driven in-process.

Transcrypt keeps global state, so one compile runs at a time (a lock guards it). These
patches adapt it to the front-end:

* ``Module.parse`` takes the tree that pytk parsed and lowered, when there is one, so the
  generator sees the lowered code while errors and source maps keep the user's lines;
* ``Generator.filterId`` is memoized: it runs ~130 regexes per identifier and was most of
  the compile time, with output unchanged;
* ``utils.enhanceException`` keeps the message of internal errors, which it otherwise drops;
* the banner of each module names Transcrypt's version instead of the time of day, so the
  same input gives the same bytes;
* ``Module.__init__`` consults the compile's module cache (:mod:`.cache`), when it has one:
  on a hit it places the stored files and hands Transcrypt the imports and exports it would
  have read from freshly generated code, so the walk over the program goes on as before,
  without parsing or generating. Before a hit is taken, the modules whose exported names
  went into the stored output (the runtime, and what it star-imports) are provided and their
  names compared, so a dependent of a changed module is regenerated when its names changed.
"""
from __future__ import annotations

import ast
import contextlib
import functools
import importlib.metadata
import io
import json
import os
import sys
import tempfile
import threading
import types
from dataclasses import dataclass, field
from pathlib import Path

from pytk.compiler import cache as module_cache
from pytk.compiler import generator_patches
from pytk.compiler.diagnostics import CompileFailed, Diagnostic

_lock = threading.Lock()
_trees: dict[str, ast.Module] = {}  # by absolute path
_real_paths: dict[str, str] | None = None  # realpath -> key in _trees, made when first needed


def _tree_path(source_path: str) -> str | None:
    """The key in ``_trees`` of the module Transcrypt found at ``source_path``, if pytk gave its tree.

    Both sides build paths from the same search folders, so the absolute path matches; the
    real path (one symlink-resolving syscall per part) is consulted only when it differs.
    """
    global _real_paths
    path = os.path.abspath(source_path)
    if path in _trees:
        return path
    real = os.path.realpath(source_path)
    if real == path:
        return None
    if _real_paths is None:
        _real_paths = {os.path.realpath(p): p for p in _trees}
    return _real_paths.get(real)


@dataclass
class _Run:
    """The cache side of the compile in progress."""

    cache: module_cache.CompileCache
    base_key: str
    tree_keys: dict[str, str]
    reused: set[str] = field(default_factory=set)


_run: _Run | None = None


@functools.cache
def _transcrypt():
    """Import Transcrypt once, from a scratch folder (its import deletes ./transcrypt.log)."""
    here = os.getcwd()
    with tempfile.TemporaryDirectory() as scratch:
        os.chdir(scratch)
        try:
            saved_path = list(sys.path)
            import transcrypt.__main__ as main
            from org.transcrypt import compiler, utils
            from org.transcrypt.stubs.browser import __set_stubsymbols__
            # Keep only the entry that makes `org.transcrypt` importable.
            sys.path[:] = saved_path + [p for p in sys.path if p not in saved_path and p == main.modulesDir]
        finally:
            os.chdir(here)
    _patch(compiler, utils)
    generator_patches.apply(compiler)
    return main, compiler, utils, __set_stubsymbols__


def _patch(compiler, utils) -> None:
    original_parse = compiler.Module.parse

    def parse(module):
        path = _tree_path(module.sourcePath)
        tree = _trees.get(path) if path else None
        if tree is None:
            return original_parse(module)
        with open(module.sourcePath, encoding="utf-8") as source:
            module.sourceCode = source.read()
        setattr(tree, module_cache.GENERATED_MARK, True)  # the generator may edit it: not to be reused
        tree = module_cache.plain_tree(tree)
        for node in ast.walk(tree):
            for child in ast.iter_child_nodes(node):
                child.parentNode = node
        module.parseTree = tree

    compiler.Module.parse = parse

    original_filter = compiler.Generator.filterId
    cache: dict = {}

    def filter_id(generator, qualified_id):
        key = (qualified_id, generator.idFiltering, tuple(generator.aliases))
        if key not in cache:
            cache[key] = original_filter(generator, qualified_id)
        return cache[key]

    filter_id.__wrapped__ = original_filter
    compiler.Generator.filterId = filter_id

    original_enhance = utils.enhanceException

    def enhance(exception, **kwargs):
        if not isinstance(exception, utils.Error) and not kwargs.get("message"):
            kwargs["message"] = f"{type(exception).__name__}: {exception}"
        return original_enhance(exception, **kwargs)

    utils.enhanceException = enhance
    compiler.utils.enhanceException = enhance

    # The project file (which we delete) is written in one piece rather than token by token.
    compiler.json = types.SimpleNamespace(load=json.load, dump=lambda value, file: file.write(json.dumps(value)))

    stamp = types.SimpleNamespace(strftime=lambda _format: f"version {importlib.metadata.version('transcrypt')}")
    compiler.datetime = types.SimpleNamespace(datetime=types.SimpleNamespace(now=lambda: stamp))

    original_init = compiler.Module.__init__

    def init(module, program, name, __name__, filter):
        run = _run
        if run is None:
            return original_init(module, program, name, __name__, filter)
        module.program, module.name, module.__name__ = program, name, __name__ or name
        module.findPaths(filter)  # raises, as Transcrypt's own call would, if there is no such module
        key = _module_key(run, module)
        entry = run.cache.get(key) if key else None
        if entry is not None and _reuse(run.cache, module, entry):
            run.reused.add(name)
            return None
        original_init(module, program, name, __name__, filter)
        if key:
            _store(run.cache, key, module)
        return None

    init.__wrapped__ = original_init
    compiler.Module.__init__ = init


def _module_key(run: _Run, module) -> str | None:
    """What the module's output depends on, hashed; None when it must not be cached."""
    try:
        with open(module.sourcePath, "rb") as source_file:
            data = source_file.read()
    except OSError:
        return None
    if b"xpath" in data:  # __pragma__ ('xpath', ...) changes the search path of later modules
        return None
    parts: list[str | bytes] = [run.base_key, module.name, module.__name__, module.sourcePath, data]
    tree_path = _tree_path(module.sourcePath)
    if tree_path is not None:
        tree_key = run.tree_keys.get(tree_path)
        if tree_key is None:
            return None
        parts.append(tree_key)
    for include in module_cache.included_files(data.decode("utf-8", "replace")) if b"__include__" in data else ():
        for folder in module.program.moduleSearchDirs:
            if os.path.isfile(f"{folder}/{include}"):
                with open(f"{folder}/{include}", "rb") as included:
                    parts += [include, included.read()]
                break
        else:
            parts += [include, b"\0missing"]
    return module_cache.digest(*parts)


def _exported(program, name: str) -> list[str] | None:
    """The names module ``name`` exports, sorted (None while it is being compiled)."""
    module = program.moduleDict.get(name)
    names = getattr(module, "exportedNames", None)
    if names is None:
        return None
    kept = getattr(module, "_pytk_sorted_exports", None)
    if kept is None or kept[0] is not names:  # sorted once per module and compile
        kept = module._pytk_sorted_exports = (names, sorted(names))
    return kept[1]


def _reuse(cache: module_cache.CompileCache, module, entry: module_cache.Entry) -> bool:
    """Do what ``Module.__init__`` does, from the cache entry. False: not usable, nothing done."""
    program = module.program
    program.importStack.append([module, None])
    program.moduleDict[module.name] = module
    for dependency, names in entry.deps.items():
        program.searchedModulePaths = []
        program.provide(dependency)
        if _exported(program, dependency) != names:
            program.importStack.pop()
            return False
    if not os.path.isdir(program.targetDir):
        os.makedirs(program.targetDir, exist_ok=True)
    if not cache.place(entry, module.targetPrepath):
        program.importStack.pop()
        return False
    module.importedModuleNames = list(entry.imports)
    module.exportedNames = list(entry.exports)
    for imported in module.importedModuleNames:
        program.searchedModulePaths = []
        program.provide(imported)
    program.importStack.pop()
    return True


def _star_imports(tree: ast.Module) -> list[str]:
    """The modules ``tree`` star-imports (only module-level code can)."""
    found: list[str] = []
    pending: list[ast.AST] = list(tree.body)
    while pending:
        node = pending.pop()
        if isinstance(node, ast.ImportFrom) and node.module and any(a.name == "*" for a in node.names):
            found.append(node.module)
        elif not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            for name in ("body", "orelse", "finalbody", "handlers", "cases"):
                pending += [n for n in getattr(node, name, []) if isinstance(n, ast.AST)]
    return found


def _store(cache: module_cache.CompileCache, key: str, module) -> None:
    program = module.program
    deps: dict[str, list[str] | None] = {}
    tree = getattr(module, "parseTree", None)
    if not module.isJavascriptOnly and module.name != program.runtimeModuleName:
        deps[program.runtimeModuleName] = _exported(program, program.runtimeModuleName)
        for name in _star_imports(tree) if tree is not None else []:
            if name in program.moduleDict:
                deps[name] = _exported(program, name)
    written = {suffix: module.targetPrepath + suffix for suffix in module_cache.SUFFIXES
               if os.path.isfile(module.targetPrepath + suffix)}
    cache.put(key, module_cache.Entry(list(module.importedModuleNames), list(module.exportedNames), deps), written)


@dataclass
class GeneratedModule:
    """One ES module the generator wrote."""

    name: str
    source: Path
    target: Path
    reused: bool = False  # taken from the cache rather than generated


def generate(main_module: Path, trees: dict[Path, ast.Module], search_dirs: list[Path], out_dir: Path,
             source_maps: bool = True, cache: module_cache.CompileCache | None = None,
             tree_keys: dict[Path, str] | None = None) -> list[GeneratedModule]:
    """Compile ``main_module`` (a .py file) and what it imports into ``out_dir``.

    ``out_dir`` is emptied first: give it a folder of its own. With a ``cache``, modules
    whose inputs are unchanged are taken from it; a module with a tree from ``trees`` is
    cached only when ``tree_keys`` says what the tree was made from. Raises CompileFailed.
    """
    global _run, _real_paths
    main, compiler, utils, set_stub_symbols = _transcrypt()
    flags = ["-n", "-k", "-b", "-da", *(["-m"] if source_maps else [])]
    with _lock:
        _trees.clear()
        _trees.update({os.path.abspath(path): tree for path, tree in trees.items()})
        _real_paths = None
        saved_argv = sys.argv
        sys.argv = ["transcrypt", *flags, "-od", str(out_dir), str(main_module.with_suffix(""))]
        log = io.StringIO()
        try:
            with contextlib.redirect_stdout(log):
                _parse_arguments(utils)
                envir = utils.Any()
                with open(f"{main.modulesDir}/org/transcrypt/__envir__.js") as envir_file:
                    exec(envir_file.read(), {"__envir__": envir})
                envir.executor_name = envir.interpreter_name
                symbols = ["__sform__", "__py3.11__", f"__esv{utils.defaultJavaScriptVersion}__"]
                set_stub_symbols(symbols)
                if cache is not None:
                    base_key = module_cache.digest(module_cache.FORMAT, module_cache.generator_version(),
                                                   module_cache.front_end_version(), " ".join(flags),
                                                   " ".join(symbols))
                    _run = _Run(cache, base_key, {os.path.abspath(path): key
                                                  for path, key in (tree_keys or {}).items()})
                program = compiler.Program([str(d) for d in search_dirs], symbols, envir)
        except utils.Error as error:
            raise CompileFailed([_diagnostic(error, utils)]) from None
        finally:
            sys.argv = saved_argv
            _trees.clear()
            reused, _run = (_run.reused if _run else set()), None
    return [GeneratedModule(m.name, _path(m.sourcePath), _path(m.targetPath), m.name in reused)
            for m in program.moduleDict.values()]


_path = functools.lru_cache(maxsize=8192)(Path)  # the same few files compile after compile


_parsed_arguments: dict[tuple[str, ...], dict] = {}


def _parse_arguments(utils) -> None:
    """``utils.commandArgs.parse()`` for ``sys.argv``, remembered: it builds an argument parser
    each time, which costs about a millisecond."""
    argv = tuple(sys.argv)
    if argv not in _parsed_arguments:
        utils.commandArgs.parse()
        _parsed_arguments[argv] = dict(utils.commandArgs.projectOptions)
    else:
        options = _parsed_arguments[argv]
        utils.commandArgs.projectOptions = dict(options)
        utils.commandArgs.__dict__.update(options)


def _diagnostic(error, utils) -> Diagnostic:
    stack = utils.program.importStack if getattr(utils, "program", None) else []
    path = Path(stack[-1][0].sourcePath) if stack else Path("<unknown>")
    message = " ".join(str(error.message).split()) or "the code generator failed without a message"
    return Diagnostic(path, max(error.lineNr, 1), 1, "PTK300", message)
