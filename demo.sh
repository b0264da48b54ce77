#!/usr/bin/env bash
# The main job on the bundled examples: sets everything up, then writes graphs/*.html.
#   ./demo.sh
set -euo pipefail
cd "$(dirname "$0")"
scripts/setup.sh
.venv/bin/actorgraph build examples/voa_stories.jsonl -o graphs/voa_stories.html --title "Voice of America: eight stories on international relations"
echo "Open graphs/voa_stories.html in a browser (it works offline)."
