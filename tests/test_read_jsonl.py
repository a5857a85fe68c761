"""JSON Lines: one document per line, bad lines skipped with readable warnings, comments with parents."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from allegedly.errors import InputRejected
from allegedly.read import read_path


def _line(**fields: object) -> str:
    return json.dumps(fields)


def test_read_jsonl_documents_and_bad_line(tmp_path: Path) -> None:
    lines = [
        _line(
            url="https://thistle.example/1",
            title="Quint wins",
            published="2020-02-02",
            outlet="The Daily Thistle",
            author="Tamsin Ferrow",
            text="Mirela Quint won the Golden Ladle.",
        ),
        "{not json",
        _line(
            title="Ashdale sulks",
            text="Corvin Ashdale did not attend.",
            comments=[
                {"id": "a", "author": "Pipwick", "text": "Good.", "timestamp": "2020-02-03"},
                {"id": "b", "author": "Hollis", "text": "Harsh!", "parent": "a"},
                {"author": "Marguerite", "text": "Who?", "reply_to": "zzz"},
            ],
        ),
        "[1, 2]",
    ]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    first, second = read_path(path)
    assert first.path == f"{path}#1"
    assert first.file_name == "feed.jsonl"
    assert first.format == "jsonl"
    assert first.site_name == "The Daily Thistle"
    assert first.published_raw == "2020-02-02"
    assert first.published_source == "metadata"
    assert first.comments is None
    assert second.path == f"{path}#3"
    assert "skipped line 2: not JSON" in second.warnings
    assert "skipped line 4: not a JSON object" in second.warnings  # trailing bad line lands on the last doc
    assert second.comments is not None
    assert [(c.n, c.author, c.parent_n) for c in second.comments] == [
        (1, "Pipwick", None),
        (2, "Hollis", 1),
        (3, "Marguerite", None),
    ]
    assert second.comments[0].timestamp == "2020-02-03"
    assert any("comment 3 answers an unknown comment" in w for w in second.warnings)


def test_read_jsonl_numeric_parent_is_position(tmp_path: Path) -> None:
    path = tmp_path / "feed.ndjson"
    comments = [{"author": "A", "text": "one"}, {"author": "B", "text": "two", "parent": 1}]
    line = _line(text="Body.", comments=comments)
    path.write_text(line, encoding="utf-8")
    [doc] = read_path(path)
    assert doc.comments is not None
    assert doc.comments[1].parent_n == 1


def test_read_jsonl_all_lines_bad_rejected(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"title": "no text"}\nnope\n', encoding="utf-8")
    with pytest.raises(InputRejected, match="no readable JSON Lines"):
        read_path(path)
