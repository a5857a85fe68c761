"""Ingest every celebrity article (../shared/bench/celebrity/{legit,fake}/*.txt) and count crashes.

What it measures: robustness, not accuracy. Each file goes through the ingest stages on its own,
read_path -> Pipeline.analyse -> Store.save into a temporary SQLite store, in the same order and
with the same birth-date knowledge as `allegedly.ingest.ingest`, inside a try/except, so a crash
in one document is recorded (file, exception type and message, last traceback frames) and the
run goes on. InputRejected counts as a rejection, not a crash. Then `ingest()` itself is run over
the same files into the same store: every document should come back "unchanged" (idempotence),
and a crash there is counted too. Finally it prints store.stats() highlights and the people the
store holds, top 15 by documents.

Usage:
    .venv/bin/python bench/celebrity_ingest.py [--corpus DIR ...] [--model NAME] [--keep-db PATH]
                                               [--frames N] [--slowest N]

Exit code 1 if any document crashed, else 0.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path

from allegedly.errors import InputRejected
from allegedly.ingest import IngestReport, ingest, knowledge_from
from allegedly.model import RawDocument
from allegedly.pipeline import Pipeline
from allegedly.read import read_path
from allegedly.store import Store
from allegedly.understand.language import DEFAULT_MODEL

CELEBRITY = Path(__file__).resolve().parents[1].parent / "shared" / "bench" / "celebrity"
DEFAULT_CORPUS = [CELEBRITY / "legit", CELEBRITY / "fake"]


@dataclass
class Crash:
    """One document that raised something other than InputRejected."""

    path: str
    stage: str  # "read", "analyse", "save" or "ingest"
    kind: str
    message: str
    frames: list[str]


@dataclass
class Tally:
    """What the document-by-document pass did."""

    stored: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    rejected: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    crashes: list[Crash] = field(default_factory=list)
    claims: int = 0
    seconds: dict[str, float] = field(default_factory=dict)  # path -> analyse + save seconds


def corpus_files(folders: list[Path]) -> list[Path]:
    files: list[Path] = []
    for folder in folders:
        if folder.is_file():
            files.append(folder)
        elif folder.is_dir():
            files.extend(sorted(folder.glob("*.txt")))
        else:
            sys.exit(f"no such corpus: {folder}")
    return files


def crash_of(path: str, stage: str, error: BaseException, frames: int) -> Crash:
    summary = traceback.extract_tb(error.__traceback__)[-frames:]
    lines = [f"{Path(f.filename).name}:{f.lineno} in {f.name}: {f.line or ''}".rstrip() for f in summary]
    message = str(error).splitlines()[0][:300] if str(error) else ""
    return Crash(path, stage, type(error).__name__, message, lines)


def per_document(files: list[Path], store: Store, pipeline: Pipeline, frames: int) -> Tally:
    """read_path + analyse + save, one document at a time, each in its own try/except."""
    tally = Tally()
    raws: list[RawDocument] = []
    for path in files:
        try:
            documents = read_path(path)
        except InputRejected as error:
            tally.rejected.append(str(error))
            continue
        except Exception as error:
            tally.crashes.append(crash_of(str(path), "read", error, frames))
            continue
        for raw in documents:
            tally.warnings.extend(f"{raw.path}: {w}" for w in raw.warnings)
        raws.extend(documents)
    knowledge = knowledge_from(store)
    for raw in sorted(raws, key=lambda r: r.published_raw is None):  # ingest's order: dated first
        started = time.perf_counter()
        stage = "analyse"
        try:
            analysis = pipeline.analyse(raw, knowledge)
            knowledge.learn(analysis)
            stage = "save"
            outcome = store.save(analysis)
        except Exception as error:
            tally.crashes.append(crash_of(raw.path, stage, error, frames))
            continue
        finally:
            tally.seconds[raw.path] = time.perf_counter() - started
        if outcome.status == "stored":
            tally.stored.append(raw.path)
            tally.claims += len(analysis.claims)
        else:
            tally.unchanged.append(raw.path)
    return tally


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--corpus",
        type=Path,
        nargs="+",
        default=DEFAULT_CORPUS,
        help="folders of *.txt (or files); default: the celebrity legit and fake folders",
    )
    parser.add_argument("--model", default=DEFAULT_MODEL, help=f"spaCy pipeline (default {DEFAULT_MODEL})")
    parser.add_argument(
        "--keep-db",
        type=Path,
        default=None,
        help="write the store here (must not exist) instead of a temporary file",
    )
    parser.add_argument("--frames", type=int, default=4, help="traceback frames to print per crash")
    parser.add_argument("--slowest", type=int, default=5, help="list the N slowest documents")
    parser.add_argument("--top", type=int, default=15, help="people to list, by documents")
    args = parser.parse_args(argv)

    files = corpus_files(args.corpus)
    print(f"corpus: {len(files)} files from {', '.join(str(c) for c in args.corpus)}")
    started = time.perf_counter()
    pipeline = Pipeline(model=args.model)
    print(f"model: {args.model} loaded in {time.perf_counter() - started:.1f}s")

    with tempfile.TemporaryDirectory(prefix="allegedly-celebrity-") as scratch:
        db = args.keep_db or Path(scratch) / "celebrity.db"
        if db.exists():
            sys.exit(f"refusing to reuse an existing store: {db}")
        with Store.open(f"sqlite:///{db}") as store:
            started = time.perf_counter()
            tally = per_document(files, store, pipeline, args.frames)
            pass_seconds = time.perf_counter() - started

            # The library path over the same files: all should be unchanged now.
            started = time.perf_counter()
            report: IngestReport | None = None
            try:
                report = ingest([str(f) for f in files], store, pipeline)
            except Exception as error:
                tally.crashes.append(crash_of("<ingest() over the corpus>", "ingest", error, args.frames))
            ingest_seconds = time.perf_counter() - started

            stats = store.stats()
            people = store.people()

    analysed = len(tally.seconds)
    print()
    print("document by document (read_path + analyse + save)")
    print(f"  files        {len(files):6d}")
    print(f"  stored       {len(tally.stored):6d}   ({tally.claims} claims)")
    print(f"  unchanged    {len(tally.unchanged):6d}   (same content as an earlier file)")
    print(f"  rejected     {len(tally.rejected):6d}")
    print(f"  crashed      {len(tally.crashes):6d}")
    print(f"  warnings     {len(tally.warnings):6d}")
    rate = analysed / pass_seconds if pass_seconds else 0.0
    print(f"  seconds      {pass_seconds:9.1f}   ({rate:.2f} docs/s)")
    if tally.seconds:
        times = sorted(tally.seconds.values())
        print(
            f"  per doc      mean {sum(times) / len(times):.3f}s  median {times[len(times) // 2]:.3f}s  "
            f"max {times[-1]:.3f}s"
        )
        slowest = sorted(tally.seconds.items(), key=lambda item: -item[1])[: args.slowest]
        print(
            "  slowest      "
            + ", ".join(f"{Path(p).parent.name}/{Path(p).name} {s:.2f}s" for p, s in slowest)
        )
    if report is not None:
        print()
        print("ingest() again over the same files (idempotence)")
        print(
            f"  stored {len(report.stored)}  unchanged {len(report.unchanged)}"
            f"  rejected {len(report.rejected)}  warnings {len(report.warnings)}"
            f"  seconds {ingest_seconds:.1f}"
        )
    for line in tally.rejected:
        print(f"  rejected: {line}")
    for line in tally.warnings[:10]:
        print(f"  warning: {line}")

    print()
    print("store.stats()")
    for key in ("documents", "comments", "entities", "mentions", "claims", "timeline", "people"):
        print(f"  {key:<10} {stats.get(key, 0):7d}")
    predicates = {k.split(":", 1)[1]: v for k, v in stats.items() if k.startswith("predicate:")}
    sources = {k.split(":", 1)[1]: v for k, v in stats.items() if k.startswith("source_kind:")}
    print("  predicates " + ", ".join(f"{k} {v}" for k, v in sorted(predicates.items(), key=lambda i: -i[1])))
    print("  sources    " + ", ".join(f"{k} {v}" for k, v in sorted(sources.items(), key=lambda i: -i[1])))

    print()
    print(f"people in the store: {len(people)}; top {args.top} by documents")
    print(f"  {'name':<32} {'docs':>5} {'mentions':>8} {'claims':>6}")
    for person in sorted(people, key=lambda p: (-p.documents, -p.mentions, p.name))[: args.top]:
        print(f"  {person.name[:32]:<32} {person.documents:5d} {person.mentions:8d} {person.claims:6d}")

    if tally.crashes:
        print()
        print(f"CRASHES: {len(tally.crashes)}")
        for crash in tally.crashes:
            print(f"- {crash.path} [{crash.stage}] {crash.kind}: {crash.message}")
            for frame in crash.frames:
                print(f"      {frame}")
        return 1
    print()
    print("no crashes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
