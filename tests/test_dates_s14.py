"""Dates, session 14: families of date phrasings, so that unseen articles are dated as the tuning
sets are.

A parting "after N years of marriage" (or "together") ends the relation it counts and gives its
start; a parting said as news ("have divorced", "has filed for divorce") is dated by the report;
a job taken now or to come ("is leaving X to join Y", "has joined Y") by its stated date or the
report; "has been married to X for N years"; "a marriage, to X, which ended in divorce in 1991";
a proposal told in the sentence after an engagement; a couple "introduced" in a sentence of its
own; "dated X for two years. The couple split in ..."; a divorce filing dated by the next
sentence's petition; a rough parting made finer by the next sentence's statement; a job's start
told in a "when" clause after a date; "since the new year"; a work's year before its name or
after "on the set of"; a hosting "since it launched in 2014"; a past relation "from his
relationship with X" left undated; "ever met" is no meeting; a weekday opening a title after
"the" ("The Sunday Feast presenter") is no date.

Every sentence and name is invented for these tests (fictional people, places, firms and works).
"""

from __future__ import annotations

from typing import Any

import pytest

from allegedly.model import Analysis, DateValue
from allegedly.present.eval_view import facts_view
from allegedly.understand.time import tag_times_rich
from text_samples import analyse

REPORT = "2025-04-10"


def fact_dates(analysis: Analysis, predicate: str) -> dict[frozenset[str], tuple[str | None, str | None]]:
    """The exported date and end of each fact of `predicate`, keyed by its participants."""
    return {
        frozenset(filter(None, (f["subject"], f["object"] or f["value"]))): (f["date"], f["end"])
        for f in facts_view([analysis])
        if f["predicate"] == predicate
    }


def dated(pipeline: Any, text: str, predicate: str, *names: str) -> tuple[str | None, str | None]:
    return fact_dates(analyse(pipeline, text, REPORT), predicate)[frozenset(names)]


# -- a parting after N years ---------------------------------------------------------------------


def test_divorce_in_the_present_perfect_ends_the_marriage_it_counts(pipeline: Any) -> None:
    text = (
        "Singer Odile Parnassus and her husband, chef Ravi Oyelaran, have divorced after eleven years "
        "of marriage."
    )
    assert dated(pipeline, text, "spouse", "Odile Parnassus", "Ravi Oyelaran") == ("2014", REPORT)
    assert dated(pipeline, text, "divorced", "Odile Parnassus", "Ravi Oyelaran") == (REPORT, None)


def test_split_in_a_year_after_a_decade_together(pipeline: Any) -> None:
    text = "Singer Odile Parnassus and her boyfriend Ravi Oyelaran split in 2019 after a decade together."
    assert dated(pipeline, text, "partner", "Odile Parnassus", "Ravi Oyelaran") == ("2009", "2019")


def test_separation_after_years_of_marriage_leaves_the_marriage_open(pipeline: Any) -> None:
    text = (
        "Kit Ashby and his wife Lorna Ashby announced last autumn that they had separated after 14 years "
        "of marriage. In a joint statement in October, the couple said they would remain friends."
    )
    assert dated(pipeline, text, "spouse", "Kit Ashby", "Lorna Ashby") == ("2010", None)
    # the rough "last autumn" made finer by the next sentence's statement
    assert dated(pipeline, text, "separated", "Kit Ashby", "Lorna Ashby") == ("2024-10", None)


def test_divorce_news_dated_by_the_statement_told_next(pipeline: Any) -> None:
    text = (
        "Film star Oriana Vell and her husband, director Lucan Petrakis, have announced their divorce after "
        "13 years of marriage.\n\nThe pair said in a joint statement on Instagram on Tuesday that they had "
        '"decided to go our separate ways".'
    )
    assert dated(pipeline, text, "divorced", "Oriana Vell", "Lucan Petrakis") == ("2025-04-08", None)
    assert dated(pipeline, text, "spouse", "Oriana Vell", "Lucan Petrakis")[0] == "2012"


def test_break_up_said_as_news_after_years_together(pipeline: Any) -> None:
    text = (
        "Ysolde Ferrante and her boyfriend Marek Halloran have broken up after five years together, "
        "a rep confirmed."
    )
    assert dated(pipeline, text, "partner", "Ysolde Ferrante", "Marek Halloran") == ("2020", REPORT)


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        (
            "After 15 years of marriage, Hollis Brannock and her husband Teodor Vasz have announced their "
            "separation.",
            ("2010", None),
        ),
        (
            "Hollis Brannock filed for divorce from her husband Teodor Vasz in May after four years of "
            "marriage.",
            ("2020", None),  # a divorce only filed for ends nothing yet
        ),
        ("Hollis Brannock and Teodor Vasz, who married in 2010, divorced in 2016.", ("2010", "2016")),
        (
            "Chef Hollis Brannock ended his six-year marriage to the florist Teodor Vasz in 2019.",
            ("2013", "2019"),
        ),
    ],
)
def test_marriage_counted_back_and_ended(pipeline: Any, text: str, dates: tuple[str, str | None]) -> None:
    assert dated(pipeline, text, "spouse", "Hollis Brannock", "Teodor Vasz") == dates


# -- jobs taken now or to come --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "News anchor Corwin Blaylock is leaving Westbridge Radio after nine years to join Lumen TV.",
            "2025",
        ),
        ("Presenter Corwin Blaylock has joined Lumen TV as its chief presenter.", REPORT),
        (
            "Corwin Blaylock is leaving Westbridge Radio after a decade to become the lead anchor at "
            "Lumen TV.",
            "2025",
        ),
        (
            "Weather presenter Dunstan Achterberg is stepping down after 12 years to join Lumen TV in "
            "September.",
            "2025-09",
        ),
    ],
)
def test_job_taken_now_or_to_come(pipeline: Any, text: str, date: str) -> None:
    facts = fact_dates(analyse(pipeline, text, REPORT), "employer")
    assert [value for names, value in facts.items() if "Lumen TV" in names] == [(date, None)]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Corwin Blaylock has been named chief executive of Lumen Holdings, the company said.", REPORT),
        ("Corwin Blaylock was named chief executive of Lumen Holdings in 2019.", "2019"),
    ],
)
def test_appointment_now_or_in_a_past_year(pipeline: Any, text: str, date: str) -> None:
    assert dated(pipeline, text, "employer", "Corwin Blaylock", "Lumen Holdings") == (date, None)


def test_job_left_after_years_starts_that_many_years_before(pipeline: Any) -> None:
    text = "News anchor Corwin Blaylock is leaving Westbridge Radio after nine years to join Lumen TV."
    assert dated(pipeline, text, "employer", "Corwin Blaylock", "Westbridge Radio") == ("2016", REPORT)


def test_job_joined_in_a_past_year_keeps_its_year(pipeline: Any) -> None:
    text = "Dunstan Achterberg joined Lumen TV in 2009 to join its news team."
    assert dated(pipeline, text, "employer", "Dunstan Achterberg", "Lumen TV") == ("2009", None)


def test_job_begun_in_a_when_clause(pipeline: Any) -> None:
    text = (
        "Ottoline Brisk, 50, reads the news on the radio. Her broadcasting career began in 1997, when she "
        "was hired as a traffic reporter by the regional station Harbourline FM."
    )
    facts = fact_dates(analyse(pipeline, text, REPORT), "employer")
    assert [value for names, value in facts.items() if "Ottoline Brisk" in names] == [("1997", None)]


def test_job_ended_with_its_start_from_the_show_hosted_since(pipeline: Any) -> None:
    text = (
        "Perpetua Vance, the longtime co-host of the morning program Daybreak Harbour, was fired Tuesday by "
        "Corvid Broadcasting, the network said.\n\nVance, 51, had co-hosted the show since 2013."
    )
    start, end = dated(pipeline, text, "employer", "Perpetua Vance", "Corvid Broadcasting")
    assert start == "2013" and end is not None and end.startswith("2025-04")


# -- marriages, engagements, meetings -------------------------------------------------------------


def test_married_to_someone_for_years(pipeline: Any) -> None:
    text = "Actor Fenwick Dorsal has been happily married to Tobin Greaves for fifteen years."
    assert dated(pipeline, text, "spouse", "Fenwick Dorsal", "Tobin Greaves") == ("2010", None)


def test_marriage_ended_in_the_next_sentence(pipeline: Any) -> None:
    text = (
        "Achterberg, 50, married the yoga teacher Sunniva Brekke in 2017, and the couple welcomed a son "
        "in 2019. That marriage ended in 2022; the two share custody of their son."
    )
    facts = fact_dates(analyse(pipeline, text, REPORT), "spouse")
    assert list(facts.values()) == [("2017", "2022")]


def test_divorcing_a_spouse_of_years(pipeline: Any) -> None:
    text = "Petra Lindqvist is divorcing her husband of 11 years, Jonas Ebbesen."
    assert dated(pipeline, text, "spouse", "Petra Lindqvist", "Jonas Ebbesen") == ("2014", None)
    assert dated(pipeline, text, "divorced", "Petra Lindqvist", "Jonas Ebbesen") == (REPORT, None)


def test_marriage_which_ended_in_divorce(pipeline: Any) -> None:
    text = (
        "Actress Marguerite Olsson has a son from her first marriage, to the late painter Casimir Wendt, "
        "which ended in divorce in 1991."
    )
    assert dated(pipeline, text, "spouse", "Marguerite Olsson", "Casimir Wendt") == (None, "1991")


def test_engagement_dated_by_the_proposal_told_next(pipeline: Any) -> None:
    text = (
        "Count Edvard Lindqvist is engaged to Lady Oriel Fane-Hastings, the palace announced on Tuesday. "
        "He proposed in January during a skiing trip in Norway, the statement said."
    )
    facts = fact_dates(analyse(pipeline, text, REPORT), "engaged")
    assert list(facts.values()) == [("2025-01", None)]


def test_couple_introduced_in_a_sentence_of_its_own(pipeline: Any) -> None:
    text = (
        "The singer Talia Brooke has married the drummer Osian Vale. The two were first introduced in late "
        "2019 at a friend's wedding. They met again at a festival when she was touring."
    )
    assert dated(pipeline, text, "met", "Talia Brooke", "Osian Vale") == ("2019", None)


def test_ever_met_is_no_meeting(pipeline: Any) -> None:
    text = (
        "Wilhelmina Sorrel is dating the rower Caspian Leigh-Ford. The two were introduced by a mutual "
        "friend at a regatta in Henley in May 2023.\n\n"
        '"Caspian is the kindest man I\'ve ever met," Sorrel said on a podcast in September.'
    )
    facts = fact_dates(analyse(pipeline, text, REPORT), "met")
    assert all(value == ("2023-05", None) for value in facts.values())


def test_dated_for_years_then_split_next_sentence(pipeline: Any) -> None:
    text = (
        "Osian Vale, 33, is a drummer. Before meeting his wife, the drummer dated reality star Cressida Wren "
        "for three years. The couple split in the spring of 2019."
    )
    assert dated(pipeline, text, "partner", "Osian Vale", "Cressida Wren") == ("2016", "2019")


def test_divorce_filing_dated_by_the_petition_next(pipeline: Any) -> None:
    text = (
        "Fashion designer Philippa Harrow has filed for divorce from her husband, banker Ormond Keyes. "
        "She submitted the petition on Monday in Los Angeles."
    )
    assert dated(pipeline, text, "divorced", "Philippa Harrow", "Ormond Keyes") == ("2025-04-07", None)


def test_seeing_each_other_since_the_new_year(pipeline: Any) -> None:
    text = (
        "TV chef Lorcan Tally has found love with singer Mireille Dax. The Sunday Brunch presenter, 41, "
        'and the 29-year-old star have been "quietly seeing each other since the new year", according to '
        "a source."
    )
    assert dated(pipeline, text, "partner", "Lorcan Tally", "Mireille Dax") == ("2025-01", None)


def test_past_relation_a_child_came_from_is_not_dated_by_a_heading(pipeline: Any) -> None:
    text = (
        "## July 2019\n\nThe pair are photographed together in Porto, a month after Stellan Voss's split "
        "from his girlfriend of four years, the model Ingrid Maelstrom.\n\n## September 2024\n\n"
        "Voss, who has a son, Otto, 8, from his relationship with Maelstrom, commented with a heart."
    )
    assert dated(pipeline, text, "partner", "Stellan Voss", "Ingrid Maelstrom") == ("2015", "2019-06")


# -- parts in works -------------------------------------------------------------------------------


def test_work_year_before_its_name(pipeline: Any) -> None:
    text = "His second wife was the actress Delphine Arcos, his co-star in the 2003 thriller Copperline."
    assert dated(pipeline, text, "appeared_in", "Delphine Arcos", "Copperline") == ("2003", None)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "Comedian Rufus Aldane has been named the new host of the quiz show Brainwave, the network "
            "announced on Monday.",
            "2025-04-07",  # the announcement's day (the Monday before the report) dates the naming
        ),
        ("Rufus Aldane will host the quiz show Brainwave from next month.", "2025-05"),
    ],
)
def test_hosting_taken_now_or_to_come(pipeline: Any, text: str, date: str) -> None:
    assert dated(pipeline, text, "appeared_in", "Rufus Aldane", "Brainwave") == (date, None)


def test_part_hosted_since_the_show_launched(pipeline: Any) -> None:
    text = (
        "Rosalind Quarry, 52, is best known as the host of the teatime quiz Brainwave, which she has "
        "fronted since it launched in 2016."
    )
    assert dated(pipeline, text, "appeared_in", "Rosalind Quarry", "Brainwave") == ("2016", None)


# -- the tagger -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "tagged"),
    [
        ("The Sunday Feast presenter, 41, met her.", set()),
        ("The Sunday Gazette reported the split.", set()),
        ("They married on Sunday.", {"Sunday"}),
        ("The Sunday before the vote was quiet.", {"The Sunday", "Sunday"}),
    ],
)
def test_weekday_opening_a_title_is_no_date(text: str, tagged: set[str]) -> None:
    found = {tm.text for tm in tag_times_rich(text, DateValue(REPORT))}
    assert found <= tagged and (bool(found) == bool(tagged))
