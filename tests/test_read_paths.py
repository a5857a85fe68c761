"""Input expansion (files, folders, globs) and content identity."""

from __future__ import annotations

from pathlib import Path

import pytest

from allegedly.errors import InputRejected
from allegedly.model import RawComment, RawDocument
from allegedly.read import content_hash, iter_input_paths


def _tree(tmp_path: Path) -> Path:
    root = tmp_path / "inbox"
    (root / "b").mkdir(parents=True)
    (root / ".git").mkdir()
    for name in ("b/2.txt", "a.txt", ".hidden.txt", ".git/config", "c.html"):
        (root / name).write_text("Corvin sings.", encoding="utf-8")
    return root


def test_read_paths_folder_recursive_sorted_without_hidden(tmp_path: Path) -> None:
    root = _tree(tmp_path)
    names = [path.relative_to(root).as_posix() for path in iter_input_paths([str(root)])]
    assert names == ["a.txt", "b/2.txt", "c.html"]


def test_read_paths_glob_and_dedup(tmp_path: Path) -> None:
    root = _tree(tmp_path)
    specs = [str(root / "*.txt"), str(root / "a.txt"), str(root / "**" / "*.txt")]
    names = [path.relative_to(root).as_posix() for path in iter_input_paths(specs)]
    assert names == ["a.txt", "b/2.txt"]


def test_read_paths_relative_glob(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _tree(tmp_path)
    monkeypatch.chdir(tmp_path)
    assert [p.as_posix() for p in iter_input_paths(["inbox/*.html"])] == ["inbox/c.html"]


@pytest.mark.parametrize("spec", ["missing.txt", "nothing-*.txt"])
def test_read_paths_missing_rejected(tmp_path: Path, spec: str) -> None:
    with pytest.raises(InputRejected):
        list(iter_input_paths([str(tmp_path / spec)]))


def _doc(text: str, comments: list[RawComment] | None = None) -> RawDocument:
    return RawDocument(
        path="x",
        file_name="x",
        format="text",
        text=text,
        headline="H",
        published_raw="2020-01-01",
        comments=comments,
    )


def test_read_paths_content_hash_identity() -> None:
    assert content_hash(_doc("Corvin sings.\n")) == content_hash(_doc("Corvin  sings."))
    assert content_hash(_doc("Corvin sings.")) != content_hash(_doc("Corvin sang."))
    with_comment = _doc("Corvin sings.", [RawComment(n=1, author="Pip", text="Nice")])
    assert content_hash(with_comment) != content_hash(_doc("Corvin sings."))
    assert len(content_hash(with_comment)) == 64
