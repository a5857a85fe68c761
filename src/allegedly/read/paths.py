"""Turn command-line input specs (files, folders, globs) into the files to read, in a stable order."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from allegedly.errors import InputRejected

GLOB_CHARACTERS = frozenset("*?[")


def iter_input_paths(specs: list[str]) -> Iterator[Path]:
    """Each file once, in spec order; folders recursively and sorted, hidden files and folders skipped."""
    seen: set[Path] = set()
    for spec in specs:
        for path in _expand(spec):
            key = path.resolve()
            if key not in seen:
                seen.add(key)
                yield path


def _expand(spec: str) -> Iterator[Path]:
    path = Path(spec).expanduser()
    if path.is_file():
        yield path
    elif path.is_dir():
        yield from _folder_files(path)
    elif GLOB_CHARACTERS.intersection(spec):
        matches = sorted(_glob(path))
        if not matches:
            raise InputRejected(spec, "no files match this pattern")
        for match in matches:
            found = Path(match)
            if found.is_dir():
                yield from _folder_files(found)
            elif found.is_file():
                yield found
    else:
        raise InputRejected(spec, "no such file or folder")


def _glob(pattern: Path) -> list[Path]:
    """Matches of a pattern ("**" recurses), skipping hidden names the pattern does not spell out."""
    parts = pattern.parts
    fixed = next((i for i, part in enumerate(parts) if GLOB_CHARACTERS.intersection(part)), len(parts))
    base = Path(*parts[:fixed]) if fixed else Path()
    wanted_hidden = any(part.startswith(".") for part in parts[fixed:])
    matches: list[Path] = []
    for match in base.glob(str(Path(*parts[fixed:]))):
        # Path.glob, unlike the shell, lets "*" match ".git" and ".hidden.txt".
        if wanted_hidden or not any(part.startswith(".") for part in match.relative_to(base).parts):
            matches.append(match)
    return matches


def _folder_files(folder: Path) -> Iterator[Path]:
    """Regular files under folder, sorted; anything under a name starting with "." is skipped."""
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder)
        if any(part.startswith(".") for part in relative.parts):
            continue
        if path.is_file():
            yield path
