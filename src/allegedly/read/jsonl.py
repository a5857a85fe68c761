"""JSON Lines: one document per line; a bad line is skipped with a warning a user can read."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from allegedly.errors import InputRejected
from allegedly.model import RawComment, RawDocument

# Keys read from each line's object; the first present key wins.
TEXT_KEYS: tuple[str, ...] = ("text", "body", "content")
TITLE_KEYS: tuple[str, ...] = ("title", "headline")
DATE_KEYS: tuple[str, ...] = ("published", "date", "published_at")
OUTLET_KEYS: tuple[str, ...] = ("outlet", "site_name", "site")
COMMENT_DATE_KEYS: tuple[str, ...] = ("timestamp", "published", "date")
# A comment's parent: an "id" of another comment, or else its 1-based position (the same n as RawComment).
COMMENT_PARENT_KEYS: tuple[str, ...] = ("parent", "reply_to", "parent_id", "in_reply_to")


def read_jsonl_documents(text: str, path: Path, warnings: list[str]) -> list[RawDocument]:
    """One RawDocument per good line, path "file#lineno"; skipped lines become warnings on the next one."""
    documents: list[RawDocument] = []
    pending = list(warnings)
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            document = _document(line, path, lineno)
        except ValueError as problem:
            pending.append(f"skipped line {lineno}: {problem}")
            continue
        document.warnings = pending + document.warnings
        pending = []
        documents.append(document)
    if not documents:
        reason = pending[-1] if pending else "no documents"
        raise InputRejected(str(path), f"no readable JSON Lines ({reason})")
    # Bad lines after the last good one are reported on the last document rather than lost.
    documents[-1].warnings.extend(pending)
    return documents


def _document(line: str, path: Path, lineno: int) -> RawDocument:
    """One line as a document; ValueError with a short reason when the line cannot be one."""
    try:
        data = json.loads(line)
    except (json.JSONDecodeError, RecursionError):
        raise ValueError("not JSON") from None
    if not isinstance(data, dict):
        raise ValueError("not a JSON object")
    text = _text(data, TEXT_KEYS)
    if not text:
        raise ValueError("no text")
    published = _text(data, DATE_KEYS)
    warnings: list[str] = []
    return RawDocument(
        path=f"{path}#{lineno}",
        file_name=path.name,
        format="jsonl",
        text=text,
        headline=_text(data, TITLE_KEYS),
        url=_text(data, ("url",)),
        author=_text(data, ("author",)),
        site_name=_text(data, OUTLET_KEYS),
        published_raw=published,
        published_source="metadata" if published else "none",
        comments=_comments(data.get("comments"), lineno, warnings),
        warnings=warnings,
    )


def _comments(value: Any, lineno: int, warnings: list[str]) -> list[RawComment] | None:
    """Comments in list order; None when the line has no comments key (not separated yet)."""
    if value is None:
        return None
    if not isinstance(value, list):
        warnings.append(f"line {lineno}: comments is not a list; ignored")
        return None
    entries = [entry for entry in value if isinstance(entry, dict) and _text(entry, TEXT_KEYS)]
    if len(entries) < len(value):
        warnings.append(f"line {lineno}: {len(value) - len(entries)} comment(s) without text skipped")
    number_by_id = {str(entry["id"]): n for n, entry in enumerate(entries, start=1) if "id" in entry}
    comments: list[RawComment] = []
    for n, entry in enumerate(entries, start=1):
        parent, known = _parent(entry, n, number_by_id)
        if not known:
            warnings.append(f"line {lineno}: comment {n} answers an unknown comment; left unlinked")
        comments.append(
            RawComment(
                n=n,
                author=_text(entry, ("author", "user", "name")) or "",
                text=_text(entry, TEXT_KEYS) or "",
                timestamp=_text(entry, COMMENT_DATE_KEYS),
                parent_n=parent,
            )
        )
    return comments


def _parent(entry: dict[str, Any], n: int, number_by_id: dict[str, int]) -> tuple[int | None, bool]:
    """(parent number or None, whether a given parent was understood); only earlier comments count."""
    raw = next((entry[key] for key in COMMENT_PARENT_KEYS if entry.get(key) is not None), None)
    if raw is None or isinstance(raw, bool):
        return None, True
    if number_by_id:
        found = number_by_id.get(str(raw))
    elif isinstance(raw, int) or (isinstance(raw, str) and raw.isdigit()):
        found = int(raw)
    else:
        found = None
    if found is not None and 1 <= found < n:
        return found, True
    return None, False


def _text(data: dict[str, Any], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        value = data.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
        if isinstance(value, int | float) and not isinstance(value, bool) and key in DATE_KEYS:
            return str(value)
    return None
