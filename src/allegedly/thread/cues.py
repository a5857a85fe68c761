"""Thread cues, read once from data/thread_cues.toml."""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from typing import Any


@cache
def thread_cues() -> dict[str, Any]:
    """The parsed cue tables; read from disk once per process."""
    text = resources.files("allegedly").joinpath("data/thread_cues.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)
