"""Fixtures for the extractor's tests."""

from __future__ import annotations

import pytest

from briefing.extract import load_pipeline


@pytest.fixture(scope="session")
def nlp():
    """The product's pipeline, loaded once for the whole run."""
    return load_pipeline()
