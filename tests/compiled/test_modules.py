"""Client programs of several modules: imports resolve the same way under node as in CPython."""
from __future__ import annotations

from pathlib import Path

from pytk.compiler.build import compile_client
from pytk.config import load_config

FILES = {
    "x/client/__init__.py": "from .format import shout\n",
    "x/client/format.py": """\
        def shout(text):
            return text.upper() + "!"
    """,
    "x/client/views/__init__.py": "from . import cards\nfrom .cards import card\n",
    "x/client/views/cards.py": """\
        from ..format import shout
        from ...shared.greet import greeting
        from x.shared import units


        def card(name):
            return "[" + shout(greeting(name)) + " " + str(units.METRES_PER_KM) + "]"
    """,
    "x/shared/greet.py": """\
        PREFIX = "hello"


        def greeting(name):
            return PREFIX + " " + name
    """,
    "x/shared/units.py": "METRES_PER_KM = 1000\n",
}

PROGRAM = """\
    from . import format
    from .views import card, cards
    from x.client import shout
    from x.shared.greet import PREFIX, greeting
    import x.shared.units


    def main():
        print(format.shout("a"), shout("b"))
        print(card("ada"))
        print(cards.card("bob") == card("bob"))
        print(greeting("eve"), PREFIX, x.shared.units.METRES_PER_KM)
"""


def test_relative_and_shared_imports_match_cpython(client):
    output = client(PROGRAM, FILES)
    assert output == client.cpython()
    assert output.splitlines() == ["A! B!", "[HELLO ADA! 1000]", "True", "hello eve hello 1000"]


def test_one_es_module_per_python_module(client):
    client.write(PROGRAM, FILES)
    out = client.compile()
    for name in ("pytk_main", "x.client.main", "x.client", "x.client.format", "x.client.views",
                 "x.client.views.cards", "x.shared.greet", "x.shared.units"):
        assert (out / f"{name}.js").is_file(), name
    cards = (out / "x.client.views.cards.js").read_text(encoding="utf-8")
    assert "from './x.client.format.js'" in cards
    assert "from './x.shared.greet.js'" in cards


def test_a_relative_output_folder_is_taken_from_the_current_folder(client, tmp_path, monkeypatch):
    client.write('def main():\n    print("relative")\n')
    monkeypatch.chdir(tmp_path)
    build = compile_client(load_config(client.root), Path("rel"), source_maps=False)
    assert (tmp_path / "rel" / "pytk_main.js").is_file()
    assert build.out_dir == tmp_path / "rel"
    assert not (client.root / ".pytk" / "stage" / "rel").exists()


def test_an_async_entry_point_runs(client):
    program = """\
        async def later(value):
            return value * 2


        async def main():
            print("start")
            print(await later(21))
    """
    assert client(program).splitlines() == ["start", "42"]
