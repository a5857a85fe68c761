"""Score the evaluation view of our invented articles (eval/invented) with ../shared/eval/score.py.

A proxy for issue 3's "facts on unseen articles" target: the articles and their gold are
ours (fictional people, written for this project), the scorer is the shared one, read at
run time and never copied:

    .venv/bin/python bench/invented_eval.py            # the scorer's output, unchanged
    .venv/bin/python bench/invented_eval.py --errors   # then the facts and timeline entries
                                                       # the view got wrong, file by file

`--shared DIR` points at another checkout of the shared folder (default ../shared).
`--set DIR` scores another set laid out the same way (DIR/gold.json and its articles), e.g.
the held-out `eval/heldout`, which is only run to report a figure, never tuned on.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import shlex
import subprocess
import sys
import tempfile
from pathlib import Path
from types import ModuleType
from typing import Any

REPO = Path(__file__).resolve().parents[1]
INVENTED = REPO / "eval" / "invented"
# The same command `make eval` scores, run with this interpreter so the checkout's code is used.
COMMAND = f"{shlex.quote(sys.executable)} -m allegedly.present export --format eval"


def load_scorer(shared: Path) -> ModuleType:
    """score.py as a module (for its name matching), loaded from the shared folder at run time."""
    spec = importlib.util.spec_from_file_location("shared_score", shared / "eval" / "score.py")
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load {shared / 'eval' / 'score.py'}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def article_paths(gold: dict[str, Any], folder: Path = INVENTED) -> list[str]:
    return [str(folder / d["file"]) for d in gold["documents"]]


def fact_label(fact: dict[str, Any]) -> str:
    obj = fact.get("object") or fact.get("value")
    dates = f" {fact.get('date') or '-'}" + (f"..{fact['end']}" if fact.get("end") else "")
    kinds = sorted({f"{c.get('source_kind')}/{c.get('modality')}" for c in fact.get("claims") or []})
    own = f"{fact.get('source_kind')}/{fact.get('modality')}" if fact.get("source_kind") else ""
    return f"{fact['predicate']}({fact['subject']}, {obj}){dates} {' '.join(kinds) or own}".rstrip()


def print_errors(score: ModuleType, gold: dict[str, Any], view: dict[str, Any]) -> None:
    """Per file: gold facts not found, predicted facts with no gold, wrong dates, wrong kinds."""
    names = score.Names(gold.get("entities", {}))

    def key(f: dict[str, Any]) -> tuple[str, str, str]:
        return tuple(score.fact_key(names, f["predicate"], f["subject"], f.get("object"), f.get("value")))

    predicted: dict[tuple[str, tuple[str, str, str]], dict[str, Any]] = {}
    for fact in view.get("facts") or []:
        for fl in {Path(str(c.get("file"))).name for c in fact.get("claims") or []}:
            claims = [c for c in fact.get("claims") or [] if Path(str(c.get("file"))).name == fl]
            predicted.setdefault((fl, key(fact)), {**fact, "claims": claims})
    golden = {(g["file"], key(g)): g for g in gold["facts"]}
    for doc in gold["documents"]:
        fl = doc["file"]
        lines: list[str] = []
        for (gf, k), g in golden.items():
            if gf != fl:
                continue
            p = predicted.get((fl, k))
            if p is None:
                if not g.get("optional"):
                    lines.append(f"  missed     {fact_label(g)}")
                continue
            if g.get("optional"):
                continue
            gdate = g.get("date") or g.get("end")
            pdate = p.get("date") if g.get("date") else p.get("end") or p.get("date")
            if gdate and score.date_agreement(gdate, pdate) != 1.0:
                lines.append(f"  date       {fact_label(g)}  <- view {pdate}")
            ok_kinds = {g["source_kind"]} | {a.get("source_kind") for a in g.get("also", [])}
            if not any(c.get("source_kind") in ok_kinds for c in p["claims"]):
                lines.append(f"  kind       {fact_label(g)}  <- view {fact_label(p)}")
            elif g.get("modality") and not any(c.get("modality") == g["modality"] for c in p["claims"]):
                lines.append(f"  modality   {fact_label(g)}  <- view {fact_label(p)}")
        for (pf, k), p in predicted.items():
            if pf == fl and (fl, k) not in golden:
                lines.append(f"  spurious   {fact_label(p)}")
        gold_tl = [t for t in gold["timeline"] if t["file"] == fl and not t.get("optional")]
        view_tl = [t for t in view.get("timeline") or [] if Path(str(t.get("file"))).name == fl]
        for t in gold_tl:
            parts = {names.canon(x) for x in t["participants"]}
            if not any(
                score.date_agreement(t["date"], v.get("date")) == 1.0
                and parts & {names.canon(x) for x in v.get("participants") or []}
                for v in view_tl
            ):
                lines.append(f"  tl-missed  {t['date']} {t['participants']} {t['summary']}")
        print(f"{fl}:")
        print("\n".join(lines) if lines else "  (no fact or timeline errors)")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared", help="the shared folder")
    ap.add_argument("--cmd", default=COMMAND, help="the command that prints the evaluation view")
    ap.add_argument("--errors", action="store_true", help="also list the view's errors per file")
    ap.add_argument("--set", type=Path, default=INVENTED, help="the set's folder (gold.json and articles)")
    args = ap.parse_args()
    folder: Path = args.set.resolve()
    gold_path = folder / "gold.json"
    scorer = args.shared / "eval" / "score.py"
    if not scorer.exists():
        print(f"{scorer} is not here", file=sys.stderr)
        return 2
    if not gold_path.exists():
        print(f"{gold_path} is not here", file=sys.stderr)
        return 2
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    files = article_paths(gold, folder)
    if not args.errors:  # exactly what `make eval` does for the seeds: score.py runs the command
        result = subprocess.run(
            [sys.executable, str(scorer), "--gold", str(gold_path), "--cmd", args.cmd, *files],
            capture_output=True,
            text=True,
            check=False,
        )
        print(result.stdout, end="")
        if result.stderr:
            print(result.stderr, end="", file=sys.stderr)
        return result.returncode
    # --errors: the view is made once, scored from a file, then compared entry by entry
    view_run = subprocess.run([*shlex.split(args.cmd), *files], capture_output=True, text=True, check=False)
    if view_run.returncode != 0:
        print(view_run.stderr[-2000:], file=sys.stderr)
        print(f"overall: F1=0.000 (the command exited {view_run.returncode})")
        return 2
    with tempfile.NamedTemporaryFile("w", suffix=".json", encoding="utf-8", delete=False) as tmp:
        tmp.write(view_run.stdout)
    try:
        result = subprocess.run(
            [sys.executable, str(scorer), "--gold", str(gold_path), "--pred", tmp.name],
            capture_output=True,
            text=True,
            check=False,
        )
    finally:
        Path(tmp.name).unlink()
    print(result.stdout, end="")
    if result.stderr:
        print(result.stderr, end="", file=sys.stderr)
    if result.returncode == 0:
        print("\nerrors per file (missed / spurious / date / kind / modality / tl-missed):")
        print_errors(load_scorer(args.shared), gold, json.loads(view_run.stdout))
    return result.returncode


if __name__ == "__main__":
    sys.exit(main())
