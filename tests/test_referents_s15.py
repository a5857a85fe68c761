"""Session 15: whom descriptions, bare ages and "the couple" stand for in real-looking text. A
person the text already aged cannot be "the M-year-old" with another age; a bare age goes to the
one the text aged so before a topic it never aged; a description right after a name it follows
is that name; a description joined in a union to a name is that name's partner; an aged
description no rule fits is the last person named before whom role and age fit, and the
"she" after it in its sentence is that person too; "the couple" after a parting is the pair
still together; pets, peoples, played roles and interjections are no people; descriptions are
read in the order the sentence gives them.

Every sentence here is invented; every name is fictional."""

from __future__ import annotations

from typing import Any

from text_samples import analyse


def _ages(analysis: Any, person: str) -> set[str | None]:
    return {c.value for c in analysis.claims if c.predicate == "age" and c.subject == person}


def _pairs(analysis: Any, predicate: str) -> set[frozenset[str | None]]:
    return {frozenset((c.subject, c.object)) for c in analysis.claims if c.predicate == predicate}


def _people(analysis: Any) -> set[str | None]:
    return {c.subject for c in analysis.claims} | {c.object for c in analysis.claims}


def test_a_person_aged_before_is_not_a_bare_age_years_apart(pipeline: Any) -> None:
    text = (
        "Zephyrine Oduya stepped out in Leeds on Friday.\n\n"
        "The 23-year-old shared a photo of her new coat online.\n\n"
        "She later went to a gallery opening.\n\n"
        "It was fortunate she dressed up, as her friend Talulah was also there.\n\n"
        "There was no missing Tally with the 37-year-old wearing a sequinned cape."
    )
    analysis = analyse(pipeline, text, date="2024-05-03")
    assert "37" not in _ages(analysis, "Zephyrine Oduya")


def test_a_bare_age_goes_to_the_one_aged_so_before_the_topic_never_aged(pipeline: Any) -> None:
    text = (
        "Corvin Ashdale joked about his week on Thursday.\n\n"
        "The 31-year-old posted a still from a film by Bastien Moor.\n\n"
        "In that comedy, Bastien's hero loses his keys on a train.\n\n"
        "The fuss began after the 32-year-old was seen in Soho without a coat."
    )
    analysis = analyse(pipeline, text, date="2024-05-03")
    assert "32" not in _ages(analysis, "Bastien Moor")
    assert "32" in _ages(analysis, "Corvin Ashdale")


def test_a_bare_age_right_after_a_name_is_that_name(pipeline: Any) -> None:
    text = (
        "Senator Hal Greaves and his wife Ottoline argued over their son Bexley after the "
        "17-year-old was caught at a party."
    )
    analysis = analyse(pipeline, text, date="2024-05-03")
    assert "17" in _ages(analysis, "Bexley")
    assert "17" not in _ages(analysis, "Hal Greaves")


def test_a_description_joined_to_a_name_in_a_romance_is_the_partner(pipeline: Any) -> None:
    text = (
        "Kasimir Holt has been dating Odile Fenn since the spring.\n\n"
        "The news was first reported by a friend of the drummer Brann Tully.\n\n"
        "Kasimir Holt and the 24-year-old singer's relationship began at a festival."
    )
    analysis = analyse(pipeline, text, date="2024-05-03")
    assert "24" in _ages(analysis, "Odile Fenn")
    assert "24" not in _ages(analysis, "Brann Tully")


def test_an_aged_description_no_rule_fits_is_the_last_one_named_it_fits(pipeline: Any) -> None:
    text = (
        "Maelle Dusk, 46, has moved on. Maelle told friends she is happy, and Maelle says she "
        "has no regrets. Orrin and Maelle split after he made a thriller with his now wife "
        "Sabine Corvo.\n\n"
        "The 40-year-old actress said in 2015 she met and fell in love with the Harbour Lights "
        "star on the set of the film."
    )
    analysis = analyse(pipeline, text, date="2024-05-03")
    assert "40" in _ages(analysis, "Sabine Corvo")
    assert "40" not in _ages(analysis, "Maelle Dusk")
    met = _pairs(analysis, "met")
    assert frozenset(("Sabine Corvo", "Orrin")) in met
    assert not {pair for pair in met if "Maelle Dusk" in pair}


def test_the_couple_after_a_parting_is_the_pair_still_together(pipeline: Any) -> None:
    text = (
        "Maelle Dusk has spoken about her divorce. Maelle told a podcast that she is happy.\n\n"
        "Orrin Vale fell in love with Sabine Corvo on the set of a thriller in 2014, until he "
        "announced his separation from Maelle Dusk in 2015.\n\n"
        "'It took until the end of the shoot for us to see it. We did not want to hurt anyone, "
        "and we waited a long time before we told our friends and our families about it, because "
        "it was a big thing that needed a lot of serious thought from both of us,' Sabine said "
        "in an interview with a magazine, speaking at length about the months after filming.\n\n"
        "The couple now have a daughter, Pia, who was born in 2018."
    )
    analysis = analyse(pipeline, text, date="2024-05-03")
    parents = {c.subject for c in analysis.claims if c.predicate == "child" and c.object == "Pia"}
    assert "Maelle Dusk" not in parents
    assert "Sabine Corvo" in parents


def test_a_pet_is_no_person(pipeline: Any) -> None:
    text = (
        "Ilse Varga took her beloved pup Biscuit to a park on Monday. The actress, 29, and "
        "the director, 52, got engaged in May."
    )
    analysis = analyse(pipeline, text, date="2024-05-03")
    assert "Biscuit" not in _people(analysis)


def test_a_people_and_a_country_in_a_list_are_no_people(pipeline: Any) -> None:
    text = (
        "Orla Penn went on field missions to hot spots such as Sierra Leone, Haiti and Kenya. "
        "She adopted her second child, Amani, in 2005. In 2002 she returned to Kenya to meet "
        "Kenyans who had lost their homes."
    )
    analysis = analyse(pipeline, text, date="2024-05-03")
    people = _people(analysis)
    assert "Kenyans" not in people
    assert "Sierra Leone" not in people


def test_an_interjection_is_no_person(pipeline: Any) -> None:
    text = (
        "Nadia Brook has spent the spring in Lisbon. The cover was shot by the photographer Lucan "
        "Alas in Paris.\n\n"
        "Alas, while she was making her film, her relationship with Dario Ferrant was suffering."
    )
    analysis = analyse(pipeline, text, date="2024-05-03")
    assert not {pair for pair in _pairs(analysis, "partner") if "Lucan Alas" in pair}


def test_two_roles_one_verb_names_are_no_couple(pipeline: Any) -> None:
    text = (
        "Mira Solberg and Teo Brandt, who played Ivy and Jasper on the sitcom, started a romance "
        "on screen in 2003.\n\n"
        "Ivy starts to fall for her neighbour. After Jasper sees her kiss another man he decides "
        "to tell Ivy how he feels."
    )
    analysis = analyse(pipeline, text, date="2024-05-03")
    assert frozenset(("Ivy", "Jasper")) not in _pairs(analysis, "partner")


def test_descriptions_are_read_in_the_order_the_sentence_gives_them(pipeline: Any) -> None:
    text = (
        "On Monday, Vesna Kolar strode across the lawn with her husband, Anselm. The 46-year-old "
        "Ruritania-born stunner smiled as the billionaire, 70, reached for her hand."
    )
    analysis = analyse(pipeline, text, date="2024-05-03")
    assert "70" not in _ages(analysis, "Vesna Kolar")
    assert "46" in _ages(analysis, "Vesna Kolar")


def test_a_subject_is_not_described_again_in_its_own_clause(pipeline: Any) -> None:
    text = (
        "Ottilie Brandt ended up asleep in a cupboard at Lorna Vance's party.\n\n"
        "Lorna admitted the evening with the 31-year-old actress was the wildest she had seen."
    )
    analysis = analyse(pipeline, text, date="2024-05-03")
    assert "31" not in _ages(analysis, "Lorna Vance") | _ages(analysis, "Lorna")


def test_a_description_kissed_by_a_name_is_their_partner(pipeline: Any) -> None:
    text = (
        "Marisol Avery and Teodor Lisk are dating, a friend said.\n\n"
        "Photographs of the director Hal Ebbing were taken at the same party.\n\n"
        "Last month, Avery, 26, was spotted kissing the 47-year-old film director in Rome."
    )
    analysis = analyse(pipeline, text, date="2024-05-03")
    assert "47" in _ages(analysis, "Teodor Lisk")
    assert "47" not in _ages(analysis, "Hal Ebbing")


def test_an_aged_rapper_is_no_baby_named_before(pipeline: Any) -> None:
    text = (
        "Zora Quill wants full custody of their kids Nell, 3, and Remy, 12 months, a friend "
        "said.\n\n"
        "The reality star is already distancing herself from the rapper, 39."
    )
    analysis = analyse(pipeline, text, date="2024-05-03")
    assert "39" not in _ages(analysis, "Remy")
    assert "39" not in _ages(analysis, "Nell")
