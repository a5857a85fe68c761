"""File-level rejections and decoding: empty, binary, oversize, undecodable, Latin-1, gzip."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from allegedly.errors import InputRejected
from allegedly.read import DEFAULT_MAX_BYTES, read_path


def test_read_files_zero_bytes_rejected(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    with pytest.raises(InputRejected, match="empty file"):
        read_path(path)


def test_read_files_whitespace_only_rejected(tmp_path: Path) -> None:
    path = tmp_path / "blank.txt"
    path.write_bytes(b"  \n\t\r\n   \n")
    with pytest.raises(InputRejected, match="whitespace only"):
        read_path(path)


def test_read_files_binary_rejected(tmp_path: Path) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    with pytest.raises(InputRejected, match="binary") as caught:
        read_path(path)
    assert caught.value.path == str(path)
    assert "\n" not in str(caught.value)


def test_read_files_control_bytes_without_nul_rejected(tmp_path: Path) -> None:
    path = tmp_path / "blob.txt"
    path.write_bytes(bytes([1, 2, 3, 4, 5, 6, 7, 8, 65]) * 200)
    with pytest.raises(InputRejected, match="binary"):
        read_path(path)


def test_read_files_oversize_rejected(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text("Corvin Ashdale waved.\n" * 100, encoding="utf-8")
    with pytest.raises(InputRejected, match="too large"):
        read_path(path, max_bytes=1000)


def test_read_files_large_file_rejected_by_size_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with open(path, "wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: all NUL, so a content check would say "binary"
    with pytest.raises(InputRejected, match="too large"):
        read_path(path)
    assert path.stat().st_size > DEFAULT_MAX_BYTES


def test_read_files_gzip_bomb_capped(tmp_path: Path) -> None:
    path = tmp_path / "bomb.txt.gz"
    path.write_bytes(gzip.compress(b"a" * 200_000))
    with pytest.raises(InputRejected, match="decompressed content larger"):
        read_path(path, max_bytes=10_000)


def test_read_files_latin1_decoded(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    content = "Mirela Quint opened a café in Brackenby\n\nThe café serves crème brûlée.\n"
    path.write_bytes(content.encode("latin-1"))
    [doc] = read_path(path)
    assert doc.headline == "Mirela Quint opened a café in Brackenby"
    assert doc.text == "The café serves crème brûlée."
    assert any("cp1252" in warning for warning in doc.warnings)


def test_read_files_short_latin1_word(tmp_path: Path) -> None:
    path = tmp_path / "tiny.txt"
    path.write_bytes("café".encode("latin-1"))
    [doc] = read_path(path)
    assert doc.text == "café"


def test_read_files_cyrillic_legacy_encoding(tmp_path: Path) -> None:
    path = tmp_path / "cyr.txt"
    path.write_bytes("Привет, как дела? Это новость о певице Миреле.\n".encode("cp1251"))
    [doc] = read_path(path)
    assert doc.text.startswith("Привет, как дела?")


def test_read_files_utf8_bom_stripped(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffdate 2022-05-06\nCorvin sings.\n".encode())
    [doc] = read_path(path)
    assert doc.published_raw == "2022-05-06"
    assert doc.text == "Corvin sings."
    assert doc.warnings == []


def test_read_files_utf16_with_bom_is_text_not_binary(tmp_path: Path) -> None:
    path = tmp_path / "wide.txt"
    path.write_bytes("Corvin sings in Brackenby.\n".encode("utf-16"))
    [doc] = read_path(path)
    assert doc.text == "Corvin sings in Brackenby."


def test_read_files_missing_file_rejected(tmp_path: Path) -> None:
    with pytest.raises(InputRejected, match="cannot read"):
        read_path(tmp_path / "nope.txt")


def test_read_files_gzip_text(tmp_path: Path) -> None:
    path = tmp_path / "note.txt.gz"
    path.write_bytes(gzip.compress(b"date 2019-09-09\nMirela Quint adopts a heron.\n"))
    [doc] = read_path(path)
    assert doc.published_raw == "2019-09-09"
    assert doc.file_name == "note.txt.gz"


def test_read_files_text_longer_than_the_understanding_limit_rejected(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A file under the byte limit can still hold more text than the parser can take in memory.
    monkeypatch.setattr("allegedly.read.MAX_TEXT_CHARS", 500)
    path = tmp_path / "long.txt"
    path.write_text("Corvin Ashdale waved at the crowd.\n" * 40, encoding="utf-8")
    with pytest.raises(InputRejected, match=r"text too long \(1,\d{3} characters; limit 500\)"):
        read_path(path)


def test_read_files_jsonl_record_too_long_skipped_with_a_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("allegedly.read.MAX_TEXT_CHARS", 500)
    path = tmp_path / "posts.jsonl"
    short = '{"text": "Corvin Ashdale, 41, married Mira Lenk in 2019."}'
    long = '{"text": "' + "Corvin Ashdale waved. " * 40 + '"}'
    path.write_text("\n".join([short, long, short.replace("2019", "2020")]) + "\n", encoding="utf-8")
    documents = read_path(path)
    assert [d.text[-5:] for d in documents] == ["2019.", "2020."]
    assert any("#2: text too long" in w and "skipped" in w for w in documents[1].warnings)
