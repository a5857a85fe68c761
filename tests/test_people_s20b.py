"""Session 20 (people, descriptions and jobs recall): a quoted title before a role ("the 'Nightfall'
actress") stands for the person the text tied to that work; a couple named by its two roles
("the former president and first lady", "the singer and her husband") is the couple the text
already made one; a full name after "married" or "married to" is a person
whatever the tagger said; a first name the name list gives both genders yields to the text's
he or she; a job title before "at"/"of" names its employer, and so does "X, which he joined in
2012"; a listicle's "No. 2: Name" or "Name, 41" heads a section.

Every sentence here is invented; every name is fictional."""

from __future__ import annotations

from typing import Any

from text_samples import analyse, pairs, relations


def kinds(analysis: Any) -> set[tuple[str, str]]:
    return {(e.kind, e.name) for e in analysis.entities}


_TIED = (
    "Greta Lund, who starred in Nightfall, arrived later with her friend Ana Berg. Berg wore blue. "
    "The {title} actress married Olav Holm in 2018."
)


def test_a_quoted_title_before_a_role_is_the_person_tied_to_it(pipeline: Any) -> None:
    for title in ("'Nightfall'", "“Nightfall”", '"Nightfall"', "Nightfall"):
        a = analyse(pipeline, _TIED.format(title=title), date="2024-03-05")
        assert pairs(a, "spouse") == {frozenset({"Greta Lund", "Olav Holm"})}, title
        # never the friend the sentence before named
        assert relations(a, "appeared_in") == {("Greta Lund", "Nightfall")}, title


def test_a_single_quoted_title_before_a_role_is_a_work(pipeline: Any) -> None:
    a = analyse(pipeline, "Fans mobbed the 'Salt Kings' actress Mira Doyle outside the theatre.")
    assert ("work", "Salt Kings") in kinds(a)
    # a quotation in single quotes is no title ('I love it' said the star)
    b = analyse(pipeline, "'I love this town' star Mira Doyle wrote on Instagram.")
    assert not any(kind == "work" for kind, _ in kinds(b))


def test_the_president_and_first_lady_are_the_married_couple(pipeline: Any) -> None:
    a = analyse(
        pipeline,
        "Former president Aldo Renner and his wife Claudette Renner have been married since 1998. "
        "Their friends Ivo Lamb and Nina Holt married in 2001.\n\n"
        "On Tuesday, the former president and first lady announced their split in a joint statement.",
        date="2024-03-05",
    )
    assert pairs(a, "separated") == {frozenset({"Aldo Renner", "Claudette Renner"})}


def test_the_singer_and_her_husband_are_the_married_couple(pipeline: Any) -> None:
    a = analyse(
        pipeline, "Singer Lia Dorn wed Marco Pell in 2010. The singer and her husband divorced in 2023."
    )
    assert pairs(a, "divorced") == {frozenset({"Lia Dorn", "Marco Pell"})}


def test_the_role_couple_is_not_the_couple_the_sentence_also_names(pipeline: Any) -> None:
    a = analyse(
        pipeline,
        "Count Orsino Vell is engaged to Mira Dahl. Dahl is the daughter of Baron Ulf Dahl and his wife, "
        "Greta Dahl. The Baron and Baroness will host an engagement dinner for the couple next month.",
        date="2025-03-05",
    )
    assert frozenset({"Ulf Dahl", "Greta Dahl"}) not in pairs(a, "engaged")


def test_the_actor_and_his_wife_is_never_the_last_two_named(pipeline: Any) -> None:
    a = analyse(
        pipeline,
        "Actor Teo Marsh and Lia Dorn married in 2015. Marsh's friend, singer Ivo Lamb, was there. "
        "The actor and his wife split in 2022.",
    )
    assert pairs(a, "separated") == {frozenset({"Teo Marsh", "Lia Dorn"})}
    # no couple known: no one
    b = analyse(pipeline, "Actor Teo Marsh met singer Ivo Lamb in May. The actor and his wife left early.")
    assert pairs(b, "spouse") == set()


def test_a_full_name_after_married_is_a_person(pipeline: Any) -> None:
    a = analyse(pipeline, "Obinna Eze married Ifeoma Nwosu in 2019. Eze said his wife was his rock.")
    assert ("person", "Ifeoma Nwosu") in kinds(a)
    assert pairs(a, "spouse") == {frozenset({"Obinna Eze", "Ifeoma Nwosu"})}
    b = analyse(
        pipeline, "Tiago Ferraz Lima joined Benfica in 2020. He has been married to Ines Morais since 2017."
    )
    assert ("person", "Ines Morais") in kinds(b)
    assert pairs(b, "spouse") == {frozenset({"Tiago Ferraz Lima", "Ines Morais"})}
    # a town one marries in stays a town
    c = analyse(pipeline, "Obinna Eze and Ifeoma Nwosu married in Buenos Aires in 2019.")
    assert ("place", "Buenos Aires") in kinds(c)


def test_a_first_name_of_both_genders_yields_to_the_text(pipeline: Any) -> None:
    a = analyse(
        pipeline,
        "Laurence Vidal married Emma Stroud in 2015. He is a chef in Lyon.\n\n"
        "Stroud is an actress. She was previously married to director Paul Okafor.\n\n"
        "Vidal's sister, Claire Vidal, said he was heartbroken. His first wife was Nadia Berg.",
    )
    assert frozenset({"Laurence Vidal", "Nadia Berg"}) in pairs(a, "spouse")
    assert frozenset({"Paul Okafor", "Nadia Berg"}) not in pairs(a, "spouse")


def test_a_job_title_at_a_house_names_the_whole_employer(pipeline: Any) -> None:
    a = analyse(pipeline, "Fenna Roe is creative director at House of Vey.")
    assert relations(a, "employer") == {("Fenna Roe", "House of Vey")}
    b = analyse(pipeline, "Ada Marsh became artistic director of the Royal Quill Theatre in 2018.")
    assert relations(b, "employer") == {("Ada Marsh", "Royal Quill Theatre")}


_LISTICLE = (
    "Musicians in love\n\n{first}\n\nThe cellist met her husband, conductor Ivo Brandt, in 2012.\n\n"
    "{second}\n\nHer father, Nils Strand, ran a bakery in Bergen.\n\nThe singer married Erik Dahl in 2016.\n"
)


def test_numbered_and_aged_headings_head_sections(pipeline: Any) -> None:
    for first, second in (
        ("No. 1: Marta Kowalczyk", "No. 2: Sofia Lind"),
        ("Marta Kowalczyk, 38", "Sofia Lind, 41"),
    ):
        a = analyse(pipeline, _LISTICLE.format(first=first, second=second))
        assert frozenset({"Sofia Lind", "Erik Dahl"}) in pairs(a, "spouse"), first
        assert frozenset({"Nils Strand", "Erik Dahl"}) not in pairs(a, "spouse"), first


def test_an_organisation_which_he_joined_is_his_employer(pipeline: Any) -> None:
    a = analyse(pipeline, "Ola Brandt remains under contract with Silverline Media, which he joined in 2012.")
    assert relations(a, "employer") == {("Ola Brandt", "Silverline Media")}
    b = analyse(
        pipeline,
        "Jonas Riel works in London as an associate at the auction house Hartley & Dune, "
        "which he joined in 2020.",
    )
    assert relations(b, "employer") == {("Jonas Riel", "Hartley & Dune")}
    # a firm one merely visited is no job
    c = analyse(pipeline, "Ola Brandt toured Silverline Media, which he visited in 2012.")
    assert relations(c, "employer") == set()
