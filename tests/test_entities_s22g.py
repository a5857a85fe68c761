"""Session 22 (G10): people the entity finder missed or invented in encyclopaedic prose (the GAP
pronoun bench's kind of text): a name after a dash typed as two hyphens, a dictionary-word surname
after "In <year>", a first name and surname no dictionary knows that the tagger called a company
or a place, a king's number that ends an organisation's name, a place named after a noun of a
settlement ("his hometown X", "the town of X").

Every sentence here is invented; every name is fictional."""

from __future__ import annotations

from allegedly.understand.entities import whole_word_occurrences
from text_samples import entity_index, people_in


def test_a_dash_typed_as_two_hyphens_parts_words() -> None:
    text = "The band toured for a decade--Harold Venske drummed on every date--and then split."
    start = text.index("Harold")
    assert whole_word_occurrences(text, "Harold Venske") == [(start, start + len("Harold Venske"))]
    # a lone hyphen still joins words: "Vey-led" holds no "Vey"
    assert whole_word_occurrences("a Vey-led revival", "Vey") == []


def test_a_name_after_a_typed_dash_is_a_person() -> None:
    text = (
        "Only one player left the squad--Harold Venske, who had fallen out with his coach Corwin Bale "
        "over money--and the rest signed on."
    )
    assert "Harold Venske" in people_in(entity_index(text))


def test_a_surname_after_in_and_a_year_is_no_place() -> None:
    # "In 1905 Fowler": the preposition's object is the year; "Fowler" (an English word) is the
    # subject of "trained"
    text = "In 1931 Fowler trained as a glassblower in Prague. He later ran a studio of his own."
    assert "Fowler" in people_in(entity_index(text))


def test_a_name_no_dictionary_knows_is_a_person_as_an_object() -> None:
    text = "Voters sided with Tavoke Arunai in the end, and his party kept the province."
    assert "Tavoke Arunai" in people_in(entity_index(text))


def test_a_kings_number_ending_an_organisations_name_is_no_king() -> None:
    text = "She lectured at the University of Dorian II before she retired to the coast."
    assert not people_in(entity_index(text))


def test_a_name_after_a_settlements_noun_is_a_place() -> None:
    people = people_in(
        entity_index("Back in his hometown Varnsby, Tobin Aske opens a bicycle shop and falls for the baker.")
    )
    assert "Varnsby" not in people
    assert "Tobin Aske" in people
    people = people_in(entity_index("Ivo Marren grew up near the town of Kellow and rowed for its club."))
    assert "Kellow" not in people


def test_a_surname_born_the_child_of_its_namesake_is_the_child() -> None:
    # "born on <date> in <place>, the eldest of four children of <full name>": the lone surname
    # is the child, not the parent whose full name ends in it
    text = (
        "Marrow was born on 9 May 1934 in Tidewell, Maine, the second of three children of the grocer "
        "Edwin Marrow and Ada Kent. Her brother, Cal Marrow, ran the shop after the war."
    )
    index = entity_index(text)
    lone = next(m.entity for m in index.mentions if m.text == "Marrow")
    parent = next(m.entity for m in index.mentions if m.text == "Edwin Marrow")
    assert lone != parent
    text = "Quillan was born in Harwick, the only son of the ferryman Abel Quillan. He became a joiner."
    index = entity_index(text)
    lone = next(m.entity for m in index.mentions if m.text == "Quillan")
    assert index.entities[lone].name == "Quillan"


def test_a_name_lashed_out_at_is_a_person() -> None:
    # "at" after a verb of lashing out names a person, whatever the tagger labelled the name
    text = "At the reunion taping, Katie snapped at Veronica over an old text message."
    people = people_in(entity_index(text))
    assert "Veronica" in people
    people = people_in(entity_index("The singer lashed out at Dravik after the show, calling him a fraud."))
    assert "Dravik" in people
    # "snapped" in the passive is "photographed": the place stays a place
    people = people_in(entity_index("The actress was snapped at Heathrow on Monday with her new boyfriend."))
    assert "Heathrow" not in people


def test_a_title_and_a_particle_lead_a_name() -> None:
    # "Marquis de Valmont": without the title the name would open with a particle and be dropped
    text = "Orrin Pell spent the summer of 1790 copying letters for Marquis de Valmont in a damp chateau."
    assert "Marquis de Valmont" in people_in(entity_index(text))
    text = "The old aviator Baron von Aschberg sold his estate in 1931, and he died two years later."
    assert "Baron von Aschberg" in people_in(entity_index(text))
