#!/usr/bin/env bash
# The whole test suite: sets everything up (Python packages, and Debian's chromium for the
# browser tests when it is missing and we may install it), then runs pytest.
#   ./test.sh [PYTEST ARGS...]
set -euo pipefail
cd "$(dirname "$0")"
if ! command -v chromium >/dev/null 2>&1 && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing Debian's chromium for the browser tests ..."
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
scripts/setup.sh test
exec .venv/bin/python -m pytest "$@"
