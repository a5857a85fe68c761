"""Dates, session 16: deaths on the timeline, and date phrasings of the blind tuning sets.

A person's dated death is a timeline event ("He died in 1984", "until her death in 2019", "on
the death of his father, X", a death notice's "Peacefully, ..., on Sunday, aged 78" under a
headline saying who died). A date after a relative clause belongs to the main clause; a date in a
relative clause about someone else ("whom she had met two years earlier") is not the cue's. A
meeting "on a quiz show" is dated by the next sentence that names "That show"; "the year after
they married" counts back one year, and outranks a start counted from "after twelve years of
marriage"; a divorce under way is dated by its filing; "was in a relationship with X for three
years; the pair split in 2022"; an ex's divorce ends the marriage, and "were married for nine
years" counts back from it; a part in a work is dated right after the work's name; a date said
again, finer ("a year later, on Christmas Eve 2007"); "are now husband and wife" yields to
"married in October"; an engagement is dated by "the sapphire he gave her in January"; an age is
never dated after the report; "has been married to his wife, X, for nine years"; an answer's
"Last June!" dates the wedding told next; "At the time, X was married to Y" gives no start.

Every sentence and name is invented for these tests (fictional people, places, firms and works).
"""

from __future__ import annotations

from typing import Any

from allegedly.model import Analysis
from allegedly.present.eval_view import facts_view
from text_samples import analyse

REPORT = "2025-04-10"


def fact_dates(analysis: Analysis, predicate: str) -> dict[frozenset[str], tuple[str | None, str | None]]:
    """The exported date and end of each fact of `predicate`, keyed by its participants."""
    return {
        frozenset(filter(None, (f["subject"], f["object"] or f["value"]))): (f["date"], f["end"])
        for f in facts_view([analysis])
        if f["predicate"] == predicate
    }


def events(analysis: Analysis) -> set[tuple[str, str]]:
    """(date, participant) of every timeline event."""
    return {(e.date.value, p) for e in analysis.timeline for p in e.participants}


# -- deaths on the timeline -----------------------------------------------------------------------


def test_a_pronoun_death_is_dated_for_the_person_named_before(pipeline: Any) -> None:
    text = (
        "Her first husband, the late drummer Benedek Szalontay, whom she wed in 1971, produced her "
        "later albums. He died in 1988. She married the painter Osric Vandermolen in 1991."
    )
    assert ("1988", "Benedek Szalontay") in events(analyse(pipeline, text, REPORT))


def test_until_her_death_and_on_the_death_of_his_father(pipeline: Any) -> None:
    text = (
        "In 1994 he married the archivist Wilhelmina Okonedo-Brandt, and the two were together until "
        "her death in 2017. The Baron succeeded to the title in 2009 on the death of his father, "
        "Aurelio Fenwick-Strand."
    )
    found = events(analyse(pipeline, text, REPORT))
    assert ("2017", "Wilhelmina Okonedo-Brandt") in found
    assert ("2009", "Aurelio Fenwick-Strand") in found


def test_a_near_death_is_no_death(pipeline: Any) -> None:
    text = "The climber Tobiah Remmington-Asante nearly died in 2013 on a glacier in Patagonia."
    assert not any(e.summary.endswith("dies") for e in analyse(pipeline, text, REPORT).timeline)


def test_a_death_notice_under_a_headline_dates_the_death(pipeline: Any) -> None:
    text = (
        "QUARTERMAINE, Evadne Rose. Pianist. Peacefully, at home in Keswick, on Monday, aged 91. "
        "Beloved wife of Lucius Farrant.\n\nFor forty years Evadne Quartermaine played the late show "
        "at the Harbour Lounge."
    )
    headline = "Evadne Quartermaine, the Harbour Lounge pianist, dies at 91"
    analysis = analyse(pipeline, text, REPORT, headline=headline)
    assert ("2025-04-07", "Evadne Quartermaine") in events(analysis)


# -- clauses that hold their own dates -------------------------------------------------------------


def test_a_relative_clause_event_is_not_dated_by_the_main_clause(pipeline: Any) -> None:
    text = (
        "It is over for Darnell Voss-Okafor and Priya Lindqvist. The pair, who met on the second series "
        "of Villa Sunrise last summer and got engaged in front of the whole cast in the final episode, "
        "have split, both confirmed on Instagram on Wednesday."
    )
    analysis = analyse(pipeline, text, "2025-06-06")
    assert fact_dates(analysis, "engaged")[frozenset({"Darnell Voss-Okafor", "Priya Lindqvist"})][0] == "2024"
    assert fact_dates(analysis, "appeared_in")[frozenset({"Priya Lindqvist", "Villa Sunrise"})][0] == "2024"


def test_a_date_in_a_relative_clause_about_someone_else_and_a_date_said_again(pipeline: Any) -> None:
    text = (
        "The TV cook Mirabel Tsering-Hollis and the waiter Osvaldo Okonkwo met in 2006 when Okonkwo "
        "served her at a wedding. They were engaged a year later, on Christmas Eve 2007. In 2012 "
        "Tsering-Hollis married her husband, the Chilean chef Osvaldo Okonkwo, whom she had met in "
        "Lima three years earlier."
    )
    analysis = analyse(pipeline, text, REPORT)
    pair = frozenset({"Mirabel Tsering-Hollis", "Osvaldo Okonkwo"})
    assert fact_dates(analysis, "engaged")[pair][0] == "2007-12-24"
    assert fact_dates(analysis, "spouse")[pair][0] == "2012"


def test_a_meeting_at_something_named_again_in_the_next_sentence(pipeline: Any) -> None:
    text = (
        "Rowan Teague and Mirela Ostrovska are dating, their agencies confirmed on Monday. Teague's "
        "agency said the two had grown close after meeting as fellow panellists on a quiz show. That "
        "show was Brain Drain Live, on which Teague and Ostrovska sat side by side in February."
    )
    analysis = analyse(pipeline, text, "2025-06-06")
    assert fact_dates(analysis, "met")[frozenset({"Rowan Teague", "Mirela Ostrovska"})][0] == "2025-02"


# -- marriages and partings ------------------------------------------------------------------------


def test_the_year_after_they_married_outranks_a_counted_start_and_a_filing_dates_the_divorce(
    pipeline: Any,
) -> None:
    text = (
        "The Bristol chef Sigrun Halvorsen-Uba and her husband, the sommelier Chidike Rowntree-Amadi, are "
        "divorcing after twelve years of marriage, the couple said in a joint statement on Tuesday. "
        "Halvorsen-Uba filed for divorce at the family court in December, according to the local paper. "
        "Halvorsen-Uba, 41, and Rowntree-Amadi, 44, met in 2009 when both worked at The Copper Kettle in "
        "Bath. She had been in the kitchen there since 2008 and left in 2013, the year after they "
        "married, to cook her way around Japan."
    )
    analysis = analyse(pipeline, text, "2025-01-30")
    pair = frozenset({"Sigrun Halvorsen-Uba", "Chidike Rowntree-Amadi"})
    assert fact_dates(analysis, "spouse")[pair][0] == "2012"
    assert fact_dates(analysis, "divorced")[pair][0] == "2024-12"


def test_a_past_relation_ended_after_a_semicolon(pipeline: Any) -> None:
    text = (
        "The singer Lucinda Abernethy-Ruiz was in a relationship with the rugby player Tavish "
        "Mbeki-Lorne for three years; according to the Daily Echo, the pair split in 2022."
    )
    analysis = analyse(pipeline, text, REPORT)
    assert fact_dates(analysis, "partner")[frozenset({"Lucinda Abernethy-Ruiz", "Tavish Mbeki-Lorne"})] == (
        "2019",
        "2022",
    )


def test_an_ex_divorced_in_a_year_and_married_for_nine_years(pipeline: Any) -> None:
    text = (
        "Presenting the final award was Bartholomew Ekwueme-Stroud, who has not spoken to his ex-wife, "
        "the director Ines Valdivieso, since their divorce in 2020. The two were married for nine years."
    )
    analysis = analyse(pipeline, text, REPORT)
    assert fact_dates(analysis, "spouse")[frozenset({"Bartholomew Ekwueme-Stroud", "Ines Valdivieso"})] == (
        "2011",
        "2020",
    )


def test_a_marriage_held_at_the_time_gives_no_start(pipeline: Any) -> None:
    text = (
        "Presenting the final award was Bartholomew Ekwueme-Stroud, who has not spoken to his ex-wife, "
        "the director Ines Valdivieso, since their divorce in 2020. In 2019, at the time of the "
        "festival, Ekwueme-Stroud was married to Valdivieso."
    )
    analysis = analyse(pipeline, text, REPORT)
    dates = {(c.date.value if c.date else None) for c in analysis.claims if c.predicate == "spouse"}
    assert "2019" not in dates


def test_married_to_his_wife_named_for_nine_years(pipeline: Any) -> None:
    text = (
        "No, the comedian Ravindra Kollipara and his co-host Sunaina are not a couple. Kollipara has "
        "been married to his wife, Jahnavi, for nine years."
    )
    analysis = analyse(pipeline, text, REPORT)
    assert fact_dates(analysis, "spouse")[frozenset({"Ravindra Kollipara", "Jahnavi"})][0] == "2016"


def test_an_answers_date_dates_the_wedding_told_next(pipeline: Any) -> None:
    text = (
        "Q: Your father got remarried recently, didn't he?\n\nA: Last June! My dad, Stavros, married "
        "his girlfriend, Mireille Karamanlis, at 69, in a registry office in Paphos. Mireille's lovely."
    )
    analysis = analyse(pipeline, text, REPORT)
    assert fact_dates(analysis, "spouse")[frozenset({"Stavros", "Mireille Karamanlis"})][0] == "2024-06"


def test_an_age_is_never_dated_after_the_report(pipeline: Any) -> None:
    text = (
        "The label said on Tuesday that Orsola Benedetti-Vance, the 41-year-old niece of founder Amadeo "
        "Vance, will become its creative director from the 2026 collections."
    )
    analysis = analyse(pipeline, text, REPORT)
    assert fact_dates(analysis, "age")[frozenset({"Orsola Benedetti-Vance", "41"})][0] == REPORT


def test_an_engagement_dated_by_the_ring_he_gave_her(pipeline: Any) -> None:
    text = (
        "Next up the steps was Solveig Brandvold-Achterberg, the star of the opening film, who arrived "
        "with her fiancé, the sound designer Kasimir Wojtowicz, and showed off the sapphire he gave her "
        "in January to every photographer."
    )
    analysis = analyse(pipeline, text, REPORT)
    pair = frozenset({"Solveig Brandvold-Achterberg", "Kasimir Wojtowicz"})
    assert fact_dates(analysis, "engaged")[pair][0] == "2025-01"
    assert ("2025-01", "Kasimir Wojtowicz") in events(analysis)


def test_now_husband_and_wife_yields_to_the_month_they_married(pipeline: Any) -> None:
    text = (
        "Imogen Achterberg-Nwosu and Fintan Delacourt-Obi met on day one of filming in the Dolomites in "
        "May 2024 and, against every prediction, they are now husband and wife. The couple married in "
        "October in a small ceremony in Sligo."
    )
    analysis = analyse(pipeline, text, "2026-02-03")
    pair = frozenset({"Imogen Achterberg-Nwosu", "Fintan Delacourt-Obi"})
    assert fact_dates(analysis, "spouse")[pair][0] == "2025-10"
    assert ("2026-02-03", "Fintan Delacourt-Obi") not in events(analysis)


def test_a_part_played_is_dated_by_its_clauses_opening_year(pipeline: Any) -> None:
    text = (
        "For a generation of listeners, Rosamund Okoye-Lindqvist was the voice of the kitchen radio. In "
        "the spring of 1981 she played a runaway heiress in the West End musical Lantern Lane, a role she "
        'called "eight weeks of running".'
    )
    analysis = analyse(pipeline, text, REPORT)
    assert (
        fact_dates(analysis, "appeared_in")[frozenset({"Rosamund Okoye-Lindqvist", "Lantern Lane"})][0]
        == "1981"
    )


def test_an_anniversary_in_the_month_of_a_report_dated_by_its_month(pipeline: Any) -> None:
    text = (
        "The radio host Wenonah Castellanos-Pike and her husband, the glassblower Idris Haldane-Mensah, "
        "renewed their vows on Saturday in Portree. It was in the same harbour, on 14 May 2005, that the "
        "couple first married, and Saturday's ceremony marked their twentieth wedding anniversary to the day."
    )
    assert ("2025-05-14", "Idris Haldane-Mensah") in events(analyse(pipeline, text, "2025-05"))
