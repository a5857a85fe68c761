"""Session 14: relation claims the rules used to miss. A divorce or a split "after six years
of marriage" / "after a decade together" is also the union it ended; "introduced X to Y" and
"were introduced by mutual friends" are a first meeting; "her boyfriend, the DJ X, proposed"
binds the proposer to the one the noun relates him to; "are husband and wife again" is a
marriage; a "he" a resolver took for a young child, right before "was married to", is the adult
named before; "Before meeting his wife, the drummer dated X" meets no one.

Every sentence here is invented; every name is fictional."""

from __future__ import annotations

from typing import Any

from text_samples import analyse, relations


def _either(analysis: Any, predicate: str) -> set[frozenset[str | None]]:
    return {frozenset(pair) for pair in relations(analysis, predicate)}


def test_a_divorce_after_years_of_marriage_is_also_the_marriage(pipeline: Any) -> None:
    text = "Corbin Malatesta and Yvaine Thorold divorced in 2022 after six years of marriage, a rep said."
    analysis = analyse(pipeline, text, date="2024-05-03")
    assert frozenset(("Corbin Malatesta", "Yvaine Thorold")) in _either(analysis, "divorced")
    spouses = [c for c in analysis.claims if c.predicate == "spouse"]
    assert {frozenset((c.subject, c.object)) for c in spouses} == {
        frozenset(("Corbin Malatesta", "Yvaine Thorold"))
    }
    assert spouses[0].date is not None and spouses[0].date.value == "2016"


def test_a_split_after_a_decade_together_is_also_the_romance(pipeline: Any) -> None:
    text = "Dorian Pask and Lisette Varga split in 2019 after a decade together."
    analysis = analyse(pipeline, text, date="2024-05-03")
    assert frozenset(("Dorian Pask", "Lisette Varga")) in _either(analysis, "partner")
    assert not _either(analysis, "spouse")


def test_years_together_with_no_count_make_no_union(pipeline: Any) -> None:
    text = "Dorian Pask and Lisette Varga split in 2019 after years together."
    analysis = analyse(pipeline, text, date="2024-05-03")
    assert not _either(analysis, "partner")


def test_a_friend_introducing_one_to_another_is_their_meeting(pipeline: Any) -> None:
    text = (
        "Felix Ombury has been single since the spring.\n\n"
        "In 2011, a mutual friend introduced Ombury to the architect Petra Lindqvist-Soto."
    )
    analysis = analyse(pipeline, text, date="2024-05-03")
    met = [c for c in analysis.claims if c.predicate == "met"]
    assert {frozenset((c.subject, c.object)) for c in met} == {
        frozenset(("Felix Ombury", "Petra Lindqvist-Soto"))
    }
    assert met[0].date is not None and met[0].date.value == "2011"


def test_introduced_to_a_thing_is_no_meeting(pipeline: Any) -> None:
    text = "Her uncle, Bram Okonjo, introduced Nell Arkwright to the joys of sailing in 2009."
    analysis = analyse(pipeline, text, date="2024-05-03")
    assert not _either(analysis, "met")


def test_the_two_were_introduced_by_friends(pipeline: Any) -> None:
    text = (
        "Wren Castellan and Felix Ombury are dating. According to a magazine, the two were "
        "introduced by mutual friends at a party in Leeds in March."
    )
    analysis = analyse(pipeline, text, date="2024-05-03")
    assert frozenset(("Wren Castellan", "Felix Ombury")) in _either(analysis, "met")


def test_the_boyfriend_in_apposition_is_the_one_who_proposed(pipeline: Any) -> None:
    text = (
        "Marlo Finch's bandmate Ottilie Sparrow is also off the market: her boyfriend of four "
        "years, the chef Ruben Castaldi, proposed in June."
    )
    analysis = analyse(pipeline, text, date="2024-09-10")
    assert frozenset(("Ottilie Sparrow", "Ruben Castaldi")) in _either(analysis, "engaged")
    assert not {pair for pair in _either(analysis, "engaged") if "Marlo Finch" in pair}


def test_husband_and_wife_again_is_a_marriage(pipeline: Any) -> None:
    text = "Hollis Grey and Maren Vance are husband and wife again."
    analysis = analyse(pipeline, text, date="2024-09-30")
    assert frozenset(("Hollis Grey", "Maren Vance")) in _either(analysis, "spouse")


def test_he_after_a_young_son_is_the_father_who_was_married(pipeline: Any) -> None:
    text = (
        "Folk singer Jonah Threlkeld is a married man. The singer wed Ada Brisco on Friday.\n\n"
        "His son, Pip, who turned 8 in May, was the ring bearer.\n\n"
        'Threlkeld proposed last winter. "I was nervous," he told a radio host.\n\n'
        "It is the second marriage for the singer. He was previously married to Odile Marchant, a "
        "fellow songwriter, from 2011 to 2017."
    )
    analysis = analyse(pipeline, text, date="2025-06-16")
    spouses = _either(analysis, "spouse")
    assert frozenset(("Jonah Threlkeld", "Odile Marchant")) in spouses
    assert not {pair for pair in spouses if "Pip" in pair}


def test_meeting_an_unnamed_wife_is_no_meeting_with_the_next_name(pipeline: Any) -> None:
    text = (
        "The drummer Ansel Kirby married Dora Quill in 2020.\n\n"
        "Before meeting his wife, the drummer dated Priya Welland for two years."
    )
    analysis = analyse(pipeline, text, date="2024-05-03")
    assert not {pair for pair in _either(analysis, "met") if "Priya Welland" in pair}
    assert not {pair for pair in _either(analysis, "spouse") if "Priya Welland" in pair}
    assert frozenset(("Ansel Kirby", "Priya Welland")) in _either(analysis, "partner")


def test_a_separation_from_a_titled_husband_after_years_of_marriage(pipeline: Any) -> None:
    text = (
        "The Countess, born Imelda Rookwood, has had a hard year. She separated last spring from "
        "her husband, the Earl of Fenwick, Caspar Thorne, after nine years of marriage."
    )
    analysis = analyse(pipeline, text, date="2025-03-01")
    assert frozenset(("Imelda Rookwood", "Caspar Thorne")) in _either(analysis, "spouse")


def test_a_then_fiancee_is_an_engagement(pipeline: Any) -> None:
    text = (
        "The cellist Ivor Penhale owns a cottage in Padstow. Penhale, who bought it in 2016 with his "
        "then-fiancée, the model Noor Halvorsen-Tate, still spends summers there."
    )
    analysis = analyse(pipeline, text, date="2025-03-01")
    assert frozenset(("Ivor Penhale", "Noor Halvorsen-Tate")) in _either(analysis, "engaged")


def test_she_after_a_young_daughter_is_the_mother_who_got_engaged(pipeline: Any) -> None:
    text = (
        "Radio host Zinnia Obaro married the footballer Kit Harlow in 2017; they divorced in 2022. "
        "The pair share custody of their daughter, Bea, 5. Last summer she got engaged to the "
        "architect Lionel Vasquez-Thorne."
    )
    analysis = analyse(pipeline, text, date="2025-03-01")
    engaged = _either(analysis, "engaged")
    assert frozenset(("Zinnia Obaro", "Lionel Vasquez-Thorne")) in engaged
    assert not {pair for pair in engaged if "Bea" in pair}
