#!/usr/bin/env bash
# Sets everything up (system packages too, when run as root), then runs the tests.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --dev
exec .venv/bin/python -m pytest "$@"
