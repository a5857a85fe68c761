"""Voices: who reports what, on sentences written for these tests (fictional people)."""

from __future__ import annotations

from typing import Any

import pytest

from allegedly.outlets import outlet_table
from allegedly.understand.attribution import _speaker_of_clause
from allegedly.understand.cues import attribution_lexicon
from allegedly.understand.entities import find_entities
from text_samples import sourced, voices

pytestmark = pytest.mark.model


# Organisations, groups and descriptions speaking in their own name.


def test_organisation_reports_a_clause(nlp: Any) -> None:
    found = sourced(nlp, "The company said the tour would go ahead in March.")
    assert [(r.kind, r.source, r.cue) for r in found] == [("on_record", "The company", "said")]


def test_officials_and_critics_are_sources(nlp: Any) -> None:
    found = sourced(
        nlp, "Officials said the hearing was postponed. Critics argue that the film glorifies greed."
    )
    assert {(r.source, r.cue) for r in found} == {("Officials", "said"), ("Critics", "argue")}
    assert all(r.kind == "on_record" for r in found)


def test_a_poll_is_cited_not_on_record(nlp: Any) -> None:
    found = sourced(nlp, "A new poll shows that Vera Lind leads the race.")
    assert [(r.kind, r.source, r.cue) for r in found] == [("narration", "A new poll", "shows")]


def test_according_to_any_phrase(nlp: Any) -> None:
    found = sourced(nlp, "The singer will tour next year, according to the promoter.")
    assert [(r.source, r.cue) for r in found] == [("the promoter", "according to")]


# Inverted, passive, nested and dependent reporting.


def test_inverted_reporting_after_a_quote(nlp: Any) -> None:
    found = sourced(nlp, "“We are thrilled,” said Oren Pask.")
    assert any(r.quoted and r.speaker == "Oren Pask" and r.cue == "said" for r in found)


def test_passive_with_agent(nlp: Any) -> None:
    found = sourced(nlp, "The engagement was confirmed by the studio on Monday.")
    assert [(r.source, r.cue) for r in found] == [("the studio", "confirmed")]


def test_relative_clause_names_the_noun(nlp: Any) -> None:
    text = "Pia Renn, who told reporters that she had left the band, will release a solo album."
    found = sourced(nlp, text)
    assert [(r.speaker, r.cue) for r in found] == [("Pia Renn", "told")]
    assert found[0].source.startswith("Pia Renn")


def test_participle_and_conjoined_verbs_take_the_subject(nlp: Any) -> None:
    found = sourced(nlp, "Tomas Wyle attacked the review, saying it was unfair.")
    assert {(r.speaker, r.cue) for r in found} == {("Tomas Wyle", "attacked"), ("Tomas Wyle", "saying")}
    found = sourced(nlp, "Nadia Voss thanked her fans and said the album was finished.")
    assert ("Nadia Voss", "said") in {(r.speaker, r.cue) for r in found}


def test_gerund_after_a_preposition(nlp: Any) -> None:
    found = sourced(nlp, "Lio Marsh began the show by saying that the band had split.")
    assert ("Lio Marsh", "saying") in {(r.speaker, r.cue) for r in found}


def test_pronoun_source_resolved(nlp: Any) -> None:
    found = sourced(nlp, "Kai Berg arrived late to the premiere. He said the deal was off.")
    assert [(r.speaker, r.source, r.cue) for r in found] == [("Kai Berg", "He", "said")]


def test_nested_pronoun_report_is_one_voice(nlp: Any) -> None:
    found = sourced(nlp, "Sela Quinn said she believes the rumours are false.")
    assert [(r.speaker, r.cue) for r in found] == [("Sela Quinn", "said")]


# Nouns of speech.


def test_speech_noun_with_owner_and_clause(nlp: Any) -> None:
    found = sourced(nlp, "The studio's claim that the film was finished surprised fans.")
    assert [(r.source, r.cue) for r in found] == [("The studio's", "claim")]


def test_statement_from_someone(nlp: Any) -> None:
    found = sourced(nlp, "A statement from the palace said the couple had separated.")
    assert [(r.source, r.cue) for r in found] == [("the palace", "said")]


def test_speech_noun_without_a_clause_is_no_voice(nlp: Any) -> None:
    assert sourced(nlp, "His remarks about the wedding were widely shared.") == []


# Anonymous sources.


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Onlookers said the pair looked tense.", "Onlookers"),
        ("Eyewitnesses told the paper that the singer left early.", "Eyewitnesses"),
        ("People close to the singer say she is exhausted.", "People close to the singer"),
        ("A longtime friend told reporters that the wedding is off.", "A longtime friend"),
        ("Someone in the know insists the show will return.", "Someone in the know"),
    ],
)
def test_new_anonymous_nouns(nlp: Any, text: str, source: str) -> None:
    found = sourced(nlp, text)
    assert found and found[0].kind == "anonymous" and found[0].source == source


def test_named_friend_is_on_record(nlp: Any) -> None:
    found = sourced(nlp, "Her friend Jana Mills said the couple had split.")
    assert found and found[0].kind == "on_record"


# Labels and signatures.


def test_speaker_label_line(nlp: Any) -> None:
    text = "Pia Renn spoke to the host on Sunday.\nRENN: We never split up.\nUPDATE: The show aired later."
    found = sourced(nlp, text)
    assert [(r.speaker, r.cue) for r in found] == [("Pia Renn", ":")]


def test_signed_quote(nlp: Any) -> None:
    text = "“The show was wonderful and I will come back next year.” ― Jana Mills"
    found = [r for r in voices(nlp, text) if r.quoted]
    assert [(r.speaker, r.source, r.cue) for r in found] == [("Jana Mills", "Jana Mills", "―")]


# What is not a reporting construction.


@pytest.mark.parametrize(
    "text",
    [
        "The car hit the wall on Sunday.",
        "Mila Dorn wants a new house in the hills.",
        "The film shows the city at night.",
        "Rena Kay continued to work at the bakery.",
        "Many fans feel sad about the news.",
        "Her claims were never proven.",
        "The reports about the couple were false.",
        "She gave up her share of the house.",
    ],
)
def test_no_voice_without_reporting(nlp: Any, text: str) -> None:
    assert [r for r in voices(nlp, text) if r.kind != "narration"] == [], text


def test_speech_words_after_a_determiner_are_nouns(nlp: Any) -> None:
    doc = nlp("Mila Dorn was upset.")
    outlets = outlet_table()
    index = find_entities(doc, outlets)
    for clause in ("her claims about the tour", "the reports of a split", "a fair share of the profits"):
        assert _speaker_of_clause(clause, 0, index, outlets, None) is None, clause
    read = _speaker_of_clause("a source claims", 0, index, outlets, None)
    assert read is not None and read.attribution.source_kind == "anonymous"


def test_lexicon_has_new_anonymous_nouns() -> None:
    lex = attribution_lexicon()
    for phrase in ("witnesses", "observers", "those close", "person in the know", "close pal"):
        assert lex.anonymous.search(f"said {phrase} to the star"), phrase


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Mara Quell and Tobias Venn have been married a year, so the rumors will begin.", "asserted"),
        ("Mara Quell and Tobias Venn have reportedly been married a year.", "hedged"),
        ("Mara Quell and Tobias Venn were married, allegedly in secret.", "hedged"),
    ],
)
def test_a_hedge_qualifies_its_own_clause(sentence: str, expected: str) -> None:
    from allegedly.model import Attribution
    from allegedly.understand.attribution import modality_of

    cue_end = sentence.index("married") + len("married")
    assert modality_of(sentence, Attribution("narration"), "", cue_end) == expected


# Quotes, nesting and labels (second round).


def test_speaker_after_a_quote_split_by_the_sentence_splitter(nlp: Any) -> None:
    text = "“The tour is in trouble. Real trouble,” said Oren Pask, a promoter in Leeds."
    found = sourced(nlp, text)
    assert found and all(r.speaker == "Oren Pask" for r in found)
    assert all("trouble" not in r.source for r in found)


def test_closing_mark_opening_a_paragraph_is_an_opening_mark() -> None:
    from allegedly.understand.attribution import quote_spans

    text = "Fans wrote in.\n\n”The show was a mess.” ― Jana Mills\n“I loved it.” ― Tom Reed"
    spans = [text[s:e] for s, e in quote_spans(text)]
    assert spans == ["”The show was a mess.”", "“I loved it.”"]


def test_signatures_after_a_mistyped_opening_mark(nlp: Any) -> None:
    text = (
        "Readers wrote in.\n\n”The show was a mess and I want my money back.” ― Jana Mills\n"
        "“I loved it.” ― Tom Reed"
    )
    found = [r for r in voices(nlp, text) if r.quoted]
    assert [r.source for r in found] == ["Jana Mills", "Tom Reed"]


def test_deed_inside_a_report_is_not_a_new_voice(nlp: Any) -> None:
    found = sourced(nlp, "Her spokesman Ivo Lark said Mila Dorn called Jana Mills on Friday to thank her.")
    assert [r.cue for r in found] == ["said"]


def test_nested_speech_verb_still_counts(nlp: Any) -> None:
    found = sourced(nlp, "Ivo Lark told police that Mila Dorn had said the car was stolen.")
    assert [(r.speaker, r.cue) for r in found] == [("Ivo Lark", "told"), ("Mila Dorn", "said")]


def test_indefinite_person_as_source(nlp: Any) -> None:
    found = sourced(nlp, "Then someone asked how the band could keep touring.")
    assert [(r.source, r.cue) for r in found] == [("someone", "asked")]


def test_a_reply_without_its_words_is_speech(nlp: Any) -> None:
    found = sourced(nlp, "Tomas Wyle responded by attacking the review.")
    assert ("Tomas Wyle", "responded") in {(r.speaker, r.cue) for r in found}


def test_speech_verb_before_a_colon_reports(nlp: Any) -> None:
    found = sourced(nlp, "Nadia Voss continued: “The album is done and we are proud of it.”")
    assert ("Nadia Voss", "continued") in {(r.speaker, r.cue) for r in found}


def test_headline_citing_a_poll(nlp: Any) -> None:
    found = sourced(nlp, "Poll: Vera Lind leads the race in Ohio.\nThe race is close.")
    assert [(r.kind, r.source, r.cue) for r in found] == [("narration", "Poll", ":")]


def test_straight_and_mixed_marks_pair_by_position() -> None:
    from allegedly.understand.attribution import quote_spans

    text = 'Fans cheered. "We won," Ivo Lark said, adding it took "more hours” to rest.'
    spans = [text[s:e] for s, e in quote_spans(text)]
    assert spans == ['"We won,"', '"more hours”']
    text = '“We are done," Jana Mills said. Her rep called it “a rest.”'
    assert [text[s:e] for s, e in quote_spans(text)] == ['“We are done,"', "“a rest.”"]


def test_doubled_apostrophes_are_quotation_marks() -> None:
    from allegedly.understand.attribution import quote_spans

    text = "''It was a long night,'' Ivo Lark said."
    ((start, end),) = quote_spans(text)
    assert "long night" in text[start:end] and "Ivo" not in text[start:end]


def test_speaker_after_a_quote_with_mixed_marks(nlp: Any) -> None:
    found = sourced(nlp, '“The tour will not go ahead," Oren Pask said in a statement on Monday.')
    assert ("Oren Pask", "said") in {(r.speaker, r.cue) for r in found}


def test_verb_opening_onto_a_quote_reports_it(nlp: Any) -> None:
    found = sourced(nlp, "Fans outside the arena chanted “One more song!” until midnight.")
    assert [(r.source, r.cue) for r in found][:1] == [("Fans outside the arena", "chanted")]


def test_acronym_is_a_source_but_a_shouted_word_is_not(nlp: Any) -> None:
    found = sourced(nlp, "GLAAD argues that the show should be renewed.")
    assert [(r.source, r.cue) for r in found] == [("GLAAD", "argues")]


def test_aside_with_its_own_conjunction_is_a_new_voice(nlp: Any) -> None:
    text = "Mila Dorn said the tour would go ahead, though she acknowledged it was unlikely to sell out."
    found = sourced(nlp, text)
    assert [(r.speaker, r.cue) for r in found] == [("Mila Dorn", "said"), ("Mila Dorn", "acknowledged")]


# Title-case headlines.


@pytest.mark.parametrize(
    ("text", "source", "kind"),
    [
        (
            "Vera Lind Slams Critics Over Her Canceled Tour.\nVera Lind spoke on Monday.",
            "Vera Lind",
            "on_record",
        ),
        ("Tour Is Over For Good, Former Manager Says.\nThe tour ended.", "Former Manager", "on_record"),
        ("New Poll Shows Vera Lind Ahead In Ohio.\nThe race is close.", "New Poll", "narration"),
    ],
)
def test_headline_speaker(nlp: Any, text: str, source: str, kind: str) -> None:
    found = [r for r in sourced(nlp, text) if r.source == source]
    assert found and found[0].kind == kind


def test_headline_without_a_speaker(nlp: Any) -> None:
    text = "Vera Lind Tour Rules Face A Key Test.\nThe rules were changed."
    assert [r for r in sourced(nlp, text) if r.cue == "Rules"] == []
