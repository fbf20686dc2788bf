#!/usr/bin/env bash
# Build the one-folder bundle dist/briefing-reader/ from build.spec, then
# smoke-run it: every command a user reaches first, every input format, and
# the window (offscreen) for a few seconds. Exits non-zero on any failure.
#
#   scripts/build.sh              build and test
#   SKIP_BUILD=1 scripts/build.sh test the existing dist/ only
#   VENV=/path/to/venv scripts/build.sh   use another virtualenv (default: .venv)
#
# Runs from any working directory; needs the virtualenv made by
# scripts/setup.sh (with requirements-dev.txt, which brings PyInstaller).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

VENV="${VENV:-$ROOT/.venv}"
PY="$VENV/bin/python"
PYINSTALLER="$VENV/bin/pyinstaller"
APP="$ROOT/dist/briefing-reader/briefing-reader"
SAMPLE="$ROOT/resources/samples/000_57bfc616d560bdc8.txt"

fail() { echo "build.sh: FAIL: $*" >&2; exit 1; }
# The app's Python sources, hashed: the bundle is compared with the source
# tree only if the tree is what was built (others may edit it meanwhile).
source_fingerprint() {
    find main.py briefing ui index -name '*.py' -type f -print0 2>/dev/null | LC_ALL=C sort -z \
        | xargs -0 sha256sum | sha256sum | cut -d' ' -f1
}
step() { echo; echo "== $*"; }

[ -x "$PY" ] || fail "no virtualenv at $VENV (run scripts/setup.sh first)"
[ -x "$PYINSTALLER" ] || fail "PyInstaller is not installed in $VENV (pip install -r requirements-dev.txt)"

TMP="$(mktemp -d "${TMPDIR:-/tmp}/briefing-build.XXXXXX")"
trap 'rm -rf "$TMP"' EXIT

# -- build ---------------------------------------------------------------------
if [ "${SKIP_BUILD:-0}" != 1 ]; then
    step "building with $("$PYINSTALLER" --version 2>/dev/null || echo '?') (log: build/pyinstaller.log)"
    mkdir -p build
    source_fingerprint >build/source.sha256
    started=$SECONDS
    if ! "$PYINSTALLER" --noconfirm --clean build.spec >build/pyinstaller.log 2>&1; then
        tail -n 40 build/pyinstaller.log >&2
        fail "pyinstaller failed (full log: build/pyinstaller.log)"
    fi
    echo "built in $((SECONDS - started)) s"
fi
[ -x "$APP" ] || fail "no bundle at $APP"

# -- smoke runs ------------------------------------------------------------------
# The bundle runs without a screen; its data folder is a scratch one.
export QT_QPA_PLATFORM=offscreen
export BRIEFING_READER_DATA_DIR="$TMP/data"
run() { "$APP" "$@"; }

# same_as_source FILE JSON: the source tree's `extract FILE --json` equals JSON.
if [ -f build/source.sha256 ] && [ "$(cat build/source.sha256)" != "$(source_fingerprint)" ]; then
    echo "note: the sources changed since the build; the bundle is not compared with them"
    COMPARE=0
else
    COMPARE=1
fi
same_as_source() {
    [ "$COMPARE" = 1 ] || return 0
    "$PY" "$ROOT/main.py" extract "$1" --json >"$2.source" 2>/dev/null || fail "extract $1 from source exited $?"
    cmp -s "$2" "$2.source" || {
        diff "$2.source" "$2" | head -n 20 >&2
        fail "extract $(basename "$1"): the bundle's analysis differs from the source tree's"
    }
}

step "version"
version="$(run --version)" || fail "--version exited $?"
echo "$version"
[[ "$version" == briefing-reader\ * ]] || fail "unexpected --version output: $version"

step "extract (plain text) --json"
run extract "$SAMPLE" --json >"$TMP/extract.json" || fail "extract exited $?"
"$PY" - "$TMP/extract.json" <<'EOF' || fail "extract --json output is wrong"
import json, sys
data = json.load(open(sys.argv[1], encoding="utf-8"))
actors = data.get("actors") or []
assert actors, "no actors"
print(f"{data['title']!r}: {len(actors)} actors ({', '.join(a['name'] for a in actors[:4])}, ...), "
      f"{len(data.get('places') or [])} places, {len(data.get('open_questions') or [])} open questions")
EOF

step "extract: bundle == source"
# Missing data in the bundle (a gazetteer file, a model file) shows up as a
# different analysis rather than an error: compare with the source tree.
same_as_source "$SAMPLE" "$TMP/extract.json"
if [ "$COMPARE" = 1 ]; then echo "identical"; else echo "(skipped: the sources changed since the build)"; fi

step "brief -> one-page PDF"
run brief "$SAMPLE" -o "$TMP/brief.pdf" || fail "brief exited $?"
"$PY" - "$TMP/brief.pdf" <<'EOF' || fail "the brief is not a one-page PDF"
import sys
from pypdf import PdfReader
pages = len(PdfReader(sys.argv[1]).pages)
print(f"{pages} page(s)")
assert pages == 1, f"expected 1 page, got {pages}"
EOF
run brief "$SAMPLE" -o "$TMP/brief-letter.pdf" --paper letter >/dev/null || fail "brief --paper letter exited $?"

step "extract, every other format (each reader is imported by name), bundle == source"
# Markdown, HTML (trafilatura + justext data), Word (python-docx), and PDF
# (pypdf, reading the brief just written).
"$PY" - "$SAMPLE" "$TMP" <<'EOF' || fail "could not make the format samples"
import html, sys
from pathlib import Path
import docx
text = Path(sys.argv[1]).read_text(encoding="utf-8")
out = Path(sys.argv[2])
paras = [p.strip() for p in text.split("\n\n") if p.strip()]
title, body = paras[0], paras[1:]
(out / "sample.md").write_text(f"# {title}\n\n" + "\n\n".join(body) + "\n", encoding="utf-8")
(out / "sample.html").write_text(
    f"<!doctype html><html><head><title>{html.escape(title)}</title></head><body>"
    f"<nav><a href='/'>Home</a></nav><article><h1>{html.escape(title)}</h1>"
    + "".join(f"<p>{html.escape(p)}</p>" for p in body)
    + "</article><footer>Footer</footer></body></html>", encoding="utf-8")
d = docx.Document()
d.add_heading(title, level=1)
for p in body:
    d.add_paragraph(p)
d.save(out / "sample.docx")
# Windows-1251 (a Russian lead paragraph): neither UTF-8 nor plausible
# Windows-1252, so decoding falls back to charset_normalizer's guess.
ru = ("\u041f\u0435\u0440\u0435\u0433\u043e\u0432\u043e\u0440\u044b \u0432 "
      "\u0421\u0442\u0430\u043c\u0431\u0443\u043b\u0435: "
      "\u0417\u0435\u043b\u0435\u043d\u0441\u043a\u0438\u0439 \u0438 "
      "\u041f\u0443\u0442\u0438\u043d. \u041c\u0438\u043d\u0438\u0441\u0442\u0440 "
      "\u0438\u043d\u043e\u0441\u0442\u0440\u0430\u043d\u043d\u044b\u0445 "
      "\u0434\u0435\u043b \u0437\u0430\u044f\u0432\u0438\u043b, \u0447\u0442\u043e "
      "\u0432\u0441\u0442\u0440\u0435\u0447\u0430 "
      "\u0441\u043e\u0441\u0442\u043e\u0438\u0442\u0441\u044f \u0432 "
      "\u043f\u043e\u043d\u0435\u0434\u0435\u043b\u044c\u043d\u0438\u043a. "
      "\u041d\u0435\u044f\u0441\u043d\u043e, "
      "\u043f\u0440\u043e\u0434\u043e\u043b\u0436\u0430\u0442\u0441\u044f \u043b\u0438 "
      "\u043f\u0435\u0440\u0435\u0433\u043e\u0432\u043e\u0440\u044b \u043d\u0430 "
      "\u0441\u043b\u0435\u0434\u0443\u044e\u0449\u0435\u0439 "
      "\u043d\u0435\u0434\u0435\u043b\u0435.")
(out / "sample-cp1251.txt").write_bytes((ru + "\n\n" + text).encode("cp1251", errors="replace"))
EOF
for f in sample.md sample.html sample.docx sample-cp1251.txt brief.pdf; do
    run extract "$TMP/$f" --json >"$TMP/$f.json" || fail "extract $f exited $?"
    "$PY" -c 'import json, sys; d = json.load(open(sys.argv[1], encoding="utf-8")); print("%-18s %r: %d actors" % (sys.argv[2], d["title"][:50], len(d["actors"])))' \
        "$TMP/$f.json" "$f" || fail "extract $f: bad JSON"
    same_as_source "$TMP/$f" "$TMP/$f.json"
done
if [ "$COMPARE" = 1 ]; then echo "each identical to the source tree's analysis"; else echo "(not compared with the sources: they changed since the build)"; fi

step "library commands (import, search, list)"
run import "$SAMPLE" "$TMP/sample.md" >/dev/null || fail "import exited $?"
run search Putin --json >"$TMP/search.json" || fail "search exited $?"
"$PY" -c 'import json, sys; d = json.load(open(sys.argv[1])); print(d.get("total"), "hit(s)"); assert d.get("total")' \
    "$TMP/search.json" || fail "search found nothing in the imported briefings"
run list >/dev/null || fail "list exited $?"

step "window, offscreen, 8 s"
GUI_DATA="$TMP/gui-data"
set +e
timeout 8 "$APP" --data-dir "$GUI_DATA" >"$TMP/gui.out" 2>&1
rc=$?
set -e
if [ "$rc" -ne 124 ]; then
    cat "$TMP/gui.out" >&2
    fail "the window exited with $rc within 8 s (expected to be still running: 124)"
fi
if grep -Eq "Traceback|CRITICAL|uncaught exception" "$TMP/gui.out" "$GUI_DATA/briefing-reader.log" 2>/dev/null; then
    cat "$TMP/gui.out" "$GUI_DATA/briefing-reader.log" >&2 2>/dev/null || true
    fail "the window logged an error"
fi
echo "still running after 8 s (exit 124 from timeout); first-run sample analysed:" \
    "$([ -n "$(find "$GUI_DATA/library" -name analysis.json 2>/dev/null)" ] && echo yes || echo 'not yet')"

if command -v xvfb-run >/dev/null 2>&1; then
    # 20 s: long enough for the window's analysis process (a spawned copy of
    # the bundle) to load spaCy and analyse the first-run sample.
    step "window on a real X server (Xvfb, the xcb platform plugin), 20 s"
    set +e
    env -u QT_QPA_PLATFORM xvfb-run -a -s "-screen 0 1280x800x24" \
        timeout 20 "$APP" --data-dir "$TMP/xcb-data" >"$TMP/xcb.out" 2>&1
    rc=$?
    set -e
    if [ "$rc" -ne 124 ] || grep -Eq "Traceback|CRITICAL|uncaught exception" "$TMP/xcb.out" "$TMP/xcb-data/briefing-reader.log" 2>/dev/null; then
        cat "$TMP/xcb.out" "$TMP/xcb-data/briefing-reader.log" >&2 2>/dev/null || true
        fail "the window under Xvfb exited with $rc or logged an error"
    fi
    [ -n "$(find "$TMP/xcb-data/library" -name analysis.json 2>/dev/null)" ] \
        || fail "the window did not analyse the first-run sample within 20 s (analysis process broken?)"
    echo "still running after 20 s; the first-run sample was analysed in the analysis process"
else
    echo "(xvfb-run not installed: the xcb platform plugin was not tried)"
fi

# -- size ----------------------------------------------------------------------
step "size"
du -sh dist/briefing-reader
tar -C dist -czf "$TMP/briefing-reader.tar.gz" briefing-reader
echo "$(du -h "$TMP/briefing-reader.tar.gz" | cut -f1)	briefing-reader.tar.gz"

echo
echo "build.sh: OK"
