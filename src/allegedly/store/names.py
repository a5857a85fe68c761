"""How names are compared across documents: the grouping key for cross-document identity."""

from __future__ import annotations

import re
import unicodedata

# A possessive ending at the end of a word: "Vance's", "Vance’s", and the bare apostrophe of
# plural possessives ("the Joneses'").  "O'Shea" keeps its apostrophe: the "s" is not word-final.
_POSSESSIVE = re.compile(r"(?<=\w)['’](?:s\b|(?=\s|$))", re.IGNORECASE)
_SPACES = re.compile(r"\s+")


def normalise_name(name: str) -> str:
    """The key two spellings of one name share: casefolded, accents stripped, possessive removed.

    "Zoë Marchetti's" and "zoe marchetti" both give "zoe marchetti".
    """
    text = _POSSESSIVE.sub("", name)
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", stripped.casefold()).strip()
