"""Lower class-related constructs the generator gets wrong.

* private names (``self.__secret`` inside ``class Vault``) are mangled to ``_Vault__secret``,
  as CPython does, so a subclass's ``__secret`` does not clash with its base's;
* ``raise SomeError`` (a class, not an instance) raises an instance, through the runtime's
  ``__pytk_raise__``;
* after a class with bases, the nearest base's ``__init_subclass__`` is called with it;
* a method that calls ``super()`` has its first parameter named ``self``, which is the name
  the generator's ``super()`` passes on (``__init_subclass__(cls)`` would otherwise fail).
"""
from __future__ import annotations

import ast


def _private(name: str) -> bool:
    return name.startswith("__") and not name.endswith("__")


class _Mangler(ast.NodeTransformer):
    def __init__(self, class_name: str):
        self.prefix = "_" + class_name.lstrip("_")

    def mangle(self, name: str) -> str:
        return self.prefix + name if _private(name) else name

    def visit_Attribute(self, node: ast.Attribute) -> ast.Attribute:
        self.generic_visit(node)
        node.attr = self.mangle(node.attr)
        return node

    def visit_Name(self, node: ast.Name) -> ast.Name:
        node.id = self.mangle(node.id)
        return node

    def visit_FunctionDef(self, node: ast.FunctionDef) -> ast.FunctionDef:
        node.name = self.mangle(node.name)
        for argument in [*node.args.posonlyargs, *node.args.args, *node.args.kwonlyargs]:
            argument.arg = self.mangle(argument.arg)
        self.generic_visit(node)
        return node

    visit_AsyncFunctionDef = visit_FunctionDef

    def visit_ClassDef(self, node: ast.ClassDef) -> ast.ClassDef:
        return node  # a nested class mangles with its own name (handled on its own)


def _mangle_classes(tree: ast.AST) -> None:
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef):
            mangler = _Mangler(node.name)
            node.body = [mangler.visit(statement) for statement in node.body]


class _Raises(ast.NodeTransformer):
    def visit_Raise(self, node: ast.Raise) -> ast.Raise:
        if isinstance(node.exc, (ast.Name, ast.Attribute)):
            node.exc = ast.copy_location(ast.Call(ast.Name("__pytk_raise__", ast.Load()), [node.exc], []), node.exc)
        return node


def _init_subclass_calls(body: list[ast.stmt]) -> list[ast.stmt]:
    result: list[ast.stmt] = []
    for statement in body:
        for field in ("body", "orelse", "finalbody"):
            if isinstance(getattr(statement, field, None), list) and not isinstance(statement, ast.ClassDef):
                setattr(statement, field, _init_subclass_calls(getattr(statement, field)))
        result.append(statement)
        if isinstance(statement, ast.ClassDef):
            statement.body = _init_subclass_calls(statement.body)
            if statement.bases:
                call = ast.Expr(ast.Call(ast.Name("__pytk_init_subclass__", ast.Load()),
                                         [ast.Name(statement.name, ast.Load())], []))
                result.append(ast.copy_location(call, statement))
    return result


def _uses_super(function: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    return any(isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == "super" and not n.args
               for n in ast.walk(function))


def _self_for_super(tree: ast.AST) -> None:
    for cls in [n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]:
        for method in cls.body:
            if not isinstance(method, (ast.FunctionDef, ast.AsyncFunctionDef)) or not method.args.args:
                continue
            first = method.args.args[0].arg
            if first == "self" or not _uses_super(method):
                continue
            if any(isinstance(n, ast.Name) and n.id == "self" for n in ast.walk(method)):
                continue  # "self" already means something else here: leave the method alone
            method.args.args[0].arg = "self"
            for node in ast.walk(method):
                if isinstance(node, ast.Name) and node.id == first:
                    node.id = "self"


def lower_classes(tree: ast.Module) -> None:
    """Apply the rewrites in the module docstring, in place."""
    _mangle_classes(tree)
    _self_for_super(tree)
    _Raises().visit(tree)
    tree.body = _init_subclass_calls(tree.body)
    ast.fix_missing_locations(tree)
