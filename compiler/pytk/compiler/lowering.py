"""Rewrite constructs that the code generator gets wrong into ones it gets right.

Each pass takes a parsed module and returns diagnostics; it edits the tree in place and
gives every new node the location of the code it replaces, so errors and source maps still
point at the user's lines.
"""
from __future__ import annotations

import ast
from pathlib import Path

from pytk.compiler.astutil import after_docstring_and_future_imports, located
from pytk.compiler.diagnostics import Diagnostic

MISSING = "_pytk_missing"


def absolutize_imports(tree: ast.Module, module: str, is_package: bool) -> None:
    """Turn ``from . import x`` into ``from pkg import x``: the generator knows absolute names only."""
    package = module if is_package else module.rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level:
            parts = package.split(".")
            base = parts[: len(parts) - (node.level - 1)] if node.level > 1 else parts
            node.module = ".".join([*base, node.module] if node.module else base)
            node.level = 0


def _is_dataclass_decorator(node: ast.expr) -> bool:
    target = node.func if isinstance(node, ast.Call) else node
    return (isinstance(target, ast.Name) and target.id == "dataclass") or (
        isinstance(target, ast.Attribute) and target.attr == "dataclass")


def dataclass_fields(cls: ast.ClassDef) -> list[ast.AnnAssign]:
    """The annotated class-level names of a dataclass, in order (ClassVar excluded)."""
    fields = []
    for stmt in cls.body:
        if isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name):
            annotation = ast.unparse(stmt.annotation)
            if not annotation.startswith(("ClassVar", "typing.ClassVar")):
                fields.append(stmt)
    return fields


def is_dataclass(cls: ast.ClassDef) -> bool:
    return any(_is_dataclass_decorator(d) for d in cls.decorator_list)


def lower_dataclasses(tree: ast.Module, path: Path) -> list[Diagnostic]:
    """Replace ``@dataclass`` by explicit ``__init__``, ``__repr__``, ``__eq__`` (and, with
    ``order=True``, the comparisons).

    The generator rejects fields without defaults and shares mutable defaults between
    instances; the explicit methods have Python's semantics, ``__post_init__`` and the
    ``field(init=..., repr=..., compare=...)`` options included.
    """
    problems: list[Diagnostic] = []
    needs_sentinel = False
    for cls in [n for n in ast.walk(tree) if isinstance(n, ast.ClassDef) and is_dataclass(n)]:
        decorator = next(d for d in cls.decorator_list if _is_dataclass_decorator(d))
        options = {"init": True, "repr": True, "eq": True, "order": False}
        if isinstance(decorator, ast.Call):
            for keyword in decorator.keywords:
                if keyword.arg in options and isinstance(keyword.value, ast.Constant):
                    options[keyword.arg] = bool(keyword.value.value)
                elif keyword.arg != "frozen":
                    problems.append(Diagnostic(path, keyword.lineno, keyword.col_offset + 1, "PTK201",
                                               f"dataclass option '{keyword.arg}' is not supported in client code"))
        if cls.bases:
            problems.append(Diagnostic(path, cls.lineno, cls.col_offset + 1, "PTK201",
                                       f"dataclass '{cls.name}' has base classes; dataclass inheritance "
                                       "is not supported in client code yet"))
            continue
        fields = dataclass_fields(cls)
        params, body, seen_default = [], [], False
        defaults: list[ast.expr] = []
        for field in fields:
            name = field.target.id
            factory, default = _field_call(field.value)
            if not _field_flag(field.value, "init"):
                if factory is not None:
                    body.append(f"self.{name} = ({ast.unparse(factory)})()")
                elif default is not None:
                    body.append(f"self.{name} = {ast.unparse(default)}")
                continue
            if factory is None and default is None:
                if seen_default:
                    problems.append(Diagnostic(path, field.lineno, field.col_offset + 1, "PTK201",
                                               f"non-default field '{name}' follows a field with a default"))
                params.append(name)
                body.append(f"self.{name} = {name}")
            elif factory is not None:
                seen_default, needs_sentinel = True, True
                params.append(name)
                defaults.append(ast.Name(MISSING, ast.Load()))
                body.append(f"self.{name} = ({ast.unparse(factory)})() if {name} is {MISSING} else {name}")
            else:
                seen_default = True
                params.append(name)
                defaults.append(default)
                body.append(f"self.{name} = {name}")
        if any(isinstance(s, ast.FunctionDef) and s.name == "__post_init__" for s in cls.body):
            body.append("self.__post_init__()")
        generated: list[ast.stmt] = [ast.parse(
            f"__match_args__ = ({''.join(repr(f.target.id) + ', ' for f in fields if _field_flag(f.value, 'init'))})").body[0]]
        if options["init"]:
            init = ast.parse(f"def __init__(self, {', '.join(params)}):\n    pass").body[0]
            init.args.defaults = defaults
            init.body = [ast.parse(line).body[0] for line in body] or [ast.Pass()]
            generated.append(init)
        shown = [f.target.id for f in fields if _field_flag(f.value, "repr")]
        if options["repr"]:
            fields_repr = " + ', ' + ".join(f"'{n}=' + repr(self.{n})" for n in shown) or "''"
            generated.append(ast.parse(f"def __repr__(self):\n    return '{cls.name}(' + {fields_repr} + ')'").body[0])
        compared = [f.target.id for f in fields if _field_flag(f.value, "compare")]
        mine = "(" + "".join(f"self.{n}, " for n in compared) + ")"
        theirs = "(" + "".join(f"other.{n}, " for n in compared) + ")"
        if options["eq"]:
            generated.append(ast.parse(f"def __eq__(self, other):\n"
                                       f"    return other.__class__ is self.__class__ and {mine} == {theirs}").body[0])
        if options["order"]:
            for method, operator in (("__lt__", "<"), ("__le__", "<="), ("__gt__", ">"), ("__ge__", ">=")):
                generated.append(ast.parse(
                    f"def {method}(self, other):\n"
                    f"    if other.__class__ is not self.__class__:\n"
                    f"        raise TypeError(\"'{operator}' not supported between instances of '\" + "
                    f"self.__class__.__name__ + \"' and '\" + other.__class__.__name__ + \"'\")\n"
                    f"    return {mine} {operator} {theirs}").body[0])
        cls.decorator_list.remove(decorator)
        cls.body = [*generated, *[s for s in cls.body if s not in fields]]
        for node in generated:
            for child in ast.walk(node):
                ast.copy_location(child, cls)
                child.end_lineno, child.end_col_offset = cls.lineno, cls.col_offset
    if needs_sentinel:
        # A fresh instance of a class of its own: the generator's `object` is not callable.
        sentinel = ast.parse(f"class {MISSING}_type:\n    pass\n{MISSING} = {MISSING}_type()").body
        for stmt in sentinel:
            for child in ast.walk(stmt):
                child.lineno, child.col_offset, child.end_lineno, child.end_col_offset = 1, 0, 1, 0
        index = after_docstring_and_future_imports(tree)
        tree.body[index:index] = sentinel
    return problems


def _field_flag(value: ast.expr | None, flag: str) -> bool:
    """A boolean option of ``field(...)`` (init, repr, compare), True when not given."""
    if isinstance(value, ast.Call) and isinstance(value.func, ast.Name) and value.func.id == "field":
        for keyword in value.keywords:
            if keyword.arg == flag and isinstance(keyword.value, ast.Constant):
                return bool(keyword.value.value)
    return True


def _field_call(value: ast.expr | None) -> tuple[ast.expr | None, ast.expr | None]:
    """Split a field's value into ``(default_factory, default)``."""
    if isinstance(value, ast.Call) and isinstance(value.func, ast.Name) and value.func.id == "field":
        keywords = {k.arg: k.value for k in value.keywords}
        return keywords.get("default_factory"), keywords.get("default")
    return None, value


def drop_dataclass_imports(tree: ast.Module) -> None:
    """Remove imports that only matter at compile time: ``dataclass`` and ``field`` once
    dataclasses are lowered, and ``__future__`` features (the generator's ``__future__``
    module is empty, and annotations are not generated anyway)."""
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module == "dataclasses":
            node.names = [a for a in node.names if a.name not in ("dataclass", "field")]
        elif isinstance(node, ast.ImportFrom) and node.module == "__future__":
            node.names = []
    for holder in [n for n in ast.walk(tree) if hasattr(n, "body") and isinstance(n.body, list)]:
        holder.body = [s for s in holder.body if not (isinstance(s, ast.ImportFrom) and not s.names)] or [
            ast.Pass(lineno=getattr(holder, "lineno", 1), col_offset=0)]


# typing's functions that code calls at run time, as small stand-ins (the module itself is
# left out of the download); NamedTuple and TypedDict's functional forms need the real module.
_TYPING_STAND_INS = {
    "TypeVar": "lambda name, *constraints, **options: \"~\" + name",
    "ParamSpec": "lambda name, **options: name",
    "TypeVarTuple": "lambda name: name",
    "NewType": "lambda name, base: (lambda value: value)",
    "cast": "lambda to, value: value",
    "overload": "lambda function: function",
    "final": "lambda target: target",
    "runtime_checkable": "lambda cls: cls",
    "no_type_check": "lambda target: target",
    "assert_never": "lambda value: value",
    "reveal_type": "lambda value: value",
}
_TYPING_MODULE_NAMES = {"NamedTuple", "TypedDict"}


class _TypingImports(ast.NodeTransformer):
    def visit_ImportFrom(self, node: ast.ImportFrom):
        if node.module != "typing":
            return node
        kept = [alias for alias in node.names if alias.name in _TYPING_MODULE_NAMES]
        statements: list[ast.stmt] = [ast.ImportFrom("typing", kept, 0)] if kept else []
        for alias in node.names:
            if alias.name == "*" or alias.name in _TYPING_MODULE_NAMES:
                continue
            stand_in = _TYPING_STAND_INS.get(alias.name)
            value = (ast.parse(stand_in, mode="eval").body if stand_in else
                     ast.Constant(False if alias.name == "TYPE_CHECKING" else alias.name))
            statements.append(ast.Assign([ast.Name(alias.asname or alias.name, ast.Store())], value))
        for statement in statements:
            located(statement, node)
        return statements or located(ast.Pass(), node)


def lower_typing_imports(tree: ast.Module) -> None:
    """Turn ``from typing import Optional`` into ``Optional = 'Optional'``.

    The generator's ``typing`` module defines only ``ClassVar``, and pytk's client ``typing``
    would add to the download what annotations never use: a placeholder is enough for names
    that only annotate (``TYPE_CHECKING`` becomes ``False``), functions called at run time
    (``TypeVar``, ``cast``, ``NewType``, ``overload`` ...) get small stand-ins, and the
    functional ``NamedTuple`` and ``TypedDict`` come from pytk's ``typing``.
    """
    _TypingImports().visit(tree)
