"""The held-out evaluation set (eval/heldout) is well formed: gold in score.py's shape, every
gold file present, every gold name written in its article. No score floor here: the set is held
out, never tuned on, so no test may pin what the tool scores on it (see eval/heldout/README.md)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]
HELDOUT = REPO / "eval" / "heldout"

# The vocabularies of ../shared/eval/CONTRACT.md, restated so this test runs without ../shared.
PREDICATES = {
    "spouse",
    "engaged",
    "partner",
    "affair",
    "separated",
    "divorced",
    "met",
    "child",
    "employer",
    "residence",
    "appeared_in",
    "choreographed",
    "owns",
    "age",
}
SOURCE_KINDS = {"narration", "author_opinion", "on_record", "anonymous", "outlet", "commenter"}
MODALITIES = {"asserted", "hedged", "speculated", "denied"}
STANCES = {"pro", "con", "neutral"}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


@pytest.fixture(scope="module")
def gold() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads((HELDOUT / "gold.json").read_text(encoding="utf-8"))
    return loaded


def text_of(name: str) -> str:
    return (HELDOUT / name).read_text(encoding="utf-8")


def written_in(name: str, text: str, aliases: list[str]) -> bool:
    """The name, or one of its gold aliases, appears in the text as whole words."""
    return any(re.search(rf"(?<!\w){re.escape(a)}(?!\w)", text) for a in [name, *aliases])


def test_gold_has_the_scorers_top_level_shape(gold: dict[str, Any]) -> None:
    assert {"entities", "documents", "facts", "timeline"} <= set(gold)
    assert all(isinstance(v, list) and v for v in gold["entities"].values())
    assert len(gold["documents"]) >= 10


def test_every_gold_file_exists_and_every_article_has_gold(gold: dict[str, Any]) -> None:
    files = [d["file"] for d in gold["documents"]]
    assert len(files) == len(set(files))
    assert all((HELDOUT / f).is_file() for f in files)
    assert {p.name for p in HELDOUT.glob("*.txt")} == set(files)
    used = {f["file"] for f in gold["facts"]} | {t["file"] for t in gold["timeline"]}
    assert used == set(files)


def test_articles_are_news_length(gold: dict[str, Any]) -> None:
    for doc in gold["documents"]:
        body = text_of(doc["file"]).split("Responses to")[0]  # a reader thread is not the article
        assert 150 <= len(body.split()) <= 400, doc["file"]


def test_documents_follow_the_contract(gold: dict[str, Any]) -> None:
    for doc in gold["documents"]:
        assert doc["published"] is None or DATE.match(doc["published"]), doc
        assert isinstance(doc["published_inferred"], bool)
        if doc["outlet"]:
            assert doc["outlet"] in text_of(doc["file"]), doc["file"]
        for c in doc.get("comments", []):
            assert isinstance(c["n"], int) and c["author"] and c["stance"] in STANCES
            assert isinstance(c["toxic"], bool)
            assert c["reply_to"] is None or isinstance(c["reply_to"], int)
            assert f"{c['n']}. {c['author']} says:" in text_of(doc["file"])
        if doc.get("comments"):
            target = doc["comment_target"]
            assert written_in(target, text_of(doc["file"]), gold["entities"][target])


def test_facts_follow_the_contract(gold: dict[str, Any]) -> None:
    for fact in gold["facts"]:
        assert fact["predicate"] in PREDICATES, fact
        assert fact["source_kind"] in SOURCE_KINDS, fact
        assert fact.get("modality") in MODALITIES, fact
        assert (fact.get("object") is None) == (fact["predicate"] == "age"), fact
        assert fact["predicate"] != "age" or isinstance(fact.get("value"), str), fact
        for field in ("date", "end"):
            assert fact.get(field) is None or DATE.match(fact[field]), fact
        for extra in fact.get("also", []):
            assert extra["source_kind"] in SOURCE_KINDS, fact
            assert extra.get("modality") in MODALITIES | {None}, fact
        assert isinstance(fact.get("optional", False), bool)


def test_timeline_follows_the_contract(gold: dict[str, Any]) -> None:
    for entry in gold["timeline"]:
        assert DATE.match(entry["date"]), entry
        assert entry["participants"] and entry["summary"], entry


def test_every_gold_name_is_written_in_its_article(gold: dict[str, Any]) -> None:
    entities: dict[str, list[str]] = gold["entities"]
    for fact in gold["facts"]:
        text = text_of(fact["file"])
        for name in (fact["subject"], fact.get("object")):
            if name:
                assert written_in(name, text, entities.get(name, [])), (fact["file"], name)
        if fact["predicate"] == "age":
            assert fact["value"].split()[0] in text, fact
    for entry in gold["timeline"]:
        for name in entry["participants"]:
            assert written_in(name, text_of(entry["file"]), entities.get(name, [])), (entry["file"], name)


def test_comment_thread_matches_the_gold(gold: dict[str, Any]) -> None:
    """The declared count of each thread equals the gold comments, numbered 1..n; a reply names
    an earlier comment of the same thread."""
    for doc in gold["documents"]:
        comments = doc.get("comments", [])
        if "declared_comment_count" in doc:
            assert doc["declared_comment_count"] == len(comments), doc["file"]
            assert f"{len(comments)} Responses to" in text_of(doc["file"]), doc["file"]
        assert [c["n"] for c in comments] == list(range(1, len(comments) + 1)), doc["file"]
        for c in comments:
            assert c["reply_to"] is None or 1 <= c["reply_to"] < c["n"], (doc["file"], c)


def test_inferred_dates_and_undated_articles_are_marked(gold: dict[str, Any]) -> None:
    """A published date worked out from the content says so, and an article without a date
    header or byline has either no published date or an inferred one."""
    for doc in gold["documents"]:
        head = text_of(doc["file"]).split("\n\n")[0]  # header lines, headline, byline
        dated_head = bool(re.search(r"\b(19|20)\d{2}\b", head))
        if doc["published"] is not None and not dated_head:
            assert doc["published_inferred"], doc["file"]
        if doc["published_inferred"]:
            assert doc["published"] is not None and not dated_head, doc["file"]


def test_age_facts_are_dated_as_of_the_article(gold: dict[str, Any]) -> None:
    """An age is dated at the publication (as-of) unless the note says it is an age at an event."""
    published = {d["file"]: d["published"] for d in gold["documents"]}
    for fact in gold["facts"]:
        if fact["predicate"] == "age" and "age at" not in fact.get("note", ""):
            assert fact.get("date") == published[fact["file"]], fact


def test_aliases_name_one_entity_each(gold: dict[str, Any]) -> None:
    """An alias shared by two entities would make the scorer's matching depend on their order."""
    owner: dict[str, str] = {}
    for canon, aliases in gold["entities"].items():
        for alias in {a.casefold() for a in [canon, *aliases]}:
            assert owner.setdefault(alias, canon) == canon, (alias, canon, owner[alias])
