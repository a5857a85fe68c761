"""Timeline building: a relation's end is an event, one happening is one entry, reactions are not events.

Every name and sentence is invented for these tests.
"""

from __future__ import annotations

from functools import partial
from types import SimpleNamespace
from typing import Any

import pytest

from allegedly.model import Claim, TimelineEvent
from allegedly.understand.timeline import build_timeline
from reconcile_samples import analysis, claim, person
from text_samples import analyse as analyse_text

PEOPLE = [person("Ada Quill"), person("Ben Vance"), person("Cleo Marr"), person("Dov Reyes")]
NO_SENTENCES = SimpleNamespace(sents=[])


def timeline(claims: list[Claim], published: str = "2024-05-10", dated: bool = True) -> list[TimelineEvent]:
    """The timeline of hand-built claims, each dated by its own sentence unless `dated` is False."""
    built = analysis("t.txt", published, claims, PEOPLE)
    explicit = {id(c) for c in claims} if dated else set()
    return build_timeline(built, explicit, NO_SENTENCES)


def rows(events: list[TimelineEvent]) -> list[tuple[str, list[str], str]]:
    return [(e.date.value, e.participants, e.summary) for e in events]


def test_a_romance_with_an_end_gives_a_split_at_its_end() -> None:
    events = timeline([claim("Ada Quill", "partner", "Ben Vance", date="2016", end="2018")])
    assert rows(events) == [
        ("2016", ["Ada Quill", "Ben Vance"], "Ada Quill and Ben Vance start dating"),
        ("2018", ["Ada Quill", "Ben Vance"], "Ada Quill and Ben Vance split"),
    ]


def test_a_marriage_and_an_engagement_end_as_events_of_their_own() -> None:
    events = timeline(
        [
            claim("Ada Quill", "spouse", "Ben Vance", date="2002", end="2006"),
            claim("Cleo Marr", "engaged", "Dov Reyes", end="2019"),
        ]
    )
    summaries = {e.date.value: e.summary for e in events}
    assert summaries["2006"] == "Ada Quill and Ben Vance's marriage ends"
    assert summaries["2019"] == "Cleo Marr and Dov Reyes call off their engagement"


def test_an_ex_ended_by_the_report_date_has_no_end_event() -> None:
    # "his ex-wife" ends the marriage before the report, on no date of its own
    events = timeline([claim("Ada Quill", "spouse", "Ben Vance", end="2024-05-10")], dated=False)
    assert events == []


def test_a_denied_claim_reads_as_a_denial_and_gives_no_end() -> None:
    events = timeline(
        [claim("Ada Quill", "spouse", "Ben Vance", date="2024-05-09", end="2024-05", modality="denied")]
    )
    assert rows(events) == [
        ("2024-05-09", ["Ada Quill", "Ben Vance"], "denied: Ada Quill and Ben Vance marry")
    ]


def test_a_called_off_engagement_and_a_split_on_one_date_are_one_event() -> None:
    events = timeline(
        [
            claim(
                "Ada Quill", "engaged", "Ben Vance", date="2019", sentence="They called off their engagement."
            ),
            claim("Ben Vance", "separated", "Ada Quill", date="2019"),
        ]
    )
    assert len(events) == 1
    assert events[0].summary == "Ben Vance and Ada Quill split"


def test_a_start_and_an_ending_of_one_pair_on_one_date_keep_the_ending() -> None:
    events = timeline(
        [
            claim("Ada Quill", "partner", "Ben Vance", date="2024-01"),
            claim("Ada Quill", "separated", "Ben Vance", date="2024-01"),
            claim("Ada Quill", "met", "Ben Vance", date="2015"),
            claim("Ada Quill", "spouse", "Ben Vance", date="2017"),
        ]
    )
    assert [e.summary for e in events] == [
        "Ada Quill and Ben Vance meet",
        "Ada Quill and Ben Vance marry",
        "Ada Quill and Ben Vance split",
    ]


def test_a_couples_move_is_one_event() -> None:
    text = "They bought a house together in Lisbon."
    events = timeline(
        [
            claim("Ada Quill", "residence", "Lisbon", date="2021", sentence=text),
            claim("Ben Vance", "residence", "Lisbon", date="2021", sentence=text),
        ]
    )
    assert rows(events) == [
        ("2021", ["Ada Quill", "Ben Vance", "Lisbon"], "Ada Quill and Ben Vance move to Lisbon")
    ]


def test_a_residence_said_as_a_state_is_no_event() -> None:
    events = timeline(
        [
            claim("Ada Quill", "residence", "Lisbon", date="2017", sentence="Quill is based in Lisbon."),
            claim(
                "Ben Vance", "residence", "Porto", date="2024", sentence="The couple, who now live in Porto."
            ),
        ]
    )
    assert events == []


def test_an_undated_move_is_an_event_of_the_report_only_when_recent() -> None:
    recent = claim("Ada Quill", "residence", "Lisbon", date="2024-05", sentence="They've moved to Lisbon.")
    old = claim(
        "Ben Vance", "residence", "Porto", date="2024-05", sentence="After the divorce he moved to Porto."
    )
    events = timeline([recent, old], dated=False)
    assert [e.summary for e in events] == ["Ada Quill moves to Lisbon"]


def test_a_move_in_the_birth_sentence_is_not_dated_by_the_birth() -> None:
    text = "Quill was born in 1970 in Leeds and moved to York at 18."
    events = timeline(
        [
            claim("Ada Quill", "born", value="1970", date="1970", sentence=text),
            claim("Ada Quill", "residence", "York", date="1970", sentence=text),
        ]
    )
    assert [e.summary for e in events] == ["Ada Quill born"]


def test_twins_are_one_birth_and_a_parent_is_not_born_with_the_child() -> None:
    events = timeline(
        [
            claim("Ada Quill", "child", "Ivo", date="2005-02"),
            claim("Ben Vance", "child", "Ivo", date="2005-02"),
            claim("Ada Quill", "child", "Lena", date="2005-02"),
            claim("Ben Vance", "child", "Lena", date="2005-02"),
            claim("Ben Vance", "born", value="2005-02", date="2005-02"),
        ]
    )
    assert rows(events) == [("2005-02", ["Ivo", "Lena"], "Ivo and Lena born")]


def test_co_founders_found_one_company() -> None:
    text = "Quill and Vance co-founded Harrow Records in 2010."
    events = timeline(
        [
            claim("Ada Quill", "owns", "Harrow Records", date="2010", sentence=text),
            claim("Ben Vance", "owns", "Harrow Records", date="2010", sentence=text),
        ]
    )
    assert rows(events) == [
        ("2010", ["Ada Quill", "Ben Vance", "Harrow Records"], "Ada Quill and Ben Vance found Harrow Records")
    ]


def test_leaving_one_club_for_another_is_one_move() -> None:
    events = timeline(
        [
            claim("Dov Reyes", "employer", "Kestrel United", date="2020"),
            claim("Dov Reyes", "employer", "Ashby Rovers", end="2020"),
        ]
    )
    assert rows(events) == [
        (
            "2020",
            ["Dov Reyes", "Kestrel United", "Ashby Rovers"],
            "Dov Reyes leaves Ashby Rovers for Kestrel United",
        )
    ]


analyse = partial(analyse_text, date="2024-05-10")


@pytest.mark.model
def test_a_remark_on_a_day_is_not_an_event(pipeline: Any) -> None:
    result = analyse(
        pipeline, "The drummer Oskar Lindqvist said on Monday that the band will carry on without her."
    )
    assert not [e for e in result.timeline if e.date.value == "2024-05-06"]


@pytest.mark.model
def test_a_post_on_a_day_is_not_an_event(pipeline: Any) -> None:
    result = analyse(
        pipeline, "Her son, Tobiah Wrenfield, posted a photo of the couple on Instagram on Monday."
    )
    assert not [e for e in result.timeline if e.date.value == "2024-05-06"]


@pytest.mark.model
def test_a_happening_reported_by_a_named_speaker_stays_an_event(pipeline: Any) -> None:
    result = analyse(
        pipeline,
        "Corwin Ashdale died on March 3 at his home, his daughter Maren Ashdale said in a statement.",
    )
    assert [e.date.value for e in result.timeline if "Corwin Ashdale" in e.participants] == ["2024-03-03"]


@pytest.mark.model
def test_a_dated_sentence_without_a_verb_is_read_and_ends(pipeline: Any) -> None:
    # the walk up to the sentence's verb must stop at a root that is a noun (it once looped forever)
    result = analyse(pipeline, "Wedding bells for Corwin Ashdale and Maren Tull on June 4, 2023.")
    assert result.timeline is not None


def test_one_wedding_told_at_two_precisions_is_one_entry_at_the_finer_date() -> None:
    events = timeline(
        [
            claim("Ada Quill", "spouse", "Ben Vance", date="2017"),
            claim("Ada Quill", "spouse", "Ben Vance", date="2017-09-09"),
            claim("Cleo Marr", "spouse", "Dov Reyes", date="2017"),  # another couple keeps its year
        ]
    )
    assert [(date, names) for date, names, _ in rows(events)] == [
        ("2017", ["Cleo Marr", "Dov Reyes"]),
        ("2017-09-09", ["Ada Quill", "Ben Vance"]),
    ]


def test_two_weddings_of_one_couple_in_different_years_both_stay() -> None:
    events = timeline(
        [
            claim("Ada Quill", "spouse", "Ben Vance", date="2009"),
            claim("Ada Quill", "spouse", "Ben Vance", date="2017-09-09"),
        ]
    )
    assert [date for date, _, _ in rows(events)] == ["2009", "2017-09-09"]
