"""Shared fixtures: one loaded pipeline per test session, and the ../shared gold data."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

from newsgraph import Options, Pipeline

REPO = Path(__file__).resolve().parents[1]
SHARED = (REPO / ".." / "shared").resolve()


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    """The default pipeline, loaded once for the whole test session."""
    return Pipeline(Options.load())


@pytest.fixture(scope="session")
def analyze(pipeline):
    """Analyse a text with the shared pipeline."""
    return pipeline.analyze


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The ../shared folder beside the repository, or a skip saying why it is needed."""
    if not SHARED.is_dir():
        pytest.skip(f"gold data not found at {SHARED}: eval tests need ../shared beside the repository")
    return SHARED


# Property-based tests: a quick profile for `make test`, a long one for `make fuzz`.
settings.register_profile("default", max_examples=60, deadline=None)
settings.register_profile("fuzz", max_examples=5_000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))
