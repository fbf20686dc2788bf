"""Shared fixtures. Qt must learn its platform before it is first imported:
without a screen it would abort the interpreter."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from briefing.paths import DATA_DIR_ENV, SAMPLE_BRIEFING, DataDir, resource_path  # noqa: E402

SAMPLE = resource_path(*SAMPLE_BRIEFING)
EVAL_ARTICLES = REPO / "eval" / "articles"
SAMPLE_GOLD = REPO / "eval" / "sample" / "000_57bfc616d560bdc8.json"


@pytest.fixture(autouse=True)
def _isolated_data(tmp_path, monkeypatch):
    """No test ever touches the user's real data folder."""
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "data"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))


@pytest.fixture
def data_dir(tmp_path) -> DataDir:
    return DataDir(tmp_path / "data")


@pytest.fixture
def sample_path() -> Path:
    return SAMPLE


@pytest.fixture
def articles_dir(tmp_path) -> Path:
    """A folder of real news articles (copies, so tests may add bad files)."""
    folder = tmp_path / "articles"
    shutil.copytree(EVAL_ARTICLES, folder)
    return folder
