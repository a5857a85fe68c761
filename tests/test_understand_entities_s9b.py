"""Session 9, second round: names whose shape says their kind (a title with a year in brackets
after a work noun, businesses listed after a plural noun, a business named with its owner's
possessive, a show named after its host) and a lone name the tagger called an organisation that
is the object of a verb only a person is the object of, near a he or she.

Every sentence here is invented; every name is fictional."""

from __future__ import annotations

from allegedly.understand.entities import EntityIndex
from text_samples import entity_at, entity_index, people_in


def _kind_of(index: EntityIndex, text: str, word: str, occurrence: int = 0) -> str | None:
    key = entity_at(index, text, word, occurrence)
    return None if key is None else index.entities[key].kind


def _named(index: EntityIndex, kind: str) -> set[str]:
    return {e.name for e in index.entities.values() if e.kind == kind}


# Titles with a year in brackets


def test_dated_titles_after_a_work_noun_are_works() -> None:
    text = (
        "He made six musicals for the studio, among them Moonlight on Mercer Street (1959) and "
        "Holiday for Dolores (1961), before leaving in 1963."
    )
    index = entity_index(text)
    assert {"Moonlight on Mercer Street", "Holiday for Dolores"} <= _named(index, "work")
    assert not people_in(index)
    assert not _named(index, "place")


def test_dated_title_list_with_an_article() -> None:
    text = "He directed two films, Harbor Lights (1972) and The Quiet Mile (1975)."
    index = entity_index(text)
    assert {"Harbor Lights", "The Quiet Mile"} <= _named(index, "work")  # (named in full, "The" and all)
    assert not people_in(index)


def test_names_with_years_but_no_work_noun_are_no_works() -> None:
    text = "Her children Tessa Vane (1990) and Milo Vane (1993) both live in Dunmore."
    index = entity_index(text)
    assert not _named(index, "work")


def test_dated_title_named_after_a_person_the_text_speaks_of_stays_open() -> None:
    # the novel is named after its heroine, who is a person in the next sentence
    text = "Her novel Tessa Marlow (1901) was a success. Tessa Marlow is a governess who loses her post."
    index = entity_index(text)
    assert "Tessa Marlow" in people_in(index)


# Businesses listed after a plural noun


def test_restaurants_listed_after_a_plural_noun_are_organisations() -> None:
    text = "Chef Ana Brill owns the restaurants Oriel and Petit Oriel in Santa Monica."
    index = entity_index(text)
    assert _kind_of(index, text, "Oriel") == "organisation"
    assert _kind_of(index, text, "Petit Oriel") == "organisation"
    assert people_in(index) == {"Ana Brill"}


def test_boutiques_listed_after_a_plural_noun_are_organisations() -> None:
    text = "Lena Vost opened her boutiques Fennel and Thyme last year."
    index = entity_index(text)
    assert {"Fennel", "Thyme"} <= _named(index, "organisation")
    assert not _named(index, "place")


def test_people_after_a_plural_noun_and_a_verb_are_no_businesses() -> None:
    # a verb stands between the noun and the names: the names are the owners, not the shops
    text = "The two boutiques were opened by Lena Vost and Mara Quill in May."
    index = entity_index(text)
    assert {"Lena Vost", "Mara Quill"} <= people_in(index)
    assert not _named(index, "organisation")


# A business named with a possessive; a show named after its host


def test_possessive_venue_gives_no_person() -> None:
    for text in ("The band played at Grady's Place on Friday.", "Grady's Place closed in 1970."):
        index = entity_index(text)
        assert "Grady" not in people_in(index), text
        assert "Grady's Place" in _named(index, "organisation"), text


def test_possessive_venue_that_is_a_sitcom_stays_a_work() -> None:
    text = (
        "They met on the set of the sitcom Grady's Place in 2016. Ana Roe later played a nurse on "
        "Grady's Place."
    )
    index = entity_index(text)
    assert _kind_of(index, text, "Grady's Place", 1) == "work"
    assert "Grady" not in people_in(index)


def test_a_plain_possessive_keeps_the_person() -> None:
    text = "Grady Holt said Grady's place in the band was never in doubt."
    assert "Grady Holt" in people_in(entity_index(text))


def test_show_named_after_its_host_is_a_work() -> None:
    for text in (
        "The Cornelius Vantreight Hour ran on the network from 1962 to 1971.",
        "He hosted The Cornelius Vantreight Hour until 1960.",
    ):
        index = entity_index(text)
        assert "Cornelius Vantreight Hour" in _named(index, "work"), text
        assert "Cornelius Vantreight" not in people_in(index), text


def test_host_named_outside_the_show_is_still_a_person() -> None:
    text = "Cornelius Vantreight said The Cornelius Vantreight Hour was his proudest work."
    index = entity_index(text)
    assert "Cornelius Vantreight" in people_in(index)
    assert "Cornelius Vantreight Hour" in _named(index, "work")


# A lone name the tagger called an organisation, the object of a verb that takes a person


def test_object_of_a_person_verb_near_a_pronoun_is_a_person() -> None:
    for text in (
        "Joe Brand had encountered Kestrin at one of their early cases in London, but was unable to "
        "capture him.",
        "In 1737 the estates of Kurland elected Kestrin their reigning duke. He was as unpopular there "
        "as in Moscow.",
    ):
        assert "Kestrin" in people_in(entity_index(text)), text


def test_object_of_a_company_verb_or_without_a_pronoun_stays_an_organisation() -> None:
    for text in (
        "Halden Media acquired Kestrin in 2019, and she said the deal was done.",
        "The board encountered Kestrin at the trade fair.",
    ):
        assert "Kestrin" not in people_in(entity_index(text)), text
