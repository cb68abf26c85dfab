"""An app's RPC services: interfaces in ``shared/``, their implementations in ``server/``.

An interface is a class in a shared module that subclasses :class:`pytk.rpc.Service` (or
another interface of the same module); an implementation is a class in a server module
that names the interface among its bases. Both are found by reading the source (unsaved
buffers first), without importing anything.
"""
from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

from pytk.config import AppConfig

SERVICE_BASE = "Service"


@dataclass
class Interface:
    """A Service interface: its class and the module that defines it."""

    module: str
    path: Path
    node: ast.ClassDef

    @property
    def name(self) -> str:
        return self.node.name

    def methods(self) -> list[ast.FunctionDef | ast.AsyncFunctionDef]:
        """The public methods the server implements."""
        return [item for item in self.node.body if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef))
                and not item.name.startswith("_")]


@dataclass
class Implementation:
    """A class in the server package that implements an interface."""

    path: Path
    node: ast.ClassDef

    @property
    def name(self) -> str:
        return self.node.name

    def method(self, name: str) -> ast.FunctionDef | ast.AsyncFunctionDef | None:
        for item in self.node.body:
            if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)) and item.name == name:
                return item
        return None


def read(path: Path, overrides: dict[Path, str] | None = None) -> str | None:
    """A file's text: the unsaved buffer's when there is one."""
    if overrides and path in overrides:
        return overrides[path]
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def parse(source: str | None) -> ast.Module | None:
    if source is None:
        return None
    try:
        return ast.parse(source)
    except (SyntaxError, ValueError):
        return None


def base_name(node: ast.expr) -> str | None:
    """The last name of a base class expression: ``Service`` for ``rpc.Service``."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    if isinstance(node, ast.Subscript):
        return base_name(node.value)
    return None


def interfaces_in(tree: ast.Module, module: str, path: Path) -> list[Interface]:
    """The Service interfaces a module defines at its top level."""
    names = {SERVICE_BASE}
    found = []
    for node in tree.body:
        if isinstance(node, ast.ClassDef) and any(base_name(b) in names for b in node.bases):
            names.add(node.name)
            found.append(Interface(module, path, node))
    return found


def shared_interface(config: AppConfig, path: Path, class_name: str,
                     overrides: dict[Path, str] | None = None) -> Interface | None:
    """The interface ``class_name`` if the file at ``path`` is a shared module defining it."""
    shared = (config.package_dir / "shared").resolve()
    if not path.is_relative_to(shared):
        return None
    tree = parse(read(path, overrides))
    if tree is None:
        return None
    module = ".".join(path.relative_to(config.root).with_suffix("").parts)
    module = module.removesuffix(".__init__")
    for interface in interfaces_in(tree, module, path):
        if interface.name == class_name:
            return interface
    return None


def server_files(config: AppConfig) -> list[Path]:
    server = (config.package_dir / "server").resolve()
    if not server.is_dir():
        return []
    return sorted(path for path in server.rglob("*.py") if "__pycache__" not in path.parts)


def implementations(config: AppConfig, interface_name: str,
                    overrides: dict[Path, str] | None = None) -> list[Implementation]:
    """The classes in the app's server package that subclass ``interface_name``."""
    found = []
    for path in server_files(config):
        tree = parse(read(path, overrides))
        if tree is None:
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef) and any(base_name(b) == interface_name for b in node.bases):
                found.append(Implementation(path, node))
    return found
