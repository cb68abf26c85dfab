#!/usr/bin/env bash
# Run the hello sample in the dev server: http://127.0.0.1:8000/ (extra arguments go to `pytk dev`).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
cd samples/hello
exec ../../.venv/bin/pytk dev "$@"
