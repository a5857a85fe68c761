"""Incivility: obfuscated profanity, aimed vs unaimed swearing, sarcasm, body shaming, threats."""

from __future__ import annotations

import pytest

from allegedly.model import Comment
from allegedly.understand.incivility import (
    _SCORE_WEIGHTS,
    assess_incivility,
    combine,
    directed_negativity,
    incivility_score,
    incivility_scores,
    offensive_probability,
    score_parts,
)
from allegedly.understand.reaction import Target, assess_comment
from allegedly.understand.reaction_lexicon import normalise


@pytest.mark.parametrize(
    ("raw", "word"),
    [
        ("f*ck", "fuck"),
        ("F**K", "fuck"),
        ("starf–ker", "starfucker"),
        ("b!tch", "bitch"),
        ("a$$", "ass"),
        ("a$$hole", "asshole"),
        ("sh!t", "shit"),
        ("d0uche", "douche"),
    ],
)
def test_reaction_incivility_obfuscated_spellings_are_unmasked(raw: str, word: str) -> None:
    assert normalise(f"what a {raw}!") == f"what a {word}!"


@pytest.mark.parametrize("text", ["#11 Wren", "@wren", "X-Men", "stay-at-home dad", "e-mail me", "50/50"])
def test_reaction_incivility_ordinary_symbols_are_left_alone(text: str) -> None:
    assert normalise(text) == text.lower()


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        ("Quentin Marsh is such a b!tch.", ["insult", "profanity"]),
        ("f*ck him and his movies", ["profanity"]),
        ("What a loser.", ["insult"]),
        ("She is stupid.", ["insult"]),
        ("His butt must have gotten bigger since he quit.", ["body_shaming"]),
        ("He will balloon up once he stops training.", ["body_shaming"]),
        ("She looks fat in that dress.", ["body_shaming"]),
        ("Someone should punch him.", ["threat"]),
        ("He's a twink with no talent.", ["identity_attack"]),
    ],
)
def test_reaction_incivility_aimed_categories(text: str, categories: list[str]) -> None:
    found = assess_incivility(text)
    assert found.categories == categories
    assert found.toxic


@pytest.mark.parametrize(
    "text",
    [
        "What the hell is left to try at this point?",  # swearing at nobody
        "That is a stupid idea.",  # an idea, not a person
        "Fat chance of that happening.",  # an idiom, not a body
        # Sarcasm that mocks the accusation it names.
        "Oh sure, she must be a heartless b!tch, because there is no way a chef could love a quiet painter.",
        # A charge reported in order to reject it.
        "Why is it that a man who minds the kids gets labelled a deadbeat?",
        "If he takes a job he's a famewhore, and if he minds the baby he's a deadbeat.",
        "I think he is a lovely father.",
    ],
)
def test_reaction_incivility_not_toxic(text: str) -> None:
    assert assess_incivility(text).toxic is False


def test_reaction_incivility_feeds_the_reaction() -> None:
    comment = Comment(n=4, author="Wren", text="This loser f**ked up again.")
    reaction = assess_comment(comment, [Target("Quentin Marsh", {"Quentin"}, "m", main=True)])
    assert reaction.comment == 4
    assert reaction.toxic is True
    assert reaction.categories == ["insult", "profanity"]


# --- the continuous hostility score (incivility_score) and its cues ---------------------------


@pytest.mark.parametrize(
    ("text", "hits"),
    [
        ("You pathetic fool.", 1),
        ("You are such a disgusting liar.", 1),
        ("Your lies are tiresome and your excuses worse.", 2),
        ("You are not stupid, just misinformed.", 0),  # negated
        ("You should read the whole report first.", 0),  # nothing negative follows "you"
        ("The report is pathetic.", 0),  # negative, but not aimed at the reader
    ],
)
def test_reaction_incivility_directed_negativity(text: str, hits: int) -> None:
    assert directed_negativity(normalise(text)) == hits


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Sweetie, do your homework before posting.", "condescension"),
        ("Learn to read, it was in the second paragraph.", "condescension"),
        ("Bless your heart, you have no clue how tariffs work.", "condescension"),
        ("People like you should go back to your cave.", "antagonism"),
        ("Shut up and get a life.", "antagonism"),
        ("What a bunch of twaddle from a known windbag.", "antagonism"),
        ("Typical liberals and their sheeple.", "generalisation"),
        ("You lefties never learn.", "generalisation"),
    ],
)
def test_reaction_incivility_cues_are_found(text: str, cue: str) -> None:
    assert score_parts(text)[cue] > 0


def test_reaction_incivility_shouting_and_questions() -> None:
    assert score_parts("THIS IS THE WORST TAKE I HAVE EVER READ!!!")["shout"] > 0.5
    assert score_parts("The NDP and the CBC both covered the vote.")["shout"] == 0.0
    assert score_parts("Are you even reading what you write?")["you_question"] == 1.0
    assert score_parts("Is the bridge open on Sundays?")["you_question"] == 0.0


def test_reaction_incivility_score_ranks_hostile_above_civil() -> None:
    pairs = [
        ("You are a clueless moron, get lost.", "You make a fair point about the budget."),
        ("Sweetie, learn to read before you comment.", "I read it twice and still enjoyed it."),
        ("People like you are the problem. Grow up.", "People like my neighbour volunteer every week."),
        ("What planet are you on? Your nonsense is embarrassing.", "Which planet is visible tonight?"),
    ]
    for hostile, civil in pairs:
        assert incivility_score(hostile) > incivility_score(civil) + 1.0, (hostile, civil)


def test_reaction_incivility_batch_scores_match_single_scores() -> None:
    texts = ["You idiot.", "A calm and friendly note.", "Shut up, troll!!"]
    assert incivility_scores(texts) == [incivility_score(t) for t in texts]
    assert incivility_scores([]) == []


def test_reaction_incivility_score_parts_all_weighted() -> None:
    assert set(score_parts("Anything at all.")) == set(_SCORE_WEIGHTS) | {"words"}


def test_reaction_incivility_shipped_model_probability() -> None:
    rude, kind = offensive_probability(["you are a stupid idiot", "what a lovely afternoon in the park"])
    assert 0.0 <= kind < 0.5 < rude <= 1.0


@pytest.mark.parametrize(
    "text",
    [
        # An ellipsis glued to a dash is punctuation, not a masked "airhead" or slur.
        "(In reply to: the watch costs a lot, Ms. Wren uses a...-- Tobin) I agree with that.",
        "Nobody asked me to...-- anyway, nice photos.",
    ],
)
def test_reaction_incivility_ellipsis_is_not_a_masked_word(text: str) -> None:
    assert assess_incivility(text).toxic is False


@pytest.mark.parametrize("text", ["He is a coward.", "What a fool she is.", "You hypocrite!"])
def test_reaction_incivility_more_name_calling_near_a_person(text: str) -> None:
    assert assess_incivility(text).categories == ["insult"]


# --- second round: masking by length, willed threats, idioms, sarcasm, dilution ----------------


@pytest.mark.parametrize(
    ("raw", "word"),
    [
        ("he##", "hell"),  # as long as the masked spelling, not the alphabetically first "heifer"
        ("sh*t", "shit"),
        ("b*tch", "bitch"),
    ],
)
def test_reaction_incivility_masked_word_of_the_same_length(raw: str, word: str) -> None:
    assert normalise(f"oh {raw} no") == f"oh {word} no"


@pytest.mark.parametrize(
    "text",
    ["Ms. Tobin wore a...-- what was it, a gown?", "Well... it was fine.", "and so...on and so forth"],
)
def test_reaction_incivility_ellipsis_is_punctuation_in_normalise(text: str) -> None:
    # Every caller of normalise (stance, thread summaries) sees the ellipsis unchanged.
    assert normalise(text) == text.lower()


@pytest.mark.parametrize(
    "text",
    [
        "I will kill you if you touch my car again.",
        "Someone should slap her.",
        "Punch him, he deserves it.",
        "I hope you die.",
    ],
)
def test_reaction_incivility_willed_harm_is_a_threat(text: str) -> None:
    assert "threat" in assess_incivility(text).categories


@pytest.mark.parametrize(
    "text",
    [
        "Too much salt in the wrong dish can kill you.",
        "Skydiving without a spare chute will kill you.",
        "If the talks fail it would be very ugly for both parties.",
        "The divorce turned ugly within a week.",
    ],
)
def test_reaction_incivility_harm_in_general_and_ugly_situations_are_not_toxic(text: str) -> None:
    assert assess_incivility(text).toxic is False


def test_reaction_incivility_idiom_only_excuses_its_own_words() -> None:
    # "got ugly" is an idiom; "fat slob" in the same sentence is still body shaming.
    found = assess_incivility("Things got ugly fast, and he is a fat slob.")
    assert found.categories == ["body_shaming"]
    assert "fat" in found.evidence


@pytest.mark.parametrize(
    "text",
    [
        "Yeah, right. Like that will ever happen.",
        "What a joke.",
        "Spare me the lecture, Einstein.",
        "Pfft, a clown show.",
    ],
)
def test_reaction_incivility_sarcasm_and_dismissal_are_scored(text: str) -> None:
    assert score_parts(text)["dismissal"] > 0
    assert incivility_score(text) > incivility_score("The council meets on Tuesday to vote on the budget.")


@pytest.mark.parametrize(
    ("text", "hits"),
    [
        ("You hate Mondays, like everyone.", 0),  # something the reader does, not what they are
        ("If you die the pension goes to your spouse.", 0),
        ("You are hateful.", 1),  # a copula makes the word describe the reader
        ("You pathetic fool.", 1),
    ],
)
def test_reaction_incivility_directed_negativity_needs_a_description(text: str, hits: int) -> None:
    assert directed_negativity(normalise(text)) == hits


def test_reaction_incivility_long_comments_dilute_incidental_words() -> None:
    jab = "What a clueless moron."
    essay = (
        "What a clueless moron. "
        + "The committee reviewed the budget lines for roads, schools and clinics in three sessions. " * 8
    )
    parts_jab, parts_essay = score_parts(jab), score_parts(essay)
    assert parts_essay["words"] > 5 * parts_jab["words"]
    lexical = {k: v for k, v in parts_essay.items() if k != "offensive"}
    # Same insult, same lexicon parts (the essay adds no hostile words), lower density.
    assert combine(dict(lexical, offensive=0.0)) < combine(dict(parts_jab, offensive=0.0))
