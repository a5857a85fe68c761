"""Score the thread and reaction stages on one hand-annotated seed document.

Reads ../shared at run time (nothing from it is copied into the project):

    .venv/bin/python bench/thread_seed.py --target "NAME:m" --target "OTHER NAME:f"

The first --target is the main one (the gold's `comment_target` when none is given);
aliases come from the gold's entity list; the post's writers default to the aliases of
the gold's outlet entity.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from allegedly.thread import link_replies, separate_thread
from allegedly.understand.reaction import Gender, Target, assess_comment

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def _f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--doc", type=int, default=0, help="index into the gold's documents")
    ap.add_argument("--target", action="append", default=[], help='"Name:m" or "Name:f"; first is main')
    ap.add_argument("--post-author", action="append", default=[], help="the post writer's names")
    args = ap.parse_args()

    gold = json.loads((SHARED / "eval/gold/seeds.json").read_text(encoding="utf-8"))
    doc = gold["documents"][args.doc]
    text = (SHARED / "corpus/seeds" / doc["file"]).read_text(encoding="utf-8")
    entities: dict[str, list[str]] = gold["entities"]

    specs = args.target or [doc["comment_target"]]
    targets = []
    for i, spec in enumerate(specs):
        name, _, gender = spec.partition(":")
        sex: Gender | None = "m" if gender == "m" else "f" if gender == "f" else None
        targets.append(Target(name, set(entities.get(name, [])), sex, main=i == 0))
    writers = set(args.post_author) or set(entities.get(doc.get("outlet") or "", []))

    split = separate_thread(text)
    comments = link_replies(split.comments, writers)
    gold_comments = {c["n"]: c for c in doc["comments"]}
    found = len(comments)
    authored = sum(1 for c in comments if c.n in gold_comments and c.author == gold_comments[c.n]["author"])
    print(f"file: {doc['file']}  declared: {split.declared_count} (gold {doc.get('declared_comment_count')})")
    print(f"comments found: {found}/{len(gold_comments)}  authors right: {authored}/{len(gold_comments)}")

    ours = {(c.n, c.reply_to) for c in comments if c.reply_to is not None}
    theirs = {(n, g["reply_to"]) for n, g in gold_comments.items() if g.get("reply_to") is not None}
    p, r, f = _f1(len(ours & theirs), len(ours - theirs), len(theirs - ours))
    print(f"reply links: P={p:.2f} R={r:.2f} F1={f:.2f}  false links: {sorted(ours - theirs)}")
    ours_a = {c.n for c in comments if c.reply_to_author}
    theirs_a = {n for n, g in gold_comments.items() if g.get("reply_to_author")}
    p, r, f = _f1(len(ours_a & theirs_a), len(ours_a - theirs_a), len(theirs_a - ours_a))
    print(f"replies to writer: P={p:.2f} R={r:.2f} F1={f:.2f}  ours={sorted(ours_a)} gold={sorted(theirs_a)}")

    main = targets[0].name
    right = total = 0
    tp = fp = fn = 0
    confusion: dict[tuple[str, str], int] = {}
    print("\n  n  gold      ours      score   gold_tox ours_tox  categories  (* = borderline)")
    for c in comments:
        g = gold_comments.get(c.n)
        if g is None:
            continue
        reaction = assess_comment(c, targets, split.body)
        stance = next(s for s in reaction.stances if s.target == main)
        gold_label = g["stance"]["label"] if isinstance(g["stance"], dict) else g["stance"]
        if not g.get("stance_borderline"):
            total += 1
            right += stance.label == gold_label
            confusion[(gold_label, stance.label)] = confusion.get((gold_label, stance.label), 0) + 1
        if not g.get("toxic_borderline"):
            tp += reaction.toxic and g["toxic"]
            fp += reaction.toxic and not g["toxic"]
            fn += g["toxic"] and not reaction.toxic
        mark = "*" if g.get("stance_borderline") else " "
        tmark = "*" if g.get("toxic_borderline") else " "
        miss = "" if stance.label == gold_label else "  <- stance"
        miss += "" if reaction.toxic == g["toxic"] else "  <- toxic"
        print(
            f"{c.n:3d}{mark} {gold_label:9s} {stance.label:9s} {stance.score:+6.2f}  "
            f"{g['toxic']!s:5s}{tmark}   {reaction.toxic!s:5s}    {','.join(reaction.categories)}{miss}"
        )
    print(f"\nstance accuracy (non-borderline, toward {main}): {right}/{total} = {right / max(total, 1):.2f}")
    pairs = ", ".join(f"{a}->{b}: {n}" for (a, b), n in sorted(confusion.items()))
    print(f"confusion (gold -> ours): {pairs}")
    p, r, f = _f1(tp, fp, fn)
    print(f"toxic (non-borderline): P={p:.2f} R={r:.2f} F1={f:.2f}  (tp={tp} fp={fp} fn={fn})")


if __name__ == "__main__":
    main()
