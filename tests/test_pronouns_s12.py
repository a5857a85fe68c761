"""Session 12: a father and a son who share a name are two people, told apart by "Jr.", "Sr.",
"the Younger" and a kinship word that introduces the namesake ("the son of judge Ivo Lask");
"his son Dean" binds the name to the son, not to the "his"; a surname's misspelt possessive
("Ruell's" of "Tomas Ruells") is that person; "Miss Serbia" is a pageant's title, no person.

Every sentence here is invented; every name is fictional."""

from __future__ import annotations

from allegedly.understand.entities import EntityIndex, find_entities
from allegedly.understand.language import load_pipeline
from allegedly.understand.pronouns import _bound_words, _governor


def _index(text: str) -> EntityIndex:
    return find_entities(load_pipeline()(text))


def _people(text: str) -> dict[str, set[str]]:
    return {c.name: set(c.aliases) for c in _index(text).people.values()}


def _bound_names(text: str, word: str) -> set[str]:
    doc = load_pipeline()(text)
    pronoun = next(t for t in doc if t.lower_ == word)
    return {doc[i].text for i in _bound_words(pronoun, _governor(pronoun), True, False)}


def test_a_father_introduced_beside_a_junior_is_someone_else() -> None:
    people = _people(
        "Hal Brooks Jr. is a rancher in Ohio. His father, Hal Brooks, ran the farm before him. "
        "Brooks said the land was sold."
    )
    assert "Hal Brooks Jr." in people
    assert "Hal Brooks" in people
    assert "Hal Brooks" not in people["Hal Brooks Jr."]


def test_a_suffix_the_tagger_left_out_still_tells_them_apart() -> None:
    people = _people(
        "Rupert Hanley Jr. was born in 1950 in Tartu, the son of judge Rupert Hanley. He studied physics."
    )
    assert {"Rupert Hanley Jr.", "Rupert Hanley"} <= set(people)


def test_the_younger_is_not_his_father() -> None:
    people = _people(
        "The ledger was kept by Tomas Ruell, a Flemish notary. In 1703, after his death, his son "
        "Tomas Ruell the Younger sold the ledger."
    )
    assert {"Tomas Ruell", "Tomas Ruell the Younger"} <= set(people)


def test_without_a_kinship_word_the_plain_name_is_the_junior() -> None:
    people = _people("Dena Orr Jr. won the race on Sunday. Dena Orr thanked her crew.")
    assert len(people) == 1


def test_a_misspelt_possessive_of_a_surname_in_s_is_that_person() -> None:
    index = _index(
        "The ledger was kept by Tomas Ruells, a notary in Ghent. After Ruell's death the ledger was sold."
    )
    assert "Ruell" in index.people["person:tomas-ruells"].aliases


def test_a_same_gender_kinship_word_binds_the_name_after_it() -> None:
    assert "Dean" in _bound_names("Orrin Tavel retired in 1980, and his son Dean took over the mill.", "his")


def test_the_son_named_without_a_comma_is_not_the_his() -> None:
    text = "Orrin Tavel ran the mill for forty years. After Orrin Tavel's death, his son Dean Tavel sold it."
    index = _index(text)
    key = index.resolve_pronoun("his", text.index("his son"))
    assert key is not None
    assert index.entities[key].name == "Orrin Tavel"


def test_a_pageant_title_is_no_person() -> None:
    people = _people(
        "Lena Dovic was crowned Miss Serbia in 2009. Later Miss Serbia placed fifth at the final."
    )
    assert "Serbia" not in people
    assert "Lena Dovic" in people


def test_miss_and_a_surname_is_still_a_person() -> None:
    assert "Jordan" in _people("Miss Jordan taught us maths for six years. She was strict but fair.")


def test_a_he_in_what_the_relative_clause_says_is_its_host() -> None:
    text = (
        "A rumour that Osric Penhale was dating his former teammate, Bram Quillan, was denied by "
        "Quillan himself, who wrote online that he has been happily married to Teodor for years."
    )
    index = _index(text)
    key = index.resolve_pronoun("he", text.index("he has"))
    assert key is not None
    assert index.entities[key].name == "Bram Quillan"
