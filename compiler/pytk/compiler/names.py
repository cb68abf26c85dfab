"""Report the names client code reads that nothing binds (PTK206): where CPython would raise
``NameError``, pytk says so at compile time, for every such name at once.

Scoping is CPython's own: the :mod:`symtable` of the module tells, for each scope, which names
are local (assigned, imported, parameters, ``for``/``with``/``except``/``match`` targets, ``:=``,
``del``), free (bound in an enclosing function) or global. A name counts as bound when anything
binds it anywhere in a scope it could come from, whatever the order: a function may read a global
defined further down, a loop may read what its previous turn assigned. A read is reported when
it resolves to a global that is none of:

* a name the module binds (at top level, or through ``global`` in a function);
* a Python builtin, or a module attribute such as ``__file__``;
* one of the code generator's compile-time names (``__pragma__``, ``__new__``, ``__typeof__`` ...)
  or a name its runtime exports to every module;
* defined by JavaScript in the module's ``__pragma__('js', ...)`` code (``function f``, ``var x``),
  or a Python name given to a JavaScript one with ``__pragma__('alias', ...)``;
* a JavaScript global of browsers (``document``, ``window``, ``fetch``, ``JSON`` ...), listed in
  ``browser_globals.txt`` (see ``scripts/browser_globals.py``; ``name``, ``event``, ``self`` and
  the like are left out: read them as ``window.name``).

A module with a ``from x import *`` is not checked for globals (the star import could supply
them). Not reported either: reads inside the ``try`` block of a ``try`` that handles
``NameError``, and lines with a ``# noqa`` or ``# noqa: PTK206`` comment. A module that CPython's
compiler refuses (``nonlocal x`` with no ``x`` to bind) is a ``PTK001``.
"""
from __future__ import annotations

import ast
import builtins
import difflib
import functools
import re
import symtable
from pathlib import Path

from pytk.compiler.diagnostics import Diagnostic

CODE = "PTK206"
CLOSENESS = 0.75  # difflib's ratio a Python name must reach to be suggested
JS_CLOSENESS = 0.85  # and a JavaScript global, from a longer and less familiar list
COMPILE_TIME_NAMES = frozenset({"__pragma__", "__new__", "__typeof__", "__preinc__", "__postinc__",
                                "__predec__", "__postdec__", "__file__", "__filename__", "__line__"})
MODULE_ATTRIBUTES = frozenset({"__builtins__", "__annotations__", "__cached__"})
CLASS_BODY_NAMES = frozenset({"__module__", "__qualname__"})
_JS_DEFINITION = re.compile(r"\b(?:function\*?|class|var|let|const)\s+([A-Za-z_$][\w$]*)")
_JS_EXPORT = re.compile(r"^export\s+(?:async\s+)?(?:function\*?|class|var|let|const)\s*([A-Za-z_$][\w$]*)",
                        re.MULTILINE)
_NOQA = re.compile(r"#\s*noqa\b(?::\s*([A-Z]+\d+(?:[,\s]+[A-Z]+\d+)*))?", re.IGNORECASE)
_PYTHON_BUILTINS = frozenset(name for name in dir(builtins) if not name.startswith("_"))
_COMPREHENSIONS = {ast.ListComp: "listcomp", ast.SetComp: "setcomp", ast.DictComp: "dictcomp",
                   ast.GeneratorExp: "genexpr"}


@functools.cache
def browser_globals() -> frozenset[str]:
    """The JavaScript globals client code may use by name."""
    text = Path(__file__).with_name("browser_globals.txt").read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


@functools.cache
def runtime_names() -> frozenset[str]:
    """The names the code generator's runtime, with pytk's additions, exports to every module."""
    from pytk.compiler.resolve import transcrypt_modules_dir
    from pytk.compiler.runtime import EXCEPTIONS, additions_source

    library = transcrypt_modules_dir() / "org" / "transcrypt"
    javascript = "\n".join([library.joinpath("__core__.js").read_text(encoding="utf-8"),
                            library.joinpath("__builtin__.js").read_text(encoding="utf-8"), additions_source()])
    found = set(_JS_EXPORT.findall(javascript))
    for python in (library / "__runtime__.py", EXCEPTIONS):
        table = symtable.symtable(python.read_text(encoding="utf-8"), str(python), "exec")
        found.update(s.get_name() for s in table.get_symbols() if s.is_assigned() or s.is_imported())
    return frozenset(found)


@functools.cache
def always_bound() -> frozenset[str]:
    """Names bound in every client module."""
    return (frozenset(dir(builtins)) | MODULE_ATTRIBUTES | COMPILE_TIME_NAMES | runtime_names()
            | browser_globals())


def message(name: str, suggestion: str | None) -> str:
    """CPython's words, with the closest defined name when there is one."""
    text = f"name '{name}' is not defined"
    return f"{text}; did you mean '{suggestion}'?" if suggestion else text


def check_names(tree: ast.Module, path: Path, source: str) -> list[Diagnostic]:
    """A diagnostic for each read of a name that nothing binds (see the module docstring)."""
    try:
        table = symtable.symtable(source, str(path), "exec")
    except SyntaxError as error:  # CPython's compiler refuses the module
        return [Diagnostic(path, error.lineno or 1, error.offset or 1, "PTK001", f"syntax error: {error.msg}")]
    except (ValueError, RecursionError):
        return []
    module_names = _module_bindings(table) | pragma_definitions(tree)
    if path.name == "__init__.py":
        module_names.add("__path__")
    finder = _Finder(table, module_names, star_import=_has_star_import(tree))
    try:
        finder.visit_scope(tree, table)
    except RecursionError:  # an expression nested too deeply to walk: left unchecked
        return []
    lines = source.splitlines()
    problems = []
    for node, visible in finder.undefined:
        if not _suppressed(lines, node.lineno):
            problems.append(Diagnostic(path, node.lineno, node.col_offset + 1, CODE,
                                       message(node.id, closest(node.id, visible))))
    return problems


def closest(name: str, visible: set[str]) -> str | None:
    """The defined name closest to ``name``: one Python code sees here, else a JavaScript global."""
    for choices, cutoff in ((visible, CLOSENESS), (browser_globals() | COMPILE_TIME_NAMES, JS_CLOSENESS)):
        close = difflib.get_close_matches(name, choices - {name}, n=1, cutoff=cutoff)
        if close:
            return close[0]
    return None


def pragma_definitions(tree: ast.Module) -> set[str]:
    """The names defined by JavaScript code in ``__pragma__('js', ...)`` and by ``__pragma__('alias', ...)``."""
    found: set[str] = set()
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "__pragma__"
                and node.args and isinstance(node.args[0], ast.Constant)):
            continue
        texts = [a.value for a in node.args[1:] if isinstance(a, ast.Constant) and isinstance(a.value, str)]
        if node.args[0].value == "js":
            for text in texts:
                found.update(_JS_DEFINITION.findall(text))
        elif node.args[0].value == "alias" and texts:
            found.add(texts[0])
    return found


def _module_bindings(table: symtable.SymbolTable) -> set[str]:
    """Names the module binds: at top level, and from any scope through ``global`` (or ``:=`` in
    a comprehension at top level)."""
    found = {s.get_name() for s in table.get_symbols() if s.is_assigned() or s.is_imported() or s.is_namespace()}
    pending = list(table.get_children())
    while pending:
        scope = pending.pop()
        found.update(s.get_name() for s in scope.get_symbols() if s.is_declared_global() and s.is_assigned())
        pending += scope.get_children()
    return found


def _has_star_import(tree: ast.Module) -> bool:
    return any(isinstance(node, ast.ImportFrom) and any(a.name == "*" for a in node.names) for node in tree.body)


def _suppressed(lines: list[str], line: int) -> bool:
    mark = _NOQA.search(lines[line - 1]) if 0 < line <= len(lines) else None
    return mark is not None and (mark.group(1) is None or CODE in mark.group(1).upper())


def _catches_name_error(node: ast.Try) -> bool:
    for handler in node.handlers:
        kinds = handler.type.elts if isinstance(handler.type, ast.Tuple) else [handler.type]
        if any(kind is None or (isinstance(kind, ast.Name) and kind.id in ("NameError", "BaseException"))
               for kind in kinds):
            return True
    return False


class _Finder:
    """Walks the tree in step with the symbol tables, collecting the reads of unbound names."""

    def __init__(self, module: symtable.SymbolTable, module_names: set[str], star_import: bool):
        self.module = module
        self.module_names = module_names
        self.bound = always_bound() | module_names
        self.star_import = star_import
        self.undefined: list[tuple[ast.Name, set[str]]] = []
        self.stack: list[symtable.SymbolTable] = []
        self.guarded = 0  # inside the try block of a try that handles NameError

    # -- scopes ----------------------------------------------------------------------------------

    def visit_scope(self, nodes: ast.AST | list[ast.AST], table: symtable.SymbolTable) -> None:
        """Visit ``nodes`` as code that runs in ``table``'s scope."""
        self.stack.append(table)
        children: dict[tuple[str, int], list[symtable.SymbolTable]] = {}
        for child in table.get_children():
            children.setdefault((child.get_name(), child.get_lineno()), []).append(child)
        saved, self.children = getattr(self, "children", None), children
        for node in nodes if isinstance(nodes, list) else [nodes]:
            self.visit(node)
        self.children = saved
        self.stack.pop()

    def child(self, name: str, lineno: int) -> symtable.SymbolTable | None:
        found = self.children.get((name, lineno))
        return found.pop(0) if found else None

    def enter(self, name: str, node: ast.AST, body: list[ast.AST], runs_later: bool) -> None:
        table = self.child(name, node.lineno)
        if table is None:  # a scope this Python's symtable shows differently: left unchecked
            return
        guarded, self.guarded = self.guarded, 0 if runs_later else self.guarded
        self.visit_scope(body, table)
        self.guarded = guarded

    # -- nodes -----------------------------------------------------------------------------------

    def visit(self, node: ast.AST) -> None:
        method = getattr(self, f"visit_{type(node).__name__}", None)
        if method is not None:
            method(node)
        else:
            self.generic_visit(node)

    def generic_visit(self, node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            self.visit(child)

    def visit_Name(self, node: ast.Name) -> None:
        if isinstance(node.ctx, ast.Load) and not self.guarded and not self.is_bound(node.id):
            self.undefined.append((node, self.visible()))

    def visit_FunctionDef(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        arguments = node.args
        self.visit_all([*node.decorator_list, *arguments.defaults, *[d for d in arguments.kw_defaults if d]])
        self.visit_all(self.annotations(arguments) + ([node.returns] if node.returns else []))
        self.enter(node.name, node, list(node.body), runs_later=True)

    visit_AsyncFunctionDef = visit_FunctionDef

    def visit_Lambda(self, node: ast.Lambda) -> None:
        self.visit_all([*node.args.defaults, *[d for d in node.args.kw_defaults if d]])
        self.enter("lambda", node, [node.body], runs_later=True)

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.visit_all([*node.decorator_list, *node.bases, *node.keywords])
        self.enter(node.name, node, list(node.body), runs_later=False)

    def visit_comprehension_scope(self, node: ast.ListComp | ast.SetComp | ast.DictComp | ast.GeneratorExp) -> None:
        first, *others = node.generators
        self.visit(first.iter)  # evaluated in the enclosing scope
        inner: list[ast.AST] = [first.target, *first.ifs]
        for generator in others:
            inner += [generator.target, generator.iter, *generator.ifs]
        inner += [node.key, node.value] if isinstance(node, ast.DictComp) else [node.elt]
        self.enter(_COMPREHENSIONS[type(node)], node, inner, runs_later=isinstance(node, ast.GeneratorExp))

    visit_ListComp = visit_SetComp = visit_DictComp = visit_GeneratorExp = visit_comprehension_scope

    def visit_Try(self, node: ast.Try) -> None:
        guarding = _catches_name_error(node)
        self.guarded += guarding
        self.visit_all(list(node.body))
        self.guarded -= guarding
        self.visit_all([*node.handlers, *node.orelse, *node.finalbody])

    visit_TryStar = visit_Try

    def visit_all(self, nodes: list[ast.AST]) -> None:
        for node in nodes:
            self.visit(node)

    @staticmethod
    def annotations(arguments: ast.arguments) -> list[ast.expr]:
        every = [*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs, arguments.vararg, arguments.kwarg]
        return [a.annotation for a in every if a is not None and a.annotation is not None]

    # -- resolution ------------------------------------------------------------------------------

    def is_bound(self, name: str) -> bool:
        table = self.stack[-1]
        try:
            symbol = table.lookup(name)
        except KeyError:  # e.g. an annotation that the symbol table keeps in a scope of its own
            return self.star_import or name in self.bound or name in self.visible()
        if symbol.is_local() and table is not self.module or symbol.is_free() or symbol.is_nonlocal():
            return True
        if table.get_type() == "class" and name in CLASS_BODY_NAMES:
            return True
        return self.star_import or name in self.bound

    def visible(self) -> set[str]:
        """The Python names a read here could find: this scope's, the enclosing functions', the
        module's and the builtins."""
        names = set(_PYTHON_BUILTINS) | self.module_names
        for depth, table in enumerate(reversed(self.stack)):
            if depth and table.get_type() == "class":
                continue  # a method does not see its class's names
            names.update(s.get_name() for s in table.get_symbols()
                         if s.is_assigned() or s.is_imported() or s.is_parameter() or s.is_namespace())
        return names
