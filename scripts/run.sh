#!/usr/bin/env bash
# Sets everything up, then opens Briefing Reader (on its sample at first start).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "run: no screen found; starting on a virtual one (xvfb-run)" >&2
  exec xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python main.py "$@"
fi
exec .venv/bin/python main.py "$@"
