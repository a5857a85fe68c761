"""Thread summary on an invented thread about fictional people (no spaCy needed)."""

from __future__ import annotations

import json

from allegedly.model import (
    Attribution,
    Claim,
    Comment,
    Document,
    Published,
    Reaction,
    Span,
    Stance,
)
from allegedly.understand.thread_summary import group_arguments, summarise

TARGET = "Corwin Ashby"


def _doc(comments: list[Comment]) -> Document:
    return Document(
        path="t.txt",
        file_name="t.txt",
        format="text",
        headline=None,
        body="",
        url=None,
        author=None,
        site_name=None,
        outlet=None,
        published=Published(None),
        comments=comments,
        declared_comment_count=6,
    )


COMMENTS = [
    Comment(1, "Wren", "He is such a gold digger, living off her money."),
    Comment(2, "Pim", "Total user. He is using her for fame.", reply_to=1),
    Comment(3, "Ode", "Nothing wrong with a stay at home dad."),
    Comment(4, "Lu", "Double standard, nobody says this about moms.", reply_to=3),
    Comment(5, "Kit", "You idiot, he is a loser.", reply_to=1),
]


def _reactions() -> list[Reaction]:
    labels = {1: "con", 2: "con", 3: "pro", 4: "pro", 5: "con"}
    return [
        Reaction(n, [Stance(TARGET, labels[n])], toxic=n == 5, categories=["insult"] if n == 5 else [])  # type: ignore[arg-type]
        for n in labels
    ]


def _claim(
    predicate: str, obj: str | None, kind: str, evidence: str, comment: int | None, end: bool
) -> Claim:
    return Claim(
        subject=TARGET,
        predicate=predicate,
        object=obj,
        value=None,
        date=None,
        end=None,
        attribution=Attribution(source_kind=kind),  # type: ignore[arg-type]
        modality="asserted",
        evidence=evidence,
        sentence=evidence,
        span=Span(0, len(evidence), comment),
    )


def test_counts_shares_civility_and_replies() -> None:
    summary = summarise(_doc(COMMENTS), _reactions(), [])
    assert summary.comments == 5 and summary.declared == 6
    assert summary.stance_counts[TARGET] == {"pro": 2, "con": 3, "neutral": 0}
    assert summary.stance_shares[TARGET]["con"] == 0.6
    assert summary.civility_rate == 0.8 and summary.categories == {"insult": 1}
    assert summary.most_replied[0].n == 1 and summary.most_replied[0].replies == 2
    assert summary.most_replied[0].author == "Wren"
    json.dumps(summary.to_dict())  # JSON-able


def test_arguments_grouped_per_side_with_examples() -> None:
    summary = summarise(_doc(COMMENTS), _reactions(), [])
    con = summary.arguments[TARGET]["con"]
    assert con[0].label == "using the star for fame or money"
    assert con[0].comments == [1, 2]
    assert "gold digger" in con[0].example
    pro = summary.arguments[TARGET]["pro"]
    assert pro[0].comments == [3, 4]
    assert all(5 not in g.comments for g in pro)


def test_keyword_groups_for_comments_no_family_covers() -> None:
    comments = [
        Comment(1, "a", "The wedding photos were staged."),
        Comment(2, "b", "Those wedding pictures look staged to me."),
        Comment(3, "c", "Whatever."),
    ]
    groups = group_arguments(comments, "con")
    assert groups[0].label in {"wedding", "staged"} and groups[0].comments == [1, 2]
    assert groups[-1].label == "other" and groups[-1].comments == [3]


def test_disputed_claims_listed_once_per_body_claim() -> None:
    body = _claim("employer", "Portland City Ballet", "narration", "Allegedly, he's quit.", None, True)
    said = _claim(
        "employer", "Portland City Ballet", "commenter", "developing works for Portland Ballet", 4, False
    )
    summary = summarise(_doc(COMMENTS), _reactions(), [said], [body])
    assert len(summary.disputed) == 1
    assert summary.disputed[0].comments == [4]
    assert "still works" in summary.disputed[0].reasons[0]
    assert summary.commenter_claims == 1


def test_a_fact_the_post_states_twice_is_disputed_once_with_both_wordings() -> None:
    quit_ = _claim("employer", "Portland City Ballet", "narration", "Allegedly, he's quit.", None, True)
    retired = _claim(
        "employer", "Portland City Ballet", "narration", "he retired from Portland City Ballet", None, True
    )
    said = _claim(
        "employer", "Portland City Ballet", "commenter", "still dancing for Portland Ballet", 4, False
    )
    summary = summarise(_doc(COMMENTS), _reactions(), [said], [quit_, retired])
    assert len(summary.disputed) == 1
    dispute = summary.disputed[0]
    assert dispute.post_evidence == ["Allegedly, he's quit.", "he retired from Portland City Ballet"]
    assert dispute.comments == [4] and len(dispute.reasons) == 1
    assert "Allegedly" not in dispute.reasons[0]  # the post's words are listed once, apart


def test_readers_repeating_a_post_fact_back_it_and_a_guess_is_marked() -> None:
    body = _claim("residence", "Lisbon", "narration", "they moved to Lisbon", None, False)
    sure = _claim("residence", "Lisbon", "commenter", "he's in Lisbon", 2, False)
    guess = _claim("residence", "Lisbon", "commenter", "maybe Lisbon", 3, False)
    guess.modality = "speculated"
    other = _claim("residence", "Porto", "commenter", "he's in Porto", 4, False)
    summary = summarise(_doc(COMMENTS), _reactions(), [sure, guess, other], [body])
    assert len(summary.backed) == 1
    backed = summary.backed[0]
    assert (backed.object, backed.comments) == ("Lisbon", [2, 3])
    assert backed.reasons == ["he's in Lisbon", "maybe Lisbon (speculated)"]
    assert backed.post_evidence == ["they moved to Lisbon"]
    assert summary.disputed == []


def test_a_reader_who_denies_a_post_fact_does_not_back_it() -> None:
    body = _claim("residence", "Lisbon", "narration", "they moved to Lisbon", None, False)
    denial = _claim("residence", "Lisbon", "commenter", "he is not in Lisbon", 2, False)
    denial.modality = "denied"
    summary = summarise(_doc(COMMENTS), _reactions(), [denial], [body])
    assert summary.backed == []
    assert [d.comments for d in summary.disputed] == [[2]]


def test_empty_thread() -> None:
    summary = summarise(_doc([]), [], [])
    assert summary.comments == 0 and summary.civility_rate == 1.0 and summary.arguments == {}
