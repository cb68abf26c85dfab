"""Reactive state: observables, bindings, keyed lists."""
from pytk.widgets import (Button, HorizontalPanel, Label, Observable, ObservableList, TextBox, VerticalPanel,
                          bind)
from pytk.widgets.checks import CheckBox
from pytk.widgets.listview import ListView


def binding_demo():
    """bind(): widgets follow observable values."""
    name = Observable("world")
    shout = Observable(False)
    return VerticalPanel([
        TextBox(value=bind(name), label="Name"),
        CheckBox("Shout", value=bind(shout)),
        Label(text=bind([name, shout], lambda who, loud: ("HELLO, " + who.upper()) if loud else "Hello, " + who)),
    ], spacing=8)


class Task:
    def __init__(self, ident, title):
        self.ident = ident
        self.title = Observable(title)


def list_view_demo():
    """ListView: a keyed list that updates only what changed."""
    tasks = ObservableList([Task(1, "Write docs"), Task(2, "Test widgets"), Task(3, "Ship")])
    next_id = [4]

    def add(event):
        tasks.append(Task(next_id[0], "Task " + str(next_id[0])))
        next_id[0] += 1

    def row(task):
        return HorizontalPanel([Label(text=bind(task.title)),
                                Button("Done", on_click=lambda event: tasks.remove(task))], spacing=6)

    return VerticalPanel([
        ListView(tasks, row, key=lambda task: task.ident, tag="div"),
        HorizontalPanel([Button("Add", on_click=add),
                         Button("Reverse", on_click=lambda event: tasks.reverse())], spacing=6),
    ], spacing=8)


DEMOS = {"binding_demo": binding_demo, "list_view_demo": list_view_demo}
