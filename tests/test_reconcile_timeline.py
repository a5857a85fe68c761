"""Relationship life-cycles, the view as of a date, and story diffs."""

from __future__ import annotations

from allegedly.model import DateValue
from allegedly.reconcile.as_of import as_of, story_diff
from allegedly.reconcile.timeline import relationship, relationships
from reconcile_samples import analysis, claim, person

PEOPLE = [person("Ada Quill", "Ada"), person("Ben Vance", "Ben"), person("Cleo Marr"), person("Pip Vance")]


def _story() -> list:  # type: ignore[type-arg]
    return [
        analysis(
            "2014.txt",
            "2014-12",
            [
                claim("Ada Quill", "engaged", "Ben Vance", date="2014-12", kind="outlet", outlet="In Touch"),
                claim("Ada Quill", "child", "Pip Vance", date="2014-09-10"),
                claim("Ben Vance", "child", "Pip Vance", date="2014-09"),
                claim("Ben Vance", "age", value="34", date="2014-12"),
            ],
            PEOPLE,
        ),
        analysis(
            "2024.txt",
            "2024-08-07",
            [
                claim("Ada Quill", "met", "Ben Vance", date="2013"),
                claim("Ben Vance", "spouse", "Ada Quill", date="2015-08-04"),
                claim(
                    "Ben Vance",
                    "affair",
                    "Cleo Marr",
                    date="2024-06",
                    kind="anonymous",
                    speaker="insider",
                    outlet="Us Weekly",
                    modality="hedged",
                ),
                claim(
                    "Ada Quill",
                    "separated",
                    "Ben Vance",
                    date="2024-08",
                    kind="anonymous",
                    speaker="insider",
                    outlet="Us Weekly",
                    modality="hedged",
                ),
            ],
            PEOPLE,
            outlet="Velvet Rumor",
        ),
        analysis("undated.txt", None, [claim("Ada Quill", "divorced", "Ben Vance")], PEOPLE),
    ]


def test_reconcile_timeline_life_cycle_of_a_pair() -> None:
    pair = relationship(_story(), "Ben Vance", "Ada")
    assert pair.states() == ["met", "child", "engaged", "married", "affair", "separated", "divorced"]
    (married,) = pair.stage("married")
    assert married.date == DateValue("2015-08-04") and married.status == "stated"
    (affair,) = pair.stage("affair")
    assert affair.status == "alleged" and affair.detail == "Ben Vance with Cleo Marr"
    assert affair.describe() == "affair alleged (2024-06; Ben Vance with Cleo Marr; Us Weekly insider)"
    (separated,) = pair.stage("separated")
    assert separated.status == "reported" and separated.reported == DateValue("2024-08-07")
    (child,) = pair.stage("child")
    assert child.detail == "Pip Vance" and child.date == DateValue("2014-09-10") and len(child.evidence) == 2
    assert [p.pair for p in relationships(_story())] == [("Ada Quill", "Ben Vance")]


def test_reconcile_timeline_one_fact_can_be_two_stages() -> None:
    corpus = [
        analysis("a.txt", "2016", [claim("Ada Quill", "separated", "Ben Vance", date="2016-02")], PEOPLE),
        analysis("b.txt", "2024", [claim("Ada Quill", "separated", "Ben Vance", date="2024-05")], PEOPLE),
        analysis("c.txt", "2024-06", [claim("Ada Quill", "separated", "Ben Vance")], PEOPLE),
    ]
    stages = relationship(corpus, "Ada Quill", "Ben Vance").stage("separated")
    assert [(str(s.date), len(s.evidence)) for s in stages] == [("2016-02", 1), ("2024-05", 2)]


def test_reconcile_as_of_keeps_only_what_was_reported_by_then() -> None:
    then = as_of(_story(), DateValue("2014-12-31"))
    assert [a.document.file_name for a in then] == ["2014.txt", "undated.txt"]
    assert all(c.report_date is not None and c.report_date.year == 2014 for a in then for c in a.claims)
    assert then[1].claims == []  # unknown report date: left out
    assert as_of(_story(), DateValue("2014-12-15"))[0].claims == []  # "2014-12" may be after the 15th
    assert relationship(then, "Ada Quill", "Ben Vance").states() == ["child", "engaged"]


def test_reconcile_story_diff_says_what_changed() -> None:
    diff = story_diff(_story(), DateValue("2014-12-31"), DateValue("2024-12-31"), ["Ada"])
    lines = diff.lines()
    assert lines[-1] == (
        "2024: affair alleged between Ben Vance and Cleo Marr (Us Weekly insider); "
        "Ada Quill and Ben Vance separated (reported: Us Weekly insider)"
    )
    assert "2015: Ben Vance and Ada Quill married (stated: Velvet Rumor)" in lines
    assert all(c.kind == "new" for c in diff.changes)
    assert not any("engaged" in line for line in lines)  # already known at the first date


def test_reconcile_story_diff_says_when_a_fact_is_dated_anew() -> None:
    """A birth first told by month, later by day: the same fact, now dated more finely."""
    story = [
        analysis("early.txt", "2016-01", [claim("Ada Quill", "child", "Pip Vance", date="2015-11")], PEOPLE),
        analysis(
            "later.txt", "2020-05", [claim("Ada Quill", "child", "Pip Vance", date="2015-11-20")], PEOPLE
        ),
    ]
    diff = story_diff(story, DateValue("2016-12-31"), DateValue("2020-12-31"), ["Ada Quill"])
    (change,) = diff.changes
    assert change.kind == "dated" and change.year == "2015"
    assert change.text.startswith("now dated 2015-11-20 (was 2015-11): Pip Vance, child of Ada Quill")
    assert story_diff(story, DateValue("2020-12-31"), DateValue("2021-12-31")).changes == []
