"""Session 14 relation fixes, checked on invented sentences (gossip-blog register): descriptions
never read as someone named only later, "were together for", "her mother married X" when the
text named the mother, siblings of a list, "have a daughter together", a newborn "joins" its
siblings, engagement in capitals, "said \"I do\"", a partner owned through an ex ("her
ex-husband's new girlfriend"), no step-parent as parent, the joint subject as "they", kin in
apposition, "Their mother" of two brothers, a move talked of, an arrival from elsewhere, an
interviewee's answers, a "His" of the wrong gender, joint owners, meetings counted."""

from __future__ import annotations

from typing import Any

import pytest

from text_samples import analyse

pytestmark = pytest.mark.model


def _facts(pipeline: Any, text: str, date: str = "2025-06-02") -> set[tuple[str, str, str]]:
    return {
        (c.predicate, c.subject, str(c.object or c.value)) for c in analyse(pipeline, text, date=date).claims
    }


def _has(facts: set[tuple[str, str, str]], predicate: str, first: str, second: str) -> bool:
    """A fact either way round (the couple's predicates are symmetric)."""
    return (predicate, first, second) in facts or (predicate, second, first) in facts


def test_aged_description_is_the_one_named_before_not_a_later_namesake(pipeline: Any) -> None:
    text = (
        "If you have seen Marisol Quenby sell out arenas this spring, the 29-year-old singer's "
        "father is the producer Tobin Quenby.\n\n"
        "Tobin later married the jazz singer Petra Lund in 2011."
    )
    facts = _facts(pipeline, text)
    assert ("age", "Marisol Quenby", "29") in facts
    assert ("age", "Petra Lund", "29") not in facts


def test_were_together_for_years_and_their_split(pipeline: Any) -> None:
    text = (
        "Corwin Alsop's father is the drummer Lasse Alsop. He and Brigid Tamm were together for "
        "about eight years in the 1990s and had two children, Corwin and his older sister, Dagny. "
        "They split in 2001.\n\nIn 2005 Brigid married the Welsh sculptor Emrys Powell."
    )
    facts = _facts(pipeline, text)
    assert _has(facts, "partner", "Lasse Alsop", "Brigid Tamm")
    assert _has(facts, "separated", "Lasse Alsop", "Brigid Tamm")
    assert ("child", "Brigid Tamm", "Dagny") in facts  # a sibling of a listed child has both parents
    assert ("child", "Lasse Alsop", "Dagny") in facts


def test_her_mother_married_the_mother_named_before(pipeline: Any) -> None:
    text = (
        "Oriane Vasseur's mother is the actress Clémence Vasseur, and her father is the chef "
        "Bastien Roux.\n\nIn 2009 her mother married the Scottish photographer Fergus Lainge, who "
        "she met at a festival in Cannes. Clémence and Fergus have a son together, Hamish Lainge."
    )
    facts = _facts(pipeline, text)
    assert _has(facts, "spouse", "Clémence Vasseur", "Fergus Lainge")
    assert _has(facts, "met", "Clémence Vasseur", "Fergus Lainge")
    assert not _has(facts, "met", "Oriane Vasseur", "Fergus Lainge")
    assert ("child", "Clémence Vasseur", "Hamish Lainge") in facts
    assert ("child", "Fergus Lainge", "Hamish Lainge") in facts


def test_eldest_of_whom(pipeline: Any) -> None:
    text = (
        "Anselm Drury has been married to the weaver Hester Quill since 2006, and the pair have "
        "two children, the eldest of whom, Perpetua, is studying in Dundee."
    )
    facts = _facts(pipeline, text)
    assert ("child", "Anselm Drury", "Perpetua") in facts
    assert ("child", "Hester Quill", "Perpetua") in facts


def test_newborn_joins_its_siblings(pipeline: Any) -> None:
    text = (
        "Reality star Junia Okafor-Brandt and her husband, Lyle Brandt, have welcomed a daughter, "
        "Marigold, the couple said on Sunday.\n\n"
        "Marigold joins big sister Tamsin, who was born in March 2020 and turned 5 last month, "
        "and big brother Rufus, who turns two in July."
    )
    facts = _facts(pipeline, text)
    for parent in ("Junia Okafor-Brandt", "Lyle Brandt"):
        assert ("child", parent, "Tamsin") in facts
        assert ("child", parent, "Rufus") in facts
    assert ("age", "Tamsin", "5") in facts


def test_engaged_in_capitals_and_said_i_do(pipeline: Any) -> None:
    text = (
        "Okay so it happened. Pilar Eskildsen, the influencer who waited four years for Joaquin "
        "Marr to propose, is ENGAGED, and she told everyone on Instagram.\n\n"
        'Separately, Ottoline Feyer and Caspar Wendt said "I do" on Saturday in Como.'
    )
    facts = _facts(pipeline, text)
    assert _has(facts, "engaged", "Pilar Eskildsen", "Joaquin Marr")
    assert _has(facts, "spouse", "Ottoline Feyer", "Caspar Wendt")


def test_partner_owned_through_an_ex(pipeline: Any) -> None:
    text = (
        "Sunna Rask knows about breakups: her own marriage to the DJ Lorne Abbot ended in 2021, "
        "and her ex-husband's new girlfriend, the singer Elva Thorne, lives next door."
    )
    facts = _facts(pipeline, text)
    assert _has(facts, "spouse", "Sunna Rask", "Lorne Abbot")
    assert _has(facts, "partner", "Lorne Abbot", "Elva Thorne")
    assert not _has(facts, "partner", "Sunna Rask", "Elva Thorne")


def test_a_stepfather_is_no_parent(pipeline: Any) -> None:
    text = (
        "The bride, Saskia Oduya, was walked down the aisle by her mother, Lenore Oduya, and her "
        "stepfather, Cyril Banks, who raised her from the age of six."
    )
    facts = _facts(pipeline, text)
    assert ("child", "Lenore Oduya", "Saskia Oduya") in facts
    assert not any(f[0] == "child" and f[1] == "Cyril Banks" for f in facts)


def test_they_is_the_joint_subject(pipeline: Any) -> None:
    text = (
        "Rhiannon Vale and Tobiah Grint dated for three years before she met Ansel Moreau, and "
        "they split in 2019."
    )
    facts = _facts(pipeline, text)
    assert _has(facts, "separated", "Rhiannon Vale", "Tobiah Grint")
    assert not _has(facts, "separated", "Rhiannon Vale", "Ansel Moreau")


def test_kin_in_apposition_and_their_mother_of_two_brothers(pipeline: Any) -> None:
    text = (
        "Wexham winger Evander Kaltz scored twice on Saturday.\n\n"
        "Leopold Kaltz, Evander's father, played 300 games for Wexham Town in the 1990s.\n\n"
        "The winger's younger brother, Anatole, 20, plays for the other side of the derby.\n\n"
        "Their mother, Greta Hume, teaches in Wexham.\n\n"
        "Off the pitch, Evander proposed to his girlfriend, midwife Philippa Orme, on New Year's Eve."
    )
    facts = _facts(pipeline, text)
    assert ("child", "Leopold Kaltz", "Evander Kaltz") in facts
    assert ("child", "Leopold Kaltz", "Anatole") in facts
    assert ("child", "Greta Hume", "Anatole") in facts
    assert not any(f[0] == "child" and f[2] == "Philippa Orme" for f in facts)
    assert _has(facts, "engaged", "Evander Kaltz", "Philippa Orme")


def test_move_talked_of_and_arrival_from_elsewhere(pipeline: Any) -> None:
    text = (
        "Pals say Ivar Lund and his wife Sigrun Lund have talked about moving back to Norway one day.\n\n"
        "Ida Moe grew up above a bakery in Manchester. Her father, Anders Moe, came to Manchester "
        "from Lagos in the 1970s and ran the bakery for thirty years."
    )
    facts = _facts(pipeline, text)
    assert not any(f[0] == "residence" and f[2] == "Norway" for f in facts)
    assert ("residence", "Anders Moe", "Manchester") in facts


def test_interviewee_answers_in_quotes(pipeline: Any) -> None:
    text = (
        "Beatrix Olvera-Hume on her ex and her new life\n"
        "3 March 2025 — interview by Colm Treacy\n\n"
        "Beatrix Olvera-Hume, 51, is on the phone from Lisbon.\n\n"
        "On the divorce:\n\n"
        '"Tancredi and I got married in 2001. We divorced in 2015, and it was hard."\n\n'
        "On her family:\n\n"
        '"My mother, Consolata, raised my brother Aurelio and me on her own."'
    )
    facts = _facts(pipeline, text, date="2025-03-03")
    assert _has(facts, "spouse", "Beatrix Olvera-Hume", "Tancredi")
    assert _has(facts, "divorced", "Beatrix Olvera-Hume", "Tancredi")
    assert ("child", "Consolata", "Beatrix Olvera-Hume") in facts
    assert ("child", "Consolata", "Aurelio") in facts
    assert not any("Colm Treacy" in f for f in facts)


def test_his_of_the_wrong_gender_and_joint_owners(pipeline: Any) -> None:
    text = (
        "Goalkeeper Rowan Pettifer and his wife, the singer Imelda Sayer, welcomed a son on Sunday.\n\n"
        "Before meeting Imelda, the keeper dated the model Katya Brill.\n\n"
        "His mum, Doreen Pettifer, was the first visitor. Rowan and Imelda's daughter, Juniper, 4, "
        "is thrilled."
    )
    facts = _facts(pipeline, text)
    assert ("child", "Doreen Pettifer", "Rowan Pettifer") in facts
    assert ("child", "Doreen Pettifer", "Imelda Sayer") not in facts
    assert ("child", "Rowan Pettifer", "Juniper") in facts
    assert ("child", "Imelda Sayer", "Juniper") in facts


def test_meetings_counted_and_another_engagement(pipeline: Any) -> None:
    text = (
        "Reports claimed Lothar Benn had been seen with the stylist Ondine Marsh, but she said she "
        'had "met the man exactly once, at a dinner."\n\n'
        "Lothar's brother, Gunnar Benn, was best man, and guests whispered that another Benn "
        "engagement might not be far off."
    )
    facts = _facts(pipeline, text)
    assert not _has(facts, "met", "Lothar Benn", "Ondine Marsh")
    assert not _has(facts, "engaged", "Lothar Benn", "Gunnar Benn")


def test_children_list_with_a_clause_after_each_name(pipeline: Any) -> None:
    text = (
        "Mara Velde and Jonas Tiet met at a gala in 2011 and have two sons: Oliver, born in 2014, "
        "and Emil, who arrived in July 2018."
    )
    facts = _facts(pipeline, text)
    for parent in ("Mara Velde", "Jonas Tiet"):
        assert ("child", parent, "Oliver") in facts
        assert ("child", parent, "Emil") in facts
