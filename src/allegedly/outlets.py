"""The outlet table: publishers, the names prose gives them, and their reliability prior."""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

# Reliability prior of an outlet missing from WP:RSP (data/outlets.md explains the scale).
UNLISTED_RELIABILITY = 0.4


@dataclass(frozen=True)
class Outlet:
    name: str
    aliases: tuple[str, ...]
    domains: tuple[str, ...]
    kind: str
    reliability: float
    verdict: str
    verdict_year: str
    link: str
    note: str


@lru_cache(maxsize=8192)
def normalise_name(name: str) -> str:
    """Casefolded, accent-free, punctuation-free form used to compare names (kept for the names
    asked again: the same few names are compared many times a document)."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"['’]s\b", "", text)
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text).split())


class OutletTable:
    """Lookup by any name, alias or web domain; `find` locates outlet names in prose."""

    def __init__(self, outlets: list[Outlet]) -> None:
        self.outlets = outlets
        self._by_name: dict[str, Outlet] = {}
        self._by_domain: dict[str, Outlet] = {}
        for outlet in outlets:
            for alias in (outlet.name, *outlet.aliases):
                self._by_name.setdefault(normalise_name(alias), outlet)
            for domain in outlet.domains:
                self._by_domain[domain.lower().removeprefix("www.")] = outlet
        names = sorted({a for o in outlets for a in (o.name, *o.aliases) if a}, key=len, reverse=True)
        # Case-sensitive on purpose: "People" the magazine, not "people"; all-caps house
        # styles ("STYLECASTER") are added as their own alternatives.
        variants = {v for n in names for v in (n, n.upper())}
        alternation = "|".join(re.escape(n) for n in sorted(variants, key=len, reverse=True))
        self._extended: dict[str, OutletTable] = {}
        # The first letters of every name, looked ahead before anything else: the engine then
        # skips most positions at once instead of trying 400 names at each (same matches).
        firsts = "".join(sorted({re.escape(v[0]) for v in variants}))
        lead = f"(?=[{firsts}])" if firsts else "(?!)"  # an empty table matches nothing
        self._pattern = re.compile(lead + r"(?<![\w-])(?:" + alternation + r")(?![\w-])")

    def including(self, name: str | None) -> OutletTable:
        """This table, plus an outlet it does not list (a page's own site name), so its name
        in the text is read as a publication and not as a person."""
        if not name or self.lookup(name) is not None:
            return self
        if name not in self._extended:
            extra = Outlet(
                name, (), (), "unlisted", UNLISTED_RELIABILITY, "not listed", "", "", "from the page itself"
            )
            self._extended[name] = OutletTable([*self.outlets, extra])
        return self._extended[name]

    def lookup(self, name: str | None) -> Outlet | None:
        """The outlet known by this name, alias or domain, if any."""
        if not name:
            return None
        key = normalise_name(name)
        if key in self._by_name:
            return self._by_name[key]
        domain = name.lower().strip()
        domain = re.sub(r"^https?://", "", domain).split("/")[0].removeprefix("www.")
        return self._by_domain.get(domain)

    def find(self, text: str) -> list[tuple[int, int, Outlet]]:
        """Every outlet name written in `text`, as (start, end, outlet)."""
        found = []
        for match in self._pattern.finditer(text):
            outlet = self.lookup(match.group(0))
            if outlet is not None:
                found.append((match.start(), match.end(), outlet))
        return found


def _split(cell: str | None) -> tuple[str, ...]:
    return tuple(part.strip() for part in (cell or "").split("|") if part.strip())


@cache
def outlet_table() -> OutletTable:
    """The shipped table (data/outlets.csv), loaded once."""
    raw = resources.files("allegedly.data").joinpath("outlets.csv").read_text(encoding="utf-8")
    rows = csv.DictReader(io.StringIO(raw))
    outlets = []
    for row in rows:
        try:
            reliability = float(row.get("reliability") or UNLISTED_RELIABILITY)
        except ValueError:
            reliability = UNLISTED_RELIABILITY
        outlets.append(
            Outlet(
                name=row["name"].strip(),
                aliases=_split(row.get("aliases")),
                domains=_split(row.get("domains")),
                kind=(row.get("kind") or "").strip(),
                reliability=reliability,
                verdict=(row.get("verdict") or "").strip(),
                verdict_year=(row.get("verdict_year") or "").strip(),
                link=(row.get("link") or "").strip(),
                note=(row.get("note") or "").strip(),
            )
        )
    return OutletTable(outlets)
