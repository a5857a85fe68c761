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


# Our own invented articles (development sets, scored by the shared scorer like the seeds): what
# each set is weighted to, so a failing gate says which kind of news slid back.
INVENTED_SETS = {
    "invented": "the first invented articles: couples, children, sources of every kind",
    "invented2": "longer biographies, denials, ended jobs, timelines",
    "invented3": "contradicting sources, court filings, obituaries, roundups, first-person interviews "
    "and person-named titles",
    "invented4": "bold-name and Q:/A: interviews, royal titles, month-headed and bulleted timelines, "
    "listicles, a footballer's clubs, a reality-TV cast, a family tree",
    "invented5": "a wire custody story, a flashback profile, a band's where-are-they-now, an obituary's "
    "survivors list, a social-media roundup, a K-pop agency piece, a red carpet, a gossip blog with "
    "comments, a trade piece, an exes roundup",
    "invented6": "ordinary real-news styles: a rep's birth statement, insiders' breakup, an engagement, "
    "a who-is-her-boyfriend explainer, a divorce filing, a set-romance exclusive, a presenter profile, "
    "a musician interview, a secret wedding, a timeline",
    "invented7": "ordinary news weighted to the ways dates are written: a birth on a wedding anniversary, "
    "a split with a denial, a network move, an undated profile, a dated-heading timeline",
    "invented8": "ordinary news weighted to employers, ages, works named without a noun and organisations "
    "with ordinary-word names: a presenter's switch, a footballer's family, a chef couple, a band, a CEO",
    "invented9": "the gossip-blog register: pronoun-heavy paragraphs, nicknames, possessive chains, "
    "step-relations, a blog with reader comments, a blind item, an interview told in quotes",
    "invented10": "obituaries, a film-industry rumour column, an awards roundup, a reality-TV split, a K-pop "
    "agency confirmation, a footballer's family, a chef couple, memoir excerpts, a custody wire, an undated "
    "engagement",
    "invented11": "a death notice, a film-gossip column, a red-carpet diary, a dating-show reunion, "
    "a translated profile, an athlete's retirement, a fashion-house succession, a Q&A, a tabloid exclusive, "
    "an undated vow renewal",
    "invented12": "denser pieces: an explainer with dated bullets, an obituary, a Q&A with false premises, "
    "a met-on-set roundup, a tabloid exclusive, a cricketer's family, K-drama in-laws, a social-media "
    "anniversary, a divorce filing, an undated blog with comments",
    "invented13": "a wife explainer, a reality reunion, a music profile, a christening with godparents, "
    "a blind item, a wire lawsuit, a podcast recap, a 10-things listicle, red-carpet captions, "
    "an undated anniversary",
    "invented14": "a footballer's baby, a Bollywood link-up, an awards roundup, an obituary, a K-pop "
    "confirmation, a divorce filing, a month-year timeline, a country wedding, a cover interview, "
    "an undated gossip blog",
    "invented15": "a reality breakup, a Q&A interview, a British tabloid, a telenovela star, Chinese and "
    "Japanese marriage news, a former child star, a Nollywood anniversary, a comedian's podcast, an "
    "aristocratic engagement, an undated fan blog",
    "invented16": "mass-market celebrity items: an engagement, a baby, a split with a rep statement, a "
    "relationship timeline, a red-carpet debut, a divorce filing, an undated birthday tribute, a new "
    "boyfriend, a reunion recap, a wedding guest list",
    "invented17": "a wire report, a dating-history listicle, a long-read profile, K-drama news, a music "
    "industry piece, a royal birth, a paternity ruling, a reality-TV family, an obituary, an undated "
    "forum thread",
    "invented18": "everyday celebrity news from careful and gossip outlets: a baby with older children, a "
    "split after years, a denied romance, a red carpet, a 40th birthday, a co-star feud, an undated gossip "
    "blog, a wedding's guests, a who-is-his-girlfriend explainer, an engagement posted online",
    "invented19": "long explainers over 10-30 years: a couple's timeline, a three-generation family, a "
    "husband's career, a divorce settlement, exes ranked, a career retrospective, a podcast recap, a "
    "Latin-American couple, a posthumous tribute, an undated fan-wiki page",
    "invented20": "news shapes of many kinds: a blended family with an adoption, a couple written by roles, "
    "a gossip roundup, a coach and a general manager hired, a reality-TV finale, a producer's obituary, a "
    "divorce wire, a first-person Q&A, an undated tabloid exclusive, an undated band where-are-they-now",
    "invented21": "news as the big entertainment sites print it: a divorce filing with a statement, a "
    "red-carpet debut, a pregnancy on Instagram, a death report, a tabloid cheating claim denied, a dated "
    "timeline, a musician's jobs, a custody case, a TV host shake-up, an undated anniversary",
    "invented22": "today's entertainment-site shapes: a who-is-his-wife explainer, a relationship timeline, "
    "an interview profile, a wedding report, a tabloid rumour denied, an obituary of three marriages, a "
    "splits roundup, a new creative-director job, a reality recap, an undated birth",
}


@pytest.mark.parametrize("name", list(INVENTED_SETS))
def test_gate_facts_on_invented_sets(shared_dir: Path, name: str) -> None:
    """Facts, their dates and the overall score of one invented set, each above its floor."""
    out = bench(shared_dir, "invented_eval.py", "--shared", str(shared_dir), "--set", f"eval/{name}")
    assert figure(out, r"^facts: P=[\d.]+ R=[\d.]+ F1=([\d.]+)") >= FLOORS[f"{name}_facts_f1"]
    assert figure(out, r"^facts\.date: accuracy=([\d.]+)") >= FLOORS[f"{name}_dates"]
    assert figure(out, r"^overall: F1=([\d.]+)") >= FLOORS[f"{name}_overall_f1"]
