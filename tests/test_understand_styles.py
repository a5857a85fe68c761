"""Relations in article styles beyond the plain news story: sports profiles, cast explainers with
a heading per person, Q&A interviews and press-junket write-ups.

Every sentence is invented for these tests (fictional people, clubs, channels and works).
"""

from __future__ import annotations

from functools import partial
from typing import Any

import pytest

from allegedly.model import Analysis
from text_samples import analyse as analyse_text
from text_samples import pairs

pytestmark = pytest.mark.model


analyse = partial(analyse_text, date="2024-05-10")


def facts(analysis: Analysis, predicate: str) -> set[tuple[str, str | None]]:
    return {(c.subject, c.object) for c in analysis.claims if c.predicate == predicate}


# -- sport and broadcasting jobs ---------------------------------------------------------------


def test_a_draft_and_a_trade_are_employers(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Tobias Quillfeather was drafted by the Marlow Athletic in 2011. "
        "In 2015 he was traded to Denholm United.",
    )
    jobs = facts(analysis, "employer")
    assert ("Tobias Quillfeather", "Marlow Athletic") in jobs
    assert ("Tobias Quillfeather", "Denholm United") in jobs


def test_a_pundit_works_for_the_channel(pipeline: Any) -> None:
    analysis = analyse(pipeline, "Ines Vantongeren now works as a pundit for Brightwell Media.")
    assert ("Ines Vantongeren", "Brightwell Media") in facts(analysis, "employer")


def test_leaving_one_club_for_another_starts_the_second_job(pipeline: Any) -> None:
    analysis = analyse(pipeline, "Tobias Quillfeather left Denholm United for Hartside Rovers in 2019.")
    claims = {c.object: c for c in analysis.claims if c.predicate == "employer"}
    assert claims["Denholm United"].end is not None
    joined = claims["Hartside Rovers"]
    assert joined.end is None and joined.date is not None and joined.date.value == "2019"


# -- per-person headings ----------------------------------------------------------------------

_CAST = (
    "Here is our guide to the cast of the new drama.\n\n"
    "Marisol Tennant\n\n"
    "Who does she play? Bettina Crane, the ferry captain.\n\n"
    "Where have you seen her before? She has been married to the sculptor Leopold Ashcombe since 2009.\n\n"
    "Desmond Falkirk\n\n"
    "He plays Bettina's nephew, Rory. He was married to the singer Anouk Verhagen from 2001 to 2012, "
    "and they share a son, Pim Falkirk.\n"
)


def test_a_pronoun_under_a_name_heading_is_that_person(pipeline: Any) -> None:
    analysis = analyse(pipeline, _CAST)
    assert frozenset(("Marisol Tennant", "Leopold Ashcombe")) in pairs(analysis, "spouse")
    assert frozenset(("Desmond Falkirk", "Anouk Verhagen")) in pairs(analysis, "spouse")


def test_characters_played_get_no_relations(pipeline: Any) -> None:
    analysis = analyse(pipeline, _CAST)
    named = {name for c in analysis.claims for name in (c.subject, c.object)}
    assert "Bettina Crane" not in named and "Rory" not in named


def test_they_after_a_pronoun_and_a_name_is_that_pair(pipeline: Any) -> None:
    analysis = analyse(pipeline, _CAST)
    children = facts(analysis, "child")
    assert ("Desmond Falkirk", "Pim Falkirk") in children
    assert ("Anouk Verhagen", "Pim Falkirk") in children
    # the son is no one's spouse, and the other section's couple are not his parents
    assert not any("Pim Falkirk" in pair for pair in pairs(analysis, "spouse"))
    assert ("Marisol Tennant", "Pim Falkirk") not in children


def test_one_name_line_is_not_a_section_heading(pipeline: Any) -> None:
    """A lone name line (a byline) does not make the text's pronouns that person's."""
    text = (
        "Agathe Brummell\n\n"
        "Daniel Whitlaw has confirmed his engagement. He proposed to Lys Amberley in Paris in March.\n"
    )
    analysis = analyse(pipeline, text)
    assert frozenset(("Daniel Whitlaw", "Lys Amberley")) in pairs(analysis, "engaged")
    assert not any("Agathe Brummell" in pair for pair in pairs(analysis, "engaged"))


# -- Q&A interviews ---------------------------------------------------------------------------

_QA = (
    "Perpetua Salgado, 41, stars in the new comedy. She co-wrote it with her husband, the "
    "novelist Anselmo Brandt.\n\n"
    "Q: You left Cobbleton Studios for Greywater Pictures last year. Why?\n\n"
    "PERPETUA SALGADO: They let us keep the writers together.\n\n"
    "Q: How did you two meet?\n\n"
    "SALGADO: Anselmo and I met at a wedding in 2010 and we have been married since 2013. "
    "We moved to Porto in 2020 with our son, Tiago, who was born in 2016.\n"
)


def test_first_person_in_an_answer_is_the_interviewee(pipeline: Any) -> None:
    analysis = analyse(pipeline, _QA)
    couple = frozenset(("Perpetua Salgado", "Anselmo Brandt"))
    assert couple in pairs(analysis, "met")
    married = [c for c in analysis.claims if c.predicate == "spouse" and c.date is not None]
    assert any(frozenset((c.subject, c.object)) == couple and c.date.value == "2013" for c in married)  # type: ignore[union-attr]
    assert ("Perpetua Salgado", "Tiago") in facts(analysis, "child")
    assert ("Anselmo Brandt", "Tiago") in facts(analysis, "child")
    assert ("Perpetua Salgado", "Porto") in facts(analysis, "residence")


def test_you_in_a_question_is_who_answers_it(pipeline: Any) -> None:
    analysis = analyse(pipeline, _QA)
    jobs = facts(analysis, "employer")
    assert ("Perpetua Salgado", "Cobbleton Studios") in jobs
    assert ("Perpetua Salgado", "Greywater Pictures") in jobs


def test_first_person_in_narration_is_no_one(pipeline: Any) -> None:
    """The writer's own "I" and "my" are nobody's relations."""
    analysis = analyse(pipeline, "I met Hallam Oyekunle in 2015. My husband and I moved to Leeds.")
    assert not facts(analysis, "met") and not facts(analysis, "residence")


# -- junket descriptions ----------------------------------------------------------------------


def test_the_work_star_is_who_appeared_in_it(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Rosalind Ekwueme arrived first. Bram Tolliver, 52, is best known for the western series "
        "Saddle Creek. The Saddle Creek star married the pianist Orla Finchley in 2005.",
    )
    assert frozenset(("Bram Tolliver", "Orla Finchley")) in pairs(analysis, "spouse")
    assert frozenset(("Rosalind Ekwueme", "Orla Finchley")) not in pairs(analysis, "spouse")


def test_who_plays_a_role_in_a_work(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Rosalind Ekwueme, who plays a retired spy in the thriller Night Ferry, flew in from Oslo.",
    )
    assert ("Rosalind Ekwueme", "Night Ferry") in facts(analysis, "appeared_in")


def test_seasons_on_a_series(pipeline: Any) -> None:
    analysis = analyse(
        pipeline, "Bram Tolliver spent three seasons on the hospital drama Ward Eleven before moving to film."
    )
    assert ("Bram Tolliver", "Ward Eleven") in facts(analysis, "appeared_in")


def test_a_place_after_in_is_not_a_partner(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Rosalind Ekwueme got engaged in June to the rugby player Fionn Galbraith, who proposed on a "
        "beach in Kerry.",
    )
    engaged = pairs(analysis, "engaged")
    assert frozenset(("Rosalind Ekwueme", "Fionn Galbraith")) in engaged
    assert all("Kerry" not in pair for pair in engaged)


def test_a_place_modifying_a_noun_is_not_a_person(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Few players moved as often as Tobias Quillfeather. The Ridgemoor native was drafted by the "
        "Marlow Athletic in 2011.",
    )
    assert ("Tobias Quillfeather", "Marlow Athletic") in facts(analysis, "employer")
    assert not any(c.subject == "Ridgemoor" for c in analysis.claims)


def test_the_couple_met_and_their_children_named_later_did_not(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Rowan Pettifer married the architect Selma Vintry in 2012. "
        "The couple met in 2009 and have two sons: Percy, born in 2014, and Gideon.",
    )
    met = pairs(analysis, "met")
    assert frozenset(("Percy", "Gideon")) not in met
    assert frozenset(("Rowan Pettifer", "Selma Vintry")) in met


def test_one_statement_of_a_marriage_is_one_claim(pipeline: Any) -> None:
    # Read by its verb and by its parse, "X married Y" used to give the same claim twice.
    analysis = analyse(pipeline, "Rowan Pettifer married the architect Selma Vintry in 2012.")
    spouse = [c for c in analysis.claims if c.predicate == "spouse"]
    assert len(spouse) == 1
    assert spouse[0].date is not None and spouse[0].date.value == "2012"
