"""Generate JavaScript with Transcrypt, driven in-process.

Transcrypt keeps global state, so one compile runs at a time (a lock guards it). Three
patches adapt it to the front-end:

* ``Module.parse`` takes the tree that pytk parsed and lowered, when there is one, so the
  generator sees the lowered code while errors and source maps keep the user's lines;
* ``Generator.filterId`` is memoized: it runs ~130 regexes per identifier and was most of
  the compile time, with output unchanged;
* ``utils.enhanceException`` keeps the message of internal errors, which it otherwise drops.
"""
from __future__ import annotations

import ast
import contextlib
import functools
import io
import os
import sys
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

from pytk.compiler import generator_patches
from pytk.compiler.diagnostics import CompileFailed, Diagnostic

_lock = threading.Lock()
_trees: dict[str, ast.Module] = {}


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
        tree = _trees.get(os.path.realpath(module.sourcePath))
        if tree is None:
            return original_parse(module)
        with open(module.sourcePath, encoding="utf-8") as source:
            module.sourceCode = source.read()
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


@dataclass
class GeneratedModule:
    """One ES module the generator wrote."""

    name: str
    source: Path
    target: Path


def generate(main_module: Path, trees: dict[Path, ast.Module], search_dirs: list[Path], out_dir: Path,
             source_maps: bool = True) -> list[GeneratedModule]:
    """Compile ``main_module`` (a .py file) and what it imports into ``out_dir``.

    ``out_dir`` is emptied first: give it a folder of its own. Raises CompileFailed.
    """
    main, compiler, utils, set_stub_symbols = _transcrypt()
    flags = ["-n", "-k", "-b", "-da", *(["-m"] if source_maps else [])]
    with _lock:
        _trees.clear()
        _trees.update({os.path.realpath(path): tree for path, tree in trees.items()})
        saved_argv = sys.argv
        sys.argv = ["transcrypt", *flags, "-od", str(out_dir), str(main_module.with_suffix(""))]
        log = io.StringIO()
        try:
            with contextlib.redirect_stdout(log):
                utils.commandArgs.parse()
                envir = utils.Any()
                with open(f"{main.modulesDir}/org/transcrypt/__envir__.js") as envir_file:
                    exec(envir_file.read(), {"__envir__": envir})
                envir.executor_name = envir.interpreter_name
                symbols = ["__sform__", "__py3.11__", f"__esv{utils.defaultJavaScriptVersion}__"]
                set_stub_symbols(symbols)
                program = compiler.Program([str(d) for d in search_dirs], symbols, envir)
        except utils.Error as error:
            raise CompileFailed([_diagnostic(error, utils)]) from None
        finally:
            sys.argv = saved_argv
            _trees.clear()
    return [GeneratedModule(m.name, Path(m.sourcePath), Path(m.targetPath)) for m in program.moduleDict.values()]


def _diagnostic(error, utils) -> Diagnostic:
    stack = utils.program.importStack if getattr(utils, "program", None) else []
    path = Path(stack[-1][0].sourcePath) if stack else Path("<unknown>")
    message = " ".join(str(error.message).split()) or "the code generator failed without a message"
    return Diagnostic(path, max(error.lineNr, 1), 1, "PTK300", message)
