#!/usr/bin/env bash
# Create a virtual environment and install actorgraph into it (as a built package, not the source
# folder), with the exact versions of constraints/lock.txt.
# Usage: scripts/setup.sh [EXTRAS]        e.g. scripts/setup.sh test
#   VENV=.venv-floors CONSTRAINTS=constraints/floors.txt scripts/setup.sh parquet
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
VENV=${VENV:-.venv}
CONSTRAINTS=${CONSTRAINTS:-constraints/lock.txt}
if [ ! -x "$VENV/bin/python" ]; then
  "$PY" -m venv "$VENV"
fi
"$VENV/bin/python" -m pip install --quiet --upgrade pip
extras=${1:-}
target=.
if [ -n "$extras" ]; then
  target=".[$extras]"
fi
shift || true
"$VENV/bin/python" -m pip install --quiet -c "$CONSTRAINTS" "$target" "$@"
