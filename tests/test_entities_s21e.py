"""Session 21 (E2): people the entity finder got wrong on real text, and a pronoun slip.

- a lone initial ("Miss you, K.") is no person, nor a reader's handle ("Mellowyy", "TheQuietFern");
- "his uncle Guy Marlowe": a first name that is also a common word ("guy") heads a full name;
- "her son Pieter" closing a paragraph and a name opening the next are two names, not one;
- a list article's numbered headings ("3. Odo Brant (2016-2018)") name people when most of the
  list's headings are names the tagger knew;
- "Kat Varnell" beside "Katherine Varnell" is one person, shown by the fuller given name;
- "Ines Vey and her band": the name's own possessive says its gender;
- "Ana Vey and her agent, Bo Lind, whom she hired": the relative clause is Bo's, so "she" may be Ana.
- "Prince Tomas and Ines": the title before another name says nothing of Ines.

Every sentence here is invented; every name is fictional."""

from __future__ import annotations

from allegedly.understand.entities import _no_one_named, _numbered_heading_names
from text_samples import entity_index


def _people(text: str) -> dict[str, str | None]:
    """Each person's name and gender ("m", "f" or None) found in `text`."""
    index = entity_index(text)
    return {cluster.name: cluster.gender for cluster in index.people.values()}


def test_lone_initial_is_no_person() -> None:
    # a sign-off initial the tagger took for a person is dropped as no one's name
    assert _no_one_named("K.") and _no_one_named("K")
    assert not _no_one_named("Kaito") and not _no_one_named("K. Varnell")


def test_reader_handle_is_no_person() -> None:
    # readers' handles quoted in a story; names that end in a doubled letter stay names
    assert _no_one_named("Mellowyy") and _no_one_named("TheQuietFern")
    assert not any(_no_one_named(name) for name in ("Foxx", "Buzz", "Billy", "Theodora"))


def test_common_word_first_name_heads_full_name() -> None:
    text = (
        "The bakery was left to her uncle Guy Marlowe after the war. "
        "Years later Marlowe sold it to a chain from Leeds."
    )
    people = _people(text)
    assert "Guy Marlowe" in people
    assert "Marlowe" not in people


def test_kin_name_does_not_run_over_paragraph() -> None:
    text = (
        "Odile Brennan spoke at length about her son Pieter\n\n"
        "Halvard, her lawyer, said the hearing would resume in June."
    )
    index = entity_index(text)
    assert not any("\n" in alias for cluster in index.people.values() for alias in cluster.aliases)


def test_numbered_headings_of_people() -> None:
    text = (
        "1. Ines Varga (2010-2012)\n\nShe came first.\n\n"
        "2. Tobias Renner (2013)\n\nA short summer.\n\n"
        "3. Zorvath Keblin (2014-2016)\n\nThe long one.\n"
    )
    found = [(text.index("Ines Varga"), text.index("Ines Varga") + 10, "Ines Varga")]
    start = text.index("Tobias Renner")
    found.append((start, start + len("Tobias Renner"), "Tobias Renner"))
    added = _numbered_heading_names(text, found, frozenset({"Hotel"}))
    assert [name for _, _, name in added] == ["Zorvath Keblin"]
    # a list whose headings are mostly no one's names adds nothing
    assert _numbered_heading_names(text, found[:1], frozenset()) == []


def test_short_given_name_joins_full_one() -> None:
    text = (
        "Katherine Varnell opened her first gallery in Bristol in 2015. "
        "Friends say Kat Varnell never planned to sell a single painting."
    )
    people = _people(text)
    assert "Katherine Varnell" in people
    assert "Kat Varnell" not in people


def test_name_and_own_possessive_gives_gender() -> None:
    text = "Oyelaru Denk and her cousin hired Piet Hollis to run the bakery in Ghent."
    assert _people(text)["Oyelaru Denk"] == "f"


def test_relative_clause_on_later_conjunct() -> None:
    text = (
        "Sources say that Oyelaru Denk and her fiancé, Dario Venn — whom she has known since "
        "school — are moving to Ghent."
    )
    index = entity_index(text)
    key = index.resolve_pronoun("she", text.index("she has known"))
    assert key is not None and index.name(key) == "Oyelaru Denk"


def test_title_of_another_name_gives_no_gender() -> None:
    # "Prince" is Anselm's title, not Odari Venn's
    text = "Fans online begged Prince Anselm and Odari Venn to record a duet in Lagos."
    assert _people(text)["Odari Venn"] is None
