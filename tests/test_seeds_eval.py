"""The seeds (../shared/corpus/seeds) read end to end and scored with ../shared/eval/score.py.

A quality gate: the floors below are what the project has reached; raise them, never lower them."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = [pytest.mark.model, pytest.mark.shared]

REPO = Path(__file__).resolve().parents[1]
FLOORS = json.loads((REPO / "tests" / "quality_floors.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def score_output(shared_dir: Path) -> str:
    seeds = sorted(str(p) for p in (shared_dir / "corpus" / "seeds").glob("*.txt"))
    command = f"{sys.executable} -m allegedly.present export --format eval"
    result = subprocess.run(
        [
            sys.executable,
            str(shared_dir / "eval" / "score.py"),
            "--gold",
            str(shared_dir / "eval" / "gold" / "seeds.json"),
            "--cmd",
            command,
            *seeds,
        ],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def figure(output: str, pattern: str) -> float:
    match = re.search(pattern, output)
    assert match, f"{pattern!r} not in:\n{output}"
    return float(match.group(1))


def test_seeds_overall_score_holds_its_floor(score_output: str) -> None:
    assert figure(score_output, r"overall: F1=([\d.]+)") >= FLOORS["seeds_overall_f1"]


def test_seeds_facts_and_timeline_hold_their_floors(score_output: str) -> None:
    assert figure(score_output, r"facts: P=[\d.]+ R=[\d.]+ F1=([\d.]+)") >= FLOORS["seeds_facts_f1"]
    assert figure(score_output, r"timeline: P=[\d.]+ R=[\d.]+ F1=([\d.]+)") >= FLOORS["seeds_timeline_f1"]


def test_seeds_undated_post_is_dated_from_the_other_document(score_output: str) -> None:
    assert re.search(r"document 000_\S+: published='2011-11'", score_output)


def test_seeds_thread_structure_is_complete(score_output: str) -> None:
    assert "found=43/43 authors=43/43" in score_output
    assert figure(score_output, r"reply_links F1=([\d.]+)") >= FLOORS["seeds_reply_links_f1"]
