"""Load an input file's bytes safely and decode them to text, or reject the file with one line."""

from __future__ import annotations

import codecs
import gzip
import re
import zlib
from dataclasses import dataclass, field
from pathlib import Path

import charset_normalizer

from allegedly.errors import InputRejected

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
# The longest document text (body and any plain-text thread) read for understanding. A file under
# DEFAULT_MAX_BYTES can still hold far more text than any article: parsing costs about 75 s and
# 4.5 GB of memory per million characters here (measured on joined celebrity articles), so a
# 10 MB text would exhaust memory. spaCy's own default guard is the same million.
MAX_TEXT_CHARS = 1_000_000

# How much of the start of a file the binary sniff looks at: enough to be representative, cheap to scan.
SNIFF_BYTES = 8192
# Share of control bytes (other than tab, newlines, form feed, escape) above which a file is "binary".
MAX_CONTROL_SHARE = 0.10
_TEXT_CONTROLS = frozenset(b"\t\n\r\f\x1b")
_CONTROL_BYTES = frozenset(range(32)) - _TEXT_CONTROLS | {0x7F}

# BOMs that carry their own encoding; UTF-16/32 text legitimately contains NUL bytes.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Most non-UTF-8 text we meet is Western web text in windows-1252 (the WHATWG meaning of "latin-1").
# charset-normalizer guesses badly on short inputs (it calls "café" UTF-16 or cp1257), so cp1252 wins
# when its decoding looks like Latin-script text: non-ASCII letters are a minority of all letters.
PREFERRED_LEGACY_ENCODING = "cp1252"
MAX_NON_ASCII_LETTER_SHARE = 0.3

# A charset declared inside an HTML page (meta charset / http-equiv content-type), read from its head.
_DECLARED_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
HTML_HEAD_BYTES = 4096
LEGACY_LABELS_READ_AS_CP1252 = frozenset({"iso8859-1", "ascii"})


@dataclass
class DecodedText:
    """A file's text and the notes a user should see about how it was decoded."""

    text: str
    encoding: str
    warnings: list[str] = field(default_factory=list)


def load_bytes(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """Return the file's (decompressed) bytes; never reads more than max_bytes + 1 of content."""
    display = str(path)
    try:
        size = path.stat().st_size
    except OSError as error:
        raise InputRejected(display, f"cannot read file ({error.strerror})") from error
    # Checked before reading: a huge file is rejected without touching its content.
    if size > max_bytes:
        raise InputRejected(display, f"file too large ({size:,} bytes; limit {max_bytes:,})")
    if size == 0:
        raise InputRejected(display, "empty file (0 bytes)")
    try:
        if path.name.lower().endswith(".gz"):
            data = _read_gzip(path, max_bytes)
        else:
            data = path.read_bytes()
    except OSError as error:
        raise InputRejected(display, f"cannot read file ({error.strerror})") from error
    if not data.strip():
        raise InputRejected(display, "empty file (whitespace only)")
    return data


def _read_gzip(path: Path, max_bytes: int) -> bytes:
    """Decompress at most max_bytes + 1 bytes, so a small gzip bomb cannot exhaust memory."""
    try:
        with gzip.open(path, "rb") as stream:
            data = stream.read(max_bytes + 1)
    except (gzip.BadGzipFile, EOFError, zlib.error) as error:
        raise InputRejected(str(path), f"not a readable gzip file ({error})") from error
    if len(data) > max_bytes:
        raise InputRejected(str(path), f"decompressed content larger than {max_bytes:,} bytes")
    return data


def reject_binary(data: bytes, display: str) -> None:
    """Raise InputRejected when the bytes look like a binary file rather than text."""
    if any(data.startswith(bom) for bom, _ in _BOMS):
        return
    head = data[:SNIFF_BYTES]
    if b"\x00" in head:
        raise InputRejected(display, "binary content (NUL bytes)")
    controls = sum(1 for byte in head if byte in _CONTROL_BYTES)
    if controls > MAX_CONTROL_SHARE * len(head):
        raise InputRejected(display, "binary content (mostly control bytes)")


def decode_text(data: bytes, display: str, *, html: bool = False) -> DecodedText:
    """Decode bytes: BOM, then strict UTF-8, then a page's declared charset, then a checked guess."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return DecodedText(data.decode(encoding), encoding, _note(encoding))
            except UnicodeDecodeError as error:
                raise InputRejected(display, f"undecodable text (bad {encoding})") from error
    # Strict UTF-8 first even for pages that declare another charset: valid UTF-8 with non-ASCII bytes
    # is almost never legacy text by accident, while pages often mislabel UTF-8 as latin-1.
    try:
        return DecodedText(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    if html:
        declared = declared_charset(data)
        if declared is not None:
            try:
                return DecodedText(data.decode(declared), declared, _note(declared))
            except UnicodeDecodeError:
                pass  # a wrong label; fall through to detection
    guessed = guess_encoding(data)
    if guessed is None:
        raise InputRejected(display, "undecodable text (not UTF-8, no encoding fits)")
    return DecodedText(data.decode(guessed), guessed, _note(guessed))


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in its head, when Python knows it."""
    match = _DECLARED_CHARSET_RE.search(data[:HTML_HEAD_BYTES])
    if match is None:
        return None
    try:
        name = codecs.lookup(match.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None
    # Browsers read pages labelled latin-1 or ASCII as windows-1252 (WHATWG Encoding), and so do we.
    return PREFERRED_LEGACY_ENCODING if name in LEGACY_LABELS_READ_AS_CP1252 else name


def guess_encoding(data: bytes) -> str | None:
    """A legacy encoding that decodes the bytes plausibly, or None."""
    try:
        western = data.decode(PREFERRED_LEGACY_ENCODING)
    except UnicodeDecodeError:
        western = None
    if western is not None and _looks_latin(western):
        return PREFERRED_LEGACY_ENCODING
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        return None
    return str(best.encoding)


def _looks_latin(text: str) -> bool:
    letters = [char for char in text if char.isalpha()]
    if not letters:
        return True
    non_ascii = sum(1 for char in letters if not char.isascii())
    return non_ascii <= MAX_NON_ASCII_LETTER_SHARE * len(letters)


def _note(encoding: str) -> list[str]:
    if codecs.lookup(encoding).name in ("utf-8", "utf-8-sig"):
        return []
    return [f"decoded as {encoding} (not UTF-8)"]
