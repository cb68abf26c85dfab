"""The dev server's file watcher (real watchdog, real files): how editors save, new, deleted and
renamed files, editor droppings ignored, and bursts of saves debounced into one batch."""
from __future__ import annotations

import asyncio
import concurrent.futures
import os
import time
from pathlib import Path
from typing import Callable

import pytest

from pytk.devserver.watcher import Watcher, is_relevant

QUIET = 0.4  # seconds without a batch after which a test's changes are taken as all reported


def watch(root: Path, change: Callable[[], None], delay: float = 0.02) -> list[set[Path]]:
    """Start a watcher on ``root``, run ``change`` (in a thread, as an editor would), and return
    the batches reported until the watcher has been quiet for QUIET seconds (at most 10 s)."""
    async def run() -> list[set[Path]]:
        loop = asyncio.get_running_loop()
        batches: list[set[Path]] = []
        watcher = Watcher(root, batches.append, loop, delay=delay)
        watcher.start()
        try:
            await asyncio.sleep(0.05)  # the observer is watching
            await loop.run_in_executor(None, change)
            deadline = loop.time() + 10
            seen, since = 0, loop.time()
            while loop.time() < deadline:
                await asyncio.sleep(0.02)
                if len(batches) != seen or watcher.pending:
                    seen, since = len(batches), loop.time()
                elif loop.time() - since > QUIET:
                    break
            return batches
        finally:
            watcher.stop()
    # A thread of its own: the main thread may hold Playwright's running loop (browser tests ran first).
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        return pool.submit(lambda: asyncio.run(run())).result()


@pytest.fixture
def app(tmp_path: Path) -> Path:
    client = tmp_path / "demo" / "client"
    client.mkdir(parents=True)
    (client / "main.py").write_text("TITLE = 'one'\n")
    (client / "words.py").write_text("WORD = 'w'\n")
    return tmp_path


def union(batches: list[set[Path]]) -> set[Path]:
    return set().union(*batches)


def test_a_write_in_place_is_one_change(app):
    main = app / "demo" / "client" / "main.py"

    def save() -> None:
        with main.open("r+") as handle:  # truncate and write, as most editors do by default
            handle.truncate(0)
            handle.write("TITLE = 'two'\n")
    batches = watch(app, save)
    assert batches == [{main}]


def test_an_atomic_save_through_a_temporary_file_reports_the_real_file(app):
    main = app / "demo" / "client" / "main.py"

    def save() -> None:
        temporary = main.with_name(".main.py.3f2a.tmp")
        temporary.write_text("TITLE = 'two'\n")
        os.replace(temporary, main)
    batches = watch(app, save)
    assert len(batches) == 1 and main in batches[0]
    assert all(is_relevant(path) for path in batches[0])
    assert not any(path.name.endswith(".tmp") for path in batches[0])


def test_a_save_through_a_temporary_file_with_any_name_still_reports_the_real_file(app):
    main = app / "demo" / "client" / "main.py"

    def save() -> None:  # JetBrains-style "safe write"
        temporary = main.with_name("main.py___jb_tmp___")
        temporary.write_text("TITLE = 'two'\n")
        os.replace(temporary, main)
    batches = watch(app, save)
    assert len(batches) == 1 and main in batches[0]


def test_vim_swap_backup_and_probe_files_are_ignored(app):
    client = app / "demo" / "client"
    main = client / "main.py"

    def vim_save() -> None:
        swap = client / ".main.py.swp"
        swap.write_bytes(b"b0VIM 9.0")
        probe = client / "4913"  # vim checks that it may create files here
        probe.write_text("")
        probe.unlink()
        backup = client / "main.py~"
        os.rename(main, backup)  # backupcopy=no: the original becomes the backup
        main.write_text("TITLE = 'two'\n")
        backup.unlink()
        (client / ".main.py.swx").write_bytes(b"")
        swap.unlink()
    batches = watch(app, vim_save)
    assert batches == [{main}]


def test_editor_droppings_alone_make_no_batch(app):
    client = app / "demo" / "client"

    def droppings() -> None:
        (client / ".main.py.swp").write_bytes(b"x")
        (client / "main.py~").write_text("x")
        (client / ".#main.py").write_text("x")  # emacs lock
        (client / "__pycache__").mkdir()
        (client / "__pycache__" / "main.cpython-311.pyc").write_bytes(b"x")
        (app / ".pytk" / "dev").mkdir(parents=True)
        (app / ".pytk" / "dev" / "main.js").write_text("x")
    assert watch(app, droppings) == []


def test_new_deleted_and_renamed_modules_are_reported(app):
    client = app / "demo" / "client"

    def change() -> None:
        (client / "new.py").write_text("X = 1\n")
        (client / "words.py").rename(client / "vocabulary.py")
        (client / "main.py").unlink()
    changed = union(watch(app, change))
    assert {client / "new.py", client / "words.py", client / "vocabulary.py", client / "main.py"} <= changed


def test_a_new_folder_of_modules_is_watched(app):
    package = app / "demo" / "client" / "parts"

    def change() -> None:
        package.mkdir()
        (package / "__init__.py").write_text("")
        time.sleep(0.1)  # the observer now watches the new folder too
        (package / "button.py").write_text("X = 1\n")
    changed = union(watch(app, change))
    assert {package / "__init__.py", package / "button.py"} <= changed


def test_a_burst_of_saves_is_one_batch(app):
    client = app / "demo" / "client"

    def burst() -> None:  # "save all", or a formatter rewriting files one after another
        for number in range(30):
            (client / ("main.py" if number % 2 else "words.py")).write_text(f"X = {number}\n")
            time.sleep(0.003)
    batches = watch(app, burst, delay=0.2)
    assert batches == [{client / "main.py", client / "words.py"}]


def test_saves_apart_are_separate_batches(app):
    main = app / "demo" / "client" / "main.py"

    def two_saves() -> None:
        main.write_text("TITLE = 'two'\n")
        time.sleep(0.5)
        main.write_text("TITLE = 'three'\n")
    assert watch(app, two_saves) == [{main}, {main}]
