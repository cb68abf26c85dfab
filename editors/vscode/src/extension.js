// pytk for VS Code: starts `<python> -m pytk.cli lsp` and connects it to Python editors.
"use strict";

const fs = require("fs");
const path = require("path");
const vscode = require("vscode");
const { LanguageClient, TransportKind } = require("vscode-languageclient/node");

const SECTION = "pytk";
let client = null;
let output = null;

/** The interpreter that runs the server: the setting, else the workspace's .venv, else python3. */
function pythonPath() {
  const folders = vscode.workspace.workspaceFolders || [];
  const first = folders.length ? folders[0].uri.fsPath : "";
  const configured = (vscode.workspace.getConfiguration(SECTION).get("pythonPath") || "").trim();
  if (configured) {
    return configured.split("${workspaceFolder}").join(first);
  }
  for (const folder of folders) {
    const candidates = process.platform === "win32"
      ? [path.join(folder.uri.fsPath, ".venv", "Scripts", "python.exe")]
      : [path.join(folder.uri.fsPath, ".venv", "bin", "python")];
    for (const candidate of candidates) {
      if (fs.existsSync(candidate)) {
        return candidate;
      }
    }
  }
  return process.platform === "win32" ? "python" : "python3";
}

function serverOptions() {
  const logLevel = vscode.workspace.getConfiguration(SECTION).get("logLevel") || "warning";
  const folders = vscode.workspace.workspaceFolders || [];
  return {
    command: pythonPath(),
    args: ["-m", "pytk.cli", "lsp", "--log-level", logLevel],
    transport: TransportKind.stdio,
    options: folders.length ? { cwd: folders[0].uri.fsPath } : {},
  };
}

async function start() {
  const options = serverOptions();
  output.appendLine(`starting: ${options.command} ${options.args.join(" ")}`);
  client = new LanguageClient(SECTION, "pytk", options, {
    documentSelector: [
      { scheme: "file", language: "python" },
      { scheme: "untitled", language: "python" },
    ],
    synchronize: {
      // Files changed outside the editor (a git checkout, a formatter) are checked again.
      fileEvents: vscode.workspace.createFileSystemWatcher("**/{*.py,pyproject.toml}"),
    },
    outputChannel: output,
  });
  try {
    await client.start();
  } catch (error) {
    const message = `pytk: the language server did not start (${options.command}): ${error.message || error}. ` +
      "Set pytk.pythonPath to an interpreter that has pytk installed.";
    output.appendLine(message);
    vscode.window.showErrorMessage(message);
    client = null;
  }
}

async function stop() {
  if (client) {
    const running = client;
    client = null;
    await running.stop();
  }
}

async function restart() {
  await stop();
  await start();
}

async function activate(context) {
  output = vscode.window.createOutputChannel("pytk");
  context.subscriptions.push(output);
  context.subscriptions.push(vscode.commands.registerCommand("pytk.restartServer", restart));
  context.subscriptions.push(vscode.workspace.onDidChangeConfiguration((event) => {
    if (event.affectsConfiguration("pytk.pythonPath") || event.affectsConfiguration("pytk.logLevel")) {
      restart();
    }
  }));
  await start();
}

function deactivate() {
  return stop();
}

module.exports = { activate, deactivate, pythonPath, serverOptions };
