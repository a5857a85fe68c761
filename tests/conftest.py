"""Shared fixtures: the pipeline and the spaCy model (loaded once per session), the ../shared folder."""

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
def nlp():  # type: ignore[no-untyped-def]
    from allegedly.understand.language import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not (SHARED / "eval" / "score.py").exists():
        pytest.skip("../shared is not here")
    return SHARED


@pytest.fixture
def sample_dir() -> Path:
    return SAMPLE
