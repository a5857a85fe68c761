"""The thread stage on the first seed document in ../shared (skipped when it is absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

from allegedly.thread import link_replies, separate_thread

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.mark.shared
def test_thread_seed_000_split_and_gold_reply_links() -> None:
    seeds = sorted((SHARED / "corpus" / "seeds").glob("000_*.txt")) if SHARED.is_dir() else []
    if not seeds:
        pytest.skip("../shared seed 000 not present")
    split = separate_thread(seeds[0].read_text(encoding="utf-8"))
    assert split.declared_count == 47
    assert len(split.comments) == 43
    assert [c.n for c in split.comments] == list(range(1, 44))
    assert all(c.author and c.text for c in split.comments)
    links = {c.n: c.reply_to for c in link_replies(split.comments, set()) if c.reply_to is not None}
    assert links == {11: 1, 20: 19, 30: 11, 35: 23}
