"""Session 17 (RT1, recall on real-style gossip text): couples and kin written loosely.

"with husband X" after a description or an aged name; a kin noun that a sentence takes for
granted while it negates or guesses something else ("did not strike his son X", "might reunite
with her ex-boyfriend X"); "break-up"; "shared her life with"; "born to A, a pilot, and his wife,
B"; "Her parents, A, ..., and B", "X's parents, Lady A and her husband, the banker B"; a "she"
the resolver gave to a child whose two parents the text already named.

Every sentence here is invented; every name is fictional."""

from __future__ import annotations

from typing import Any

from text_samples import analyse


def _facts(analysis: Any, predicate: str) -> set[tuple[str, str]]:
    return {(c.subject, c.object or c.value) for c in analysis.claims if c.predicate == predicate}


def _pairs(analysis: Any, predicate: str) -> set[frozenset[str]]:
    return {frozenset((c.subject, c.object)) for c in analysis.claims if c.predicate == predicate}


def _modality(analysis: Any, predicate: str, pair: frozenset[str]) -> set[str]:
    return {
        c.modality
        for c in analysis.claims
        if c.predicate == predicate and frozenset((c.subject, c.object)) == pair
    }


def test_with_husband_after_a_description_or_an_aged_name(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Marisol Quint, 41, has dreamed of a family. The actress is expecting her first child with "
        "husband Dorian Vale, 45. Later, Ines Oyelaran, 38, arrived with wife Petra Holm.",
    )
    spouses = _pairs(analysis, "spouse")
    assert frozenset(("Marisol Quint", "Dorian Vale")) in spouses
    assert frozenset(("Ines Oyelaran", "Petra Holm")) in spouses


def test_a_son_with_an_age_is_no_spouse_of_the_wife_after_with(pipeline: Any) -> None:
    analysis = analyse(pipeline, "Ada Roe has a son, Otis, 10, with wife Nell Bry.")
    spouses = _pairs(analysis, "spouse")
    assert frozenset(("Ada Roe", "Nell Bry")) in spouses
    assert all("Otis" not in pair for pair in spouses)


def test_a_kin_noun_the_sentence_takes_for_granted(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Tova Lind did not strike her son Emil Lind during the flight. Kasia Lee might reunite "
        "with her ex-boyfriend Olek Marr. Lia Moss denied that her husband Per Moss had left.",
    )
    assert _modality(analysis, "child", frozenset(("Tova Lind", "Emil Lind"))) == {"asserted"}
    assert _modality(analysis, "partner", frozenset(("Kasia Lee", "Olek Marr"))) == {"asserted"}
    assert _modality(analysis, "spouse", frozenset(("Lia Moss", "Per Moss"))) == {"asserted"}


def test_a_kin_noun_that_is_what_the_sentence_denies(pipeline: Any) -> None:
    analysis = analyse(pipeline, "Greta Holm insists that Anders Voll is not her boyfriend.")
    assert "asserted" not in _modality(analysis, "partner", frozenset(("Greta Holm", "Anders Voll")))


def test_a_hyphenated_break_up_and_a_life_shared(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Kasia Lee dated Olek Marr for years. Kasia Lee humiliated him right before their break-up "
        "in 2012. Ivo Marsh has shared his life with Teo Brandt since 2003.",
    )
    assert frozenset(("Kasia Lee", "Olek Marr")) in _pairs(analysis, "separated")
    assert frozenset(("Ivo Marsh", "Teo Brandt")) in _pairs(analysis, "partner")


def test_born_to_a_parent_and_his_wife(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Ilka Sornsen was born in Tromsø to Henrik Dahl, a retired pilot, and his wife, Ruth Moe, a "
        "school librarian.",
    )
    children = _facts(analysis, "child")
    assert ("Henrik Dahl", "Ilka Sornsen") in children
    assert ("Ruth Moe", "Ilka Sornsen") in children
    assert frozenset(("Henrik Dahl", "Ruth Moe")) in _pairs(analysis, "spouse")
    assert frozenset(("Ilka Sornsen", "Ruth Moe")) not in _pairs(analysis, "spouse")


def test_parents_in_apposition(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Rosalind Pike was christened on Sunday. Her parents, Edmund Pike, the 4th Earl of Wexmoor, "
        "and Leila Pike (née Haddad), a former barrister, arrived on foot. Lord Jasper Pike's "
        "parents, Lady Honora Pike and her husband, the banker Miles Verey, were also among the "
        "guests.",
    )
    children = _facts(analysis, "child")
    assert ("Edmund Pike", "Rosalind Pike") in children
    assert ("Leila Pike", "Rosalind Pike") in children
    assert ("Honora Pike", "Jasper Pike") in children
    assert ("Miles Verey", "Jasper Pike") in children


def test_a_she_given_to_a_child_with_two_parents_named(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Helga Halloway sings of home. Her daughter Pippa was born in 2020. Pippa's father is Kofi "
        "Mensah-Dale. She grew up in Filey, the daughter of Colin Halloway, a Methodist minister, "
        "and Ama Halloway, a district nurse.",
    )
    children = _facts(analysis, "child")
    assert ("Colin Halloway", "Helga Halloway") in children
    assert ("Ama Halloway", "Helga Halloway") in children
    assert ("Colin Halloway", "Pippa") not in children


def test_whose_kin_and_a_son_from_a_previous_marriage(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Magnus Oyelowo, whose wife Adaeze is a surgeon, spoke first. The actor Lukas Brandt, whose "
        "girlfriend is the singer Mia Kopp, also came. Beatrix Hale wept. Her son from a previous "
        "marriage, the broadcaster Tomas Hale-Berg, paid tribute.",
    )
    assert frozenset(("Magnus Oyelowo", "Adaeze")) in _pairs(analysis, "spouse")
    assert frozenset(("Lukas Brandt", "Mia Kopp")) in _pairs(analysis, "partner")
    assert ("Beatrix Hale", "Tomas Hale-Berg") in _facts(analysis, "child")


def test_with_his_parents_in_apposition(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Raised in Kandy, Nuwan Perera moved to Leeds with his parents, Sunil Perera and Dilani "
        "Perera, when he was eleven.",
    )
    children = _facts(analysis, "child")
    assert ("Sunil Perera", "Nuwan Perera") in children
    assert ("Dilani Perera", "Nuwan Perera") in children


def test_an_age_just_turned(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Odile Marchetti, our favourite chef, turned 30 on Sunday. Bastian Roe and Ilse Marr have "
        "three children, Anselm, 13, and twins Kit and Verity, who just turned seven.",
        date="2025-06-10",
    )
    ages = _facts(analysis, "age")
    assert ("Odile Marchetti", "30") in ages
    assert ("Kit", "7") in ages
    assert ("Verity", "7") in ages


def test_an_age_turned_yesterday_is_dated_with_the_page(pipeline: Any) -> None:
    # an undated page: a birthday "yesterday" with the birth date beside it dates the page (the
    # day after the birthday, `time.infer`), and the age with it
    analysis = analyse(
        pipeline, "Liss Aubrey-Kane turned 40 yesterday (3 February 1986, Hilo), and she looks great."
    )
    dates = {c.date.value if c.date else None for c in analysis.claims if c.predicate == "age"}
    assert dates == {"2026-02-04"}


def test_born_fronted_with_described_parents_and_a_he(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Dorian Ashgrove-Mensah, the actor, has died at 91. Born on March 2, 1934, in Swansea, Wales, "
        "to a Ghanaian ship's engineer, Kojo Mensah, and a Welsh schoolteacher, Gwen Ashgrove, he "
        "left school at 16 to work as a stagehand.",
    )
    children = {
        (c.subject, c.object, c.date.value if c.date else None)
        for c in analysis.claims
        if c.predicate == "child"
    }
    assert ("Kojo Mensah", "Dorian Ashgrove-Mensah", "1934-03-02") in children
    assert ("Gwen Ashgrove", "Dorian Ashgrove-Mensah", "1934-03-02") in children
