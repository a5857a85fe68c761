"""Dates, session 13: families of date phrasings, so that unseen articles are dated as the tuning
sets are.

Facts: a founding told after what was founded ("..., which she opened in 2017"), a founding verb
inside the cue ("went on to co-found X"), a part dated by the work's run, release, hosting "since"
or a release to come, a count after an event told before ("Five years after their split"),
"together for a decade", "after nine years of marriage", "dated X for three years before they
split in June 2021", a start and an end after a semicolon, a past romance ended by the next
sentence, "announced ... that they had split", and a state "now" that is no event.

Time: "the summer of '09", "the following spring", "the next summer", "June of the following
year", "Months later", a heading with its day ("December 24, 2020: The proposal").

Publication: "born in March 2010 and turned 14 this spring", "he turned 60 in May" with "He was
born in ... May 1965", a byline "14.02.2025 | 18:20".

Every sentence and name is invented for these tests (fictional people, places, firms and works).
"""

from __future__ import annotations

from typing import Any

import pytest

from allegedly.model import Analysis, DateValue
from allegedly.present.eval_view import facts_view
from allegedly.read.text import read_byline
from allegedly.understand.time import tag_times_rich
from allegedly.understand.time.infer import infer_publication_date
from allegedly.understand.time.sections import dated_sections
from text_samples import analyse

REPORT = "2025-04-10"


def fact_dates(analysis: Analysis, predicate: str) -> dict[frozenset[str], tuple[str | None, str | None]]:
    """The exported date and end of each fact of `predicate`, keyed by its participants."""
    return {
        frozenset(filter(None, (f["subject"], f["object"] or f["value"]))): (f["date"], f["end"])
        for f in facts_view([analysis])
        if f["predicate"] == predicate
    }


def values(text: str, anchor: str = REPORT) -> dict[str, str | None]:
    """Each tagged expression's text -> its value."""
    return {tm.text: tm.value.value if tm.value else None for tm in tag_times_rich(text, DateValue(anchor))}


# -- the tagger ------------------------------------------------------------------------------------


def test_season_of_a_two_digit_year() -> None:
    assert (
        values("Kestrel Amundsen married Dario Pellucci in the summer of '09.")["the summer of '09"] == "2009"
    )


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("They got engaged in 2019. They wed the following spring.", "the following spring", "2020"),
        ("They met in March 2019. The following summer, they married.", "The following summer", "2019"),
        ("They met in October 2019. They married the next summer.", "the next summer", "2020"),
        (
            "They got engaged in February 2018 and wed in June of the following year.",
            "June of the following year",
            "2019-06",
        ),
        ("They met in 2010 and wed in March of that year.", "March of that year", "2010-03"),
    ],
)
def test_periods_counted_from_the_date_named_before(text: str, expression: str, value: str) -> None:
    found = values(text)
    assert found[expression] == value
    assert "the following year" not in found  # part of "June of the following year"


def test_following_season_under_a_year_heading_is_in_that_year() -> None:
    text = (
        "Odile Brann and Tiago Ferraz: a timeline\n\n"
        "2018\n\nIn December, he proposes in Porto.\n\n"
        "2019\n\nThe following autumn, the couple call off their engagement.\n"
    )
    assert values(text)["The following autumn"] == "2019"


def test_next_summer_alone_still_counts_from_the_publication() -> None:
    assert values("They will marry next summer.")["next summer"] == "2025"


def test_heading_with_its_day_dates_its_section() -> None:
    text = (
        "Odile Brann and Tiago Ferraz: a timeline\n\n"
        "June 2016: They meet\n\nThey meet at a regatta.\n\n"
        "December 24, 2020: The proposal\n\nTiago proposes on Christmas Eve.\n\n"
        "2 October 2021: Wedding bells\n\nThey marry in Braga.\n"
    )
    assert [s.date.value for s in dated_sections(text)] == ["2016-06", "2020-12-24", "2021-10-02"]
    assert values(text)["Christmas Eve"] == "2020-12-24"


# -- publication -----------------------------------------------------------------------------------


def test_birth_and_birthday_this_spring_date_an_undated_piece() -> None:
    found = infer_publication_date(
        "Their twins, Ilse and Bram, were born in March 2011 and turned 13 this spring."
    )
    assert found is not None and found.date.value == "2024"


def test_birth_and_birthday_in_a_place_date_nothing() -> None:
    assert infer_publication_date("Teo was born in May 2011 and turned 13 in Rome.") is None


def test_pronoun_birthday_with_the_birth_told_apart() -> None:
    text = (
        "Odile Brann is in Lisbon rehearsing, and she turned 50 in March.\n\n"
        "She was born in Porto in March 1974, the daughter of a ferry pilot."
    )
    found = infer_publication_date(text)
    assert found is not None and found.date.value == "2024"


def test_european_byline_date() -> None:
    byline = read_byline("14.02.2025 | 18:20")
    assert byline is not None and byline.date == "14.02.2025"
    assert read_byline("Version 1.2.2025 is out") is None


# -- facts -----------------------------------------------------------------------------------------


@pytest.mark.model
def test_founding_told_after_what_was_founded(pipeline: Any) -> None:
    text = "Perpetua Oakes, 44, owns the Leeds bakery Crumb & Co, which she opened in 2017."
    dates = fact_dates(analyse(pipeline, text, REPORT), "owns")
    assert dates[frozenset({"Perpetua Oakes", "Crumb & Co"})] == ("2017", None)


@pytest.mark.model
def test_someone_elses_founding_does_not_date_the_owning(pipeline: Any) -> None:
    text = "Perpetua Oakes owns the gallery Fenwick Rooms, which was founded in 1990 by her uncle."
    dates = fact_dates(analyse(pipeline, text, REPORT), "owns")
    assert dates.get(frozenset({"Perpetua Oakes", "Fenwick Rooms"}), (None, None))[0] != "1990"


@pytest.mark.model
def test_founding_verb_inside_the_cue(pipeline: Any) -> None:
    text = (
        "Anselm Druitt went on to co-found the studio Druitt Hale Films with his friend, Marek Hale, in 2014."
    )
    dates = fact_dates(analyse(pipeline, text, REPORT), "owns")
    assert dates[frozenset({"Anselm Druitt", "Druitt Hale Films"})] == ("2014", None)


@pytest.mark.model
def test_part_dated_by_the_run_of_the_work(pipeline: Any) -> None:
    text = (
        'The sitcom "Corner Booth," which ran from 1994 to 2001, made Ottavio Brunelli famous. '
        'Brunelli starred in "Corner Booth" as a waiter.'
    )
    dates = fact_dates(analyse(pipeline, text, REPORT), "appeared_in")
    assert dates[frozenset({"Ottavio Brunelli", "Corner Booth"})] == ("1994", None)


@pytest.mark.model
def test_part_held_since_told_of_the_show(pipeline: Any) -> None:
    text = (
        "Tobiah Renfrew starred in the quiz show Brass Tacks and was dropped by Coldharbour TV on Monday. "
        "Renfrew, 58, had presented the show since 2012."
    )
    dates = fact_dates(analyse(pipeline, text, REPORT), "appeared_in")
    assert dates[frozenset({"Tobiah Renfrew", "Brass Tacks"})] == ("2012", None)


@pytest.mark.model
def test_release_year_outranks_the_date_of_the_meeting_on_set(pipeline: Any) -> None:
    text = (
        "Perpetua Oakes met Bruno Tal in 2012 on the set of Dry Lightning, in which she starred. "
        "The film, released in 2013, won two awards."
    )
    analysis = analyse(pipeline, text, REPORT)
    assert fact_dates(analysis, "appeared_in")[frozenset({"Perpetua Oakes", "Dry Lightning"})] == (
        "2013",
        None,
    )
    assert fact_dates(analysis, "met")[frozenset({"Perpetua Oakes", "Bruno Tal"})] == ("2012", None)


@pytest.mark.model
def test_release_to_come(pipeline: Any) -> None:
    text = "Felix Amadi stars in Glass Harbour, a thriller due in cinemas next year."
    dates = fact_dates(analyse(pipeline, text, REPORT), "appeared_in")
    assert dates[frozenset({"Felix Amadi", "Glass Harbour"})] == ("2026", None)


@pytest.mark.model
def test_count_after_an_event_told_before(pipeline: Any) -> None:
    text = (
        "Vesna Kolar and Ibrahim Tanko dated from 2008 to 2012 and never married. Five years after "
        "their split they started a podcast together, Slow Burn, which is now in its sixth season."
    )
    analysis = analyse(pipeline, text, REPORT)
    assert fact_dates(analysis, "separated")[frozenset({"Vesna Kolar", "Ibrahim Tanko"})] == ("2012", None)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "predicate", "dates"),
    [
        (
            "Kestrel Amundsen and Dario Pellucci, who have been together for a decade, expect a child.",
            "partner",
            ("2015", None),
        ),
        (
            "Kestrel Amundsen split from her husband Dario Pellucci in 2023 after nine years of marriage.",
            "spouse",
            ("2014", "2023"),
        ),
        (
            "Kestrel Amundsen dated Dario Pellucci for three years before they split in June 2021.",
            "partner",
            ("2018", "2021-06"),
        ),
        (
            "Kestrel Amundsen was engaged to the drummer Dario Pellucci for two years; the couple announced "
            "their engagement in 2014 and called it off in 2016.",
            "engaged",
            ("2014", "2016"),
        ),
        (
            "Kestrel Amundsen's longest romance was with the chef Dario Pellucci, whom she dated for nearly "
            "four years. The couple broke up last fall.",
            "partner",
            (None, "2024"),
        ),
        (
            "Kestrel Amundsen met Dario Pellucci in March 2016. Months later, the pair got engaged.",
            "engaged",
            ("2016", None),
        ),
        (
            "Kestrel Amundsen and Dario Pellucci got engaged in 2019. They wed the following spring.",
            "spouse",
            ("2020", None),
        ),
        (
            "Kestrel Amundsen announced on Monday that she and Dario Pellucci had split.",
            "separated",
            ("2025-04-07", None),
        ),
    ],
)
def test_couple_dates_from_counts_and_links(
    pipeline: Any, text: str, predicate: str, dates: tuple[str | None, str | None]
) -> None:
    found = fact_dates(analyse(pipeline, text, REPORT), predicate)
    assert found[frozenset({"Kestrel Amundsen", "Dario Pellucci"})] == dates


@pytest.mark.model
def test_a_state_now_is_no_event_of_the_timeline(pipeline: Any) -> None:
    analysis = analyse(pipeline, "Dev Okonjo is now engaged to the actor Bartek Wilk.", REPORT)
    assert fact_dates(analysis, "engaged")[frozenset({"Dev Okonjo", "Bartek Wilk"})] == (REPORT, None)
    assert not [e for e in analysis.timeline if "engaged" in e.summary]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "predicate", "dates"),
    [
        (
            "Kestrel Amundsen and her husband Dario Pellucci announced last autumn that they had separated "
            "after 12 years of marriage.",
            "spouse",
            ("2012", None),
        ),
        (
            "Kestrel Amundsen's ex-husband, Dario Pellucci, whom she divorced in 2018, lives in Bergen.",
            "spouse",
            (None, "2018"),
        ),
        (
            "Kestrel Amundsen and Dario Pellucci got engaged on Saturday, three years after they first met.",
            "met",
            ("2022", None),
        ),
    ],
)
def test_more_couple_dates(
    pipeline: Any, text: str, predicate: str, dates: tuple[str | None, str | None]
) -> None:
    found = fact_dates(analyse(pipeline, text, REPORT), predicate)
    assert found[frozenset({"Kestrel Amundsen", "Dario Pellucci"})] == dates


@pytest.mark.model
def test_wedding_day_counted_back_from_an_anniversary(pipeline: Any) -> None:
    text = (
        "Singer Ottilie Varga has given birth to a son with her husband Bram Kestler, and the baby arrived "
        "on the couple's fourth wedding anniversary.\n\n"
        "Varga welcomed the boy, Cas, on Sunday at a hospital in Ghent, her rep confirmed.\n\n"
        "Varga and Kestler married in the spring of 2021 in Bruges."
    )
    dates = fact_dates(analyse(pipeline, text, REPORT), "spouse")
    assert dates[frozenset({"Ottilie Varga", "Bram Kestler"})] == ("2021-04-06", None)


@pytest.mark.model
def test_titled_heading_dates_the_romance_of_the_intro(pipeline: Any) -> None:
    text = (
        "Ottilie Varga and Bram Kestler have become a much-loved couple. Here is a look back at their "
        "romance so far.\n\n"
        "May 2015: They meet\n\nThey meet at a ferry terminal in Ostend.\n\n"
        "2016: They make it official\n\nThe pair step out together at a film festival in Ghent.\n\n"
        "2019: Wedding bells\n\nThey marry in Bruges."
    )
    dates = fact_dates(analyse(pipeline, text, REPORT), "partner")
    assert dates[frozenset({"Ottilie Varga", "Bram Kestler"})] == ("2016", None)


@pytest.mark.model
def test_new_film_is_of_the_reports_year(pipeline: Any) -> None:
    text = (
        "Vikram Osei's new film, Lantern Street, has fans talking. Osei starred in Lantern Street as a cook."
    )
    dates = fact_dates(analyse(pipeline, text, REPORT), "appeared_in")
    assert dates[frozenset({"Vikram Osei", "Lantern Street"})] == ("2025", None)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "predicate", "pair", "dates"),
    [
        (
            "Kestrel Amundsen was a presenter at Nordlys TV from 2005 to 2012.",
            "employer",
            ("Kestrel Amundsen", "Nordlys TV"),
            ("2005", "2012"),
        ),
        (
            "Kestrel Amundsen moved to Oslo in 2015. That same year, she married Dario Pellucci.",
            "spouse",
            ("Kestrel Amundsen", "Dario Pellucci"),
            ("2015", None),
        ),
        (
            "Kestrel Amundsen and Dario Pellucci had twins in 2021. The couple married two years earlier.",
            "spouse",
            ("Kestrel Amundsen", "Dario Pellucci"),
            ("2019", None),
        ),
        (
            "Kestrel Amundsen married Dario Pellucci in 2010. The couple had a daughter, Liv, the next year.",
            "child",
            ("Kestrel Amundsen", "Liv"),
            ("2011", None),
        ),
        (
            "Kestrel Amundsen met Dario Pellucci at a party in 2012, and they began dating soon after.",
            "partner",
            ("Kestrel Amundsen", "Dario Pellucci"),
            ("2012", None),
        ),
        (
            "Kestrel Amundsen met Dario Pellucci in June 2012. Shortly after, they got engaged.",
            "engaged",
            ("Kestrel Amundsen", "Dario Pellucci"),
            ("2012", None),
        ),
    ],
)
def test_dates_linked_to_the_one_told_before(
    pipeline: Any, text: str, predicate: str, pair: tuple[str, str], dates: tuple[str | None, str | None]
) -> None:
    assert fact_dates(analyse(pipeline, text, REPORT), predicate)[frozenset(pair)] == dates


@pytest.mark.model
def test_no_date_when_the_text_does_not_link_them(pipeline: Any) -> None:
    text = "Kestrel Amundsen met Dario Pellucci in 2012. They wed in Lisbon."
    dates = fact_dates(analyse(pipeline, text, REPORT), "spouse")
    assert dates[frozenset({"Kestrel Amundsen", "Dario Pellucci"})] == (None, None)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "predicate", "pair", "dates"),
    [
        (
            "Kestrel Amundsen and Dario Pellucci got engaged in 2019, two years after they started dating.",
            "partner",
            ("Kestrel Amundsen", "Dario Pellucci"),
            ("2017", None),
        ),
        (
            "Kestrel Amundsen and Dario Pellucci have split after three years of dating, a source said.",
            "partner",
            ("Kestrel Amundsen", "Dario Pellucci"),
            ("2022", REPORT),  # (session 14: the parting, news at the report, ends the romance)
        ),
        (
            "Kestrel Amundsen married Dario Pellucci on June 4, 2018, in Capri. On their fifth wedding "
            "anniversary, they welcomed a daughter, Liv.",
            "child",
            ("Kestrel Amundsen", "Liv"),
            ("2023-06-04", None),
        ),
    ],
)
def test_dates_counted_from_another_event(
    pipeline: Any, text: str, predicate: str, pair: tuple[str, str], dates: tuple[str | None, str | None]
) -> None:
    assert fact_dates(analyse(pipeline, text, REPORT), predicate)[frozenset(pair)] == dates


@pytest.mark.model
def test_child_counted_back_from_the_wedding(pipeline: Any) -> None:
    text = "Kestrel Amundsen married Dario Pellucci in 2017, a year after their son Leo was born."
    dates = fact_dates(analyse(pipeline, text, REPORT), "child")
    assert dates[frozenset({"Kestrel Amundsen", "Leo"})] == ("2016", None)


@pytest.mark.model
def test_a_partners_since_does_not_date_the_home(pipeline: Any) -> None:
    text = "Kestrel Amundsen lives in Leeds with Dario Pellucci, her partner since 2021."
    analysis = analyse(pipeline, text, REPORT)
    assert fact_dates(analysis, "partner")[frozenset({"Kestrel Amundsen", "Dario Pellucci"})] == (
        "2021",
        None,
    )
    assert fact_dates(analysis, "residence")[frozenset({"Kestrel Amundsen", "Leeds"})] == (REPORT, None)


@pytest.mark.model
def test_count_back_from_a_month_heading(pipeline: Any) -> None:
    text = (
        "Odile Brann and Tiago Ferraz: a timeline\n\n"
        "## June 2019\n\nOdile Brann gives a concert in Porto.\n\n"
        "## July 2019\n\nThe singer is photographed in Lisbon, a month after Tiago Ferraz's split from his "
        "girlfriend, the model Ines Lobo.\n\n"
        "## 2020\n\nOdile Brann tours Japan."
    )
    dates = fact_dates(analyse(pipeline, text, REPORT), "separated")
    assert dates[frozenset({"Tiago Ferraz", "Ines Lobo"})] == ("2019-06", None)


@pytest.mark.model
def test_marriage_told_by_a_description_of_the_partner(pipeline: Any) -> None:
    text = (
        "Corra Lind went to the gala on Sunday without her husband, Fitz Odell. "
        "Lind married the tech investor in 2019 in Tulum."
    )
    dates = fact_dates(analyse(pipeline, text, REPORT), "spouse")
    assert dates[frozenset({"Corra Lind", "Fitz Odell"})] == ("2019", None)


@pytest.mark.model
def test_length_of_an_ended_marriage_counts_back_from_its_end(pipeline: Any) -> None:
    text = "Dario Pellucci split from his wife of six years, Kestrel Amundsen, in 2019."
    dates = fact_dates(analyse(pipeline, text, REPORT), "spouse")
    assert dates[frozenset({"Kestrel Amundsen", "Dario Pellucci"})] == ("2013", "2019")


@pytest.mark.model
def test_still_married_at_another_event_is_no_wedding_date(pipeline: Any) -> None:
    text = (
        "Henrik Solberg was still married to the actress Tova Lind when he met Delphine Rusk in 2015. "
        "He and Lind divorced the following year."
    )
    dates = fact_dates(analyse(pipeline, text, REPORT), "spouse")
    assert dates[frozenset({"Henrik Solberg", "Tova Lind"})] == (None, "2016")


@pytest.mark.model
def test_past_engagement_ended_by_the_next_sentence(pipeline: Any) -> None:
    text = (
        "Priya Venn was previously engaged to the tech entrepreneur Arjun Lowe. The pair, who had been "
        "together for four years, announced their split in January."
    )
    analysis = analyse(pipeline, text, "2024-08-14")
    assert fact_dates(analysis, "engaged")[frozenset({"Priya Venn", "Arjun Lowe"})] == (None, "2024-01")
    assert fact_dates(analysis, "partner")[frozenset({"Priya Venn", "Arjun Lowe"})] == ("2020", "2024-01")


def test_a_dotted_byline_date_is_read_day_first() -> None:
    from allegedly.understand.time.normalise import parse_date_string

    assert parse_date_string("3.4.2025") == parse_date_string("2025-04-03")
    assert parse_date_string("14.02.2025") == parse_date_string("2025-02-14")
    assert parse_date_string("03/04/2025") == parse_date_string("2025-03-04")
