"""Lowering passes and RPC decoding specs, checked on the AST and by running the result in CPython."""
from __future__ import annotations

import ast
import dataclasses
import sys
import textwrap
import types
from pathlib import Path

import pytest

from pytk.compiler import lowering
from pytk.compiler.rpc_proxy import UnsupportedType, generate_proxies, spec_for

PATH = Path("m.py")


def imports_of(source: str, module: str, is_package: bool = False) -> list[str]:
    tree = ast.parse(textwrap.dedent(source))
    lowering.absolutize_imports(tree, module, is_package)
    return [ast.unparse(node) for node in tree.body]


def lowered(source: str) -> tuple[ast.Module, list]:
    tree = ast.parse(textwrap.dedent(source))
    problems = lowering.lower_dataclasses(tree, PATH)
    lowering.drop_dataclass_imports(tree)
    ast.fix_missing_locations(tree)
    return tree, problems


def run(tree: ast.Module) -> dict:
    """Execute a module tree in CPython; return its namespace."""
    module = types.ModuleType("pytk_lowered_under_test")
    sys.modules[module.__name__] = module  # dataclasses looks its module up
    try:
        exec(compile(tree, "lowered.py", "exec"), module.__dict__)
    finally:
        del sys.modules[module.__name__]
    return module.__dict__


def method(tree: ast.Module, cls: str, name: str) -> ast.FunctionDef:
    [klass] = [n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == cls]
    [found] = [n for n in klass.body if isinstance(n, ast.FunctionDef) and n.name == name]
    return found


# -- absolutize_imports ---------------------------------------------------------

def test_relative_imports_in_a_module_become_absolute():
    source = """\
        from . import views
        from .views import show
        from .. import shared
        from ..shared.models import Item as It
        from x.client import absolute
        import math
    """
    assert imports_of(source, "x.client.main") == [
        "from x.client import views",
        "from x.client.views import show",
        "from x import shared",
        "from x.shared.models import Item as It",
        "from x.client import absolute",
        "import math",
    ]


def test_relative_imports_in_a_package_init_count_from_the_package():
    source = "from . import main\nfrom .main import run\nfrom .. import shared\n"
    assert imports_of(source, "x.client", is_package=True) == [
        "from x.client import main",
        "from x.client.main import run",
        "from x import shared",
    ]


def test_relative_imports_nested_in_functions_are_rewritten():
    source = """\
        def late():
            from .views import show
            return show
    """
    tree = ast.parse(textwrap.dedent(source))
    lowering.absolutize_imports(tree, "x.client.main", False)
    [node] = [n for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)]
    assert (node.module, node.level) == ("x.client.views", 0)


# -- lower_dataclasses ----------------------------------------------------------

ORDER = """\
    \"\"\"Orders.\"\"\"
    from __future__ import annotations

    from dataclasses import dataclass, field
    from typing import ClassVar


    @dataclass
    class Order:
        id: int
        note: str = "none"
        tags: list = field(default_factory=list)
        qty: int = field(default=3)
        kind: ClassVar[str] = "order"

        def total(self):
            return self.qty * 2
"""


def test_generated_init_and_repr():
    tree, problems = lowered(ORDER)
    assert problems == []
    assert ast.unparse(method(tree, "Order", "__init__")) == textwrap.dedent("""\
        def __init__(self, id, note='none', tags=_pytk_missing, qty=3):
            self.id = id
            self.note = note
            self.tags = list() if tags is _pytk_missing else tags
            self.qty = qty""")
    repr_source = ast.unparse(method(tree, "Order", "__repr__"))
    assert repr_source.startswith("def __repr__(self):\n    return 'Order(' + 'id=' + repr(self.id)")


def test_decorator_and_imports_are_gone_and_the_rest_is_kept():
    tree, _ = lowered(ORDER)
    text = ast.unparse(tree)
    assert "@dataclass" not in text
    assert "dataclasses" not in text
    assert "from typing import ClassVar" in text
    assert "def total(self)" in text
    assert "kind: ClassVar[str] = 'order'" in text
    # The sentinel follows the docstring; the __future__ import, which the generator's empty
    # `__future__` module cannot satisfy, is gone.
    assert isinstance(tree.body[0], ast.Expr)
    assert "__future__" not in text
    assert f"{lowering.MISSING} = " in ast.unparse(tree.body[2])


def test_lowered_dataclass_behaves_like_cpythons():
    Order = run(lowered(ORDER)[0])["Order"]
    Reference = run(ast.parse(textwrap.dedent(ORDER)))["Order"]  # the same source, by CPython
    assert dataclasses.is_dataclass(Reference) and not dataclasses.is_dataclass(Order)
    first, second = Order(1), Order(2, "rush", qty=5)
    assert (first.id, first.note, first.tags, first.qty) == (1, "none", [], 3)
    assert (second.id, second.note, second.tags, second.qty) == (2, "rush", [], 5)
    assert repr(first) == repr(Reference(1))
    assert repr(second) == "Order(id=2, note='rush', tags=[], qty=5)"
    assert repr(second) == repr(Reference(2, "rush", qty=5))
    first.tags.append("x")
    assert second.tags == [] and Order(3).tags == []
    assert first.tags is not second.tags
    given = ["mine"]
    assert Order(4, tags=given).tags is given
    assert Order.kind == "order"
    assert second.total() == 10
    with pytest.raises(TypeError):
        Order()


def test_repr_of_nested_values_matches():
    source = """\
        from dataclasses import dataclass, field


        @dataclass
        class Item:
            name: str
            qty: int = 1


        @dataclass
        class Cart:
            owner: str
            items: list = field(default_factory=list)
            extra: dict = field(default_factory=dict)
    """
    values = []
    for namespace in (run(lowered(source)[0]), run(ast.parse(textwrap.dedent(source)))):
        Cart, Item = namespace["Cart"], namespace["Item"]
        values.append(repr(Cart("ada", [Item("milk", 2)], {"k": Item("o'k")})))
    compiled, reference = values
    assert compiled == reference
    assert compiled == "Cart(owner='ada', items=[Item(name='milk', qty=2)], extra={'k': Item(name=\"o'k\", qty=1)})"


def test_a_dataclass_with_no_fields():
    namespace = run(lowered("from dataclasses import dataclass\n\n@dataclass\nclass Empty:\n    pass\n")[0])
    assert repr(namespace["Empty"]()) == "Empty()"


def test_no_sentinel_without_default_factory():
    tree, _ = lowered("import dataclasses\n\n@dataclasses.dataclass\nclass P:\n    x: int = 0\n")
    assert lowering.MISSING not in ast.unparse(tree)
    assert "@" not in ast.unparse(tree)
    assert repr(run(tree)["P"]()) == "P(x=0)"


def test_unsupported_dataclass_forms_are_ptk201():
    source = """\
        from dataclasses import dataclass


        class Base:
            pass


        @dataclass
        class Child(Base):
            x: int


        @dataclass(slots=True)
        class Slotted:
            x: int


        @dataclass
        class Misordered:
            a: int = 1
            b: int
    """
    _, problems = lowered(source)
    assert [(p.line, p.col, p.code) for p in problems] == [(9, 1, "PTK201"), (13, 12, "PTK201"), (21, 5, "PTK201")]
    assert "inheritance" in problems[0].message
    assert "'slots'" in problems[1].message
    assert "'b'" in problems[2].message


def test_generated_nodes_carry_the_class_location():
    tree, _ = lowered(ORDER)
    klass = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == "Order")
    for node in ast.walk(method(tree, "Order", "__init__")):
        if "lineno" in node._attributes:  # Load/Store are shared singletons without a location
            assert node.lineno == klass.lineno


# -- lower_typing_imports -------------------------------------------------------

def test_typing_imports_become_placeholders():
    tree = ast.parse("from typing import Optional, Any as A, TYPE_CHECKING\nimport typing\n"
                     "def f():\n    from typing import List\n")
    lowering.lower_typing_imports(tree)
    ast.fix_missing_locations(tree)
    assert ast.unparse(tree).splitlines() == [
        "Optional = 'Optional'", "A = 'Any'", "TYPE_CHECKING = False", "import typing",
        "", "def f():", "    List = 'List'",
    ]
    assert run(tree)["TYPE_CHECKING"] is False


# -- rpc_proxy.spec_for ---------------------------------------------------------

def spec(annotation: str) -> str:
    return ast.unparse(spec_for(ast.parse(annotation, mode="eval").body))


@pytest.mark.parametrize("annotation, expected", [
    ("str", "None"),
    ("int", "None"),
    ("None", "None"),
    ("Any", "None"),
    ("list", "None"),
    ("Literal['a', 'b']", "None"),
    ("int | str", "None"),
    ("Item", "Item"),
    ("models.Item", "models.Item"),
    ("'Item'", "Item"),
    ("list[Item]", "['list', Item]"),
    ("list[int]", "['list', None]"),
    ("List[Item]", "['list', Item]"),
    ("tuple[Item, ...]", "['list', Item]"),
    ("set[str]", "['list', None]"),
    ("dict[str, Item]", "['dict', Item]"),
    ("Dict[str, list[Item]]", "['dict', ['list', Item]]"),
    ("Optional[Item]", "Item"),
    ("typing.Optional[Item]", "Item"),
    ("Item | None", "Item"),
    ("None | Item", "Item"),
    ("Union[Item, None]", "Item"),
    ("Optional[list[Item]]", "['list', Item]"),
    ("list[Item | None]", "['list', Item]"),
    ("Annotated[Item, 'doc']", "Item"),
])
def test_spec_for(annotation, expected):
    assert spec(annotation) == expected


def test_no_annotation_passes_through():
    assert ast.unparse(spec_for(None)) == "None"


@pytest.mark.parametrize("annotation", ["Item | Other", "Union[Item, Other]", "Optional[Item | Other]",
                                        "tuple[int, Item]", "Callable[[int], int]", "list[Item | Other]"])
def test_unsupported_annotations(annotation):
    with pytest.raises(UnsupportedType):
        spec(annotation)


def test_generate_proxies_rewrites_interface_methods():
    source = """\
        from dataclasses import dataclass
        from pytk.rpc import Service


        @dataclass
        class Item:
            name: str
            qty: int = 1


        class Shop(Service):
            async def find(self, name: str, limit: int) -> list[Item]: ...
            async def _private(self): ...
    """
    tree = ast.parse(textwrap.dedent(source))
    assert generate_proxies(tree, "x.shared.api", PATH, is_shared=True) == []
    shop = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == "Shop")
    find, private = shop.body
    assert ast.unparse(find.body) == "return await _pytk_rpc_call('x.shared.api.Shop', 'find', [name, limit], ['list', Item])"
    assert ast.unparse(private.body) == "..."
    tail = [ast.unparse(stmt) for stmt in tree.body[-3:]]
    assert tail == [
        "from pytk.client.rpc import call as _pytk_rpc_call, register as _pytk_rpc_register",
        "Item._pytk_fields = [['name', None, lambda value: value.name], ['qty', None, lambda value: value.qty]]",
        "_pytk_rpc_register('x.shared.api', {'Item': Item, 'Shop': Shop})",
    ]


def test_client_modules_record_and_register_nothing():
    """Only shared types travel over RPC; a client-only dataclass may hold anything."""
    tree = ast.parse("from dataclasses import dataclass\nfrom typing import Callable\n\n"
                     "@dataclass\nclass P:\n    x: int\n    on_done: Callable[[int], None]\n")
    assert generate_proxies(tree, "x.client.main", PATH, is_shared=False) == []
    text = ast.unparse(tree)
    assert "_pytk_fields" not in text
    assert "_pytk_rpc_register(" not in text
