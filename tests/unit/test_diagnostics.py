"""Compile diagnostics: what `check_client` reports, and how a diagnostic is shown."""
from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from pytk.compiler.build import analyze, check_client, compile_client
from pytk.compiler.diagnostics import CompileFailed, Diagnostic, code_frame
from pytk.config import load_config

MAIN = "def main():\n    pass\n"


def write_app(root: Path, files: dict[str, str], pytk_table: str = 'app = "x"\n') -> Path:
    base = {
        "pyproject.toml": "[tool.pytk]\n" + pytk_table,
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


def diagnose(tmp_path: Path, files: dict[str, str], pytk_table: str = 'app = "x"\n') -> list[Diagnostic]:
    return check_client(load_config(write_app(tmp_path, files, pytk_table)))


def located(tmp_path: Path, diagnostics: list[Diagnostic]) -> list[tuple[str, int, int, str]]:
    return [(d.display_path(tmp_path), d.line, d.col, d.code) for d in diagnostics]


# -- what the front-end reports ------------------------------------------------

def test_syntax_error_is_ptk001_at_its_line_and_column(tmp_path):
    main = "def main():\n    total = 1\n    total = = 2\n"
    [problem] = diagnose(tmp_path, {"x/client/main.py": main})
    assert (problem.line, problem.col, problem.code) == (3, 13, "PTK001")
    assert problem.message.startswith("syntax error: ")
    assert problem.path == (tmp_path / "x/client/main.py").resolve()


def test_syntax_error_in_an_imported_module(tmp_path):
    files = {"x/client/main.py": "from x.shared import models\n" + MAIN,
             "x/shared/models.py": "class Item:\n    def f(self):\n        return (1,\n"}
    [problem] = diagnose(tmp_path, files)
    assert (problem.display_path(tmp_path), problem.line, problem.code) == ("x/shared/models.py", 3, "PTK001")
    assert problem.col == 16
    assert "never closed" in problem.message


def test_missing_entry_function_is_ptk104(tmp_path):
    [problem] = diagnose(tmp_path, {"x/client/main.py": "def start():\n    pass\n\nmain = start\n"})
    assert located(tmp_path, [problem]) == [("x/client/main.py", 1, 1, "PTK104")]
    assert "'main'" in problem.message


def test_custom_entry_function_is_looked_up(tmp_path):
    table = 'app = "x"\nentry = "x.client.main:boot"\n'
    assert located(tmp_path, diagnose(tmp_path, {}, table)) == [("x/client/main.py", 1, 1, "PTK104")]
    assert diagnose(tmp_path, {"x/client/main.py": "async def boot():\n    pass\n"}, table) == []


def test_missing_entry_module_is_ptk104_in_pyproject(tmp_path):
    table = 'app = "x"\nentry = "x.client.start:main"\n'
    [problem] = diagnose(tmp_path, {}, table)
    assert located(tmp_path, [problem]) == [("pyproject.toml", 1, 1, "PTK104")]
    assert "x.client.start" in problem.message


def test_non_async_service_method_is_ptk111(tmp_path):
    files = {
        "x/client/main.py": "from x.shared.api import Shop\n" + MAIN,
        "x/shared/api.py": """\
            from pytk.rpc import Service


            class Shop(Service):
                async def total(self) -> int: ...

                def count(self) -> int: ...

                def _helper(self):
                    return 1
        """,
    }
    [problem] = diagnose(tmp_path, files)
    assert located(tmp_path, [problem]) == [("x/shared/api.py", 7, 5, "PTK111")]
    assert "'count'" in problem.message and "async def" in problem.message


def test_service_method_with_keyword_only_parameters_is_ptk110(tmp_path):
    files = {
        "x/client/main.py": "from x.shared.api import Shop\n" + MAIN,
        "x/shared/api.py": "import pytk.rpc\n\n\nclass Shop(pytk.rpc.Service):\n"
                           "    async def find(self, *, name: str) -> int: ...\n",
    }
    assert located(tmp_path, diagnose(tmp_path, files)) == [("x/shared/api.py", 5, 5, "PTK110")]


def test_unsupported_return_type_is_ptk112_at_the_annotation(tmp_path):
    files = {
        "x/client/main.py": "from x.shared.api import Shop\n" + MAIN,
        "x/shared/api.py": """\
            from dataclasses import dataclass
            from pytk.rpc import Service


            @dataclass
            class A:
                n: int


            @dataclass
            class B:
                s: str


            class Shop(Service):
                async def pick(self) -> A | B: ...
        """,
    }
    [problem] = diagnose(tmp_path, files)
    assert located(tmp_path, [problem]) == [("x/shared/api.py", 16, 29, "PTK112")]
    assert "'pick'" in problem.message


def test_dataclass_problems_are_ptk201(tmp_path):
    files = {
        "x/client/main.py": "from x.shared.models import Item\n" + MAIN,
        "x/shared/models.py": """\
            from dataclasses import dataclass


            @dataclass
            class Item:
                name: str = ""
                qty: int


            @dataclass(slots=True)
            class Price:
                cents: int = 0
        """,
    }
    assert located(tmp_path, diagnose(tmp_path, files)) == [
        ("x/shared/models.py", 7, 5, "PTK201"),
        ("x/shared/models.py", 10, 12, "PTK201"),
    ]


def test_unsaved_text_overrides_the_file(tmp_path):
    config = load_config(write_app(tmp_path, {}))
    main = config.root / "x" / "client" / "main.py"
    graph = analyze(config, {main: "import os\n" + MAIN})
    assert located(config.root, graph.diagnostics) == [("x/client/main.py", 1, 8, "PTK103")]
    assert analyze(config).diagnostics == []


def test_an_emptied_unsaved_file_is_checked_as_empty(tmp_path):
    config = load_config(write_app(tmp_path, {}))
    main = config.root / "x" / "client" / "main.py"
    graph = analyze(config, {main: ""})
    assert [d.code for d in graph.diagnostics] == ["PTK104"]


def test_compile_client_refuses_a_program_with_problems(tmp_path):
    config = load_config(write_app(tmp_path, {"x/client/main.py": "import os\n" + MAIN}))
    out = tmp_path / "out"
    with pytest.raises(CompileFailed) as raised:
        compile_client(config, out, source_maps=False)
    assert [d.code for d in raised.value.diagnostics] == ["PTK103"]
    assert "PTK103" in str(raised.value)
    assert not out.exists()


# -- how a diagnostic is shown --------------------------------------------------

def test_format_relative_to_the_app(tmp_path):
    main = '"""The client."""\nimport math\nfrom x.server.db import connect\n' + MAIN
    config = load_config(write_app(tmp_path, {"x/client/main.py": main}))
    [problem] = check_client(config)
    text = problem.format(relative_to=config.root)
    assert text.startswith("x/client/main.py:3:1: PTK101 ")
    assert text == f"x/client/main.py:3:1: PTK101 {problem.message}"
    assert problem.format() == f"{problem.path}:3:1: PTK101 {problem.message}"


def test_format_outside_the_folder_keeps_the_full_path(tmp_path):
    problem = Diagnostic(tmp_path / "a" / "m.py", 2, 7, "PTK103", "no")
    assert problem.format(relative_to=tmp_path / "b") == f"{tmp_path / 'a' / 'm.py'}:2:7: PTK103 no"
    assert problem.format(relative_to=tmp_path) == "a/m.py:2:7: PTK103 no"


def test_to_json(tmp_path):
    problem = Diagnostic(tmp_path / "x" / "m.py", 4, 2, "PTK102", "cannot find")
    assert problem.to_json(relative_to=tmp_path) == {"file": "x/m.py", "line": 4, "col": 2,
                                                     "code": "PTK102", "message": "cannot find"}


def test_code_frame_puts_a_caret_under_the_column(tmp_path):
    main = "import math\n\ndef main():\n    import os\n    return math.pi\n"
    config = load_config(write_app(tmp_path, {"x/client/main.py": main}))
    [problem] = check_client(config)
    assert (problem.line, problem.col) == (4, 12)
    assert code_frame(problem) == (
        "  3 | def main():\n"
        "> 4 |     import os\n"
        "    |            ^\n"
        "  5 |     return math.pi"
    )


def test_code_frame_context_and_edges(tmp_path):
    source = tmp_path / "m.py"
    source.write_text("".join(f"line{n}\n" for n in range(1, 12)), encoding="utf-8")
    frame = code_frame(Diagnostic(source, 10, 3, "PTK001", "x"), context=2)
    assert frame.splitlines() == [
        "   8 | line8",
        "   9 | line9",
        "> 10 | line10",
        "     |   ^",
        "  11 | line11",
    ]
    first = code_frame(Diagnostic(source, 1, 1, "PTK001", "x"), context=1).splitlines()
    assert first == ["> 1 | line1", "    | ^", "  2 | line2"]
    assert code_frame(Diagnostic(source, 40, 1, "PTK001", "x")) == ""
    assert code_frame(Diagnostic(tmp_path / "missing.py", 1, 1, "PTK001", "x")) == ""


def test_compile_failed_lists_every_diagnostic(tmp_path):
    problems = [Diagnostic(tmp_path / "a.py", 1, 1, "PTK101", "first"),
                Diagnostic(tmp_path / "b.py", 2, 3, "PTK102", "second")]
    failure = CompileFailed(problems)
    assert failure.diagnostics == problems
    assert str(failure).splitlines() == [f"{tmp_path / 'a.py'}:1:1: PTK101 first",
                                         f"{tmp_path / 'b.py'}:2:3: PTK102 second"]
