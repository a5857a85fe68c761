"""Compare our HTML reader with plain trafilatura on the saved pages in ../shared/bench/html.

Usage:
    .venv/bin/python bench/html_reader.py [--split report|dev|all] [--limit N]
    .venv/bin/python bench/html_reader.py --split dev --errors   # per comment page: what we missed
    .venv/bin/python bench/html_reader.py --split dev --comment-pages --ours-only   # quick comment loop
    .venv/bin/python bench/html_reader.py --all-pages     # every page through our reader: zero crashes?

Tune on `--split dev`; run `--split report` only to report a figure (see the bench README).

Comments: trafilatura extracts comments by default (`include_comments=True`, its `comments` field), so
the "trafilatura (plain)" column's comment rows are trafilatura's own comment extraction on the same pages,
beside ours. A third column, "ours, else trafilatura", scores our reader with trafilatura's comments put in
where ours finds no thread (no extra extraction: both columns' results are reused). On the dev split it
gained no reader's words and added false threads (40 more of 274 no-comment pages: trafilatura's comment
regions there hold only labels and site voice: "0 Comments", "Leave a Reply", "Post a Comment", moderation
notes), so the product does not use it; the column keeps that comparison in view.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import tempfile
import time
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import trafilatura

from allegedly.errors import InputRejected
from allegedly.read import read_path

BENCH = (Path(__file__).resolve().parents[1] / ".." / "shared" / "bench" / "html").resolve()
TITLE_OVERLAP = 0.9  # a title counts when tokens are equal, or else when token F1 reaches this
# L3S-GN1 annotators marked the whole comment region: besides the comments (with their name and date
# lines) it holds headings, buttons and form labels ("Post a comment", "Password:"). Blocks shorter than
# this many tokens are those labels, names and dates; recall is measured on the longer ones, the text.
L3S_TEXT_BLOCK_TOKENS = 6
# A byline block ("Posted by: NAME on 11:57am Wed 9 Jan 08", "Comment by NAME — January 7, 2008 @ 8:21 pm") is
# a name and a date too, however long: on the dev split 294 of 1,383 blocks of L3S_TEXT_BLOCK_TOKENS or
# more are such lines (9 to 17 tokens). A reader that reads the line as the comment's author and date
# (what `ours` and the bench's output show) lost its label words ("posted", "by", "on", "at") from
# recall, while one that left the byline in the comment's words kept them. They are labels like the
# short blocks, and are left out of the text blocks.
# A line that numbers the comment and gives its date and writer ("#1 ? January 7, 2008 @ 13:00PM ? NAME
# [ URL ]") is such a byline too: a reader that reads it as the comment's author and date drops "#1" and the
# "[URL]" link label. (Two blocks on the dev split open so, both such lines.)
L3S_BYLINE_BLOCK = re.compile(
    r"^\W*(?:posted|written|submitted|sent|comment(?:ed)?|reply|added)\s+(?:by|on)\b"
    r"|^\W*#\d{1,5}\b(?=.*\b(?:19|20)\d{2}\b)",
    re.IGNORECASE,
)
# A run of this many tokens of our comment text that also occurs in the article's truth text is article
# text taken for a comment (shorter runs are common phrases, or a reader quoting a few words).
ARTICLE_SHINGLE = 8
# About a third of L3S-GN1's annotated comment regions on the dev split hold no reader's words at all,
# only the site's own voice: headings, form labels, sign-in prompts and comment policies ("Have your say",
# "Sign up to post a comment", "Comments are moderated..."); many real threads carry such blocks too.
# A block containing one of these phrases (decided on the dev split by reading every long block there) is
# that site voice, and a second recall figure leaves it out, for us and trafilatura alike. The unfiltered
# figure is still printed. On dev the rule drops 12 of about 1,300 long blocks that are a reader's words
# ("...registered Black republican...", "...did not sign up to risk..."), and keeps a few label blocks it
# does not know; pages left with no block are not scored by the filtered figure.
L3S_SITE_VOICE = re.compile(
    "|".join(
        rf"\b{re.escape(phrase)}"
        for phrase in (
            # inviting, counting or closing comments
            "post a comment",
            "post your comment",
            "post comments",
            "post your own",
            "add your comment",
            "add a comment",
            "leave a comment",
            "leave comments",
            "to comment",
            "comment on this",
            "comments on this",
            "your comment",
            "comments are",
            "comment policy",
            "comments have",
            "comments containing",
            "comments above",
            "comments about an article",
            "comment zone",
            "inappropriate comments",
            "offensive comments",
            "comment moderation",
            "comments emailed",
            "showing comments",
            "no comments",
            "be the first",
            "talkback",
            "most recent",
            # sign-in and form labels
            "register now",
            "registered member",
            "registered on this",
            "must be registered",
            "registration",
            "not registered",
            "sign up",
            "sign in",
            "sign on",
            "log in",
            "login",
            "log out",
            "password",
            "member id",
            "username",
            "required",
            "terms and conditions",
            "not be published",
            "remember me",
            "email me",
            "email us",
            "e-mail us",
            # pointers elsewhere and policy voice
            "click here",
            "click this link",
            "message board",
            "forums",
            "join the discussion",
            "discuss this story",
            "your say",
            "your views",
            "your thoughts",
            "read all posts",
            "report offensive",
            "report this",
            "not abusive",
            "moderated",
            "not represent",
            "views of",
            "we welcome",
            "we encourage",
            "we will not post",
        )
    ),
    re.IGNORECASE,
)
# `--errors`: how much of what a reader returned is shown, and below what token recall a block is missed.
ERROR_PREVIEW_CHARS = 300
MISSED_BLOCK_RECALL = 0.5
_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass
class Extraction:
    """What one reader returned for one page, in the bench's common shape."""

    title: str | None = None
    date: str | None = None
    author: str | None = None
    text: str = ""
    comments: str = ""
    comment_count: int = 0


@dataclass
class Score:
    """Running totals for one reader."""

    pages: int = 0
    crashed: int = 0
    rejected: int = 0
    seconds: float = 0.0
    counts: Counter[str] = field(default_factory=Counter)
    sums: dict[str, float] = field(default_factory=dict)
    crashes: list[str] = field(default_factory=list)

    def add(self, key: str, value: float) -> None:
        self.counts[key] += 1
        self.sums[key] = self.sums.get(key, 0.0) + value

    def mean(self, key: str) -> str:
        if not self.counts[key]:
            return "-"
        return f"{self.sums[key] / self.counts[key]:.3f} (n={self.counts[key]})"


def tokens(text: str | None) -> list[str]:
    """Lower-case ASCII word tokens; non-ASCII and "?" dropped (L3S truth replaced non-ASCII by "?")."""
    if not text:
        return []
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.findall(r"[a-z0-9]+", folded)


def comment_tokens(text: str | None) -> list[str]:
    """Word tokens for comment scoring: accents folded (NFKD, combining marks dropped), lower case; a run of
    ASCII letters and digits is a token, and so is a run of other letters (Cyrillic, Greek, CJK, "ß").

    `tokens` above deletes every non-ASCII character, which mis-scores comments twice over: a curly
    apostrophe joins the words around it ("don’t" -> "dont") while the L3S-GN1 truth has "?" there
    ("don?t" -> "don", "t"), so every such contraction in a reader's comment counted as missed; and a
    snippet in a script with no ASCII letters (Cyrillic) had no tokens at all, so it counted as found
    whatever the reader returned. Here any character that is not a letter or digit separates tokens, as
    "?" does in the L3S truth, and other scripts keep their words. Title, author and text figures still
    use `tokens`, so that they stay comparable with earlier runs."""
    if not text:
        return []
    decomposed = unicodedata.normalize("NFKD", text)
    folded = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()
    return re.findall(r"[a-z0-9]+|[^\W\da-z_]+", folded)


def is_l3s_text_block(block: str) -> bool:
    """An L3S-GN1 comment-region block that holds text: long enough, and not a byline line."""
    return len(comment_tokens(block)) >= L3S_TEXT_BLOCK_TOKENS and not L3S_BYLINE_BLOCK.search(block)


def token_f1(found: list[str], expected: list[str]) -> float:
    if not found or not expected:
        return 0.0
    common = sum((Counter(found) & Counter(expected)).values())
    if not common:
        return 0.0
    precision, recall = common / len(found), common / len(expected)
    return 2 * precision * recall / (precision + recall)


def token_recall(found: list[str], expected: list[str]) -> float:
    if not expected:
        return 0.0
    return sum((Counter(found) & Counter(expected)).values()) / len(expected)


def squashed(text: str | None) -> str:
    return " ".join(tokens(text))


def snippet_in(snippet: str, found: list[str]) -> bool:
    """The snippet's comment tokens occur in order in the found tokens. A substring test on the joined
    tokens, not whole tokens: trafilatura's snippets are cut mid-word ("umindest einigermaßen")."""
    return " ".join(comment_tokens(snippet)) in " ".join(found)


def article_tokens_in(found: list[str], article: list[str], snippets: list[str]) -> int:
    """How many of the comment tokens lie in a run of ARTICLE_SHINGLE tokens of the article truth text,
    or in one of the article snippets that the truth says the main text contains."""
    covered = [False] * len(found)
    shingles = {tuple(article[i : i + ARTICLE_SHINGLE]) for i in range(len(article) - ARTICLE_SHINGLE + 1)}
    for i in range(len(found) - ARTICLE_SHINGLE + 1):
        if tuple(found[i : i + ARTICLE_SHINGLE]) in shingles:
            covered[i : i + ARTICLE_SHINGLE] = [True] * ARTICLE_SHINGLE
    for snippet in snippets:
        size = len(snippet_tokens := comment_tokens(snippet))
        if size < 2:
            continue
        for i in range(len(found) - size + 1):
            if found[i : i + size] == snippet_tokens:
                covered[i : i + size] = [True] * size
    return sum(covered)


def ours(path: Path) -> Extraction:
    [doc] = read_path(path)
    comments = doc.comments or []
    return Extraction(
        doc.headline,
        doc.published_raw,
        doc.author,
        doc.text,
        # What a reader sees of each comment: name, date line and words (L3S-GN1 blocks hold all three).
        "\n".join(f"{c.author}\n{c.timestamp or ''}\n{c.text}" for c in comments),
        len(comments),
    )


def plain_trafilatura(path: Path) -> Extraction:
    # Default settings, plus with_metadata (off by default, and without it there is nothing to compare).
    with gzip.open(path) as stream:
        result = trafilatura.bare_extraction(stream.read(), with_metadata=True)
    if result is None:
        raise InputRejected(str(path), "trafilatura returned nothing")
    doc: Any = result
    # trafilatura gives comments as text, one line per element it kept (no authors or comment bounds).
    comment_lines = [line for line in (doc.comments or "").splitlines() if line.strip()]
    return Extraction(doc.title, doc.date, doc.author, doc.text or "", doc.comments or "", len(comment_lines))


FALLBACK = "ours, else trafilatura"


def with_trafilatura_comments(mine: Extraction, theirs: Extraction) -> Extraction:
    """Our reading, with trafilatura's comments where our reader found no thread."""
    if mine.comment_count:
        return mine
    return replace(mine, comments=theirs.comments, comment_count=theirs.comment_count)


def score_page(score: Score, got: Extraction, truth: dict[str, Any], has_comments: bool) -> None:
    """Add one page's figures; a field is scored only where the truth has it."""
    if truth.get("title"):
        found, expected = tokens(got.title), tokens(truth["title"])
        score.add("title exact", float(found == expected))
        score.add(
            f"title exact or F1>={TITLE_OVERLAP}",
            float(found == expected or token_f1(found, expected) >= TITLE_OVERLAP),
        )
    expected_day = _DATE_RE.search(truth.get("published") or "")
    if expected_day:
        found_day = _DATE_RE.search(got.date or "")
        same = found_day is not None and found_day.group() == expected_day.group()
        score.add("date same day", float(same))
    if truth.get("author"):
        score.add("author token F1", token_f1(tokens(got.author), tokens(truth["author"])))
    kind = truth.get("text_kind") or ""
    text_tokens = tokens(got.text)
    if truth.get("text") and (kind.startswith("full") or kind == "extractor_output"):
        expected = tokens(truth["text"])
        score.add(
            f"text recall ({'full' if kind.startswith('full') else 'tool output'})",
            token_recall(text_tokens, expected),
        )
        score.add(
            f"text F1 ({'full' if kind.startswith('full') else 'tool output'})",
            token_f1(text_tokens, expected),
        )
    elif truth.get("text") and kind == "prefix":
        score.add("text recall (prefix)", token_recall(text_tokens, tokens(truth["text"])))
    elif kind == "segments":
        body = squashed(got.text)
        checks = [squashed(s) in body for s in truth.get("text_contains") or []]
        checks += [squashed(s) not in body for s in truth.get("text_excludes") or []]
        if checks:
            score.add("text segments ok", sum(checks) / len(checks))
    score_comments(score, got, truth, has_comments)


def score_comments(score: Score, got: Extraction, truth: dict[str, Any], has_comments: bool) -> None:
    """Comment-text recall (trafilatura snippets, L3S-GN1 comment blocks) and precision (not article text)."""
    comments = truth.get("comments") or {}
    items = comments.get("items") or []
    found_tokens = comment_tokens(got.comments)
    # A snippet with no word (punctuation only) cannot be looked for; it is left out, not counted found.
    wanted = [s for s in items if comment_tokens(s)] if comments.get("kind") == "segments" else []
    if wanted and has_comments:
        share = sum(snippet_in(s, found_tokens) for s in wanted) / len(wanted)
        score.add("comment snippets found", share)
        score.add("comment text recall (snippets + L3S blocks)", share)
        score.add("comment text recall (snippets + L3S reader-text blocks)", share)
    if comments.get("kind") == "annotated_blocks" and items:
        text_blocks = [b for b in items if is_l3s_text_block(b)]
        if text_blocks:
            recall = token_recall(found_tokens, comment_tokens("\n".join(text_blocks)))
            score.add("comment L3S text-block token recall", recall)
            score.add("comment text recall (snippets + L3S blocks)", recall)
        reader_blocks = [b for b in text_blocks if not L3S_SITE_VOICE.search(b)]
        if reader_blocks:
            expected = comment_tokens("\n".join(reader_blocks))
            recall = token_recall(found_tokens, expected)
            # Pooled over pages too: the page mean weighs a page of two short comments like one of a hundred.
            score.counts["comment tokens in L3S reader-text blocks"] += len(expected)
            score.counts["comment tokens in L3S reader-text blocks found"] += round(recall * len(expected))
            score.add("comment L3S reader-text block recall (site voice dropped)", recall)
            score.add("comment text recall (snippets + L3S reader-text blocks)", recall)
        if found_tokens:
            # Blocks include names, dates and labels: whatever we took from the region counts as in it.
            in_region = sum((Counter(found_tokens) & Counter(comment_tokens("\n".join(items)))).values())
            score.add("comment L3S token precision", in_region / len(found_tokens))
    # Precision against article text: every page whose truth gives article text or article snippets,
    # comment pages or not, weighted by how much comment text the reader returned (micro average).
    kind = truth.get("text_kind") or ""
    article = comment_tokens(truth.get("text")) if kind in ("full", "prefix", "extractor_output") else []
    snippets = list(truth.get("text_contains") or [])
    if found_tokens and (article or snippets):
        score.counts["comment tokens checked against article"] += len(found_tokens)
        score.counts["comment tokens that are article text"] += article_tokens_in(
            found_tokens, article, snippets
        )
    if has_comments:
        score.add("comment pages with comments", float(got.comment_count > 0))
    else:
        score.add("no-comment pages with comments (false +)", float(got.comment_count > 0))


def run(entry: dict[str, Any], reader: Callable[[Path], Extraction], score: Score, page: Path) -> Extraction:
    score.pages += 1
    start = time.perf_counter()
    try:
        got = reader(page)
    except InputRejected:
        score.rejected += 1
        got = Extraction()
    except Exception as error:  # a crash is what this bench counts, so every exception is caught
        score.crashed += 1
        score.crashes.append(f"{entry['source']}/{entry['name']}: {type(error).__name__}: {error}")
        got = Extraction()
    score.seconds += time.perf_counter() - start
    truth = json.loads((BENCH / entry["expected"]).read_text(encoding="utf-8"))
    score_page(score, got, truth, bool(entry.get("has_comments")))
    return got


def comment_errors(entry: dict[str, Any], got: dict[str, Extraction]) -> list[str]:
    """One page's comment misses, for `--errors`: expected snippets or L3S text blocks that no reader's
    comments hold (token recall of a block under MISSED_BLOCK_RECALL), and what each reader returned."""
    truth = json.loads((BENCH / entry["expected"]).read_text(encoding="utf-8"))
    items = (truth.get("comments") or {}).get("items") or []
    has_comments = bool(entry.get("has_comments"))
    mine = got["allegedly.read"]
    if not has_comments and not mine.comment_count:
        return []
    lines = [f"== {entry['source']}/{entry['name']} has_comments={has_comments}"]
    for name, extraction in got.items():
        preview = " | ".join(extraction.comments.split("\n"))[:ERROR_PREVIEW_CHARS]
        lines.append(f"   [{name}] {extraction.comment_count} comments: {preview}")
    found = comment_tokens(mine.comments)
    kind = (truth.get("comments") or {}).get("kind")
    for item in items:
        if kind == "segments" and comment_tokens(item) and not snippet_in(item, found):
            lines.append(f"   MISSED snippet: {item[:ERROR_PREVIEW_CHARS]}")
        elif (
            kind == "annotated_blocks"
            and is_l3s_text_block(item)
            and token_recall(found, comment_tokens(item)) < MISSED_BLOCK_RECALL
        ):
            voice = " (site voice)" if L3S_SITE_VOICE.search(item) else ""
            lines.append(f"   MISSED block{voice}: {item[:ERROR_PREVIEW_CHARS]}")
    return lines


def print_table(scores: dict[str, Score]) -> None:
    names = list(scores)
    keys: list[str] = []
    for score in scores.values():
        keys += [key for key in score.counts if key not in keys]
    rows = [
        ("pages", *(str(s.pages) for s in scores.values())),
        ("crashed", *(str(s.crashed) for s in scores.values())),
        ("rejected / nothing returned", *(str(s.rejected) for s in scores.values())),
        ("seconds", *(f"{s.seconds:.1f}" for s in scores.values())),
    ]
    keys = [key for key in keys if not key.startswith("comment tokens ")]
    rows += [(key, *(s.mean(key) for s in scores.values())) for key in sorted(keys)]
    rows.append(
        ("comment text precision (not article text)", *(_article_precision(s) for s in scores.values()))
    )
    rows.append(
        ("comment L3S reader-text token recall (pooled)", *(_pooled_l3s_recall(s) for s in scores.values()))
    )
    width = max(len(row[0]) for row in rows) + 2
    print("".join(["metric".ljust(width), *(name.ljust(22) for name in names)]))
    for row in rows:
        print("".join([row[0].ljust(width), *(cell.ljust(22) for cell in row[1:])]))


def _pooled_l3s_recall(score: Score) -> str:
    """Token recall of the L3S-GN1 reader-text blocks over all pages' tokens together (a micro average)."""
    expected = score.counts["comment tokens in L3S reader-text blocks"]
    if not expected:
        return "-"
    return f"{score.counts['comment tokens in L3S reader-text blocks found'] / expected:.3f} (tok={expected})"


def _article_precision(score: Score) -> str:
    checked = score.counts["comment tokens checked against article"]
    if not checked:
        return "-"
    share = 1 - score.counts["comment tokens that are article text"] / checked
    return f"{share:.3f} (tok={checked})"


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--split", choices=["report", "dev", "all"], default="report")
    parser.add_argument("--limit", type=int, default=0, help="stop after N pages (0: all)")
    parser.add_argument(
        "--all-pages", action="store_true", help="every page, our reader only; exit 1 on a crash"
    )
    parser.add_argument(
        "--errors",
        action="store_true",
        help="per comment page: expected comment snippets/blocks we missed, and what each reader returned",
    )
    parser.add_argument(
        "--comment-pages", action="store_true", help="only pages with a comment thread or comment truth"
    )
    parser.add_argument("--ours-only", action="store_true", help="skip plain trafilatura (faster)")
    args = parser.parse_args()
    if not (BENCH / "index.json").is_file():
        print(f"bench pages not found at {BENCH}", file=sys.stderr)
        return 2
    entries: list[dict[str, Any]] = json.loads((BENCH / "index.json").read_text(encoding="utf-8"))
    if not args.all_pages and args.split != "all":
        entries = [entry for entry in entries if entry["split"] == args.split]
    if args.comment_pages:
        entries = [entry for entry in entries if entry.get("has_comments") or "comments" in entry["truth"]]
    if args.limit:
        entries = entries[: args.limit]
    readers: dict[str, Callable[[Path], Extraction]] = {"allegedly.read": ours}
    if not args.all_pages and not args.ours_only:
        readers["trafilatura (plain)"] = plain_trafilatura
    scores = {name: Score() for name in readers}
    if len(readers) > 1:
        scores[FALLBACK] = Score()  # derived from the two readers' results; its seconds stay 0
    errors: list[str] = []
    with tempfile.TemporaryDirectory() as scratch:
        for entry in entries:
            # Our reader dispatches on the file name; keep the page's own name and .html.gz suffix.
            page = BENCH / entry["page"]
            if not page.name.endswith((".html.gz", ".htm.gz")):
                page = Path(scratch) / f"{entry['name']}.html.gz"
                page.write_bytes((BENCH / entry["page"]).read_bytes())
            got = {name: run(entry, reader, scores[name], page) for name, reader in readers.items()}
            if FALLBACK in scores:
                combined = with_trafilatura_comments(got["allegedly.read"], got["trafilatura (plain)"])
                truth = json.loads((BENCH / entry["expected"]).read_text(encoding="utf-8"))
                scores[FALLBACK].pages += 1
                score_page(scores[FALLBACK], combined, truth, bool(entry.get("has_comments")))
            if args.errors:
                errors += comment_errors(entry, got)
    split = "all pages" if args.all_pages else f"split {args.split}"
    if errors:
        print("\n".join(errors), end="\n\n")
    print(f"{len(entries)} pages ({split}) from {BENCH}\n")
    print_table(scores)
    for name, score in scores.items():
        for crash in score.crashes:
            print(f"CRASH [{name}] {crash}")
    return 1 if args.all_pages and scores["allegedly.read"].crashed else 0


if __name__ == "__main__":
    raise SystemExit(main())
