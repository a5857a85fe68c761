"""Commenter claims and disputes on invented comments about fictional people."""

from __future__ import annotations

from typing import Any

import pytest

from allegedly.model import Analysis, Claim, Comment, DateValue, RawComment, RawDocument
from allegedly.understand.commenter import comment_claims, disputes
from allegedly.understand.entities import EntityIndex, find_entities

pytestmark = pytest.mark.model

BODY = (
    "Corwin Ashby quit the Portland City Ballet to stay home with his son. "
    "Corwin Ashby, 36, moved from Chicago to Boston with his fiancée, Delia Marsh. "
    "Allegedly, he's quit. Delia Marsh, 31, is filming a new series."
)
REPORT = DateValue("2024-05-02")


@pytest.fixture(scope="module")
def story(pipeline: Any) -> tuple[Analysis, EntityIndex]:
    raw = RawDocument(
        path="t.txt",
        file_name="t.txt",
        format="text",
        text=BODY,
        published_raw="2024-05-02",
        published_source="header",
        comments=[],
    )
    analysis = pipeline.analyse(raw)
    return analysis, find_entities(pipeline.nlp(BODY))


def said(pipeline: Any, index: EntityIndex, text: str, n: int = 1, author: str = "PaperKite") -> list[Claim]:
    comment = Comment(n=n, author=author, text=text)
    return comment_claims(
        comment, pipeline.nlp(text), index, REPORT, handles=["PaperKite", "Jo", "Corwinfan"]
    )


def facts(claims: list[Claim]) -> set[tuple[str, str, str | None]]:
    return {(c.predicate, c.subject, c.object or c.value) for c in claims}


def test_short_name_and_pronoun_resolve_to_the_posts_person(pipeline: Any, story: Any) -> None:
    _, index = story
    claims = said(
        pipeline, index, "This is a bogus article. Cor is in Boston and he works for the Portland Ballet."
    )
    assert ("residence", "Corwin Ashby", "Boston") in facts(claims)
    employer = [c for c in claims if c.predicate == "employer"]
    assert employer and employer[0].object == "Portland City Ballet"
    for claim in claims:
        assert claim.attribution.source_kind == "commenter"
        assert claim.attribution.speaker == "PaperKite"
        assert claim.span.comment == 1
        assert claim.modality == "asserted"


def test_ages_and_earlier_marriage(pipeline: Any, story: Any) -> None:
    _, index = story
    claims = said(pipeline, index, "Delia is 33, not 31. And he was married before, everyone knows.")
    assert ("age", "Delia Marsh", "33") in facts(claims)
    assert any(c.predicate == "spouse" and c.subject == "Corwin Ashby" and c.object is None for c in claims)


def test_hedged_and_guessed_claims_keep_their_modality(pipeline: Any, story: Any) -> None:
    _, index = story
    heard = said(pipeline, index, "I heard Corwin is living in Boston now.")
    assert [c.modality for c in heard if c.predicate == "residence"] == ["hedged"]
    guess = said(pipeline, index, "I think Corwin is in Boston.")
    assert [c.modality for c in guess if c.predicate == "residence"] == ["speculated"]


def test_handles_and_unknown_people_never_carry_claims(pipeline: Any, story: Any) -> None:
    _, index = story
    assert said(pipeline, index, "You said it, Jo! Jo is in Boston.") == []
    # Someone the post never names: no claim, and "he" stays with that person.
    assert said(pipeline, index, "My husband Tobias Renn is in Boston and he is 40.") == []


def test_questions_conditions_and_quotes_are_not_claims(pipeline: Any, story: Any) -> None:
    _, index = story
    assert said(pipeline, index, "Is Corwin in Boston?") == []
    assert said(pipeline, index, "If they break up he will be in Boston again.") == []
    assert said(pipeline, index, 'Re: "Corwin is in Boston". Sure.') == []


def test_still_working_disputes_the_quit(pipeline: Any, story: Any) -> None:
    analysis, index = story
    text = "Corwin is developing works for the Portland City Ballet, so he has not gone anywhere."
    claims = said(pipeline, index, text, n=7)
    found = disputes(claims, analysis.claims)
    assert found, [(c.predicate, c.evidence) for c in analysis.claims]
    commenter, body, reason = found[0]
    assert commenter.span.comment == 7
    assert body.predicate == "employer" and body.object == "Portland City Ballet"
    assert "still works" in reason


def test_agreeing_comment_disputes_nothing(pipeline: Any, story: Any) -> None:
    analysis, index = story
    claims = said(pipeline, index, "Corwin is in Boston, good for him.", n=3)
    assert (
        disputes(claims, analysis.claims, [Comment(3, "PaperKite", "Corwin is in Boston, good for him.")])
        == []
    )


def test_not_true_comment_disputes_the_claim_it_touches(pipeline: Any, story: Any) -> None:
    analysis, _ = story
    comment = Comment(n=9, author="Wren", text="Not true. Corwin never quit his job, my cousin dances there.")
    found = disputes([], analysis.claims, [comment])
    assert found
    assert {b.predicate for _, b, _ in found} == {"employer"}
    denial = found[0][0]
    assert denial.modality == "denied" and denial.span.comment == 9
    assert denial.attribution.speaker == "Wren"


def test_raw_comment_is_not_needed(pipeline: Any) -> None:
    # A post with no people: nothing can be attributed.
    doc = pipeline.nlp("The weather was nice.")
    index = find_entities(doc)
    text = "He is in Boston."
    assert comment_claims(Comment(1, "a", text), pipeline.nlp(text), index, None) == []
    assert RawComment(1, "a", text).author == "a"
