"""Session 21 (helper RC2): jobs, works and fact dates in phrasings met in real celebrity
articles: a "since" that starts another relation than the cue's, a range of years that belongs to
a marriage told after a work, a character's name taken for a work, a channel's host, a staff job
read across a preposition, and a date that belongs to the saying rather than to what was said.

Every sentence here is invented; every name is fictional."""

from __future__ import annotations

from typing import Any

from text_samples import analyse, relations


def dated(analysis: Any, predicate: str, subject: str, obj: str) -> set[tuple[str | None, str | None]]:
    return {
        (c.date.value if c.date else None, c.end.value if c.end else None)
        for c in analysis.claims
        if c.predicate == predicate and {c.subject, c.object} == {subject, obj}
    }


def test_since_after_the_cues_own_year_starts_the_romance_not_the_marriage(pipeline: Any) -> None:
    text = "Mat Kline and Melia Voss got married in 2003, having dated since 1997."
    analysis = analyse(pipeline, text, date="2025-03-02")
    assert dated(analysis, "spouse", "Mat Kline", "Melia Voss") == {("2003", None)}
    assert dated(analysis, "partner", "Mat Kline", "Melia Voss") == {("1997", None)}


def test_a_range_after_another_person_is_not_the_works(pipeline: Any) -> None:
    text = "Ember Bay star Lina Bosk was wed to Bram Tolle from 2000 until 2005."
    analysis = analyse(pipeline, text, date="2025-03-02")
    assert dated(analysis, "appeared_in", "Lina Bosk", "Ember Bay") == {(None, None)}
    assert dated(analysis, "spouse", "Lina Bosk", "Bram Tolle") == {("2000", "2005")}
    # the work's own run still dates it
    ran = analyse(
        pipeline, "Lina Bosk presented the quiz show Brain Box from 2010 to 2018.", date="2025-03-02"
    )
    assert dated(ran, "appeared_in", "Lina Bosk", "Brain Box") == {("2010", "2018")}


def test_a_characters_name_before_the_show_is_no_work(pipeline: Any) -> None:
    text = (
        "Tamsin Vole is famous for her role as 'Dora Pike' on ITV's long-running drama Lanternfall. "
        "She later appeared in the feature film Copper Sky."
    )
    analysis = analyse(pipeline, text, date="2025-03-02")
    found = relations(analysis, "appeared_in")
    assert {("Tamsin Vole", "Lanternfall"), ("Tamsin Vole", "Copper Sky")} <= found
    assert ("Tamsin Vole", "Dora Pike") not in found


def test_a_channels_host_works_for_it(pipeline: Any) -> None:
    text = "In a phone call, the singer told KZRT host Marla Hesse that his new record was about his father."
    analysis = analyse(pipeline, text, date="2025-03-02")
    assert ("Marla Hesse", "KZRT") in relations(analysis, "employer")
    assert ("Marla Hesse", "KZRT") not in relations(analysis, "appeared_in")


def test_no_staff_job_across_a_preposition(pipeline: Any) -> None:
    text = "Harlan Weist, in a note Tuesday to The Sun through attorney Lisa Brom, apologised to the crew."
    analysis = analyse(pipeline, text, date="2025-03-02")
    assert not relations(analysis, "employer")


def test_a_year_of_the_saying_does_not_date_what_was_said(pipeline: Any) -> None:
    analysis = analyse(
        pipeline, "Lina Bosk revealed to Elle in 2019 she had wed Bram Tolle quietly.", date="2025-03-02"
    )
    assert dated(analysis, "spouse", "Lina Bosk", "Bram Tolle") == {(None, None)}
    plain = analyse(
        pipeline, "Lina Bosk wed Bram Tolle in 2019, and they settled in Leeds.", date="2025-03-02"
    )
    assert dated(plain, "spouse", "Lina Bosk", "Bram Tolle") == {("2019", None)}


def test_only_a_bare_quit_leaves_the_organisation_named_before(pipeline: Any) -> None:
    lead = "Corwin Ashby danced with the Portland City Ballet for a decade. "
    bare = analyse(pipeline, lead + "He quit on March 4, 2024, after a long tour.", date="2025-03-02")
    assert ("2024-03-04",) in {
        (c.end.value,) for c in bare.claims if c.predicate == "employer" and c.end is not None
    }
    for said in (
        "Corwin and Ada Lunn argued all summer and called it quits in September.",
        "His tutor Ada Lunn begged him not to quit university in his final year.",
        "He says he will fight to keep his place in the company and avoid quitting.",
    ):
        analysis = analyse(pipeline, lead + said, date="2025-03-02")
        assert not [c for c in analysis.claims if c.predicate == "employer" and c.end is not None], said


def test_a_described_co_founder_owns_the_company(pipeline: Any) -> None:
    text = "Harlan Weist, the soft-spoken co-founder of Lumora Films, sold his house in Malibu last week."
    analysis = analyse(pipeline, text, date="2025-03-02")
    assert ("Harlan Weist", "Lumora Films") in relations(analysis, "owns")


def test_whose_wife_appears_on_a_show_is_the_wifes_part(pipeline: Any) -> None:
    text = (
        "Reality TV star Tera Vint has a new business. Jo Vint, whose wife appears on The Real Wives "
        "of Newark, has opened a bakery in Trenton with her."
    )
    analysis = analyse(pipeline, text, date="2025-03-02")
    assert ("Jo Vint", "Real Wives of Newark") not in relations(analysis, "appeared_in")


def test_busy_shooting_a_movie_is_a_part_in_it(pipeline: Any) -> None:
    text = "Dara Quill and Colm Reddy spent May busy shooting their next film 'Passersby' near Porto."
    analysis = analyse(pipeline, text, date="2025-03-02")
    assert ("Dara Quill", "Passersby") in relations(analysis, "appeared_in")


def test_a_movie_based_somewhere_is_no_home(pipeline: Any) -> None:
    text = "Dara Quill wrote a film based in Peru and she travels there each year."
    analysis = analyse(pipeline, text, date="2025-03-02")
    assert not relations(analysis, "residence")
    based = analyse(pipeline, "Dara Quill is based in Leeds.", date="2025-03-02")
    assert ("Dara Quill", "Leeds") in relations(based, "residence")
    home = analyse(pipeline, "Ana Vell, who starred in the play, lives in Leeds.", date="2025-03-02")
    assert ("Ana Vell", "Leeds") in relations(home, "residence")


def test_a_company_which_launched_something_is_its_owner_not_the_speaker(pipeline: Any) -> None:
    text = (
        "Tamsin Vole complained that the phone maker, which launched Harbor Music in June 2015, pays "
        "songwriters far too little."
    )
    assert not relations(analyse(pipeline, text, date="2025-03-02"), "owns")
    own = analyse(pipeline, "Tamsin Vole launched Harbor Music in June 2015.", date="2025-03-02")
    assert ("Tamsin Vole", "Harbor Music") in relations(own, "owns")


def test_a_birth_dates_the_child_and_not_a_rumour_after_but(pipeline: Any) -> None:
    text = (
        "Lina Bosk and Bram Tolle married in April 2008. They were blessed with daughter Mira in "
        "2012, but in the last few years, the couple have faced whispers that they planned to divorce."
    )
    analysis = analyse(pipeline, text, date="2025-03-02")
    assert {
        c.date.value if c.date else None
        for c in analysis.claims
        if c.predicate == "child" and c.object == "Mira"
    } == {"2012"}
    assert dated(analysis, "divorced", "Lina Bosk", "Bram Tolle") <= {(None, None)}


def test_a_split_that_is_only_a_topic_takes_no_date(pipeline: Any) -> None:
    text = (
        "Lina Bosk, 41, and Bram Tolle, 53, had the court files involving their split sealed on "
        "Jan. 10, 2017, and then she asked for more."
    )
    analysis = analyse(pipeline, text, date="2025-03-02")
    assert dated(analysis, "separated", "Lina Bosk", "Bram Tolle") == {(None, None)}
    told = analyse(
        pipeline, "Lina Bosk and Bram Tolle announced their split on Jan. 10, 2017.", date="2025-03-02"
    )
    assert dated(told, "separated", "Lina Bosk", "Bram Tolle") == {("2017-01-10", None)}


def test_a_when_clause_of_another_event_does_not_date_a_child(pipeline: Any) -> None:
    text = (
        "In May 2019, when Tomas Rivo played his last match for Porto, with his father and his "
        "daughters Nina and Elsa in the front row, he wept."
    )
    analysis = analyse(pipeline, text, date="2025-03-02")
    assert {c.date for c in analysis.claims if c.predicate == "child"} == {None}
    born = analyse(
        pipeline, "Tomas Rivo and Ada Rivo welcomed their daughter Nina in August 2016.", date="2025-03-02"
    )
    assert {c.date.value for c in born.claims if c.predicate == "child" and c.date} == {"2016-08"}


def test_an_industry_before_star_is_no_work(pipeline: Any) -> None:
    text = (
        "Rafe Dunmore says he quit sugar after filming The Long Nights.\n\n"
        "Along with dieting hard for the film, the Hollywood star also revealed he ran every morning.\n"
    )
    analysis = analyse(pipeline, text, date="2025-03-02")
    found = relations(analysis, "appeared_in")
    assert ("Rafe Dunmore", "Hollywood") not in found
    assert ("Rafe Dunmore", "Long Nights") in found or ("Rafe Dunmore", "The Long Nights") in found
