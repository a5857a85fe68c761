"""Read stage: files (plain text, HTML, JSON Lines, gzip) become RawDocuments, or a one-line rejection."""

from __future__ import annotations

import hashlib
import unicodedata
from pathlib import Path

from allegedly.errors import InputRejected
from allegedly.model import RawDocument
from allegedly.read.decode import (
    DEFAULT_MAX_BYTES,
    MAX_TEXT_CHARS,
    decode_text,
    load_bytes,
    reject_binary,
)
from allegedly.read.html import read_html_document
from allegedly.read.jsonl import read_jsonl_documents
from allegedly.read.paths import iter_input_paths
from allegedly.read.text import read_text_document

__all__ = ["DEFAULT_MAX_BYTES", "MAX_TEXT_CHARS", "content_hash", "iter_input_paths", "read_path"]

HTML_SUFFIXES: tuple[str, ...] = (".html", ".htm", ".xhtml", ".shtml")
JSONL_SUFFIXES: tuple[str, ...] = (".jsonl", ".ndjson")
# Content that marks a file as HTML whatever its name, looked for near the start.
HTML_MARKERS: tuple[str, ...] = ("<!doctype html", "<html")
SNIFF_CHARS = 2048
# Separates fields in the hashed form so that moving text between fields changes the hash.
_FIELD_SEPARATOR = "\x1f"


def read_path(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> list[RawDocument]:
    """Read one file into one or more documents; raises InputRejected with a one-line reason otherwise."""
    data = load_bytes(path, max_bytes)
    display = str(path)
    reject_binary(data, display)
    kind = _kind(path, data)
    decoded = decode_text(data, display, html=kind == "html")
    if not decoded.text.strip():
        raise InputRejected(display, "empty file (whitespace only)")
    if kind == "html":
        documents = [read_html_document(decoded.text, path, decoded.warnings)]
    elif kind == "jsonl":
        documents = read_jsonl_documents(decoded.text, path, decoded.warnings)
    else:
        documents = [read_text_document(decoded.text, path, decoded.warnings)]
    return _within_text_limit(documents, display)


def _within_text_limit(documents: list[RawDocument], display: str) -> list[RawDocument]:
    """The documents whose text is short enough to understand; a file of one such is rejected,
    and a JSON Lines record that is too long is skipped with a warning on the next one kept."""
    kept: list[RawDocument] = []
    skipped: list[str] = []
    for raw in documents:
        if len(raw.text) > MAX_TEXT_CHARS:
            skipped.append(
                f"{raw.path}: text too long ({len(raw.text):,} characters; limit {MAX_TEXT_CHARS:,}); skipped"
            )
            continue
        if skipped:
            raw.warnings = skipped + raw.warnings
            skipped = []
        kept.append(raw)
    if not kept:
        reason = skipped[0].split(": ", 1)[1].removesuffix("; skipped") if skipped else "no documents"
        raise InputRejected(display, reason)
    kept[-1].warnings.extend(skipped)
    return kept


def _kind(path: Path, data: bytes) -> str:
    """The reader to use (html, jsonl or text): by extension, ignoring .gz, else by sniffing the content."""
    name = path.name.lower().removesuffix(".gz")
    if name.endswith(HTML_SUFFIXES):
        return "html"
    if name.endswith(JSONL_SUFFIXES):
        return "jsonl"
    head = data[:SNIFF_CHARS].decode("latin-1").lstrip("\ufeff\xef\xbb\xbf \t\r\n").lower()
    # Only markup that starts with a tag: an article that mentions "<html" stays plain text.
    if head.startswith("<") and any(marker in head for marker in HTML_MARKERS):
        return "html"
    return "text"


def content_hash(raw: RawDocument) -> str:
    """sha256 hex of the normalised content: equal for re-ingested identical content, whitespace aside."""
    parts = [_normalise(raw.text), _normalise(raw.headline or ""), _normalise(raw.published_raw or "")]
    for comment in raw.comments or []:
        parts.extend(
            (
                str(comment.n),
                _normalise(comment.author),
                _normalise(comment.text),
                _normalise(comment.timestamp or ""),
                str(comment.parent_n or ""),
            )
        )
    return hashlib.sha256(_FIELD_SEPARATOR.join(parts).encode("utf-8")).hexdigest()


def _normalise(value: str) -> str:
    """NFC with runs of whitespace collapsed: line-ending or re-wrapping changes do not change identity."""
    return " ".join(unicodedata.normalize("NFC", value).split())
