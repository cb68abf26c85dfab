"""Lowered dataclasses at run time: node's output is CPython's."""
from __future__ import annotations

PROGRAM = """\
    from dataclasses import dataclass, field


    @dataclass
    class Item:
        name: str
        qty: int = 1


    @dataclass
    class Order:
        id: int
        note: str = "none"
        items: list = field(default_factory=list)
        tags: dict = field(default_factory=dict)
        count: int = field(default=3)

        def total(self):
            return sum([item.qty for item in self.items]) * self.count


    def main():
        first = Order(1)
        second = Order(2, "rush", count=5)
        print(first.id, first.note, len(first.items), first.count)
        print(second.id, second.note, len(second.items), second.count)
        first.items.append(Item("milk", 2))
        first.tags["k"] = Item("tea")
        print(len(first.items), len(second.items), len(Order(3).items))
        print(len(first.tags), len(second.tags))
        print(first.items is second.items, first.tags is second.tags)
        print(repr(first))
        print(repr(second))
        print(repr(Item("o'k")))
        print(first.total(), second.total())
        shared = [Item("x")]
        print(Order(4, items=shared).items is shared)
"""


def test_dataclasses_match_cpython(client):
    output = client(PROGRAM)
    assert output == client.cpython()
    lines = output.splitlines()
    assert lines[2] == "1 0 0"
    assert lines[4] == "False False"
    assert lines[5] == "Order(id=1, note='none', items=[Item(name='milk', qty=2)], tags={'k': Item(name='tea', qty=1)}, count=3)"
    assert lines[6] == "Order(id=2, note='rush', items=[], tags={}, count=5)"


def test_fields_whose_names_javascript_renames(client):
    # Transcrypt renames `name`, `type`, `items`, `keys` ... to py_*; the lowered class must agree.
    program = """\
        from dataclasses import dataclass, field


        @dataclass
        class Entry:
            type: str
            name: str = "anon"
            keys: list = field(default_factory=list)


        def main():
            entry = Entry("t", keys=["a"])
            print(entry.type, entry.name, entry.keys)
            print(repr(entry))
            print(repr(Entry(name="n", type="u")))
    """
    output = client(program)
    assert output == client.cpython()
    assert output.splitlines()[1] == "Entry(type='t', name='anon', keys=['a'])"


def test_dataclass_in_a_shared_module_with_typing_annotations(client):
    files = {"x/shared/models.py": """\
        from dataclasses import dataclass, field
        from typing import ClassVar, Optional


        @dataclass
        class Note:
            text: str
            author: Optional[str] = None
            tags: list[str] = field(default_factory=list)
            kind: ClassVar[str] = "note"
    """}
    program = """\
        from x.shared.models import Note


        def main():
            note = Note("hi")
            note.tags.append("a")
            print(repr(note), repr(Note("yo", "ada")), Note.kind)
    """
    output = client(program, files)
    assert output == client.cpython()
    assert output == "Note(text='hi', author=None, tags=['a']) Note(text='yo', author='ada', tags=[]) note\n"
