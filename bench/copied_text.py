"""Where the project's own text repeats text written elsewhere (a guard for the rule that test
sentences and examples are ours).

What it measures: every run of N words (default 10; lower-cased, punctuation dropped) that a
project file (tests/, src/, eval/invented*/ articles) shares with a text under ../shared: the
celebrity articles, the seeds and the GAP rows. Each (project file, source) pair is printed once
with the first shared run, so a reworded sentence drops out while a copied one with its names
swapped usually still shows (the words around the names stay). Common phrases are shorter than
10 words; lower --words to look wider (at 6, set phrases like "a source close to the couple" show).

Run:  .venv/bin/python bench/copied_text.py [--words N]
Exit status 0 always: it is a report, not a gate (the current findings are listed in the
quality history for rewording).
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
WORD = re.compile(r"[a-z0-9']+")


def words(text: str) -> list[str]:
    return WORD.findall(text.lower())


def external_texts() -> Iterator[tuple[str, str]]:
    """(source name, text) for every text under ../shared the project must not repeat."""
    for path in sorted((SHARED / "bench" / "celebrity").glob("*/*.txt")):
        yield path.name, path.read_text(encoding="utf-8", errors="replace")
    for path in sorted((SHARED / "corpus" / "seeds").glob("*.txt")):
        yield path.name, path.read_text(encoding="utf-8", errors="replace")
    csv.field_size_limit(sys.maxsize)
    for path in sorted((SHARED / "bench" / "gap").glob("*.tsv")):
        with path.open(encoding="utf-8") as handle:
            for row in csv.reader(handle, delimiter="\t"):
                if len(row) > 1:
                    yield row[0], row[1]


def project_files() -> list[Path]:
    files = sorted((ROOT / "tests").glob("*.py")) + sorted((ROOT / "src").rglob("*.py"))
    return files + sorted((ROOT / "eval").glob("invented*/*.txt"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=10, help="how many words make a shared run")
    args = parser.parse_args()
    size = args.words
    runs: dict[tuple[str, ...], str] = {}
    for name, text in external_texts():
        found = words(text)
        for i in range(len(found) - size + 1):
            runs.setdefault(tuple(found[i : i + size]), name)
    total = 0
    for path in project_files():
        found = words(path.read_text(encoding="utf-8", errors="replace"))
        seen: set[str] = set()
        for i in range(len(found) - size + 1):
            source = runs.get(tuple(found[i : i + size]))
            if source is not None and source not in seen:
                seen.add(source)
                total += 1
                print(f"{path.relative_to(ROOT)} | {source} | {' '.join(found[i : i + size])}")
    print(f"{total} shared runs of {size} words", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
