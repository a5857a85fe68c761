"""Deaths, session 16: who died is read as an internal `died` claim (understand/deaths.py) whose
person goes through the referent resolution every other claim uses, not a guess of its own: "X
died on March 3 at 81", "he passed away", "the actor, who died in 2019", "her late husband, Y"
(undated), "X is survived by his wife" (X died, not the wife), "the death of her father, Y" (the
father; nothing when he is unnamed), "died of cancer", "was killed in a crash", "was found dead",
"X has died" (news as of the report, unless the text dates it), an obituary's description under a
headline naming who died. None from "nearly died", "would rather die than", "a character who
dies", "dying to meet", "the death of disco", "the death of the 5th Marquess" (a title, no name).

Every sentence and name is invented for these tests (fictional people, places and works).
"""

from __future__ import annotations

from typing import Any

import pytest

from allegedly.model import DateValue
from allegedly.understand.attribution import build_attributor
from allegedly.understand.deaths import DIED
from allegedly.understand.entities import find_entities
from allegedly.understand.relations import extract_claims
from allegedly.understand.time import tag_times
from text_samples import analyse

REPORT = "2025-04-10"


def deaths(pipeline: Any, text: str, headline: str | None = None) -> dict[str, str | None]:
    """Who died in `text` (as a report of REPORT), with the date of the death (None: untold)."""
    parsed = pipeline.nlp(text)
    index = find_entities(parsed, pipeline.outlets)
    anchor = DateValue(REPORT)
    times = tag_times(text, anchor)
    attributor = build_attributor(parsed, index, pipeline.outlets, None)
    _, _, found = extract_claims(parsed, index, attributor, times, anchor, headline)
    assert all(c.predicate == DIED for c in found)
    return {c.subject: (c.date.value if c.date else None) for c in found if c.modality != "denied"}


def died_events(pipeline: Any, text: str, headline: str | None = None) -> set[tuple[str, str]]:
    """(date, person) of each death on the timeline."""
    analysis = analyse(pipeline, text, REPORT, headline=headline)
    return {(e.date.value, e.participants[0]) for e in analysis.timeline if e.summary.endswith(" dies")}


@pytest.mark.parametrize(
    ("text", "person", "date"),
    [
        ("Orla Penhaligon-Voss died on March 3 at 81.", "Orla Penhaligon-Voss", "2025-03-03"),
        (
            "The novelist Cassius Whitlow-Brandt spent his last years in Galway. He passed away "
            "peacefully in 2021.",
            "Cassius Whitlow-Brandt",
            "2021",
        ),
        (
            "The actor Benedikt Rauschenberg, who died in 2019, was honoured at the gala hosted by "
            "Marisol Quenby.",
            "Benedikt Rauschenberg",
            "2019",
        ),
        ("The jockey Fenwick Aldous-Carr died of cancer in 2003.", "Fenwick Aldous-Carr", "2003"),
        (
            "The racing driver Lysander Okoro-Vane was killed in a crash in 1998.",
            "Lysander Okoro-Vane",
            "1998",
        ),
        (
            "The pop star Delia Fenwright was found dead at her home in Leeds on Tuesday.",
            "Delia Fenwright",
            "2025-04-08",
        ),
        (
            "Hartmut Velasco-Ring has died, his agent said on Friday. He was 77.",
            "Hartmut Velasco-Ring",
            REPORT,
        ),
    ],
)
def test_a_dated_death_is_a_timeline_event(pipeline: Any, text: str, person: str, date: str) -> None:
    assert (date, person) in died_events(pipeline, text)


def test_the_pronoun_is_whom_the_resolver_reads_not_the_first_person_named(pipeline: Any) -> None:
    text = "Ambrose Kellerman married Delphine Sauvage in 1995; she died in 2010."
    found = died_events(pipeline, text)
    assert ("2010", "Delphine Sauvage") in found
    assert not any(person == "Ambrose Kellerman" for _, person in found)


def test_a_late_spouse_died_undated_and_the_one_survived_died_not_the_survivor(pipeline: Any) -> None:
    found = deaths(
        pipeline, "Dagny Halvorsrud spoke about her late husband, Ambrose Kittredge, at the launch."
    )
    assert found == {"Ambrose Kittredge": None}
    found = deaths(
        pipeline, "Torvald Ingersoll-Hay is survived by his wife, Philippa Ingersoll-Hay, and three sons."
    )
    assert found == {"Torvald Ingersoll-Hay": None}


def test_the_death_of_a_father_is_his_and_none_when_he_is_unnamed(pipeline: Any) -> None:
    found = deaths(pipeline, "Marit Skogheim mourned the death of her father, Aurel Skogheim, last year.")
    assert list(found) == ["Aurel Skogheim"]
    assert deaths(pipeline, "Marit Skogheim mourned the death of her father.") == {}


def test_an_obituary_description_under_a_headline_naming_who_died(pipeline: Any) -> None:
    headline = "Eulalie Brandtner, the voice of the Copper Finches, dies at 88"
    text = (
        "Eulalie Brandtner sang with the Copper Finches for thirty years. The singer died on Sunday at "
        "her home in Whitby. She was 88."
    )
    assert ("2025-04-06", "Eulalie Brandtner") in died_events(pipeline, text, headline)


def test_news_of_a_death_takes_the_day_the_text_gives_over_the_report(pipeline: Any) -> None:
    text = (
        "Lucan Ferrabee, the character actor who played a hundred butlers, has died. He was 80.\n\n"
        "Ferrabee died on Monday at his home in Hove, his son Ptolemy Ferrabee said."
    )
    found = {date for date, person in died_events(pipeline, text) if person == "Lucan Ferrabee"}
    assert found == {"2025-04-07"}


@pytest.mark.parametrize(
    "text",
    [
        "The stuntman Pell Garroway nearly died in 2011 after a fall on set.",
        "Yusuf Brannagh says he would rather die than retire.",
        "Ines Valcourt plays a character who dies in the final episode.",
        "Ines Valcourt said she was dying to meet Quill Arbuthnot.",
        "Ines Valcourt's new documentary charts the death of disco.",
        "The Dowager Duchess, Araminta Farquhar, has lived in the dower house "
        "since the death of the 5th Marquess in 2011.",
        "Reports that Delia Fenwright has died are false, her manager said.",
    ],
)
def test_no_death_told(pipeline: Any, text: str) -> None:
    assert deaths(pipeline, text) == {}
    assert died_events(pipeline, text) == set()
