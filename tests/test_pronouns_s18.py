"""Session 18: a he/she carries on from the he/she just before it where that one stood for the
text's topic (`PronounResolver._topic_carried`, `_previous_answer`): an obituary's subject stays
the "he" of the piece past a son named after "His son", and past a sentence without a he that
names no man as its subject ("They had a son, Milo, born in 1967."). And (fact_dates) twins take
the birth date a later sentence of their paragraph gives them.

Every sentence here is invented; every name is fictional."""

from __future__ import annotations

from typing import Any

from text_samples import analyse, dated, entity_index

OBITUARY = (
    "Anselm Varga-Hollis, the gravel-voiced stage actor, died on May 3 at his home in Tacoma. "
    "He was 88. His son Dorian confirmed the death and said the cause was a stroke.\n\n"
    "Born in 1937 in Leeds to a tailor, Piotr Varga, and a nurse, Maud Hollis, he left school at 15. "
    "In 1958 he joined a repertory company in Hull, where he played in forty plays. "
    "He left Hull in 1962, and the following year a studio in London signed him.\n\n"
    "In 1965 he married the actress Odile Brandt, his co-star in a radio serial. "
    "They had a son, Milo, born in 1967. The marriage ended in 1971, a split he blamed on touring."
)


def _answers(text: str) -> list[str | None]:
    index = entity_index(text)
    offsets = [
        i for i in range(len(text)) if text.startswith(("he ", "He ", "him"), i) and not text[i - 1].isalpha()
    ]
    return [index.resolve_pronoun(text[o : o + 3].strip(". "), o) for o in offsets]


def test_an_obituary_subject_stays_the_he_past_his_sons_name() -> None:
    answers = _answers(OBITUARY)
    assert answers
    assert set(answers) == {"person:anselm-varga-hollis"}


def test_a_new_man_named_in_the_pronouns_own_sentence_may_still_be_meant() -> None:
    text = (
        "Anselm Varga-Hollis, the stage actor, died on May 3. He was 88. "
        "His son Dorian confirmed the death. Dorian Varga-Hollis said he would scatter the ashes at sea."
    )
    index = entity_index(text)
    at = text.rindex(" he ") + 1
    assert index.resolve_pronoun("he", at) == "person:dorian-varga-hollis"


def test_twins_take_the_birth_date_a_later_sentence_of_the_paragraph_gives(pipeline: Any) -> None:
    # `fact_dates._twins_born_later`: "his twins, ... The twins were born in June 2019"
    text = (
        "Goalkeeper Ferro Vantongeren retired on Sunday with a video on his channel. "
        "The clip closes on his twins, Ottilie and Brannock, 6, in matching scarves. "
        '"They are my coaches now," he says. Vantongeren married the florist Idun Maas in 2016. '
        "The twins were born in June 2019, a week before the league final."
    )
    analysis = analyse(pipeline, text, date="2025-10-02")
    assert dated(analysis, "child", "Ferro Vantongeren", "Ottilie") == {"2019-06"}
