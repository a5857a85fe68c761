"""People the entity finder reads in spite of the tagger (session 6): a lone surname no dictionary
knows that the tagger took for a common noun, such a surname as an object, a title word that is a
first name ("Don", "Earl"), and a person's name (or possessive) after "the show," that opens a
clause rather than naming a title. And the pronouns that then reach them.

Every sentence here is invented; every name is fictional."""

from __future__ import annotations

from typing import Any

import pytest

from allegedly.understand.entities import _not_a_dictionary_word, find_entities


def _people(nlp: Any, text: str) -> set[str]:
    index = find_entities(nlp(text))
    return {m.text for m in index.mentions if m.entity.startswith("person:")}


def _others(nlp: Any, text: str) -> set[str]:
    index = find_entities(nlp(text))
    return {e.name for e in index.entities.values() if e.kind != "person"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A surname no dictionary knows, read as a plural common noun, opening its sentence.
        (
            "The band recorded the theme for a long-running series. Thoms later appeared on a 1984 "
            "album and he toured Europe.",
            "Thoms",
        ),
        ("The coach praised the squad. Wiggins caught the eye of a scout, and he signed in May.", "Wiggins"),
        # Such a surname as an object, near a he or she.
        (
            "Marla Keene wrote the lyrics. Her friend Rudo Vane once called Smoothey the best of them, "
            "and he smiled.",
            "Smoothey",
        ),
        ("The scout persuaded Quillfeather that the club wanted him, and he signed in June.", "Quillfeather"),
        # A title word that is a first name, tagged a person, alone.
        (
            "Betty Vane wanted to be a model. As he turns down the job, Don tells Jim Brode that hiring "
            "his wife was a mistake.",
            "Don",
        ),
        (
            "Wrestling promoter Gus Vardy eventually brought Earl to the States to continue his career.",
            "Earl",
        ),
        # After "the show,", a possessive name opens the clause: no title.
        (
            "With clips from the show, Emmeline's love triangle is showcased between her friend Jack Orme "
            "and Dan Vey.",
            "Emmeline",
        ),
    ],
)
def test_person_found_despite_the_tagger(nlp: Any, text: str, name: str) -> None:
    assert name in _people(nlp, text)


def test_possessive_after_show_is_no_title(nlp: Any) -> None:
    text = (
        "During her time on the show, Hodgkiss's troubled character weathered a fire. Hodgkiss left "
        "the series in 1991."
    )
    assert "Hodgkiss" in _people(nlp, text)
    assert not any(name.startswith("Hodgkiss") for name in _others(nlp, text))


def test_dictionary_words_are_told_from_names(nlp: Any) -> None:
    # "Sales" is an English word (capitalised, it opens a sentence); "Thoms" is none.
    doc = nlp("Sales later fell sharply. Thoms later appeared on a new album.")
    sales, thoms = doc[0], doc[5]
    assert (sales.text, thoms.text) == ("Sales", "Thoms")
    assert not _not_a_dictionary_word(sales)
    assert _not_a_dictionary_word(thoms)


def test_company_after_org_noun_stays_a_company(nlp: Any) -> None:
    text = "In 2023 he joined the streaming service Loopfeather as the co-host of its Monday show."
    assert "Loopfeather" not in _people(nlp, text)


def test_pronoun_reaches_a_surname_the_tagger_misread(nlp: Any) -> None:
    text = (
        "Ivy Penhale produced the record. Thoms later appeared on her 1984 album, and the critics "
        "said he stole the show."
    )
    index = find_entities(nlp(text))
    offset = text.rindex(" he ") + 1
    key = index.resolve_pronoun("he", offset)
    assert key is not None
    assert index.name(key) == "Thoms"


def test_outlet_name_opening_a_person_name_is_the_person(nlp: Any) -> None:
    # "Elle" is a magazine; "Elle Harrow", tagged a person, is an actress.
    text = "The heroine appeared in the 1997 film, played by Elle Harrow. Many of her scenes were cut."
    assert "Elle Harrow" in _people(nlp, text)
    assert "Elle" not in _others(nlp, text)


def test_full_name_after_work_noun_as_subject_is_no_title(nlp: Any) -> None:
    text = "Dara Holt released an album in 2010. To promote the album Dara Holt performed live on a show."
    assert _people(nlp, text) == {"Dara Holt"}
    assert "Dara Holt" not in _others(nlp, text)
