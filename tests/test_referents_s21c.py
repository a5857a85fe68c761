"""Session 21 (real-text pass, who is who): a child's age ("the 15-year-old") never describes a
parent or partner the text named, and is the topic's one child; a name in a phrase set before the
subject ("After his breakup with X, the actor ...") is not what the sentence is about; a
"their" no one was named before is the pair the sentence joins with "and" after it; "the teen
stood up for his mum" is the teen's mother.

Every sentence here is invented; every name is fictional."""

from __future__ import annotations

from typing import Any

from text_samples import analyse, facts_of


def test_a_childs_age_is_not_the_parent_named_before(pipeline: Any) -> None:
    text = (
        "Chef Anders Kvale took his son Jory sailing off Brighton on Saturday.\n\n"
        "Friends say Petra Lune may soon let her son Jory finish school in England with his "
        "father, 52.\n\n"
        "The quarrel started in March, when the 14-year-old would not fly home to Boston to visit "
        "his mother."
    )
    ages = facts_of(analyse(pipeline, text, date="2026-02-03"), "age")
    assert ("Petra Lune", "14") not in ages
    assert ("Jory", "14") in ages


def test_a_name_in_a_fronted_phrase_is_not_the_topic(pipeline: Any) -> None:
    text = (
        "Teodor Vance is the new face of a Danish watchmaker.\n\n"
        "Moving on from his messy breakup with Mara Quill, the 41-year-old actor poses on a windy pier "
        "in the adverts. Wrapped in a grey wool coat, the Lantern Row star looked relaxed."
    )
    works = facts_of(analyse(pipeline, text, date="2026-02-03"), "appeared_in")
    assert ("Teodor Vance", "Lantern Row") in works
    assert ("Mara Quill", "Lantern Row") not in works


def test_a_pronoun_subject_after_a_fronted_phrase_is_the_topic(pipeline: Any) -> None:
    text = (
        "Teodor Vance is the new face of a Danish watchmaker.\n\n"
        "After his breakup with Mara Quill, he moved to Oslo. The Lantern Row star looked relaxed."
    )
    works = facts_of(analyse(pipeline, text, date="2026-02-03"), "appeared_in")
    assert works == {("Teodor Vance", "Lantern Row")}


def test_their_before_the_pair_the_sentence_names_after_it(pipeline: Any) -> None:
    text = (
        "Life is busy for Pim and Lise Marlow. Lise flew Pim and his two sisters to Rome in May.\n\n"
        "Where Marlow and Aurel Brandt stand is less clear, though friends say the feud is easing.\n\n"
        "After the way their divorce unfolded last winter, it is a relief that Marlow and Brandt "
        "are talking again."
    )
    analysis = analyse(pipeline, text, date="2026-02-03")
    assert ("Lise Marlow", "Pim") not in facts_of(analysis, "divorced")
    assert ("Lise Marlow", "Pim") not in facts_of(analysis, "spouse")
    assert ("Lise Marlow", "Aurel Brandt") in facts_of(analysis, "divorced")


def test_their_twins_named_after_are_no_pair(pipeline: Any) -> None:
    text = "Ada Roewen and Ian Holtby married in 2001. Their twins, Odile and Bastian, were born in 2005."
    children = facts_of(analyse(pipeline, text, date="2026-02-03"), "child")
    assert ("Odile", "Bastian") not in children
    assert ("Bastian", "Odile") not in children


def test_the_teens_mum_is_the_teens_mother(pipeline: Any) -> None:
    text = (
        "Bram Tully snapped at his son Jory in a hotel lobby while the teen stood up for his mum "
        "Olena Marsh, onlookers said."
    )
    children = facts_of(analyse(pipeline, text, date="2026-02-03"), "child")
    assert ("Olena Marsh", "Jory") in children
    assert not any(child and "Bram" in child for _, child in children)


def test_a_gendered_description_is_the_topic_of_its_gender(pipeline: Any) -> None:
    # "The Welsh-born actor" is the one the line before it named (the topic), not the man the
    # paragraph before last spoke of
    text = (
        "Best actress: Ilse Varga, Ember Road. Varga, 34, arrived with her fiance, the Danish "
        'cinematographer Matthis Engvall, and thanked him "for putting up with a year of me crying". Her '
        "on-screen husband, Casimir Dunne, who was nominated for best supporting actor, was seated beside "
        'his wife, the potter Wren Dunne, and blew Varga a kiss as she walked to the stage. "Casimir was '
        'the best husband I ever had, and I have only known him for ten weeks," she joked.\n\n'
        "Best actor: Emeric Holtby, The Pale Harbour. The Welsh-born actor, who plays a ferryman slowly "
        "losing his hearing, brought his wife, Runa Holtby, and their teenage son, Aled. The couple, who "
        "married in 2009, recently moved from Cardiff to Leeds."
    )
    spouses = facts_of(analyse(pipeline, text, date="2026-02-03"), "spouse")
    assert ("Emeric Holtby", "Runa Holtby") in spouses
    assert ("Casimir Dunne", "Runa Holtby") not in spouses
