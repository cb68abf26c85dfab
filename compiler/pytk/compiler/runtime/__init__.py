"""pytk's additions to the generator's JavaScript runtime.

The generator's runtime module is built from ``org/transcrypt/__core__.js`` and
``__builtin__.js``, found by
searching the module path. :func:`runtime_dir` writes a folder holding a patched copy of that
file, to be searched before Transcrypt's own library: each function that pytk overrides is
renamed ``__tx_<name>`` (so an override can still call it) and pytk's ``builtins.js`` is
appended (then every other ``*.js`` file of this folder, by name), whose exports every
compiled module then imports like any other builtin.
Likewise ``exceptions.py`` (Python) replaces the exception classes in a copy of the
runtime's ``__runtime__.py``. An ``overrides:`` name may also be one that this Python part
defines at top level (``sorted``, ``map``, ``filter``, ``print``): it is renamed there the same way.
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


def python_overrides(runtime: str, additions: str) -> list[str]:
    """The overridden names that the runtime's Python part defines (``def name`` or ``name = ...``)."""
    return [name for name in overridden_names(additions)
            if re.search(rf"^(?:def {re.escape(name)}\s*\(|{re.escape(name)} = )", runtime, re.MULTILINE)]


def patched_builtins(original: str, additions: str, elsewhere: tuple[str, ...] = ()) -> str:
    """The generator's builtins with pytk's overrides and additions applied.

    Names in ``elsewhere`` are defined by the runtime's Python part: :func:`patched_runtime` renames them."""
    for name in overridden_names(additions):
        if name in elsewhere:
            continue
        original, count = rename_js(original, name)
        if count != 1 and not (count == 2 and _alternatives(original, name)):
            raise RuntimeError(f"cannot override runtime function {name!r}: found {count} definitions")
    return original + "\n\n// ---- pytk runtime additions ----\n" + additions


def _alternatives(source: str, name: str) -> bool:
    """Whether the two definitions of ``name`` are the branches of one ``__pragma__ ('ifdef')``."""
    first = source.find(f"__tx_{name} ")
    second = source.find(f"__tx_{name} ", first + 1)
    return "__pragma__ ('else')" in source[first:second]


def rename_js(source: str, name: str) -> tuple[str, int]:
    """Rename the JavaScript definition of ``name`` to ``__tx_<name>``; return the text and the count."""
    pattern = re.compile(rf"^(?:export )?(function\*? ?){re.escape(name)}\s*\(", re.MULTILINE)
    source, functions = pattern.subn(rf"\g<1>__tx_{name} (", source)
    source, aliases = re.subn(rf"^export var {re.escape(name)} = ", f"var __tx_{name} = ", source, flags=re.MULTILINE)
    return source, functions + aliases


def patched_core(original: str, additions: str) -> tuple[str, tuple[str, ...]]:
    """The runtime's core with overridden functions renamed; also the names it defines."""
    found = []
    for name in overridden_names(additions):
        original, count = rename_js(original, name)
        if count:
            found.append(name)
    return original, tuple(found)


def patched_runtime(original: str, exceptions: str, overridden: tuple[str, ...] = ()) -> str:
    """The runtime's Python part with its exception classes replaced by pytk's, and each function
    in ``overridden`` renamed ``__tx_<name>``."""
    start = original.find("class BaseException:")
    end_marker = "class RuntimeWarning (Warning):\n    pass\n"
    end = original.find(end_marker)
    if start < 0 or end < 0:
        raise RuntimeError("unexpected runtime source: cannot find its exception classes")
    rest = original[end + len(end_marker):]
    for name in overridden:
        rest, functions = re.subn(rf"^def {re.escape(name)}\s*\(", f"def __tx_{name} (", rest, flags=re.MULTILINE)
        rest, aliases = re.subn(rf"^{re.escape(name)} = ", f"__tx_{name} = ", rest, flags=re.MULTILINE)
        if functions + aliases != 1:
            raise RuntimeError(f"cannot override runtime function {name!r}: found {functions + aliases} definitions")
    return original[:start] + exceptions + rest


def patched_re(original: str) -> str:
    """Transcrypt's ``re`` with ``findall`` returning a list (it returned ``map(...)``, which is lazy
    now that pytk's ``map`` is); as calls are checked, ``Regex.finditer``'s ``pos`` optional and
    ``escape``'s replacer taking the extra arguments JavaScript's ``replace`` passes."""
    fixes = {"ret = map(mSelect, mlist)": "ret = list(map(mSelect, mlist))",
             "def finditer(self, string, pos, endpos = None):": "def finditer(self, string, pos = 0, endpos = None):",
             "def replfunc(m):": "def replfunc(m, *details):"}
    for old, new in fixes.items():
        if old not in original:
            raise RuntimeError(f"unexpected re module source: cannot find {old!r}")
        original = original.replace(old, new)
    return original


@functools.cache
def runtime_dir() -> Path:
    """A folder to search before Transcrypt's library, holding the patched runtime sources."""
    library = transcrypt_modules_dir() / "org" / "transcrypt"
    builtins = library.joinpath("__builtin__.js").read_text(encoding="utf-8")
    runtime = library.joinpath("__runtime__.py").read_text(encoding="utf-8")
    additions = additions_source()
    exceptions = EXCEPTIONS.read_text(encoding="utf-8")
    core_source = library.joinpath("__core__.js").read_text(encoding="utf-8")
    digest = hashlib.sha256("\0".join([core_source, builtins, runtime, additions, exceptions, "re-list-finditer-replfunc"])
                            .encode()).hexdigest()[:16]
    folder = Path(tempfile.gettempdir()) / f"pytk-runtime-{digest}"
    core, in_core = patched_core(core_source, additions)
    in_python = tuple(python_overrides(runtime, additions))
    files = {"__core__.js": lambda: core,
             "__builtin__.js": lambda: patched_builtins(builtins, additions, in_python + in_core),
             "__runtime__.py": lambda: patched_runtime(runtime, exceptions, in_python)}
    files = {f"org/transcrypt/{name}": make for name, make in files.items()}
    files["re/__init__.py"] = lambda: patched_re(transcrypt_modules_dir().joinpath("re", "__init__.py")
                                                 .read_text(encoding="utf-8"))
    for name, make in files.items():
        target = folder / name
        if not target.is_file():
            target.parent.mkdir(parents=True, exist_ok=True)
            partial = target.with_name(f"{target.name}.{os.getpid()}.tmp")
            partial.write_text(make(), encoding="utf-8")
            partial.replace(target)
    return folder
