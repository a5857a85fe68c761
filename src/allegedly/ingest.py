"""Ingest: read files, understand each document, store each in its own transaction.

The library function behind `allegedly ingest`; the CLI only prints what it reports.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from allegedly.errors import InputRejected
from allegedly.model import RawDocument
from allegedly.pipeline import Knowledge, Pipeline
from allegedly.read import DEFAULT_MAX_BYTES, content_hash, iter_input_paths, read_path
from allegedly.store import Store


@dataclass
class IngestReport:
    """What an ingest run did, file by file."""

    stored: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    rejected: list[str] = field(default_factory=list)  # "path: reason", one line each
    warnings: list[str] = field(default_factory=list)
    claims: int = 0

    @property
    def anything_kept(self) -> bool:
        return bool(self.stored or self.unchanged)


def read_inputs(
    specs: list[str], report: IngestReport, max_bytes: int = DEFAULT_MAX_BYTES
) -> list[RawDocument]:
    """Every readable document under `specs`; unreadable files go to `report.rejected`."""
    raws: list[RawDocument] = []
    try:
        paths: Iterable[Path] = list(iter_input_paths(specs))
    except InputRejected as error:
        report.rejected.append(str(error))
        paths = []
        for spec in specs:  # keep going with the specs that do exist
            try:
                paths = [*paths, *iter_input_paths([spec])]
            except InputRejected:
                continue
    for path in paths:
        try:
            documents = read_path(path, max_bytes=max_bytes)
        except InputRejected as error:
            report.rejected.append(str(error))
            continue
        for raw in documents:
            report.warnings.extend(f"{raw.path}: {w}" for w in raw.warnings)
        raws.extend(documents)
    return raws


def knowledge_from(store: Store) -> Knowledge:
    """Birth dates already in the store, so a new undated post can be dated by them."""
    knowledge = Knowledge()
    knowledge.learn_claims(stored.claim for stored in store.claims())
    return knowledge


def ingest(
    specs: list[str],
    store: Store,
    pipeline: Pipeline,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    on_document: Callable[[str], None] | None = None,
    on_total: Callable[[int], None] | None = None,
) -> IngestReport:
    """Store every document under `specs`; a failure in one never touches the others.

    Idempotent: ingesting the same content twice stores it once."""
    report = IngestReport()
    raws = read_inputs(specs, report, max_bytes)
    if on_total:
        on_total(len(raws))
    knowledge = knowledge_from(store)
    # Content already stored is recognised before any parsing: re-ingest costs a hash per file.
    stored_hashes = {row.content_hash for row in store.documents()}
    fresh = []
    for raw in raws:
        if content_hash(raw) in stored_hashes:
            report.unchanged.append(raw.path)
            if on_document:
                on_document(raw.path)
        else:
            fresh.append(raw)

    def failed(raw: RawDocument, error: Exception) -> None:
        # A bug of ours on one document's text: that document is skipped with the error's one
        # line, and every other document is still read, understood and stored.
        first_line = next(iter(str(error).splitlines()), "")
        report.rejected.append(f"{raw.path}: could not be understood ({type(error).__name__}: {first_line})")
        if on_document:
            on_document(raw.path)

    # Dated documents come first out of the stream: what they establish dates the undated ones.
    for raw, analysis in pipeline.analyse_stream(fresh, knowledge, on_error=failed):
        outcome = store.save(analysis)
        if outcome.status == "stored":
            report.stored.append(raw.path)
            report.claims += len(analysis.claims)
        else:
            report.unchanged.append(raw.path)
        if on_document:
            on_document(raw.path)
    return report
