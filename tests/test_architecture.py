"""The domain rooms stay free of Qt, so they run anywhere without a screen."""

from __future__ import annotations

import ast
import subprocess
import sys

from tests.conftest import REPO

QT = ("PySide6", "shiboken6")


def test_no_qt_import_in_domain_sources():
    offenders = []
    for room in ("briefing", "index"):
        for path in (REPO / room).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                         else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
                offenders += [f"{path.relative_to(REPO)}: {n}" for n in names if n.split(".")[0] in QT
                              or n.split(".")[0] == "ui"]
    assert not offenders


def test_domain_runs_without_loading_qt():
    code = (
        "import sys, pkgutil, importlib, briefing, index\n"
        "for pkg in (briefing, index):\n"
        "    for m in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):\n"
        "        importlib.import_module(m.name)\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')))"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
