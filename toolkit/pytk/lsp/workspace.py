"""Which app a document belongs to, and which part of the app.

An editor sends ``file://`` URIs. A file belongs to the app whose ``pyproject.toml`` (with a
``[tool.pytk]`` table) is the nearest one above it; within the app's package it is in the
``client``, ``shared`` or ``server`` part, or elsewhere in the package (``app``). Files under
the app's root but outside its package (its tests, say) are ``outside``; files in no app at
all have no :class:`Placement`. Nothing here raises for an odd URI or a broken
``pyproject.toml``: the answer is then "no app".
"""
from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass
from pathlib import Path

from pygls.uris import from_fs_path, to_fs_path

from pytk.config import AppConfig, ConfigError, find_app_root, load_config

logger = logging.getLogger(__name__)

PARTS = ("client", "shared", "server")
ROOT_MEMORY_SECONDS = 5.0  # how long "which app holds this folder" is remembered
SKIPPED_FOLDERS = {".git", ".hg", ".venv", "venv", "node_modules", "__pycache__", ".pytk", "dist",
                   ".mypy_cache", ".pytest_cache", ".tox"}


@dataclass(frozen=True)
class Placement:
    """Where a file sits: its app, its dotted module name and its part of the app."""

    config: AppConfig
    path: Path
    module: str | None  # None outside the app's package
    part: str  # "client" | "shared" | "server" | "app" | "outside"

    @property
    def client_side(self) -> bool:
        """Whether the code runs in the browser: the compiler's boundary applies to it."""
        return self.part in ("client", "shared")


def uri_to_path(uri: str) -> Path | None:
    """The local file a ``file:`` URI names, or None for any other URI."""
    try:
        path = to_fs_path(uri)
    except Exception:  # a malformed URI is "not a file", never an error
        return None
    if not path or not uri.startswith("file:"):
        return None
    try:
        return Path(path).resolve()
    except (OSError, RuntimeError, ValueError):
        return None


def path_to_uri(path: Path | str) -> str:
    return from_fs_path(str(path)) or Path(path).as_uri()


def module_name(config: AppConfig, path: Path) -> str | None:
    """The dotted module name of ``path`` in the app's package, or None."""
    try:
        relative = path.relative_to(config.root.resolve())
    except ValueError:
        return None
    parts = list(relative.parts)
    if not parts or parts[0] != config.name or path.suffix != ".py":
        return None
    parts[-1] = parts[-1][:-3]
    if parts[-1] == "__init__":
        parts.pop()
    if not all(part.isidentifier() for part in parts):
        return None
    return ".".join(parts)


def part_of(config: AppConfig, path: Path) -> str:
    try:
        relative = path.relative_to(config.root.resolve()).parts
    except ValueError:
        return "outside"
    if not relative or relative[0] != config.name:
        return "outside"
    if len(relative) > 2 and relative[1] in PARTS:
        return relative[1]
    return "app"


class Apps:
    """The apps the editor's files belong to, their settings re-read when they change."""

    def __init__(self) -> None:
        self._roots: dict[Path, tuple[float, Path | None]] = {}
        self._configs: dict[Path, tuple[float, AppConfig | None]] = {}

    def root_for(self, folder: Path) -> Path | None:
        now = time.monotonic()
        known = self._roots.get(folder)
        if known is not None and now - known[0] < ROOT_MEMORY_SECONDS:
            return known[1]
        try:
            root = find_app_root(folder)
        except (ConfigError, OSError):
            root = None
        self._roots[folder] = (now, root)
        return root

    def config(self, root: Path) -> AppConfig | None:
        """The app's settings, or None when its ``pyproject.toml`` is not a valid app's."""
        try:
            stamp = (root / "pyproject.toml").stat().st_mtime
        except OSError:
            return None
        known = self._configs.get(root)
        if known is not None and known[0] == stamp:
            return known[1]
        try:
            config = load_config(root)
        except (ConfigError, OSError) as error:
            logger.info("not an app: %s", error)
            config = None
        self._configs[root] = (stamp, config)
        return config

    def locate(self, uri: str) -> Placement | None:
        """Where the document at ``uri`` sits, or None when it is in no app."""
        path = uri_to_path(uri)
        if path is None:
            return None
        root = self.root_for(path.parent)
        config = self.config(root) if root is not None else None
        if config is None:
            return None
        return Placement(config, path, module_name(config, path), part_of(config, path))

    def discover(self, folders: list[Path], depth: int = 3) -> list[AppConfig]:
        """The apps at, above (the nearest) or up to ``depth`` levels below each folder."""
        found: dict[Path, AppConfig] = {}
        for folder in folders:
            root = self.root_for(folder)
            if root is not None and (config := self.config(root)) is not None:
                found[config.root] = config
            for candidate in _pyprojects(folder, depth):
                if (config := self.config(candidate.parent)) is not None:
                    found[config.root] = config
        return list(found.values())


def _pyprojects(folder: Path, depth: int):
    if depth < 0:
        return
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        if entry.name == "pyproject.toml" and entry.is_file():
            yield Path(entry.path)
    for entry in entries:
        if entry.is_dir(follow_symlinks=False) and entry.name not in SKIPPED_FOLDERS \
                and not entry.name.startswith("."):
            yield from _pyprojects(Path(entry.path), depth - 1)
