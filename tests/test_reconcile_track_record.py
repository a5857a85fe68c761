"""Outlet track records, and the footnoted brief."""

from __future__ import annotations

import json
from datetime import date

from allegedly.model import DateValue
from allegedly.reconcile.brief import brief
from allegedly.reconcile.track_record import track_records
from reconcile_samples import analysis, claim, person

PEOPLE = [person("Ada Quill"), person("Ben Vance"), person("Pip Vance")]


def _corpus():  # type: ignore[no-untyped-def]
    return [
        analysis(
            "rumour.txt",
            "2020-03",
            [
                claim(
                    "Ada Quill",
                    "engaged",
                    "Ben Vance",
                    kind="anonymous",
                    outlet="In Touch",
                    modality="hedged",
                ),
                claim(
                    "Ada Quill",
                    "engaged",
                    "Ben Vance",
                    kind="anonymous",
                    outlet="In Touch",
                    modality="hedged",
                ),
                claim(
                    "Ada Quill",
                    "separated",
                    "Ben Vance",
                    kind="anonymous",
                    outlet="Velvet Rumor",
                    modality="hedged",
                ),
                claim(
                    "Ada Quill", "residence", "Oslo", kind="anonymous", outlet="In Touch", modality="hedged"
                ),
            ],
            PEOPLE,
        ),
        analysis(
            "statement.txt",
            "2020-06-01",
            [
                claim("Ada Quill", "engaged", "Ben Vance", kind="on_record", speaker="Ada Quill"),
                claim(
                    "Ben Vance",
                    "separated",
                    "Ada Quill",
                    kind="on_record",
                    speaker="Ben Vance",
                    modality="denied",
                ),
                claim("Ada Quill", "child", "Pip Vance", date="2021-02-03"),
            ],
            PEOPLE,
            outlet="People",
        ),
    ]


def test_reconcile_track_record_confirmed_contradicted_unsettled() -> None:
    records = {r.outlet: r for r in track_records(_corpus())}
    in_touch, velvet = records["In Touch Weekly"], records["Velvet Rumor"]
    assert (in_touch.claims, in_touch.confirmed, in_touch.contradicted, in_touch.unsettled) == (2, 1, 0, 1)
    assert in_touch.verdict == "generally unreliable"
    assert (velvet.confirmed, velvet.contradicted, velvet.unsettled) == (0, 1, 0)
    assert velvet.verdict == "not in the outlet table"
    assert records["People"].unsettled == 3  # nothing later settles them


def test_reconcile_brief_every_sentence_is_footnoted() -> None:
    written = brief(_corpus(), ["Ada Quill", "Ben Vance"], generated=date(2024, 1, 2))
    markdown = written.to_markdown()
    assert markdown.startswith("# Everything we know: Ada Quill and Ben Vance")
    assert "_Generated 2024-01-02 from every stored report._" in markdown
    bullets = [
        line for line in markdown.splitlines() if line.startswith("- ") and not line.startswith("- **")
    ]
    assert bullets and all("[^" in line for line in bullets)
    assert "denied vs asserted" in markdown
    data = json.loads(json.dumps(written.to_json()))
    assert {"file", "outlet", "source_kind", "modality", "report_date"} <= set(data["footnotes"][0])
    cited = {n for s in data["sections"] for t in s["sentences"] for n in t["footnotes"]}
    assert cited == {f["n"] for f in data["footnotes"]}


def test_reconcile_brief_as_of_is_dated_and_leaves_later_reports_out() -> None:
    written = brief(_corpus(), ["Ada Quill"], as_of=DateValue("2020-04-30"), generated=date(2024, 1, 2))
    assert written.as_of == "2020-04-30"
    assert {f.claim.file for f in written.footnotes} == {"rumour.txt"}
    assert "reports up to 2020-04-30" in written.to_markdown()


def test_reconcile_brief_one_footnote_per_citation_and_births_named() -> None:
    """Two claims of one sentence by one voice (In Touch's engagement, read twice) share one
    footnote; a child's stage names the birth."""
    corpus = _corpus()
    corpus[1].claims.append(claim("Ben Vance", "child", "Pip Vance", date="2021-02-03"))  # both parents
    written = brief(corpus, ["Ada Quill", "Ben Vance"], generated=date(2024, 1, 2))
    texts = [note.text() for note in written.footnotes]
    assert len(texts) == len(set(texts))
    assert sum("In Touch, anonymous, hedged" in t and "engaged" in t for t in texts) == 1
    markdown = written.to_markdown()
    assert "- 2021-02-03: child Pip Vance born (2021-02-03; stated; People)" in markdown
