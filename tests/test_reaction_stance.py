"""Stance toward targets: references by name, alias, pronoun and description; cues; sarcasm; the post."""

from __future__ import annotations

import pytest

from allegedly.model import Comment, Reaction, Stance
from allegedly.understand.reaction import Target, assess_comment, stances, summarise_thread

QUENTIN = Target("Quentin Marsh", {"Quentin", "Marsh", "QM"}, "m", main=True)
LYSANDRA = Target("Lysandra Quill", {"Lysandra", "Lyssie"}, "f")
TARGETS = [QUENTIN, LYSANDRA]

# A post that takes a side against Quentin, for agree / disagree cues.
HOSTILE_POST = (
    "Quentin Marsh quit his band to live off Lysandra Quill. Insiders say he is a user and a gold digger. "
    "Something fishy is going on, and I think he is using her."
)


def _label(text: str, target: Target = QUENTIN, post: str | None = None) -> str:
    found = {s.target: s for s in stances(text, TARGETS, post)}
    return found[target.name].label


@pytest.mark.parametrize(
    "text",
    [
        "Honestly, nothing wrong with a father taking a few years off to raise toddlers.",
        "Good for him, honestly.",
        "Until the court rules, Quentin deserves the benefit of the doubt.",
        "Why shouldn't men be allowed to raise their kids?",
        "I think he is very talented and a really sweet guy.",
        "After two years on the road you can't blame him for wanting a quieter job.",
        # Sarcasm: the words attack, the meaning defends.
        "Oh sure, he must be a gold digger, because there is no way a drummer could adore a clever surgeon.",
        # the contracted "there's" too
        "He must be a gold digger, because there's no way a roadie could adore a famous cellist.",
        # A charge reported to be rejected.
        "If he takes a job he's a famewhore, and if he minds the baby he's a deadbeat? Ridiculous.",
        "I don't think there's anything shady here.",
    ],
)
def test_reaction_stance_pro(text: str) -> None:
    assert _label(text) == "pro"


@pytest.mark.parametrize(
    "text",
    [
        "That man strikes me as a total user. The whole thing smells fishy.",
        "Did she lose all sense when she met this loser?",
        "QM is a gold digger, plain and simple.",
        "The guy is a sleazy opportunist who's using her.",
        "Mark my words, he's a creep and he'll sue her for half.",
        "Unlike the other fathers at that school, he is fame hungry.",
    ],
)
def test_reaction_stance_con(text: str) -> None:
    assert _label(text) == "con"


@pytest.mark.parametrize(
    "text",
    [
        "Is that the same car from the wedding photos?",
        "I saw Lysandra on a cooking show once.",
        "Where did she get those green boots?",
        "",
    ],
)
def test_reaction_stance_neutral(text: str) -> None:
    assert _label(text) == "neutral"


def test_reaction_stance_pronouns_follow_gender() -> None:
    found = {s.target: s.label for s in stances("She is wonderful and talented. He is a loser.", TARGETS)}
    assert found == {"Lysandra Quill": "pro", "Quentin Marsh": "con"}


def test_reaction_stance_aliases_count_as_names() -> None:
    assert _label("Lyssie is a gold digger.", LYSANDRA) == "con"
    assert _label("Lyssie is a gold digger.", QUENTIN) == "neutral"


def test_reaction_stance_siding_with_a_hostile_post_is_con() -> None:
    text = "Great headline, you nailed it."
    assert _label(text) == "neutral"  # without the post there is nothing to side with
    assert _label(text, post=HOSTILE_POST) == "con"


def test_reaction_stance_rejecting_a_hostile_post_is_pro() -> None:
    assert _label("The whole piece is bogus.", post=HOSTILE_POST) == "pro"


def test_reaction_stance_one_per_target_in_order_with_signed_score() -> None:
    found = stances("He is a loser.", TARGETS)
    assert [s.target for s in found] == ["Quentin Marsh", "Lysandra Quill"]
    assert found[0].score < 0 < 1 and found[1].score == 0.0


def test_reaction_summary_counts_shares_civility_and_replies() -> None:
    comments = [
        Comment(n=1, author="a", text="x"),
        Comment(n=2, author="b", text="x", reply_to=1),
        Comment(n=3, author="c", text="x", reply_to=1),
        Comment(n=4, author="d", text="x", reply_to=2, reply_to_author=True),
    ]
    reactions = [
        Reaction(1, [Stance("Q", "pro", 1.0)]),
        Reaction(2, [Stance("Q", "con", -1.0)], toxic=True, categories=["insult"]),
        Reaction(3, [Stance("Q", "con", -1.0)], toxic=True, categories=["insult", "profanity"]),
        Reaction(4, [Stance("Q", "neutral", 0.0)]),
    ]
    summary = summarise_thread(comments, reactions)
    assert summary.comments == 4
    assert summary.replies == 3
    assert summary.replies_to_author == 1
    assert summary.stance_counts == {"Q": {"pro": 1, "con": 2, "neutral": 1}}
    assert summary.stance_shares == {"Q": {"pro": 0.25, "con": 0.5, "neutral": 0.25}}
    assert summary.toxic == 2
    assert summary.civility_rate == 0.5
    assert summary.categories == {"insult": 2, "profanity": 1}
    assert summary.most_replied == [(1, 2), (2, 1)]


def test_reaction_summary_of_empty_thread() -> None:
    summary = summarise_thread([], [])
    assert summary.comments == 0
    assert summary.civility_rate == 1.0
    assert summary.most_replied == []


def test_reaction_assess_comment_uses_post_text() -> None:
    comment = Comment(n=9, author="Wren", text="Putting that rumour in the headline was unfair.")
    assert assess_comment(comment, TARGETS).stances[0].label == "pro"  # "unfair" defends on its own
    reaction = assess_comment(comment, TARGETS, HOSTILE_POST)
    assert reaction.stances[0].label == "pro"
    assert reaction.stances[0].score > assess_comment(comment, TARGETS).stances[0].score
