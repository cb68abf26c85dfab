"""Compiled tests: client programs compiled to ES modules and run under node.

The ``client`` fixture writes a tiny app "x" whose client entry module ``x/client/main.py``
holds the given source (plus any other files), compiles it with the real front-end and
runs ``node pytk_main.js``, returning what the program printed. ``client.cpython`` runs
the same program under CPython, for programs that do not need browser APIs.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from pytk.compiler.build import compile_client
from pytk.config import load_config

NODE = shutil.which("node") or "/usr/bin/node"
TIMEOUT = 30


class Client:
    """Write, compile and run one client program in its own folder."""

    def __init__(self, root: Path):
        self.root = root
        self.out = root / "out"

    def write(self, main: str, files: dict[str, str] | None = None) -> None:
        every = {
            "pyproject.toml": '[tool.pytk]\napp = "x"\n',
            "x/__init__.py": "",
            "x/client/__init__.py": "",
            "x/shared/__init__.py": "",
            **(files or {}),
            "x/client/main.py": main,
        }
        for relative, text in every.items():
            path = self.root / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(textwrap.dedent(text), encoding="utf-8")

    def compile(self) -> Path:
        """Compile into ``out/`` and make node load its files as ES modules."""
        compile_client(load_config(self.root), self.out, source_maps=False)
        (self.out / "package.json").write_text(json.dumps({"type": "module"}), encoding="utf-8")
        return self.out

    def node(self) -> str:
        result = subprocess.run([NODE, "pytk_main.js"], cwd=self.out, capture_output=True, text=True,
                                timeout=TIMEOUT)
        assert result.returncode == 0, f"node failed ({result.returncode}):\n{result.stderr}\n{result.stdout}"
        return result.stdout

    def __call__(self, main: str, files: dict[str, str] | None = None) -> str:
        """Write the app, compile it, run it under node; return its output."""
        self.write(main, files)
        self.compile()
        return self.node()

    def cpython(self) -> str:
        """Run the program last written under CPython: import the entry module and call main()."""
        program = "from x.client.main import main\nmain()\n"
        env = {**os.environ, "PYTHONPATH": str(self.root), "PYTHONDONTWRITEBYTECODE": "1"}
        result = subprocess.run([sys.executable, "-c", program], cwd=self.root, capture_output=True, text=True,
                                timeout=TIMEOUT, env=env)
        assert result.returncode == 0, f"CPython failed:\n{result.stderr}"
        return result.stdout


@pytest.fixture
def client(tmp_path) -> Client:
    return Client(tmp_path / "app")


@pytest.fixture(scope="session", autouse=True)
def _node_is_there():
    version = subprocess.run([NODE, "--version"], capture_output=True, text=True, timeout=TIMEOUT)
    assert version.returncode == 0 and version.stdout.startswith("v"), "the compiled tests need node"
