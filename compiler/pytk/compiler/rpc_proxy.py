"""Client proxies for RPC services, generated from their interfaces (GWT's async proxies).

In client code an interface's ``async`` methods have ``...`` as their body. This pass
replaces each body with a call through :mod:`pytk.client.rpc`, passing the service's
qualified name, the method name, the arguments in declared order and a *decoding spec*
built from the return annotation, so the client can rebuild dataclass instances:

* ``None``             - use the JSON value as it is (str, int, float, bool, None, Any ...)
* a class              - a dataclass, rebuilt from the fields recorded in ``cls._pytk_fields``
* ``["list", spec]``   - a list (or homogeneous tuple or set) of ``spec``
* ``["dict", spec]``   - a dict with str keys and ``spec`` values

It also records the fields of every dataclass in a ``shared`` module (``[name, spec, getter]``, in ``__init__`` order)
and registers every class of a ``shared`` module, so that a declared exception raised on
the server is raised as itself here.
"""
from __future__ import annotations

import ast
from pathlib import Path

from pytk.compiler.diagnostics import Diagnostic
from pytk.compiler.lowering import dataclass_fields, is_dataclass

SERVICE_NAMES = {"pytk.rpc.Service", "pytk.rpc.service.Service"}
PASS_THROUGH = {"str", "int", "float", "bool", "bytes", "object", "Any", "None", "Literal"}
SEQUENCES = {"list", "List", "Sequence", "tuple", "Tuple", "set", "Set", "frozenset", "FrozenSet"}
MAPPINGS = {"dict", "Dict", "Mapping"}


class UnsupportedType(Exception):
    """An annotation that RPC cannot carry yet."""


def _service_aliases(tree: ast.Module) -> set[str]:
    names = set()
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.module in ("pytk.rpc", "pytk.rpc.service"):
            names.update(a.asname or a.name for a in node.names if a.name == "Service")
    return names | SERVICE_NAMES


def spec_for(annotation: ast.expr | None) -> ast.expr:
    """The decoding spec (as an expression) for a type annotation."""
    if annotation is None:
        return ast.Constant(None)
    if isinstance(annotation, ast.Constant):
        if annotation.value is None:
            return ast.Constant(None)
        if isinstance(annotation.value, str):
            return spec_for(ast.parse(annotation.value, mode="eval").body)
    if isinstance(annotation, ast.BinOp) and isinstance(annotation.op, ast.BitOr):
        return _union([annotation.left, annotation.right])
    if isinstance(annotation, (ast.Name, ast.Attribute)):
        name = annotation.id if isinstance(annotation, ast.Name) else annotation.attr
        if name in PASS_THROUGH:
            return ast.Constant(None)
        if name in SEQUENCES or name in MAPPINGS:
            return ast.Constant(None)  # bare list / dict: elements pass through
        return ast.Name(annotation.id, ast.Load()) if isinstance(annotation, ast.Name) else annotation
    if isinstance(annotation, ast.Subscript):
        base = annotation.value
        name = base.id if isinstance(base, ast.Name) else base.attr if isinstance(base, ast.Attribute) else ""
        args = annotation.slice.elts if isinstance(annotation.slice, ast.Tuple) else [annotation.slice]
        if name == "Optional":
            return spec_for(args[0])
        if name == "Union":
            return _union(args)
        if name in ("Literal", "Annotated"):
            return ast.Constant(None) if name == "Literal" else spec_for(args[0])
        if name in SEQUENCES:
            items = [a for a in args if not (isinstance(a, ast.Constant) and a.value is Ellipsis)]
            specs = [spec_for(a) for a in items]
            if len({ast.dump(s) for s in specs}) > 1:
                raise UnsupportedType("tuples mixing dataclasses with other types")
            return _list("list", specs[0] if specs else ast.Constant(None))
        if name in MAPPINGS:
            return _list("dict", spec_for(args[-1]))
    raise UnsupportedType(f"the annotation '{ast.unparse(annotation)}'")


def _union(members: list[ast.expr]) -> ast.expr:
    specs = [spec_for(m) for m in members
             if not (isinstance(m, ast.Constant) and m.value is None) and ast.unparse(m) != "None"]
    meaningful = [s for s in specs if not (isinstance(s, ast.Constant) and s.value is None)]
    if len(meaningful) > 1:
        raise UnsupportedType("a union of several dataclass or container types")
    return meaningful[0] if meaningful else ast.Constant(None)


def _getter(name: str) -> ast.expr:
    """``lambda value: value.<name>``: the generator renames some attributes in JavaScript
    (``name`` -> ``py_name``, ``type`` -> ``py_metatype``), so the runtime reads a field
    through code the generator compiles rather than by its Python name."""
    return ast.parse(f"lambda value: value.{name}", mode="eval").body


def _list(kind: str, inner: ast.expr) -> ast.expr:
    return ast.List([ast.Constant(kind), inner], ast.Load())


def generate_proxies(tree: ast.Module, module: str, path: Path, is_shared: bool) -> list[Diagnostic]:
    """Rewrite interfaces into proxies and add the registrations; return the problems found."""
    problems: list[Diagnostic] = []
    service_names = _service_aliases(tree)
    interfaces: set[str] = set()
    epilogue: list[ast.stmt] = []
    for cls in [n for n in tree.body if isinstance(n, ast.ClassDef)]:
        bases = {ast.unparse(b) for b in cls.bases}
        if bases & (service_names | interfaces):
            interfaces.add(cls.name)
            problems += _proxy_methods(cls, f"{module}.{cls.name}", path)
        if is_shared and is_dataclass(cls):
            try:
                fields = ast.List([ast.List([ast.Constant(f.target.id), spec_for(f.annotation),
                                             _getter(f.target.id)], ast.Load())
                                   for f in dataclass_fields(cls)], ast.Load())
            except UnsupportedType as error:
                problems.append(Diagnostic(path, cls.lineno, cls.col_offset + 1, "PTK112",
                                           f"dataclass '{cls.name}' cannot be sent over RPC: {error} is not supported"))
                continue
            epilogue.append(ast.Assign([ast.Attribute(ast.Name(cls.name, ast.Load()), "_pytk_fields", ast.Store())],
                                       fields))
    classes = [c.name for c in tree.body if isinstance(c, ast.ClassDef)]
    if is_shared and classes:
        registry = ast.Dict([ast.Constant(c) for c in classes], [ast.Name(c, ast.Load()) for c in classes])
        epilogue.append(ast.Expr(ast.Call(ast.Name("_pytk_rpc_register", ast.Load()),
                                          [ast.Constant(module), registry], [])))
    if interfaces or (is_shared and classes):
        epilogue.insert(0, ast.ImportFrom("pytk.client.rpc", [ast.alias("call", "_pytk_rpc_call"),
                                                              ast.alias("register", "_pytk_rpc_register")], 0))
    end = tree.body[-1] if tree.body else None
    for stmt in epilogue:
        for node in ast.walk(stmt):
            node.lineno = node.end_lineno = end.end_lineno if end else 1
            node.col_offset = node.end_col_offset = 0
    tree.body.extend(epilogue)
    return problems


def _proxy_methods(cls: ast.ClassDef, qualified: str, path: Path) -> list[Diagnostic]:
    problems = []
    for index, stmt in enumerate(cls.body):
        if isinstance(stmt, ast.FunctionDef) and not stmt.name.startswith("_"):
            problems.append(Diagnostic(path, stmt.lineno, stmt.col_offset + 1, "PTK111",
                                       f"service method '{stmt.name}' must be declared 'async def'"))
        if not isinstance(stmt, ast.AsyncFunctionDef) or stmt.name.startswith("_"):
            continue
        arguments = stmt.args
        if arguments.vararg or arguments.kwarg or arguments.kwonlyargs or arguments.posonlyargs:
            problems.append(Diagnostic(path, stmt.lineno, stmt.col_offset + 1, "PTK110",
                                       f"service method '{stmt.name}' may take only plain positional parameters"))
            continue
        try:
            spec = spec_for(stmt.returns)
        except UnsupportedType as error:
            node = stmt.returns or stmt
            problems.append(Diagnostic(path, node.lineno, node.col_offset + 1, "PTK112",
                                       f"return type of '{stmt.name}': {error} is not supported over RPC"))
            continue
        names = [a.arg for a in arguments.args[1:]]
        call = ast.Call(ast.Name("_pytk_rpc_call", ast.Load()),
                        [ast.Constant(qualified), ast.Constant(stmt.name),
                         ast.List([ast.Name(n, ast.Load()) for n in names], ast.Load()), spec], [])
        body = ast.Return(ast.Await(call))
        for node in ast.walk(body):
            ast.copy_location(node, stmt.body[0])
            node.end_lineno, node.end_col_offset = stmt.body[0].end_lineno, stmt.body[0].end_col_offset
        stmt.body = [body]
    return problems
