"""The `allegedly` command end to end, in process: ingest, queries, exports, bad input."""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path
from typing import Any

import pytest

from allegedly.present.cli import main

pytestmark = pytest.mark.model


def run(capsys: Any, monkeypatch: Any, *args: str) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "argv", ["allegedly", *args])
    with pytest.raises(SystemExit) as done:
        main()
        raise SystemExit(0)
    captured = capsys.readouterr()
    return int(done.value.code or 0), captured.out, captured.err


@pytest.fixture
def db(tmp_path: Path) -> str:
    return str(tmp_path / "test.db")


def stored_counts(capsys: Any, monkeypatch: Any, db: str) -> dict[str, int]:
    code, out, _ = run(capsys, monkeypatch, "stats", "--db", db, "--format", "json")
    assert code == 0
    return json.loads(out)  # type: ignore[no-any-return]


def test_cli_ingest_sample_then_reingest_changes_nothing(
    capsys: Any, monkeypatch: Any, db: str, sample_dir: Path
) -> None:
    code, out, _ = run(capsys, monkeypatch, "ingest", str(sample_dir), "--db", db, "--format", "json")
    assert code == 0
    first = json.loads(out)
    assert len(first["stored"]) == 6 and not first["rejected"]  # 3 files + 3 JSON Lines items
    before = stored_counts(capsys, monkeypatch, db)
    code, out, _ = run(capsys, monkeypatch, "ingest", str(sample_dir), "--db", db, "--format", "json")
    assert code == 0
    assert len(json.loads(out)["unchanged"]) == 6
    assert stored_counts(capsys, monkeypatch, db) == before


def test_cli_person_shows_sourced_relations(capsys: Any, monkeypatch: Any, db: str, sample_dir: Path) -> None:
    run(capsys, monkeypatch, "ingest", str(sample_dir), "--db", db)
    code, out, _ = run(capsys, monkeypatch, "person", "calla renwick", "--db", db, "--format", "json")
    assert code == 0
    view = json.loads(out)
    assert view["name"] == "Calla Renwick"
    spouse = [
        c
        for c in view["claims"]
        if c["predicate"] == "spouse" and "Rafe Castellane" in (c["subject"], c["object"])
    ]
    assert any(c["date"] == "2017-09-09" for c in spouse)
    assert all(c["source_kind"] and c["modality"] for c in view["claims"])
    code, out, _ = run(capsys, monkeypatch, "person", "Calla Renwick", "--db", db)
    assert code == 0 and "spouse" in out and "Rafe Castellane" in out


def test_cli_person_as_of_hides_later_reports(
    capsys: Any, monkeypatch: Any, db: str, sample_dir: Path
) -> None:
    run(capsys, monkeypatch, "ingest", str(sample_dir), "--db", db)
    code, out, _ = run(
        capsys,
        monkeypatch,
        "person",
        "Calla Renwick",
        "--db",
        db,
        "--as-of",
        "2019-12-31",
        "--format",
        "json",
    )
    assert code == 0
    view = json.loads(out)
    assert view["claims"], "the 2019 blog post was reported by then"
    assert all(c["reported"] is None or c["reported"] <= "2019-12-31" for c in view["claims"])


def test_cli_unknown_person_is_one_line_and_exit_6(
    capsys: Any, monkeypatch: Any, db: str, sample_dir: Path
) -> None:
    run(capsys, monkeypatch, "ingest", str(sample_dir), "--db", db)
    code, _, err = run(capsys, monkeypatch, "person", "Calla Renwik", "--db", db)
    assert code == 6
    assert err.strip().count("\n") == 0 and "Calla Renwick" in err


def test_cli_bad_inputs_are_skipped_and_stored_data_survives(
    capsys: Any, monkeypatch: Any, db: str, sample_dir: Path, tmp_path: Path
) -> None:
    run(capsys, monkeypatch, "ingest", str(sample_dir), "--db", db)
    before = stored_counts(capsys, monkeypatch, db)
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (bad / "empty.txt").write_bytes(b"")
    (bad / "page.html").write_bytes(b"<html><head><title>Cut")
    huge = bad / "huge.txt"
    with open(huge, "wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    # Under the byte limit but more text than the parser can hold: rejected before parsing.
    (bad / "long.txt").write_text("Corvin Ashdale waved at the crowd.\n" * 32_000, encoding="utf-8")
    code, _, err = run(capsys, monkeypatch, "ingest", str(bad), "--db", db)
    assert code == 3  # nothing could be stored
    skipped = [line for line in err.splitlines() if line.startswith("skipped")]
    assert len(skipped) == 5, err
    too_long = "long.txt: text too long (1,119,999 characters; limit 1,000,000)"
    assert any(too_long in line for line in skipped), err
    assert stored_counts(capsys, monkeypatch, db) == before


def test_cli_a_document_that_fails_to_be_understood_is_skipped_and_the_rest_stored(
    capsys: Any, monkeypatch: Any, db: str, tmp_path: Path
) -> None:
    from allegedly.pipeline import Pipeline

    understand = Pipeline._understand

    def fails_on_marker(self: Pipeline, document: Any, parsed: Any) -> Any:
        if "Zephyrine" in document.body:
            raise ValueError("invented failure\nsecond line")
        return understand(self, document, parsed)

    monkeypatch.setattr(Pipeline, "_understand", fails_on_marker)
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Corvin Ashdale weds\n\nCorvin Ashdale, 41, married Mira Lenk in 2019.\n")
    (folder / "b.txt").write_text("Zephyrine Holt tours\n\nZephyrine Holt, 29, is touring Peru.\n")
    code, out, err = run(capsys, monkeypatch, "ingest", str(folder), "--db", db, "--format", "json")
    assert code == 0, err
    report = json.loads(out)
    assert [Path(p).name for p in report["stored"]] == ["a.txt"]
    assert len(report["rejected"]) == 1
    assert report["rejected"][0].endswith("b.txt: could not be understood (ValueError: invented failure)")


def test_cli_latin1_text_is_read_and_stored(capsys: Any, monkeypatch: Any, db: str, tmp_path: Path) -> None:
    page = tmp_path / "latin.txt"
    page.write_bytes(
        "Zoé Marchal opens a café in Lyon\n\nZoé Marchal, 33, and her husband Rémi Dufour "
        "moved from Paris to Lyon, the café’s owners said.".replace("’", "'").encode("latin-1")
    )
    code, _, _ = run(capsys, monkeypatch, "ingest", str(page), "--db", db)
    assert code == 0
    code, out, _ = run(capsys, monkeypatch, "claims", "Zoé Marchal", "--db", db, "--format", "json")
    assert code == 0
    assert any(c["predicate"] == "age" and c["value"] == "33" for c in json.loads(out))


def test_cli_comment_script_is_stored_exactly_and_printed_escaped(
    capsys: Any, monkeypatch: Any, db: str, tmp_path: Path
) -> None:
    payload = "<script>alert('x')</script> and [bold]not markup[/bold]"
    item = {
        "url": "https://gossip.example/a",
        "title": "Tess Aubrey engaged",
        "published": "2024-01-05",
        "outlet": "Gossip Example",
        "text": "Tess Aubrey and her fiancé, Cole Ritter, are engaged.",
        "comments": [{"author": "reader1", "text": payload}],
    }
    source = tmp_path / "items.jsonl.gz"
    source.write_bytes(gzip.compress((json.dumps(item) + "\n").encode()))
    plain = tmp_path / "items.jsonl"
    plain.write_text(json.dumps(item) + "\n", encoding="utf-8")
    code, _, _ = run(capsys, monkeypatch, "ingest", str(plain), "--db", db)
    assert code == 0
    code, out, _ = run(capsys, monkeypatch, "export", "--db", db, "--format", "json")
    assert code == 0
    exported = json.loads(out)
    assert exported[0]["document"]["comments"][0]["text"] == payload


def test_cli_export_eval_has_contract_shape(capsys: Any, monkeypatch: Any, sample_dir: Path) -> None:
    files = [str(p) for p in sorted(sample_dir.glob("00*"))]
    code, out, _ = run(capsys, monkeypatch, "export", "--format", "eval", *files)
    assert code == 0
    view = json.loads(out)
    assert set(view) == {"documents", "facts", "timeline"}
    blog = next(d for d in view["documents"] if d["file"] == "001_blog_2019.txt")
    assert blog["published"] == "2019-06" and blog["published_inferred"] is True
    assert len(blog["comments"]) == 20 and blog["declared_comment_count"] == 23
    assert all(
        {"subject", "predicate", "object", "value", "date", "end", "claims"} <= set(f) for f in view["facts"]
    )


def test_cli_export_csv_has_a_row_per_claim(capsys: Any, monkeypatch: Any, sample_dir: Path) -> None:
    code, out, _ = run(
        capsys, monkeypatch, "export", "--format", "csv", str(sample_dir / "002_explainer_2024.txt")
    )
    assert code == 0
    header, *rows = out.strip().splitlines()
    assert header.startswith("subject,predicate,object") and len(rows) >= 5


def test_cli_thread_summarises_the_sample_blog(capsys: Any, monkeypatch: Any, sample_dir: Path) -> None:
    code, out, _ = run(
        capsys, monkeypatch, "thread", str(sample_dir / "001_blog_2019.txt"), "--format", "json"
    )
    assert code == 0
    view = json.loads(out)
    assert view["comments"] == 20 and view["declared"] == 23
    assert 0 < view["civility_rate"] < 1
    assert "Rafe Castellane" in view["stance_shares"]
    shares = view["stance_shares"]["Rafe Castellane"]
    assert abs(sum(shares.values()) - 1) < 1e-6


def test_cli_thread_of_unknown_document_is_one_line(capsys: Any, monkeypatch: Any, db: str) -> None:
    code, _, err = run(capsys, monkeypatch, "thread", "no-such-document", "--db", db)
    assert code == 6 and err.strip().count("\n") == 0


def test_cli_identity_merge_is_kept_beside_the_store(
    capsys: Any, monkeypatch: Any, db: str, sample_dir: Path
) -> None:
    run(capsys, monkeypatch, "ingest", str(sample_dir), "--db", db)
    code, _, _ = run(
        capsys, monkeypatch, "identity", "merge", "Rafe C. Castellane", "Rafe Castellane", "--db", db
    )
    assert code == 0
    saved = json.loads(Path(f"{db}.overrides.json").read_text(encoding="utf-8"))
    assert saved["merge"] == [["Rafe C. Castellane", "Rafe Castellane"]]
    code, out, _ = run(capsys, monkeypatch, "identity", "show", "Castellane", "--db", db, "--format", "json")
    assert code == 0 and json.loads(out)["name"] == "Rafe Castellane"


def test_cli_sourcing_of_the_sample_explainer(capsys: Any, monkeypatch: Any, sample_dir: Path) -> None:
    """The explainer leans on anonymous sources told to tabloids and names two people on record."""
    code, out, _ = run(
        capsys, monkeypatch, "sourcing", str(sample_dir / "002_explainer_2024.txt"), "--format", "json"
    )
    assert code == 0
    view = json.loads(out)
    assert view["by_source"]["anonymous"] >= 3
    assert {"Calla Renwick", "Rafe Castellane"} <= set(view["named_speakers"])
    outlets = {o["name"]: o["reliability"] for o in view["outlets_named"]}
    assert outlets["People"] > outlets["In Touch Weekly"]
    weakest = view["weakest"][0]
    assert weakest["source"] == "anonymous" and weakest["confidence"] < view["mean_confidence"]


def test_cli_sourcing_overview_of_the_store(capsys: Any, monkeypatch: Any, db: str, sample_dir: Path) -> None:
    assert run(capsys, monkeypatch, "ingest", str(sample_dir), "--db", db)[0] == 0
    code, out, _ = run(capsys, monkeypatch, "sourcing", "--db", db, "--format", "json")
    assert code == 0
    views = json.loads(out)
    assert len(views) == stored_counts(capsys, monkeypatch, db)["documents"]
    assert all(0 <= v["mean_confidence"] <= 1 for v in views)


def test_cli_pair_cites_each_source_once(capsys: Any, monkeypatch: Any, db: str, sample_dir: Path) -> None:
    """A child claimed of each parent from one sentence is one citation, not two."""
    run(capsys, monkeypatch, "ingest", str(sample_dir), "--db", db)
    code, out, _ = run(
        capsys, monkeypatch, "pair", "Calla Renwick", "Rafe Castellane", "--db", db, "--format", "json"
    )
    assert code == 0
    stages = json.loads(out)["stages"]
    assert {"met", "married", "child", "divorced"} <= {s["state"] for s in stages}
    assert all(len(s["evidence"]) == len(set(s["evidence"])) for s in stages)
