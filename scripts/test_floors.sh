#!/usr/bin/env bash
# The library tests against the lowest versions pyproject.toml allows (constraints/floors.txt),
# in their own environment (.venv-floors). CI runs it after the main suite.
#   scripts/test_floors.sh [PYTEST ARGS...]
# The browser and slow tests, and the style check (ruff, mypy: not installed here), are left to
# the main suite; everything else that these modules test runs at the floors.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=.venv-floors CONSTRAINTS=constraints/floors.txt scripts/setup.sh "parquet,notebook,dask" "pytest>=9" psutil
exec .venv-floors/bin/python -m pytest -p no:cacheprovider -m "not browser and not slow" \
  --deselect tests/test_api.py::test_source_passes_ruff_and_mypy_strict \
  tests/test_api.py tests/test_export.py tests/test_files.py tests/test_graph.py tests/test_notebook.py \
  tests/test_store.py tests/test_measures.py "$@"
