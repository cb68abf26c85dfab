"""An app's settings: the ``[tool.pytk]`` table of its ``pyproject.toml``.

Only ``app`` (the app's package name) is required::

    [tool.pytk]
    app = "hello"
    title = "Hello"        # page title, defaults to the app name
    port = 8000            # `pytk dev` / `pytk serve` default port
    entry = "hello.client.main:main"   # client entry point, called when the page loads
"""
from __future__ import annotations

import keyword
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


class ConfigError(Exception):
    """The app's configuration is missing or invalid."""


@dataclass(frozen=True)
class AppConfig:
    """Where an app's parts are and how to run it."""

    root: Path
    name: str
    title: str
    port: int
    entry: str

    @property
    def package_dir(self) -> Path:
        return self.root / self.name

    @property
    def client_package(self) -> str:
        return f"{self.name}.client"

    @property
    def shared_package(self) -> str:
        return f"{self.name}.shared"

    @property
    def server_package(self) -> str:
        return f"{self.name}.server"

    @property
    def public_dir(self) -> Path:
        return self.package_dir / "public"

    @property
    def work_dir(self) -> Path:
        """Scratch space for builds (ignored by version control)."""
        return self.root / ".pytk"

    @property
    def dist_dir(self) -> Path:
        return self.root / "dist"

    @property
    def entry_module(self) -> str:
        return self.entry.partition(":")[0]

    @property
    def entry_function(self) -> str:
        return self.entry.partition(":")[2] or "main"


def find_app_root(start: Path) -> Path:
    """Return the nearest folder at or above ``start`` whose pyproject.toml has [tool.pytk]."""
    start = start.resolve()
    for folder in [start, *start.parents]:
        candidate = folder / "pyproject.toml"
        if candidate.is_file() and "tool" in _read_toml(candidate) and "pytk" in _read_toml(candidate)["tool"]:
            return folder
    raise ConfigError(f"no pyproject.toml with a [tool.pytk] table in {start} or above it; "
                      "run this inside an app made by `pytk new`")


def load_config(start: Path) -> AppConfig:
    """Read the settings of the app that contains ``start``."""
    root = find_app_root(start)
    table = _read_toml(root / "pyproject.toml")["tool"]["pytk"]
    name = table.get("app")
    if not isinstance(name, str) or not _IDENTIFIER.match(name) or keyword.iskeyword(name):
        raise ConfigError(f"{root / 'pyproject.toml'}: [tool.pytk] app must be a Python identifier, got {name!r}")
    port = table.get("port", 8000)
    if not isinstance(port, int) or isinstance(port, bool) or not 0 <= port <= 65535:
        raise ConfigError(f"{root / 'pyproject.toml'}: [tool.pytk] port must be an integer 0-65535, got {port!r}")
    title = table.get("title", name)
    entry = table.get("entry", f"{name}.client.main:main")
    if not isinstance(title, str) or not isinstance(entry, str):
        raise ConfigError(f"{root / 'pyproject.toml'}: [tool.pytk] title and entry must be strings")
    if not (root / name).is_dir():
        raise ConfigError(f"{root}: the app's package folder '{name}/' is missing")
    return AppConfig(root=root, name=name, title=title, port=port, entry=entry)


def _read_toml(path: Path) -> dict:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: {error}") from None
