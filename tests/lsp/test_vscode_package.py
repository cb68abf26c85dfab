"""The VS Code extension packages into a .vsix that holds the bundled client and a manifest
that starts `pytk lsp` for Python files."""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
EXTENSION = REPO / "editors" / "vscode"


@pytest.fixture(scope="module")
def vsix(tmp_path_factory) -> Path:
    if shutil.which("node") is None or shutil.which("npm") is None:
        pytest.fail("node and npm are needed to package the extension (scripts/bootstrap.sh --test installs them)")
    out = tmp_path_factory.mktemp("vsix") / "pytk.vsix"
    result = subprocess.run(["bash", str(EXTENSION / "package.sh"), str(out)], capture_output=True, text=True,
                            timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip().splitlines()[-1] == str(out)
    return out


def test_the_vsix_holds_the_bundle_and_the_manifest(vsix: Path):
    with zipfile.ZipFile(vsix) as archive:
        names = set(archive.namelist())
        manifest = json.loads(archive.read("extension/package.json"))
    assert {"extension.vsixmanifest", "extension/package.json", "extension/dist/extension.js",
            "extension/readme.md"} <= {name if name.startswith("extension/dist") else name.lower() for name in names}
    assert not [name for name in names if "node_modules" in name or name.startswith("extension/src/")]

    assert manifest["main"] == "./dist/extension.js"
    assert manifest["activationEvents"] == ["onLanguage:python", "workspaceContains:**/pyproject.toml"]
    settings = manifest["contributes"]["configuration"]["properties"]
    assert settings["pytk.pythonPath"]["type"] == "string" and settings["pytk.pythonPath"]["default"] == ""
    assert settings["pytk.logLevel"]["enum"] == ["error", "warning", "info", "debug"]
    assert settings["pytk.logLevel"]["default"] == "warning"
    assert manifest["engines"]["vscode"].startswith("^1.")


def test_the_bundle_needs_only_vscode_and_node(vsix: Path):
    with zipfile.ZipFile(vsix) as archive:
        bundle = archive.read("extension/dist/extension.js").decode("utf-8")
    required = set(re.findall(r"""require\(["']([^"']+)["']\)""", bundle))
    builtins = set(json.loads(subprocess.run(["node", "-p", "JSON.stringify(require('module').builtinModules)"],
                                             capture_output=True, text=True, check=True).stdout))
    assert "vscode" in required
    assert required - builtins - {"vscode"} == set()  # vscode-languageclient is inside the bundle
    assert '"pytk.cli"' in bundle and '"lsp"' in bundle and '"--log-level"' in bundle


ACTIVATE = r"""
// Load the extension with stand-ins for VS Code and the language client; print how it starts the server.
const Module = require("module");
const [source, folder, pythonPath, logLevel] = process.argv.slice(2);
const started = [];
const settings = { pythonPath, logLevel };
const vscode = {
  workspace: {
    workspaceFolders: [{ uri: { fsPath: folder } }],
    getConfiguration: () => ({ get: (key) => settings[key] }),
    createFileSystemWatcher: (glob) => ({ glob }),
    onDidChangeConfiguration: () => ({ dispose() {} }),
  },
  window: { createOutputChannel: () => ({ appendLine() {}, dispose() {} }), showErrorMessage() {} },
  commands: { registerCommand: (name) => ({ name, dispose() {} }) },
};
class LanguageClient {
  constructor(id, name, server, client) { started.push({ id, name, server, client }); }
  start() { return Promise.resolve(); }
  stop() { return Promise.resolve(); }
}
const load = Module._load;
Module._load = function (request) {
  if (request === "vscode") return vscode;
  if (request === "vscode-languageclient/node") return { LanguageClient, TransportKind: { stdio: 0 } };
  return load.apply(this, arguments);
};
const context = { subscriptions: [] };
require(source).activate(context).then(() => {
  const { id, server, client } = started[0];
  console.log(JSON.stringify({ id, command: server.command, args: server.args, cwd: server.options.cwd,
    selector: client.documentSelector, watch: client.synchronize.fileEvents.glob,
    commands: context.subscriptions.map((s) => s.name).filter(Boolean) }));
});
"""


def _activate(tmp_path: Path, python_path: str, log_level: str) -> dict:
    if shutil.which("node") is None:
        pytest.fail("node is needed to load the extension (scripts/bootstrap.sh --test installs it)")
    script = tmp_path / "activate.js"
    script.write_text(ACTIVATE, encoding="utf-8")
    result = subprocess.run(["node", str(script), str(EXTENSION / "src" / "extension.js"), str(tmp_path),
                             python_path, log_level], capture_output=True, text=True, timeout=60, check=True)
    return json.loads(result.stdout)


def test_the_extension_starts_pytk_lsp_with_the_settings(tmp_path: Path):
    started = _activate(tmp_path, "${workspaceFolder}/env/bin/python", "debug")
    assert started["command"] == f"{tmp_path}/env/bin/python"
    assert started["args"] == ["-m", "pytk.cli", "lsp", "--log-level", "debug"]
    assert started["cwd"] == str(tmp_path)
    assert {"scheme": "file", "language": "python"} in started["selector"]
    assert started["commands"] == ["pytk.restartServer"]

    assert _activate(tmp_path, "", "warning")["command"] == "python3"
    (tmp_path / ".venv" / "bin").mkdir(parents=True)
    (tmp_path / ".venv" / "bin" / "python").write_text("", encoding="utf-8")
    assert _activate(tmp_path, "", "warning")["command"] == str(tmp_path / ".venv" / "bin" / "python")
