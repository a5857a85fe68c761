"""Attribution, session 10 (lead): subjects climbing through adjectives of a realised act, the
object of a verb that made it speak, and a day inside a phrasal verb of stance.

"was quick to point out that ..." is the subject's voice (it pointed out), as "appeared to
suggest" already was; "was reluctant to say" and "is likely to criticise" say nothing yet.
"forced Tolley to admit that ..." is Tolley's admission; "urged Quill to deny" and "pressed Quill
to explain" are the urger's and the presser's acts, not Quill's words. "ruled Friday against" is
the phrasal "rule against" with the day set inside it.

Every sentence is invented for these tests (fictional people and places).
"""

from __future__ import annotations

from typing import Any

import pytest

from text_samples import sourced as sourced_voices

pytestmark = pytest.mark.model


def sourced(nlp: Any, text: str) -> list[tuple[str, str]]:
    """Every voice with a source: source words and cue words."""
    return [(v.source, v.cue) for v in sourced_voices(nlp, text)]


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        (
            "Senator Odile Brandt was quick to point out that the bill had failed.",
            ("Senator Odile Brandt", "point"),
        ),
        ("Ada Quill was careful to note that no decision had been made.", ("Ada Quill", "note")),
        ("Ada Quill was able to tout the new harbour deal on Monday.", ("Ada Quill", "tout")),
        ("The mayor forced Bram Tolley to admit that the plan failed.", ("Bram Tolley", "admit")),
        ("The hearing led Ada Quill to concede that the deal was dead.", ("Ada Quill", "concede")),
        ("The judge ruled Friday against the city.", ("The judge", "ruled Friday against")),
    ],
)
def test_the_one_who_spoke_is_the_source(nlp: Any, text: str, voice: tuple[str, str]) -> None:
    assert voice in sourced(nlp, text)


@pytest.mark.parametrize(
    ("text", "not_source"),
    [
        ("Bram Tolley is likely to criticise the plan.", "Bram Tolley"),
        ("Bram Tolley was quick to leave the room.", "Bram Tolley"),
        ("The storm forced Ada Quill to leave the island.", "Ada Quill"),
        ("Bram Tolley urged Ada Quill to deny the report.", "Ada Quill"),
        ("Reporters pressed Ada Quill to explain the delay.", "Ada Quill"),
    ],
)
def test_no_voice_for_an_act_not_done_or_not_speech(nlp: Any, text: str, not_source: str) -> None:
    assert all(source != not_source for source, _ in sourced(nlp, text))
