#!/usr/bin/env bash
# Bundle the extension with esbuild and package it as a .vsix with vsce.
#   editors/vscode/package.sh [OUT.vsix]     (default: editors/vscode/pytk-<version>.vsix)
# Installs this folder's node modules (npm ci) and the repository's esbuild when missing.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
cd "$here"

if [ ! -x node_modules/.bin/vsce ] || [ ! -d node_modules/vscode-languageclient ]; then
  npm ci --no-audit --no-fund --loglevel=error >&2
fi
esbuild="$repo/node_modules/.bin/esbuild"
if [ ! -x "$esbuild" ]; then
  (cd "$repo" && npm ci --no-audit --no-fund --loglevel=error >&2)
fi

version="$(node -p 'require("./package.json").version')"
out="${1:-$here/pytk-$version.vsix}"
case "$out" in /*) ;; *) out="$PWD/$out" ;; esac

rm -rf dist
"$esbuild" src/extension.js --bundle --platform=node --format=cjs --external:vscode \
  --target=node18 --minify --log-level=warning --outfile=dist/extension.js
# The bundle holds vscode-languageclient, so the .vsix needs no node_modules.
node_modules/.bin/vsce package --no-dependencies --allow-missing-repository --out "$out" >&2
echo "$out"
