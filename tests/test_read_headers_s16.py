"""Header lines under a headline that name the kind of piece ("Podcast recap by ...", "Film
review by ..."), a slideshow's label ("Gallery, 12 photos"), or the wire's place and agency after
the date ("2025-07-16 — LISBON (Harbourline Wire)")."""

from __future__ import annotations

from pathlib import Path

import pytest

from allegedly.read import read_path
from allegedly.read.text import read_byline

HEADLINE = "Oriel Vantongeren-Bah Opens a Pottery on the Quay"
BODY = "Oriel Vantongeren-Bah opened her pottery on Tuesday.\n\nShe sold every jug by noon."


@pytest.mark.parametrize(
    ("line", "author", "date", "outlet"),
    [
        ("22/07/2025 — Podcast recap by Sunniva Okafor-Lind", "Sunniva Okafor-Lind", "22/07/2025", None),
        ("March 3, 2025 | Film review by Jorrit Abbey", "Jorrit Abbey", "March 3, 2025", None),
        ("Sat 6 Sep 2025 | Gallery, 12 photos | Words by Ilse Moreau", "Ilse Moreau", "6 Sep 2025", None),
        ("Photo gallery | 4 May 2024", None, "4 May 2024", None),
        ("2025-07-16 — LISBON (Harbourline Wire)", None, "2025-07-16", "Harbourline Wire"),
        ("14 May 2025 — SAN DIEGO, Calif. (Harbourline Wire)", None, "14 May 2025", "Harbourline Wire"),
    ],
)
def test_header_line_parts(line: str, author: str | None, date: str, outlet: str | None) -> None:
    byline = read_byline(line, under_headline=True)
    assert byline is not None
    assert (byline.author, byline.date, byline.outlet) == (author, date, outlet)


@pytest.mark.parametrize(
    "line",
    [
        "Stand by Me | 2024-05-04",  # a title before "by" is no kind of piece
        "The review by the board found nothing, officials said on 4 May 2024.",
        "LISBON (Harbourline Wire) — Oriel Vantongeren-Bah opened a pottery on Tuesday.",
    ],
)
def test_prose_is_no_header(line: str) -> None:
    assert read_byline(line, under_headline=True) is None


def test_a_recap_line_dates_the_file_and_stays_out_of_the_text(tmp_path: Path) -> None:
    path = tmp_path / "recap.txt"
    path.write_text(
        f"outlet: Earshot\n{HEADLINE}\n22/07/2025 — Podcast recap by Sunniva Okafor-Lind\n\n{BODY}\n",
        encoding="utf-8",
    )
    [doc] = read_path(path)
    assert (doc.author, doc.published_raw) == ("Sunniva Okafor-Lind", "22/07/2025")
    assert "Podcast recap" not in doc.text
    assert doc.text.startswith("Oriel Vantongeren-Bah opened")
