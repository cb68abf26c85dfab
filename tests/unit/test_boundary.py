"""The client/shared/server boundary, checked by `check_client` at each import's file:line:col."""
from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from pytk.compiler.boundary import client_import_problem
from pytk.compiler.build import check_client
from pytk.config import load_config

MAIN = "def main():\n    pass\n"


def write_app(root: Path, files: dict[str, str]) -> Path:
    """A tiny app "x" with client, shared and server packages, plus ``files``."""
    base = {
        "pyproject.toml": '[tool.pytk]\napp = "x"\n',
        "x/__init__.py": "",
        "x/client/__init__.py": "",
        "x/client/main.py": MAIN,
        "x/shared/__init__.py": "",
        "x/server/__init__.py": "",
        "x/server/db.py": "def connect():\n    return None\n",
    }
    for relative, text in {**base, **files}.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    return root


def check(tmp_path: Path, files: dict[str, str]) -> list[tuple[str, int, int, str]]:
    """``(file relative to the app, line, col, code)`` for each diagnostic, in report order."""
    config = load_config(write_app(tmp_path, files))
    return [(d.display_path(config.root), d.line, d.col, d.code) for d in check_client(config)]


def messages(tmp_path: Path, files: dict[str, str]) -> list[str]:
    config = load_config(write_app(tmp_path, files))
    return [d.message for d in check_client(config)]


def test_server_module_import_is_ptk101_at_the_import(tmp_path):
    main = """\
        from x.shared import __name__ as _shared


        def main():
            from x.server.db import connect
            connect()
    """
    assert check(tmp_path, {"x/client/main.py": main}) == [("x/client/main.py", 5, 5, "PTK101")]
    [message] = messages(tmp_path, {"x/client/main.py": main})
    assert "x.server.db" in message
    assert "x.shared" in message


def test_plain_import_of_server_module_points_at_the_name(tmp_path):
    main = "import math, x.server.db\n\n\ndef main():\n    pass\n"
    assert check(tmp_path, {"x/client/main.py": main}) == [("x/client/main.py", 1, 14, "PTK101")]


def test_from_app_import_server_is_caught(tmp_path):
    main = "from x import server\n" + MAIN
    assert check(tmp_path, {"x/client/main.py": main}) == [("x/client/main.py", 1, 1, "PTK101")]


def test_relative_import_of_server_code_is_caught(tmp_path):
    main = "from ..server.db import connect\n" + MAIN
    assert check(tmp_path, {"x/client/main.py": main}) == [("x/client/main.py", 1, 1, "PTK101")]
    assert "'x.server.db'" in messages(tmp_path, {"x/client/main.py": main})[0]


def test_stdlib_module_is_ptk103(tmp_path):
    main = "import math\nimport os\n" + MAIN
    assert check(tmp_path, {"x/client/main.py": main}) == [("x/client/main.py", 2, 8, "PTK103")]
    assert messages(tmp_path, {"x/client/main.py": main}) == [
        "'os' is a CPython-only module and is not available in the browser"]


def test_stdlib_from_import_is_ptk103(tmp_path):
    main = "\n\nfrom sqlite3 import connect\n" + MAIN
    assert check(tmp_path, {"x/client/main.py": main}) == [("x/client/main.py", 3, 1, "PTK103")]


def test_unknown_module_is_ptk102(tmp_path):
    main = "import nosuchthing\n" + MAIN
    assert check(tmp_path, {"x/client/main.py": main}) == [("x/client/main.py", 1, 8, "PTK102")]
    assert "nosuchthing" in messages(tmp_path, {"x/client/main.py": main})[0]


def test_pytk_server_is_ptk101(tmp_path):
    main = "from pytk.server import app\n" + MAIN
    assert check(tmp_path, {"x/client/main.py": main}) == [("x/client/main.py", 1, 1, "PTK101")]
    assert "'pytk.server' is CPython-only" in messages(tmp_path, {"x/client/main.py": main})[0]


@pytest.mark.parametrize("line", ["from pytk.rpc import codec", "import pytk.rpc.codec", "import pytk.compiler",
                                  "from pytk import config"])
def test_cpython_only_parts_of_pytk_are_ptk101(tmp_path, line):
    codes = [code for *_, code in check(tmp_path, {"x/client/main.py": line + "\n" + MAIN})]
    assert codes == ["PTK101"]


def test_app_modules_outside_client_and_shared_are_ptk101(tmp_path):
    files = {"x/tools.py": "X = 1\n", "x/client/main.py": "from x.tools import X\n" + MAIN}
    assert check(tmp_path, files) == [("x/client/main.py", 1, 1, "PTK101")]
    assert "may import only 'x.client' and 'x.shared'" in messages(tmp_path, files)[0]


def test_shared_module_importing_server_code_is_caught(tmp_path):
    files = {
        "x/client/main.py": "from x.shared.models import Item\n" + MAIN,
        "x/shared/models.py": "class Item:\n    pass\n",
        "x/shared/helpers.py": "def helper():\n    from x.server.db import connect\n    return connect()\n",
    }
    assert check(tmp_path, files) == []  # helpers.py is not reachable yet
    files["x/shared/models.py"] = '"""Models."""\nfrom x.shared.helpers import helper\n\n\nclass Item:\n    pass\n'
    assert check(tmp_path, files) == [("x/shared/helpers.py", 2, 5, "PTK101")]


def test_transitive_problems_through_client_modules(tmp_path):
    files = {
        "x/client/main.py": "from x.client import views\n" + MAIN,
        "x/client/views.py": "from .widgets import make\n",
        "x/client/widgets.py": "import sqlite3\n\n\ndef make():\n    return 1\n",
    }
    assert check(tmp_path, files) == [("x/client/widgets.py", 1, 8, "PTK103")]


def test_several_problems_in_different_modules_in_one_run(tmp_path):
    files = {
        "x/client/main.py": "import os\nfrom x.client.views import show\nfrom x.shared.models import Item\n" + MAIN,
        "x/client/views.py": "\nimport nosuchthing\n\n\ndef show():\n    pass\n",
        "x/shared/models.py": "from pytk.server import app\n\n\nclass Item:\n    pass\n",
        "x/shared/broken.py": "import x.shared.models\nx = = 1\n",
    }
    files["x/client/main.py"] = "import x.shared.broken\n" + files["x/client/main.py"]
    assert check(tmp_path, files) == [
        ("x/client/main.py", 2, 8, "PTK103"),
        ("x/client/views.py", 2, 8, "PTK102"),
        ("x/shared/broken.py", 2, 5, "PTK001"),
        ("x/shared/models.py", 1, 1, "PTK101"),
    ]


def test_allowed_imports_give_no_diagnostics(tmp_path):
    files = {
        "x/client/main.py": """\
            import math
            from dataclasses import dataclass, field
            from pytk.widgets import Button, Label
            from pytk.rpc import Service, RpcError
            from pytk.client.rpc import encode
            import pytk.client
            from x.shared.models import Item
            from x.shared import models
            from . import views
            from .views import show


            def main():
                show(Item(math.floor(1.5)))
        """,
        "x/client/views.py": "from ..shared.models import Item\n\n\ndef show(item):\n    return item\n",
        "x/shared/models.py": """\
            from dataclasses import dataclass
            from typing import Optional


            @dataclass
            class Item:
                qty: int
                note: Optional[str] = None
        """,
    }
    assert check(tmp_path, files) == []


def test_the_rule_itself():
    assert client_import_problem("x.client.views", "x", "app") is None
    assert client_import_problem("x.shared", "x", "app") is None
    assert client_import_problem("x", "x", "app") is None
    assert client_import_problem("x.server", "x", "app")[0] == "PTK101"
    assert client_import_problem("x.serverless", "x", "app")[0] == "PTK101"  # not under client/shared
    assert "server module" not in client_import_problem("x.serverless", "x", "app")[1]
    assert client_import_problem("pytk.widgets.basic", "x", "pytk") is None
    assert client_import_problem("pytk.rpc.codec", "x", "pytk")[0] == "PTK101"
    assert client_import_problem("pytk.cli", "x", "pytk")[0] == "PTK101"
    assert client_import_problem("math", "x", "runtime") is None
    assert client_import_problem("socket", "x", None)[0] == "PTK103"
    assert client_import_problem("leftpad", "x", None)[0] == "PTK102"
