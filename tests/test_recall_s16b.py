"""Session 16, round 2 (recall on real-style gossip text): who a description or a title stands
for, and couples, children and ages written loosely.

A work's title with small words in it before a role ("The Wolf of Cedar Lane star", "the
Keeping Up With the Marlowes star"); a quoted title after "former" ('the former "Harbour
Nights" star'); "marriage with"; an on-again, off-again couple; a children's list after a
clause and a dash; an age after a name with no comma; a bare kin noun after a parting ("his
divorce proceedings from estranged wife X"); a bare title ("the Duke", "the Duchess") read as
the person the text gave it to; and a maiden name ("née Vey") that is no one of the story.

Every sentence here is invented; every name is fictional."""

from __future__ import annotations

from typing import Any

from text_samples import analyse


def _facts(analysis: Any, predicate: str) -> set[tuple[str, str]]:
    return {(c.subject, c.object or c.value) for c in analysis.claims if c.predicate == predicate}


def _pairs(analysis: Any, predicate: str) -> set[frozenset[str]]:
    return {frozenset((c.subject, c.object)) for c in analysis.claims if c.predicate == predicate}


def test_a_title_with_small_words_before_a_role(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Dorian Vasko, 41, is best known for The Wolf of Cedar Lane. The Wolf of Cedar Lane star "
        "married Mira Tessel in 2019.\n\nJenna Marlowe rose to fame on Keeping Up With the Marlowes "
        "in 2010. The Keeping Up With the Marlowes star is engaged to Arno Vilt.",
    )
    assert frozenset(("Dorian Vasko", "Mira Tessel")) in _pairs(analysis, "spouse")
    engaged = _pairs(analysis, "engaged")
    assert frozenset(("Jenna Marlowe", "Arno Vilt")) in engaged
    # "the Marlowes star" inside the title is no description of someone else
    assert all("Dorian Vasko" not in pair for pair in engaged)


def test_a_quoted_title_after_former_and_a_marriage_with(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Marla Quist opened a bakery in Leeds this spring. Quist bakes every morning.\n\n"
        'The former "Harbour Nights" star wed the stuntman Jed Calloway in 2016.\n\n'
        "She rarely mentions her short marriage with Tobias Fenn.",
    )
    spouses = _pairs(analysis, "spouse")
    assert frozenset(("Marla Quist", "Jed Calloway")) in spouses
    assert frozenset(("Marla Quist", "Tobias Fenn")) in spouses


def test_an_on_again_off_again_couple(pipeline: Any) -> None:
    analysis = analyse(pipeline, "Bram Oster and Lina Voss had an on-again off-again relationship for years.")
    assert frozenset(("Bram Oster", "Lina Voss")) in _pairs(analysis, "partner")


def test_a_childrens_list_after_a_clause_and_a_dash(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Corin Hale married Annika Ros in 2008. Custody of their three children is being settled - "
        "Michael, 15, Sarah, 13, and David, 8.",
    )
    children = _facts(analysis, "child")
    for child in ("Michael", "Sarah", "David"):
        assert ("Corin Hale", child) in children
        assert ("Annika Ros", child) in children


def test_an_age_after_a_name_with_no_comma(pipeline: Any) -> None:
    analysis = analyse(pipeline, "Rudy Vance 53, and former wife Selma Kott 41, share two children.")
    ages = _facts(analysis, "age")
    assert ("Rudy Vance", "53") in ages
    assert ("Selma Kott", "41") in ages


def test_a_bare_kin_noun_after_a_parting(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Arlo Brenn is still friendly with his ex-wife, Nessa Carr. The Dockside star, 52, leans on "
        "his sister during his divorce proceedings from estranged wife Rhea Lund.\n\n"
        "Pell Garner filed for divorce from estranged husband Ruari Vos in May.",
    )
    spouses = _pairs(analysis, "spouse")
    assert frozenset(("Arlo Brenn", "Rhea Lund")) in spouses
    assert frozenset(("Pell Garner", "Ruari Vos")) in spouses
    assert frozenset(("Arlo Brenn", "Nessa Carr")) not in _pairs(analysis, "divorced")


def test_a_bare_title_is_the_person_given_it(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "The Duke and Duchess of Wexmoor welcomed guests on Sunday. Her parents, Osric Penhallow, "
        "the 7th Duke of Wexmoor, and Liane Penhallow (née Darrow), the former diplomat who became "
        "Duchess when the couple married in May 2019, arrived with their son, Caspar. Later the "
        "Duke thanked the staff.",
    )
    people = {c.subject for c in analysis.claims} | {c.object for c in analysis.claims if c.object}
    assert "Duke" not in people and "Duchess" not in people
    assert frozenset(("Osric Penhallow", "Liane Penhallow")) in _pairs(analysis, "spouse")
    children = _facts(analysis, "child")
    assert ("Osric Penhallow", "Caspar") in children
    assert ("Liane Penhallow", "Caspar") in children


def test_the_couple_after_a_rumour_is_the_established_couple(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Anouk Brell and Tomas Vint married in 2015 and moved to Lisbon in 2019. In 2023 a tabloid "
        "claimed Vint had grown close to his co-star Elise Morrow. The couple now live in Lisbon's "
        "Alfama neighbourhood.",
    )
    homes = _facts(analysis, "residence")
    assert ("Tomas Vint", "Lisbon") in homes
    assert ("Anouk Brell", "Lisbon") in homes
    assert not any(person == "Elise Morrow" for person, _ in homes)


def test_two_described_ages_skip_a_pet_named_before(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Over the weekend Carys Penn was seen taking her beloved pup Daisy to a dog park.\n\n"
        "The actress, 26, and the director, 47, strolled side by side.",
    )
    assert not any(person == "Daisy" for person, _ in _facts(analysis, "age"))


def test_a_child_in_a_who_clause_is_its_antecedents(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Lena Moss and Cato Reyes went public in May.\n\nThe two grew close after Reyes, who raises "
        "a 10-year-old son Felix, with former partner Ada Strand, hired Moss for a play.",
    )
    children = _facts(analysis, "child")
    assert ("Cato Reyes", "Felix") in children
    assert ("Lena Moss", "Felix") not in children


def test_counts_come_from_the_time_lexicon() -> None:
    """One table of number words: the time lexicon's (the relations module kept its own to twenty)."""
    from allegedly.understand.relations import _count

    assert [_count(w) for w in ("12", "three", "Twelve", "thirty-one", "a")] == [12, 3, 12, 31, 1]
    assert [_count(w) for w in ("few", "several", "decade", "marriage")] == [0, 0, 0, 0]
