"""Errors a user can act on: each has one clear line and an exit code."""

from __future__ import annotations


class AllegedlyError(Exception):
    """Base class: `str(error)` is the one line a user sees."""

    exit_code = 1


class InputRejected(AllegedlyError):
    """An input file that cannot be read as a document (binary, empty, too big, undecodable)."""

    exit_code = 3

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class StoreError(AllegedlyError):
    """The store cannot be opened or written; nothing was changed."""

    exit_code = 4


class ModelUnavailable(AllegedlyError):
    """The requested spaCy pipeline is not installed."""

    exit_code = 5


class NotFound(AllegedlyError):
    """A person, outlet or document a user asked for is not in the store."""

    exit_code = 6
