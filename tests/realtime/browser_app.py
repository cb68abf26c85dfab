"""A pytk app built into dist/ and served in-process, for the realtime browser tests."""
from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any, Callable

from pytk.compiler.dist import build_dist
from pytk.config import load_config
from pytk.server.app import production_app
from pytk.server.registry import discover
from tests.realtime.demo_app import APP, FILES
from tests.realtime.support import LoopThread, Served, forget_package, import_path, write_package


def demo_files(name: str) -> dict[str, str]:
    """The demo app's shared and server packages under another package name."""
    return {path: text.replace(APP, name) for path, text in FILES.items()}


class BuiltApp:
    """Writes the app, builds it without a bundle and serves it on a :class:`LoopThread`."""

    def __init__(self, root: Path, name: str, client_main: str, files: dict[str, str] | None = None,
                 wrap: Callable[[Any], Any] = lambda registry: registry, **app_options: Any) -> None:
        self.root, self.name = root, name
        root.mkdir(parents=True, exist_ok=True)
        (root / "pyproject.toml").write_text(f'[tool.pytk]\napp = "{name}"\n')
        write_package(root, name, {**demo_files(name), "client/__init__.py": "",
                                   "client/main.py": textwrap.dedent(client_main), **(files or {})})
        config = load_config(root)
        build_dist(config, bundle=False)
        import_path(root)
        self.registry = wrap(discover(f"{name}.server"))
        self.loop = LoopThread()
        self.served = Served(self.loop, production_app(config.dist_dir, self.registry, **app_options))
        self.url = self.served.url + "/"

    def close(self) -> None:
        self.served.close()
        self.loop.stop()
        forget_package(self.root, self.name)
