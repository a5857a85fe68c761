"""The evaluation view of CONTRACT.md over invented articles."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from allegedly.present.eval_view import evaluation_view
from allegedly.read import read_path


def _view(pipeline: Any, tmp_path: Path, text: str) -> dict[str, Any]:
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8")
    [raw] = read_path(path)
    return evaluation_view([pipeline.analyse(raw)])


def test_one_statement_of_a_symmetric_fact_is_one_claim(pipeline: Any, tmp_path: Path) -> None:
    view = _view(
        pipeline,
        tmp_path,
        "Brisa Tollan Marks Ten Years of Marriage\ndate 2022-05-10\n\n"
        "Brisa Tollan has been happily married to Osk Verhoven for more than a decade.\n",
    )
    [fact] = [f for f in view["facts"] if f["predicate"] == "spouse"]
    assert {fact["subject"], fact["object"]} == {"Brisa Tollan", "Osk Verhoven"}
    assert len(fact["claims"]) == 1
    assert view["documents"][0]["published"] == "2022-05-10"


def test_byline_is_no_event_of_the_timeline(pipeline: Any, tmp_path: Path) -> None:
    view = _view(
        pipeline,
        tmp_path,
        "Brisa Tollan Opens a Gallery\nBy Ottilie Brask | March 14, 2024\n\n"
        "Brisa Tollan moved to Lisbon in 2019.\n",
    )
    assert view["documents"][0]["published"] == "2024-03-14"
    assert all("Ottilie Brask" not in entry["participants"] for entry in view["timeline"])
