"""Claims that cannot both be true are paired, with a reason, and never resolved."""

from __future__ import annotations

from allegedly.reconcile.contradictions import contradictions
from reconcile_samples import analysis, claim, person

PEOPLE = [person("Ben Vance"), person("Ada Quill"), person("Cleo Marr")]


def test_reconcile_contradictions_quit_vs_a_comment_that_he_still_works_there() -> None:
    doc = analysis(
        "blog.txt",
        "2014-11",
        [
            claim("Ben Vance", "employer", "Kestrel Ballet"),  # "his position at Kestrel Ballet": same body
            claim(
                "Ben Vance",
                "employer",
                "Kestrel Ballet",
                end="2014-11",
                kind="anonymous",
                speaker="a source",
                outlet="In Touch",
                modality="hedged",
            ),
            claim(
                "Ben Vance", "employer", "Kestrel Ballet", kind="commenter", speaker="reader33", comment=33
            ),
        ],
        PEOPLE,
    )
    found = contradictions([doc])
    assert [c.kind for c in found] == ["ended vs continues"]
    (pair,) = found
    assert pair.first.source_kind == "anonymous" and pair.second.in_comment
    assert "left Kestrel Ballet by 2014-11" in pair.reason and "comment 33" in pair.reason


def test_reconcile_contradictions_job_held_before_the_quit_is_no_conflict() -> None:
    corpus = [
        analysis("old.txt", "2012", [claim("Ben Vance", "employer", "Kestrel Ballet")], PEOPLE),
        analysis(
            "new.txt", "2014-11", [claim("Ben Vance", "employer", "Kestrel Ballet", end="2014-11")], PEOPLE
        ),
    ]
    assert contradictions(corpus) == []


def test_reconcile_contradictions_separation_vs_on_record_denial() -> None:
    corpus = [
        analysis(
            "a.txt",
            "2021-04",
            [
                claim(
                    "Ada Quill",
                    "separated",
                    "Ben Vance",
                    kind="anonymous",
                    speaker="an insider",
                    outlet="Us Weekly",
                    modality="hedged",
                )
            ],
            PEOPLE,
        ),
        analysis(
            "b.txt",
            "2021-05-02",
            [
                claim(
                    "Ben Vance",
                    "separated",
                    "Ada Quill",
                    kind="on_record",
                    speaker="Ada Quill",
                    modality="denied",
                )
            ],
            PEOPLE,
            outlet="People",
        ),
        analysis(
            "c.txt",
            "2009",
            [
                claim(
                    "Ben Vance",
                    "separated",
                    "Ada Quill",
                    kind="on_record",
                    speaker="Ada Quill",
                    modality="denied",
                )
            ],
            PEOPLE,
        ),
    ]
    (pair,) = contradictions(corpus)  # the 2009 denial is about another time
    assert pair.kind == "denied vs asserted"
    assert pair.first.file == "a.txt" and pair.second.file == "b.txt"
    assert "denied on record" in pair.reason


def test_reconcile_contradictions_two_spouses_at_once_unless_divorced_first() -> None:
    married_ada = analysis(
        "a.txt", "2015", [claim("Ben Vance", "spouse", "Ada Quill", date="2012-06-01")], PEOPLE
    )
    married_cleo = analysis("b.txt", "2014-03", [claim("Ben Vance", "spouse", "Cleo Marr")], PEOPLE)
    (pair,) = contradictions([married_ada, married_cleo])
    assert pair.kind == "two spouses at once" and "Cleo Marr" in pair.reason and "Ada Quill" in pair.reason
    divorced = analysis(
        "c.txt", "2013-02", [claim("Ben Vance", "divorced", "Ada Quill", date="2013-01")], PEOPLE
    )
    assert contradictions([married_ada, married_cleo, divorced]) == []


def test_reconcile_contradictions_ages() -> None:
    corpus = [
        analysis("a.txt", "2014-11-03", [claim("Ben Vance", "age", value="34", date="2014-11-03")], PEOPLE),
        analysis("b.txt", "2014-11-03", [claim("Ben Vance", "age", value="35", date="2014-11-03")], PEOPLE),
        analysis("c.txt", "2020", [claim("Ben Vance", "age", value="40", date="2020")], PEOPLE),
        analysis("d.txt", "2020", [claim("Ben Vance", "age", value="52", date="2020")], PEOPLE),
    ]
    found = contradictions(corpus)
    reasons = sorted(c.reason for c in found)
    assert any("different ages for Ben Vance at the same time (2014-11-03)" in r for r in reasons)
    # 34 in 2014 and 40 in 2020 agree; 52 in 2020 fits none of the others
    assert sum("52" in r for r in reasons) == 3 and not any("34" in r and "40" in r for r in reasons)


def test_reconcile_contradictions_sharing_a_side_are_grouped_once() -> None:
    """Three voices say he quit, one reader says he is still there: three pairs, one group
    naming every voice once (two claims of one sentence by one voice are one voice)."""
    from allegedly.reconcile.contradictions import group_contradictions

    quit_claim = {"end": "2014-11", "kind": "anonymous", "outlet": "In Touch", "modality": "hedged"}
    doc = analysis(
        "blog.txt",
        "2014-11",
        [
            claim("Ben Vance", "employer", "Kestrel Ballet", **quit_claim),  # type: ignore[arg-type]
            claim("Ben Vance", "employer", "Kestrel Ballet", **quit_claim),  # type: ignore[arg-type]
            claim(
                "Ben Vance",
                "employer",
                "Kestrel Ballet",
                end="2014-11",
                kind="commenter",
                speaker="r9",
                comment=9,
            ),
            claim("Ben Vance", "employer", "Kestrel Ballet", kind="commenter", speaker="r33", comment=33),
        ],
        PEOPLE,
    )
    found = contradictions([doc])
    assert len(found) == 3
    (group,) = group_contradictions(found)
    assert group.kind == "ended vs continues" and len(group.one) == 3 and len(group.other) == 1
    reason = group.reason
    assert reason.startswith("Ben Vance left Kestrel Ballet by 2014-11 per In Touch (anonymous, hedged")
    assert reason.count("In Touch") == 1 and ", and per a reader (commenter r9" in reason
    assert reason.endswith(
        "; still with Kestrel Ballet as of 2014-11 per a reader (commenter r33, asserted, "
        "blog.txt comment 33, reported 2014-11)"
    )
    assert group_contradictions(found[:1])[0].reason == found[0].reason
