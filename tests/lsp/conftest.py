"""Fixtures for the language server's tests: a copy of the hello sample and a client
connected to `pytk lsp` running in a subprocess."""
from __future__ import annotations

import atexit
import os
import shutil
import sys
import tempfile
from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities

from tests.lsp.helpers import Buffers, copy_app

REPO = Path(__file__).resolve().parents[2]
HELLO = REPO / "samples" / "hello"
# jedi keeps its cache under XDG_CACHE_HOME: keep it out of the user's home.
CACHE_HOME = Path(tempfile.mkdtemp(prefix="pytk-lsp-cache-"))
atexit.register(shutil.rmtree, CACHE_HOME, ignore_errors=True)
SERVER = ClientServerConfig(
    server_command=[sys.executable, "-m", "pytk.cli", "lsp", "--log-level", "info"],
    server_env={**os.environ, "XDG_CACHE_HOME": str(CACHE_HOME), "PYTHONUNBUFFERED": "1"},
)


@pytest.fixture(scope="module")
def hello(tmp_path_factory) -> Path:
    """A copy of samples/hello, shared by the tests of a module."""
    return copy_app(HELLO, tmp_path_factory.mktemp("apps") / "hello")


@pytest_lsp.fixture(config=SERVER, scope="module")
async def client(lsp_client: LanguageClient, hello: Path):
    await lsp_client.initialize_session(types.InitializeParams(
        capabilities=client_capabilities("visual-studio-code"),
        root_uri=hello.as_uri(),
        workspace_folders=[types.WorkspaceFolder(uri=hello.as_uri(), name="hello")],
    ))
    yield
    await lsp_client.shutdown_session()


@pytest.fixture
def buffers(client: LanguageClient):
    opened = Buffers(client)
    yield opened
    opened.close_all()
