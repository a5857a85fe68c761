"""Voices in news writing the parser reads awkwardly, on sentences written for these tests
(fictional people and papers): speech verbs read as nouns, "to" clauses that happened,
a missing comma, verbs closing a paragraph, reports inside reports."""

from __future__ import annotations

from typing import Any

import pytest

from text_samples import sourced

pytestmark = pytest.mark.model


def pairs(nlp: Any, text: str) -> set[tuple[str, str]]:
    return {(r.source, r.cue) for r in sourced(nlp, text)}


# Speech verbs the tagger reads as plural nouns.


def test_charges_that_is_a_verb(nlp: Any) -> None:
    found = pairs(nlp, "Vera Lind charges that the studio broke its contract with the band.")
    assert ("Vera Lind", "charges") in found


def test_closing_maintains_is_a_verb_with_its_whole_subject(nlp: Any) -> None:
    found = pairs(nlp, "Nothing about the tour was rushed, the singer's former manager maintains.")
    assert ("the singer's former manager", "maintains") in found


# "To" clauses under verbs that make the act real, and ones that do not.


def test_took_to_a_platform_to_accuse(nlp: Any) -> None:
    found = pairs(nlp, "Dana Wilde took to Twitter overnight to accuse the network of lying.")
    assert ("Dana Wilde", "accuse") in found


def test_appeared_to_suggest(nlp: Any) -> None:
    found = pairs(
        nlp, "The studio drew criticism after it appeared to suggest that the actors were overpaid."
    )
    assert any(cue == "suggest" for _, cue in found)


def test_plans_and_expectations_stay_unvoiced(nlp: Any) -> None:
    assert sourced(nlp, "Mila Dorn plans to announce the tour dates on Friday.") == []
    assert sourced(nlp, "Mila Dorn is expected to reveal the tour dates on Friday.") == []


def test_as_predicted_names_no_source(nlp: Any) -> None:
    assert sourced(nlp, "But in July, the Harbor label failed as predicted.") == []


# A verb that closes its sentence before a paragraph break, and an inverted label.


def test_verb_closing_a_paragraph_reports_the_clause_before_it(nlp: Any) -> None:
    text = (
        "The plan had four loopholes that let the band avoid the fee, the Harbor Gazette reported."
        "\n\nIt ended."
    )
    assert ("the Harbor Gazette", "reported") in pairs(nlp, text)


def test_inverted_said_before_a_label(nlp: Any) -> None:
    text = "Tomas Reyes, a tax consultant, was not impressed.\nSaid Reyes: “The plan is a mess.”\n"
    found = sourced(nlp, text)
    assert any(r.source == "Reyes" and r.cue == "Said" for r in found)


# The parse missed the subject.


def test_name_run_into_the_phrase_before_it(nlp: Any) -> None:
    text = (
        "Jo Park met the editors last spring. In a March meeting with the editorial board of the "
        "Harbor Gazette Park said that the tour would need to be shortened."
    )
    assert ("Park", "said") in pairs(nlp, text)


def test_plural_noun_closing_a_phrase_before_say(nlp: Any) -> None:
    text = "That is a small fraction of the $20 million experts say it costs to run a tour."
    assert ("experts", "say") in pairs(nlp, text)


def test_possessive_is_not_a_quotation_mark(nlp: Any) -> None:
    text = "She called into Ana Ruiz's radio show when she was home sick with the flu."
    assert sourced(nlp, text) == []


# A quote opened after a few words of the verb's own.


def test_verb_with_a_phrase_before_its_quote(nlp: Any) -> None:
    text = "The guests included Pia Stone and Ned Holt, who joked of the gala, “I came for the cake.”"
    found = sourced(nlp, text)
    assert any(r.cue == "joked" and not r.quoted for r in found)


# Reports inside reports.


def test_speech_yet_to_happen_inside_a_report_is_the_reporter_s(nlp: Any) -> None:
    found = pairs(nlp, "The campaign says the senator will announce a new plan on Friday.")
    assert found == {("The campaign", "says")}


def test_attitude_inside_a_later_report_is_the_reporter_s(nlp: Any) -> None:
    found = pairs(nlp, "Mila Dorn opposed the merger from the start, her manager said.")
    assert ("Mila Dorn", "opposed") not in found
    assert any(cue == "said" for _, cue in found)


def test_speech_that_happened_inside_a_report_keeps_its_voice(nlp: Any) -> None:
    found = pairs(nlp, "Ivo Lark told police that Mila Dorn had said the car was stolen.")
    assert {("Ivo Lark", "told"), ("Mila Dorn", "said")} <= found


def test_a_scene_setting_clause_is_not_a_report(nlp: Any) -> None:
    text = (
        "When pressed on why the plan leaves out fathers, the 34-year-old mother of three replied "
        "that it was a start."
    )
    assert any(cue == "replied" for _, cue in pairs(nlp, text))
