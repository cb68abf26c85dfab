#!/usr/bin/env bash
# Prepare this checkout: a virtual environment in .venv with pytk installed (editable), and
# esbuild (pinned in package-lock.json) in node_modules for `pytk build`.
#   scripts/bootstrap.sh          what `pytk dev` needs, and esbuild when npm is installed
#   scripts/bootstrap.sh --test   also the test tools, Chromium, node/npm and redis-server (Debian's packages)
# Safe to run again: it only installs what is missing or what pyproject.toml changed.
set -euo pipefail
cd "$(dirname "$0")/.."

want_tests=""
[ "${1:-}" = "--test" ] && want_tests=1

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

apt_install() {
  if [ -z "${PYTK_APT_UPDATED:-}" ]; then as_root apt-get update -qq; export PYTK_APT_UPDATED=1; fi
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "$@" >/dev/null
}

python=${PYTHON:-python3}
if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
  echo "pytk needs Python 3.11 or newer as '$python' (set PYTHON=... to choose another)" >&2
  exit 1
fi

if [ ! -x .venv/bin/python ]; then
  if ! "$python" -m venv .venv 2>/dev/null; then
    rm -rf .venv
    echo "installing python3-venv" >&2
    apt_install python3-venv
    "$python" -m venv .venv
  fi
fi

extras=""; [ -n "$want_tests" ] && extras="[test]"
stamp=".venv/.installed-$(sha256sum pyproject.toml | cut -c1-16)${want_tests:+-test}"
if [ ! -f "$stamp" ]; then
  echo "installing pytk${extras} into .venv" >&2
  .venv/bin/python -m pip install -q --disable-pip-version-check -e ".${extras}" 2>&1 \
    | grep -v "^WARNING: Location" >&2 || true
  .venv/bin/python -c "import pytk.cli" # fails loudly if the install did not work
  touch "$stamp"
fi

if [ -n "$want_tests" ] && ! command -v chromium >/dev/null; then
  echo "installing Chromium from Debian's packages" >&2
  apt_install chromium
fi

# Channel tests across processes run against a real Redis server (started by the tests themselves).
if [ -n "$want_tests" ] && ! command -v redis-server >/dev/null; then
  echo "installing redis-server from Debian's packages" >&2
  apt_install redis-server
fi

# esbuild bundles `pytk build` output. Without npm, plain bootstrap skips it (`pytk build
# --no-bundle` works without it); the tests need it, so --test installs npm first.
if [ -n "$want_tests" ] && ! command -v npm >/dev/null; then
  echo "installing node and npm from Debian's packages" >&2
  apt_install nodejs npm
fi
if command -v npm >/dev/null; then
  npm_stamp="node_modules/.installed-$(sha256sum package.json package-lock.json | sha256sum | cut -c1-16)"
  if [ ! -f "$npm_stamp" ] || [ ! -x node_modules/.bin/esbuild ]; then
    echo "installing esbuild (npm ci)" >&2
    npm ci --no-audit --no-fund --loglevel=error >&2
    node_modules/.bin/esbuild --version >/dev/null # fails loudly if the install did not work
    touch "$npm_stamp"
  fi
elif [ -z "$want_tests" ]; then
  echo "npm not found: esbuild not installed; use \`pytk build --no-bundle\` or install node and npm" >&2
fi
