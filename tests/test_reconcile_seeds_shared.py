"""The reconcile stage on the real seeds (../shared/corpus/seeds): the main pair's story."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from allegedly.model import Analysis, DateValue
from allegedly.read import read_path
from allegedly.reconcile.as_of import as_of
from allegedly.reconcile.contradictions import contradictions
from allegedly.reconcile.timeline import relationship

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEEDS = SHARED / "corpus" / "seeds"


def main_pair() -> tuple[str, str]:
    """The married pair of the hand-made gold (names are read from it, never typed here)."""
    gold = json.loads((SHARED / "eval" / "gold" / "seeds.json").read_text(encoding="utf-8"))
    spouse = next(f for f in gold["facts"] if f["predicate"] == "spouse" and not f.get("optional"))
    return spouse["subject"], spouse["object"]


pytestmark = [pytest.mark.shared, pytest.mark.model]


@pytest.fixture(scope="module")
def seeds(pipeline) -> list[Analysis]:  # type: ignore[no-untyped-def]
    paths = sorted(SEEDS.glob("*.txt"))
    if not paths:
        pytest.skip("../shared/corpus/seeds is not here")
    return pipeline.analyse_many([raw for path in paths for raw in read_path(path)])  # type: ignore[no-any-return]


def test_reconcile_seeds_life_cycle_of_the_main_pair(seeds: list[Analysis]) -> None:
    pair = relationship(seeds, *main_pair())
    first = {state: pair.stage(state)[0] for state in pair.states()}
    assert str(first["engaged"].date).startswith("2011")
    assert str(first["married"].date) == "2012-08-04"
    assert {str(s.date) for s in pair.stage("child")} >= {"2011-06-17", "2017-02-02"}
    assert str(first["affair"].date) == "2023-06" and first["affair"].status == "alleged"
    assert str(first["separated"].date).startswith("2023-08") and first["separated"].status == "reported"
    states = pair.states()
    assert (
        states.index("engaged") < states.index("married") < states.index("affair") < states.index("separated")
    )
    assert all(stage.evidence for stage in pair.stages)


def test_reconcile_seeds_as_of_2011_holds_nothing_from_2023(seeds: list[Analysis]) -> None:
    then = as_of(seeds, DateValue("2011-12-31"))
    claims = [c for a in then for c in a.claims]
    assert claims and not any(c.report_date is None or c.report_date.year >= 2023 for c in claims)
    assert all(c.date is None or c.date.year < 2023 for c in claims)
    assert "affair" not in relationship(then, *main_pair()).states()


def test_reconcile_seeds_quit_vs_comment_is_a_contradiction(seeds: list[Analysis]) -> None:
    commenter = [c for a in seeds for c in a.claims if c.attribution.source_kind == "commenter"]
    assert any(c.predicate == "employer" for c in commenter)
    found = [c for c in contradictions(seeds) if c.kind == "ended vs continues"]
    assert any(
        c.first.outlet == "In Touch Weekly"
        and c.first.claim.end is not None
        and c.second.source_kind == "commenter"
        for c in found
    )
