"""Dating facts, session 10: which clause or sentence a date belongs to.

A date that opens the next clause dates that clause; an age said in the present tense holds as of
the report; a relation noun closed by its date; a parting dated by the next sentence's
announcement or confirmation; a divorce only filed for dated by its finalizing; a marriage ended
by the next sentence's divorce; a relation ended by its cue's verb; a home dated by the next
sentence's purchase; a job's length counted back from its end; a founding dated by its clause; a
timeline heading's date over the report's; a part in a work dated by the work's release. And
what is not dated: a reporting verb's date, a date in another person's sentence, an opening told
two sentences away from the work.

Every sentence is invented for these tests (fictional people, places and firms).
"""

from __future__ import annotations

from typing import Any

import pytest

from allegedly.model import Analysis
from allegedly.present.eval_view import facts_view
from text_samples import analyse

pytestmark = pytest.mark.model

REPORT = "2024-06-04"


def fact_dates(analysis: Analysis, predicate: str) -> dict[frozenset[str], tuple[str | None, str | None]]:
    """The exported date and end of each fact of `predicate`, keyed by its participants."""
    return {
        frozenset(filter(None, (f["subject"], f["object"] or f["value"]))): (f["date"], f["end"])
        for f in facts_view([analysis])
        if f["predicate"] == predicate
    }


# -- 1. a date that opens the next clause ------------------------------------------------------


def test_date_opening_the_next_clause_does_not_date_the_first(pipeline: Any) -> None:
    text = (
        "Jory Pellicano works as an analyst for Quillfeather Radio, and in 2022 he joined the "
        "podcast network Brambleway as a producer."
    )
    found = fact_dates(analyse(pipeline, text, date=REPORT), "employer")
    assert found[frozenset({"Jory Pellicano", "Quillfeather Radio"})][0] != "2022"
    assert found[frozenset({"Jory Pellicano", "Brambleway"})][0] == "2022"


def test_date_inside_the_same_clause_still_dates_it(pipeline: Any) -> None:
    text = "Jory Pellicano joined Quillfeather Radio in 2019 and later moved to Leeds."
    found = fact_dates(analyse(pipeline, text, date=REPORT), "employer")
    assert found[frozenset({"Jory Pellicano", "Quillfeather Radio"})][0] == "2019"


# -- 2. an age in a present-tense clause ---------------------------------------------------------


def test_age_with_a_present_verb_is_dated_by_the_report(pipeline: Any) -> None:
    text = (
        "Ravi Okonkwo-Lind is a former goalkeeper. These days the 38-year-old coaches a youth side, "
        "and in 2024 he joined Harrowgate Athletic as a scout."
    )
    found = fact_dates(analyse(pipeline, text, date="2024-10-02"), "age")
    assert found[frozenset({"Ravi Okonkwo-Lind", "38"})][0] == "2024-10-02"


# -- 3. a relation noun closed by its date -------------------------------------------------------


def test_marriage_noun_closed_by_its_year(pipeline: Any) -> None:
    text = (
        "Outside work, Mirela Vantongeren has kept a quiet life since her second marriage, to the "
        "potter Anselm Drury, in 2020."
    )
    found = fact_dates(analyse(pipeline, text, date=REPORT), "spouse")
    assert found[frozenset({"Mirela Vantongeren", "Anselm Drury"})][0] == "2020"


def test_marriage_noun_then_a_clause_opened_by_a_year_stays_undated(pipeline: Any) -> None:
    text = (
        "After her marriage to the potter Anselm Drury, in 2020 Mirela Vantongeren moved her "
        "studio to Galway."
    )
    found = fact_dates(analyse(pipeline, text, date=REPORT), "spouse")
    assert found.get(frozenset({"Mirela Vantongeren", "Anselm Drury"}), (None, None))[0] != "2020"


# -- 4. a split dated by the next sentence's announcement --------------------------------------


def test_split_dated_by_the_announcement_in_the_next_sentence(pipeline: Any) -> None:
    text = (
        "Corin Adebayo-Straud and Lisette Marwood have split.\n\n"
        "The singer, 29, announced the breakup on Instagram on May 3, thanking fans for their support."
    )
    found = fact_dates(analyse(pipeline, text, date=REPORT), "separated")
    assert found[frozenset({"Corin Adebayo-Straud", "Lisette Marwood"})][0] == "2024-05-03"


def test_next_sentence_about_someone_else_does_not_date_the_split(pipeline: Any) -> None:
    text = (
        "Corin Adebayo-Straud and Lisette Marwood have split. "
        "Separately, Dagny Fairlie confirmed on Monday that she and Tobin Ashgrove had split."
    )
    found = fact_dates(analyse(pipeline, text, date=REPORT), "separated")
    assert found[frozenset({"Corin Adebayo-Straud", "Lisette Marwood"})][0] is None


# -- 5. a divorce filed for, then finalized --------------------------------------------------------


def test_filed_divorce_dated_by_its_finalizing(pipeline: Any) -> None:
    text = (
        "Oriel Standish and Bram Kettering separated in the spring of 2016, and Standish filed for "
        "divorce that June. The divorce was finalized in February 2017, weeks before the tour."
    )
    found = fact_dates(analyse(pipeline, text, date=REPORT), "divorced")
    assert found[frozenset({"Oriel Standish", "Bram Kettering"})][0] == "2017-02"


def test_filed_divorce_without_a_finalizing_keeps_its_filing_date(pipeline: Any) -> None:
    text = "Oriel Standish married Bram Kettering in 2010. Standish filed for divorce in June 2016."
    found = fact_dates(analyse(pipeline, text, date=REPORT), "divorced")
    assert found[frozenset({"Oriel Standish", "Bram Kettering"})][0] == "2016-06"


# -- 6. an end from a confirmation, and from the verb that ended it ------------------------------


def test_ended_relation_dated_by_the_next_sentence_confirmation(pipeline: Any) -> None:
    text = (
        "The singer Lucan Ferreira-Hoyt recently ended his two-year relationship with the model "
        'Odalys Brennick. A rep for Brennick confirmed to Us Weekly in March that the pair had "decided '
        'to part ways."'
    )
    found = fact_dates(analyse(pipeline, text, date=REPORT), "partner")
    assert found[frozenset({"Lucan Ferreira-Hoyt", "Odalys Brennick"})][1] == "2024-03"


def test_ended_marriage_dated_by_the_divorce_made_final(pipeline: Any) -> None:
    text = (
        "Fenwick Olabode, who split from his wife of nine years, the painter Sunniva Rask, in the "
        "spring, arrived alone. The former couple finalized their divorce in January."
    )
    found = fact_dates(analyse(pipeline, text, date=REPORT), "spouse")
    assert found[frozenset({"Fenwick Olabode", "Sunniva Rask"})][1] == "2024-01"


def test_past_marriage_ended_by_the_next_sentence_divorce(pipeline: Any) -> None:
    text = (
        'Hesper Quayle-Dunn talks about her first marriage. "I married a cellist called Orrin Vasse '
        'when I was twenty. We were married for about a year. We got divorced in 2009," she says.'
    )
    found = fact_dates(analyse(pipeline, text, date=REPORT), "spouse")
    assert found[frozenset({"Hesper Quayle-Dunn", "Orrin Vasse"})][1] == "2009"


# -- what is not dated: a reporting verb's date ------------------------------------------------


def test_reporting_verb_date_does_not_date_the_relation(pipeline: Any) -> None:
    # the report is a Friday; "on Tuesday" (2024-06-04) dates the confirming, not the dating
    text = "Aurelio Banfield confirmed on Tuesday that he is dating the chef Wynne Castellan."
    found = fact_dates(analyse(pipeline, text, date="2024-06-07"), "partner")
    assert found[frozenset({"Aurelio Banfield", "Wynne Castellan"})][0] != "2024-06-04"


# -- a home bought, a job's length, a founding, a heading ---------------------------------------


def test_home_dated_by_the_purchase_in_the_next_sentence(pipeline: Any) -> None:
    text = (
        "The actress Solvei Armitage and her husband, the chef Dorian Pask, have put their home in "
        "Carmel on the market.\n\n"
        "The couple bought the three-bedroom house in 2015 for $4 million."
    )
    found = fact_dates(analyse(pipeline, text, date=REPORT), "residence")
    assert found[frozenset({"Solvei Armitage", "Carmel"})][0] == "2015"


def test_job_length_counts_back_from_its_end(pipeline: Any) -> None:
    text = (
        "Before joining the network, Inessa Vallory spent a decade as an anchor for the cable channel "
        "Ashford News Network, which she left in 2012."
    )
    found = fact_dates(analyse(pipeline, text, date=REPORT), "employer")
    assert found[frozenset({"Inessa Vallory", "Ashford News Network"})] == ("2002", "2012")


def test_job_left_for_another_ends_then_and_lasted_as_the_next_sentence_says(pipeline: Any) -> None:
    text = (
        "She will be replaced by the chief financial officer, Wilhelmina Sato-Brandt, who joined the "
        "firm from Calloway Foods in 2018. Sato-Brandt, 45, spent six years at Calloway, most recently "
        "as its head of finance."
    )
    found = fact_dates(analyse(pipeline, text, date=REPORT), "employer")
    assert found[frozenset({"Wilhelmina Sato-Brandt", "Calloway Foods"})] == ("2012", "2018")


def test_opened_firm_is_dated_by_its_clause(pipeline: Any) -> None:
    text = (
        "Caspian Mercado-Holt has also bought a stake in a pub, and last year opened a restaurant, "
        "Ember Lane Kitchen, with his sister.\n\n"
        "In 2019 Mercado-Holt quit his job and went on to start his own design firm, Larchwood Studio."
    )
    found = fact_dates(analyse(pipeline, text, date=REPORT), "owns")
    dates = {org: v[0] for k, v in found.items() for org in k if "Mercado-Holt" not in org}
    assert dates == {"Ember Lane Kitchen": "2023", "Larchwood Studio": "2019"}


def test_timeline_heading_dates_a_move_over_the_report(pipeline: Any) -> None:
    text = (
        "Halcyon Reyes and Bastian Crewe: A Relationship Timeline\n\n"
        "2016: They meet\n\n"
        "Reyes and Crewe met at a festival in Austin.\n\n"
        "2019: They move to Denver\n\n"
        "The couple bought a house in the hills outside Denver."
    )
    found = fact_dates(analyse(pipeline, text, date=REPORT), "residence")
    dated = {k: v for k, v in found.items() if "Denver" in k}
    assert dated and all(v[0] == "2019" for v in dated.values())


# -- a part in a work, dated by the work's release ----------------------------------------------


def test_part_dated_by_the_release_told_after_the_work(pipeline: Any) -> None:
    text = (
        "The biggest hit of the studio is the drama Quarry Lights, which premiered on a streaming "
        "service in 2019 and has been renewed. It stars Hollis Vantreight as a lighthouse keeper."
    )
    found = fact_dates(analyse(pipeline, text, date=REPORT), "appeared_in")
    assert found[frozenset({"Hollis Vantreight", "Quarry Lights"})][0] == "2019"


def test_parts_dated_by_the_next_sentence_opening_of_the_film(pipeline: Any) -> None:
    text = (
        "Odile Farrant, who plays a smuggler in Saltwind Bay, flew in from Oslo overnight to promote "
        "the film alongside her Saltwind Bay co-star Teodric Maas. The film opens in cinemas on March 7."
    )
    found = fact_dates(analyse(pipeline, text, date="2024-02-01"), "appeared_in")
    assert found[frozenset({"Odile Farrant", "Saltwind Bay"})][0] == "2024-03-07"
    assert found[frozenset({"Teodric Maas", "Saltwind Bay"})][0] == "2024-03-07"


def test_part_not_dated_by_an_opening_told_of_nothing_it_names(pipeline: Any) -> None:
    # the opening is two sentences away from the work's mention
    text = (
        "Odile Farrant, who plays a smuggler in Saltwind Bay, flew in from Oslo overnight to promote "
        "the film alongside her Saltwind Bay co-star Teodric Maas. Farrant has two sons. The film "
        "opens in cinemas on March 7."
    )
    found = fact_dates(analyse(pipeline, text, date="2024-02-01"), "appeared_in")
    assert found[frozenset({"Odile Farrant", "Saltwind Bay"})][0] is None
