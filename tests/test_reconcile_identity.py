"""Cross-document people: merges with reasons, namesakes kept apart, nicknames ignored, overrides."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from allegedly.errors import InputRejected
from allegedly.reconcile.facts import facts
from allegedly.reconcile.identity import (
    PREFIX_OF_FIRST_NAME,
    SAME_FULL_NAME,
    Overrides,
    is_name_form,
    resolve_people,
)
from reconcile_samples import analysis, claim, person


def _corpus():  # type: ignore[no-untyped-def]
    return [
        analysis("a/one.txt", "2015-03-01", [], [person("Benedict Vance", "Benedict", "Vance")]),
        analysis("b/two.txt", "2016-05-01", [], [person("Benedict Vance", "Ben", "Benedict Vance")]),
        analysis("c/three.txt", "2017-01-01", [], [person("Ben Vance", "Ben")]),
        analysis("d/four.txt", "2018-01-01", [], [person("Vance")]),
        analysis("e/five.txt", "2018-02-01", [], [person("Marta Kell"), person("Marta Ruiz")]),
        analysis("f/six.txt", "2018-03-01", [], [person("Marta")]),
    ]


def test_reconcile_identity_same_full_name_merges_with_aliases_and_reason() -> None:
    people = resolve_people(_corpus())
    vance = people.find("Benedict Vance")
    assert vance is not None
    assert vance.files == ["four.txt", "one.txt", "three.txt", "two.txt"]
    assert {"Ben", "Vance", "Ben Vance", "Benedict"} <= set(vance.aliases)
    assert SAME_FULL_NAME in vance.reasons
    assert PREFIX_OF_FIRST_NAME in vance.reasons
    assert any("surname of" in reason for reason in vance.reasons)
    assert people.resolve("c/three.txt", "Ben Vance") == "Benedict Vance"
    assert people.resolve("b/two.txt", "Ben") == "Benedict Vance"


def test_reconcile_identity_namesakes_stay_apart_and_one_word_fit_is_unresolved() -> None:
    people = resolve_people(_corpus())
    names = {p.name for p in people.people}
    assert {"Marta Kell", "Marta Ruiz"} <= names
    assert "Marta" not in names
    assert [(u.name, u.candidates) for u in people.unresolved] == [("Marta", ("Marta Kell", "Marta Ruiz"))]
    assert people.resolve("f/six.txt", "Marta") == "Marta"


def test_reconcile_identity_one_word_name_joins_the_namesake_it_is_seen_with() -> None:
    corpus = [
        analysis("a.txt", None, [], [person("Marta Kell"), person("Otto Brandt")]),
        analysis("b.txt", None, [], [person("Marta Ruiz"), person("Lena Sorel")]),
        analysis("c.txt", None, [], [person("Marta"), person("Otto Brandt")]),
    ]
    people = resolve_people(corpus)
    assert people.resolve("c.txt", "Marta") == "Marta Kell"
    assert not people.unresolved


def test_reconcile_identity_stated_nicknames_never_merge_people() -> None:
    corpus = [
        analysis("a.txt", None, [], [person("Benedict Vance", "the ballet K-Fed", "K-Fed")]),
        analysis("b.txt", None, [], [person("Kurt Fedder", "K-Fed")]),
        analysis("c.txt", None, [], [person("K-Fed")]),
    ]
    people = resolve_people(corpus)
    vance, fedder = people.find("Benedict Vance"), people.find("Kurt Fedder")
    assert vance is not None and fedder is not None and vance is not fedder
    assert "K-Fed" in vance.nicknames and "K-Fed" not in vance.aliases
    assert people.resolve("c.txt", "K-Fed") == "K-Fed"  # its own one-word person, not either of them


@pytest.mark.parametrize(
    ("alias", "name", "expected"),
    [("Nat", "Natasha Orly", True), ("Orly", "Natasha Orly", True), ("K-Fed", "Kurt Fedder", False)],
)
def test_reconcile_identity_name_forms(alias: str, name: str, expected: bool) -> None:
    assert is_name_form(alias, name) is expected


def test_reconcile_identity_overrides_apply_last_and_survive_reingest(tmp_path: Path) -> None:
    path = tmp_path / "overrides.json"
    path.write_text(
        json.dumps({"merge": [["Marta Kell", "Marta Ruiz"]], "split": [["Benedict Vance", "Ben Vance"]]}),
        encoding="utf-8",
    )
    overrides = Overrides.load(path)
    for _ in range(2):  # the same analyses read again give the same people
        people = resolve_people(_corpus(), overrides)
        marta = people.find("Marta Kell")
        assert marta is not None and "Marta Ruiz" in marta.aliases
        assert any("merged by hand" in reason for reason in marta.reasons)
        ben = people.find("Ben Vance")
        assert ben is not None and ben.files == ["three.txt"]
        assert any("split by hand" in reason for reason in ben.reasons)
        assert people.resolve("c/three.txt", "Ben Vance") == "Ben Vance"
    overrides.save(tmp_path / "copy.json")
    assert Overrides.load(tmp_path / "copy.json") == overrides


@pytest.mark.parametrize("text", ["[1, 2]", '{"merge": [["only one"]]}', "not json"])
def test_reconcile_identity_bad_overrides_file_is_one_line(tmp_path: Path, text: str) -> None:
    path = tmp_path / "overrides.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputRejected) as error:
        Overrides.load(path)
    assert "\n" not in str(error.value)


def test_reconcile_identity_claims_follow_people() -> None:
    corpus = [
        analysis(
            "a.txt",
            "2015",
            [claim("Benedict Vance", "employer", "Kestrel Ballet")],
            [person("Benedict Vance")],
        ),
        analysis("b.txt", "2016", [claim("Ben Vance", "employer", "Kestrel Ballet")], [person("Ben Vance")]),
    ]
    found = facts(corpus)
    assert len(found) == 1 and found[0].subject == "Benedict Vance" and len(found[0].claims) == 2
