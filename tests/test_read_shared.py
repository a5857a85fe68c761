"""The real seed files in ../shared read as expected (skipped when the shared folder is absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

from allegedly.read import read_path

SHARED = (Path(__file__).parents[1] / ".." / "shared").resolve()
SEEDS = SHARED / "corpus" / "seeds"

pytestmark = [
    pytest.mark.shared,
    pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/corpus/seeds is absent"),
]


def test_read_shared_seed_files() -> None:
    [doc_003] = read_path(next(SEEDS.glob("003_*.txt")))
    assert doc_003.published_raw == "2023-08-07"
    assert doc_003.published_source == "header"
    assert doc_003.headline is None
    assert not doc_003.text.startswith(("date", " "))
    assert doc_003.file_name.startswith("003_")
    [doc_000] = read_path(next(SEEDS.glob("000_*.txt")))
    assert doc_000.headline
    assert doc_000.text
    assert doc_000.comments is None
