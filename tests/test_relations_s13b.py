"""Session 13b relation fixes, checked on invented sentences: a player's club "since" a year and
the club a transfer came from, a second described age in a sentence going to the other of the
couple, a quoted song title before a role, "share custody of", "while he was married" naming no
spouse, and a business "the couple's" or "his first restaurant" names."""

from __future__ import annotations

from typing import Any

import pytest

from text_samples import analyse

pytestmark = pytest.mark.model


def _claims(pipeline: Any, text: str) -> list[Any]:
    return list(analyse(pipeline, text, date="2025-03-03").claims)


def _facts(pipeline: Any, text: str) -> set[tuple[str, str, str]]:
    return {(c.predicate, c.subject, str(c.object or c.value)) for c in _claims(pipeline, text)}


def test_club_since_and_club_left(pipeline: Any) -> None:
    text = (
        "Kester Moyle has played for Ashcombe FC since 2019, when he joined from Penwith Rovers, "
        "and was named captain last season."
    )
    claims = _claims(pipeline, text)
    jobs = {c.object: c for c in claims if c.predicate == "employer"}
    assert "Ashcombe FC" in jobs and "Penwith Rovers" in jobs
    assert jobs["Ashcombe FC"].end is None
    assert jobs["Penwith Rovers"].end is not None and str(jobs["Penwith Rovers"].end).startswith("2019")


def test_played_for_without_since_is_no_job(pipeline: Any) -> None:
    text = "Tamsin Achebe-Rourke played for Ashcombe FC as a teenager before turning to athletics."
    facts = _facts(pipeline, text)
    assert ("employer", "Tamsin Achebe-Rourke", "Ashcombe FC") not in facts


def test_second_described_age_is_the_other_of_the_couple(pipeline: Any) -> None:
    text = (
        "TELLY chef Lorcan Treece has found love again with reality TV beauty Maisie Coyle, sources "
        "say - just months after his marriage ended.\n\nThe Morning Table presenter, 44, and the "
        '31-year-old star have been "quietly seeing each other since the new year", a source said.'
    )
    facts = _facts(pipeline, text)
    assert ("age", "Lorcan Treece", "44") in facts
    assert ("age", "Maisie Coyle", "31") in facts
    assert ("age", "Lorcan Treece", "31") not in facts


def test_quoted_song_title_before_a_role(pipeline: Any) -> None:
    text = (
        "Country singer Dax Rennick has married publicist Amara Obi.\n\n"
        'The "Dusty Porch Hymn" singer, 38, wed his girlfriend of two years over the weekend.'
    )
    facts = _facts(pipeline, text)
    assert ("age", "Dax Rennick", "38") in facts
    assert ("age", "Amara Obi", "38") not in facts


def test_share_custody_of(pipeline: Any) -> None:
    text = (
        "Perrin Dalgleish and Ottilie Marchbank married in 2011 and divorced in 2017. "
        "The pair share custody of Benedikt Dalgleish, who is nine."
    )
    facts = _facts(pipeline, text)
    assert ("child", "Perrin Dalgleish", "Benedikt Dalgleish") in facts
    assert ("child", "Ottilie Marchbank", "Benedikt Dalgleish") in facts


def test_while_he_was_married_names_no_spouse(pipeline: Any) -> None:
    text = (
        "Chef Lorcan Treece is dating TV star Maisie Coyle, sources say.\n\n"
        '"They met on set and got on straight away, but nothing happened while he was married," '
        "the insider added."
    )
    facts = _facts(pipeline, text)
    assert ("spouse", "Lorcan Treece", "Maisie Coyle") not in facts
    assert ("spouse", "Maisie Coyle", "Lorcan Treece") not in facts


def test_the_couples_bakery_and_a_first_restaurant(pipeline: Any) -> None:
    text = (
        "Chef Lorcan Treece and his wife Camille Orsay have split after twelve years of marriage.\n\n"
        "Camille now runs the couple's bakery in Hove, Flour & Fig, which they opened together "
        "in 2013.\n\nLorcan met Camille at his first restaurant, Copper Spoon, in 2010."
    )
    facts = _facts(pipeline, text)
    assert ("owns", "Camille Orsay", "Flour & Fig") in facts
    assert ("owns", "Lorcan Treece", "Flour & Fig") in facts
    assert ("owns", "Lorcan Treece", "Copper Spoon") in facts
    assert ("owns", "Camille Orsay", "Copper Spoon") not in facts


def test_a_record_label_is_not_owned(pipeline: Any) -> None:
    text = "Singer Yara Pellinore left her label, Glasshouse Records, in 2020."
    facts = _facts(pipeline, text)
    assert ("owns", "Yara Pellinore", "Glasshouse Records") not in facts


def test_debut_in_a_kind_of_work(pipeline: Any) -> None:
    text = (
        "Saoirse Delacourt-Ibe trained at drama school in Leeds. In 2018 Delacourt-Ibe made her film "
        "debut in the period drama The Lantern Keepers, which opened in cinemas that May."
    )
    facts = _facts(pipeline, text)
    assert ("appeared_in", "Saoirse Delacourt-Ibe", "The Lantern Keepers") in facts


def test_twins_celebrated_their_birthday(pipeline: Any) -> None:
    text = (
        "Tanvi and Rohan Mehra are parents to twins, Kabir and Ishita, who were born in April 2013 "
        "and celebrated their 12th birthday this spring."
    )
    claims = _claims(pipeline, text)
    ages = {(c.subject, c.value) for c in claims if c.predicate == "age"}
    assert ("Kabir", "12") in ages and ("Ishita", "12") in ages


def test_leaving_to_join_and_the_outlet_reporting(pipeline: Any) -> None:
    text = (
        "Lena Marchetti, the co-anchor of the evening newscast, is leaving the cable channel after nine "
        "years to join Westbrook Media, Screen Ledger has learned."
    )
    facts = _facts(pipeline, text)
    assert ("employer", "Lena Marchetti", "Westbrook Media") in facts
    assert ("employer", "Lena Marchetti", "Screen Ledger") not in facts


def test_the_divorce_after_a_separation(pipeline: Any) -> None:
    text = (
        "Ines Okonkwo-Hart and Bastian Leclair married in 2010.\n\n"
        "The couple separated in late 2019 after a decade of marriage. At the time, reports linked "
        "Bastian to his co-star Odile Marchetti, but both denied it.\n\n"
        "The divorce was finalised two years later, in 2021."
    )
    claims = _claims(pipeline, text)
    divorces = {(c.subject, str(c.object)) for c in claims if c.predicate == "divorced"}
    assert divorces & {("Ines Okonkwo-Hart", "Bastian Leclair"), ("Bastian Leclair", "Ines Okonkwo-Hart")}
    assert not [d for d in divorces if "Odile Marchetti" in d]
