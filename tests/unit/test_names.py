"""The undefined-name check (PTK206): Python's scoping, pytk's and JavaScript's extra names,
hints, suppression, and no false alarm on any client code of the repository."""
from __future__ import annotations

import ast
import re
import textwrap
from pathlib import Path

import pytest

from pytk.compiler import names
from pytk.compiler.graph import prepare_module

REPO = Path(__file__).resolve().parents[2]
CLIENT_CODE = ["tests/conformance/programs", "samples", "widgets/pytk/widgets", "toolkit/pytk/client",
               "toolkit/pytk/rpc", "compiler/pytk/compiler/stdlib"]


def check(source: str, filename: str = "m.py") -> list[tuple[int, int, str, str]]:
    source = textwrap.dedent(source)
    found = names.check_names(ast.parse(source), Path(filename), source)
    return [(d.line, d.col, d.code, d.message) for d in found]


def undefined(source: str) -> list[str]:
    return [re.match(r"name '(\w+)'", message).group(1) for *_, message in check(source)]


BOUND_EVERYWHERE = """\
    import json as j
    from collections import deque
    import urllib.parse

    def uses_later_global():
        return LATER, helper(), Later()

    def helper(a, /, b=1, *args, c, **kwargs):
        total = a + b + c + len(args) + len(kwargs)
        for i in range(3):
            if i:
                total += previous
            previous = i
        with open_thing() as (handle, other):
            total += handle + other
        try:
            total += 1
        except ValueError as error:
            print(error)
        if (found := total) > 1:
            total += found
        del total
        return j, deque, urllib.parse, [x * y for x in range(3) for y in range(x) if x], {k: v for k, v in {}.items()}

    def outer():
        count = 0
        values = []
        def inner():
            nonlocal count
            count += 1
            return count, values
        class Local:
            seen = values
            def method(self):
                return __class__, count
        return inner, Local, (lambda q, *, r=count: q + r)

    def define():
        global DEFINED_INSIDE
        DEFINED_INSIDE = 1

    def match_it(point):
        match point:
            case {"x": px, **rest}:
                return px, rest
            case [first, *others] if first:
                return others
            case deque(maxlen=size) as whole:
                return size, whole
            case _:
                return None

    class Later:
        label = "x"
        upper = label.upper()
        doubled = [c for c in label]
        __slots__ = ()
        where = __module__, __qualname__

    def open_thing():
        return __name__, __file__, __doc__, Ellipsis, NotImplemented, super, __pragma__, __new__

    def browser():
        element = document.createElement("div")
        window.setTimeout(lambda: console.log(JSON.stringify(Object.keys(element))), 0)
        return (fetch, Promise, setTimeout, Math, Date, Array, localStorage, navigator, location, history,
                performance, crypto, WebSocket, HTMLElement, Event, URL, __typeof__, undefined)

    define()
    print(DEFINED_INSIDE, [w := 1 for _ in range(2)], w)
    LATER = 1
"""


def test_every_way_of_binding_a_name_is_understood():
    assert check(BOUND_EVERYWHERE) == []


def test_an_undefined_name_is_reported_where_it_is_read():
    source = "def main():\n    items = []\n    return len(itmes)\n"
    assert check(source) == [(3, 16, "PTK206", "name 'itmes' is not defined; did you mean 'items'?")]


def test_every_undefined_name_of_a_module_is_reported_at_once():
    source = """\
        def show(user):
            print(usr.name)
            return lenn(user), missing_thing


        class View:
            title = "x"

            def render(self):
                return titel
    """
    assert check(source) == [
        (2, 11, "PTK206", "name 'usr' is not defined; did you mean 'user'?"),
        (3, 12, "PTK206", "name 'lenn' is not defined; did you mean 'len'?"),
        (3, 24, "PTK206", "name 'missing_thing' is not defined"),
        (10, 16, "PTK206", "name 'titel' is not defined"),  # class names are not visible in methods
    ]


@pytest.mark.parametrize(("source", "name"), [
    ("class A:\n    x = 1\n    def m(self):\n        return x\n", "x"),
    ("class A:\n    x = 1\n    ys = [x for _ in range(2)]\n", "x"),
    ("def f():\n    return [y for y in range(3)] + [y]\n", "y"),
    ("def f():\n    def g():\n        return inner_only\n    def h():\n        inner_only = 1\n", "inner_only"),
    ("def f(x=own_default):\n    own_default = 1\n", "own_default"),
    ("def method():\n    return self.x\n", "self"),
    ("print(name, event, status)\n", "name"),
])
def test_python_scoping_is_followed(source: str, name: str):
    assert name in undefined(source)


def test_a_hint_names_a_browser_global_when_no_python_name_is_close():
    assert check("documnet.title = 'x'\n") == [
        (1, 1, "PTK206", "name 'documnet' is not defined; did you mean 'document'?")]


def test_a_star_import_silences_globals_but_not_locals():
    source = """\
        from pytk.widgets import *


        def build():
            return Button(label), [late for _ in range(1)]
    """
    assert undefined(source) == []
    source = "from x import *\n\n\ndef f():\n    class A:\n        z = 1\n        def m(self):\n            return z\n"
    assert undefined(source) == []  # z may come from the star import


def test_a_name_guarded_by_except_name_error_is_not_reported():
    source = """\
        try:
            maybe_defined
        except NameError:
            maybe_defined = None
        try:
            other
        except (ImportError, NameError):
            pass
        try:
            not_guarded
        except ValueError:
            pass
    """
    assert undefined(source) == ["not_guarded"]


def test_noqa_comments_suppress_the_report_on_their_line():
    source = """\
        a = from_a_script_tag  # noqa
        b = also_from_a_script  # noqa: PTK206 loaded by index.html
        c = other_code  # noqa: E501
        d = really_missing
    """
    assert undefined(source) == ["other_code", "really_missing"]


def test_javascript_definitions_in_pragmas_are_bound():
    source = '''\
        __pragma__('js', '{}', """
        function js_helper (x) { return x; }
        var js_table = {}, ignored;
        const JS_LIMIT = 3;
        """)
        __pragma__('alias', 'jq', '$')


        def f():
            return js_helper(js_table), JS_LIMIT, jq, not_in_js
    '''
    assert undefined(source) == ["not_in_js"]


def test_runtime_exports_are_bound():
    assert undefined("print(__pytk_init_subclass__, py_typeof, __kwargtrans__, frozenset)\n") == []


def test_path_is_bound_in_a_package_only():
    assert check("print(__path__)\n", "pkg/__init__.py") == []
    assert undefined("print(__path__)\n") == ["__path__"]


def test_code_that_cpython_refuses_to_compile_is_a_syntax_error():
    source = "def f():\n    def g():\n        nonlocal missing\n        return missing\n"
    [(line, _col, code, message)] = check(source)
    assert (line, code) == (3, "PTK001")
    assert message == "syntax error: no binding for nonlocal 'missing' found"


def test_the_check_runs_on_the_source_as_written_in_prepare_module():
    source = "from dataclasses import dataclass\n\n\n@dataclass\nclass Point:\n    x: int = 0\n\n\nprint(Piont)\n"
    _tree, problems = prepare_module("x.client.m", Path("/app/x/client/m.py"), source, "x")
    assert [(p.line, p.code, p.message) for p in problems] == [
        (9, "PTK206", "name 'Piont' is not defined; did you mean 'Point'?")]


def test_the_browser_globals_list_is_generated_from_the_named_packages():
    text = (REPO / "compiler/pytk/compiler/browser_globals.txt").read_text(encoding="utf-8")
    script = (REPO / "scripts/browser_globals.py").read_text(encoding="utf-8")
    for package in re.findall(r'^(?:GLOBALS|CONFUSING) = "([^"]+)"', script, re.MULTILINE):
        assert package in text.splitlines()[1] + text.splitlines()[2]
    listed = names.browser_globals()
    assert len(listed) > 1000
    assert {"document", "window", "console", "fetch", "JSON", "Promise", "localStorage", "location",
            "history", "WebSocket", "HTMLElement"} <= listed
    assert not {"name", "event", "self", "status", "top", "parent"} & listed


def _client_modules() -> list[Path]:
    return [path for folder in CLIENT_CODE for path in sorted((REPO / folder).rglob("*.py"))]


def test_no_false_alarm_in_the_repository_client_code():
    modules = _client_modules()
    assert len(modules) > 450
    found = []
    for path in modules:
        source = path.read_text(encoding="utf-8")
        found += [d.format(REPO) for d in names.check_names(ast.parse(source), path, source)]
    assert found == []


def test_the_documented_ways_to_use_a_script_global_pass_the_check():
    page = (REPO / "docs/compiler.md").read_text(encoding="utf-8")
    section = page[page.index("### Undefined names"):page.index("### `pytk check`")]
    [block] = re.findall(r"```python\n(.*?)```", section, re.DOTALL)
    assert "window.L" in block and "# noqa: PTK206" in block
    assert check(block) == []
    assert undefined(block.replace("# noqa: PTK206", "#")) == ["Chart"]


def test_pytk_check_reports_undefined_names_of_every_module(tmp_path: Path):
    from pytk.compiler.build import check_client
    from pytk.config import load_config

    files = {
        "pyproject.toml": '[tool.pytk]\napp = "x"\n',
        "x/__init__.py": "", "x/client/__init__.py": "", "x/shared/__init__.py": "",
        "x/client/main.py": "from x.shared.prices import total\n\n\ndef main():\n    print(totl([1]))\n",
        "x/shared/prices.py": "def total(prices):\n    return sum(prices) * (1 + tax_rate)\n",
    }
    for relative, text in files.items():
        (tmp_path / relative).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / relative).write_text(text, encoding="utf-8")
    problems = check_client(load_config(tmp_path))
    assert [d.format(tmp_path) for d in problems] == [
        "x/client/main.py:5:11: PTK206 name 'totl' is not defined; did you mean 'total'?",
        "x/shared/prices.py:2:31: PTK206 name 'tax_rate' is not defined",
    ]
