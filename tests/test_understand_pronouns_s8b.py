"""The choice between the learned ranker and the hand-weighted clues: the ranker's pick stands
where it is sure (`_RANKER_SURE`) or puts its pick well ahead of the hand weights' pick
(`_RANKER_LEAD`), even when a third candidate thins its share, unless the hand weights pick
the text's topic (`_is_topic`).

Every sentence here is invented; every name is fictional."""

from __future__ import annotations

import importlib.util
import math
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from allegedly.model import Mention
from allegedly.understand import pronouns
from allegedly.understand.entities import EntityIndex, find_entities
from allegedly.understand.language import load_pipeline
from allegedly.understand.pronouns import (
    _HAND_WEIGHTS,
    _RANKER_LEAD,
    _RANKER_SCALE,
    _RANKER_SURE,
    _WEIGHTS,
    _is_topic,
    _ranker_confidence,
    _ranker_lead,
)

# Mara Quill is the text's topic (named first and most); Voss and Frost are named once.
TEXT = (
    "Mara Quill met Dana Voss and Lena Frost at the gallery. Quill said the show was a success. "
    "Later she told reporters it was over."
)
# Mara Quill is named first, Dana Voss most: Quill is still the topic.
NAMED_MORE = (
    "Mara Quill met Dana Voss and Lena Frost at the gallery. Voss said the show was a success, and "
    "Voss thanked Frost. Later she told reporters it was over."
)


def _index(text: str) -> EntityIndex:
    return find_entities(load_pipeline()(text))


def _gap_fit() -> ModuleType:
    path = Path(__file__).resolve().parents[1] / "bench" / "gap_fit.py"
    spec = importlib.util.spec_from_file_location("gap_fit", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["gap_fit"] = module
    spec.loader.exec_module(module)
    return module


def test_lead_is_the_log_ratio_of_the_two_shares() -> None:
    scores = {"person:a": 3.0, "person:b": 1.0, "person:c": 2.5}
    share = {k: math.exp(v / _RANKER_SCALE) for k, v in scores.items()}
    expected = math.log(share["person:a"] / share["person:b"])
    assert _ranker_lead(scores, "person:a", "person:b") == pytest.approx(expected)
    assert _ranker_lead(scores, "person:a", "person:a") == 0.0


@pytest.mark.parametrize("others", [1, 2, 5])
def test_a_sure_pick_always_leads_far_enough(others: int) -> None:
    """The lead only adds picks to the old gate: a pick `_RANKER_SURE` sure leads any rival by at
    least log(sure / (1 - sure)), which is past `_RANKER_LEAD`."""
    assert math.log(_RANKER_SURE / (1 - _RANKER_SURE)) >= _RANKER_LEAD
    # the ranker just sure of "a", its rival "b" holding all the rest of the share
    top = 10.0
    rest = math.log((1 - _RANKER_SURE) / _RANKER_SURE) * _RANKER_SCALE + top
    scores = {"person:a": top, "person:b": rest}
    scores.update({f"person:x{i}": -1e3 for i in range(others - 1)})
    assert _ranker_confidence(scores) == pytest.approx(_RANKER_SURE, abs=1e-6)
    assert _ranker_lead(scores, "person:a", "person:b") >= _RANKER_LEAD


def _keys(index: EntityIndex) -> dict[str, str]:
    return {index.name(key): key for key in index.people}


def _decide(
    monkeypatch: pytest.MonkeyPatch, learned: dict[str, float], hand: dict[str, float], text: str = TEXT
) -> tuple[str | None, dict[str, str]]:
    """What the resolver picks for the "she" of `text` when the ranker and the hand weights score
    its candidates so (the relative-clause rule left out)."""
    index = _index(text)
    keys = _keys(index)
    named = {keys[name]: score for name, score in learned.items()}
    by_hand = {keys[name]: score for name, score in hand.items()}

    def scores(
        scored: list[tuple[Mention, dict[str, float] | None]], weights: dict[str, float]
    ) -> dict[str, float]:
        return dict(named if weights is _WEIGHTS else by_hand)

    def no_rule(*_: Any) -> None:
        return None

    monkeypatch.setattr(pronouns, "_person_scores", scores)
    monkeypatch.setattr(pronouns, "_relative_clause_pick", no_rule)
    resolver = index.pronouns
    token = resolver._token_at(text.index(" she ") + 1)
    assert token is not None and token.lower_ == "she"
    picked = resolver._resolve_over_parse(token, "f")
    return (index.name(picked) if picked else None), keys


def test_an_unsure_ranker_well_ahead_of_the_hand_pick_stands(monkeypatch: pytest.MonkeyPatch) -> None:
    # Three people share the ranker's softmax: Voss only 0.46 of it (under the sure gate) but
    # about 3.2 times Frost's share, the hand weights' pick.
    learned = {"Dana Voss": 4.0, "Mara Quill": 3.3, "Lena Frost": -0.6}
    assert _ranker_confidence(learned) < _RANKER_SURE
    hand = {"Dana Voss": 1.0, "Mara Quill": 0.0, "Lena Frost": 2.0}
    picked, _ = _decide(monkeypatch, learned, hand)
    assert picked == "Dana Voss"


def test_the_lead_does_not_overrule_a_hand_pick_of_the_topic(monkeypatch: pytest.MonkeyPatch) -> None:
    # The same lead over the text's topic, Quill: the hand weights hold on to her.
    learned = {"Dana Voss": 4.0, "Lena Frost": 3.3, "Mara Quill": -0.6}
    hand = {"Dana Voss": 1.0, "Lena Frost": 0.0, "Mara Quill": 2.0}
    picked, _ = _decide(monkeypatch, learned, hand)
    assert picked == "Mara Quill"


def test_the_lead_does_not_overrule_the_first_named_though_another_is_named_more(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Voss is named three times, Quill once but first: the hand weights' pick of Quill stands
    # (a biography's subject against a place the name finder took for a person and met oftener).
    learned = {"Dana Voss": 4.0, "Lena Frost": 3.3, "Mara Quill": -0.6}
    hand = {"Dana Voss": 1.0, "Lena Frost": 0.0, "Mara Quill": 2.0}
    picked, _ = _decide(monkeypatch, learned, hand, NAMED_MORE)
    assert picked == "Mara Quill"


def test_an_unsure_ranker_close_to_the_hand_pick_gives_way(monkeypatch: pytest.MonkeyPatch) -> None:
    # Voss leads Frost, the hand weights' pick, by only 0.25 in log-odds: the hand weights decide.
    learned = {"Dana Voss": 4.0, "Lena Frost": 3.0, "Mara Quill": 3.0}
    hand = {"Dana Voss": 1.0, "Lena Frost": 2.0, "Mara Quill": 0.0}
    picked, _ = _decide(monkeypatch, learned, hand)
    assert picked == "Lena Frost"


def test_a_sure_ranker_stands_even_against_the_topic(monkeypatch: pytest.MonkeyPatch) -> None:
    learned = {"Dana Voss": 12.0, "Lena Frost": 0.0, "Mara Quill": 0.0}
    hand = {"Dana Voss": 1.0, "Lena Frost": 0.0, "Mara Quill": 2.0}
    picked, _ = _decide(monkeypatch, learned, hand)
    assert picked == "Dana Voss"


@pytest.mark.parametrize("text", [TEXT, NAMED_MORE])
def test_the_topic_is_the_first_named_person(text: str) -> None:
    index = _index(text)
    keys = _keys(index)
    resolver = index.pronouns
    token = resolver._token_at(text.index(" she ") + 1)
    scored = resolver.scored(token, "f")
    assert _is_topic(scored, keys["Mara Quill"])
    assert not _is_topic(scored, keys["Dana Voss"])
    assert not _is_topic(scored, keys["Lena Frost"])


def test_the_unpatched_resolver_takes_the_topic() -> None:
    """The real clues on the same text: the "she" is Quill."""
    index = _index(TEXT)
    assert index.name(index.resolve_pronoun("she", TEXT.index(" she ") + 1) or "") == "Mara Quill"


def test_the_fitter_scores_the_lead_as_the_product_does() -> None:
    """bench/gap_fit.py's `lead` (weights on the fitted scale) is pronouns.py's `_ranker_lead`
    (weights times `_RANKER_SCALE`) for the pick and the hand weights' pick."""
    gap_fit = _gap_fit()
    cands: list[tuple[str, dict[str, float] | None]] = [
        ("person:a", {"subject": 1.0, "nearest": 1.0}),
        ("person:b", {"most_named": 1.0, "mentions": 3.0}),
        ("person:c", {"object": 1.0}),
    ]
    sample = gap_fit.Sample("development-1", (True, False), cands)
    fitted = {k: v / _RANKER_SCALE for k, v in _WEIGHTS.items()}
    learned = {e: sum(_WEIGHTS.get(k, 0.0) * v for k, v in f.items()) for e, f in cands if f}
    hand = {e: sum(_HAND_WEIGHTS.get(k, 0.0) * v for k, v in f.items()) for e, f in cands if f}
    pick = max(learned, key=lambda k: learned[k])
    rival = max(hand, key=lambda k: hand[k])
    assert gap_fit.lead(sample, fitted, _HAND_WEIGHTS) == pytest.approx(_ranker_lead(learned, pick, rival))
    assert not gap_fit.topic_pick(sample, _HAND_WEIGHTS)
    topic = [(e, {**f, "first_named": 1.0} if e == rival else f) for e, f in cands if f]
    assert gap_fit.topic_pick(gap_fit.Sample("development-2", (True, False), topic), _HAND_WEIGHTS)
