"""A couple named only by their two ranks ("The Duke and Duchess separated") is read as "the
couple" in the sentence that names them so, once an earlier sentence married them; a player of
an instrument ("the cellist") is a description like "the singer"; an architect or a paramedic
works for the firm or service named with the job. Every sentence is invented; every name is
fictional."""

from __future__ import annotations

from typing import Any

from text_samples import analyse, pairs, relations

_ROYALS = (
    "The Duke of Harwell, Edmund Vail, married Lady Corisande Marr in 2015. They have two children. "
    "The Duke and Duchess separated last month, a palace spokesman confirmed on Friday."
)


def test_a_couple_named_by_ranks_is_the_pair_married_before(pipeline: Any) -> None:
    a = analyse(pipeline, _ROYALS, date="2024-03-10")
    assert pairs(a, "separated") == {frozenset({"Edmund Vail", "Corisande Marr"})}
    split = next(c for c in a.claims if c.predicate == "separated")
    assert split.date is not None and split.date.value == "2024-02"


def test_ranks_with_no_couple_before_them_name_no_one(pipeline: Any) -> None:
    a = analyse(
        pipeline, "The Duke and Duchess separated last month, a palace spokesman said.", date="2024-03-10"
    )
    assert pairs(a, "separated") == set()


def test_an_architect_works_for_the_firm_named_with_the_job(pipeline: Any) -> None:
    a = analyse(
        pipeline,
        "Dara Quinlan, an architect at Stonework Trust, married Ivo Brandt in 2019.",
        date="2024-03-10",
    )
    assert relations(a, "employer") == {("Dara Quinlan", "Stonework Trust")}


def test_a_players_instrument_describes_them(pipeline: Any) -> None:
    a = analyse(
        pipeline,
        "Cellist Ilse Varga toured Japan in 2010. The cellist married the conductor Tamas Orr in 2012.",
        date="2024-03-10",
    )
    assert pairs(a, "spouse") == {frozenset({"Ilse Varga", "Tamas Orr"})}


def test_the_late_singer_is_the_one_whose_death_was_told(pipeline: Any) -> None:
    text = (
        "Singer Ivy Dunmore died in 2021 at 58. On Saturday, singer Lena Marsh, 34, performed at the "
        "festival in her honour. The late singer's widower, Tomas Grell, watched from the wings."
    )
    a = analyse(pipeline, text, date="2024-03-10")
    assert pairs(a, "spouse") == {frozenset({"Ivy Dunmore", "Tomas Grell"})}
