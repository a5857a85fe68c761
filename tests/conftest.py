"""Shared fixtures: the loaded pipeline (once per session) and the ../shared folder when present."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SAMPLE = REPO / "corpus" / "sample"


@pytest.fixture(scope="session")
def pipeline():  # type: ignore[no-untyped-def]
    from allegedly.pipeline import Pipeline

    return Pipeline()


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not (SHARED / "eval" / "score.py").exists():
        pytest.skip("../shared is not here")
    return SHARED


@pytest.fixture
def sample_dir() -> Path:
    return SAMPLE
