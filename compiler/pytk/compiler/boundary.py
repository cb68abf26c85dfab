"""Which modules client code may import.

As in GWT, an app is split into ``client`` (browser only), ``shared`` (both sides) and
``server`` (CPython only). Client and shared code may import the app's client and shared
packages, pytk's client-side packages and the browser versions of stdlib modules that the
code generator ships. Anything else is a compile error at the import.
"""
from __future__ import annotations

import sys

# pytk packages that compile to JavaScript; everything else in pytk is CPython-only.
CLIENT_PYTK_PACKAGES = ("pytk.client", "pytk.widgets", "pytk.rpc")
CPYTHON_ONLY_PYTK = ("pytk.rpc.codec",)


def _within(name: str, package: str) -> bool:
    return name == package or name.startswith(package + ".")


def client_import_problem(name: str, app: str, origin: str | None) -> tuple[str, str] | None:
    """Return ``(code, message)`` if client code may not import ``name``, else None.

    ``origin`` is where the resolver found the module ("app", "pytk", "runtime") or None.
    """
    top = name.split(".")[0]
    if top == app:
        if _within(name, f"{app}.server"):
            return ("PTK101", f"client code cannot import server module '{name}'; "
                              f"move what the client needs to '{app}.shared' or call it through a Service")
        if not (_within(name, f"{app}.client") or _within(name, f"{app}.shared") or name == app):
            return ("PTK101", f"client code may import only '{app}.client' and '{app}.shared', not '{name}'")
    elif top == "pytk":
        if any(_within(name, p) for p in CPYTHON_ONLY_PYTK) or not any(
                _within(name, p) for p in CLIENT_PYTK_PACKAGES):
            return ("PTK101", f"'{name}' is CPython-only; client code may use "
                              + ", ".join(CLIENT_PYTK_PACKAGES))
    if origin is None:
        if top in sys.stdlib_module_names:
            return ("PTK103", f"'{name}' is a CPython-only module and is not available in the browser")
        return ("PTK102", f"cannot find module '{name}' in the app, pytk or the browser library")
    return None
