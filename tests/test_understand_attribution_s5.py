"""Voices the parser hides in news writing, on sentences written for these tests (fictional
people, papers and polls): a count cited with "in", a verb read as a participle, a name set
off by its apposition, a surname alone, a relative pronoun read as an adverbial clause,
clauses parted by semicolons, and acts of speech through their object."""

from __future__ import annotations

from typing import Any

import pytest

from text_samples import sourced, voices

pytestmark = pytest.mark.model


def pairs(nlp: Any, text: str) -> set[tuple[str, str]]:
    return {(r.source, r.cue) for r in sourced(nlp, text)}


# A count the outlet cites with "in": the poll is the source, as with "according to".


def test_in_a_poll_cites_the_poll(nlp: Any) -> None:
    found = sourced(nlp, "In the latest Harbor Ledger poll, Vera Lind leads Otis Park by four points.")
    assert any("poll" in v.source and v.cue == "In" for v in found)
    assert all(v.kind != "on_record" for v in found if v.cue == "In")


def test_in_a_place_or_a_photo_cites_nothing(nlp: Any) -> None:
    assert sourced(nlp, "Vera Lind smiled in the photo.") == []
    assert sourced(nlp, "Otis Park lives in a quiet town near the river.") == []


# A past form the parser hangs on a noun as a participle when the sentence has no verb.


def test_finite_verb_read_as_participle_after_a_relative_clause(nlp: Any) -> None:
    found = sourced(nlp, "One of the aides who wrote the letter called Park a fraud.")
    assert any(v.source.startswith("One of the aides") and v.cue == "called" for v in found)


def test_a_name_with_called_stays_a_name(nlp: Any) -> None:
    assert sourced(nlp, "A group called the Harbor Fans.") == []


# "After saying ..., she was rushed": the one the passive is about said it.


def test_participle_under_a_passive_has_its_subject(nlp: Any) -> None:
    found = pairs(nlp, "After saying her knee was fine, Dana Wilde was rushed to the hospital.")
    assert ("Dana Wilde", "saying") in found


# Acts of speech through their object.


def test_advice_offered_is_speech(nlp: Any) -> None:
    assert ("Mila Orr", "offered") in pairs(
        nlp, "Mila Orr offered some pointed advice to Otis Park on Friday."
    )


def test_lauded_is_speech(nlp: Any) -> None:
    assert ("Vera Lind", "lauded") in pairs(nlp, "Vera Lind lauded the new contract.")


def test_weighed_in_is_a_view_but_weighed_the_options_is_not(nlp: Any) -> None:
    assert any(v.cue == "weighed" for v in sourced(nlp, "Other officials weighed in on the dispute."))
    assert sourced(nlp, "She weighed the options.") == []


# A person named in full before, named by surname alone in an inverted reporting clause.


def test_said_and_a_surname_before_a_quote(nlp: Any) -> None:
    text = (
        "“It is hard to avoid,” said Tom Ellis, a tax consultant. Others worry the plan is a "
        "mess. Said Ellis: “Nobody in the capital reads the code anymore.”"
    )
    found = [v for v in voices(nlp, text) if v.quoted and v.cue == "Said"]
    assert found and found[0].source == "Ellis" and found[0].speaker == "Tom Ellis"


def test_a_surname_nobody_bears_names_no_one(nlp: Any) -> None:
    text = "“It is hard to avoid,” said Tom Ellis. Said Brandt: “Nobody in the capital reads the code.”"
    assert not any(v.cue == "Said" and v.speaker == "Tom Ellis" for v in voices(nlp, text))


# "the department which reported", parsed as an adverbial clause: the noun before "which".


def test_which_read_as_an_adverbial_clause_stands_for_the_noun_before_it(nlp: Any) -> None:
    text = (
        "To settle the question, they turned to the Harbor Police Department which reported "
        "“2,521 shooting incidents” in the city between January 1 and September 18."
    )
    assert any("Police Department" in v.source and v.cue == "reported" for v in sourced(nlp, text))


# A name the parser hung on the phrase before it ("in Lisbon, Jo Park, ..., told").


def test_name_set_off_by_its_apposition_after_a_place(nlp: Any) -> None:
    text = "In a talk in Lisbon, Jo Park, the band's manager, firmly told reporters that the tour was over."
    assert ("Jo Park", "told") in pairs(nlp, text)


# Clauses parted by semicolons are acts of their own, not what the last one reports.


def test_semicolons_part_acts_of_speech(nlp: Any) -> None:
    text = (
        "Vera Lind spoke about her tour in Oslo; she called into a radio show from home; and, "
        "last week, she addressed the fan club."
    )
    cues = {v.cue for v in sourced(nlp, text)}
    assert {"spoke", "addressed"} <= cues


def test_a_report_without_a_semicolon_stays_one_voice(nlp: Any) -> None:
    found = sourced(nlp, "Her rep said Vera Lind called Otis Park on Friday.")
    assert [v.cue for v in found] == ["said"]
