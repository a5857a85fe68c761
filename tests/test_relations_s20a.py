"""Session 20 (RT-A): adoptions of someone else's child, the press linking two people, on-off
partners, "gone their separate ways", and a parent's wife read as the parent's.

Every sentence here is invented; every name is fictional."""

from __future__ import annotations

from typing import Any

from text_samples import analyse, children_of, dated, married, pairs, parents_of


def _modalities(analysis: Any, predicate: str, first: str, second: str) -> set[str]:
    return {
        c.modality
        for c in analysis.claims
        if c.predicate == predicate and {c.subject, c.object} == {first, second}
    }


# -- adoptions -------------------------------------------------------------------------------------
def test_adopting_a_named_owners_child_makes_a_parent(pipeline: Any) -> None:
    text = "Actress Mara Quell adopted Tobin Reyes's daughter, Ines, in 2019. Quell married Reyes in 2017."
    analysis = analyse(pipeline, text, date="2024-05-02")
    assert parents_of(analysis, "Ines") == {"Mara Quell", "Tobin Reyes"}
    assert "2019" in dated(analysis, "child", "Mara Quell", "Ines")


def test_adopter_with_an_apposed_age(pipeline: Any) -> None:
    text = "Singer Olin Varga, 41, has adopted Pella Dunst's son, Arlo."
    analysis = analyse(pipeline, text, date="2024-05-02")
    assert "Olin Varga" in parents_of(analysis, "Arlo")


def test_adopting_a_spouses_child_is_dated(pipeline: Any) -> None:
    text = "Singer Dario Venn married Lotte Aske in 2015. He adopted his wife's son, Milo, in 2018."
    analysis = analyse(pipeline, text, date="2024-05-02")
    assert "Milo" in children_of(analysis, "Dario Venn")
    assert "2018" in dated(analysis, "child", "Dario Venn", "Milo")


def test_a_visit_to_someones_son_is_no_adoption(pipeline: Any) -> None:
    text = "Actress Mara Quell visited Ada Lusk's son, Teo, in 2020."
    analysis = analyse(pipeline, text, date="2024-05-02")
    assert parents_of(analysis, "Teo") == {"Ada Lusk"}


# -- the press links two people ----------------------------------------------------------------------
def test_gossip_sites_link_two_people(pipeline: Any) -> None:
    text = (
        "Tennis player Ivo Brandt, 34, won on Sunday. Gossip sites have linked Brandt to singer Selin Avci."
    )
    analysis = analyse(pipeline, text, date="2024-05-02")
    assert frozenset(("Ivo Brandt", "Selin Avci")) in pairs(analysis, "partner")
    assert _modalities(analysis, "partner", "Ivo Brandt", "Selin Avci") == {"hedged"}


def test_tabloids_link_him_and_fans_link_a_pair(pipeline: Any) -> None:
    text = (
        "Actor Ivo Brandt is single. Tabloids linked him to Selin Avci last year. "
        "Fans have long linked Rhea Moss and Tam Ostrow."
    )
    analysis = analyse(pipeline, text, date="2024-05-02")
    partners = pairs(analysis, "partner")
    assert frozenset(("Ivo Brandt", "Selin Avci")) in partners
    assert frozenset(("Rhea Moss", "Tam Ostrow")) in partners
    assert _modalities(analysis, "partner", "Rhea Moss", "Tam Ostrow") == {"hedged"}


def test_police_linking_people_is_no_romance(pipeline: Any) -> None:
    text = "Police linked Ivo Brandt to Selin Avci's death. Fans linked Brandt to the scandal."
    analysis = analyse(pipeline, text, date="2024-05-02")
    assert not pairs(analysis, "partner")


# -- partner nouns and partings ---------------------------------------------------------------------
def test_on_off_love_is_a_partner(pipeline: Any) -> None:
    text = "Actor Kolt Verano was spotted with his on-off love Dara Fenn in Rome."
    analysis = analyse(pipeline, text, date="2024-05-02")
    assert frozenset(("Kolt Verano", "Dara Fenn")) in pairs(analysis, "partner")


def test_gone_their_separate_ways_is_a_split(pipeline: Any) -> None:
    text = (
        "Actor Ivo Dent began dating Mara Lusk in 2013. By that September they had gone their separate ways."
    )
    analysis = analyse(pipeline, text, date="2024-05-02")
    assert frozenset(("Ivo Dent", "Mara Lusk")) in pairs(analysis, "separated")


# -- a parent's wife --------------------------------------------------------------------------------
def test_fathers_wife_after_his_father_and(pipeline: Any) -> None:
    text = (
        "Footballer Aron Teel is the son of coach Kasimir Teel. "
        "Aron Teel, 22, moved in with his father, 47, and his model wife Petra Lind."
    )
    analysis = analyse(pipeline, text, date="2024-05-02")
    couples = married(analysis)
    assert frozenset(("Kasimir Teel", "Petra Lind")) in couples
    assert frozenset(("Aron Teel", "Petra Lind")) not in couples


def test_unnamed_fathers_wife_is_nobodys_here(pipeline: Any) -> None:
    text = "Footballer Aron Teel, 22, moved in with his father, 47, and his model wife Petra Lind."
    analysis = analyse(pipeline, text, date="2024-05-02")
    assert frozenset(("Aron Teel", "Petra Lind")) not in married(analysis)


def test_own_wife_after_his_sister_and(pipeline: Any) -> None:
    text = "Footballer Aron Teel, 22, lives with his sister and his wife Petra Lind."
    analysis = analyse(pipeline, text, date="2024-05-02")
    assert frozenset(("Aron Teel", "Petra Lind")) in married(analysis)


# -- divorce spoken of in general; an unnamed relative's acts ---------------------------------------
def test_believing_in_divorce_is_no_divorce(pipeline: Any) -> None:
    text = (
        "Actress Zora Flint has been married to Ivo Dent since 2014. "
        'Dent agreed: "We don\'t believe in divorce." '
        "The actress, whose parents went through a bitter divorce, spoke about her family."
    )
    analysis = analyse(pipeline, text, date="2024-05-02")
    assert frozenset(("Zora Flint", "Ivo Dent")) not in pairs(analysis, "divorced")


def test_divorce_rates_are_no_divorce(pipeline: Any) -> None:
    text = "Zora Flint and Ivo Dent married in 2014. Flint and Dent said divorce rates are rising."
    analysis = analyse(pipeline, text, date="2024-05-02")
    assert frozenset(("Zora Flint", "Ivo Dent")) not in pairs(analysis, "divorced")


def test_a_couples_own_divorce_still_counts(pipeline: Any) -> None:
    text = "Zora Flint and Ivo Dent married in 2014. The couple divorced in 2020."
    analysis = analyse(pipeline, text, date="2024-05-02")
    assert frozenset(("Zora Flint", "Ivo Dent")) in pairs(analysis, "divorced")


def test_mother_later_divorced_is_the_named_mother(pipeline: Any) -> None:
    text = "Ana Roe is the daughter of Lina Roe. Her mother later divorced Bo Kemp in 1999."
    analysis = analyse(pipeline, text, date="2024-05-02")
    assert frozenset(("Lina Roe", "Bo Kemp")) in pairs(analysis, "divorced")
    assert frozenset(("Ana Roe", "Bo Kemp")) not in pairs(analysis, "divorced")


def test_sister_who_married_someone_does_not_make_him_a_sibling(pipeline: Any) -> None:
    text = "Ana Roe is the daughter of Lina Roe. Her sister eventually married Bo Hart."
    analysis = analyse(pipeline, text, date="2024-05-02")
    assert "Lina Roe" not in parents_of(analysis, "Bo Hart")


def test_sister_with_a_description_is_still_a_sibling(pipeline: Any) -> None:
    text = "Ana Roe is the daughter of Lina Roe. Her younger sister, the painter Mia Roe, lives in Oslo."
    analysis = analyse(pipeline, text, date="2024-05-02")
    assert "Lina Roe" in parents_of(analysis, "Mia Roe")


# -- a dating-history listicle's sections -----------------------------------------------------------
_EXES_LISTICLE = (
    "Rhea Moss has had a busy love life.\n\n"
    "1. Tam Ostrow\n\n"
    "The producer met Moss at a party in 2013. The pair called it quits in 2018.\n\n"
    "2. Kolt Verano\n\n"
    "Moss was next seen with the footballer in 2019. By that September they had gone their separate ways.\n\n"
    "3. Ivo Dent\n\n"
    "Moss started dating the actor in 2021. They split in 2022.\n"
)


def test_exes_sections_pair_the_subject_with_the_heading(pipeline: Any) -> None:
    headline = "Rhea Moss dating history: all the singer's famous exes"
    analysis = analyse(pipeline, _EXES_LISTICLE, date="2024-05-02", headline=headline)
    separated = pairs(analysis, "separated")
    assert frozenset(("Rhea Moss", "Kolt Verano")) in separated
    assert frozenset(("Rhea Moss", "Ivo Dent")) in separated
    assert frozenset(("Rhea Moss", "Ivo Dent")) in pairs(analysis, "partner")
    assert "2022" not in dated(analysis, "separated", "Rhea Moss", "Tam Ostrow")


# -- parents described, a child's co-parent, sports before "star", partings ------------------------
def test_proud_mom_of_and_mom_of_two(pipeline: Any) -> None:
    text = (
        "Actress Gail Emery is the proud mom of Tobias Emery, 6. "
        "Singer Tess Morrow is a mom of two: Ezra, 5, and Lulu, 2."
    )
    analysis = analyse(pipeline, text, date="2024-05-02")
    assert "Tobias Emery" in children_of(analysis, "Gail Emery")
    assert {"Ezra", "Lulu"} <= children_of(analysis, "Tess Morrow")


def test_whom_she_shares_with_ex_husband_is_the_mothers(pipeline: Any) -> None:
    text = "Actress Nora Pell is the mother of Ava, 4, whom she shares with ex-husband Liam Coyle."
    analysis = analyse(pipeline, text, date="2024-05-02")
    assert frozenset(("Ava", "Liam Coyle")) not in married(analysis)
    assert frozenset(("Nora Pell", "Liam Coyle")) in married(analysis)
    assert parents_of(analysis, "Ava") == {"Nora Pell", "Liam Coyle"}


def test_a_sport_before_star_is_no_work(pipeline: Any) -> None:
    text = "Tennis star Mika Lund has been dating Sol Perrin since 2022. Golf star Finn Arlo was there too."
    analysis = analyse(pipeline, text, date="2024-05-02")
    assert not [c for c in analysis.claims if c.predicate == "appeared_in"]


def test_called_time_on_a_romance_and_dumped_by(pipeline: Any) -> None:
    text = (
        "Model Hana Ruiz called time on her romance with drummer Oskar Flett in 2019. "
        "Singer Lia Brok was dumped by actor Tom Sallis in 2021. "
        "Coach Ivo Marr called time on his career in 2020 after a row with Ana Kell."
    )
    analysis = analyse(pipeline, text, date="2024-05-02")
    separated = pairs(analysis, "separated")
    assert frozenset(("Hana Ruiz", "Oskar Flett")) in separated
    assert frozenset(("Lia Brok", "Tom Sallis")) in separated
    assert frozenset(("Ivo Marr", "Ana Kell")) not in separated


def test_bride_longtime_love_and_an_adopted_baby(pipeline: Any) -> None:
    text = (
        "Actress Dina Vorel and her longtime love, musician Reto Baum, were seen in Paris. "
        "Chef Joel Tarrant and his bride, Sasha Brill, honeymooned in Bali. "
        "Singer Ola Fenn adopted a baby girl named Mia Fenn in 2018. "
        "Rapper Kai Dorn adopted the stage name Lil Vex in 2015."
    )
    analysis = analyse(pipeline, text, date="2024-05-02")
    assert frozenset(("Dina Vorel", "Reto Baum")) in pairs(analysis, "partner")
    assert frozenset(("Joel Tarrant", "Sasha Brill")) in married(analysis)
    assert "Mia Fenn" in children_of(analysis, "Ola Fenn")
    assert "2018" in dated(analysis, "child", "Ola Fenn", "Mia Fenn")
    assert not children_of(analysis, "Kai Dorn")


def test_parents_joined_through_an_ex(pipeline: Any) -> None:
    text = "Actor Hugo Brill and his ex, model Nina Sol, share a son, Otto Brill."
    analysis = analyse(pipeline, text, date="2024-05-02")
    assert parents_of(analysis, "Otto Brill") == {"Hugo Brill", "Nina Sol"}


def test_apposed_husbands_daughter_is_not_his_wife(pipeline: Any) -> None:
    text = (
        "Singer Lotte Aske is stepmom to Pia Venn, her husband Dario Venn's daughter from his "
        "first marriage. Mira Lott, her husband Carl Dane, and their son Bo Dane live in Leeds."
    )
    analysis = analyse(pipeline, text, date="2024-05-02")
    couples = married(analysis)
    assert frozenset(("Pia Venn", "Dario Venn")) not in couples
    assert frozenset(("Mira Lott", "Carl Dane")) in couples
