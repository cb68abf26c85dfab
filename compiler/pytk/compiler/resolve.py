"""Find the source file of a dotted module name among the roots the client may use."""
from __future__ import annotations

import functools
import importlib.util
from dataclasses import dataclass
from pathlib import Path

import pytk


@dataclass(frozen=True)
class Resolved:
    """Where a module lives: its file and which kind of root holds it."""

    name: str
    path: Path
    origin: str  # "app" | "pytk" | "stdlib" | "runtime"


@functools.cache
def pytk_roots() -> tuple[Path, ...]:
    """The source roots that together make up the ``pytk`` namespace package."""
    return tuple(Path(p).resolve().parent for p in pytk.__path__)


def client_stdlib_dir() -> Path:
    """pytk's browser versions of stdlib modules (Python, compiled like the app's code)."""
    return Path(__file__).resolve().parent / "stdlib"


@functools.cache
def transcrypt_modules_dir() -> Path:
    """Transcrypt's own library of browser versions of stdlib modules."""
    spec = importlib.util.find_spec("transcrypt")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("Transcrypt is not installed: pip install transcrypt==3.9.5")
    return Path(list(spec.submodule_search_locations)[0]).resolve() / "modules"


class Resolver:
    """Resolves module names for one app: its root first, then pytk's roots, then Transcrypt's."""

    def __init__(self, app_root: Path):
        self.app_root = app_root.resolve()

    def find(self, name: str) -> Resolved | None:
        relative = Path(*name.split("."))
        for origin, roots in (("app", (self.app_root,)), ("pytk", pytk_roots()),
                              ("stdlib", (client_stdlib_dir(),)), ("runtime", (transcrypt_modules_dir(),))):
            for root in roots:
                for candidate in (root / relative / "__init__.py", root / relative.with_suffix(".py"),
                                  root / relative / "__init__.js", root / relative.with_suffix(".js")):
                    if candidate.is_file():
                        return Resolved(name, candidate, origin)
        return None

    def search_dirs(self) -> list[Path]:
        """The folders handed to the code generator, in lookup order."""
        from pytk.compiler.runtime import runtime_dir

        return [self.app_root, *pytk_roots(), client_stdlib_dir(), runtime_dir(), transcrypt_modules_dir()]
