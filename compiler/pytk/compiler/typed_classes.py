"""Give the class forms of ``typing`` their run-time meaning, and drop bare annotations.

* ``class P(NamedTuple)`` with annotated fields (defaults allowed) becomes a subclass of
  ``collections.namedtuple("P", [...], defaults=[...])`` that keeps the class's methods;
* ``class M(TypedDict)`` becomes ``M = dict``: calling it makes a plain dict, as in CPython;
* ``Generic[T]`` and ``Protocol`` (plain or subscripted) are dropped from a class's bases:
  they add nothing at run time;
* an annotation without a value (``x: int``) is dropped wherever it stands: it binds nothing,
  and the generator would write it out as broken JavaScript. (Dataclass fields are lowered
  before this pass.)
"""
from __future__ import annotations

import ast

from pytk.compiler.astutil import after_docstring_and_future_imports, located_new

COLLECTIONS = "_pytk_collections"
_ERASED_BASES = {"Generic", "Protocol"}


def _typing_name(node: ast.expr) -> str | None:
    """``NamedTuple`` for ``NamedTuple``, ``typing.NamedTuple`` and ``Generic[T]``'s ``Generic``."""
    if isinstance(node, ast.Subscript):
        node = node.value
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "typing":
        return node.attr
    return None


def _is_bare_annotation(statement: ast.stmt) -> bool:
    return isinstance(statement, ast.AnnAssign) and statement.value is None


def _named_tuple_base(cls: ast.ClassDef) -> ast.expr:
    fields = [s for s in cls.body if isinstance(s, ast.AnnAssign) and isinstance(s.target, ast.Name)]
    names = ast.List([ast.Constant(f.target.id) for f in fields], ast.Load())
    defaults = [f.value for f in fields if f.value is not None]
    keywords = [ast.keyword("defaults", ast.List(defaults, ast.Load()))] if defaults else []
    factory = ast.Attribute(ast.Name(COLLECTIONS, ast.Load()), "namedtuple", ast.Load())
    return ast.Call(factory, [ast.Constant(cls.name), names], keywords)


class _TypedClasses(ast.NodeTransformer):
    def __init__(self) -> None:
        self.needs_collections = False

    def visit_ClassDef(self, node: ast.ClassDef) -> ast.stmt:
        kinds = [_typing_name(base) for base in node.bases]
        if "TypedDict" in kinds:
            alias = ast.Assign([ast.Name(node.name, ast.Store())], ast.Name("dict", ast.Load()))
            return located_new(alias, node)
        if "NamedTuple" in kinds:  # its fields first: the bare annotations go below
            self.needs_collections = True
            node.bases = [located_new(_named_tuple_base(node), node)]
            node.body = [s for s in node.body if not isinstance(s, ast.AnnAssign)] or [located_new(ast.Pass(), node)]
        self.generic_visit(node)
        if "NamedTuple" in kinds:
            return node
        node.bases = [base for base, kind in zip(node.bases, kinds) if kind not in _ERASED_BASES]
        return node

    def generic_visit(self, node: ast.AST) -> ast.AST:
        super().generic_visit(node)
        for field in ("body", "orelse", "finalbody"):
            statements = getattr(node, field, None)
            if isinstance(statements, list) and any(_is_bare_annotation(s) for s in statements):
                kept = [s for s in statements if not _is_bare_annotation(s)]
                if not kept and (field == "body" or statements):
                    kept = [located_new(ast.Pass(), statements[0])]
                setattr(node, field, kept)
        return node


def lower_typed_classes(tree: ast.Module) -> None:
    """Rewrite the module as the module docstring describes."""
    transformer = _TypedClasses()
    transformer.visit(tree)
    if transformer.needs_collections:
        position = after_docstring_and_future_imports(tree)
        anchor = tree.body[position] if position < len(tree.body) else tree
        tree.body.insert(position, located_new(
            ast.Import([ast.alias("collections", COLLECTIONS)]), anchor))
