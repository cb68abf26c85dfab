"""pytk's additions to the generator's JavaScript runtime.

The generator's runtime module is built from ``org/transcrypt/__builtin__.js``, found by
searching the module path. :func:`runtime_dir` writes a folder holding a patched copy of that
file, to be searched before Transcrypt's own library: each function that pytk overrides is
renamed ``__tx_<name>`` (so an override can still call it) and pytk's ``builtins.js`` is
appended (then every other ``*.js`` file of this folder, by name), whose exports every
compiled module then imports like any other builtin.
Likewise ``exceptions.py`` (Python) replaces the exception classes in a copy of the
runtime's ``__runtime__.py``.
"""
from __future__ import annotations

import functools
import hashlib
import os
import re
import tempfile
from pathlib import Path

from pytk.compiler.resolve import transcrypt_modules_dir

HERE = Path(__file__).parent
EXCEPTIONS = Path(__file__).with_name("exceptions.py")
_OVERRIDE = re.compile(r"^export function (\w+)\s*\(", re.MULTILINE)
_OVERRIDDEN_MARK = re.compile(r"^// overrides: (.+)$", re.MULTILINE)


def additions_source() -> str:
    """pytk's JavaScript additions: builtins.js first, then the other files by name."""
    files = sorted(HERE.glob("*.js"), key=lambda p: (p.name != "builtins.js", p.name))
    return "\n\n".join(f"// ---- {p.name} ----\n" + p.read_text(encoding="utf-8") for p in files)


def overridden_names(additions: str) -> list[str]:
    """The runtime functions that ``builtins.js`` replaces (listed in its ``// overrides:`` lines)."""
    return [name for line in _OVERRIDDEN_MARK.findall(additions) for name in line.split()]


def patched_builtins(original: str, additions: str) -> str:
    """The generator's builtins with pytk's overrides and additions applied."""
    for name in overridden_names(additions):
        pattern = re.compile(rf"^(?:export )?(function\*? ?){re.escape(name)}\s*\(", re.MULTILINE)
        original, functions = pattern.subn(rf"\g<1>__tx_{name} (", original)
        original, aliases = re.subn(rf"^export var {re.escape(name)} = ", f"var __tx_{name} = ", original,
                                    flags=re.MULTILINE)
        if functions + aliases != 1:
            raise RuntimeError(f"cannot override runtime function {name!r}: found {functions + aliases} definitions")
    return original + "\n\n// ---- pytk runtime additions ----\n" + additions


def patched_runtime(original: str, exceptions: str) -> str:
    """The runtime's Python part with its exception classes replaced by pytk's."""
    start = original.find("class BaseException:")
    end_marker = "class RuntimeWarning (Warning):\n    pass\n"
    end = original.find(end_marker)
    if start < 0 or end < 0:
        raise RuntimeError("unexpected runtime source: cannot find its exception classes")
    return original[:start] + exceptions + original[end + len(end_marker):]


@functools.cache
def runtime_dir() -> Path:
    """A folder to search before Transcrypt's library, holding the patched runtime sources."""
    library = transcrypt_modules_dir() / "org" / "transcrypt"
    builtins = library.joinpath("__builtin__.js").read_text(encoding="utf-8")
    runtime = library.joinpath("__runtime__.py").read_text(encoding="utf-8")
    additions = additions_source()
    exceptions = EXCEPTIONS.read_text(encoding="utf-8")
    digest = hashlib.sha256("\0".join([builtins, runtime, additions, exceptions]).encode()).hexdigest()[:16]
    folder = Path(tempfile.gettempdir()) / f"pytk-runtime-{digest}"
    files = {"__builtin__.js": lambda: patched_builtins(builtins, additions),
             "__runtime__.py": lambda: patched_runtime(runtime, exceptions)}
    for name, make in files.items():
        target = folder / "org" / "transcrypt" / name
        if not target.is_file():
            target.parent.mkdir(parents=True, exist_ok=True)
            partial = target.with_name(f"{name}.{os.getpid()}.tmp")
            partial.write_text(make(), encoding="utf-8")
            partial.replace(target)
    return folder
