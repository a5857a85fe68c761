"""Session 14: two kinds of "person" that took a he/she they never stood for.

- A name that is only ever a whole quotation ("Adelina" as a song, a family's old surname in
  quotes) is a title, not a person: a her/she goes to the people around it.
- A he/she before the one name of its sentence no longer tells that name's gender ("He would
  play for Kestwick": the club is no man); a he/she after it still does.

Every sentence here is invented; every name is fictional."""

from __future__ import annotations

from text_samples import entity_index


def _resolved(text: str, pronoun: str, at: str) -> str | None:
    index = entity_index(text)
    key = index.resolve_pronoun(pronoun, text.index(at))
    return index.name(key) if key else None


def test_a_song_title_in_quotes_is_not_her() -> None:
    text = (
        'Nadia Ferrow covered "Adelina" on her second record. '
        '"Adelina" became her biggest hit, and she still sings it at every show.'
    )
    assert _resolved(text, "she", "she still") == "Nadia Ferrow"


def test_a_quoted_title_is_passed_over_for_the_people_named() -> None:
    text = 'Lottie Marr met Greta Vance in 2004. "Marisol" was the song that made her famous.'
    assert _resolved(text, "her", "her famous") in ("Lottie Marr", "Greta Vance")


def test_a_he_before_a_sentences_one_name_does_not_make_it_a_man() -> None:
    text = "Tobias Wren left Ardmore United in 1998. He would play for Kestwick for a decade."
    index = entity_index(text)
    kestwick = next(k for k, c in index.people.items() if c.name == "Kestwick")
    assert index.people[kestwick].gender is None
    assert _resolved(text, "He", "He would") == "Tobias Wren"


def test_a_he_after_a_sentences_one_name_still_tells_its_gender() -> None:
    text = "The hearing ended early. Afolabi Quarme said he would appeal the ruling."
    index = entity_index(text)
    person = next(k for k, c in index.people.items() if c.name == "Afolabi Quarme")
    assert index.people[person].gender == "m"
