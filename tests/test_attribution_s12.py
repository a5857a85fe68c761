"""Attribution, session 12: two classes of reading that are no new voice, and one that is.

- A parenthetical report set inside the clause it reports ("At the time, Ilse Marrow said, she
  wanted to quit"): the clause's own verb is part of what the speaker said, as with a report that
  closes the clause ("..., her rep said"), not a second voice.
- A label the writer borrows for a thing it speaks of ("a season marred by what he called
  sabotage", "a speech on what she sees as the decline of the pier"): the writer's clause names
  the thing in that one's words; no statement is reported. Nor does a name given ("His charity,
  called the X, ...").
- A share of those polled as the subject of a verb of preference ("38 percent would pick
  X", "a majority would back Y"): the answer they gave, whatever the modal.

Every sentence is invented for these tests (fictional people and places).
"""

from __future__ import annotations

from typing import Any

import pytest

from text_samples import sourced as sourced_voices

pytestmark = pytest.mark.model


def sourced(nlp: Any, text: str) -> list[tuple[str, str, str]]:
    """Every voice with a source: source words, cue words, source kind."""
    return [(v.source, v.cue, v.kind) for v in sourced_voices(nlp, text)]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("At the time, Ilse Marrow said, she wanted to quit the band.", "Ilse Marrow"),
        ("Most weeks, Mr. Pemberton said, the landlord ignored the tenants.", "Mr. Pemberton"),
        ("The coach, Tova Reyes said, accused the players of lying.", "Tova Reyes"),
    ],
)
def test_a_parenthetical_report_is_the_only_voice_of_its_clause(nlp: Any, text: str, source: str) -> None:
    assert sourced(nlp, text) == [(source, "said", "on_record")]


def test_a_report_with_words_of_its_own_is_no_parenthetical(nlp: Any) -> None:
    # "says" has its own quote: the clause before it is the writer's, and its view stays
    text = 'I doubt it, but Ivo Brandt says, "We will build it anyway."'
    assert ("Ivo Brandt", "says", "on_record") in sourced(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The whole season was marred by what he called sabotage.",
        "Fans were urged to look up what Dana Morrow called her secret recipe.",
        "The speech dwelt on what she sees as the decline of the old pier.",
        # a name given, said by no one
        "His new charity, called the Clearwater Trust, will still own the land.",
        "She joined a startup called Brightline in 2019.",
    ],
)
def test_a_borrowed_label_is_no_statement(nlp: Any, text: str) -> None:
    assert sourced(nlp, text) == []


def test_a_label_in_someones_report_stays_theirs(nlp: Any) -> None:
    # the outer report is read as before; the label inside it is part of it
    text = "Kit Amsel attacked what she called a rigged vote."
    assert sourced(nlp, text) == [("Kit Amsel", "attacked", "on_record")]


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        ("Among season-ticket holders, 38 percent would pick Ruiz-Hale.", "38 percent", "pick"),
        ("A majority of residents would support the new tram line.", "A majority of residents", "support"),
        ("Just 9 percent prefer the old route.", "Just 9 percent", "prefer"),
    ],
)
def test_a_share_of_those_polled_states_its_preference(nlp: Any, text: str, source: str, cue: str) -> None:
    assert (source, cue, "on_record") in sourced(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Rents rose 4 percent last year.",
        "Congress should enact a law to cap the fees.",  # a wish, no share of those polled
    ],
)
def test_no_preference_without_a_share_of_those_polled(nlp: Any, text: str) -> None:
    assert sourced(nlp, text) == []
