"""``...`` used as a value is the Ellipsis singleton, in the browser as in CPython."""
from __future__ import annotations

PROGRAM = """\
    import typing

    Handler = typing.Callable[..., int]
    MISSING = ...


    def get(value=...):
        return "missing" if value is ... else value


    def todo():
        ...


    def main():
        print(..., repr(...), str(MISSING), type(...).__name__, type(...)() is ...)
        print(MISSING is Ellipsis, ... == ..., ... != None, bool(...))
        print([..., 1], (..., ...), {"k": ...}, f"{...}")
        print(get(), get(2), todo())
"""


def test_ellipsis_as_a_value_behaves_as_in_cpython(client):
    output = client(PROGRAM)
    assert output.splitlines()[0] == "Ellipsis Ellipsis Ellipsis ellipsis True"
    assert output == client.cpython()
