"""Session 7: pronouns that stand for a bare title ("the Queen ... her"), and the per-document
lookups that stand in for spaCy's token walks (`sentence_of`, the clause counts, the he/she
tokens the votes read) giving what the walks give.

Every sentence here is invented; every name is fictional."""

from __future__ import annotations

from allegedly.understand.entities import find_entities
from allegedly.understand.language import load_pipeline
from allegedly.understand.pronouns import (
    _CLAUSE_HEADS,
    FEMALE_PRONOUNS,
    MALE_PRONOUNS,
    _clause_heads_before,
)

_TEXT = (
    "Tradition holds that the Queen granted Wexcombe Hall to her spymaster. "
    "Halloran Vusk, who served her for years, said he never visited it. "
    "Later his daughter Ines sold the house. She moved to the coast, where she painted."
)


def test_pronoun_resolves_to_a_bare_title() -> None:
    doc = load_pipeline()(_TEXT)
    index = find_entities(doc)
    key = index.resolve_pronoun("her", _TEXT.index("her spymaster"))
    assert key is not None and index.name(key) == "Queen"


def test_sentence_lookup_is_the_tokens_own_sentence() -> None:
    doc = load_pipeline()(_TEXT)
    resolver = find_entities(doc).pronouns
    for token in doc:
        sentence = resolver.sentence_of(token.i)
        assert (sentence.start, sentence.end) == (token.sent.start, token.sent.end)


def test_clause_counts_match_a_walk_over_the_tokens() -> None:
    doc = load_pipeline()(_TEXT)
    counts = _clause_heads_before(doc)
    walked = [0]
    for token in doc:
        heads = token.pos_ in ("VERB", "AUX") and token.dep_ in _CLAUSE_HEADS
        walked.append(walked[-1] + int(heads))
    assert counts == walked


def test_token_lookup_by_offset() -> None:
    doc = load_pipeline()(_TEXT)
    resolver = find_entities(doc).pronouns
    for token in doc:
        assert resolver._token_at(token.idx).i == token.i
    assert resolver._token_at(_TEXT.index("Queen") + 1) is None


def test_votes_read_only_he_and_she_tokens() -> None:
    doc = load_pipeline()(_TEXT)
    votes = find_entities(doc).pronouns.votes()
    for i in votes:
        assert doc[i].lower_ in MALE_PRONOUNS | FEMALE_PRONOUNS
