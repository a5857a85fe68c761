"""Session 21 (real-text pass on couples and kin): a possessive's children listed with no colon
("wrote of her children A, 17, B, ..., and eight-year-old twins C and D"), a divorce settlement
"from" a described name, each partner of a list after "dated", an adoption of a child the text
named, meetings that are no first meeting ("met at each other's homes", "met up"), and a wish
after a preposition ("keen on marrying").

Every sentence here is invented; every name is fictional."""

from __future__ import annotations

from typing import Any

from text_samples import analyse, children_of, pairs, parents_of


def test_a_possessives_children_listed_with_ages_and_twins(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        'Marla Quint is on tour again. "I miss them every night," she wrote of her children Oren, '
        "17, Pia, 14, Zeke, 10, and eight-year-old twins Kit and Vee.",
        date="2025-03-03",
    )
    assert children_of(analysis, "Marla Quint") >= {"Oren", "Pia", "Zeke", "Kit", "Vee"}
    # the twins' siblings listed before them are not their parents
    assert parents_of(analysis, "Kit") == {"Marla Quint"}
    assert parents_of(analysis, "Vee") == {"Marla Quint"}


def test_a_named_owners_kids_listed_with_ages(pipeline: Any) -> None:
    analysis = analyse(pipeline, "Marla Quint's kids Oren, 16, and Pia, 13, were there.", date="2025-03-03")
    assert children_of(analysis, "Marla Quint") == {"Oren", "Pia"}


def test_their_kids_named_after_the_noun_are_both_parents(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Dov Arlen and Tess Arlen brought their kids Oren and Pia to the premiere.",
        date="2025-03-03",
    )
    assert parents_of(analysis, "Oren") == {"Dov Arlen", "Tess Arlen"}
    assert parents_of(analysis, "Pia") == {"Dov Arlen", "Tess Arlen"}


def test_a_divorce_settlement_from_a_described_name_is_with_that_name(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Remy Stone has been dating Dev Pell since 2014. Under the terms of her divorce settlement "
        "from Bafta winner Tom Baxter, Stone cannot discuss her first marriage.",
        date="2025-03-03",
    )
    assert frozenset(("Remy Stone", "Tom Baxter")) in pairs(analysis, "divorced")
    # the partner she has now is not the one she divorced, nor a spouse
    assert not any("Pell" in str(pair) for pair in pairs(analysis, "divorced"))
    assert not any("Pell" in str(pair) for pair in pairs(analysis, "spouse"))


def test_each_partner_of_a_list_after_dated(pipeline: Any) -> None:
    analysis = analyse(
        pipeline, "Before her marriage, Tova Rane briefly dated Nick Holm and Chris Marr.", date="2025-03-03"
    )
    assert pairs(analysis, "partner") == {
        frozenset(("Tova Rane", "Nick Holm")),
        frozenset(("Tova Rane", "Chris Marr")),
    }


def test_a_name_that_opens_a_new_clause_is_no_item_of_the_dated_list(pipeline: Any) -> None:
    analysis = analyse(
        pipeline, "Tova Rane dated Nick Holm and Chris Marr dated Lia Penn.", date="2025-03-03"
    )
    assert frozenset(("Tova Rane", "Chris Marr")) not in pairs(analysis, "partner")


def test_one_who_adopts_a_child_the_text_named_is_a_parent(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Dalia Fenn adopted her son Oren from Peru in 2003. Five years later, Bram Tull formally "
        "adopted him.",
        date="2025-03-03",
    )
    assert parents_of(analysis, "Oren") == {"Dalia Fenn", "Bram Tull"}
    again = analyse(
        pipeline,
        "Dalia Fenn adopted her son Oren from Peru in 2003. Bram Tull, who formally adopted Oren once "
        "he had married Dalia, would not comment.",
        date="2025-03-03",
    )
    assert "Bram Tull" in parents_of(again, "Oren")


def test_adopting_a_name_no_one_is_a_parent_of_is_no_child(pipeline: Any) -> None:
    analysis = analyse(pipeline, "Bram Tull adopted Oren as his stage name in 2006.", date="2025-03-03")
    assert not [c for c in analysis.claims if c.predicate == "child"]


def test_meetings_of_a_couple_are_not_its_first_meeting(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Tova Rane and Nick Holm dated in secret. It was claimed the two met at each other's homes.",
        date="2025-03-03",
    )
    assert not pairs(analysis, "met")
    later = analyse(
        pipeline,
        "Tova Rane has been dating Nick Holm since 2019. They met up in Lisbon last week.",
        date="2025-03-03",
    )
    assert not pairs(later, "met")


def test_keen_on_marrying_is_a_wish_not_a_marriage(pipeline: Any) -> None:
    analysis = analyse(
        pipeline, "Gossip sites claim Tova Rane is keen on marrying Nick Holm.", date="2025-03-03"
    )
    assert not pairs(analysis, "spouse")


def test_the_speaker_named_after_a_quotation_is_not_the_one_wed(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        'Since Nick Holm let slip that he would be marrying in Capri, "the whole island is talking, '
        'and I hope he finally marries," says baker Lia Penn.',
        date="2025-03-03",
    )
    assert not pairs(analysis, "spouse")


def test_a_we_in_the_quotation_keeps_its_speaker_in_the_couple(pipeline: Any) -> None:
    analysis = analyse(
        pipeline, '"We got married in June," said Nick Holm, who wed Tova Rane in Lisbon.', date="2025-03-03"
    )
    assert pairs(analysis, "spouse") == {frozenset(("Nick Holm", "Tova Rane"))}


def test_a_parent_noun_after_a_described_teen_is_not_the_fathers_mother(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Rob Vane snapped at his son Oren in a hotel lobby while the teen stood up for his mum Dalia "
        "Fenn. Vane, whose wife Dalia Fenn filed for divorce, stayed home. She split from Vane a week "
        "later.",
        date="2025-03-03",
    )
    assert "Dalia Fenn" not in parents_of(analysis, "Rob Vane")
    # with no false kinship between them, the couple's own relations stand
    assert frozenset(("Rob Vane", "Dalia Fenn")) in pairs(analysis, "spouse")
    assert frozenset(("Rob Vane", "Dalia Fenn")) in pairs(analysis, "separated")


def test_each_known_child_of_an_adopted_list(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Dalia Fenn has three children, Oren, Pia and Zia. Bram Tull, who adopted Oren, Pia and Zia "
        "in 2015, now coaches their football team.",
        date="2025-03-03",
    )
    assert children_of(analysis, "Bram Tull") == {"Oren", "Pia", "Zia"}


def test_a_described_subjects_own_parent_stays(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Best actress: Mina Sato. The 23-year-old took her mother, the retired dancer Yoko Sato, as her "
        "guest. Oren Vane won the youth prize. The teen brought his mum, Dalia Fenn.",
        date="2025-03-03",
    )
    assert parents_of(analysis, "Mina Sato") == {"Yoko Sato"}
    assert parents_of(analysis, "Oren Vane") == {"Dalia Fenn"}


def test_a_leading_clause_on_a_bare_partners_noun_pairs_the_main_subject(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Kane Weller missed the gala. While wife Kim Dorsey, 41, walked the red carpet, he watched from "
        "a hotel bar.",
        date="2025-03-03",
    )
    assert pairs(analysis, "spouse") == {frozenset(("Kane Weller", "Kim Dorsey"))}
    beside = analyse(
        pipeline, "With husband Kane Weller by her side, Kim Dorsey accepted the award.", date="2025-03-03"
    )
    assert pairs(beside, "spouse") == {frozenset(("Kane Weller", "Kim Dorsey"))}


def test_ending_their_courtship_is_a_parting(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Nick Holm and Lia Penn wed in May 1998 and ended their courtship in March 2004.",
        date="2025-03-03",
    )
    assert pairs(analysis, "separated") == {frozenset(("Nick Holm", "Lia Penn"))}
    # the "their" of the cue is the pair, not the names nearest it
    later = analyse(
        pipeline,
        "Nick Holm and Lia Penn wed in May 1998 and ended their courtship in March 2004 when he fell "
        "for Dana Orr on a film set.",
        date="2025-03-03",
    )
    assert pairs(later, "separated") == {frozenset(("Nick Holm", "Lia Penn"))}


def test_a_speaker_who_says_i_married_keeps_the_marriage(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        'Nick Holm is an actor. "I married Nick in 2010 and never looked back," says Lia Penn.',
        date="2025-03-03",
    )
    assert pairs(analysis, "spouse") == {frozenset(("Nick Holm", "Lia Penn"))}


def test_a_couple_with_a_wedding_to_come_is_engaged(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Nick Holm and Lia Penn flew to Capri on Tuesday to meet the caterers for their upcoming wedding.",
        date="2025-03-03",
    )
    assert pairs(analysis, "engaged") == {frozenset(("Nick Holm", "Lia Penn"))}
    assert not pairs(analysis, "spouse")
