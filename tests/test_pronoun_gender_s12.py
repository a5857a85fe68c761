"""Session 12: a he or she never goes to a person surely of the other gender. In a profile that
names its subject once and then says "she" throughout, a paragraph naming only her male co-host
("alongside Marcus Vey") used to hand him her "she": now the pronoun goes to the article's
most-mentioned person who may be a she.

Every sentence here is invented; every name is fictional."""

from __future__ import annotations

from typing import Any

from text_samples import analyse, entity_index, relations

PROFILE = (
    "On a wet Tuesday, Tamsin Carrow-Ibe orders tea and apologises for her dripping umbrella. "
    '"Old habits," she says. Carrow-Ibe, 52, hosts the quiz Think Twice. '
    "But her career began in 1995, when she was hired as a weather presenter. "
    '"I had a geography degree and no idea what an autocue was," she recalls.\n\n'
    "In 2001 she moved to Albion Television to co-present its breakfast show alongside Marcus Vey. "
    "The pair spent eleven years on the sofa together before she left in 2012. "
    '"Marcus is my TV husband, and that is all," she says.\n\n'
    "Her first husband was the cameraman Owen Rhys, whom she married in 1998. They divorced in 2004."
)


def test_a_she_after_a_paragraph_naming_only_a_man_is_the_articles_woman() -> None:
    index = entity_index(PROFILE)
    at = PROFILE.index("she left")
    assert index.name(index.resolve_pronoun("she", at) or "") == "Tamsin Carrow-Ibe"


def test_the_profiles_subject_keeps_her_marriage(pipeline: Any) -> None:
    analysis = analyse(pipeline, PROFILE, date="2024-04-02")
    spouses = relations(analysis, "spouse")
    assert {("Tamsin Carrow-Ibe", "Owen Rhys"), ("Owen Rhys", "Tamsin Carrow-Ibe")} & spouses
    assert not {("Marcus Vey", "Owen Rhys"), ("Owen Rhys", "Marcus Vey")} & spouses


def test_a_rare_first_name_has_no_sure_gender_from_pronouns_alone() -> None:
    index = entity_index(PROFILE)
    genders = {cluster.name: cluster.sure_gender for cluster in index.people.values()}
    assert genders["Marcus Vey"] == "m"
    assert genders["Tamsin Carrow-Ibe"] in (None, "f")


def test_a_name_the_list_is_unsure_of_gives_no_sure_gender() -> None:
    # "Jamie" is "mostly female" to the first-name list: a man called Jamie must not be ruled out
    text = "Jamie Corwin wants to be home with his wife, Ada Corwin. He said so on Monday."
    genders = {cluster.name: cluster.sure_gender for cluster in entity_index(text).people.values()}
    assert genders["Jamie Corwin"] is None
