"""The compile cache: what a compile keeps for the next one.

Most saves change one module, and a module costs as much to parse and lower (the front-end) as
to generate (Transcrypt). The cache keeps, per module, the files the generator wrote and what
Transcrypt learns from them (the modules it imports, the names it exports), under a key that
covers everything the output depends on:

* the module: its name and file, and the text pytk parsed with the other inputs of its lowered
  tree (the app, the modules it imports); for Transcrypt's own library, the file and the files
  it ``__include__``\\ s;
* the tools: pytk's compiler package (every file of it: passes, patches of the generator,
  runtime additions), Transcrypt's version and code, the flags (source maps or not), the
  symbols;
* checked when an entry is used rather than hashed: the names exported by the runtime and by
  the modules it star-imports, since a module's import lists are built from them. So an edit
  regenerates the edited module, and a dependent only when the names it imports changed.

An entry lives in memory (the dev server's process keeps one cache) and, when the cache has a
folder (``<app>/.pytk/cache/`` for apps), on disk: ``<key>.json`` beside the files as written
(``<key>.js``, ``.map``, ``.py``). A hit hard-links these into the output folder (copies them
where linking fails): a few microseconds a file, where writing one costs hundreds. So the
files of a compile must be replaced, never edited in place; an entry whose files changed
since they were stored (size or time), or that cannot be read, is a miss and is stored again.

The front-end's per-module work is memoized too (:func:`front_end`): in memory, the lowered
trees by text and the resolver's answers; on disk, what the graph stage needs from a module
(its imports), so that a fresh process parses and lowers only the modules it regenerates.
"""
from __future__ import annotations

import ast
import contextlib
import contextvars
import functools
import hashlib
import importlib.metadata
import json
import os
import re
import sys
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from pytk.compiler.resolve import Resolved, Resolver

FORMAT = "pytk-module-cache-1"
MEMORY_ENTRIES = 4096
SUFFIXES = (".js", ".map", ".py")
_INCLUDE = re.compile(r"""__include__\s*\(\s*['"]([^'"]+)['"]""")


def digest(*parts: str | bytes) -> str:
    """A SHA-256 over the parts, each length-prefixed so that no two lists collide."""
    hasher = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8", "surrogatepass") if isinstance(part, str) else part
        hasher.update(len(data).to_bytes(8, "little"))
        hasher.update(data)
    return hasher.hexdigest()


@functools.cache
def front_end_version() -> str:
    """A hash of every file of pytk's compiler package: its passes, its patches of the code
    generator and its runtime additions all shape the output."""
    package = Path(__file__).resolve().parent
    parts: list[str | bytes] = []
    for path in sorted(package.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
            parts += [path.relative_to(package).as_posix(), path.read_bytes()]
    return digest(*parts)


@functools.cache
def generator_version() -> str:
    """Transcrypt's version and a hash of its compiler's code."""
    from pytk.compiler.resolve import transcrypt_modules_dir

    library = transcrypt_modules_dir() / "org" / "transcrypt"
    parts: list[str | bytes] = [importlib.metadata.version("transcrypt")]
    for name in ("compiler.py", "utils.py", "sourcemaps.py", "__envir__.js"):
        parts += [name, (library / name).read_bytes()]
    return digest(*parts)


def included_files(source: str) -> list[str]:
    """The files a module pulls in with ``__include__('path')`` (Transcrypt's runtime does)."""
    return _INCLUDE.findall(source)


@dataclass
class Entry:
    """One generated module: its files, and what Transcrypt learns from them.

    ``deps`` maps each module whose exported names went into the output (the runtime and the
    modules it star-imports) to those names, sorted (None: that module was still being
    compiled). ``files`` maps a suffix to where the file is kept: ``(path, size, mtime_ns)``
    on disk, and/or its bytes in ``data`` for a cache without a folder.
    """

    imports: list[str]
    exports: list[str]
    deps: dict[str, list[str] | None]
    files: dict[str, tuple[str, int, int]] = field(default_factory=dict)
    data: dict[str, bytes] = field(default_factory=dict)

    def suffixes(self) -> list[str]:
        return sorted(set(self.files) | set(self.data))

    def to_json(self) -> dict:
        return {"format": FORMAT, "imports": self.imports, "exports": self.exports, "deps": self.deps,
                "files": {suffix: [Path(path).name, size, mtime] for suffix, (path, size, mtime) in self.files.items()}}

    @classmethod
    def from_json(cls, record: dict, folder: Path) -> Entry:
        """The entry a record describes; ValueError for one this version did not write."""
        if not isinstance(record, dict) or record.get("format") != FORMAT:
            raise ValueError("not an entry of this format")
        imports, exports, deps, files = record["imports"], record["exports"], record["deps"], record["files"]
        if not (_strings(imports) and _strings(exports) and isinstance(deps, dict) and isinstance(files, dict)
                and all(names is None or _strings(names) for names in deps.values())
                and ".js" in files and set(files) <= set(SUFFIXES)
                and all(isinstance(name, str) and name == Path(name).name and name not in ("", ".", "..")
                        and isinstance(size, int) and isinstance(mtime, int)
                        for name, size, mtime in files.values())):
            raise ValueError("malformed entry")
        return cls(list(imports), list(exports), dict(deps),
                   {suffix: (str(folder / name), size, mtime) for suffix, (name, size, mtime) in files.items()})


def _strings(value) -> bool:
    return isinstance(value, list) and all(isinstance(item, str) for item in value)


class CompileCache:
    """What compiles of one program keep for the next: generated modules by key (in memory
    first, then on disk when there is a folder), and the front-end's memos.

    One instance per folder serves the whole process (:func:`for_folder`), so the dev server's
    compiles after a save, and repeated builds in one process, share it. ``link=False`` copies
    stored files into output folders instead of hard-linking them.
    """

    def __init__(self, folder: Path | None = None, link: bool = True):
        self.folder = folder.resolve() if folder is not None else None
        self.link = link
        self.memory: OrderedDict[str, Entry] = OrderedDict()
        self.prepared: dict[str, _Prepared] = {}
        self.resolutions = _Resolutions()

    # -- lookup ---------------------------------------------------------------------------------
    def get(self, key: str) -> Entry | None:
        entry = self.memory.get(key)
        if entry is not None:
            self.memory.move_to_end(key)
            return entry
        if self.folder is None:
            return None
        try:
            folder = self._folder(key)
            record = json.loads((folder / f"{key}.json").read_text(encoding="utf-8"))
            entry = Entry.from_json(record, folder)
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None  # absent, or unreadable: a miss
        self._remember(key, entry)
        return entry

    def place(self, entry: Entry, target_prepath: str) -> bool:
        """Put the entry's files at ``<target_prepath><suffix>``; False (and nothing placed)
        when a stored file is missing or changed since it was stored."""
        sources: dict[str, str | bytes] = {}
        for suffix in entry.suffixes():
            stored = entry.files.get(suffix)
            if stored is not None and _unchanged(stored):
                sources[suffix] = stored[0]
            elif suffix in entry.data:
                sources[suffix] = entry.data[suffix]
            else:
                return False
        placed = []
        try:
            for suffix, source in sources.items():
                target = target_prepath + suffix
                placed.append(target)
                if isinstance(source, bytes):
                    _write(target, source)
                elif not (self.link and _link(source, target)):
                    with open(source, "rb") as stored_file:
                        data = stored_file.read()
                    if len(data) != entry.files[suffix][1]:
                        raise OSError("stored file changed")
                    _write(target, data)
        except OSError:
            for target in placed:
                with contextlib.suppress(OSError):
                    os.unlink(target)
            return False
        return True

    # -- storing --------------------------------------------------------------------------------
    def put(self, key: str, entry: Entry, written: dict[str, str]) -> None:
        """Keep ``entry``, whose files the generator wrote at ``written`` (suffix -> path)."""
        if self.folder is None:
            for suffix, path in written.items():
                with open(path, "rb") as output:
                    entry.data[suffix] = output.read()
        else:
            try:
                folder = self._folder(key)
                folder.mkdir(parents=True, exist_ok=True)
                for suffix, path in written.items():
                    stored = folder / f"{key}{suffix}"
                    partial = folder / f"{key}{suffix}.{os.getpid()}.{threading.get_ident()}.tmp"
                    if not (self.link and _link(path, str(partial))):
                        with open(path, "rb") as output:
                            _write(str(partial), output.read())
                    os.replace(partial, stored)
                    status = os.stat(stored)
                    entry.files[suffix] = (str(stored), status.st_size, status.st_mtime_ns)
                record = folder / f"{key}.json"
                partial = record.with_name(f"{key}.json.{os.getpid()}.{threading.get_ident()}.tmp")
                partial.write_text(json.dumps(entry.to_json()), encoding="utf-8")
                os.replace(partial, record)
            except OSError:
                entry.files.clear()  # a read-only or full disk: keep it in memory only
                for suffix, path in written.items():
                    with open(path, "rb") as output:
                        entry.data[suffix] = output.read()
        self._remember(key, entry)

    def _remember(self, key: str, entry: Entry) -> None:
        self.memory[key] = entry
        self.memory.move_to_end(key)
        while len(self.memory) > MEMORY_ENTRIES:
            self.memory.popitem(last=False)

    def _folder(self, key: str) -> Path:
        assert self.folder is not None
        return self.folder / key[:2]


def _unchanged(stored: tuple[str, int, int]) -> bool:
    path, size, mtime = stored
    try:
        status = os.stat(path)
    except OSError:
        return False
    return status.st_size == size and status.st_mtime_ns == mtime


def _link(source: str, target: str) -> bool:
    try:
        os.link(source, target)
    except OSError:
        return False
    return True


def _write(path: str, data: bytes) -> None:
    """Write a new file: an existing one may be a link to a stored file, so it is unlinked first."""
    with contextlib.suppress(FileNotFoundError):
        os.unlink(path)
    with open(path, "wb") as output:
        output.write(data)


_caches: dict[Path, CompileCache] = {}
_caches_lock = threading.Lock()


def for_folder(folder: Path) -> CompileCache:
    """The process-wide cache kept in ``folder`` (e.g. ``<app>/.pytk/cache``)."""
    folder = folder.resolve()
    with _caches_lock:
        if folder not in _caches:
            _caches[folder] = CompileCache(folder)
        return _caches[folder]


# -- the front-end's memos ------------------------------------------------------------------------
#
# Parsing and lowering a module, and scanning it for imports, depend on its text alone and cost
# as much as generating it. While a compile runs with a cache (:func:`front_end`), the graph
# stage's per-module functions are memoized: ``graph.prepare_module`` by (front-end, module,
# file, app, text), and the import scans (``imported_names``, ``split_point_imports``) by tree.
#
# In memory the memo keeps the trees themselves. On disk it keeps a record of what the graph
# stage needs from a module without problems (its scans and top-level function names), and a
# fresh process gets a stand-in tree (:class:`PendingTree`) that runs the real passes the first time
# anything reads it: the generator, for a module it must regenerate, or any pass that looks
# inside. A tree that the generator has had (it may edit it) is not handed out again.

_active: contextvars.ContextVar[FrontEndRun | None] = contextvars.ContextVar("pytk_front_end_run", default=None)
GENERATED_MARK = "_pytk_generated"  # set on a tree once the generator has had it
_SCANS = ("imported_names", "split_point_imports")
_FUNCTIONS = "_pytk_functions"


class PendingTree(ast.Module):
    """A module's tree, made by the front-end's passes when something first reads it.

    Its class is named ``Module``, so that visitors dispatch on it as on the tree it stands
    for. Reading an attribute whose name starts with ``_pytk_`` (the memos) does not make it.
    """

    def __init__(self, make: Callable[[], ast.Module]):
        super().__init__()  # type: ignore[call-arg]  # no fields: reading one makes the tree
        self.__dict__["_pytk_make"] = make

    def __getattr__(self, name: str):
        make = self.__dict__.get("_pytk_make")
        if make is None or name.startswith(("_pytk_", "__")):
            raise AttributeError(name)
        del self.__dict__["_pytk_make"]
        self.__dict__.update(make().__dict__)
        return getattr(self, name)


PendingTree.__name__ = "Module"


def plain_tree(tree: ast.Module) -> ast.Module:
    """``tree`` as an ``ast.Module`` proper (the code generator tests ``type(node) == ast.Module``)."""
    if not isinstance(tree, PendingTree):
        return tree
    tree.body  # noqa: B018 - makes it
    plain = ast.Module(body=[], type_ignores=[])
    plain.__dict__.update(tree.__dict__)
    return plain


def top_level_functions(tree: ast.Module) -> list[str]:
    """The names of the functions a module defines at its top level."""
    recorded = getattr(tree, _FUNCTIONS, None)
    if recorded is not None:
        return list(recorded)
    return [node.name for node in tree.body if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))]


@dataclass
class _Prepared:
    key: str
    tree: ast.Module | None
    problems: list


@dataclass
class FrontEndRun:
    """The front-end's side of one compile: what each module's tree was made from."""

    cache: CompileCache
    tree_keys: dict[str, str] = field(default_factory=dict)  # absolute path -> key of (text, module, app)
    prepared: dict[str, _Prepared] = field(default_factory=dict)  # parsed and lowered in this run

    def prepare(self, original: Callable, name: str, path: Path, source: str, app: str):
        absolute = os.path.abspath(path)
        key = digest(front_end_version(), name, absolute, app, source)
        self.tree_keys[absolute] = key
        kept = self.cache.prepared.get(absolute)
        if kept is None or kept.key != key or getattr(kept.tree, GENERATED_MARK, False):
            kept = self._recorded(key, lambda: original(name, path, source, app)[0])
        if kept is None:
            tree, problems = original(name, path, source, app)
            kept = self.prepared[absolute] = _Prepared(key, tree, list(problems))
        self.cache.prepared[absolute] = kept
        return kept.tree, list(kept.problems)

    def _recorded(self, key: str, make: Callable[[], ast.Module]) -> _Prepared | None:
        if self.cache.folder is None:
            return None
        try:
            record = json.loads((self.cache._folder(key) / f"{key}.front.json").read_text(encoding="utf-8"))
            if record.get("format") != FORMAT:
                return None
            tree = PendingTree(make)
            for scan, found in record["scans"].items():
                setattr(tree, f"_pytk_{scan}", [_found_import(item) for item in found])
            setattr(tree, _FUNCTIONS, [str(name) for name in record["functions"]])
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None
        return _Prepared(key, tree, [])

    def record(self) -> None:
        """Keep on disk what the graph stage found in the modules prepared in this run."""
        if self.cache.folder is None:
            return
        for prepared in self.prepared.values():
            tree = prepared.tree
            if tree is None or prepared.problems or getattr(tree, GENERATED_MARK, False):
                continue
            scans = {}
            for scan in _SCANS:
                found = getattr(tree, f"_pytk_{scan}", None)
                if found is not None:
                    scans[scan] = [_recorded_import(item) for item in found]
            if None in [item for found in scans.values() for item in found]:
                continue  # not the shape this record knows
            record = {"format": FORMAT, "scans": scans, "functions": top_level_functions(tree)}
            try:
                folder = self.cache._folder(prepared.key)
                folder.mkdir(parents=True, exist_ok=True)
                target = folder / f"{prepared.key}.front.json"
                partial = target.with_name(f"{target.name}.{os.getpid()}.{threading.get_ident()}.tmp")
                partial.write_text(json.dumps(record), encoding="utf-8")
                os.replace(partial, target)
            except OSError:
                return


def _recorded_import(item) -> list | None:
    """``(module, node, names)`` from an import scan, as JSON (None for another shape)."""
    if not (isinstance(item, tuple) and len(item) == 3 and isinstance(item[0], str)
            and isinstance(item[1], ast.AST) and isinstance(item[2], list)
            and all(isinstance(name, str) for name in item[2])):
        return None
    module, node, names = item
    return [module, type(node).__name__, [getattr(node, a, None) for a in node._attributes], names]


def _found_import(item: list) -> tuple[str, ast.AST, list[str]]:
    module, kind, position, names = item
    node_type = getattr(ast, kind)
    if not (isinstance(node_type, type) and issubclass(node_type, ast.AST)):
        raise TypeError(kind)
    node = node_type()  # stands for the import: where it is, and what kind of statement
    for attribute, value in zip(node_type._attributes, position):
        setattr(node, attribute, value)
    return str(module), node, [str(name) for name in names]


@contextlib.contextmanager
def front_end(cache: CompileCache):
    """Memoize the graph stage's per-module work in ``cache`` for the compile in this context."""
    _install_graph_hooks()
    run = FrontEndRun(cache)
    cache.resolutions.refresh()
    token = _active.set(run)
    try:
        yield run
    finally:
        _active.reset(token)
    run.record()


_hooks_lock = threading.Lock()


def _install_graph_hooks() -> None:
    from pytk.compiler import graph

    with _hooks_lock:
        if getattr(graph.prepare_module, "__pytk_memo__", False):
            return
        original = graph.prepare_module

        @functools.wraps(original)
        def prepare_module(name, path, source, app):
            run = _active.get()
            return original(name, path, source, app) if run is None else run.prepare(original, name, path, source, app)

        setattr(prepare_module, "__pytk_memo__", True)
        graph.prepare_module = prepare_module
        for scan_name in _SCANS:
            scan = getattr(graph, scan_name, None)
            if scan is not None:
                memoized = _memoized_scan(scan)
                setattr(graph, scan_name, memoized)
                home = sys.modules.get(getattr(scan, "__module__", ""))
                if home is not None and getattr(home, scan_name, None) is scan:
                    setattr(home, scan_name, memoized)  # callers in its own module too


def _memoized_scan(scan: Callable) -> Callable:
    attribute = f"_pytk_{scan.__name__}"

    @functools.wraps(scan)
    def memoized(tree):
        if _active.get() is None or getattr(tree, GENERATED_MARK, False):
            return scan(tree)
        found = getattr(tree, attribute, None)
        if found is None:
            found = scan(tree)
            setattr(tree, attribute, found)
        return list(found)

    return memoized


class _Resolutions:
    """The resolver's answers, kept while the folders they depend on keep the same entries.

    An answer for ``a.b.c`` depends on the entries of each search root and of the folders
    ``a``, ``a/b``, ``a/b/c`` below it, as far as they exist. At the start of each compile
    the folders are listed again; an answer that depends on a folder whose entries changed
    (a file added, removed or renamed; not one edited or saved over) is dropped.
    """

    def __init__(self):
        self.lock = threading.Lock()
        self.answers: dict[tuple[str, str], tuple[Resolved | None, tuple[str, ...]]] = {}
        self.listings: dict[str, frozenset] = {}  # as of this compile

    def refresh(self) -> None:
        with self.lock:
            changed = {folder for folder, entries in self.listings.items() if _entries(folder) != entries}
            for folder in changed:
                del self.listings[folder]
            if changed:
                self.answers = {name: answer for name, answer in self.answers.items()
                                if changed.isdisjoint(answer[1])}

    def find(self, resolver: CachingResolver, name: str) -> Resolved | None:
        key = (resolver.root_key, name)
        known = self.answers.get(key)  # a read needs no lock: answers are replaced, never edited
        if known is not None:
            return known[0]
        with self.lock:
            folders = []
            for root in dict.fromkeys(str(r) for r in resolver.search_dirs()):
                folder = root
                folders.append(folder)
                for part in name.split("."):
                    if (part, True) not in self._listing(folder):
                        break
                    folder = f"{folder}/{part}"
                    folders.append(folder)
            answer = Resolver.find(resolver, name)
            self.answers[key] = (answer, tuple(folders))
            return answer

    def _listing(self, folder: str) -> frozenset:
        entries = self.listings.get(folder)
        if entries is None:
            entries = self.listings[folder] = _entries(folder)
        return entries


def _entries(folder: str) -> frozenset:
    try:
        with os.scandir(folder) as scan:
            return frozenset((entry.name, entry.is_dir()) for entry in scan)
    except OSError:
        return frozenset()


class CachingResolver(Resolver):
    """A :class:`Resolver` whose answers come from a cache's memo while they still hold."""

    def __init__(self, app_root: Path, cache: CompileCache):
        super().__init__(app_root)
        self.cache = cache
        self.root_key = str(self.app_root)

    def find(self, name: str) -> Resolved | None:
        return self.cache.resolutions.find(self, name)
