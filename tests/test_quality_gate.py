"""Bounded samples of the benchmarks, each held to a floor pinned in tests/quality_floors.json.

Development parts only, except TempEval-3, which has none: its floor only catches regressions,
and no rule is tuned on it. Each run stays within seconds.
Raise a floor when a figure rises; never lower one without saying why in the commit."""

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


def bench(shared_dir: Path, script: str, *args: str) -> str:
    result = subprocess.run(
        [sys.executable, str(REPO / "bench" / script), *args],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
        cwd=REPO,
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    return result.stdout


def figure(output: str, pattern: str) -> float:
    match = re.search(pattern, output, re.MULTILINE)
    assert match, f"{pattern!r} not in:\n{output[-2000:]}"
    return float(match.group(1))


def test_gate_attribution_polnear_dev_sample(shared_dir: Path) -> None:
    out = bench(shared_dir, "polnear.py", "--split", "dev", "--limit", "15")
    assert (
        figure(out, r"^Source\s+all\s+\d+\s+\d+\s+[\d.]+\s+[\d.]+\s+([\d.]+)")
        >= FLOORS["polnear_dev15_source_f1"]
    )


def test_gate_pronouns_gap_dev_sample(shared_dir: Path) -> None:
    out = bench(shared_dir, "gap.py", "--split", "dev", "--limit", "300")
    assert figure(out, r"^allegedly\s+P=[\d.]+\s+R=[\d.]+\s+F1=([\d.]+)") >= FLOORS["gap_dev300_f1"]


def test_gate_relations_re_docred_dev_sample(shared_dir: Path) -> None:
    out = bench(shared_dir, "re_docred.py", "--split", "dev", "--limit", "80")
    assert (
        figure(out, r"^micro \(all four\)\s+\d+\s+\d+\s+[\d.]+\s+[\d.]+\s+([\d.]+)")
        >= FLOORS["re_docred_dev80_micro_f1"]
    )


def test_gate_time_tempeval(shared_dir: Path) -> None:
    out = bench(shared_dir, "tempeval.py")
    assert figure(out, r"value F1 \(TE3\): P=[\d.]+ R=[\d.]+ F1=([\d.]+)") >= FLOORS["tempeval_value_f1"]


def test_gate_incivility_unhealthy_dev(shared_dir: Path) -> None:
    out = bench(shared_dir, "incivility.py", "--split", "dev")
    assert figure(out, r"val\.csv \(dev\) hostile: ROC AUC ([\d.]+)") >= FLOORS["unhealthy_dev_hostile_auc"]


def test_gate_facts_on_invented_articles(shared_dir: Path) -> None:
    """Our own invented articles (eval/invented), scored by the shared scorer like the seeds."""
    out = bench(shared_dir, "invented_eval.py", "--shared", str(shared_dir))
    assert figure(out, r"^facts: P=[\d.]+ R=[\d.]+ F1=([\d.]+)") >= FLOORS["invented_facts_f1"]
    assert figure(out, r"^facts\.date: accuracy=([\d.]+)") >= FLOORS["invented_dates"]
    assert figure(out, r"^overall: F1=([\d.]+)") >= FLOORS["invented_overall_f1"]


def test_gate_facts_on_the_second_invented_set(shared_dir: Path) -> None:
    """eval/invented2: longer biographies, denials, ended jobs, timelines (development set)."""
    out = bench(shared_dir, "invented_eval.py", "--shared", str(shared_dir), "--set", "eval/invented2")
    assert figure(out, r"^facts: P=[\d.]+ R=[\d.]+ F1=([\d.]+)") >= FLOORS["invented2_facts_f1"]
    assert figure(out, r"^facts\.date: accuracy=([\d.]+)") >= FLOORS["invented2_dates"]
    assert figure(out, r"^overall: F1=([\d.]+)") >= FLOORS["invented2_overall_f1"]


def test_gate_facts_on_the_third_invented_set(shared_dir: Path) -> None:
    """eval/invented3: contradicting sources, court filings, obituaries, roundups, first-person
    interviews and person-named titles (development set)."""
    out = bench(shared_dir, "invented_eval.py", "--shared", str(shared_dir), "--set", "eval/invented3")
    assert figure(out, r"^facts: P=[\d.]+ R=[\d.]+ F1=([\d.]+)") >= FLOORS["invented3_facts_f1"]
    assert figure(out, r"^facts\.date: accuracy=([\d.]+)") >= FLOORS["invented3_dates"]
    assert figure(out, r"^overall: F1=([\d.]+)") >= FLOORS["invented3_overall_f1"]


def test_gate_facts_on_the_fourth_invented_set(shared_dir: Path) -> None:
    """eval/invented4: bold-name and Q:/A: interviews, royal titles, month-headed and bulleted
    timelines, listicles, a footballer's clubs, a reality-TV cast, a family tree (development set)."""
    out = bench(shared_dir, "invented_eval.py", "--shared", str(shared_dir), "--set", "eval/invented4")
    assert figure(out, r"^facts: P=[\d.]+ R=[\d.]+ F1=([\d.]+)") >= FLOORS["invented4_facts_f1"]
    assert figure(out, r"^facts\.date: accuracy=([\d.]+)") >= FLOORS["invented4_dates"]
    assert figure(out, r"^overall: F1=([\d.]+)") >= FLOORS["invented4_overall_f1"]


def test_gate_facts_on_the_fifth_invented_set(shared_dir: Path) -> None:
    """eval/invented5: a wire custody story, a flashback profile, a band's where-are-they-now, an
    obituary's survivors list, a social-media roundup, a K-pop agency piece, a red carpet, a gossip
    blog with comments, a trade piece, an exes roundup (development set)."""
    out = bench(shared_dir, "invented_eval.py", "--shared", str(shared_dir), "--set", "eval/invented5")
    assert figure(out, r"^facts: P=[\d.]+ R=[\d.]+ F1=([\d.]+)") >= FLOORS["invented5_facts_f1"]
    assert figure(out, r"^facts\.date: accuracy=([\d.]+)") >= FLOORS["invented5_dates"]
    assert figure(out, r"^overall: F1=([\d.]+)") >= FLOORS["invented5_overall_f1"]


def test_gate_facts_on_the_sixth_invented_set(shared_dir: Path) -> None:
    """eval/invented6: ordinary real-news styles (a rep's birth statement, insiders' breakup, an
    engagement, a who-is-her-boyfriend explainer, a divorce filing, a set-romance exclusive, a
    presenter profile, a musician interview, a secret wedding, a timeline; development set)."""
    out = bench(shared_dir, "invented_eval.py", "--shared", str(shared_dir), "--set", "eval/invented6")
    assert figure(out, r"^facts: P=[\d.]+ R=[\d.]+ F1=([\d.]+)") >= FLOORS["invented6_facts_f1"]
    assert figure(out, r"^facts\.date: accuracy=([\d.]+)") >= FLOORS["invented6_dates"]
    assert figure(out, r"^overall: F1=([\d.]+)") >= FLOORS["invented6_overall_f1"]


def test_gate_facts_on_the_seventh_invented_set(shared_dir: Path) -> None:
    """eval/invented7: ordinary news weighted to the ways dates are written (a birth on a wedding
    anniversary, a split with a denial, a network move, an undated profile, a boyfriend explainer,
    a dated-heading timeline, a secret wedding, an insiders' exclusive, a pregnancy in the sports
    pages, an ex-wife explainer; development set)."""
    out = bench(shared_dir, "invented_eval.py", "--shared", str(shared_dir), "--set", "eval/invented7")
    assert figure(out, r"^facts: P=[\d.]+ R=[\d.]+ F1=([\d.]+)") >= FLOORS["invented7_facts_f1"]
    assert figure(out, r"^facts\.date: accuracy=([\d.]+)") >= FLOORS["invented7_dates"]
    assert figure(out, r"^overall: F1=([\d.]+)") >= FLOORS["invented7_overall_f1"]
