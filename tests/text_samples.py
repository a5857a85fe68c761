"""Invented text run through the whole pipeline, as the relation and name tests need it."""

from __future__ import annotations

from typing import Any

from allegedly.model import Analysis, RawDocument


def analyse(pipeline: Any, text: str, date: str | None = None, headline: str | None = None) -> Analysis:
    """The analysis of `text` as a plain-text document, dated by a header when `date` is given."""
    raw = RawDocument(
        path="t.txt",
        file_name="t.txt",
        format="text",
        text=text,
        headline=headline,
        published_raw=date,
        published_source="header" if date else "none",
    )
    return pipeline.analyse(raw)  # type: ignore[no-any-return]
